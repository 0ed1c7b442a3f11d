"""Word classes for the clause layer, built once from ``data/lexicon/grammar.txt`` and ``verbs.txt``.

:func:`verb_forms` maps every inflected form of a known verb to its lemmas and form kinds
(``base``, ``s``, ``ed`` (past or participle), ``past``, ``pp``, ``ing``). Regular forms are
derived by the usual spelling rules; irregular ones come from the lexicon.
"""

from __future__ import annotations

import functools
from typing import Final

from diplotext import lexicon

__all__ = [
    "AUXILIARIES",
    "CATENATIVES",
    "CONJUNCTIONS",
    "CONTENT_NOUNS",
    "COPULAS",
    "DETERMINERS",
    "EVENT_PHASE_VERBS",
    "FUNCTION_WORDS",
    "ING_NOUNS",
    "KEEPING_VERBS",
    "MODALS",
    "NEGATIONS",
    "NO_PASSIVE",
    "OBJECT_CONTROL",
    "OBJECT_PARTICIPLE_VERBS",
    "OBJECT_PRONOUNS",
    "PARTICLES",
    "PLURAL_NOUNS",
    "POSSESSIVES",
    "PREPOSITIONS",
    "RELATIVES",
    "SUBJECT_PRONOUNS",
    "SUBORDINATORS",
    "TITLE_ABBREVIATIONS",
    "VERB_ADVERBS",
    "inflect",
    "verb_forms",
]

_G: Final = "grammar"

DETERMINERS: Final = lexicon.words(_G, "determiners")
POSSESSIVES: Final = lexicon.words(_G, "possessives")
SUBJECT_PRONOUNS: Final = lexicon.words(_G, "subject pronouns")
OBJECT_PRONOUNS: Final = lexicon.words(_G, "object pronouns")
RELATIVES: Final = lexicon.words(_G, "relatives")
PREPOSITIONS: Final = lexicon.words(_G, "prepositions")
CONJUNCTIONS: Final = lexicon.words(_G, "conjunctions")
SUBORDINATORS: Final = lexicon.words(_G, "subordinators")
NEGATIONS: Final = lexicon.words(_G, "negations")
VERB_ADVERBS: Final = lexicon.words(_G, "verb adverbs")
PARTICLES: Final = lexicon.words(_G, "particles")
COPULAS: Final = lexicon.words(_G, "copulas")
OBJECT_CONTROL: Final = lexicon.words(_G, "object control")
PLURAL_NOUNS: Final = lexicon.words(_G, "plural nouns")
ING_NOUNS: Final = lexicon.words(_G, "ing nouns")
TITLE_ABBREVIATIONS: Final = lexicon.words(_G, "title abbreviations")
KEEPING_VERBS: Final = lexicon.words(_G, "keeping verbs")
OBJECT_PARTICIPLE_VERBS: Final = lexicon.words(_G, "object participle verbs")
EVENT_PHASE_VERBS: Final = lexicon.words(_G, "event phase verbs")
NO_PASSIVE: Final = lexicon.words(_G, "verbs with no passive")
CONTENT_NOUNS: Final = lexicon.words(_G, "nouns with a that clause")
FUNCTION_WORDS: Final = (
    DETERMINERS
    | POSSESSIVES
    | SUBJECT_PRONOUNS
    | OBJECT_PRONOUNS
    | RELATIVES
    | PREPOSITIONS
    | CONJUNCTIONS
    | SUBORDINATORS
    | NEGATIONS
    | VERB_ADVERBS
    | PARTICLES
)
"""Closed-class words: never a name, whatever their case."""

AUXILIARIES: Final[dict[str, tuple[str, str, bool]]] = {
    r[0].lower(): (r[1], r[2], r[3] == "1") for r in lexicon.rows(_G, "auxiliaries")
}
"""Form -> (lemma ``be``/``have``/``do``, tense ``present``/``past``/``none``/..., finite)."""

MODALS: Final = lexicon.mapping(_G, "modals")
"""Form -> meaning (``'ll`` -> ``will``, ``ca`` of "can't" -> ``can``)."""

JOINT_SUBJECT_PARTICIPLES: Final = lexicon.words(_G, "participles before a sentence's joint subject")
"""A participle that opens a sentence modifying the first of joint subjects ("Visiting A and B met")."""
CATENATIVES: Final = lexicon.mapping(_G, "catenatives")
"""Verb or adjective taking a to-infinitive -> the modality it lends (``plan``, ``refuse`` ...)."""

_VOWELS: Final = frozenset("aeiou")


def _double(base: str, doubling: frozenset[str]) -> bool:
    """Does the final consonant double before -ed/-ing ("plan" -> "planned", "admit" -> "admitted")?"""
    if base in doubling:
        return True
    if len(base) < 3 or base[-1] in "wxy" or base[-1] in _VOWELS:
        return False
    # one syllable, consonant-vowel-consonant at the end
    vowels = [i for i, c in enumerate(base) if c in _VOWELS]
    return (
        len(vowels) == 1
        and vowels[0] == len(base) - 2
        and base[-3] not in _VOWELS
        and not base.startswith(("qu",))
    )


def inflect(base: str, doubling: frozenset[str] = frozenset()) -> dict[str, str]:
    """The regular ``s``, ``ed`` and ``ing`` forms of a verb."""
    if base.endswith(("sh", "ch", "x", "z", "o", "ss")) or (base.endswith("s") and not base.endswith("ous")):
        s = base + "es"
    elif base.endswith("y") and len(base) > 1 and base[-2] not in _VOWELS:
        s = base[:-1] + "ies"
    else:
        s = base + "s"
    if base.endswith("e"):
        ed = base + "d"
        ing = (
            base[:-2] + "ying"
            if base.endswith("ie")
            else base + "ing"
            if base.endswith("ee")
            else base[:-1] + "ing"
        )
    elif base.endswith("y") and len(base) > 1 and base[-2] not in _VOWELS:
        ed = base[:-1] + "ied"
        ing = base + "ing"
    elif _double(base, doubling):
        ed = base + base[-1] + "ed"
        ing = base + base[-1] + "ing"
    else:
        ed = base + "ed"
        ing = base + "ing"
    return {"s": s, "ed": ed, "ing": ing}


@functools.cache
def verb_forms() -> dict[str, tuple[tuple[str, str], ...]]:
    """Every form of every lexicon verb -> ``((lemma, kind), ...)``."""
    doubling = lexicon.words("verbs", "doubling")
    out: dict[str, list[tuple[str, str]]] = {}

    def add(form: str, lemma: str, kind: str) -> None:
        got = out.setdefault(form, [])
        if (lemma, kind) not in got:
            got.append((lemma, kind))

    for base in sorted(lexicon.words("verbs", "regular")):
        add(base, base, "base")
        for kind, form in inflect(base, doubling).items():
            add(form, base, kind)
        if base.endswith("l") and len(base) > 3 and base[-2] in _VOWELS and base[-3] not in _VOWELS:
            add(base + "led", base, "ed")  # British "travelled", "cancelled"
            add(base + "ling", base, "ing")
    for row in lexicon.rows("verbs", "irregular"):
        base, past, pp = row[0], row[1], row[2]
        forms = inflect(base)
        add(base, base, "base")
        add(forms["s"], base, "s")
        add(forms["ing"], base, "ing")
        if past == pp:
            add(past, base, "ed")
        else:
            add(past, base, "past")
            add(pp, base, "pp")
    return {k: tuple(v) for k, v in out.items()}


_WEEKDAYS: Final = frozenset(w.lower() for w in lexicon.WEEKDAY_NAMES)
_MONTHS: Final = frozenset(w.lower() for w in lexicon.MONTH_NAMES)
_OUTLET_NAME_WORDS: Final = lexicon.words("speech", "words in a news outlet's name")


def dates_a_name(word: str, before: str, after: str) -> bool:
    """Is a capitalised ``word`` a day or a month that dates the sentence rather than opens the name
    ``after`` it ("On Friday Orbex Motor Company said", "In March Velta Corporation said")? A weekday
    is, unless a newspaper's name goes on ("Sunday Ledger"); a month when the word ``before`` it is
    a function word ("in", "last", "on")."""
    low = word.lower()
    if low in _WEEKDAYS:
        return after.lower() not in _OUTLET_NAME_WORDS
    return low in _MONTHS and before.lower() in FUNCTION_WORDS

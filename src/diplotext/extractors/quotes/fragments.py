"""What a speaker phrase can never be: a date ("Wednesday", "last week"), a number ("60 percent"),
or a piece of a clause ("Japan's lower house adopted a resolution", "Even without changes the
commission does"). A phrase opening with a sentence adverb or a conjunction ("But X", "Although X",
"If X", "Earlier X") is the name after it.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.lexicon import MONTH_NAMES, NUMBER_WORDS, WEEKDAY_NAMES
from diplotext.patterns import KEEP_GIL
from diplotext.syntax.words import (
    AUXILIARIES,
    CONJUNCTIONS,
    DETERMINERS,
    MODALS,
    OBJECT_PRONOUNS,
    POSSESSIVES,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    verb_forms,
)

__all__ = [
    "is_adverb",
    "is_fragment",
    "leading_fragment",
    "leading_time",
    "share_of_people",
    "without_dangling_tail",
]

_TIME_WORDS: Final = frozenset(
    [
        *(w.lower() for w in WEEKDAY_NAMES),
        *(w.lower() for w in MONTH_NAMES),
        "today",
        "tonight",
        "yesterday",
        "tomorrow",
        "earlier",
        "later",
        "last",
        "next",
        "this",
        "week",
        "weekend",
        "month",
        "year",
        "morning",
        "afternoon",
        "evening",
        "night",
    ]
)
_OPENERS: Final = (
    SUBORDINATORS
    | CONJUNCTIONS
    | frozenset(
        ["earlier", "later", "meanwhile", "maybe", "perhaps", "even", "also", "however", "still", "yet"]
    )
)
"""Words that open a sentence before its subject, never a speaker's name."""
_OBJECT_OPENERS: Final = DETERMINERS | OBJECT_PRONOUNS | POSSESSIVES
_OBJECT_OR_PREPOSITION: Final = _OBJECT_OPENERS | PREPOSITIONS
_ADVERBS: Final = lexicon.words("speech", "one-word modifiers that are no speaker")
_ADVERB: Final = regex.compile(r"^[a-z]{2,}(?:ing|ed|al|n|t|te|ous|ive|ful|ib|ab|c|ss)ly$")
"""A one-word adverb by its ending ("formally", "recently", "allegedly", "shortly"), not a name
that ends in "-ly" ("Kelly", "Connolly", "Beverly") nor a newspaper ("the daily")."""
_CLAUSE_OPENERS: Final = frozenset(["following", "asked", "speaking", "according", "referring", "responding"])
_DEMONSTRATIVES: Final = frozenset(["that", "this", "these", "those"])
_SPEAKER_NOUNS: Final = lexicon.words("speech", "speaker nouns")
_CLAUSE_SUBORDINATORS: Final = lexicon.words("speech", "subordinators never inside a speaker phrase")
_MONEY: Final = regex.compile(
    r"(?<![\p{L}])(?i:"
    + lexicon.alternation("speech", "currency words before a sum")
    + r")[ \t]+\d|[$£€¥][ \t]?\d|\d[ \t]+(?:(?i:million|billion|thousand)[ \t]+)?(?i:"
    + lexicon.alternation("speech", "currency words before a sum")
    + r")(?![\p{L}])"
)
"""A sum of money inside a phrase ("almost pounds 68m", "the party repaid pounds 500"): no speaker."""
_COUNT: Final = regex.compile(r"\d[\d,.\-]*%?")
_NUMBER: Final = regex.compile(r"^[$£€¥]?\d[\d,.]*%?$")
"""A first word that is only a number ("60 percent", "000 reward"); not "400m", "36-page", "52-year-old"."""


def is_adverb(word: str) -> bool:
    """Is a lower-case word an adverb by its ending ("traditionally", "repeatedly"), not a name or
    a noun that ends in "-ly"?"""
    return (
        "ly" in word and _ADVERB.match(word, None, None, KEEP_GIL) is not None
    )  # (a test before the pattern)


def leading_time(word: str, next_word: str) -> bool:
    """Is ``word`` a time word or a year before a determiner, the end of a fronted time phrase
    without its comma ("In January the institute said", "In 2004 the firm reported")?"""
    low = word.lower()
    return (
        low in _TIME_WORDS or _YEAR.fullmatch(low, None, None, KEEP_GIL) is not None
    ) and next_word.lower() in DETERMINERS


_YEAR: Final = regex.compile(r"(?:1[89]|20)\d\d")


def leading_fragment(word: str) -> bool:
    """Is a phrase's first word one that opens a sentence before the subject ("But", "Although")?"""
    return word.lower() in _OPENERS


_NEGATED: Final = regex.compile(r"n['’]t$")


_DANGLING: Final = PREPOSITIONS | DETERMINERS
"""The words a speaker phrase cut short may end on."""


def without_dangling_tail(name: str) -> str | None:
    """A speaker phrase without the prepositions and determiners it was cut short after ("the
    Center for Research at" -> "the Center for Research"); unchanged when nothing dangles; ``None``
    when one lower-case word is left, a verb before its particle or object ("scoffed at", "played
    down", "comment on")."""
    words = name.split()
    k = len(words)
    while k > 1 and words[k - 1].islower() and words[k - 1] in _DANGLING:
        k -= 1
    if k == len(words):
        return name
    return None if k == 1 and words[0].islower() else " ".join(words[:k])


def share_of_people(words: list[str]) -> bool:
    """Is a phrase a share or a count of people ("49 percent of those surveyed", "14% of people",
    "36 people accused"), which may speak?"""
    if not words or _NUMBER.match(words[0], None, None, KEEP_GIL) is None:
        return False
    if words[0].endswith("%"):
        return True
    return len(words) > 1 and words[1].lower() in _SHARES


_SHARES: Final = lexicon.words("speech", "words after a number that make a share of people")


def _counted(rest: list[str]) -> bool:
    """Does a phrase after a preposition open with a count ("around one quarter", "over 60%"): an
    approximate share of people, which may speak?"""
    if not rest or rest[0] in DETERMINERS:
        return False  # "in a French newspaper": no count
    return rest[0] in NUMBER_WORDS or _COUNT.fullmatch(rest[0], None, None, KEEP_GIL) is not None


def _verb_lead(word: str, after: str) -> bool:
    """Does a lower-case phrase open with a verb's past form or participle before a determiner or a
    preposition ("gave the county", "used for longer", "uploaded via a tool"), not an adjective
    before its noun ("retired general", "elected officials")?"""
    if word in AUXILIARIES:
        return True  # "been faced with ..."
    kinds = {k for _, k in verb_forms().get(word, ())}
    if kinds & {"base", "s", "ing"} and after in _OBJECT_OPENERS and word not in _SPEAKER_NOUNS:
        return True  # "dispatch the mission", "represents the UK", "providing the public": verb, object
    return bool(kinds & {"past", "ed"}) and "base" not in kinds and after in _OBJECT_OR_PREPOSITION


def _finite(word: str, after: str | None) -> bool:
    """Is a lower-case word a finite verb: an auxiliary or modal ("does", "was"), a past-only form
    ("gave"), or a past form with an object after it ("adopted a resolution"), not a participle
    after a noun ("the official involved", "a report issued")?"""
    if word in AUXILIARIES or word in MODALS:
        return True
    stem = _NEGATED.sub("", word)
    if stem != word and (stem in AUXILIARIES or stem in MODALS or stem in {"ca", "wo", "sha"}):
        return True  # "didn't", "won’t": a negated auxiliary ("the donor didn't disclose ...")
    kinds = {k for _, k in verb_forms().get(word, ())}
    if kinds == {"past"}:
        return True
    if kinds == {"s"} and after is not None and (after in DETERMINERS or _COUNT.fullmatch(after) is not None):
        return True  # "some estimates possesses some 200 warheads", "capacity lets 3 offer": a clause
    if "ed" in kinds and after is not None and _COUNT.fullmatch(after, None, None, KEEP_GIL) is not None:
        return True  # "the Senate voted 79-19", "the city contained 35": a verb and its count
    return "ed" in kinds and "base" not in kinds and after is not None and after in _OBJECT_OPENERS


def is_fragment(words: list[str]) -> bool:
    """Can a phrase of these words not name a speaker: all time words, a number, or a clause?"""
    if not words:
        return True
    lows = [w.lower().strip(".,") for w in words]
    if all(w in _TIME_WORDS or w.isdigit() for w in lows):
        return True  # "Wednesday", "March 14"
    if words[0].startswith("-") and words[0][1:2].islower():
        return True  # "-led 14-party combine": the end of a compound cut off from its first word
    if lows[0] == "not" or (words[0].islower() and lows[0] in PREPOSITIONS and not _counted(lows[1:])):
        return True  # "Not unexpectedly, ...", "from government on October 28", not "around one quarter"
    if any(w in _CLAUSE_SUBORDINATORS for w in lows[1:]) or _MONEY.search(" ".join(words)) is not None:
        return True  # "Cyprus unless the bloc keeps", "almost pounds 68m"
    if len(lows) == 1 and (
        lows[0] in _OPENERS or lows[0] in _ADVERBS or _ADVERB.match(lows[0], None, None, KEEP_GIL)
    ):
        return True  # "Still", "Recently", "now": an adverb
    if len(lows) == 1 and (lows[0] in PREPOSITIONS or lows[0] in _DEMONSTRATIVES):
        return True  # "With polls suggesting ...", "That, the source said, was when ...": no one
    if lows[0] in _CLAUSE_OPENERS:
        return True  # "Following a swiftly ...", "Asked about ..."
    if len(lows) > 2 and lows[0] in SUBJECT_PRONOUNS:
        return True  # "It summed up the attitude of ...": a clause with its own subject
    if _NUMBER.match(words[0], None, None, KEEP_GIL):
        return not share_of_people(words)  # "000 reward", not "49 percent of those surveyed"
    if words[0].islower() and len(lows) > 1 and words[1].islower() and _verb_lead(lows[0], lows[1]):
        return True  # "gave the county", "used for longer", "been faced with ...": a verb's phrase
    return any(
        w.islower()
        and not (i + 1 < len(words) and words[i + 1][:1].isupper())  # "Maria do Carmo": a name's particle
        and _finite(lows[i], lows[i + 1] if i + 1 < len(lows) else None)
        for i, w in enumerate(words)
        if i > 0
    )

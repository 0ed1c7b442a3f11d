"""The reporting-verb lexicon (``data/lexicon/speech.txt [quote cue verbs]``): speech cues with their
inflections and classes, and how to find them.

Every cue form maps to its lemma. Forms are matched in lower case as whole words (``According to``
in any case). A few uses are not speech and are dropped: passives and raisings ("was told",
"is said to be"), phrasal verbs ("called for", "added to").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any, Final

import attrs
import regex

from diplotext import lexicon
from diplotext.asciitwin import re_ascii_twin
from diplotext.extractors.window_words import holds_folded
from diplotext.patterns import KEEP_GIL
from diplotext.quickinit import quick_init

from .idle_cue_forms import adjective_participle, cited_noun, credit_line
from .noun_calls import noun_after_modifier
from .noun_first_verbs import verb_after_subject
from .social_posts import POSTED_ON, thing_posted_before

__all__ = [
    "BEFORE_CUES",
    "CLAUSE_CUES",
    "COMPLEMENT_CUES",
    "LEMMAS",
    "NAMING_CUES",
    "OBJECT_CUES",
    "PROGRESSIVE_BEFORE",
    "SAY_CUES",
    "Cue",
    "find_cues",
]


def _cue_rows() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """Every cue form -> its lemma, and each class -> its lemmas, from ``speech.txt [quote cue verbs]``."""
    forms: dict[str, str] = {}
    classes: dict[str, set[str]] = {}
    for row in lexicon.rows("speech", "quote cue verbs"):
        base = row[0].lower()
        for form in row[:4]:
            forms[form.lower()] = base
        for name in row[4].split() if len(row) > 4 else ():
            classes.setdefault(name, set()).add(base)
    return forms, {k: frozenset(v) for k, v in classes.items()}


_LEXICON, _CLASSES = _cue_rows()
_LEXICON["according to"] = "according to"
_NOUN_FIRST: dict[str, str] = {
    form: _LEXICON.pop(form) for form in sorted(lexicon.words("speech", "noun-first cue forms"))
}
"""Cue forms that are nouns far more often ("notes", "comments"): a cue only before "that"."""

LEMMAS: Final[Mapping[str, str]] = _LEXICON
"""Every cue form (lower case) -> its lemma."""

SAY_CUES: Final = _CLASSES["say"] | {"according to"}
"""Cues whose complement is reported speech even without "that" (``X said the talks went well``)."""

OBJECT_CUES: Final = _CLASSES["object"]
"""Cues that take a listener before the reported clause (``told reporters (that) ...``)."""

CLAUSE_CUES: Final = _CLASSES["clause"] | {"according to"}
"""Cues that can introduce a reported clause (the others only attribute quoted fragments)."""

BEFORE_CUES: Final = _CLASSES["before"] | {"according to"}
"""Cues that can close a sentence of reported speech: 'CLAUSE, X said.'"""

COMPLEMENT_CUES: Final = _CLASSES["complement"]
"""Speech acts whose object is what was said: 'X called for a ceasefire', 'X urged Y to leave'.

Their complement is reported as an indirect quote when the speaker is named next to the cue and no
quotation in the sentence already carries the attribution."""


def _trie_pattern(words: list[str]) -> str:
    """One regex alternation shaped as a trie (fast to match: no backtracking over 400 forms)."""
    trie: dict[str, dict[str, Any]] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [
            regex.escape(ch).replace(r"\ ", r"\s+") + emit(child) for ch, child in sorted(node.items()) if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


# The stdlib engine runs this ASCII trie about three times faster than ``regex``; ``\w`` is Unicode.
_CUE_FORMS: Final = (
    r"(?:(?i:according\s+to)|"
    + _trie_pattern([f for f in (*_LEXICON, *_NOUN_FIRST) if f != "according to"])
    + ")"
)
_CUE_RE: Final = re.compile(r"(?<![\w'’\-])" + _CUE_FORMS + r"(?![\w\-])")
"""A cue form, as a whole word (no letter, digit, apostrophe or hyphen before it or after it)."""
_CUE_AFTER_SEPARATOR: Final = re.compile(r"[^\w'’\-](" + _CUE_FORMS + r")(?![\w\-])")
"""``_CUE_RE`` with the character before the cue taken in (group 1 is the cue): a search for it
skips to the characters that can stand before one, where ``_CUE_RE``'s leading lookbehind makes
``re`` try the trie at every character (twice the time)."""
_CUE_AFTER_SEPARATOR_ASCII: Final = re_ascii_twin(_CUE_AFTER_SEPARATOR)
"""``_CUE_AFTER_SEPARATOR`` for ASCII text: the same matches in about five sixths of the instructions."""


def _cue_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of ``_CUE_RE``'s matches in ``text[start:end]``, in order."""
    if start <= 0:  # a cue may open the text, with no character before it
        first = _CUE_RE.match(text, 0, end)
        if first is not None:
            yield first.span()
        pos = 0 if first is None else first.end()
    else:
        pos = start - 1  # the character before ``start`` (``_CUE_RE``'s lookbehind reads it too)
    scanner = _CUE_AFTER_SEPARATOR_ASCII if text.isascii() else _CUE_AFTER_SEPARATOR
    for m in scanner.finditer(text, pos, end):
        yield m.span(1)


_THAT_AFTER: Final = regex.compile(r"\s+that\b")
_VERB_BEFORE_THAT: Final = frozenset({"note", "state", "comment", "remark"})
_SUBJECT_BEFORE: Final = regex.compile(
    r"(?:\b\p{Lu}[\p{L}.\-]*|\b(?:"
    + lexicon.alternation("speech", "document subjects before a cue")
    + r")),?\s+$"
)
"""A name, pronoun or document right before "notes that": its subject (not "ex-communist states that")."""
_QUANTITY_BEFORE: Final = regex.compile(
    r"(?i:\b(?:all|some|many|most|several|other|these|those|both|few|\d+|two|three|four|five|six|seven|"
    r"eight|nine|ten|dozens?|hundreds?)\s+)$"
)
"""Noun-first cue forms that are the verb before "that" ("X notes that", "the rule states that");
not "attacks that", "questions that", "demands that" (a relative clause after a noun)."""
_SPACES: Final = regex.compile(r"\s+")

# "was told", "is said to", "been called"... : passives and raising are not attributions.
# These two end at "$" and are only asked whether they match: searched in reverse (``(?r)``), they
# are tried at the end of the window only, not at every start in it.
_PASSIVE_AUXILIARIES: Final = "is|are|was|were|be|been|being|get|got|gets|it's|it’s"
_PASSIVE_MODIFIERS: Final = lexicon.entries("speech", "modifiers between a passive auxiliary and a cue")
_PASSIVE_BEFORE: Final = regex.compile(
    r"(?r)(?:\b(?:" + _PASSIVE_AUXILIARIES + r")\s+"
    r"(?:(?:"
    + lexicon.alternation("speech", "modifiers between a passive auxiliary and a cue")
    + r")\s+)?)$",
    regex.IGNORECASE,
)
_PASSIVE_LAST_WORDS: Final = tuple(
    w.casefold().split()[-1] for w in (*_PASSIVE_AUXILIARIES.split("|"), *_PASSIVE_MODIFIERS)
)
"""The words ``_PASSIVE_BEFORE`` can end with before its spaces, case-folded: a window whose text,
without its trailing spaces and case-folded, ends with none of them cannot match (a cheap test
first: most cues have no such word before them)."""


def _passive_before(text: str, lo: int, hi: int) -> bool:
    """Does ``_PASSIVE_BEFORE`` match ``text[lo:hi]``?"""
    tail = text[lo:hi].rstrip()[-12:].casefold()
    return tail.endswith(_PASSIVE_LAST_WORDS) and _PASSIVE_BEFORE.search(text, lo, hi, KEEP_GIL) is not None


PROGRESSIVE_BEFORE: Final = regex.compile(r"(?r)\b(?i:is|are|was|were)\s+(?:\p{Ll}+ly\s+|also\s+|still\s+)?$")
"""'is (still) arguing': a progressive, active; not after "be"/"been" ("will be telling")."""
_PSEUDO_CLEFT: Final = regex.compile(r"(?r)\b(?i:what)\s+[\p{L}'’]+\s+\p{L}+\s+$")
"""'What he is (saying)': the words said are the subject of another clause, not reported here."""
_DETERMINER_BEFORE: Final = regex.compile(  # "the state", "an internationally recognised", "the 2031 X"
    # (the modifier in lower case: "the Institute of Banking said" names a body)
    r"(?r)(?:(?<![\p{L}])(?:" + lexicon.alternation("speech", "determiners before a cue noun") + ")"
    r"|\p{L}['’]s?)\s+"
    r"(?:[\p{L}]+-[\p{L}\-]+\s+|(?-i:[\p{Ll}]+(?:ing|ive|ous|ful|ic))\s+|\d{4}\s+"
    r"|(?-i:\p{Ll}+(?:"
    + lexicon.alternation("speech", "modifier endings before a cue adjective")
    + r"))\s+)?$",
    regex.IGNORECASE,
)
_INDEFINITE_AND_WORD: Final = regex.compile(r"(?<![\p{L}])(?i:an?)\s+\p{Ll}[\p{Ll}\-]*\s+$")
"""An indefinite article and one lower-case word: what follows is no verb of a singular subject."""
_DAY_OR_DATE: Final = (
    r"(?:(?i:"
    + "|".join(lexicon.longest_first([*lexicon.WEEKDAY_NAMES, *lexicon.MONTH_NAMES]))
    + r")(?![\p{L}])|\d)"
)
"""A weekday, a month or a number: "reported on Friday that" is no phrasal "reported on"."""
_AFTER_EXCLUDED: Final = {
    "call": regex.compile(r"\s+(?:for|on|off|up|in|out|back|it\s+quits|of)\b"),
    # "added 11 cents to 57.11 dollars", "added 15 points", "will add value": no speech
    "add": regex.compile(r"\s+(?:to|up|value|weight|fuel|[$£€¥]?\d)"),
    "condemn": regex.compile(r"\s+to\b"),
    "note": regex.compile(r"\s+(?:for)\b"),
    "state": regex.compile(
        r"\s+(?:of|media|television|tv|news|department|visit|visits|secretary)\b", regex.I
    ),
    # "reported on the talks", not "reported on Friday that ...": a day or date after "on"
    "report": regex.compile(r"\s+(?:to|on(?!\s+" + _DAY_OR_DATE + r")|for|card|of)\b"),
    "comment": regex.compile(r"\s+(?:on(?!\s+" + _DAY_OR_DATE + r")|section)\b"),
    "agree": regex.compile(r"\s+(?:to|on|with|upon)\b"),
    "promise": regex.compile(r"\s+(?:to|of)\b"),
    # "reports of a rift", "mention of the plan", "claims of abuse": a noun before "of"
    "mention": regex.compile(r"\s+of\b"),
    "claim": regex.compile(r"\s+of\b"),
    "pledge": regex.compile(r"\s+to\b"),
    "vow": regex.compile(r"\s+to\b"),
    "respond": regex.compile(r"\s+to\b"),
    # "the rate declined to 3.8 percent", "declined by 2%", "revenue declined 8%": a fall, not a refusal
    "decline": regex.compile(r"\s+(?:(?:to|by|from)\s+)?[$£€¥]?\d|\s+(?:sharply|slightly|steadily)\b"),
    "reply": regex.compile(r"\s+to\b"),
    "maintain": regex.compile(r"\s+(?:a|an|the|its|their|his|her)\b"),
}

NAMING_CUES: Final = lexicon.words("speech", "naming cues")
"""Cues that also name a thing ("a venture called Orion", "a tool, called X, ...")."""
_NAME_AFTER: Final = regex.compile(r"\s+[\"“'‘]?(?!The\s)\p{Lu}")
_INDEFINITE_BEFORE: Final = regex.compile(
    r"(?r)(?<![\p{L}])(?:a|an|another|one|new)\s+(?:[\p{L}\-]+\s+){0,3}$", regex.IGNORECASE
)
"""A thing introduced with "a" before "called X" is being named ("a venture called Orion")."""
_OBJECT_INDEFINITE_BEFORE: Final = regex.compile(
    r"(?r)(?<![\p{L}])\p{Ll}[\p{Ll}\-]*\s+(?:a|an|another|new)\s+"
    r"(?:(?!(?:" + lexicon.alternation("speech", "words ending a thing named before called") + r")\s)"
    r"[\p{Ll}\-]+\s+){0,3}$"
)
"""A thing introduced with "a" after a lower-case word (a verb or a preposition taking it: "used a
technology called", "of a creature called") is being named, whatever the name looks like."""
_BE_BEFORE: Final = regex.compile(
    r"(?r)(?<![\p{L}])(?i:" + lexicon.alternation("speech", "be forms before a passive naming") + r")\s+"
    r"(?:(?:\p{Ll}+ly|"
    + lexicon.alternation("speech", "words between be and a naming participle")
    + r")\s+){0,2}$"
)
"""A be-form before "called": a passive naming ("is sometimes called a living fossil")."""

_AFTER_REQUIRED: Final = {
    "post": POSTED_ON,  # "posted on Twitter: ...", not "posted a profit", "posted to Kabul"
    # "accused X of Y": without "of" it is the adjective ("extradite accused criminals")
    "accuse": regex.compile(r"[^.;:!?\n]{0,80}?\bof\b"),
    # "charged that ...", '"...," she charged.': not "charged with murder", "charged $5"
    "charge": regex.compile(r"\s+that\b|\s*[,.;:!?\"”’]"),
    # "attacked the plan as unfair", "slammed the government over ...": not "armed men attacked the
    # vessel", "slammed the door"
    "attack": regex.compile(r"[^.;:!?\n\"“”]{0,80}?\b(?:as|for|over)\b"),
    "blast": regex.compile(r"[^.;:!?\n\"“”]{0,80}?\b(?:as|for|over)\b"),
    "slam": regex.compile(r"[^.;:!?\n\"“”]{0,80}?\b(?:as|for|over)\b"),
    # '"...," he continued.' / "He continued: ...": not "the curfew would continue through May"
    "continue": regex.compile(r"\s*(?:[,:.;!?\"“”'‘’—–]|\s-|$|\s+that\b)"),
    # "as X put it, ...", "she put it bluntly:", "as a magazine put it in a profile, ...": not "put it
    # to a vote", "put it on the table"
    "put it": regex.compile(
        r"(?:\s+\p{Ll}+ly)?\s*(?:[,:.;!?\"“”'‘’]|$)|\s+(?:in|on)\s+[^,.;:!?\"“”\n]{1,40}?[,:]\s*[\"“'‘]"
    ),
}

_BY_NEXT: Final = regex.compile(r"\s+by(?![\p{L}])")
_AFTER_QUOTE: Final = regex.compile(r"[,!?][\"”’]\s*$")
"""A cue right after the end of a quotation ('"...," charged X'): the speech act, whatever follows."""
_SPOKEN_BY_NAME: Final = frozenset({"attack", "blast", "slam"})
_NAME_BEFORE: Final = regex.compile(
    r"(?r)(?:\p{Lu}[\p{L}'’\-]*|(?<![\p{L}])(?:he|she|they|we|I))\s+"
    r"(?:(?:has|had|have|also|publicly|again|repeatedly|sharply|fiercely|strongly|openly)\s+){0,2}$"
)
"""A name or a pronoun right before "attacked", "slammed": a politician's words ("Mr X also attacked
Labour's taxes", "she attacked the officers"), where "monks attacked the properties" is not."""
_PREPOSITION_BEFORE: Final = regex.compile(
    rf"(?r)(?<![\p{{L}}])(?:{lexicon.alternation('speech', 'words before a cue noun')})\s+$",
    regex.IGNORECASE,
)
"""A preposition or a verb taking a noun right before a cue's -s form: "following claims that ...",
"amid calls for ...", "drew calls for restraint" (the noun, not "X calls for")."""
_FINITE_AFTER: Final = regex.compile(
    r"\s+(?:(?:have|had)\s+)?(?:"
    + "|".join(f for row in lexicon.rows("speech", "verbs after a plural cue noun") for f in row[1].split())
    + r")(?![\p{L}])"
)
_PLURAL_NOUN_FORMS: Final = lexicon.words("speech", "cue forms that are also plural nouns")
"""A finite verb right after one of these cue forms makes it the plural noun, the verb's subject ("unconfirmed
reports said", "initial reports were of ...")."""
_NEVER_ADJECTIVES: Final = frozenset({"say", "tell", "add", "write"})
"""Past forms that never modify a noun ("60 said ...": sixty people said)."""
_COUNT_BEFORE: Final = regex.compile(
    r"(?r)(?:^|(?<=(?:^|[^\p{L}])\p{Ll}[\p{Ll}\-]*\s+|[(,]\s+))(?P<n>\d(?:[\d,.]*\d)?|(?i:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands))\s+$"
)


_QUANTIFIED_BEFORE: Final = regex.compile(
    r"(?r)(?<![\p{L}\d,.])(?:\d(?:[\d,.]*\d)?|(?i:"
    + lexicon.alternation("speech", "quantifiers before a cue noun")
    + r"))\s+(?:\p{Ll}[\p{Ll}\-]*\s+)?$"
)
"""A count or a quantifier right before a cue's -s form, or before one word and it ("150 phone calls")."""


def _counted_before(text: str, lo: int, pos: int) -> bool:
    """Does a count stand right before ``pos``, after a lower-case word or at the start ("with 1,124
    pledged", "Three reported")? Not a name's number ("Radio 1 said", "Sakhalin-2") nor a year."""
    m = _COUNT_BEFORE.search(text, lo, pos, KEEP_GIL)
    if m is None:
        return False
    n = m.group("n")
    return not (len(n) == 4 and n.isdigit() and n[:2] in {"19", "20"})


_PAST_FORMS: Final = frozenset(row[2].lower() for row in lexicon.rows("speech", "quote cue verbs"))
_THIRD_PERSON_FORMS: Final = frozenset(row[1].lower() for row in lexicon.rows("speech", "quote cue verbs"))
_PASSIVE_AFTER: Final = {
    row[0].lower(): regex.compile(r"\s+(?:" + "|".join(map(regex.escape, row[1].split())) + r")\b")
    for row in lexicon.rows("speech", "cue verbs passive before a preposition")
}
"""A cue that needs its object, in its past form right before one of these words, is a passive
participle: "a banker accused of fraud", "when asked about the deal", "criticised by the opposition"."""


@quick_init
@attrs.frozen
class Cue:
    """One occurrence of a cue: its span, the text as written and its lemma."""

    start: int
    end: int
    text: str
    lemma: str

    @property
    def participial(self) -> bool:
        """``adding``, ``noting``...: a cue that continues the previous attribution."""
        low = self.text.lower()
        return low.endswith(("ing", "ing out")) or low.startswith("having ")

    @property
    def according(self) -> bool:
        return self.lemma == "according to"


_HAVING_BEFORE: Final = regex.compile(r"(?<![\p{L}])(?i:having)\s+(?:(?:earlier|\p{Ll}+ly)\s+)?$")
"""A perfect participle's auxiliary before a past form ("having complained", "having also said")."""
_HAVING: Final = ("having",)


def _titled_before(text: str, start: int, pos: int) -> bool:
    """Is the word before ``pos`` a hyphenated person title ("the president-elect said"): the
    subject, not a modifier of a cue noun ("the long-awaited report")?"""
    words = text[max(start, pos - 40) : pos].split()
    return bool(words) and "-" in words[-1] and words[-1].lower() in _PERSON_TITLES


_PERSON_TITLES: Final = lexicon.words("speech", "person titles")


_TAG_SUBJECT: Final = regex.compile(
    r"(?r)[,!?][\"”’']\s+(?:\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,2}|(?:"
    + "|".join(sorted(w for w in lexicon.words("grammar", "subject pronouns") if w.isalpha()))
    + r")|the(?:\s+\p{Ll}+){1,2})\s+$"
)
_TAG_END: Final = regex.compile(r"\s*(?:[,.;]|$)")


def _quote_tag(text: str, start: int, end: int, m_start: int, m_end: int) -> bool:
    """Is a noun-first cue form the verb of a quotation's tag ('"...," Viguerie notes.', '"...?" he
    remarks,'): after a closing mark and a name or pronoun, before punctuation?"""
    return (
        text[m_end - 1 : m_end] == "s"
        and _TAG_END.match(text, m_end, min(end, m_end + 4), KEEP_GIL) is not None
        and _TAG_SUBJECT.search(text, max(start, m_start - 50), m_start, KEEP_GIL) is not None
    )


def find_cues(text: str, start: int, end: int) -> Iterator[Cue]:
    """The cues in ``text[start:end]``, in order (quoted words are the caller's to exclude)."""
    for m_start, m_end in _cue_spans(text, start, end):
        form = text[m_start:m_end]
        key = _SPACES.sub(" ", form.lower()) if " " in form or "\n" in form or "\t" in form else form.lower()
        lemma = _LEXICON.get(key)
        if lemma is None:
            lemma = _NOUN_FIRST.get(key)
            if lemma is not None and _quote_tag(text, start, end, m_start, m_end):
                pass  # '"...," Viguerie notes.': the tag of the quotation before
            elif (
                lemma is None
                or _QUANTITY_BEFORE.search(text, max(start, m_start - 20), m_start, KEEP_GIL)
                or (
                    (
                        lemma not in _VERB_BEFORE_THAT
                        or not _THAT_AFTER.match(text, m_end, min(end, m_end + 12), KEEP_GIL)
                        or not form.endswith("s")
                        or not _SUBJECT_BEFORE.search(text, max(start, m_start - 30), m_start, KEEP_GIL)
                    )
                    and not verb_after_subject(text, start, end, m_start, m_end, lemma=lemma)
                )
            ):
                continue  # "the notes", "attacks that killed", "six states that", but "X notes that"
        if lemma != "according to" and form[0].isupper():
            continue  # "Said" / "Call" as a name or headline word
        if (
            lemma != "according to"
            and (
                not key.split(" ", 1)[0].endswith("ing")  # "is arguing that", "is calling for": active
                or PROGRESSIVE_BEFORE.search(text, max(start, m_start - 30), m_start, KEEP_GIL) is None
                or _PSEUDO_CLEFT.search(text, max(start, m_start - 40), m_start, KEEP_GIL) is not None
            )
            and _passive_before(text, max(start, m_start - 24), m_start)
        ):
            continue
        if (
            lemma != "according to"
            and _DETERMINER_BEFORE.search(text, max(start, m_start - 40), m_start, KEEP_GIL)
            and not _titled_before(text, start, m_start)
        ):
            continue  # "the state", "his claims", "a call": nouns
        if (
            lemma != "according to"
            and key.split()[0] == lemma.split()[0]
            and _INDEFINITE_AND_WORD.search(text, max(start, m_start - 30), m_start, KEEP_GIL) is not None
        ):
            continue  # "paid a courtesy call on X": after "a" and a word, a base form is a noun
        after = _AFTER_EXCLUDED.get(lemma)
        if after is not None and after.match(text, m_end, min(end, m_end + 24), KEEP_GIL):
            continue
        if key in _THIRD_PERSON_FORMS and _PREPOSITION_BEFORE.search(
            text, max(start, m_start - 16), m_start, KEEP_GIL
        ):
            continue  # "following claims that ...", "amid calls for ...": a noun
        if key in _THIRD_PERSON_FORMS and _QUANTIFIED_BEFORE.search(
            text, max(start, m_start - 40), m_start, KEEP_GIL
        ):
            continue  # "150 phone calls", "several warnings", "many reports": a counted noun
        if key in _PLURAL_NOUN_FORMS and _FINITE_AFTER.match(text, m_end, min(end, m_end + 24), KEEP_GIL):
            continue  # "unconfirmed reports said", "initial reports were": a plural noun, its verb next
        if (
            key in _PAST_FORMS
            and lemma not in _NEVER_ADJECTIVES
            and _counted_before(text, max(start, m_start - 40), m_start)
        ):
            continue  # "1,124 pledged delegates", "three reported cases": an adjective
        if (
            key in _PAST_FORMS
            and lemma not in _NEVER_ADJECTIVES
            and adjective_participle(text, start, m_start, m_end, end)
        ):
            continue  # "a lead in pledged votes", "includes pledged votes": an adjective
        if noun_after_modifier(text, start, m_start, key):
            continue  # "free phone calls to ...": a plural noun after a modifier
        if key in _THIRD_PERSON_FORMS and cited_noun(text, start, m_start, m_end):
            continue  # "citing intelligence reports, said": the noun cited
        if credit_line(text, key, m_end, end):
            continue  # "Rein reported from Porto.": a reporter's credit line
        passive = _PASSIVE_AFTER.get(lemma)
        if (
            passive is not None
            and key in _PAST_FORMS
            and passive.match(text, m_end, min(end, m_end + 12), KEEP_GIL)
        ):
            continue  # "a banker accused of fraud", "asked about the deal": passive participles
        if (
            lemma == "add"
            and key in _PAST_FORMS
            and _BY_NEXT.match(text, m_end, min(end, m_end + 6), KEEP_GIL)
            and not _NAME_BEFORE.search(text, max(start, m_start - 60), m_start, KEEP_GIL)
        ):
            continue  # "measures added by Republicans", not '"...," Stromberg added by telephone
        needed = _AFTER_REQUIRED.get(lemma)
        if needed is POSTED_ON and thing_posted_before(text, max(start, m_start - 20), m_start):
            continue  # "a video message posted to Twitter": a passive participle
        if (
            needed is not None
            and not needed.match(text, m_end, min(end, m_end + 90), KEEP_GIL)
            and (
                needed is POSTED_ON  # '"Big Town," posted the clip': the title of what was posted
                or not _AFTER_QUOTE.search(text, max(start, m_start - 4), m_start, KEEP_GIL)
            )  # '"...," charged X'
            and not (
                lemma in _SPOKEN_BY_NAME
                and _NAME_BEFORE.search(text, max(start, m_start - 60), m_start, KEEP_GIL)
            )
        ):
            continue
        if (
            lemma in NAMING_CUES
            and _NAME_AFTER.match(text, m_end, min(end, m_end + 8), KEEP_GIL)
            and _INDEFINITE_BEFORE.search(text, max(start, m_start - 40), m_start, KEEP_GIL)
        ):
            continue  # "a joint venture called Orion", "a storm named ...": naming, not speech
        if (
            lemma in NAMING_CUES
            and key in _PAST_FORMS
            and (
                _OBJECT_INDEFINITE_BEFORE.search(text, max(start, m_start - 60), m_start, KEEP_GIL)
                or _BE_BEFORE.search(text, max(start, m_start - 24), m_start, KEEP_GIL)
            )
        ):
            continue  # "used a technology called adaptive optics", "is sometimes called a fossil"
        having = (
            _HAVING_BEFORE.search(text, max(start, m_start - 16), m_start, KEEP_GIL)
            if key in _PAST_FORMS and holds_folded(text, max(start, m_start - 16), m_start, _HAVING)
            else None
        )
        if having is not None:  # "..., having complained that ...": a participle like "complaining"
            yield Cue(having.start(), m_end, text[having.start() : m_end], lemma)
            continue
        yield Cue(m_start, m_end, form, lemma)

"""Who issued a document a speaker mention names ("The statement said ..."): the subject before
"issued a statement", or the issuer the document's own phrase names ("a report by the UN Office",
"the Agriculture Ministry's statement", "an ISAF statement"); and the shapes of a speaker mention
that carry its issuer (``DOCUMENT_FROM``: "a news release from the Department of X";
``DOCUMENT_OWNER``: "an ISAF statement"; ``DOCUMENT_TOPIC``: "a report on the projects", where the
report alone speaks)."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import geo, lexicon
from diplotext.model import Span
from diplotext.patterns import lazy

from .fronted_documents import fronted_document_issuer
from .mentions import Mention, core
from .naming import BODY_HEADS, DOCUMENT_HEADS
from .phrases import phrase_before

__all__ = [
    "DOCUMENT_FROM",
    "DOCUMENT_OWNER",
    "DOCUMENT_TOPIC",
    "ISSUER_NAME",
    "issuer_name",
    "issuer_of",
    "nationality_only",
    "not_an_issuer",
    "whole_name",
]


def nationality_only(words: str) -> bool:
    """ "Turkish", "British" (a nationality, not a name: "the Turkish statement"); not "Vatican"."""
    words = words.strip()
    return geo.demonym_code(words) is not None and geo.country_code(words) is None


def issuer_of(text: str, head: str, position: int) -> tuple[int, int] | None:
    """Who issued the document "the statement" stands for: the subject before "issued a
    statement" in the few sentences before ``position`` (its span), or ``None``."""
    lo = max(0, position - _ISSUER_WINDOW)
    found = None
    for m in _ISSUED.finditer(text, lo, position):
        if m.group("head").lower() == head:
            found = m
    named = None
    for m in _NAMED_DOCUMENT.finditer(text, lo, position):
        who = m.group("by") or m.group("owner") or m.group("org")
        if m.group("head").lower() == head and who and not nationality_only(who):
            named = m
    fronted = fronted_document_issuer(text, head, lo, position)
    latest = max((found.start() if found else -1), (named.start() if named else -1))
    if fronted is not None and fronted[0] > latest:
        # "In a report issued on Monday, the rights group X accused ...": X
        return fronted
    if named is not None and (found is None or named.start() > found.start()):
        # "a report by the UN Office on Drugs", "the Agriculture Ministry's statement",
        # "an ISAF statement": the name in the document's own phrase
        who = "by" if named.group("by") else "owner" if named.group("owner") else "org"
        return named.span(who)
    if found is None:
        return None
    floor = max(lo, found.start() - 120)
    stop = max(text.rfind("\n", floor, found.start()), text.rfind(". ", floor, found.start()))
    return phrase_before(text, stop + 1 if stop >= 0 else floor, found.start())


_ISSUER_WINDOW: Final = 600
_ISSUED: Final = lazy(
    r"(?<![\p{L}])(?:issued|released|published|put\s+out|sent|signed|wrote|circulated|posted)\s+"
    r"(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\p{Ll}\-]+\s+){0,2}?(?P<head>"
    + "|".join(lexicon.longest_first(DOCUMENT_HEADS))
    + r")(?![\p{L}])",
    regex.IGNORECASE,
)
"""'X issued a (joint) statement': the verb and the document's head word."""
_HEADS: Final = "|".join(lexicon.longest_first(DOCUMENT_HEADS))
_WHEN: Final = (
    r"(?:(?:in|on|last|this|earlier)\s+(?:\p{Lu}\p{Ll}+|week|month|year)(?:\s+\d{1,2}(?!\d))?,?\s+)?"
)
"""A time between a document's participle and its issuer ("released in May by", "issued on Monday by")."""
_ROLE: Final = (
    r"(?:(?!(?:"
    + lexicon.alternation("speech", "words before an issuer that are no kind of issuer")
    + r")\s)\p{Ll}[\p{Ll}\-]+\s+(?=\p{Lu}))?"
)
"""One lower-case word of the issuer's kind before its name ("a report from analysts Gartner")."""
ISSUER_NAME: Final = (
    r"\p{Lu}(?:[\p{L}\-]|\.(?=\p{L}))*"
    r"(?:[ \t]+(?:of|on|for|and|the|\p{Lu}(?:[\p{L}\-]|\.(?=\p{L}))*)){0,6}"
    r"(?<=\p{L})(?<![ \t](?:of|on|for|and|the))"
    r"(?:[ \t]+(?:" + "|".join(lexicon.longest_first(BODY_HEADS)) + r")(?![\p{L}\-]))?"
)
"""A name that may hold "of", "on", "and" ("the UN Office on Drugs and Crime"), within a sentence."""
_NAMED_DOCUMENT: Final = lazy(
    r"(?<![\p{L}])(?:(?P<owner>" + ISSUER_NAME + r")['’]s\s+(?:[\p{Ll}\-]+\s+){0,2}"
    r"|(?<![\p{L}])(?i:a|an|the|its)\s+(?P<org>(?:\p{Lu}(?:[\p{L}\-]|\.(?=\p{L}))*\s+){1,4})(?:[\p{Ll}\-]+\s+){0,1})?"
    r"(?P<head>" + _HEADS + r")(?![\p{L}])"
    r"(?:\s+(?:(?:issued|released|published|prepared|put\s+out|sent|signed|posted|compiled)\s+)?"
    r"(?:[\p{Ll}\-]+\s+){0,2}?"
    + _WHEN
    + r"(?:by|from)\s+(?:the\s+)?"
    + _ROLE
    + r"(?P<by>"
    + ISSUER_NAME
    + r"))?",
)
"""A document named with its issuer: "a report by the UN Office", "X's statement", "an X statement"."""


DOCUMENT_TOPIC: Final = regex.compile(
    r"(.*?(?<![\p{L}])(?:" + "|".join(lexicon.longest_first(DOCUMENT_HEADS)) + r"))\s+(?:on|about|into)\s"
)
"""A document and its topic ("report on the ten largest projects"): the document alone speaks."""
DOCUMENT_OWNER: Final = regex.compile(
    r"(\p{Lu}[\p{L}.\-]*(?:\s+(?:\p{Lu}[\p{L}.\-]*|\d{1,3}(?!\d))){0,4})(?:['’]s)?\s+(?:[\p{Ll}\-]+\s+){0,2}(?:"
    + "|".join(lexicon.longest_first(DOCUMENT_HEADS))
    + r")$"
)
"""A document with its issuer's name before it: "ISAF statement", "World Bank's annual report"."""
_ORG_NAME: Final = regex.compile(
    r"\p{Lu}[\p{L}.\-]*(?:[ \t]+(?:of|on|for|and|\p{Lu}[\p{L}.\-]*))*"
    r"[ \t]+(?:of|on|for|and)[ \t]+\p{Lu}[\p{L}.\-]*(?:[ \t]+\p{Lu}[\p{L}.\-]*)*"
)
DOCUMENT_FROM: Final = regex.compile(
    r"(?:[\p{Ll}\-]+\s+){0,2}?(?:"
    + "|".join(
        lexicon.longest_first(
            DOCUMENT_HEADS | lexicon.words("speech", "sources with their issuer after from or by")
        )
    )
    + r")\s+(?:(?:\p{Ll}+ly\s+)?(?!received|obtained)(?:\p{Ll}+ed|"
    + lexicon.alternation("speech", "participles without -ed before a document's maker")
    + r")\s+"
    + _WHEN
    + r")?(?:from|by)\s+(?:the\s+)?"
    + _ROLE
    + r"(?P<by>"
    + ISSUER_NAME
    + ")"
)
"""A document and who issued it ("a news release from the Department of X", "a report by Y")."""


def not_an_issuer(words: str) -> bool:
    """A paragraph break or a nationality adjective ("British", not "Vatican") is no issuer."""
    return "\n" in words or nationality_only(words)


def whole_name(text: str, span: Span) -> Mention | None:
    """The issuer of a document as a mention: a name with "of", "on", "and" in it whole ("UN Office
    on Drugs and Crime"), anything else trimmed as a speaker phrase."""
    if _ORG_NAME.fullmatch(text, *span):
        return Mention(span[0], span[1], text[span[0] : span[1]], "group")
    return core(text, *span)


def issuer_name(words: str) -> str:
    """An issuer's name without a date after it ("ABC Australia on March" -> "ABC Australia")."""
    toks = words.split()
    while toks and (toks[-1].islower() or toks[-1].lower() in _DAYS_AND_MONTHS):
        if len(toks) > 1 and toks[-1] in BODY_HEADS and toks[-2][:1].isupper():
            break  # "the Eastvale police", "the Norvian government": a body's head noun
        toks.pop()
    return " ".join(toks)


_DAYS_AND_MONTHS: Final = frozenset(w.lower() for w in (*lexicon.WEEKDAY_NAMES, *lexicon.MONTH_NAMES))

"""Where a name stands in its sentence: opening it as its subject (after title words, a fronted
phrase or as the apposition of an opening noun phrase), and the gender a pronoun after it tells."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL
from diplotext.syntax.words import CONJUNCTIONS, DETERMINERS, POSSESSIVES, PREPOSITIONS

from .fronted import is_fronted
from .mentions import ORG_WORDS, TITLE_WORDS
from .naming import can_speak_head
from .quoted_titles import quoted_title_lead

__all__ = [
    "OBJECT_OR_SUBJECT_PRONOUNS",
    "PRONOUN_GENDERS",
    "SENTENCE_END_INSIDE",
    "gender_after",
    "has_pronoun",
    "opens_sentence",
]

OBJECT_OR_SUBJECT_PRONOUNS: Final = frozenset({"he", "she", "him", "her", "his", "they", "them", "i", "we"})
_LEAD_TITLE: Final = "|".join(regex.escape(w) for w in lexicon.longest_first(TITLE_WORDS) if w.isalpha())
SENTENCE_END_INSIDE: Final = regex.compile(r"[.!?][\"'’”)]*\s+(?=\S)")
"""A sentence end with more text after it."""
_SENTENCE_LEAD: Final = regex.compile(
    r"(?r)(?:^|[.!?]['\"’”]?\s+|\n\s*)[\"“'‘]?(?:(?:\p{Lu}[\p{L}.\-]*|(?:" + _LEAD_TITLE + r"))\s+){0,4}$"
)
"""What may stand before a name opening its sentence: capitalised words and lower-case title words
("Opposition leader X", "Union chief X")."""


_ROLE_LEAD: Final = regex.compile(r"(?r)(?:^|[.!?]['\"’”]?\s+|\n\s*)[\"“'‘]?((?:[\p{L}\-]+\s+){2,4})$")


def _role_lead(text: str, lo: int, pos: int) -> bool:
    """Do the words opening the sentence before ``pos`` end with a title word, the words before it
    capitalised or words of titles and bodies, no article, preposition or conjunction among them
    ("Foreign ministry spokeswoman X", "Harbour board chairman X"; not "After the minister X", "X met
    President Y")?"""
    lead = _ROLE_LEAD.search(text, lo, pos, KEEP_GIL)
    if lead is None:
        return False
    written = lead.group(1).split()
    words = [w.lower() for w in written]
    if words[-1] not in TITLE_WORDS or any(w in _NOT_IN_TITLE for w in words):
        return False
    # each word before the title capitalised (a place, a body) or a word of a title or a body
    return all(w[:1].isupper() or w.lower() in _TITLE_PARTS for w in written[:-1])


def _described_lead(text: str, lo: int, pos: int) -> bool:
    """Does the sentence before ``pos`` open with "The" and lower-case words ending in a noun for
    a person ("The striker", "The veteran envoy"), nothing else between them and the name?"""
    lead = _THE_LEAD.search(text, lo, pos, KEEP_GIL)
    if lead is None:
        return False
    words = lead.group(1).split()
    return not any(w in _NOT_IN_TITLE for w in words) and can_speak_head(words[-1])


_THE_LEAD: Final = regex.compile(
    r"(?r)(?:^|[.!?]['\"’”]?\s+|\n\s*)[\"“'‘]?The\s+((?:\p{Ll}[\p{Ll}\-]*\s+){1,3})$"
)
_NOT_IN_TITLE: Final = DETERMINERS | PREPOSITIONS | CONJUNCTIONS | POSSESSIVES
_TITLE_PARTS: Final = TITLE_WORDS | ORG_WORDS | lexicon.words("speech", "title modifiers")


_GENDERED_AFTER: Final = regex.compile(
    r"[^.!?\n\"“”]{0,160}?(?<![\p{L}])(his|her|he|she|him|himself|herself)(?![\p{L}])"
)
PRONOUN_GENDERS: Final = {
    "his": "m",
    "he": "m",
    "him": "m",
    "himself": "m",
    "her": "f",
    "she": "f",
    "herself": "f",
}


def has_pronoun(name: str) -> bool:
    """ "So I": a sentence opener and a pronoun, not a name."""
    return any(w.lower() in OBJECT_OR_SUBJECT_PRONOUNS for w in name.split())


def gender_after(text: str, pos: int) -> str | None:
    """The gender the first personal pronoun after a name in its sentence tells ("X secured the
    last seat, her first ...")."""
    m = _GENDERED_AFTER.match(text, pos, min(len(text), pos + 200), KEEP_GIL)
    return PRONOUN_GENDERS[m.group(1).lower()] if m is not None else None


def opens_sentence(text: str, pos: int, end: int | None = None) -> bool:
    """Does the name at ``pos`` open its sentence as its subject: after at most four title words,
    after a fronted phrase set off by a comma ("On Monday, X ...", "Asked about it, X ..."), or
    (the name ending at ``end`` before a comma) as the apposition of the noun phrase opening it
    ("The agency's head, X, disagreed")?"""
    lo = max(0, pos - _FRONT_REACH)
    opening = _SENTENCE_LEAD.search(text, lo, pos, KEEP_GIL)
    if opening is not None:
        return (
            _BYLINE.match(opening.group().lstrip(), None, None, KEEP_GIL) is None
        )  # "By X, Y": the writers, no subject
    if _role_lead(text, lo, pos):
        return True  # "Foreign ministry spokeswoman X on Thursday ...": the title's words before it
    if quoted_title_lead(text, pos):
        return True  # 'Rebel "foreign minister" X met ...': a title in quotation marks before X
    if _described_lead(text, lo, pos):
        return True  # "The striker X joined ...", "The veteran envoy X arrived ...": X's description
    if _BUT_LEAD.search(text, max(0, pos - 60), pos, KEEP_GIL) is not None:
        return True  # "The moderators moved on, but X wasn't having it": X opens that clause
    owned = _OWNER_LEAD.search(text, lo, pos, KEEP_GIL)
    if owned is not None:  # "But Wenger's Bayern counterpart X was ...": X, not Wenger
        role = owned.group("role").lower()
        return role in TITLE_WORDS or can_speak_head(role)
    m = _COMMA_LEAD.search(text, lo, pos, KEEP_GIL)
    roles = _ROLES_AFTER_COMMA.search(text, lo, pos, KEEP_GIL) if m is None else None
    if roles is not None and _role_words(roles.group("roles").split()):
        m = _COMMA_LEAD.search(text, lo, roles.start("roles"), KEEP_GIL)  # "In a statement, party leader X"
    if m is None:
        return False
    first = m.group("first").lower()
    lead = m.group().split(",", 1)[0].split()
    if first in _DAYS_AND_MONTHS or is_fronted(lead):
        # "On Monday, X", "Wednesday, the day he quit, X"; not "Monday, X endorsed his rival, Y"
        inner = m.group().split(",", 1)[1][:-1]
        return _CAPITALISED.search(inner, None, None, KEEP_GIL) is None
    apposed = first in _NOUN_PHRASE_OPENERS or m.group("first").endswith(("'s", "’s"))
    alone = m.group().count(",") == 1  # not "The three, A, B and C"
    return apposed and alone and end is not None and text.startswith(",", end)


_FRONT_REACH: Final = 100
_BYLINE: Final = regex.compile(r"[\"“'‘]?By\s")
_BUT_LEAD: Final = regex.compile(
    r"(?r)(?:,\s+(?:but|yet)|;)\s+(?:(?:\p{Lu}[\p{L}.\-]*|(?:" + _LEAD_TITLE + r"))\s+){0,3}$"
)
"""A clause of its own after a comma and "but" or "yet", or after a semicolon."""
_OWNER_LEAD: Final = regex.compile(
    r"(?r)(?:^|(?<=[.!?]['\"’”]?\s)|(?<=\n))\s*(?:(?:But|And)\s+)?"
    r"\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,2}['’]s\s+(?:[\p{L}\-]+\s+){0,2}(?P<role>\p{L}+)\s+$"
)
"""A possessive opening the sentence, then the role of the person named after it ("Wenger's Bayern
counterpart X")."""
_COMMA_LEAD: Final = regex.compile(
    r"(?r)(?:^|(?<=[.!?]['\"’”]?\s)|(?<=\n))\s*(?P<first>\p{Lu}[\p{L}'’\-]*)(?![\p{L}])"
    r"[^.!?\n\"“”;:()—–]{0,80},\s+$"
)
"""A sentence's first phrase, set off by a comma, right before a name."""
_ROLES_AFTER_COMMA: Final = regex.compile(r"(?r),\s+(?P<roles>(?:[\p{Ll}][\p{Ll}\-]*\s+){1,3})$")
"""Lower-case words between a fronted phrase's comma and a name ("..., party leader X")."""


def _role_words(words: list[str]) -> bool:
    """Are these the title words before a name ("party leader", "former city councillor"): the
    last a title or a noun for someone who speaks, none a determiner, possessive or preposition?"""
    if any(w in DETERMINERS or w in POSSESSIVES or w in PREPOSITIONS for w in words):
        return False
    return words[-1] in TITLE_WORDS or can_speak_head(words[-1])


_CAPITALISED: Final = regex.compile(r"(?<![\p{L}])\p{Lu}")
_DAYS_AND_MONTHS: Final = frozenset(w.lower() for w in (*lexicon.WEEKDAY_NAMES, *lexicon.MONTH_NAMES))
_NOUN_PHRASE_OPENERS: Final = DETERMINERS | POSSESSIVES

"""Speakers a description gives by role: the name written right after it in apposition ("said the
mayor of Dunmore, Alice Fenwick"), and the person the article introduced with that role ("striker
Marco Velloni ... the striker said") or who became the subject since the last speaker (see
docs/quotes.md, "Speaker resolution")."""

from __future__ import annotations

import functools
from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.actors.names import is_given_name
from diplotext.patterns import KEEP_GIL, plain_flags

from .apposed_people import unlisted_role
from .article_names import person_name
from .mentions import Mention
from .resolver import Resolver
from .speaker_history import (
    DEFINITE_BEFORE,
    History,
    Said,
    description_sex,
    names_nationality,
    sentence_opening,
    subject_since,
)
from .speaker_titles import person_head, role_fits, role_to_come

__all__ = ["appositive_name", "introduced_as", "person_role", "role_holder"]


def person_role(text: str) -> str | None:
    """The person noun a description is headed by, before any "of", "for" or "at" phrase
    ("spokeswoman for the port" -> "spokeswoman"), when it names one person; else ``None``."""
    head = _TAIL.split(text, 1, KEEP_GIL)[0].split()
    if not head:
        return None
    role = head[-1].lower()
    if role in _ROLE_NOUNS:
        return role
    return role if person_head(" ".join(head)) or person_head("a " + role) else None


def appositive_name(resolver: Resolver, m: Mention) -> Said | None:
    """The person named in apposition right after a description of one person, ending a clause
    ('"...," said the town's mayor, Alice Fenwick.'; "said a spokeswoman for the port, Jane
    Ruddock, on Monday"; "its acting chairman, cabinet minister X, announced"), or ``None``."""
    if person_role(m.text) is None and not unlisted_role(
        m.text, resolver.text[max(0, m.start - 12) : m.start]
    ):
        return None  # "said the mufti of Dunmore, Kemal X": a role no list knows, still one person
    after = _APPOSITION.match(resolver.text, m.end, None, KEEP_GIL)
    if after is None:
        return None
    role = after.group("role")
    if role and person_role(role.strip()) is None:
        return None  # "..., cabinet minister X": a role before the name, or none
    s, e = after.span("name")
    name = after.group("name")
    if name.endswith(".") and len(name.split()[-1]) > 2:
        name, e = name[:-1], e - 1  # the full stop that ends the sentence, not an initial's
    actor = resolver.actor_at(s, e)
    if actor is not None and actor.kind != "person":
        return None
    if actor is None and (not is_given_name(name.split()[0]) or person_name(name) is None):
        return None
    if actor is not None and " " in actor.name and person_name(name) is None:
        return Said(actor.name, actor.id, m, True)  # "Mr Brown": the name the actor has
    return Said(name, actor.id if actor is not None else None, m, True)  # as written in full


_NAME: Final = r"\p{Lu}[\p{L}'’\-]*\.?(?:\s+\p{Lu}[\p{L}'’\-]*\.?){1,3}"
_ROLE_PREPOSITIONS: Final = lexicon.alternation("speech", "prepositions after a role")
_APPOSITION: Final = regex.compile(
    r"(?:\s+(?:"
    + _ROLE_PREPOSITIONS
    + "|"
    + lexicon.alternation("speech", "prepositions after a role before a name in apposition")
    + r")\s+[^,.;:!?\"“”()\n]{1,60}?)?,\s+(?P<role>(?:\p{Ll}[\p{L}\-]*\s+){1,3})?(?P<name>"
    + _NAME
    + r")(?=\s*(?:[,;]|\.(?:\s|$)|$))"
)
"""After a description: an optional "of ..." phrase, a comma and a name that ends the clause."""
_ROLE_NOUNS: Final = lexicon.words("speech", "role nouns of one person")
_TAIL: Final = regex.compile(r"\s(?:" + _ROLE_PREPOSITIONS + r")\s")


def role_holder(resolver: Resolver, history: History, m: Mention) -> Said | None:
    """The person a definite description by role stands for ("the striker said", "the cardinal
    added"): the one the article introduced with that role last ("striker X", "X, a researcher
    at ..."), else the person who opened a sentence as its subject since the last speaker when no
    other role was given them, else (not for a spokesman, an official, a source) the last person
    quoted when no one else is named since, or with no one quoted yet, the last subject the actors
    plugin knows; ``None`` for a description of an office of a nation or an owner
    ("the Polish envoy", "the firm's lawyer"), or when no one fits."""
    if DEFINITE_BEFORE.search(resolver.text, max(0, m.start - 5), m.start, KEEP_GIL) is None:
        return None
    if (
        names_nationality(m.text)
        or _OWNED.search(m.text, None, None, KEEP_GIL)
        or _TAIL.search(m.text, None, None, KEEP_GIL)
    ):
        return None
    role = person_role(m.text)
    words = m.text.split()
    if (
        role is None
        or (words[-1] != role and len(words) > 1)
        or description_sex(role) is not None
        or role in _KIN
    ):
        return None  # "the Scottish Executive": a name; "the mother said": the kin rules' to read
    named = introduced_as(resolver, history, role, m.start)
    full = _ABBREVIATED.get(role, "").split()
    if named is None and full:  # "chief executive Ann X ... the CEO said": Ann X
        named = introduced_as(resolver, history, full[-1], m.start, frozenset(full[:-1]))
    if named is not None:
        return Said(named, None, m, True)
    # not the subject of the description's own sentence ("X urged them to drop Y after the mogul
    # claimed ...": the mogul is not X)
    since = subject_since(resolver, history, m, before_sentence=True)
    if since is not None and role_fits(resolver, since.name, role, ""):
        return since
    if role in _UNNAMED_ROLES:
        return None  # "the spokesman said": most often someone the article never names
    if any(w[:1].isupper() for w in words):
        return None  # "the Spectator editor", "the UN chief": of a body the last person may not be in
    h = history.person
    if h is None:
        opener = resolver.subject_person(0, sentence_opening(resolver.text, m.start), None, history.said)
        if (
            opener is not None
            and opener.id is not None
            and person_name(opener.name) is not None
            and not role_to_come(resolver, opener.name, role)
        ):
            return Said(opener.name, opener.id, m, True)  # "X is to host the show. The presenter said"
        return None
    if h.mention is None or not h.name or m.start - h.mention.end > _FOCUS_REACH:
        return None
    if h.mention.start >= sentence_opening(resolver.text, m.start):
        return None  # "X urged them to drop Y after the mogul claimed ...": the mogul is not X
    if role_to_come(resolver, h.name, role):
        return None  # "President-elect X said ... the president said": the holder now
    if " " not in h.name or not (resolver.is_person(h.actor_id) or person_name(h.name) is not None):
        return None  # the last speaker a person by full name
    lo = h.mention.end
    for n in resolver.names_before(m.start):
        if n.start <= lo or n.name == h.name or person_name(n.name) is None or history.said(n.start):
            continue
        actor = resolver.actor_at(n.start, n.end)
        if actor is None or actor.kind == "person":
            return None  # someone else named since the last speaker
    if {a for a, at in resolver.people_between(lo, m.start) if not history.said(at)} - {h.actor_id}:
        return None  # "... Brando's friend X told a magazine ... The actor refused": not X
    if _role_word(role).search(resolver.text[lo : m.start]):
        return None  # "she turned to her rabbi ... The rabbi said": someone new, by that role
    return Said(h.name, h.actor_id, m, True)  # "X said ... '...,' the defender told a paper"


_FOCUS_REACH: Final = 600
_ABBREVIATED: Final = {row[0].lower(): row[1].lower() for row in lexicon.rows("speech", "role abbreviations")}
"""A role written short -> the words of the role in full ("ceo" -> "chief executive")."""
_RANKS: Final = lexicon.words("speech", "title ranks")
_KIN: Final = frozenset(row[0].lower() for row in lexicon.rows("speech", "person description heads"))
_UNNAMED_ROLES: Final = lexicon.words("speech", "roles of speakers often left unnamed")


def introduced_as(
    resolver: Resolver,
    history: History,
    role: str,
    pos: int,
    modifiers: frozenset[str] = frozenset(),
) -> str | None:
    """The person named last before ``pos`` with ``role`` written right before the name ("striker
    X", "Cardinal X", "Fisheries Minister X") or in apposition after it ("X, a researcher at ...",
    "X, 61, the fisheries minister"), with every word of ``modifiers`` in that title, outside
    anyone's direct words."""
    before = _role_before(role)
    text = resolver.text
    for n in reversed(resolver.names_before(pos)):
        named = person_name(n.name)
        if history.quoted(n.start) or named is None:
            continue
        if named != n.name and n.name.split()[0].lower() == role and not modifiers:
            return named  # "Striker Marco Velloni scored": the role opening a sentence, in the name
        lo = max(0, n.start - 40)
        head = before.search(text, lo, n.start)
        written = _words(text[lo : head.end()]) if head is not None else frozenset()
        if head is not None and modifiers <= written and not (written & _RANKS) - modifiers:
            return n.name  # not "Deputy Prime Minister X" for "the prime minister"
        roles = _apposition_roles(text, n.end)
        if role in roles and modifiers <= roles and not (roles & _RANKS) - modifiers:
            return n.name
    return None


def _apposition_roles(text: str, end: int) -> frozenset[str]:
    """The words of a description set off by a comma right after a name ("X, 61, the fisheries
    minister" -> {"fisheries", "minister"}), lower case; empty when none follows."""
    got = _APPOSED.match(text, end, None, KEEP_GIL)
    return _words(got.group(1)) if got is not None else frozenset()


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _LETTER_RUN.findall(text, None, None, False, KEEP_GIL))


_LETTER_RUN: Final = regex.compile(r"[\p{L}\-]+")


@functools.lru_cache(maxsize=1024)
def _role_word(role: str) -> regex.Pattern[str]:
    """The role word standing alone ("the rabbi"): compiled once per role, not once per call (and
    kept on disk with the plugins' patterns)."""
    with plain_flags():
        return regex.compile(r"(?<![\p{L}])" + regex.escape(role) + r"(?![\p{L}])")


@functools.lru_cache(maxsize=1024)
def _role_before(role: str) -> regex.Pattern[str]:
    """The role written right before a name ("striker X", "Cardinal X"), with an honorific between
    them or none: compiled once per role (and kept on disk with the plugins' patterns)."""
    with plain_flags():
        return regex.compile(r"(?<![\p{L}])(?i:" + regex.escape(role) + r")\s+(?:" + _HONORIFIC + r"\s+)?$")


_APPOSED: Final = regex.compile(
    r",\s+(?:\d{1,3},\s+)?(?i:an?|the)\s+((?:[\p{L}\-]+(?:['’]s)?\s+){0,3}?[\p{L}\-]+)(?=\s*[,;.]|\s+(?:"
    + _ROLE_PREPOSITIONS
    + r")\s)"
)
"""A description in apposition after a name, up to its end or a preposition ("X, a lawyer for Y")."""
_HONORIFIC: Final = r"(?i:" + lexicon.alternation("actors", "honorifics") + r")\.?"
_OWNED: Final = regex.compile(r"\p{L}['’]s?\s")

"""Pronoun speakers: "he said" continues the last speaker unless a new person has taken the
subject or the sex does not fit, "it said" the last body that spoke, and a pronoun with no actor
behind it the person who opened a sentence last (see docs/quotes.md, "Speaker resolution")."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.model import Actor
from diplotext.patterns import KEEP_GIL

from .article_names import person_name
from .described_openers import described_opener_before
from .joined_subjects import joined_subject
from .mentions import Mention, head_noun
from .named_bodies import body_opening_sentence_before
from .naming import can_speak_head
from .object_pronoun import object_of_the_sentence_before
from .plural_groups import group_and_start_before
from .pronoun_number import body_named, plural_fits
from .resolver import Resolver, person_title
from .sex_evidence import description_role_sex
from .speaker_history import PRONOUN_GENDER, SENTENCE_BREAK, History, Said, description_sex
from .subject_position import OBJECT_OR_SUBJECT_PRONOUNS
from .unsexed import unsexed_person_before

__all__ = ["SUBJECT_FORM", "continued_pronoun", "named_only_in_quotes", "unheld_pronoun"]


def continued_pronoun(resolver: Resolver, m: Mention, low: str, history: History) -> Said:
    """The speaker of a "he", "she" or "I" attribution after a person has spoken (``low`` is the
    pronoun in lower case, in its subject form)."""
    h = history.person
    assert h is not None
    # the last speaker, unless that speaker is of the other gender: then the latest speaker, else
    # the nearest person named before, who fits
    want = PRONOUN_GENDER.get(low)
    joined = joined_subject(resolver, history, h, m, low)
    if joined is not None:  # "... said A. Force (KFOR) spokesman B rejected it. He told ...": B
        return joined
    if h.mention is not None and h.mention.end < m.start:
        # "..., said A. B warned of delays. '...,' he said": B, named after A spoke
        other = resolver.subject_person(h.mention.end, m.start, want, history.said, h.actor_id or h.name)
        if other is not None and other.name != h.name and other.id != h.actor_id:
            return Said(other.name, other.id, m, True)
    met = object_of_the_sentence_before(resolver, history, h, m, want) if want is not None else None
    if met is not None:  # "Carl X met Olga Y. She said": Olga Y, not an earlier woman quoted
        return met
    newcomer = _introduced_since(resolver, history, h, m.start, want)
    if newcomer is not None:  # "... came from X, head of research at Y. He said: '...'": X
        return Said(newcomer, None, m, True)
    if want is None or (
        speaker_sex(resolver, history, h) in (None, want) and not _pronouns_deny(resolver, h, want)
    ):
        described = described_opener_before(resolver, m.start, want) if want is not None else None
        if (
            described is not None
            and (h.mention is None or h.mention.start < described[1])
            and (speaker_sex(resolver, history, h) is None or _described(h))
        ):  # "His wife travelled ... '...,' she said": the wife, not a speaker of unknown sex
            return Said(described[0], None, m, True)
        return Said(h.name, h.actor_id, m, True)
    described = described_opener_before(resolver, m.start, want)
    if described is not None and (h.mention is None or h.mention.start < described[1]):
        return Said(described[0], None, m, True)  # "... he said. His wife wept. '...,' she said"
    for cand in reversed(history.people):
        if speaker_sex(resolver, history, cand) == want:
            return Said(cand.name, cand.actor_id, m, True)
    person = resolver.person_before(m.start, want)
    if person is not None:
        return Said(person.name, person.id, m, True)
    near = resolver.nearest_person(m.start, want)
    if near is None:
        # "Karin X said ... Robbie Y's future ... '...,' he said": the one person named since whose
        # sex nothing tells
        lo = h.mention.end if h.mention is not None else 0
        unsexed = unsexed_person_before(resolver, m.start, want, history.said, lo)
        if unsexed is not None and unsexed.id != h.actor_id and unsexed.name != h.name:
            return Said(unsexed.name, unsexed.id, m, True)
    if (
        near is None
        and not resolver.firm_gender(h.name, h.actor_id)
        and resolver.told(h.actor_id) in (None, want)
        and _either_sex(h.name)
    ):
        # "Jan Berry said ... '...,' she said": a given name can be either; no one else fits
        # (not "Donald X said ... She told ...": nobody rather than the man)
        return Said(h.name, h.actor_id, m, True)
    return Said(near, None, m, near is not None)


def _described(h: Said) -> bool:
    """Is the speaker ``h`` a description, no name ("wife", "38-year-old woman")?"""
    return h.actor_id is None and bool(h.name) and (h.name or "")[:1].islower()


def _pronouns_deny(resolver: Resolver, h: Said, want: str) -> bool:
    """Do the pronouns the actors layer joined to the last speaker, anywhere in the article, all
    tell the other sex, twice or more ("X, fiancee of Y, spoke. ... he said, '...' ... She added": not X)?"""
    actor = resolver.actor_at(h.mention.start, h.mention.end) if h.mention is not None else None
    if actor is None or actor.kind != "person" or actor.id != h.actor_id:
        return False
    text = resolver.text
    found = [
        PRONOUN_GENDER.get(text[s:e].lower())
        for s, e in actor.mentions
        if text[s:e].islower() or _MID_SENTENCE.search(text, max(0, s - 20), s, KEEP_GIL) is None
    ]
    other = sum(1 for sex in found if sex is not None and sex != want)
    return other >= 2 and want not in found  # one stray pronoun may be the actors layer's slip


_MID_SENTENCE: Final = regex.compile(r"[\p{L}\p{N},;:]\s*$")
"""What ends the text before a capitalised "He" or "She" inside a sentence, a word rather than a break:
a title ("the 'She Knows' author"), not a pronoun."""


def _introduced_since(
    resolver: Resolver, history: History, h: Said, pos: int, want: str | None
) -> str | None:
    """The person the article introduces for the first time after the last speaker ``h`` spoke
    and just before the pronoun at ``pos``, by full name and a description in apposition ("Another
    view came from Ian Dowd, a trader in Oslo."), when no other person and no word of ``h``'s name
    stand between, and the sex fits; else ``None``."""
    if h.mention is None or h.mention.end >= pos or not h.name:
        return None
    lo = h.mention.end
    between = [n for n in resolver.names_before(pos) if n.start >= lo and person_name(n.name) is not None]
    if len(between) != 1 or pos - between[0].end > _NEWCOMER_REACH:
        return None
    n = between[0]
    if history.said(n.start) or _APPOSED.match(resolver.text, n.end, None, KEEP_GIL) is None:
        return None
    surname = n.name.split()[-1]
    if any(e.name.split()[-1] == surname for e in resolver.names_before(lo)):
        return None  # named before: no newcomer
    if resolver.text.find(surname, 0, n.start) >= 0:
        return None
    text = resolver.text[lo:pos]
    if any(word in text for word in h.name.split() if word[:1].isupper()):
        return None  # the speaker is named again in between: still in focus
    found = SENTENCE_BREAK.finditer(
        resolver.text, lo, pos + 2, False, KEEP_GIL
    )  # the break may end right at ``pos``
    breaks = [b.end() for b in found if b.end() <= pos]
    if not breaks or breaks[0] > n.start or breaks[-1] <= n.end:
        return None  # in the speaker's own sentence, or in the pronoun's
    opening = max((b for b in breaks if b <= n.start), default=lo)
    if want is not None and _SAME_SEX.get(want, _NONE).search(resolver.text, opening, n.start):
        return None  # "She thanked the woman she played, X.": the speaker acts on, X is named
    if want is not None and resolver.gender(n.name, None) not in (None, want):
        return None
    return n.name


_NEWCOMER_REACH: Final = 300
_SAME_SEX: Final = {
    "m": regex.compile(r"(?<![\p{L}])(?i:he|his|him)(?![\p{L}])"),
    "f": regex.compile(r"(?<![\p{L}])(?i:she|her)(?![\p{L}])"),
}
_NONE: Final = regex.compile(r"(?!)")
_APPOSED: Final = regex.compile(r",\s+(?:(?i:an?|the)\s+)?\p{Ll}")
"""A description set off by a comma after a name: ", a trader in Oslo", ", head of research"."""


def unheld_pronoun(resolver: Resolver, m: Mention, low: str, history: History) -> Said:
    """The speaker of a pronoun attribution no actor stands behind."""
    if low in {"he", "she", "i"}:
        want = PRONOUN_GENDER.get(low)
        subject = resolver.subject_person(0, m.start, want, history.said) if want else None
        if subject is not None:  # no one spoke before: who opened a sentence last
            return Said(subject.name, subject.id, m, True)
        name = resolver.nearest_person(m.start, said=history.quoted)
        if name is not None and want is not None and resolver.gender(name, None) not in (None, want):
            name = None  # "a doorman walked up to Ms X. He told her": not Ms X
        if name is not None and body_named(resolver, name, m.start):
            name = None  # "... a report in the X Daily. A guerrilla was captured. She shouted": not the daily
        return Said(name, None, m, name is not None)  # None rather than a bare "he"
    h = _it(resolver, history) if low == "it" else history.last
    if low == "they":
        found = group_and_start_before(resolver, m.start)
        if found is not None and (h is None or h.mention is None or h.mention.start < found[1]):
            # "Union leaders met the minister. They said ...": union leaders, not a speaker
            # quoted before that sentence
            return Said(found[0], None, m, False)
    if low == "they" and h is not None and not plural_fits(resolver, h):
        h = None  # "X, head of the bureau, said ... they had not called Y a suspect": not X
    if h is None and low == "they":
        found = group_and_start_before(resolver, m.start)
        if found is not None:  # "Union leaders met the minister. They said ...": union leaders
            return Said(found[0], None, m, False)
    if h is None and low == "it":
        span = resolver.named_subject_before(m.start)  # "Apple has sued ... It said": Apple
        if span is not None:
            return Said(resolver.text[span[0] : span[1]], None, m, False)
        body = body_opening_sentence_before(resolver, history, m.start)
        if body is not None:  # "The Norvian Ministry of Mines (NMM) on Monday confirmed ... It said"
            return Said(body, None, m, False)
    return Said(h.name, h.actor_id, m, h.person) if h else Said(None, None, m, False)


def speaker_sex(resolver: Resolver, history: History, said: Said) -> str | None:
    """A speaker's sex by name or honorific, else by the "he"/"she" an earlier quote used."""
    got = resolver.gender(said.name, said.actor_id) or history.sex_of(said.name)
    if got is not None or said.actor_id is not None:
        return got
    # "a spokesman for the committee said ... '...,' she said": not him; the words of the
    # speaker's own mention first ("the centre's spokeswoman said" a spokesman resolved to)
    m = said.mention
    written = description_role_sex(m.text.lower()) if m is not None and m.kind in _DESCRIBED else None
    return written or description_sex(said.name) or description_role_sex(said.name)


def named_only_in_quotes(resolver: Resolver, actor: Actor, pos: int, history: History) -> bool:
    """Is every name of ``actor`` before ``pos`` inside someone's direct words? Then a pronoun
    attribution does not stand for it: a speaker seldom names himself in his own words (a name in
    a reported clause may well be the next speaker: "The board said groundsman X was worried.")."""
    named = [
        s
        for s, e in actor.mentions
        if e <= pos and resolver.text[s:e].lower() not in OBJECT_OR_SUBJECT_PRONOUNS
    ]
    return bool(named) and all(history.quoted(s) for s in named)


def _either_sex(name: str | None) -> bool:
    """Does the name open with a given name English news gives men and women ("Jan", "Kim")?"""
    words = (name or "").split()
    return bool(words) and words[0].lower() in _EITHER_SEX


_DESCRIBED: Final = frozenset({"group", "description"})
_EITHER_SEX: Final = lexicon.words("speech", "given names of either sex")


def _it(resolver: Resolver, history: History) -> Said | None:
    """The latest speaker "it" can stand for: not a man or a woman, not a plural or a share
    ("BA warned ... it said": BA; "60 percent said ... it added": the report before them)."""
    for h in reversed(history.recent):
        if h.name and _titled_person(h.name):
            # "it" is never a person: "a spokeswoman for the authority said ... It said" is the
            # authority; "an official said ... It said", someone before
            body = _body_of(h.name)
            if body is not None:
                return Said(body, h.actor_id, h.mention, False)  # the body's actor, if any
            continue
        if h.name and not _plural_or_share(h.name) and resolver.gender(h.name, h.actor_id) is None:
            return h
    return None


def _titled_person(name: str) -> bool:
    """Is ``name`` a description headed by a person's title ("official", "spokeswoman for X")?"""
    of = _OF_BODY.search(name, None, None, KEEP_GIL)
    head = name[: of.start()] if of is not None else name
    return head[:1].islower() and person_title(head_noun(head))


def _body_of(name: str) -> str | None:
    """The body a person speaker is one of ("spokeswoman for the river authority": "river
    authority"), when the head before "for", "of", "at" or "with" is a person's title."""
    of = _OF_BODY.search(name, None, None, KEEP_GIL)
    if of is None or not _titled_person(name):
        return None
    body = _THE.sub("", name[of.end() :], count=1)
    if not any(w[:1].isupper() for w in body.split()):
        return None  # "chief of staff", "spokesman for the ministry": no body the article named
    return body if can_speak_head(head_noun(body)) and not _plural_or_share(body) else None


_OF_BODY: Final = regex.compile(r"\s(?:for|of|at|with)\s")
_THE: Final = regex.compile(r"^(?:the|its|their)\s+", regex.IGNORECASE)


def _plural_or_share(name: str) -> bool:
    """ "officials", "Officials" (opening a sentence), "60 percent"; not "United Nations", nor "the
    committee of finance ministers" (the head noun before "of" counts)."""
    words = name.split()
    cut = next((k for k, w in enumerate(words) if k > 0 and w in _HEAD_ENDS), len(words))
    words = words[:cut]
    last = words[-1].lower()
    plural = last.endswith("s") and can_speak_head(last) and (len(words) == 1 or words[-1].islower())
    return plural or bool(_PLURAL_OR_SHARE.search(" ".join(words), None, None, KEEP_GIL))


_HEAD_ENDS: Final = frozenset({"of", "for"})
_PLURAL_OR_SHARE: Final = regex.compile(
    r"(?:\b\p{Ll}+s|\d\s*%|\bpercent|\bper\s+cent|\d\s+in\s+\d+)$|\bpercent\b"
)
"""A speaker "it" cannot stand for: a lower-case plural ("officials"), a share ("60 percent of X")."""
SUBJECT_FORM: Final = {"him": "he", "her": "she", "them": "they", "me": "i", "us": "we"}

"""What a decision is about when it is no surrender: a person's own plea ("refused him permission
to appeal") or someone else's request ("rejecting his request for bail")."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.vocabulary import REQUEST_NOUNS, SURRENDER_NOUNS, SUSPECT_DESCRIPTIONS
from diplotext.syntax import Clause, Phrase
from diplotext.syntax import words as W

__all__ = [
    "a_plea",
    "asked_by_the_defence",
    "by_the_defence",
    "contested_by_the_defence",
    "defence_appeal",
    "someone_elses_request",
    "under_appeal",
]


def a_plea(phrase: Phrase) -> bool:
    """Is the thing refused or granted a person's plea, its head a common noun that is no request
    and no person ("him permission to appeal", "her bail")? Not "the banker", "X", "him"."""
    head = phrase.head
    lower = head.lower()
    if not head[:1].islower() or lower in REQUEST_NOUNS or lower in SUSPECT_DESCRIPTIONS:
        return False
    return lower not in _PERSONAL_PRONOUNS and any(e.kind == "person" for e in phrase.entities)


_PERSONAL_PRONOUNS: Final = W.SUBJECT_PRONOUNS | W.OBJECT_PRONOUNS


def someone_elses_request(phrase: Phrase) -> bool:
    """Is the request a person's ("his request", "X's request") or for something other than a
    surrender ("a request for bail")? A state asks for an extradition."""
    poss = phrase.possessor
    if poss is not None and poss.kind == "person":
        return True
    if any(prep == "from" and p.head.lower() in _DEFENCE for prep, p in phrase.preps):
        return True  # "rejecting a request from his lawyers": the defence's plea
    wanted = [p for prep, p in phrase.preps if prep == "for"]
    return bool(wanted) and all(
        p.head.lower() not in SURRENDER_NOUNS and not any(e.kind == "person" for e in p.entities)
        for p in wanted
    )


_DEFENCE: Final = lexicon.words("events", "the defence's side")


def by_the_defence(ctx: EventContext, doers: Phrase | None) -> bool:
    """Is the doer the sought person's side: a lawyer, "her client", "his family" ("his lawyer
    said her client would oppose extradition": a contest, not a state's refusal)?"""
    if doers is None:
        return False
    if doers.head.lower() in _DEFENCE:
        return True
    people = ctx.persons(doers)
    return bool(people) and all(any(r.lower() in _DEFENCE for r in ctx.roles_of(p)) for p in people)


def asked_by_the_defence(ctx: EventContext, clause: Clause) -> Clause | None:
    """The clause in which the sought person's side asks a court to decide what ``clause`` (an
    infinitive) says ("his lawyers asked the court on Monday to block the handover", "have 15 days
    to ask the Court of Appeals to stop it"): a plea, no decision; else ``None``."""
    if clause.kind != "infinitive":
        return None
    parent = ctx.parent(clause)
    if parent is None or parent.predicate.lemma not in _ASKING or parent.predicate.negated:
        return None
    return parent if by_the_defence(ctx, ctx.doers(parent)) else None


_ASKING: Final = lexicon.words("events", "verbs of a plea to a court")


def contested_by_the_defence(ctx: EventContext, clause: Clause, obj: Phrase | None) -> bool:
    """Is the clause that blocks or opposes a surrender the sought person's own, or his side's, its
    pronoun subject standing for the last subject named before it in the sentence ("his lawyers
    said they would go to court to block his extradition", "X said he would appeal to block it")?"""
    own = obj.possessor.actor if obj is not None and obj.possessor is not None else None
    subject = clause.subject
    if subject is not None and subject.words in _PRONOUN_SUBJECTS:
        named = [c.subject for c in ctx.layer.in_sentence(clause.sentence) if c.subject is not None]
        before = sorted(
            (p for p in named if p.end <= subject.start and p.words not in _PRONOUN_SUBJECTS),
            key=lambda p: p.start,
        )
        if before and by_the_defence(ctx, before[-1]):
            return True
    # "X vowed to block his extradition": his own fight
    return subject is not None and own is not None and own in ctx.persons(subject) and not ctx.official(own)


_PRONOUN_SUBJECTS: Final = frozenset((w,) for w in W.SUBJECT_PRONOUNS)


_UNDER_APPEAL: Final = regex.compile(
    r"(?i:\b(?:appeals?|challenges?|appealing|challenging|appealed|challenged)[ \t]+against[ \t]+"
    r"(?:[\p{L}'’-]+[ \t]+){0,6})\Z"
)


def under_appeal(text: str, start: int) -> bool:
    """Does a decision told from ``start`` hang on an appeal against it ("considers his appeal
    against a lower court's decision authorizing his extradition")? It settles nothing yet."""
    return _UNDER_APPEAL.search(text, max(0, start - 90), start) is not None


def defence_appeal(ctx: EventContext, phrase: Phrase) -> bool:
    """Is the phrase the suspect's appeal, told as "his appeal", "X's appeal" or "the appeal" (no
    prosecutor's, no state's): refusing it lets the surrender stand."""
    if phrase.head.lower() not in _APPEAL_NOUNS or phrase.words[-1:] != (phrase.head.lower(),):
        return False
    if any(w.startswith("prosecut") for w in phrase.words):
        return False
    owner = phrase.possessor
    if owner is None:
        return phrase.words[:1] in (("the",), ("his",), ("her",), ("their",))
    return owner.kind == "person"


_APPEAL_NOUNS: Final = lexicon.words("events", "appeal nouns")

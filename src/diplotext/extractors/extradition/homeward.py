"""Sides a case does not name outright: where a suspect is sent back to ("Brazil has refused to
send back the Italian militant X": the state that wants him is his own), and the state of the court
that decides on him ("the High Court in London dismissed his appeal", "a Paris appeals court
approved the request")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.acts import Act
from diplotext.model import Actor
from diplotext.syntax import Clause, Phrase

__all__ = ["deciding_courts", "home_of_the_doer", "sent_home", "sent_home_to", "wanted_and_sent_home"]

_HOMEWARD: Final = frozenset(["send back", "repatriate"])
"""Surrender verbs that send a person back home."""


def sent_home_to(ctx: EventContext, suspect: Actor, acts: Sequence[Act], asked: set[str]) -> str | None:
    """The suspect's own state, when an act sends him back ("send back", "repatriate") with no
    state to send him to named, and that state is not the one asked."""
    if not any(a.frame.phrase is None and a.frame.lemma in _HOMEWARD and not a.requesting for a in acts):
        return None
    home = ctx.state_of(suspect)
    return home if home and home not in asked else None


def home_of_the_doer(acts: Sequence[Act], asked: str) -> str | None:
    """ "A former Ukrainian customs chief lost his appeal against extradition": the one state a
    description doing what a surrender noun's clause says names, when the noun names no
    destination, is where he would be sent (not ``asked``, where he is)."""
    for act in acts:
        subject = act.frame.clause.subject
        if act.frame.phrase is None or act.requesting or subject is None or subject.words[0] not in _ARTICLES:
            continue
        if any(e.kind == "person" for e in subject.entities):
            continue
        homes = {e.code for e in subject.entities if e.place_kind == "demonym" and e.code}
        if len(homes) == 1 and asked not in homes:
            return homes.pop()
    return None


_ARTICLES: Final = lexicon.words("events", "articles of a description")


def sent_home(clause: Clause) -> bool:
    """ "X was flown home", "was sent back home": a passive taking whose object is "home"."""
    return clause.predicate.passive and any(
        a.role == "object" and a.phrase.words[-1:] == ("home",) for a in clause.args
    )


def wanted_and_sent_home(ctx: EventContext, clause: Clause) -> bool:
    """ "A Japanese man wanted over phone scams was flown home on Wednesday": a person sent home
    whom a passive participle or relative on him says is wanted, accused or charged (sent back to
    be tried where he comes from)."""
    if not sent_home(clause):
        return False
    return any(
        child.kind in ("participle", "relative")
        and child.predicate.passive
        and child.predicate.lemma in _ACCUSED
        and not child.predicate.negated
        and ctx.parent(child) is clause
        for child in ctx.layer.in_sentence(clause.sentence)
    )


_ACCUSED: Final = lexicon.words("grammar", "participles on the object before a preposition")


_COURTS: Final = frozenset(["court", "judge", "magistrate", "magistrates", "judges"])
"""Heads of a phrase naming who decides on a surrender."""


def deciding_courts(ctx: EventContext, sentences: Sequence[int]) -> list[str]:
    """The states of the courts that act in the case's sentences, as a place in the court's phrase
    names them ("the High Court in London", "a Paris appeals court", "a Canadian judge")."""
    found: list[str] = []
    for idx in sentences:
        for clause in ctx.layer.in_sentence(idx):
            subject = clause.subject
            if subject is None or subject.head.lower().rsplit(" ", 1)[-1] not in _COURTS:
                continue  # "the High Court in London", "a Canadian judge"
            found += [c for c in _court_states(subject) if c not in found]
    return found


def _court_states(phrase: Phrase) -> list[str]:
    inner = [p for prep, p in phrase.preps if prep == "in"]
    return [e.code for q in (phrase, *inner) for e in q.entities if e.kind in ("state", "place") and e.code]

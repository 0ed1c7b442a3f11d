"""Whom a visitor met, told by what the visitor said to them or got from them: "X told Chinese
President Y during a visit to Beijing that ...", "X won backing for sanctions from Chancellor Y" —
an official of the host state told something in person (not by telephone or letter), or who gave
the visitor something, in a sentence of the visit is met."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.visits.cases import Case
from diplotext.extractors.visits.vocabulary import MEET_NOUNS, REPORTING_VERBS
from diplotext.model import Actor
from diplotext.syntax import Clause

__all__ = ["their_talks", "told_in_person"]

_TELLING: Final = lexicon.words("events", "telling verbs")
_REMOTE: Final = lexicon.words("events", "remote means") | lexicon.words("events", "written means")
_OBTAINING: Final = lexicon.words("events", "obtaining verbs")
_TELLING_OR_OBTAINING: Final = _TELLING | _OBTAINING
_REMARKS: Final = lexicon.words("events", "remarks addressed in person")


def told_in_person(
    ctx: EventContext, sentences: Iterable[int], by_visitor: dict[str, list[Case]]
) -> Iterator[tuple[Case, Actor]]:
    """(case, person) for each official of the case's host state whom its visitor tells something,
    or gets something from, in the given sentences."""
    for idx in sorted(set(sentences)):
        tellings = [(f.clause, _told(ctx, f)) for f in ctx.frames(idx, _TELLING_OR_OBTAINING, ())]
        tellings += [
            (c, people)
            for c in ctx.layer.in_sentence(idx)
            if (people := _remarked_to(ctx, c) or _called_on(ctx, c))
        ]
        for clause, told in tellings:
            if clause.predicate.negated or not told:
                continue
            words = ctx.text[clause.start : clause.end].lower().replace("-", " ").split()
            if not _REMOTE.isdisjoint(words):
                continue  # "told X by telephone", "told X in a letter"
            named = {e.code for e in ctx.layer.entities_in(*ctx.layer.sentences[idx]) if e.code}
            for speaker in ctx.persons(ctx.doers(clause)):
                for case in by_visitor.get(speaker.id, []):
                    for person in told:
                        state = ctx.state_of(person)
                        if (
                            person.id != speaker.id
                            and ctx.official(person)
                            # "In Germany, his previous stop, X won backing from Chancellor Y": Y,
                            # of no state the text gives, is of the state the sentence (or the
                            # dateline) names
                            and (state == case.host or (state is None and _told_in(ctx, case, idx, named)))
                        ):
                            yield case, person


def _told(ctx: EventContext, frame: Frame) -> list[Actor]:
    """The persons a telling verb's clause tells something, or an obtaining verb's gets it from."""
    clause = frame.clause
    if frame.phrase is not None:
        return []
    if frame.lemma in _OBTAINING:
        # "won backing for sanctions from Chancellor Y": the one who gave it
        return [p for a in clause.preps("from") for p in ctx.persons(a.phrase)]
    return [p for a in clause.args if a.role == "object" for p in ctx.persons(a.phrase)]


def _remarked_to(ctx: EventContext, clause: Clause) -> list[Actor]:
    """ "X said in remarks to Prime Minister Y", "In a speech to President Y, X praised ...": the
    persons the remarks were addressed to ("in a letter to Y" is none)."""
    args = clause.args
    for k, a in enumerate(args):
        if a.role != "pp" or a.prep != "in" or a.phrase.head.lower() not in _REMARKS:
            continue
        own = [p for prep, ph in a.phrase.preps if prep == "to" for p in ctx.persons(ph)]
        if own:
            return own
        nxt = args[k + 1] if k + 1 < len(args) else None
        if (
            nxt is not None
            and nxt.role == "pp"
            and nxt.prep == "to"
            and ctx.text[a.phrase.end : nxt.phrase.start].strip().lower() == "to"
        ):
            return ctx.persons(nxt.phrase)
    return []


_CALLS: Final = lexicon.words("events", "calls paid on a host")


def _called_on(ctx: EventContext, clause: Clause) -> list[Actor]:
    """ "paid a courtesy call on President Y", "paid a courtesy visit to Y": the person called on."""
    if clause.predicate.lemma != "pay":
        return []
    args = clause.args
    for k, a in enumerate(args):
        if a.role != "object" or a.phrase.head.lower() not in _CALLS:
            continue
        own = [p for prep, ph in a.phrase.preps if prep in ("on", "to") for p in ctx.persons(ph)]
        nxt = args[k + 1] if k + 1 < len(args) else None
        if not own and nxt is not None and nxt.role == "pp" and nxt.prep in ("on", "to"):
            own = ctx.persons(nxt.phrase)
        return own
    return []


def _told_in(ctx: EventContext, case: Case, idx: int, named: set[str]) -> bool:
    """Does sentence ``idx`` name the case's host (or is the story datelined there: "NAIROBI - ...
    X told Prime Minister Y") and tell the case itself (or follow one that does)?"""
    if case.host not in named and not (ctx.article.dateline and ctx.dateline_code == case.host):
        return False
    return any(ctx.layer.sentence_at(a) in (idx, idx - 1) for a, _ in case.evidence)


def their_talks(
    ctx: EventContext, sentences: Iterable[int], by_visitor: dict[str, list[Case]]
) -> Iterator[tuple[Case, Actor]]:
    """(case, person) for an official of the case's host state who says "their talks" (their
    meeting, their discussions) were something: the talks of the speaker and the visitor
    ("Russian foreign minister X said their talks had been positive")."""
    cases = [c for cs in by_visitor.values() for c in cs]
    for idx in sorted(set(sentences)):
        if not ctx.layer.may_hold(idx, MEET_NOUNS):
            continue  # no meeting noun to head "their talks": the sentence's parse is spared
        for clause in ctx.layer.in_sentence(idx):
            subject = clause.subject
            if (
                clause.kind != "complement"
                or subject is None
                or subject.words[:1] != ("their",)
                or subject.head.lower() not in MEET_NOUNS
            ):
                continue
            parent = ctx.parent(clause)
            if parent is None or parent is clause or parent.predicate.lemma not in REPORTING_VERBS:
                continue
            for speaker in ctx.persons(parent.subject):
                state = ctx.state_of(speaker)
                if not ctx.official(speaker) or state is None:
                    continue
                hosted = [c for c in cases if c.host == state and c.visitor.id != speaker.id]
                if len(hosted) == 1:
                    yield hosted[0], speaker

"""Which case a meeting joins: the visitor's case in the state of the person met, else the one
in whose state the meeting's city is, else the case of its sentence (or the latest before it).
:class:`MeetingCases` is mixed into :class:`~diplotext.extractors.visits.meetings.Meetings` (split
from that module).
"""

from __future__ import annotations

import regex

from diplotext.extractors.eventkit import Frame
from diplotext.extractors.visits.cases import Case
from diplotext.extractors.visits.left_after import left_for_after
from diplotext.extractors.visits.meeting_owners import (
    before_trip,
    dateline_case,
    gone_by,
    names_gathering,
    to_come,
    trip_destinations,
    trip_sentence,
)
from diplotext.extractors.visits.met_alongside import MetAlongside
from diplotext.extractors.visits.time_clauses import told_for_its_time
from diplotext.extractors.visits.trip_context import coming_weekday
from diplotext.model import Actor
from diplotext.patterns import lazy

__all__ = ["MeetingCases"]

_HERE = lazy(r"\bhere\b", regex.IGNORECASE)
_DAY_BEFORE_WHERE = lazy(
    r"[ \t]+(?:on|last|next|this)[ \t]+(?:\p{Lu}\p{Ll}+|\d{1,2})"
    r"(?:[ \t]+(?:\p{Lu}\p{Ll}+|\d{1,4}))?[ \t]*,[ \t]*"
)
"""A day between a place and the "where" clause after it ("in Luanda on Thursday, where ...")."""


class MeetingCases(MetAlongside):
    """The finder's part that places a person met in a case (a mixin of the visit finder)."""

    def assign(self, cases: list[Case], person: Actor, frame: Frame) -> None:
        ctx = self.ctx
        code = ctx.state_of(person)
        if code is not None and code == cases[0].state:
            return
        cities = self.meeting_cities(frame)
        matching = [c for c in cases if c.host == code]
        sentence = ctx.layer.sentences[frame.sentence]
        pred = frame.clause.predicate
        told_from = dateline_case(ctx, cases)
        if matching:
            target = matching[0]
            if all(u.trip.status == "planned" for u in target.uses) and (
                (pred.tense == "past" and not pred.chain and not pred.modal)
                or self.visiting(person, target.state, frame.sentence, target)
            ):
                # "X met Y", "talks between X and the visiting Y": not part of X's visit to Y's
                # country, which is still to come; but "BEIJING - X's talks with Y focused on
                # trade": held where the story is told from, on the trip X is on there
                if told_from is None or pred.tense != "past" or cities - {told_from.host}:
                    return
                target = told_from
        elif [c for c in cases if c.host in cities]:
            target = next(c for c in cases if c.host in cities)
        else:
            # "will meet X before leaving for Quito": not at the stop left for afterwards
            pool = [c for c in cases if c.host not in left_for_after(ctx, frame.clause)] or cases
            if pred.tense == "past" and not pred.modal and not pred.chain:
                # "wrapped up a visit to A and will fly to B ... held talks on Monday with X": a
                # meeting told in the past is no part of a leg still to come
                pool = [c for c in pool if c.uses and c.uses[0].trip.status != "planned"] or pool
            # "met Y a day after holding talks in A": not at A, a stop the "after" clause tells
            here = [c for c in pool if sentence in c.evidence and not told_for_its_time(ctx, c, frame)]
            if here:
                target = here[0]
            else:
                before = [c for c in pool if c.order <= frame.trigger[0]]
                target = max(before, key=lambda c: max(s for s, _ in c.evidence)) if before else pool[0]
            if code is not None and not here and len(cases) > 1:
                # a third country's leader, and no telling which trip it was on; but the one
                # the story is datelined from, for a meeting told as held
                if told_from is None or pred.tense != "past":
                    return
                target = told_from
            if code is not None and before_trip(frame, target):
                return  # "Saddam, with whom the king met Monday" before the trip began: elsewhere
        if cities and target.host not in cities:
            return  # "will meet X in Beijing" is no part of a visit to Japan
        if gone_by(target) and to_come(ctx, frame.clause, frame.phrase is not None):
            return  # "the visit will include a meeting co-chaired by X and Y": not Y's trip gone by
        self.meet(target, person)
        target.evidence.add(sentence)
        clause = frame.clause
        times = clause.times
        parent = self.ctx.parent(clause)
        if not times and clause.kind in ("participle", "adverbial") and clause.subject_from is not None:
            # "said X here Tuesday when meeting with Y": the meeting was on the saying's day
            times = parent.times if parent is not None and parent is not clause else ()
        pred = clause.predicate
        ahead = pred.tense in ("present", "future") and pred.aspect == "simple" and pred.finite
        target.met_dates.extend(
            # "a stay which includes talks Tuesday with X", told on a Monday: the coming Tuesday
            coming_weekday(self.ctx, t) if ahead else t
            for t in times
            if t.type in ("DATE", "TIME")
        )

    def meeting_cities(self, frame: Frame) -> set[str]:
        """The states of the cities a meeting is said to be in ("will meet X in Beijing", "talks
        on the sidelines of a summit held in [city]"); countries are left out, being often the
        topic ("discussed the situation in X")."""
        ctx = self.ctx
        phrases = [p for prep, p in frame.phrases() if prep in ("in", "at")]
        # "at the presidential palace in Maputo": the city the place is in
        phrases += [q for p in phrases for prep, q in p.preps if prep == "in"]
        for c in ctx.layer.in_sentence(frame.sentence):
            # "a summit held in [city]": where a meeting of the phrase took place
            if (
                c.parent == frame.clause.index
                and c.kind in ("participle", "relative")
                and names_gathering(c.subject)
            ):
                phrases.extend(a.phrase for a in c.preps("in", "at"))
        found = {
            e.code for p in phrases for e in ctx.places(p) if e.code and e.place_kind in ("city", "seat")
        } | trip_destinations(ctx, frame)
        clause = frame.clause
        if not found and clause.marker == "where":
            # "after two days in Djibouti, where he met President X": the place the clause hangs on
            s0 = ctx.layer.sentences[clause.sentence][0]
            before = [
                e for e in ctx.layer.entities_in(s0, clause.start) if e.kind in ("state", "place") and e.code
            ]
            if before and (
                clause.start - before[-1].end <= 3
                # "was in A on Tuesday and in B on Thursday, where he met X": B, the day aside
                or _DAY_BEFORE_WHERE.fullmatch(ctx.text, before[-1].end, clause.start) is not None
            ):
                found = {before[-1].code} if before[-1].code else set()
        if not found and ctx.dateline_code is not None and _HERE.search(ctx.text, clause.start, clause.end):
            found = {ctx.dateline_code}  # "A and B met here on Saturday": at the dateline's place
        return found

    def visiting(self, person: Actor, host: str | None, sentence: int, target: Case) -> bool:
        """Is ``person`` a visitor to ``host`` (on a visit not told as long over: "X visited Athens
        in 2004" makes X no visitor at a meeting to come)? Not when the meeting's sentence tells
        the target's trip and not the person's ("Y's visit to Germany will be a chance to meet X")."""
        return any(
            c.visitor.id == person.id
            and c.host == host
            and not gone_by(c)
            and (not trip_sentence(self.ctx, sentence, target) or trip_sentence(self.ctx, sentence, c))
            for c in self.cases.values()
        )

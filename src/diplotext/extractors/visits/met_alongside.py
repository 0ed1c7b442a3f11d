"""Whom a visitor met without a meeting verb: an official of the host state acting together with
the visitor ("A and B signed the deal in Buenos Aires"), and the counterpart a visitor's sentence
names ("flew in to offer support to his Iraqi counterpart X").
"""

from __future__ import annotations

from diplotext import lexicon
from diplotext.extractors.visits.cases import Case, FinderBase
from diplotext.extractors.visits.meeting_owners import clause_at, gone_by, to_come
from diplotext.extractors.visits.met_lists import hosts_included
from diplotext.extractors.visits.vocabulary import HOST_VERBS
from diplotext.model import Actor
from diplotext.patterns import lazy
from diplotext.syntax import Clause

__all__ = ["MetAlongside"]

_COUNTERPART = frozenset(["counterpart", "counterparts"])
_COUNTERPART_BEFORE = lazy(r"\b(?:his|her|their)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}counterpart,?[ \t]+$")
"""A counterpart right before a name: "his Iraqi counterpart X", "her beleaguered Iraqi counterpart X",
"her counterpart, X"."""
_GUESTS = lexicon.words("events", "guest nouns")
_INCLUDING = frozenset(["including"])


class MetAlongside(FinderBase):
    """The meetings told by acting together or by a counterpart (a mixin of the visit finder)."""

    def acting_together(self) -> None:
        """ "Argentine President A and Venezuelan President B signed the deal in Buenos Aires": an
        official of the host state who is the visitor's co-subject in the visit's own sentences met
        them."""
        ctx = self.ctx
        for case in self.cases.values():
            for start, _ in sorted(case.evidence):
                for clause in ctx.layer.in_sentence(ctx.layer.sentence_at(start)):
                    if clause.predicate.negated or clause.kind not in (
                        "main",
                        "coordinate",
                        "adverbial",
                        "relative",
                    ):
                        continue  # "visited Brasilia last November, when he and Y agreed to ..." too
                    people = ctx.persons(clause.subject)
                    if case.visitor not in people or len(people) < 2:
                        continue
                    there = self._where_in_host(clause, case.host)
                    for other in people:
                        if (
                            other is not case.visitor
                            and ctx.official(other)
                            # "after a visit to X, where he and Prime Minister Y agreed": Y, of no
                            # state the text names, is the host's (a stateless co-subject of the
                            # trip itself travels with the visitor)
                            and (ctx.state_of(other) == case.host or (there and ctx.state_of(other) is None))
                        ):
                            self.meet(case, other)

    def greeted_including(self) -> None:
        """ "X was greeted at the airport by senior leaders of the party, including A and B": those
        the hosts' group includes met the visitor, on the trip to their state (of none the text
        says: the one trip told in the sentence or the one before)."""
        ctx = self.ctx
        for idx in ctx.layer.with_words(_INCLUDING):
            near = {ctx.layer.sentences[i] for i in (idx, idx - 1) if i >= 0}
            for frame in ctx.frames(idx, HOST_VERBS, ()):
                people = [] if frame.clause.predicate.negated else hosts_included(ctx, frame.clause)
                # "by a crowd of Chilean residents, including X": the visitor's compatriots
                own = {
                    e.code
                    for a in frame.clause.args
                    if a.role == "agent"
                    for e in ctx.layer.entities_in(a.phrase.start, a.phrase.end)
                }
                for visitor in ctx.persons(frame.clause.subject) if people else ():
                    cases = [
                        c for c in self.cases.values() if c.visitor.id == visitor.id and c.state not in own
                    ]
                    told = [c for c in cases if near & c.evidence]
                    for person in people:
                        code = ctx.state_of(person)
                        fits = [c for c in cases if c.host == code] if code else told
                        if len(fits) == 1:
                            self.meet(fits[0], person)

    def counterparts(self) -> None:
        """ "flew in to offer support to his Iraqi counterpart X", "told a press conference held
        with his Albanian counterpart X": the counterpart a visitor's sentence names, of the host's
        state (or of none the text says), met them."""
        ctx = self.ctx
        if not ctx.layer.with_words(_COUNTERPART):
            return
        for case in self.cases.values():
            mine = [c for c in self.cases.values() if c.visitor.id == case.visitor.id]
            told = {ctx.layer.sentence_at(s) for s, _ in case.evidence}
            if len(mine) == 1:
                # the visitor's other sentences too, but not one that tells another's visit ("X
                # hosted his Tanzanian counterpart Y": Y's visit, not X's earlier one)
                others = {
                    ctx.layer.sentence_at(s)
                    for c in self.cases.values()
                    if c.visitor.id != case.visitor.id
                    for s, _ in c.evidence
                }
                told |= {ctx.layer.sentence_at(s) for s, _ in case.visitor.mentions} - others
            for idx in sorted(told & set(ctx.layer.with_words(_COUNTERPART))):
                for e in ctx.layer.entities_in(*ctx.layer.sentences[idx]):
                    person = e.actor
                    if e.kind != "person" or person is None or e.pronoun or person.id == case.visitor.id:
                        continue
                    if not _COUNTERPART_BEFORE.search(ctx.text, max(0, e.start - 40), e.start):
                        continue
                    at = clause_at(ctx, idx, e.start)
                    if at is not None and gone_by(case) and to_come(ctx, at):
                        continue  # "will hold talks with his Y counterpart X": not on a trip gone by
                    if ctx.state_of(person) in (case.host, None):
                        self.meet(case, person)

    def guests_received(self) -> None:
        """ "Kenyan President Y welcomed her guest at the airport": an official of a state who
        receives "the guest" (a guest noun for object) met the one visitor to that state whose trip
        is told in the sentence or the two before."""
        ctx = self.ctx
        told: dict[int, list[Case]] = {}
        for case in self.cases.values():
            for start, _ in case.evidence:
                told.setdefault(ctx.layer.sentence_at(start), []).append(case)
        for idx in sorted(ctx.layer.with_words(_GUESTS)):
            near = [c for i in (idx, idx - 1, idx - 2) for c in told.get(i, [])]
            if not near:
                continue
            for frame in ctx.frames(idx, HOST_VERBS, ()):
                clause = frame.clause
                if clause.predicate.negated or clause.predicate.passive or frame.lemma == "play":
                    continue
                obj = next((a.phrase for a in clause.args if a.role == "object"), None)
                if obj is None or obj.head.lower() not in _GUESTS or ctx.persons(obj):
                    continue
                for host in ctx.persons(clause.subject):
                    state = ctx.state_of(host)
                    if not ctx.official(host) or state is None:
                        continue
                    fits = {c.visitor.id: c for c in near if c.host == state and c.visitor.id != host.id}
                    if len(fits) == 1:
                        case = next(iter(fits.values()))
                        self.meet(case, host)
                        # "welcomed her guest at the airport on Wednesday": the guest was there then
                        case.met_dates.extend(t for t in clause.times if t.type in ("DATE", "TIME"))

    def _where_in_host(self, clause: Clause, host: str) -> bool:
        """Is the clause a "where" clause after a place of ``host`` ("a visit to Australia, where")?"""
        if clause.marker != "where":
            return False
        ctx = self.ctx
        s0 = ctx.layer.sentences[clause.sentence][0]
        last = None
        for e in ctx.layer.entities_in(s0, clause.start):
            if e.kind in ("state", "place") and e.code:
                last = e
        return last is not None and last.code == host

    def meet(self, case: Case, person: Actor) -> None:
        if person.id == case.visitor.id or person.name in case.met:
            return
        if self.ctx.state_of(person) == case.state:
            return
        case.met.append(person.name)

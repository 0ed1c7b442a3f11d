"""Whom a visitor met: ``met`` of the cases, from meeting frames whose subject is a visitor ("X met
Y", "held talks with Y", "a meeting with Y"), from the hosts named with a trip ("as guest of Y")
and from host frames ("Y received X"). A meeting joins the visitor's case in the state of the
person met, else the one in whose state the meeting's city is, else the case of its sentence (or
the latest before it: :mod:`~diplotext.extractors.visits.meeting_cases`).
"""

from __future__ import annotations

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import Frame, trigger_words
from diplotext.extractors.visits.cases import Case
from diplotext.extractors.visits.groups import (
    counted_group,
    delegation_leaders,
    leaders_of_states,
    named_together_before,
    names_a_pair,
)
from diplotext.extractors.visits.meeting_cases import MeetingCases
from diplotext.extractors.visits.meeting_owners import (
    between_parties,
    climbs,
    phrase_owner,
    teller_of,
)
from diplotext.extractors.visits.met_lists import semicolon_list
from diplotext.extractors.visits.roles import pair_set_off, who_met_each_other
from diplotext.extractors.visits.talks_attended import attendees
from diplotext.extractors.visits.told_met import their_talks, told_in_person
from diplotext.extractors.visits.vocabulary import (
    HOST_VERBS,
    MEET_NOUNS,
    MEET_VERBS,
    OCCASION_NOUNS,
    TRIP_NOUNS,
    TRIP_VERBS,
)
from diplotext.model import Actor
from diplotext.patterns import lazy
from diplotext.syntax import Clause, Phrase

__all__ = ["Meetings"]

_MEETINGS = trigger_words(MEET_VERBS | MEET_NOUNS)
_JOINT = frozenset(["joint"])
_APPEARANCES = frozenset(["conference", "appearance", "statement", "declaration"])
"""Nouns of a joint appearance ("a joint news conference with Y", "a joint statement with Y")."""
_WITH_WHOM = lazy(r"\bwith[ \t]+whom\b", regex.IGNORECASE)
_OCCASION_WORDS = trigger_words(OCCASION_NOUNS)
_HOSTING_OCCASIONS = lexicon.words("events", "verbs hosting an occasion")
_TITLED_CONJUNCT = lazy(r"[ \t]*,?[ \t]+and[ \t]+(?:\p{Lu}[\p{L}-]*[ \t]+)+(?:of|for)[ \t]+")
"""What joins a second person met by a title with a complement: "X and President of [the Y]"."""
_DELEGATIONS = frozenset(["delegation", "team", "mission"])
_THEIR = frozenset(["their"])
_PARTY_VERBS = MEET_VERBS | HOST_VERBS
"""Verbs whose subject takes part in the meeting of their object ("hosted talks between A and B")."""


class Meetings(MeetingCases):
    """The finder's part that reads meetings into the cases found."""

    def meetings(self) -> None:
        """``met`` from meeting frames whose subject is a visitor, from hosts of host frames."""
        ctx = self.ctx
        if not self.cases:
            return
        by_visitor: dict[str, list[Case]] = {}
        for case in self.cases.values():
            by_visitor.setdefault(case.visitor.id, []).append(case)
        for trip in self.trips:
            # hosts named with a trip ("as guest of X, Y and Z"): each met where he is host
            for visitor in trip.visitors:
                cases = by_visitor.get(visitor.id, [])
                for person in trip.host_persons:
                    code = ctx.state_of(person)
                    fits = [c for c in cases if c.host == code]
                    if not fits and code is None and len(trip.hosts) <= 1:
                        fits = [c for c in cases if not trip.hosts or c.host == trip.hosts[0].code]
                    for case in fits[:1]:
                        self.meet(case, person)
        visitors = list(by_visitor)
        # a sentence that tells a visitor's trip by a description ("The Norwegian minister, who
        # arrived on Saturday, was to meet X") is theirs too
        told = {ctx.layer.sentence_at(a) for case in self.cases.values() for a, _ in case.evidence}
        for idx in ctx.layer.with_words(_MEETINGS):
            if (
                idx not in told
                and idx - 1 not in told  # "Monday's talks with Y ...": the sentence after a trip's
                and not ctx.sentence_has(idx, (), visitors)
                and not self._described(idx, visitors)
            ):
                continue  # only meetings of a visitor are read
            for frame in ctx.frames(idx, MEET_VERBS, MEET_NOUNS):
                self.meeting(frame, by_visitor)
        # "X told Chinese President Y during a visit to Beijing": told in person there
        # ... or in the sentence after one of the visit's ("arrived in Berlin on Monday. He won
        # backing for sanctions from Chancellor Y")
        for case, person in told_in_person(ctx, told | {i + 1 for i in told}, by_visitor):
            self.meet(case, person)
        # "Russian foreign minister X said their talks had been positive": X met the visitor
        for case, person in their_talks(ctx, ctx.layer.with_words(_THEIR), by_visitor):
            self.meet(case, person)
        # "The talks were also attended by Defence Minister X": of the host's state, X met them
        for idx, person in attendees(ctx):
            fits = [
                c
                for c in self.cases.values()
                if c.host == ctx.state_of(person)
                and {ctx.layer.sentence_at(s) for s, _ in c.evidence} & {idx, idx - 1, idx - 2}
            ]
            if len(fits) == 1:
                self.meet(fits[0], person)
        self.acting_together()
        self.greeted_including()
        self.counterparts()
        self.guests_received()
        for idx in ctx.layer.with_words(_OCCASION_WORDS):
            if not ctx.sentence_has(idx, (), visitors):
                continue
            for frame in ctx.frames(idx, (), OCCASION_NOUNS):
                # "X said at an event with Y and Z": those one appears with at an occasion, met
                if (
                    frame.arg is not None
                    and frame.arg.role == "pp"
                    and frame.arg.prep == "at"
                    and frame.depth == 0
                ):
                    assert frame.phrase is not None
                    if any(prep == "with" and ctx.persons(p) for prep, p in frame.phrases()):
                        self.meeting(frame, by_visitor)
        for idx in ctx.layer.with_words(_OCCASION_WORDS):
            # "began a state visit with a ceremony hosted by King X": the occasion's host met them
            if idx in told:
                self.occasion_hosts(idx)
        for idx in ctx.layer.with_words(_JOINT):
            if not ctx.sentence_has(idx, (), visitors):
                continue
            for frame in ctx.frames(idx, (), _APPEARANCES):
                # "X told a joint news conference with Y": they appeared together, so met
                if frame.phrase is not None and "joint" in frame.phrase.words:
                    self.meeting(frame, by_visitor)

    def occasion_hosts(self, idx: int) -> None:
        """The officials by whom an occasion of a visit's sentence is hosted or given ("with a
        ceremony hosted by King X", "a dinner given by President Y"): met by the visitor."""
        ctx = self.ctx
        span = ctx.layer.sentences[idx]
        cases = [c for c in self.cases.values() if span in c.evidence]
        for clause in ctx.layer.in_sentence(idx):
            subject = clause.subject
            if (
                clause.kind != "participle"
                or not clause.predicate.passive
                or clause.predicate.lemma not in _HOSTING_OCCASIONS
                or subject is None
                or subject.head.lower() not in OCCASION_NOUNS
            ):
                continue
            agent = next(
                (a.phrase for a in clause.args if a.role == "agent" or (a.role == "pp" and a.prep == "by")),
                None,
            )
            for person in ctx.persons(agent):
                if not ctx.official(person):
                    continue
                for case in cases:
                    if ctx.state_of(person) in (case.host, None):
                        self.meet(case, person)

    def meeting(self, frame: Frame, by_visitor: dict[str, list[Case]]) -> None:
        ctx = self.ctx
        clause = frame.clause
        if clause.predicate.negated:
            return
        if frame.phrase is None and clause.predicate.passive:
            # "X was met at the airport by Y", "the delegation was received by Y": the subject (a
            # delegation's leader) is the one met by the agent
            subject_people = ctx.persons(clause.subject)
            if not subject_people and clause.subject is not None:
                subject_people = delegation_leaders(ctx, clause.subject, clause.sentence)
        else:
            subject_people = ctx.persons(ctx.doers(clause))
            if len(subject_people) == 1 and clause.kind == "relative":
                subject_people = who_met_each_other(ctx, clause, subject_people)  # "A and B, who met in X"
            doers = ctx.doers(clause)
            if not subject_people and doers is not None:
                # "The delegation, which arrived on Monday, met Y": its leader meets Y
                subject_people = delegation_leaders(ctx, doers, clause.sentence)
            if not subject_people and names_a_pair(doers):
                # "The two leaders, A of Ghana and B of Kenya, met in Accra"
                assert doers is not None
                subject_people = pair_set_off(ctx, clause, doers)
            if not subject_people:
                # "the three leaders sat down for talks": those of them whose states the text says
                # (not a colleague of unknown state travelling with the visitor)
                subject_people = [p for p in counted_group(ctx, doers) if ctx.state_of(p) is not None]
            if not subject_people:
                subject_people = leaders_of_states(ctx, doers)  # "Leaders of Ghana and Togo met"
            if not subject_people and doers is not None:
                # "The US delegation will also meet with Y": the one visitor of that state
                subject_people = self._delegation_of_a_visitor(doers)
            if not subject_people and doers is not None and doers.head.lower() in TRIP_NOUNS:
                # "X's visit will be an opportunity to meet with Y": the trip's owner meets Y
                owner = doers.possessor
                subject_people = [owner.actor] if owner is not None and owner.actor is not None else []
        together: list[Actor] = []
        if frame.phrase is not None and frame.phrase.words[:1] == ("their",):
            # "decisions by A and B during their meeting with C": the meeting is A's and B's,
            # who meet each other there too
            together = named_together_before(ctx, frame.phrase)
            subject_people = together or subject_people
        if not subject_people and frame.phrase is not None and clause.predicate.passive:
            # "X was satisfied with the talks with Y": the subject of a passive with no agent
            subject_people = ctx.persons(clause.subject)
        if not subject_people and frame.phrase is not None:
            # "kicking off a stay in Washington, which includes talks with Y, X met ...": the
            # talks are those of the people of the clauses the relative or participle hangs on
            # ("X said the meeting was like Monday's talks with Y": the sayer's)
            up = clause
            for _ in range(3):
                if not climbs(up):
                    break
                parent = ctx.parent(up)
                if parent is None:
                    break
                up = parent
                subject_people = ctx.persons(ctx.doers(up))
                if subject_people:
                    break
        if frame.phrase is not None and frame.arg is not None and frame.arg.role != "subject":
            # "arranged a meeting between A and B": A and B meet, not the one who arranged it;
            # "the focus of her talk with Y": hers; "said it was like Monday's talks with Y": the
            # talks of the one visitor whose trip the sentence tells
            between = [] if clause.predicate.lemma in _PARTY_VERBS else between_parties(ctx, frame)
            subject_people = between or subject_people or phrase_owner(frame)
            if not subject_people and any(p == "with" for p, _ in frame.phrases()):
                subject_people = teller_of(ctx, frame.sentence, list(self.cases.values()))
        met: list[Actor] = []
        if frame.phrase is None:
            lemma = frame.lemma
            if lemma == "receive" and not clause.predicate.passive:
                return  # a host frame: handled as a visit
            alone = (
                lemma in ("hold", "sign", "discuss")
                and not any(a.role == "object" and a.phrase.head.lower() in MEET_NOUNS for a in clause.args)
                and (len(subject_people) < 2 or clause.predicate.passive)
            )
            if alone and not (lemma in ("discuss", "sign") and not clause.predicate.passive):
                # "X signed a deal"; but "X and Y signed a plan" did so together, and "X signed a
                # deal with Y" (below: only the "with" phrase) met Y
                return
            last_met: Phrase | None = None
            own_prep = lemma.split()[-1] if " " in lemma else None  # "called on President X"
            if own_prep is not None and any(
                c.kind == "infinitive" and c.parent == clause.index
                for c in ctx.layer.in_sentence(clause.sentence)
            ):
                return  # "called on President X to resign": an appeal, no meeting
            for prep, p in frame.phrases():
                if alone and prep != "with":
                    continue  # "would discuss the Middle East with President Y": Y is met, not the topic
                if (
                    prep in ("object", "with", "between")
                    or (prep == "by" and clause.predicate.passive)
                    or prep == own_prep
                ):
                    met.extend(ctx.persons(p) or self._delegation_met(p, clause.sentence))
                    last_met = p
                elif last_met is not None and prep == "including":
                    # "met Iraqi officials in Baghdad, including Foreign Minister Y": Y is met
                    met.extend(ctx.persons(p))
                    last_met = p
                elif last_met is not None and _TITLED_CONJUNCT.fullmatch(ctx.text, last_met.end, p.start):
                    # "meet with X and President of the National Assembly Y": the title's "of"
                    # phrase ends with the second person met
                    met.extend(ctx.persons(p)[-1:])
                    last_met = p
            if last_met is not None:
                met.extend(semicolon_list(ctx, last_met))
            met.extend(self.with_whom(clause))
            if (
                len(subject_people) > 1
                and not met
                and not clause.predicate.passive
                and lemma not in TRIP_VERBS
            ):
                # "X and Y met", "X and Y will hold talks"; not "X and Y met Z" or "X and Y were
                # met by Z", where X and Y are company, nor "X and Y visited Juba"
                met.extend(subject_people)
        else:
            if frame.arg is None or (frame.arg.role == "subject" and frame.depth == 0):
                if frame.phrase.preps:
                    for prep, p in frame.phrase.preps:
                        if prep in ("with", "between"):
                            met.extend(ctx.persons(p))
                            if prep == "between":
                                subject_people = list(met)
                if not subject_people and frame.phrase.possessor is None:
                    # "Monday's talks with Prime Minister Y focused on trade": the talks of the one
                    # visitor told in the state of those met
                    subject_people = self._the_visitor_of(met, by_visitor)
                if not subject_people and met:
                    # "X's talks with Y focused on trade": X's; "will travel to Seoul, where talks
                    # with Y are planned": the teller's
                    subject_people = phrase_owner(frame) or teller_of(
                        ctx, frame.sentence, list(self.cases.values())
                    )
                if not subject_people:
                    return
            after_with = False
            for prep, p in frame.phrases():
                if prep in ("with", "between") or (prep == "including" and after_with):
                    # "talks with Iraqi officials, including Foreign Minister Y"
                    met.extend(ctx.persons(p))
                    after_with = True
            if met:
                met.extend(together)
        if not met:
            return
        for visitor in subject_people or met:
            cases = by_visitor.get(visitor.id)
            if not cases:
                continue
            for person in met:
                if person.id != visitor.id:
                    self.assign(cases, person, frame)
        # "X met with Y, the visiting envoy": the visitor is the one met, X (a host who travels
        # nowhere in the article, of a state it names) is whom he met
        if any(p.id in by_visitor for p in subject_people):
            # "In Shanghai, the Turkish president met the Japanese prime minister": two visitors
            # met each other
            where = self.meeting_cities(frame) | {
                e.code for p in frame.phrases() if p[0] == "in" for e in ctx.places(p[1]) if e.code
            }
            for visitor in met:
                cases = [c for c in by_visitor.get(visitor.id, []) if c.host in where]
                for person in subject_people if cases else ():
                    if person.id != visitor.id and person.id in by_visitor:
                        self.meet(cases[0], person)
            return
        hosts = [p for p in subject_people if ctx.state_of(p) is not None]
        for visitor in met:
            cases = by_visitor.get(visitor.id)
            if not cases or visitor in subject_people:
                continue
            for person in hosts:
                if person.id != visitor.id:
                    self.assign(cases, person, frame)

    def _delegation_met(self, phrase: Phrase, sentence: int) -> list[Actor]:
        """ "met members of a Kenyan delegation headed by Foreign Minister X": the delegation's
        leader, for a delegation met or one whose members were."""
        for q in (phrase, *(inner for prep, inner in phrase.preps if prep == "of")):
            if q.head.lower() in _DELEGATIONS:
                return delegation_leaders(self.ctx, q, sentence)
        return []

    def _the_visitor_of(self, met: list[Actor], by_visitor: dict[str, list[Case]]) -> list[Actor]:
        """The one visitor whose case is in the state of the officials met, if one."""
        states = {self.ctx.state_of(p) for p in met if self.ctx.official(p)}
        if len(states) != 1 or None in states:
            return []
        found = {c.visitor.id: c.visitor for cs in by_visitor.values() for c in cs if c.host in states}
        return list(found.values()) if len(found) == 1 else []

    def _delegation_of_a_visitor(self, phrase: Phrase | None) -> list[Actor]:
        """ "The US delegation", "the delegation": the one visitor of the state it names (of any
        state, when it names none and one visitor is told)."""
        if phrase is None or phrase.head.lower() not in _DELEGATIONS or phrase.words[:1] != ("the",):
            return []
        codes = {e.code for e in phrase.entities if e.code and e.kind in ("state", "place")}
        if len(codes) > 1 or any(e.kind == "person" for e in phrase.entities):
            return []
        found = {
            case.visitor.id: case.visitor for case in self.cases.values() if not codes or case.state in codes
        }
        return list(found.values()) if len(found) == 1 else []

    def _described(self, idx: int, visitors: list[str]) -> bool:
        """Does a clause of the sentence have a visitor for subject by a description ("Met at the
        airport by X, the pontiff said ...") or as the leader of a delegation?"""
        ids = set(visitors)
        return any(
            c.subject is not None
            and any(
                p.id in ids
                # "the delegation was received by Y": the one who leads it
                for p in self.ctx.persons(c.subject)
                or delegation_leaders(self.ctx, c.subject, idx)
                or self._delegation_of_a_visitor(c.subject)
            )
            for c in self.ctx.layer.in_sentence(idx)
        )

    def with_whom(self, clause: Clause) -> list[Actor]:
        """ "President Y, with whom X met, said ...": the person the relative clause hangs on."""
        ctx = self.ctx
        if clause.kind != "relative" or clause.marker not in ("whom", "which"):
            return []
        if not _WITH_WHOM.search(ctx.text, max(0, clause.start - 16), clause.start + 10):
            return []
        start = ctx.layer.sentences[clause.sentence][0]
        before = [
            e.actor
            for e in ctx.layer.entities_in(start, clause.start)
            if e.kind == "person" and e.actor is not None and not e.pronoun
        ]
        return before[-1:]

"""Where a trip is, when its frame names no place: "here" (the dateline's place, else where the
story is set), an arrival with no place, the state of whoever invited the traveller; and whether a
meeting told during a known visit is a trip of its own."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.visits.cases import FinderBase
from diplotext.extractors.visits.days_before import told_days_before
from diplotext.extractors.visits.lead_states import lead_other_state
from diplotext.extractors.visits.story_place import (
    place_in_the_headline,
    place_told_before,
    state_of_those_met,
    story_setting,
)
from diplotext.extractors.visits.trip_context import posted
from diplotext.extractors.visits.trip_record import Trip
from diplotext.extractors.visits.vocabulary import HOST_VERBS, TRIP_NOUNS, TRIP_VERBS
from diplotext.model import Actor
from diplotext.patterns import KEEP_GIL, lazy
from diplotext.syntax import Entity

__all__ = ["Placing"]

_ENCLOSING = lexicon.mapping("places", "states inside a city")
_PLAIN_ARRIVALS = lexicon.words("events", "arrival verbs")
_ARRIVING_FROM = lexicon.words("events", "coming verbs")
_OPENING_SENTENCES = 2
_HOMEWARD = lazy(r"\b(?:home|back)\b", regex.IGNORECASE)
_INDEPENDENT: Final = frozenset(["main", "coordinate"])
_TRIP_WORDS: Final = frozenset(TRIP_VERBS) | HOST_VERBS | frozenset(TRIP_NOUNS)


class Placing(FinderBase):
    """The finder's part that places trips whose frame names no place."""

    def here(self, trip: Trip) -> list[Entity]:
        """The place "here" stands for: the dateline's; without a dateline, the last place the
        story was set in ("at the National Assembly of Vietnam", "in Hanoi") in this sentence or
        the two before it."""
        code = self.ctx.dateline_code
        idx = trip.frame.sentence
        # "arrived here" is never at home; "was received by X" may be (then it is no visit)
        skip = set() if trip.frame.lemma in HOST_VERBS else {self.ctx.state_of(v) for v in trip.visitors}
        if code is not None and not trip.here and code in skip:
            # "He arrived on Monday", no place named, in a story datelined in his own state: the
            # place the story set his visit in just before, not home
            found = place_told_before(self.ctx, idx, trip.frame.trigger[0], skip)
            if found is not None:
                return [found]
        if code is not None:
            name = self.ctx.article.dateline or ""
            return [Entity(start=0, end=0, kind="place", text=name, code=code, place_kind="city")]
        found = place_told_before(self.ctx, idx, trip.frame.trigger[0], skip)
        if found is not None:
            return [found]
        if idx <= _OPENING_SENTENCES and trip.frame.lemma not in ("leave", "depart"):
            titled = place_in_the_headline(self.ctx, skip)  # not "left here for X": the headline names X
            if titled:
                return titled
        setting = story_setting(self.ctx, skip) if trip.here else None
        if setting is not None:
            return [setting]
        # the lead names the visitor's state and one other (not "met a Freedonian delegation here":
        # a meeting may be at home)
        other = lead_other_state(self.ctx, skip) if trip.here and not trip.meeting else None
        if other is not None:
            return [other]
        met = None if trip.meeting else state_of_those_met(self.ctx, trip.frame, trip.visitors)
        if met is not None:
            # "arrived here for talks with Egypt's president": the state of those met
            return [Entity(start=0, end=0, kind="state", text="here", code=met)]
        return []

    def around(self, state: str, trip: Trip, hosts: list[Entity]) -> set[str]:
        """The state of the city around the visitor's own state ("the pope ... in Rome") when the
        trip is told only by presence there, not by a trip word."""
        city = _ENCLOSING.get(state.lower())
        if city is None or trip.frame.lemma in _TRIP_WORDS:
            return set()
        return {h.code for h in hosts if h.code and h.text.lower() == city}

    def implicit_arrival(self, trip: Trip) -> bool:
        """An arrival that names no place and no origin ("also arriving were A and B", "first to
        arrive was X", "is due to arrive on Wednesday"), or a coming from a place other than the
        dateline's state ("travelled overnight from Poland"): at the place the story is set in (not
        "arriving back home")."""
        frame = trip.frame
        if frame.phrase is not None:
            return False
        if trip.origins:
            # "travelled overnight from Poland" in a story datelined elsewhere: to the dateline's place
            dateline = self.ctx.dateline_code
            if frame.lemma not in _ARRIVING_FROM or dateline is None:
                return False
            if any(o.code == dateline for o in trip.origins):
                return False
        elif frame.lemma not in _PLAIN_ARRIVALS:
            return False
        return not _HOMEWARD.search(self.text, frame.clause.start, frame.clause.end, KEEP_GIL)

    def inviters(self, trip: Trip) -> list[Entity]:
        """The state of the official who invited or hosts the traveller ("arrived for a state
        visit at X's invitation"), when the trip names no place."""
        ctx = self.ctx
        for person in trip.host_persons:
            code = ctx.state_of(person) if ctx.official(person) and not posted(ctx, person) else None
            if code and person not in trip.visitors:
                return [Entity(start=0, end=0, kind="state", text=person.name, code=code)]
        return []

    def has_case_elsewhere(self, visitor: Actor, trip: Trip) -> bool:
        """Is the visitor's trip of this sentence already a case with another host? (A meeting
        "in" a place during a known visit does not make a second trip.)"""
        clause = trip.frame.clause
        sentence = self.ctx.layer.sentences[trip.frame.sentence]
        for case in self.cases.values():
            if case.visitor.id != visitor.id or sentence not in case.evidence:
                continue
            for use in case.uses:
                other = use.trip.frame.clause
                if use.trip.frame.sentence != trip.frame.sentence:
                    continue
                if (
                    other is not clause
                    and {clause.kind, other.kind} <= _INDEPENDENT
                    and clause.subject_from is None
                    and other.subject_from is None
                ):
                    continue  # "In X she held talks with Y, and on Friday she was received in Z"
                if other is not clause and told_days_before(self.ctx, other):
                    continue  # "met Y in Dakar, two days after visiting Ethiopia": an earlier stop
                return True
        return False

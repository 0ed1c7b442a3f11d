"""Who may be a visitor: a person who represents a state (an official role, the actor's or one
the text gives the traveller: "Polish Foreign Minister X", "She is the first Swedish foreign
minister to visit"), never a former one, an athlete or an international official; and the state
they represent.
"""

from __future__ import annotations

import itertools
from typing import Final

import regex

from diplotext import geo, lexicon, runtime
from diplotext.extractors.eventkit import EventContext, trigger_words
from diplotext.extractors.eventstates import STATE_KINDS
from diplotext.extractors.visits.cases import FinderBase
from diplotext.extractors.visits.companions import accompanier_state
from diplotext.extractors.visits.dateline_departures import left_the_dateline
from diplotext.extractors.visits.greetings_states import greetings_state
from diplotext.extractors.visits.headline_states import headline_state_abroad
from diplotext.extractors.visits.home_press import home_press_instead_of_host, home_press_state
from diplotext.extractors.visits.home_visited import state_besides_the_visited, visits_by_name
from diplotext.extractors.visits.international import serves_a_body
from diplotext.extractors.visits.trip_record import Trip
from diplotext.extractors.visits.vocabulary import REPORTING_VERBS
from diplotext.model import Actor
from diplotext.syntax import Phrase

_OFFICIAL_TRIP = frozenset(["official", "state"])

__all__ = ["AT_A_SEAT", "Representatives"]

AT_A_SEAT: Final = "*"
"""In :meth:`Representatives.lives_in`: posted to an international body, resident where it sits."""

_INTERNATIONAL = lexicon.words("events", "international offices")
_INTERNATIONAL_ROLES = frozenset(
    ["secretary general", "secretary-general", "high representative", "commissioner"]
)
_ROLE_WORD = regex.compile(
    r" (?:"
    + "|".join(regex.escape(r) for r in lexicon.longest_first(lexicon.words("events", "official roles")))
    + r"|\w*minister) "
)
_NEVER_OFFICIAL = lexicon.words("events", "never official roles")
_HOME_TITLES = lexicon.words("events", "home titles")
_CABINET_TITLE = regex.compile(r"(?:\w+ )*(?:minister|secretary)|(?:minister|secretary) (?:of|for) .+")


_NOT_CABINET: Final = lexicon.words("events", "secretaries who are no ministers")


_ROYALS = lexicon.words("actors", "royal titles")


def _home_titled(roles: set[str]) -> bool:
    """Titles a story gives its own state's officials with no state named: those of
    `[home titles]`, and any cabinet portfolio ("Treasury Secretary X", "Minister of Finance Y"),
    not "executive secretary" or "press secretary" (the roles of one person, all together)."""
    if roles & _HOME_TITLES:
        return True
    if any(not _NOT_CABINET.isdisjoint(r.split()) for r in roles):
        return False
    return any(_CABINET_TITLE.fullmatch(r) is not None for r in roles)


_RESIDENCE_VERBS = lexicon.words("events", "residence verbs")
_RESIDENCE_WORDS = trigger_words(_RESIDENCE_VERBS)
_POSTED = regex.compile(
    r"\b(?:"
    + "|".join(regex.escape(w) for w in lexicon.longest_first(lexicon.words("events", "resident posts")))
    + r")\s+(?:to|in)\s+",
    regex.IGNORECASE,
)
_RESIDENT_POSTS: Final = lexicon.words("events", "resident posts")
_PAST_POST = regex.compile(
    r"(?<!\w)(?i:"
    + lexicon.alternation("events", "words putting a post in the past")
    + r")\s+(?:\w+\s+){0,2}\Z"
)
"""Words before a post that put it in the past ("served as ambassador in", "was once ambassador to",
"former ambassador to")."""
_POSSESSIVE_GAP = regex.compile(r"['\u2019]s?\s+(?:\p{Lu}[\p{L}\-]*\s+){0,4}")
"""What stands between a state and a name it owns ("Sweden's X", "Poland's Foreign Minister Y")."""
_KIN_OF = regex.compile(
    r" (?:" + "|".join(regex.escape(w) for w in sorted(lexicon.words("events", "kin nouns"))) + r") of "
)


def _part_of(phrase: Phrase, actor: Actor) -> tuple[int, int]:
    """The span of a phrase that describes ``actor``: all of it, or in a list of persons ("German
    Foreign Minister A, UN chief B and Italian Prime Minister C") the words from the person named
    before to the actor's name (what is said of B is not said of A or C)."""
    persons = [e for e in phrase.entities if e.kind == "person" and e.actor is not None]
    if len(persons) < 2:
        return phrase.start, phrase.end
    start = phrase.start
    for ent in persons:
        if ent.actor is actor or (ent.actor is not None and ent.actor.id == actor.id):
            return start, ent.end
        start = ent.end
    return phrase.start, phrase.end


def _own_part(text: str) -> str:
    """A description up to a kin noun and "of" ("wife of the Polish prime minister": the role that
    follows is the relative's)."""
    m = _KIN_OF.search(text)
    return text if m is None else text[: m.start() + 1]


_FRONTED_CITY = regex.compile(
    r"(?:^|(?<=[.!?\"\u201d]\s))In\s+(?P<city>\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?),\s+"
    r"(?:(?:the\s+)?\p{Lu}[\p{L}\-.]*\s+){0,4}\Z",
    regex.MULTILINE,
)
"""A sentence that opens "In <City>," and goes straight on to a title: "In Rome, Defence Minister "."""
_DELEGATIONS = frozenset(["delegation", "mission"])
_BODY_HEAD_NOUNS = frozenset(["head", "chief", "director", "director-general"])
_UNOFFICIAL = lexicon.words("events", "words that make a visit unofficial")
_DESCRIPTION_WORD = regex.compile(r"[\w.\-]+")
_POST_REACH = 60
"""How far (characters) from the post's state the holder's name may stand (", X," around it)."""


def _said_at_home(trip: Trip) -> bool:
    """Is the trip only someone speaking in one capital ("X said in Santiago")?"""
    codes = {h.code for h in trip.hosts if h.code}
    return (
        trip.frame.phrase is None
        and trip.frame.lemma in REPORTING_VERBS
        and len(codes) == 1
        and all(h.text == geo.capital_of(h.code or "") for h in trip.hosts)
    )


class Representatives(FinderBase):
    """The finder's part that tells a state's representatives and their states."""

    def state(self, actor: Actor, trip: Trip) -> str | None:
        """The visitor's state: the actor's own, else the first a phrase describing them names, in
        this trip or any other (the trips are all read by the time this is asked)."""
        code = self.ctx.state_of(actor) or self._phrase_state(trip) or self.ctx.delegation_state(actor)
        if code and not actor.country:
            # "Foreign Minister X returned home from Canada ... talks with Canada's Y": a state read
            # from the words around the traveller that is where the traveller goes is no home
            code = home_press_instead_of_host(self.ctx, actor, self.trips, code) or code
        if code:
            return code
        # the same for every trip of the actor: found once (linear in the trips, however many)
        if actor.id not in self._trip_states:
            found = (self._phrase_state(t) for t in self.trips if actor in t.visitors)
            code = next((c for c in found if c), None)
            if code is None and _home_titled({r.lower() for r in actor.roles}) and _said_at_home(trip):
                # "Mining Minister X said in Santiago" (a story datelined abroad): an official of no
                # stated state speaking in a state's capital is that state's
                code = next(iter({h.code for h in trip.hosts if h.code}), None)
            if code is None and _home_titled({r.lower() for r in actor.roles}):
                # "In Rome, Defence Minister X announced": a roundup's official is the city's
                # "President X", "Secretary of State Y" with no state named anywhere: the officials
                # a story names without one are its home state's
                code = (
                    self._fronted_city_state(actor)
                    or self._home_unless_arriving(actor)
                    or self._officials_state(actor, trip)
                )
                if code is None or code in {h.code for h in trip.hosts}:
                    # a home that is the trip's host says nothing: "Why Tokyo keeps rolling out the
                    # red carpet for New Delhi" over "Prime Minister X spent four days in India"
                    code = (
                        headline_state_abroad(self.ctx, actor, trip, self.trips)
                        or home_press_state(self.ctx, actor, self.trips)  # "officials in Wellington"
                        # "His Highness conveyed the greetings of the UAE President": his envoy
                        or greetings_state(self.ctx, {h.code for h in trip.hosts if h.code})
                        or code
                    )
                if code is not None:
                    # "LONDON - Minister X, on a visit to the UK": not of the country visited
                    # (and with no such state, no guess at all: "OSLO - Speaker X left for Dhaka
                    # after a three-day visit to Norway" is no Norwegian)
                    code = state_besides_the_visited(self.ctx, actor, self.trips, code) or (
                        None if visits_by_name(actor, self.trips, code) else code
                    )
            if (
                code is None
                and not _ROYALS.isdisjoint(r.lower() for r in actor.roles)
                and self._arrived_at_dateline(actor)
            ):
                # "Amman (ANA): His Royal Highness Prince X arrived here today": a royal arriving at
                # the dateline is of the state the story names most besides it
                got = self._home_unless_arriving(actor)
                code = got if got != self.ctx.dateline_code else None
            if code is None:
                code = left_the_dateline(self.ctx, actor, self.trips)  # "ISLAMABAD - X left for Ankara"
            if code is None:
                code = accompanier_state(self.ctx, actor, self.trips)  # "X accompanied President Y to Z"
            self._trip_states[actor.id] = code
        return self._trip_states[actor.id]

    def _arrived_at_dateline(self, actor: Actor) -> bool:
        """Does a trip of the actor's tell an arrival at the dateline's place (not a leaving)?"""
        home = self.ctx.dateline_code
        return home is not None and any(
            actor in t.visitors and t.status == "arrived" and (t.here or home in {h.code for h in t.hosts})
            for t in self.trips
        )

    def _home_unless_arriving(self, actor: Actor) -> str | None:
        """The story's home state; but one who arrives at the dateline ("LAGOS - Vice President X
        arrived here Tuesday, pressing leaders to give American companies ...") is not of the
        dateline's state: the state the article names most other than it, when one does."""
        ctx = self.ctx
        home = ctx.home_state()
        if home is None or home != ctx.dateline_code:
            return home
        arriving = any(
            actor in t.visitors
            # "arrived here", and "wrapped up a tour here": a traveller, not one at home
            and (t.status == "arrived" or (t.status == "ended" and t.frame.phrase is not None))
            and (t.here or home in {h.code for h in t.hosts})
            for t in self.trips
        )
        if not arriving:
            return home
        counts = sorted(
            ((len(a.mentions), a.country) for a in ctx.actors if a.kind == "state" and a.country != home),
            reverse=True,
        )
        if counts and counts[0][0] >= 2 and (len(counts) == 1 or counts[0][0] > counts[1][0]):
            return counts[0][1]
        return None

    def _officials_state(self, actor: Actor, trip: Trip) -> str | None:
        """The one state the article's other officials are named with, other than the trip's hosts
        ("The Canadian Prime Minister X praised the deal, yet when Deputy Prime Minister Y visited
        Peru"): a minister's or secretary's title with no state is of that government."""
        if not any(w in ("minister", "secretary") for r in actor.roles for w in r.lower().split()):
            return None  # not an adviser's or an aide's
        hosts = {h.code for h in trip.hosts}
        travellers = {v.id for t in self.trips for v in t.visitors}  # a guest's state is no home
        states = (
            {
                self.ctx.state_of(a)
                for a in self.ctx.actors
                if a.kind == "person"
                and a.id != actor.id
                and a.id not in travellers
                and a.country
                and self.ctx.official(a)
            }
            - hosts
            - {None}
        )
        return states.pop() if len(states) == 1 else None

    def _fronted_city_state(self, actor: Actor) -> str | None:
        """The state of the city a sentence opens with when the person's title and name follow it
        ("In Rome, Defence Minister X announced ...")."""
        text = self.ctx.text
        for s, _ in actor.mentions:
            m = _FRONTED_CITY.search(text, max(0, s - 80), s)
            if m is not None:
                code = geo.city_country(m.group("city"))
                if code:
                    return code
        return None

    def _phrase_state(self, trip: Trip) -> str | None:
        """The state a phrase describing the trip's visitor names ("Polish Foreign Minister X")."""
        for phrase in self.describing(trip):
            for e in phrase.entities:
                if e.code and e.kind in ("state", "place") and e.place_kind in ("demonym", "country", None):
                    return e.code
            if phrase.head.lower() in _BODY_HEAD_NOUNS:
                # "the head of Germany's foreign intelligence service, X": the state of the body
                for prep, p in phrase.preps:
                    for e in p.entities if prep == "of" else ():
                        if e.code and e.kind == "state" and e.place_kind in ("demonym", "country"):
                            return e.code
            if phrase.head.lower() in _DELEGATIONS:
                # "a delegation of the Bundestag led by X", "a Communist Party of China delegation": the
                # state of the body it comes from
                own = [("of", phrase)] if any(e.kind == "organization" for e in phrase.entities) else []
                for prep, p in [*own, *phrase.preps]:
                    for e in p.entities if prep in ("of", "from") else ():
                        national = e.kind in ("state", "organization") and geo.country_name(e.code or "")
                        if e.code and national:
                            return e.code
        return None

    def describing(self, trip: Trip) -> list[Phrase]:
        """Phrases that describe the visitor: the subject phrase itself, and the complement of a
        copula the trip hangs on ("She is the first Swedish foreign minister to visit ...")."""
        out = [trip.visitor_phrase] if trip.visitor_phrase is not None else []
        parent = self.ctx.parent(trip.frame.clause)
        if parent is not None and parent.predicate.lemma in ("be", "become"):
            out.extend(a.phrase for a in parent.args if a.role == "object")
        return out

    def resident(self, actor: Actor) -> bool:
        """Does the person hold a resident post ("U.S. Ambassador X", "the British high
        commissioner") that the story gives no state of: living where the story has them meet?"""
        return any(r.lower() in _RESIDENT_POSTS for r in self.ctx.roles_of(actor))

    def lives_in(self, actor: Actor) -> set[str]:
        """The states the story says a person lives in ("X, who has lived in Spain since 1990",
        "X lives in Peru"): no visit of theirs goes there. Read once per article."""
        table = self._residences
        if table is None:
            table = self._residences = {}
            ctx = self.ctx
            self._posted(table)
            for idx in ctx.layer.with_words(_RESIDENCE_WORDS):
                if not _names_a_state(ctx, idx):
                    continue  # no state or place among its entities: no "in" phrase names one
                for clause in ctx.layer.in_sentence(idx):
                    pred = clause.predicate
                    if (
                        pred.lemma not in _RESIDENCE_VERBS
                        or pred.tense != "present"  # "lives", "has lived"; not "lived", "to live"
                        or pred.negated
                        or pred.modal
                        or pred.chain
                    ):
                        continue
                    people = ctx.persons(clause.subject)
                    codes = {
                        e.code
                        for a in clause.args
                        if a.role == "pp" and a.prep == "in"
                        for e in ctx.places(a.phrase)
                        if e.code
                    }
                    for person in people:
                        table.setdefault(person.id, set()).update(codes)
        return table.get(actor.id, set())

    def _posted(self, table: dict[str, set[str]]) -> None:
        """ "Ukraine's ambassador to Germany, X,", "X, the German ambassador in Kenya": the post's
        holder, the person named right before or after it in its sentence, lives in that state."""
        ctx = self.ctx
        layer = ctx.layer
        for m in runtime.finditer(_POSTED, ctx.text):
            idx = layer.sentence_at(m.start())
            start, end = layer.sentences[idx] if layer.sentences else (0, len(ctx.text))
            if _PAST_POST.search(ctx.text, max(start, m.start() - 30), m.start()):
                continue  # "a career diplomat who served as ambassador in Lima": no longer there
            found = layer.entities_in(m.end(), min(end, m.end() + 40))
            places = [e for e in found if e.code]
            body = next((e for e in found if e.kind == "organization"), None)
            if (
                body is not None
                and (not places or body.start < places[0].start)
                and body.start <= m.end() + 20
            ):
                # "Iran's ambassador to the IAEA, X": resident where the body sits, wherever the story is
                state = body
            elif not places or places[0].start > m.end() + 4 or places[0].kind not in ("state", "place"):
                continue
            else:
                state = places[0]
            near = [
                e
                for e in layer.entities_in(
                    max(start, m.start() - _POST_REACH),
                    min(end, (m.end() + 2 * _POST_REACH) if state is body else (state.end + _POST_REACH)),
                )
                if e.kind == "person" and e.actor is not None and not e.pronoun
            ]
            if not near:
                continue
            holder = min(near, key=lambda e: min(abs(e.start - state.end), abs(m.start() - e.end)))
            if holder.actor is not None and (state.code is not None or state is body):
                table.setdefault(holder.actor.id, set()).add(state.code or AT_A_SEAT)

    def eligible(self, actor: Actor, trip: Trip) -> bool:
        """A state's representative: an official role (the actor's, or one the text gives the
        traveller in any trip frame about them: "Polish Foreign Minister X", "She is the first
        Swedish foreign minister to visit"), never only a former one."""
        got = self._eligible.get(actor.id)
        if got is None:
            got = any(
                self._eligible_in(actor, t) for t in self.trips if actor in t.visitors
            ) or self._eligible_in(actor, trip)
            self._eligible[actor.id] = got
        return got

    def _eligible_in(self, actor: Actor, trip: Trip) -> bool:
        ctx = self.ctx
        past = trip.status in ("completed", "ended", "arrived", "present")
        if actor.kind != "person":
            return False
        if ctx.former(actor, then_is_in_office=past) and not self._official_trip(actor):
            # "then Foreign Minister X visited Laos in 2011" made the trip in office; a former
            # leader travels for no state, unless received on an "official visit"
            return False
        texts = [
            _own_part(" " + " ".join(_DESCRIPTION_WORD.findall(ctx.text[a:b].lower())) + " ")
            for a, b in (_part_of(p, actor) for p in self.describing(trip))
        ]
        # "the head of the OSCE mission, X,": whatever else he is, he travels for no one state
        if any(f" {r} " in t for t in texts for r in _INTERNATIONAL_ROLES) or any(
            f" {o} " in t for t in texts for o in _INTERNATIONAL
        ):
            return False
        if serves_a_body(ctx, actor):
            return False  # "X, the UN envoy on the talks" travels for the body, not his state
        if ctx.official(actor):
            return True
        roles = {r.lower() for r in actor.roles}
        if roles & _NEVER_OFFICIAL:
            return False
        if any(_ROLE_WORD.search(t) for t in texts):
            return True
        return self._peer_of_an_official(actor, trip)

    def _official_trip(self, actor: Actor) -> bool:
        """Is one of the person's trips called an official or state visit ("after a three-day
        official visit")?"""
        return any(
            actor in t.visitors
            and t.frame.phrase is not None
            and not _OFFICIAL_TRIP.isdisjoint(t.frame.phrase.words)
            # not "a private academic visit with no official character"
            and _UNOFFICIAL.isdisjoint(t.frame.phrase.words)
            for t in self.trips
        )

    def _peer_of_an_official(self, actor: Actor, trip: Trip) -> bool:
        """ "Sweden's A, Finland's B and Norway's C travelled to Kyiv": travellers listed together,
        each after a state's possessive, stand for their states alike; when one of them holds an
        official role, so do the others."""
        ctx = self.ctx
        phrase = trip.visitor_phrase
        if phrase is None or len(trip.visitors) < 2 or actor not in trip.visitors:
            return False
        ents = ctx.layer.entities_in(phrase.start, phrase.end)
        owned: set[str] = set()
        for prev, ent in itertools.pairwise(ents):
            if (
                ent.kind == "person"
                and ent.actor is not None
                and prev.kind == "state"
                and _POSSESSIVE_GAP.fullmatch(ctx.text, prev.end, ent.start)
            ):
                owned.add(ent.actor.id)
        if any(v.id not in owned for v in trip.visitors):
            return False
        return any(ctx.official(v) for v in trip.visitors if v is not actor)


def _names_a_state(ctx: EventContext, sentence: int) -> bool:
    """Does the sentence name a state or place with a code (what ``ctx.places`` gives of a phrase,
    whose entities are the sentence's)? Its places are read here as its parse would read them."""
    return any(
        e.kind in STATE_KINDS and e.code for e in ctx.layer.entities_in(*ctx.layer.sentences[sentence])
    )

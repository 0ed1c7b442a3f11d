"""Which state a person of an article stands for: the actor's own; a state or demonym in the title
before a mention; a description that can only be this person; a headline's state and role; the
dateline's state for the subject of a datelined lead with a home title; the state named with the
person most often. :class:`PersonStates` is mixed into
:class:`~diplotext.extractors.eventpeople.EventPeople`, which supplies the descriptions it reads.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from diplotext import lexicon
from diplotext.extractors.capital_possessives import possessive_capital
from diplotext.extractors.counterpart_states import counterpart_state
from diplotext.extractors.headline_royals import held_headline_role
from diplotext.extractors.last_holders import last_holder_state
from diplotext.extractors.predecessors import predecessor_state
from diplotext.extractors.ruling_houses import ruling_house_state
from diplotext.extractors.seat_titles import CHIEF_WORDS, SEAT_CHIEFS, seat_entered
from diplotext.folding import strip_marks
from diplotext.model import Actor
from diplotext.patterns import KEEP_GIL, lazy
from diplotext.syntax import Clause, ClauseLayer, Entity, place_kind
from diplotext.syntax import words as W

__all__ = ["PRONOUNS", "STATE_KINDS", "PersonStates"]

STATE_KINDS = frozenset(["state", "place"])
"""Entity kinds that name a state or a place in it."""
PRONOUNS = W.POSSESSIVES | W.SUBJECT_PRONOUNS | W.OBJECT_PRONOUNS
"""Pronoun mentions, which say nothing of a person's title or office."""


class PersonStates:
    """The state a person stands for (see the module); needs the article's attributes and the
    descriptions :class:`~diplotext.extractors.eventpeople.EventPeople` reads."""

    text: str
    layer: ClauseLayer
    actors: list[Actor]
    _countries: dict[str, str | None]
    _learned_roles: dict[str, set[str]]
    _body_heads: dict[str, str]
    _nationalities_read: bool
    _title_states: dict[int, str] | None
    _home: str | None
    dateline_code: str | None
    issuer_code: str | None

    def roles_of(self, actor: Actor) -> set[str]:
        raise NotImplementedError  # EventPeople's

    def _read_descriptions(self) -> None:
        raise NotImplementedError  # EventPeople's

    def _read_nationalities(self) -> None:
        raise NotImplementedError  # EventPeople's

    def state_of(self, actor: Actor) -> str | None:
        """The state a person stands for: the actor's ``country``; else a state or demonym named
        in the words right before one of its mentions ("Mongolian Prime Minister X"); else the
        state of a description that can only be this person ("the Pakistani president", when no
        other president's state is that one); else the state named with the person in two
        sentences or more, more than any other."""
        if actor.id in self._body_heads:
            # "The head of South Korea's spy agency arrived ... [next:] X, who ...": the lead's
            # description, whatever state the actors stage gave X
            return self._body_heads[actor.id]
        if actor.country:
            return actor.country
        self._read_descriptions()
        if not self._nationalities_read:
            self._nationalities_read = True
            self._read_nationalities()
        if actor.id in self._countries:
            return self._countries[actor.id]
        self._countries[actor.id] = None  # no recursion through describe()
        # the roles a description gave too ("The foreign secretary has arrived in Qatar ... X landed")
        held = [r.lower() for r in actor.roles] + sorted(self._learned_roles.get(actor.id, ()))
        by_role = next(
            (
                _ROLE_STATES[r]
                for r in held
                if r in _ROLE_STATES
                # "MANILA - ... held talks with Defence Secretary X": a title other states use too
                # is the dateline state's official, not Britain's
                and (
                    self.dateline_code in (None, _ROLE_STATES[r])
                    or r in _NATIONAL_TITLES
                    or _ROLE_STATES[r] == "VAT"
                )
            ),
            None,
        )
        found = (
            by_role
            or self._title_state(actor)
            or self._described_state(actor)
            or counterpart_state(
                self.text,
                self.layer,
                actor,
                actors=self.actors,
                roles_of=self.roles_of,
                state_of=self.state_of,
            )
            or self._headline_state(actor)
            or self._dateline_official(actor)
            or self._departed_home(actor)
            or self._gone_home(actor)
            or self._hosting_state(actor)
            or self.delegation_state(actor)
            or seat_entered(self.text, actor.mentions)  # "since he entered Downing Street"
            or predecessor_state(
                self.text, self.layer, actor, self.actors, self.state_of
            )  # "his predecessor X"
            # "The last foreign secretary to visit China, X, went in 2004"
            or last_holder_state(
                self.text, self.layer, actor, self.actors, roles_of=self.roles_of, state_of=self.state_of
            )
            or ruling_house_state(actor, held)  # "His Highness the Amir Sheikh X Al Thani"
            or self._dominant_state(actor)
        )
        self._countries[actor.id] = found
        return found

    def delegation_state(self, actor: Actor) -> str | None:
        """The state of the delegation the person leads (read where delegations are known)."""
        return None

    def _headline_state(self, actor: Actor) -> str | None:
        """ "Irish president in Japan" over "President X arrived in Tokyo": a demonym before a role
        in the headline gives its state to the one person of the article with that role and no
        state of its own; "Egypt's Sisa receives ..." gives its state to the person of that surname."""
        title = getattr(getattr(self, "article", None), "title", None)
        if not title:
            return None
        words = _HEADLINE_WORD.findall(title, None, None, False, KEEP_GIL)
        surname = actor.name.split()[-1] if actor.name else ""
        for k, word in enumerate(words[:-1]):
            # "Egypt's Sisa receives ...": a state's possessive right before the person's surname
            if words[k + 1] == surname and word[-2:] in ("'s", "’s"):
                got = place_kind(word[:-2])
                if got is not None and got[1] == "country":
                    return got[0]
        held = {r.lower() for r in actor.roles}
        if not held:
            return None
        for k, word in enumerate(words[:-1]):
            capital = possessive_capital(word)  # "Berlin's top diplomat in Ankara"
            got = (capital, "country") if capital else place_kind(word)
            if got is None or got[1] not in ("demonym", "country"):
                continue
            for width in (2, 1):
                # "Mexican president's state visit": the role's possessive is the role
                told = " ".join(words[k + 1 : k + 1 + width]).lower()
                role = _HEADLINE_ROLES.get(told.removesuffix("'s").removesuffix("’s"))
                role = None if role is None else held_headline_role(role, held)
                if role is None:
                    continue
                rivals = [
                    a
                    for a in self.actors
                    # roles descriptions give count ("Karin Lindholm ... became the first Swedish
                    # prime minister to visit"): she may be the one the headline means
                    # ("Singapore minister" may mean the foreign minister as well)
                    if a.kind == "person"
                    and a.id != actor.id
                    and any(r == role or r.split()[-1] == role for r in self.roles_of(a))
                ]
                if any(a.country is None or a.country == got[0] for a in rivals):
                    return None  # another holder of the role may be the one the headline means
                return got[0]
        return self._seat_chief(actor, words, held)

    def _seat_chief(self, actor: Actor, words: list[str], held: set[str]) -> str | None:
        """ "Pentagon Chief, in Kenya, Pledges ..." over "Defense Secretary X met here": the seat's
        state for the one person of the article who holds a role its chief is called by."""
        for k, word in enumerate(words[:-1]):
            if words[k + 1].lower() not in CHIEF_WORDS:
                continue
            roles = SEAT_CHIEFS.get(strip_marks(word).lower())
            got = place_kind(word)
            if not roles or got is None or got[1] != "seat" or not held & roles:
                continue
            if any(a.kind == "person" and a.id != actor.id and self.roles_of(a) & roles for a in self.actors):
                return None
            return got[0]
        return None

    def home_state(self) -> str | None:
        """The state the story is told from, whose officials it need not name a state for
        ("President X", "Secretary of State Y" in a Washington story): the dateline's, else the
        state the article names most (twice or more, and twice as often as any other)."""
        if self._home is not None:
            return self._home or None
        home = self.dateline_code
        if home is None:
            counts = sorted(
                ((len(a.mentions), a.country) for a in self.actors if a.kind == "state" and a.country),
                reverse=True,
            )
            if counts and counts[0][0] >= 2 and (len(counts) == 1 or counts[0][0] >= 2 * counts[1][0]):
                home = counts[0][1]
        self._home = home or ""
        return home

    def learn(self, actor: Actor, code: str) -> None:
        """Record the state a rule found for a person the actors stage left without one."""
        if not actor.country and not self._countries.get(actor.id):
            self._countries[actor.id] = code

    def _title_state(self, actor: Actor) -> str | None:
        for s, e in actor.mentions:
            if self.text[s:e].lower() in PRONOUNS:
                continue  # "In Jordan she will meet ...": a pronoun has no title
            ent = self._title_entity(s)
            if ent is not None:
                return ent.code
        for s, _ in actor.mentions:
            m = _NATIONAL_TITLE.search(self.text, max(0, s - 90), s, KEEP_GIL)
            if m is not None:
                return _NATIONAL_TITLES[m.group(1).lower()]  # "Taoiseach X": a title one state has
        return None

    def _title_entity(self, start: int) -> Entity | None:
        """The state or demonym in the title right before a mention ("Mongolian Prime Minister")."""
        before = self.layer.entities_in(max(0, start - 60), start)
        if before:
            ent = before[-1]
            if (
                ent.kind in STATE_KINDS
                and ent.code
                and ent.place_kind in ("demonym", "country", None)
                and _TITLE_GAP.fullmatch(
                    self.text, ent.end + _abbreviation_dot(self.text, ent), start, KEEP_GIL
                )
            ):
                return ent
        return None

    def _titles(self) -> dict[int, str]:
        """Start of each state named in a person's title -> that person's id."""
        if self._title_states is None:
            self._title_states = {}
            for a in self.actors:
                if a.kind != "person":
                    continue
                for s, e in a.mentions:
                    ent = None if self.text[s:e].lower() in PRONOUNS else self._title_entity(s)
                    if ent is not None:
                        self._title_states.setdefault(ent.start, a.id)
        return self._title_states

    def _described_state(self, actor: Actor) -> str | None:
        roles = {r.lower() for r in actor.roles}
        if not roles:
            return None
        taken = {
            a.country
            for a in self.actors
            if a.kind == "person" and a.id != actor.id and a.country and roles & {r.lower() for r in a.roles}
        }
        codes: set[str] = set()
        for ent in self.layer.named():
            if ent.kind not in STATE_KINDS or ent.place_kind != "demonym" or not ent.code:
                continue
            m = _ROLE_WORDS.match(self.text, ent.end, min(len(self.text), ent.end + 40), KEEP_GIL)
            if m and m.group(1).lower() in roles and ent.code not in taken:
                codes.add(ent.code)
        return codes.pop() if len(codes) == 1 else None

    def _first_after_the_header(self) -> int:
        """The first sentence of a press release's text: the first one past its header lines (the
        issuing body, "Press release, 3 June"), which are short and end no sentence."""
        for k, (s0, s1) in enumerate(self.layer.sentences[:_HEADER_LINES]):
            if s1 - s0 > _HEADER_LENGTH and "\n" not in self.text[s0:s1].strip():
                return k
        return 0

    def _dateline_official(self, actor: Actor) -> str | None:
        """ "SINGAPORE - Foreign Minister X told parliament ...": the subject of a datelined story's
        lead with a home title and no state (a wire lead names the state of a foreign one) is of
        the dateline's state, before any state named beside them later; in a press release that opens
        with the body issuing it ("Ministry of Foreign Affairs of the Republic of Estonia"), that
        body's state."""
        home = self.dateline_code or self.issuer_code
        if home is None or not {r.lower() for r in actor.roles} & _HOME_TITLES:
            return None
        if not self.layer.sentences:
            return None
        first = 0 if self.dateline_code else self._first_after_the_header()
        lead = list(self.layer.in_sentence(first))
        later = [
            c
            for k in (first + 1, first + 2)
            if k < len(self.layer.sentences)
            for c in self.layer.in_sentence(k)
        ]
        for clause in [*lead, *later]:
            subject = clause.subject
            if (
                # "BERLIN - The chancellor has postponed ..., but Foreign Minister X will travel"
                clause.kind in ("main", "coordinate")
                and subject is not None
                and clause.subject_from is None
                and any(e.actor is actor for e in subject.entities)
            ):
                if any(e.kind in STATE_KINDS and e.code == home for e in subject.entities):
                    # "PRETORIA - President X and his South African counterpart Y": X is the guest
                    return None
                abroad = {
                    e.code
                    for a in clause.preps("to")
                    for e in a.phrase.entities
                    if e.kind in STATE_KINDS and e.code and e.place_kind != "demonym"
                } - {home}
                if clause not in lead and (not abroad or clause.predicate.lemma not in _GOING):
                    # "ISLAMABAD: The country's top diplomat is set to travel to China. Foreign Minister X
                    # will fly to Beijing on Tuesday": after the lead, only one going abroad
                    continue
                if clause.predicate.lemma in _COMING and not clause.predicate.negated and not abroad:
                    # "LAGOS - Vice President X arrived here Tuesday": from elsewhere; not "BERLIN -
                    # ... Foreign Minister X will travel to New Delhi": from home
                    return None
                trips = [
                    a.phrase
                    for a in clause.args
                    if a.role != "subject" and a.phrase.head.lower() in _TRIP_NOUNS
                ]
                elsewhere = {
                    e.code
                    for p in trips
                    for _, q in p.preps
                    for e in q.entities
                    if e.kind in STATE_KINDS and e.code and e.place_kind != "demonym"
                } - {home}
                if trips and not elsewhere and not abroad:
                    # "LUSAKA - Vice President X wrapped up a tour here": a traveller; not "BUENOS
                    # AIRES - President X has postponed his state visit to Spain"
                    return None
                return home  # the lead's subject, not a host it names abroad
        return None

    def _named_subject_clauses(self, actor: Actor, lemmas: frozenset[str]) -> Iterator[Clause]:
        """The clauses of the actor's first sentences with one of ``lemmas`` for predicate, not
        negated nor passive, whose subject names the actor (not by a pronoun)."""
        for idx in sorted({self.layer.sentence_at(s) for s, _ in actor.mentions[:3]}):
            for c in self.layer.in_sentence(idx):
                pred = c.predicate
                if pred.lemma not in lemmas or pred.negated or pred.passive or c.subject is None:
                    continue
                if any(e.actor is actor and not e.pronoun for e in c.subject.entities):
                    yield c

    def _departed_home(self, actor: Actor) -> str | None:
        """ "Vice-President X yesterday left Lusaka for Harare": one of no stated state who leaves a
        city for a place of another state sets off from home."""
        for c in self._named_subject_clauses(actor, _SETTING_OFF):
            origin: set[str] = {
                e.code
                for a in c.args
                if a.role == "object"
                for e in a.phrase.entities
                if e.kind in STATE_KINDS and e.code and e.place_kind in ("city", "seat")
            }
            bound = {
                e.code
                for a in c.preps("for")
                for e in a.phrase.entities
                if e.kind in STATE_KINDS and e.code and e.place_kind != "demonym"
            }
            if len(origin) == 1 and bound and not bound & origin:
                return origin.pop()
        return None

    def _gone_home(self, actor: Actor) -> str | None:
        """ "X is due back in Tallinn on Friday", "X flew home to Tallinn", "X returned to Tallinn":
        one of no stated state going back to a city (one city, said by name) goes home."""
        found: set[str] = set()
        for idx in sorted({self.layer.sentence_at(s) for s, _ in actor.mentions}):
            if not self.layer.may_hold(idx, _HOMEWARD):
                continue  # neither "return" nor "back" nor "home"
            for c in self.layer.in_sentence(idx):
                pred = c.predicate
                if pred.negated or pred.passive or c.subject is None:
                    continue
                if not any(e.actor is actor and not e.pronoun for e in c.subject.entities):
                    continue
                back = [a.phrase.words for a in c.args if a.role == "object"]
                if pred.lemma != "return" and not any(
                    w and set(w) <= _GOING_HOME and set(w) & {"back", "home"} for w in back
                ):
                    continue
                found |= {
                    e.code
                    for a in c.preps("to", "in")
                    for e in a.phrase.entities
                    if e.kind in STATE_KINDS and e.code and e.place_kind in ("city", "seat")
                }
        return found.pop() if len(found) == 1 else None

    def _hosting_state(self, actor: Actor) -> str | None:
        """ "President X yesterday hosted his Tanzanian counterpart, Y, at the palace in Maputo":
        one of no stated state who hosts a guest in a city is of the city's state."""
        for c in self._named_subject_clauses(actor, _HOSTING):
            where = {
                e.code
                for a in c.preps("in", "at")
                for p in (a.phrase, *(q for prep, q in a.phrase.preps if prep == "in"))
                for e in p.entities
                if e.kind in STATE_KINDS and e.code and e.place_kind in ("city", "seat")
            }
            if len(where) == 1:
                return where.pop()
        return None

    def _dominant_state(self, actor: Actor) -> str | None:
        if len(actor.mentions) < 2:
            return None
        counts: dict[str, set[int]] = {}
        titles = self._titles()
        if not self.layer.sentences:
            return None
        held = self._held_states(actor)
        free: dict[str, set[int]] = {}
        # each sentence once, however many mentions it holds: linear in the entities read
        for idx in sorted({self.layer.sentence_at(s) for s, _ in actor.mentions}):
            for ent in self.layer.entities_in(*self.layer.sentences[idx]):
                if titles.get(ent.start, actor.id) != actor.id:
                    continue  # "Palestinian President X ... talks with King Y": X's state, not Y's
                if ent.kind in STATE_KINDS and ent.code and ent.place_kind in ("demonym", "country"):
                    counts.setdefault(ent.code, set()).add(idx)
                    if ent.code not in held.get(idx, ()):
                        free.setdefault(ent.code, set()).add(idx)
        ranked = sorted(counts.items(), key=lambda kv: -len(kv[1]))
        if (
            not ranked
            or len(ranked[0][1]) < 2
            or (len(ranked) > 1 and len(ranked[1][1]) == len(ranked[0][1]))
            # "Israeli Foreign Minister X held talks with Y": a state the sentences name with
            # another person of that state is that person's, no evidence for Y's
            or len(free.get(ranked[0][0], ())) < 2
        ):
            return None
        return ranked[0][0]

    def _held_states(self, actor: Actor) -> dict[int, set[str]]:
        """Sentence index -> the states of the other persons of a stated state it names."""
        held: dict[int, set[str]] = {}
        for other in self.actors:
            if other.kind == "person" and other.id != actor.id and other.country:
                for s, _ in other.mentions:
                    held.setdefault(self.layer.sentence_at(s), set()).add(other.country)
        return held


_SETTING_OFF = lexicon.words("events", "verbs setting off from home")
_GOING_HOME = lexicon.words("events", "going home")
_HOMEWARD = ("return", "back", "home")
"""The words one of which going home is told with (the lemma "return", or "back" or "home")."""
_HOSTING = lexicon.words("events", "host verbs")


def _abbreviation_dot(text: str, ent: Entity) -> int:
    """1 when the entity is an abbreviation whose last period the text has after it ("U.S.")."""
    return 1 if "." in ent.text and text[ent.end : ent.end + 1] == "." else 0


_TITLE_GAP = lazy(
    r"(?:[ \t]+(?:\p{Lu}[\p{L}.'’\-]*|"
    + lexicon.alternation("events", "title words between a name and a role")
    + r"))*[ \t]+"
)
_ROLE_WORDS = regex.compile(
    r"[ \t]+((?:prime[ \t]+|foreign[ \t]+|deputy[ \t]+|vice[ \t]+)?"
    r"(?:minister|president|premier|leader|king|queen|"
    r"chancellor|envoy|ambassador|secretary|emir|sultan|monarch|general))\b(?![ \t]+\p{Lu})",
    regex.IGNORECASE,
)
_HEADLINE_ROLES = lexicon.mapping("events", "headline roles")
_HEADLINE_WORD = regex.compile(r"[\p{L}][\p{L}\-'’]*")
_HOME_TITLES = lexicon.words("events", "home titles")
_NATIONAL_TITLES = lexicon.mapping("events", "national titles")
_NATIONAL_TITLE = regex.compile(  # "Taoiseach X"; apposed: "The Tanaiste and Minister for Y, X"
    r"(?i)\b(" + "|".join(lexicon.longest_first(map(regex.escape, _NATIONAL_TITLES))) + r")"
    r"(?:\s+\Z|(?:\s+and(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|for|the|and)){1,7})?\s*,\s+\Z)"
)
_ROLE_STATES = lexicon.mapping("events", "role states")
_COMING = lexicon.words("events", "coming verbs")
_TRIP_NOUNS = frozenset(r[0] for r in lexicon.rows("events", "trip nouns"))
_GOING = frozenset(r[0] for r in lexicon.rows("events", "trip verbs")) - {"arrive", "land", "come", "return"}


_HEADER_LINES = 4
"""How many sentences at most a press release's header takes."""
_HEADER_LENGTH = 60
"""Characters a header line stays under."""

"""The persons of an article as the event plugins ask about them: which persons a phrase names,
what roles a person holds, which state a person stands for, and whether the person holds (or only
held) an office that represents a state.

:class:`EventPeople` is the part of :class:`~diplotext.extractors.eventkit.EventContext` that
answers these questions; it works on the attributes the context sets (the text, the clause layer,
the actors and the caches declared on the class). Descriptions ("the Pakistani president", "the
Polish foreign minister") are resolved to named persons here; which state a person stands for is
read by :class:`~diplotext.extractors.eventstates.PersonStates`, which it extends.
"""

from __future__ import annotations

import regex

from diplotext import lexicon
from diplotext.extractors.actors import roles as actor_roles
from diplotext.extractors.apposition import (
    described_main_subject,
    heads_a_state_body,
    identified_next,
    named_before_its_verb,
    named_in_apposition,
)
from diplotext.extractors.counterpart_hosts import has_a_counterpart
from diplotext.extractors.counterparts import counterpart_named_next
from diplotext.extractors.described_conjuncts import described_conjunct
from diplotext.extractors.eventdescriptions import EQUIVALENT_ROLES
from diplotext.extractors.eventofficials import OFFICIAL, OfficialRoles
from diplotext.extractors.eventstates import STATE_KINDS
from diplotext.extractors.former_holders import FORMER_MARKS
from diplotext.extractors.seat_titles import described_seat_chief, seat_of
from diplotext.model import Actor
from diplotext.patterns import KEEP_GIL
from diplotext.syntax import Clause, ClauseLayer, Phrase

__all__ = ["STATE_KINDS", "EventPeople"]

_COMMA_GAP = regex.compile(r"[ \t]*,[ \t]*\Z")
_COMMA_OPEN = regex.compile(r"[ \t]*,")
_LIST_GLUE = regex.compile(r"[ \t]*(?:,[ \t]*)?(?:and[ \t]+)?")


class EventPeople(OfficialRoles):
    """Questions about the persons of one article, mixed into
    :class:`~diplotext.extractors.eventkit.EventContext`, which sets the attributes below."""

    text: str
    layer: ClauseLayer
    actors: list[Actor]
    _countries: dict[str, str | None]
    _by_role: dict[str, list[Actor]] | None
    _learned_roles: dict[str, set[str]]
    _body_heads: dict[str, str]
    _descriptions_read: bool
    _nationalities_read: bool
    _title_states: dict[int, str] | None
    _home: str | None
    _subjects: dict[int, dict[int, list[Clause]]]
    dateline_code: str | None

    def persons(self, phrase: Phrase | None) -> list[Actor]:
        """The persons a phrase names: its person entities (a list gives several), pronouns as
        resolved by ``actors``, else a description ("the Chinese president") resolved to the one
        person of the article with that role and state."""
        if phrase is None:
            return []
        # not the possessor's own mention ("Omondi's visit"), though the same person may be named
        # again in the phrase ("President X and X's wife")
        owner = phrase.possessor.start if phrase.possessor is not None else None
        people = [
            e.actor
            for e in phrase.entities
            if e.kind == "person" and e.actor is not None and e.start != owner
        ]
        if len(people) == 1:
            # "the visiting envoy is to meet Y, before he is expected in Beirut": the envoy
            people = [described_main_subject(self.layer, phrase, people[0], self.persons) or people[0]]
        if people and "and" in phrase.words:
            first = min(e.start for e in phrase.entities if e.kind == "person")
            described = described_conjunct(self.text, phrase, first, self.by_role)
            if described is not None and described not in people:
                people.insert(0, described)  # "The crown prince and Crown Princess X"
        if people:
            # "Chinese President Wu" is one person; "Novak and Horak" two
            seen: list[Actor] = []
            for p in people:
                if p not in seen:
                    seen.append(p)
            return seen
        titled = self._titled_by_body(phrase)
        if titled is not None:
            return [titled]
        apposed = [
            e.actor
            for e in self.layer.entities_in(phrase.start, phrase.end, places=False)
            if e.kind == "person"
            and e.actor is not None
            and not e.pronoun
            and e.end == phrase.end
            and self.text[max(0, e.start - 2) : e.start] == ", "
        ]
        if apposed:
            # "The speaker of Indonesia's House of Representatives, X, arrived": the name ending the
            # phrase after a comma is the one it describes
            return apposed[-1:]
        named = named_in_apposition(self.text, self.layer, phrase) or named_before_its_verb(
            self.text, self.layer, phrase, self.subject_clauses(phrase)
        )
        if named is not None:
            return [named]  # "the Saudi foreign minister, Prince X,": X, not another minister
        holder = phrase.possessor
        if phrase.head.lower() == "counterpart" and holder is not None and holder.actor is not None:
            # "Dale's counterpart visited Canberra": the official Dale met, told before
            met = self._met_before(holder.actor, phrase.start)
            if met is None:
                # "talks with his Australian counterpart ... Prime Minister X said": named after
                got = counterpart_named_next(self.layer, phrase, holder.actor, self.roles_of, self.state_of)
                if got is not None:
                    self.learn(*got)
                    met = got[0]
            return [met] if met is not None else []
        if phrase.words == ("i",):
            speaker = self._quoting(phrase.start)
            # "'I have just come back from Beijing,' Foreign Minister X said"; not an interview
            # guest with no title of her own telling her life ("I went to Syria when I was 12")
            return [speaker] if speaker is not None and speaker.roles else []
        found = None
        if phrase.words[:1] != ("a",) and phrase.words[:1] != ("an",):
            # "Finland's foreign minister flew in ... [next:] X, who ...": named next, before any
            # other holder of the role is taken for the description
            found = identified_next(self.text, self.layer, phrase)
            if found is not None:
                self._learn_role(found, phrase.words)
                # "The head of South Korea's spy agency", "The Kremlin's envoy": the state served
                body = heads_a_state_body(phrase) or seat_of(phrase)
                if body is not None:
                    self._body_heads[found.id] = body
        found = found or self.describe(phrase) or self._apposed_before(phrase)
        if found is None:
            found = identified_next(self.text, self.layer, phrase)
            codes = {e.code for e in phrase.entities if e.code and e.kind in STATE_KINDS}
            if found is not None and len(codes) == 1:
                self.learn(found, codes.pop())  # "A senior Vietnamese official arrived ... X, ..."
        if found is None and phrase.head.lower().endswith("s"):
            return self._apposed_list(phrase)
        return [found] if found is not None else []

    def _last_subject(self, pos: int, among: list[Actor]) -> Actor | None:
        """Of ``among``, the one named last as the subject of a main clause in the two sentences
        before ``pos``."""
        idx = self.layer.sentence_at(pos)
        last: Actor | None = None
        for i in range(max(0, idx - 2), idx):
            for c in self.layer.in_sentence(i):
                if c.kind not in ("main", "coordinate") or c.subject is None:
                    continue
                named = {
                    e.actor.id: e.actor for e in c.subject.entities if e.kind == "person" and e.actor in among
                }
                if named:
                    # "A and B arrived": both subjects, neither the one
                    last = next(iter(named.values())) if len(named) == 1 else None
        return last

    def subject_clauses(self, phrase: Phrase) -> list[Clause]:
        """The clauses of the phrase's sentence whose own subject starts where it does (indexed
        once per sentence)."""
        idx = self.layer.sentence_at(phrase.start)
        index = self._subjects.get(idx)
        if index is None:
            index = self._subjects[idx] = {}
            for c in self.layer.in_sentence(idx):
                if c.subject is not None:
                    index.setdefault(c.subject.start, []).append(c)
        return index.get(phrase.start, [])

    def _learn_role(self, actor: Actor, words: tuple[str, ...]) -> None:
        """Give the person the role a description of them ends with ("foreign minister")."""
        for n in (3, 2, 1):
            role = " ".join(words[-n:])
            if len(words) >= n and (role in OFFICIAL or tuple(words[-n:]) in actor_roles.ROLES):
                self._learned_roles.setdefault(actor.id, set()).add(role)
                self._by_role = None
                return

    def _apposed_list(self, phrase: Phrase) -> list[Actor]:
        """ "The presidents of Kenya and Uganda, A and B, visited Juba": the names set off by commas
        right after a plural description are the persons it stands for."""
        text = self.text
        if not _COMMA_OPEN.match(text, phrase.end, None, KEEP_GIL):
            return []
        out: list[Actor] = []
        pos = phrase.end
        for ent in self.layer.entities_in(phrase.end, min(len(text), phrase.end + 160)):
            if not _LIST_GLUE.fullmatch(text, pos, ent.start, KEEP_GIL):
                break
            if ent.kind != "person" or ent.actor is None or ent.pronoun:
                break
            out.append(ent.actor)
            pos = ent.end
        if len(out) < 2 or not _COMMA_OPEN.match(text, pos, None, KEEP_GIL):
            return []
        return out

    def _quoting(self, pos: int) -> Actor | None:
        """The person whose direct quote holds ``pos`` ("'I have just come back from Beijing,' X
        said": "I" is X)."""
        for q in getattr(self, "quotes", ()):
            if q.kind == "direct" and q.start <= pos < q.end and q.speaker_id:
                return next((a for a in self.actors if a.id == q.speaker_id and a.kind == "person"), None)
        return None

    def _apposed_before(self, phrase: Phrase) -> Actor | None:
        """ "Tom Harlan, US Secretary of State was visiting Kenya": a capitalised title phrase right
        after a name and a comma, with no comma to close it, is that person."""
        text = self.text
        if not text[phrase.start : phrase.start + 1].isupper():
            return None
        head = phrase.head.lower()
        if head not in OFFICIAL and head not in _OFFICIAL_LAST_WORDS:
            return None
        gap = _COMMA_GAP.search(text, max(0, phrase.start - 4), phrase.start, KEEP_GIL)
        if gap is None:
            return None
        before = self.layer.entities_in(max(0, gap.start() - 80), gap.start())
        last = before[-1] if before else None
        if last is None or last.end != gap.start() or last.kind != "person" or last.pronoun:
            return None
        return last.actor

    def _titled_by_body(self, phrase: Phrase) -> Actor | None:
        """ "US House of Representatives speaker X": a body's name, its "of" phrase and a role,
        then the person, who ends the phrase and is the one it names."""
        if not self.text[phrase.head_span[0] : phrase.head_span[1]][:1].isupper():
            return None
        for prep, inner in phrase.preps:
            last = inner.entities[-1] if prep == "of" and inner.entities else None
            if (
                last is not None
                and last.kind == "person"
                and last.actor is not None
                and last.end == phrase.end
            ):
                return last.actor
        return None

    def describe(self, phrase: Phrase) -> Actor | None:
        """The person a description names ("the Pakistani president", "the premier"): the one
        person with that role (of that state, when the phrase names one), else ``None``."""
        head = phrase.head.lower()
        words = phrase.words
        if not words or any(w in FORMER_MARKS for w in words) or words[0] in ("a", "an", "another", "any"):
            return None  # "a Polish foreign minister" is anyone holding the role, not the one named
        leader = self._a_states_leader(phrase) or described_seat_chief(phrase, self.actors, self.roles_of)
        if leader is not None:
            return leader
        role = said = None
        for n in (3, 2, 1):
            if len(words) >= n:
                said = " ".join(w for w in words[-n:])
                # a title's other name counts as the title ("the pontiff" for the pope)
                cand = actor_roles.ROLES.get(tuple(words[-n:])) or said
                if cand in self.by_role() or cand in OFFICIAL:
                    role = cand
                    break
        if role is None or said is None or head not in said.split():
            return None
        if head.endswith("s") and not role.split()[-1].endswith("s"):
            return None  # "talks with Australian ministers": several, none of them one named person
        codes = {e.code for e in phrase.entities if e.code and e.kind in STATE_KINDS}
        # "the premier" for a "Prime Minister X": the same office in another usage
        holders = self.by_role().get(role, []) or [
            a
            for a in self.by_role().get(EQUIVALENT_ROLES.get(role, ""), [])
            # "Pakistan's foreign secretary" is no foreign minister of a state the text has not said
            if not codes or self.state_of(a) in codes
        ]
        mates = self._clause_mates(phrase.start)
        if mates:
            # "The Polish president will hold talks with President X": X, named in another part of
            # the same clause, is someone else
            holders = [a for a in holders if a.id not in mates]
        # a description looks back: those named before it, when any is ("The minister held talks
        # with Police Minister Y": not Y)
        before = [a for a in holders if any(start < phrase.start for start, _ in a.mentions)]
        named_after = holders if holders and not before else []
        holders = before
        if not holders and codes and " " not in role:
            # "the Norwegian minister" after "Norwegian Defence Minister X": a role's last word
            # with the state stands for the fuller role of that state's one holder (not "New
            # Zealand's foreign minister" for its prime minister)
            tail = role.split()[-1]
            holders = list(
                dict.fromkeys(
                    a
                    for r, held in self.by_role().items()
                    if r.split()[-1] == tail
                    for a in held
                    if a.id not in mates
                )
            )
        if not holders and not codes and words[0] == "the" and len(role.split()) == 1:
            # "The minister travels on to X" after "External Affairs Minister Y": the one person whose
            # fuller role ends with the word
            holders = list(
                dict.fromkeys(
                    a
                    for r, held in self.by_role().items()
                    if r.split()[-1] == role and r not in _NOT_BY_LAST_WORD
                    for a in held
                    # named before the description ("The minister held talks with Police Minister Y")
                    if any(start < phrase.start for start, _ in a.mentions)
                )
            )
            if len(holders) > 1:
                # "X told reporters ... The minister will go on to Gaborone": the holder who was
                # the subject last, when one of them was in the sentences just before
                return self._last_subject(phrase.start, holders)
        if not holders and not codes and words[0] == "the":
            # "the deputy secretary" for the one "deputy secretary of state" named before
            cut = " ".join(words[1:]) + " of "
            short = {
                a
                for r, held in self.by_role().items()
                if r.startswith(cut)
                for a in held
                if any(start < phrase.start for start, _ in a.mentions)
            }
            if len(short) == 1:
                return short.pop()
        holders = holders or named_after  # no one before: the holder named later ("the minister, X")
        if not _GUEST_WORDS.isdisjoint(words):
            # "talks between Minister X and her Indian counterpart ... The visiting minister": the
            # guest is X's counterpart, not X
            holders = [a for a in holders if not has_a_counterpart(self.text, a)]
        if "visiting" in words and len(holders) > 1 and self.dateline_code is not None:
            # "The visiting premier ... before holding talks with Prime Minister Y": the holder not of
            # the state the story is set in
            away = [a for a in holders if self.state_of(a) not in (None, self.dateline_code)]
            if len(away) == 1:
                return away[0]
        cands = [a for a in holders if not codes or self.state_of(a) in codes]
        if not holders and not codes and words[0] in ("the", "his", "her", "their"):
            # nobody named holds the role: the last person named before it without a role
            nearest = self._last_roleless(phrase.start)
            if nearest is not None:
                self._learned_roles.setdefault(nearest.id, set()).add(role)
                self._by_role = None
                return nearest
        if not cands and len(codes) == 1:
            # the one holder of the role whose state the text has not said
            cands = [a for a in holders if self.state_of(a) is None]
            if cands and self.dateline_code not in (None, *codes):
                # "CANBERRA - X signed it with Foreign Minister Y ... The Chilean minister also met
                # ...": Y, titled with no state, is the dateline state's; X, named with no role, is meant
                nearest = self._last_roleless(phrase.start) if words[0] == "the" else None
                cands = [nearest] if nearest is not None and not self.state_of(nearest) else []
                if cands:
                    self._learned_roles.setdefault(cands[0].id, set()).add(role)
                    self._by_role = None
            if len(cands) == 1:
                self.learn(cands[0], next(iter(codes)))
        if len(cands) == 1:
            return cands[0]
        return None

    def _a_states_leader(self, phrase: Phrase) -> Actor | None:
        """ "the Nigerian leader", "Mexico's head of state": just a state and "leader" (or "head" of
        state or government) is the state's one holder of a leading office, not a party's leader
        ("the last Kenyan leader to visit Japan" is another)."""
        words = phrase.words
        head = phrase.head.lower()
        if len(words) != 3 or not (words[0] == "the" or words[1] in ("'s", "’s")):
            return None
        of = [p.words for prep, p in phrase.preps if prep == "of"]
        if head != "leader" and not (head == "head" and of[:1] in ([("state",)], [("government",)])):
            return None
        codes = {e.code for e in phrase.entities if e.code and e.kind in STATE_KINDS}
        if len(codes) != 1:
            return None
        leaders = self._state_leaders(phrase.start, codes)
        return leaders[0] if len(leaders) == 1 else None

    def _state_leaders(self, pos: int, codes: set[str]) -> list[Actor]:
        """ "The Nigerian leader left Abuja on Tuesday ... President X": the one person of the
        state holding a leading office, named before ``pos`` if anyone is, else after it."""
        found = [a for role in _LEADING for a in self.by_role().get(role, []) if self.state_of(a) in codes]
        found = list(dict.fromkeys(found))
        before = [a for a in found if any(start < pos for start, _ in a.mentions)]
        return before or found

    def _last_roleless(self, pos: int) -> Actor | None:
        """The person named last before ``pos`` (this sentence and the two before it) whom the
        text gives no role."""
        idx = self.layer.sentence_at(pos)
        lo = self.layer.sentences[max(0, idx - 2)][0] if self.layer.sentences else 0
        best: tuple[int, Actor] | None = None
        for ent in self.layer.entities_in(lo, pos):
            if ent.kind == "person" and ent.actor is not None and not ent.pronoun and not ent.actor.roles:
                best = (ent.start, ent.actor)
        return best[1] if best else None

    def _met_before(self, actor: Actor, pos: int) -> Actor | None:
        """The official a clause before ``pos`` (this sentence and the five before) says ``actor``
        met or held talks with ("held talks with Defence Secretary X")."""
        layer = self.layer
        idx = layer.sentence_at(pos)
        for i in range(idx, max(-1, idx - 6), -1):
            for clause in reversed(layer.in_sentence(i)):
                if (
                    clause.start >= pos
                    or clause.predicate.passive
                    or actor not in self.persons(clause.subject)
                ):
                    continue
                for a in clause.args:
                    if a.role != "object" and not (a.role == "pp" and a.prep == "with"):
                        continue
                    for e in a.phrase.entities:
                        if (
                            e.kind == "person"
                            and e.actor is not None
                            and e.actor is not actor
                            and self.official(e.actor)
                        ):
                            return e.actor
        return None


_NOT_BY_LAST_WORD = lexicon.words("actors", "roles never called by their last word")
_GUEST_WORDS = lexicon.words("events", "words of a guest description")
_OFFICIAL_LAST_WORDS = frozenset(r.split()[-1] for r in OFFICIAL)
"""The last word of each official role ("secretary" of "foreign secretary"), read once."""
_LEADING = sorted(lexicon.words("events", "leading roles"))

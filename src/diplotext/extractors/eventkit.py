"""What the event plugins (``visits``, ``extradition``) share: frames read off the clause layer, and
the questions both ask of one article (who does a phrase name, which state does a person stand for,
which places does a phrase hold).

A :class:`Frame` is a clause whose predicate is an event word ("visited", "will extradite"), or a
noun phrase headed by one ("his visit to China", "Lugovoi's extradition") with the clause it sits
in. Frames are found only in the sentences where a plugin's trigger words occur
(:meth:`EventContext.frames`), so no rule reads the whole text per sentence. Nothing here re-detects
actors, dates or quotes: persons and states come from ``actors``, dates from ``dates``, places and
clauses from ``clauses``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import threading
from collections.abc import Iterable, Iterator, Sequence

import attrs
import regex

from diplotext import lexicon
from diplotext.model import Actor, Article, Quote, Span, TemporalExpression
from diplotext.syntax import Arg, Clause, ClauseLayer, Entity, Phrase, parse, place_kind

__all__ = [
    "EventContext",
    "Frame",
    "calendar_value",
    "compare_to",
    "confidence",
    "date_value",
    "merge_spans",
    "trigger_words",
]

_DATE_VALUE = regex.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_ISO_WEEK = regex.compile(r"^(\d{4})-W(\d{1,2})$")
_STATE_KINDS = frozenset(["state", "place"])
_FORMER = frozenset(["former", "ex", "ex-", "then", "late", "retired", "outgoing"])


def merge_spans(spans: Iterable[Span]) -> tuple[Span, ...]:
    """Distinct spans in text order (exact duplicates dropped, overlapping ones kept apart)."""
    return tuple(sorted(set(spans)))


def date_value(value: str | None) -> tuple[int, int | None, int | None] | None:
    """``(year, month, day)`` of a TIMEX3 date or time value (``"2006-11"`` -> ``(2006, 11, None)``;
    an ISO week is its Thursday)."""
    if not value:
        return None
    week = _ISO_WEEK.match(value)
    if week:
        try:
            thursday = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 4)
        except ValueError:
            return None
        return thursday.year, thursday.month, thursday.day
    m = _DATE_VALUE.match(value)
    if not m:
        return None
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    if month is not None and not 1 <= month <= 12:
        return None
    return int(m.group(1)), month, day


_CALENDAR = regex.compile(r"^(?:\d{4}-W\d{2}|\d{4}(?:-\d{2}(?:-\d{2})?)?)")


def calendar_value(value: str | None) -> str | None:
    """The calendar part of a TIMEX3 value: a day, month, year or ISO week (``"2006-11-26T10:00"``
    -> ``"2006-11-26"``, ``"2006-W47-WE"`` -> ``"2006-W47"``), or ``None`` (``PRESENT_REF``...)."""
    if not value:
        return None
    m = _CALENDAR.match(value)
    return m.group() if m else None


def compare_to(value: str, published: dt.date | None) -> int | None:
    """-1, 0 or 1 as a date value lies before, around (same period) or after ``published``."""
    parts = date_value(value)
    if parts is None or published is None:
        return None
    year, month, day = parts
    if _ISO_WEEK.match(value):
        monday = dt.date.fromisocalendar(*published.isocalendar()[:2], 1)
        y, w = int(value[:4]), int(value.split("W")[1])
        mine = dt.date.fromisocalendar(y, w, 1)
        return (mine > monday) - (mine < monday)
    if year != published.year:
        return -1 if year < published.year else 1
    if month is None:
        return 0
    if month != published.month:
        return -1 if month < published.month else 1
    if day is None:
        return 0
    if day != published.day:
        return -1 if day < published.day else 1
    return 0


def confidence(base: float, *, evidence: int, penalties: int = 0) -> float:
    """``base`` raised by 0.03 for each supporting sentence beyond the first (at most +0.09),
    lowered by 0.1 per penalty (a role filled by fallback, a missing role), kept in [0.05, 0.99]."""
    value = base + min(0.09, 0.03 * max(0, evidence - 1)) - 0.1 * penalties
    return round(max(0.05, min(0.99, value)), 2)


def trigger_words(words: Iterable[str]) -> frozenset[str]:
    """Every inflected form of these verbs and nouns (the first word of a phrasal one), lower
    case: the words that make a sentence worth reading into clauses for an event type."""
    from diplotext.syntax.words import inflect, verb_forms

    forms: set[str] = set()
    lemmas = set()
    for w in words:
        head = w.split()[0].lower()
        lemmas.add(head)
        forms.add(head)
        forms.update(inflect(head).values())
    for form, pairs in verb_forms().items():
        if any(lemma in lemmas for lemma, _ in pairs):
            forms.add(form)
    return frozenset(forms)


@attrs.frozen(kw_only=True)
class Frame:
    """An event word in its clause.

    ``lemma`` is the predicate's lemma (verbal frames) or the head noun (nominal frames, which
    have ``phrase``, the noun phrase, and ``arg``, the clause argument it is or sits in; ``depth``
    is 0 when the phrase is that argument itself, more when it is nested in it: "a goal [of his
    visit]"). ``trigger`` is the span of the verb or noun.
    """

    lemma: str
    clause: Clause
    trigger: Span
    phrase: Phrase | None = None
    arg: Arg | None = None
    depth: int = 0
    outer: tuple[Phrase, ...] = ()
    """For a nested noun phrase, the phrases around it, outermost first ("[a demand] for [his
    extradition]")."""

    @property
    def nominal(self) -> bool:
        return self.phrase is not None

    @property
    def sentence(self) -> int:
        return self.clause.sentence

    def phrases(self) -> Iterator[tuple[str, Phrase]]:
        """``(preposition or "object", phrase)`` that can say where the event goes: a verbal frame's
        objects and prepositional phrases; a nominal frame's own prepositional phrases and the
        clause's phrases chained right after it ("a visit [to China] [in May]")."""
        # a name in apposition goes with the phrase it follows ("with his counterpart, X,")
        args = self.clause.args
        said: dict[int, str] = {}
        if self.phrase is None:
            for i, a in enumerate(args):
                if a.role == "object":
                    said[i] = "object"
                elif a.role in ("pp", "agent") and a.prep:
                    said[i] = a.prep
                elif a.role == "apposition" and a.after in said:
                    said[i] = said[a.after]
                else:
                    continue
                yield said[i], a.phrase
            return
        yield from self.phrase.preps
        if self.arg is None or self.depth:
            return
        start = next((i for i, a in enumerate(args) if a is self.arg), None)
        if start is None:
            return
        said[start] = ""
        for i in range(start + 1, len(args)):
            a = args[i]
            if a.after in said and a.prep:
                said[i] = a.prep
                yield a.prep, a.phrase
            elif a.role == "apposition" and a.after in said and said[a.after]:
                said[i] = said[a.after]
                yield said[i], a.phrase

    @property
    def times(self) -> tuple[TemporalExpression, ...]:
        """Time expressions of the frame itself: the noun phrase's for a nominal frame (with
        those of its own prepositional phrases), else the clause's."""
        if self.phrase is None:
            return self.clause.times
        out = list(self.phrase.times)
        for _, p in self.phrases():
            out.extend(t for t in p.times if t not in out)
        return tuple(out)


TRANSPARENT: frozenset[str] = frozenset(
    [
        "start",
        "beginning",
        "end",
        "conclusion",
        "close",
        "eve",
        "middle",
        "course",
        "sidelines",
        "margins",
        "outset",
        "first leg",
        "part",
    ]
)
"""Head nouns a phrase sees through: "at the start [of a visit]" is said of the visit."""


def _nested(
    phrase: Phrase, depth: int = 0, outer: tuple[Phrase, ...] = ()
) -> Iterator[tuple[Phrase, int, tuple[Phrase, ...]]]:
    yield phrase, depth, outer
    see_through = phrase.head.lower() in TRANSPARENT
    for prep, p in phrase.preps:
        yield from _nested(p, depth if see_through and prep == "of" else depth + 1, (*outer, phrase))


class EventContext:
    """Everything an event rule needs about one article. Build it with :meth:`of`, which hands both
    event plugins the same context for the same inputs."""

    _last: tuple[tuple[object, ...], EventContext] | None = None
    _lock = threading.Lock()

    @classmethod
    def of(
        cls,
        article: Article,
        actors: Sequence[Actor],
        dates: Sequence[TemporalExpression],
        quotes: Sequence[Quote],
        clauses: ClauseLayer | None = None,
    ) -> EventContext:
        """The context of these inputs, reused when the previous call had the very same objects.
        Without ``clauses`` (a plugin called by hand), the clause layer is read here."""
        key = (article, actors, dates, quotes, clauses)
        with cls._lock:
            last = cls._last
            if last is not None and all(a is b for a, b in zip(last[0], key, strict=True)):
                return last[1]
        if clauses is None or (not clauses.sentences and article.segments):
            clauses = parse(article, actors, dates)
        ctx = cls(article, actors, dates, quotes, clauses)
        with cls._lock:
            cls._last = (key, ctx)
        return ctx

    def __init__(
        self,
        article: Article,
        actors: Sequence[Actor],
        dates: Sequence[TemporalExpression],
        quotes: Sequence[Quote],
        clauses: ClauseLayer,
    ) -> None:
        self.article = article
        self.text = article.text
        self.published: dt.date | None = article.published_date
        self.layer = clauses
        self.actors = list(actors)
        self.dates = list(dates)
        self.quotes = list(quotes)
        self._frames: dict[tuple[int, frozenset[str], frozenset[str]], list[Frame]] = {}
        self._countries: dict[str, str | None] = {}
        self._by_role: dict[str, list[Actor]] | None = None
        self._learned_roles: dict[str, set[str]] = {}
        self._descriptions_read = False
        self._title_states: dict[int, str] | None = None
        self.dateline_code: str | None = None
        if article.dateline:
            found = place_kind(article.dateline)
            self.dateline_code = found[0] if found else None

    # ------------------------------------------------------------------ frames
    def frames(self, sentence: int, verbs: Iterable[str], nouns: Iterable[str]) -> list[Frame]:
        """The frames of sentence ``sentence`` whose verb lemma is in ``verbs`` or whose noun
        phrase head is in ``nouns``, in text order of their triggers."""
        vs, ns = frozenset(verbs), frozenset(nouns)
        key = (sentence, vs, ns)
        got = self._frames.get(key)
        if got is not None:
            return got
        out: list[Frame] = []
        for clause in self.layer.in_sentence(sentence):
            pred = clause.predicate
            if pred.lemma in vs:
                out.append(Frame(lemma=pred.lemma, clause=clause, trigger=pred.head))
            for a in clause.args:
                for phrase, depth, outer in _nested(a.phrase):
                    if phrase.head.lower() in ns:
                        out.append(
                            Frame(
                                lemma=phrase.head.lower(),
                                clause=clause,
                                trigger=phrase.head_span,
                                phrase=phrase,
                                arg=a,
                                depth=depth,
                                outer=outer,
                            )
                        )
        # a phrase shared by two clauses (an inherited subject) is one frame
        seen: set[Span] = set()
        uniq = []
        for f in sorted(out, key=lambda f: f.trigger):
            if f.trigger in seen:
                continue
            seen.add(f.trigger)
            uniq.append(f)
        self._frames[key] = uniq
        return uniq

    def sentence_has(
        self,
        sentence: int,
        kinds: Iterable[str],
        actors: Iterable[str] = (),
        *,
        places_only: bool = False,
        cities_only: bool = False,
    ) -> bool:
        """Does the sentence name an entity of one of ``kinds`` (or one of these actor ids)? With
        ``places_only``, a demonym does not count; with ``cities_only``, only cities and seats do.
        A cheap test before a sentence is read."""
        if not 0 <= sentence < len(self.layer.sentences):
            return False
        wanted = set(kinds)
        ids = set(actors)
        span = self.layer.sentences[sentence]

        def found(entities: list[Entity]) -> bool:
            for e in entities:
                if (places_only and e.place_kind == "demonym") or (
                    cities_only and e.place_kind not in ("city", "seat")
                ):
                    continue
                if e.kind in wanted or (e.actor is not None and e.actor.id in ids):
                    return True
            return False

        # actor mentions first; place names only if they could answer and nothing else did
        if found(self.layer.entities_in(*span, places=False)):
            return True
        return "place" in wanted and found(self.layer.entities_in(*span))

    def parent(self, clause: Clause) -> Clause | None:
        """The clause ``clause`` depends on, or ``None``."""
        if clause.parent is None:
            return None
        siblings = self.layer.in_sentence(clause.sentence)
        return siblings[clause.parent] if clause.parent < len(siblings) else None

    # ------------------------------------------------------------------ people
    def persons(self, phrase: Phrase | None) -> list[Actor]:
        """The persons a phrase names: its person entities (a list gives several), pronouns as
        resolved by ``actors``, else a description ("the Chinese president") resolved to the one
        person of the article with that role and state."""
        if phrase is None:
            return []
        people = [e.actor for e in phrase.entities if e.kind == "person" and e.actor is not None]
        people = [p for p in people if phrase.possessor is None or p is not phrase.possessor.actor]
        if people:
            # "Chinese President Hu" is one person; "Klaus and Paroubek" two
            seen: list[Actor] = []
            for p in people:
                if p not in seen:
                    seen.append(p)
            return seen
        found = self.describe(phrase)
        return [found] if found is not None else []

    def describe(self, phrase: Phrase) -> Actor | None:
        """The person a description names ("the Pakistani president", "the premier"): the one
        person with that role (of that state, when the phrase names one), else ``None``."""
        head = phrase.head.lower()
        words = phrase.words
        if not words or any(w in _FORMER for w in words) or words[0] in ("a", "an", "another", "any"):
            return None  # "a Polish foreign minister" is anyone holding the role, not the one named
        role = None
        for n in (3, 2, 1):
            if len(words) >= n:
                cand = " ".join(w for w in words[-n:])
                if cand in self.by_role() or cand in _OFFICIAL:
                    role = cand
                    break
        if role is None or head not in role.split():
            return None
        codes = {e.code for e in phrase.entities if e.code and e.kind in _STATE_KINDS}
        holders = self.by_role().get(role, [])
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
            if len(cands) == 1:
                self.learn(cands[0], next(iter(codes)))
        if len(cands) == 1:
            return cands[0]
        return None

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

    def roles_of(self, actor: Actor) -> set[str]:
        """The actor's roles, with those a description of it gave ("the chancellor")."""
        if not actor.roles:
            self._read_descriptions()
        return {r.lower() for r in actor.roles} | self._learned_roles.get(actor.id, set())

    def _read_descriptions(self) -> None:
        """Descriptions of persons the text never names with a title ("the Polish foreign
        minister said ... Dariusz Rosati told reporters"): each description that no named person's
        role answers goes to the nearest person named without a role (before it in its sentence or
        the two before, else after it in the two after), with the state a demonym in it gives."""
        if self._descriptions_read:
            return
        self._descriptions_read = True
        taken = {r.lower() for a in self.actors if a.kind == "person" for r in a.roles}
        roleless = [
            e
            for e in self.layer.named()
            if e.kind == "person" and e.actor is not None and not e.pronoun and not e.actor.roles
        ]
        if not roleless:
            return
        starts = [e.start for e in roleless]
        for m in _DESCRIPTION.finditer(self.text):
            role = " ".join(m.group("role").lower().split())
            if role in taken:
                continue
            demonym = m.group("adj")
            code = None
            if demonym:
                got = place_kind(demonym)
                if got is None or got[1] != "demonym":
                    continue
                code = got[0]
            idx = self.layer.sentence_at(m.start())
            lo = self.layer.sentences[max(0, idx - 2)][0] if self.layer.sentences else 0
            hi = (
                self.layer.sentences[min(len(self.layer.sentences) - 1, idx + 2)][1]
                if self.layer.sentences
                else 0
            )
            i = bisect.bisect_left(starts, m.start())
            before = [e for e in roleless[:i] if e.start >= lo]
            after = [e for e in roleless[i:] if e.start < hi]
            found = before[-1] if before else after[0] if after else None
            if found is None or found.actor is None:
                continue
            self._learned_roles.setdefault(found.actor.id, set()).add(role)
            if code and not found.actor.country and not self._countries.get(found.actor.id):
                self._countries[found.actor.id] = code

    def by_role(self) -> dict[str, list[Actor]]:
        """Persons by role, the roles descriptions gave them included."""
        if self._by_role is None:
            self._read_descriptions()
            out: dict[str, list[Actor]] = {}
            for a in self.actors:
                if a.kind != "person":
                    continue
                for r in {x.lower() for x in a.roles} | self._learned_roles.get(a.id, set()):
                    out.setdefault(r, []).append(a)
            self._by_role = out
        return self._by_role

    def state_of(self, actor: Actor) -> str | None:
        """The state a person stands for: the actor's ``country``; else a state or demonym named
        in the words right before one of its mentions ("Mongolian Prime Minister X"); else the
        state of a description that can only be this person ("the Pakistani president", when no
        other president's state is that one); else the state named with the person in two
        sentences or more, more than any other."""
        if actor.country:
            return actor.country
        self._read_descriptions()
        if actor.id in self._countries:
            return self._countries[actor.id]
        self._countries[actor.id] = None  # no recursion through describe()
        by_role = next((_ROLE_STATES[r] for r in actor.roles if r.lower() in _ROLE_STATES), None)
        found = (
            by_role or self._title_state(actor) or self._described_state(actor) or self._dominant_state(actor)
        )
        self._countries[actor.id] = found
        return found

    def learn(self, actor: Actor, code: str) -> None:
        """Record the state a rule found for a person the actors stage left without one."""
        if not actor.country and not self._countries.get(actor.id):
            self._countries[actor.id] = code

    def _title_state(self, actor: Actor) -> str | None:
        for s, _ in actor.mentions:
            ent = self._title_entity(s)
            if ent is not None:
                return ent.code
        return None

    def _title_entity(self, start: int) -> Entity | None:
        """The state or demonym in the title right before a mention ("Mongolian Prime Minister")."""
        before = self.layer.entities_in(max(0, start - 60), start)
        if before:
            ent = before[-1]
            if (
                ent.kind in _STATE_KINDS
                and ent.code
                and ent.place_kind in ("demonym", "country", None)
                and _TITLE_GAP.fullmatch(self.text[ent.end : start])
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
                for s, _ in a.mentions:
                    ent = self._title_entity(s)
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
            if ent.kind not in _STATE_KINDS or ent.place_kind != "demonym" or not ent.code:
                continue
            m = _ROLE_WORDS.match(self.text, ent.end, min(len(self.text), ent.end + 40))
            if m and m.group(1).lower() in roles and ent.code not in taken:
                codes.add(ent.code)
        return codes.pop() if len(codes) == 1 else None

    def _dominant_state(self, actor: Actor) -> str | None:
        if len(actor.mentions) < 2:
            return None
        counts: dict[str, set[int]] = {}
        titles = self._titles()
        for s, _ in actor.mentions:
            idx = self.layer.sentence_at(s)
            if not self.layer.sentences:
                return None
            for ent in self.layer.entities_in(*self.layer.sentences[idx]):
                if titles.get(ent.start, actor.id) != actor.id:
                    continue  # "Palestinian President X ... talks with King Y": X's state, not Y's
                if ent.kind in _STATE_KINDS and ent.code and ent.place_kind in ("demonym", "country"):
                    counts.setdefault(ent.code, set()).add(idx)
        ranked = sorted(counts.items(), key=lambda kv: -len(kv[1]))
        if (
            not ranked
            or len(ranked[0][1]) < 2
            or (len(ranked) > 1 and len(ranked[1][1]) == len(ranked[0][1]))
        ):
            return None
        return ranked[0][0]

    def official(self, actor: Actor) -> bool:
        """Does the person hold a role that represents a state (and none that says otherwise)?"""
        roles = self.roles_of(actor)
        if roles & _NON_OFFICIAL:
            return bool(roles & _OFFICIAL) and not roles & _NEVER_OFFICIAL
        return (
            bool(roles & _OFFICIAL)
            or any(r.endswith("minister") for r in roles)
            or (not roles and self._counterpart(actor))
        )

    def _counterpart(self, actor: Actor) -> bool:
        """Is the person called someone's counterpart ("his Iraqi counterpart X"), an office holder
        like the one he is the counterpart of?"""
        return any(_COUNTERPART.search(self.text, max(0, s - 16), s) for s, _ in actor.mentions)

    def former(self, actor: Actor) -> bool:
        """Is the person only ever called a former office holder ("former President X")?"""
        seen = False
        for s, _ in actor.mentions:
            words = self.text[max(0, s - 40) : s].lower().split()[-4:]
            if any(w.strip(",.") in _FORMER for w in words):
                seen = True
            elif words and words[-1][:1].isalpha() and words[-1] not in ("the", "and", "of"):
                return False
        return seen

    # ------------------------------------------------------------------ places
    @staticmethod
    def places(phrase: Phrase | None) -> list[Entity]:
        """The states and places a phrase names when its head is one (a list gives several). A
        place that only modifies a noun ("the Pakistani community", "US dollars") names none."""
        if phrase is None:
            return []
        head = next((e for e in phrase.entities if e.start <= phrase.head_span[0] < e.end), None)
        if head is None or head.kind not in _STATE_KINDS:
            return []  # "the Pakistani community", "US dollars": a place that only modifies a noun
        return [
            e
            for e in phrase.entities
            if e.kind in _STATE_KINDS and e.code and (e.place_kind != "demonym" or e is head)
        ]

    @staticmethod
    def doers(clause: Clause) -> Phrase | None:
        """Who does what the clause says: its subject, or the "by" phrase of a passive."""
        if clause.predicate.passive:
            return next((a.phrase for a in clause.args if a.role == "agent"), None)
        return clause.subject


_TITLE_GAP = regex.compile(
    r"(?:[ \t]+(?:\p{Lu}[\p{L}.'’\-]*|of|the|and|his|her|their|its|new|foreign|prime|deputy|vice|"
    r"minister|president|counterpart|leader|premier|king|queen|emperor|empress|governor|official|head|"
    r"state|chief|secretary|defence|defense|interior|finance|trade))*[ \t]+"
)
_ROLE_WORDS = regex.compile(
    r"[ \t]+((?:prime[ \t]+|foreign[ \t]+|deputy[ \t]+|vice[ \t]+)?"
    r"(?:minister|president|premier|leader|king|queen|"
    r"chancellor|envoy|ambassador|secretary|emir|sultan|monarch|general))\b(?![ \t]+\p{Lu})",
    regex.IGNORECASE,
)
_OFFICIAL = lexicon.words("events", "official roles")
_COUNTERPART = regex.compile(r"\bcounterparts?,?[ \t]+\Z", regex.IGNORECASE)
_ROLE_STATES = lexicon.mapping("events", "role states")
_DESCRIPTION = regex.compile(
    r"\b(?i:the|a|an|its|his|her)[ \t]+(?:(?:first|new|top|current|senior|visiting|then|country's)[ \t]+)*"
    r"(?:(?P<adj>\p{Lu}[\p{L}\-]+)[ \t]+)?(?P<role>(?i:"
    + "|".join(regex.escape(r).replace("\\ ", "[ \\t]+") for r in sorted(_OFFICIAL, key=len, reverse=True))
    + r"))\b(?![ \t]+\p{Lu})(?![ \t]+of\b)"
)
_NON_OFFICIAL = lexicon.words("events", "non-official roles")
_NEVER_OFFICIAL = frozenset(
    [
        "player",
        "coach",
        "athlete",
        "footballer",
        "boxer",
        "golfer",
        "candidate",
        "nominee",
        "tourist",
        "student",
    ]
)

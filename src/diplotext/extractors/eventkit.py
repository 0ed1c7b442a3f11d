"""What the event plugins (``visits``, ``extradition``) share: frames read off the clause layer, and
the questions both ask of one article (who does a phrase name, which state does a person stand for,
which places does a phrase hold).

A :class:`Frame` is a clause whose predicate is an event word ("visited", "will extradite"), or a
noun phrase headed by one ("his visit to China", "Lugovoi's extradition") with the clause it sits
in. Frames are found only in the sentences where a plugin's trigger words occur
(:meth:`EventContext.frames`), so no rule reads the whole text per sentence. Nothing here re-detects
actors, dates or quotes: persons and states come from ``actors``, dates from ``dates``, places and
clauses from ``clauses``.

The questions about persons live in :mod:`diplotext.extractors.eventpeople` (mixed into
:class:`EventContext`), the reading of date values in :mod:`diplotext.extractors.eventdates`; both
are re-exported here, where the plugins import them.
"""

from __future__ import annotations

import datetime as dt
import functools
import threading
from collections.abc import Iterable, Iterator, Sequence

import attrs

from diplotext import geo, lexicon
from diplotext.extractors.eventdates import calendar_value, compare_to, date_value
from diplotext.extractors.eventpeople import STATE_KINDS, EventPeople
from diplotext.extractors.issuers import issuing_state
from diplotext.model import Actor, Article, Quote, Span, TemporalExpression
from diplotext.quickinit import quick_init
from diplotext.syntax import Arg, Clause, ClauseLayer, Entity, Phrase, dateline_country, parse, place_kind

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


def merge_spans(spans: Iterable[Span]) -> tuple[Span, ...]:
    """Distinct spans in text order (exact duplicates dropped, overlapping ones kept apart)."""
    return tuple(sorted(set(spans)))


def confidence(base: float, *, evidence: int, penalties: int = 0) -> float:
    """``base`` raised by 0.03 for each supporting sentence beyond the first (at most +0.09),
    lowered by 0.1 per penalty (a role filled by fallback, a missing role), kept in [0.05, 0.99]."""
    value = base + min(0.09, 0.03 * max(0, evidence - 1)) - 0.1 * penalties
    return round(max(0.05, min(0.99, value)), 2)


def trigger_words(words: Iterable[str]) -> frozenset[str]:
    """Every inflected form of these verbs and nouns (the first word of a phrasal one), lower
    case: the words that make a sentence worth reading into clauses for an event type."""
    from diplotext.syntax.words import inflect

    forms: set[str] = set()
    lemmas = set()
    for w in words:
        head = w.split()[0].lower()
        lemmas.add(head)
        forms.add(head)
        forms.update(inflect(head).values())
    known = _forms_by_lemma()
    for lemma in lemmas:
        forms.update(known.get(lemma, ()))
    return frozenset(forms)


@functools.cache
def _forms_by_lemma() -> dict[str, frozenset[str]]:
    """Each lexicon verb's forms, and the auxiliaries' ("be" and "have": "is", "are", "were",
    "has"), by lemma: what :func:`trigger_words` adds to the regular forms it makes."""
    from diplotext.syntax.words import AUXILIARIES, verb_forms

    out: dict[str, set[str]] = {}
    for form, pairs in verb_forms().items():
        for lemma, _ in pairs:
            out.setdefault(lemma, set()).add(form)
    for form, (lemma, _, _) in AUXILIARIES.items():
        if form.isalpha():
            out.setdefault(lemma, set()).add(form)
    return {lemma: frozenset(forms) for lemma, forms in out.items()}


@quick_init
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
        clause's phrases chained right after it ("a visit *to China* *in May*")."""
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
        ends = {self.phrase.end}
        for prep, p in self.phrases():
            if prep in _SEQUENCE_PREPS and p.head not in {t.text for t in p.times}:
                continue  # "his first visit after the 1989 collapse": another event's time
            out.extend(t for t in p.times if t not in out)
            ends.add(p.end)
        # a time right after the phrase ("his talks last month in X", "a visit to China last
        # May"), which the clause layer gives the clause, is the phrase's own
        out.extend(t for t in self.clause.times if t.start - 1 in ends and t not in out)
        return tuple(out)


_SEQUENCE_PREPS: frozenset[str] = lexicon.words("events", "prepositions of another event's time")

TRANSPARENT: frozenset[str] = lexicon.words("events", "transparent nouns")
_NON_FINITE_KINDS = frozenset(["participle", "infinitive"])
"""Head nouns a phrase sees through: "at the start [of a visit]" is said of the visit, "an opening
round [of talks] with X" of the talks."""


def _nested(
    phrase: Phrase, depth: int = 0, outer: tuple[Phrase, ...] = ()
) -> Iterator[tuple[Phrase, int, tuple[Phrase, ...]]]:
    yield phrase, depth, outer
    see_through = phrase.head.lower() in TRANSPARENT
    for prep, p in phrase.preps:
        yield from _nested(p, depth if see_through and prep == "of" else depth + 1, (*outer, phrase))


class EventContext(EventPeople):
    """Everything an event rule needs about one article. Build it with :meth:`of`, which hands both
    event plugins the same context for the same inputs. The questions about persons (``persons``,
    ``state_of``, ``official``...) come from :class:`~diplotext.extractors.eventpeople.EventPeople`."""

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
        self._body_heads: dict[str, str] = {}
        self._delegations: dict[str, str | None] = {}
        self._leading: dict[str, bool] = {}
        self._subjects: dict[int, dict[int, list[Clause]]] = {}
        self._descriptions_read = False
        self._nationalities_read = False
        self._title_states: dict[int, str] | None = None
        self._home: str | None = None
        self.dateline_code: str | None = None
        self.issuer_code = issuing_state(article)
        if article.dateline:
            found = place_kind(article.dateline)
            # a dateline is a place: the world's cities count ("MATSUMOTO, March 3")
            self.dateline_code = found[0] if found else geo.city_country(article.dateline, world=True)
            named = dateline_country(article)
            if named is not None:
                self.dateline_code = named  # "HYDERABAD, Pakistan": the country the dateline names

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
            elif (
                # (the first after the verb: "During his stay he will call on X")
                (
                    first_pp := next(
                        (a for a in clause.args if a.role == "pp" and a.phrase.start >= pred.end), None
                    )
                )
                is not None
                and f"{pred.lemma} {first_pp.prep}" in vs
                and 0 <= first_pp.phrase.start - pred.end <= len(first_pp.prep or "") + 2
            ):
                # "called on President X": a verb with its own preposition right after it
                out.append(Frame(lemma=f"{pred.lemma} {first_pp.prep}", clause=clause, trigger=pred.head))
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
        # a phrase shared by two clauses (an inherited subject) is one frame: the finite clause's
        # ("X's visit, scheduled to begin on May 3, has been postponed": the postponing)
        seen: set[Span] = set()
        uniq = []
        # ... and never the relative clause it is only the antecedent of ("ending a trip to Peru,
        # whose highlight was a pact": the trip is the ending's)
        for f in sorted(
            out,
            key=lambda f: (
                f.trigger,
                f.arg is not None and f.arg.role == "antecedent",
                f.clause.kind in _NON_FINITE_KINDS,
            ),
        ):
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

    def governing(self, clause: Clause) -> Clause | None:
        """The clause an infinitive depends on ("refused [to extradite X]", "was not invited [to
        visit]"), or ``None`` for any other clause."""
        if clause.kind != "infinitive":
            return None
        parent = self.parent(clause)
        return parent if parent is not clause else None

    # ------------------------------------------------------------------ places
    @staticmethod
    def places(phrase: Phrase | None) -> list[Entity]:
        """The states and places a phrase names when its head is one (a list gives several). A
        place that only modifies a noun ("the Pakistani community", "US dollars") names none."""
        if phrase is None:
            return []
        head = next((e for e in phrase.entities if e.start <= phrase.head_span[0] < e.end), None)
        if head is None or head.kind not in STATE_KINDS:
            return []  # "the Pakistani community", "US dollars": a place that only modifies a noun
        return [
            e
            for e in phrase.entities
            if e.kind in STATE_KINDS and e.code and (e.place_kind != "demonym" or e is head)
        ]

    @classmethod
    def places_and_cities(cls, phrase: Phrase) -> list[Entity]:
        """The places a phrase names (:meth:`places`), and a city in it that modifies a noun or
        follows "of" ("at a Recife cathedral", "in Bangkok capital", "in the capital city of
        Bangkok"): where something in or at that phrase happens."""
        found = list(cls.places(phrase))
        for inner in (phrase, *(p for prep, p in phrase.preps if prep == "of")):
            found += [
                e for e in inner.entities if e.kind == "place" and e.place_kind == "city" and e not in found
            ]
        return found

    @staticmethod
    def doers(clause: Clause) -> Phrase | None:
        """Who does what the clause says: its subject, or the "by" phrase of a passive."""
        if clause.predicate.passive:
            return next((a.phrase for a in clause.args if a.role == "agent"), None)
        return clause.subject

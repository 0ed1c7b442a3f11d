"""Helpers the event plugins (``visits``, ``extradition``) share.

An :class:`EventContext` indexes what the earlier stages found in one article (sentences, actor
mentions, places, temporal expressions, quote speakers) so that an event rule can ask "which
persons are mentioned in this sentence?", "which places come right after this word?", "which
dates does this clause hold?" with a bisect instead of a scan. Nothing here re-detects actors,
dates or quotes: persons and states come from ``actors``, dates from ``dates``, speakers from
``quotes``. The one exception is places: cities and seats of power are looked up in
:mod:`diplotext.geo` on capitalised words, because ``actors`` reports states, not cities.

All patterns are linear in the input; every lookup is bounded by the sentence it is asked about.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import threading
from collections.abc import Iterable, Sequence
from typing import Literal

import attrs
import regex

from diplotext.model import Actor, Article, Quote, Span, TemporalExpression
from diplotext.text import sentences

__all__ = [
    "EventContext",
    "Mention",
    "Place",
    "compare_to",
    "confidence",
    "date_value",
    "merge_spans",
    "place_kind",
    "tokens_between",
]

PlaceKind = Literal["country", "city", "seat", "demonym"]

_CAP_RUN = regex.compile(
    r"\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \t]+(?:of[ \t]+|the[ \t]+)?\p{Lu}[\p{L}\p{M}'’.\-]*){0,4}"
)
_TOKEN = regex.compile(r"\S+")
_POSSESSIVE = regex.compile(r"['’]s?$")
_PRONOUNS = frozenset(
    [
        "he",
        "him",
        "his",
        "she",
        "her",
        "hers",
        "they",
        "them",
        "their",
        "theirs",
        "it",
        "its",
        "himself",
        "herself",
        "themselves",
    ]
)
_TITLE_GAP = regex.compile(
    r"(?:[ \t]+(?:\p{Lu}[\p{L}.'’\-]*|of|the|and|his|her|their|its|new|foreign|prime|deputy|vice|"
    r"minister|president|counterpart|leader|premier|king|queen|emperor|empress|governor|official|head|"
    r"state|chief))*[ \t]+"
)
_ROLE_AFTER = regex.compile(
    r"(?:[ \t]+[\p{L}\-]+){0,2}?[ \t]+(?:minister|secretary|president|premier|leader|chancellor|king|queen|"
    r"prince|princess|emperor|envoy|official|diplomat|ambassador|speaker|chief|head|foreign|prime)\b",
    regex.IGNORECASE,
)
_LONGEST_QUOTE_GAP = 2_000  # how far a quote's cue may lie from its words
_DATE_VALUE = regex.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_REPORTING_BEFORE = regex.compile(
    r"\b(?:said|says|say|told|tells|announced|announces|reported|stated|added|noted|"
    r"quoted|confirmed|briefing|conference)\b(?:[ \t]+\w+){0,2}[ \t]*(?:on[ \t]+)?$"
)
_REPORTING_AFTER = regex.compile(r"^[ \t,]*(?:\w+[ \t]+){0,5}?(?:said|says|told|announced|reported|stated)\b")


@functools.lru_cache(maxsize=8192)
def place_kind(name: str) -> tuple[str, PlaceKind] | None:
    """The ISO3 code a place name stands for and what kind of name it is, or ``None``."""
    from diplotext import geo

    name = name.strip().rstrip(".,")
    if not name:
        return None
    code = geo.country_code(name)
    if code:
        return code, "country"
    code = geo.city_country(name)
    if code:
        return code, "city"
    code = geo.seat_code(name)
    if code:
        return code, "seat"
    code = geo.demonym_code(name)
    if code:
        return code, "demonym"
    return None


@attrs.frozen
class Mention:
    """One mention of an actor: its span and the actor."""

    start: int
    end: int
    actor: Actor


@attrs.frozen
class Place:
    """A state, city or seat of power named in the text, with the state's ISO3 code."""

    start: int
    end: int
    code: str
    kind: PlaceKind
    name: str


def merge_spans(spans: Iterable[Span]) -> tuple[Span, ...]:
    """Distinct spans in text order (exact duplicates dropped, overlapping ones kept apart)."""
    return tuple(sorted(set(spans)))


def tokens_between(text: str, start: int, end: int) -> int:
    """How many whitespace-separated tokens ``text[start:end]`` holds."""
    if end <= start:
        return 0
    return sum(1 for _ in _TOKEN.finditer(text, start, end))


def date_value(value: str | None) -> tuple[int, int | None, int | None] | None:
    """``(year, month, day)`` of a TIMEX3 date or time value (``"2006-11"`` -> ``(2006, 11, None)``)."""
    if not value:
        return None
    m = _DATE_VALUE.match(value)
    if not m:
        return None
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    if month is not None and not 1 <= month <= 12:
        return None
    return int(m.group(1)), month, day


def compare_to(value: str, published: dt.date | None) -> int | None:
    """-1, 0 or 1 as a date value lies before, around (same period) or after ``published``."""
    parts = date_value(value)
    if parts is None or published is None:
        return None
    year, month, day = parts
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


class EventContext:
    """Everything an event rule needs about one article, indexed by offsets.

    Build it with :meth:`of`, which hands both event plugins the same context for the same inputs.
    """

    _last: tuple[tuple[object, ...], EventContext] | None = None
    _lock = threading.Lock()

    @classmethod
    def of(
        cls,
        article: Article,
        actors: Sequence[Actor],
        dates: Sequence[TemporalExpression],
        quotes: Sequence[Quote],
    ) -> EventContext:
        """The context of these inputs, reused when the previous call had the very same objects."""
        key = (article, actors, dates, quotes)
        with cls._lock:
            last = cls._last
            if last is not None and all(a is b for a, b in zip(last[0], key, strict=True)):
                return last[1]
        ctx = cls(article, actors, dates, quotes)
        with cls._lock:
            cls._last = (key, ctx)
        return ctx

    def __init__(
        self,
        article: Article,
        actors: Sequence[Actor],
        dates: Sequence[TemporalExpression],
        quotes: Sequence[Quote],
    ) -> None:
        self.article = article
        self.text = article.text
        self.published: dt.date | None = article.published_date
        self.sentences: list[Span] = sentences(article)
        self._sent_starts = [s for s, _ in self.sentences]
        self.actors = list(actors)
        self.by_id = {a.id: a for a in self.actors}
        persons: list[Mention] = []
        states: list[Mention] = []
        for actor in self.actors:
            target = persons if actor.kind == "person" else states if actor.kind == "state" else None
            if target is None:
                continue
            for s, e in actor.mentions:
                if 0 <= s < e <= len(self.text):
                    target.append(Mention(s, e, actor))
        persons.sort(key=lambda m: (m.start, -m.end))
        self.persons = persons
        self._person_starts = [m.start for m in persons]
        self.places = self._find_places(states)
        self._place_starts = [p.start for p in self.places]
        self.dates = sorted(
            (d for d in dates if 0 <= d.start < d.end <= len(self.text)), key=lambda d: d.start
        )
        self._date_starts = [d.start for d in self.dates]
        self._countries: dict[str, str | None] = {}
        self.quotes = sorted(
            (q for q in quotes if 0 <= q.start <= q.end <= len(self.text)), key=lambda q: q.start
        )
        self._quote_starts = [q.start for q in self.quotes]
        self.dateline_code: str | None = None
        if article.dateline:
            found = place_kind(article.dateline)
            self.dateline_code = found[0] if found else None

    # ------------------------------------------------------------------ places
    def _find_places(self, states: list[Mention]) -> list[Place]:
        found: dict[int, Place] = {}
        for m in states:
            name = self.text[m.start : m.end]
            got = place_kind(name)
            code = m.actor.country or (got[0] if got else None)
            if code is None or (len(code) != 3 or not code.isalpha()):
                continue
            kind: PlaceKind = got[1] if got else "country"
            found[m.start] = Place(m.start, m.end, code.upper(), kind, name)
        for seg_start, seg_end in self.article.segments:
            for run in _CAP_RUN.finditer(self.text, seg_start, seg_end):
                self._scan_run(run.start(), run.group(), found)
        out = sorted(found.values(), key=lambda p: p.start)
        # drop places nested inside an earlier, longer one
        kept: list[Place] = []
        for p in out:
            if kept and p.start < kept[-1].end:
                continue
            kept.append(p)
        return kept

    def _scan_run(self, offset: int, run: str, found: dict[int, Place]) -> None:
        words = [(m.start(), m.end()) for m in _TOKEN.finditer(run)]
        i = 0
        while i < len(words):
            hit = None
            for j in range(min(len(words), i + 4), i, -1):
                s, e = words[i][0], words[j - 1][1]
                name = run[s:e].rstrip(".,;:")
                name = _POSSESSIVE.sub("", name) if name.endswith(("'s", "’s")) else name
                got = place_kind(name)
                if got:
                    hit = (s, s + len(name), got, j)
                    break
            if hit is None:
                i += 1
                continue
            s, e, (code, kind), j = hit
            start = offset + s
            if self.text[max(0, start - 4) : start].lower() == "the ":
                start -= 4
            # an actors' state mention at the same offset wins; other overlaps are settled after sorting
            found.setdefault(start, Place(start, offset + e, code, kind, self.text[start : offset + e]))
            i = j

    # ------------------------------------------------------------------ lookups
    def sentence_at(self, pos: int) -> int:
        """Index of the sentence that holds offset ``pos`` (the nearest one before it)."""
        return max(0, bisect.bisect_right(self._sent_starts, pos) - 1)

    def persons_in(self, start: int, end: int) -> list[Mention]:
        """Person mentions that start in ``[start, end)``."""
        i = bisect.bisect_left(self._person_starts, start)
        out = []
        while i < len(self.persons) and self.persons[i].start < end:
            out.append(self.persons[i])
            i += 1
        return out

    def places_in(self, start: int, end: int) -> list[Place]:
        i = bisect.bisect_left(self._place_starts, start)
        out = []
        while i < len(self.places) and self.places[i].start < end:
            out.append(self.places[i])
            i += 1
        return out

    def dates_in(self, start: int, end: int) -> list[TemporalExpression]:
        i = bisect.bisect_left(self._date_starts, start)
        out = []
        while i < len(self.dates) and self.dates[i].start < end:
            out.append(self.dates[i])
            i += 1
        return out

    def quotes_in(self, start: int, end: int) -> list[Quote]:
        """Quotes whose words or cue start in ``[start, end)``."""
        i = bisect.bisect_left(self._quote_starts, start - _LONGEST_QUOTE_GAP)
        out = []
        while i < len(self.quotes) and self.quotes[i].start < end + _LONGEST_QUOTE_GAP:
            q = self.quotes[i]
            if start <= q.start < end or (q.cue_start is not None and start <= q.cue_start < end):
                out.append(q)
            i += 1
        return out

    def is_pronoun(self, m: Mention) -> bool:
        return self.text[m.start : m.end].lower() in _PRONOUNS

    def is_reporting_date(self, d: TemporalExpression, sentence: Span) -> bool:
        """Is the date the day something was said or reported ("said Tuesday", "told ... on Monday")?"""
        before = self.text[max(sentence[0], d.start - 30) : d.start]
        if _REPORTING_BEFORE.search(before):
            return True
        if d.start - sentence[0] > 12:  # only a leading "On Monday, X reported ..." is the report's day
            return False
        after = self.text[d.end : min(sentence[1], d.end + 50)]
        return bool(_REPORTING_AFTER.match(after))

    def actor_country(self, actor: Actor) -> str | None:
        """The state a person stands for: the actor's country, else a demonym or country name
        in the title words right before one of its mentions ("Mongolian Prime Minister X")."""
        if actor.country:
            return actor.country
        if actor.id in self._countries:
            return self._countries[actor.id]
        found = None
        for s, _ in actor.mentions:
            for place in reversed(self.places_in(max(0, s - 60), s)):
                if place.kind in ("demonym", "country") and _TITLE_GAP.fullmatch(self.text, place.end, s):
                    found = place.code
                    break
            if found:
                break
        self._countries[actor.id] = found
        return found

    def sentences_of(self, actor: Actor) -> list[int]:
        """Indices of the sentences that mention the actor, each once, in text order."""
        if not self.sentences:
            return []
        return sorted({self.sentence_at(s) for s, _ in actor.mentions})

    def role_state(self, start: int, end: int, exclude: Iterable[str] = ()) -> str | None:
        """The state of a role phrase in ``[start, end)`` ("the first British foreign secretary")."""
        skip = set(exclude)
        for place in self.places_in(start, end):
            if (
                place.kind in ("demonym", "country")
                and place.code not in skip
                and _ROLE_AFTER.match(self.text, place.end, min(end, place.end + 40))
            ):
                return place.code
        return None

    def dominant_state(self, exclude: Iterable[str] = (), near: Actor | None = None) -> str | None:
        """The state the article names most often (at least twice), other than ``exclude``; with
        ``near``, only states named in a sentence that also mentions that actor."""
        skip = set(exclude)
        allowed: set[str] | None = None
        if near is not None:
            allowed = set()
            for idx in self.sentences_of(near):
                allowed.update(p.code for p in self.places_in(*self.sentences[idx]))
        counts: dict[str, int] = {}
        for place in self.places:
            if place.code not in skip and (allowed is None or place.code in allowed):
                counts[place.code] = counts.get(place.code, 0) + 1
        if not counts:
            return None
        code = max(counts, key=lambda c: counts[c])
        ranked = sorted(counts.values(), reverse=True)
        if counts[code] < 2 or (len(ranked) > 1 and ranked[1] == ranked[0]):
            return None
        if near is not None:
            together = {self.sentence_at(s) for s, _ in near.mentions} & {
                self.sentence_at(p.start) for p in self.places if p.code == code
            }
            if len(together) < 2:  # named with the person in two sentences at least
                return None
        return code

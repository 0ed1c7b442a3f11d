"""Scoring temporal expressions against TimeML (``.tml``) files: the TempEval-3 task A figures.

The text scored is the content of ``<TEXT>`` with its tags removed and entities decoded; the
TIMEX3 tags inside it are the gold (the creation-time TIMEX3 in ``<DCT>`` gives the publication
date). As in TempEval-3: strict match = identical extent, relaxed match = any overlap (pairs
one-to-one); value and type F1 count a relaxed match only when the attribute is right too, which
equals attribute accuracy over relaxed matches times relaxed F1.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Final

import attrs
import regex

from diplotext.evaluation.common import GoldError, Options, published_default, read_text, run_pipeline
from diplotext.evaluation.matching import match_one_to_one, overlap
from diplotext.evaluation.report import Result, context
from diplotext.model import TemporalExpression

__all__ = ["TimeMLDocument", "Timex", "TimexScorer", "parse_timeml", "score_timeml", "timeml_files"]

KIND = "TimeML (TempEval-3 task A)"

_TAG = regex.compile(
    r"<(/?)([A-Za-z][\w:.-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>|&(#?\w+);|<!--.*?-->", regex.S
)
_ATTR = regex.compile(r"([\w:.-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_TEXT = regex.compile(r"<TEXT\b[^>]*>(.*?)</TEXT\s*>", regex.S)


@attrs.frozen(kw_only=True)
class Timex:
    """A gold TIMEX3: its extent in the raw text and its attributes."""

    start: int
    end: int
    text: str
    type: str
    value: str
    tid: str | None = None
    mod: str | None = None
    zone_tolerant: bool = False
    """A clock time the annotators may have moved to UTC: any whole-zone shift of it is right."""


@attrs.frozen(kw_only=True)
class TimeMLDocument:
    id: str
    text: str
    dct: str | None
    timexes: tuple[Timex, ...]


def _attrs(raw: str) -> dict[str, str]:
    return {
        m.group(1): html.unescape(m.group(2) if m.group(2) is not None else m.group(3))
        for m in _ATTR.finditer(raw)
    }


def _strip(markup: str) -> tuple[str, list[tuple[int, int, dict[str, str]]]]:
    """Raw text of a marked-up fragment and the ``(start, end, attributes)`` of its TIMEX3s."""
    out: list[str] = []
    pos = 0
    length = 0
    stack: list[tuple[int, dict[str, str]]] = []
    found: list[tuple[int, int, dict[str, str]]] = []
    for m in _TAG.finditer(markup):
        chunk = markup[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group(5) is not None:  # an entity
            ch = html.unescape(m.group(0))
            out.append(ch)
            length += len(ch)
            continue
        if m.group(2) is None or m.group(2).upper() != "TIMEX3":
            continue
        if m.group(1):  # closing tag
            if stack:
                start, attributes = stack.pop()
                found.append((start, length, attributes))
        elif not m.group(4):  # an empty <TIMEX3 .../> has no extent: not scored
            stack.append((length, _attrs(m.group(3))))
    out.append(markup[pos:])
    return "".join(out), sorted(found, key=lambda t: (t[0], t[1]))


def parse_timeml(path: Path) -> TimeMLDocument:
    """Read one ``.tml`` file (``GoldError`` when it has no ``<TEXT>``)."""
    raw = read_text(path)
    body = _TEXT.search(raw)
    if body is None:
        raise GoldError(f"{path}: no <TEXT> element; not a TimeML file")
    dct: str | None = None
    for m in regex.finditer(r"<TIMEX3\b([^>]*)>", raw):
        a = _attrs(m.group(1))
        if a.get("functionInDocument") == "CREATION_TIME":
            dct = a.get("value")
            break
    text, found = _strip(body.group(1))
    timexes = []
    for start, end, a in found:
        if a.get("functionInDocument") == "CREATION_TIME" or end <= start:
            continue
        timexes.append(
            Timex(
                start=start,
                end=end,
                text=text[start:end],
                type=a.get("type", ""),
                value=a.get("value", ""),
                tid=a.get("tid"),
                mod=a.get("mod"),
            )
        )
    return TimeMLDocument(id=path.stem, text=text, dct=dct, timexes=tuple(timexes))


def timeml_files(path: Path) -> list[Path]:
    """The ``.tml`` files of a path: itself, or those in a folder (sorted, not recursive)."""
    if path.is_file():
        return [path]
    return sorted(p for p in path.glob("*.tml") if p.is_file())


def _documents(path: Path, limit: int | None, wants: Callable[[str], bool]) -> Iterator[TimeMLDocument]:
    files = timeml_files(path)
    if not files:
        raise GoldError(f"{path}: no .tml files")
    files = [p for p in files if wants(p.stem)]
    for p in files[:limit] if limit is not None else files:
        yield parse_timeml(p)


def score_timeml(path: Path, options: Options | None = None) -> Result:
    """Run the pipeline on each TimeML text (as body text, the DCT as publication date) and score
    its dates with the TempEval-3 task A figures."""
    options = options or Options()
    started = time.perf_counter()
    result = Result(kind=KIND, path=str(path))
    scorer = TimexScorer(result)
    for tml in _documents(path, options.limit, options.wants):
        doc = run_pipeline(
            {"id": tml.id, "text": tml.text, "layout": "body"}, published_default(tml.dct), options, result
        )
        scorer.score(tml.id, tml.text, list(tml.timexes), list(doc.dates))
    result.seconds = time.perf_counter() - started
    return result


def _same_value(gold: str, system: str | None, *, zone_tolerant: bool = False) -> bool:
    """Are two TIMEX3 values the same, reading the spellings test sets differ on: decades,
    centuries and millennia as years (``P2DE`` = ``P20Y``), BC years as ISO astronomical years
    (``BC0264`` = ``-0263``), a one-digit week number as two digits (``2000-W7`` = ``2000-W07``);
    with ``zone_tolerant``, clock times a whole time zone apart."""
    if system is None:
        return False
    if gold == system or _canonical(gold) == _canonical(system):
        return True
    return zone_tolerant and _zone_shift(gold, system)


_CLOCK: Final = regex.compile(
    r"(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?"
)


def _zone_shift(gold: str, system: str) -> bool:
    """Are two clock times at most 14 hours apart by a whole number of quarter hours (the same
    moment written in two zones)?"""
    import datetime as dt

    moments = []
    for value in (gold, system):
        m = _CLOCK.fullmatch(value)
        if m is None:
            return False
        try:
            day = dt.date.fromisoformat(m.group(1))
        except ValueError:
            return False
        moments.append(dt.datetime(day.year, day.month, day.day, int(m.group(2)) % 24, int(m.group(3)) % 60))
    minutes = abs((moments[0] - moments[1]).total_seconds()) / 60
    return minutes <= 14 * 60 and minutes % 15 == 0


_SPAN_UNITS: Final = {"DE": 10, "CE": 100, "CL": 100, "ML": 1000}
_LONG_DURATION: Final = regex.compile(r"P(\d+(?:\.\d+)?)(DE|CE|CL|ML)")
_BC_YEAR: Final = regex.compile(r"BC(\d{1,4})")
_MINUS_YEAR: Final = regex.compile(r"-(\d{1,4})")
_SHORT_WEEK: Final = regex.compile(r"(\d{4})-W(\d)(-WE|-\d)?")
"""A week number written without its leading zero (AQUAINT's ``2000-W7``), read as ``2000-W07``."""


def _canonical(value: str) -> str:
    m = _LONG_DURATION.fullmatch(value)
    if m is not None:
        years = float(m.group(1)) * _SPAN_UNITS[m.group(2)]
        return f"P{int(years) if years.is_integer() else years}Y"
    m = _BC_YEAR.fullmatch(value)
    if m is not None:
        return f"-{int(m.group(1)) - 1:04d}"
    m = _MINUS_YEAR.fullmatch(value)
    if m is not None:
        return f"-{int(m.group(1)):04d}"
    m = _SHORT_WEEK.fullmatch(value)
    if m is not None:
        return f"{m.group(1)}-W0{m.group(2)}{m.group(3) or ''}"
    return value


class TimexScorer:
    """The TempEval-3 task A rows of one result (strict and relaxed extent, value, type), counted
    document by document; system expressions overlapping an ``ignore`` span are left out."""

    def __init__(self, result: Result) -> None:
        self.result = result
        sec = result.section("timex3")
        self._sec = sec
        self._strict = sec.row("strict extent")
        self._relaxed = sec.row("relaxed extent")
        self._value = sec.row("value")
        self._type = sec.row("type")

    def score(
        self,
        doc_id: str,
        text: str,
        gold: list[Timex],
        found: list[TemporalExpression],
        ignore: Sequence[tuple[int, int]] = (),
    ) -> None:
        result, sec = self.result, self._sec
        system = [s for s in found if not any(overlap((s.start, s.end), span) for span in ignore)]

        def strict(g: Timex, s: TemporalExpression) -> float | None:
            return 1.0 if (g.start, g.end) == (s.start, s.end) else None

        def relaxed(g: Timex, s: TemporalExpression) -> float | None:
            n = overlap((g.start, g.end), (s.start, s.end))
            if not n:
                return None
            return (2.0 if (g.start, g.end) == (s.start, s.end) else 1.0) + n / 1000

        strict_pairs = match_one_to_one(gold, system, strict)
        pairs = match_one_to_one(gold, system, relaxed)
        self._strict.count(gold=len(gold), system=len(system), matched=len(strict_pairs))
        self._relaxed.count(gold=len(gold), system=len(system), matched=len(pairs))
        value_ok = type_ok = 0
        for gi, si in pairs.items():
            g, s = gold[gi], system[si]
            v_ok = _same_value(g.value, s.value, zone_tolerant=g.zone_tolerant)
            t_ok = g.type == s.type
            value_ok += v_ok
            type_ok += t_ok
            sec.acc("value").score(v_ok)
            sec.acc("type").score(t_ok)
            if (g.start, g.end) != (s.start, s.end):
                result.issue(
                    doc_id,
                    "timex3",
                    "extent",
                    f"gold {g.text!r}, system {s.text!r}",
                    context(text, (g.start, g.end)),
                )
            if not v_ok or not t_ok:
                result.issue(
                    doc_id,
                    "timex3",
                    "wrong value" if not v_ok else "wrong type",
                    f"{g.text!r}: gold {g.type} {g.value}, system {s.type} {s.value}",
                    context(text, (g.start, g.end)),
                )
        self._value.count(gold=len(gold), system=len(system), matched=value_ok)
        self._type.count(gold=len(gold), system=len(system), matched=type_ok)
        for gi, g in enumerate(gold):
            if gi not in pairs:
                result.issue(
                    doc_id,
                    "timex3",
                    "miss",
                    f"{g.text!r} {g.type} {g.value}",
                    context(text, (g.start, g.end)),
                )
        matched = set(pairs.values())
        for si, s in enumerate(system):
            if si not in matched:
                result.issue(
                    doc_id,
                    "timex3",
                    "false positive",
                    f"{s.text!r} {s.type} {s.value}",
                    context(text, (s.start, s.end)),
                )

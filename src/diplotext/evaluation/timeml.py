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
from collections.abc import Callable, Iterator
from pathlib import Path

import attrs
import regex

from diplotext.evaluation.common import GoldError, Options, published_default, read_text, run_pipeline
from diplotext.evaluation.matching import match_one_to_one, overlap
from diplotext.evaluation.report import Result, context
from diplotext.model import TemporalExpression

__all__ = ["TimeMLDocument", "Timex", "parse_timeml", "score_timeml", "timeml_files"]

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
    sec = result.section("timex3")
    strict_row = sec.row("strict extent")
    relaxed_row = sec.row("relaxed extent")
    value_row = sec.row("value")
    type_row = sec.row("type")
    for tml in _documents(path, options.limit, options.wants):
        doc = run_pipeline(
            {"id": tml.id, "text": tml.text, "layout": "body"}, published_default(tml.dct), options, result
        )
        gold = list(tml.timexes)
        system = list(doc.dates)

        def strict(g: Timex, s: TemporalExpression) -> float | None:
            return 1.0 if (g.start, g.end) == (s.start, s.end) else None

        def relaxed(g: Timex, s: TemporalExpression) -> float | None:
            n = overlap((g.start, g.end), (s.start, s.end))
            if not n:
                return None
            return (2.0 if (g.start, g.end) == (s.start, s.end) else 1.0) + n / 1000

        strict_pairs = match_one_to_one(gold, system, strict)
        pairs = match_one_to_one(gold, system, relaxed)
        strict_row.count(gold=len(gold), system=len(system), matched=len(strict_pairs))
        relaxed_row.count(gold=len(gold), system=len(system), matched=len(pairs))
        value_ok = type_ok = 0
        for gi, si in pairs.items():
            g, s = gold[gi], system[si]
            v_ok = g.value == s.value
            t_ok = g.type == s.type
            value_ok += v_ok
            type_ok += t_ok
            sec.acc("value").score(v_ok)
            sec.acc("type").score(t_ok)
            if (g.start, g.end) != (s.start, s.end):
                result.issue(
                    tml.id,
                    "timex3",
                    "extent",
                    f"gold {g.text!r}, system {s.text!r}",
                    context(tml.text, (g.start, g.end)),
                )
            if not v_ok or not t_ok:
                result.issue(
                    tml.id,
                    "timex3",
                    "wrong value" if not v_ok else "wrong type",
                    f"{g.text!r}: gold {g.type} {g.value}, system {s.type} {s.value}",
                    context(tml.text, (g.start, g.end)),
                )
        value_row.count(gold=len(gold), system=len(system), matched=value_ok)
        type_row.count(gold=len(gold), system=len(system), matched=type_ok)
        for gi, g in enumerate(gold):
            if gi not in pairs:
                result.issue(
                    tml.id,
                    "timex3",
                    "miss",
                    f"{g.text!r} {g.type} {g.value}",
                    context(tml.text, (g.start, g.end)),
                )
        matched = set(pairs.values())
        for si, s in enumerate(system):
            if si not in matched:
                result.issue(
                    tml.id,
                    "timex3",
                    "false positive",
                    f"{s.text!r} {s.type} {s.value}",
                    context(tml.text, (s.start, s.end)),
                )
    result.seconds = time.perf_counter() - started
    return result

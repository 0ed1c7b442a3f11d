"""A timeline chart of cases (SVG or PNG), with matplotlib from the ``chart`` extra.

``pip install 'diplotext[chart]'``; matplotlib is imported only when a chart is drawn, so the rest
of diplotext never needs it. One row per case (labelled with its first date); a mark per step at
its day counted from the case's first step, coloured by status and sized by its articles; a line
from the first step to the last. Cases years apart thus share one readable axis.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from typing import Any, Final

from diplotext.linking.cases import Case
from diplotext.linking.windows import parse_value

__all__ = ["ChartUnavailable", "check_chart", "draw_chart"]

FORMATS: Final = (".svg", ".png")
MAX_ROWS: Final = 60
"""At most this many cases are drawn (those told by the most articles)."""
_COLOURS: Final = {
    "planned": "#8da0cb",
    "postponed": "#e5c494",
    "cancelled": "#e78ac3",
    "ongoing": "#66c2a5",
    "completed": "#1b7837",
    "requested": "#8da0cb",
    "granted": "#a6d854",
    "pending": "#e5c494",
    "refused": "#d73027",
}


class ChartUnavailable(Exception):
    """No chart can be drawn: matplotlib is missing, or the file type is not SVG or PNG."""


def _pyplot() -> Any:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise ChartUnavailable("--chart needs matplotlib: pip install 'diplotext[chart]'") from None
    return plt


def check_chart(path: str | os.PathLike[str]) -> None:
    """Fail early (:class:`ChartUnavailable`) when ``path`` cannot be drawn."""
    if not str(path).lower().endswith(FORMATS):
        raise ChartUnavailable(f"{path}: a chart is an .svg or .png file")
    _pyplot()


def _day(value: str | None) -> dt.date | None:
    window = parse_value(value)
    return None if window is None else window.lo


def draw_chart(cases: Sequence[Case], path: str | os.PathLike[str]) -> int:
    """Draw the dated steps of the cases told by the most articles; return how many cases were
    drawn (undated cases are left out)."""
    plt = _pyplot()
    drawable = [c for c in cases if any(_day(s.date) for s in c.steps)]
    drawable.sort(key=lambda c: (-len(c.articles), c.id))
    rows = sorted(drawable[:MAX_ROWS], key=lambda c: min(d for s in c.steps if (d := _day(s.date))))
    fig, ax = plt.subplots(figsize=(10, 1.2 + 0.32 * max(len(rows), 1)))
    seen: set[str] = set()
    labels: list[str] = []
    for y, case in enumerate(rows):
        dated = [(d, s) for s in case.steps if (d := _day(s.date)) is not None]
        first = min(d for d, _ in dated)
        points = [((d - first).days, s) for d, s in dated]
        labels.append(f"{first.isoformat()} {case.id} {case.label} ({len(case.articles)})")
        ax.plot([0, max(x for x, _ in points)], [y, y], color="#bbbbbb", linewidth=1, zorder=1)
        for day, step in points:
            label = step.status if step.status not in seen else None
            seen.add(step.status)
            size = 20 + 12 * len(step.articles)
            colour = _COLOURS.get(step.status, "#999999")
            ax.scatter([day], [y], s=size, color=colour, label=label, zorder=2)
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels(labels, fontsize=7)
    ax.invert_yaxis()
    ax.set_xlabel("days from the case's first step", fontsize=8)
    ax.set_title("Cross-article cases: status steps (dot size: articles)", fontsize=9)
    if rows:
        ax.legend(fontsize=7, loc="lower right")
    fig.tight_layout()
    fig.savefig(os.fspath(path))
    plt.close(fig)
    return len(rows)

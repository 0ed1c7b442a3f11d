"""Pathological article texts of any size, for the time-linearity test (tests/test_robustness.py)
and the input-scaling benchmark (benchmarks/input_scaling.py). Each maker gives ``n`` characters."""

from __future__ import annotations

import random
from collections.abc import Callable

Maker = Callable[[int], str]


def repeat(unit: str) -> Maker:
    """``unit`` over and over, cut at ``n`` characters."""
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def parentheses(n: int) -> str:
    """``n / 2`` opening parentheses, then as many closing ones."""
    return "(" * (n // 2) + ")" * (n - n // 2)


def news(n: int) -> str:
    """Varied news-like paragraphs (names, places, dates, quotes), none repeated."""
    rnd = random.Random(7)
    names = ["Ana Duarte", "Mark Ellery", "Joan Tate", "Lee Min-ho", "Ruth Okafor", "Pavel Sorin"]
    places = ["Ottawa", "Lisbon", "Seoul", "Lagos", "Bucharest", "Nairobi", "Lima"]
    out: list[str] = []
    size = 0
    i = 0
    while size < n:
        i += 1
        para = (
            f"Foreign Minister {rnd.choice(names)} arrived in {rnd.choice(places)} on Monday for talks "
            f"on item {i}. \u201cWe agree on point {i},\u201d {rnd.choice(names)} said on March "
            f"{i % 28 + 1}, 2011, after meeting Prime Minister {rnd.choice(names)} (pictured).\n\n"
        )
        out.append(para)
        size += len(para)
    return "".join(out)[:n]


MAKERS: dict[str, Maker] = {
    "no spaces": repeat("a"),
    "quote marks": repeat('"'),
    "curly quotes": repeat("\u201cHe said "),
    "parentheses": parentheses,
    "newlines": repeat("\n"),
    "said": repeat("he said that she said that "),
    "capitals": repeat("Mr. Smith Jones "),
    "dates": repeat("May 5, 1973 "),
    "commas": repeat("Moscow, "),
    "rtl and emoji": repeat(
        "\u05e9\u05dc\u05d5\u05dd \U0001f600 \u0645\u0631\u062d\u0628\u0627 Putin met Macron. "
    ),
    "control chars": repeat("Talks\x00 began\x1b.\x07 "),
    "news": news,
}

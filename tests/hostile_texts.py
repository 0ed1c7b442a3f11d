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


def after_news(unit: str) -> Maker:
    """A few news paragraphs (persons to refer to), then ``unit`` over and over in one sentence."""
    return lambda n: news(3000) + repeat(unit)(max(0, n - 3000))


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
    # each of these took quadratic time once (a person's mentions x the states in their sentence;
    # a visitor's trips x trips): 400 KB took 100 s and 18 s
    "pronouns and places": after_news("she said that he said that Moscow, "),
    "repeated visits": after_news("Foreign Minister Ana Duarte arrived in Lima on Monday for talks. "),
}

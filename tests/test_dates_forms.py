"""The ``dates`` plugin: well-formed values, the written forms of issue 11 and the tense of news.

Every sentence here is written for these tests. Publication dates are chosen so the weekday maths is
easy to check by hand: 2011-09-12 is a Monday, 2005-11-16 a Wednesday, 2006-12-14 a Thursday.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplotext.extractors.dates import find_dates
from diplotext.extractors.dates.values import is_timex_value
from diplotext.model import TemporalExpression

MONDAY = dt.date(2011, 9, 12)
WEDNESDAY = dt.date(2005, 11, 16)
THURSDAY = dt.date(2006, 12, 14)


def found(text: str, published: dt.date | None = WEDNESDAY, mode: str = "news") -> list[TemporalExpression]:
    result = find_dates(text, published, mode=mode)  # type: ignore[arg-type]
    for t in result:
        assert text[t.start : t.end] == t.text
        assert is_timex_value(t.value), (t.text, t.value)
    return result


def only(
    text: str, phrase: str, published: dt.date | None = WEDNESDAY, mode: str = "news"
) -> TemporalExpression:
    """The one expression whose text is ``phrase``."""
    hits = [t for t in found(text, published, mode) if t.text == phrase]
    assert len(hits) == 1, (phrase, [(t.text, t.value) for t in found(text, published, mode)])
    return hits[0]


def values(text: str, published: dt.date | None = WEDNESDAY, mode: str = "news") -> dict[str, str]:
    return {t.text: t.value for t in found(text, published, mode)}


# --------------------------------------------------------------------------- 1. well-formed values


@pytest.mark.parametrize(
    "value",
    [
        "2006",
        "2006-12",
        "2006-12-14",
        "2006-W05",
        "2006-W50",
        "2006-W50-WE",
        "XXXX-WXX-4",
        "2006-Q4",
        "2006-H1",
        "2006-WI",
        "199",
        "20",
        "BC0076",
        "1941-XX-XX",
        "2006-12-14T21:05",
        "2006-12-14TNI",
        "XXXX-XX-XXT09:30",
        "P6Y",
        "PT4H",
        "P2Y6M",
        "PXY",
        "P1.5W",
        "PRESENT_REF",
    ],
)
def test_well_formed_values_parse(value: str) -> None:
    assert is_timex_value(value)


@pytest.mark.parametrize(
    "value",
    ["2006-W5", "2006-W54", "2006-13", "2006-12-32", "-18", "P", "PT", "2006-Q5", "2006-12-14T25:00", ""],
)
def test_malformed_values_do_not_parse(value: str) -> None:
    assert not is_timex_value(value)


def test_week_values_always_have_two_digits() -> None:
    text = "Talks stalled this week. They met last week and will meet next week, and two weeks ago too."
    assert values(text, dt.date(2006, 2, 1)) == {
        "this week": "2006-W05",
        "last week": "2006-W04",
        "next week": "2006-W06",
        "two weeks ago": "2006-W03",
    }
    assert values(text, THURSDAY)["this week"] == "2006-W50"


_WEEK_TEXT = (
    "Talks stalled this week. They met last week and will meet next week. Two weeks ago they met too. "
    "Last weekend was quiet."
)


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=dt.date(1900, 1, 8), max_value=dt.date(2100, 12, 24)))
def test_week_values_are_the_iso_weeks_of_any_publication_date(day: dt.date) -> None:
    def week(d: dt.date) -> str:
        year, number, _ = d.isocalendar()
        return f"{year:04d}-W{number:02d}"

    got = values(_WEEK_TEXT, day)
    assert got == {
        "this week": week(day),
        "last week": week(day - dt.timedelta(days=7)),
        "next week": week(day + dt.timedelta(days=7)),
        "Two weeks ago": week(day - dt.timedelta(days=14)),
        "Last weekend": week(day - dt.timedelta(days=7)) + "-WE",  # the weekend of the week before
    }


_MIXED = (
    "On 14 December 2006 the talks began. The next week they stalled, and a week later the weekend came. "
    "Last week, next weekend, the following fortnight, two decades ago, the '80s, the 1990s, next year, "
    "last quarter, this winter, Christmas, Monday at 9 p.m., tomorrow night, three weeks earlier and "
    "every Thursday all count; so does 26 Jan."
)


@settings(max_examples=300, deadline=None)
@given(
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    st.sampled_from(["news", "narrative"]),
)
def test_every_value_is_well_formed_for_any_publication_date(day: dt.date, mode: str) -> None:
    """Even at the ends of the calendar (a publication date of year 1 or 9999) nothing raises and
    every value parses; what cannot be computed is left out."""
    found(_MIXED, day, mode)

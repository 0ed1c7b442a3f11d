"""The ``dates`` plugin: clock-time ranges, their end glued to the begin ("10am-4pm") and the day
both ends share ("from 7 a.m. to 8 p.m. Thursday"), and two-letter time zones ("5:40 p.m. ET") (the
tenth dates session of issue 11).

Every sentence here is written for these tests. Publication: Tuesday 2011-05-03.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplotext.extractors.dates import find_dates

PUBLISHED = dt.date(2011, 5, 3)


def clock_range(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """``(text, value, range begin, range end)`` of each expression found."""
    out = []
    for t in find_dates(text, PUBLISHED):
        assert text[t.start : t.end] == t.text
        out.append((t.text, t.value, t.range.begin if t.range else None, t.range.end if t.range else None))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The clinic opens 9am-5pm for walk-in visits.",
            [
                ("9am", "2011-05-03T09:00", "2011-05-03T09:00", "2011-05-03T17:00"),
                ("5pm", "2011-05-03T17:00", "2011-05-03T09:00", "2011-05-03T17:00"),
            ],
        ),
        (
            "Lights go off tonight 8.30pm-9.30pm.",
            [
                ("tonight", "2011-05-03TNI", None, None),
                ("8.30pm", "2011-05-03T20:30", "2011-05-03T20:30", "2011-05-03T21:30"),
                ("9.30pm", "2011-05-03T21:30", "2011-05-03T20:30", "2011-05-03T21:30"),
            ],
        ),
        (
            "The road is shut 10:00-16:00 for repairs.",
            [
                ("10:00", "2011-05-03T10:00", "2011-05-03T10:00", "2011-05-03T16:00"),
                ("16:00", "2011-05-03T16:00", "2011-05-03T10:00", "2011-05-03T16:00"),
            ],
        ),
    ],
)
def test_a_clock_range_glued_by_a_dash_has_both_ends(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert clock_range(text) == expected


def test_a_dash_after_a_clock_time_before_no_clock_time_adds_nothing() -> None:
    assert [t for t, *_ in clock_range("The vote closed at 5pm-ish, a clerk said.")] == ["5pm"]


@pytest.mark.parametrize(
    ("text", "begin", "end"),
    [
        # a clock time alone takes the day of the other end
        (
            "Polling stations will stay open from 7 a.m. to 8 p.m. Thursday.",
            "2011-05-05T07:00",
            "2011-05-05T20:00",
        ),
        ("The fair ran from 10am to 6pm on 14 April.", "2011-04-14T10:00", "2011-04-14T18:00"),
        ("The dance lasted from 10 p.m. Saturday to 2 a.m.", "2011-04-30T22:00", "2011-05-01T02:00"),
        # an end before its begin lies on a later day: the next one, or the weekday named after the begin
        ("Shops shut between 9 p.m. and 6 a.m.", "2011-05-03T21:00", "2011-05-04T06:00"),
        ("The truce held from 6 p.m. Friday to 6 a.m. Monday.", "2011-04-29T18:00", "2011-05-02T06:00"),
    ],
)
def test_the_ends_of_a_clock_range_share_their_day(text: str, begin: str, end: str) -> None:
    ranged = [(b, e) for _, _, b, e in clock_range(text) if b is not None]
    assert ranged == [(begin, end), (begin, end)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The launch went ahead at 5:40 p.m. ET on Monday.",
            [("5:40 p.m. ET on Monday", "2011-05-02T17:40")],
        ),
        ("Ballots close at 8 p.m. PT.", [("8 p.m. PT", "2011-05-03T20:00")]),
    ],
)
def test_a_two_letter_time_zone_belongs_to_its_clock_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, v, *_ in clock_range(text)] == expected

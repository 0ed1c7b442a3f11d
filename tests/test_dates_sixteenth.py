"""The ``dates`` plugin: clock times said in words, a length counted from a day ("ten days from
now"), a weekday counted "in" a month, a month and day a modal puts ahead, "New Year", "at 2200 hours"
and "the week before last" (the sixteenth session, issue 11, dates18).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builders import date_texts

MARCH = dt.date(2013, 3, 21)  # a Thursday
DECEMBER = dt.date(2012, 12, 11)  # a Tuesday

# ------------------------------------------------------------- "half past six", "a quarter to nine"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry left at half past six.", ("half past six", "2013-03-21T06:30")),
        (
            "The choir sang until half past nine in the evening.",
            ("half past nine in the evening", "2013-03-21T21:30"),
        ),
        ("The bakery opens at a quarter to eight.", ("a quarter to eight", "2013-03-21T07:45")),
        ("The clerk locked up at quarter past 5 p.m.", ("quarter past 5 p.m.", "2013-03-21T17:15")),
        (
            "The mayor rode out a quarter before 10 a.m. on Tuesday.",
            ("a quarter before 10 a.m. on Tuesday", "2013-03-19T09:45"),
        ),
        ("The tram stopped at ten past seven.", ("ten past seven", "2013-03-21T07:10")),
        ("The gate shuts at twenty minutes past noon.", ("twenty minutes past noon", "2013-03-21T12:20")),
        ("Fireworks began at five minutes to midnight.", ("five minutes to midnight", "2013-03-21T23:55")),
        ("The vigil ends at half past ten tonight.", ("half past ten tonight", "2013-03-21T22:30")),
    ],
)
def test_a_clock_time_said_in_words(text: str, expected: tuple[str, str]) -> None:
    assert date_texts(text, MARCH) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Attendance grew from three to four hundred.",
        "The lamp burned half past its rated life.",
        "A quarter to three of the members abstained.",
    ],
)
def test_numbers_and_halves_that_are_no_clock(text: str) -> None:
    assert date_texts(text, MARCH) == []


# ------------------------------------------------------------- "ten days from now", "a week from Friday"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # TimeML tags an anchored length apart from the day it counts from (seventeenth session)
        ("The canal reopens ten days from now.", [("ten days", "P10D"), ("now", "PRESENT_REF")]),
        ("Two years from now the bridge will carry trams.", [("Two years", "P2Y"), ("now", "PRESENT_REF")]),
        ("The fair returns a month from today.", [("a month", "P1M"), ("today", "2013-03-21")]),
        # a weekday a length counts from is the coming one
        ("The jury sits a week from Friday.", [("a week", "P1W"), ("Friday", "2013-03-22")]),
        ("The lease ends three weeks from tomorrow.", [("three weeks", "P3W"), ("tomorrow", "2013-03-22")]),
        ("A week from Monday, the pool closes.", [("A week", "P1W"), ("Monday", "2013-03-25")]),
    ],
)
def test_a_length_counted_from_a_day_is_two_expressions(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, MARCH) == expected


def test_a_stretch_that_begins_on_a_day_stays_apart() -> None:
    found = date_texts("The road is shut for two days from Tuesday to Thursday.", MARCH)
    assert ("two days", "P2D") in found
    assert all(" from " not in text for text, _ in found)


# ------------------------------------------------------------- "the second Tuesday in March"


def test_a_weekday_counted_in_a_month() -> None:
    assert date_texts("The guild votes on the second Tuesday in April.", MARCH) == [
        ("the second Tuesday in April", "2013-04-09")
    ]


def test_a_weekday_in_a_place_is_no_counted_day() -> None:
    assert date_texts("She spoke on Monday in Lyon.", MARCH) == [("Monday", "2013-03-18")]


# ------------------------------------------------------------- "would take place on August 31" in December


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cousins said a reunion would take place in Leeds on August 31.", ("August 31", "2013-08-31")),
        ("The club will reopen its hall on October 2.", ("October 2", "2013-10-02")),
    ],
)
def test_a_modal_puts_a_month_and_day_ahead(text: str, expected: tuple[str, str]) -> None:
    assert date_texts(text, DECEMBER) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cousins said they would travel on December 8.", ("December 8", "2012-12-08")),
        ("The hall, which will close, opened on August 31.", ("August 31", "2012-08-31")),
        (
            "The mayor will take office after the vote held on October 28 drew record crowds.",
            ("October 28", "2012-10-28"),
        ),
    ],
)
def test_a_day_just_gone_by_or_a_modal_far_before_stays_past(text: str, expected: tuple[str, str]) -> None:
    assert date_texts(text, DECEMBER) == [expected]


# ------------------------------------------------------------- "New Year", "at 2200 hours"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The baker wished his customers a Happy New Year.", [("New Year", "2013-01-01")]),
        ("The council will set the fees in the New Year.", [("New Year", "2014-01-01")]),
        ("Crowds gathered for the Lunar New Year.", []),
        ("The florist was named in the New Year Honours.", []),
    ],
)
def test_new_year_is_the_first_of_january_nearest(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, MARCH) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The curfew starts at 2200 hours.", [("2200 hours", "2013-03-21T22:00")]),
        (
            "The patrol set out around 0530 hours on Tuesday.",
            [("around 0530 hours on Tuesday", "2013-03-19T05:30")],
        ),
        ("The volunteers gave 1200 hours to the shelter.", [("1200 hours", "PT1200H")]),
    ],
)
def test_four_digits_and_hours_after_at_are_a_clock_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, MARCH) == expected


# ------------------------------------------------------------- "the week before last", "the year after next"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The quarry flooded the week before last.", ("the week before last", "2013-W10")),
        ("The orchard was sold the year before last.", ("the year before last", "2011")),
        ("Fares rise the month after next.", ("the month after next", "2013-05")),
        ("The fete was held the weekend before last.", ("the weekend before last", "2013-W10-WE")),
    ],
)
def test_two_units_back_or_on(text: str, expected: tuple[str, str]) -> None:
    assert date_texts(text, MARCH) == [expected]


def test_a_week_before_an_event_is_no_unit_back() -> None:
    assert date_texts("The week before the regatta was calm.", MARCH) == []

"""The ``dates`` plugin: classes of the twenty-third session (issue 11, dates27).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builders import date_texts

THURSDAY = dt.date(2021, 7, 15)  # a Thursday

# ------------------------------ "forecasters predict rain on Sunday": an expectation points ahead


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forecasters predict heavy hail over Brenmoor on Sunday.", [("Sunday", "2021-07-18")]),
        ("Weather officers predict a landfall Saturday morning.", [("Saturday morning", "2021-07-17TMO")]),
        ("Most traders expect a rate cut in March.", [("March", "2022-03")]),
        ("The pilots' union anticipates a ruling on Monday.", [("Monday", "2021-07-19")]),
        ("The port authority foresees a reopening in June.", [("June", "2022-06")]),
        ("A reply from the rebels may still come, possibly on Tuesday.", [("Tuesday", "2021-07-20")]),
        ("A deal on the pier is near, perhaps on Saturday.", [("Saturday", "2021-07-17")]),
        (
            "The mine's owner wants to install new pumps in February, his agent said.",
            [("February", "2022-02")],
        ),
        # a nearer past cue still wins
        ("The driver probably died on Sunday.", [("Sunday", "2021-07-11")]),
        ("The villagers want to know why the dam burst on Monday.", [("Monday", "2021-07-12")]),
        ("Forecasters had predicted the flood on Tuesday.", [("Tuesday", "2021-07-13")]),
        # a speaker's "I want to" is no plan
        (
            '"I want to say that this was the first quarter with a profit," the owner said.',
            [("the first quarter", "2021-Q1")],
        ),
    ],
)
def test_an_expectation_points_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, THURSDAY) == expected


# ------------------------------ "Christmas goods": a holiday naming a thing is no date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports of Christmas goods from the province fell 3 percent.", []),
        ("Makers of Easter products cut prices.", []),
        ("Fewer Christmas shoppers came to the Christmas market in Olbrun.", []),
        ("Christmas commodities sold well before Christmas.", [("Christmas", "2020-12-25")]),
    ],
)
def test_a_holiday_naming_a_thing(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, THURSDAY) == expected


# ------------------------------ "the bank failed in 2008; the following March": the year named last


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The toll bridge over the Sava was closed in 2012. The following spring it was torn down.",
            [("2012", "2012"), ("The following spring", "2013-SP")],
        ),
        (
            "The cooperative went bankrupt in 2008 and its founder fled the next March.",
            [("2008", "2008"), ("the next March", "2009-03")],
        ),
        (
            "Vesna Orlik won the seat in 2014. The previous winter she had lost a by-election.",
            [("2014", "2014"), ("The previous winter", "2013-WI")],
        ),
        # a month named after the year still counts from its month
        (
            "The pier opened in 2010 and was hit by a storm in May 2011. The following March it was rebuilt.",
            [("2010", "2010"), ("May 2011", "2011-05"), ("The following March", "2012-03")],
        ),
    ],
)
def test_a_sequel_season_or_month_after_a_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, THURSDAY) == expected


# ------------------------------ "the last weekend of July": the weekend of that Saturday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fair in Dunmore was held on the last weekend of June.",
            [("the last weekend of June", "2021-W25-WE")],
        ),
        ("The regatta is on the first weekend of August.", [("the first weekend of August", "2021-W31-WE")]),
        (
            "The clinic shut on the second weekend of May 2019.",
            [("the second weekend of May 2019", "2019-W19-WE")],
        ),
        # the week stays a week
        ("Talks on the canal resumed in the second week of June.", [("the second week of June", "2021-W23")]),
    ],
)
def test_the_nth_weekend_of_a_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, THURSDAY) == expected


# ------------------------------ "no earlier than Monday": a bound still ahead


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Final tallies from the Ardel count are expected no earlier than Monday.",
            [("Monday", "2021-07-19")],
        ),
        (
            "The mill said a ruling, expected not earlier than Tuesday, would decide its fate.",
            [("Tuesday", "2021-07-20")],
        ),
        # a comparison without "no" says nothing of the date; the clause's own verb tells
        ("The ferry left earlier than Friday's timetable said.", [("Friday", "2021-07-09")]),
    ],
)
def test_no_earlier_than(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, THURSDAY) == expected


# ------------------------------ "traded between 6.61 and 6.70 during the day": the report's day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rand weakened on Thursday. It moved between 14.21 and 14.38 per dollar during the day, "
            "trading most often at 14.30.",
            [("Thursday", "2021-07-15"), ("the day", "2021-07-15")],
        ),
        (
            "Shares of 42 firms changed hands throughout the day, with the index up 1.2 percent.",
            [("the day", "2021-07-15")],
        ),
        # a day compared with, in another sentence or before a clock time, is not the report's
        (
            "The peso was quoted at 19.90 against Tuesday's 5 p.m. rate. It moved between 19.85 and 19.97 "
            "during the day, trading most often at 19.92.",
            [("Tuesday", "2021-07-13"), ("5 p.m.", "2021-07-13T17:00"), ("the day", "2021-07-15")],
        ),
        (
            "The peso, at 19.90 against Tuesday's 5 p.m. rate, moved between 19.85 and 19.97 during the day.",
            [("Tuesday", "2021-07-13"), ("5 p.m.", "2021-07-13T17:00"), ("the day", "2021-07-15")],
        ),
        # a stay still ahead: publication's week
        (
            "The probe reached orbit on Saturday. It is scheduled to stay in orbit during the week.",
            [("Saturday", "2021-07-10"), ("the week", "2021-W28")],
        ),
    ],
)
def test_during_the_day_of_a_report(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, THURSDAY) == expected


# ------------------------------ "July 13-17 last year", "Last year, on August 8": that year's days


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The survey boat left Kelso harbour from May 3 to 9 of last year.",
            [("May 3", "2020-05-03"), ("9", "2020-05-09"), ("last year", "2020")],
        ),
        (
            "The kiln was fired on June 2-4 last year.",
            [("June 2", "2020-06-02"), ("4", "2020-06-04"), ("last year", "2020")],
        ),
        (
            "Last year, on March 14, the guild elected its first woman.",
            [("Last year", "2020"), ("March 14", "2020-03-14")],
        ),
        (
            "The pier was booked for March 2 and 3 next year.",
            [("March 2", "2022-03-02"), ("3", "2022-03-03"), ("next year", "2022")],
        ),
        # a possessive year qualifies a noun; another sentence is another matter
        (
            "On June 2, last year's champion lost in Arbroath.",
            [("June 2", "2021-06-02"), ("last year", "2020")],
        ),
        (
            "The kiln cracked on June 2. Last year, it had been relined.",
            [("June 2", "2021-06-02"), ("Last year", "2020")],
        ),
    ],
)
def test_days_next_to_a_said_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, THURSDAY) == expected

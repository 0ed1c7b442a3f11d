"""The ``dates`` plugin: classes of the twenty-fifth session (issue 11, helper dates30).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builders import date_texts

WEDNESDAY = dt.date(2015, 6, 10)  # a Wednesday

# ------------------------------------------------------------ a month's short form in lower case


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we fly out on aug 14 with the whole team", [("aug 14", "2015-08-14")]),
        ("the fair opened on feb 3rd and drew a crowd", [("feb 3rd", "2015-02-03")]),
        ("booked the hall for oct. 9 already", [("oct. 9", "2015-10-09")]),
        ("her recital was on jan 22nd at the old church", [("jan 22nd", "2015-01-22")]),
        ("we last swam in the lake on sept 4", [("sept 4", "2014-09-04")]),
    ],
)
def test_a_lower_case_month_short_form_before_a_day_is_a_date(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert date_texts(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the dec 4% rate stays",  # a figure, no day
        "a jan 2015 report",  # a year: the month in lower case alone is left
        "add a dash of mar 12:30 style",  # a clock time
        "the team scored in the jun 7-2 rout",  # a score
    ],
)
def test_a_lower_case_month_short_form_before_no_day_stays_out(text: str) -> None:
    assert not [
        t for t, _ in date_texts(text, WEDNESDAY) if t.lower().startswith(("dec", "jan", "mar", "jun"))
    ]


# ------------------------------------------------------------ "N hrs ago": a short unit before "ago"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The post went up 3 wks ago and nobody replied.", [("3 wks ago", "2015-W21")]),
        ("I moved here 4 yrs ago from the coast.", [("4 yrs ago", "2011")]),
        ("The ferry left 20 mins ago.", [("20 mins ago", "2015-06-10")]),
        ("The ferry left 2hrs ago.", [("2hrs ago", "2015-06-10")]),
        ("We spoke a few hrs ago about the plan.", [("a few hrs ago", "PAST_REF")]),
    ],
)
def test_a_short_unit_before_ago_counts_back(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, WEDNESDAY) == expected


# ------------------------------------------------------------ an invitation: its day is ahead


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("See you on Monday at the gallery!", [("Monday", "2015-06-15")]),
        ("Join us Saturday for the river clean-up.", [("Saturday", "2015-06-13")]),
        ("Don't miss the quiz night on Tuesday!", [("Tuesday", "2015-06-16")]),
        ("Come to the open day on Sunday.", [("Sunday", "2015-06-14")]),
        ("Tune in Monday for the final episode.", [("Monday", "2015-06-15")]),
        ("Let's talk it over on Tuesday.", [("Tuesday", "2015-06-16")]),
    ],
)
def test_a_day_in_an_invitation_is_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past cue in the sentence still wins
        ("Join us, the mayor said on Monday.", [("Monday", "2015-06-08")]),
        # no invitation: a news report's bare day is gone by
        ("The mayor opened the gallery on Monday.", [("Monday", "2015-06-08")]),
    ],
)
def test_a_day_outside_an_invitation_keeps_its_tense(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, WEDNESDAY) == expected


# ------------------------------------------------------------ a range across two months


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The museum will shut from December 28-January 4 for repairs.",
            [("December 28", "2015-12-28"), ("January 4", "2016-01-04")],
        ),
        (
            "Lessons of the April 3-May 19 siege were drawn up.",
            [("April 3", "2015-04-03"), ("May 19", "2015-05-19")],
        ),
        (
            "The census ran Nov. 27 - Feb. 3, 2009, in three rounds.",
            [("Nov. 27", "2008-11-27"), ("Feb. 3, 2009", "2009-02-03")],
        ),
        (
            "The grant covers the March 1-September 30 2016 season.",
            [("March 1", "2016-03-01"), ("September 30 2016", "2016-09-30")],
        ),
    ],
)
def test_a_day_range_across_two_months_gives_both_days(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, WEDNESDAY) == expected


# ------------------------------------------------------------ a month a period runs into


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dispute dragged on into November.", [("November", "2014-11")]),
        ("As the contest entered October, the gap narrowed.", [("October", "2014-10")]),
        ("Talks will resume come September.", [("September", "2015-09")]),
    ],
)
def test_a_month_a_period_runs_into_is_the_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    "text", ["She ran into April Dunne at the station.", "We bumped into June outside the bakery."]
)
def test_a_name_after_into_is_no_month(text: str) -> None:
    assert date_texts(text, WEDNESDAY) == []


# ------------------------------------------------------------ the first N quarters of a year


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Freight volumes grew in the first three quarters of 2014.",
            [("the first three quarters", "P3Q"), ("2014", "2014")],
        ),
        (
            "Imports slowed in the first three quarters of this year.",
            [("the first three quarters", "P3Q"), ("this year", "2015")],
        ),
    ],
)
def test_the_first_quarters_of_a_year_are_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, WEDNESDAY) == expected


def test_the_first_quarters_of_a_match_stay_a_share() -> None:
    assert date_texts("The visitors led for the first three quarters of the match.", WEDNESDAY) == []


# ------------------------------------------------------------ "nxt week", "last yr": informal relatives


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cant wait, road trip nxt week", [("nxt week", "2015-W25")]),
        ("our band plays again nxt month", [("nxt month", "2015-07")]),
        ("we got a puppy last yr", [("last yr", "2014")]),
        ("best harvest this yr so far", [("this yr", "2015")]),
    ],
)
def test_informal_relative_words_and_units(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, WEDNESDAY) == expected


def test_yr_without_a_relative_word_is_no_date() -> None:
    assert date_texts("please send yr photos to the club", WEDNESDAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("karaoke this sat nite, bring friends", [("this sat nite", "2015-06-13TNI")]),
        ("the band was loud on Tuesday nite", [("Tuesday nite", "2015-06-09TNI")]),
    ],
)
def test_nite_after_a_weekday_is_its_night(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, WEDNESDAY) == expected


# ------------------------------------------------------------ an opening day of a past clause


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On August 2, rescuers reached the village.", [("August 2", "2014-08-02")]),
        ("On the night of July 28, the dam gave way.", [("July 28", "2014-07-28")]),
        ("The dam gave way on the night of July 28.", [("July 28", "2014-07-28")]),
    ],
)
def test_a_day_opening_a_past_clause_is_gone_by(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, WEDNESDAY) == expected


def test_a_day_opening_a_future_clause_stays_ahead() -> None:
    assert date_texts("On August 2, voters will pick a new council.", WEDNESDAY) == [
        ("August 2", "2015-08-02")
    ]


# ------------------------------------------------------------ a holiday with its own year


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shop burned down on Christmas Day 2009.", [("Christmas Day 2009", "2009-12-25")]),
        ("They first met at Easter, 2011, in Rome.", [("Easter, 2011", "2011-04-24")]),
        ("The Halloween 2012 parade was rained off.", [("Halloween 2012", "2012-10-31")]),
    ],
)
def test_a_holiday_with_its_year_is_that_years(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, WEDNESDAY) == expected


# ------------------------------------------------------------ informal notices: "Fri 3/8", "Sunday @ noon"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("open mic Fri 6/12 at the cafe", [("Fri 6/12", "2015-06-12")]),
        ("Sat 13/6 doors open early", [("Sat 13/6", "2015-06-13")]),  # only day first is a Saturday
        ("Bake sale Sunday @ noon by the gate", [("Sunday @ noon", "2015-06-07T12:00")]),
        ("Ferry leaves June 12th @ 8pm sharp", [("June 12th @ 8pm", "2015-06-12T20:00")]),
    ],
)
def test_informal_notices_of_a_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, WEDNESDAY) == expected


# ------------------------------------------------------------ a greeted day is the one at hand


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Happy Friday, everyone!", [("Friday", "2015-06-12")]),
        ("Coffee first. Happy Monday!", [("Monday", "2015-06-08")]),
    ],
)
def test_a_greeted_day_is_the_nearer_one(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, WEDNESDAY) == expected


def test_a_happy_adjective_inside_a_clause_is_no_greeting() -> None:
    assert date_texts("The happy Friday crowd went home early.", WEDNESDAY) == [("Friday", "2015-06-05")]

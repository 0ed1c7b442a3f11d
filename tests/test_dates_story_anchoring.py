"""The ``dates`` plugin: news read from a day the article named earlier (issue 11, dates24).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builders import date_texts

FRIDAY = dt.date(2011, 5, 20)  # a Friday, years after the stories told


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day and month with a weekday: the year named shortly before, when the weekday fits it
        (
            "The flood broke the levee on 4 March 2004. On Sunday, 7 March, the water fell.",
            [("4 March 2004", "2004-03-04"), ("Sunday, 7 March", "2004-03-07")],
        ),
        (
            "The ferry sank on Thursday, 4 March 2004. By Sunday, March 7, divers had found it.",
            [("Thursday, 4 March 2004", "2004-03-04"), ("Sunday, March 7", "2004-03-07")],
        ),
        # the weekday does not fit that year: the year near publication that fits, as before
        (
            "The flood broke the levee on 4 March 2004. On Monday, 7 March, the water fell.",
            [("4 March 2004", "2004-03-04"), ("Monday, 7 March", "2011-03-07")],
        ),
        # no year named: the year near publication that fits
        (
            "On Sunday, 7 March, the water fell.",
            [("Sunday, 7 March", "2010-03-07")],
        ),
    ],
)
def test_weekday_date_takes_the_year_named(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the next Thursday" is the following Thursday, counted from the day named
        (
            "The talks opened on Monday, 12 January 2009. The next Thursday they broke down.",
            [("Monday, 12 January 2009", "2009-01-12"), ("The next Thursday", "2009-01-15")],
        ),
        # with no day named, the coming one, as "next Thursday"
        ("The envoys meet the next Thursday.", [("the next Thursday", "2011-05-26")]),
        # "next Thursday" without the article stays with publication
        (
            "The talks opened on 12 January 2009. They resume next Thursday.",
            [("12 January 2009", "2009-01-12"), ("next Thursday", "2011-05-26")],
        ),
    ],
)
def test_the_next_weekday(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "that same night" is "that night": the day named
        (
            "The dam gave way on 9 June 2007. That same night the village was empty.",
            [("9 June 2007", "2007-06-09"), ("That same night", "2007-06-09TNI")],
        ),
        (
            "The strike began on 2 October 2008. That same afternoon the mills closed.",
            [("2 October 2008", "2008-10-02"), ("That same afternoon", "2008-10-02TAF")],
        ),
        # "the next weekend" in a past clause: the first weekend after the day named
        (
            "The mine closed on Tuesday, 2 October 2012. The next weekend the miners marched.",
            [("Tuesday, 2 October 2012", "2012-10-02"), ("The next weekend", "2012-W40-WE")],
        ),
        # in a future clause it stays with publication
        ("The miners will march the next weekend.", [("the next weekend", "2011-W21-WE")]),
    ],
)
def test_parts_of_day_and_weekends_from_the_day_named(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, FRIDAY) == expected


LATE_AUTUMN = dt.date(2020, 9, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opening adverbial clause's modal sets no tense for the main clause's month
        ("After the mayor said the port could close, debate in early August centered on it.", "2020-08"),
        ("Because the dam might burst, talks in August turned to the levees.", "2020-08"),
        # the main clause's own cue still decides
        ("After the mayor said the port could close, the council will meet in November.", "2020-11"),
        ("After the port closed, the council will meet again in August.", "2021-08"),
    ],
)
def test_an_opening_clause_sets_no_tense_for_the_main_one(text: str, expected: str) -> None:
    assert [v[:7] for _, v in date_texts(text, LATE_AUTUMN)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "that" before a month or weekday, opening a sentence or after a preposition, points back
        (
            "The dockers walked out in August 2016. That September, the drivers joined them.",
            [("August 2016", "2016-08"), ("That September", "2016-09")],
        ),
        (
            "The levee broke in 1927. That April, the river rose again.",
            [("1927", "1927"), ("That April", "1927-04")],
        ),
        (
            "The vote was set for Monday, 3 May 2004. By that Friday the count was over.",
            [("Monday, 3 May 2004", "2004-05-03"), ("that Friday", "2004-05-07")],
        ),
        (
            "The fair opens on 3 May 2004. On that Monday the gates open at dawn.",
            [("3 May 2004", "2004-05-03"), ("that Monday", "2004-05-03")],
        ),
        # "that" opening a clause is no determiner: the weekday is read as before
        (
            "The fair opened on 3 May 2004. Officials said that Friday the gates would close.",
            [("3 May 2004", "2004-05-03"), ("Friday", "2011-05-20")],
        ),
    ],
)
def test_that_month_and_that_weekday(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, FRIDAY) == expected

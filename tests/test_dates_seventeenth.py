"""The ``dates`` plugin: classes of the seventeenth session (issue 11, dates19).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builders import date_texts

MARCH = dt.date(2013, 3, 21)  # a Thursday
NOVEMBER = dt.date(2013, 11, 2)

# ------------------------------------------------------------- "last year" in a quarterly report


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure of its own sentence: the same quarter a year before
        ("The bakery earned $4 million in the third quarter, against $3 million last year.", "2012-Q3"),
        (
            "The bakery earned $4 million in the third quarter. Last year's results had a $2 million gain.",
            "2012-Q3",
        ),
        # opening a sentence with no figure before it in that sentence: the year
        (
            "The bakery earned $4 million in the third quarter, or 20 cents a share. Last year the storm"
            " losses totaled $5 million.",
            "2012",
        ),
    ],
)
def test_last_year_in_a_quarterly_report(text: str, expected: str) -> None:
    found = dict(date_texts(text, NOVEMBER))
    assert found.get("last year", found.get("Last year")) == expected


# ------------------------------------------------------------- "the first Monday of each month"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council meets on the first Monday of each month.", "the first Monday of each month"),
        ("The club gathers on the last Friday of every month.", "the last Friday of every month"),
    ],
)
def test_a_weekday_counted_in_every_month_is_one_set(text: str, expected: str) -> None:
    assert date_texts(text, MARCH) == [(expected, "P1M")]


def test_a_weekday_counted_in_a_named_month_stays_a_day() -> None:
    assert date_texts("The guild votes on the second Tuesday of April.", MARCH) == [
        ("the second Tuesday of April", "2013-04-09")
    ]


# ------------------------------------------------------------- "the July-September quarter"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports rose in the January-March quarter.", ("the January-March quarter", "2013-Q1")),
        (
            "The mill lost money in the October-to-December quarter.",
            ("the October-to-December quarter", "2012-Q4"),
        ),
        ("Sales fell 3% in the April to June period.", ("the April to June period", "2012-Q2")),
        (
            "Profit rose in the July–September fiscal quarter.",
            ("the July–September fiscal quarter", "2012-Q3"),
        ),
    ],
)
def test_a_quarter_named_by_its_months(text: str, expected: tuple[str, str]) -> None:
    assert date_texts(text, MARCH) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Output rose in the January-September period.",
        "Shipments slowed from July to September, the agency said.",
    ],
)
def test_months_that_are_no_quarter_stay_two(text: str) -> None:
    assert len(date_texts(text, MARCH)) == 2


# ------------------------------------------------------------- "the 2013-14 fiscal year"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The budget covers the 2013-14 fiscal year.", ("the 2013-14 fiscal year", "2013")),
        (
            "The charity closed its books for the 2014/15 financial year.",
            ("the 2014/15 financial year", "2014"),
        ),
        ("Fees rise in the 1999-2000 school year.", ("the 1999-2000 school year", "1999")),
    ],
)
def test_a_period_named_by_a_split_year_is_one_date(text: str, expected: tuple[str, str]) -> None:
    assert date_texts(text, MARCH) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The plan covers the 2006-2010 period.",
        "Growth will slow in 2013-14.",
        "They won the 2011-2012 title.",
    ],
)
def test_two_years_with_no_period_noun_stay_two(text: str) -> None:
    assert len(date_texts(text, MARCH)) == 2


# ------------------------------------------------------------- "the Winter Palace"


@pytest.mark.parametrize(
    "text",
    [
        "Tourists crowded the Winter Palace at dawn.",
        "Families travel home for the Spring Festival.",
        "The city hosted the Summer Olympics once.",
    ],
)
def test_a_capitalised_season_in_a_name_is_no_date(text: str) -> None:
    assert date_texts(text, MARCH) == []


def test_a_capitalised_season_alone_is_a_date() -> None:
    assert date_texts("The bridge will open in the Spring.", MARCH) == [("the Spring", "2013-SP")]


# ------------------------------------------------------------- "in the year to March"


@pytest.mark.parametrize(
    "text",
    [
        "Rents climbed 5% in the year to March.",
        "Output fell in the year through June, the bureau said.",
        "Fares rose 2% in the year to the end of September.",
    ],
)
def test_the_year_to_a_month_is_twelve_months(text: str) -> None:
    assert ("the year", "P1Y") in date_texts(text, MARCH)


def test_the_year_to_date_stays_the_year() -> None:
    assert date_texts("Shares are up 4% for the year to date.", MARCH) == [("the year", "2013")]


# ------------------------------------------------------------- "narrowed from a year earlier"


def test_a_year_ago_compared_in_the_quarters_sentence_is_that_quarter() -> None:
    text = "The mill said its loss for the third quarter narrowed from a year earlier."
    assert ("a year earlier", "2012-Q3") in date_texts(text, NOVEMBER)


def test_a_year_ago_with_no_figure_after_the_quarters_sentence_stays_the_year() -> None:
    text = "The mill earned more in the third quarter. Rates were lower than a year ago, it said."
    assert ("a year ago", "2012") in date_texts(text, NOVEMBER)


# ------------------------------------------------------------- "had said it would close on Jan. 15"

FEBRUARY = dt.date(2013, 2, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan told in the past perfect, or a "would have": a day a month gone by is that one
        ("The mill had said it would shut the kiln on Jan. 15.", "2013-01-15"),
        ("The kiln would have shut on Jan. 15 without the grant.", "2013-01-15"),
        # "would" weighs a day gone by less than "will": a month back stays past ...
        ("The mill said it would shut the kiln on Jan. 15.", "2013-01-15"),
        # ... and "will" puts it ahead
        ("The mill says it will shut the kiln on Jan. 15.", "2014-01-15"),
        # a day months gone by after "would" is still the next one
        ("The mill said a reunion would take place on Oct. 3.", "2013-10-03"),
    ],
)
def test_a_modal_before_a_month_and_day(text: str, expected: str) -> None:
    assert date_texts(text, FEBRUARY)[-1][1] == expected

"""The ``dates`` plugin: classes of the eighteenth session (issue 11, dates20).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builders import date_texts

AUGUST = dt.date(2010, 8, 16)  # a Monday
FEBRUARY = dt.date(2010, 2, 10)
JUNE = dt.date(2010, 6, 16)

# ------------------------------------------------ "the quarter ended June 30": the quarter of that end


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The brewer earned $5 million in the quarter ended June 30.", AUGUST, "2010-Q2"),
        ("The brewer earned $5 million in the quarter to March 31.", AUGUST, "2010-Q1"),
        ("The brewer expects a loss for the quarter ending Sept. 30.", AUGUST, "2010-Q3"),
        ("Sales at the mill rose in the quarter ended Dec. 31.", FEBRUARY, "2009-Q4"),
        # a quarter that ends a month after a calendar quarter: the months it mostly covers
        ("The chain lost $2 million in the quarter ended July 31.", AUGUST, "2010-Q2"),
        ("The chain lost $2 million in the quarter ended March 31, 2008.", AUGUST, "2008-Q1"),
    ],
)
def test_the_quarter_ended_a_day(text: str, published: dt.date, expected: str) -> None:
    assert dict(date_texts(text, published))["the quarter"] == expected


def test_the_quarter_ended_is_the_reports_quarter_after() -> None:
    text = "The brewer earned $5 million in the quarter ended June 30, up from $4 million a year earlier."
    assert dict(date_texts(text, AUGUST))["a year earlier"] == "2009-Q2"


def test_a_plain_quarter_still_the_last_one_over() -> None:
    assert (
        dict(date_texts("The brewer earned $5 million in the quarter.", AUGUST))["the quarter"] == "2010-Q2"
    )


# ----------------------------------------------------------------------------- a bare "Q3"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The carmaker's sales fell in Q2, the firm said.", AUGUST, ("Q2", "2010-Q2")),
        ("Analysts say sales will rebound in Q4.", AUGUST, ("Q4", "2010-Q4")),
        ("The software group reported Q4 earnings on Tuesday.", FEBRUARY, ("Q4", "2009-Q4")),
        ("The bank's Q1 results beat forecasts.", JUNE, ("Q1", "2010-Q1")),
    ],
)
def test_a_bare_quarter(text: str, published: dt.date, expected: tuple[str, str]) -> None:
    assert expected in date_texts(text, published)


@pytest.mark.parametrize(
    "text",
    [
        "She drove an Audi Q3 to the meeting.",
        "The Q2 form must be filed by the agent.",
        "Row Q4 of the table lists the fees.",
    ],
)
def test_a_q_and_a_number_that_is_no_quarter(text: str) -> None:
    assert not [t for t, _ in date_texts(text, AUGUST) if t.startswith("Q")]


# -------------------------------------------------- a season before an event noun ("the spring offensive")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # past tense, a season not yet begun at publication: last year's
        ("The rebels launched the winter offensive in the hills.", JUNE, ("winter", "2009-WI")),
        ("The militia began the spring offensive near the river.", FEBRUARY, ("spring", "2009-SP")),
        # future tense, a season already over: next year's
        ("The assembly will open the spring session with a budget debate.", JUNE, ("spring", "2011-SP")),
        # no article: the season word alone
        ("Their spring offensive stalled within days.", JUNE, ("spring", "2010-SP")),
        ("The guerrillas prepared a summer campaign along the coast.", JUNE, ("summer", "2010-SU")),
    ],
)
def test_a_season_before_an_event_noun(text: str, published: dt.date, expected: tuple[str, str]) -> None:
    assert expected in date_texts(text, published)


@pytest.mark.parametrize(
    "text",
    [
        "Shops sold winter coats at half price.",
        "The hotel opened a summer terrace.",
    ],
)
def test_a_season_before_another_noun_stays_untagged(text: str) -> None:
    assert date_texts(text, JUNE) == []


# ------------------------------------------- "two days earlier": from the day the text named last (news)

DECEMBER = dt.date(2020, 12, 21)  # a Monday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ferry sank on Friday. Divers had warned of the storm two days earlier.",
            ("two days earlier", "2020-12-16"),
        ),
        (
            "The dam burst on Dec. 10; engineers had inspected it a week earlier.",
            ("a week earlier", "2020-W49"),
        ),
        (
            "The mill closed in October. Its owner had sold the land a month earlier.",
            ("a month earlier", "2020-09"),
        ),
        ("Prices rose 2 percent in August from six months earlier.", ("six months earlier", "2020-02")),
    ],
)
def test_units_earlier_count_from_the_day_named(text: str, expected: tuple[str, str]) -> None:
    assert expected in date_texts(text, DECEMBER)


def test_units_earlier_with_no_day_named_count_from_publication() -> None:
    assert ("two days earlier", "2020-12-19") in date_texts(
        "Divers had warned of the storm two days earlier.", DECEMBER
    )


def test_units_ago_still_count_from_publication() -> None:
    text = "The ferry sank on Friday. Divers had warned of the storm two days ago."
    assert ("two days ago", "2020-12-19") in date_texts(text, DECEMBER)


# ------------------------- a weekday in a plan told from the past ("would", "was to"): the nearer one

THURSDAY = dt.date(2019, 9, 19)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Forecasters said the storm would reach the island Wednesday night.",
            ("Wednesday night", "2019-09-18TNI"),
        ),
        ("The ferry was expected to sail on Tuesday, but the port stayed shut.", ("Tuesday", "2019-09-17")),
        ("The council was to vote on Monday.", ("Monday", "2019-09-16")),
        # the nearer day may be ahead too
        ("The union said on Monday that its members would strike on Saturday.", ("Saturday", "2019-09-21")),
    ],
)
def test_a_weekday_in_a_plan_told_from_the_past(text: str, expected: tuple[str, str]) -> None:
    assert expected in date_texts(text, THURSDAY)


def test_a_weekday_with_will_stays_ahead() -> None:
    assert ("Wednesday", "2019-09-25") in date_texts("The council will vote on Wednesday.", THURSDAY)


# ------------------- a month or "next week" in a plan told from the past: from the day of the saying


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor said in April that the bridge would reopen in May.", ("May", "2010-05")),
        ("The brewer said in November that it would open the plant in March.", ("March", "2010-03")),
        ("The museum was to reopen in March, but the repairs dragged on.", ("March", "2010-03")),
        ("The ministry said on May 3 that the talks would resume next week.", ("next week", "2010-W19")),
        ("The brewer said in March that it would open the plant next month.", ("next month", "2010-04")),
    ],
)
def test_a_plan_told_from_the_past(text: str, expected: tuple[str, str]) -> None:
    assert expected in date_texts(text, JUNE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The brewer said it would open the plant in December.", ("December", "2010-12")),
        ("The brewer said it would open the plant next month.", ("next month", "2010-07")),
        ("The brewer will open the plant next month, it said in March.", ("next month", "2010-07")),
    ],
)
def test_a_plan_with_no_day_of_saying_stays_ahead(text: str, expected: tuple[str, str]) -> None:
    assert expected in date_texts(text, JUNE)


# ---------------------------------------- "eight years earlier": from the year the text named last


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She stood for the senate in 1990. Six years earlier, she had led the union.",
            ("Six years earlier", "1984"),
        ),
        (
            "Exports reached $9 billion in 2005, from $6 billion two years earlier.",
            ("two years earlier", "2003"),
        ),
    ],
)
def test_years_earlier_count_from_the_year_named(text: str, expected: tuple[str, str]) -> None:
    assert expected in date_texts(text, DECEMBER)


def test_a_figure_compared_with_a_day_earlier_is_of_the_reports_present() -> None:
    # a day named in an earlier sentence is no day the comparison counts from
    text = "The peso closed at 20.1 late on Friday. The rand was quoted at 15.2, against 15.4 a day earlier."
    assert ("a day earlier", "2020-12-20") in date_texts(text, DECEMBER)

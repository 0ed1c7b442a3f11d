"""The ``dates`` plugin: the year of the text's present, and the periods of financial reports.

Every sentence here is written for these tests (none is copied from a benchmark or gold file). The
publication date 1999-11-03 is a Wednesday in the fourth quarter: the last quarter a report can cover
is 1999-Q3.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplotext.extractors.dates import find_dates
from diplotext.extractors.dates.values import is_timex_value
from diplotext.model import TemporalExpression

PUBLISHED = dt.date(1999, 11, 3)


def found(text: str, published: dt.date | None = PUBLISHED, mode: str = "news") -> list[TemporalExpression]:
    result = find_dates(text, published, mode=mode)  # type: ignore[arg-type]
    for t in result:
        assert text[t.start : t.end] == t.text
        assert is_timex_value(t.value), (t.text, t.value)
    return result


def got(text: str, published: dt.date | None = PUBLISHED, mode: str = "news") -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in found(text, published, mode)]


# --------------------------------------------------------------------------- 1. "the year"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For the year, shipments of the tiles were flat.", ("the year", "DATE", "1999")),
        ("The brewer expects a loss for the full year.", ("the full year", "DATE", "1999")),
        ("Its shares touched a high for the year of $31 in June.", ("the year", "DATE", "1999")),
        ("Output slowed through the first months of the year.", ("the year", "DATE", "1999")),
        ("The calendar year closes with a holiday.", ("The calendar year", "DATE", "1999")),
        # the twelve months that ended on a day: a duration, as TimeBank has it
        ("Revenue for the year ended June 30 was $4 million.", ("the year", "DURATION", "P1Y")),
        ("Profit in the fiscal year ending Aug. 31 fell.", ("the fiscal year", "DURATION", "P1Y")),
    ],
)
def test_the_year_is_the_year_of_the_present(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in got(text)


@pytest.mark.parametrize(
    "text",
    [
        "She was voted player of the year by the league.",
        "He is the Coach of the Year.",
        "Prices are always high at this time of the year.",
        "Complaints are rising by the year.",
        "That was the year when the bridge fell.",
        "The year of the horse begins in February.",
    ],
)
def test_the_year_in_titles_and_idioms_is_no_date(text: str) -> None:
    assert not [t for t in got(text) if t[0].lower().endswith("the year")]


def test_the_year_in_narrative_mode_is_the_storys() -> None:
    text = "The mill opened in March 1911. For the year, it spun 40 tons of wool."
    assert ("the year", "DATE", "1911") in got(text, mode="narrative")


def test_the_year_without_publication_date_is_unresolved() -> None:
    assert ("the year", "DATE", "XXXX") in got("For the year, sales fell.", None)


# --------------------------------------------------------------------------- 2. year-end


@pytest.mark.parametrize(
    ("text", "expected", "mod"),
    [
        # the hyphenated noun is the year's last day, as TimeBank tags it (fourteenth session)
        ("The merger should close by year-end.", ("year-end", "DATE", "1999-12-31"), None),
        ("The plant will reopen around year end, he said.", ("around year end", "DATE", "1999"), "END"),
        ("The index has gained 8% since year-end.", ("year-end", "DATE", "1998-12-31"), None),
        ("They hope to sign by the year's end.", ("the year's end", "DATE", "1999"), "END"),
    ],
)
def test_year_end_is_the_end_of_the_year(text: str, expected: tuple[str, str, str], mod: str | None) -> None:
    hits = [t for t in found(text) if t.text == expected[0]]
    assert [(t.text, t.type, t.value) for t in hits] == [expected]
    assert hits[0].mod == mod


def test_year_end_as_an_adjective_is_no_date() -> None:
    assert got("Year-end bonuses were cut, and the year-end rally never came.") == []


# --------------------------------------------------------------------------- 3. the report's quarter


def test_a_quarter_still_ahead_is_not_the_reports_quarter() -> None:
    text = (
        "Acme's third-quarter profit rose 8% to $12 million from $11 million a year ago. "
        "The storm will cause a fourth-quarter charge of $2 million, the company said. "
        "Margins in the latest quarter narrowed; sales slipped to $90 million from $95 million a year ago."
    )
    assert got(text) == [
        ("third-quarter", "DATE", "1999-Q3"),
        ("a year ago", "DATE", "1998-Q3"),
        ("fourth-quarter", "DATE", "1999-Q4"),
        ("the latest quarter", "DATE", "1999-Q3"),
        ("a year ago", "DATE", "1998-Q3"),
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "Bolt Corp. reported lower fourth-quarter earnings, hurt by a strike.",
        "Bolt Corp.'s net income for the fourth quarter ended Sept. 30 fell 12%.",
    ],
)
def test_a_fiscal_quarter_reported_or_ended_is_the_reports(lead: str) -> None:
    text = lead + " Net fell to $8 million from $9 million a year earlier."
    assert ("a year earlier", "DATE", "1998-Q4") in got(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There were no unusual items in the latest period.", ("the latest period", "DATE", "1999-Q3")),
        ("Sales in the most recent period were flat.", ("the most recent period", "DATE", "1999-Q3")),
        ("The latest quarter was the best in a decade.", ("The latest quarter", "DATE", "1999-Q3")),
    ],
)
def test_the_latest_period_without_a_quarter_named_is_the_last_quarter_over(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in got(text)


# --------------------------------------------------------------------------- 4. a period a year before


def test_year_ago_quarters_and_periods_are_one_expression() -> None:
    text = (
        "Bolt earned $5 million in the third quarter. In the year-ago third quarter it lost $1 million. "
        "Exports for last year's quarter were $3 million, and for the quarter a year ago $2 million. "
        "It compared with a year-earlier loss of $2 million. Net for the year-earlier nine months rose."
    )
    assert got(text) == [
        ("the third quarter", "DATE", "1999-Q3"),
        ("the year-ago third quarter", "DATE", "1998-Q3"),
        ("last year's quarter", "DATE", "1998-Q3"),
        ("the quarter a year ago", "DATE", "1998-Q3"),
        ("year-earlier", "DATE", "1998-Q3"),
        ("the year-earlier nine months", "DURATION", "P9M"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the period the sentence named, a year before
        ("In the first half of 1999, exports rose 8% over the same period of last year.", "1998-H1"),
        ("Imports in October rose 3% from the same period a year earlier.", "1998-10"),
        (
            "For the second quarter this year, output rose 5% compared with the same period last year.",
            "1998-Q2",
        ),
        # a range of months gives its year
        ("From January to August 1999, sales grew 4% compared with the same period last year.", "1998"),
        # none named: the report's quarter, or the year
        (
            "Gruber's third-quarter loss narrowed. Sales fell 2% from the corresponding period last year.",
            "1998-Q3",
        ),
        ("Rents rose 4% over the corresponding period last year.", "1998"),
        ("Rents rose 4% over the comparable period in 1997.", "1997"),
    ],
)
def test_the_same_period_last_year_is_the_period_compared(text: str, expected: str) -> None:
    hits = [t for t in found(text) if "period" in t.text]
    assert [t.value for t in hits] == [expected]


# --------------------------------------------------------------------------- 5. periods longer than a quarter


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("For the nine months, net rose to $30 million from $25 million a year earlier.", "a year earlier"),
        ("In the first half, sales were $80 million, against $70 million last year.", "last year"),
        ("Year-to-date revenue reached $1 billion, up from $900 million a year ago.", "a year ago"),
        ("For the six months, it compared with year-earlier net of $4 million.", "year-earlier"),
    ],
)
def test_a_year_back_from_a_longer_period_is_the_year(sentence: str, phrase: str) -> None:
    text = "Crane Co.'s third-quarter profit rose 5% to $9 million from $8 million a year ago. " + sentence
    assert got(text)[1] == ("a year ago", "DATE", "1998-Q3")  # the quarter's comparison
    assert (phrase, "DATE", "1998") in got(text)


def test_a_sentence_opening_on_its_period_reads_the_sentence_before() -> None:
    text = (
        "Crane Co.'s third-quarter profit rose 5% to $9 million. "
        "In the first nine months, net was $30 million, against $25 million in the 1998 period. "
        "The year-ago results included a gain."
    )
    assert ("the 1998 period", "DATE", "1998") in got(text)
    assert ("year-ago", "DATE", "1998") in got(text)

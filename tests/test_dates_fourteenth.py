"""The ``dates`` plugin: quarters in a future clause, clock ranges whose begin has no "a.m."/"p.m.",
and "Sat" with a capital as the weekday, not a past verb (the fourteenth session, issue 11, dates16).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builders import date_texts
from diplotext.extractors.dates import find_dates

MARCH = dt.date(2013, 3, 21)  # a Thursday
JANUARY = dt.date(2013, 1, 21)
NOVEMBER = dt.date(2013, 11, 21)

# ------------------------------------------------------------- quarters in a future clause


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a quarter not yet begun, spoken of ahead: this year's
        ("The merger is expected to close by the second quarter.", MARCH, ("the second quarter", "2013-Q2")),
        ("The new line should be running in the third quarter.", MARCH, ("the third quarter", "2013-Q3")),
        # a quarter over this year, spoken of ahead within six months: next year's
        ("The depot will open in the first quarter.", NOVEMBER, ("the first quarter", "2014-Q1")),
        # as before: past clauses, reports of a quarter gone by, quarters far off, comparisons
        ("The depot opened in the first quarter.", NOVEMBER, ("the first quarter", "2013-Q1")),
        ("Margins narrowed in the fourth quarter.", JANUARY, ("the fourth quarter", "2012-Q4")),
        ("The group will report fourth-quarter results on Friday.", JANUARY, ("fourth-quarter", "2012-Q4")),
        ("Output will rise 0.4 percent from the third quarter.", JANUARY, ("the third quarter", "2012-Q3")),
        ("The firm will take a fourth-quarter charge.", NOVEMBER, ("fourth-quarter", "2013-Q4")),
    ],
)
def test_a_quarter_ahead_in_a_future_clause(text: str, published: dt.date, expected: tuple[str, str]) -> None:
    assert expected in date_texts(text, published)


def test_later_is_no_future_cue_for_a_quarter() -> None:
    text = "The winger later scored twice in the first quarter and once in the second quarter."
    assert ("the first quarter", "2013-Q1") in date_texts(text, NOVEMBER)


# ------------------------------------------------------------- "7-9pm": a begin with no a.m./p.m.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pottery class tonight 7-9pm, all welcome.",
            [("tonight", "2013-03-21TNI"), ("7", "2013-03-21T19:00"), ("9pm", "2013-03-21T21:00")],
        ),
        (
            "Book swap this Fri 2 - 4pm at the hall.",
            [("this Fri", "2013-03-22"), ("2", "2013-03-22T14:00"), ("4pm", "2013-03-22T16:00")],
        ),
        (
            "The clinic opens between 8 and 10 a.m. on Monday.",
            [("8", "2013-03-25T08:00"), ("10 a.m. on Monday", "2013-03-25T10:00")],
        ),
        (
            "The stall will shut on Friday, 11-1pm.",
            [("Friday", "2013-03-22"), ("11", "2013-03-22T11:00"), ("1pm", "2013-03-22T13:00")],
        ),
    ],
)
def test_a_clock_range_begin_takes_the_ends_half(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, MARCH) == expected


def test_the_two_ends_are_one_range() -> None:
    found = find_dates("Pottery class tonight 7-9pm.", MARCH)
    begin, end = found[1], found[2]
    assert begin.range is not None and begin.range == end.range
    assert (begin.range.begin, begin.range.end) == ("2013-03-21T19:00", "2013-03-21T21:00")


@pytest.mark.parametrize(
    "text",
    [
        "Children aged 7-9 pm sessions are full.",  # no day before it, no end found
        "The home side won 3-1 at 4pm.",  # a score
        "The fair runs on June 7-9pm.",  # the begin is a day of a date
    ],
)
def test_no_clock_begin_without_a_range(text: str) -> None:
    assert not [t for t in find_dates(text, MARCH) if t.text in ("7", "3", "1")]


# ------------------------------------------------------------- "Sat" with a capital


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Garden tour this Sat 10am, free entry.", ("10am", "2013-03-23T10:00")),
        ("Swim meet: 6 Apr (Sat), 2pm.", ("2pm", "2013-04-06T14:00")),
    ],
)
def test_a_capital_sat_is_the_weekday_not_a_past_verb(text: str, expected: tuple[str, str]) -> None:
    assert expected in date_texts(text, MARCH)


def test_sat_in_lower_case_is_still_a_past() -> None:
    # "sat" the verb keeps the clause in the past: the Monday gone by
    assert ("Monday", "2013-03-18") in date_texts("The jury sat on Monday.", MARCH)


# ------------------------------------------------------------- "on 23/3": a day above 12 first


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Litter pick on 23/3, meet at the gate.", ("23/3", "2013-03-23")),
        ("Entries close on 14/4.", ("14/4", "2013-04-14")),
        ("Entries close on 4/14.", ("4/14", "2013-04-14")),  # month first, as before
    ],
)
def test_a_first_number_above_twelve_is_the_day(text: str, expected: tuple[str, str]) -> None:
    assert expected in date_texts(text, MARCH)


# ------------------------------------------------------------- "by year-end": the year's last day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sale should close by year-end.", ("year-end", "2013-12-31", None)),
        ("The index is up 4% since year-end.", ("year-end", "2012-12-31", None)),
        # written apart, or with "around", it stays the year's end
        ("The sale should close around year end.", ("around year end", "2013", "END")),
        ("Stocks were sold at year end.", ("year end", "2013", "END")),
    ],
)
def test_the_noun_year_end_is_the_last_day(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in [(t.text, t.value, t.mod) for t in find_dates(text, MARCH)]


# ------------------------------------------------------------- "plays Arsenal on Saturday"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The county side plays the champions on Saturday.", ("Saturday", "2013-03-23")),
        ("The tribunal hears the appeal on Monday.", ("Monday", "2013-03-25")),
        ("The former mayor faces a retrial on Tuesday.", ("Tuesday", "2013-03-26")),
        ("The assembly holds its first sitting Wednesday.", ("Wednesday", "2013-03-27")),
        ("The island goes to the polls on Sunday.", ("Sunday", "2013-03-24")),
        ("Farmers go to the polls on Sunday in the east.", ("Sunday", "2013-03-24")),
        # a past clause stays in the past
        ("The county side played the champions on Saturday.", ("Saturday", "2013-03-16")),
        ("The pair sat down and played chess on Monday.", ("Monday", "2013-03-18")),
    ],
)
def test_a_present_verb_of_a_fixture_puts_its_day_ahead(text: str, expected: tuple[str, str]) -> None:
    assert expected in date_texts(text, MARCH)


# ------------------------------------------------------------- informal: "tmw", "7pm tonite"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cya tmw!!", ("tmw", "2013-03-22")),
        ("Quiz night tommorow, bring a pen.", ("tommorow", "2013-03-22")),
        ("Dentist tommorrow morning ugh", ("tommorrow morning", "2013-03-22TMO")),
        # a clock time before an informal day word is one expression with it
        ("Band practice @ 7pm tonite", ("7pm tonite", "2013-03-21T19:00")),
        ("Brunch 11am tmr?", ("11am tmr", "2013-03-22T11:00")),
    ],
)
def test_informal_day_words(text: str, expected: tuple[str, str]) -> None:
    assert expected in date_texts(text, MARCH)


# ------------------------------------------------------------- "the end of the third quarter"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sale should close by the end of the third quarter.",
            ("the end of the third quarter", "2013-Q3", "END"),
        ),
        (
            "Demand picked up at the start of the fourth quarter.",
            ("the start of the fourth quarter", "2012-Q4", "START"),
        ),
        (
            "Rates may fall in the middle of the first quarter of 2014.",
            ("the middle of the first quarter of 2014", "2014-Q1", "MID"),
        ),
        # "the quarter" alone: the report's quarter, but this one when the clause looks ahead
        ("The sale should close by the end of the quarter.", ("the end of the quarter", "2013-Q1", "END")),
        ("Demand picked up at the end of the quarter.", ("the end of the quarter", "2012-Q4", "END")),
    ],
)
def test_a_quarter_with_a_modifier_is_one_expression(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in [(t.text, t.value, t.mod) for t in find_dates(text, MARCH)]


def test_a_half_of_the_year_is_left_as_it_was() -> None:
    assert ("the first half of the year", "2013-H1", None) in [
        (t.text, t.value, t.mod) for t in find_dates("Margins grew in the first half of the year.", MARCH)
    ]


# ------------------------------------------------------------- holidays: the clause's tense, and things


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The bakery will stay open until Christmas.", MARCH, ("Christmas", "2013-12-25")),
        ("The motion will be put to a vote before Thanksgiving.", MARCH, ("Thanksgiving", "2013-11-28")),
        ("The toll rise takes effect on New Year's Day.", MARCH, ("New Year's Day", "2014-01-01")),
        ("The arcade was packed at Christmas.", dt.date(2013, 9, 21), ("Christmas", "2012-12-25")),
        # no cue: the nearest, a distance ahead counting twice
        ("Christmas is a busy time for couriers.", dt.date(2013, 12, 1), ("Christmas", "2013-12-25")),
    ],
)
def test_a_holiday_takes_the_clauses_tense(text: str, published: dt.date, expected: tuple[str, str]) -> None:
    assert expected in date_texts(text, published)


@pytest.mark.parametrize(
    "text",
    [
        "The council put up two Christmas trees in the square.",
        "Pupils painted Easter eggs for the fair.",
        "The boat reached Christmas Island with forty people on board.",
        "Statues line the coast of Easter Island.",
        "She sent Christmas cards to every patient.",
    ],
)
def test_a_holiday_before_a_thing_or_a_place_is_no_date(text: str) -> None:
    assert find_dates(text, MARCH) == []


def test_a_holiday_before_a_word_of_time_stays_a_date() -> None:
    text = "Shops hired extra staff for the Christmas holidays."
    assert ("Christmas", "2012-12-25") in date_texts(text, MARCH)

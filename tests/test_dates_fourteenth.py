"""The ``dates`` plugin: quarters in a future clause, clock ranges whose begin has no "a.m."/"p.m.",
and "Sat" with a capital as the weekday, not a past verb (the fourteenth session, issue 11, dates16).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builders import date_texts

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

"""The ``dates`` plugin: holidays named in the lexicon (``time``/``holidays``), fixed days, n-th
weekdays of a month and days counted from Easter (the tenth dates session of issue 11).

Every sentence here is written for these tests. Publication: Tuesday 2011-05-03.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplotext.extractors.dates import find_dates
from diplotext.extractors.dates.holidays import holiday_date

PUBLISHED = dt.date(2011, 5, 3)


def dates(text: str) -> list[tuple[str, str]]:
    out = []
    for t in find_dates(text, PUBLISHED):
        assert text[t.start : t.end] == t.text
        out.append((t.text, t.value))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive name: the scan starts at its first word ("Valentine's", "Mother's")
        ("The florists sold out before Valentine's Day.", [("Valentine's Day", "2011-02-14")]),
        (
            "Shops expect a rush before Mother’s Day this weekend.",
            [("Mother’s Day", "2011-05-08"), ("this weekend", "2011-W18-WE")],
        ),
        ("The minister will speak at a Father's Day picnic.", [("Father's Day", "2011-06-19")]),
        ("The embassy hosted a reception on St. Patrick's Day.", [("St. Patrick's Day", "2011-03-17")]),
        ("Veterans Day ceremonies will be held in every county.", [("Veterans Day", "2011-11-11")]),
        ("A Canada Day concert is planned on the hill.", [("Canada Day", "2011-07-01")]),
        ("Anzac Day marches drew large crowds.", [("Anzac Day", "2011-04-25")]),
        (
            "Offices close on Good Friday and Easter Monday.",
            [("Good Friday", "2011-04-22"), ("Easter Monday", "2011-04-25")],
        ),
    ],
)
def test_named_holidays_are_days(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("name", "year", "day"),
    [
        ("Thanksgiving", 2011, "2011-11-24"),  # the fourth Thursday of November
        ("memorial day", 2011, "2011-05-30"),  # the last Monday of May
        ("Election Day", 2012, "2012-11-06"),  # the Tuesday after the first Monday of November
        ("Presidents' Day", 2013, "2013-02-18"),  # the third Monday of February
        ("Easter", 2013, "2013-03-31"),
        ("Good Friday", 2013, "2013-03-29"),
        ("Christmas Eve", 2013, "2013-12-24"),
    ],
)
def test_holiday_rules(name: str, year: int, day: str) -> None:
    d = holiday_date(name, year)
    assert d is not None
    assert d.isoformat() == day


def test_a_name_that_is_no_holiday_has_no_date() -> None:
    assert holiday_date("Founders Week", 2013) is None
    assert dates("Patrick's car broke down near the depot.") == []

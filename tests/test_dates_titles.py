"""The ``dates`` plugin: newspapers and programmes named with a time word are no dates (the ninth
dates session of issue 11), while the same words stay dates elsewhere.

Every sentence here is written for these tests. 2011-05-03 is a Tuesday.
"""

from __future__ import annotations

import pytest

from builders import tuesday_texts as texts


@pytest.mark.parametrize(
    "text",
    [
        "The minister told the Sunday Telegraph that the talks had stalled.",
        "According to the Sunday Mirror, the envoy had resigned.",
        "A poll in The Sunday Times put the party ahead.",
        "The Saturday Star quoted an unnamed aide.",
        "The general told the Mail on Sunday he would not stand.",
        "An editorial in The Independent on Sunday called for a vote.",
        "The envoy told BBC Radio 4's Today programme that no deal was near.",
        "She was interviewed on the Today show about the summit.",
        "USA Today quoted a senior official.",
        "This is VOA Today.",
        "China Daily carried the statement in full.",
        "A report in the Daily Telegraph named the donor.",
        "The Haaretz daily said the cabinet was divided.",
        "The plan was leaked, the leading economic daily reported.",
        "The spokesman gave the figures to the financial daily.",
        "Officials spoke to the weekly on condition of anonymity.",
    ],
)
def test_newspapers_and_programmes_are_no_dates(text: str) -> None:
    assert texts(text) == []


def test_the_day_stays_next_to_the_paper() -> None:
    # the newspaper is no date, the day it wrote on is one
    assert texts("The minister told the Sunday Times on Monday that he would resign.") == [
        ("Monday", "2011-05-02")
    ]
    assert texts("The Mail on Sunday reported on Saturday that the vote was close.") == [
        ("Saturday", "2011-04-30")
    ]
    assert texts("China Daily said on Friday that exports rose.") == [("Friday", "2011-04-29")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday before a word that is no newspaper, or a newspaper word after a full stop
        ("Protests were held in Scotland on Sunday.", [("Sunday", "2011-05-01")]),
        ("The envoy arrived on Sunday. Times have changed since the war.", [("Sunday", "2011-05-01")]),
        ("Sunday morning saw heavy rain in the capital.", [("Sunday morning", "2011-05-01TMO")]),
        # "today", "daily" and "weekly" as time words
        ("The minister said today that talks would go on.", [("today", "2011-05-03")]),
        ("Today the council will vote on the budget.", [("Today", "2011-05-03")]),
        ("Ash from the volcano fell on the island daily.", [("daily", "P1D")]),
        ("The leaders met daily during the crisis.", [("daily", "P1D")]),
        ("Shortages disrupt the daily routine of most families.", [("daily", "P1D")]),
        ("Prices are reviewed on a daily basis.", [("daily", "P1D")]),
        ("She hosts a daily, 30 minute radio show.", [("daily", "P1D"), ("30 minute", "PT30M")]),
        ("The board reports weekly to the ministry.", [("weekly", "P1W")]),
    ],
)
def test_time_words_outside_titles_stay_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert texts(text) == expected

"""The ``dates`` plugin: a date line and the paragraph under it ("Wednesday, June 8, 2016" / "At
midnight local time ..."), and "noon" or "midnight" after a capitalised "At" or "By" opening a
sentence (the eleventh dates session of issue 11).

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

from diplotext.extractors.dates import find_dates

PUBLISHED = dt.date(2016, 6, 8)


def _found(text: str) -> list[tuple[str, str, str]]:
    found = find_dates(text, PUBLISHED)
    assert all(text[t.start : t.end] == t.text for t in found)
    return [(t.text, t.type, t.value) for t in found]


def test_a_date_line_is_not_joined_to_the_sentence_under_it() -> None:
    text = "Wednesday, June 8, 2016\xa0\n\nAt midnight local time the ferry strike began."
    assert _found(text) == [
        ("Wednesday, June 8, 2016", "DATE", "2016-06-08"),
        ("midnight", "TIME", "2016-06-08T24:00"),
    ]


def test_a_clock_time_opening_the_next_paragraph_is_its_own_expression() -> None:
    text = "Wednesday, June 8, 2016\n\nAt 7 a.m. the first buses left the depot."
    assert _found(text) == [
        ("Wednesday, June 8, 2016", "DATE", "2016-06-08"),
        ("7 a.m.", "TIME", "2016-06-08T07:00"),
    ]


def test_a_clock_time_alone_under_its_day_is_still_one_expression() -> None:
    text = "Harbour Rovers v Mill Lane\nSaturday, 11 June\n\n1500 BST\n\nBoth sides are unbeaten."
    assert _found(text) == [("Saturday, 11 June\n\n1500 BST", "TIME", "2016-06-11T15:00")]


def test_a_date_and_its_clock_time_on_one_line_stay_one_expression() -> None:
    text = "The polls close on June 9, 2016 at 9 p.m. in the capital."
    assert _found(text) == [("June 9, 2016 at 9 p.m.", "TIME", "2016-06-09T21:00")]


def test_noon_and_midnight_after_a_capitalised_word() -> None:
    assert _found("At noon the guards changed.") == [("noon", "TIME", "2016-06-08T12:00")]
    assert _found("By midnight the square was empty.") == [("midnight", "TIME", "2016-06-08T24:00")]
    # without such a word before them they stay words
    assert _found("Midnight Lagoon is a novel.") == []


def test_a_clock_time_before_a_weekday_and_its_part_of_the_day() -> None:
    # published Wednesday 2016-06-08; every clause is past
    assert _found("Sirens sounded at 10 o'clock on Monday night.") == [
        ("10 o'clock on Monday night", "TIME", "2016-06-06T22:00")
    ]
    assert _found("The dam gave way at 8:15 on Tuesday evening.") == [
        ("8:15 on Tuesday evening", "TIME", "2016-06-07T20:15")
    ]
    assert _found("The ferry left at 6 a.m. on Monday morning.") == [
        ("6 a.m. on Monday morning", "TIME", "2016-06-06T06:00")
    ]
    # a small hour of a night is on the day after it
    assert _found("Fire broke out at 2 a.m. on Sunday night.") == [
        ("2 a.m. on Sunday night", "TIME", "2016-06-06T02:00")
    ]


def test_a_bare_clock_needs_at_and_a_part_of_the_day() -> None:
    assert _found("The tally stood at 8:15 on Monday.") == [("Monday", "DATE", "2016-06-06")]

"""The ``dates`` plugin: informal spellings of the words of the day ("tonite", "tmrw"; the lexicon's
``time``/``informal day words``), short weekdays that are also words ("this Sat") and "the future"
before a word (the tenth dates session of issue 11).

Every sentence here is written for these tests. Publication: Tuesday 2011-05-03.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplotext.extractors.dates import find_dates

PUBLISHED = dt.date(2011, 5, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Choir practice tonite, bring water!", [("tonite", "TIME", "2011-05-03TNI")]),
        ("Pool closed tmrw for cleaning.", [("tmrw", "DATE", "2011-05-04")]),
        ("Run club tmr morning by the river.", [("tmr morning", "TIME", "2011-05-04TMO")]),
        ("Missed the bus yday, walked instead.", [("yday", "DATE", "2011-05-02")]),
    ],
)
def test_informal_words_of_the_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = find_dates(text, PUBLISHED)
    assert [(t.text, t.type, t.value) for t in found] == expected
    assert all(text[t.start : t.end] == t.text for t in found)


def test_an_informal_word_inside_another_word_is_none() -> None:
    assert find_dates("The tmrwx file and the tonitely script.", PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Craft fair this Sat in the library.", [("this Sat", "2011-05-07")]),
        ("Next Sun the ferry runs late.", [("Next Sun", "2011-05-08")]),
        ("Last Wed the lift broke again.", [("Last Wed", "2011-04-27")]),
        # without a capital or a word that points to a week they stay words
        ("She last sat on the board in 2009.", [("2009", "2009")]),
        ("The Sun printed the letter.", []),
        ("They wed in a small chapel.", []),
    ],
)
def test_a_short_weekday_that_is_also_a_word(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in find_dates(text, PUBLISHED)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the future" before a conjunction or a verb stays a time
        ("Patrols may go on well into the future if the truce fails.", [("the future", "FUTURE_REF")]),
        ("The future looks grim for the old mill.", [("The future", "FUTURE_REF")]),
        # before a noun it qualifies, or "future" without "the" before most words: no time
        ("The future queen opened the bridge.", []),
        ("His future at the ministry is unclear.", []),
    ],
)
def test_the_future_before_a_word(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in find_dates(text, PUBLISHED)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # full month names in lower case (informal text), with a preposition or a day
        ("will move to oslo in september, finally", [("september", "2011-09")]),
        ("her party is on june 5 at the lake", [("june 5", "2011-06-05")]),
        ("back home on 12 july", [("12 july", "2011-07-12")]),
        # "may", "march" and "august" in lower case stay words
        ("we may march past an august hall", []),
    ],
)
def test_a_month_name_in_lower_case(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in find_dates(text, PUBLISHED)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the twelfth dates session: "Xmas" and "wk" after last/next/this
        ("Only 10 days till Xmas, folks.", [("10 days", "P10D"), ("Xmas", "2011-12-25")]),
        ("Xmas Day was quiet at the shelter.", [("Xmas Day", "2010-12-25")]),
        ("Back to class next wk, sadly.", [("next wk", "2011-W19")]),
        ("Last wk was calm.", [("Last wk", "2011-W17")]),
    ],
)
def test_informal_xmas_and_wk(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_dates(text, PUBLISHED)
    assert [(t.text, t.value) for t in found] == expected

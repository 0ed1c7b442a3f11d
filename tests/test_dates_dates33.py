"""The ``dates`` plugin: classes of the twenty-seventh session (issue 11, helper dates33): the modal
"may" as a tense cue, short weekdays in lower case, informal parts of a day and "til".

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builders import date_texts

THURSDAY = dt.date(2011, 3, 10)  # a Thursday

# ------------------------------------------------ "may" the modal puts a day ahead


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hundreds of farmers may join the march on Saturday.", [("Saturday", "2011-03-12")]),
        ("Snow may fall across the hills on Monday.", [("Monday", "2011-03-14")]),
        ("The mayor said the ferry may resume sailing on Tuesday.", [("Tuesday", "2011-03-15")]),
        ("The ruling may not come before Wednesday.", [("Wednesday", "2011-03-16")]),
        ("Residents say the pool may reopen Sunday.", [("Sunday", "2011-03-13")]),
    ],
)
def test_may_before_a_verb_puts_the_day_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, THURSDAY) == expected


def test_a_stop_in_brackets_ends_an_edited_quote() -> None:
    # the quote's "will" is no cue for the next sentence's day
    text = 'She said "the figures will change[.]" As of Monday the count had stood at forty.'
    assert date_texts(text, THURSDAY) == [("Monday", "2011-03-07")]


# ------------------------------------------------ short weekdays in lower case (posts, messages)

WEDNESDAY = dt.date(2012, 11, 14)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gonna see the match on sat w/ my cousins", [("sat", "2012-11-17")]),
        ("ok til sun then!", [("sun", "2012-11-18")]),
        ("they got engaged on mon.", [("mon", "2012-11-12")]),
        ("mon morning traffic is the worst", [("mon morning", "2012-11-12TMO")]),
        ("wed night quiz anyone?", [("wed night", "2012-11-14TNI")]),
    ],
)
def test_a_short_weekday_in_lower_case_is_the_day_after_on_or_before_a_part_of_the_day(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert date_texts(text, WEDNESDAY) == expected


# ------------------------------------------------ informal parts of a day, "til"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("grabbing lunch in town this arvo", [("this arvo", "2012-11-14TAF")]),
        ("this mornin the train was late again", [("this mornin", "2012-11-14TMO")]),
        ("we'll play cricket on sat arvo", [("sat arvo", "2012-11-17TAF")]),
        ("footy at ours tomoz!!", [("tomoz", "2012-11-15")]),
        ("2moz is results day", [("2moz", "2012-11-15")]),
        ("cya 2nyt x", [("2nyt", "2012-11-14TNI")]),
        ("the sale runs til 11/30 only", [("11/30", "2012-11-30")]),
    ],
)
def test_informal_parts_of_a_day_day_words_and_til(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, WEDNESDAY) == expected


def test_til_puts_a_holiday_ahead() -> None:
    # told in March: the Christmas to come, as after "till"
    assert date_texts("only 290 days til xmas lol", THURSDAY) == [
        ("290 days", "P290D"),
        ("xmas", "2011-12-25"),
    ]


def test_an_hour_alone_after_the_at_sign_before_tonight_is_a_clock_time() -> None:
    assert date_texts("pizza @ 7 tonight, who's in?", WEDNESDAY) == [("7 tonight", "2012-11-14T19:00")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Both campaigns spent heavily before Super Tuesday.", dt.date(2012, 2, 20), "2012-03-06"),
        ("Her rival won eight states on Super Tuesday.", dt.date(2016, 3, 9), "2016-03-01"),
    ],
)
def test_super_tuesday_is_the_first_tuesday_of_march(text: str, published: dt.date, expected: str) -> None:
    assert date_texts(text, published) == [("Super Tuesday", expected)]


# ------------------------------------------------ "the other day", "a few days back I ..."

JUNE = dt.date(2013, 6, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I mentioned the old bakery the other day.", [("the other day", "PAST_REF")]),
        ("The other day a neighbour knocked on my door.", [("The other day", "PAST_REF")]),
        ("A few weeks back the shop quietly raised its prices.", [("A few weeks back", "PAST_REF")]),
        ("Two weeks back we painted the kitchen.", [("Two weeks back", "2013-W22")]),
    ],
)
def test_the_other_day_and_a_length_back_before_a_subject_are_days_gone_by(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert date_texts(text, JUNE) == expected


# ------------------------------------------------ present verbs and "is likely" before a day ahead


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ballot boxes are sealed and polls close on Sunday.", [("Sunday", "2011-03-13")]),
        ("The two clubs face each other on Saturday.", [("Saturday", "2011-03-12")]),
        ("A ruling is likely on Monday, lawyers believe.", [("Monday", "2011-03-14")]),
        ("Heavy snow is possible on Tuesday.", [("Tuesday", "2011-03-15")]),
    ],
)
def test_a_present_verb_after_a_plural_and_is_likely_put_the_day_ahead(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert date_texts(text, THURSDAY) == expected


# ------------------------------------------------ "ur weekend", "have a great weekend"

FRIDAY = dt.date(2012, 11, 16)  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("enjoy ur weekend peeps", [("weekend", "2012-W46-WE")]),
        ("have a great weekend everybody!", [("weekend", "2012-W46-WE")]),
        ("have a safe wkend x", [("wkend", "2012-W46-WE")]),
    ],
)
def test_a_weekend_after_ur_or_a_wish_is_the_weekend_the_text_is_at(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert date_texts(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("black friday queues already?? madness", [("black friday", "2012-11-23")]),
        ("cyber monday is when i shop lol", [("cyber monday", "2012-11-26")]),
        ("brunch with mum for mothers day next year", [("mothers day", "2013-05-12"), ("next year", "2013")]),
    ],
)
def test_more_holidays_written_in_lower_case(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, WEDNESDAY) == expected

"""The ``dates`` plugin: stretches of time before or after now named by a direction word and a plural
unit ("in previous years", "in coming quarters") (the fifteenth session, issue 11, dates17).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builders import date_texts

MARCH = dt.date(2013, 3, 21)  # a Thursday

# ------------------------------------------------------------- "in previous years", "in coming quarters"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turnout at the fair was lower than in previous years.", ("previous years", "PAST_REF")),
        ("The river flooded the valley in past decades.", ("past decades", "PAST_REF")),
        ("Unlike prior years, the harvest came early.", ("prior years", "PAST_REF")),
        ("The mill has struggled over the past quarters.", ("the past quarters", "PAST_REF")),
        ("The bakery expects thinner margins in coming quarters.", ("coming quarters", "FUTURE_REF")),
        ("Water demand will climb over the coming decades.", ("the coming decades", "FUTURE_REF")),
        ("The levy will fund repairs in future years.", ("future years", "FUTURE_REF")),
        ("The next hours are decisive for the patient.", ("The next hours", "FUTURE_REF")),
        ("Ticket sales should pick up in the upcoming weeks.", ("the upcoming weeks", "FUTURE_REF")),
        ("Rents have risen sharply in recent quarters.", ("recent quarters", "PXQ")),
    ],
)
def test_a_vague_stretch_before_or_after_now(text: str, expected: tuple[str, str]) -> None:
    assert date_texts(text, MARCH) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Exports shrank after two previous quarters of growth.",
        "Hiring was revised up for the two previous months.",
        "The three coming years of the plan are the hardest.",
    ],
)
def test_a_counted_stretch_is_no_vague_reference(text: str) -> None:
    assert date_texts(text, MARCH) == []


# ------------------------------------------------------------- "after years of", "over the years", "for days"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The orchard recovered after years of drought.", ("years", "PXY")),
        ("Following months of delay, the ferry sailed.", ("months", "PXM")),
        ("The accord could end decades of feuding between the villages.", ("decades", "PXY")),
        ("The union struck despite weeks of mediation.", ("weeks", "PXW")),
        ("Over the years, the choir has toured widely.", ("the years", "PXY")),
        ("In the decades since, the harbour has silted up.", ("the decades", "PXY")),
        ("The lift had been broken for days.", ("days", "PXD")),
        ("Climbers were stranded for hours on the ridge.", ("hours", "PTXH")),
        ("The verdict is expected within days.", ("days", "PXD")),
    ],
)
def test_a_bare_plural_unit_is_a_vague_length(text: str, expected: tuple[str, str]) -> None:
    assert date_texts(text, MARCH) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The grant covers the costs over the years 2015 to 2018.",  # the years are named
        "The months of July and August were dry.",  # a name of months
        "The years of drought emptied the village.",  # no preposition: a noun phrase
    ],
)
def test_plural_units_that_are_no_vague_length(text: str) -> None:
    assert ("the years", "PXY") not in date_texts(text, MARCH)
    assert all(value not in ("PXY", "PXM") for _, value in date_texts(text, MARCH))


# ------------------------------------------------------------- "three times a year": a count in words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The inspectors visit the mine three times a year.", ("three times a year", "P1Y")),
        ("The ferry crosses four times a day in summer.", ("four times a day", "P1D")),
        ("The choir rehearses several times a week.", ("several times a week", "P1W")),
    ],
)
def test_a_count_in_words_opens_a_frequency(text: str, expected: tuple[str, str]) -> None:
    assert expected in date_texts(text, MARCH)


def test_a_count_of_times_alone_is_no_date() -> None:
    assert date_texts("The keeper saved three times before the break.", MARCH) == []


# ------------------------------------------------------------- "23.03.2013": a dotted date, day first


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The recital is on 23.03.2013 in the chapel.", ("23.03.2013", "2013-03-23")),
        ("The recital was held on 2.11.2012 in the chapel.", ("2.11.2012", "2012-11-02")),
        ("Entries close 30.4.2013.", ("30.4.2013", "2013-04-30")),
    ],
)
def test_a_dotted_date_is_day_month_year(text: str, expected: tuple[str, str]) -> None:
    assert date_texts(text, MARCH) == [expected]


def test_dotted_figures_that_are_no_date() -> None:
    assert date_texts("The router at 10.10.2010.5 went down.", MARCH) == []
    assert date_texts("The ratio moved from 1.5 to 2.2 in a week.", MARCH) == [("a week", "P1W")]


# ------------------------------------------------------------- "this sat", "next sun" in lower case


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Plant swap this sat!", [("this sat", "2013-03-23")]),
        ("Beach clean-up next sun, bring gloves", [("next sun", "2013-03-24")]),
        (
            "Craft fair this sat 11am-3pm",
            [("this sat", "2013-03-23"), ("11am", "2013-03-23T11:00"), ("3pm", "2013-03-23T15:00")],
        ),
    ],
)
def test_a_short_weekday_in_lower_case_after_this_or_next(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, MARCH) == expected


@pytest.mark.parametrize(
    "text",
    ["The plan this sat on for months was dropped.", "The idea this sat well with the board."],
)
def test_sat_the_verb_after_this_is_no_weekday(text: str) -> None:
    assert all(not found.startswith("this") for found, _ in date_texts(text, MARCH))


# --------------------------------------------------------- "at 8:30 tonight": a bare clock with its day word
# (before a weekday it stays a tally: "stood at 8:15 on Monday", test_dates_date_lines)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The quiz starts at 8:30 tonight.", ("8:30 tonight", "2013-03-21T20:30")),
        ("The quiz starts at 7:45 this evening.", ("7:45 this evening", "2013-03-21T19:45")),
        ("The ferry docked at 10:40 yesterday.", ("10:40 yesterday", "2013-03-20T10:40")),
    ],
)
def test_a_bare_clock_after_at_with_its_day_word(text: str, expected: tuple[str, str]) -> None:
    assert date_texts(text, MARCH) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Shares of the miller closed at 3.25 on Friday.",  # a price, written with a dot
        "The half-time tally stood 2:15 on Friday.",  # no "at": a score
        "The half-time tally stood at 2:15 on Friday.",  # a weekday after it: still a score
    ],
)
def test_figures_with_a_day_that_are_no_clock(text: str) -> None:
    assert [found for found, _ in date_texts(text, MARCH)] == ["Friday"]


# ------------------------------------------------------------- "your weekend", "the long weekend"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Enjoy your weekend, see you Monday!", ("weekend", "2013-W12-WE")),  # ahead: this week's
        ("How was your weekend?", ("weekend", "2013-W11-WE")),  # past: the one gone by
        ("Roads will be busy over the long weekend.", ("the long weekend", "2013-W12-WE")),
    ],
)
def test_a_weekend_with_a_possessive_or_long(text: str, expected: tuple[str, str]) -> None:
    assert expected in date_texts(text, MARCH)


def test_a_weekend_as_a_modifier_is_no_date() -> None:
    assert date_texts("Weekend traffic on the coast road was heavy.", MARCH) == []


# ------------------------------------------------------------- "Minutes later": a vague length


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Minutes later, the second tremor shook the valley.", ("Minutes", "PTXM")),
        ("The mayor resigned and, hours later, the council dissolved.", ("hours", "PTXH")),
        ("The barn had been sold days earlier.", ("days", "PXD")),
    ],
)
def test_a_bare_plural_unit_before_later(text: str, expected: tuple[str, str]) -> None:
    assert date_texts(text, MARCH) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Just days after the vote, the minister resigned.",  # a day the vote dates, as TimeML tags it
        "In the first days later spent abroad, he wrote often.",
    ],
)
def test_a_bare_plural_unit_anchored_on_an_event_is_left_alone(text: str) -> None:
    assert date_texts(text, MARCH) == []


# ------------------------------------------------------------- "every weekend", "on weekends": a set


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The flea market opens every weekend.", ("every weekend", "XXXX-WXX-WE")),
        ("Each weekend the square fills with stalls.", ("Each weekend", "XXXX-WXX-WE")),
        ("The pool is closed on weekends.", ("weekends", "XXXX-WXX-WE")),
    ],
)
def test_every_weekend_is_a_set(text: str, expected: tuple[str, str]) -> None:
    assert date_texts(text, MARCH) == [expected]


# ------------------------------------------------------------- "in the afternoon": a part of the day told


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The results were read out in the afternoon.", [("the afternoon", "2013-03-21TAF")]),
        ("Volunteers filled sandbags throughout the night.", [("the night", "2013-03-21TNI")]),
        (
            "The convoy left on Monday. In the evening, it reached the border.",
            [("Monday", "2013-03-18"), ("the evening", "2013-03-18TEV")],
        ),
    ],
)
def test_a_part_of_the_day_after_in_or_during(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, MARCH) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Trading in the morning session was thin.",  # a noun after it
        "The ferry sailed in the morning of a stormy day.",  # "the morning of": its day is the expression
        "The alarm went off at 4:10 in the morning.",  # a clock time's part of the day
    ],
)
def test_a_part_of_the_day_that_is_no_expression_alone(text: str) -> None:
    assert all(not found.startswith("the ") for found, _ in date_texts(text, MARCH))


# ------------------------------------------------------------- "the financial year", "the 2012 fiscal year"

MAY = dt.date(2013, 5, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The brewery lost money in the last financial year.", ("the last financial year", "2012")),
        ("The brewery expects a profit next financial year.", ("next financial year", "2014")),
        ("The brewery grew in financial year 2012.", ("financial year 2012", "2012")),
        ("The brewery grew strongly in the financial year.", ("the financial year", "2013")),
    ],
)
def test_a_financial_year_as_a_fiscal_year(text: str, expected: tuple[str, str]) -> None:
    assert date_texts(text, MAY) == [expected]


def test_a_season_of_two_years_is_no_fiscal_year() -> None:
    assert date_texts("The 2011-12 season was long.", MAY) == [("2011", "2011"), ("12", "2012")]


# ------------------------------------------------------------- "a quarter of an hour": a share of the unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bus was a quarter of an hour late.", ("a quarter of an hour", "PT15M")),
        ("The levy stood for nearly a quarter century.", ("nearly a quarter century", "P25Y")),
        ("The feud lasted a quarter-century.", ("a quarter-century", "P25Y")),
        ("The talk ran three quarters of an hour.", ("three quarters of an hour", "PT45M")),
    ],
)
def test_a_quarter_of_a_unit(text: str, expected: tuple[str, str]) -> None:
    assert date_texts(text, MARCH) == [expected]


def test_a_quarter_of_something_else_is_no_length() -> None:
    assert date_texts("A quarter of the seats went to the greens.", MARCH) == []


def test_an_o_clock_time_tonight_is_after_noon() -> None:
    assert date_texts("The bonfire is lit at 7 o'clock tonight.", MARCH) == [
        ("7 o'clock tonight", "2013-03-21T19:00")
    ]

"""The ``dates`` plugin: classes of the twenty-sixth session (issue 11, helper dates32): vague
lengths of plural units with no count, stretches to come, and the end of a month range.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builders import date_texts

THURSDAY = dt.date(2011, 3, 10)  # a Thursday

# ------------------------------------------------ a plural unit with no count as a vague length


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new cabinet took months to agree on a budget.", [("months", "PXM")]),
        ("Repairing the bridge will take years.", [("years", "PXY")]),
        ("The hearing could last weeks, a clerk said.", [("weeks", "PXW")]),
        ("She spent days searching the archive.", [("days", "PXD")]),
        ("The family waited years for a reply.", [("years", "PXY")]),
        ("It could be weeks before the port reopens.", [("weeks", "PXW")]),
        ("It has been months since the ferry last sailed.", [("months", "PXM")]),
        ("Repairs took years of patient work.", [("years", "PXY")]),
        ("The final count is days away.", [("days", "PXD")]),
    ],
)
def test_a_plural_unit_after_a_verb_of_spending_or_waiting_is_a_vague_length(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert date_texts(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The leak sparked weeks of angry protest.", [("weeks", "PXW")]),
        ("The pact capped months of quiet bargaining.", [("months", "PXM")]),
        ("Farmers are escaping years of drought.", [("years", "PXY")]),
        ("The deal marks the end of months of haggling.", [("months", "PXM")]),
        ("The coast was shaped by decades of storms.", [("decades", "PXY")]),
        ("It was a reward for years of loyal service.", [("years", "PXY")]),
        ("Shops reopened within hours of the storm passing.", [("hours", "PTXH")]),
        ("The valley led to years of feuding.", [("years", "PXY")]),
    ],
)
def test_a_plural_unit_before_of_after_a_participle_or_a_preposition_is_a_vague_length(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert date_texts(text, THURSDAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In the closing weeks of the season the club faded.",  # a word naming the weeks
        "The index rose on most trading days of the spring sale.",
        "The number of days of paid leave grew.",  # units counted
        "A lot of years of records were lost.",
        "He has years of teaching behind him.",  # no verb of spending before the units
    ],
)
def test_a_plural_unit_named_or_counted_is_no_vague_length(text: str) -> None:
    assert [t for t, _ in date_texts(text, THURSDAY) if t in ("weeks", "days", "years")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trade between the ports should grow in the years to come.", [("the years to come", "FUTURE_REF")]),
        ("More storms are likely in the weeks to come.", [("the weeks to come", "FUTURE_REF")]),
    ],
)
def test_the_units_to_come_are_a_stretch_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, THURSDAY) == expected


# ------------------------------------------------ the end of a month range with no year of its own


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ski season runs from late November to early April.",
            [("late November", "2011-11"), ("early April", "2012-04")],
        ),
        (
            "The dig went on from September 2008 to May.",
            [("September 2008", "2008-09"), ("May", "2009-05")],
        ),
        (
            "The fair runs from 12 October to 2 February.",
            [("12 October", "2011-10-12"), ("2 February", "2012-02-02")],
        ),
    ],
)
def test_the_end_of_a_month_range_comes_after_its_begin(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the end names its own year
        (
            "The dig went on from September 2008 to May 2010.",
            [("September 2008", "2008-09"), ("May 2010", "2010-05")],
        ),
        # a weekday before "to" and a month: no range of months
        (
            "Analysts made a revision Monday to January's figures.",
            [("Monday", "2011-03-07"), ("January", "2011-01")],
        ),
    ],
)
def test_a_month_range_end_with_its_year_or_after_a_weekday_keeps_its_value(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert date_texts(text, THURSDAY) == expected


# ------------------------------------------------ weekdays joined to a set of weekdays


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The choir rehearses every Monday and Thursday.",
            [("every Monday", "XXXX-WXX-1"), ("Thursday", "XXXX-WXX-4")],
        ),
        (
            "A barge calls each Tuesday, Friday and Sunday.",
            [("each Tuesday", "XXXX-WXX-2"), ("Friday", "XXXX-WXX-5"), ("Sunday", "XXXX-WXX-7")],
        ),
        (
            "The club plays on Wednesday and Saturday evenings.",
            [("Wednesday", "XXXX-WXX-3TEV"), ("Saturday evenings", "XXXX-WXX-6TEV")],
        ),
    ],
)
def test_weekdays_joined_to_a_set_of_weekdays_are_sets(text: str, expected: list[tuple[str, str]]) -> None:
    found = date_texts(text, THURSDAY)
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause of its own after "and": the one day
        (
            "She swims every Monday and on Friday she will fly home.",
            [("every Monday", "XXXX-WXX-1"), ("Friday", "2011-03-11")],
        ),
        # a singular part of the day: no set before it
        (
            "The club played on Wednesday and Saturday evening.",
            [("Wednesday", "2011-03-09"), ("Saturday evening", "2011-03-05TEV")],
        ),
    ],
)
def test_a_weekday_apart_from_a_set_keeps_its_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, THURSDAY) == expected


# ------------------------------------------------ a four-digit number before a unit of measure


@pytest.mark.parametrize(
    "text",
    [
        "The 1200 megawatt dam will power the valley.",
        "Engineers laid the 1600 km cable last spring.",
        "The 1800 tonnes of rice reached the port.",
        "She won the 2000 metres final.",
    ],
)
def test_a_four_digit_number_before_a_unit_of_measure_is_no_year(text: str) -> None:
    assert [t for t, _ in date_texts(text, THURSDAY) if t.isdigit()] == []


def test_a_year_before_a_plural_noun_stays_a_year() -> None:
    assert date_texts("The 2008 floods hit the valley.", THURSDAY) == [("2008", "2008")]


# ------------------------------------------------ "last" after a determiner is no past cue


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The squad will face its last opponent on Saturday.", [("Saturday", "2011-03-12")]),
        ("The choir is to sing its last concert on Friday.", [("Friday", "2011-03-11")]),
    ],
)
def test_last_after_a_determiner_is_an_adjective_and_no_past_cue(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert date_texts(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two envoys last spoke on Monday.", [("Monday", "2011-03-07")]),
        ("The squad played its last match on Saturday.", [("Saturday", "2011-03-05")]),
    ],
)
def test_last_as_an_adverb_or_after_a_past_verb_stays_past(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert date_texts(text, THURSDAY) == expected


# ------------------------------------------------ a commitment in the present is ahead


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dockers' union threatens to walk out on Monday.", [("Monday", "2011-03-14")]),
        (
            "The utility is threatening to cut power at 6 a.m. Sunday.",
            [("6 a.m. Sunday", "2011-03-13T06:00")],
        ),
        ("The mayor promises to resign on Tuesday.", [("Tuesday", "2011-03-15")]),
    ],
)
def test_a_commitment_told_in_the_present_is_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, THURSDAY) == expected


def test_a_commitment_told_in_the_past_is_the_nearer_day() -> None:
    # (a plan told from the past: the nearer Monday, three days back rather than four ahead)
    assert date_texts("The dockers' union threatened to walk out on Monday.", THURSDAY) == [
        ("Monday", "2011-03-07")
    ]


# ------------------------------------------------ "the short term" before a noun is a compound


@pytest.mark.parametrize(
    "text",
    [
        "The agency cut the short term rating of the lender.",
        "Analysts doubt the near term outlook for copper.",
    ],
)
def test_the_short_term_before_a_noun_is_no_time(text: str) -> None:
    assert date_texts(text, THURSDAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over the long term tariffs will fall.", [("the long term", "FUTURE_REF")]),
        ("Rates may rise in the short term, she said.", [("the short term", "FUTURE_REF")]),
    ],
)
def test_the_short_term_after_a_preposition_or_before_a_stop_is_ahead(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert date_texts(text, THURSDAY) == expected


# ------------------------------------------------ "the past fortnight"; "this weekend" told after it

MONDAY = dt.date(2011, 3, 7)  # a Monday (ISO week 10; the weekend before it is in week 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Grain prices fell over the past fortnight.", [("the past fortnight", "P2W")]),
        ("Ferries will be scarce in the next fortnight.", [("the next fortnight", "P2W")]),
    ],
)
def test_the_past_or_next_fortnight_is_two_weeks_long(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands marched through the old town this weekend.", [("this weekend", "2011-W09-WE")]),
        ("This weekend, fans queued outside the arena.", [("This weekend", "2011-W09-WE")]),
    ],
)
def test_this_weekend_told_in_the_past_early_in_the_week_is_the_one_just_gone(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert date_texts(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands will march through the old town this weekend.", [("this weekend", "2011-W10-WE")]),
        ('The singer smiled, saying "this weekend, I am going fishing."', [("this weekend", "2011-W10-WE")]),
    ],
)
def test_this_weekend_ahead_or_in_a_quote_is_the_coming_one(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert date_texts(text, MONDAY) == expected


# ------------------------------------------------ a relative clause between commas and a later date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The merger, which had been rumoured, is part of a scheme to repay the debt by June.",
            [("June", "2011-06")],
        ),
        (
            "The envoy, who had met the rebels, is part of a push to disarm them by February.",
            [("February", "2012-02")],
        ),
    ],
)
def test_a_past_relative_clause_between_commas_does_not_date_the_main_clause(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert date_texts(text, THURSDAY) == expected


def test_a_date_inside_the_relative_clause_keeps_its_tense() -> None:
    text = "The envoy, who had landed on Monday, flew home on Wednesday."
    assert date_texts(text, THURSDAY) == [("Monday", "2011-03-07"), ("Wednesday", "2011-03-09")]


# ------------------------------------------------ a short weekday in lower case before "nite"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("quiz at the pub wed nite", [("wed nite", "2011-03-09TNI")]),
        ("bbq sat nite, bring chairs", [("sat nite", "2011-03-05TNI")]),
    ],
)
def test_a_short_weekday_in_lower_case_before_an_informal_night_is_the_day(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert date_texts(text, THURSDAY) == expected


def test_a_short_weekday_verb_before_night_stays_a_verb() -> None:
    assert date_texts("the guard sat night after night by the gate", THURSDAY) == []

"""The ``dates`` plugin: classes of the twenty-fifth session (issue 11, helper dates31), found in
invented web news, news-wire reports and short posts.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builders import date_texts

FRIDAY = dt.date(2017, 11, 3)  # a Friday

# ------------------------------------------------ a short month form with no period ending its phrase


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("flying back home in Dec", [("Dec", "2017-12")]),
        ("running daily since Aug, no excuses", [("daily", "P1D"), ("Aug", "2017-08")]),
        ("back in Sep we painted the porch", [("Sep", "2017-09")]),
        ("the shop will shut from Jan to Mar", [("Jan", "2018-01"), ("Mar", "2018-03")]),
        ("rent goes up by Feb!", [("Feb", "2018-02")]),
    ],
)
def test_a_short_month_form_without_its_period_after_a_preposition_is_the_month(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert date_texts(text, FRIDAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "a card from Nils and Jan, with love",  # a name after "and"
        "we said goodbye to Jan!",  # a name after "to"
        "since Jan moved out the flat is quiet",  # a name before its verb
        "the Dec report",  # not after a preposition
    ],
)
def test_a_short_month_form_without_its_period_elsewhere_stays_out(text: str) -> None:
    assert not [t for t, _ in date_texts(text, FRIDAY) if t.startswith(("Jan", "Dec"))]


# ------------------------------------------------ a day a forecast names lies ahead


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Milder air is forecast from Sunday.", [("Sunday", "2017-11-05")]),
        ("More snow is forecast on Monday.", [("Monday", "2017-11-06")]),
        ("Gales are predicted on Tuesday along the coast.", [("Tuesday", "2017-11-07")]),
    ],
)
def test_a_day_after_is_forecast_lies_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agency cut its forecast on Monday.", [("Monday", "2017-10-30")]),
        ("Analysts predicted on Tuesday that prices would fall.", [("Tuesday", "2017-10-31")]),
    ],
)
def test_a_forecast_noun_or_past_verb_keeps_the_day_gone_by(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert date_texts(text, FRIDAY) == expected


# ------------------------------------------------ "it's already November": the month it now is


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Can't believe it's already November.", [("November", "2017-11")]),
        ("It's November and the roses still bloom", [("November", "2017-11")]),
        ("It’s finally November!", [("November", "2017-11")]),
    ],
)
def test_a_month_after_it_is_is_the_month_now(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, FRIDAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It's April Dunmore's turn to host.",  # a name goes on
        "it's June who picks the songs",  # a person
    ],
)
def test_a_name_after_it_is_stays_out(text: str) -> None:
    assert date_texts(text, FRIDAY) == []


# ------------------------------------------------ a past clock time after a statement's day is the event's

TUESDAY = dt.date(2019, 4, 9)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "clock", "expected"),
    [
        (
            "A barn burned down early Monday, firefighters said on Tuesday. "
            "The fire began at about 2:10 a.m.",
            "about 2:10 a.m.",
            "2019-04-08T02:10",
        ),
        (
            "A ferry ran aground on Sunday, the coast guard told reporters Monday. "
            "It struck the reef at 5:45 p.m.",
            "5:45 p.m.",
            "2019-04-07T17:45",
        ),
    ],
)
def test_a_past_clock_time_after_a_statements_day_is_the_events_day(
    text: str, clock: str, expected: str
) -> None:
    assert dict(date_texts(text, TUESDAY))[clock] == expected


@pytest.mark.parametrize(
    ("text", "clock", "expected"),
    [
        (  # the statement's own occasion
            "A ferry ran aground on Sunday, the coast guard said Monday. It held a briefing at 3 p.m.",
            "3 p.m.",
            "2019-04-08T15:00",
        ),
        (  # ahead: publication's day, as before
            "A barn burned down on Sunday, firefighters said on Monday. The owner will speak at 4 p.m.",
            "4 p.m.",
            "2019-04-09T16:00",
        ),
        (  # the statement's day is the day named last in the clock's own sentence
            "A barn burned down on Sunday. Firefighters said on Monday that crews left at 6 a.m.",
            "6 a.m.",
            "2019-04-08T06:00",
        ),
    ],
)
def test_a_clock_time_of_the_statement_keeps_the_statements_day(text: str, clock: str, expected: str) -> None:
    assert dict(date_texts(text, TUESDAY))[clock] == expected


# ------------------------------------------------ "every Thurs", "every Friday night": a set of weekdays


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("choir practice every Thurs", [("every Thurs", "XXXX-WXX-4")]),
        ("quiz night every Tues at the pub", [("every Tues", "XXXX-WXX-2")]),
        ("we play cards every Friday night", [("every Friday night", "XXXX-WXX-5TNI")]),
        ("the market opens each Sunday morning", [("each Sunday morning", "XXXX-WXX-7TMO")]),
    ],
)
def test_every_short_weekday_or_weekday_and_part_of_day_is_a_set(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert date_texts(text, FRIDAY) == expected


# ------------------------------------------------ "at 8 tonight": an hour alone and a part of a named day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The band goes on at 9 tonight.", [("9 tonight", "2017-11-03T21:00")]),
        ("Dinner at 7 tomorrow night?", [("7 tomorrow night", "2017-11-04T19:00")]),
        ("The ferry left at 6 this morning.", [("6 this morning", "2017-11-03T06:00")]),
        ("Doors open at 4 this afternoon", [("4 this afternoon", "2017-11-03T16:00")]),
        ("The alarm went off at 11 last night.", [("11 last night", "2017-11-02T23:00")]),
        ("Fireworks start at 12 tonight", [("12 tonight", "2017-11-03T24:00")]),
    ],
)
def test_an_hour_alone_after_at_before_a_part_of_a_named_day_is_a_clock_time(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert date_texts(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The home side won 3 tonight.", [("tonight", "2017-11-03TNI")]),  # a score, no "at"
        ("Only 4 this morning were late.", [("this morning", "2017-11-03TMO")]),  # a count
        ("We landed at 2330 GMT Thursday.", [("2330 GMT Thursday", "2017-11-02T23:30")]),  # four digits
        ("The death toll stood at 14 this morning.", [("this morning", "2017-11-03TMO")]),  # a level
    ],
)
def test_an_hour_alone_without_at_stays_out(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, FRIDAY) == expected

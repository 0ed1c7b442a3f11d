"""The ``dates`` plugin: classes of the nineteenth session (issue 11, dates21).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builders import date_texts

FRIDAY = dt.date(2010, 8, 20)  # a Friday
MONDAY = dt.date(2010, 8, 23)

# ------------------------------------------- "planned a march on Saturday": a plan told from the past


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # told on a Friday: the Saturday is the next day, not six days back
        ("Farmers planned a long march through the capital on Saturday.", FRIDAY, "2010-08-21"),
        ("Farmers planned to block the ring road on Saturday.", FRIDAY, "2010-08-21"),
        ("The union had planned a strike on Saturday but called it off.", FRIDAY, "2010-08-21"),
        ("Farmers were planning a long march on Saturday.", FRIDAY, "2010-08-21"),
        # told on a Monday: the Saturday two days back is nearer than the one five days on
        ("Farmers planned a long march through the capital on Saturday.", MONDAY, "2010-08-21"),
        # the day of the planning itself, and "as planned"
        ("On Thursday, the cabinet planned to pay the growers.", FRIDAY, "2010-08-19"),
        ("The cabinet planned on Thursday to pay the growers.", FRIDAY, "2010-08-19"),
        ("The parade went ahead as planned on Saturday.", MONDAY, "2010-08-21"),
        # an adjective after a determiner: the clause's own verb tells
        ("The originally planned march on Wednesday was called off.", FRIDAY, "2010-08-18"),
    ],
)
def test_a_day_in_a_plan_told_from_the_past(text: str, published: dt.date, expected: str) -> None:
    days = [v for t, v in date_texts(text, published) if t.endswith("day")]
    assert days == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The growers planned a march in October.", "2010-10"),  # told in August: two months on
        ("The growers were planning a march in June.", "2010-06"),  # two months back, not ten on
        ("The growers planned to march in January.", "2011-01"),  # five months on, seven back
    ],
)
def test_a_month_in_a_plan_told_from_the_past(text: str, expected: str) -> None:
    months = [v for t, v in date_texts(text, FRIDAY) if t[0].isupper()]
    assert months == [expected]


# ----------------------------------------- "by Friday", "by February" with no other cue: a deadline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bidders must respond by Wednesday.", "2010-08-25"),
        ("Forecasters see the storm near the coast by Tuesday morning.", "2010-08-24TMO"),
        ("The council has to repay the loan by February.", "2011-02"),
        ("A ruling on the appeal is needed by July.", "2011-07"),
        # another cue in the clause still tells
        ("Prices had doubled by Wednesday.", "2010-08-18"),
        ("Output by July was up 3 percent.", "2010-07"),
    ],
)
def test_a_deadline_after_by(text: str, expected: str) -> None:
    values = [v for t, v in date_texts(text, MONDAY) if t[0].isupper()]
    assert values == [expected]


# ------------------------ "ahead of his funeral Wednesday", "in the run-up to Sunday's elections"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # told on a Monday: the coming day, though the clause is in the past
        ("Crowds gathered ahead of the singer's burial Thursday, police said.", "2010-08-26"),
        ("The envoy spoke ahead of a summit Friday of regional leaders.", "2010-08-27"),
        ("Candidates toured the islands in the run-up to Sunday's local elections.", "2010-08-29"),
        # a day after the event that is gone by still reads as before
        ("The fans celebrated ahead of schedule, and the parade was held Saturday.", "2010-08-21"),
    ],
)
def test_an_event_ahead_with_its_day(text: str, expected: str) -> None:
    days = [v for t, v in date_texts(text, MONDAY) if t.endswith("day")]
    assert days == [expected]


# -------------------------------- "a month earlier than usual": the length of the difference


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The olive harvest began a month earlier than usual.", ("a month", "DURATION", "P1M")),
        ("The ferry left an hour earlier than its timetable said.", ("an hour", "DURATION", "PT1H")),
        ("The vote was held six weeks earlier than the charter allows.", ("six weeks", "DURATION", "P6W")),
        # a point a year back still reads as one
        ("Exports were 4 percent higher than a year earlier.", ("a year earlier", "DATE", "2009")),
    ],
)
def test_an_amount_earlier_than(text: str, expected: tuple[str, str, str]) -> None:
    from diplotext.extractors.dates import find_dates

    assert [(t.text, t.type, t.value) for t in find_dates(text, MONDAY)] == [expected]


def test_an_amount_earlier_than_in_narrative_mode() -> None:
    from diplotext.extractors.dates import find_dates

    text = "In 1850 the river froze. The ice broke up two weeks later than usual."
    found = [(t.text, t.type, t.value) for t in find_dates(text, MONDAY, mode="narrative")]
    assert found == [("1850", "DATE", "1850"), ("two weeks", "DURATION", "P2W")]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("He left for Accra, where talks open on Friday.", "2031-04-25"),
        ("Polls open Sunday across the country.", "2031-04-27"),
        ("Ministers vote on Monday on the budget.", "2031-04-28"),
        ("The shop was open on Friday.", "2031-04-18"),
        ("The two visits on Monday were short.", "2031-04-21"),
    ],
)
def test_a_noun_like_present_verb_after_a_plural_is_a_schedule(sentence: str, value: str) -> None:
    got = [v for _, v in date_texts(sentence, dt.date(2031, 4, 23))]
    assert got == [value]


# ------------------------------- "could be passed on Thursday", "if they beat the leaders on Wednesday"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # told on a Monday: a possibility or a condition is ahead
        ("The reform bill could be passed on Thursday.", "2010-08-26"),
        ("Shoppers can collect their parcels from the depot on Saturday.", "2010-08-28"),
        ("The rovers are champions if they beat the second side on Wednesday.", "2010-08-25"),
        ("Unless the governor steps in before Thursday, the mine shuts.", "2010-08-26"),
        ("If approved on Wednesday, the levy would fund new schools.", "2010-08-25"),
        # no possibility ahead: negated, perfect, a negative subject, a past in the condition
        ("The missing trawler could not be found on Saturday.", "2010-08-21"),
        ("The hosts could have won on Saturday.", "2010-08-21"),
        ("Neither the mayor nor his deputy could be reached on Saturday.", "2010-08-21"),
        ("If the guards had checked the gate on Saturday, nobody would have escaped.", "2010-08-21"),
        ("She smiled as if nothing happened on Saturday.", "2010-08-21"),
        # the modal is too far from the day, or another date stands between them
        ("Suspects can be kept until Friday at the latest after being detained on Tuesday.", "2010-08-17"),
        (
            "The buyer could offer more than the shares were worth at the close of trading on Friday.",
            "2010-08-20",
        ),
    ],
)
def test_a_day_after_can_could_if_unless(text: str, expected: str) -> None:
    days = [v for t, v in date_texts(text, MONDAY) if t.endswith("day")]
    assert days[-1:] == [expected]


def test_a_modal_after_the_day_says_nothing_of_it() -> None:
    days = [v for t, v in date_texts("On Saturday, the coach said his side could still go up.", MONDAY)]
    assert days == ["2010-08-21"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The harvest fair climaxes on Saturday with a horse race.", "2010-08-28"),
        ("The choir's tour wraps up in the capital on Friday.", "2010-08-27"),
        ("The long march culminates at the border on Thursday.", "2010-08-26"),
        ("The inquiry concludes Thursday with the last witness.", "2010-08-26"),
        # a past form, and "wraps" without "up"
        ("The harvest fair climaxed on Saturday with a horse race.", "2010-08-21"),
        ("The baker wraps the loaves for the market on Friday.", "2010-08-20"),
    ],
)
def test_more_present_verbs_of_a_scheduled_event(text: str, expected: str) -> None:
    days = [v for t, v in date_texts(text, MONDAY) if t.endswith("day")]
    assert days == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause with no other tense cue: the day of an event still to come
        ("The farmers' league is contesting Thursday's council poll.", "2010-08-26"),
        ("Bakers across the valley are preparing for Saturday's fair.", "2010-08-28"),
        ("The mayor is boycotting Sunday's parade.", "2010-08-29"),
        # another cue tells
        ("The teams contesting Thursday's final trained hard.", "2010-08-19"),
        ("Monitors attending Saturday's count said it was calm.", "2010-08-21"),
    ],
)
def test_a_possessive_day_after_a_participle_of_an_event_ahead(text: str, expected: str) -> None:
    days = [v for t, v in date_texts(text, MONDAY) if t.endswith("day")]
    assert days == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "following" as a preposition before a possessive day: the day alone, gone by
        ("Guards are on alert following Friday's riot at the depot.", [("Friday", "2010-08-20")]),
        ("Following Saturday's flood, the bridge was shut.", [("Saturday", "2010-08-21")]),
        # "the following Friday" still counts on
        (
            "The court sat on August 2 and met again the following Friday.",
            [
                ("August 2", "2010-08-02"),
                ("the following Friday", "2010-08-06"),
            ],
        ),
    ],
)
def test_following_before_a_possessive_day_is_a_preposition(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert date_texts(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stop inside a closing quote ends the sentence: its "will", "can" say nothing of the day
        ('"The new line will open soon." On Tuesday, engineers tested the track.', "2010-08-17"),
        ("\u201cThe bridge can carry trucks.\u201d On Tuesday, inspectors closed it.", "2010-08-17"),
        # the day's own clause still tells
        ('"It was a long night." The crews return on Tuesday.', "2010-08-24"),
    ],
)
def test_a_quote_closing_a_sentence_ends_its_tense(text: str, expected: str) -> None:
    days = [v for t, v in date_texts(text, MONDAY) if t.endswith("day")]
    assert days == [expected]

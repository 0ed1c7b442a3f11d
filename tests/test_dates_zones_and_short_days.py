"""The ``dates`` plugin: clock times in universal time across midnight from their local twin, a
one-digit hour with a zone ("9:30 GMT"), short weekdays after a verb ("close Wed."), scheduled
verbs and seasons opening a sentence (the eleventh session, issue 11).

Every sentence here is written for these tests. 2011-05-03 is a Tuesday.
"""

from __future__ import annotations

import pytest

from builders import tuesday_texts as texts

# ------------------------------------------------------------- universal time across midnight


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # east of Greenwich: the morning is the evening before in universal time
            "The 6:40 a.m. (2140 GMT) tremor shook the coast.",
            [("6:40 a.m.", "2011-05-03T06:40"), ("2140 GMT", "2011-05-02T21:40")],
        ),
        (  # west of Greenwich: a late evening is the small hours after
            "The jet left at 11:30 p.m. EDT (0330 GMT) on Friday.",
            [
                ("11:30 p.m. EDT", "2011-04-29T23:30"),
                ("0330 GMT", "2011-04-30T03:30"),
                ("Friday", "2011-04-29"),
            ],
        ),
        (  # thirteen hours ahead is still one day
            "It hit at 1:20 p.m. local time (0020 UTC) on Sunday.",
            [("1:20 p.m.", "2011-05-01T13:20"), ("0020 UTC", "2011-05-01T00:20"), ("Sunday", "2011-05-01")],
        ),
        (  # a few hours apart: the same day
            "The barge sank at 10:15 a.m. (0715 GMT).",
            [("10:15 a.m.", "2011-05-03T10:15"), ("0715 GMT", "2011-05-03T07:15")],
        ),
    ],
)
def test_a_universal_twin_across_midnight(text: str, expected: list[tuple[str, str]]) -> None:
    assert texts(text) == expected


def test_a_local_clock_takes_the_day_after_its_universal_twin() -> None:
    got = texts("The ridge slid at 8:30 a.m. (2330 GMT Thursday), a warden said.")
    assert got == [("8:30 a.m.", "2011-04-29T08:30"), ("2330 GMT Thursday", "2011-04-28T23:30")]


def test_a_local_clock_on_the_day_of_its_universal_twin() -> None:
    got = texts("The ridge slid at 8:30 a.m. (0030 GMT Thursday), a warden said.")
    assert got == [("8:30 a.m.", "2011-04-28T08:30"), ("0030 GMT Thursday", "2011-04-28T00:30")]


# ------------------------------------------------------------------ a one-digit hour with a zone


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry docked at 9:00GMT.", [("9:00GMT", "2011-05-03T09:00")]),
        ("The ferry docked at 9:30 GMT on Monday.", [("9:30 GMT on Monday", "2011-05-02T09:30")]),
        (
            "The ferry docked at 7:45 local time on Monday.",
            [("7:45 local time on Monday", "2011-05-02T07:45")],
        ),
        ("The vote closed at 5:10 local time.", [("5:10", "2011-05-03T05:10")]),
        ("The talks ended at 8:15 on Wednesday.", [("Wednesday", "2011-04-27")]),  # no zone: no clock
        ("The tally stood at 3:15 in the final set.", []),
    ],
)
def test_one_digit_hour_with_a_zone(text: str, expected: list[tuple[str, str]]) -> None:
    assert texts(text) == expected


# --------------------------------------------------------------------- short weekdays after a verb


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polling stations opened Mon. and closed Wed.", [("Mon.", "2011-05-02"), ("Wed", "2011-04-27")]),
        ("The assembly reconvenes Thurs. after a recess.", [("Thurs.", "2011-05-05")]),
        ("The depot reopens Tues after the repairs.", [("Tues", "2011-05-03")]),
        ("Ballots are counted Fri in the hall.", [("Fri", "2011-04-29")]),
        ("A ruling is expected Thur from the bench.", [("Thur", "2011-05-05")]),
    ],
)
def test_a_short_weekday_after_a_lower_case_word(text: str, expected: list[tuple[str, str]]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The reporter Tran Thi Thu filed the story.",  # a given name
        "We spoke to Ms. Thu about the harvest.",
        "They wed. Then they left for the coast.",
        "He read it in the Sun. Then he left.",
        "Grandpa Sat. Down he went.",
        "see you thurs at the dock",  # lower case, no cue word
    ],
)
def test_no_short_weekday_here(text: str) -> None:
    assert texts(text) == []


# ------------------------------------------------------------------- scheduled verbs and seasons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry departs Friday from the north pier.", [("Friday", "2011-05-06")]),
        ("The tall ship sails at 9:00GMT on Friday.", [("9:00GMT on Friday", "2011-05-06T09:00")]),
        ("The minister testifies Thursday before the panel.", [("Thursday", "2011-05-05")]),
        ("The cargo plane lands at 1530 GMT Thursday.", [("1530 GMT Thursday", "2011-05-05T15:30")]),
        ("The cargo plane landed at 1530 GMT Thursday.", [("1530 GMT Thursday", "2011-04-28T15:30")]),
    ],
)
def test_a_scheduled_verb_puts_its_day_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Autumn brought fresh protests to the port.", [("Autumn", "2010-FA")]),
        ("Spring saw record crowds at the fair.", [("Spring", "2011-SP")]),
        ("Winter remains the hardest season here.", [("Winter", "2011-WI")]),
        ("The fall brought down the cabinet.", []),  # a collapse
        ("Summer Street brought traffic to a halt.", []),  # a name before its noun
    ],
)
def test_a_season_opening_a_sentence_before_a_verb(text: str, expected: list[tuple[str, str]]) -> None:
    assert texts(text) == expected


# ------------------------------------------------------------------------------ informal forms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("its been 3 yrs since the move", [("3 yrs", "P3Y")]),
        ("back at the desk in 2 wks", [("2 wks", "P2W")]),
        ("hold the plank for 30 secs", [("30 secs", "PT30S")]),
        ("last nite was loud", [("last nite", "2011-05-02TNI")]),
        ("tomorrow nite we sing", [("tomorrow nite", "2011-05-04TNI")]),
        ("camping this wknd", [("this wknd", "2011-W18-WE")]),
        ("The Nite Owl diner shut.", []),
    ],
)
def test_informal_units_and_day_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert texts(text) == expected


# ------------------------------------------------------------------------ "soon" in a past clause


@pytest.mark.parametrize(
    "text",
    [
        "The courier was soon freed by the guards.",
        "The rumour soon became a panic in the market.",
        "The crowd soon dispersed after the speech.",
        "The two clubs soon found a buyer.",
    ],
)
def test_soon_in_a_past_clause_is_no_future(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ferry line will soon need new boats.",
        "The board expects to decide soon.",
        "Prices could soon climb again.",
        "The council hopes to act soon.",
    ],
)
def test_soon_ahead_stays(text: str) -> None:
    assert texts(text) == [("soon", "FUTURE_REF")]


def test_a_clock_with_its_own_day_keeps_it_before_a_universal_twin() -> None:
    got = texts("The dam gave way at 11:47 a.m. local time Thursday (0247 GMT Thursday).")
    assert got == [
        ("11:47 a.m. local time Thursday", "2011-04-28T11:47"),
        ("0247 GMT Thursday", "2011-04-28T02:47"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The siren sounded around 10:30 Tuesday morning.",
            [("around 10:30 Tuesday morning", "2011-05-03T10:30")],
        ),
        ("The phone rang about 9:45 on Monday night.", [("about 9:45 on Monday night", "2011-05-02T21:45")]),
    ],
)
def test_an_approximate_bare_clock_before_a_day_and_its_part(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Updated: 6:05 PM EDT, Wed Apr 27, 2011", [("6:05 PM EDT, Wed Apr 27, 2011", "2011-04-27T18:05")]),
        (
            "Last changed at 08:40 GMT, Friday, 29 April 2011",
            [("08:40 GMT, Friday, 29 April 2011", "2011-04-29T08:40")],
        ),
        (
            "The doors open at 7 p.m. Friday, May 6, at the hall.",
            [("7 p.m. Friday, May 6", "2011-05-06T19:00")],
        ),
        ("The doors opened at 7 p.m. Friday.", [("7 p.m. Friday", "2011-04-29T19:00")]),
    ],
)
def test_a_clock_then_a_weekday_and_its_date_is_one_expression(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Filed 2010/11/07 by the clerk.", [("2010/11/07", "2010-11-07")]),
        ("Filed 2010-11-07 by the clerk.", [("2010-11-07", "2010-11-07")]),
        ("Code 2010/11-07 is no date.", []),
        ("See /2010/11/07/notes.html for it.", []),
    ],
)
def test_a_year_month_day_with_slashes(text: str, expected: list[tuple[str, str]]) -> None:
    assert texts(text) == expected


# ------------------------------------------------------------------ years and centuries of an era


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The long siege (149–146 BC) ended the city.", [("149", "BC0149"), ("146 BC", "BC0146")]),
        ("She ruled from 51 to 30 BC over the delta.", [("51", "BC0051"), ("30 BC", "BC0030")]),
        ("Between 336 and 323 BC the king marched east.", [("336", "BC0336"), ("323 BC", "BC0323")]),
        ("The abbot served 768-814 AD at the abbey.", [("768", "0768"), ("814 AD", "0814")]),
        ("The tally went from 12 to 241 BC in the list.", [("241 BC", "BC0241")]),  # no range in time
        ("The reign ran from 27 BC to AD 14.", [("27 BC", "BC0027"), ("AD 14", "0014")]),
    ],
)
def test_a_range_of_years_before_an_era(text: str, expected: list[tuple[str, str]]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bronze tools spread in the 3rd century BC.", [("the 3rd century BC", "BC02")]),
        ("In the fifth century BC the league formed.", [("the fifth century BC", "BC04")]),
        ("The walls date from the 2nd century B.C. at least.", [("the 2nd century B.C.", "BC01")]),
        ("The town grew in the first century AD.", [("the first century AD", "00")]),
        ("In the ninth century the monks left.", [("the ninth century", "08")]),
        ("The firm began a second century of trade.", []),  # a count of the firm's centuries
    ],
)
def test_a_century_with_its_era(text: str, expected: list[tuple[str, str]]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The regatta to kick off here on Friday drew sponsors.", [("Friday", "2011-05-06")]),
        ("Schools to reopen on Friday, the mayor says.", [("Friday", "2011-05-06")]),
        ("The envoy is to testify on Friday.", [("Friday", "2011-05-06")]),
    ],
)
def test_an_event_verb_after_to_puts_its_day_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert texts(text) == expected


# --------------------------------------------------------------------------- compound durations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The smuggler got four years and two months in jail.", [("four years and two months", "P4Y2M")]),
        ("The final lasted 3 hours 12 minutes.", [("3 hours 12 minutes", "PT3H12M")]),
        (
            "She swam it in 1 hour, 4 minutes and 9 seconds.",
            [("1 hour, 4 minutes and 9 seconds", "PT1H4M9S")],
        ),
        ("The sloop took two days and six hours.", [("two days and six hours", "P2DT6H")]),
        ("for more than 2 hours and 30 minutes", [("more than 2 hours and 30 minutes", "PT2H30M")]),
        ("The clerk works 10 years, four days a week.", [("10 years", "P10Y"), ("four days", "P4D")]),
        (
            "Cabinets lasted one year, 40 days or two months.",
            [("one year", "P1Y"), ("40 days", "P40D"), ("two months", "P2M")],
        ),
        ("He rowed for six weeks and three days.", [("six weeks", "P6W"), ("three days", "P3D")]),
        ("The shop opens 12 hours, 6 days a week.", [("12 hours", "PT12H"), ("6 days", "P6D")]),
    ],
)
def test_compound_durations(text: str, expected: list[tuple[str, str]]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gig on 5/13 at the old barn", [("5/13", "2011-05-13")]),
        ("tickets on sale until 5/20!", [("5/20", "2011-05-20")]),
        ("The bet moved from 4/1 to 5/2 favourite.", []),  # odds
        ("Turnout fell by 2/3 of a point.", []),
        ("He hit 5/13 from the arc.", []),
    ],
)
def test_a_month_and_day_in_figures_after_on_or_until(text: str, expected: list[tuple[str, str]]) -> None:
    assert texts(text) == expected

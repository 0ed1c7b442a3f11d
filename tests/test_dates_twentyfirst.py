"""The ``dates`` plugin: classes of the twenty-first session (issue 11, dates25).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builders import date_texts

THURSDAY = dt.date(2021, 7, 15)  # a Thursday

# ------------------------------ "the harvest failed in March. Late in the month, ...": the month named


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past clause right after an earlier month or year named: that period
        (
            "The levees broke in March. Late in the month, the river crested at Tulla.",
            [("March", "2021-03"), ("Late in the month", "2021-03")],
        ),
        (
            "The mayor gave three speeches in April. Early in the month, she praised the firemen.",
            [("April", "2021-04"), ("Early in the month", "2021-04")],
        ),
        (
            "The strike began in October 2019. By the end of the month, 9,000 dockers had walked out.",
            [("October 2019", "2019-10"), ("the end of the month", "2019-10")],
        ),
        (
            "Orchard sales fell in 2018. By the end of the year, the cooperative had sold two barns.",
            [("2018", "2018"), ("the end of the year", "2018")],
        ),
        (
            "In 2016 the mill opened a second kiln. Later in the year, it shut the old one.",
            [("2016", "2016"), ("Later in the year", "2016")],
        ),
        # the future stays with publication
        (
            "Orchard sales fell in May. The cooperative will sell two barns by the end of the month.",
            [("May", "2021-05"), ("the end of the month", "2021-07")],
        ),
        # a day read against publication came between: its month
        (
            "Orchard sales fell in May. On Monday the board met, and late in the month it had sold a barn.",
            [("May", "2021-05"), ("Monday", "2021-07-12"), ("late in the month", "2021-07")],
        ),
        # another paragraph
        (
            "Orchard sales fell in 2018.\n\nBy the end of the year, the cooperative had sold two barns.",
            [("2018", "2018"), ("the end of the year", "2021")],
        ),
    ],
)
def test_the_month_or_year_named_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, THURSDAY) == expected


# ------------------------------------------------------- "decades ago", "just months ago": PAST_REF


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The militia laid down its arms decades ago.", [("decades ago", "PAST_REF")]),
        ("Years ago, the valley held a dozen mills.", [("Years ago", "PAST_REF")]),
        ("The bakery, just months ago nearly bankrupt, employs forty.", [("months ago", "PAST_REF")]),
        ("Only minutes ago the ferry left the pier.", [("minutes ago", "PAST_REF")]),
        # a count keeps its own value, and a huge count is left alone
        ("The ferry left two years ago.", [("two years ago", "2019")]),
        ("The ferry left a few years ago.", [("a few years ago", "PAST_REF")]),
        ("The crater formed 40 million years ago.", []),
        ("The crater formed millions of years ago.", []),
    ],
)
def test_a_bare_plural_ago(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, THURSDAY) == expected


# ------------------------------------------------------------------------------- "within minutes"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Medics reached the quarry within minutes.", [("minutes", "PTXM")]),
        ("Within minutes, the smoke had cleared.", [("minutes", "PTXM")]),
        # "in minutes", "for minutes" stay out ("said in minutes released ...": the record of a meeting)
        ("The board said in minutes out on Thursday that rates hold.", [("Thursday", "2021-07-15")]),
    ],
)
def test_within_minutes(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, THURSDAY) == expected


# --------------------------------------- a market report's day or week: "down 3 percent on the day."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kospi shed 12 points to 1,904 on Tuesday. For the week, the index lost 2 percent.",
            [("Tuesday", "2021-07-13"), ("the week", "2021-W28")],
        ),
        ("Copper miners were weaker on the day, with Vedra off 3 percent.", [("the day", "2021-07-15")]),
        ("The rand ended the day at 14.2 to the dollar.", [("the day", "2021-07-15")]),
        ("The bourse closed the week 1.5 percent higher.", [("the week", "2021-W28")]),
        ("The opener finished the day with 71 not out.", [("the day", "2021-07-15")]),
        # its possessive before a superlative or a word of trading; a day compared is no report's day
        ("A chip maker was the day's biggest loser.", [("the day", "2021-07-15")]),
        (
            "Volume rose against Monday's 2.1 billion shares. A steel maker was the day's volume leader.",
            [("Monday", "2021-07-12"), ("the day", "2021-07-15")],
        ),
        (
            "The index hit its highest since May 3, 2019. A bank was the day's top gainer.",
            [("May 3, 2019", "2019-05-03"), ("the day", "2021-07-15")],
        ),
        ("He recalled the day's events.", []),
        # an event's day is left alone, and so is the idiom
        ("The guard was seized on the day of the raid.", []),
        ("She spoke to him on the day he resigned.", []),
        ("But at the end of the day, the voters will choose.", []),
        ("By the end of the day, the ferry had docked.", [("the end of the day", "2021-07-15")]),
        # after a day named it is that day's end, and no idiom
        (
            "The bourse fell on Monday. At the end of the day, the index was down 3 percent.",
            [("Monday", "2021-07-12"), ("the end of the day", "2021-07-12")],
        ),
    ],
)
def test_a_report_day_or_week(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, THURSDAY) == expected


# ------------------------------ "pledged to retake the port by June": a plan told from the past

FRIDAY = dt.date(2021, 10, 29)  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a commitment before a verb: the day or month nearer either way, as "planned to"
        ("The miners vowed to halt the pumps from Monday.", [("Monday", "2021-11-01")]),
        ("The ministry pledged to reopen the border in January.", [("January", "2022-01")]),
        ("The group agreed to buy the dairy for $4 million in February.", [("February", "2022-02")]),
        ("The mayor promised to name a new chief on Monday.", [("Monday", "2021-11-01")]),
        # a possessive of an event after such a plan is ahead
        ("He swore to unseat the governor in Sunday's vote.", [("Sunday", "2021-10-31")]),
        # not before a determiner, a possessive or an "-ing" form, and not after other verbs
        ("The two sides agreed to the terms on Monday.", [("Monday", "2021-10-25")]),
        ("The council voted to close the pool on Monday.", [("Monday", "2021-10-25")]),
    ],
)
def test_a_day_after_a_commitment(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, FRIDAY) == expected


# ------------------- "shot last March ... that same day": a day of the month named, not of a day before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The depot closed on Monday. Two guards died, the last in March when a van was hit. "
            "His post was filled that same day.",
            [("Monday", "2021-10-25"), ("March", "2021-03"), ("that same day", "2021-03-XX")],
        ),
        # a day named after the month, or a new paragraph, keeps the day
        (
            "In March a van was hit. The depot closed on Monday. The same day, two guards resigned.",
            [("March", "2021-03"), ("Monday", "2021-10-25"), ("The same day", "2021-10-25")],
        ),
        (
            "The depot closed on Monday.\n\nIn March a van was hit.\n\nThe same day, two guards resigned.",
            [("Monday", "2021-10-25"), ("March", "2021-03"), ("The same day", "2021-10-25")],
        ),
    ],
)
def test_the_same_day_after_a_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, FRIDAY) == expected


# ------------------------ "the hearing has been scheduled for November": a plan still ahead


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The retrial has been scheduled for November.", [("November", "2021-11")]),
        ("The talks have been set for Monday.", [("Monday", "2021-11-01")]),
        ("The envoys have been scheduled to meet on Monday.", [("Monday", "2021-11-01")]),
        # the past perfect is a plan told from the past, gone by; "set up" is no plan
        ("The retrial had been scheduled for June.", [("June", "2021-06")]),
        ("The envoys had been scheduled to meet on Monday.", [("Monday", "2021-10-25")]),
        ("A relief fund has been set up in March.", [("March", "2021-03")]),
    ],
)
def test_a_plan_in_the_present_perfect(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, FRIDAY) == expected


# ------------------------------------------------ "the current swept him away": the noun, no time


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A strong current swept the kayak onto the rocks.", []),
        ("The current of the canal is weak in winter.", [("winter", "2021-WI")]),
        ("The two boys swam against the current.", []),
        ("The current was too strong for the divers.", []),
        # the adjective stays a reference to the present
        ("The current and former mayors met.", [("current", "PRESENT_REF")]),
        ("The current strained ties worry the envoys.", [("current", "PRESENT_REF")]),
    ],
)
def test_the_noun_current(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, FRIDAY) == expected


# ------------------------- "at 3:10 local time on Sunday (1910 Saturday, UTC)": a clock time, no year


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The tremor hit at 3:10 local time on Sunday (1910 Saturday, UTC).",
            [("3:10 local time on Sunday", "2021-10-24T03:10"), ("1910 Saturday", "2021-10-23T19:10")],
        ),
        (
            "A ferry sank at 5:05 a.m. Friday (2105 Thursday night, UTC).",
            [("5:05 a.m. Friday", "2021-10-29T05:05"), ("2105 Thursday night", "2021-10-28T21:05")],
        ),
        # a year before a weekday with no zone stays a year
        ("In 2010 Friday sermons were broadcast.", [("2010", "2010"), ("Friday", "2021-10-29")]),
    ],
)
def test_four_clock_digits_before_a_weekday_and_a_zone(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, FRIDAY) == expected


# -------------------------- "the hope she one day leads the team": some day ahead, not a length


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The coach voiced the hope she one day leads the squad.", [("one day", "FUTURE_REF")]),
        ("The old abbey one day may reopen its gates.", [("one day", "FUTURE_REF")]),
        ("The envoy, who hopes one day to see the valley, wrote again.", [("one day", "FUTURE_REF")]),
        # a length of time stays one
        ("She was in the post one day.", [("one day", "P1D")]),
        ("That one day changed the town.", [("one day", "P1D")]),
        ("The strike came one day after the vote.", [("one day", "P1D")]),
    ],
)
def test_one_day_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, FRIDAY) == expected


# ----------------------------------------- "the 80s", "the 1960s, 70s and 80s": decades in two digits


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The band toured widely in the 80s.", [("the 80s", "198")]),
        ("The mill thrived in the late 50s.", [("the late 50s", "195")]),
        ("She filmed in the 1960s, 70s and 80s.", [("the 1960s", "196"), ("70s", "197"), ("80s", "198")]),
        ("The port grew in the 1970s and 80s.", [("the 1970s", "197"), ("80s", "198")]),
        # an age or a measure is no decade
        ("Two men in their 30s were held.", []),
        ("Temperatures stayed in the 90s all week.", []),
        ("Mortgage rates were in the 20s then.", []),
    ],
)
def test_two_digit_decades(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, FRIDAY) == expected


# ---------------------------------------- "last Thanksgiving", "next Christmas": one expression


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry sank last Christmas.", [("last Christmas", "2020-12-25")]),
        ("The envoys meet again next Easter.", [("next Easter", "2022-04-17")]),
        ("The fair reopened this past Easter.", [("this past Easter", "2021-04-04")]),
        ("The choir sang this Christmas.", [("this Christmas", "2021-12-25")]),
        # after a determiner or a possessive the word is no count from publication, read as before
        ("Their next Christmas will be spent at home.", [("Christmas", "2021-12-25")]),
    ],
)
def test_a_holiday_counted_from_publication(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, FRIDAY) == expected


# ------------------------------------------ "within days or weeks": one vague expression, as TimeML


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dam could fail within days or weeks.", [("days or weeks", "PXD")]),
        ("The mine shut within weeks or months of the fire.", [("weeks or months", "PXW")]),
        ("The board will decide in the coming days or weeks.", [("the coming days or weeks", "FUTURE_REF")]),
        # a count is no vague stretch
        ("The talks took two weeks or more.", [("two weeks", "P2W")]),
    ],
)
def test_two_vague_stretches_joined(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, FRIDAY) == expected

"""The ``dates`` plugin: well-formed values, the written forms of issue 11 and the tense of news.

Every sentence here is written for these tests. Publication dates are chosen so the weekday maths is
easy to check by hand: 2011-09-12 is a Monday, 2005-11-16 a Wednesday, 2006-12-14 a Thursday.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplotext.extractors.dates import find_dates
from diplotext.extractors.dates.values import is_timex_value
from diplotext.model import TemporalExpression

MONDAY = dt.date(2011, 9, 12)
WEDNESDAY = dt.date(2005, 11, 16)
THURSDAY = dt.date(2006, 12, 14)


def found(text: str, published: dt.date | None = WEDNESDAY, mode: str = "news") -> list[TemporalExpression]:
    result = find_dates(text, published, mode=mode)  # type: ignore[arg-type]
    for t in result:
        assert text[t.start : t.end] == t.text
        assert is_timex_value(t.value), (t.text, t.value)
    return result


def only(
    text: str, phrase: str, published: dt.date | None = WEDNESDAY, mode: str = "news"
) -> TemporalExpression:
    """The one expression whose text is ``phrase``."""
    hits = [t for t in found(text, published, mode) if t.text == phrase]
    assert len(hits) == 1, (phrase, [(t.text, t.value) for t in found(text, published, mode)])
    return hits[0]


def values(text: str, published: dt.date | None = WEDNESDAY, mode: str = "news") -> dict[str, str]:
    return {t.text: t.value for t in found(text, published, mode)}


# --------------------------------------------------------------------------- 1. well-formed values


@pytest.mark.parametrize(
    "value",
    [
        "2006",
        "2006-12",
        "2006-12-14",
        "2006-W05",
        "2006-W50",
        "2006-W50-WE",
        "XXXX-WXX-4",
        "2006-Q4",
        "2006-H1",
        "2006-WI",
        "199",
        "20",
        "BC0076",
        "1941-XX-XX",
        "2006-12-14T21:05",
        "2006-12-14TNI",
        "XXXX-XX-XXT09:30",
        "P6Y",
        "PT4H",
        "P2Y6M",
        "PXY",
        "P1.5W",
        "PRESENT_REF",
    ],
)
def test_well_formed_values_parse(value: str) -> None:
    assert is_timex_value(value)


@pytest.mark.parametrize(
    "value",
    ["2006-W5", "2006-W54", "2006-13", "2006-12-32", "-18", "P", "PT", "2006-Q5", "2006-12-14T25:00", ""],
)
def test_malformed_values_do_not_parse(value: str) -> None:
    assert not is_timex_value(value)


def test_week_values_always_have_two_digits() -> None:
    text = "Talks stalled this week. They met last week and will meet next week, and two weeks ago too."
    assert values(text, dt.date(2006, 2, 1)) == {
        "this week": "2006-W05",
        "last week": "2006-W04",
        "next week": "2006-W06",
        "two weeks ago": "2006-W03",
    }
    assert values(text, THURSDAY)["this week"] == "2006-W50"


_WEEK_TEXT = (
    "Talks stalled this week. They met last week and will meet next week. Two weeks ago they met too. "
    "Last weekend was quiet."
)


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=dt.date(1900, 1, 8), max_value=dt.date(2100, 12, 24)))
def test_week_values_are_the_iso_weeks_of_any_publication_date(day: dt.date) -> None:
    def week(d: dt.date) -> str:
        year, number, _ = d.isocalendar()
        return f"{year:04d}-W{number:02d}"

    got = values(_WEEK_TEXT, day)
    assert got == {
        "this week": week(day),
        "last week": week(day - dt.timedelta(days=7)),
        "next week": week(day + dt.timedelta(days=7)),
        "Two weeks ago": week(day - dt.timedelta(days=14)),
        "Last weekend": week(day - dt.timedelta(days=7)) + "-WE",  # the weekend of the week before
    }


_MIXED = (
    "On 14 December 2006 the talks began. The next week they stalled, and a week later the weekend came. "
    "Last week, next weekend, the following fortnight, two decades ago, the '80s, the 1990s, next year, "
    "last quarter, this winter, Christmas, Monday at 9 p.m., tomorrow night, three weeks earlier and "
    "every Thursday all count; so does 26 Jan."
)


@settings(max_examples=300, deadline=None)
@given(
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    st.sampled_from(["news", "narrative"]),
)
def test_every_value_is_well_formed_for_any_publication_date(day: dt.date, mode: str) -> None:
    """Even at the ends of the calendar (a publication date of year 1 or 9999) nothing raises and
    every value parses; what cannot be computed is left out."""
    found(_MIXED, day, mode)


# --------------------------------------------------------------------------- 2. forms

FORMS = [
    # sentence, expression, type, value, mod (publication: Wednesday 2005-11-16)
    ("The envoys will meet on 26 Jan in Bern to sign it.", "26 Jan", "DATE", "2006-01-26", None),
    ("The envoys met on 30 Oct in Bern to sign it.", "30 Oct", "DATE", "2005-10-30", None),
    ("Rail strikes were called for 3 NOV across the region.", "3 NOV", "DATE", "2005-11-03", None),
    ("The cabinet met on monday to weigh the offer.", "monday", "DATE", "2005-11-14", None),
    ("The cabinet will meet on fri to weigh the offer.", "fri", "DATE", "2005-11-18", None),
    ("The cabinet will meet next Tues. to weigh the offer.", "next Tues.", "DATE", "2005-11-22", None),
    ("The cabinet will meet Sat 19 Nov to weigh the offer.", "Sat 19 Nov", "DATE", "2005-11-19", None),
    ("The vote was on Thursday, May 2 in the capital.", "Thursday, May 2", "DATE", "2005-05-02", None),
    (
        "The vote was held on Saturday 8 October 2011 there.",
        "Saturday 8 October 2011",
        "DATE",
        "2011-10-08",
        None,
    ),
    ("The vote was held on Friday, 18 November, at dawn.", "Friday, 18 November", "DATE", "2005-11-18", None),
    # a date before a colon (a heading, an introduction) is no clock time
    (
        "The paper wrote in its leader on Monday, Nov. 14: the vote stands.",
        "Monday, Nov. 14",
        "DATE",
        "2005-11-14",
        None,
    ),
    ("Agenda for Dec. 2: a vote on the budget.", "Dec. 2", "DATE", "2005-12-02", None),
    (
        "Posted THURSDAY, MARCH 14, 2013, 9:31 AM by the desk.",
        "THURSDAY, MARCH 14, 2013, 9:31 AM",
        "TIME",
        "2013-03-14T09:31",
        None,
    ),
    ("The loans fall due at month's end, the bank said.", "month's end", "DATE", "2005-11", "END"),
    ("The mission should be wound up by year's end.", "year's end", "DATE", "2005", "END"),
    (
        "The economy has shrunk for two consecutive quarters.",
        "two consecutive quarters",
        "DURATION",
        "P2Q",
        None,
    ),
    ("Prices have risen for seven straight years.", "seven straight years", "DURATION", "P7Y", None),
    ("Exports fell in 2003. The year previous, they had risen.", "The year previous", "DATE", "2002", None),
    (
        "Sales were $4 million last year, up from $3 million the year before.",
        "the year before",
        "DATE",
        "2003",
        None,
    ),
    ("The fleet sailed in autumn and came back in early winter.", "autumn", "DATE", "2005-FA", None),
    ("The fleet sailed in autumn and came back in early winter.", "early winter", "DATE", "2004-WI", "START"),
    ("Autumn came early to the valley.", "Autumn", "DATE", "2005-FA", None),
    # a scheduled verb in the present: the spring to come (published in November)
    ("The ferry sails again in Spring, the company said.", "Spring", "DATE", "2006-SP", None),
    ("The city was founded in 76 BC by settlers.", "76 BC", "DATE", "BC0076", None),
    ("Rome and Carthage went to war in 264 B.C. over Sicily.", "264 B.C.", "DATE", "BC0264", None),
    ("The town walls date from AD 800 at the latest.", "AD 800", "DATE", "0800", None),
    ("The town walls date from 1066 AD at the latest.", "1066 AD", "DATE", "1066", None),
    # years said in words, as broadcast transcripts write them
    (
        "Prices last sank this low in the winter of nineteen eighty-six.",
        "the winter of nineteen eighty-six",
        "DATE",
        "1986-WI",
        None,
    ),
    (
        "February nineteen seventy-nine. The shah has fled.",
        "February nineteen seventy-nine",
        "DATE",
        "1979-02",
        None,
    ),
]


@pytest.mark.parametrize(("sentence", "phrase", "type_", "value", "mod"), FORMS)
def test_form(sentence: str, phrase: str, type_: str, value: str, mod: str | None) -> None:
    t = only(sentence, phrase)
    assert (t.type, t.value, t.mod) == (type_, value, mod)


@pytest.mark.parametrize(
    "sentence",
    [
        "She sat down and read The Sun over breakfast.",
        "They wed in a small chapel by the sea.",
        "Walkers came to see the midnight sun over the fjord.",
        "Shops sold out of winter coats and Spring Street was closed.",
        "A free kick by Winter was headed in by the striker.",
        "The hopes of the Arab Spring faded.",
    ],
)
def test_words_that_only_look_like_weekdays_or_seasons(sentence: str) -> None:
    assert [t.text for t in found(sentence)] == []


def test_a_number_of_things_after_a_month_is_no_year_in_words() -> None:
    assert "March two thousand" not in [t.text for t in found("In March two thousand farmers marched.")]


def test_a_day_before_a_colon_and_digits_is_a_clock() -> None:
    assert [(t.text, t.value) for t in found("Doors open Dec. 2 at 6:30 p.m. sharp.")] == [
        ("Dec. 2 at 6:30 p.m.", "2005-12-02T18:30")
    ]


def test_weekday_and_date_are_one_expression_with_the_date_s_value() -> None:
    got = [(t.text, t.value) for t in found("Talks resume on Monday, Nov. 21, the envoy said.")]
    assert got == [("Monday, Nov. 21", "2005-11-21")]


def test_a_weekday_picks_the_year_its_date_falls_on() -> None:
    # 2 May is a Thursday in 2013, not in 2012 (publication year) or 2011
    assert only("The vote is on Thursday, May 2.", "Thursday, May 2", dt.date(2012, 12, 20)).value == (
        "2013-05-02"
    )


def test_a_weekday_before_a_range_leaves_the_range_its_own() -> None:
    got = [t.text for t in found("The fair runs Friday, Nov. 18-20 in the hall.")]
    assert got[0] == "Friday"
    assert "Nov. 18" in got


def test_a_season_alone_follows_the_tense() -> None:
    # published in May: the coming autumn in the future tense, last autumn in the past tense
    assert only("The bridge will reopen in autumn.", "autumn", dt.date(2011, 5, 3)).value == "2011-FA"
    assert only("The bridge was closed in autumn.", "autumn", dt.date(2011, 5, 3)).value == "2010-FA"


def test_bc_years_parse_and_score_as_the_scorer_reads_them() -> None:
    from diplotext.evaluation.timeml import _same_value

    t = only("The temple burned in 264 BC and was rebuilt.", "264 BC")
    assert t.value == "BC0264"
    assert _same_value("-0263", t.value)


def test_a_few_hours_after_an_event_is_a_point_in_a_story() -> None:
    text = (
        "On 5 June 1944 the fleet sailed. A few hours after the landing, the port fell. "
        "Two days after it, they left."
    )
    got = {t.text: (t.type, t.value) for t in found(text, dt.date(2030, 1, 1), "narrative")}
    assert got["A few hours"] == ("DATE", "1944-06-05")
    assert got["Two days"] == ("DATE", "1944-06-07")


def test_a_few_hours_after_an_event_stays_a_duration_in_news() -> None:
    # TimeML (and TimeBank) tag "N units after <event>" as a duration anchored on the event
    t = only("A few hours after the vote, crowds gathered.", "A few hours")
    assert (t.type, t.value) == ("DURATION", "PTXH")


# --------------------------------------------------------------------------- 3. clock times

OCT_24 = dt.date(2011, 10, 24)  # a Monday


def test_a_clock_time_after_a_named_day_belongs_to_that_day() -> None:
    text = "The lorry overturned on Oct. 21, 2011, on the ring road. At 2:18 p.m. the first crews arrived."
    t = only(text, "2:18 p.m.", OCT_24)
    assert (t.value, t.anchor) == ("2011-10-21T14:18", "2011-10-21")


def test_a_clock_time_after_a_weekday_belongs_to_that_weekday() -> None:
    text = "The strike began on Friday. By 6 p.m. the port was shut."
    assert only(text, "6 p.m.", OCT_24).value == "2011-10-21T18:00"


def test_a_future_clock_time_does_not_take_a_past_day() -> None:
    text = "The man was arrested on Friday. He will appear before a judge at 10 a.m."
    assert only(text, "10 a.m.", OCT_24).value == "2011-10-24T10:00"


def test_a_clock_time_with_no_day_named_is_on_the_publication_date() -> None:
    assert only("At 9 a.m. the market opened.", "9 a.m.", OCT_24).value == "2011-10-24T09:00"


def test_a_clock_time_before_an_aside_and_a_weekday_is_on_that_weekday() -> None:
    got = values("The quake struck at 8:30 a.m. (2330 GMT) Friday, the agency said.", OCT_24)
    assert got["8:30 a.m."] == "2011-10-21T08:30"
    assert got["2330 GMT"] == "2011-10-20T23:30"  # the same instant: the evening before in GMT


@pytest.mark.parametrize(
    ("sentence", "phrase", "type_", "value"),
    [
        (
            "POSTED: FRIDAY, OCTOBER 21, 2011, 7:05 PM",
            "FRIDAY, OCTOBER 21, 2011, 7:05 PM",
            "TIME",
            "2011-10-21T19:05",
        ),
        ("UPDATED OCTOBER 21, 2011 at 9:31 AM", "OCTOBER 21, 2011 at 9:31 AM", "TIME", "2011-10-21T09:31"),
        ("The polls opened at 07:35GMT in the north.", "07:35GMT", "TIME", "2011-10-24T07:35"),
        ("The polls opened at 0735 GMT in the north.", "0735 GMT", "TIME", "2011-10-24T07:35"),
        ("The polls opened at 1030am in the north.", "1030am", "TIME", "2011-10-24T10:30"),
        ("The polls opened at 930pm in the north.", "930pm", "TIME", "2011-10-24T21:30"),
        ("The crossing takes 1hr in calm weather.", "1hr", "DURATION", "PT1H"),
        ("The crossing takes 2 hrs in calm weather.", "2 hrs", "DURATION", "PT2H"),
        ("The crossing takes 45mins in calm weather.", "45mins", "DURATION", "PT45M"),
    ],
)
def test_clock_forms(sentence: str, phrase: str, type_: str, value: str) -> None:
    t = only(sentence, phrase, OCT_24)
    assert (t.type, t.value) == (type_, value)


def test_race_times_and_years_before_a_zone_are_no_dates() -> None:
    assert [t.text for t in found("She won in 2:14:04, a course record.", OCT_24)] == []
    assert values("Trading closed at 1945 GMT in London.", OCT_24) == {"1945 GMT": "2011-10-24T19:45"}


# --------------------------------------------------------------------------- 5. tense in news

MAY_3 = dt.date(2011, 5, 3)  # a Tuesday


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        # a past verb that governs the date: not a day ahead
        ("A delivery van rear-ended a bus on June 8 near the depot.", "June 8", "2010-06-08"),
        # reported speech may look ahead
        ("Officials said the vote is on June 8 in all districts.", "June 8", "2011-06-08"),
        # a date of another clause ("which expire"), a date a few days ahead
        ("Tenants refused to renew leases which expire on June 8.", "June 8", "2011-06-08"),
        ("A pipe burst on May 1 under the square.", "May 1", "2011-05-01"),
        # "until": the end still ahead, but not in the past perfect
        ("The museum is closed until Friday for repairs.", "Friday", "2011-05-06"),
        ("The hearing was adjourned until Monday.", "Monday", "2011-05-09"),
        ("Until Friday, the police had not named a suspect.", "Friday", "2011-04-29"),
        # a modal and a participle after "be": the future
        ("The new bridge should be completed in October.", "October", "2011-10"),
        ("The results will be published on Thursday.", "Thursday", "2011-05-05"),
        ("The old bridge was completed in October.", "October", "2010-10"),
        # a plan in the past perfect is a day gone by
        ("The auction had been due to close Friday, but bidding was extended.", "Friday", "2011-04-29"),
        ("The vote had been scheduled to take place on Sunday.", "Sunday", "2011-05-01"),
        # "since": behind, whatever comes after
        ("The ship has been at sea since March and was scheduled to dock soon.", "March", "2011-03"),
        # a word in "-ed" after a determiner is an adjective, not a past verb
        ("Bonds will be repaid on a still unspecified date in January.", "January", "2012-01"),
        # a period that "ended" on a day is over
        ("In the fiscal year ended Jan. 31, sales rose 4%.", "Jan. 31", "2011-01-31"),
        ("In the fiscal year ended June 30, sales rose 4%.", "June 30", "2010-06-30"),
    ],
)
def test_the_tense_decides_which_way_a_date_goes(sentence: str, phrase: str, value: str) -> None:
    assert only(sentence, phrase, MAY_3).value == value


def test_last_year_next_to_a_yearly_figure_is_the_year() -> None:
    text = (
        "Profit in the third quarter rose to $3 million. Full-year profit was $9 million, up from "
        "$7 million last year."
    )
    assert values(text, MAY_3)["last year"] == "2010"


def test_last_year_next_to_a_quarterly_figure_is_that_quarter() -> None:
    text = "Profit in the third quarter rose to $3 million from $2 million last year."
    assert values(text, MAY_3)["last year"] == "2009-Q3"

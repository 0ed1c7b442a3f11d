"""The ``dates`` plugin: what a date is counted from (the seventh dates session of issue 11).

A month with the year a phrase names ("June last year"), a month in a firmly past clause, a weekday
counted from the day the text is at ("the previous Friday"), and the other classes of this session.
Every sentence here is written for these tests. 2011-05-03 is a Tuesday, 1989-10-30 a Monday.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplotext.extractors.dates import find_dates
from diplotext.extractors.dates.values import is_timex_value
from diplotext.model import TemporalExpression

TUESDAY = dt.date(2011, 5, 3)
MONDAY = dt.date(1989, 10, 30)


def found(text: str, published: dt.date | None = TUESDAY) -> list[TemporalExpression]:
    result = find_dates(text, published)
    for t in result:
        assert text[t.start : t.end] == t.text
        assert is_timex_value(t.value), (t.text, t.value)
    return result


def values(text: str, published: dt.date | None = TUESDAY) -> dict[str, str]:
    return {t.text: t.value for t in found(text, published)}


# ------------------------------------------------------------ a month and the year a phrase names


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The clinic opened in January this year.", "January this year", "2011-01"),
        ("But in June last year the coalition split.", "June last year", "2010-06"),
        ("The treaty lapses in April next year.", "April next year", "2012-04"),
        ("The study was due in November of this year.", "November of this year", "2011-11"),
        ("The bridge was shut on Sept. 30 last year.", "Sept. 30 last year", "2010-09-30"),
        ("A ferry sank on 12 March last year.", "12 March last year", "2010-03-12"),
        ("In May this year the port reopened.", "May this year", "2011-05"),
    ],
)
def test_month_with_a_relative_year_is_one_expression(text: str, phrase: str, value: str) -> None:
    assert values(text) == {phrase: value}


def test_month_with_a_relative_year_keeps_its_modifier() -> None:
    (t,) = found("The envoy arrived in early October last year.")
    assert (t.text, t.value, t.mod) == ("early October last year", "2010-10", "START")


def test_month_with_a_relative_year_without_publication_date() -> None:
    assert values("Exports fell in March last year.", None) == {"March last year": "XXXX-03"}


def test_a_name_before_this_year_is_no_month() -> None:
    # "May" the surname: "this year" stands alone
    assert values("Theresa May this year said no.") == {"this year": "2011"}


def test_a_month_range_with_a_relative_year_stays_two_ends() -> None:
    got = values("From Feb. to Aug. this year imports doubled.")
    assert got == {"Feb.": "2011-02", "Aug.": "2011-08", "this year": "2011"}


# --------------------------------------------------------------------------- a month in a firmly past clause


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The chain was founded in December.", "1988-12"),
        ("The museum reopened in November after repairs.", "1988-11"),
        ("Rebels seized the town in December.", "1988-12"),
    ],
)
def test_month_after_a_past_verb_is_gone_by(text: str, value: str) -> None:
    (t,) = found(text, MONDAY)
    assert t.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The vote will be held in November.", "1989-11"),  # future
        ("The firm said in December it would sell.", "1989-12"),  # a verb of saying: no firm past
        ("Officials said they wanted to hold talks in November.", "1989-11"),  # an intention
        ("The minister was looking forward to a visit in November.", "1989-11"),  # a progressive
        ("The plant closed, and the new owners reopen it in December.", "1989-12"),  # another clause
    ],
)
def test_month_not_firmly_past_keeps_the_nearest(text: str, value: str) -> None:
    (t,) = found(text, MONDAY)
    assert t.value == value


# ------------------------------------------------------------ weekdays counted from the day named


def test_the_previous_weekday_counts_from_the_day_named_last() -> None:
    text = "The index closed on Friday, April 29, down 4% from the previous Friday."
    assert values(text)["the previous Friday"] == "2011-04-22"


def test_the_previous_weekday_with_no_day_named_counts_from_publication() -> None:
    assert values("The index fell 4% from the previous Friday.") == {"the previous Friday": "2011-04-29"}


def test_the_following_weekday_counts_from_the_day_named_last() -> None:
    text = "The talks opened on March 10, and the accord was signed the following Monday."
    assert values(text)["the following Monday"] == "2011-03-14"


def test_a_weekday_in_apposition_is_the_day_just_named() -> None:
    got = values("The talks opened on March 10, a Thursday, in Oslo.")
    assert got == {"March 10": "2011-03-10", "Thursday": "2011-03-10"}


def test_a_weekday_in_apposition_that_does_not_fit_is_read_alone() -> None:
    got = values("The talks opened on March 11, a Thursday, in Oslo.")  # March 11, 2011 was a Friday
    assert got["Thursday"] == "2011-04-28"


# ------------------------------------------------------------ a day, week or month after the date named


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The strike began in March. The following month, the firm was sold.",
            "The following month",
            "2011-04",
        ),
        ("The bank cut rates in February, after a rise the previous month.", "the previous month", "2011-01"),
        ("He was detained on April 18 and freed the following day.", "the following day", "2011-04-19"),
        (
            "The talks opened on March 10. The following week, the envoys left.",
            "The following week",
            "2011-W11",
        ),
        (
            "A bomb hit the market on April 20. Earlier that day, the envoy had left.",
            "Earlier that day",
            "2011-04-20",
        ),
    ],
)
def test_an_anaphoric_unit_counts_from_the_date_named_last(text: str, phrase: str, value: str) -> None:
    assert values(text)[phrase] == value


def test_an_anaphoric_month_with_nothing_named_counts_from_publication() -> None:
    assert values("The ministers will meet again the following month.") == {"the following month": "2011-06"}


def test_an_anaphoric_day_with_nothing_named_is_no_expression() -> None:
    assert values("It was, that day, a quiet town.") == {}


# ------------------------------------------------------------ the week of a day; and a half


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The hearing is set for the week of May 16.", "the week of May 16", "2011-W20"),
        ("The vote took place the week of 6 March 2000, in Lima.", "the week of 6 March 2000", "2000-W10"),
    ],
)
def test_the_week_of_a_day_is_its_iso_week(text: str, phrase: str, value: str) -> None:
    assert values(text) == {phrase: value}


def test_the_week_of_a_day_without_publication_date_is_an_unknown_week() -> None:
    assert values("The hearing is set for the week of May 16.", None) == {"the week of May 16": "XXXX-WXX"}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The walk took an hour and a half.", "an hour and a half", "PT1H30M"),
        ("The siege lasted a year and a half.", "a year and a half", "P1Y6M"),
        ("The talks took three and a half hours.", "three and a half hours", "PT3H30M"),
        ("A minute and a half later the lights went out.", "A minute and a half", "PT1M30S"),
    ],
)
def test_and_a_half_adds_half_a_unit(text: str, phrase: str, value: str) -> None:
    (t,) = found(text)
    assert (t.text, t.type, t.value) == (phrase, "DURATION", value)


def test_and_a_half_ago_counts_back_in_months() -> None:
    assert values("The war ended two and a half years ago.") == {"two and a half years ago": "2008-11"}
    assert values("Two years ago it ended.") == {"Two years ago": "2009"}


def test_a_half_hearted_effort_is_no_half() -> None:
    assert values("It took five years and a half-hearted effort.") == {"five years": "P5Y"}


def test_the_same_month_last_year_is_the_month_named_a_year_back() -> None:
    text = "Sales in September rose 1% from the previous month and 8% from the same month last year."
    got = values(text, dt.date(2005, 11, 16))
    assert got == {
        "September": "2005-09",
        "the previous month": "2005-08",
        "the same month last year": "2004-09",
    }


def test_a_report_week_far_from_the_day_named_counts_from_publication() -> None:
    text = (
        "Trading resumes on Friday. "
        + "Brokers expect thin markets in a holiday mood across the region. " * 6
    ) + "Volumes were up from the previous week."
    assert values(text)["the previous week"] == "2011-W17"


# ------------------------------------------------------- forms: clock words, seasons, sets, days in words


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The blast came at 4 in the morning.", "4 in the morning", "2011-05-03T04:00"),
        ("A second blast came at 10:30 in the evening.", "10:30 in the evening", "2011-05-03T22:30"),
        ("The border closes by 11 at night.", "11 at night", "2011-05-03T23:00"),
    ],
)
def test_a_clock_time_with_its_part_of_the_day(text: str, phrase: str, value: str) -> None:
    (t,) = found(text)
    assert (t.text, t.type, t.value) == (phrase, "TIME", value)


def test_a_number_before_in_the_morning_with_no_preposition_is_no_clock() -> None:
    assert values("Of the 12 in the morning session, 4 in the evening group left.") == {}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The deal closed at 07:35GMT on 26 Jan in Oslo.", "07:35GMT on 26 Jan", "2011-01-26T07:35"),
        ("The offer expires at 5 p.m. EST, Nov. 6, 2010.", "5 p.m. EST, Nov. 6, 2010", "2010-11-06T17:00"),
    ],
)
def test_a_clock_time_before_a_date_is_on_that_date(text: str, phrase: str, value: str) -> None:
    assert values(text) == {phrase: value}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("In the spring of next year the troops leave.", "the spring of next year", "2012-SP"),
        ("The summer last year was hot.", "The summer last year", "2010-SU"),
    ],
)
def test_a_season_with_a_relative_year(text: str, phrase: str, value: str) -> None:
    assert values(text) == {phrase: value}


def test_every_other_weekday_is_a_set() -> None:
    (t,) = found("Every other Tuesday the staff meet.")
    assert (t.text, t.type, t.value) == ("Every other Tuesday", "SET", "XXXX-WXX-2")


def test_each_other_before_a_weekday_is_the_pronoun() -> None:
    assert values("The leaders praised each other Monday.") == {"Monday": "2011-05-02"}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The ceremony is on March eighth.", "March eighth", "2011-03-08"),
        ("The vote is on the twenty-first of May.", "twenty-first of May", "2011-05-21"),
        ("The summit opens on the fifth of June, 2012.", "fifth of June, 2012", "2012-06-05"),
        ("On May first the shops close.", "May first", "2011-05-01"),
        ("The day is this coming Sunday, March eighth.", "this coming Sunday, March eighth", "2011-03-08"),
    ],
)
def test_a_day_of_the_month_in_words(text: str, phrase: str, value: str) -> None:
    assert values(text) == {phrase: value}


@pytest.mark.parametrize(
    "text", ["Theresa May first said no.", "In the March second round, he won.", "It was the first of many."]
)
def test_an_ordinal_after_a_name_or_in_a_phrase_is_no_day(text: str) -> None:
    assert values(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "In March the first ships arrived.",
        "In March first deliveries began.",
        "In June the second wave came.",
    ],
)
def test_an_ordinal_before_a_noun_after_a_month_is_no_day(text: str) -> None:
    assert all(t.text in ("March", "June") for t in found(text))


# ------------------------------------------------------------ amounts and tails: ranges of durations, "or so"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Shipments resume within two to three weeks.", "two to three weeks", "P2W"),
        ("Rates may rise over the next 12 to 18 months.", "the next 12 to 18 months", "P12M"),
        ("The trip takes two or three days.", "two or three days", "P2D"),
        ("A term of 5-10 years is likely.", "5-10 years", "P5Y"),
        ("Banks have five business days to reply.", "five business days", "P5D"),
        ("Trading stopped for eight trading days.", "eight trading days", "P8D"),
    ],
)
def test_a_range_of_amounts_is_one_duration_from_its_lower_end(text: str, phrase: str, value: str) -> None:
    (t,) = found(text)
    assert (t.text, t.type, t.value) == (phrase, "DURATION", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("The plant will be shut over the next year or so.", "the next year or so", "2012", "APPROX"),
        ("The firm will not be profitable until 1994 or later.", "1994 or later", "1994", "ON_OR_AFTER"),
        ("Earnings for 2012 and beyond look weak.", "2012 and beyond", "2012", "ON_OR_AFTER"),
        ("The files date from 2005 or earlier.", "2005 or earlier", "2005", "ON_OR_BEFORE"),
        ("It took a week or so.", "a week or so", "P1W", "APPROX"),
    ],
)
def test_a_tail_of_approximation_or_open_end_joins_the_expression(
    text: str, phrase: str, value: str, mod: str
) -> None:
    (t,) = found(text)
    assert (t.text, t.value, t.mod) == (phrase, value, mod)


def test_or_so_before_a_clause_is_left_out() -> None:
    assert values("We met in 2009 or so the story goes.") == {"2009": "2009"}


def test_the_weeks_ahead_is_the_future() -> None:
    assert values("Prices will rise in the weeks ahead.") == {"the weeks ahead": "FUTURE_REF"}


# ------------------------------------------------------------ the present age; parts of a day


@pytest.mark.parametrize("text", ["In today's world the web matters.", "It is a lesson for today's youth."])
def test_today_s_world_is_no_day(text: str) -> None:
    assert values(text) == {}


def test_today_s_meeting_is_the_day() -> None:
    assert values("Today's meeting was short.") == {"Today": "2011-05-03"}


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("By mid-afternoon the crowd had left.", "mid-afternoon", "2011-05-03TAF", "MID"),
        (
            "In London at mid-afternoon yesterday, shares fell.",
            "mid-afternoon yesterday",
            "2011-05-02TAF",
            "MID",
        ),
        (
            "The clash began on April 20. By late afternoon, troops had left.",
            "late afternoon",
            "2011-04-20TAF",
            "END",
        ),
        ("Early evening on Monday the rain began.", "Early evening on Monday", "2011-05-02TEV", "START"),
    ],
)
def test_a_part_of_a_day_alone_or_with_its_day(text: str, phrase: str, value: str, mod: str) -> None:
    t = next(t for t in found(text) if t.text == phrase)
    assert (t.type, t.value, t.mod) == ("TIME", value, mod)


def test_a_hyphenated_part_of_a_day_is_an_adjective() -> None:
    assert values("A late-afternoon rally drew crowds.") == {}


def test_a_part_of_a_day_before_trading_is_a_time_and_before_another_noun_no_time() -> None:
    assert values("In early afternoon trading, the dollar rose.") == {"early afternoon": "2011-05-03TAF"}
    assert values("The early morning flights are full.") == {}


def test_a_part_of_a_day_before_its_date() -> None:
    assert values("The raid lasted until early morning of March 30.") == {
        "early morning of March 30": "2011-03-30TMO"
    }


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("It was better than four or five years ago.", "four or five years ago", "2007"),
        ("Games from 10-15 years ago are back.", "10-15 years ago", "2001"),
    ],
)
def test_a_range_of_amounts_ago_counts_back_the_lower_end(text: str, phrase: str, value: str) -> None:
    assert values(text) == {phrase: value}


@pytest.mark.parametrize(
    "text", ["Just 17% of 18 to 24 year olds vote.", "Only a quarter of 14-16 year olds knew."]
)
def test_ages_of_a_range_of_years_are_no_duration(text: str) -> None:
    assert values(text) == {}


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("Exports rose early in the year.", "early in the year", "2011", "START"),
        ("Late in the month prices fell.", "Late in the month", "2011-05", "END"),
    ],
)
def test_early_or_late_in_a_period(text: str, phrase: str, value: str, mod: str) -> None:
    (t,) = found(text)
    assert (t.text, t.value, t.mod) == (phrase, value, mod)


def test_later_in_the_day_is_left_alone() -> None:
    assert values("Officials met again later in the day.") == {}


def test_the_end_of_a_month_with_a_relative_year() -> None:
    (t,) = found("Certificates expired at the end of December last year.")
    assert (t.text, t.value, t.mod) == ("the end of December last year", "2010-12", "END")


def test_later_in_a_month_is_no_future_cue() -> None:
    assert values("Protests escalated later in June.", dt.date(2020, 7, 25)) == {"June": "2020-06"}


def test_the_next_month_in_a_past_clause_counts_from_the_month_named() -> None:
    got = values(
        "The envoy quit in March 2019. The next month, the party chose a new one.", dt.date(2020, 7, 25)
    )
    assert got["The next month"] == "2019-04"
    assert values("The ministers will meet in the next month.", dt.date(2020, 7, 25)) == {
        "the next month": "2020-08"
    }


def test_the_next_day_in_a_past_clause() -> None:
    got = values("He was arrested on March 3 and freed the next day.", dt.date(2020, 7, 25))
    assert got["the next day"] == "2020-03-04"


def test_the_present_before_a_noun_is_an_adjective() -> None:
    assert values("The scientists behind the present study noted it.") == {}
    assert values("Until the present, no cure existed.") == {"the present": "PRESENT_REF"}


def test_a_half_of_the_year_is_one_expression() -> None:
    (t,) = found("Talks will take place in the second half of the year.")
    assert (t.text, t.value) == ("the second half of the year", "2011-H2")


def test_a_quarter_of_the_year_ended_keeps_the_year_apart() -> None:
    got = values("Profit fell in the first quarter of the year ended June 30.")
    assert "the first quarter" in got and got["the year"] == "P1Y"


def test_easter_monday_is_the_day_after_easter() -> None:
    assert values("The vote is on Easter Monday.") == {"Easter Monday": "2011-04-25"}


def test_narrative_mode_does_not_count_from_a_day_read_against_publication() -> None:
    """In narrative mode "the following day" is the story's; a day read against publication starts
    no story (news mode counts it from that day)."""
    text = (
        "Shares fell on Tuesday and rose the following day before a rule change on May 1. "
        "They eased on Thursday."
    )
    news = {t.text: t.value for t in find_dates(text, dt.date(1997, 4, 5))}
    story = {t.text: t.value for t in find_dates(text, dt.date(1997, 4, 5), mode="narrative")}
    assert news["the following day"] == "1997-04-02"
    assert story["the following day"] != "1997-04-02"
    assert news["Thursday"] == story["Thursday"] == "1997-04-03"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The fleet sailed in 1941. Late in the year the army retreated.", "Late in the year", "1941"),
        (
            "The fleet sailed in 1941. In the first half of the year it rested.",
            "the first half of the year",
            "1941-H1",
        ),
        (
            "The war began in 1914. Two or three years later the front broke.",
            "Two or three years later",
            "1917",
        ),
        (
            "The fleet sailed in 1941. In the early morning of 7 December it struck.",
            "early morning of 7 December",
            "1941-12-07TMO",
        ),
    ],
)
def test_narrative_mode_reads_these_against_the_story(text: str, phrase: str, value: str) -> None:
    got = {t.text: t.value for t in find_dates(text, TUESDAY, mode="narrative")}
    assert got[phrase] == value

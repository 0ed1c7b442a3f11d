"""The ``dates`` plugin: months used as modifiers ("a December report", "its November sales",
"November's figure"), two months glued into one period ("the July-September quarter",
"October-to-December") and "the past" before a season (the eleventh dates session of issue 11).

Every sentence here is written for these tests. Publication: Tuesday 2011-05-03.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplotext.extractors.dates import find_dates

PUBLISHED = dt.date(2011, 5, 3)


def _found(text: str) -> list[tuple[str, str]]:
    found = find_dates(text, PUBLISHED)
    assert all(text[t.start : t.end] == t.text for t in found)
    return [(t.text, t.value) for t in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a determiner before the month and a lower-case noun after it
        ("The council issued its November ruling on the canal.", [("November", "2010-11")]),
        ("Delegates will gather at a September congress in Lyon.", [("September", "2011-09")]),
        ("The poet granted an August interview to the radio.", [("August", "2010-08")]),
        ("Grain prices slid from their January peak.", [("January", "2011-01")]),
        # the month's own possessive
        ("Brokers had expected October's figure to be higher.", [("October", "2010-10")]),
        ("Fans are queuing for July's harbour regatta.", [("July", "2011-07")]),
    ],
)
def test_a_month_that_qualifies_a_noun(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She sang with June Carter at the fair.",  # a name after "with", a capital after the month
        "The band played a June Nights medley.",  # a capital after the month: a title
        "Theresa May's office and a May proposal.",  # "May" needs more than a determiner
        "Protesters joined March's organisers outside.",  # and more than its possessive
    ],
)
def test_a_month_word_that_is_no_month(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a calendar quarter named by its months is one expression, that quarter: seventeenth session)
        ("Output grew in the July-September quarter.", [("the July-September quarter", "2010-Q3")]),
        ("Profits fell in the October-to-December period.", [("the October-to-December period", "2010-Q4")]),
        ("Output grew in the January-June period.", [("January", "2011-01"), ("June", "2011-06")]),
        # the first month of a period that crosses the new year is in the year before the second's
        ("Heating bills peaked in November-February.", [("November", "2010-11"), ("February", "2011-02")]),
        ("Ferries will sail in June/August only.", [("June", "2011-06"), ("August", "2011-08")]),
    ],
)
def test_two_months_glued_into_one_period(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_a_glued_period_is_one_range() -> None:
    text = "Freight rose in the August-October quarter."
    first, second = find_dates(text, PUBLISHED)
    assert (first.text, second.text) == ("August", "October")
    assert first.range is not None and first.range == second.range
    assert (first.range.begin, first.range.end) == ("2010-08", "2010-10")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hotels filled up in the past summer.", [("the past summer", "2010-SU")]),
        ("Snow closed the pass this past winter.", [("this past winter", "2010-WI")]),
        # a spring not yet over at publication: "the past" one is the year before's
        ("Ponds dried out over the past spring.", [("the past spring", "2010-SP")]),
    ],
)
def test_the_past_season_is_the_last_one(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_the_past_season_published_in_the_autumn() -> None:
    text = "Hotels filled up in the past summer."
    found = find_dates(text, dt.date(2011, 10, 20))
    assert [(t.text, t.value) for t in found] == [("the past summer", "2011-SU")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "expected" right before a day or month (or "on", "in" one): ahead
        ("The verdict, expected Thursday, could be delayed.", [("Thursday", "2011-05-05")]),
        ("A report expected in September will settle it.", [("September", "2011-09")]),
        # after "as", "than" or a perfect auxiliary it is no participle of the future
        ("Bond yields dipped as expected on Thursday.", [("Thursday", "2011-04-28")]),
        ("Imports shrank more than expected in March.", [("March", "2011-03")]),
        # "take effect", "come into force": a present verb of a scheduled event
        ("The new tariff takes effect on January 1.", [("January 1", "2012-01-01")]),
        ("The curfew rules take effect Monday.", [("Monday", "2011-05-09")]),
        ("The reform comes into force on Friday.", [("Friday", "2011-05-06")]),
        # in the past tense they stay in the past; "takes" needs "effect" (or "place") after it
        ("The new tariff took effect on January 1.", [("January 1", "2011-01-01")]),
    ],
)
def test_a_date_the_verb_puts_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "last" the verb before a duration is left out of it
        ("The blockade could last 36 hours.", [("36 hours", "PT36H")]),
        ("The fair is expected to last nine days.", [("nine days", "P9D")]),
        ("Their pledges did not even last a fortnight.", [("a fortnight", "P2W")]),
        # "last" opening a span keeps it: after a preposition or a determiner
        ("Rents doubled in last three years.", [("last three years", "P3Y")]),
        ("He wrote it in his last few weeks at the post.", [("last few weeks", "PXW")]),
        ("Costs rose over the last 18 months.", [("the last 18 months", "P18M")]),
    ],
)
def test_last_the_verb_before_a_duration(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a month-long" is "month-long", as "day-long" is; the article stays outside
        ("Workers began a month-long stoppage.", [("month-long", "P1M")]),
        ("After a decade-long feud the clans made peace.", [("decade-long", "P10Y")]),
        ("She gave an hour-long address.", [("hour-long", "PT1H")]),
        ("Commuters faced hours-long queues.", [("hours-long", "PTXH")]),
        # without "-long" the article is part of the duration
        ("The feud lasted a decade.", [("a decade", "P10Y")]),
    ],
)
def test_a_unit_long_is_one_expression(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "due to" giving a cause puts nothing ahead: the past verb decides
        ("Two riders withdrew due to injuries on Sunday.", [("Sunday", "2011-05-01")]),
        ("The regatta was abandoned due to strong winds on Saturday.", [("Saturday", "2011-04-30")]),
        ("The fair was shut due to Ebola fears on Monday.", [("Monday", "2011-05-02")]),
        # "due to" before a verb is still ahead
        ("The envoy is due to land on Thursday.", [("Thursday", "2011-05-05")]),
        ("Figures are due to be published on Friday.", [("Friday", "2011-05-06")]),
    ],
)
def test_due_to_a_cause_is_no_future(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday's possessive before an event held on a set day, in a future clause: ahead
        ("The rivals will meet in Sunday's final.", [("Sunday", "2011-05-08")]),
        ("She is expected to win Friday's runoff.", [("Friday", "2011-05-06")]),
        ("Sunday's city council election will be close.", [("Sunday", "2011-05-08")]),
        # otherwise a day gone by, even in a future clause
        ("Lawyers would try to overturn Monday's ruling.", [("Monday", "2011-05-02")]),
        ("Fans cheered Saturday's final.", [("Saturday", "2011-04-30")]),
        # "all votes": a noun, no present verb of a scheduled event
        ("With all votes in after Sunday's poll, the mayor won.", [("Sunday", "2011-05-01")]),
    ],
)
def test_a_weekday_possessive_before_an_event(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present verb in "-s" after an apposition's comma is still the verb
        ("The weekly, a new title for learners, starts publication on Sunday.", [("Sunday", "2011-05-08")]),
        ("The envoy, a veteran of such talks, arrives in Quito on Monday.", [("Monday", "2011-05-09")]),
        # a form as often a noun, or one without "-s", is not
        ("On Friday, the premier, head of the ruling party, spoke.", [("Friday", "2011-04-29")]),
    ],
)
def test_a_present_verb_after_an_apposition(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "published"),
    [
        # a past verb right after "in" and the month: a month gone by
        ("Chile in February halted the exports.", [("February", "2010-02")], "2010-12-10"),
        # "was set up" is a past, "was set for" a plan
        ("The panel was set up in February to audit the port.", [("February", "2010-02")], "2010-12-10"),
        ("The vote was set for February.", [("February", "2011-02")], "2010-12-10"),
        # a contract month stays ahead
        ("Crude for delivery in January gained 40 cents.", [("January", "2011-01")], "2010-12-10"),
    ],
)
def test_a_month_with_a_past_verb_right_after_it(
    text: str, expected: list[tuple[str, str]], published: str
) -> None:
    found = find_dates(text, dt.date.fromisoformat(published))
    assert [(t.text, t.value) for t in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month's possessive names something done ...
        ("Inspectors reopened the inquiry into February's fire at the depot.", [("February", "2011-02")]),
        ("Riots marred December's count.", [("December", "2010-12")]),
        # ... unless it is of an event held on a set month, after "ahead of" or in a future clause
        ("Parties are campaigning ahead of June's regional elections.", [("June", "2011-06")]),
        ("Skaters will compete at August's winter games.", [("August", "2011-08")]),
        # a weekday's possessive likewise
        ("Polls were closing ahead of Sunday's runoff.", [("Sunday", "2011-05-08")]),
        ("The striker had been rested for Saturday's derby.", [("Saturday", "2011-04-30")]),
    ],
)
def test_a_possessive_day_or_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the past" before a count of something other than time units is no expression
        ("Floods hit the valley in the past three summers.", []),
        ("He has captained the side for the past two seasons.", []),
        ("She has won her past few matches and the past six finals.", []),
        # a count of time units is a duration; "the past" alone stays a vague past
        ("Rents rose over the past two years.", [("the past two years", "P2Y")]),
        ("In the past many ferries sailed from here.", [("the past", "PAST_REF")]),
    ],
)
def test_the_past_before_a_count(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the last quarter of", "the last half of", "the latter half of" a year: its Q4, its H2
        ("Exports slowed in the last quarter of 2008.", [("the last quarter of 2008", "2008-Q4")]),
        ("Hiring picked up in the last half of 2007.", [("the last half of 2007", "2007-H2")]),
        ("Rents rose in the latter half of last year.", [("the latter half of last year", "2010-H2")]),
        # of a decade or a month: its end
        ("Trade was flat in the last half of the '90s.", [("the last half of the '90s", "199")]),
        # "last quarter" alone is still the quarter before
        ("Profits fell last quarter.", [("last quarter", "2011-Q1")]),
    ],
)
def test_the_last_quarter_or_half_of(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month opening a sentence before a verb is the month; a past verb there makes it gone by
        ("Shops were busy. October is usually calm.", [("October", "2010-10")]),
        ("July saw record crowds at the fair.", [("July", "2010-07")]),
        ('Exports held up. "September was another strong month," she said.', [("September", "2010-09")]),
        # a name opening a sentence is no month
        ("The choir rested. June Okafor sang. August Lind wrote the score.", []),
    ],
)
def test_a_month_opening_a_sentence(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age after "aged" or "the age of" is no duration, as "84 years old" is none
        ("The poet died aged 91 years.", []),
        ("Pupils under the age of 12 years ride free.", []),
        # a span of years is still one
        ("The poet wrote for 60 years.", [("60 years", "P60Y")]),
    ],
)
def test_an_age_is_no_duration(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_a_month_before_a_trip_noun_is_left_to_the_visits_plugin() -> None:
    # "his October visit": the visits plugin reads that month as the trip's date itself
    assert _found("The envoy recalled his October visit to Lima.") == []

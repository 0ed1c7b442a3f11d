"""The ``dates`` plugin: "the same year" and "that same day" after a date named before, "the
following January" and "the previous June", plural weekdays as sets ("on Mondays", "Tuesday nights")
(the thirteenth session, issue 11).

Every sentence here is written for these tests. 2011-05-03 is a Tuesday.
"""

from __future__ import annotations

import pytest

from builders import tuesday_texts as texts

# ------------------------------------------------------------- "the same year", "that same day"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mill shut in 1987. The same year, its owner emigrated.", ("The same year", "1987")),
        ("She joined the band in 2004 and quit later the same year.", ("later the same year", "2004")),
        ("In 1999 the club was promoted, and in the same year it won the cup.", ("the same year", "1999")),
        (
            "The bridge fell on March 9, 2008. That same day, the mayor resigned.",
            ("That same day", "2008-03-09"),
        ),
        (
            "Rain flooded the valley in June 2009. That same month, the dam cracked.",
            ("That same month", "2009-06"),
        ),
    ],
)
def test_the_same_unit_is_the_one_named_before(text: str, expected: tuple[str, str]) -> None:
    assert expected in texts(text)


def test_the_same_year_with_no_year_named_is_still_the_present() -> None:
    assert ("later in the same year", "2011") in texts(
        "Sales will rise this spring and fall later in the same year."
    )


# ------------------------------------------------------------- "the following January", "the previous June"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He won the race in October 2006 and retired the following February.",
            ("the following February", "2007-02"),
        ),
        (
            "The mine opened in April 2001 and flooded the following August.",
            ("the following August", "2001-08"),
        ),
        (
            "The club folded in September 2012; the previous March it had lost its ground.",
            ("the previous March", "2012-03"),
        ),
        (
            "The levee broke in July 2005. By the following spring, the farms were dry.",
            ("the following spring", "2006-SP"),
        ),
        (
            "The ferry sank in March 2003 after repairs the preceding winter.",
            ("the preceding winter", "2002-WI"),
        ),
    ],
)
def test_a_month_or_season_after_or_before_the_month_named(text: str, expected: tuple[str, str]) -> None:
    assert expected in texts(text)


def test_the_following_month_with_none_named_is_the_next_one() -> None:
    assert ("the following January", "2012-01") in texts("The board will vote the following January.")


def test_the_following_spring_in_a_narrative_after_a_year() -> None:
    import datetime as dt

    from diplotext.extractors.dates import find_dates

    text = "In 1861 the garrison held the fort. The following spring, it surrendered."
    found = {t.text: t.value for t in find_dates(text, dt.date(2011, 5, 3), mode="narrative")}
    assert found["The following spring"] == "1862-SP"


# ------------------------------------------------------------- plural weekdays: every such day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry does not sail on Sundays.", ("Sundays", "XXXX-WXX-7")),
        ("On Thursdays the library stays open late.", ("Thursdays", "XXXX-WXX-4")),
        ("She teaches yoga Wednesday evenings.", ("Wednesday evenings", "XXXX-WXX-3TEV")),
        ("ugh i hate mondays", ("mondays", "XXXX-WXX-1")),
        ("Except Saturdays, the bakery opens at six.", ("Saturdays", "XXXX-WXX-6")),
    ],
)
def test_a_plural_weekday_is_every_such_day(text: str, expected: tuple[str, str]) -> None:
    assert expected in texts(text)


@pytest.mark.parametrize(
    "text",
    [
        "They booked a table at Glad Fridays downtown.",
        "The band Lazy Sundays played an encore.",
        "He joined the Fridays for Forests march.",
    ],
)
def test_a_plural_weekday_in_a_name_is_no_date(text: str) -> None:
    assert texts(text) == []


# ------------------------------------------------------------- "the 1700s"; "ten years back"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Whalers worked this bay in the 1700s.", ("the 1700s", "17")),
        ("The chapel was rebuilt in the early 1900s.", ("the early 1900s", "19")),
        ("Phones got smaller in the 2000s.", ("the 2000s", "200")),
        ("The mill closed in the 1930s.", ("the 1930s", "193")),
    ],
)
def test_hundreds_are_centuries(text: str, expected: tuple[str, str]) -> None:
    assert expected in texts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The road was promised six years back.", ("six years back", "2005")),
        ("Two months back, the shop changed hands.", ("Two months back", "2011-03")),
    ],
)
def test_units_back_before_a_stop_are_ago(text: str, expected: tuple[str, str]) -> None:
    assert expected in texts(text)


def test_units_back_before_more_words_stay_a_duration() -> None:
    assert ("three weeks", "P3W") in texts("They moved the vote three weeks back into June.")


# ------------------------------------------------------------- "the first week of April"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The audit ran through the first week of March.", ("the first week of March", "2011-W09")),
        ("Harvest ends in the last week of August 2009.", ("the last week of August 2009", "2009-W35")),
        ("The second week of June will be hot.", ("The second week of June", "2011-W23")),
    ],
)
def test_the_nth_week_of_a_month_is_one_week(text: str, expected: tuple[str, str]) -> None:
    assert expected in texts(text)


# ------------------------------------------------------------- "the weekend" with no past: the nearer one


def test_the_weekend_with_no_past_late_in_the_week_is_the_coming_one() -> None:
    import datetime as dt

    from builders import date_texts

    thursday = dt.date(2011, 5, 5)
    assert ("the weekend", "2011-W18-WE") in date_texts("The team is resting over the weekend.", thursday)
    assert ("the weekend", "2011-W17-WE") in date_texts("The team rested over the weekend.", thursday)


def test_the_weekend_with_no_past_early_in_the_week_is_the_one_gone_by() -> None:
    assert ("the weekend", "2011-W17-WE") in texts("The roads are quiet after the weekend.")


# ------------------------------------------------------------- "Sat night", "Sun morning"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pub quiz was fun on Sat night", [("Sat night", "2011-04-30TNI")]),
        ("Sun morning run done", [("Sun morning", "2011-05-01TMO")]),
        ("She sat night after night by the phone.", []),
        ("It ran in the Sun morning edition.", []),
    ],
)
def test_a_short_ambiguous_weekday_with_a_capital_before_a_part_of_the_day(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert texts(text) == expected


# ------------------------------------------------------------- narrative: "by the end of the month"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fort fell on 3 June 1690. By the end of the month, the garrison had gone.",
            ("the end of the month", "1690-06"),
        ),
        (
            "The drought began in 1921. By the middle of the year, wells were dry.",
            ("the middle of the year", "1921"),
        ),
    ],
)
def test_narrative_a_part_of_the_unit_is_the_storys(text: str, expected: tuple[str, str]) -> None:
    import datetime as dt

    from diplotext.extractors.dates import find_dates

    found = {t.text: t.value for t in find_dates(text, dt.date(2011, 5, 3), mode="narrative")}
    assert found[expected[0]] == expected[1]


# ------------------------------------------------------------- "that spring", "the following decade"


def test_that_season_is_of_the_year_named_last() -> None:
    text = "The canal opened in May 1869. That autumn, the first steamers passed."
    assert ("That autumn", "1869-FA") in texts(text)


@pytest.mark.parametrize("mode", ["news", "narrative"])
def test_the_following_decade_is_a_decade(mode: str) -> None:
    import datetime as dt

    from diplotext.extractors.dates import find_dates

    text = "The strike ended in 1926. The following decade brought mass unemployment."
    found = {t.text: t.value for t in find_dates(text, dt.date(2011, 5, 3), mode=mode)}  # type: ignore[arg-type]
    assert found["The following decade"] == "193"


# ------------------------------------------------------------- "an army of 1500 men": a count


@pytest.mark.parametrize(
    "text",
    [
        "A fleet of 1200 boats waited offshore.",
        "The pipeline carries gas for 1400 route miles.",
        "A column of 1600 men left the town.",
    ],
)
def test_a_low_number_before_a_plural_noun_is_a_count(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fire of 1666 was the worst.", ("1666", "1666")),
        ("In 1588 ships from Spain sailed north.", ("1588", "1588")),
        ("After the peace of 1713 the ports reopened.", ("1713", "1713")),
    ],
)
def test_a_low_year_before_a_verb_or_clause_stays_a_year(text: str, expected: tuple[str, str]) -> None:
    assert expected in texts(text)


# ------------------------------------------------------------- "crashed on May 20" in a text of May 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A tanker sank on May 20.", ("May 20", "2010-05-20")),
        ("The mayor was arrested on May 9.", ("May 9", "2010-05-09")),
    ],
)
def test_a_past_verb_right_before_on_puts_a_near_day_a_year_back(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in texts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The tanker will be refloated on May 20.", ("May 20", "2011-05-20")),
        ("If the mayor resigned on May 9, a vote would follow.", ("May 9", "2011-05-09")),
        ("The mayor said on May 9 he would run.", ("May 9", "2011-05-09")),
    ],
)
def test_a_plan_a_condition_or_saying_keeps_the_near_day(text: str, expected: tuple[str, str]) -> None:
    assert expected in texts(text)


# ------------------------------------------------------------- "is forecast to", "appears in court"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cyclone was forecast to reach the islands on Friday.", ("Friday", "2011-05-06")),
        ("Turnout is predicted to rise in June.", ("June", "2011-06")),
        ("The striker is likely to return on Saturday.", ("Saturday", "2011-05-07")),
        ("The driver appears in court on Thursday.", ("Thursday", "2011-05-05")),
    ],
)
def test_forecasts_and_court_appearances_lie_ahead(text: str, expected: tuple[str, str]) -> None:
    assert expected in texts(text)


def test_appears_before_a_past_participle_stays_past() -> None:
    assert ("Sunday", "2011-05-01") in texts("The man who appears in a clip filmed on Sunday is a guard.")


# ------------------------------------------------------------- "at 0300 local time"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry left at 0445 local time.", [("0445", "2011-05-03T04:45")]),
        ("The show airs from 1900 local time.", [("1900", "2011-05-03T19:00")]),
        ("In 1985 local time was changed.", [("1985", "1985")]),
    ],
)
def test_four_digits_before_local_time_are_a_clock(text: str, expected: list[tuple[str, str]]) -> None:
    assert texts(text) == expected


# ------------------------------------------------------------- "in recent weeks": a length of time


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices have climbed in recent weeks.", ("recent weeks", "PXW")),
        ("Two ferries sank in recent days.", ("recent days", "PXD")),
        ("Sales slowed in recent months.", ("recent months", "PXM")),
        ("The town has grown in recent years.", ("recent years", "PAST_REF")),
    ],
)
def test_recent_days_weeks_months_are_a_stretch_up_to_now(text: str, expected: tuple[str, str]) -> None:
    assert expected in texts(text)


# ------------------------------------------------------------- "2day", "2nite", "2moro"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cant wait for the gig 2nite", [("2nite", "2011-05-03TNI")]),
        ("dentist 2moro ugh", [("2moro", "2011-05-04")]),
        ("so tired 2day", [("2day", "2011-05-03")]),
        ("only 2 days to go", [("2 days", "P2D")]),
    ],
)
def test_informal_day_words_with_a_two(text: str, expected: list[tuple[str, str]]) -> None:
    assert texts(text) == expected


# ------------------------------------------------------------- holidays as informal text writes them


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dinner plans for valentines day?", [("valentines day", "2011-02-14")]),
        ("Our New Years Eve party was loud.", [("New Years Eve", "2010-12-31")]),
        ("best NYE ever", [("NYE", "2010-12-31")]),
        ("road trip this wkend", [("this wkend", "2011-W18-WE")]),
        ("wrapping gifts on xmas eve", [("xmas eve", "2010-12-24")]),
        ("Fathers Day lunch is booked.", [("Fathers Day", "2011-06-19")]),
        ("the independence day of the republic", []),
    ],
)
def test_holidays_without_apostrophes_or_capitals(text: str, expected: list[tuple[str, str]]) -> None:
    assert texts(text) == expected


# ------------------------------------------------------------- "midweek", "midyear"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry strike ended in midweek.", ("midweek", "2011-W18")),
        ("Hiring slowed at midyear.", ("midyear", "2011")),
    ],
)
def test_mid_glued_to_a_unit(text: str, expected: tuple[str, str]) -> None:
    assert expected in texts(text)

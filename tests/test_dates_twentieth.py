"""The ``dates`` plugin: classes of the twentieth session (issue 11, dates23).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builders import date_texts

WEDNESDAY = dt.date(2010, 8, 25)  # a Wednesday
MONDAY = dt.date(2010, 8, 23)

# ------------------------------------------ "if the deal of 3 September had held": an unreal past


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a condition in the past perfect: the date is gone by, however near ahead it would fall
        ("If the truce of 3 September had held, the port would have reopened.", "2009-09-03"),
        ("If his advice of 7 March had been heeded, the dam would still stand.", "2010-03-07"),
        ("Unless the ban of 2 September had been lifted, no ship could have sailed.", "2009-09-02"),
        ("Had the accord of September 12 been signed, the siege would have ended.", "2009-09-12"),
        # a plain condition, and "if" as "whether", are read as before
        ("If the rebels sign on 2 September, the siege will end.", "2010-09-02"),
        ("He would have turned 80 on September 2.", "2010-09-02"),
        ("Had to leave on 2 September, he wrote.", "2010-09-02"),
    ],
)
def test_a_day_in_an_unreal_past(text: str, expected: str) -> None:
    assert [v for _, v in date_texts(text, WEDNESDAY)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a modal before "have" and a participle is a past cue ("would" alone points ahead)
        ("Without the levy, prices would have risen in October.", "2009-10"),
        ("The grain should have reached the coast in December.", "2009-12"),
        ("The parcel could not have arrived in December.", "2009-12"),
        ("The levy would apply in October.", "2010-10"),
        # "have to" is an obligation ahead
        ("The rest would have to wait until March.", "2011-03"),
    ],
)
def test_a_month_after_a_modal_and_have(text: str, expected: str) -> None:
    assert [v for _, v in date_texts(text, WEDNESDAY)] == [expected]


# ------------------------------------ "4 a.m. Sunday (1900 GMT Saturday)": one instant, two weekdays


SATURDAY = dt.date(2010, 8, 21)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a story dated by universal time: the local dawn is the next day's, not last week's
        (
            "Guards found the climber at 4:00 a.m. Sunday (1900 GMT Saturday).",
            SATURDAY,
            ["2010-08-22T04:00", "2010-08-21T19:00"],
        ),
        # read on its own, the twin's weekday went to another week: it is the day after its clock's
        (
            "The final will be shown at 9 p.m. Tuesday (0300 GMT Wednesday), the network said.",
            WEDNESDAY,
            ["2010-08-31T21:00", "2010-09-01T03:00"],
        ),
        # already one instant: unchanged
        (
            "The ferry sank at 11:30 p.m. Tuesday (0330 GMT Wednesday).",
            WEDNESDAY,
            ["2010-08-24T23:30", "2010-08-25T03:30"],
        ),
    ],
)
def test_a_clock_and_its_universal_twin_with_their_weekdays(
    text: str, published: dt.date, expected: list[str]
) -> None:
    assert [v for _, v in date_texts(text, published)] == expected


# ------------------------------------------- "as early as": ahead, unless a past verb of its clause tells


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Porters had started wearing gloves from as early as March 8.", "2010-03-08"),
        ("The orchard was first sprayed as early as March 8.", "2010-03-08"),
        ("The bid could be unveiled as early as Friday.", "2010-08-27"),
        ("The plan calls for new pylons as early as January.", "2011-01"),
        # another clause with a modal between: ahead
        ("The talks resumed on Monday and may end as early as Friday.", "2010-08-27"),
    ],
)
def test_as_early_as_after_a_past_verb(text: str, expected: str) -> None:
    assert [v for _, v in date_texts(text, WEDNESDAY)][-1] == expected


# ------------------------------------ a date line or a title ends its sentence: its words are no cue


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body's first sentence after a date line, its subject with a long apposition
        (
            "Monday, August 23, 2010\nOn Thursday, Ana Ruiz, a candidate in the vote to be held on May 9, "
            "opened her campaign.",
            "2010-08-19",
        ),
        # a title with an infinitive of a verb of meeting
        ("Envoys to meet in Geneva\nOn Thursday, the envoy met the rebels.", "2010-08-19"),
    ],
)
def test_a_line_with_no_stop_ends_its_sentence(text: str, expected: str) -> None:
    days = [v for t, v in date_texts(text, MONDAY) if t == "Thursday"]
    assert days == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Updated 3:05 pm\nOn Thursday, the envoy will meet the rebels.", "2010-08-26"),
        ("Posted 9:40 AM EDT\nSunday's storm cut power to the valley.", "2010-08-22"),
    ],
)
def test_a_clock_time_at_a_line_end_is_not_joined_to_the_next_line(text: str, expected: str) -> None:
    found = date_texts(text, MONDAY)
    assert len(found) == 2
    assert found[1] == (found[1][0], expected)
    assert found[1][0] in ("Thursday", "Sunday")


# ------------------------------------------------ "two hundred years", "a thousand years ago": big numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The weavers have kept the method for more than two thousand years.",
            [("more than two thousand years", "P2000Y")],
        ),
        ("The chapel has stood for five hundred years.", [("five hundred years", "P500Y")]),
        ("The port was built a thousand years ago.", [("a thousand years ago", "1010")]),
        ("A hundred and fifty years ago the canal opened.", [("A hundred and fifty years ago", "1860")]),
        ("The fields have been farmed for several hundred years.", [("several hundred years", "PXY")]),
        ("Herders have crossed the pass for thousands of years.", [("thousands of years", "PXY")]),
        # a count of people before a singular unit word is no length
        ("The closure kept tens of thousands of day labourers at home.", []),
        # a year said in words stays a year
        ("In two thousand and one, the club moved.", [("two thousand and one", "2001")]),
    ],
)
def test_hundreds_and_thousands_in_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, WEDNESDAY) == expected


# --------------------------------------- "that weekend", "the following weekend": of the day named before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 4 March 2004 is a Thursday: its weekend is two days on
        ("The dam burst on 4 March 2004. That weekend, crews sealed the breach.", "2004-W10-WE"),
        ("The dam burst on 4 March 2004. The following weekend, crews sealed the breach.", "2004-W10-WE"),
        ("The dam burst on 4 March 2004. The previous weekend, crews had inspected it.", "2004-W09-WE"),
        # 7 March 2004 is a Sunday: the weekend after it is the next week's
        ("The dam burst on 7 March 2004. That weekend, crews sealed the breach.", "2004-W10-WE"),
        ("The dam burst on 7 March 2004. The following weekend, crews sealed the breach.", "2004-W11-WE"),
        # with no day named, publication's as before
        ("The crews will work that weekend.", "2010-W34-WE"),
    ],
)
def test_a_weekend_counted_from_the_day_named(text: str, expected: str) -> None:
    assert date_texts(text, WEDNESDAY)[-1][1] == expected


# ------------------------------------ "Black Friday", "Ash Wednesday"; "Bloody Sunday", "Sheffield Wednesday"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # named days of a year: holidays
        ("Malls opened at dawn on Black Friday.", [("Black Friday", "2009-11-27")]),
        ("Web shops braced for Cyber Monday.", [("Cyber Monday", "2009-11-30")]),
        ("The bishop spoke on Ash Wednesday.", [("Ash Wednesday", "2010-02-17")]),
        ("Crowds filled the square on Palm Sunday.", [("Palm Sunday", "2010-03-28")]),
        # a name with a weekday in it: no day of this week
        ("The mural recalls Bloody Sunday.", []),
        ("The striker joined Sheffield Wednesday in May.", [("May", "2010-05")]),
        ("Traders still fear another Black Monday.", []),
    ],
)
def test_names_with_a_weekday(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, WEDNESDAY) == expected


# -------------------------------------------------------- "every few years", "every second week": sets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fair moves to a new town every few years.", [("every few years", "SET", "PXY")]),
        ("The newsletter comes out every second week.", [("every second week", "SET", "P2W")]),
        ("The count is repeated every tenth year.", [("every tenth year", "SET", "P10Y")]),
        ("The council meets every other month.", [("every other month", "SET", "P2M")]),
    ],
)
def test_every_few_and_every_second(text: str, expected: list[tuple[str, str, str]]) -> None:
    from diplotext.extractors.dates import find_dates

    assert [(t.text, t.type, t.value) for t in find_dates(text, WEDNESDAY)] == expected


# ----------------------------------------------- "in the spring and summer": the second season as the first


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dunes shifted in the spring and summer.", [("the spring", "2010-SP"), ("summer", "2010-SU")]),
        ("The ferry runs from autumn to spring.", [("autumn", "2010-FA"), ("spring", "2011-SP")]),
    ],
)
def test_a_season_after_another_and_and(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, WEDNESDAY) == expected


def test_a_season_after_and_before_a_noun_it_qualifies_is_no_date() -> None:
    assert "spring" not in [t for t, _ in date_texts("The winter and spring coats sold out.", WEDNESDAY)]


# ------------------------------------------------ "the March quarter": a quarter named by its last month

OCTOBER_9 = dt.date(2008, 10, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profit rose in the March quarter.", [("the March quarter", "2008-Q1")]),
        ("Profit rose in the December quarter.", [("the December quarter", "2007-Q4")]),
        (
            "Profit rose in the September quarter, up from the June quarter.",
            [("the September quarter", "2008-Q3"), ("the June quarter", "2008-Q2")],
        ),
        # a future clause: the next such quarter
        ("The grower expects a loss in the June quarter.", [("the June quarter", "2009-Q2")]),
        # a quarter ending with October is the calendar quarter of its middle month
        ("Profit rose in its October fiscal quarter.", [("October fiscal quarter", "2008-Q3")]),
    ],
)
def test_a_quarter_named_by_its_last_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, OCTOBER_9) == expected

"""The ``dates`` plugin: classes of the twenty-second session (issue 11, helper dates26).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builders import date_texts

MONDAY = dt.date(2012, 9, 17)  # a Monday

# ------------------------------------------------------------ a year inside a list of years


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The orchard flooded in 1961, 1974 and 1988, the growers said.",
            [("1961", "1961"), ("1974", "1974"), ("1988", "1988")],
        ),
        (
            "The rowing club won the regatta in 1979, 1983, 1996 and 2004.",
            [("1979", "1979"), ("1983", "1983"), ("1996", "1996"), ("2004", "2004")],
        ),
        (
            "Grants were paid in 2003, 2005, or 2008, the auditors found.",
            [("2003", "2003"), ("2005", "2005"), ("2008", "2008")],
        ),
    ],
)
def test_each_year_of_a_list_of_years_is_a_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("listed", "run", "middle"),
    [
        ("Floods came in 1951, 1966 and 1979.", "The tallies were 1,400, 1966 and 2,250 ballots.", "1966"),
        (
            "Fires broke out in 1931, 1940 and 1954.",
            "The three depots held 1931, 1940 and 1954 crates.",
            "1940",
        ),
        ("Audits ran in 1992, 1998 and 2001.", "The ledger lists 2009, 1998 and 2001 as codes.", "1998"),
    ],
)
def test_a_list_of_years_but_no_run_of_figures(listed: str, run: str, middle: str) -> None:
    assert middle in [t for t, _ in date_texts(listed, MONDAY)]
    assert middle not in [t for t, _ in date_texts(run, MONDAY)]  # figures, counts, or not rising


# ------------------------------------------------------------ quarters that are time, and not


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The brewer returned to profit after several quarters of losses.",
            [("several quarters", "PXQ")],
        ),
        (
            "The shipyard reported five successive quarters of falling orders.",
            [("five successive quarters", "P5Q")],
        ),
        (
            "A slump is often defined as two consecutive quarters of shrinking output.",
            [("two consecutive quarters", "P2Q")],
        ),
        (
            "Tin exports grew over the past two quarters of trading.",
            [("the past two quarters", "P2Q")],
        ),
    ],
)
def test_quarters_of_a_trend_are_a_length_of_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("places", "share"),
    [
        (
            "The pact drew praise in some quarters and anger in others.",
            "Three quarters of the delegates backed it.",
        ),
        (
            "Critics in many quarters called the fee unfair.",
            "The Hawks led for the last two quarters of the game.",
        ),
        ("The firm had heard from several quarters that a buyer was near.", "Three quarters of them agreed."),
    ],
)
def test_quarters_that_are_places_or_shares_are_no_time(places: str, share: str) -> None:
    assert date_texts(places, MONDAY) == []  # "in some quarters": circles of opinion
    assert date_texts(share, MONDAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Freight volumes slipped in the first two quarters of 2009.",
            [("the first two quarters of 2009", "2009-H1")],
        ),
        (
            "Wool prices climbed in the last two quarters of 2007.",
            [("the last two quarters of 2007", "2007-H2")],
        ),
        (
            "The port handled more cargo in the first two quarters of this year.",
            [("the first two quarters of this year", "2012-H1")],
        ),
    ],
)
def test_two_quarters_of_a_year_are_its_half(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, MONDAY) == expected


# ------------------------------------------------------------ "the March surplus": the month


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Economists said the March surplus was smaller than hoped.", [("March", "2012-03")]),
        ("The March ballot will decide the council's make-up.", [("March", "2013-03")]),
    ],
)
def test_march_after_the_before_a_noun_is_the_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, MONDAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Veterans joined the March on the capital.",
        "The March of the Lanterns drew a crowd.",
        "The March was peaceful, the organisers said.",
        "The May government fell in a vote of confidence.",
    ],
)
def test_a_march_or_a_name_is_no_month(text: str) -> None:
    assert date_texts(text, MONDAY) == []
    assert date_texts(text.replace(".", ". The March figures were weak."), MONDAY)[-1] == ("March", "2012-03")


# ------------------------------------------------------------ "the end of the 2008 season": the year


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He retired at the end of the 2009 season.", [("2009", "2009")]),
        ("Polls moved before the start of the 2004 party congress.", [("2004", "2004")]),
    ],
)
def test_a_year_that_qualifies_a_noun_keeps_no_end(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, MONDAY) == expected
    assert date_texts("Prices peaked at the end of the 1970s.", MONDAY) == [("the end of the 1970s", "197")]


def test_the_end_of_a_year_keeps_its_mod() -> None:
    from diplotext.extractors.dates import find_dates

    (t,) = find_dates("Prices peaked at the end of 2007.", MONDAY)
    assert t.mod == "END"
    (t,) = find_dates("He retired at the end of the 2009 season.", MONDAY)
    assert t.mod is None


# ------------------------------------------------------------ "following two years of talks"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The treaty was signed following two years of talks.", [("two years", "P2Y")]),
        ("Following several months of drought, the wells ran dry.", [("several months", "PXM")]),
    ],
)
def test_following_as_a_preposition_is_out_of_the_extent(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, MONDAY) == expected
    after_the = "In the following three weeks, the river fell."
    assert date_texts(after_the, MONDAY) == [("the following three weeks", "P3W")]  # "the following": kept

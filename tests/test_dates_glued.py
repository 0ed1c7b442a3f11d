"""The ``dates`` plugin: a month abbreviation glued to its day ("Nov.6"), and words that only look
like a period: "a year-on-year rise", "the quarter century", "a months-long standoff" (the ninth
dates session of issue 11).

Every sentence here is written for these tests. 2011-05-03 is a Tuesday.
"""

from __future__ import annotations

import pytest

from builders import tuesday_texts as texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The strike began on Apr.26 and ended on Apr. 28.",
            [("Apr.26", "2011-04-26"), ("Apr. 28", "2011-04-28")],
        ),
        (
            "The fair is held from May 9 to 12, and the forum will open on Sept.14.",
            [("May 9", "2011-05-09"), ("12", "2011-05-12"), ("Sept.14", "2011-09-14")],
        ),
        ("The summit runs from Jun.6 to 8.", [("Jun.6", "2011-06-06"), ("8", "2011-06-08")]),
        ("The accord was signed on Dec.3, 2009.", [("Dec.3, 2009", "2009-12-03")]),
    ],
)
def test_month_abbreviation_glued_to_its_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose 12 percent on a year-on-year basis.",
        "Retail sales reached 40 billion, a year-on-year increase of 9 percent.",
        "The index posted a month-on-month fall of 0.3 percent.",
        "The town marked the quarter century anniversary of the festival.",
        "Fares go up Nov.A to reflect costs.",
    ],
)
def test_no_period_in_these(text: str) -> None:
    assert texts(text) == []


def test_a_plural_unit_is_the_adjective_after_it() -> None:
    assert texts("The envoy hopes to end a months-long standoff.") == [("months-long", "PXM")]
    assert texts("They ended a years-long feud in a week.") == [("years-long", "PXY"), ("a week", "P1W")]


def test_the_year_and_the_quarter_stay() -> None:
    assert texts("Profit fell in the quarter, after rising for a year.") == [
        ("the quarter", "2011-Q1"),
        ("a year", "P1Y"),
    ]

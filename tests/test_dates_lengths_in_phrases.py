"""The ``dates`` plugin: lengths of time inside other phrases (the twelfth dates session of issue 11).
"one day" between a modal and its verb is some day ahead; a number and a singular unit before a noun
("the 20 year conflict") leave the article to the noun.

Every sentence here is written for these tests. Publication: Tuesday 2011-05-03.
"""

from __future__ import annotations

import pytest

from builders import tuesday_texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Doctors say the implant may one day restore hearing.", [("one day", "FUTURE_REF")]),
        ("She hopes to one day coach the national side.", [("one day", "FUTURE_REF")]),
        ("The islanders believe the bridge will one day be built.", [("one day", "FUTURE_REF")]),
        ("He said the two states could one day share a currency.", [("one day", "FUTURE_REF")]),
        # a length of time stays one
        ("The strike will last one day.", [("one day", "P1D")]),
        ("Visits were cut to one day a week.", [("one day", "P1D"), ("a week", "P1W")]),
        ("The hearing was moved to one day in June.", [("one day", "P1D"), ("June", "2011-06")]),
        ("It will take one day to repair the pump.", [("one day", "P1D")]),
    ],
)
def test_one_day_before_a_verb_is_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert tuesday_texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Villagers hope to end the 30 year feud over grazing land.", [("30 year", "P30Y")]),
        ("Fans queued for the three day festival near the lake.", [("three day", "P3D")]),
        ("The 90 minute documentary opens the season.", [("90 minute", "PT90M")]),
        # a plural unit is the noun, and the article stays with it
        ("The three days of mourning ended.", [("The three days", "P3D")]),
        ("He served the 18 months of his term.", [("the 18 months", "P18M")]),
        # an age stays no date
        ("The 20 year old striker scored twice.", []),
    ],
)
def test_a_length_before_a_noun_leaves_the_article(text: str, expected: list[tuple[str, str]]) -> None:
    assert tuesday_texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She reached a year-ending final for the first time.", []),
        ("The club moved it to a day-night fixture.", []),
        # "-long", "-old" and "-and-a-half" keep their readings
        ("A month-long strike closed the port.", [("month-long", "P1M")]),
        ("The repairs took a day-and-a-half.", [("a day-and-a-half", "P1DT12H")]),
        ("She was jailed for two-and-a-half years.", [("two-and-a-half years", "P2Y6M")]),
    ],
)
def test_a_unit_inside_a_compound_adjective_is_no_length(text: str, expected: list[tuple[str, str]]) -> None:
    assert tuesday_texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The town has doubled in size over the past decade and a half.",
            [("the past decade and a half", "P15Y")],
        ),
        ("Rents rose in the last year and a half.", [("the last year and a half", "P1Y6M")]),
        ("The mill shut a decade and a half ago.", [("a decade and a half ago", "1996")]),
        # without the half, "the past year" stays the year gone by
        ("Rents rose in the past year.", [("the past year", "2010")]),
    ],
)
def test_a_span_and_a_half(text: str, expected: list[tuple[str, str]]) -> None:
    assert tuesday_texts(text) == expected

"""The ``dates`` plugin: stretches of time before or after now named by a direction word and a plural
unit ("in previous years", "in coming quarters") (the fifteenth session, issue 11, dates17).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builders import date_texts

MARCH = dt.date(2013, 3, 21)  # a Thursday

# ------------------------------------------------------------- "in previous years", "in coming quarters"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turnout at the fair was lower than in previous years.", ("previous years", "PAST_REF")),
        ("The river flooded the valley in past decades.", ("past decades", "PAST_REF")),
        ("Unlike prior years, the harvest came early.", ("prior years", "PAST_REF")),
        ("The mill has struggled over the past quarters.", ("the past quarters", "PAST_REF")),
        ("The bakery expects thinner margins in coming quarters.", ("coming quarters", "FUTURE_REF")),
        ("Water demand will climb over the coming decades.", ("the coming decades", "FUTURE_REF")),
        ("The levy will fund repairs in future years.", ("future years", "FUTURE_REF")),
        ("The next hours are decisive for the patient.", ("The next hours", "FUTURE_REF")),
        ("Ticket sales should pick up in the upcoming weeks.", ("the upcoming weeks", "FUTURE_REF")),
        ("Rents have risen sharply in recent quarters.", ("recent quarters", "PXQ")),
    ],
)
def test_a_vague_stretch_before_or_after_now(text: str, expected: tuple[str, str]) -> None:
    assert date_texts(text, MARCH) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Exports shrank after two previous quarters of growth.",
        "Hiring was revised up for the two previous months.",
        "The three coming years of the plan are the hardest.",
    ],
)
def test_a_counted_stretch_is_no_vague_reference(text: str) -> None:
    assert date_texts(text, MARCH) == []

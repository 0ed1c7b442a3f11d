"""The ``dates`` plugin: "the second day of the talks" is a day (the ninth dates session of issue 11):
today after "is", else the day its sentence named before it; otherwise left alone.

Every sentence here is written for these tests. 2011-05-03 is a Tuesday.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplotext.extractors.dates import find_dates

TUESDAY = dt.date(2011, 5, 3)


def texts(text: str, mode: str = "news") -> list[tuple[str, str]]:
    result = find_dates(text, TUESDAY, mode=mode)  # type: ignore[arg-type]
    for t in result:
        assert text[t.start : t.end] == t.text
    return [(t.text, t.value) for t in result]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Today is the fifth day of the strike at the port.",
            [("Today", "2011-05-03"), ("the fifth day", "2011-05-03")],
        ),
        ("It's the third day of a hunger strike by the detainees.", [("the third day", "2011-05-03")]),
        (
            "On Monday the delegates began the second day of talks in Geneva.",
            [("Monday", "2011-05-02"), ("the second day", "2011-05-02")],
        ),
    ],
)
def test_the_nth_day_of_an_event(text: str, expected: list[tuple[str, str]]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no day named in the sentence, nor "is" before it: the event's day is not known
        "He vowed to sign the order on his first day in office.",
        "The lawyer walked out on the first day of the hearing.",
        # a day named in an earlier sentence does not reach it
        "The court met on Monday. The opening day of the trial drew crowds.",
        # not a day of an event
        "The first day trip to the island sold out.",
        "Shares fell on Monday for the second day in a row.",
    ],
)
def test_the_nth_day_left_alone(text: str) -> None:
    assert [t for t in texts(text) if "day" in t[0] and t[0] != "Monday"] == []

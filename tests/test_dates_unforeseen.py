"""The ``dates`` plugin: a day or month that modifies an event no one schedules ("the June 2 crash",
"the February bombing") is one gone by, whatever the clause's tense (the twelfth dates session of
issue 11; the lexicon's ``time``/``unforeseen events after a date``).

Every sentence here is written for these tests. Publication: Tuesday 2011-05-03.
"""

from __future__ import annotations

import pytest

from builders import tuesday_texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Relatives will gather to mark the May 20 attack.", [("May 20", "2010-05-20")]),
        ("Engineers are still studying the June 2 crash of the cargo plane.", [("June 2", "2010-06-02")]),
        ("The panel blamed the guards for the Dec. 30 prison riot.", [("Dec. 30", "2010-12-30")]),
        ("Nobody has been charged over the June bombing in the market.", [("June", "2010-06")]),
        ("A memorial will recall the August 9 mine explosion.", [("August 9", "2010-08-09")]),
        # a day's grace for time zones
        ("Police are studying the May 4 shooting in the square.", [("May 4", "2011-05-04")]),
    ],
)
def test_a_day_of_an_unforeseen_event_is_gone_by(text: str, expected: list[tuple[str, str]]) -> None:
    assert tuesday_texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # scheduled events stay ahead when they are
        ("The June 30 election will decide the seat.", [("June 30", "2011-06-30")]),
        ("Both teams prepare for the May 28 final in the capital.", [("May 28", "2011-05-28")]),
        # the noun must be the one the day modifies: "on May 20 an attack" is a date of its own
        (
            "The group says it will stage a protest on May 20, an attack on its rights.",
            [("May 20", "2011-05-20")],
        ),
    ],
)
def test_other_days_keep_their_reading(text: str, expected: list[tuple[str, str]]) -> None:
    assert tuesday_texts(text) == expected

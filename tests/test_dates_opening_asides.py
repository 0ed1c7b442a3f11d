"""The ``dates`` plugin: a date that opens its sentence takes the tense of the clause's own verb, not of
a verb inside the apposition or relative clause between its subject's commas (the twelfth dates
session of issue 11).

Every sentence here is written for these tests. Publication: Tuesday 2011-05-03.
"""

from __future__ import annotations

import pytest

from builders import tuesday_texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Friday, Lena Ortiz, a candidate in the race to be decided on June 5, held a rally.",
            [("Friday", "2011-04-29"), ("June 5", "2011-06-05")],
        ),
        (
            "Rain fell. On Monday, the mayor, who will retire in June, named a deputy.",
            [("Monday", "2011-05-02"), ("June", "2011-06")],
        ),
        (
            "Talks stalled, and on Sunday, the union, which is expected to strike, met the owners.",
            [("Sunday", "2011-05-01")],
        ),
        # the clause's own verb still decides
        (
            "On Friday, the coach, who resigned in March, will meet the board.",
            [("Friday", "2011-05-06"), ("March", "2011-03")],
        ),
    ],
)
def test_an_aside_after_the_subject_is_skipped(text: str, expected: list[tuple[str, str]]) -> None:
    assert tuesday_texts(text) == expected

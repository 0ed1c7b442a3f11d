"""The ``dates`` plugin: a weekday counted in a month ("the first Sunday of June", "the last Friday of
June") is one expression, that day; "the night of May 2" stays "May 2" as TimeBank tags it (the twelfth
dates session of issue 11).

Every sentence here is written for these tests. Publication: Tuesday 2011-05-03.
"""

from __future__ import annotations

import pytest

from builders import tuesday_texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The runoff is set for the first Sunday of June.", [("the first Sunday of June", "2011-06-05")]),
        ("The club meets on the second Tuesday of July.", [("the second Tuesday of July", "2011-07-12")]),
        ("The fair closes on the last Friday of June.", [("the last Friday of June", "2011-06-24")]),
        # no count, or no month: as before
        ("Fires broke out on the night of April 30.", [("April 30", "2011-04-30")]),
        ("He left last Friday, of all days.", [("last Friday", "2011-04-29")]),
    ],
)
def test_a_weekday_counted_in_a_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert tuesday_texts(text) == expected

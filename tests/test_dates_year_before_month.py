"""The ``dates`` plugin: "a year earlier" or "a year ago" in a sentence that named a month compares with
that month a year before ("in April from a year earlier": ``2010-04``), and is no month a later "the
previous month" counts from (the twelfth dates session of issue 11).

Every sentence here is written for these tests. Publication: Tuesday 2011-05-03.
"""

from __future__ import annotations

import pytest

from builders import tuesday_texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Car sales fell 3 percent in April from a year earlier, after rising in the previous month.",
            [("April", "2011-04"), ("a year earlier", "2010-04"), ("the previous month", "2011-03")],
        ),
        (
            "Rents in March were 2 percent higher than a year ago.",
            [("March", "2011-03"), ("a year ago", "2010-03")],
        ),
        # another sentence, a day, or a month that is no month name: the year
        ("Sales rose in April. A year ago, sales fell.", [("April", "2011-04"), ("A year ago", "2010")]),
        (
            "Prices on April 3 were up from a year earlier.",
            [("April 3", "2011-04-03"), ("a year earlier", "2010")],
        ),
        (
            "The firm said last month that profit fell from a year earlier.",
            [("last month", "2011-04"), ("a year earlier", "2010")],
        ),
    ],
)
def test_a_year_before_the_month_named(text: str, expected: list[tuple[str, str]]) -> None:
    assert tuesday_texts(text) == expected

"""The ``dates`` plugin: "the same year" and "that same day" after a date named before, "the
following January" and "the previous June", plural weekdays as sets ("on Mondays", "Tuesday nights")
(the thirteenth session, issue 11).

Every sentence here is written for these tests. 2011-05-03 is a Tuesday.
"""

from __future__ import annotations

import pytest

from builders import tuesday_texts as texts

# ------------------------------------------------------------- "the same year", "that same day"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mill shut in 1987. The same year, its owner emigrated.", ("The same year", "1987")),
        ("She joined the band in 2004 and quit later the same year.", ("later the same year", "2004")),
        ("In 1999 the club was promoted, and in the same year it won the cup.", ("the same year", "1999")),
        ("The bridge fell on March 9, 2008. That same day, the mayor resigned.", ("That same day", "2008-03-09")),
        ("Rain flooded the valley in June 2009. That same month, the dam cracked.", ("That same month", "2009-06")),
    ],
)
def test_the_same_unit_is_the_one_named_before(text: str, expected: tuple[str, str]) -> None:
    assert expected in texts(text)


def test_the_same_year_with_no_year_named_is_still_the_present() -> None:
    assert ("later in the same year", "2011") in texts("Sales will rise this spring and fall later in the same year.")

"""The ``dates`` plugin: a day or month right after "since" is on or before publication, however near
the next one is (the twelfth dates session of issue 11).

Every sentence here is written for these tests. Publication: Tuesday 2011-05-03.
"""

from __future__ import annotations

import pytest

from builders import tuesday_texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The museum has been shut since June 14.", [("June 14", "2010-06-14")]),
        ("Since July 2 the pass has been closed to lorries.", [("July 2", "2010-07-02")]),
        (
            "The coach, out of work since June 20, will speak on Friday.",
            [("June 20", "2010-06-20"), ("Friday", "2011-05-06")],
        ),
        ("Rents will have risen by a third since June.", [("June", "2010-06")]),
        ("Sales have fallen since April.", [("April", "2011-04")]),
        ("The lift has been broken since May 3.", [("May 3", "2011-05-03")]),
    ],
)
def test_since_a_day_or_month_is_gone_by(text: str, expected: list[tuple[str, str]]) -> None:
    assert tuesday_texts(text) == expected

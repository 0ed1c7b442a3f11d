"""The ``dates`` plugin: a day right after a participle of starting is ahead ("a summit opening here
Saturday", "a match starting Thursday"), unless the clause says otherwise (the ninth dates session
of issue 11).

Every sentence here is written for these tests. 2006-11-03 is a Friday.
"""

from __future__ import annotations

import pytest

from builders import friday_value as value_of


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        ("The envoy is in Nairobi for a two-day summit opening here Saturday.", "Saturday", "2006-11-04"),
        ("The squad was named for a four-day match starting Thursday.", "Thursday", "2006-11-09"),
        ("Parliament adjourned to make room for a congress beginning on Tuesday.", "Tuesday", "2006-11-07"),
        ("Talks commencing there Monday were announced by the ministry.", "Monday", "2006-11-06"),
        # with a word before it that makes it past, or no participle of starting: the tense as before
        ("Preparatory meetings were beginning on Thursday.", "Thursday", "2006-11-02"),
        ("The minister flew home after opening Tuesday a new embassy.", "Tuesday", "2006-10-31"),
        ("The summit opened here Wednesday.", "Wednesday", "2006-11-01"),
        # at the start of a sentence it may open a past story
        ("Starting on Tuesday, shops sold out of the new mascots.", "Tuesday", "2006-10-31"),
        ("The rebels kept fighting Thursday near the border.", "Thursday", "2006-11-02"),
    ],
)
def test_a_day_after_a_participle_of_starting(text: str, word: str, value: str) -> None:
    assert value_of(text, word) == value

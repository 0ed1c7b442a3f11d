"""The ``dates`` plugin: "ahead of" an event with its date ("ahead of the vote on Sunday", "in the
run-up to elections in June") puts the date ahead, whatever the clause's tense (the twelfth dates
session of issue 11; the lexicon's ``time``/``openers of an event ahead``).

Every sentence here is written for these tests. Publication: Tuesday 2011-05-03.
"""

from __future__ import annotations

import pytest

from builders import tuesday_texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police stepped up patrols ahead of the vote on Sunday.", [("Sunday", "2011-05-08")]),
        ("Bond yields rose ahead of the central bank meeting on Thursday.", [("Thursday", "2011-05-05")]),
        ("Rival camps traded insults in the run-up to elections in April.", [("April", "2012-04")]),
        ("Hotels filled up ahead of the expected rush at the weekend.", [("the weekend", "2011-W18-WE")]),
        # a clause or a comma ends the event: the date is the clause's own
        ("Police stepped up patrols ahead of talks that were held on Sunday.", [("Sunday", "2011-05-01")]),
        ("Shares rose ahead of the results, and the index fell on Monday.", [("Monday", "2011-05-02")]),
    ],
)
def test_a_date_of_an_event_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert tuesday_texts(text) == expected

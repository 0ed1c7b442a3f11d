"""The ``dates`` plugin: classes of the twenty-seventh session (issue 11, helper dates33): the modal
"may" as a tense cue, ...

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builders import date_texts

THURSDAY = dt.date(2011, 3, 10)  # a Thursday

# ------------------------------------------------ "may" the modal puts a day ahead


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hundreds of farmers may join the march on Saturday.", [("Saturday", "2011-03-12")]),
        ("Snow may fall across the hills on Monday.", [("Monday", "2011-03-14")]),
        ("The mayor said the ferry may resume sailing on Tuesday.", [("Tuesday", "2011-03-15")]),
        ("The ruling may not come before Wednesday.", [("Wednesday", "2011-03-16")]),
        ("Residents say the pool may reopen Sunday.", [("Sunday", "2011-03-13")]),
    ],
)
def test_may_before_a_verb_puts_the_day_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, THURSDAY) == expected


def test_a_stop_in_brackets_ends_an_edited_quote() -> None:
    # the quote's "will" is no cue for the next sentence's day
    text = 'She said "the figures will change[.]" As of Monday the count had stood at forty.'
    assert date_texts(text, THURSDAY) == [("Monday", "2011-03-07")]

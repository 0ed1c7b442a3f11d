"""The ``dates`` plugin: a capitalised deictic word opening a title or a name inside a sentence is no
time ("the journal Current Zoology", "the Tonight Hour"); the twenty-fourth session, issue 11, helper
dates29.

Every sentence here is written for these tests. 2011-05-03 is a Tuesday.
"""

from __future__ import annotations

import pytest

from builders import tuesday_texts as texts

# ------------------------------------------------------------- deictic words opening a name


@pytest.mark.parametrize(
    "text",
    [
        "The paper came out in the journal Current Zoology.",
        "The singer was a guest on the Tonight Hour twice.",
        "She had a small part in The Tomorrow Club as a girl.",
        "The band's Now Or Later tour sold out.",
        "He hummed Yesterday Once Again as he worked.",
        # a possessive or a contraction before it
        "The duo's Tomorrow Quiz drew millions.",
        "His last single, It's Now Or Later, flopped.",
        # a weekday with a capitalised part of the day: a programme's title
        "She once hosted Saturday Night Variety on the radio.",
        "The pair's Friday Night Quiz returned to the screen.",
    ],
)
def test_a_deictic_word_opening_a_name_is_no_time(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title-case line keeps its times: the word before is capitalised
        ("Floods Close Bridge Tomorrow Before Repairs", [("Tomorrow", "2011-05-04")]),
        # a sentence's first word, or a word after a colon, is no name's
        ("He left. Today Ruritania stands alone.", [("Today", "2011-05-03")]),
        ("The envoy said: Today Ruritania stands alone.", [("Today", "2011-05-03")]),
        # a part of the day after it keeps it a time
        ("The ferry will sail Tomorrow Night.", [("Tomorrow Night", "2011-05-04TNI")]),
        # a weekday alone always has its capital: it opens no name ("on Tuesday Mr ...")
        ("On Monday Ruritania closed its border.", [("Monday", "2011-05-02")]),
        ("The border closed on Monday Night, officials said.", [("Monday Night", "2011-05-02TNI")]),
    ],
)
def test_a_deictic_word_in_a_title_case_line_or_opening_a_sentence_stays_a_time(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert texts(text) == expected

"""The ``dates`` plugin: the past forms of the irregular verbs of the verbs lexicon are past cues
("underwent surgery in June", "withdrew in June") unless they are more often nouns (the twelfth
dates session of issue 11; ``time``/``irregular pasts that are no cue``).

Every sentence here is written for these tests. Publication: Tuesday 2011-05-03.
"""

from __future__ import annotations

import pytest

from builders import tuesday_texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The keeper, who underwent surgery in June, is fit again.", [("June", "2010-06")]),
        ("Two rivals withdrew in June and the race narrowed.", [("June", "2010-06")]),
        ("The old bridge shook on June 20 as lorries crossed.", [("June 20", "2010-06-20")]),
        ("Half the seats were held by parties that stood in June.", [("June", "2010-06")]),
        # a plan stays ahead
        ("The keeper will undergo surgery in June.", [("June", "2011-06")]),
    ],
)
def test_an_irregular_past_puts_a_month_behind(text: str, expected: list[tuple[str, str]]) -> None:
    assert tuesday_texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past verb up to some sixty characters before "in" and the month
        (
            "A rival launched an unusually aggressive takeover bid for the club in June.",
            [("June", "2010-06")],
        ),
        ("The regime fell after the seizure of power by the army in June.", [("June", "2010-06")]),
        # "was" that far before is more often a noun's date
        (
            "The parade was the most visible sign so far of the handover on June 20.",
            [("June 20", "2011-06-20")],
        ),
    ],
)
def test_a_past_verb_further_before_the_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert tuesday_texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "In <month>," opening a sentence is the month of the clause after it, "said" included
        ("Rain fell. In June, inspectors said they had found cracks.", [("June", "2010-06")]),
        ("In June, the two unions signed a pact.", [("June", "2010-06")]),
        ("In June, the club will open a new stand.", [("June", "2011-06")]),
        # without the comma too
        ("In late June the army withdrew from the valley.", [("late June", "2010-06")]),
        ("In June the club will open a new stand.", [("June", "2011-06")]),
    ],
)
def test_an_opening_month_before_a_past_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert tuesday_texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of saying right before "on" and the day is that day's verb
        ("The first case was announced on August 20.", [("August 20", "2010-08-20")]),
        # but a clause it reports keeps its own date
        ("The board said the vote is on August 20.", [("August 20", "2011-08-20")]),
        # "as early as" before a month
        ("The bill could pass as early as June.", [("June", "2011-06")]),
    ],
)
def test_a_verb_of_saying_before_on_and_its_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert tuesday_texts(text) == expected

"""Who follows a cue: the speaker only after a verb that reports speech ('"...," said X',
'The plan, suggests X, ...'), not the object of a verb that takes one ('X, who ..., criticized Y on
two fronts'), and never the name a naming verb gives ('a new tool, called Pixora, ...').

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

import diplotext


def attributions(text: str) -> list[tuple[str, str | None]]:
    return [
        (q.kind, q.speaker) for q in diplotext.extract(text, published="2030-06-12", layout="body").quotes
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ms. Vell, who had said she would debate the mayor, criticized Okafor on two fronts.", "Vell"),
        (
            "Union leaders have, in fact, praised the mayor for his help in ending the strike.",
            "Union leaders",
        ),
        ("Ms. Vell, the senator, attacked Okafor for his remarks about the dam.", "Vell"),
    ],
)
def test_the_object_of_a_cue_is_no_speaker(text: str, speaker: str) -> None:
    assert {s for _, s in attributions(text)} == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will win," said Ms. Vell.', "Vell"),
        ("The plan, said Ms. Vell, would cost too much.", "Vell"),
        (
            'With most homes online, the city, suggests Mr Okafor, could act as a "broker" for the unions.',
            "Okafor",
        ),
    ],
)
def test_a_speaker_after_a_reporting_verb_stays(text: str, speaker: str) -> None:
    assert [s for _, s in attributions(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The firm released a new tool, called Pixora, which sorts photos.",
        "The 1790 sonata, called The Lantern Suite, was found in an attic.",
        "Rebels hold the northern town, dubbed Fort Mercy by its residents.",
    ],
)
def test_a_name_given_is_no_quote(text: str) -> None:
    assert attributions(text) == []


def test_calling_someone_something_is_still_speech() -> None:
    assert attributions("Ms. Vell, who spoke on Monday, called Okafor a liar.") == [("indirect", "Vell")]


def test_charged_after_a_quotation_is_speech() -> None:
    assert attributions('"This is a disgrace," charged Ms. Vell.') == [("direct", "Vell")]
    assert attributions("He was charged with fraud on Monday.") == []


def test_the_aged_description_is_the_person_introduced_with_that_age() -> None:
    text = (
        "Jane Holt, 52, won the race on Sunday. Her coach, Tom Reed, 61, was pleased. "
        '"I trained for years," the 52-year-old said.'
    )
    assert attributions(text) == [("direct", "Jane Holt")]


def test_a_quoted_term_before_a_relative_clause_is_not_its_speakers() -> None:
    text = 'Parliament passed a law on "foreign agents", which critics say will silence the press.'
    assert attributions(text) == [("indirect", "critics")]
    kept = 'The "historic" deal, officials said, will be signed on Monday.'
    assert ("partial", "officials") in attributions(kept)


def test_link_lines_quote_no_one() -> None:
    text = (
        "The council met on Monday to discuss the budget.\n\n"
        "READ MORE: Why the mayor said the plan was dead\n\n"
        "The vote is due next week, officials said.\n\n"
        "Related: Mayor says budget will pass"
    )
    assert attributions(text) == [("indirect", "officials")]

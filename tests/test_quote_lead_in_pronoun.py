"""A quotation no cue attributes, led in by a sentence that opens with a pronoun for its speaker
('X said ... She went on: "..."'): the speaker mention is that pronoun; the speaker's name stays
the one the earlier attribution gave.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

import diplotext


def _mention(text: str, words: str) -> tuple[str | None, str | None]:
    doc = diplotext.extract(text, published="2010-05-05")
    for q in doc.quotes:
        if words in q.text:
            span = None
            if q.speaker_start is not None and q.speaker_end is not None:
                span = text[q.speaker_start : q.speaker_end]
            return q.speaker, span
    raise AssertionError(f"no quote holds {words!r}")


@pytest.mark.parametrize(
    ("text", "words", "speaker", "mention"),
    [
        (
            'Dam\n\n"We will keep the gates shut," Hillary Mortensen said.\n\n'
            'She then addressed the farmers again: "Nobody will lose a field."',
            "Nobody",
            "Hillary Mortensen",
            "She",
        ),
        (
            'Dam\n\n"The water is rising," Anna Berglund said.\n\n'
            'But back in the capital, she struck a softer tone: "We may yet wait."',
            "yet wait",
            "Anna Berglund",
            "she",
        ),
        (
            'Dam\n\n"The gates stay shut," the water board said in a statement.\n\n'
            'It went on: "No village will be flooded."',
            "No village",
            "water board",
            "It",
        ),
    ],
)
def test_the_lead_in_pronoun_is_the_mention(text: str, words: str, speaker: str, mention: str) -> None:
    said, span = _mention(text, words)
    assert said is not None and speaker in said
    assert span == mention


def test_a_pronoun_of_the_other_sex_is_no_mention_of_her() -> None:
    text = (
        'Dam\n\n"The water is rising," Anna Berglund said.\n\n'
        'He then turned to the farmers: "Any questions?"\n\n'
        'She went on: "Nobody will lose a field."'
    )
    assert _mention(text, "Any questions")[1] != "He"
    assert _mention(text, "Nobody") == ("Anna Berglund", "She")


def test_a_person_named_since_keeps_the_earlier_mention() -> None:
    text = (
        'Dam\n\n"The water is rising," Peter Lindqvist said. He thanked Jonas Berg, '
        'and he then turned to the farmers: "Any questions?"\n\n'
        '"The gates stay shut," Karin Dahl said.\n\nShe went on: "Nobody will lose a field."'
    )
    assert _mention(text, "Any questions")[1] != "he"
    assert _mention(text, "Nobody") == ("Karin Dahl", "She")


def test_a_narrating_sentence_is_no_lead_in() -> None:
    text = (
        'Dam\n\n"The water is rising," Peter Lindqvist said. He did not name a date. '
        '"We will see."\n\nHe went on: "Nobody will lose a field."'
    )
    assert _mention(text, "We will see") == ("Peter Lindqvist", "Peter Lindqvist")
    assert _mention(text, "Nobody") == ("Peter Lindqvist", "He")

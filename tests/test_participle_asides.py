"""An -s verb after a past-participle phrase set off after the sentence's subject ("The report,
published in May, says ...") is the subject's verb, not a noun in a list.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from tests.builders import speaker_of, visits_of

import diplotext


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The complaint, lodged in Dublin on Monday, alleges the firm hid its fees from buyers.",
            "hid its fees",
            "complaint",
        ),
        (
            "The study, released last week, says the agency wasted a third of its budget.",
            "wasted",
            "study",
        ),
        (
            "The union, formed in 1921, warns that the mines will close within a year.",
            "mines will close",
            "union",
        ),
    ],
)
def test_the_subject_before_a_participle_aside_says_the_clause(text: str, words: str, speaker: str) -> None:
    quotes = diplotext.extract(text, published="2030-06-12", layout="body").quotes
    said = [q for q in quotes if words in q.text]
    assert said, [q.text for q in quotes]
    assert said[0].kind == "indirect"
    # the clause after the verb is what was said, never the subject and its aside
    assert "," not in said[0].text
    quote = said[0]
    assert quote.speaker_start is not None and quote.speaker_end is not None
    assert speaker in text[quote.speaker_start : quote.speaker_end]
    assert speaker_of(text, words) is not None


def test_a_list_with_a_participle_aside_keeps_its_nouns() -> None:
    text = "Paintings, framed in oak, prints and old maps were sold at the fair, a dealer said."
    quotes = diplotext.extract(text, published="2030-06-12", layout="body").quotes
    assert [(q.text, q.cue) for q in quotes] == [
        ("Paintings, framed in oak, prints and old maps were sold at the fair", "said")
    ]


def test_a_delegation_led_by_a_minister_set_off_by_commas_travels() -> None:
    text = (
        "A Chilean delegation, led by Foreign Minister Ana Ruiz, travels to Lima on Monday for "
        "talks with President Jorge Salas."
    )
    visits = visits_of(text, published="2031-04-09")
    assert [(v.roles["visitor"], v.roles["host_state"], v.attributes["status"]) for v in visits] == [
        ("Ana Ruiz", "PER", "planned")
    ]

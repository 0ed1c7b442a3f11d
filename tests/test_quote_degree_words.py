"""A degree word that modifies ("and most recently defended", "the most telling promise") and
"almost" are no speaker; a quantifier standing alone before its cue still is ("most said").

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from tests.builders import speaker_of


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The mayor has changed course often, and most recently defended the plan to drain the lake.",
            "drain",
        ),
        ("The most striking promise the mayor has made is that the lake will stay full.", "stay full"),
        ("The mayor spoke with a warmth that almost suggested the lake would be saved.", "saved"),
        ("The council has voted twice, and more recently argued that the lake should be drained.", "drained"),
    ],
)
def test_a_modifying_degree_word_is_no_speaker(text: str, words: str) -> None:
    assert speaker_of(text, words) in (None, "mayor", "council")


def test_a_quantifier_alone_before_its_cue_speaks() -> None:
    text = (
        "Anglers at the lake were asked about the plan; most said they feared for the fish. "
        "The mayor spoke with a warmth that almost suggested the lake would be saved."
    )
    assert speaker_of(text, "feared") == "most"
    assert speaker_of(text, "saved") is None

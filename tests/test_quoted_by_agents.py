"""The one quoted speaks, not the outlet or pollster named as the agent of a participle on the
speaker ("An aide cited by the newspaper said ...").

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from tests.builders import speaker_of


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "A senior official quoted by the state news agency said the talks would resume.",
            "talks",
            "official",
        ),
        ("An aide cited by the newspaper said the minister was tired.", "tired", "aide"),
        ("One resident interviewed by the radio said the dam had cracked.", "cracked", "resident"),
        ("Most voters polled by the institute said they would back the plan.", "back the plan", "voters"),
        ("General Ivo Kask quoted by state radio said the rebels had fled.", "fled", "Ivo Kask"),
    ],
)
def test_the_one_quoted_by_an_outlet_is_the_speaker(text: str, words: str, speaker: str) -> None:
    said = speaker_of(text, words)
    assert said is not None and speaker in said


def test_an_issuer_named_by_its_agent_still_speaks() -> None:
    # "a statement issued by X": X issued the words
    assert speaker_of("A statement issued by the ministry said the border was shut.", "border") == "ministry"

"""Speaker classes of the twenty-fourth session (issue 10, helper quotes33), found on PolNeAR dev and
the news corpus, tested on sentences written for these tests (no text of any annotated article):

- a pronoun after a sentence that another person opens keeps to that person even when the last
  speaker is named again in that sentence, as its object, when the pronoun's sex rules the last
  speaker out ("Rita X had a question for Drake. '...,' she said": Rita X, not nobody);
- a given name that is also a country's name ("Jordan", "Chad", "Israel", "Georgia") opening a
  person's name is the given name, not the state: "said Jordan X" is Jordan X, also when the
  article later writes the surname alone.
"""

from __future__ import annotations

import pytest
from tests.builders import speaker_of


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Mayor Tom Drake answered residents on Tuesday by saying the budget was balanced.\n\n"
            "At the meeting, Rita Okafor had a question for Drake.\n\n"
            '"Why are the libraries closing?" she said.',
            "libraries",
            "Rita Okafor",
        ),
        (
            '"We will fight this," said Helen Marsh, the union leader.\n\n'
            "Later, Marcus Bell stood up to answer Marsh.\n\n"
            '"The plan is final," he said.',
            "final",
            "Marcus Bell",
        ),
    ],
)
def test_pronoun_after_an_opener_who_names_the_last_speaker_of_the_other_sex(
    text: str, words: str, speaker: str
) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            '"The budget is balanced," said Mayor Tom Drake on Tuesday.\n\n'
            "Rita Okafor walked up to Drake after the meeting. Drake smiled.\n\n"
            '"We had no choice," he said.',
            "no choice",
            "Tom Drake",
        ),
        (
            '"We will fight this," said Helen Marsh, the union leader.\n\n'
            "Later, Marcus Bell stood up to answer Marsh.\n\n"
            '"The plan is final," she said.',
            "final",
            "Helen Marsh",
        ),
    ],
)
def test_pronoun_of_the_last_speakers_sex_still_continues_them(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            '"Retaliation would hurt both," said Jordan Lefko, an economist at the Harlow Institute.',
            "Retaliation",
            "Jordan Lefko",
        ),
        (
            '"Retaliation would hurt both," said Chad Bown, a trade expert.\n\n'
            'Yet, as Mr. Bown observed, "what products would you pick?"',
            "products",
            "Chad Bown",
        ),
        (
            'Israel Tabak, a lawyer for the tenants, spoke on Monday. "We will appeal," Tabak said.',
            "appeal",
            "Israel Tabak",
        ),
    ],
)
def test_country_word_as_a_given_name(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


def test_country_after_a_preposition_is_no_given_name() -> None:
    text = 'The talks in Jordan Lefko called a farce ended on Monday. "It failed," Lefko said.'
    assert speaker_of(text, "failed") == "Lefko"

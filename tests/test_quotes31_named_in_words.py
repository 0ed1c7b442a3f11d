"""Speaker class of issue 10's twenty-third session (helper quotes31), with sentences written for
these tests (no text of any annotated article): a "he said" or "she said" was taken for the person
the quoted words themselves talk about in the third person ("I told Nora to wait," she said after
Nora was named): the speaker is the latest speaker, or the person who opened a sentence since,
whom the words do not name. A speaker who names herself ("I'm Ada Stamm") or who is still the one
in focus keeps the words.
"""

from __future__ import annotations

import pytest

from builders import speaker_of


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        (  # the coach spoke; the player is the subject of the next sentence; the coach again
            '"We need two more defenders," said Tavish Morrow, the coach of Dunmore Rovers.\n\n'
            "Morrow has fined captain Elliot Brandvold for his remarks before the derby. "
            "Brandvold spoke of his dislike of the rival club ahead of the game.\n\n"
            '"I have had more than a quiet word with Elliot," he told the club website.',
            "quiet word",
            "Tavish Morrow",
        ),
        (  # the rival, named as the subject after the champion spoke, talks about the champion
            '"The wind made it hard," said Marta Ilves after her first-round win.\n\n'
            "But Katya Dornova is upbeat ahead of her clash with Ilves on Friday. "
            '"I have an advantage over Marta because I played here last week," she said.',
            "an advantage",
            "Katya Dornova",
        ),
        (  # a defendant denies what a witness said; the witness's full name in the words
            "Former finance chief Rolf Akkerman told jurors he had warned Dale Pruitt about the "
            "accounts. Mr Akkerman said the costs were hidden.\n\n"
            "In court on Tuesday Mr Pruitt denied the claims. "
            '"I was never told by Rolf Akkerman of anything wrong," he told the court.',
            "never told",
            "Dale Pruitt",
        ),
    ],
)
def test_pronoun_speaker_is_not_the_person_the_words_name(text: str, words: str, who: str) -> None:
    assert speaker_of(text, words) == who


def test_the_rival_after_a_pronoun_continuing_the_champion_with_surname_in_words() -> None:
    text = (
        '"I drove a clean race," Oskar Brenning said after the final lap.\n\n'
        "Tomas Vukovar, who won the title in 2001 and 2004, was full of praise for Brenning's drive. "
        '"Oskar made no mistakes at all," he said.'
    )
    assert speaker_of(text, "no mistakes") == "Tomas Vukovar"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (  # the speaker names herself in her own words
            '"The plan is sound," said Ada Stamm, the mayor of Dunmore.\n\n'
            '"I\'m Ada Stamm and I will see it through," she said.',
            "see it through",
        ),
        (  # still the one in focus: she opened the sentences since, the words name her in jest
            '"The plan is sound," said Ada Stamm, the mayor of Dunmore. Ada Stamm wrote to Petra '
            "Lund at once.\n\n"
            "Ms Stamm then thanked the council for its patience. "
            '"If the young Ada Stamm saw this town today, she would be glad," she said.',
            "this town today",
        ),
    ],
)
def test_a_speaker_who_names_herself_keeps_the_words(text: str, words: str) -> None:
    assert speaker_of(text, words) == "Ada Stamm"


def test_another_person_of_the_same_surname_in_the_words_is_no_reason() -> None:
    text = (
        '"The harvest was poor," said farmer Jonas Eklund.\n\n'
        '"My brother Nils Eklund lost half his barley," he said.'
    )
    assert speaker_of(text, "barley") == "Jonas Eklund"

"""Pronoun speakers and sex of issue 10's twenty-fourth session (helper quotes35), with sentences
written for these tests (no text of any annotated article):

- a given name that either sex bears ("Alexis", "Robin", "Sam", "Jean") tells no sex by itself:
  "she said" after "the envoy Robin Hale arrived" is Robin Hale, and an honorific or the
  article's own words still tell the sex when there are any;
- a speaker that names no one (an adverb opening the sentence, "Curiously enough, ..."), which the
  tidying drops from its quote, is no person a later "she said" continues: the pronoun looks past it;
  when a person is named between that phrase and its cue ("Even before ..., Cardinal X had earned
  ... for having said"), that person is the last speaker a later "he" continues;
- a sentence-opening "So," is no speaker: a later "he" goes to the man named after it.
"""

from __future__ import annotations

import pytest

import diplotext


def speakers(text: str) -> dict[str, str | None]:
    d = diplotext.extract(text, published="2030-06-12", layout="body").to_dict()
    return {q["text"]: q["speaker"] for q in d["quotes"]}


@pytest.mark.parametrize("given", ["Alexis", "Robin", "Sam", "Jean"])
def test_she_said_after_an_either_sex_name(given: str) -> None:
    text = f'The envoy {given} Hale reached the port town on Monday. "The ceasefire must hold," she said.'
    assert speakers(text)["The ceasefire must hold,"] == f"{given} Hale"


@pytest.mark.parametrize("given", ["Alexis", "Robin", "Sam", "Jean"])
def test_she_said_after_a_man_and_an_either_sex_name(given: str) -> None:
    text = (
        f"Foreign minister Tomas Brenner met the mediator {given} Okafor in Vantria on Tuesday. "
        f'Okafor has led the talks since March. "We are close to a deal," she said. '
        'Brenner was less sure. "Nothing is signed yet," he said.'
    )
    got = speakers(text)
    assert got["We are close to a deal,"] == f"{given} Okafor"
    assert got["Nothing is signed yet,"] == "Tomas Brenner"


@pytest.mark.parametrize("opener", ["Perhaps unsurprisingly", "Perhaps not by chance", "Curiously enough"])
def test_a_dropped_adverb_speaker_is_no_last_person(opener: str) -> None:
    text = (
        "Lina Osei waved a sign when the convoy passed.\n\n"
        '"Go home," Governor Rob Hale told the crowd.\n\n'
        f"{opener}, Mr. Hale has lately begun asking his backers to lift their hands and pledge their "
        "support to him, prompting scenes that rivals call troubling.\n\n"
        "Ms. Osei was stunned by the anger of the crowd, she said in an interview afterwards."
    )
    assert speakers(text)["Ms. Osei was stunned by the anger of the crowd"] == "Lina Osei"


def test_the_person_after_a_dropped_fronted_phrase_is_the_last_speaker() -> None:
    text = (
        '"We have opened a new chapter," said the scholar Karim Benali, who met the cardinal on Friday.\n\n'
        "Even before the row over his sermon, Cardinal Paolo Verdi had earned the nickname of the "
        '"stern cardinal" for having said, years ago, that the union would be "a grave mistake".\n\n'
        "He made a sharp turn on arriving in Rome on Tuesday, saying he backed the plan."
    )
    assert speakers(text)["he backed the plan"] == "Paolo Verdi"


def test_so_opening_a_sentence_is_no_speaker() -> None:
    text = (
        "Ana Ruiz met the trade minister Tom Varga in Lisbon. He has long fought the tariff. So, whether "
        "he has wanted to admit it or not, Varga has now changed course. "
        '"We are ready to sign," he said.'
    )
    got = speakers(text)
    assert "So" not in got.values()
    assert got["We are ready to sign,"] == "Tom Varga"

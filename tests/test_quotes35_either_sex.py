"""Pronoun speakers and sex of issue 10's twenty-fourth session (helper quotes35), with sentences
written for these tests (no text of any annotated article):

- a given name that either sex bears ("Alexis", "Robin", "Sam", "Jean") tells no sex by itself:
  "she said" after "the envoy Robin Hale arrived" is Robin Hale, and an honorific or the
  article's own words still tell the sex when there are any.
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

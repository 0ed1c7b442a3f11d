"""Speakers given by a description or a pronoun, issue 10's twenty-fifth session (helper quotes37),
with sentences written for these tests (no text of any annotated article):

- a description no one earlier fits ("the mayor said") is the person named next only when the
  article does not give that person another role: not "Resident Tom X" or "critic Tom X" (a person
  noun that is no title of office), nor "Tom X, a council member,"; a title of office ("Mayor Tom X")
  or the same role in apposition ("Tom X, the mayor,") still names the one described;
- an owner's role ("the union's president", "the company's chief executive") is the person the
  article introduced with that role of that owner ("Karen X, the union's president,");
- a pronoun after a description of one sex ("a spokesman for the committee said ... '...,' she
  said") does not continue it: the woman quoted before.
"""

from __future__ import annotations

import pytest

import diplotext


def speakers(text: str) -> dict[str, str | None]:
    d = diplotext.extract(text, published="2030-06-12", layout="body").to_dict()
    return {q["text"]: q["speaker"] for q in d["quotes"]}


@pytest.mark.parametrize(
    ("later", "description"),
    [
        ("Resident Peter Dunn disagreed.", "mayor"),
        ("Opposition critic Peter Dunn called the vote a failure.", "minister"),
        ("Peter Dunn, a retired teacher, disagreed.", "mayor"),
    ],
)
def test_a_description_is_not_the_next_person_given_another_role(later: str, description: str) -> None:
    text = (
        "The council of Port Selby voted on Tuesday to raise local taxes by four percent. "
        f'"We had no other choice," the {description} said. {later} "This is a mistake," Dunn said.'
    )
    got = speakers(text)
    assert got["We had no other choice,"] != "Peter Dunn"
    assert got["This is a mistake,"] == "Peter Dunn"


@pytest.mark.parametrize(
    "later",
    [
        "Mayor Linda Farrow added that the town would review the rise next year.",
        "Linda Farrow, the mayor, later said the town would review the rise.",
    ],
)
def test_a_description_is_the_next_person_with_that_role(later: str) -> None:
    text = (
        "The council of Port Selby voted on Tuesday to raise local taxes by four percent. "
        f'"We had no other choice," the mayor said. {later}'
    )
    assert speakers(text)["We had no other choice,"] == "Linda Farrow"


def test_an_owners_role_is_the_person_introduced_with_it() -> None:
    text = (
        "Nurses walked off the job at three clinics on Monday. Karen Bell, the union's president, "
        "said talks had failed. Health Minister Tom Reid urged a return to work. "
        '"We will stay out as long as it takes," the union\'s president said.'
    )
    assert speakers(text)["We will stay out as long as it takes,"] == "Karen Bell"


def test_an_owners_two_word_role_is_the_person_introduced_with_it() -> None:
    text = (
        "Norvale Industries will close its plant in Selby. Ann Vo, the company's chief executive, "
        "said demand had collapsed. Union leader Gary Holt called it a betrayal. "
        '"We did everything we could," the company\'s chief executive said.'
    )
    assert speakers(text)["We did everything we could,"] == "Ann Vo"


@pytest.mark.parametrize(("noun", "pronoun"), [("spokesman", "she"), ("spokeswoman", "he")])
def test_a_pronoun_does_not_continue_a_description_of_the_other_sex(noun: str, pronoun: str) -> None:
    person = "Mayor Linda Farrow" if pronoun == "she" else "Mayor Tom Farrow"
    text = (
        f'{person} opened the meeting. "We need this money," Farrow said. A {noun} for the '
        f'finance committee said the plan was too costly. "The roads cannot wait," {pronoun} said.'
    )
    assert speakers(text)["The roads cannot wait,"] == person.removeprefix("Mayor ")

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


_VOTE = "The council of Port Selby voted on Tuesday to raise local taxes by four percent. "


def test_a_description_goes_forward_only_to_a_person_not_given_another_role() -> None:
    for later, description in (
        ("Resident Peter Dunn disagreed.", "mayor"),
        ("Opposition critic Peter Dunn called the vote a failure.", "minister"),
        ("Peter Dunn, a retired teacher, disagreed.", "mayor"),
    ):
        said = f'"We had no other choice," the {description} said.'
        text = f'{_VOTE}{said} {later} "This is a mistake," Dunn said.'
        got = speakers(text)
        assert got["We had no other choice,"] != "Peter Dunn", later
        assert got["This is a mistake,"] == "Peter Dunn"
    for later in (
        "Mayor Linda Farrow added that the town would review the rise next year.",
        "Linda Farrow, the mayor, later said the town would review the rise.",
    ):
        text = f'{_VOTE}"We had no other choice," the mayor said. {later}'
        assert speakers(text)["We had no other choice,"] == "Linda Farrow", later


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


def quotes(text: str) -> list[tuple[str, str, str | None]]:
    d = diplotext.extract(text, published="2030-06-12", layout="body").to_dict()
    return [(q["kind"], q["text"], q["speaker"]) for q in d["quotes"]]


@pytest.mark.parametrize(
    ("sentence", "kind", "words"),
    [
        ('Councillor Tom Baker posted on Twitter: "The levy is a waste of money."', "direct", "The levy"),
        ('Councillor Tom Baker posted a message on Facebook: "The levy is a waste."', "direct", "The levy"),
        ('Councillor Tom Baker posted: "The levy is a waste of money."', "direct", "The levy"),
        ("Councillor Tom Baker posted on his Facebook page that the levy was bad.", "indirect", "the levy"),
    ],
)
def test_posted_on_a_social_network_is_speech(sentence: str, kind: str, words: str) -> None:
    text = f"The harbour levy will cost $2 million a year. {sentence}"
    assert any(k == kind and t.startswith(words) and s == "Tom Baker" for k, t, s in quotes(text))


def test_posted_without_words_posted_is_no_cue() -> None:
    for sentence in (
        "The harbour firm posted a profit of $2 million in the first quarter, the board said.",
        'Tom Baker, who starred in "Big Town" and "Red Hill," posted the clip to YouTube on Thursday.',
        'Neighbours rang me about my "garden" the day I posted the photos on my blog.',
    ):
        d = diplotext.extract(sentence, published="2030-06-12", layout="body").to_dict()
        assert all(q.get("cue") != "posted" for q in d["quotes"]), sentence
    # and the words a post gave are speech
    text = 'Councillor Tom Baker posted on Instagram: "The levy is a waste of money."'
    assert quotes(text) == [("direct", "The levy is a waste of money.", "Tom Baker")]


def test_an_owners_role_is_the_person_introduced_with_it_and_its_owner_after_of() -> None:
    lead = "Ann Lutz, the president of the Selby Nurses Union, said talks failed. "
    minister = "Health Minister Tom Reyes urged a return to work. "
    got = speakers(lead + minister + '"We will stay out," the union\'s president said.')
    assert got["We will stay out,"] == "Ann Lutz"
    got = speakers(lead + minister + '"We will not bargain," the hospital\'s president said.')
    assert got["We will not bargain,"] != "Ann Lutz"
    text = (
        "Ann Lutz, the chief executive of Norvale Corp, announced job cuts. Union leader Tom Reyes "
        'was angry. "We had no choice," Norvale\'s chief executive said.'
    )
    assert speakers(text)["We had no choice,"] == "Ann Lutz"


def test_a_role_written_short_is_the_person_introduced_with_it_in_full() -> None:
    text = (
        "Norvale Corp chief executive Ann Lutz announced job cuts on Monday. Union leader Tom Reyes "
        'was angry. "We had no choice," the CEO said.'
    )
    assert speakers(text)["We had no choice,"] == "Ann Lutz"


def test_what_was_posted_before_posted_is_no_speaker() -> None:
    text = (
        "In a video message posted to Twitter, Senator Dana Holt praised the plan and said she was "
        '"glad to back it." Councillor Tom Baker posted on Twitter: "The levy is a waste of money."'
    )
    got = quotes(text)
    assert all(s != "video message" for _, _, s in got)
    assert ("direct", "The levy is a waste of money.", "Tom Baker") in got

"""Quote and speaker classes of issue 10's sixteenth session (branch quotes18), each with sentences
written for these tests (no text of any annotated or corpus article). Each test names its class:

- labelled reactions: a paragraph that opens with a speaker's name, with role words before it or a
  role set off by a comma after it, and a colon right before a quotation, often after a dash or a
  bullet ('- Harbour FC boss Ian Dowd: "..."'), is that speaker's, every quotation of the paragraph;
  a label holding a cue is an attribution of its own, and a label with verbs or other lower-case
  words is no speaker;
- a speaker phrase that opens with a determiner and a noun that can speak, then a preposition of
  place and words ending in a name ("The company behind the spill near Fort Vale says", "A secretary at
  his office in Lisbon told ...") is the noun's, not the name's; a document keeps its issuer;
- a document's issuer after a participle and a time ("a report released in May by the X
  Association", "issued on Monday by"), or behind one word of its kind ("a report from analysts
  Y"), is the speaker of the document, also when the article named another document of that kind
  before; a document with an owner's name holding a number ("The Channel 9 poll") is the owner's;
- a fronted phrase with a participle and no comma before the subject ("In a statement detailing
  the results Norvia Motors said") leaves the subject, not the document, as the speaker;
- a naming verb in its past form after a thing introduced with "a" as the object of a verb or a
  preposition ("used a technology called adaptive optics", "found a creature called the painted
  frog") or after a form of "be" ("is sometimes called a living fossil") names a thing: no quote;
  a subject that calls something a name still speaks ("A spokesman called the plan a disaster"),
  and so does a clause joined by "and" ("claimed the rival planned a coup and called him a liar");
- a speaker after a quotation with two appositions, the first ending in a place ('"...," Ada Lind,
  the attorney general of Alberta, one of the provinces suing Ottawa, said'), or with a number
  written with a comma inside one ('..., a town of 4,000 people, said'), is the name before them;
- a description of a person by sex ("the Moncton woman said") after a person named since the last
  speaker in any place of a sentence ("One of them is Sheila Okafor, whose father ..."), whose
  given name tells that sex (also by the broad list of given names), is that newcomer rather than
  a last speaker of no known sex; one opening its sentence before anyone of its sex is quoted
  ("The mother of one of the victims said ... '...,' said Tara X, whose son ...") is the next person
  named close after it, when that person's given name tells the sex; not a description inside
  another's words ("He said the man shouted ...");
- a one-word speaker phrase that is a preposition or a demonstrative ("With polls suggesting ...",
  "That, the source said, was when ...") names no one: the speaker is null, never "With" or "That",
  and a later "he" does not stand for it.
"""

from __future__ import annotations

import pytest

import diplotext
from diplotext.model import Quote


def quotes(text: str) -> list[Quote]:
    return list(diplotext.extract(text, published="2030-06-12", layout="body").quotes)


def spoken(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.kind, q.speaker, q.text) for q in quotes(text)]


REACTIONS = (
    "Harbour FC beat Dunmore 2-0 on Saturday.\n\n"
    '- Harbour FC boss Ian Dowd: "We were patient. "The second goal settled it."\n\n'
    '- Dunmore manager Petra Vogel: "We were second best all afternoon."\n\n'
    'Mayor Ada Lind, City of Harbour: "The whole town is proud of them."\n\n'
    '• Economist Paul Brenner: "The deficit is larger than expected."'
)


def test_labelled_reactions_are_the_labels_speakers() -> None:
    got = spoken(REACTIONS)
    assert got == [
        ("direct", "Ian Dowd", "We were patient."),
        ("direct", "Ian Dowd", "The second goal settled it."),
        ("direct", "Petra Vogel", "We were second best all afternoon."),
        ("direct", "Ada Lind", "The whole town is proud of them."),
        ("direct", "Paul Brenner", "The deficit is larger than expected."),
    ]
    assert all(q.cue == ":" for q in quotes(REACTIONS))


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ('Coach Ian Dowd told the Gazette: "We were patient."', "Ian Dowd", "told"),
        ('- Ian Dowd: "We were patient," he said after the game.', "Ian Dowd", "said"),
    ],
)
def test_a_label_with_a_cue_is_an_attribution(text: str, speaker: str, cue: str) -> None:
    (q,) = quotes(text)
    assert (q.speaker, q.cue) == (speaker, cue)


def test_a_label_with_a_verb_is_no_speaker() -> None:
    got = quotes('The old dictionary defines the word as: "a diary kept online".')
    assert all(q.speaker is None or "dictionary" not in q.speaker.lower() for q in got)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The company behind the oil spill near Fort Vale says its pipelines are safe.",
            "company",
        ),
        (
            "A secretary at his office in Lisbon told the radio station that Mr Brandt was abroad.",
            "secretary",
        ),
        ("The residents from the east end of Harbour said the noise was unbearable.", "residents"),
    ],
)
def test_a_head_noun_before_a_place_phrase_speaks(text: str, speaker: str) -> None:
    (q,) = quotes(text)
    assert q.speaker is not None and q.speaker.split()[-1] == speaker


def test_a_document_from_a_place_phrase_keeps_its_issuer() -> None:
    got = quotes("Prices will rise, according to a statement from the Harbour Board in Dunmore.")
    assert got[0].speaker == "Harbour Board"


DOCUMENTS = (
    "Sales of electric cars doubled, says a report from the Harbour Transport Institute.\n\n"
    "About a tenth of drivers have tried one, according to a report released in May by the "
    "Northland Motorists Association.\n\n"
    "Bus use will fall, according to a study from analysts Ferrow Research.\n\n"
    "The study also predicts that rail use will rise."
)


def test_a_documents_issuer_after_a_time_or_a_word_of_its_kind() -> None:
    assert [q.speaker for q in quotes(DOCUMENTS)] == [
        "Harbour Transport Institute",
        "Northland Motorists Association",
        "Ferrow Research",
        "Ferrow Research",
    ]


def test_a_documents_owner_with_a_number() -> None:
    text = (
        "A poll by the firm Tallyo put the lead at five points.\n\n"
        "The Channel 9 poll also suggested that half the voters had not decided."
    )
    assert [q.speaker for q in quotes(text)] == ["Channel 9"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("In a statement detailing the results Norvia Motors said its sales had tripled.", "Norvia Motors"),
        ("In a statement released on Monday, Norvia Motors said its sales had tripled.", "Norvia Motors"),
        ("Delegates attending the talks said the mood was tense.", "Delegates"),
    ],
)
def test_a_fronted_participle_phrase_leaves_the_subject(text: str, speaker: str) -> None:
    (q,) = quotes(text)
    assert q.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The team used a technology called adaptive optics to sharpen the images.",
        "Divers found a creature called the painted frog near the reef.",
        "The shark is sometimes called a living fossil because it resembles ancient species.",
        "Her savings went into a small fund called the Rainy Day Account last year.",
    ],
)
def test_a_naming_participle_is_no_quote(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "cues"),
    [
        ("A spokesman called the plan a disaster.", "spokesman", ["called"]),
        (
            "Mr Orlov claimed his rival planned to turn the country into a police state and called him "
            '"a puppet".',
            "Orlov",
            ["claimed", "called"],
        ),
    ],
)
def test_calling_something_a_name_is_still_speech(text: str, speaker: str, cues: list[str]) -> None:
    got = quotes(text)
    assert got and all(q.speaker is not None and q.speaker.endswith(speaker) for q in got)
    assert {q.cue for q in got} == set(cues)


@pytest.mark.parametrize(
    "text",
    [
        "\u201cWe will fight this,\u201d Ada Lind, the Liberal attorney general of Alberta, one of the "
        "provinces suing Ottawa, said at an event this month.",
        '"We will fight this," Ada Lind, the mayor of Dunmore, a town of 4,000 people, said Monday.',
        '"We will fight this," Ada Lind, director of research at Harbour Trust, said.',
    ],
)
def test_a_name_before_two_appositions_speaks(text: str) -> None:
    (q,) = quotes(text)
    assert (q.kind, q.speaker, q.text) == ("direct", "Ada Lind", "We will fight this,")


NEWCOMER = (
    "Headline\n\n"
    "Opposition Leader Wab Tennant said he has heard from dozens of families.\n\n"
    "One of them is Sheila Okafor, whose father waited an hour for an ambulance in May.\n\n"
    '"He was lying on the kitchen floor the whole time," the Moncton woman said.'
)


def test_a_description_by_sex_is_the_newcomer_of_that_sex() -> None:
    got = spoken(NEWCOMER)
    assert got[-1] == ("direct", "Sheila Okafor", "He was lying on the kitchen floor the whole time,")


AHEAD = (
    "Headline\n\n"
    '"He thinks about those two boys every day," said defence lawyer Peter Swanson.\n\n'
    "The mother of one of the victims said she was relieved.\n\n"
    '"This gives us some hope," said Tara Whitecloud, whose son died in the crash.'
)


def test_a_description_by_sex_opening_its_sentence_is_the_next_person_named() -> None:
    got = spoken(AHEAD)
    assert got[1] == ("indirect", "Tara Whitecloud", "she was relieved")


def test_a_description_inside_anothers_words_is_not_the_next_person_named() -> None:
    text = (
        "Headline\n\n"
        "Peter Swanson said a man threw paint at him. He said the man shouted insults.\n\n"
        '"I was shaken," said Tara Whitecloud, who saw it.'
    )
    assert all(q.speaker != "Tara Whitecloud" for q in quotes(text) if q.cue == "shouted")


@pytest.mark.parametrize(
    "text",
    [
        "With polls suggesting voters want lower taxes, he has suggested that is what he will do.",
        '"He was told to go," the source said. That, the source said, was when the mayor started calling '
        "council members.",
    ],
)
def test_a_preposition_or_demonstrative_is_no_speaker(text: str) -> None:
    assert all(q.speaker not in {"With", "That", "with", "that"} for q in quotes(text))

"""Speaker classes of the twenty-fourth session (issue 10, helper quotes33), found on PolNeAR dev and
the news corpus, tested on sentences written for these tests (no text of any annotated article):

- a pronoun after a sentence that another person opens keeps to that person even when the last
  speaker is named again in that sentence, as its object, when the pronoun's sex rules the last
  speaker out ("Rita X had a question for Drake. '...,' she said": Rita X, not nobody);
- a given name that is also a country's name ("Jordan", "Chad", "Israel", "Georgia") opening a
  person's name is the given name, not the state: "said Jordan X" is Jordan X, also when the
  article later writes the surname alone;
- a description by an occupation the role lists did not know ("the physician", "the pharmacist",
  "the mogul") is the person the article introduced with it, never the subject or the speaker of
  the description's own sentence ("X urged them to drop Y after the mogul claimed ...": not X);
- a role in apposition after "a"/"an" that a relative clause goes on from (", a lawyer who represents
  the tenants,") is still the person's role, so "the lawyer said" later is that person.
"""

from __future__ import annotations

import pytest
from tests.builders import speaker_of

import diplotext


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


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Anita Sharma, a family physician in Dunmore, said the closure was expected. "
            "Separately, Paul Ng said he was sad.\n\n"
            '"Nobody listened," the physician added.',
            "Nobody",
            "Anita Sharma",
        ),
        (
            "Pharmacist Anita Sharma said the shelves were empty. Paul Ng said he was sad.\n\n"
            '"Nobody listened," the pharmacist added.',
            "Nobody",
            "Anita Sharma",
        ),
        (
            "Property mogul Dan Kessel bought the mall on Monday. Shoppers were worried. "
            '"I will keep the stores," the mogul said.',
            "stores",
            "Dan Kessel",
        ),
    ],
)
def test_description_by_an_occupation(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Anita Sharma, a Dunmore lawyer who represents the tenants, said the eviction was unlawful. "
            "Paul Ng said he was sad.\n\n"
            '"Nobody listened," the lawyer added.',
            "Nobody",
            "Anita Sharma",
        ),
        (
            "The eviction was unlawful, according to Anita Sharma, a lawyer who represents the tenants. "
            "Paul Ng said he was sad.\n\n"
            '"Nobody listened," the lawyer added.',
            "Nobody",
            "Anita Sharma",
        ),
    ],
)
def test_role_in_apposition_with_a_relative_clause(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


def test_role_with_a_relative_clause_after_a_fronted_phrase_is_no_apposition() -> None:
    text = "Met by Mayor Tom Drake, the lawyer who represents the tenants said the eviction was unlawful."
    assert speaker_of(text, "eviction") != "Tom Drake"


def test_description_in_the_last_speakers_own_sentence_is_someone_else() -> None:
    text = (
        '"We need a vote," said Mayor Tom Drake.\n\n'
        "Councillor Ada Lind urged colleagues to drop Kessel after the tycoon claimed "
        "the council was corrupt."
    )
    quotes = diplotext.extract(text, published="2030-06-12", layout="body").quotes
    claimed = [q.speaker for q in quotes if q.cue == "claimed"]
    assert claimed and claimed[0] not in {"Ada Lind", "Tom Drake"}


def test_description_after_the_speakers_sentence_is_the_speaker() -> None:
    text = '"We need a vote," said Dan Kessel on Monday. "We will see," the property mogul added.'
    assert speaker_of(text, "We will see") == "Dan Kessel"

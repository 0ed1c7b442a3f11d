"""Speaker resolution classes found by helper quotes43 in the twenty-sixth session (issue 10).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

import diplotext


def _doc(text: str) -> diplotext.Document:
    return diplotext.extract(text, published="2030-06-12", layout="body")


_CUSTODY = "A court in Lisbon on Tuesday ruled that Tomas Varga, 8, must return to his father in Hungary.\n\n"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tomas's relatives in Lisbon said the boy was happy at school.", "Tomas's relatives in Lisbon"),
        ("Tomas Varga's parents in Porto said he was happy at school.", "Tomas Varga's parents in Porto"),
    ],
)
def test_a_place_after_someones_kin_keeps_the_kin_the_speaker(text: str, speaker: str) -> None:
    assert [q.speaker for q in _doc(_CUSTODY + text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Tomas's relatives have fought to keep him. They said they could give him a better life.",
            "Tomas's relatives",
        ),
        (
            "But the boy's relatives in Lisbon have fought to keep him. Since the ruling, they have said"
            " they will appeal.",
            "boy's relatives",
        ),
        (
            "Tomas's relatives in Lisbon said he has a better life here. Since the ruling, they have"
            " said they will appeal.",
            "Tomas's relatives in Lisbon",
        ),
    ],
)
def test_they_is_the_owned_group_that_opened_the_sentence_before(text: str, speaker: str) -> None:
    assert {q.speaker for q in _doc(_CUSTODY + text).quotes} == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Veltra Osmanova arrived at about eight. She spoke about her husband Piet, who was arrested"
            " in May. She said voters should go to the polls on election day.",
            "Veltra Osmanova",
        ),
        (
            "Tarvo Oskerin arrived at about eight. He spoke about his wife Ilze, who was arrested in May."
            " He said voters should go to the polls on election day.",
            "Tarvo Oskerin",
        ),
        (
            "Veltra Osmanova arrived at about eight. She spoke about her son Piet, who was arrested in May."
            " She said voters should go to the polls.",
            "Veltra Osmanova",
        ),
    ],
)
def test_a_kin_noun_of_the_other_sex_before_a_name_bars_the_pronoun(text: str, speaker: str) -> None:
    doc = _doc("The rally in Norvale started at six.\n\n" + text)
    assert [q.speaker for q in doc.quotes] == [speaker]


def test_a_participle_after_someones_kin_in_a_place_is_the_kins() -> None:
    text = _CUSTODY + (
        "But Tomas's relatives in Lisbon have fought to keep the boy, saying they could give him a"
        " better life."
    )
    assert [q.speaker for q in _doc(text).quotes] == ["Tomas's relatives"]


_CARRIER = "The accident on Friday left the sailor with a broken arm, {}.\n\n"
_LATER = '"He was flown to Darwin by helicopter," the spokesman said.\n\n{}'


@pytest.mark.parametrize(
    ("opening", "later", "speaker"),
    [
        (
            "a hospital spokesman here said",
            "Captain Rob Ellery said the pilot was unhurt.",
            "hospital spokesman",
        ),
        ("hospital staff said", "Captain Rob Ellery said the pilot was unhurt.", "spokesman"),
        ("hospital staff said", "Colonel Rob Ellery, a navy spokesman, said he was unhurt.", "Rob Ellery"),
        ("hospital staff said", "Rob Ellery said the pilot was unhurt.", "Rob Ellery"),
    ],
)
def test_a_spokesman_is_no_person_named_later_with_another_title(
    opening: str, later: str, speaker: str
) -> None:
    doc = _doc(_CARRIER.format(opening) + _LATER.format(later))
    assert [q.speaker for q in doc.quotes if q.kind == "direct"] == [speaker]


_TRIBUTE = (
    "Norvian President Tom Brandt paid tribute on Saturday to former president Karl Moss, praising"
    " him for steering the country through a crisis.\n\n"
    '"Our thoughts are with the Moss family," said Brandt, who was to return to the capital on Monday.\n\n'
    "Moss, a Liberal president from 1974 to 1977, was best known for ending the long strike.\n\n"
    "Moss, whose popularity fell when he pardoned his predecessor, died late on Tuesday.\n\n"
    '"He guided our nation through a hard time," the president said.'
)


def test_the_president_is_the_one_quoted_with_the_title_not_a_former_one() -> None:
    assert [q.speaker for q in _doc(_TRIBUTE).quotes if q.kind == "direct"] == ["Tom Brandt", "Tom Brandt"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Tomas's uncle Piet Varga angered many at the hearing by vowing the family would fight on.",
            "Piet Varga",
        ),
        (
            "Norvia's hardline President Karl Moss attacked the ruling on Tuesday, saying the boy"
            " should stay.",
            "Karl Moss",
        ),
    ],
)
def test_an_owners_name_opening_the_sentence_is_not_the_participles_speaker(text: str, speaker: str) -> None:
    assert {q.speaker for q in _doc(_CUSTODY + text).quotes} == {speaker}

"""Speaker classes of issue 10's nineteenth session, each with sentences written for these tests
(no text of any annotated article):

- the cause that ends a body's name ("the Trust for Marine Life", "the Alliance for Coastal
  Diversity") is no person, and its given-name-like words tell no sex for "it said";
- a body's name that lists its fields ("Department for Trade, Energy and Transport") is one name;
  its last words as a speaker mention are the body, or the unnamed person of it named before;
- a plural group name ("The Tories said", "the Greens", "Officials said" opening a sentence) is
  no person a later "she" or "he" continues;
- a possessive inside a plural people phrase ("the participants in her trial") is not the speaker;
- a "he" after speakers of the other sex only is the one person opening a sentence since whose sex
  nothing else tells (not inside a quote), and nobody when two are or the one is named inside a sentence.
"""

from __future__ import annotations

import pytest

import diplotext
from diplotext.model import Actor, Quote


def quotes(text: str) -> list[Quote]:
    return list(diplotext.extract(text, published="2030-06-12", layout="body").quotes)


def actors(text: str) -> list[Actor]:
    return list(diplotext.extract(text, published="2030-06-12", layout="body").actors)


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes(text)]


@pytest.mark.parametrize("body", ["Center", "Alliance", "Society", "Trust"])
def test_the_cause_that_ends_a_bodys_name_is_no_person(body: str) -> None:
    text = f"The {body} for Coastal Diversity said the catch had fallen."
    assert not [a for a in actors(text) if a.kind == "person"]
    assert speakers(text) == [f"{body} for Coastal Diversity"]


def test_it_after_a_body_with_a_cause_is_the_body() -> None:
    text = 'The Harbour Trust for Marine Life said the catch had fallen. "We need more protection," it said.'
    assert speakers(text) == ["Harbour Trust for Marine Life"] * 2


def test_a_body_that_lists_its_fields_is_one_name() -> None:
    text = "The Department for Trade, Energy and Transport said there were no plans to sell the port."
    assert speakers(text) == ["Department for Trade, Energy and Transport"]


def test_a_spokesman_for_a_body_with_a_list_is_the_spokesman_whom_he_continues() -> None:
    text = (
        "Ofcom has said the port will stay open. A spokesman for the Department for Trade, Energy and "
        "Transport said there were no plans to sell the port.\n\nHe added that new rules would be needed."
    )
    spokesman = "spokesman for the Department for Trade, Energy and Transport"
    assert speakers(text) == ["Ofcom", spokesman, spokesman]


def test_a_list_of_people_after_a_ministry_is_no_part_of_its_name() -> None:
    text = "The Ministry of Trade, Ana Duro and Pavel Drozd met on Monday."
    names = {a.name for a in actors(text)}
    assert {"Ministry of Trade", "Ana Duro", "Pavel Drozd"} <= names


@pytest.mark.parametrize(
    "group",
    ["The Tories said", "The Liberal Democrats said", "The Greens said"],
)
def test_she_after_a_party_is_the_person_quoted_before(group: str) -> None:
    text = (
        '"We will win," said Ilse Moreau, the party leader.\n\n'
        f'{group} the plan would fail. "It is a disgrace," she said.'
    )
    assert speakers(text)[-1] == "Ilse Moreau"


def test_he_after_officials_opening_a_sentence_is_not_the_officials() -> None:
    text = (
        '"We will win," said Oskar Brandvik, the party leader.\n\n'
        'Analysts said the plan would fail. "It is a disgrace," he said.'
    )
    assert speakers(text) == ["Oskar Brandvik", "Analysts", "Oskar Brandvik"]


def test_a_possessive_inside_a_plural_people_phrase_is_not_the_speaker() -> None:
    text = (
        "Dr Ana Kerrow, the lead author of the study, said the kits cost little. More than 90% of "
        "the participants in her trial said they would use the kits."
    )
    # the share speaks, as "90 percent of the participants in her trial" does (a "%" joins its
    # number since the twenty-fifth session, helper quotes38); never "her" nor Ana Kerrow
    assert speakers(text) == ["Ana Kerrow", "90% of the participants in her trial"]


def test_a_document_of_a_person_still_speaks_for_the_person() -> None:
    text = "Olaf Brenner resigned on Friday. A digest of his legal advice suggested the war was lawful."
    assert speakers(text) == ["Olaf Brenner"]


def test_he_after_a_woman_spoke_is_the_one_person_named_since() -> None:
    text = (
        "The club has rejected a bid for Robbie Vantongeren. Managing director Ingrid Bredahl said the "
        'offer was "an insult to the club".\n\nVantongeren\'s future at the club has been the subject of '
        'talk for weeks. "The fans sang my name all night," he said.'
    )
    assert speakers(text)[-1] == "Robbie Vantongeren"


def test_he_after_a_woman_spoke_is_not_someone_named_inside_a_sentence() -> None:
    text = (
        'Ingrid Bredahl said the offer was "an insult to the club".\n\nThe club lost to a side led by Ronny '
        'Oesterbeek. "The fans sang my name all night," he said.'
    )
    assert speakers(text)[-1] is None


def test_she_is_never_a_man_the_article_calls_he() -> None:
    text = (
        "Ossian Delarue was found dead last week. He often worked with the director. "
        'Ingrid Bredahl said he would be missed.\n\nHis niece recalled a speech. "He was our finest voice," '
        "she said."
    )
    assert speakers(text)[-1] != "Ossian Delarue"

"""Speaker resolution classes found by helper names40 in the twenty-seventh session (issue 10).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import diplotext


def _doc(text: str) -> diplotext.Document:
    return diplotext.extract(text, published="2030-06-12", layout="body")


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in _doc(text).quotes if q.kind != "partial"]


# class 2: an "it" inside the sentence a body opens as its subject is that body


def test_it_after_when_is_the_body_opening_its_sentence() -> None:
    text = (
        "Quarry row\n\n"
        '"We will appeal," said the quarry owners union.\n\n'
        "The Norvian Ministry of Mines retreated on Friday when it argued that the quarry "
        "licences were never valid."
    )
    assert _speakers(text)[-1] == "Norvian Ministry of Mines"


def test_it_after_a_comma_is_no_body_opening_the_words() -> None:
    text = (
        "Festival plans\n\n"
        '"We will keep order," said the Dunmore Courier.\n\n'
        "The Harbour Police Service has made a plan to keep the port calm, it added."
    )
    assert _speakers(text)[-1] != "Harbour Police Service"


def test_it_stays_open_when_another_body_stands_between() -> None:
    text = (
        "Quarry row\n\n"
        '"We will appeal," said the quarry owners union.\n\n'
        "The Norvian Ministry of Mines fined Halvorsen Shipping on Friday when it argued that "
        "the quarry licences were never valid."
    )
    assert _speakers(text)[-1] != "Norvian Ministry of Mines"
    described = (
        "Quarry row\n\n"
        '"We will appeal," said Karl Osterberg, a lawyer for the quarry owners.\n\n'
        "The mining department fined the shipping company on Friday, when it said the licences "
        "were never valid."
    )
    assert _speakers(described)[-1] != "mining department"


# class 1: two people named together, then "they" or "the two leaders"


def test_they_after_two_people_met_is_the_pair() -> None:
    text = (
        "Talks in Vardo\n\n"
        '"We will talk," said a spokesman for the fishing union.\n\n'
        "Foreign Minister Olek Brannigan met his counterpart Mira Tovesson in Vardo on Monday. "
        "They said the two countries would sign a fisheries pact next year."
    )
    assert _speakers(text)[-1] == "Olek Brannigan and Mira Tovesson"


def test_the_two_leaders_are_the_two_people_named_before() -> None:
    text = (
        "Talks in Vardo\n\n"
        "Prime Minister Olek Brannigan held talks with President Mira Tovesson in Vardo on Monday. "
        "The two leaders told reporters that the two countries would sign a fisheries pact."
    )
    assert _speakers(text)[-1] == "Olek Brannigan and Mira Tovesson"


def test_they_is_no_pair_when_three_are_named_or_a_group_opens() -> None:
    three = (
        "Talks in Vardo\n\n"
        "Olek Brannigan met Mira Tovesson and Ivo Lund in Vardo on Monday. "
        "They said the two countries would sign a fisheries pact next year."
    )
    assert _speakers(three)[-1] != "Olek Brannigan and Mira Tovesson"
    group = (
        "Talks in Vardo\n\n"
        "Fishermen met Olek Brannigan and Mira Tovesson in Vardo on Monday. "
        "They said the two countries would sign a fisheries pact next year."
    )
    assert _speakers(group)[-1] != "Olek Brannigan and Mira Tovesson"


# class 4: a described speaker named by the name they gave


def test_a_man_who_gave_his_name_only_as_is_that_name() -> None:
    text = (
        "Port protest\n\n"
        "Dockers marched past the office of Governor Ilse Varga on Monday. "
        '"We want our jobs back," said a man who gave his name only as Tomas.'
    )
    assert _speakers(text)[-1] == "Tomas"
    declined = (
        "Port protest\n\n"
        "Dockers marched past the office of Governor Ilse Varga on Monday. "
        '"We want our jobs back," said a woman who declined to give her name.'
    )
    assert _speakers(declined)[-1] != "Ilse Varga"


# class 5: "the report said" after a fronted "In a report ..., X accused"


def test_the_report_is_the_body_a_fronted_report_phrase_names() -> None:
    text = (
        "Fish stocks\n\n"
        "In a report issued on Monday, the rights group Sea Watch accused the navy of abuses.\n\n"
        '"We are worried," said Karl Osterberg, a fisherman.\n\n'
        "The report said stocks had fallen by a third since 2005."
    )
    assert _speakers(text)[-1] == "Sea Watch"


# class 3: a speaker introduced behind a title in quotation marks takes the "he" after it


def test_a_name_behind_a_quoted_title_takes_the_pronoun() -> None:
    for lead in (
        'Rebel "foreign minister" Anton Velez met diplomats in the capital on Tuesday.',
        'Minister of State for "Special Duties" Anton Velez toured the camps on Tuesday.',
    ):
        text = (
            "Rebel talks\n\n"
            '"The ceasefire holds," said Colonel Piet Ravensbergen, the army spokesman.\n\n'
            f"{lead} He said the rebels would not lay down their arms."
        )
        assert _speakers(text)[-1] == "Anton Velez"

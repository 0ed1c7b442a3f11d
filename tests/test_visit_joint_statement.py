"""Joint statements and press releases: "At the invitation of the President of X, [His Excellency
A], the President of Y, His Excellency B, is paying a State Visit to X": the phrase opening the
sentence is no subject; the subject is the name set off last before the verb;
"His/Her Excellency" is a form of address before a name, which a role set off before it still
gives its state."""

from __future__ import annotations

from tests.builders import visits_of
from tests.test_clause_coordination import clause_of

import diplotext

_STATEMENT = (
    "JOINT STATEMENT\n\n1. At the invitation of the President of the Republic of Ghana, Her Excellency "
    "Ama Serwaa Boateng, the President of the Republic of Indonesia, His Excellency Tarno Gadjahwiro "
    "Sumampouw, is paying a State Visit to the Republic of Ghana from 11 to 13 May 2031."
)


def test_the_guest_of_a_joint_statement_visits_the_host() -> None:
    (trip,) = visits_of(_STATEMENT, "2031-05-12")
    assert (trip.roles["visitor"], trip.roles["visitor_state"], trip.roles["host_state"]) == (
        "Tarno Gadjahwiro Sumampouw",
        "IDN",
        "GHA",
    )
    assert (trip.date, trip.attributes["status"]) == ("2031-05-11", "ongoing")


def test_a_form_of_address_is_no_word_of_the_name() -> None:
    doc = diplotext.extract(
        "Her Excellency Tarno Gadjahwiro Sumampouw, the President of Indonesia, arrived in Lima.",
        published="2031-05-12",
    )
    people = {a.name: (a.country, a.roles) for a in doc.actors if a.kind == "person"}
    assert people == {"Tarno Gadjahwiro Sumampouw": ("IDN", ("president",))}


def test_a_role_set_off_before_a_form_of_address_is_the_persons() -> None:
    doc = diplotext.extract(
        "The President of Indonesia, His Excellency Tarno Gadjahwiro Sumampouw, arrived in Lima.",
        published="2031-05-12",
    )
    people = {a.name: (a.country, a.roles) for a in doc.actors if a.kind == "person"}
    assert people == {"Tarno Gadjahwiro Sumampouw": ("IDN", ("president",))}


def test_a_phrase_opening_the_sentence_is_no_subject() -> None:
    text = (
        "At the request of the Chilean government, the President of Peru, Rosa Quispe, will visit Santiago."
    )
    clause = clause_of(text, "visit")
    assert clause.subject is not None
    assert text[clause.subject.start : clause.subject.end] == "Rosa Quispe"


def test_a_name_set_off_after_a_statement_is_the_subject() -> None:
    text = "In a statement, Tom Reed, the company's chief executive, said sales had fallen."
    clause = clause_of(text, "say")
    assert clause.subject is not None
    assert text[clause.subject.start : clause.subject.end] == "Tom Reed"

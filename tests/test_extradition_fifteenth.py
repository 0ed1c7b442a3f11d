"""Extradition classes of the fifteenth session (issue 9): a description opening the lead past a
participle and an infinitive, a surrender dated by the verb that carried the person, a decision
under appeal, a handover at a foreign airport, a nickname after a name, a minister called by the
last word of the role, charges about children, and a tribunal called by its proper name.

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def disputes(text: str, published: str = "2031-04-09") -> list[Event]:
    """An article's extradition disputes; 2031-04-09 is a Wednesday."""
    doc = diplotext.extract(text, published=published)
    assert not [e for e in doc.errors if e.plugin in ("extradition", "actors", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "extradition_dispute"]


def test_a_lead_description_past_a_participle_and_an_infinitive_is_the_one_extradited() -> None:
    (case,) = disputes(
        "Former minister extradited\n\n"
        "A former Serbian transport minister accused of taking bribes to award a road contract to a "
        "Canadian firm was extradited to Canada and flown to Toronto on Monday, prosecutors said.\n\n"
        "Petar Vukovic, 61, was booked into a detention centre. The Serbian Supreme Court approved his "
        "extradition in January."
    )
    assert case.roles["suspect"] == "Petar Vukovic"
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("CAN", "SRB")
    assert case.attributes["status"] == "completed"
    assert case.date == "2031-04-07"  # the Monday he was flown


def test_a_decision_under_appeal_settles_nothing() -> None:
    (case,) = disputes(
        "A Chilean businessman charged in a fraud case, Rodrigo Salas Vera, remains in custody in Peru "
        "while the Supreme Court considers his appeal against a lower court's decision authorizing his "
        "extradition to Chile."
    )
    assert case.roles["suspect"] == "Rodrigo Salas Vera"
    assert case.attributes["status"] == "pending"


def test_a_handover_at_a_foreign_airport_names_the_state_that_held_him() -> None:
    (case,) = disputes(
        "Gang leader handed over\n\n"
        "Gang leader Ravi Perera, wanted in connection with a murder case, was handed over to Sri "
        "Lankan police at Doha airport on Saturday."
    )
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("LKA", "QAT")
    assert case.roles["suspect"] == "Ravi Perera"


def test_a_nickname_after_a_name_marks_a_person() -> None:
    doc = diplotext.extract(
        'Underworld figure Thilan Gamarachchi, alias "Chooti", was held in Lisbon on Monday.'
    )
    assert "Thilan Gamarachchi" in [a.name for a in doc.actors if a.kind == "person"]


def test_the_minister_is_the_holder_of_the_fuller_role_named_before() -> None:
    (case,) = disputes(
        "Minister signs order\n\n"
        "SEOUL, April 9 (Han River News) -- Justice Minister Park Min-jae has signed an order to "
        "extradite a Thai banker wanted in his home country over a fraud, the ministry said.\n\n"
        "The minister signed the order on Tuesday, two weeks after the High Court ruled that Somchai "
        "Rattanakul met the conditions for extradition.\n\n"
        "Somchai, 45, is accused of fraud."
    )
    assert case.roles["suspect"] == "Somchai Rattanakul"
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("THA", "KOR")
    assert case.attributes["status"] == "granted"


def test_charges_about_children_make_no_custody_case() -> None:
    (case,) = disputes(
        "Militia leader surrendered\n\n"
        "Jean-Pierre Mbala, 47, accused of the use of child soldiers, was surrendered to the "
        "International Criminal Court by the authorities of Uganda on Thursday."
    )
    assert case.roles["suspect"] == "Jean-Pierre Mbala"
    assert case.roles["requested_state"] == "UGA"


def test_a_child_handed_over_is_still_no_dispute() -> None:
    assert not disputes(
        "The 6-year-old girl was handed over to her mother in Canada on Monday by Mexican police."
    )


def test_a_tribunal_called_by_its_proper_name_receives_without_its_seat_holding() -> None:
    (case,) = disputes(
        "Commander transferred\n\n"
        "Jean-Pierre Mbala, 47, was transferred to the International Criminal Court in The Hague on "
        "Thursday. He had been arrested in Kampala in March."
    )
    assert case.roles["requested_state"] == "UGA"
    assert case.attributes["status"] == "completed"


_PORT_CASE = (
    "Court clears second suspect\n\n"
    "MADRID, April 9 (Meseta Wire) - Spain's National Court on Tuesday approved the surrender to "
    "France of a French shipping executive wanted in a port fraud case, the second of three suspects "
    "arrested in Spain to be cleared for transfer.\n\n"
    "Hugo Marchetti, 58, was detained in Valencia in January under a European arrest warrant.\n\n"
    "A fellow suspect, former customs officer Paul Vidal, was surrendered to France in March and is "
    "being held in Marseille.\n\n"
    "The court postponed on Wednesday a decision on the third suspect, businessman Remi Castagne, "
    "after his lawyers argued that he should serve any sentence in Spain."
)


def test_a_fellow_suspect_is_held_where_the_storys_other_suspects_are() -> None:
    cases = {str(c.roles["suspect"]): c for c in disputes(_PORT_CASE)}
    assert (cases["Paul Vidal"].roles["requesting_state"], cases["Paul Vidal"].roles["requested_state"]) == (
        "FRA",
        "ESP",
    )
    assert cases["Paul Vidal"].attributes["status"] == "completed"


def test_a_decision_put_off_on_a_named_suspect_leaves_his_surrender_pending() -> None:
    cases = {str(c.roles["suspect"]): c for c in disputes(_PORT_CASE)}
    case = cases["Remi Castagne"]
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("FRA", "ESP")
    assert case.attributes["status"] == "pending"
    assert case.date == "2031-04-09"


def test_dismissing_the_suspects_appeal_against_a_ruling_upholds_the_surrender() -> None:
    (case,) = disputes(
        "Court rules on extradition\n\n"
        "A Wellington man wanted in Canada faces charges over a plot to smuggle cocaine into Vancouver.\n\n"
        "In a judgment released yesterday, the Supreme Court dismissed Rawiri Tane's appeal against "
        "the Court of Appeal's ruling that he could be surrendered to the Canadian authorities."
    )
    assert case.roles["suspect"] == "Rawiri Tane"
    assert case.attributes["status"] == "granted"
    assert case.date == "2031-04-08"  # the day the judgment came out


def test_a_states_appeal_rejected_is_no_grant() -> None:
    for case in disputes(
        "Court rules\n\n"
        "The court on Monday rejected an appeal by Croatia against the refusal to extradite Tomas Reid."
    ):
        assert case.attributes["status"] != "granted"


def test_the_charge_a_suspect_faces_names_the_case() -> None:
    (case,) = disputes(
        "Man extradited\n\n"
        "Rawiri Tane, 36, was extradited from New Zealand to Canada on Monday, where he faces charges "
        "over a plot to smuggle cocaine, police said."
    )
    assert case.attributes["case"] == "plot to smuggle cocaine"


def test_whoever_a_surrender_verb_takes_by_a_description_is_named_next() -> None:
    (case,) = disputes(
        "Court refuses extradition\n\n"
        "PARIS, April 9 (Seine Wire) -- A Paris appeals court on Tuesday refused to extradite a dissident "
        "Tunisian blogger to Tunisia, ruling that the charges against him were political.\n\n"
        "Sami Ben Ammar, 39, who has lived in France since 2019, is wanted in Tunis over his articles."
    )
    assert case.roles["suspect"] == "Sami Ben Ammar"
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("TUN", "FRA")
    assert case.attributes["status"] == "refused"

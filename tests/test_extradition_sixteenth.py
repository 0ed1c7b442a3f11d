"""Extradition classes of the sixteenth session (issue 9): a story told from a state other than
the one that wants the suspect is told where he is held.

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def disputes(text: str, published: str = "2031-04-09") -> list[Event]:
    """An article's extradition disputes; 2031-04-09 is a Wednesday."""
    doc = diplotext.extract(text, published=published)
    assert not [e for e in doc.errors if e.plugin in ("extradition", "actors", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "extradition_dispute"]


def test_the_dateline_state_holds_a_suspect_wanted_elsewhere() -> None:
    for body, status in (
        ("Tomas Arrieta is fighting extradition to Peru, where he is wanted for fraud.", "pending"),
        (
            "Tomas Arrieta and his cousin Ruben Arrieta were extradited to Peru on Monday on fraud charges.",
            "completed",
        ),
    ):
        cases = disputes(f"Court case\n\nMADRID, April 9 (Wire) - {body}")
        assert cases, body
        for case in cases:
            assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("PER", "ESP"), body
            assert case.attributes["status"] == status, body


def test_a_dateline_in_the_wanting_state_says_nothing_of_where_he_is() -> None:
    cases = disputes(
        "Court case\n\nLIMA, April 9 (Wire) - Tomas Arrieta is fighting extradition to Peru, where he is "
        "wanted for fraud."
    )
    assert all(c.roles["requested_state"] != "PER" for c in cases)


def test_a_name_set_off_before_the_verb_past_a_participle_is_the_subject() -> None:
    (case,) = disputes(
        "Second suspect\n\nLONDON, April 9 (Wire) - A second man sought by British police in the same "
        "case, Lee Harwood, was arrested in Spain last week and is awaiting an extradition hearing."
    )
    assert case.roles["suspect"] == "Lee Harwood"  # "Lee" is a given name too, not only a surname
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("GBR", "ESP")
    assert case.attributes["status"] == "pending"
    (case,) = disputes(
        "Second suspect\n\nLONDON, April 9 (Wire) - A second man sought by British police, Lee Harwood, "
        "was extradited from Spain on Monday."
    )
    assert (case.roles["suspect"], case.attributes["status"], case.date) == (
        "Lee Harwood",
        "completed",
        "2031-04-07",
    )


def test_a_lead_description_is_the_one_whose_surrender_is_told_next() -> None:
    cases = disputes(
        "Hacker to be handed over\n\nBERLIN (Wire) - Germany has approved the extradition to the United "
        "States of a Russian programmer accused of running a ransomware network, officials said on "
        "Wednesday.\n\nThe Federal Office of Justice authorised the surrender of Oleg Vasilyevich Tarasov "
        "on Tuesday, a spokesperson said."
    )
    usa = [c for c in cases if c.roles["requesting_state"] == "USA"]
    assert usa and usa[0].roles["suspect"] == "Oleg Vasilyevich Tarasov"
    assert usa[0].roles["requested_state"] == "DEU"
    assert usa[0].attributes["status"] == "granted"


def test_rejecting_an_appeal_by_a_described_suspect_upholds_the_surrender() -> None:
    (case,) = disputes(
        "Court clears handover\n\nLAUSANNE (Wire) - Switzerland's Federal Criminal Court has rejected an "
        "appeal by a former executive of a shipping firm against his extradition to the United States, "
        "where he is wanted on fraud charges.\n\nThe Federal Office of Justice approved the extradition "
        "of Karim Haddad, 58, in September."
    )
    assert case.roles["suspect"] == "Karim Haddad"
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("USA", "CHE")
    assert case.attributes["status"] == "granted"


def test_a_decision_on_a_rival_request_is_the_rivals_not_the_main_cases() -> None:
    cases = disputes(
        "Hacker handed to US\n\nBERLIN (Wire) - Germany has approved the extradition of Russian programmer "
        "Oleg Tarasov to the United States and turned down a competing request from Moscow, officials "
        "said on Wednesday.\n\nRussia asked for his extradition in June on fraud charges. That request "
        "was rejected on Monday, German officials said."
    )
    by_state = {c.roles["requesting_state"]: c for c in cases}
    assert by_state["USA"].attributes["status"] == "granted"
    assert by_state["RUS"].attributes["status"] == "refused"
    assert by_state["RUS"].date == "2031-04-07"
    assert {c.roles["requested_state"] for c in cases} == {"DEU"}

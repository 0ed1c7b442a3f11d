"""Extradition classes of the seventeenth session (issue 9): a refusal told with no object right
after a request ("Afghanistan refused.", "refused to do so on Tuesday") decides that request.

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def disputes(text: str, published: str = "2031-04-09") -> list[Event]:
    """An article's extradition disputes; 2031-04-09 is a Wednesday."""
    doc = diplotext.extract(text, published=published)
    assert not [e for e in doc.errors if e.plugin in ("extradition", "actors", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "extradition_dispute"]


REQUEST = "Case\n\nPeru demanded on Monday that Chile hand over Tomas Arrieta, a banker wanted for fraud.\n\n"


def test_a_bare_refusal_by_the_state_asked_decides_the_request() -> None:
    for reply, date in (("Chile refused.", None), ("Chile refused to do so on Tuesday.", "2031-04-08")):
        (case,) = disputes(REQUEST + reply)
        assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("PER", "CHL"), reply
        assert case.attributes["status"] == "refused", reply
        assert date is None or case.date == date, reply


def test_a_refusal_to_comment_is_no_decision() -> None:
    (case,) = disputes(REQUEST + "Arrieta refused to comment.")
    assert case.attributes["status"] == "requested"
    (case,) = disputes(REQUEST + "Chile refused to comment on the case.")
    assert case.attributes["status"] == "requested"


def test_them_handed_over_are_the_counted_pair_named_next_in_apposition() -> None:
    """ "X agreed to hand them over for trial in Y. The two men, A and B, are charged ...": one case
    each, named between the commas after "the two men"."""
    for lead in ("The two", "The two men", "The two suspects", "The two Norwegians"):
        found = disputes(
            "Deal\n\nNorway agreed in May to hand them over for trial in Sweden. "
            f"{lead}, Jan Holm and Lars Ekberg, are charged with fraud."
        )
        roles = {(d.roles["suspect"], d.roles["requesting_state"], d.roles["requested_state"]) for d in found}
        assert roles == {("Jan Holm", "SWE", "NOR"), ("Lars Ekberg", "SWE", "NOR")}, lead


def test_a_ruling_body_refuses_for_the_state_the_article_ties_it_to() -> None:
    """ "the junta refused to hand over X" gives the junta's state only where the article ties the
    two: a relative clause, a possessive, "ruled by"; never from a list of regimes."""
    refusal = "Case\n\nPeru went to court in 2029 after the junta refused to hand over Tomas Arrieta. "
    for tie in (
        "The junta, which rules Burma, denies it.",
        "The junta, which governs Burma, denies it.",
        "Burma's junta denies it.",
        "Burma, ruled by the junta, denies it.",
    ):
        (case,) = disputes(refusal + tie)
        assert (case.roles["requested_state"], case.attributes["status"]) == ("MMR", "refused"), tie
    assert not [c for c in disputes(refusal + "The junta denies it.") if c.roles["requested_state"]]


def test_a_removal_for_trial_after_his_arrest_abroad_is_a_completed_surrender() -> None:
    """ "X was brought to Peru for trial after his arrest in Quito": Ecuador held him, Peru asked."""
    for place in ("Ecuador", "Quito"):
        (case,) = disputes(
            f"Case\n\nTomas Arrieta was brought to Peru for trial after his arrest in {place}."
        )
        assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("PER", "ECU"), place
        assert case.attributes["status"] == "completed"
    assert not [
        c
        for c in disputes("Case\n\nTomas Arrieta was brought to Peru for trial after his arrest.")
        if c.roles["requested_state"]
    ]


def test_a_date_that_modifies_the_offence_never_dates_the_act() -> None:
    """ "refused to hand over X for the March 3 bombings": the crime's day, not the refusal's; a
    day told of the act itself still dates it."""
    (case,) = disputes(
        "Case\n\nPeru cut ties after Chile refused to hand over Tomas Arrieta for the March 3 bombings."
    )
    assert case.attributes["status"] == "refused"
    assert case.date is None
    (case,) = disputes(
        "Case\n\nPeru asked Chile on Monday to extradite Tomas Arrieta over the March 3 bombing."
    )
    assert case.date == "2031-04-07"


def test_a_described_suspect_is_held_where_the_story_says_he_did_the_deed() -> None:
    """ "A gunman killed nine people at a mall in Tucson, Arizona. Chile would seek to extradite the
    gunman": he is in the United States; with no place told, nobody is named as holding him."""
    tail = (
        " Chile's foreign minister Ana Ruiz said Chile would seek to extradite the gunman to stand trial"
        " in Chile. US officials identified the suspect as Mark Fenwick, 30."
    )
    (case,) = disputes("Shooting\n\nA gunman killed nine people at a mall in Tucson, Arizona." + tail)
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("CHL", "USA")
    assert case.attributes["status"] == "requested"
    for case in disputes("Shooting\n\nA gunman killed nine people at a mall." + tail):
        assert case.roles["requested_state"] is None


def test_to_face_charges_names_no_case() -> None:
    """ "flown to Peru to face charges": the verb before "charges" is no part of the case's name;
    "to face fraud charges" still names fraud."""
    (case,) = disputes("Case\n\nTomas Arrieta was captured in Ecuador and flown to Peru to face charges.")
    assert case.attributes["case"] is None
    (case,) = disputes(
        "Case\n\nTomas Arrieta was captured in Ecuador and flown to Peru to face fraud charges."
    )
    assert case.attributes["case"] == "fraud charges"


def test_an_agencys_suspect_is_wanted_by_its_state() -> None:
    for owner, state in (("Scotland Yard's", "GBR"), ("the FBI's", "USA"), ("Chile's", "CHL")):
        text = f"Case\n\nPeru has refused requests to extradite {owner} chief suspect, Tomas Arrieta."
        (case,) = disputes(text)
        assert (case.roles["requesting_state"], case.roles["requested_state"]) == (state, "PER"), owner
        assert case.attributes["status"] == "refused", owner

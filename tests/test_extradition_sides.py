"""Extradition disputes: which side asks, read from the clauses around a surrender (issue 9).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def disputes(text: str, published: str = "2030-06-12") -> list[Event]:
    doc = diplotext.extract(text, published=published, layout="body")
    assert not [e for e in doc.errors if e.plugin in ("extradition", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "extradition_dispute"]


def test_the_state_acting_on_a_refusal_is_the_side_refused() -> None:
    """ "Canberra recalled its envoy after Laos refused to hand over X": the subject of the clause
    the refusal hangs on is the side that asked."""
    (case,) = disputes(
        "Canberra recalled its ambassador after the government of Laos refused to hand over "
        "businessman Somchai Vong for the 2024 bank fraud."
    )
    assert case.roles["suspect"] == "Somchai Vong"
    assert case.roles["requesting_state"] == "AUS"
    assert case.roles["requested_state"] == "LAO"
    assert case.attributes["status"] == "refused"


def test_a_clause_whose_subject_is_no_state_names_no_side() -> None:
    """ "The row began after Laos refused to hand over X": nobody is named as asking, so no case."""
    assert (
        disputes(
            "The row began after the government of Laos refused to hand over businessman Somchai "
            "Vong for the 2024 bank fraud."
        )
        == []
    )


def test_an_undated_request_in_the_present_perfect_is_dated_by_its_report() -> None:
    """ "Chile has asked Peru to extradite X, the ministry said on Tuesday": news of that day."""
    (case,) = disputes(
        "Chile has asked Peru to extradite banker Tomas Ibarra, who is wanted for a pension fraud, "
        "the justice ministry said on Tuesday.",
        published="2030-06-12",
    )
    assert case.attributes["status"] == "requested"
    assert case.date == "2030-06-11"


def test_a_past_request_reported_today_keeps_no_date_of_the_report() -> None:
    """A request in the simple past ("Chile asked ...") happened some time before its report: the
    report's day is not the request's."""
    (case,) = disputes(
        "Chile asked Peru to extradite banker Tomas Ibarra, who is wanted for a pension fraud, the "
        "justice ministry said on Tuesday.",
        published="2030-06-12",
    )
    assert case.date is None


def test_a_pending_case_is_dated_by_its_latest_act_when_nothing_dates_the_pending() -> None:
    """ "Police arrested X on Tuesday on an extradition warrant from Y ... a hearing is set for
    September": undecided since the arrest."""
    (case,) = disputes(
        "Police in Dublin on Tuesday arrested Polish businessman Marek Zielinski on an extradition "
        "warrant issued on behalf of Poland. A full extradition hearing is scheduled for September.",
        published="2030-06-12",
    )
    assert case.attributes["status"] == "pending"
    assert case.date == "2030-06-11"

"""Extradition disputes: classes of sentences read wrong on unseen news (issue 9), one test each.

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def disputes(text: str, published: str = "2030-06-12") -> list[Event]:
    doc = diplotext.extract(text, published=published, layout="body")
    assert not [e for e in doc.errors if e.plugin in ("extradition", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "extradition_dispute"]


# ------------------------------------------------------------ "a request by X": the maker asks


def test_a_request_by_a_state_names_the_side_that_asks() -> None:
    """ "Peru has turned down a request by Chile for the extradition of X": Chile asks."""
    (case,) = disputes("Peru has turned down a request by Chile for the extradition of banker Tomas Ibarra.")
    assert case.roles["suspect"] == "Tomas Ibarra"
    assert case.roles["requesting_state"] == "CHL"
    assert case.roles["requested_state"] == "PER"
    assert case.attributes["status"] == "refused"


def test_a_rejected_request_by_a_state_before_the_surrender_noun() -> None:
    (case,) = disputes(
        "Norway on Friday rejected a request by Sweden for the extradition of trader Lars Holm."
    )
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("SWE", "NOR")
    assert case.date == "2030-06-07"


# ------------------------------------------------------------ an arrest on a red notice


def test_an_arrest_on_a_red_notice_issued_by_a_capital_is_a_request_of_its_state() -> None:
    """ "Austrian police detained X on an Interpol red notice issued by Tbilisi": Georgia asks
    Austria, on the day of the arrest."""
    (case,) = disputes(
        "Austrian police on Friday detained Georgian activist Levan Beridze on an Interpol red notice "
        "issued by Tbilisi."
    )
    assert case.roles["suspect"] == "Levan Beridze"
    assert case.roles["requesting_state"] == "GEO"
    assert case.roles["requested_state"] == "AUT"
    assert case.attributes["status"] == "requested"
    assert case.date == "2030-06-07"


def test_a_red_notice_without_an_issuer_makes_no_case() -> None:
    """Nobody is named as asking: no dispute."""
    assert (
        disputes("Austrian police on Friday detained activist Levan Beridze on an Interpol red notice.") == []
    )


# ------------------------------------------------------------ a refusal said in words is dated by its saying


def test_a_future_refusal_takes_the_day_of_the_report_after_it() -> None:
    (case,) = disputes(
        "Laos will not hand over businessman Somchai Vong to Canada, Justice Minister Anan Sitha said "
        "on Tuesday."
    )
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("CAN", "LAO")
    assert case.attributes["status"] == "refused"
    assert case.date == "2030-06-11"


def test_a_refusal_reported_in_a_complement_takes_the_day_of_the_report() -> None:
    (case,) = disputes(
        "Chad said on Monday it would not hand over former minister Idriss Kaya to the International "
        "Criminal Court."
    )
    assert case.roles["requested_state"] == "TCD"
    assert case.attributes["status"] == "refused"
    assert case.date == "2030-06-10"


def test_a_past_refusal_told_later_keeps_no_date_of_the_report() -> None:
    """ "Laos did not hand over X, the minister said on Tuesday": the act came before its report."""
    (case,) = disputes(
        "Laos did not hand over businessman Somchai Vong to Canada, Justice Minister Anan Sitha said "
        "on Tuesday."
    )
    assert case.attributes["status"] == "refused"
    assert case.date is None

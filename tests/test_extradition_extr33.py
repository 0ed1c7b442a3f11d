"""Extradition disputes: classes found wrong in the twenty-fourth session (issue 9, helper extr33) on
invented stories in several house styles: a suspect a state wants extradited told in a relative
clause, a request told as never made (a deportation that is no extradition), an arrival to face
charges after a surrender, a suspect described in the lead and named after it, and the grounds of a
refusal told by the suspect's nationality or by an act that is no crime where he is held.

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

from extradition_cases import disputes, sides

# ------------------------------------------------ "X, whom India wants extradited": a request


def test_whom_a_state_wants_extradited_is_its_request() -> None:
    (case,) = disputes(
        "Tycoon bailed\n\nA London court on Monday granted bail to John Smith, whom India wants extradited."
    )
    assert case.roles["suspect"] == "John Smith"
    assert sides(case) == ("IND", "GBR")
    assert case.attributes["status"] == "requested"


def test_description_a_state_wants_extradited_is_its_request() -> None:
    (case,) = disputes(
        "Trader in court\n\n"
        "John Smith, the trader Washington wants extradited, appeared in court in Madrid on Friday."
    )
    assert case.roles["suspect"] == "John Smith"
    assert case.roles["requesting_state"] == "USA"
    assert case.attributes["status"] == "requested"


def test_whom_a_state_wants_extradited_after_an_arrest_abroad() -> None:
    (case,) = disputes(
        "Arrest in Lisbon\n\n"
        "Police in Lisbon arrested Maria Gomes, whom Brazil wants extradited to face charges of fraud."
    )
    assert sides(case) == ("BRA", "PRT")
    assert case.attributes["status"] == "requested"


# ------------------------------------- a request told as never made: a removal is no extradition


def test_deportation_with_no_request_made_is_no_dispute() -> None:
    assert not disputes(
        "Man deported\n\n"
        "Germany deported Anton Weber to Turkey on Monday after he served a sentence for fraud. "
        "Officials said Turkey had not requested his extradition."
    )


def test_deportation_with_no_request_filed_is_no_dispute() -> None:
    assert not disputes(
        "Man deported\n\n"
        "Germany deported Anton Weber to Turkey on Monday after he served a sentence for fraud. "
        "Turkey had not filed a request for his extradition, officials said."
    )


def test_deportation_never_asked_for_is_no_dispute() -> None:
    assert not disputes(
        "Man deported\n\n"
        "Germany deported Anton Weber to Turkey on Monday after he served a sentence for fraud. "
        "Ankara has never asked Berlin to extradite him."
    )


def test_request_not_yet_made_after_an_arrest_is_none() -> None:
    """ "has not yet requested": the negation holds over "yet" (no conjunction there)."""
    assert not disputes(
        "Man arrested\n\n"
        "Anton Weber was arrested in Berlin on Monday on suspicion of fraud. Turkey has not yet "
        "requested his extradition."
    )


"""Extradition classes of the eighteenth session (issue 9): a deportation to a state where the
person faces charges, told after a day ("deported X to Peru on Monday, where he faces charges"),
and a surrender noun that "took place" (done).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import pytest

from builders import dispute_sides, extradition_disputes

disputes = extradition_disputes
sides = dispute_sides


@pytest.mark.parametrize("day", [" on Tuesday", ""])
def test_a_deportation_to_where_the_person_faces_charges_is_a_surrender(day: str) -> None:
    """ "Norway deported X to Chile on Tuesday, where he faces charges": the state that tries him
    asked for him, the one that deported him gave him up."""
    text = f"Case\n\nNorway deported Ramon Quispe to Chile{day}, where he faces drug charges."
    (case,) = disputes(text)
    assert case.roles["suspect"] == "Ramon Quispe"
    assert sides(case) == ("CHL", "NOR")
    assert case.attributes["status"] == "completed"
    assert case.date == ("2031-04-08" if day else None)


@pytest.mark.parametrize(
    "told",
    [
        "Norway deported Ramon Quispe to Chile on Tuesday, where he was born.",
        "Norway deported Ramon Quispe to Chile on Tuesday because his visa had run out.",
    ],
)
def test_a_deportation_with_no_charges_is_no_dispute(told: str) -> None:
    assert disputes(f"Case\n\n{told}") == []


def test_a_surrender_that_took_place_is_completed() -> None:
    """ "The handover of X to Chile took place on Tuesday": done on that day, not a request."""
    text = (
        "Case\n\nRamon Quispe, who is wanted in Chile for smuggling, was arrested in Norway in January. "
        "His handover to Chile took place on Tuesday."
    )
    (case,) = disputes(text)
    assert sides(case) == ("CHL", "NOR")
    assert (case.attributes["status"], case.date) == ("completed", "2031-04-08")
    text = "Case\n\nThe extradition of Ramon Quispe from Norway to Chile took place on Tuesday."
    (case,) = disputes(text)
    assert (case.attributes["status"], case.date) == ("completed", "2031-04-08")


def test_a_surrender_still_to_take_place_is_not_completed() -> None:
    text = "Case\n\nThe extradition of Ramon Quispe from Norway to Chile will take place on Friday."
    assert [c.attributes["status"] for c in disputes(text)] in ([], ["granted"], ["requested"], ["pending"])


@pytest.mark.parametrize("after", [" to face drug charges", ""])
def test_the_state_he_will_be_flown_to_after_waiving_extradition_asks_for_him(after: str) -> None:
    """ "X waived extradition and will be flown to Chile": the coordinated journey to come names
    the requesting state; the surrender is granted, not yet done."""
    told = "Ramon Quispe, held in Oslo, waived extradition on Tuesday and will be flown to Chile"
    text = f"Case\n\n{told}{after}."
    (case,) = disputes(text)
    assert sides(case) == ("CHL", "NOR")
    assert case.attributes["status"] == "granted"


def test_a_journey_not_to_come_names_no_requesting_state() -> None:
    text = "Case\n\nRamon Quispe, held in Oslo, waived extradition on Tuesday and will not be flown to Chile."
    assert [sides(c)[0] for c in disputes(text)] in ([], [None])


def test_an_ignored_request_is_still_a_request_not_a_refusal() -> None:
    """ "Norway has ignored Chile's requests for his extradition": no decision was made (the status
    values of the gold guide keep "refused" for a refusal, with its grounds), so it stays asked."""
    text = (
        "Case\n\nRamon Quispe, a trader accused of fraud, lives in Oslo. "
        "Norway has ignored Chile's repeated requests for his extradition."
    )
    (case,) = disputes(text)
    assert sides(case) == ("CHL", "NOR")
    assert case.attributes["status"] == "requested"

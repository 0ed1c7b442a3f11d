"""Extradition disputes: classes found missed in the twenty-seventh session (issue 9, helper extr37):
a surrender told from the receiving end ("repatriated X from <state> to face charges"); an appeal
against extradition to a state; a relative clause between the asked state and its infinitive.

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

from extradition_cases import disputes, sides


def _one(text: str) -> tuple[object, object, object, object]:
    (case,) = disputes(text)
    return case.roles["suspect"], *sides(case), case.attributes["status"]


# ------------------------------------------------------------------ told from the receiving end


def test_a_repatriation_from_a_state_to_face_charges_is_a_surrender_to_the_doer() -> None:
    assert _one(
        "Returned\n\nIndonesia repatriated Budi Santoso from Singapore on Monday to face fraud charges."
    ) == ("Budi Santoso", "IDN", "SGP", "completed")
    assert _one(
        "Returned\n\nIndonesian police repatriated Budi Santoso from Singapore to face fraud charges."
    ) == ("Budi Santoso", "IDN", "SGP", "completed")
    # with no trial purpose a repatriation is a homecoming; a deportation for a visa, no surrender
    assert disputes("Home\n\nIndonesia repatriated Budi Santoso from Libya on Monday.") == []
    assert not disputes(
        "Deported\n\nMexico deported Carlos Ruiz to Guatemala on Monday. Ruiz is a Guatemalan "
        "citizen who had overstayed his visa."
    )


def test_an_extradition_from_a_state_is_asked_by_the_doer() -> None:
    assert _one("Returned\n\nPeru extradited Jorge Salas from Spain on Friday.") == (
        "Jorge Salas",
        "PER",
        "ESP",
        "completed",
    )


# ------------------------------------------------------------------ an appeal opened


def test_an_appeal_begun_against_extradition_is_pending_between_the_to_state_and_the_dateline() -> None:
    (case,) = disputes(
        "Appeal\n\nOSLO (Reuters) - Anna Berg began her appeal in the supreme court against extradition "
        "to Russia on Monday."
    )
    assert (case.roles["suspect"], *sides(case), case.attributes["status"], case.date) == (
        "Anna Berg",
        "RUS",
        "NOR",
        "pending",
        "2031-03-10",
    )


def test_a_fight_started_against_extradition_takes_the_courts_state() -> None:
    assert _one(
        "Appeal\n\nAnna Berg has started her fight in the Norwegian supreme court against extradition "
        "to Russia."
    ) == ("Anna Berg", "RUS", "NOR", "pending")


# ------------------------------------------------------------------ an aside before the infinitive


def test_a_where_aside_between_the_asked_state_and_its_infinitive() -> None:
    assert _one(
        "Hiding\n\nPeru has accused former minister Luis Vargas of fraud. Peru asked Bolivia, where he "
        "is believed to be hiding, to hand him over."
    ) == ("Luis Vargas", "PER", "BOL", "requested")


def test_a_which_aside_between_the_asked_state_and_its_infinitive() -> None:
    assert _one(
        "Held\n\nPeru asked Bolivia, which is holding him, to extradite former minister Luis Vargas."
    ) == ("Luis Vargas", "PER", "BOL", "requested")


# ------------------------------------------------------------------ an apposition holding a relative


def test_the_to_phrase_after_an_apposition_holding_a_relative_names_the_asker() -> None:
    assert _one(
        "Handover\n\nNepal handed over Arjun Thapa, a suspect in a bombing in Mumbai that killed 12 people, "
        "to Indian authorities."
    ) == ("Arjun Thapa", "IND", "NPL", "completed")


def test_an_appeal_begun_in_a_court_in_a_city_is_held_by_the_citys_state() -> None:
    assert _one(
        "Appeal\n\nAnna Berg began her appeal in the supreme court in Oslo against extradition to Russia."
    ) == ("Anna Berg", "RUS", "NOR", "pending")

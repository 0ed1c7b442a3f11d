"""The day of a visit is seen through ("on the second day of his visit to Kenya"). A trip told in
an infinitive that hangs on a negated clause is no trip ("has still not responded to an invitation
to visit Israel", "was not invited to visit"); an adverb between the auxiliary and "not" leaves the
verb group whole ("has still not responded")."""

from __future__ import annotations

import pytest
from tests.builders import visits_of
from tests.test_clause_coordination import clause_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Turkish Prime Minister Ali Kaya has still not responded to an invitation by Israeli Prime Minister "
        "Dan Levy to visit Israel.",
        "Turkish Prime Minister Ali Kaya was not invited to visit Israel.",
    ],
)
def test_no_trip_hangs_on_a_negated_clause(sentence: str) -> None:
    assert visits_of("Ties\n\n" + sentence) == []


def test_an_invitation_accepted_is_a_plan() -> None:
    (trip,) = visits_of("Ties\n\nTurkish Prime Minister Ali Kaya has accepted an invitation to visit Israel.")
    assert trip.attributes["status"] == "planned"


@pytest.mark.parametrize("adverb", ["still", "also", "simply"])
def test_an_adverb_before_not_keeps_the_verb_group(adverb: str) -> None:
    clause = clause_of(f"He has {adverb} not responded to the call.", "respond")
    assert clause.predicate.negated
    assert clause.predicate.aspect == "perfect"


@pytest.mark.parametrize("day", ["second", "last"])
def test_a_day_of_a_visit_is_seen_through(day: str) -> None:
    text = f"Talks\n\nZambian President Tom Banda met students on the {day} day of his visit to Kenya."
    (trip,) = visits_of(text)
    assert (trip.roles["host_state"], trip.attributes["status"]) == ("KEN", "ongoing")


def test_a_hope_to_visit_one_day_is_no_plan() -> None:
    assert (
        visits_of("Talks\n\nKenyan President Tom Banda hopes to visit Tehran one day to discuss trade.") == []
    )
    (trip,) = visits_of(
        "Talks\n\nKenyan President Tom Banda hopes to visit Tehran next month to discuss trade."
    )
    assert trip.attributes["status"] == "planned"

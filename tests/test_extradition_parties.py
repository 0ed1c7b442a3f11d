"""Extradition disputes: which states the bodies, places and pronouns of a story stand for
(issue 9, eleventh session).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def disputes(text: str, published: str = "2031-04-09") -> list[Event]:
    """2031-04-09 is a Wednesday."""
    doc = diplotext.extract(text, published=published)
    assert not [e for e in doc.errors if e.plugin in ("extradition", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "extradition_dispute"]


def sides(case: Event) -> tuple[str | None, str | None]:
    return case.roles.get("requesting_state"), case.roles.get("requested_state")


# ------------------------------------------------ a body of the dateline's state


def test_a_ministry_or_court_naming_no_state_acts_for_the_dateline_s_state() -> None:
    for body in ("The Justice Ministry", "The Supreme Court", "The foreign ministry"):
        (case,) = disputes(
            "Court clears handover\n\n"
            f"QUITO, April 9 (AFP) - {body} approved on Tuesday the extradition of Bolivian trader "
            "Mario Quispe, who is wanted in La Paz for fraud."
        )
        assert sides(case) == ("BOL", "ECU"), body
        assert case.attributes["status"] == "granted"


def test_a_body_named_after_a_movement_is_not_the_dateline_s_state() -> None:
    (case,) = disputes(
        "Handover refused\n\n"
        "NAIROBI, April 9 (AFP) - Earlier, the US demand for the extradition of Omar Said from Somalia "
        "was refused by the Shabaab government."
    )
    assert sides(case) == ("USA", "SOM")

"""Classes seen on half a of battery25 (issue 9, twenty-fifth session, helper battery25).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

from builders import extradition_disputes, visits_of


def _visits(text: str, published: str = "2031-04-09") -> dict[tuple[str, str], dict[str, object]]:
    return {
        (str(e.roles["visitor"]), str(e.roles["host_state"])): {
            "state": e.roles["visitor_state"],
            "met": list(e.roles["met"]),
            "date": e.date,
            "place": e.place,
            "status": e.attributes["status"],
        }
        for e in visits_of(text, published)
    }


def test_an_academic_or_courtesy_title_opens_an_apposed_name() -> None:
    """ "The Foreign Minister of Chile, Dr. X, will visit Peru": the title after the comma is no bar
    to the role phrase before it, as "Hon." and "H.E." are not."""
    for title in ("Dr.", "Prof.", "Mrs"):
        got = _visits(
            f"Minister to Lima\n\nThe Foreign Minister of Chile, {title} Ines Valdivieso, will pay an "
            "official visit to Peru on 12 April 2031."
        )
        assert got[("Ines Valdivieso", "PER")]["state"] == "CHL", title

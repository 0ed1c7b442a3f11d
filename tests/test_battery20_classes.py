"""Visits and extradition disputes: classes found wrong in the twenty-second session (issue 9), from
the read half of the invented battery 20.
Every sentence is written for the tests (invented people, real places)."""

from __future__ import annotations

import diplotext


def events(text: str, published: str) -> list[tuple[str, str | None, str | None]]:
    doc = diplotext.extract(text, published=published)
    return sorted(
        (e.roles["visitor"], e.roles["visitor_state"], e.roles["host_state"])
        for e in doc.events
        if e.type == "visit"
    )


def test_the_person_the_traveller_met_is_no_rival_for_the_headline_state() -> None:
    """Headline "Norway's leader in Quito": "President X arrived in Quito ... He held talks with
    President Y": Y, met by the traveller, is the host's, so X is Norway's; a second president the
    traveller did not meet still leaves the headline's state unsaid."""
    for body in (
        "President Lars Hoel arrived in Quito yesterday for a two-day working visit.\n\n"
        "He later held talks with President Rafael Ortiz at the Carondelet Palace.",
        "President Lars Hoel arrived in Quito yesterday for a two-day working visit and held talks "
        "with President Rafael Ortiz.",
    ):
        got = events("Norway's leader in Quito for oil talks\n\n" + body, "2030-05-05")
        assert got == [("Lars Hoel", "NOR", "ECU")]
    rival = events(
        "Norway's leader in Quito for oil talks\n\nPresident Lars Hoel arrived in Quito yesterday for "
        "a two-day working visit.\n\nPresident Rafael Ortiz said he would meet Hoel.",
        "2030-05-05",
    )
    assert rival == []

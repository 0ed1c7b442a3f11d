"""Extradition disputes: a court "here" in a datelined story, a rival told as "its own request",
the day of the latest act told in a neighbouring sentence (issue 9, twentieth session).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def disputes(text: str, published: str = "2024-06-05") -> list[Event]:
    doc = diplotext.extract(text, published=published)
    assert not [e for e in doc.errors if e.plugin in ("extradition", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "extradition_dispute"]


def sides(case: Event) -> tuple[object, object]:
    return case.roles["requesting_state"], case.roles["requested_state"]


# ------------------------------------------------------------ "a court here"


def test_a_court_here_is_the_datelines() -> None:
    """ "A court here on Tuesday approved": the subject before "here" and a time is found, and a
    court that names no state acts for the dateline's."""
    (case,) = disputes(
        "ROME, June 4 (Wire) - A court here on Tuesday approved the surrender to France of a "
        "businessman accused of a large fraud, judicial sources said.\n\n"
        "Paolo Verdi, 58, was arrested in May near Genoa."
    )
    assert case.roles["suspect"] == "Paolo Verdi"
    assert sides(case) == ("FRA", "ITA")
    assert case.attributes["status"] == "granted"
    assert case.date == "2024-06-04"


def test_an_adjourned_inquiry_against_a_description_is_pending() -> None:
    """ "adjourned till June 3 the extradition inquiry against a former aide ...": an inquiry is a
    pending case, and a description after "against" stands for the one named next."""
    (case,) = disputes(
        "LISBON: A court here on Monday adjourned till June 3 the extradition inquiry against a former "
        "aide to an Italian mayor who is wanted in Rome on fraud charges.\n\n"
        "Paolo Verdi, 47, was arrested in March.",
        published="2024-05-08",
    )
    assert case.roles["suspect"] == "Paolo Verdi"
    assert sides(case) == ("ITA", "PRT")
    assert case.attributes["status"] == "pending"
    assert case.date == "2024-05-06"

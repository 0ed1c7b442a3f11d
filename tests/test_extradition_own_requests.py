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
    """ "A judge here on Tuesday granted": the subject before "here" and a time is found, and a
    judge who names no state acts for the dateline's."""
    (case,) = disputes(
        "ROME, June 4 (Wire) - A judge here on Tuesday granted the surrender to France of an "
        "entrepreneur charged with tax evasion, court officials said.\n\n"
        "Paolo Verdi, 58, was detained in May near Genoa."
    )
    assert case.roles["suspect"] == "Paolo Verdi"
    assert sides(case) == ("FRA", "ITA")
    assert case.attributes["status"] == "granted"
    assert case.date == "2024-06-04"


def test_an_adjourned_inquiry_against_a_description_is_pending() -> None:
    """ "adjourned to June 3 the extradition inquiry against a former driver ...": an inquiry is a
    pending case, and a description after "against" stands for the one named next."""
    (case,) = disputes(
        "LISBON: A magistrate here on Monday adjourned to June 3 the extradition inquiry against a "
        "former driver for an Italian senator, sought in Rome over bribery.\n\n"
        "Paolo Verdi, 47, was detained in March.",
        published="2024-05-08",
    )
    assert case.roles["suspect"] == "Paolo Verdi"
    assert sides(case) == ("ITA", "PRT")
    assert case.attributes["status"] == "pending"
    assert case.date == "2024-05-06"


# ------------------------------------------------------------ "its own request"


def test_its_own_request_is_a_rival_request() -> None:
    """ "Germany sent its own request in January, accusing him of ...": a case of Germany's own."""
    cases = disputes(
        "A court in Oslo approved a Polish request for the extradition of Marek Zawadzki, who is "
        "wanted in Gdansk on fraud charges.\n\n"
        "Germany sent its own request in January, accusing him of a robbery in Bremen."
    )
    by_state = {c.roles["requesting_state"]: c for c in cases}
    assert set(by_state) == {"POL", "DEU"}
    assert by_state["DEU"].roles["requested_state"] == "NOR"
    assert by_state["DEU"].attributes["status"] == "requested"
    assert by_state["DEU"].date == "2024-01"
    assert by_state["POL"].attributes["status"] == "granted"


def test_their_own_request_keeps_its_day_from_the_main_case() -> None:
    """The day of the rival's request is not the first request's."""
    cases = disputes(
        "Danish police arrested Marek Zawadzki on Monday at the request of Poland, which accuses him "
        "of fraud.\n\n"
        "Swedish prosecutors filed their own request last week, accusing Zawadzki of arson in Malmo, "
        "a spokesman said.",
        published="2025-03-14",
    )
    by_state = {c.roles["requesting_state"]: c for c in cases}
    assert set(by_state) == {"POL", "SWE"}
    assert by_state["POL"].date == "2025-03-10"
    assert by_state["SWE"].date == "2025-W10"
    assert sides(by_state["SWE"]) == ("SWE", "DNK")


def test_its_own_request_for_a_thing_is_no_rival() -> None:
    cases = disputes(
        "A court in Oslo approved a Polish request for the extradition of Marek Zawadzki, who is "
        "wanted in Gdansk on fraud charges.\n\n"
        "Germany filed its own request for more time to question him in the case, officials said."
    )
    assert [c.roles["requesting_state"] for c in cases] == ["POL"]


def test_the_same_state_filing_its_own_request_is_no_rival() -> None:
    cases = disputes(
        "A court in Oslo approved a Polish request for the extradition of Marek Zawadzki, who is "
        "wanted in Gdansk on fraud charges.\n\n"
        "Poland lodged its own request in January, accusing him of a robbery."
    )
    assert [c.roles["requesting_state"] for c in cases] == ["POL"]


# ------------------------------------------------------------ days told next door


def test_the_arrival_of_a_described_fugitive_dates_the_surrender() -> None:
    """ "A suspected cartel boss ... arrived at Madrid airport on Thursday. X was extradited ...":
    the arrival, in the sentence before the undated surrender, is its end and its day."""
    (case,) = disputes(
        "A suspected cartel boss who had lived under a false name in Peru for six years arrived at "
        "Madrid airport on Thursday evening under police escort.\n\n"
        "Juan Ortega Vidal, 61, was extradited following a ruling by a Peruvian court in March. "
        "He was detained in Lima in 2022.",
        published="2025-05-10",
    )
    assert sides(case) == ("ESP", "PER")
    assert case.attributes["status"] == "completed"
    assert case.date == "2025-05-08"


def test_a_ruling_delivered_on_a_day_dates_the_decision() -> None:
    """ "In a ruling handed down on Monday, ...": the "in" phrase is the ruling itself, not
    another decision named beside it."""
    (case,) = disputes(
        "Ana Costa, a Brazilian banker wanted in Sao Paulo for fraud, can be extradited, the Oslo Court "
        "of Appeal has decided.\n\n"
        "In a ruling handed down on Monday, the three judges said the conditions of the treaty were met."
    )
    assert sides(case) == ("BRA", "NOR")
    assert case.attributes["status"] == "granted"
    assert case.date == "2024-06-03"

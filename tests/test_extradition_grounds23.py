"""Extradition: the grounds of a refusal said with "unfair trial", "prison conditions", "inhuman
treatment" or "ill-treatment" (issue 9, twenty-third session). Every sentence here is written for
the tests (invented people, real countries)."""

from __future__ import annotations

import pytest

import diplotext


def disputes(body: str) -> list[diplotext.model.Event]:
    doc = diplotext.extract(body, published="2030-06-06", layout="body")
    return [e for e in doc.events if e.type == "extradition_dispute"]


@pytest.mark.parametrize(
    "body",
    [
        "The High Court in Dublin has refused to surrender Tomasz Nowak to Poland because of poor "
        "prison conditions.",
        "The High Court in Dublin refused on Monday to surrender Tomasz Nowak to Poland, saying he "
        "would face inhuman treatment in prison.",
        "A court in Athens rejected Turkey's request to extradite Ali Demir, citing the risk of an "
        "unfair trial.",
    ],
)
def test_the_grounds_of_a_refusal_are_read(body: str) -> None:
    (case,) = disputes(body)
    assert case.attributes["status"] == "refused"
    assert case.attributes["grounds"] == "risk of ill-treatment or unfair trial"


def test_a_grant_has_no_grounds() -> None:
    (case,) = disputes(
        "Poland sought the extradition of Tomasz Nowak last year. The High Court in Dublin on Monday "
        "approved the surrender of Nowak to Poland, saying prison conditions there had improved."
    )
    assert case.attributes["status"] == "granted"
    assert case.attributes["grounds"] is None


@pytest.mark.parametrize(
    ("body", "case_name"),
    [
        (
            "Switzerland agreed on Monday to extradite Lukas Brandt to the United States, where he "
            "faces charges of wire fraud over the loss of millions in customer deposits.",
            "wire fraud",
        ),
        (
            "Thailand has extradited Kim Ji-ho to South Korea. He is accused of leading a phone scam "
            "ring that cheated pensioners out of their savings.",
            "leading a phone scam ring",
        ),
    ],
)
def test_the_case_is_named_in_a_few_words(body: str, case_name: str) -> None:
    """An explanation after the charge ("over the loss of ...") or a relative clause ("that
    cheated ...") is no word of the case's name."""
    (case,) = disputes(body)
    assert case.attributes["case"] == case_name

"""A relative clause on a suspect named in apposition keeps its own "to" phrase: "asked Britain to
extradite a banker, X, who fled to London" is not a surrender to Britain.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from tests.builders import dispute_sides, extradition_disputes


@pytest.mark.parametrize(
    "body",
    [
        "Ecuador has asked Britain to extradite a banker, Luis Pardo, who fled to London in 2016.",
        "Ecuador wants Britain to send back a banker, Luis Pardo, who moved to London after his bank "
        "collapsed, the foreign ministry said on Sunday.",
    ],
)
def test_the_relative_clause_on_an_apposed_suspect_names_no_requesting_state(body: str) -> None:
    cases = extradition_disputes("Ecuador seeks banker\n\n" + body, published="2019-03-10")
    assert [(c.roles["suspect"], dispute_sides(c)) for c in cases] == [("Luis Pardo", ("ECU", "GBR"))]


def test_a_to_phrase_after_the_apposition_still_names_where_he_was_sent() -> None:
    body = "Kenya handed over Tom Reeve, a Briton wanted for fraud, to Britain on Friday."
    cases = extradition_disputes("Briton handed over\n\n" + body, published="2019-03-10")
    assert [(c.roles["suspect"], dispute_sides(c), c.attributes["status"]) for c in cases] == [
        ("Tom Reeve", ("GBR", "KEN"), "completed")
    ]


def test_a_counted_group_handed_over_is_the_people_named_next() -> None:
    body = (
        "Kenya on Saturday handed over two Britons wanted for drug smuggling to British police. The "
        "men, Tom Reeve and Alan Byrne, were flown to London."
    )
    cases = extradition_disputes("Britons handed over\n\n" + body, published="2019-03-10")
    assert sorted((c.roles["suspect"], dispute_sides(c), c.attributes["status"]) for c in cases) == [
        ("Alan Byrne", ("GBR", "KEN"), "completed"),
        ("Tom Reeve", ("GBR", "KEN"), "completed"),
    ]


def test_a_crime_told_with_a_place_keeps_it() -> None:
    # the crime's own "to": no body to which he was handed, so no case
    body = "Kenya handed over a man wanted for arms smuggling to Somalia."
    assert extradition_disputes("Man handed over\n\n" + body, published="2019-03-10") == []


@pytest.mark.parametrize(
    ("body", "requested"),
    [
        ("Poland is seeking the extradition of Marek Wolny, who is accused of fraud, from Ireland.", "IRL"),
        ("Poland is seeking the surrender of Marek Wolny, who is accused of fraud, from Ireland.", "IRL"),
        # the aside's own "from" is where he fled, not the state asked
        ("Poland is seeking the extradition of Marek Wolny, who fled from Ireland, from Spain.", "ESP"),
    ],
)
def test_a_from_phrase_after_an_aside_on_the_suspect_names_the_state_asked(body: str, requested: str) -> None:
    cases = extradition_disputes("Poland seeks fugitive\n\n" + body, published="2019-03-10")
    assert [(c.roles["suspect"], dispute_sides(c)) for c in cases] == [("Marek Wolny", ("POL", requested))]


def test_a_named_court_in_a_city_holds_the_suspect() -> None:
    body = (
        "Ravi Menon, a financier wanted in India for fraud, lost his appeal against extradition at "
        "the High Court in London on Friday."
    )
    cases = extradition_disputes("Financier loses appeal\n\n" + body, published="2019-03-10")
    assert [(c.roles["suspect"], dispute_sides(c), c.attributes["status"]) for c in cases] == [
        ("Ravi Menon", ("IND", "GBR"), "granted")
    ]

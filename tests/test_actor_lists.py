"""The actors plugin: names with an unlisted given name in a list with a person (issue 9, nineteenth
session): "A, B and Joseph Y", "the ministers, A and B,"; not a list that modifies a noun, nor a
description set off by a comma before a name."""

from __future__ import annotations

import pytest

from actor_probe import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two ministers, Anil Kerwal and Joseph Bantu, signed the accord in Nairobi.",
            {"Anil Kerwal", "Joseph Bantu"},
        ),
        (
            "Ramesh Tarvan, Anil Kerwal and Joseph Bantu met in Nairobi.",
            {"Ramesh Tarvan", "Anil Kerwal", "Joseph Bantu"},
        ),
        (
            "The talks brought together Joseph Bantu, Ramesh Tarvan and Anil Kerwal.",
            {"Ramesh Tarvan", "Anil Kerwal", "Joseph Bantu"},
        ),
        (
            "The ministers, Ramesh Tarvan and Anil Kerwal, signed the accord in Nairobi.",
            {"Ramesh Tarvan", "Anil Kerwal"},
        ),
        (
            "The suspects, Ramesh Tarvan and Anil Kerwal, were arrested on Monday.",
            {"Ramesh Tarvan", "Anil Kerwal"},
        ),
    ],
)
def test_an_unlisted_name_in_a_list_of_people_is_a_person(text: str, expected: set[str]) -> None:
    assert expected <= {p.name for p in people(text)}


@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        ("Joseph Bantu and Acme Foods executives met on Monday.", "Acme Foods"),
        (
            "One of the so-called Harbour Three, Joseph Bantu, said the families were pleased.",
            "Harbour Three",
        ),
        ("The guests were Joseph Bantu and the Harbour Singers.", "Harbour Singers"),
        ("The choir sang for the tenth Vale Ensemble and Joseph Bantu.", "Vale Ensemble"),
    ],
)
def test_a_run_beside_a_person_that_is_no_name(text: str, not_a_person: str) -> None:
    assert not_a_person not in {p.name for p in people(text)}

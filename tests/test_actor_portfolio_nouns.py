"""A portfolio's nouns are no person (issue 9, twentieth session); every sentence is written here."""

from __future__ import annotations

import diplotext


def persons(text: str) -> list[str]:
    doc = diplotext.extract("Head\n\n" + text, published="2030-05-04", plugins=["actors"])
    return [a.name for a in doc.actors if a.kind == "person"]


def test_a_portfolio_with_an_adjective_and_no_holder_named_is_no_person() -> None:
    """ "the Minister of Culture and Islamic Guidance will travel": "Guidance" is the portfolio's."""
    assert persons("The Minister of Culture and Islamic Guidance will travel to Jeddah.") == []
    assert persons("The Minister of Rural Development will travel to Jeddah.") == []


def test_the_holder_named_after_such_a_portfolio_is_still_found() -> None:
    assert persons("The Minister of Islamic Guidance Reza Karimi will travel to Jeddah.") == ["Reza Karimi"]


def test_a_surname_with_an_abstract_ending_is_still_a_surname() -> None:
    """ "Blankenship concurred", "Evidence Lawrence gave": no portfolio before them."""
    got = persons("Senator Tom Blankenship spoke. Later Blankenship concurred with Ann Lawrence.")
    assert "Tom Blankenship" in got and "Ann Lawrence" in got

"""Extradition classes found on invented stories (issue 9, twenty-third session, helper extr32).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

from builders import extradition_disputes


def _cases(text: str, published: str = "2031-04-09") -> dict[str, tuple[str | None, str, str | None]]:
    return {
        str(e.roles["suspect"]): (e.roles["requesting_state"], str(e.attributes["status"]), e.date)
        for e in extradition_disputes(text, published)
    }


def test_the_home_country_of_a_man_whose_surrender_was_approved_asks_for_him() -> None:
    """ "approved the surrender of a Polish man wanted in his home country": the participle hangs on
    the surrender noun; the man it describes is in its "of" phrase, and his demonym is his home."""
    got = _cases(
        "Germany to send suspect home\n\nBERLIN - A regional court in Dresden on Monday approved the "
        "surrender of a Polish man wanted in his home country for a fatal hit-and-run, prosecutors "
        "said.\n\nThe man, Piotr Nowicki, was arrested near Goerlitz in May."
    )
    assert got["Piotr Nowicki"] == ("POL", "granted", "2031-04-07")

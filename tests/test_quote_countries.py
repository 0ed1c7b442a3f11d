"""Countries, capitals and nationalities in speaker phrases (issue 14: from geo, not the quotes
plugin's own lists): a descriptor before a name is dropped, a name that holds a place keeps it.

Every name and sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from diplotext.extractors.quotes.countries import (
    descriptor_length,
    is_nationality,
    name_blocked_by_place,
    place_kind,
)
from diplotext.extractors.quotes.mentions import TITLE_WORDS, core
from diplotext.extractors.quotes.resolver import Resolver


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("Malawi", "state"),
        ("U.S.", "state"),
        ("South Korea", "state"),
        ("Chilean", "demonym"),
        ("South Korean", "demonym"),
        ("Lima", "capital"),
        ("North America", "region"),
        ("Heritage", None),
        ("malawi", None),  # lower case is no name
    ],
)
def test_place_kind_reads_geo(word: str, kind: str | None) -> None:
    assert place_kind(word) == kind


def test_nationality_from_geo_not_from_word_endings() -> None:
    assert is_nationality("Polish") and is_nationality("polish") and is_nationality("Chileans")
    assert not is_nationality("Brian")  # ends like "Indian", is a given name
    assert not is_nationality("Republican")


@pytest.mark.parametrize(
    ("words", "n"),
    [
        ("Chilean President Ana Soto", 1),  # before a title
        ("Polish envoy Jan Nowak", 1),  # before a lower-case role word
        ("Italian Franco Bellini", 1),  # before a known given name
        ("Mexican Tod Varno", 1),  # a nationality before a two-word name of no common words
        ("South Korean Minister Ji-ho Park", 2),  # a two-word demonym
        ("Lima Mayor Tod Varno", 1),  # a capital before a title
        ("Central Asian Affairs Secretary Lena Marsh", 0),  # "Central" opens it
        ("Asian Affairs Secretary Lena Marsh", 1),  # a regional adjective before a title
        ("Asian Tod Varno Group", 0),  # ... and only there
        ("Ghana Evening Ledger", 0),  # a state before other capitalised words: a name
        ("American Medical Holdings", 0),  # an adjective opens an organisation's name
        ("Canadian Heritage Fund", 0),  # an organisation word
        ("Mexican Tod Varno Rios", 0),  # three words: not read as a person's name
        ("Franco Bellini", 0),  # a combining form that is a given name
        ("North America Tod Varno", 0),  # a region names no state
    ],
)
def test_descriptor_before_a_name(words: str, n: int) -> None:
    assert descriptor_length(words.split(), TITLE_WORDS) == n


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Iran Foreign Minister Ali Rezai", "Ali Rezai"),
        ("Polish envoy Jan Nowak", "Jan Nowak"),
        ("American Tod Varno", "Tod Varno"),
        ("Lima Mayor Tod Varno", "Tod Varno"),
        ("Ghana Evening Ledger", "Ghana Evening Ledger"),
        ("American Medical Holdings", "American Medical Holdings"),
        ("Italian Franco Bellini", "Franco Bellini"),
    ],
)
def test_mention_core_drops_descriptors_only(text: str, name: str) -> None:
    got = core(text, 0, len(text))
    assert got is not None and got.text == name


@pytest.mark.parametrize(
    ("words", "blocked"),
    [
        ("Air Malawi", True),  # a state in an organisation's name
        ("Mali Airways", True),
        ("Orbex USA", True),
        ("Sarah Jordan", False),  # a state as the surname after a given name
        ("Anna Lima", False),  # a capital as a surname
        ("Lima Evening News", True),  # a capital opening the run
        ("Acme North America", False),  # a region is no state
        ("Chilean Tod Varno", False),  # a nationality alone blocks nothing (stripped before)
    ],
)
def test_place_in_a_name_run(words: str, blocked: bool) -> None:
    assert name_blocked_by_place(words.split()) is blocked


def _full(text: str, mention: str) -> str | None:
    return Resolver(text, [(0, len(text))], []).full_name(mention, len(text))


def test_short_names_resolve_past_places() -> None:
    assert _full("Mali Airways cancelled four flights on Monday.", "Mali") is None
    assert _full("Orbex USA filed for bankruptcy in Texas.", "Orbex") is None
    assert _full("Lima Mayor Tod Varno spoke on Monday.", "Varno") == "Tod Varno"
    assert _full("Anna Lima, a lawyer for the family, spoke.", "Lima") == "Anna Lima"
    assert _full("Sarah Jordan, a lawyer for the family, spoke.", "Jordan") == "Sarah Jordan"
    assert _full("Italian Franco Bellini arrived on Monday.", "Bellini") == "Franco Bellini"
    assert _full("American Tod Varno won in five sets.", "Varno") == "Tod Varno"

"""Cheap tests before patterns (issue 12, twenty-second session): each gate says "maybe" wherever
the pattern it spares would match, so the rules read what they read before.

- ``window_words.holds_folded``: a window holding none of a pattern's words (case-folded) is not
  searched; the Kelvin sign and the long s fold to the ASCII letters ``regex`` matches them to;
- the international bodies' and the delegations' windows (``visits.international``,
  ``eventdelegations``);
- the acronym definitions, searched from the last character no long form holds before each short
  form (``quotes.naming._definitions``): the matches of a ``finditer`` over the whole text;
- the date rules' left edge read from a set for an ASCII character (``dates.dispatch``).
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from diplotext import runtime
from diplotext.extractors import eventdelegations
from diplotext.extractors.dates import dispatch
from diplotext.extractors.quotes import naming
from diplotext.extractors.visits import international
from diplotext.extractors.window_words import found_before, holds_folded

_PIECES = [" ", "\t", "\n", ",", ".", "(", ")", "-", "'", "a", "Bo", "Ça", "é", "\u212a", "\u017f"]
_WORDS = ["predecessor", "PREDECESSOR", "predece\u017f\u017for", "counterpart", "having", "Having"]
_WORDS += ["UN", "EU", "united nations", "United Nations", "delegation", "mission", "Mission", "led by "]
_WORDS += ["Export", "Grain", "Board", "of", "and", "(EGB)", "(XY)", "(ABCDEFG)", ", or ", "Fund "]
texts = st.lists(st.sampled_from(_PIECES + _WORDS), max_size=40).map("".join)


def test_case_folding_keeps_the_letters_regex_folds_to_ascii() -> None:
    pattern = regex.compile(r"(?i:predecessor)")
    text = "his predece\u017f\u017for said"  # the long s: "s" to ``regex`` with case ignored
    assert pattern.search(text) is not None
    assert holds_folded(text, 0, len(text), ("cessor",))
    assert not holds_folded("his deputy said", 0, 15, ("cessor",))


@settings(max_examples=400)
@given(text=texts)
def test_a_window_without_the_words_holds_no_match(text: str) -> None:
    pattern = regex.compile(r"\b(?i:his|her)[ \t]+(?i:predecessor|successor)s?,?[ \t]+\Z")
    for end in range(len(text) + 1):
        if pattern.search(text, max(0, end - 30), end) is not None:
            assert holds_folded(text, max(0, end - 30), end, ("cessor",))
    ends = list(range(len(text) + 1))
    expected = any(pattern.search(text, max(0, e - 30), e) is not None for e in ends)
    assert found_before(pattern, text, ends, 30, ("cessor",)) == expected


@settings(max_examples=400)
@given(text=texts)
def test_a_body_is_named_wherever_its_pattern_matches(text: str) -> None:
    body = regex.compile(international._BODY)
    for start in range(len(text) + 1):
        for end in range(start, min(len(text), start + 40) + 1):
            if body.search(text, start, end) is not None:
                assert international._may_name_a_body(text[start:end])


@settings(max_examples=400)
@given(text=texts)
def test_a_delegation_pattern_matches_only_where_its_noun_stands(text: str) -> None:
    for end in range(len(text) + 1):
        lo = max(0, end - eventdelegations._REACH_BEFORE)
        if eventdelegations._LED_BY.search(text, lo, end) or eventdelegations._DELEGATION_OF.search(
            text, lo, end
        ):
            assert eventdelegations._delegation_in(text, lo, end)
        hi = min(len(text), end + eventdelegations._REACH_AFTER)
        if eventdelegations._HEADS_A_DELEGATION.match(text, end, hi):
            assert eventdelegations._delegation_in(text, end, hi)


def _spans(matches: object) -> list[tuple[int, ...]]:
    return [m.span() + m.span("long") + m.span("short") for m in matches]  # type: ignore[attr-defined]


def test_a_definition_is_found_before_its_short_form() -> None:
    text = "Farmers said. The Export Grain Board (EGB) and the Board of Trade (BT) met in Oslo (OSL)."
    assert naming.acronyms_in(text) == {"EGB": "Export Grain Board", "BT": "Board of Trade"}
    assert _spans(naming._definitions(text)) == _spans(runtime.finditer(naming._ACRONYM, text))


@settings(max_examples=600)
@given(text=texts)
def test_definitions_are_the_matches_of_the_whole_text(text: str) -> None:
    assert _spans(naming._definitions(text)) == _spans(runtime.finditer(naming._ACRONYM, text))


def test_the_ascii_edge_set_is_the_edge_pattern() -> None:
    for code in range(128):
        char = chr(code)
        refused = dispatch._EDGE.match(f"{char}7", 1) is None
        assert (char in dispatch._EDGE_BLOCKERS_ASCII) == refused
    assert "'" in dispatch._EDGE_BLOCKERS_ASCII
    assert " " not in dispatch._EDGE_BLOCKERS_ASCII

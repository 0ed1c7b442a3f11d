"""The ASCII twins of the word scanners: on ASCII text the standard library's ``re`` pattern gives
the same tokens, at the same offsets, as the ``regex`` pattern it stands in for (and an article
with one non-ASCII character goes through the ``regex`` one)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from builders import ASCII_SPACES
from diplotext import language
from diplotext import text as text_module
from diplotext.asciitwin import ascii_twin, twin_of
from diplotext.extractors import dates
from diplotext.extractors import eventdescriptions as descriptions
from diplotext.extractors.actors import tokens as actor_tokens
from diplotext.extractors.quotes import article_names, indirect, marks, mentions
from diplotext.extractors.quotes.name_spans import join_ampersands
from diplotext.extractors.reader import boilerplate
from diplotext.extractors.visits import rules as visit_rules
from diplotext.syntax import entities, layer
from diplotext.syntax import tokens as clause_tokens

# Pieces that exercise every branch of the patterns: titles before names, initials, clitics,
# "cannot", compounds broken at a line end, possessives, and every ASCII space and control
# character (``re``'s ``\s`` also takes the file separators \x1c-\x1f, ``regex``'s does not).
_PIECES = [
    "Gen.",
    " Smith",
    "U.S.",
    "U.N",
    "don't",
    "can't",
    "cannot",
    "Cannot",
    "won't",
    "n't",
    "'s",
    "'re",
    "'ve",
    "'ll",
    "'d",
    "'m",
    "O'Brien",
    "al-Assad",
    "rebel- held",
    "pro- and",
    "a.b",
    "e.g.",
    "AT&T",
    "1/2",
    "3.5",
    "--",
    "-",
    "Mr. Lee",
    "Dr.",
    "Russia's",
    "it's",
    "Tuesday",
    "the",
    "Rio",
    ", who ",
    "which",
    " arrived in ",
    "J.",
    "12",
    " a.m.",
    "pm",
    " years",
    "th",
    " to 14",
    "BC",
    " de la ",
    "bin ",
    "Mr.",
    "St.",
    "the ",
    "Polish ",
    "foreign minister",
    "Turkey's ",
    " top ",
    ", a Briton,",
    " hacker",
    " de ",
    " of ",
    " es ",
    "visit",
    *ASCII_SPACES,
    "\x00",
    "\x7f",
    ".",
    ",",
    '"',
    "'",
    "_",
    "x_y",
    "A",
    "b",
    "9",
    "``",
    "''",
    "(",
    "[",
    "\u2014",
    "\u2019",
    "sign up",
    "log in",
    "newsletter",
    "read more",
    "e-mail address",
    "privacy policy",
    "here",
    "Here",
    " the ",
    " to ",
    "Rome",
    "!",
    "?",
    ")",
    "al-",
    "van ",
    *sorted(visit_rules._TRIGGERS - visit_rules._STRONG)[:12],
]
ascii_texts = st.one_of(
    st.lists(st.sampled_from(_PIECES), max_size=30).map("".join),
    st.text(alphabet=st.characters(max_codepoint=127), max_size=60),
).filter(str.isascii)

Scan = Callable[[Any, str, int, int], object]


def _spans(pattern: Any, text: str, pos: int, end: int) -> list[tuple[int, int, tuple[str, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in pattern.finditer(text, pos, end)]


TWINS = [
    pytest.param(actor_tokens._SPACED_TOKEN, actor_tokens._SPACED_TOKEN_ASCII, id="actors tokens"),
    pytest.param(clause_tokens._WORD, clause_tokens._WORD_ASCII, id="clause tokens"),
    pytest.param(clause_tokens._SPACED_WORD, clause_tokens._SPACED_WORD_ASCII, id="clause tokens, spaced"),
    pytest.param(layer._WORD, layer._WORD_ASCII, id="clause layer word sets"),
    pytest.param(entities._CAP_RUN, entities._CAP_RUN_ASCII, id="clause layer place runs"),
    pytest.param(mentions._TOKEN, mentions._TOKEN_ASCII, id="quotes mention tokens"),
    pytest.param(language._WORD, language._WORD_ASCII, id="language check words"),
    pytest.param(marks._MARK, marks._MARK_ASCII, id="quotation marks"),
    # the twins ascii_twin makes
    pytest.param(boilerplate._VOCAB, boilerplate._VOCAB_ASCII, id="boilerplate vocabulary"),
    pytest.param(boilerplate._WORD, boilerplate._WORD_ASCII, id="boilerplate word count"),
    pytest.param(marks._LEADING, marks._LEADING_ASCII, id="leading quotation mark"),
    pytest.param(indirect._WORD, indirect._WORD_ASCII, id="clause word count"),
    pytest.param(indirect._CLAUSE_WORD, indirect._CLAUSE_WORD_ASCII, id="clause words"),
    pytest.param(mentions._CAP_WORD, mentions._CAP_WORD_ASCII, id="capitalised word"),
    pytest.param(article_names._NAME_RUN, article_names._NAME_RUN_ASCII, id="person name runs"),
    pytest.param(dates._AFTER_NUMBER, dates._AFTER_NUMBER_ASCII, id="what follows a number"),
    pytest.param(text_module._WORD_BEFORE, text_module._WORD_BEFORE_ASCII, id="word before a period"),
    pytest.param(entities._WORLD_CONTEXT, entities._WORLD_CONTEXT_ASCII, id="words before a world city"),
    pytest.param(indirect._RELATIVE_BEFORE, indirect._RELATIVE_BEFORE_ASCII, id="relative before a cue"),
    # the twins twin_of makes on first use
    pytest.param(descriptions._DESCRIPTION, twin_of(descriptions._DESCRIPTION), id="official descriptions"),
    pytest.param(descriptions._NATIONAL, twin_of(descriptions._NATIONAL), id="nationalities"),
    pytest.param(descriptions._NATIONAL_NOUN, twin_of(descriptions._NATIONAL_NOUN), id="nationality nouns"),
]


@pytest.mark.parametrize(("unicode_pattern", "ascii_pattern"), TWINS)
@given(text=ascii_texts, data=st.data())
def test_ascii_twin_scans_ascii_text_the_same(
    unicode_pattern: Any, ascii_pattern: Any, text: str, data: st.DataObject
) -> None:
    assert text.isascii()
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text)))
    assert _spans(ascii_pattern, text, pos, end) == _spans(unicode_pattern, text, pos, end)
    assert ascii_pattern.findall(text) == unicode_pattern.findall(text)
    assert (ascii_pattern.match(text, pos, end) is None) == (unicode_pattern.match(text, pos, end) is None)


def test_every_ascii_character_is_a_space_or_a_token_alike() -> None:
    for code in range(128):
        text = f"a{chr(code)}b"
        for param in TWINS:
            unicode_pattern, ascii_pattern = param.values
            assert _spans(ascii_pattern, text, 0, len(text)) == _spans(unicode_pattern, text, 0, len(text)), (
                param.id,
                hex(code),
            )


def test_scanners_use_the_twin_only_on_ascii_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the ``regex`` patterns made unusable, ASCII text still tokenises and non-ASCII text
    does not: each scanner picks the pattern by the text it is given."""

    class Unusable:
        def __getattr__(self, name: str) -> Any:
            raise AssertionError(f"the regex pattern was used ({name})")

    monkeypatch.setattr(actor_tokens, "_SPACED_TOKEN", Unusable())
    monkeypatch.setattr(clause_tokens, "_WORD", Unusable())
    monkeypatch.setattr(clause_tokens, "_SPACED_WORD", Unusable())
    monkeypatch.setattr(mentions, "_TOKEN", Unusable())
    monkeypatch.setattr(language, "_WORD", Unusable())
    ascii_text = "Gen. Lee can't visit Rome, officials said."
    assert [t.text for t in actor_tokens.tokenize(ascii_text, ((0, len(ascii_text)),))][:3] == [
        "Gen",
        ".",
        "Lee",
    ]
    assert [t.text for t in clause_tokens.tokenize(ascii_text, 0, len(ascii_text), ())][:4] == [
        "Gen.",
        "Lee",
        "ca",
        "n't",
    ]
    assert [t[2] for t in mentions.tokens(ascii_text, 0, 8)] == ["Gen.", "Lee"]
    prose = "He said that it was not the end of the talks and that they would go on in the spring."
    assert language.detect_language([prose, prose]) == "en"  # the quick check settles it
    accented = "Gen. Lee can't visit Zürich, officials said."
    with pytest.raises(AssertionError, match="regex pattern was used"):
        actor_tokens.tokenize(accented, ((0, len(accented)),))
    with pytest.raises(AssertionError, match="regex pattern was used"):
        mentions.tokens(accented, 0, len(accented))


def test_clause_layer_word_sets_read_ascii_and_other_text_alike() -> None:
    ascii_text = "The minister's visit to Rome was postponed. Talks co-chaired by Lee went on."
    accented = ascii_text.replace("Rome", "Zürich")
    spans = [(0, 43), (44, len(ascii_text))]
    plain = layer.ClauseLayer(ascii_text, spans)
    other = layer.ClauseLayer(accented, [(0, 45), (46, len(accented))])
    for words in (frozenset({"minister's"}), frozenset({"co-chaired"}), frozenset({"visit", "talks"})):
        assert plain.with_words(words) == other.with_words(words)
    assert plain.with_words(frozenset({"co-chaired"})) == [1]
    assert plain.with_words(frozenset({"minister"})) == []


@pytest.mark.parametrize(
    ("source", "flags", "ascii_source"),
    [
        (r"\p{Lu}[\p{L}\-]*", 0, r"[A-Z][A-Za-z\-]*"),
        (r"[^\s\p{L}\p{N}]\s+\S", 0, r"[^\t\n\x0b\x0c\r A-Za-z0-9][\t\n\x0b\x0c\r ]+[^\t\n\x0b\x0c\r ]"),
        (r"[]\s]\p{Ll}", 0, r"[]\t\n\x0b\x0c\r ][a-z]"),
        ("a\\s # not \\s\n|b", regex.VERBOSE, "a[\\t\\n\\x0b\\x0c\\r ] # not \\s\n|b"),
    ],
)
def test_ascii_twin_translates_the_unicode_classes(source: str, flags: int, ascii_source: str) -> None:
    twin = ascii_twin(regex.compile(source, flags))
    assert twin.pattern == ascii_source
    assert twin.flags & re.ASCII


@pytest.mark.parametrize(
    ("source", "flags"),
    [
        (r"\p{Greek}", 0),  # another property
        (r"\P{L}", 0),
        (r"[\S\d]", 0),  # \S inside a class
        (r"(?<=ab|c)d", 0),  # a lookbehind of varying width: re refuses it
        (r"(?r)abc$", 0),  # a reverse search
        (r"\u212aelvin", regex.IGNORECASE),  # the Kelvin sign folds to k
        (r"a", regex.VERSION1),
        (r"a", regex.BESTMATCH),
    ],
)
def test_ascii_twin_refuses_what_re_cannot_match_alike(source: str, flags: int) -> None:
    with pytest.raises(ValueError, match="ASCII"):
        ascii_twin(regex.compile(source, flags))


def test_person_name_runs_of_a_long_segment_are_read_through_the_guarded_pattern(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A segment longer than the twin's bound is read by the ``regex`` pattern with its timeout, with
    the same names; a short one by the twin."""
    from diplotext.extractors.quotes.article_names import names_in

    text = "Foreign Minister Anna Lindqvist met Prime Minister Jorge Ruiz in Lima. " * 200
    segments = [(0, len(text))]
    assert len(text) > article_names._TWIN_MOST
    long_read = names_in(text, segments)
    monkeypatch.setattr(article_names, "_TWIN_MOST", len(text))
    assert names_in(text, segments) == long_read
    monkeypatch.setattr(article_names, "_NAME_RUN", None)  # the twin alone reads it now
    assert names_in(text, segments) == long_read
    assert {n.name for n in long_read} == {"Anna Lindqvist", "Jorge Ruiz"}


@given(text=ascii_texts, data=st.data())
def test_mention_tokens_of_ascii_text_are_the_unicode_matches(text: str, data: st.DataObject) -> None:
    """``mentions.tokens`` reads ASCII text by the spaced twin's strings: the same tokens, at the same
    offsets, as ``_TOKEN``'s matches."""
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text)))
    expected = [(m.start(), m.end(), m.group()) for m in mentions._TOKEN.finditer(text, pos, end)]
    if text.find("&", pos, end) >= 0:
        expected = join_ampersands(text, expected)  # "AT&T": one token on both paths
    assert mentions.tokens(text, pos, end) == expected

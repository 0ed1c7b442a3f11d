"""Patterns no longer built for each call (issue 12, twenty-fourth session): a quotation is searched
for a speaker's name with ``str.find`` and the name's lookarounds read character by character
instead of a pattern compiled for each name, and the patterns a call made from a string (the end of
a sentence after a mention, a run of letters) are compiled once. Each shortcut must find what the
pattern found."""

from __future__ import annotations

import random

import regex

from diplotext.extractors.quotes import country_given_names, named_in_words


def _starts_by_pattern(text: str, word: str, lo: int, hi: int) -> list[int]:
    """The pattern ``_named_in`` compiled for each name."""
    pattern = rf"(?<![\p{{L}}\-'’]){regex.escape(word)}(?![\p{{L}}\-])"
    return [m.start() for m in regex.finditer(pattern, text, pos=lo, endpos=hi)]


def test_a_name_in_a_quotation_is_found_where_its_pattern_found_it() -> None:
    rng = random.Random(27)
    words = ["Ada", "Ada-Ada", "AdaAda", "O'Dowd", "Éva", "a.b", "Ad"]
    parts = ["Ada", "ada", "A", " ", "-", "'", "’", "é", "ß", "Ж", "1", ".", "\n", "Ada-", "(", "Éva"]
    for _ in range(4000):
        text = "".join(rng.choice(parts) for _ in range(rng.randrange(0, 14)))
        word = rng.choice(words)
        lo = rng.randrange(0, len(text) + 2)
        hi = rng.randrange(0, len(text) + 4)
        found = list(named_in_words._word_at(text, word, lo, hi))
        assert found == _starts_by_pattern(text, word, lo, hi), (text, word, lo, hi)


def test_a_name_is_not_found_inside_a_longer_word_or_a_hyphened_one() -> None:
    text = "Adamson and Ada-Smith met; “Ada was right,” said Lo'Ada, and Ada."
    assert list(named_in_words._word_at(text, "Ada", 0, len(text))) == [28, 61]
    assert list(named_in_words._word_at(text, "Ada", 0, 31)) == [28]
    assert list(named_in_words._word_at(text, "Ada", 29, len(text))) == [61]


def _given_by_pattern(text: str, surname: str) -> list[tuple[int, str]]:
    """The pattern ``country_given_name`` compiled for each surname (twenty-fifth session)."""
    words = "|".join(sorted((w.capitalize() for w in country_given_names._GIVEN), key=len, reverse=True))
    pattern = rf"(?<![\p{{L}}\-.'’])({words})[ \t]+{regex.escape(surname)}(?![\p{{L}}\-])"
    return [(m.start(), m.group(1)) for m in regex.finditer(pattern, text)]


def test_a_country_word_before_a_surname_is_found_where_its_pattern_found_it() -> None:
    rng = random.Random(28)
    surnames = ["Vell", "Ve", "Öz", "Vell-Ano", "O'Vell", "Vé", "VellVell"]
    parts = [*country_given_names._GIVEN_WORDS, "Jordans", "Vell", "Ve", "Öz", "Vé", "Vell-Ano"]
    parts += [" ", "  ", "\t", "\n", "-", ".", "'", "’", "é", "ß", "x", "in ", ",", "Jordan Vell", "Chad\tÖz"]
    for _ in range(6000):
        text = "".join(rng.choice(parts) for _ in range(rng.randrange(0, 14)))
        surname = rng.choice(surnames)
        found = list(country_given_names._after_given(text, surname))
        assert found == _given_by_pattern(text, surname), (text, surname)


def test_a_country_word_is_read_whole_before_a_surname() -> None:
    text = "Jordan Vell-Ano, xJordan Vell, Georgia  Vell, -Chad Vell and Israel\tVellx met Chad Vell."
    assert list(country_given_names._after_given(text, "Vell")) == [(31, "Georgia"), (78, "Chad")]
    assert country_given_names.country_given_name(text, "Vell", 0) == "Georgia Vell"
    assert country_given_names.country_given_name("Talks in Jordan Vell began.", "Vell", 0) is None

"""Passes over a sentence's tagged tokens that settle a word by its neighbours: an acronym in
brackets after the name it shortens is left out, "there" after a noun is an adverb."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import regex

from diplotext import lexicon

if TYPE_CHECKING:
    from diplotext.syntax.tokens import Token

__all__ = ["ADDRESS_WORDS", "the_after_a_form_of_address", "there_after_a_noun", "without_bracketed_acronyms"]


def without_bracketed_acronyms(toks: list[Token]) -> list[Token]:
    """ "A delegation of the Workers' Party of Ruritania (WPR) headed by X arrived": an acronym in
    brackets right after the name it abbreviates is left out of the sentence's words, so the
    noun phrase runs on past it."""
    out: list[Token] = []
    i = 0
    while i < len(toks):
        if (
            toks[i].text == "("
            and i + 2 < len(toks)
            and toks[i + 2].text == ")"
            and out
            and out[-1].tag in ("ENT", "PROPN")
            and _ACRONYM.fullmatch(toks[i + 1].text)
        ):
            i += 3
            continue
        out.append(toks[i])
        i += 1
    return out


_ACRONYM: Final = regex.compile(r"\p{Lu}[\p{Lu}\d&.\-]{1,9}")


def there_after_a_noun(toks: list[Token]) -> None:
    """ "during her visit there", "after ending a four-day visit there": "there" right after a noun,
    and before no verb ("in the city there are"), is an adverb of place, not the noun's head."""
    for i in range(1, len(toks)):
        tok = toks[i]
        if tok.low != "there" or tok.tag != "NOUN" or toks[i - 1].tag not in ("NOUN", "PROPN", "ENT"):
            continue
        if i + 1 < len(toks) and toks[i + 1].tag in ("AUX", "MODAL", "VERB", "V?"):
            continue
        tok.tag = "ADV"


ADDRESS_WORDS: Final = lexicon.words("actors", "forms of address before the and a title")
_ADDRESS_OWNERS: Final = frozenset(["his", "her", "their", "your"])


def the_after_a_form_of_address(toks: list[Token]) -> None:
    """ "The state visit of His Highness the Amir Sheikh X to Kenya", "His Excellency the
    President will travel": "the" between a form of address and a capitalised title opens no noun
    phrase of its own; it is read as a word of the titled name, so the phrase (and the visit's
    "of" and "to" phrases) runs from "His" to the name."""
    for i in range(2, len(toks) - 1):
        tok = toks[i]
        if tok.low != "the" or toks[i - 1].low not in ADDRESS_WORDS or toks[i - 2].low not in _ADDRESS_OWNERS:
            continue
        if toks[i + 1].tag in ("PROPN", "ENT") or (
            toks[i + 1].text[:1].isupper() and toks[i + 1].tag == "NOUN"
        ):
            tok.tag = "PROPN"

"""Passes over a sentence's tagged tokens that settle a word by its neighbours: an acronym in
brackets after the name it shortens is left out, "there" after a noun is an adverb."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import regex

if TYPE_CHECKING:
    from diplotext.syntax.tokens import Token

__all__ = ["there_after_a_noun", "without_bracketed_acronyms"]


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

"""Where a body is based, who runs, owns or backs it, or its language, written before its name as a
hyphened adjective ("Toronto-based Maple Leaf Insurance", "the Salt Lake City-based First Ledger
Bank", "Paris-based IEA", "the state-run Vantor news agency", "Christian-run Mirae Daily",
"Korean-language KXNA"): the compound is no part of the speaker's name."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon

__all__ = ["after_based", "is_hyphened_modifier", "name_after_modifier"]


def after_based(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The tokens after a leading hyphened modifier ("PLACE-based", "state-run") when a capitalised
    name follows it and only capitalised place words or a determiner stand before it; else
    ``toks`` unchanged."""
    for k, (_, _, word) in enumerate(toks[: _REACH + 1]):
        if is_hyphened_modifier(word):
            if (
                k + 1 < len(toks)
                and toks[k + 1][2][:1].isupper()
                and all(t[2][:1].isupper() or t[2].lower() in _DETERMINERS for t in toks[:k])
            ):
                return toks[k + 1 :]
            return toks
    return toks


def name_after_modifier(name: str) -> str:
    """``name`` without a leading hyphened modifier the actors plugin kept in it ("Korean-language
    Hanul Sinmun" -> "Hanul Sinmun"); ``name`` itself when it has none."""
    if "-" not in name:
        return name
    words = name.split(" ")
    toks = [(0, 0, w) for w in words]
    rest = after_based(toks)
    return name if len(rest) == len(toks) else " ".join(words[len(toks) - len(rest) :])


def is_hyphened_modifier(word: str) -> bool:
    """Is ``word`` an adjective compound like "Seoul-based", "state-run", "Korean-language": a
    hyphen with letters before it and one of the lexicon's modifier words after it?"""
    head, hyphen, tail = word.rpartition("-")
    return bool(hyphen) and head[-1:].isalpha() and tail.lower() in _MODIFIER_TAILS and tail.islower()


_MODIFIER_TAILS: Final = lexicon.words("speech", "hyphened modifiers before a name")
_DETERMINERS: Final = frozenset({"the", "a", "an"})
_REACH: Final = 4

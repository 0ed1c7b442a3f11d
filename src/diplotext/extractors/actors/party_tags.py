"""A U.S. lawmaker's party tag after the name: "Sen. X (R-Ind.)", "Rep. Y, D-Calif.,", "Z
(D-N.Y.)", "W, R-Texas,": the person is American. The tag is a party letter, a hyphen and a U.S.
state (its name, its newspaper abbreviation of ``names.txt [us state abbreviations in a party tag]``
or its postal code), in brackets or between commas right after the name.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from diplotext import geo, lexicon
from diplotext.extractors.actors.tokens import Token

__all__ = ["party_tag_state"]

_ABBREVIATIONS: Final = lexicon.words("names", "us state abbreviations in a party tag")
_PARTIES: Final = frozenset("RDI")
_CLOSERS: Final = {"(": ")", ",": ","}
_MAX_PARTS: Final = 6
"""Tokens of the state part at most: "N", ".", "Y", "." of "(D-N.Y.)"."""


_POSTAL_CODES: Final = frozenset(
    w.lower() for row in lexicon.rows("names", "us state postal codes in a party tag") for w in row
)


def _is_us_state(written: str) -> bool:
    plain = written.replace(".", "").replace(" ", "")
    if not plain.isalpha():
        return False
    low = plain.lower()
    if low in _ABBREVIATIONS or (len(plain) == 2 and plain.isupper() and low in _POSTAL_CODES):
        return True
    return "USA" in geo.subdivision_countries(written.rstrip("."))


def party_tag_state(tokens: Sequence[Token], j: int) -> str | None:
    """``"USA"`` when a party tag opens at ``j``, right after a name ("(R-Ind.)", ", D-Ohio,"),
    else ``None``."""
    n = len(tokens)
    if j < 1 or j + 2 >= n or tokens[j].text not in _CLOSERS:
        return None
    tag = tokens[j + 1]
    party, dash, state = tag.text.partition("-")
    if not dash or party not in _PARTIES or not state[:1].isupper():
        return None
    closer = _CLOSERS[tokens[j].text]
    k = j + 2
    while k < n and k - j - 2 < _MAX_PARTS and tokens[k].text != closer:
        if tokens[k].sentence != tag.sentence:
            break
        k += 1
    ended = k >= n or tokens[k].sentence != tag.sentence  # ", R-Texas." at a sentence's end
    if not (ended and closer == ",") and (k >= n or tokens[k].text != closer):
        return None
    written = state
    for m in range(j + 2, k):
        written += tokens[m].text if tokens[m].start == tokens[m - 1].end else " " + tokens[m].text
    return "USA" if _is_us_state(written) else None

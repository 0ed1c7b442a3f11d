"""Special and hybrid courts set up by agreement with a state or the UN ("the Kosovo Specialist
Chambers", "the Special Tribunal for Lebanon", "the Special Court for Sierra Leone"): a surrender
to one is asked by the court itself, not by the state whose name the court bears. Their names are
the rows of ``data/lexicon/codes.txt`` "tribunal names" beyond the four tribunals
:mod:`~diplotext.extractors.extradition.attributes` reads by its own patterns."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon

__all__ = ["SPECIAL_COURTS", "special_court"]

_OWN_PATTERNS: Final = frozenset({"IRMCT", "ICC", "ICTR", "ICTY"})
"""The tribunals read by their own patterns (short names, abbreviations, "the war crimes tribunal")."""
SPECIAL_COURTS: Final = {
    full: short
    for full, short in lexicon.mapping("codes", "tribunal names").items()
    if short not in _OWN_PATTERNS
}
"""A special court's full name, lower case, and its short name."""
_NAMES: Final = regex.compile(
    r"\b(?:" + "|".join(r"[ \t]+".join(map(regex.escape, f.split())) for f in SPECIAL_COURTS) + r")\b",
    regex.IGNORECASE,
)


def special_court(text: str) -> str | None:
    """The short name of the first special or hybrid court ``text`` names in full, if any."""
    if "hamber" not in text and "pecial" not in text:
        return None  # most texts: no word that every one of these names holds
    m = _NAMES.search(text)
    return SPECIAL_COURTS[" ".join(m.group().lower().split())] if m is not None else None

"""A description that names a nationality is not the earlier description with the same head noun
and another nationality: after "the Iranian minister said", "the Turkish minister said" is someone
else (the minister the article introduced as Turkish), and after "an Iranian official said", "a
Turkish official said" is a new official. A description with no nationality ("the minister added")
still takes the earlier one, and so does one with the same nationality.
"""

from __future__ import annotations

from .countries import is_nationality
from .mentions import Mention
from .speaker_history import Said

__all__ = ["same_head_speaker"]


def _nationalities(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in text.split() if w[:1].isupper() and is_nationality(w))


def same_head_speaker(same: Said | None, m: Mention) -> Said | None:
    """``same`` (the speaker last described with the head noun of ``m``), unless ``m`` names a
    nationality that the earlier description did not."""
    if same is None or same.mention is None:
        return same
    own = _nationalities(m.text)
    if own and not own <= _nationalities(same.mention.text):
        return None
    return same

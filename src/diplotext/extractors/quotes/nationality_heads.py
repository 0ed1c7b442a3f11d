"""A description that names a nationality is not the earlier description with the same head noun
and another nationality: after "the Iranian minister said" (or "Iran's minister"), "the Turkish
minister said" is someone else (the minister the article introduced as Turkish), and after "an
Iranian official said", "a Turkish official said" is a new official. A description with no
nationality ("the minister added") still takes the earlier one, and so does one with the same
nationality or after a description with none ("the official said ... the Jordanian official said":
one official).
"""

from __future__ import annotations

from diplotext import geo

from .countries import is_nationality
from .mentions import Mention
from .speaker_history import Said

__all__ = ["unless_other_nationality"]


def _nationalities(text: str) -> frozenset[str]:
    """The states a description names by a demonym ("Iranian") or a possessive ("Iraq's")."""
    found: set[str] = set()
    for word in text.split():
        if not word[:1].isupper():
            continue
        code = geo.demonym_code(word) if is_nationality(word) else None
        if code is None and word.endswith(("'s", "’s")):
            code = geo.country_code(word[:-2])
        if code is not None:
            found.add(code)
    return frozenset(found)


def unless_other_nationality(same: Said | None, m: Mention) -> Said | None:
    """``same`` (the speaker last described with the head noun of ``m``, or the one a title falls
    back to: the latest subject, the last person quoted), unless both descriptions
    name a nationality and no nationality is the same ("the official ... the Jordanian official"
    may be one person; "the Iranian minister ... the Turkish minister" are two), or ``m`` is a
    body's name with a nationality that the earlier name lacks."""
    if same is None or same.mention is None:
        return same
    own = _nationalities(m.text)
    if not own:
        return same
    earlier = _nationalities(same.mention.text)
    if earlier and not own & earlier:
        return None  # "the Iranian minister ... the Turkish minister"
    words = m.text.split()
    if not earlier and words[-1][:1].isupper() and same.mention.text.split() != words:
        return None  # "the International Federation of X ... the British X": another body's name
    return same

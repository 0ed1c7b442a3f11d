"""A headline's royal title and the shorter title the body gives the same royal.

"Saudi crown prince in London" over "His Royal Highness Prince X arrived": the headline's role
("crown prince") is not among the roles the body gives X ("prince"), though it can only mean him.
`events.txt [headline royal titles]` maps such a headline title to the shorter title that stands
for it (the title of rank the body puts before the name)."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon

_SHORTER: Final = lexicon.mapping("events", "headline royal titles")


def held_headline_role(role: str, held: set[str]) -> str | None:
    """The role of ``held`` (a person's roles, lower case) the headline's ``role`` stands for:
    the role itself, else its shorter royal title ("crown prince" -> "prince"); ``None`` when
    the person holds neither."""
    if role in held:
        return role
    shorter = _SHORTER.get(role)
    return shorter if shorter is not None and shorter in held else None

"""The records of quote finding: a :class:`Unit` is one attribution (a cue with the speaker mention
next to it), a :class:`Raw` one quotation found in a sentence with the unit that attributes it."""

from __future__ import annotations

import attrs

from diplotext.model import QuoteKind, Span

from .cues import Cue
from .mentions import Mention

__all__ = ["Raw", "Unit", "root_unit"]


@attrs.define
class Unit:
    cue: Cue
    mention: Mention | None
    attr_start: int  # where the attribution (speaker + cue) begins
    attr_end: int  # where it ends
    join_start: int  # start including a joining ", and" / ", but"
    inverted: bool = False
    speaker_before: bool = False
    appositive: bool = False  # ", Ali Alghasi Mehr, said": what precedes belongs to the speaker
    commaless: bool = False  # "CLAUSE said X, an analyst.": an inverted speaker whose comma is missing
    parent: Unit | None = None  # the attribution this one continues ("adding", "but insisted")
    took_direct_before: bool = False
    took_direct_after: bool = False
    content: Span | None = None


@attrs.define
class Raw:
    kind: QuoteKind
    start: int
    end: int
    unit: Unit | None
    inherit_cue: bool = False
    previous: Raw | None = None  # for quotes that continue the previous speaker


def root_unit(unit: Unit) -> Unit:
    seen = 0
    while unit.parent is not None and unit.mention is None and seen < 50:
        unit = unit.parent
        seen += 1
    return unit

"""The record of one trip frame: who travels, to and from where, when and with what status, as
:func:`.frames.read_trip` reads it from the frame's clause (split from :mod:`.frames`).
"""

from __future__ import annotations

import attrs

from diplotext.extractors.eventkit import Frame
from diplotext.model import Actor, TemporalExpression
from diplotext.quickinit import quick_init
from diplotext.syntax import Entity, Phrase

__all__ = ["Trip"]


@quick_init
@attrs.frozen(kw_only=True)
class Trip:
    """What one frame says of a trip. ``status`` is ``planned``, ``ongoing``, ``completed``,
    ``ended`` (a visit said to have ended), ``cancelled``, ``postponed`` or ``None`` (unsaid);
    ``hosts`` the places it goes to, ``origins`` places it came from ("from X", "left X for");
    ``here`` when the host is "here" (the dateline's place)."""

    frame: Frame
    visitors: tuple[Actor, ...] = ()
    visitor_phrase: Phrase | None = None
    inferred_visitor: bool = False
    hosts: tuple[Entity, ...] = ()
    origins: tuple[Entity, ...] = ()
    route: bool = False
    """The origins are passed through on the way ("by train from Poland"), not stayed in."""
    here: bool = False
    status: str | None = None
    dates: tuple[TemporalExpression, ...] = ()
    context_dates: tuple[TemporalExpression, ...] = ()
    host_persons: tuple[Actor, ...] = ()
    definite: bool = False
    first_leg: bool = False
    meeting: bool = False
    closing: bool = False
    opening: bool = False
    """The frame's dates are the day the trip began ("his visit, which started on Sunday")."""
    """The frame's dates are the day the trip ended, or a day after it ("arrived home Thursday
    after a visit to X"), not the day it began."""

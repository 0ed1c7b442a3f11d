"""Cases of the ``visits`` plugin: a :class:`Case` is one visitor's trip to one host state, with the
trip frames that speak for it (each a :class:`Use`); :class:`FinderBase` holds what the case
finder gathers over an article (trips, cases, frames still to place), shared by the parts of the
finder in :mod:`~diplotext.extractors.visits.rules`, :mod:`~diplotext.extractors.visits.representatives`
and :mod:`~diplotext.extractors.visits.meetings`.
"""

from __future__ import annotations

import attrs

from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.visits.trip_record import Trip
from diplotext.model import Actor, Span, TemporalExpression

__all__ = ["Case", "FinderBase", "Use"]


@attrs.define
class Use:
    """One trip frame as evidence of one case: how strongly it speaks for the case."""

    trip: Trip
    own: bool  # the frame names this visitor and this host itself
    tour: int  # how many hosts the frame names


@attrs.define
class Case:
    """One visitor's trip to one host state: its frames, evidence sentences and whom they met."""

    visitor: Actor
    state: str
    host: str
    order: int
    uses: list[Use] = attrs.field(factory=list)
    evidence: set[Span] = attrs.field(factory=set)
    met: list[str] = attrs.field(factory=list)
    met_dates: list[TemporalExpression] = attrs.field(factory=list)
    direct: bool = False
    home_by: int | None = None
    """Where the text has the visitor back home after the visit ("... and returned to Tehran the
    same evening"): the visit is over, whatever its own frames say."""
    home_later: int | None = None
    """Where the text has the visitor's return home still to come ("is due to return to Accra on
    Saturday"): the visit goes on, whatever the tense of its own frames."""
    companion: bool = False
    """The visitor travels with another's case ("accompanied by Y"): its frames are the other's, and
    what they count ("the first by a Spanish monarch in 17 years") is said of the other."""


class FinderBase:
    """What the case finder knows of an article: the trips read, the cases keyed by (visitor id,
    host state) and in order of their first frame, the frames that name no visitor or no host
    (``loose``), each visitor's state, and which actors may be visitors."""

    def __init__(self, ctx: EventContext) -> None:
        self.ctx = ctx
        self.text = ctx.text
        self.cases: dict[tuple[str, str], Case] = {}
        self._order: list[tuple[int, Case]] = []
        self.loose: list[tuple[Trip, str | None, Actor | None]] = []
        self.states: dict[str, str | None] = {}
        self.trips: list[Trip] = []
        self.denied_trips: set[tuple[str, str]] = set()
        """(visitor id, host state) of trips a clause denies ("denied reports that X would visit Y")."""
        self._eligible: dict[str, bool] = {}
        self._residences: dict[str, set[str]] | None = None
        self._trip_states: dict[str, str | None] = {}
        self.stateless: list[tuple[Actor, Trip]] = []
        """Trips whose traveller had no state when placed, with that traveller."""

"""The state of a host official the article gives no state: the one a visitor met on a visit is
the host state's, so a trip of their own told later ("preparations for President Y's state visit
to X's country") is a visit too."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from diplotext.extractors.visits.cases import FinderBase

if TYPE_CHECKING:
    from diplotext.extractors.visits.trip_record import Trip

__all__ = ["HostsOfGuests"]


class HostsOfGuests(FinderBase):
    """Trips of travellers with no known state, placed once the meetings tell whose host they
    were (a mixin of the visit finder)."""

    def placed_by_their_guests(self, place: Callable[[Trip], None]) -> bool:
        """Place the trips left without a visitor's state whose traveller is an official some
        visitor met on a visit to one host state: that official is the host's. True when any
        case was added (its meetings are then still to be read)."""
        added = False
        for visitor, trip in self.stateless:
            hosts = {
                c.host for c in self.cases.values() if c.visitor.id != visitor.id and visitor.name in c.met
            }
            if len(hosts) != 1 or not self.ctx.official(visitor):
                continue
            self.ctx.learn(visitor, hosts.pop())
            self._trip_states.pop(visitor.id, None)
            before = len(self.cases)
            place(trip)
            added = added or len(self.cases) > before
        return added

"""A surrender told by the state that takes the person in: "Indonesia repatriated X from
Singapore to face fraud charges", "Peru extradited X from Spain". A surrender verb in the active
with a "from" phrase naming a state and no "to" phrase naming one is told from the receiving end:
its doer is the state that asks, the "from" state the one asked. A weak verb ("repatriate",
"bring back") counts only when the person is sent to be tried ("to face charges", "to stand trial",
"for trial"); a strong one ("extradite") needs nothing more. A repatriation with no trial purpose
("repatriated X from Libya") is a homecoming, no surrender of a suspect.
"""

from __future__ import annotations

from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.purposes import sent_to_be_tried
from diplotext.syntax import Clause

__all__ = ["add_doers"]


def add_doers(
    ctx: EventContext, clause: Clause, strength: str, sides: tuple[list[str], list[str]], doers: list[str]
) -> None:
    """Add the states doing the active surrender ``clause`` to the side they are on (``sides`` is
    the requesting and the requested list): the one asked, or, for "Peru extradited X from Spain",
    the one taking the person in."""
    requesting, requested = sides
    taken_in = (
        not requesting
        and bool(requested)
        and bool(doers)
        and not clause.predicate.passive
        and not set(doers) & set(requested)
        and (strength == "strong" or sent_to_be_tried(ctx, clause))
    )
    (requesting if taken_in else requested).extend(doers)

"""A decision told after the hearings that led to it: "At the first hearing, in January, his lawyers
argued ... On Tuesday the chamber gave a favourable opinion to the extradition". A court reporter's
procedural history tells the case's earlier, open stages (an argument, an adjournment) after its
news; an open stage dated before the decision does not leave the case pending.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from diplotext.extractors.extradition.acts import Act

__all__ = ["decided_after_pending"]

_DECISIONS = ("refused", "granted")


def decided_after_pending(acts: Sequence[Act], days: Callable[[Sequence[Act]], list[str]]) -> str | None:
    """The status of the latest dated decision ("granted", "refused") when every pending act is
    dated and each is earlier than it (``days`` gives the acts' days as ISO values); else ``None``."""
    pending = [days([a]) for a in acts if a.status == "pending"]
    if not pending or not all(pending):
        return None
    decided = [(d, a.status) for a in acts if a.status in _DECISIONS for d in days([a])]
    if not decided:
        return None
    latest, status = max(decided)
    if all(d < latest and not latest.startswith(d) for told in pending for d in told):
        return status
    return None

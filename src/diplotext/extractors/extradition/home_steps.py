"""Steps the asking state takes on its own request: "Peru's Supreme Court refused to authorize the
first request", "Ecuador's court approved the request before it went to the foreign ministry". A
grant or a refusal by a body of the state that asks is no answer of the state asked: it gives the
case no status (the request stands)."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from diplotext.extractors.extradition.acts import Act

__all__ = ["answers_only"]

_ANSWERS = frozenset(["granted", "refused"])


def answers_only(acts: Sequence[Act], asking: str | None) -> list[Act]:
    """The acts, each grant or refusal made by the asking state itself (and by no other) kept
    without its status."""
    if asking is None:
        return list(acts)
    return [
        attrs.evolve(a, status=None) if a.status in _ANSWERS and set(a.requested) == {asking} else a
        for a in acts
    ]

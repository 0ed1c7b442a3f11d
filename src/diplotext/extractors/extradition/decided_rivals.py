"""Rival requests decided apart: "the court approved the extradition of X to the United States ...
It rejected the Russian request" (or "... and turned down the Russian request") decides two cases,
one per state asking. A decision (grant or refusal) whose act names one state asking, another than
the case's own, is that rival's and makes a case of its own (:mod:`.rivals`)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from diplotext.extractors.extradition.acts import Act

__all__ = ["decided_rivals"]


def decided_rivals(acts: Sequence[Act], main: str | None, excluded: Collection[str]) -> dict[str, list[Act]]:
    """The states other than ``main`` (and not in ``excluded``: the state asked, those named after
    "from") that a grant or refusal names as the only one asking, with those decisions; only
    when the case's own state has a decision or a request of its own among ``acts`` (else the
    rival is the case)."""
    if main is None:
        return {}
    out: dict[str, list[Act]] = {}
    for act in acts:
        if act.status not in ("granted", "refused"):
            continue
        codes = set(act.requesting)
        if len(codes) != 1:
            continue
        code = codes.pop()
        if code != main and code not in excluded and len(code) == 3 and code.isupper():
            out.setdefault(code, []).append(act)
    if not any(main in a.requesting for a in acts if a.status is not None):
        return {}
    return out

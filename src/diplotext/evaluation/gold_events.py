"""Comparing a gold event with a system event: the roles that identify an event, the attributes
checked on matched pairs and how each is judged right (dates, names, fuzzy text, the ``met`` list)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from diplotext import lexicon
from diplotext.evaluation.matching import (
    dates_match,
    match_one_to_one,
    names_match,
    norm_name,
    token_f1,
    tokens,
)
from diplotext.model import Event

__all__ = [
    "EVENT_ATTRIBUTES",
    "EVENT_KEYS",
    "as_str",
    "attribute_ok",
    "event_fields",
    "event_key_match",
    "event_label",
    "key_equal",
    "name_list",
]

EVENT_KEYS: Mapping[str, tuple[str, ...]] = {
    "visit": ("visitor", "host_state"),
    "extradition_dispute": ("suspect", "requested_state"),
}
"""The roles that identify an event of each type (a type not listed matches on its type alone)."""

EVENT_ATTRIBUTES: Mapping[str, tuple[str, ...]] = {
    "visit": ("visitor_state", "host_state", "place", "date", "status", "met", "first_in"),
    "extradition_dispute": (
        "requesting_state",
        "requested_state",
        "suspect",
        "victim",
        "case",
        "status",
        "grounds",
        "date",
    ),
}
"""The attributes checked on matched events, per type."""

_FUZZY_ATTRIBUTES = frozenset({"grounds", "case"})
_NAME_ATTRIBUTES = frozenset({"visitor", "suspect", "victim"})
_SIDES = frozenset({"requesting_state", "requested_state"})
_TRIBUNALS = lexicon.mapping("codes", "tribunal names")


def _side(value: str) -> str:
    """A state's code, or a tribunal's short name whichever of its names is given ("International
    Criminal Tribunal for the former Yugoslavia" and "ICTY" are one side)."""
    low = " ".join(value.lower().split())
    return _TRIBUNALS.get(low.removeprefix("the "), value).upper()


def event_fields(event: Event) -> dict[str, Any]:
    """A system event flattened like a gold event: roles and attributes at the top level."""
    out: dict[str, Any] = {"type": event.type, "date": event.date, "place": event.place}
    out.update(event.attributes)
    out.update(event.roles)
    out["_span"] = event.evidence[0] if event.evidence else None
    return out


def key_equal(role: str, g: object, s: object) -> bool:
    if role in _NAME_ATTRIBUTES:
        return names_match(as_str(g), as_str(s))
    return norm_name(as_str(g)) == norm_name(as_str(s))


def as_str(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, list | tuple):
        return " ".join(str(v) for v in value)
    return str(value)


def event_key_match(g: Mapping[str, Any], s: Mapping[str, Any]) -> float | None:
    if g.get("type") != s.get("type"):
        return None
    keys = EVENT_KEYS.get(str(g.get("type")), ())
    if not all(key_equal(k, g.get(k), s.get(k)) for k in keys):
        return None
    # prefer pairs that also agree on the other attributes
    extra = EVENT_ATTRIBUTES.get(str(g.get("type")), ())
    return 1.0 + sum(attribute_ok(a, g.get(a), s.get(a))[0] for a in extra if a in g) / 100


def attribute_ok(attr: str, gold: Any, system: Any) -> tuple[bool, float]:
    """Whether a system attribute value counts as right, and a graded score (Jaccard for ``met``)."""
    if attr == "met":
        gl, sl = name_list(gold), name_list(system)
        if not gl and not sl:
            return True, 1.0
        pairs = match_one_to_one(gl, sl, lambda a, b: 1.0 if names_match(a, b) else None)
        union = len(gl) + len(sl) - len(pairs)
        return len(pairs) == len(gl) == len(sl), len(pairs) / union
    if gold is None or system is None:
        ok = (gold is None or gold == "") and (system is None or system == "")
        return ok, float(ok)
    if attr == "date":
        ok = dates_match(str(gold), str(system))
    elif attr in _FUZZY_ATTRIBUTES:
        ok = token_f1(str(gold), str(system)) >= 0.5
    elif attr in _NAME_ATTRIBUTES:
        ok = names_match(str(gold), str(system))
    elif attr in _SIDES:
        ok = _side(str(gold)) == _side(str(system))
    else:
        ok = tokens(str(gold)) == tokens(str(system))
    return ok, float(ok)


def name_list(value: Any) -> list[str]:
    if isinstance(value, list | tuple):
        return [str(x) for x in value if x]
    return [str(value)] if value else []


def event_label(e: Mapping[str, Any]) -> str:
    keys = EVENT_KEYS.get(str(e.get("type")), ())
    parts = [f"{k}={e.get(k)!r}" for k in keys]
    return f"{e.get('type')} " + " ".join(parts)

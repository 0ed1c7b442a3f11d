"""The value types and converters of :mod:`diplotext.model`: spans, the literal types, the
read-only :class:`FrozenMap` of an event's roles and attributes, and the checks the model's classes
run on their fields. Import them from :mod:`diplotext.model`, which re-exports the public ones."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final, Literal, NoReturn, TypeAlias, TypeVar

__all__ = [
    "TIME_MODES",
    "ActorKind",
    "AttributeValue",
    "FrozenMap",
    "QuoteKind",
    "RoleValue",
    "Span",
    "TableName",
    "TimeMode",
    "TimexType",
    "published_iso",
]

Span: TypeAlias = tuple[int, int]
"""A ``(start, end)`` pair of ``str`` indices into the article text."""

ActorKind: TypeAlias = Literal["person", "state", "organization", "group"]
TimexType: TypeAlias = Literal["DATE", "TIME", "DURATION", "SET"]
QuoteKind: TypeAlias = Literal["direct", "partial", "indirect"]
TimeMode: TypeAlias = Literal["news", "narrative", "auto"]
"""How relative dates are resolved: against publication (``news``), against the story's own time
(``narrative``), or either, as a detector decides per document (``auto``); see docs/dates.md."""
TIME_MODES: Final = ("news", "narrative", "auto")
RoleValue: TypeAlias = str | tuple[str, ...] | None
AttributeValue: TypeAlias = str | int | float | bool | tuple[str, ...] | None
TableName: TypeAlias = Literal["events", "quotes", "actors", "dates"]
"""The flat tables of :meth:`Document.to_records`."""


V = TypeVar("V")


def _spans(value: Iterable[Sequence[int]]) -> tuple[Span, ...]:
    return tuple((int(s), int(e)) for s, e in value)


def _span(value: Sequence[int]) -> Span:
    return int(value[0]), int(value[1])


def _strs(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _span_list(spans: Iterable[Span]) -> list[list[int]]:
    return [[s, e] for s, e in spans]


def _check_span(instance: Any, attribute: Any, value: int) -> None:
    if value < 0:
        raise ValueError(f"{type(instance).__name__}.{attribute.name} must be >= 0, got {value}")


def _check_order(start: int, end: int, what: str) -> None:
    if end < start:
        raise ValueError(f"{what}: end {end} is before start {start}")


# --------------------------------------------------------------------------- article


def _published_from(value: object) -> dt.date | dt.datetime | None:
    if value is None or isinstance(value, dt.date):  # datetime is a date too
        return value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        if "T" in text or " " in text:
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        return dt.date.fromisoformat(text)
    raise TypeError(f"published must be a date, datetime, ISO string or None, not {type(value).__name__}")


def _time_mode(value: object) -> TimeMode | None:
    if value is None:
        return None
    if value not in TIME_MODES:
        raise ValueError(f"time_mode must be one of {', '.join(TIME_MODES)}, not {value!r}")
    return value


def published_iso(value: dt.date | dt.datetime | None) -> str | None:
    """ISO 8601 text for a publication date or datetime (``None`` stays ``None``)."""
    return None if value is None else value.isoformat()


class FrozenMap(dict[str, V]):
    """A read-only, hashable dict (``Event.roles``, ``Event.attributes``): it compares equal to a
    dict with the same items, prints and serialises like one (``json.dumps``), and every change
    raises ``TypeError``."""

    __slots__ = ()

    def _read_only(self, *args: object, **kwargs: object) -> NoReturn:
        raise TypeError(f"{type(self).__name__} is read-only")

    __setitem__ = __delitem__ = _read_only
    clear = pop = popitem = setdefault = update = _read_only
    __ior__ = _read_only

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(frozenset(self.items()))

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (dict(self),))

    def __copy__(self) -> FrozenMap[V]:
        return self

    def __deepcopy__(self, memo: object) -> FrozenMap[V]:
        return self


def _frozen_value(value: Any) -> Any:
    return tuple(value) if isinstance(value, list | tuple) else value


def _roles(value: Mapping[str, Any]) -> FrozenMap[RoleValue]:
    if isinstance(value, FrozenMap):
        return value
    return FrozenMap((k, _frozen_value(v)) for k, v in value.items())


def _attributes(value: Mapping[str, Any]) -> FrozenMap[AttributeValue]:
    if isinstance(value, FrozenMap):
        return value
    return FrozenMap((k, _frozen_value(v)) for k, v in value.items())


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value

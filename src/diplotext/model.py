"""The data model: frozen, typed attrs classes for an article and what is found in it.

Every item carries character offsets into ``Article.text`` (Python ``str`` indices), so
``article.text[start:end]`` is always the evidence for it. ``Document.to_dict()`` gives the
output document of the contract (schema ``diplotext/1``) and ``Document.from_dict()`` reads it back.
The input :class:`Article` is defined in :mod:`diplotext.model_article`, the value types in
:mod:`diplotext.model_values`; import them from here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Final

import attrs

from diplotext.model_article import Article
from diplotext.model_values import (
    TIME_MODES,
    ActorKind,
    AttributeValue,
    FrozenMap,
    QuoteKind,
    RoleValue,
    Span,
    TableName,
    TimeMode,
    TimexType,
    _attributes,
    _check_order,
    _check_span,
    _plain,
    _roles,
    _span,
    _span_list,
    _spans,
    _strs,
    published_iso,
)

__all__ = [
    "SCHEMA",
    "TIME_MODES",
    "Actor",
    "Article",
    "Document",
    "Error",
    "Event",
    "FrozenMap",
    "Notice",
    "Quote",
    "QuoteKind",
    "RoleValue",
    "Span",
    "TableName",
    "TemporalExpression",
    "TimeMode",
    "TimexRange",
    "TimexType",
    "output_schema",
    "published_iso",
]

SCHEMA: Final = "diplotext/1"


# --------------------------------------------------------------------------- findings


@attrs.frozen(kw_only=True)
class Actor:
    """A person, state, organisation or group, with every place the text mentions it."""

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    roles: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    plugin: str | None = attrs.field(default=None, eq=False)

    @property
    def start(self) -> int:
        """Offset of the first mention (or 0 when there is none)."""
        return min((s for s, _ in self.mentions), default=0)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "roles": list(self.roles),
            "aliases": list(self.aliases),
            "mentions": _span_list(self.mentions),
            "plugin": self.plugin,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Actor:
        return cls(
            id=data["id"],
            name=data["name"],
            kind=data["kind"],
            country=data.get("country"),
            roles=data.get("roles") or (),
            aliases=data.get("aliases") or (),
            mentions=data.get("mentions") or (),
            plugin=data.get("plugin"),
        )


@attrs.frozen(kw_only=True)
class TimexRange:
    """A range or interval two expressions make together ("from 2009 to 2011", "April 17-19",
    "between March and May"): the values of its begin and end points (TIMEX3's ``beginPoint`` and
    ``endPoint``) and the span of the whole phrase. Both end expressions carry the same range."""

    begin: str
    end: str
    span: Span = attrs.field(converter=_span)

    def __attrs_post_init__(self) -> None:
        _check_order(self.span[0], self.span[1], f"range {self.begin}/{self.end}")

    def to_dict(self) -> dict[str, Any]:
        return {"begin": self.begin, "end": self.end, "span": [self.span[0], self.span[1]]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TimexRange:
        return cls(begin=data["begin"], end=data["end"], span=data["span"])


@attrs.frozen(kw_only=True)
class TemporalExpression:
    """A TIMEX3 temporal expression, normalised against the publication date."""

    text: str
    start: int = attrs.field(validator=_check_span)
    end: int = attrs.field(validator=_check_span)
    type: TimexType
    value: str
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    anchor: str | None = None
    """What the value was resolved against (``"published"`` or another expression's value)."""
    range: TimexRange | None = None
    """The range this expression is an end of ("2009" and "2011" in "from 2009 to 2011"), or ``None``."""
    plugin: str | None = attrs.field(default=None, eq=False)

    def __attrs_post_init__(self) -> None:
        _check_order(self.start, self.end, f"temporal expression {self.text!r}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            "quant": self.quant,
            "freq": self.freq,
            "anchor": self.anchor,
            "range": None if self.range is None else self.range.to_dict(),
            "plugin": self.plugin,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TemporalExpression:
        return cls(
            text=data["text"],
            start=data["start"],
            end=data["end"],
            type=data["type"],
            value=data["value"],
            mod=data.get("mod"),
            quant=data.get("quant"),
            freq=data.get("freq"),
            anchor=data.get("anchor"),
            range=TimexRange.from_dict(data["range"]) if data.get("range") else None,
            plugin=data.get("plugin"),
        )


@attrs.frozen(kw_only=True)
class Quote:
    """Direct, partial or reported speech with its cue and resolved speaker."""

    text: str
    start: int = attrs.field(validator=_check_span)
    end: int = attrs.field(validator=_check_span)
    kind: QuoteKind
    speaker: str | None = None
    speaker_id: str | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_start: int | None = None
    """Offsets of the speaker mention the attribution used (a pronoun, a surname...)."""
    speaker_end: int | None = None
    plugin: str | None = attrs.field(default=None, eq=False)

    def __attrs_post_init__(self) -> None:
        _check_order(self.start, self.end, f"quote {self.text[:30]!r}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "speaker": self.speaker,
            "speaker_id": self.speaker_id,
            "cue": self.cue,
            "cue_start": self.cue_start,
            "cue_end": self.cue_end,
            "speaker_start": self.speaker_start,
            "speaker_end": self.speaker_end,
            "plugin": self.plugin,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Quote:
        return cls(
            text=data["text"],
            start=data["start"],
            end=data["end"],
            kind=data["kind"],
            speaker=data.get("speaker"),
            speaker_id=data.get("speaker_id"),
            cue=data.get("cue"),
            cue_start=data.get("cue_start"),
            cue_end=data.get("cue_end"),
            speaker_start=data.get("speaker_start"),
            speaker_end=data.get("speaker_end"),
            plugin=data.get("plugin"),
        )


@attrs.frozen(kw_only=True)
class Event:
    """A coded event (a visit, an extradition dispute, or a plugin's own type) with its evidence.

    ``roles`` maps role names to names (persons by resolved full name, states by ISO 3166-1
    alpha-3), tuples for many-valued roles such as ``met`` (lists in ``to_dict()``). ``roles`` and
    ``attributes`` are read-only :class:`FrozenMap` s, so an event (and a document) is hashable.
    ``id`` is assigned by the pipeline when the plugin leaves it empty.
    """

    type: str
    code: str | None = None
    date: str | None = None
    place: str | None = None
    roles: FrozenMap[RoleValue] = attrs.field(factory=FrozenMap, converter=_roles)
    attributes: FrozenMap[AttributeValue] = attrs.field(factory=FrozenMap, converter=_attributes)
    evidence: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    confidence: float = 1.0
    plugin: str | None = None
    id: str = ""

    @property
    def start(self) -> int:
        return min((s for s, _ in self.evidence), default=0)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "code": self.code,
            "date": self.date,
            "place": self.place,
            "roles": {k: _plain(v) for k, v in self.roles.items()},
            "attributes": {k: _plain(v) for k, v in self.attributes.items()},
            "evidence": _span_list(self.evidence),
            "confidence": self.confidence,
            "plugin": self.plugin,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Event:
        return cls(
            id=data.get("id") or "",
            type=data["type"],
            code=data.get("code"),
            date=data.get("date"),
            place=data.get("place"),
            roles=data.get("roles") or {},
            attributes=data.get("attributes") or {},
            evidence=data.get("evidence") or (),
            confidence=float(data.get("confidence", 1.0)),
            plugin=data.get("plugin"),
        )


@attrs.frozen(kw_only=True)
class Error:
    """A problem met while processing one article: which plugin (or stage) and what happened."""

    plugin: str
    message: str
    stage: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"plugin": self.plugin, "message": self.message, "stage": self.stage}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Error:
        return cls(plugin=data["plugin"], message=data["message"], stage=data.get("stage"))


@attrs.frozen(kw_only=True)
class Notice:
    """A warning about one article: results a plugin (or stage) left out, such as a cap it hit or
    duplicates it dropped, and how many times (``count``). The document still stands."""

    plugin: str
    message: str
    stage: str | None = None
    count: int = 1

    def to_dict(self) -> dict[str, Any]:
        return {"plugin": self.plugin, "message": self.message, "stage": self.stage, "count": self.count}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Notice:
        return cls(
            plugin=data["plugin"],
            message=data["message"],
            stage=data.get("stage"),
            count=int(data.get("count", 1)),
        )


# --------------------------------------------------------------------------- document


def _actors(v: Iterable[Actor]) -> tuple[Actor, ...]:
    return tuple(v)


def _dates(v: Iterable[TemporalExpression]) -> tuple[TemporalExpression, ...]:
    return tuple(v)


def _quotes(v: Iterable[Quote]) -> tuple[Quote, ...]:
    return tuple(v)


def _events(v: Iterable[Event]) -> tuple[Event, ...]:
    return tuple(v)


def _errors(v: Iterable[Error]) -> tuple[Error, ...]:
    return tuple(v)


def _notices(v: Iterable[Notice]) -> tuple[Notice, ...]:
    return tuple(v)


@attrs.frozen(kw_only=True)
class Document:
    """Everything diplotext found in one article: the output document of the contract."""

    article: Article
    id: str | None = None
    actors: tuple[Actor, ...] = attrs.field(default=(), converter=_actors)
    dates: tuple[TemporalExpression, ...] = attrs.field(default=(), converter=_dates)
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_quotes)
    events: tuple[Event, ...] = attrs.field(default=(), converter=_events)
    errors: tuple[Error, ...] = attrs.field(default=(), converter=_errors)
    warnings: tuple[Notice, ...] = attrs.field(default=(), converter=_notices)
    """Caps hit and results dropped (``to_dict()`` has the key only when there are some)."""
    schema: str = SCHEMA

    @property
    def text(self) -> str:
        return self.article.text

    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor with this id, or ``None``."""
        if actor_id is None:
            return None
        return next((a for a in self.actors if a.id == actor_id), None)

    def to_dict(self) -> dict[str, Any]:
        """The contract's output document (plain JSON-ready types)."""
        out: dict[str, Any] = {
            "schema": self.schema,
            "id": self.id,
            "article": self.article.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "dates": [d.to_dict() for d in self.dates],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
            "errors": [e.to_dict() for e in self.errors],
        }
        if self.warnings:
            out["warnings"] = [w.to_dict() for w in self.warnings]
        return out

    def to_records(self, table: TableName) -> list[dict[str, str | int | float | None]]:
        """One flat dict per event, quote, actor or date (``table``): the columns of
        ``diplotext.tables`` (``EVENT_COLUMNS`` ...), values ``str``/``int``/``float``/``None``,
        nested values (roles, attributes, spans) as JSON text. ``pandas.DataFrame(doc.to_records(
        "events"))`` is a table of the events; ``events`` and ``quotes`` are the rows of the
        ``events-csv`` and ``quotes-csv`` formats. See docs/output.md."""
        from diplotext.tables import records

        return records(self.to_dict(), table)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, text: str | None = None) -> Document:
        """Read an output document back. The input text is not part of the document:
        pass it as ``text`` to have offsets that point somewhere (else the body stands in)."""
        if data.get("schema") != SCHEMA:
            raise ValueError(f"not a {SCHEMA} document: schema is {data.get('schema')!r}")
        art = data["article"]
        if text is None and isinstance(art.get("text"), str):
            text = art["text"]  # a document that carries its text (HTML input)
        if text is None:
            text = art.get("body") or ""
            art = {**art, "paragraphs": [[0, len(text)]] if text else [], "captions": [], "boilerplate": []}
        return cls(
            id=data.get("id"),
            schema=data["schema"],
            article=Article.from_dict(art, text=text, id=data.get("id")),
            actors=[Actor.from_dict(a) for a in data.get("actors", [])],
            dates=[TemporalExpression.from_dict(d) for d in data.get("dates", [])],
            quotes=[Quote.from_dict(q) for q in data.get("quotes", [])],
            events=[Event.from_dict(e) for e in data.get("events", [])],
            errors=[Error.from_dict(e) for e in data.get("errors", [])],
            warnings=[Notice.from_dict(w) for w in data.get("warnings", [])],
        )


def output_schema() -> dict[str, Any]:
    """The JSON Schema of the output document (shipped in the package)."""
    import json
    from importlib import resources

    ref = resources.files("diplotext").joinpath("schema/diplotext-1.schema.json")
    schema: dict[str, Any] = json.loads(ref.read_text(encoding="utf-8"))
    return schema

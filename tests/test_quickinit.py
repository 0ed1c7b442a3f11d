"""``quick_init`` (issue 12, seventeenth session): the quicker ``__init__`` of the clause layer's
frozen classes makes the instances ``attrs``' own makes, keeps them frozen, and refuses the
classes it cannot serve."""

from __future__ import annotations

import inspect

import attrs
import pytest

from diplotext.extractors.eventkit import Frame
from diplotext.extractors.quotes.cues import Cue
from diplotext.extractors.quotes.marks import QuoteSpan
from diplotext.extractors.quotes.mentions import Mention
from diplotext.extractors.visits.trip_record import Trip
from diplotext.quickinit import quick_init
from diplotext.syntax.types import Arg, Clause, Entity, Phrase, Predicate


@attrs.frozen(kw_only=True)
class _Plain:
    a: int
    b: str = "x"
    c: tuple[int, ...] = ()


@quick_init
@attrs.frozen(kw_only=True)
class _Quick:
    a: int
    b: str = "x"
    c: tuple[int, ...] = ()


@quick_init
@attrs.frozen
class _Positional:
    a: int
    b: int = 2
    c: int = attrs.field(default=3, kw_only=True)


def test_the_instances_are_those_attrs_makes() -> None:
    for kwargs in ({"a": 1}, {"a": 1, "b": "y"}, {"a": 2, "c": (1, 2), "b": "z"}):
        plain, quick = _Plain(**kwargs), _Quick(**kwargs)  # type: ignore[arg-type]
        assert attrs.asdict(plain) == attrs.asdict(quick)
        assert hash(_Quick(**kwargs)) == hash(quick)  # type: ignore[arg-type]
        assert quick == _Quick(**kwargs)  # type: ignore[arg-type]
    assert attrs.evolve(_Quick(a=1), b="w") == _Quick(a=1, b="w")
    assert (_Positional(1).a, _Positional(1, 5).b, _Positional(1, c=9).c) == (1, 5, 9)


def test_the_signature_is_the_one_attrs_wrote() -> None:
    assert str(inspect.signature(_Quick.__init__)) == str(inspect.signature(_Plain.__init__))
    with pytest.raises(TypeError):
        _Quick(1)  # type: ignore[misc]
    with pytest.raises(TypeError):
        _Quick(b="y")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _Positional(1, 2, 3)  # type: ignore[misc]


def test_the_instances_stay_frozen() -> None:
    quick = _Quick(a=1)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        quick.a = 2  # type: ignore[misc]
    entity = Entity(start=0, end=5, kind="place", text="Paris", code="FRA")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        entity.start = 1  # type: ignore[misc]


def test_the_hot_frozen_classes_are_served() -> None:
    for cls in (Entity, Phrase, Arg, Predicate, Clause, Frame, Mention, Trip, QuoteSpan, Cue):
        assert cls.__init__.__code__.co_filename.startswith("<quick_init")


def test_classes_it_cannot_serve_are_refused() -> None:
    with pytest.raises(TypeError):

        @quick_init
        @attrs.frozen
        class _Checked:
            a: int = attrs.field(validator=attrs.validators.instance_of(int))

    with pytest.raises(TypeError):

        @quick_init
        @attrs.frozen
        class _Made:
            a: list[int] = attrs.field(factory=list)

    with pytest.raises(TypeError):

        @quick_init
        @attrs.frozen
        class _Hooked:
            a: int

            def __attrs_post_init__(self) -> None:
                pass

    with pytest.raises(TypeError):

        @quick_init
        @attrs.define(slots=False)
        class _Unslotted:
            a: int

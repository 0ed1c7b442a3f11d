"""A quicker ``__init__`` for the frozen, slotted ``attrs`` classes made by the thousand per article.

``attrs`` builds a frozen class's ``__init__`` around ``object.__setattr__`` (the class's own
``__setattr__`` refuses every assignment): one bound-method call per field, each looking the field
up by its name. :func:`quick_init` gives such a class an ``__init__`` with the same signature (the
names, kinds and defaults of the one ``attrs`` wrote, read from it) that stores each field through
its slot's descriptor, found once: about half the time for the clause layer's phrases, arguments
and predicates (a few thousand of them in a long article). Only for classes whose fields have no
validator, converter or factory and that have no ``__attrs_pre_init__`` or
``__attrs_post_init__`` (what such an ``__init__`` would have to run), which it checks; the
instances are the ones ``attrs``' ``__init__`` makes, and assigning to a field still raises
``attrs.exceptions.FrozenInstanceError`` (``tests/test_quickinit.py``).
"""

from __future__ import annotations

import inspect
from typing import Any, TypeVar

import attrs

__all__ = ["quick_init"]

C = TypeVar("C", bound=type)


def _slot(cls: type, name: str) -> Any:
    for klass in cls.__mro__:
        got = klass.__dict__.get(name)
        if got is not None:
            return got
    raise TypeError(f"quick_init: {cls.__name__} has no slot {name!r}")


def quick_init(cls: C) -> C:
    """Give the frozen slotted ``attrs`` class ``cls`` a quicker ``__init__`` (see the module)."""
    if "__slots__" not in cls.__dict__ or not getattr(cls, "__attrs_attrs__", None):
        raise TypeError(f"quick_init: {cls.__name__} is no slotted attrs class")
    if hasattr(cls, "__attrs_post_init__") or hasattr(cls, "__attrs_pre_init__"):
        raise TypeError(f"quick_init: {cls.__name__} has an init hook")
    fields = attrs.fields(cls)
    for f in fields:
        if f.validator is not None or f.converter is not None or not f.init:
            raise TypeError(f"quick_init: {cls.__name__}.{f.name} has a validator, converter or no init")
        if isinstance(f.default, attrs.Factory):  # type: ignore[arg-type]
            raise TypeError(f"quick_init: {cls.__name__}.{f.name} has a factory")
    made = cls.__dict__["__init__"]  # the one attrs wrote
    params = list(inspect.signature(made).parameters.values())[1:]
    by_alias = {f.alias: f.name for f in fields}
    if sorted(p.name for p in params) != sorted(by_alias):
        raise TypeError(f"quick_init: {cls.__name__}'s __init__ does not take its fields")
    namespace: dict[str, Any] = {}
    heads: list[str] = []
    body: list[str] = []
    star = False
    for i, p in enumerate(params):
        if p.kind is inspect.Parameter.KEYWORD_ONLY and not star:
            heads.append("*")
            star = True
        elif p.kind not in (inspect.Parameter.KEYWORD_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD):
            raise TypeError(f"quick_init: {cls.__name__}'s __init__ takes {p.kind}")
        if p.default is inspect.Parameter.empty:
            heads.append(p.name)
        else:
            namespace[f"_default_{i}"] = p.default
            heads.append(f"{p.name}=_default_{i}")
        namespace[f"_set_{i}"] = _slot(cls, by_alias[p.name]).__set__
        body.append(f"    _set_{i}(self, {p.name})")
    source = f"def __init__(self, {', '.join(heads)}):\n" + "\n".join(body or ["    pass"]) + "\n"
    exec(compile(source, f"<quick_init {cls.__module__}.{cls.__qualname__}>", "exec"), namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = made.__doc__
    init.__annotations__ = dict(getattr(made, "__annotations__", {}))
    type.__setattr__(cls, "__init__", init)
    return cls

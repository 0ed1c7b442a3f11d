"""The name lists of Faker's person providers, for the offline build scripts of this folder
(``build_given_names.py``, ``build_world_cities.py``). Faker is needed only to rebuild the data
files, never at run time."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator


def person_name_lists(prefixes: tuple[str, ...]) -> Iterator[tuple[str, str, list[object]]]:
    """``(locale, attribute, entries)`` for every list (or dict of names) of every locale's person provider
    whose attribute name starts with one of ``prefixes`` ("first_name", "last_name", ...)."""
    from faker.providers import person

    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{module.name}"), "Provider", None)
        if provider is None:
            continue
        for attr in dir(provider):
            if not attr.startswith(prefixes):
                continue
            value = getattr(provider, attr)
            if isinstance(value, dict):
                value = list(value)
            if isinstance(value, (list, tuple, set, frozenset)):
                yield module.name, attr, list(value)

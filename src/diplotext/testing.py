"""Helpers for testing plugins: register one for a block of code, and have it gone afterwards.

```python
from diplotext.testing import registered

with registered(MyPlugin(), name="mine"):
    doc = diplotext.extract(text)
```

Under pytest the fixture ``diplotext_plugin`` (from :mod:`diplotext.pytest_plugin`, loaded
automatically once diplotext is installed) does the same for one test.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from diplotext import plugins

__all__ = ["registered"]


@contextmanager
def registered(plugin: object, name: str | None = None) -> Iterator[str]:
    """Register ``plugin`` (a module, class or instance with ``@hookimpl`` functions) in the
    process-wide registry, yield the name it was registered under, and unregister it on the way
    out, even when the block raises. Plugins installed through entry points keep running beside
    it; pass ``plugins=[name]`` to :func:`diplotext.extract` to run only yours (and its
    ``REQUIRES``).

    A plugin that is already registered (your package is installed, so its entry point loaded it)
    is left as it is: the block gets the name it is registered under, and it stays registered."""
    registry = plugins.get_registry()
    if registry.pm.is_registered(plugin):
        existing = registry.pm.get_name(plugin)
        if existing is not None:
            yield existing
            return
    got = plugins.register(plugin, name)
    try:
        yield got
    finally:
        plugins.unregister(got)

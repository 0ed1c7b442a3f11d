"""The pytest plugin diplotext installs (entry point ``pytest11``): the ``diplotext_plugin`` fixture.

```python
def test_my_plugin_finds_a_sanction(diplotext_plugin):
    name = diplotext_plugin(my_plugin, name="mine")
    doc = diplotext.extract("...", plugins=[name])
```

Every plugin registered through the fixture is unregistered when the test ends.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack

import pytest

from diplotext.testing import registered

__all__ = ["diplotext_plugin"]


@pytest.fixture
def diplotext_plugin() -> Iterator[Callable[..., str]]:
    """A function ``register(plugin, name=None) -> name`` that registers a plugin for this test only."""
    with ExitStack() as stack:

        def register(plugin: object, name: str | None = None) -> str:
            return stack.enter_context(registered(plugin, name))

        yield register

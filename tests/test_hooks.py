"""Every hook is documented (docs/hooks.md, docs/plugins.md) and tested, as datasette checks its own.

A hook counts as tested when a test module other than this one implements it (``def <hook>(``).
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from diplotext import hookspecs

ROOT = Path(__file__).resolve().parent.parent
TESTS = Path(__file__).resolve().parent


def hook_names() -> list[str]:
    return sorted(
        name
        for name, fn in vars(hookspecs).items()
        if callable(fn) and hasattr(fn, f"{hookspecs.PROJECT}_spec")
    )


def hook_section(name: str) -> str:
    page = (ROOT / "docs" / "hooks.md").read_text(encoding="utf-8")
    m = re.search(rf"^## `{name}`\n(.*?)(?=^## |\Z)", page, re.MULTILINE | re.DOTALL)
    assert m is not None, f"docs/hooks.md has no section '## `{name}`'"
    return m.group(1)


def test_the_hooks_are_the_seven_stages() -> None:
    assert len(hook_names()) == 7
    assert "extract_events" in hook_names()


@pytest.mark.parametrize("name", hook_names())
def test_every_hook_is_documented_with_its_arguments_and_an_example(name: str) -> None:
    section = hook_section(name)
    for arg in inspect.signature(getattr(hookspecs, name)).parameters:
        assert f"`{arg}`" in section, f"docs/hooks.md does not describe {name}'s argument {arg!r}"
    assert re.search(rf"```python\n.*def {name}\(", section, re.DOTALL), f"no example of {name}"
    plugins_page = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
    assert f"| `{name}` |" in plugins_page, f"docs/plugins.md's table lacks {name}"


@pytest.mark.parametrize("name", hook_names())
def test_every_hook_has_a_test(name: str) -> None:
    implementing = [
        p.name
        for p in sorted(TESTS.glob("test_*.py"))
        if p.name != "test_hooks.py" and f"def {name}(" in p.read_text(encoding="utf-8")
    ]
    assert implementing, f"no test implements the hook {name}"


def test_a_documented_hook_that_does_not_exist_is_caught() -> None:
    with pytest.raises(AssertionError, match="no section"):
        hook_section("extract_treaties")

"""Shared test fixtures. Tests that need the real data in ../shared skip cleanly without it."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from diplotext import plugins

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"

# compiled patterns kept between test runs in a folder of the tests' own, not the user's cache
os.environ.setdefault(
    "DIPLOTEXT_PATTERN_CACHE",
    str(Path(tempfile.gettempdir()) / f"diplotext-tests-{os.getuid()}" / "patterns.bin"),
)


@pytest.fixture(autouse=True)
def _no_plugin_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests see every installed plugin unless they set DIPLOTEXT_LOAD_PLUGINS themselves."""
    if "DIPLOTEXT_LOAD_PLUGINS" in __import__("os").environ:
        monkeypatch.delenv("DIPLOTEXT_LOAD_PLUGINS")
        plugins.reset()


@pytest.fixture
def fixtures() -> Path:
    """The folder of articles written for the tests."""
    return FIXTURES


@pytest.fixture(scope="session")
def shared() -> Path:
    """``../shared`` beside the repository; the test is skipped when it is absent."""
    if not (SHARED / "gold").is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture
def fresh_registry(monkeypatch: pytest.MonkeyPatch) -> Iterator[plugins.Registry]:
    """A registry loaded anew for one test, forgotten afterwards (so registrations don't leak)."""
    plugins.reset()
    yield plugins.get_registry()
    plugins.reset()


# the ``diplotext_plugin`` fixture, as an installed diplotext gives it to every pytest run (entry
# point ``pytest11``; the same name, so it is not registered twice)
pytest_plugins = ["diplotext.pytest_plugin"]

# Hypothesis profiles: ``ci`` (the default: few cases, derandomized, so the suite stays quick and
# repeatable) and ``dev`` (many more, random) for long runs: HYPOTHESIS_PROFILE=dev pytest ...
settings.register_profile("ci", max_examples=60, deadline=None, derandomize=True, print_blob=True)
settings.register_profile("dev", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

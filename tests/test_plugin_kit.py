"""What plugin authors get: ``diplotext.testing.registered``, the ``diplotext_plugin`` fixture, word
lists of their own package through ``diplotext.lexicon``, and the sanctions example package."""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

import diplotext
from diplotext import hookimpl, lexicon, plugins
from diplotext.model import Event
from diplotext.testing import registered

ROOT = Path(__file__).resolve().parent.parent
SANCTIONS = ROOT / "examples" / "diplotext-sanctions"
TEXT = "Protesters gathered in the square on Monday."


class Protests:
    @hookimpl
    def extract_events(self, article):  # type: ignore[no-untyped-def]
        start = article.text.find("Protesters")
        return [Event(type="protest", evidence=[(start, start + 10)])] if start >= 0 else []


def protest_types(**kwargs: object) -> list[str]:
    doc = diplotext.extract(TEXT, layout="body", **kwargs)  # type: ignore[arg-type]
    return [e.type for e in doc.events if e.type == "protest"]


def test_registered_registers_for_the_block_only() -> None:
    with registered(Protests(), name="protests") as name:
        assert name == "protests"
        assert protest_types(plugins=[name]) == ["protest"]
    assert plugins.get_registry().get("protests") is None
    assert protest_types() == []


def test_registered_unregisters_when_the_block_raises() -> None:
    with pytest.raises(RuntimeError), registered(Protests(), name="protests"):
        raise RuntimeError("boom")
    assert plugins.get_registry().get("protests") is None


def test_registered_leaves_an_already_registered_plugin_in_place() -> None:
    plugin = Protests()
    plugins.register(plugin, name="installed")
    try:
        with registered(plugin, name="other") as name:
            assert name == "installed"
        assert plugins.get_registry().get("installed") is plugin
    finally:
        plugins.unregister("installed")


def test_the_fixture_registers_for_one_test(diplotext_plugin: Callable[..., str]) -> None:
    first = diplotext_plugin(Protests(), name="protests_a")
    second = diplotext_plugin(Protests(), name="protests_b")
    assert {first, second} <= set(plugins.get_registry().names())
    doc = diplotext.extract(TEXT, layout="body", plugins=[first, second])
    assert sorted(e.plugin or "" for e in doc.events) == ["protests_a", "protests_b"]


def test_the_fixture_left_nothing_behind() -> None:
    # runs after the test above (file order): its plugins are gone
    assert not {"protests_a", "protests_b"} & set(plugins.get_registry().names())


def test_the_pytest_plugin_is_an_entry_point_of_the_package() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["entry-points"]["pytest11"] == {"diplotext.pytest_plugin": "diplotext.pytest_plugin"}


def test_a_plugin_package_reads_its_own_word_lists() -> None:
    sys.path.insert(0, str(SANCTIONS / "src"))
    try:
        measures = lexicon.words("sanctions", "measures", package="diplotext_sanctions")
        codes = lexicon.rows("sanctions", "codes", package="diplotext_sanctions")
    finally:
        sys.path.remove(str(SANCTIONS / "src"))
    assert {"sanctions", "embargo", "boycott"} <= measures
    assert ("impose", "163", "SANCTION") in codes
    with pytest.raises(lexicon.LexiconError, match="no lexicon file"):
        lexicon.sections("nothing_here", package="diplotext")


def test_the_sanctions_example_is_a_complete_package() -> None:
    project = tomllib.loads((SANCTIONS / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["entry-points"]["diplotext"] == {"sanctions": "diplotext_sanctions"}
    assert any(d.startswith("diplotext") for d in project["project"]["dependencies"])
    assert (SANCTIONS / "src" / "diplotext_sanctions" / "data" / "lexicon" / "sanctions.txt").is_file()
    assert (SANCTIONS / "tests" / "test_sanctions.py").is_file()
    assert (SANCTIONS / "README.md").is_file()


def test_every_sanction_verb_is_a_verb_the_clause_layer_knows() -> None:
    from diplotext.syntax.words import verb_forms

    sys.path.insert(0, str(SANCTIONS / "src"))
    try:
        verbs = set().union(
            *(
                lexicon.words("sanctions", s, package="diplotext_sanctions")
                for s in ("impose", "threaten", "lift")
            )
        )
    finally:
        sys.path.remove(str(SANCTIONS / "src"))
    lemmas = {lemma for pairs in verb_forms().values() for lemma, _ in pairs}
    assert verbs <= lemmas, verbs - lemmas

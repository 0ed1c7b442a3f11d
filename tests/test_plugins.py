"""The plugin system: built-ins and third-party plugins load the same way, failures stay contained."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
import textwrap
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

import diplotext
from diplotext import hookimpl, plugins
from diplotext.model import Article, Event

ARTICLE = "A headline\n\nThe foreign minister arrived in Rome on Monday for talks.\n"


class VisitSpotter:
    """A plugin defined inside a test: one event per 'arrived in' found in the body."""

    REQUIRES = ("dates",)

    @hookimpl
    def extract_events(self, article: Article) -> list[Event]:
        at = article.text.find("arrived in")
        if at < 0:
            return []
        return [Event(type="arrival", code="032", evidence=[(at, at + 10)], confidence=0.5)]


class Broken:
    @hookimpl
    def extract_actors(self, article: Article) -> list[object]:
        raise RuntimeError("this plugin always fails")


def test_builtins_load_through_entry_points(fresh_registry: plugins.Registry) -> None:
    info = {p.name: p for p in fresh_registry.info()}
    assert {"reader", "actors", "dates", "clauses", "quotes", "visits", "extradition"} <= set(info)
    assert info["dates"].package == "diplotext"
    assert info["dates"].version == diplotext.__version__
    assert info["dates"].hooks == ("extract_dates",)
    assert "actors" in info["visits"].requires


def test_plugin_defined_in_a_test_contributes_an_event(fresh_registry: plugins.Registry) -> None:
    plugins.register(VisitSpotter(), name="spotter")
    doc = diplotext.extract(ARTICLE)
    events = [e for e in doc.events if e.plugin == "spotter"]
    assert len(events) == 1
    assert events[0].type == "arrival"
    assert events[0].id.startswith("e")
    start, end = events[0].evidence[0]
    assert doc.text[start:end] == "arrived in"


def test_raising_plugin_is_recorded_and_others_go_on(fresh_registry: plugins.Registry) -> None:
    plugins.register(VisitSpotter(), name="spotter")
    plugins.register(Broken(), name="broken")
    doc = diplotext.extract(ARTICLE)
    assert [(e.plugin, e.stage) for e in doc.errors] == [("broken", "extract_actors")]
    assert "always fails" in doc.errors[0].message
    assert any(e.plugin == "spotter" for e in doc.events)
    assert doc.article.title == "A headline"


def test_strict_mode_reraises(fresh_registry: plugins.Registry) -> None:
    plugins.register(Broken(), name="broken")
    with pytest.raises(RuntimeError, match="always fails"):
        diplotext.extract(ARTICLE, strict=True)


def test_plugin_returning_wrong_type_is_an_error(fresh_registry: plugins.Registry) -> None:
    class Wrong:
        @hookimpl
        def extract_events(self) -> list[str]:
            return ["not an event"]

    plugins.register(Wrong(), name="wrong")
    doc = diplotext.extract(ARTICLE)
    assert [e.plugin for e in doc.errors] == ["wrong"]
    assert "expected Event" in doc.errors[0].message


def test_selection_pulls_in_prerequisites(fresh_registry: plugins.Registry) -> None:
    assert fresh_registry.closure(["visits"]) == {"reader", "visits", "actors", "dates", "clauses"}
    assert fresh_registry.closure(["dates"]) == {"reader", "dates"}
    plugins.register(VisitSpotter(), name="spotter")
    assert fresh_registry.closure(["spotter"]) == {"reader", "spotter", "dates"}
    with pytest.raises(plugins.PluginError, match="unknown plugin 'nope'"):
        fresh_registry.closure(["nope"])


def test_only_selected_plugins_run(fresh_registry: plugins.Registry) -> None:
    plugins.register(VisitSpotter(), name="spotter")
    plugins.register(Broken(), name="broken")
    doc = diplotext.extract(ARTICLE, plugins=["spotter"])
    assert doc.errors == ()  # "broken" was not selected
    assert [e.plugin for e in doc.events] == ["spotter"]


def test_results_do_not_depend_on_registration_order(fresh_registry: plugins.Registry) -> None:
    class Second:
        @hookimpl
        def extract_events(self, article: Article) -> list[Event]:
            return [Event(type="other", evidence=[(0, 1)])]

    plugins.register(VisitSpotter(), name="b-spotter")
    plugins.register(Second(), name="a-second")
    first = diplotext.extract(ARTICLE).to_dict()["events"]
    plugins.reset()
    plugins.register(Second(), name="a-second")
    plugins.register(VisitSpotter(), name="b-spotter")
    second = diplotext.extract(ARTICLE).to_dict()["events"]
    assert first == second
    assert [e["plugin"] for e in first] == ["a-second", "b-spotter"]


def test_env_var_restricts_what_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(plugins.ENV_VAR, "dates")
    plugins.reset()
    try:
        assert plugins.get_registry().names() == ["dates", "reader"]
        monkeypatch.setenv(plugins.ENV_VAR, "visits")
        plugins.reset()
        assert plugins.get_registry().names() == sorted(["reader", "visits", "actors", "dates", "clauses"])
        monkeypatch.setenv(plugins.ENV_VAR, "")
        plugins.reset()
        assert plugins.get_registry().names() == ["reader"]
    finally:
        plugins.reset()


def _throwaway_distribution(root: Path, *, broken: bool = False) -> Path:
    """An installed-looking distribution (module + .dist-info with an entry point) under ``root``."""
    site = root / "site"
    site.mkdir()
    (site / "diplotext_protest.py").write_text(
        f"BROKEN = {broken}\n"
        + textwrap.dedent(
            """
            from diplotext import hookimpl
            from diplotext.model import Event

            if BROKEN:
                raise ImportError("missing dependency 'nonexistent'")

            @hookimpl
            def extract_events(article):
                at = article.text.find("protest")
                if at < 0:
                    return []
                return [Event(type="protest", code="141", evidence=[(at, at + 7)], confidence=0.7)]
            """
        ),
        encoding="utf-8",
    )
    info = site / "diplotext_protest-0.3.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: diplotext-protest\nVersion: 0.3.1\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text("[diplotext]\nprotest = diplotext_protest\n", encoding="utf-8")
    return site


def test_installed_third_party_plugin_contributes_an_event(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(_throwaway_distribution(tmp_path)))
    plugins.reset()
    try:
        info = {p.name: p for p in plugins.get_registry().info()}
        assert info["protest"].package == "diplotext-protest"
        assert info["protest"].version == "0.3.1"
        doc = diplotext.extract("Title\n\nA protest was held outside the embassy on Friday.")
        (event,) = [e for e in doc.events if e.plugin == "protest"]
        assert event.type == "protest"
        assert doc.text[slice(*event.evidence[0])] == "protest"
    finally:
        sys.modules.pop("diplotext_protest", None)
        plugins.reset()


def test_plugin_that_fails_to_import_is_reported_and_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(_throwaway_distribution(tmp_path, broken=True)))
    plugins.reset()
    try:
        info = {p.name: p for p in plugins.get_registry().info()}
        assert info["protest"].error is not None
        assert "nonexistent" in info["protest"].error
        assert info["protest"].hooks == ()
        doc = diplotext.extract("Title\n\nA protest was held.")
        assert not any(e.plugin == "protest" for e in doc.events)
    finally:
        sys.modules.pop("diplotext_protest", None)
        plugins.reset()


def test_plugins_command_lists_third_party_plugin(tmp_path: Path) -> None:
    site = _throwaway_distribution(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(site)}
    out = subprocess.run(
        [sys.executable, "-m", "diplotext.cli", "plugins"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    listed = {p["name"]: p for p in json.loads(out.stdout)}
    assert listed["protest"] == {
        "name": "protest",
        "version": "0.3.1",
        "hooks": ["extract_events"],
        "package": "diplotext-protest",
        "requires": [],
    }
    assert listed["reader"]["hooks"] == ["read_article"]


def test_the_built_in_plugins_are_listed_once_as_entry_points() -> None:
    # pyproject.toml is the one list: every extractor package with hook implementations is in it,
    # and what it lists is what the installed metadata loads
    pyproject = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml").read_text("utf-8"))
    listed = pyproject["project"]["entry-points"]["diplotext"]
    folder = Path(diplotext.__file__).parent / "extractors"
    with_hooks = set()
    for package in sorted(p.name for p in folder.iterdir() if (p / "__init__.py").is_file()):
        module = importlib.import_module(f"diplotext.extractors.{package}")
        if any(hasattr(getattr(module, attr), "diplotext_impl") for attr in dir(module)):
            with_hooks.add(module.__name__)
    assert set(listed.values()) == with_hooks
    installed = {ep.name: ep.value for ep in metadata.entry_points(group="diplotext") if ep.name in listed}
    assert installed == listed


def test_without_entry_points_the_missing_reader_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plugins.metadata, "entry_points", lambda group: [])
    registry = plugins.Registry()
    plugins._load_entry_points(registry, None)
    assert registry.names() == []
    (failed,) = registry.info()
    assert failed.name == "reader"
    assert failed.error is not None
    assert "pip install" in failed.error


def test_a_plugin_that_failed_to_load_is_named_in_every_articles_errors(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class _Entry:
        name = "broken"
        value = "nowhere:plugin"
        dist = None

        def load(self) -> object:
            raise ImportError("a missing module")

    monkeypatch.setattr(plugins.metadata, "entry_points", lambda group: [_Entry()])
    registry = plugins.Registry()
    plugins._load_entry_points(registry, None)
    doc = diplotext.extract("Talks\n\nThe talks went on.", registry=registry)
    loading = [e for e in doc.errors if e.stage == "load"]
    assert [e.plugin for e in loading] == ["broken", "reader"]
    assert "a missing module" in loading[0].message

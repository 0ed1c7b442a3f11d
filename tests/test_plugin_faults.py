"""The plugin fault model: hooks go through pluggy (wrappers, tracing), and a plugin that raises,
returns bad results or runs out of time is named in ``errors`` while the rest of the document stands."""

from __future__ import annotations

import time
from collections.abc import Generator, Iterator
from typing import Any

import pluggy
import pytest

import diplotext
from diplotext import hookimpl, plugins, runtime
from diplotext.model import Actor, Article, Document, Event, Quote, TemporalExpression

ARTICLE = (
    "Ministers meet in Oslo\n\n"
    "The foreign minister of Chile arrived in Oslo on Monday for talks with Norway.\n\n"
    '"We want a fair deal," the minister told reporters on Tuesday.\n'
)


def _errors(doc: Document) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for e in doc.errors:
        out.setdefault(e.plugin, []).append(e.message)
    return out


def _arrival(article: Article) -> Event:
    at = article.text.index("arrived in")
    return Event(type="arrival", evidence=[(at, at + 10)])


class Arrivals:
    """A well-behaved plugin: one event at 'arrived in'."""

    @hookimpl
    def extract_events(self, article: Article) -> list[Event]:
        return [_arrival(article)]


@pytest.fixture
def baseline(fresh_registry: plugins.Registry) -> Document:
    """The document the built-ins give, before a test registers its own plugins."""
    return diplotext.extract(ARTICLE)


def _same_builtin_findings(doc: Document, baseline: Document) -> None:
    assert doc.actors == baseline.actors
    assert doc.dates == baseline.dates
    assert doc.quotes == baseline.quotes
    assert [e for e in doc.events if e.plugin in {"visits", "extradition"}] == list(baseline.events)


# --------------------------------------------------------------------------- bad results


@pytest.mark.parametrize(
    ("returned", "reason"),
    [
        ([None], "a None item"),
        (["an event"], "a str, expected Event"),
        (42, "returned a int, expected a list of Event"),
        ("events", "returned a str, expected a list of Event"),
        ({"type": "visit"}, "returned a dict, expected a list of Event"),
        ([Event(type="arrival", evidence=[(5, 100_000)])], "outside the text"),
    ],
)
def test_a_plugin_returning_bad_results_is_named_and_the_rest_stands(
    fresh_registry: plugins.Registry, baseline: Document, returned: object, reason: str
) -> None:
    class Bad:
        @hookimpl
        def extract_events(self) -> object:
            return returned

    plugins.register(Bad(), name="bad")
    plugins.register(Arrivals(), name="arrivals")
    doc = diplotext.extract(ARTICLE)
    errors = _errors(doc)
    assert list(errors) == ["bad"]
    assert reason in errors["bad"][0]
    assert not any(e.plugin == "bad" for e in doc.events)
    assert [e.type for e in doc.events if e.plugin == "arrivals"] == ["arrival"]
    _same_builtin_findings(doc, baseline)


def test_good_items_are_kept_and_bad_ones_dropped_with_a_count(fresh_registry: plugins.Registry) -> None:
    class Mixed:
        @hookimpl
        def extract_dates(self, article: Article) -> list[object]:
            at = article.text.index("Monday")
            good = TemporalExpression(text="Monday", start=at, end=at + 6, type="DATE", value="XXXX-WXX-1")
            shifted = TemporalExpression(text="Monday", start=at + 1, end=at + 7, type="DATE", value="X")
            beyond = TemporalExpression(text="Monday", start=10_000, end=10_006, type="DATE", value="X")
            return [good, None, shifted, beyond]

    plugins.register(Mixed(), name="mixed")
    doc = diplotext.extract(ARTICLE, plugins=["mixed"])
    assert [(d.text, d.value) for d in doc.dates if d.plugin == "mixed"] == [("Monday", "XXXX-WXX-1")]
    (error,) = doc.errors
    assert (error.plugin, error.stage) == ("mixed", "extract_dates")
    assert "dropped 3 of 4 results: a None item (and 2 more)" in error.message


def test_a_quote_whose_offsets_miss_its_text_is_dropped(fresh_registry: plugins.Registry) -> None:
    class Quoter:
        @hookimpl
        def extract_quotes(self, article: Article) -> list[Quote]:
            at = article.text.index("We want")
            good = Quote(text="We want", start=at, end=at + 7, kind="partial")
            wrong = Quote(text="They want", start=at, end=at + 9, kind="partial")
            bad_cue = Quote(text="We want", start=at, end=at + 7, kind="partial", cue_start=at, cue_end=None)
            return [good, wrong, bad_cue]

    plugins.register(Quoter(), name="quoter")
    doc = diplotext.extract(ARTICLE, plugins=["quoter"])
    assert [q.text for q in doc.quotes if q.plugin == "quoter"] == ["We want"]
    assert "dropped 2 of 3 results: text[" in doc.errors[0].message


def test_a_reader_returning_spans_outside_its_text_gives_way_to_the_next(
    fresh_registry: plugins.Registry,
) -> None:
    class BadReader:
        @hookimpl(tryfirst=True)
        def read_article(self, text: str) -> Article:
            return Article(text=text, paragraphs=[(0, len(text) + 50)])

    plugins.register(BadReader(), name="badreader")
    doc = diplotext.extract(ARTICLE)
    assert doc.article.title == "Ministers meet in Oslo"  # the built-in reader's article
    assert [e.plugin for e in doc.errors] == ["badreader"]
    assert "outside the text" in doc.errors[0].message


def test_raising_generators_and_wrong_finalize_results_are_contained(
    fresh_registry: plugins.Registry,
) -> None:
    class Lazy:
        @hookimpl
        def extract_actors(self, article: Article) -> Iterator[Actor]:
            yield Actor(id="x1", name="Oslo", kind="group", mentions=[(17, 21)])
            raise RuntimeError("half-way")

        @hookimpl
        def finalize_document(self, document: Document) -> object:
            return "not a document"

    plugins.register(Lazy(), name="lazy")
    doc = diplotext.extract(ARTICLE)
    assert [(e.plugin, e.stage) for e in doc.errors] == [
        ("lazy", "extract_actors"),
        ("lazy", "finalize_document"),
    ]
    assert "half-way" in doc.errors[0].message
    assert not any(a.plugin == "lazy" for a in doc.actors)


def test_strict_raises_on_bad_results_too(fresh_registry: plugins.Registry) -> None:
    class Bad:
        @hookimpl
        def extract_events(self) -> list[None]:
            return [None]

    plugins.register(Bad(), name="bad")
    with pytest.raises(ValueError, match="a None item"):
        diplotext.extract(ARTICLE, strict=True)


# --------------------------------------------------------------------------- pluggy wrappers and tracing


def test_new_style_wrappers_wrap_each_plugin_call_and_can_alter_results(
    fresh_registry: plugins.Registry,
) -> None:
    timed: list[float] = []

    class Timer:
        @hookimpl(wrapper=True)
        def extract_events(self) -> Generator[None, list[list[Event]], list[list[Event]]]:
            began = time.perf_counter()
            result = yield
            timed.append(time.perf_counter() - began)
            return result

    class Relabel:
        @hookimpl(wrapper=True)
        def extract_events(self) -> Generator[None, list[list[Event]], list[list[Event]]]:
            result = yield
            return [
                [Event(type=f"checked-{e.type}", evidence=e.evidence) for e in events] for events in result
            ]

    plugins.register(Arrivals(), name="arrivals")
    plugins.register(Timer(), name="timer")
    plugins.register(Relabel(), name="relabel")
    doc = diplotext.extract(ARTICLE)
    assert doc.errors == ()
    assert len(timed) == 3  # arrivals, extradition, visits: each plugin's call is wrapped
    assert all(t >= 0 for t in timed)
    assert [e.type for e in doc.events if e.plugin == "arrivals"] == ["checked-arrival"]
    assert all(e.type.startswith("checked-") for e in doc.events)


def test_old_style_hookwrappers_work(fresh_registry: plugins.Registry) -> None:
    class Drop:
        @hookimpl(hookwrapper=True)
        def extract_quotes(self) -> Generator[None, Any, None]:
            outcome = yield
            outcome.force_result([])

    plugins.register(Drop(), name="drop")
    doc = diplotext.extract(ARTICLE)
    assert doc.quotes == ()
    assert doc.errors == ()
    assert doc.dates  # the other stages are untouched


def test_a_raising_wrapper_is_named_not_the_plugin_it_wraps(fresh_registry: plugins.Registry) -> None:
    class Faulty:
        @hookimpl(wrapper=True)
        def extract_dates(self) -> Generator[None, Any, Any]:
            yield
            raise RuntimeError("wrapper fault")

    plugins.register(Faulty(), name="faulty")
    doc = diplotext.extract(ARTICLE)
    assert [(e.plugin, e.stage) for e in doc.errors] == [("faulty", "extract_dates")]
    assert doc.dates == ()


def test_wrappers_of_unselected_plugins_do_not_run(fresh_registry: plugins.Registry) -> None:
    calls: list[str] = []

    class Spy:
        @hookimpl(wrapper=True)
        def extract_dates(self) -> Generator[None, Any, Any]:
            calls.append("dates")
            return (yield)

    plugins.register(Spy(), name="spy")
    diplotext.extract(ARTICLE, plugins=["dates"])
    assert calls == []
    diplotext.extract(ARTICLE, plugins=["dates", "spy"])
    assert calls == ["dates"]


def test_hookcall_monitoring_and_pluggy_tracing_see_every_call(fresh_registry: plugins.Registry) -> None:
    seen: list[tuple[str, tuple[str, ...], frozenset[str]]] = []

    def before(hook_name: str, impls: list[pluggy.HookImpl], kwargs: dict[str, Any]) -> None:
        seen.append((hook_name, tuple(i.plugin_name for i in impls), frozenset(kwargs)))

    def after(outcome: Any, hook_name: str, impls: list[pluggy.HookImpl], kwargs: dict[str, Any]) -> None:
        pass

    undo = fresh_registry.pm.add_hookcall_monitoring(before, after)
    try:
        diplotext.extract(ARTICLE)
    finally:
        undo()
    hooks = [name for name, _, _ in seen]
    assert hooks.index("read_article") < hooks.index("extract_actors") < hooks.index("extract_dates")
    assert hooks.index("extract_quotes") < hooks.index("extract_events")
    assert ("extract_dates", ("dates",), frozenset({"article", "actors", "report"})) in seen
    assert {n for h, impls, _ in seen if h == "extract_events" for n in impls} == {"visits", "extradition"}

    lines: list[str] = []
    fresh_registry.pm.trace.root.setwriter(lines.append)
    undo = fresh_registry.pm.enable_tracing()
    try:
        diplotext.extract(ARTICLE, plugins=["dates"])
    finally:
        undo()
    assert any("extract_dates" in line for line in lines)


def test_hooks_are_called_with_keywords_through_pm_hook(fresh_registry: plugins.Registry) -> None:
    got: dict[str, Any] = {}

    class Keywords:
        @hookimpl
        def extract_events(self, quotes: Any, report: runtime.Report, article: Article) -> None:
            got.update(quotes=quotes, report=report, article=article)

    plugins.register(Keywords(), name="keywords")
    doc = diplotext.extract(ARTICLE)
    assert got["article"] is doc.article
    assert tuple(got["quotes"]) == doc.quotes
    assert isinstance(got["report"], runtime.Report)


# --------------------------------------------------------------------------- warnings


def test_a_plugin_reports_warnings_with_counts(fresh_registry: plugins.Registry) -> None:
    class Capped:
        @hookimpl
        def extract_events(self, article: Article, report: runtime.Report) -> list[Event]:
            report.warn("kept the first 1 arrival only", count=2)
            report.warn("kept the first 1 arrival only")
            return [_arrival(article)]

        @hookimpl
        def extract_actors(self) -> None:
            runtime.warn("deep inside the plugin")  # the current report, for code far from the hook

    plugins.register(Capped(), name="capped")
    doc = diplotext.extract(ARTICLE, plugins=["capped"])
    got = [(w.plugin, w.stage, w.message, w.count) for w in doc.warnings]
    assert got == [
        ("capped", "extract_actors", "deep inside the plugin", 1),
        ("capped", "extract_events", "kept the first 1 arrival only", 3),
    ]
    data = doc.to_dict()
    assert data["warnings"][1] == {
        "plugin": "capped",
        "stage": "extract_events",
        "message": "kept the first 1 arrival only",
        "count": 3,
    }
    assert Document.from_dict(data, text=ARTICLE).warnings == doc.warnings
    assert "warnings" not in diplotext.extract(ARTICLE, plugins=["dates"]).to_dict()


# --------------------------------------------------------------------------- time


class Sleepy:
    """Sleeps through its turn without looking at the clock."""

    @hookimpl
    def extract_dates(self, article: Article) -> list[TemporalExpression]:
        time.sleep(0.4)
        at = article.text.index("Monday")
        return [TemporalExpression(text="Monday", start=at, end=at + 6, type="DATE", value="XXXX-WXX-1")]


def test_a_slow_plugin_past_the_budget_is_named_and_later_plugins_are_skipped(
    fresh_registry: plugins.Registry,
) -> None:
    plugins.register(Sleepy(), name="sleepy")
    began = time.monotonic()
    doc = diplotext.extract(ARTICLE, time_budget=0.2)
    assert time.monotonic() - began < 5
    errors = _errors(doc)
    assert "ran past the time budget of 0.2 s" in errors["sleepy"][0]
    assert {d.plugin for d in doc.dates} == {"dates", "sleepy"}  # sleepy finished: its results are kept
    assert all("not run: the time budget" in m for p in ("quotes", "visits") for m in errors[p])
    assert doc.article.title == "Ministers meet in Oslo"  # what ran before stands
    assert doc.actors
    assert doc.quotes == () and doc.events == ()


def test_a_plugin_checking_the_clock_is_stopped_and_its_results_dropped(
    fresh_registry: plugins.Registry,
) -> None:
    class Looper:
        @hookimpl
        def extract_events(self, article: Article, report: runtime.Report) -> list[Event]:
            found = []
            for _ in range(10_000):
                report.check_time()
                found.append(_arrival(article))
                time.sleep(0.01)
            return found

    plugins.register(Looper(), name="looper")
    began = time.monotonic()
    doc = diplotext.extract(ARTICLE, time_budget=0.3)
    assert time.monotonic() - began < 5
    assert "stopped: time budget of 0.3 s spent while it ran" in _errors(doc)["looper"][0]
    assert not any(e.plugin == "looper" for e in doc.events)
    with pytest.raises(runtime.TimeBudgetExceeded):
        diplotext.extract(ARTICLE, time_budget=0.3, strict=True)


def test_a_guarded_regex_scan_that_times_out_is_an_error(
    fresh_registry: plugins.Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    import regex

    letters = regex.compile(r"\w")

    class Scanner:
        @hookimpl
        def extract_events(self, article: Article) -> list[Event]:
            for _ in runtime.finditer(letters, article.text * 5000):
                pass
            return [_arrival(article)]

    monkeypatch.setattr(runtime, "REGEX_TIMEOUT", 0.001)
    plugins.register(Scanner(), name="scanner")
    plugins.register(Arrivals(), name="arrivals")
    doc = diplotext.extract(ARTICLE)
    assert _errors(doc)["scanner"] == ["TimeoutError: regex timed out"]
    assert [e.plugin for e in doc.events if e.type == "arrival"] == ["arrivals"]


def test_time_budget_must_be_positive() -> None:
    with pytest.raises(ValueError, match="time_budget"):
        diplotext.extract(ARTICLE, time_budget=0)

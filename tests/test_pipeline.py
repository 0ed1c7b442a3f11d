"""The pipeline on its own: stages, given fields, limits and bad input."""

from __future__ import annotations

import datetime as dt

import pytest

import diplotext
from diplotext import hookimpl, pipeline, plugins
from diplotext.model import Actor, Article, Document, Quote, TemporalExpression


def test_empty_and_blank_text_give_an_error_entry() -> None:
    for text in ("", "   \n\n\t "):
        doc = diplotext.extract(text, title="Given")
        assert [e.message for e in doc.errors] == ["empty text: nothing to extract"]
        assert doc.article.title == "Given"
        assert doc.dates == () and doc.events == ()


def test_text_must_be_str() -> None:
    with pytest.raises(TypeError, match="must be a str"):
        diplotext.extract(b"bytes")  # type: ignore[arg-type]


def test_over_long_text_is_refused_with_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "MAX_CHARS", 100)
    doc = diplotext.extract("word " * 50)
    assert doc.errors[0].stage == "input"
    assert "over the limit" in doc.errors[0].message


def test_given_fields_win_and_default_only_fills_in() -> None:
    text = "Detected title\n\nBody text here.\n"
    doc = diplotext.extract(text, title="Given title", published="2019-01-02", url="http://x.invalid/a")
    assert doc.article.title == "Given title"
    assert doc.article.title_span is None
    assert doc.article.published == dt.date(2019, 1, 2)
    assert doc.article.url == "http://x.invalid/a"
    doc = diplotext.extract(text, default_published="2018-07-08")
    assert doc.article.published == dt.date(2018, 7, 8)


def test_later_stages_see_earlier_findings(fresh_registry: plugins.Registry) -> None:
    seen: dict[str, object] = {}

    class Early:
        @hookimpl
        def extract_actors(self, article: Article) -> list[Actor]:
            return [Actor(id="z1", name="Zed", kind="person", mentions=[(0, 1)])]

        @hookimpl
        def extract_dates(self, article: Article) -> list[TemporalExpression]:
            return [TemporalExpression(text="T", start=0, end=1, type="DATE", value="2020")]

    class Late:
        @hookimpl
        def extract_quotes(self, actors: list[Actor], dates: list[TemporalExpression]) -> list[Quote]:
            seen["quotes"] = ([a.id for a in actors], [d.value for d in dates])
            return []

        @hookimpl
        def finalize_document(self, document: Document) -> Document:
            seen["final"] = len(document.actors)
            return document

    plugins.register(Early(), name="early")
    plugins.register(Late(), name="late")
    doc = diplotext.extract("T\n\nBody.", plugins=["early", "late"])
    assert seen["quotes"] == (["z1"], ["2020"])
    assert seen["final"] == 1
    assert doc.actors[0].plugin == "early"


def test_a_reader_plugin_can_replace_the_builtin(fresh_registry: plugins.Registry) -> None:
    class OneLine:
        @hookimpl
        def read_article(self, text: str) -> Article:
            return Article(text=text, title="custom", paragraphs=[(0, len(text))])

    plugins.register(OneLine(), name="oneline")
    assert diplotext.extract("a\n\nb").article.title == "custom"


# --------------------------------------------------------------------------- published: fill or override

DATED = "Envoy in Seoul\n\nPublished: 12 April 2012\n\nThe envoy arrived in Seoul on Monday for talks."
UNDATED = "Envoy in Seoul\n\nThe envoy arrived in Seoul on Monday for talks."


def test_published_fills_a_missing_date_by_default() -> None:
    assert diplotext.extract(DATED, published="2012-04-20").article.published == dt.date(2012, 4, 12)
    assert diplotext.extract(UNDATED, published="2012-04-20").article.published == dt.date(2012, 4, 20)
    assert diplotext.extract(DATED, published="2012-04-20", published_policy="fill").article.published == (
        dt.date(2012, 4, 12)
    )
    # Relative dates resolve against the date that wins: the text's (12 April 2012 was a Thursday).
    monday = diplotext.extract(DATED, published="2012-04-20").dates
    assert [d.value for d in monday if d.text == "Monday"] == ["2012-04-09"]


def test_published_override_wins_over_the_text() -> None:
    doc = diplotext.extract(DATED, published="2012-04-20", published_policy="override")
    assert doc.article.published == dt.date(2012, 4, 20)
    assert [d.value for d in doc.dates if d.text == "Monday"] == ["2012-04-16"]
    with pytest.raises(ValueError, match="published_policy"):
        diplotext.extract(DATED, published="2012-04-20", published_policy="always")  # type: ignore[arg-type]


def test_extract_record_published_policy() -> None:
    record = {"text": DATED, "published": "2012-04-15"}
    fill = pipeline.extract_record(record, default_published="2012-04-20", plugins=[])
    assert fill.article.published == dt.date(2012, 4, 15)  # the record's field wins over a default
    assert pipeline.extract_record(
        {"text": DATED}, default_published="2012-04-20", plugins=[]
    ).article.published == (dt.date(2012, 4, 12))
    override = pipeline.extract_record(
        record, default_published="2012-04-20", published_policy="override", plugins=[]
    )
    assert override.article.published == dt.date(2012, 4, 20)
    with pytest.raises(ValueError, match="published_policy"):
        pipeline.extract_record(record, published_policy="sometimes", plugins=[])  # type: ignore[arg-type]

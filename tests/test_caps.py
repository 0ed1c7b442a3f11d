"""Caps and dropped repeats are reported: a ``warnings`` entry with a count, never a silent loss."""

from __future__ import annotations

import jsonschema

import diplotext
from diplotext.extractors.quotes import limits, marks
from diplotext.model import Document, output_schema

SAID = '"We will talk about item {i} today," the minister said.'


def _warnings(doc: Document) -> dict[str, int]:
    return {w.message: w.count for w in doc.warnings}


def test_thousands_of_attributed_quotes_in_one_paragraph_are_all_found() -> None:
    text = "Talks in Oslo\n\n" + " ".join(SAID.format(i=i) for i in range(1500)) + "\n"
    doc = diplotext.extract(text, plugins=["quotes"])
    assert len([q for q in doc.quotes if q.kind == "direct" and q.speaker]) == 1500
    reported = " ".join(f"The minister said that item {i} is fine." for i in range(1000))
    doc = diplotext.extract("Talks in Oslo\n\n" + reported + "\n", plugins=["quotes"])
    assert len([q for q in doc.quotes if q.kind == "indirect"]) == 1000
    assert doc.warnings == ()
    assert doc.errors == ()


def test_repeated_paragraphs_are_dropped_and_counted() -> None:
    para = '"We want peace," the Chilean foreign minister told reporters in Oslo on Monday.'
    doc = diplotext.extract("Talks in Oslo\n\n" + "\n\n".join([para] * 300) + "\n")
    assert len(doc.quotes) == 1
    (warning,) = doc.warnings
    assert (warning.plugin, warning.stage, warning.count) == ("reader", "read_article", 299)
    assert warning.message.startswith("repeated paragraphs dropped")
    assert doc.to_dict()["warnings"][0]["count"] == 299
    jsonschema.validate(doc.to_dict(), output_schema())


def test_repeated_quotes_are_dropped_and_counted() -> None:
    para = '"We want peace," the Chilean foreign minister told reporters in Oslo on Monday, day {i}.'
    doc = diplotext.extract("Talks in Oslo\n\n" + "\n\n".join(para.format(i=i) for i in range(40)) + "\n")
    assert len([q for q in doc.quotes if q.kind == "direct"]) == 1
    got = _warnings(doc)
    assert got == {next(m for m in got if m.startswith("repeated quotes dropped")): 39}


def test_too_many_cues_in_a_sentence_is_reported() -> None:
    text = "Talks in Oslo\n\n" + ", ".join(f"Ann Berg said {i}" for i in range(limits.MAX_CUES + 6)) + ".\n"
    doc = diplotext.extract(text, plugins=["quotes"])
    messages = [w.message for w in doc.warnings if w.plugin == "quotes"]
    assert any(m.startswith(f"sentence with more than {limits.MAX_CUES} speech cues") for m in messages)


def test_too_many_quotation_marks_in_a_paragraph_is_reported() -> None:
    text = "Talks in Oslo\n\n" + '"a" ' * (marks.MAX_MARKS // 2 + 10) + "\n"
    doc = diplotext.extract(text, plugins=["quotes"])
    assert {w.message.split(":")[0]: w.count for w in doc.warnings} == {
        f"paragraph with more than {marks.MAX_MARKS:,} quotation marks": 1
    }


def test_normal_articles_carry_no_warnings_key() -> None:
    doc = diplotext.extract("Talks in Oslo\n\nThe minister of Chile arrived in Oslo on Monday.\n")
    assert doc.warnings == ()
    assert "warnings" not in doc.to_dict()

"""Quotes: a "they said" with nobody speaking before stands for the plural group that opened the
sentence before ("Union leaders met the minister. They said ..."), never across a paragraph break
and never for a document (issue 10, twenty-third session). Every sentence is written for the tests."""

from __future__ import annotations

import pytest

import diplotext


def speakers(body: str) -> list[str | None]:
    doc = diplotext.extract(body, published="2030-04-02", layout="body")
    return [q.speaker for q in doc.quotes]


@pytest.mark.parametrize(
    ("body", "group"),
    [
        ("Union leaders met the minister on Monday. They said the talks had failed.", "Union leaders"),
        ("Police arrested two men on Friday. They said both were armed.", "Police"),
        ("But the researchers used images of the coast. They said the ice was thinning.", "researchers"),
    ],
)
def test_they_stands_for_the_group_opening_the_sentence_before(body: str, group: str) -> None:
    assert speakers(body) == [group]


def test_not_across_a_paragraph_break() -> None:
    assert speakers("Union leaders met the minister on Monday.\n\nThey said the talks had failed.") == [None]


def test_not_a_document() -> None:
    assert speakers("The reports were published on Friday. They said the ice was thinning.") == [None]

"""Dates: "the spring", "the autumn" take their year from the clause's tense as a bare season does
("will visit in the spring", told in September, is next spring), but not from an infinitive's "to"
(issue 11, twenty-third session). Every sentence here is written for the tests."""

from __future__ import annotations

import pytest

import diplotext


def value_of(text: str, word: str, published: str) -> str | None:
    doc = diplotext.extract(text, published=published, layout="body")
    return next((d.value for d in doc.dates if d.text == word), None)


@pytest.mark.parametrize(
    ("text", "word", "published", "value"),
    [
        (
            "The premier said on Wednesday he would visit Oslo in the spring.",
            "the spring",
            "2031-09-10",
            "2032-SP",
        ),
        ("The premier visited Oslo in the spring.", "the spring", "2031-09-10", "2031-SP"),
        ("The envoy visited Oslo in the autumn.", "the autumn", "2031-03-10", "2030-FA"),
        ("The envoy will go to Oslo in the autumn.", "the autumn", "2031-03-10", "2031-FA"),
        (
            "It was hard for the firm to meet demand well into the summer.",
            "the summer",
            "2031-10-26",
            "2031-SU",
        ),
    ],
)
def test_the_season_takes_the_year_the_tense_gives(text: str, word: str, published: str, value: str) -> None:
    assert value_of(text, word, published) == value

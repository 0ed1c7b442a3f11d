"""Dates: "the previous week" counts from the week named last; "the spring", "the autumn" take
their year from the clause's tense as a bare season does ("will visit in the spring", told in
September, is next spring), but not from an infinitive's "to" (issue 11, twenty-third session).
Every sentence here is written for the tests."""

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


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        (
            "Last week the minister was in Lima. The previous week she had been in Quito.",
            "The previous week",
            "2031-W36",
        ),
        ("The previous week, the envoy met the king.", "The previous week", "2031-W37"),
        (
            "Next week the minister will be in Lima. The week after, she goes to Quito.",
            "The week after",
            "2031-W40",
        ),
    ],
)
def test_the_previous_week_counts_from_the_week_named_last(text: str, word: str, value: str) -> None:
    """ "last week ... the previous week": the week before the one named, not before publication's
    (2031-09-17 is in week 38)."""
    assert value_of(text, word, "2031-09-17") == value

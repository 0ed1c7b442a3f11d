"""Error classes of speaker names found on development data, each with sentences written for these
tests (no text of any annotated article):

- joined initials ("R.J. Whitfield") and an abbreviated title ("Del. Ana Ortega") end no sentence,
  so the speaker keeps the whole name; a place abbreviation closing a sentence ("Washington, D.C.
  They ...") still ends it. "quoted Dr. T.M. Harlow as saying" reads past the periods of initials
  and titles.
"""

from __future__ import annotations

import pytest

import diplotext
from diplotext.text import sentence_spans


def said(text: str) -> list[tuple[str | None, str]]:
    doc = diplotext.extract(text, published="2030-06-12", layout="body")
    return [(q.speaker, q.text) for q in doc.quotes]


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The award went to R.J. Whitfield of the dockers' union.",
        "Del. Ana Ortega voted against the bill.",
        "The novel by J.R.R. Tolmont sold well.",
        "Brig. Tomas Vell led the column.",
    ],
)
def test_initials_and_title_abbreviations_end_no_sentence(text: str) -> None:
    assert split(text) == [text]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("He flew to Washington, D.C. They met the next day.", "He flew to Washington, D.C."),
        ("The firm moved to Raleigh, N.C. The move cost jobs.", "The firm moved to Raleigh, N.C."),
        ("Talks began in the U.K. On Monday they ended.", None),  # "U.K." is listed: never an end
    ],
)
def test_a_sentence_opener_after_joined_initials_starts_a_sentence(text: str, first: str | None) -> None:
    got = split(text)
    if first is None:
        assert got == [text]
    else:
        assert got[0] == first and len(got) == 2


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will not back down," said R.J. Whitfield, the union leader.', "R.J. Whitfield"),
        ("Del. Ana Ortega said the vote was close.", "Ana Ortega"),
        ('"Prices will rise," the agency quoted Energy Secretary T.M. Harlow as saying.', "T.M. Harlow"),
        ('"We are ready," a daily quoted Dr. Nina Baptiste as saying on Monday.', "Nina Baptiste"),
    ],
)
def test_the_speaker_keeps_initials_and_loses_abbreviated_titles(text: str, speaker: str) -> None:
    got = said(text)
    assert [s for s, _ in got] == [speaker]

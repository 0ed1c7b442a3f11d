"""Quote classes of issue 10's twenty-third session (helper quotes32), each with sentences written
for these tests (no text of any annotated article):

- a reported clause run into an inverted attribution without its comma ("The levy will hurt growers
  said Tomas Rein, an economist."): the name after the cue speaks and the clause before it is what
  was said, not "growers said [Tomas Rein, an economist]";
"""

from __future__ import annotations

import pytest

import diplotext
from diplotext.model import Quote


def quotes(text: str) -> list[Quote]:
    return list(diplotext.extract(text, published="2030-06-12", layout="body").quotes)


def pairs(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.speaker) for q in quotes(text)]


@pytest.mark.parametrize(
    ("text", "said", "who"),
    [
        (
            "The levy will hurt growers across the whole valley said Tomas Rein, an economist at a bank.",
            "The levy will hurt growers across the whole valley",
            "Tomas Rein",
        ),
        (
            "Cheaper freight is vital for exporters if they want to keep their buyers says Ilse Marten.",
            "Cheaper freight is vital for exporters if they want to keep their buyers",
            "Ilse Marten",
        ),
        (
            "The port would reopen once the dredging was finished said Kemal Orhanli, the harbour master.",
            "The port would reopen once the dredging was finished",
            "Kemal Orhanli",
        ),
    ],
)
def test_clause_then_cue_then_name_without_comma(text: str, said: str, who: str) -> None:
    assert pairs(text) == [("indirect", said, who)]


def test_subject_before_the_cue_keeps_its_clause() -> None:
    text = (
        "The levy will hurt growers across the whole valley said Tomas Rein, an economist at a bank.\n\n"
        # the name is the subject of the reported clause
        "Officials said Tomas Rein, an economist at a bank, was arrested on Monday.\n\n"
        # a name before the cue is its subject; the name after it the listener
        "Trade between the two states will double by the end of the decade, Minister Ilse Marten "
        "told visiting envoy Kemal Orhanli."
    )
    assert pairs(text) == [
        ("indirect", "The levy will hurt growers across the whole valley", "Tomas Rein"),
        ("indirect", "Tomas Rein, an economist at a bank, was arrested on Monday", "Officials"),
        ("indirect", "Trade between the two states will double by the end of the decade", "Ilse Marten"),
    ]

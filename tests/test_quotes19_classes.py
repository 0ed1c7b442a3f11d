"""Quote classes of issue 10's sixteenth session (branch quotes19), each with sentences written for
these tests (no text of any annotated or corpus article):

- interview transcripts with double-bracketed turn labels: a paragraph opening with '((Name))',
  with or without a colon after it, is that speaker's turn, a direct quote (its "I" is the
  speaker); unlabelled paragraphs between two labelled ones go on the turn before them when the
  article labels both sides, never past a turn labelled 'Name:' and never after the last label;
- a reported clause fronted by a lone demonstrative and interrupted by its attribution ("That, the
  aide said, was when ...", "Those, the envoy added, were ...") is the speaker's between the
  commas, not nobody's: the demonstrative is no first name to prefer.
"""

from __future__ import annotations

import pytest

import diplotext


def spoken(text: str) -> list[tuple[str, str | None, str]]:
    doc = diplotext.extract(text, published="2030-06-12", layout="body")
    return [(q.kind, q.speaker, q.text) for q in doc.quotes]


INTERVIEW = (
    "Reporter Tom Vale spoke to the novelist Ada Lind about her new book.\n\n"
    "((WN)) What brought you to writing?\n\n"
    "((Ada Lind)) I grew up on a farm. I saw what the drought did to my father.\n\n"
    "My mother kept a diary, and I read it when I was twelve.\n\n"
    "((WN)) : When did you start?\n\n"
    "((Ada Lind))  At nineteen, or maybe twenty.\n\n"
    "Sources\n\n"
    "The book is published by Harbour Press this month."
)


def test_bracketed_turns_are_their_labels_speakers() -> None:
    assert spoken(INTERVIEW) == [
        ("direct", "WN", "What brought you to writing?"),
        ("direct", "Ada Lind", "I grew up on a farm. I saw what the drought did to my father."),
        ("direct", "Ada Lind", "My mother kept a diary, and I read it when I was twelve."),
        ("direct", "WN", "When did you start?"),
        ("direct", "Ada Lind", "At nineteen, or maybe twenty."),
    ]


def test_one_labelled_side_carries_no_continuation() -> None:
    text = (
        "((Q)) : What would you change first?\n\n"
        "The schools, and then the roads in the north of the county.\n\n"
        "((Q)) : And after that?"
    )
    got = spoken(text)
    assert [s for _, s, _ in got] == ["Q", "Q"]


def test_a_colon_label_ends_the_bracketed_turn() -> None:
    text = (
        "((Wikinews)) What brought you to the coast?\n\n"
        "TV: I grew up on a farm inland. The sea was a dream.\n\n"
        "My mother kept a diary about the sea, and I read it as a girl.\n\n"
        "((Wikinews)) When did you move?"
    )
    assert all(s != "Wikinews" or "?" in t for _, s, t in spoken(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("That, the aide said, was when the governor began phoning the senators.", "aide"),
        ("Those, the envoy added, were the easy questions of the week.", "envoy"),
    ],
)
def test_a_fronted_demonstrative_leaves_the_parenthetical_speaker(text: str, speaker: str) -> None:
    got = spoken(text)
    assert got and got[0][1] is not None and got[0][1].split()[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "In Brava Province, the rains came early. The province said the floods would end soon.",
            "Brava Province",
        ),
        (
            "Officials in the City of Dunmore shut the bridge. The city said repairs would take a month.",
            "City of Dunmore",
        ),
        ("Toronto shut the bridge on Monday. The city said repairs would take a month.", "Toronto"),
        ("Alberta filed the suit on Monday. The province said the federal rules were unfair.", "Alberta"),
        ("Mr Vale moved to the city last year. The city said repairs would take a month.", "city"),
    ],
)
def test_a_place_kind_speaks_for_the_place_named(text: str, speaker: str) -> None:
    assert spoken(text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Federation of Dunmore Steel Workers called a strike. The union said it would last a week.",
            "Federation of Dunmore Steel Workers",
        ),
        (
            "The Northland Workers Party opposed the plan. The union said the strike would last a week.",
            "union",
        ),
    ],
)
def test_the_union_is_a_federation_named_before(text: str, speaker: str) -> None:
    assert spoken(text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Northland Chess Federation banned him. The federation said the ban would last a year.",
            "Northland Chess Federation",
        ),
        (
            "The Russian Federation denied the report. The federation said the claims were false.",
            "federation",
        ),
    ],
)
def test_the_federation_is_one_named_before(text: str, speaker: str) -> None:
    assert spoken(text)[-1][1] == speaker

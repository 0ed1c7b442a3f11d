"""Quote and speaker classes of issue 10's sixteenth session (branch quotes18), each with sentences
written for these tests (no text of any annotated or corpus article). Each test names its class:

- labelled reactions: a paragraph that opens with a speaker's name, with role words before it or a
  role set off by a comma after it, and a colon right before a quotation, often after a dash or a
  bullet ('- Harbour FC boss Ian Dowd: "..."'), is that speaker's, every quotation of the paragraph;
  a label holding a cue is an attribution of its own, and a label with verbs or other lower-case
  words is no speaker.
"""

from __future__ import annotations

import pytest

import diplotext
from diplotext.model import Quote


def quotes(text: str) -> list[Quote]:
    return list(diplotext.extract(text, published="2030-06-12", layout="body").quotes)


def spoken(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.kind, q.speaker, q.text) for q in quotes(text)]


REACTIONS = (
    "Harbour FC beat Dunmore 2-0 on Saturday.\n\n"
    '- Harbour FC boss Ian Dowd: "We were patient. "The second goal settled it."\n\n'
    '- Dunmore manager Petra Vogel: "We were second best all afternoon."\n\n'
    'Mayor Ada Lind, City of Harbour: "The whole town is proud of them."\n\n'
    '• Economist Paul Brenner: "The deficit is larger than expected."'
)


def test_labelled_reactions_are_the_labels_speakers() -> None:
    got = spoken(REACTIONS)
    assert got == [
        ("direct", "Ian Dowd", "We were patient."),
        ("direct", "Ian Dowd", "The second goal settled it."),
        ("direct", "Petra Vogel", "We were second best all afternoon."),
        ("direct", "Ada Lind", "The whole town is proud of them."),
        ("direct", "Paul Brenner", "The deficit is larger than expected."),
    ]
    assert all(q.cue == ":" for q in quotes(REACTIONS))


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ('Coach Ian Dowd told the Gazette: "We were patient."', "Ian Dowd", "told"),
        ('- Ian Dowd: "We were patient," he said after the game.', "Ian Dowd", "said"),
    ],
)
def test_a_label_with_a_cue_is_an_attribution(text: str, speaker: str, cue: str) -> None:
    (q,) = quotes(text)
    assert (q.speaker, q.cue) == (speaker, cue)


def test_a_label_with_a_verb_is_no_speaker() -> None:
    got = quotes('The old dictionary defines the word as: "a diary kept online".')
    assert all(q.speaker is None or "dictionary" not in q.speaker.lower() for q in got)

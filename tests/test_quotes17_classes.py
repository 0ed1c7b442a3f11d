"""Quote and speaker classes of issue 10's fifteenth session (branch quotes17), each with sentences
written for these tests (no text of any annotated or corpus article). Each test names its class:

- a sentence after a closed quotation whose cue takes a reported clause of its own ('"..." The
  government has said it will pay.', '"..." Mr Dorn said the money would run out.') is a new
  attribution, not the tag of the quotation before it: the quotation keeps the speaker who
  introduced it ('X said: "..."') or the one it continues ('"...," X said. "..."'), and the new
  sentence is an indirect quote of its own; a bare tag ('"..." Ms Vell told the Gazette on Monday.',
  '"..." X said of the plan.', '"..." X said as he left.') still closes the quotation before it;
- a bare attribution, a sentence that is only a speaker and a cue ("Local grocer Hanna Brill
  agreed.", "Tomas Veltri, who runs the bakery, replied."), says who speaks in the quotation that
  comes next with no attribution of its own, in the same paragraph or opening the next one, rather
  than the speaker quoted before; a sentence whose cue word ends a clause about something else
  ("... based on unconfirmed reports.") is no attribution of the quotation after it;
- "it said" never stands for a person described by a title: after "a spokeswoman for the Harbour
  Authority said", "it" is the Harbour Authority; after "an official said", a body that spoke
  before; a body whose name has a plural after "of" ("the committee of finance ministers") is one
  body that "it" stands for, not a plural;
- two groups of people speaking together ("..., witnesses and officials said", "Police and
  firefighters said ...", "medical sources and witnesses said") are one speaker phrase, not the
  second group alone and not lost; an "and" that joins clauses ("shares fell on the news and many
  observers said", "With politicians and campaigners calling for ...") joins no speakers;
- quotations signed one after another in a run ('"..." ― Ana Ruiz "..." ― Tom Hale') are each the
  signer's, the later ones too (a quotation followed by a signature stands on its own); a hyphen with
  spaces on both sides signs a quotation like a dash ('"..." - Ana Ruiz' closing the paragraph), not
  a hyphen inside a sentence ('"fine" - Tom Hale disagreed').
"""

from __future__ import annotations

import pytest

import diplotext
from diplotext.model import Quote


def quotes(text: str) -> list[Quote]:
    return list(diplotext.extract(text, published="2030-06-12", layout="body").quotes)


def spoken(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.kind, q.speaker, q.text) for q in quotes(text)]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            'The insurer Halberg Re said: "This is above all a human disaster. It is too soon to count '
            'our losses." Norvia Insurance has said it expects no large claims.',
            "Halberg Re",
            ("Norvia Insurance", "it expects no large claims"),
        ),
        (
            '"We will build a new harbour wall," Mayor Ilse Brandt said. "It will protect the old town." '
            "The government has said it will pay for half of the work.",
            "Ilse Brandt",
            ("government", "it will pay for half of the work"),
        ),
        (
            'The minister, Otto Kranz, said the plan was sound. "We can finish it in two years." '
            "Opposition leader Mara Vell said the money would run out.",
            "Otto Kranz",
            ("Mara Vell", "the money would run out"),
        ),
        (
            'Coach Lena Warsow told reporters: "We played well and we were unlucky." '
            "The club's owner, Piet Hollander, insists that the coach will stay.",
            "Lena Warsow",
            ("Piet Hollander", "the coach will stay"),
        ),
    ],
)
def test_a_new_attribution_after_a_closed_quotation_is_not_its_tag(
    text: str, first: str, second: tuple[str, str]
) -> None:
    got = quotes(text)
    direct = [q for q in got if q.kind == "direct"]
    assert direct and all(q.speaker == first for q in direct)
    assert [(q.speaker, q.text) for q in got if q.kind == "indirect"][-1] == second


@pytest.mark.parametrize(
    "tag",
    [
        "Ms Vell told the Harbour Gazette on Monday.",
        "Ms Vell said of the plan.",
        "Ms Vell said as she left the hall.",
        "Ms Vell said on Monday.",
        "Ms Vell later recalled.",
    ],
)
def test_a_bare_tag_after_a_closed_quotation_still_closes_it(tag: str) -> None:
    text = f'Mara Vell spoke after the vote. "We did nothing wrong." {tag}'
    assert spoken(text) == [("direct", "Mara Vell", "We did nothing wrong.")]


_OPENING = (
    'The mayor, Karla Odenwald, opened the new bridge on Monday. "We built it properly, and that '
    'takes time," she told the crowd.'
)


@pytest.mark.parametrize(
    ("bare", "sep", "speaker"),
    [
        ("Local grocer Hanna Brill agreed.", " ", "Hanna Brill"),
        ("Tomas Veltri, a baker, replied.", "\n\n", "Tomas Veltri"),
        ("Tomas Veltri, who runs the bakery on the square, disagreed sharply and replied.", " ", None),
        ("Tomas Veltri, who runs the bakery on the square, replied.", " ", "Tomas Veltri"),
        ("But Ms Brill also explained.", "\n\n", "Ms Brill"),
    ],
)
def test_a_bare_attribution_says_who_speaks_next(bare: str, sep: str, speaker: str | None) -> None:
    text = f'{_OPENING}\n\n{bare}{sep}"It took far too long. Nobody has said sorry."'
    got = [q for q in quotes(text) if q.text.startswith("It took")]
    assert len(got) == 1
    if speaker is None:
        assert got[0].speaker == "Karla Odenwald"
    else:
        assert got[0].speaker is not None and got[0].speaker.endswith(speaker.split()[-1])


def test_a_clause_ending_in_a_cue_word_attributes_nothing_after_it() -> None:
    text = (
        f"{_OPENING}\n\nThe bridge was first in the news in July, based on unconfirmed reports. "
        '"It took far too long."'
    )
    (got,) = [q for q in quotes(text) if q.text.startswith("It took")]
    assert got.speaker in (None, "Karla Odenwald")


@pytest.mark.parametrize(
    ("first", "speaker"),
    [
        ("Water levels fell again, a spokeswoman for the Harbour Authority said.", "Harbour Authority"),
        ("The Committee of Finance Ministers said the talks went well.", "Committee of Finance Ministers"),
        (
            "The Harbour Authority said the talks went well. Water levels fell again, an official said.",
            "Harbour Authority",
        ),
    ],
)
def test_it_said_is_no_person(first: str, speaker: str) -> None:
    got = quotes(f"{first} It said the drought would last until May.")
    assert [q.speaker for q in got if q.text.startswith("the drought")] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Three people died in the fire, witnesses and officials said.", "witnesses and officials"),
        (
            "Three people died in the fire, medical sources and witnesses said.",
            "medical sources and witnesses",
        ),
        ("Police and firefighters said the blaze started in the kitchen.", "Police and firefighters"),
        ("Some analysts and fund managers say the shares are cheap.", "Some analysts and fund managers"),
        ("Shares fell on the news and many observers said the firm was in trouble.", "many observers"),
    ],
)
def test_two_groups_speaking_together(text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes(text) if q.kind == "indirect"] == [speaker]


def test_an_and_after_a_preposition_joins_no_speakers() -> None:
    text = "Poverty is on the agenda, with politicians and campaigners calling for more aid."
    assert all(not (q.speaker or "").lower().startswith("with") for q in quotes(text))


def test_quotations_signed_in_a_run() -> None:
    text = (
        "Readers wrote in about the plan. \u201cIt is a bad plan for the town.\u201d \u2015 Ana Ruiz "
        "\u201cI would rather move away than live with this.\u201d \u2015 Tom Hale "
        "\u201cNobody asked us.\u201d \u2015 Eva Lind"
    )
    assert [(q.kind, q.speaker) for q in quotes(text)] == [
        ("direct", "Ana Ruiz"),
        ("direct", "Tom Hale"),
        ("direct", "Eva Lind"),
    ]


def test_a_hyphen_signature() -> None:
    text = (
        'The mayor spoke first.\n\n"It is a fine plan for the town." - Ana Ruiz\n\n"We will see." - Tom Hale'
    )
    assert [q.speaker for q in quotes(text)] == ["Ana Ruiz", "Tom Hale"]

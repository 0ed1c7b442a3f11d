"""Quote classes of the twenty-sixth session (issue 10, helper quotes40): an attribution after its
clause opened by "as", and the object of "cite" that names a source. Every sentence is invented."""

from __future__ import annotations

import pytest

import diplotext


def _quotes(body: str) -> list[tuple[str, str, str | None, str | None]]:
    doc = diplotext.extract_record({"title": "Harbour news", "text": body, "published": "2010-05-05"})
    names = {a.id: a.name for a in doc.actors}
    return [(q.kind, body[q.start : q.end], q.cue, names.get(q.speaker or "", q.speaker)) for q in doc.quotes]


@pytest.mark.parametrize(
    ("body", "text", "cue"),
    [
        (
            "The two delegations met in Varnholm last week, as the Varnholm Courier reported on Tuesday.",
            "The two delegations met in Varnholm last week",
            "reported",
        ),
        (
            "The ferry deal collapsed in March, as the harbour minister told reporters in Varnholm.",
            "The ferry deal collapsed in March",
            "told",
        ),
        (
            "The border will stay shut until May, just as Minister Edda Tolvik said last week.",
            "The border will stay shut until May",
            "said",
        ),
        (
            "The treaty had quietly lapsed two years earlier, as one senior diplomat put it.",
            "The treaty had quietly lapsed two years earlier",
            "put it",
        ),
    ],
)
def test_a_clause_before_as_and_an_attribution_is_reported(body: str, text: str, cue: str) -> None:
    assert [(k, t, c) for k, t, c, _ in _quotes(body)] == [("indirect", text, cue)]


_REPORT = " The ferry deal collapsed in March, as the Varnholm Courier reported."


@pytest.mark.parametrize(
    "body",
    [
        # a clause follows the cue: "as he said he would" reports no clause before it
        "Minister Edda Tolvik left the ferry talks early, as she said she would.",
        # a saying, no one's report
        "At ten crowns a ticket, the ferry is as cheap as chips, as the man says.",
        "The ferry is cheap and cheerful, as they say.",
    ],
)
def test_no_clause_before_as_when_the_attribution_goes_on_or_is_a_saying(body: str) -> None:
    found = [t for _, t, _, _ in _quotes(body + _REPORT)]
    assert "The ferry deal collapsed in March" in found
    assert [t for t in found if t.startswith(("Minister", "At ten", "The ferry is"))] == []


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        (
            "The Courier reported that the ferry talks had failed, citing unnamed government officials.",
            ["the ferry talks had failed"],
        ),
        (
            "The Courier said the deal was off, citing sources close to the harbour board.",
            ["the deal was off"],
        ),
        ("The Courier cited two senior diplomats in the capital.", []),
        # what was cited stays a quote
        (
            "The shipping line cited weak demand in the north for the loss. It cited harbour officials.",
            ["weak demand in the north for the loss"],
        ),
        (
            "The harbour office declined to comment, citing the ongoing inquiry. It cited port sources.",
            ["the ongoing inquiry"],
        ),
    ],
)
def test_the_object_of_cite_that_names_a_source_is_no_quote(body: str, kept: list[str]) -> None:
    assert [t for _, t, _, _ in _quotes(body)] == kept


@pytest.mark.parametrize(
    ("body", "text", "cue"),
    [
        # a progressive complement cue has its speaker before it, as the past form does
        (
            "Minister Edda Tolvik is defending her handling of the ferry strike.",
            "her handling of the ferry strike",
            "defending",
        ),
        (
            "Minister Edda Tolvik was also urging the rebels to lay down their arms.",
            "the rebels to lay down their arms",
            "urging",
        ),
        # a two-word progressive cue is active, not a passive
        (
            "Minister Edda Tolvik is calling for an inquiry into the ferry crash.",
            "an inquiry into the ferry crash",
            "calling for",
        ),
        ("The dock unions are calling on the cabinet to resign.", "the cabinet to resign", "calling on"),
    ],
)
def test_a_progressive_cue_reports_its_object(body: str, text: str, cue: str) -> None:
    assert [(k, t, c) for k, t, c, _ in _quotes(body)] == [("indirect", text, cue)]


def test_how_ends_a_speaker_phrase_read_back_from_the_cue() -> None:
    body = (
        'Minister Edda Tolvik spoke in Varnholm on Monday. "There is no other way than talks." '
        "That was how the minister put it."
    )
    assert [(t, s) for _, t, _, s in _quotes(body)] == [("There is no other way than talks.", "Edda Tolvik")]


def test_a_progressive_cue_inside_a_reported_clause_is_part_of_it() -> None:
    body = (
        "The harbour board said it is calling for an inquiry into the ferry crash. "
        "Minister Edda Tolvik is calling for calm on the docks."
    )
    assert [(t, c) for _, t, c, _ in _quotes(body)] == [
        ("it is calling for an inquiry into the ferry crash", "said"),
        ("calm on the docks", "calling for"),
    ]


def test_an_infinitive_after_a_cue_is_no_listener() -> None:
    body = "The harbour board proposed to draw up a yearly report on the docks."
    assert [t for _, t, _, _ in _quotes(body)] == ["to draw up a yearly report on the docks"]


@pytest.mark.parametrize(
    "body",
    [
        "The harbour office declined to comment. It proposed to draw up a yearly report on the docks.",
        "The harbour office refused to elaborate. It proposed to draw up a yearly report on the docks.",
    ],
)
def test_a_refusal_to_speak_is_no_quote(body: str) -> None:
    assert [t for _, t, _, _ in _quotes(body)] == ["to draw up a yearly report on the docks"]


def test_a_lower_case_listener_after_to_is_skipped_but_an_infinitive_is_not() -> None:
    body = (
        "Ivo Harlow admitted to jurors he had lied about the ferry accounts. "
        "The harbour board proposed to draw up a yearly report on the docks."
    )
    assert [t for _, t, _, _ in _quotes(body)] == [
        "he had lied about the ferry accounts",
        "to draw up a yearly report on the docks",
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Unsolicited marketing calls to the islands are banned.",
        "The firm routes voice calls via the net.",
        "Ferry users can receive phone calls from the mainland.",
    ],
)
def test_calls_after_a_modifier_is_a_noun(body: str) -> None:
    assert [t for _, t, _, _ in _quotes(body + " The harbour board calls for calm on the docks.")] == [
        "calm on the docks"
    ]


def test_calls_after_a_text_is_the_verb() -> None:
    body = "Ferry users can receive phone calls from the mainland. The resolution calls on rebels to disarm."
    assert [t for _, t, _, _ in _quotes(body)] == ["rebels to disarm"]

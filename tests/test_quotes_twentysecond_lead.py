"""Speaker phrases that are no speaker, or that swallowed a time phrase (issue 10, twenty-second
session, the lead's classes from the corpus's junk speakers). Every sentence is invented."""

from __future__ import annotations

import pytest

import diplotext


def _speakers(body: str) -> list[tuple[str | None, str | None]]:
    doc = diplotext.extract_record({"title": "Harbour news", "text": body, "published": "2010-05-05"})
    return [(q.speaker, q.cue) for q in doc.quotes]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a fronted time with no comma is no part of the subject
        ("Last week harbour workers announced that the strike would end.", "harbour workers"),
        ("On Thursday officials reported that the number of cases had doubled.", "officials"),
        ("Until March Vexcom said old handsets could be returned for repair.", "Vexcom"),
        # a passive's agent after the day it was quoted
        (
            "A senior aide was quoted Tuesday by regional media as saying the cabinet would resign.",
            "regional media",
        ),
        # a year or a date closing the subject
        ("The Regional Planning Office in 2008 said the bridge needed repairs.", "Regional Planning Office"),
    ],
)
def test_a_time_phrase_is_cut_from_the_speaker(body: str, speaker: str) -> None:
    assert [s for s, _ in _speakers(body)] == [speaker]


@pytest.mark.parametrize(
    "body",
    [
        # a sum of money
        "Outlays rose by pounds 2.1bn in March, more than forecast and above the pounds 1.9bn reported"
        " a month earlier.",
        # a verb with its count
        "But the rift became plain when the Assembly last week voted 62-30 in favour of a motion calling on"
        " the cabinet to publish the accounts.",
        # a clause after a subordinator
        "The republic says its border will stay closed to traders unless the regional bloc keeps pledges made"
        " in 2011 to lift the embargo.",
    ],
)
def test_a_fragment_is_no_speaker(body: str) -> None:
    found = _speakers(body)
    assert found, "the cue is still read"
    assert all(s is None or (not any(ch.isdigit() for ch in s) and " unless " not in s) for s, _ in found)


def test_an_adverb_opening_the_sentence_is_no_speaker() -> None:
    body = 'Not unexpectedly, the opposition leader Hal Gorsky was harsher, calling the plan "a disgrace".'
    assert all(s in (None, "Hal Gorsky") for s, _ in _speakers(body))


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The Sunday Courier reported that the minister would resign.", "Sunday Courier"),
        ("Around one quarter said they would vote for the opposition.", "Around one quarter"),
        ("The Harbour Board on Friday said the quay would reopen.", "Harbour Board"),
    ],
)
def test_what_only_looks_like_a_time_or_a_fragment_stays(body: str, speaker: str) -> None:
    assert [s for s, _ in _speakers(body)] == [speaker]


def test_a_dash_before_the_subject_is_cut_from_the_speaker() -> None:
    body = (
        "The opposition -- which is seeking a recount -- was defiant. Since then the party has been silent --"
        ' the outspoken senator vowed he would not yield "one inch" on the vote. "We stand firm, and we will'
        ' not move," he said.'
    )
    found = _speakers(body)
    assert found and all(s == "the outspoken senator" for s, _ in found)


def test_the_end_of_a_compound_is_no_speaker() -> None:
    body = "The Farmers League(FL)-led 12-party alliance announced a postponement of the strike."
    assert all(s is None or not s.startswith("-") for s, _ in _speakers(body))
    assert _speakers(body), "the cue is still read"


_MARKETS = """Bourse closes higher

The Harbour City bourse closed higher on Monday.

Composite Index: 1,204.55 points, up 3.10 points;

Small Caps Index: 88.61 points, down 0.45 points;

Revenue declined 8% to $12.4 million, from $13.5 million a year earlier, the company said.

MARLOW: Twenty years ago I stood here and said the port would grow.
"""


def test_market_rows_and_falls_are_no_quotes() -> None:
    title, _, body = _MARKETS.partition("\n\n")
    doc = diplotext.extract_record({"title": title, "text": body, "published": "2010-05-05"})
    found = [(q.speaker, q.cue, q.text) for q in doc.quotes]
    assert not any(s is not None and s.endswith("Index") for s, _, _ in found)  # a row of a table
    fall = "Revenue declined 8% to $12.4 million, from $13.5 million a year earlier"
    assert ("company", "said", fall) in found  # the figure is what the company said, not a refusal
    assert any(s == "MARLOW" for s, _, _ in found)  # a turn of a transcript stays


@pytest.mark.parametrize(
    "body",
    [
        "The interim manager named by the court to run the insolvent shipping firm's affairs asked that the"
        " sale be halted.",
        "The exiled rebel chief in a recent message on the eve of the holiday to mark the end of the harvest"
        " season called on his followers to keep fighting.",
    ],
)
def test_a_verb_and_its_object_is_no_speaker(body: str) -> None:
    found = _speakers(body)
    assert found, "the cue is still read"
    assert all(s is None or s.split()[0] not in ("run", "mark") for s, _ in found)


def test_a_title_before_a_state_stays_a_speaker() -> None:
    found = _speakers("A top Harbour City official here told reporters the talks would resume.")
    assert [(s or "").startswith("top Harbour City official") for s, _ in found] == [True]  # "top" is no verb


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a share or a count of people speaks; a bare number does not
        (
            'In the harbour survey, 49 percent of those asked said the strike was "very damaging".',
            "49 percent of those asked",
        ),
        (
            "The survey showed 77 percent of rural women said they knew of legal aid.",
            "77 percent of rural women",
        ),
        ("In the study, 12,000 people surveyed said they never vote.", "12,000 people surveyed"),
        # a day owning the speaker
        ("Wednesday's statement said the federation would convene a hearing.", "statement"),
    ],
)
def test_shares_of_people_and_owned_statements_speak(body: str, speaker: str) -> None:
    assert {s for s, _ in _speakers(body)} == {speaker}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "continue" away from any words said is no cue, and the clause goes to the real cue
        (
            "Talks with the port operators will continue, the authority said on Monday.",
            [("authority", "said")],
        ),
        ("If the heavy outflows continue, fund managers will have to sell bonds.", []),
        ("As the inquiry continued, the minister urged restraint in the press.", [("minister", "urged")]),
        # beside a quotation or after what was said it reports speech
        (
            'The tax cuts would lift growth, Halvard Moen said. "We are on track," he continued.',
            [("Halvard Moen", "said"), ("Halvard Moen", "continued")],
        ),
    ],
)
def test_continue_reports_speech_only_beside_words(body: str, expected: list[tuple[str, str]]) -> None:
    assert _speakers(body) == expected


def test_a_count_of_time_is_no_speaker() -> None:
    body = "One month after announcing his retirement, Harlan Vosk still believes the port can be saved."
    assert all(s is None or s != "One" for s, _ in _speakers(body))
    assert _speakers("Five said it had stopped the promotion.") == [("Five", "said")]  # a channel


def test_a_fronted_phrase_without_its_comma_leaves_the_subject_after_it() -> None:
    body = (
        "The company is aiming for ten million subscribers, said Mr Hallard. During his speech Mr Hallard"
        " took several swipes at rival consoles and said chips had to be made with developers in mind."
        ' "Our approach is speed," he said.'
    )
    assert [s for s, _ in _speakers(body)] == ["Hallard"] * 3

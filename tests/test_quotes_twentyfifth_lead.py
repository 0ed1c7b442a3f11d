"""Quote classes found by the lead in the twenty-fifth session.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

import diplotext


def _texts(text: str) -> list[str]:
    doc = diplotext.extract(text, published="2030-06-12", layout="body")
    return [q.text for q in doc.quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The ferry service will resume in May, the transport minister said Tuesday, in a move "
            "welcomed by island councils.",
            "The ferry service will resume in May",
        ),
        (
            "The college will hire 40 teachers over two years, Education Minister Ola Brandvik "
            'announced Monday, in what she called "a fresh start."',
            "The college will hire 40 teachers over two years",
        ),
        (
            "The union is talking to every party, its secretary told the radio, without naming a date.",
            "The union is talking to every party",
        ),
        (
            "Exports fell for a third month, the trade office said, in response to questions from the press.",
            "Exports fell for a third month",
        ),
    ],
)
def test_an_adjunct_after_the_attribution_is_not_what_was_said(text: str, content: str) -> None:
    assert _texts(text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the clause the attribution interrupts goes on after it
        (
            "It is normal, she explains, for envoys to travel in pairs.",
            "It is normal, she explains, for envoys to travel in pairs",
        ),
        (
            "What the auditors found, he says, in the cellar was a second ledger.",
            "What the auditors found, he says, in the cellar was a second ledger",
        ),
        (
            "The bridge will be inspected, the engineer said, to see whether it can carry lorries.",
            "The bridge will be inspected, the engineer said, to see whether it can carry lorries",
        ),
    ],
)
def test_a_clause_that_goes_on_after_the_attribution_keeps_its_words(text: str, content: str) -> None:
    assert _texts(text) == [content]


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    doc = diplotext.extract(text, published="2030-06-12", layout="body")
    return [(q.kind, q.speaker, q.text) for q in doc.quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The board shut the depot, a decision one driver called "a betrayal."', "one driver"),
        ('The council passed the levy, a plan the mayor described as "overdue."', "mayor"),
        ("After the merger many traders said the market was calmer.", "many traders"),
    ],
)
def test_a_speaker_in_a_relative_clause_without_that_opens_at_its_determiner(text: str, speaker: str) -> None:
    assert [s for _, s, _ in _quotes(text)] == [speaker]


def test_the_noun_a_relative_clause_hangs_on_is_not_what_was_said() -> None:
    quotes = _quotes(
        'The agency said its director left to write a book, a step the agency termed "a friendly parting."'
    )
    assert ("indirect", "agency", "its director left to write a book") in quotes
    assert ("partial", "agency", "a friendly parting.") in quotes


def test_a_name_opened_by_a_capital_the_is_one_phrase() -> None:
    quotes = _quotes("The ferry sank on Monday, the weekly The Harbour Post reported.")
    assert [(k, t) for k, _, t in quotes] == [("indirect", "The ferry sank on Monday")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The minister told reporters in Halden the ferry would run again next week.",
            "the ferry would run again next week",
        ),
        ("The envoy told a news conference in Tromso the talks had stalled.", "the talks had stalled"),
        ("The envoy said in New Brunswick that the talks had stalled.", "the talks had stalled"),
    ],
)
def test_a_place_after_the_cue_or_its_listener_is_not_what_was_said(text: str, content: str) -> None:
    assert _texts(text) == [content]


def test_a_place_that_runs_on_into_a_noun_is_no_adjunct() -> None:
    # "in X city, where ...": the place belongs to the speaker after an inverted cue
    text = "Nine workers were rescued, said the mine office in Halden city, where the pit is."
    assert _texts(text) == ["Nine workers were rescued"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bus left at 6 p.m. The driver said nothing.",
            ["The bus left at 6 p.m.", "The driver said nothing."],
        ),
        (
            "The plant belongs to Norvik Inc. It employs 300.",
            ["The plant belongs to Norvik Inc.", "It employs 300."],
        ),
        (
            "The vote is set for 9 a.m. Tuesday in the hall.",
            ["The vote is set for 9 a.m. Tuesday in the hall."],
        ),
        (
            "He joined Norvik Inc. Chairman Ola Berg said so.",
            ["He joined Norvik Inc. Chairman Ola Berg said so."],
        ),
    ],
)
def test_an_abbreviation_ends_a_sentence_before_a_closed_class_word(text: str, expected: list[str]) -> None:
    from diplotext.text import sentence_spans

    assert [text[s:e] for s, e in sentence_spans(text)] == expected


@pytest.mark.parametrize("title", ["Reeve", "Deputy Reeve", "Warden", "Grand Chief", "Trustee", "Cpl."])
def test_a_local_office_before_a_name_is_a_title(title: str) -> None:
    text = (
        f"{title} Ola Brandvik said the road would reopen.\n\n"
        'Brandvik was unhappy. "Nobody listens," he said.'
    )
    doc = diplotext.extract(text, published="2030-06-12", layout="body")
    assert [a.name for a in doc.actors if a.kind == "person"] == ["Ola Brandvik"]
    assert [q.speaker for q in doc.quotes] == ["Ola Brandvik", "Ola Brandvik"]


@pytest.mark.parametrize("surname", ["Reeve", "Warden", "Pastor", "Mayor"])
def test_a_title_right_after_a_given_name_is_a_surname(surname: str) -> None:
    text = f'Ola {surname}, a ferry captain, said the crossing was rough. "Never again," {surname} said.'
    doc = diplotext.extract(text, published="2030-06-12", layout="body")
    assert [a.name for a in doc.actors if a.kind == "person"] == [f"Ola {surname}"]
    assert [q.speaker for q in doc.quotes] == [f"Ola {surname}", f"Ola {surname}"]

"""Speaker and span classes of local and provincial news (issue 10, twenty-fifth session, helper
quotes39), found on stories written for the purpose and tested on other sentences written for
these tests:

- a person named after lower-case role words and before "of" and a body ("Water engineer Ida
  Marsh of Brook College said") is the person, not the body nor the whole phrase;
"""

from __future__ import annotations

import pytest
from tests.builders import speaker_of

import diplotext


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Lab director Ida Marsh of the Brook Water Trust said the dam was sound.", "dam", "Ida Marsh"),
        (
            "Veteran farm economist Paul Dube of the Prairie Institute said prices would fall.",
            "prices",
            "Paul Dube",
        ),
        ("Music teacher Lena Holt of École Saint-Roch said the choir would travel.", "choir", "Lena Holt"),
    ],
)
def test_a_person_after_role_words_before_a_body_is_the_speaker(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Parent Omar Reyes said the new bus route was far too long.", "bus", "Omar Reyes"),
        ("Elder Mary Whitehorse said the river had changed in her lifetime.", "river", "Mary Whitehorse"),
        ("Advocate Sherry Quill said the shelter needed more beds.", "shelter", "Sherry Quill"),
        ("Caregiver Ann Doyle said the home was short of staff.", "home", "Ann Doyle"),
        ("Landlord Steve Bilodeau said the rent freeze would ruin him.", "rent", "Steve Bilodeau"),
    ],
)
def test_a_local_role_before_a_name_is_no_part_of_it(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


def _indirect(text: str) -> list[str]:
    doc = diplotext.extract(text, published="2030-06-12", layout="body")
    return [q.text for q in doc.quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Mayor Lise Tardif told trustees the pool would reopen in June.", "the pool would reopen in June"),
        (
            "The clerk told councillors the vote had been recorded wrongly.",
            "the vote had been recorded wrongly",
        ),
        ("The owner told staff the bakery would close for good.", "the bakery would close for good"),
        (
            "The superintendent told parents at a packed gym the school would stay open.",
            "the school would stay open",
        ),
        ("The coroner said during the inquest the driver had been speeding.", "the driver had been speeding"),
    ],
)
def test_a_local_audience_and_occasion_are_no_part_of_what_was_said(text: str, content: str) -> None:
    assert _indirect(text) == [content]


@pytest.mark.parametrize(
    "text",
    [
        'The ferry docked at 6 a.m. "Nobody was hurt," the captain said.',
        '"The roof is fixed," the caretaker told parents at 7 p.m. "Classes resume tomorrow."',
    ],
)
def test_a_quotation_after_a_clock_time_opens_a_sentence(text: str) -> None:
    doc = diplotext.extract(text, published="2030-06-12", layout="body")
    assert [q.kind for q in doc.quotes] == ["direct"] * len(doc.quotes)
    assert len(doc.quotes) == text.count('"') // 2


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Lakes and Rivers Canada said the water was clean again.", "water", "Lakes and Rivers Canada"),
        ("Farms and Forests Canada said the drought had eased.", "drought", "Farms and Forests Canada"),
    ],
)
def test_a_national_body_of_two_fields_is_named_whole(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Trustee Ines Ruiz asked the superintendent whether the portables were heated.",
            "whether the portables were heated",
        ),
        (
            "The senator asked Okonjo why the ferry contract was never tendered.",
            "why the ferry contract was never tendered",
        ),
        ("A reporter asked him if the lake was safe for swimming.", "if the lake was safe for swimming"),
    ],
)
def test_the_person_asked_is_no_part_of_the_question(text: str, content: str) -> None:
    assert _indirect(text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The province told Kelwick to repair the bridge before winter.",
            "Kelwick to repair the bridge before winter",
        ),
        ("The union told them to stay home on Monday.", "them to stay home on Monday"),
    ],
)
def test_an_order_keeps_the_one_told(text: str, content: str) -> None:
    assert _indirect(text) == [content]

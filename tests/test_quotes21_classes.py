"""Quote classes of issue 10's seventeenth session (branch quotes21), each with sentences written for
these tests (no text of any annotated or corpus article):

- two coordinated group names as the subject of a cue ("The Greens and Social Democrats said",
  "Labour and the Liberals said", "Both the Greens and the Farmers Union said") are one speaker, the
  whole coordination; two people ("Ada Jones and Williams") and a single body whose name holds
  "and" are left as they were;
- a short fronted subject with "according to X" between commas ("The snag, according to X, is that
  ...") keeps the whole sentence as the content, not the words after the source;
- a pronoun and a cue verb between commas inside one clause ("It is common, he explains, for ...",
  "It was clear, he recalled, that ...") report the whole sentence;
- "the mayor said" resolves forward only to a person named with that title, not to the next person
  named; lower-case words before a name in the previous sentence ("... the mayor said. Tom X ...")
  are no title of that name.
"""

from __future__ import annotations

import pytest

import diplotext


def quotes(text: str) -> list[tuple[str, str | None, str]]:
    doc = diplotext.extract(text, published="2030-06-12", layout="body")
    return [(q.kind, q.speaker, q.text) for q in doc.quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Greens and Social Democrats said the rent cap would be extended to the suburbs.",
            "Greens and Social Democrats",
        ),
        (
            "The Greens and the Social Democrats said on Monday that the ferry fares were too high.",
            "Greens and the Social Democrats",
        ),
        (
            "Labour and the Liberals said the vote on the harbour tunnel should wait a year.",
            "Labour and the Liberals",
        ),
        (
            "Both the Greens and the Farmers Union said the water levy would hurt small growers.",
            "Greens and the Farmers Union",
        ),
    ],
)
def test_two_coordinated_groups_speak_together(text: str, speaker: str) -> None:
    assert [s for _, s, _ in quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Ports and Harbours Commission said its fees would rise.", "Ports and Harbours Commission"),
        ("Writer Ada Jones and Williams said the festival would move to the old mill.", "Williams"),
    ],
)
def test_no_coordination_of_groups(text: str, speaker: str) -> None:
    assert [s for _, s, _ in quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The snag, according to Mira Kell, is that the pumps were never tested in winter.",
            "The snag, according to Mira Kell, is that the pumps were never tested in winter",
        ),
        (
            "The real risk, according to the harbour board, was a second storm within a week.",
            "The real risk, according to the harbour board, was a second storm within a week",
        ),
    ],
)
def test_fronted_subject_around_according_to(text: str, content: str) -> None:
    assert [c for _, _, c in quotes(text)] == [content]


def test_according_to_after_a_clause_still_reports_the_clause() -> None:
    text = "The pumps were never tested in winter, according to Mira Kell."
    assert quotes(text) == [("indirect", "Mira Kell", "The pumps were never tested in winter")]


@pytest.mark.parametrize(
    ("second", "content"),
    [
        (
            "It is usual, he explains, for growers to sell their seed before the rains.",
            "It is usual, he explains, for growers to sell their seed before the rains",
        ),
        (
            "It was plain, he recalled, that no buyer would come that year.",
            "It was plain, he recalled, that no buyer would come that year",
        ),
        (
            "The seed trade, he explains, has shrunk for a decade.",
            "The seed trade, he explains, has shrunk for a decade",
        ),
    ],
)
def test_parenthetical_pronoun_cue_inside_a_clause(second: str, content: str) -> None:
    text = "Oskar Brandt keeps bees on a hill above the valley. " + second
    assert quotes(text) == [("indirect", "Oskar Brandt", content)]


def test_a_new_clause_after_the_parenthetical_is_not_the_same_clause() -> None:
    text = "Oskar Brandt keeps bees on a hill above the valley. It is late, he explains. The rains came."
    assert all(c != "It is late, he explains" or s == "Oskar Brandt" for _, s, c in quotes(text))


@pytest.mark.parametrize(
    "text",
    [
        "The ferry line opened on Friday. The mayor said the line would cut car traffic by half. "
        "Tom Hale, a council member, said the cost was too high.",
        'The ferry line opened on Friday. "It will cut car traffic by half," the mayor said. '
        "Tom Hale, who sits on the council, was less sure.",
    ],
)
def test_a_role_does_not_go_to_the_next_person_named(text: str) -> None:
    assert quotes(text)[0][1] != "Tom Hale"


@pytest.mark.parametrize(
    "text",
    [
        "The ferry line opened on Friday. The mayor said the line would cut car traffic by half. "
        "Mayor Lena Ortiz has held the post since the spring.",
        "Mayor Lena Ortiz cut the ribbon on Friday. Council member Tom Hale praised the crews. "
        "The mayor said the line would cut car traffic by half.",
    ],
)
def test_a_role_goes_to_its_holder(text: str) -> None:
    assert [s for _, s, c in quotes(text) if c.startswith("the line")] == ["Lena Ortiz"]

"""Adverbials are never the speaker. A phrase opening a sentence before its subject ("Hours
later,", "Facing criticism,", "In a statement released Friday,", "Regardless,"): the subject after
its comma is. Between a speaker and its cue ("also widely", "in fact", "two weeks ago"): the
subject before it is.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

import diplotext
from diplotext.extractors.quotes.fronted import fronted_end, is_fronted


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in diplotext.extract(text, published="2030-06-12", layout="body").quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Hours later, the mayor returned the favour, telling reporters that the deal was fair.", "mayor"),
        (
            "Facing mounting pressure from donors, Ms. Vell released a statement on Sunday, insisting "
            "that she had no plans to quit.",
            "Vell",
        ),
        ("Regardless, the ministry said it found no trace of the letter.", "ministry"),
        ("Rather, aides to the governor say she backs the plan.", "aides to the governor"),
        (
            "Despite the poor polls, Mr. Dunmore had a reply ready, quickly reminding viewers that his "
            "rival had hired a banker.",
            "Dunmore",
        ),
        ("Earlier this week, the minister met farmers, promising that prices would rise.", "minister"),
        (
            "Hastily blaming the storm, the governor cast the blame on the utility, and said the grid "
            "had failed.",
            "governor",
        ),
        (
            "In a statement released Friday, Rep. Ada Lunn reacted to the verdict, saying that the law "
            "had failed.",
            "Ada Lunn",
        ),
    ],
)
def test_the_subject_after_a_fronted_adverbial_speaks(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a demonym before a plural noun is no subject of its own
        (
            "Nevertheless, Kenyan officials over the weekend became more open in declaring that the "
            "dam would be built.",
            "Kenyan officials",
        ),
        # words that only look like openers: a time word before a noun, a verb form that is a name
        ("This page has argued from the start that the boy deserves a hearing.", "This page"),
        ("Broadcast magazine said the show was cheap.", "Broadcast magazine"),
        ("Filtering firm Netsafe said the virus spread quickly.", "Netsafe"),
    ],
)
def test_subjects_that_look_like_openers_stay(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("words", "fronted"),
    [
        ("Hours later", True),
        ("Two days later", True),
        ("Back in 1999", True),
        ("Last year", True),
        ("Facing mounting criticism from donors", True),
        ("Shivering in the cold", True),  # an -ing form the verb lexicon need not know
        ("Buoyed by the result", True),
        ("Amid protests in the capital", True),
        ("But in a statement on Friday", True),
        ("Regardless", True),
        ("Hastily politicizing the storm", True),
        ("Okafor", False),
        ("This page", False),
        ("Broadcast magazine", False),
        ("Sterling Banks", False),
        ("According to the police", False),
    ],
)
def test_is_fronted(words: str, fronted: bool) -> None:
    assert is_fronted(words.split()) is fronted


def test_fronted_end_needs_a_comma_before_the_limit() -> None:
    text = "Hours later, the mayor spoke."
    assert fronted_end(text, 0, len(text)) == text.index("the mayor")
    assert fronted_end(text, 0, 8) is None  # the comma is past the limit
    quoted = 'In "a bold move", the mayor spoke.'
    assert fronted_end(quoted, 0, len(quoted)) is None  # a quotation inside: not an adverbial


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The ministry less than two weeks ago said the letter was lost.", "ministry"),
        ("Local unions also widely condemned the decision to close the plant.", "Local unions"),
        ("Several critics have in fact argued that the plan was unfair.", "Several critics"),
        ("Farm groups bitterly complained that the tariff was unfair.", "Farm groups"),
        ("The league has in the past said it sees the ban as unfair.", "league"),
        ("The tenants thus far have refused to sign, and said they would stay.", "tenants"),
        # a noun in -ly is the speaker's head, not an adverb
        ("The Okafor family said the verdict was unfair.", "Okafor family"),
        ("The royal family said the visit would go ahead.", "royal family"),
    ],
)
def test_adverbials_between_speaker_and_cue_are_no_speaker(text: str, speaker: str) -> None:
    assert speakers(text)[-1:] == [speaker]

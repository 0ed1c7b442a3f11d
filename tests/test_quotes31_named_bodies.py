"""Speaker class of issue 10's twenty-third session (helper quotes31), with sentences written for
these tests (no text of any annotated article): a bare "the company said", "the agency says", "the
group said" after a body the actors plugin does not know and whose name holds no such word opened a
sentence as its subject: that body. Never a person, a headline's word or a word capitalised only
because it opens its sentence.
"""

from __future__ import annotations

import pytest

from builders import speaker_of


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        (  # an acronym with "The" opening the sentence; "the agency" two sentences on
            "The ORTA had been expected to close 90 small towers by June. Fares will rise too. "
            "Most of its staff are controllers, so it cannot cut without them, the agency says.",
            "Most of its staff",
            "ORTA",
        ),
        (  # a campaign whose name holds lower-case words, then "the group"
            "Save Our Coastline will field a candidate in four seats. "
            "The organisation said it had 300 volunteers ready.",
            "300 volunteers",
            "Save Our Coastline",
        ),
        (  # a club's name as the owner of the sentence's subject
            "Dunmore Rovers' board has agreed to open its books to the bidders. "
            "In a statement, the club said it would allow a limited review.",
            "limited review",
            "Dunmore Rovers",
        ),
        (  # a bank's name before the noun its sentence opens with
            "Orvell Mutual profits fell 3 percent in the first quarter, the bank announced on Monday.",
            "profits fell",
            "Orvell Mutual",
        ),
    ],
)
def test_bare_body_description_is_the_body_that_opened_a_sentence(text: str, words: str, who: str) -> None:
    assert speaker_of(text, words) == who


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (  # a person the lists do not know, told by the pronoun after the name
            "Rudo Ferrante has said he is unsure of the bidder's motives.\n\n"
            "The club have confirmed that the family trust has made a third offer.",
            "third offer",
        ),
        (  # a surname of a person introduced before
            "The song was written by radio presenter Tom Oakhurst. Oakhurst wrote it in a week.\n\n"
            "The charity said all the money would go to the relief fund.",
            "relief fund",
        ),
        (  # a word capitalised only because it opens its sentence
            "Weaker sales hit the quarter. The company said it was hopeful about next year.",
            "hopeful",
        ),
    ],
)
def test_no_person_or_capitalised_word_for_the_body(text: str, words: str) -> None:
    who = speaker_of(text, words)
    assert who is None or who.split()[-1] not in {"Ferrante", "Oakhurst", "Weaker"}


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        (  # a body with its acronym in brackets opened the sentence before
            "The Dunmore Film Institute (DFI) hailed both films as a turn for the trade. "
            'It claimed the two makers had "thrown the rule book away".',
            "two makers",
            "Dunmore Film Institute",
        ),
        (  # a state's ministry, the state as its owner, opened the paragraph before
            "Norvia's Ministry of Fisheries on Tuesday confirmed a cod quota cut for the north.\n\n"
            "It said in a statement that 40 boats would stay in port until May.",
            "40 boats",
            "Ministry of Fisheries",
        ),
    ],
)
def test_it_with_no_body_speaking_before_is_the_body_that_opened_the_sentence(
    text: str, words: str, who: str
) -> None:
    assert speaker_of(text, words) == who

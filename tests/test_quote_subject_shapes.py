"""Subjects the speaker phrase misread: "..., with X saying ..." (X says it), a restrictive "who"
clause between the subject and the cue ("economists who favor X agree": the economists), and an
attribution set off by commas after the subject of the reported clause ("X, officials said, ...":
the officials).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

import diplotext


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in diplotext.extract(text, published="2030-06-12", layout="body").quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Farmers were quick to respond, with Ms. Vell tweeting that the tariff was a disaster.", "Vell"),
        (
            "Okafor turned his fire on the mayor, with the campaign of the former governor saying the "
            "mayor was no reformer.",
            "campaign of the former governor",
        ),
        ("Even economists who favor carbon taxes agree that change will be slow.", "economists"),
        ("A local councillor who was at the event has also defended the mayor.", "local councillor"),
        ("Mr. Okafor, officials said, has become skeptical of the plan.", "officials"),
        ("The mayor, aides say, is tired of the fight.", "aides"),
    ],
)
def test_the_subject_of_the_cue_speaks(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an apposition, not a parenthetical attribution: the name before it speaks
        ('Carlos Nuno, head of trade for the ministry said, "we will wait."', "Carlos Nuno"),
        # a "who" clause with a subject of its own: the subject inside it speaks
        ('He backed help for pensioners, especially women who he said "are most likely to be poor".', "he"),
    ],
)
def test_shapes_that_stay(text: str, speaker: str) -> None:
    got = list(diplotext.extract(text, published="2030-06-12", layout="body").quotes)
    assert got and all(
        text[q.speaker_start : q.speaker_end] == speaker for q in got if q.speaker_start is not None
    )
    assert any(q.speaker_start is not None for q in got)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a "who" clause set off by commas after a common noun
        (
            "One attendee, who like others spoke on the condition of anonymity, said the meeting was tense.",
            "One attendee",
        ),
        # ... but a name after the cue is the speaker of a sentence it closes
        ("Rescuers are searching for five miners, who likely did not survive the blast, said Li.", "Li"),
        # a fronted subordinate clause
        ("When the storm hit, the governor met farmers, promising that aid would come.", "governor"),
        ("If the deal fails, officials said, prices will rise.", "officials"),
    ],
)
def test_relative_and_subordinate_clauses(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # one-word roles of the actors plugin are people who can speak
        (
            'Shivering in a long silver dress, the Kenyan-born actress stopped and joked: "It is cold '
            'but I love it."',
            "Kenyan-born actress",
        ),
        ("Economists agree that change will be slow.", "Economists"),
        ("The striker's agent has warned the club that talks will end on Friday.", "striker's agent"),
    ],
)
def test_role_nouns_speak(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "All athletes must inform their federations where they are.",
        "The court ruled that the speaker could declare the seats vacant.",
        "Details of how investors will be able to claim their share will follow.",
        "She may defend her title in Paris next year.",
    ],
)
def test_a_speech_act_under_a_modal_of_possibility_is_no_quote(text: str) -> None:
    assert speakers(text) == []


def test_first_person_hedges_stay_speech() -> None:
    got = diplotext.extract("I must say, the plan is good.", published="2030-06-12", layout="body").quotes
    assert [q.cue for q in got] == ["say"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A news report published Wednesday said the minister used a private phone.", "news report"),
        ("Okafor, speaking at a rally in Dayton, Ohio, warned that the plan would fail.", "Okafor"),
        ("Ana Ruiz, from Omaha, Nebraska, said she would sell the farm.", "Ana Ruiz"),
        (
            "The union's organiser in Lagos, Ade Bello, told reporters that the strike would go on.",
            "Ade Bello",
        ),
        (
            "A letter from the union obtained by The Daily Ledger warns that strikes will follow.",
            "letter from the union",
        ),
        ('"It will not spread," Stromberg added by telephone.', "Stromberg"),
    ],
)
def test_places_participles_and_agents_around_the_speaker(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_passive_added_by_is_no_speech() -> None:
    assert (
        speakers("Democrats blocked the bill because of measures added by Republicans on other issues.") == []
    )

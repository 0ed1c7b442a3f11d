"""Quote classes of issue 10's twenty-fifth session (helper quotes38), each with sentences written
for these tests (no text of any annotated article):

- a quoted fragment in typewriter marks ('' ... '') ending the reported clause before an inverted or
  closing attribution ("The growers are ''out of options,'' said X, an economist"): the clause is the
  words before the attribution, as with straight or curly marks; before, the description after the
  name ("an economist at a bank") or an adjunct after the cue ("from his office") was taken for
  what was said;
- a cue's past form used as an adjective before a plural noun, after a preposition, "more"/"fewer"
  or "include" ("a lead in pledged votes", "the tally includes pledged votes"): no cue;
- a reporter's credit line ("Velko reported from Lisbon."): no quote.
"""

from __future__ import annotations

import pytest

import diplotext
from diplotext.model import Quote


def quotes(text: str) -> list[Quote]:
    return list(diplotext.extract(text, published="2030-06-12", layout="body").quotes)


def triples(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.speaker) for q in quotes(text)]


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        (
            "The growers are ''simply out of options,'' said Tomas Rein, an economist at a bank.",
            "The growers are ''simply out of options,''",
            "Tomas Rein",
        ),
        (
            "Still, the orchards are ''barely making a profit,'' Mr. Tomas Rein said from his office "
            "in Porto.",
            "the orchards are ''barely making a profit,''",
            "Tomas Rein",
        ),
        (
            "The quota plan is ''a gift to the big exporters,'' said Lena Marsh, who chairs the "
            "growers' guild.",
            "The quota plan is ''a gift to the big exporters,''",
            "Lena Marsh",
        ),
    ],
)
def test_a_fragment_in_typewriter_marks_ends_the_clause_before_its_attribution(
    text: str, clause: str, speaker: str
) -> None:
    found = triples(text)
    indirect = [(t, s) for k, t, s in found if k == "indirect"]
    assert indirect == [(clause, speaker)]
    assert ("partial", clause.split("''")[1], speaker) in found


def test_straight_marks_still_give_the_same_clause() -> None:
    found = triples('The growers are "simply out of options," said Tomas Rein, an economist at a bank.')
    assert ("indirect", 'The growers are "simply out of options,"', "Tomas Rein") in found


def test_a_full_quotation_in_typewriter_marks_stays_direct() -> None:
    found = triples("''The harvest is the best in a decade,'' said Tomas Rein, an economist at a bank.")
    assert found == [("direct", "The harvest is the best in a decade,", "Tomas Rein")]


@pytest.mark.parametrize(
    "text",
    [
        "The senator holds a narrow lead in pledged votes over her rival after the spring ballots.",
        "The tally includes pledged votes and proxy ballots from every province.",
        "She has won more pledged votes than her rival in the northern provinces.",
        "The count of delegates with pledged votes was published on Monday by the party office.",
    ],
)
def test_a_past_form_before_a_plural_noun_after_a_preposition_is_an_adjective(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "said", "cue"),
    [
        (
            "In the end, Ines Cordal pledged funds for the growers of the valley.",
            "funds for the growers of the valley",
            "pledged",
        ),
        (
            "The growers from the valley pledged funds for the new dam on Monday.",
            "funds for the new dam on Monday",
            "pledged",
        ),
        (
            "The ministry reported from Porto that the talks had stalled for a week.",
            "the talks had stalled for a week",
            "reported",
        ),
    ],
)
def test_a_cue_with_a_subject_or_a_clause_still_reports(text: str, said: str, cue: str) -> None:
    assert [(q.text, q.cue) for q in quotes(text)] == [(said, cue)]


@pytest.mark.parametrize(
    "credit",
    [
        "Marsh reported from Porto.",
        "Tomas Rein reported from Valencia, Spain.",
        "Rein reported from Porto; Marsh, from Lisbon.",
    ],
)
def test_a_reporters_credit_line_is_no_quote(credit: str) -> None:
    text = f'"The harvest is lost," said Ines Cordal, a grower.\n\n{credit}'
    found = triples(text)
    assert found == [("direct", "The harvest is lost,", "Ines Cordal")]


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        ("Among the growers polled, 42% say they will sell their land.", "they will sell their land", "42%"),
        ("Of the dock workers, 61% said they would strike in May.", "they would strike in May", "61%"),
        (
            "In the port city, 38% of those surveyed said the ferry fares were too high.",
            "the ferry fares were too high",
            "38% of those surveyed",
        ),
    ],
)
def test_a_share_written_with_a_percent_sign_speaks(text: str, said: str, speaker: str) -> None:
    assert triples(text) == [("indirect", said, speaker)]


def test_a_share_in_words_still_speaks() -> None:
    found = triples("Of the dock workers, 61 percent said they would strike in May.")
    assert found == [("indirect", "they would strike in May", "61 percent")]


def test_a_percent_sign_after_a_verb_is_no_speaker_before_a_comma() -> None:
    found = triples("Ferry fares rose 4%, the port authority said on Monday.")
    assert found == [("indirect", "Ferry fares rose 4%", "port authority")]


@pytest.mark.parametrize(
    "text",
    [
        "The newspaper, citing intelligence reports, said the envoy would visit in June.",
        "The newspaper, quoting diplomatic reports, said the envoy would visit in June.",
    ],
)
def test_a_cue_noun_cited_by_a_participle_is_no_cue(text: str) -> None:
    assert [(q.kind, q.text, q.cue) for q in quotes(text)] == [
        ("indirect", "the envoy would visit in June", "said")
    ]


def test_a_figure_with_decimals_and_a_percent_sign_is_no_speaker() -> None:
    text = (
        "The economy grew faster in the spring than the 0.4% reported, according to Ines Cordal, "
        "a deputy governor."
    )
    found = [(q.kind, q.cue, q.speaker) for q in quotes(text)]
    assert found == [("indirect", "according to", "Ines Cordal")]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            'Tomas Rein, known to friends as "the Hawk," said the leaders would meet again on Tuesday.',
            "the leaders would meet again on Tuesday",
        ),
        (
            'Tomas Rein, known to friends as "the Hawk", said the leaders would meet again on Tuesday.',
            "the leaders would meet again on Tuesday",
        ),
        (
            'Tomas Rein, nicknamed "the Hawk," said that the quota would stay until the harvest.',
            "the quota would stay until the harvest",
        ),
        (
            'Speaker Tomas Rein, calling the first round of talks "a slow thaw," said the '
            "leaders would meet again on Tuesday.",
            "the leaders would meet again on Tuesday",
        ),
    ],
)
def test_an_aside_ending_in_a_quoted_fragment_leaves_the_name_the_speaker(text: str, said: str) -> None:
    indirect = [(q.text, q.speaker, q.cue) for q in quotes(text) if q.kind == "indirect"]
    assert indirect == [(said, "Tomas Rein", "said")]


def test_a_nickname_is_no_partial_quote() -> None:
    found = triples(
        'Tomas Rein, known to friends as "the Hawk," said the leaders would meet again on Tuesday.'
    )
    assert [k for k, _, _ in found] == ["indirect"]


def test_a_relative_aside_with_its_own_cue_keeps_both_attributions() -> None:
    text = (
        'Ms Lena Marsh, who said the "levy is far worse than the figures show", called for a review '
        "of the quota."
    )
    found = [(q.kind, q.speaker, q.cue) for q in quotes(text) if q.kind == "indirect"]
    assert found == [("indirect", "Lena Marsh", "said"), ("indirect", "Lena Marsh", "called for")]


def test_a_name_inside_a_longer_phrase_is_no_aside_speaker() -> None:
    text = (
        'The soldiers searched the house of Tomas Rein, who was "a close friend of the rebel chief," '
        "said Lena Marsh."
    )
    found = [(q.kind, q.speaker) for q in quotes(text)]
    assert ("partial", "Lena Marsh") in found
    assert all(speaker == "Lena Marsh" for _, speaker in found)


def test_a_fragment_closing_the_clause_before_an_inverted_speaker_is_unchanged() -> None:
    text = 'The minister met Lena Marsh, who called the plan "a disgrace," said the agency.'
    found = [(q.kind, q.speaker, q.cue) for q in quotes(text)]
    assert ("indirect", "agency", "said") in found


def test_a_share_inside_a_longer_phrase_is_no_speaker() -> None:
    text = (
        "Bad cheques were 16.5% of the losses, with nearly 12% arising from bogus claims on old store cards."
    )
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (
            'The newspaper, quoting "secret memos," said the envoy had offered to resume the talks.',
            "the envoy had offered to resume the talks",
            "newspaper",
        ),
        (
            "The growers, calling the levy ''a disgrace,'' said they would appeal to the court.",
            "they would appeal to the court",
            "growers",
        ),
    ],
)
def test_a_noun_opening_the_sentence_before_a_quoted_aside_speaks(text: str, said: str, speaker: str) -> None:
    indirect = [(q.text, q.speaker) for q in quotes(text) if q.kind == "indirect"]
    assert indirect == [(said, speaker)]

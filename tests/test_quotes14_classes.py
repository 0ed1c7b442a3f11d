"""Quote and speaker classes of issue 10's twelfth session (branch quotes14), each with sentences
written for these tests (no text of any annotated or corpus article). Each test names its class:

- a condition after a say-cue ("said if elected he would ...") is the reported clause, also when a
  fronted phrase and a comma stand before the speaker ("Before X, Y said if ...");
- a short phrase after a say-cue that runs straight into a pronoun subject ("said in politics it
  takes time ...") opens the reported clause; not when a question word or a relative sits in it
  ("a bigger say in how the port runs");
- a person's name followed by the body and place they belong to, set off by commas before the cue
  (", Tom Ferris of Grace Church in Dorval, said"), names that person;
- a count from eleven to ninety (or "dozen", "few") before a cue's -s form makes it a noun ("forty
  phone calls"), as the smaller counts already did;
- a participle ("..., saying ...") goes to the name opening the sentence also when asides in commas
  (a party tag, a role, a relative clause) stand between the name and its verb;
- "he"/"she" after an unnamed, indefinite "a spokesman for X" continues that spokesman (not a
  definite "the MP for X", which most often describes a person the article names);
- a name opening a sentence before an irregular past verb ("Ferris spent ... and says ...") is the
  subject a coordinated cue continues (not "Ferris spent" as a description);
- an adverb set off by commas between a speaker and its cue ("X, however, say") is no end of the
  speaker phrase (but not a relative clause's end before it);
- a cue in a progressive ("X is arguing that ...") attributes its clause as "X argued that" does;
  not in a pseudo-cleft ("What she is saying is ..."), after "be" ("will be telling"), nor with a
  capitalised word before a plural noun as the subject ("Other figures are suggesting").
"""

from __future__ import annotations

import pytest

import diplotext
from diplotext.model import Quote


def quotes(text: str) -> list[Quote]:
    return list(diplotext.extract(text, published="2030-06-12", layout="body").quotes)


def pairs(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in quotes(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Before touring the mill, Ilse Brandvold said if elected she would reopen the line.",
        "After the debate, Ilse Brandvold said if elected she could cut the levy.",
        "Ilse Brandvold said if elected she would reopen the line.",
    ],
)
def test_a_condition_after_the_cue_is_the_reported_clause(text: str) -> None:
    got = pairs(text)
    assert len(got) == 1
    speaker, said = got[0]
    assert speaker == "Ilse Brandvold"
    assert said.startswith("if elected she")


def test_a_negated_cue_before_if_still_reports_nothing() -> None:
    assert pairs("Ilse Brandvold would not say if the ferry would sail again.") == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Ed Vane said in farming it takes years to earn a profit.",
            "in farming it takes years to earn a profit",
        ),
        (
            "Asked about the levy, Ed Vane said for now they keep the old rate.",
            "for now they keep the old rate",
        ),
        ("Ed Vane says at heart he remains a fisherman.", "at heart he remains a fisherman"),
    ],
)
def test_a_short_phrase_then_a_pronoun_subject_opens_the_clause(text: str, said: str) -> None:
    assert pairs(text) == [("Ed Vane", said)]


def test_a_question_word_in_the_phrase_makes_no_clause() -> None:
    got = pairs("Ed Vane wants a bigger say in how the port runs.")
    assert all("how the port runs" not in said for _, said in got)


@pytest.mark.parametrize(
    "text",
    [
        "One grower backing the mayor, Tom Ferris of Grace Church in Dorval, said he had written to "
        "every farm.",
        "A teacher, Tom Ferris of the Harbour School in Lunenburg, said he had written to every farm.",
    ],
)
def test_a_name_with_its_body_and_place_in_commas_is_the_speaker(text: str) -> None:
    assert pairs(text) == [("Tom Ferris", "he had written to every farm")]


def test_a_body_name_of_no_person_is_left_to_the_other_rules() -> None:
    # "Bank of X" opens with no given name: no person is read out of it
    got = pairs("The rate will stay low, a lender, Bank of Dorval in Lunenburg, said.")
    assert all(speaker != "Bank" for speaker, _ in got)


@pytest.mark.parametrize("count", ["forty", "twenty", "a dozen", "a few"])
def test_a_larger_count_before_a_cue_s_form_makes_a_noun(count: str) -> None:
    text = f"Ilse Brandvold said she had made more than {count} phone calls."
    assert pairs(text) == [("Ilse Brandvold", f"she had made more than {count} phone calls")]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Ferris, head of the Harbour Institute, tied the scores to the law, saying it helped pupils.",
        "Sen. Tom Ferris, D-Ore., who faces a hard race at home, rescinded his backing of the mayor, saying "
        "it helped many pupils.",
    ],
)
def test_a_participle_goes_to_the_name_before_asides_in_commas(text: str) -> None:
    assert pairs(text)[0][0] == "Tom Ferris"


def test_a_place_before_an_aside_speaks_no_participle() -> None:
    assert pairs("Halifax, the provincial capital, lost power for hours, leaving residents cold.") == []


@pytest.mark.parametrize(
    ("opening", "pronoun"),
    [("A spokesman for the port authority", "He"), ("A spokeswoman for the harbour board", "She")],
)
def test_a_pronoun_continues_an_unnamed_spokesperson_of_a_body(opening: str, pronoun: str) -> None:
    text = f"{opening} said the ferry would sail. {pronoun} said the date was not yet fixed."
    got = [speaker for speaker, _ in pairs(text)]
    assert got[0] is not None
    assert got == [got[0], got[0]]
    assert got[0].startswith("spokes")


def test_a_definite_description_of_a_named_person_is_left_to_the_name() -> None:
    text = (
        "The spokesman for the port authority, Tom Ferris, said the ferry would sail. "
        "He said the date was not yet fixed."
    )
    assert [speaker for speaker, _ in pairs(text)] == ["Tom Ferris", "Tom Ferris"]


@pytest.mark.parametrize(
    "text",
    [
        "Ferris spent five years in a labour camp and says such methods are cruel.",
        "Ferris took the stand on Friday and says such methods are cruel.",
    ],
)
def test_a_surname_before_an_irregular_past_verb_opens_a_coordinated_attribution(text: str) -> None:
    assert pairs(text) == [("Ferris", "such methods are cruel")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Backers of the harbour bill, however, say it would keep the fares low.",
            "Backers of the harbour bill",
        ),
        ("Tom Ferris, meanwhile, said it would keep the fares low.", "Tom Ferris"),
    ],
)
def test_an_adverb_in_commas_between_speaker_and_cue_is_stepped_over(text: str, speaker: str) -> None:
    assert pairs(text) == [(speaker, "it would keep the fares low")]


def test_an_adverb_in_commas_after_a_relative_clause_leaves_the_head_the_speaker() -> None:
    text = "The Harbour party, which has backed the board for years, however, said the pact could end."
    assert pairs(text) == [("Harbour party", "the pact could end")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ilse Brandvold is arguing that the levy will hurt the fishing towns.", "Ilse Brandvold"),
        ("The harbour board was warning that the levy will hurt the fishing towns.", "harbour board"),
        (
            "Some members of the harbour board are arguing that the levy will hurt the fishing towns.",
            "Some members of the harbour board",
        ),
    ],
)
def test_a_progressive_cue_attributes_its_clause(text: str, speaker: str) -> None:
    assert pairs(text) == [(speaker, "the levy will hurt the fishing towns")]


@pytest.mark.parametrize(
    "text",
    [
        "What she is saying is that the levy will hurt the fishing towns.",
        "New meters will be telling the owners to pay the levy.",
        "Other figures are also suggesting that the levy will hurt the fishing towns.",
    ],
)
def test_no_progressive_attribution_without_a_speaking_subject(text: str) -> None:
    assert pairs(text) == []


def test_a_progressive_cue_inside_a_reported_clause_leaves_it_whole() -> None:
    text = "Paying the levy did not mean the ten firms were admitting any fault, the board added."
    assert pairs(text) == [("board", "Paying the levy did not mean the ten firms were admitting any fault")]

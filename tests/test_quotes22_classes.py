"""Quote classes of issue 10's eighteenth session (branch quotes22), each with sentences written for
these tests (no text of any annotated or corpus article):

- an attribution nested in a reported clause (after "that" or a subordinator inside the clause, or
  a relative clause on one of its nouns: "claiming that it had a witness who said ...", "said the
  talks failed because the envoy said ...") is part of what the outer speaker said: the outer
  clause runs over it instead of stopping at the inner speaker ("it had", "the talks failed
  because"); the inner attribution keeps its own clause;
- a name joined by "&" ("Hale & Berg", "K&Q", "a K&Q spokesman") is one speaker, not its last word;
- a participle inside an "according to" source ("according to agreed facts ...") is no cue of its own;
- a subject pronoun ending a speaker phrase ("cash he says ...", "spent money she says ...") is the
  mention, not the noun phrase before it;
- a person's name before "of/at/from" and a body ("Ann Ryan of the World Food Agency said") is the
  speaker, not the body; a body's name whose last word is capitalised and ends like a modifier ("the
  Institute of Banking said") still speaks;
- a "who" clause after people and a place ("farmers in the valley, who say", "Democrats on the board,
  who have argued") hangs on the people, its auxiliary included, not on the place.
"""

from __future__ import annotations

import pytest

import diplotext


def quotes(text: str) -> list[tuple[str, str | None, str]]:
    doc = diplotext.extract(text, published="2030-06-12", layout="body")
    return [(q.kind, q.speaker, q.text) for q in doc.quotes]


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        (
            "The union accused the ferry firm of breaking the deal, claiming that it had a witness who "
            "said the rota papers were forged.",
            ("union", "it had a witness who said the rota papers were forged"),
            ("witness", "the rota papers were forged"),
        ),
        (
            "The mayor said the harbour talks failed because the envoy said no to every offer.",
            ("mayor", "the harbour talks failed because the envoy said no to every offer"),
            ("envoy", "no to every offer"),
        ),
        (
            "Councillor Ada Brook argued the levy was unfair after the treasurer admitted that the "
            "budget had a gap.",
            ("Ada Brook", "the levy was unfair after the treasurer admitted that the budget had a gap"),
            ("treasurer", "the budget had a gap"),
        ),
    ],
)
def test_nested_attribution_stays_inside_the_outer_clause(
    text: str, outer: tuple[str, str], inner: tuple[str, str]
) -> None:
    got = [(speaker, said) for kind, speaker, said in quotes(text) if kind == "indirect"]
    assert got[-2][1] == outer[1]
    assert got[-2][0] is not None and got[-2][0].endswith(outer[0])
    assert got[-1][1] == inner[1]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said the harbour talks failed and the envoy said no to every offer.",
        "Ms Ray argued that the ferry plan would fail, while Mr Oz said it would work.",
        "The mayor said the harbour talks failed, and the envoy said no to every offer.",
    ],
)
def test_coordinated_attributions_keep_their_own_clauses(text: str) -> None:
    said = [s for kind, _, s in quotes(text) if kind == "indirect"]
    assert len(said) == 2
    assert " said " not in said[0]


def test_partial_quotation_goes_to_the_innermost_clause() -> None:
    text = 'Mr Hale added that the job was hard when voters asked "what has the council done for us?"'
    partial = [(speaker, said) for kind, speaker, said in quotes(text) if kind == "partial"]
    assert partial == [("voters", "what has the council done for us?")]


def test_subordinator_right_after_the_cue_opens_no_nested_clause() -> None:
    text = "Ms Lund denied it, though Mr Hale said the tape was real."
    said = [s for kind, _, s in quotes(text) if kind == "indirect"]
    assert all(not s.startswith("though") for s in said)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Hale & Berg said the ferry contract would be renewed next spring.", "Hale & Berg"),
        ("Overall, K&Q said its stores in the north had a poor winter.", "K&Q"),
        ('"We have no plans to sell," said Vell & Ostrow.', "Vell & Ostrow"),
        ("Analysts at Northfield Oil & Gas said the pipeline would open late.", "Northfield Oil & Gas"),
    ],
)
def test_ampersand_joins_one_name(text: str, speaker: str) -> None:
    got = [s for _, s, _ in quotes(text)]
    assert got and got[0] is not None and got[0].endswith(speaker)


def test_ampersand_in_a_body_before_a_role_noun() -> None:
    text = "A K&Q spokesman said the stores would stay open on Sunday."
    doc = diplotext.extract(text, published="2030-06-12", layout="body")
    q = doc.quotes[0]
    assert text[q.speaker_start : q.speaker_end] == "K&Q spokesman"


def test_participle_inside_an_according_to_source_is_no_cue() -> None:
    text = (
        "Two of the fires were, according to agreed facts heard in court, "
        '"set on purpose" and one of those involved petrol.'
    )
    got = quotes(text)
    assert got[0] == (
        "indirect",
        "agreed facts heard in court",
        'Two of the fires were, according to agreed facts heard in court, "set on purpose" and one of '
        "those involved petrol",
    )
    assert all(speaker == "agreed facts heard in court" for _, speaker, _ in got)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ('Mr Dale wants an inquiry into the agencies - cash he says which "seems to be wasted".', "he"),
        ("The board spent money she says was needed for new schools.", "she"),
    ],
)
def test_subject_pronoun_of_a_contact_relative_is_the_mention(text: str, mention: str) -> None:
    doc = diplotext.extract(text, published="2030-06-12", layout="body")
    q = doc.quotes[0]
    assert text[q.speaker_start : q.speaker_end] == mention


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ann Ryan of the World Food Agency said the new drugs were only part of the answer.", "Ann Ryan"),
        ("Ann Ryan of the World Food Agency (WFA) told reporters the clinics were full.", "Ann Ryan"),
        ("Professor Tom Hale of the Northfield Heart Institute said the trial had ended.", "Tom Hale"),
        ("Dr. Hale from the Vell River Trust said the water was clean.", "Hale"),
    ],
)
def test_person_of_a_body_is_the_speaker(text: str, speaker: str) -> None:
    got = [s for _, s, _ in quotes(text)]
    assert got == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Bank of Northfield said the rates would stay low.", "Bank of Northfield"),
        ("The Royal College of Nursing said the wards were short of staff.", "Royal College of Nursing"),
        ("The Institute of Banking said the new rules were too strict.", "Institute of Banking"),
    ],
)
def test_body_named_with_of_keeps_its_name(text: str, speaker: str) -> None:
    got = [s for _, s, _ in quotes(text)]
    assert got == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Farmers in the valley, who say the dam will ruin them, marched on Monday.", "Farmers"),
        ("Democrats on the harbour board, who have argued that the levy helps, were silent.", "Democrats"),
        ("Ann Ryan, who has argued that the levy helps, was silent.", "Ann Ryan"),
    ],
)
def test_who_clause_hangs_on_the_people_not_the_place(text: str, speaker: str) -> None:
    got = [s for _, s, _ in quotes(text)]
    assert len(got) == 1 and got[0] is not None and got[0].startswith(speaker)


def test_those_who_names_no_speaker() -> None:
    got = quotes("Among those who have criticised the ferry plans are the mayor and the harbour master.")
    assert all(speaker not in {"Among", "those", "Among those"} for _, speaker, _ in got)


def test_which_clause_after_a_place_keeps_its_antecedent() -> None:
    text = "It summed up the view of many firms in its letter which states that its products are tools."
    got = [s for _, s, _ in quotes(text)]
    assert got and got[0] != "firms in its letter"

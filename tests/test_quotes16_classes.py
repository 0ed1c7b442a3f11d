"""Quote and speaker classes of issue 10's fourteenth session (branch quotes16), each with sentences
written for these tests (no text of any annotated or corpus article). Each test names its class:

- an inverted attribution followed by a role in apposition to its speaker ("..., said Tom Hale,
  director of research at a bank.") ends the reported clause before the attribution: the role is
  about the speaker, not a continuation of the clause; the clause goes on only when words after
  the apposition carry it on ("What this means, said X, head of Y, is that ...");
- a short subject, then an inverted attribution, then the verb ("The town, says X, needs money")
  is one clause, as with the speaker before the cue ("The town, X says, needs money");
- an honorific before a surname that is also a nation's word ("Mr Irish", "Dr French") is the person
  the article named in full, not the nation;
- abbreviated titles of local office and rank ("Coun.", "Ald.", "Asst.", "Commr.") end no sentence
  and are no part of the name; "Prof" without a full stop is a title like "Prof." ("Prof Brown" is
  the Ann Brown the article named);
- "the group", "the charity", "the club", "the agency" ... is the body the article introduced with
  that noun ("lobby group X", "the charity X", "X, an environmental group based in Y") when the actors
  plugin does not know it, never for "the company"; the name after the noun may hold "and", "&" and
  particles ("the aid group Terre des X");
- a body named in apposition right after a description of it ("The farmers' union, the Grain Growers
  Federation, said") is the speaker, not the description;
- a name with lower-case particles ("Anna van der Berg", "Luis de la Vega", "Pierre des Roches") is the
  whole name, and a later "van der Berg" or "Des Roches" is that person by full name;
- a quotation signed with a dash and a name is that name's also when no-break spaces stand around
  the dash (collected reader comments), not the previous signer's;
- a "who" clause after people and a place ("nervous farmers in Alberta, who have argued",
  "officials from Peru, who said") hangs on the people, not the place;
- a label before a colon opening a paragraph, of two words or more and not in capitals, with a
  function word written with a capital ("The Gap Remains:", "Stealth Over Wealth:", "Group A:") is a
  heading, not a speaker's turn; "THE PRESIDENT:" and "Sen. Ada Rowe:" still are turns;
- "the spokesperson said" after "a spokesperson for X said" is that spokesperson again (the role
  before "for"/"of"/"with" names the earlier speaker), not the next person the article names;
- a description with a place before its title ("the Alberta MP") is not another holder of that title
  introduced without the place ("Moncton MP X"): it falls to the rules after (the new subject, the
  last person quoted);
- a speaker set off by a "which"/"who" clause after ", but" or a semicolon, with an auxiliary or
  adverb before the cue ("..., but Norland, which occupies the south, had previously insisted") is
  the name before the clause, not the subject of the first clause;
- a cue's past form after a determiner and an adverb ("the internationally recognised part", "a
  previously announced plan", "the newly reported case") is an adjective, no cue;
- after a quotation, a name with a bracket and an apposition before the cue ('"...," Rep. Ann Fell
  (R-Ohio), a panel member, said') or with two appositions ('"...," Tom Hale, the councillor for
  Ward 4, one of the members suing the city, said') is the speaker; a role after the cue may open
  with a number ('said 9/11 widow Ann Fell', 'said 3 spokesperson X').
"""

from __future__ import annotations

import pytest

import diplotext
from diplotext.model import Quote


def quotes(text: str) -> list[Quote]:
    return list(diplotext.extract(text, published="2030-06-12", layout="body").quotes)


@pytest.mark.parametrize(
    "text",
    [
        "Prices will keep rising this spring, said Tom Hale, director of research at Fenwick Capital.",
        "Prices will keep rising this spring, said Tom Hale, head of a think tank.",
        "Prices will keep rising this spring, predicts Tom Hale, editor of a magazine about gadgets.",
        "Prices will keep rising this spring, said Tom Hale, chief economist at a bank in Leeds.",
    ],
)
def test_role_apposition_after_an_inverted_speaker_ends_the_clause(text: str) -> None:
    (q,) = quotes(text)
    assert q.text == "Prices will keep rising this spring"
    assert q.speaker == "Tom Hale"


def test_clause_goes_on_after_the_role_apposition() -> None:
    text = "What this means, said Tom Hale, head of a think tank, is that prices will rise."
    (q,) = quotes(text)
    assert q.text.startswith("What this means") and q.text.endswith("prices will rise")


@pytest.mark.parametrize("cue", ["says Tom Hale", "Tom Hale says"])
def test_short_subject_then_attribution_then_verb_is_one_clause(cue: str) -> None:
    (q,) = quotes(f"The town, {cue}, needs more money for its roads.")
    assert q.text == f"The town, {cue}, needs more money for its roads"


@pytest.mark.parametrize("surname", ["Irish", "French", "Wellington"])
@pytest.mark.parametrize("honorific", ["Mr", "Dr"])
def test_honorific_and_a_surname_that_is_a_nation_word(surname: str, honorific: str) -> None:
    text = (
        f"Prices will rise, said Oliver {surname}, a magazine editor. "
        f'"It is the toy of the year," said {honorific} {surname}.'
    )
    assert [q.speaker for q in quotes(text)] == [f"Oliver {surname}"] * 2


@pytest.mark.parametrize("title", ["Coun.", "Ald.", "Asst.", "Commr.", "Prof", "Prof."])
def test_abbreviated_titles_before_a_name(title: str) -> None:
    text = f'{title} Ann Brown said the plan would fail. "It is the wrong plan," said {title} Brown.'
    got = quotes(text)
    assert [q.speaker for q in got] == ["Ann Brown", "Ann Brown"]
    assert got[1].text == "It is the wrong plan,"


def test_a_rank_of_two_abbreviations_is_no_speaker() -> None:
    text = '"The weather is fine," harbour police spokesman Sen. Commr. Hadi Wirawan was quoted as saying.'
    assert [q.speaker for q in quotes(text)] == ["Hadi Wirawan"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Shares in the Dutch football club Vitesse Orlen fell on Monday. "
            "The club said it had found a new investor for the stadium.",
            "Vitesse Orlen",
        ),
        (
            "The charity Harbour Relief has opened a new shelter in Leeds. "
            "The charity said demand had doubled since the winter.",
            "Harbour Relief",
        ),
        (
            "Lobby group Clean Streets Now filed the complaint in May. "
            "The group said the council had ignored its letters.",
            "Clean Streets Now",
        ),
        (
            "Marta Quell directs Open Rivers, an environmental group based in Halifax. "
            "The group says the dam must be removed.",
            "Open Rivers",
        ),
        (
            "Output fell again last month, the Swiss aid group Terre des Enfants said on Monday. "
            '"The violence is rising," the group warned.',
            "Terre des Enfants",
        ),
    ],
)
def test_the_group_is_the_body_introduced_with_that_noun(text: str, speaker: str) -> None:
    assert quotes(text)[-1].speaker == speaker


def test_the_company_is_no_group() -> None:
    text = (
        "Lobby group Clean Streets Now filed the complaint in May. "
        "The company said the council had ignored its letters."
    )
    assert quotes(text)[-1].speaker != "Clean Streets Now"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Retail sales fell in March. The farmers' union, the Grain Growers Federation, "
            "said it expected prices to rise further.",
            "Grain Growers Federation",
        ),
        (
            "Output fell in May. The main employers' group, the Federation of Small Traders (FST), "
            "said it was worried about the pound.",
            "Federation of Small Traders",
        ),
    ],
)
def test_a_body_named_in_apposition_after_its_description(text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Prices will fall sharply next year, Anna van der Berg said on Monday.", "Anna van der Berg"),
        ("Prices will fall sharply next year, said Luis de la Vega.", "Luis de la Vega"),
        ('Anna van der Berg runs the port. "Prices will fall," Van der Berg said.', "Anna van der Berg"),
        ('Luis de la Vega runs the port. "Prices will fall," de la Vega said.', "Luis de la Vega"),
        (
            '"Prices will fall," said Pierre des Roches. "We are ready," Des Roches added.',
            "Pierre des Roches",
        ),
    ],
)
def test_names_with_particles_are_whole(text: str, speaker: str) -> None:
    assert {q.speaker for q in quotes(text)} == {speaker}


def test_dash_signature_after_no_break_spaces() -> None:
    text = (
        "Readers wrote in about the vote.\n\n"
        "\u201cThe plan is a mess and nobody trusts it.\u201d\u2015 Ada Fenn\n"
        "\u201cWe deserve better than this, all of us.\u201d\u00a0\u2015 Bo Kerr\u00a0\n"
        "\u201cVote them out in the spring.\u201d \u2015 Cy Dunn"
    )
    assert [q.speaker for q in quotes(text)] == ["Ada Fenn", "Bo Kerr", "Cy Dunn"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The change is likely to calm nervous farmers in Alberta, who have argued that the tax hurts "
            "small growers.",
            "farmers in Alberta",
        ),
        ("He met officials from Peru, who said the talks went well.", "officials from Peru"),
    ],
)
def test_who_after_people_in_a_place_is_the_people(text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes(text)] == [speaker]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Gap Remains: It was under the mayor's watch that the council adopted the plan.",
        "Stealth Over Wealth: Ann Lee Was Taken Home Early From The Gala.",
        "Group A: Jordan, Peru, Chile and Fiji.",
    ],
)
def test_headline_labels_open_no_turn(paragraph: str) -> None:
    assert [q for q in quotes(f"Officials met on Monday.\n\n{paragraph}") if q.cue == ":"] == []


def test_speaker_labels_still_open_turns() -> None:
    text = "Officials met on Monday.\n\nSen. Ada Rowe: We did not agree to any of it, and I said so."
    assert [(q.speaker, q.cue) for q in quotes(text)] == [("Ada Rowe", ":")]


def test_the_spokesperson_is_the_spokesperson_quoted_before() -> None:
    text = (
        "The minister, Denise Okafor, announced the plan on Tuesday.\n\n"
        'A spokesperson for Okafor said the funding was in the fiscal plan. "The money is there," the '
        "spokesperson said.\n\n"
        'Dana Whitcombe, who leads a riders\' group, called it "a good first step."'
    )
    got = [q for q in quotes(text) if q.text.startswith("The money")]
    assert [q.speaker for q in got] == ["spokesperson for Okafor"]


def test_a_place_before_a_title_is_no_other_holder_of_it() -> None:
    text = (
        "Documents show that Moncton MP Colette Arsenault expensed 31 flights last year.\n\n"
        '"Every one of those trips was for constituency work," Arsenault said.\n\n'
        'Conservative critic Blake Fenwick disagreed. "The Toronto trips are the problem," Fenwick said.\n\n'
        "The Alberta MP said he would write to the ethics commissioner this week."
    )
    assert quotes(text)[-1].speaker == "Blake Fenwick"


@pytest.mark.parametrize(
    "text",
    [
        "The island is a member, but Norland, which occupies the south, had previously insisted it "
        "would not bow to demands.",
        "The island is a member; Norland, which occupies the south, previously insisted it would not "
        "bow to demands.",
    ],
)
def test_a_which_clause_after_but_then_an_auxiliary(text: str) -> None:
    assert [q.speaker for q in quotes(text)] == ["Norland"]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "The internationally recognised southern part of the island is a member, the envoy said.",
            "The internationally recognised southern part of the island is a member",
        ),
        (
            "The firm took a charge tied to a previously announced plan to cut 600 jobs.",
            None,
        ),
        (
            "The newly reported case in the north has been contained, the ministry said.",
            "The newly reported case in the north has been contained",
        ),
    ],
)
def test_a_past_form_after_a_determiner_and_an_adverb_is_an_adjective(text: str, clause: str | None) -> None:
    got = quotes(text)
    assert [q.text for q in got] == ([clause] if clause else [])


@pytest.mark.parametrize(
    "attribution",
    [
        "Rep. Ann Fell (R-Ohio), a panel member, said in a phone interview.",
        "Ann Fell, the councillor for Ward 4, one of the members suing the city, said at a rally.",
        "said 9/11 widow Ann Fell.",
    ],
)
def test_names_behind_brackets_appositions_and_numbered_roles(attribution: str) -> None:
    text = f"Regulators met.\n\n\u201cIf the city wanted any other land, it would buy it,\u201d {attribution}"
    got = quotes(text)
    assert [(q.kind, q.speaker) for q in got] == [("direct", "Ann Fell")]


def test_a_number_before_a_cue_object_is_no_role() -> None:
    assert [q.text for q in quotes("Officials said 20 people were hurt in the crash on Monday.")] == [
        "20 people were hurt in the crash on Monday"
    ]


def test_a_party_word_before_a_title_is_no_place() -> None:
    text = (
        "MP Jane Doe criticised the bill on Monday. Mayor Bob Ray defended it. "
        '"It is fair," Ray said. The Liberal MP said the bill was flawed.'
    )
    assert quotes(text)[-1].speaker == "Jane Doe"

"""Quote-finding classes of issue 10's twentieth session (helper quotes27), each with sentences
written for these tests (no text of any annotated article):

- a colon right after the cue opens the reported words even without quotation marks ("In a
  speech in May, he said: the plan is dead"): they are the clause, not the phrase before;
- "told" and a second noun phrase with only adjuncts after it ("told the court in a filing") has
  no clause there: the clause before the attribution is the quote, or there is none;
- a fronted adverbial alone before "X cue ..." ("In an essay last week, X acknowledged ...", "But
  when the funds ran out, X said ...") is the sentence's setting, never what was said.
"""

from __future__ import annotations

import pytest

import diplotext
from diplotext.model import Quote


def quotes(text: str) -> list[Quote]:
    return list(diplotext.extract(text, published="2030-06-12", layout="body").quotes)


def texts(text: str) -> list[tuple[str, str]]:
    return [(q.kind, q.text) for q in quotes(text)]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "In a speech last spring, Ms. Ivo Brandt said: let nobody doubt it, the canal deal is dead.",
            "let nobody doubt it, the canal deal is dead",
        ),
        (
            "Speaking to farmers in Tarn, the minister declared: The subsidy will stay for two more years.",
            "The subsidy will stay for two more years",
        ),
    ],
)
def test_colon_after_the_cue_opens_the_clause(text: str, said: str) -> None:
    assert texts(text) == [("indirect", said)]


def test_colon_before_a_quotation_still_gives_the_direct_quote() -> None:
    text = 'In a speech last spring, Ms. Ivo Brandt said: "The canal deal is dead."'
    assert texts(text) == [("direct", "The canal deal is dead.")]


def test_told_a_listener_and_adjuncts_is_no_clause() -> None:
    text = "The port was only doing what other ports already do, Mr. Osei told the tribunal in his filing."
    assert texts(text) == [("indirect", "The port was only doing what other ports already do")]
    assert texts("Mr. Osei told the tribunal in his filing.") == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Mr. Osei told the tribunal on Monday the port had done nothing wrong.",
            "the port had done nothing wrong",
        ),
        (
            "The senator told her staff to find another way through the chamber.",
            "to find another way through the chamber",
        ),
    ],
)
def test_told_a_listener_then_a_clause_or_an_infinitive(text: str, said: str) -> None:
    assert [q.text for q in quotes(text) if q.text.endswith(said)]


@pytest.mark.parametrize(
    "text",
    [
        "In a magazine essay last week, Lina Vasquez acknowledged their long struggle.",
        "But when the council cut the grant two years later, the province said enough.",
        "In a panel debate on Sunday in Halifax, Tom Dorr, head of the league, told a student who asked "
        "about apathy that voting mattered.",
    ],
)
def test_a_fronted_adverbial_is_no_clause(text: str) -> None:
    for q in quotes(text):
        assert not q.text.startswith(("In a", "when", "But when"))


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("In Lisbon, the talks went well, the envoy said.", "In Lisbon, the talks went well"),
        (
            "Rising seas in the delta could displace a million people, Mr. Vale said in the interview.",
            "Rising seas in the delta could displace a million people",
        ),
        (
            "If elected she would cut the fuel tax, the candidate said.",
            "If elected she would cut the fuel tax",
        ),
    ],
)
def test_a_clause_before_the_attribution_stays(text: str, said: str) -> None:
    assert texts(text) == [("indirect", said)]


def test_an_opening_mark_typed_for_a_closing_one_closes_the_quote() -> None:
    text = "“The vote was close,“ said Dana Pike, a lawyer with the board. “We will appeal.”"
    assert texts(text) == [("direct", "The vote was close,"), ("direct", "We will appeal.")]


@pytest.mark.parametrize(
    "second",
    [
        '"Harbour Lights" was nominated for an award last year.',
        'She also starred in the drama, "Harbour Lights," which returns in May.',
    ],
)
def test_a_quoted_title_in_the_reporters_sentence_is_no_quote(second: str) -> None:
    text = '"We will build it," the mayor said. ' + second
    assert texts(text) == [("direct", "We will build it,")]


def test_a_subheading_in_single_marks_is_no_quote() -> None:
    text = "\"We will build it,\" the mayor said.\n\n'A hard winter ahead.'\n\nThe plant closed in May."
    assert texts(text) == [("direct", "We will build it,")]


@pytest.mark.parametrize(
    ("second", "said"),
    [
        ('"Never Again," the crowd chanted.', "Never Again,"),
        ('"Never Again."', "Never Again."),
        ('"We will not stop. Not now."', "We will not stop. Not now."),
    ],
)
def test_a_short_quotation_that_is_someones_words_stays(second: str, said: str) -> None:
    text = '"We will build it," the mayor said.\n\n' + second
    assert [q.text for q in quotes(text)] == ["We will build it,", said]


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        (
            "Mayor Ann Lee went on to say that the budget would be tight.",
            "Ann Lee",
            "the budget would be tight",
        ),
        (
            "Mayor Ann Lee took to Twitter to say she would veto the bill.",
            "Ann Lee",
            "she would veto the bill",
        ),
        ("Senator Ann Lee rose in the chamber to say the bill was flawed.", "Ann Lee", "the bill was flawed"),
        (
            "Senator Ann Lee went on to discuss the polls in three states.",
            "Ann Lee",
            "the polls in three states",
        ),
    ],
)
def test_an_infinitive_cue_on_an_occasion_verb_is_the_subjects_speech(
    text: str, speaker: str, said: str
) -> None:
    assert [(q.speaker, q.text) for q in quotes(text)] == [(speaker, said)]


@pytest.mark.parametrize(
    "text",
    [
        "The file is too long to describe what happened.",
        "Ann Lee has gone to see her mother in Leeds.",
        "It took a late tackle by the keeper to deny the striker a goal.",
        "Ann Lee goes to court in July to defend herself against the charges.",
        "Ann Lee went on to write three novels about the war.",
    ],
)
def test_other_infinitives_are_no_speech(text: str) -> None:
    assert quotes(text) == []


def test_a_clause_ends_before_a_dash_typed_as_hyphens() -> None:
    text = "Dan Field -- who once said he would close the port -- said the border should stay open."
    assert [q.text for q in quotes(text)] == ["he would close the port", "the border should stay open"]


def test_an_age_after_the_cue_is_the_speaker() -> None:
    text = 'Ann Molik beat the second seed. "Bring it on," said the 23-year-old.'
    assert [(q.speaker, q.text) for q in quotes(text)] == [("Ann Molik", "Bring it on,")]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "According to exit polls conducted for the wire service and two networks by a survey firm, "
            "nearly half of the voters in both states were under thirty.",
            "nearly half of the voters in both states were under thirty",
        ),
        (
            "According to the memoir and the film, the guards loaded the trucks and left.",
            "the guards loaded the trucks and left",
        ),
    ],
)
def test_a_long_source_opening_the_sentence_ends_at_its_comma(text: str, said: str) -> None:
    assert texts(text) == [("indirect", said)]


@pytest.mark.parametrize(
    "source",
    [
        "a new survey that shows wider support",
        "a report that the paper printed on Monday",
        "a report, which ran on Monday",
    ],
)
def test_a_relative_clause_after_the_source_is_no_quote(source: str) -> None:
    text = f"Two rivals would beat the front-runner, according to {source}."
    assert texts(text) == [("indirect", "Two rivals would beat the front-runner")]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "According to a study by Norvale, a research firm, two thirds of the loans were never repaid.",
            "two thirds of the loans were never repaid",
        ),
        (
            "According to two schools, the city clinic, and the county board, the software was installed.",
            "the software was installed",
        ),
        (
            "According to the ministry, the deal, signed on Monday, is worth two billion.",
            "the deal, signed on Monday, is worth two billion",
        ),
        (
            "According to one of the studies, a new, hardier strain broke out in eight clinics.",
            "a new, hardier strain broke out in eight clinics",
        ),
        (
            "According to the statute, a candidate needs half the vote, or a clear lead, to avoid a runoff.",
            "a candidate needs half the vote, or a clear lead, to avoid a runoff",
        ),
    ],
)
def test_an_apposition_or_a_list_after_according_to_is_the_source(text: str, said: str) -> None:
    assert texts(text) == [("indirect", said)]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            '"He is the one with the best chance," Ruth Viguerie notes. "The numbers are clear."',
            "He is the one with the best chance,",
        ),
        ('"I wish they had planned it better," the mayor remarks.', "I wish they had planned it better,"),
    ],
)
def test_notes_and_remarks_after_a_quotation_are_its_tag(text: str, said: str) -> None:
    assert quotes(text)[0].text == said
    assert quotes(text)[0].cue in ("notes", "remarks")


def test_notes_as_a_noun_is_no_cue() -> None:
    assert quotes("The summit ended early. Mr. Lee's notes were lost in the rush.") == []


@pytest.mark.parametrize(
    ("text", "kind", "said"),
    [
        (
            'As Professor Ann Foner put it: "The country does a better job of welcoming newcomers."',
            "direct",
            "The country does a better job of welcoming newcomers.",
        ),
        (
            "As the senator put it, the bill is a disaster for farmers.",
            "indirect",
            "the bill is a disaster for farmers",
        ),
        ('As the Harbour Review put it in a long profile, "the operator."', "partial", "the operator."),
    ],
)
def test_as_x_put_it_attributes_what_follows(text: str, kind: str, said: str) -> None:
    assert [(q.kind, q.text, q.cue) for q in quotes(text)] == [(kind, said, "put it")]


@pytest.mark.parametrize(
    "text", ["The council put it to a vote on Monday.", "She put it on the table and left."]
)
def test_put_it_with_an_object_place_is_no_cue(text: str) -> None:
    assert quotes(text) == []


def test_put_it_on_a_level_is_no_cue() -> None:
    assert quotes("The upgrade has put it on the same level as Chile, Peru and Ghana.") == []

"""Quote and actor classes found by the lead in the twenty-seventh session.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from tests.quote_helpers import quotes, speakers

import diplotext


def _doc(text: str) -> diplotext.Document:
    return diplotext.extract(text, published="2030-06-12", layout="body")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Fares will rise again next spring, the Roads and Harbours Ministry said.",
            "Roads and Harbours Ministry",
        ),
        (
            "The marsh has shrunk by a third, the Fish and Game Department said on Monday.",
            "Fish and Game Department",
        ),
        (
            "The Roads and Harbours Ministry said on Monday that the new pier would open in May.",
            "Roads and Harbours Ministry",
        ),
        (
            "The marsh has shrunk by a third, according to the Wet and Cold Lands Research Institute "
            "under the National Academy.",
            "Wet and Cold Lands Research Institute",
        ),
    ],
)
def test_a_body_whose_name_holds_and_speaks_by_its_whole_name(text: str, speaker: str) -> None:
    doc = _doc(text)
    assert [q.speaker for q in doc.quotes] == [speaker]
    assert speaker in {a.name for a in doc.actors if a.kind == "organization"}


def test_two_parties_after_the_clause_speak_with_their_article() -> None:
    # before: "the" stayed behind in the clause and the quote was lost
    got = quotes("Fares will rise again next spring, the Greens and the Farmers said.")
    assert [(q.text, q.speaker) for q in got] == [
        ("Fares will rise again next spring", "Greens and the Farmers")
    ]


def test_two_named_speakers_after_the_clause_keep_the_quote() -> None:
    # before: "..., Tolan and Reyes said." lost the quote (the clause seemed to end with "and")
    got = quotes("Fares will rise again next spring, Tolan and Reyes said.")
    assert [q.text for q in got] == ["Fares will rise again next spring"]


def test_the_end_of_a_longer_list_is_no_speaker_phrase() -> None:
    text = "Two former directors, Ann Tolvey and Bo Rask, remain defendants in the suit, said the newspaper."
    assert "Ann Tolvey and Bo Rask" not in [q.speaker for q in quotes(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Some 40,000 firms were sold off, according to a report recently released by the Nordic "
            "Finance Corporation (NFC).",
            "Nordic Finance Corporation",
        ),
        (
            "The river rose by two metres, according to figures quietly published by the Baltic Water "
            "Board (BWB).",
            "Baltic Water Board",
        ),
    ],
)
def test_an_adverb_before_the_participle_still_names_the_issuer(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said that Norland and Vessia have announced their withdrawal.",
        "Officials said Norland, Vessia and Kaltor have announced their withdrawal.",
        "The envoy pointed out that Norland, Vessia and Kaltor, which all keep troops there, have "
        "announced their withdrawal.",
    ],
)
def test_a_listed_subject_of_an_inner_cue_opens_the_clause_reported(text: str) -> None:
    got = quotes(text)
    assert len(got) == 1
    assert got[0].text.startswith("Norland") and got[0].text.endswith("their withdrawal")
    assert got[0].speaker in {"Officials", "envoy"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("At a press conference on Thursday Orbex announced that two groups had merged.", "Orbex"),
        ("In a letter sent in March Velta Corporation said its profits fell.", "Velta Corporation"),
        ("The Monday Club said the party had lost its way.", "Monday Club"),
    ],
)
def test_a_day_inside_an_opening_phrase_dates_it_and_the_name_after_speaks(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Entries rose by 9 percent, according to a briefing made by the Vessian Bureau of Border "
            "Affairs.",
            "Vessian Bureau of Border Affairs",
        ),
        (
            "House prices fell 0.7% in May, according to figures from the Office of the Deputy Chief "
            "Minister.",
            "Office of the Deputy Chief Minister",
        ),
        ("Oil demand grew by 3 percent, according to statistics released by Norvik Energy.", "Norvik Energy"),
    ],
)
def test_figures_and_briefings_from_a_body_are_the_bodys_words(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_participle_after_a_year_and_an_article_is_an_adjective() -> None:
    text = "The deficit fell because of the delay of the 2031 proposed budget bill, said the central bank."
    got = quotes(text)
    assert [(q.cue, q.speaker) for q in got] == [("said", "central bank")]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The envoy condemned the shelling and left the capital on Monday.", "the shelling"),
        ("The premier praised the accord and flew home on Friday.", "the accord"),
        (
            "Senator Ann Kole attacked the governor during the debate and blasted his record.",
            "the governor during the debate",
        ),
        ("The ministry denounced the strike and summoned the ambassador.", "the strike"),
    ],
)
def test_a_second_verb_of_the_speaker_is_no_part_of_a_noun_phrase_said(text: str, said: str) -> None:
    assert [q.text for q in quotes(text)] == [said]


@pytest.mark.parametrize(
    "text",
    [
        "The minister said troops entered the town and killed ten people.",
        "Police reported the gunman left the hall and fled on foot.",
        "Residents insisted the inspectors take pictures of the site and prevented them from leaving.",
    ],
)
def test_a_reported_clause_runs_on_over_and(text: str) -> None:
    got = quotes(text)
    assert len(got) == 1 and " and " in got[0].text


def test_they_is_the_group_opening_the_sentence_before_not_an_older_speaker() -> None:
    text = (
        "Trade ministers of the two states met on Monday to discuss the tariff schedule. They said "
        "the talks had gone well.\n\n"
        "Union leaders at the port rejected the offer on Tuesday. They said the strike would go on."
    )
    assert speakers(text) == ["Trade ministers", "Union leaders"]


def test_he_after_a_sentence_opened_by_a_described_newcomer_is_the_newcomer() -> None:
    text = (
        '"We will appeal," said club director Tomas Berg.\n\n'
        "The striker Jonas Vik joined a rival club in May. He said he was happy to leave."
    )
    assert speakers(text) == ["Tomas Berg", "Jonas Vik"]


def test_a_quotation_after_a_cue_then_a_second_verb_is_direct() -> None:
    got = quotes('The envoy Ann Lee met the rebels. She said "the plan is dead for now" and left the room.')
    assert [(q.kind, q.text, q.speaker) for q in got] == [("direct", "the plan is dead for now", "Ann Lee")]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "The ministry said in a statement issued after the meeting that the border would reopen.",
            "the border would reopen",
        ),
        (
            "The minister told a news conference in the capital on Monday after talks with his counterpart "
            "that the deal was close.",
            "the deal was close",
        ),
        ("The envoy said during a visit to the region last week that aid would rise.", "aid would rise"),
        (
            "The mayor said the plan that the council approved was flawed.",
            "the plan that the council approved was flawed",
        ),
    ],
)
def test_what_was_said_starts_after_a_that_past_a_long_adjunct(text: str, said: str) -> None:
    assert [q.text for q in quotes(text)] == [said]


def test_a_far_that_after_a_day_and_an_adjunct_and_not_after_an_infinitive() -> None:
    got = quotes(
        "The president said Wednesday at the start of a three-day visit to the capital that ties would grow."
    )
    assert [q.text for q in got] == ["ties would grow"]
    text = (
        "The chancellor pledged to cut the deficit by next year to meet the rule that the union set "
        "for its members."
    )
    assert all(not q.text.startswith("the union set") for q in quotes(text))


@pytest.mark.parametrize(
    "text",
    [
        "Dealers said there were reports of a rift between the premier and the king.",
        "Traders cited reports of a slump in winter sales at the big stores.",
        "The minister made no mention of the new harbour plan in his speech.",
        "Rights groups rejected claims of a thaw in the border region.",
    ],
)
def test_a_cue_noun_before_of_is_no_cue(text: str) -> None:
    assert all(q.cue.split()[0].lower() not in {"reports", "mention", "claims"} for q in quotes(text))


@pytest.mark.parametrize(
    "text",
    [
        "Firms must set up ways to recall bad food, said a senior Roads and Harbours Commission (RHC) "
        "official on Wednesday.",
        "Firms must set up ways to recall bad food, said a senior Roads and Harbours Commission official.",
    ],
)
def test_an_inverted_speaker_whose_body_holds_and_runs_to_its_head(text: str) -> None:
    got = quotes(text)
    assert [q.text for q in got] == ["Firms must set up ways to recall bad food"]
    assert got[0].speaker is not None and got[0].speaker.endswith("official")


def test_a_source_named_in_a_passive_cited_in_a_paper_is_the_speaker() -> None:
    got = quotes('"We have to act now," the ministry was cited in the Daily Ledger as saying.')
    assert [q.speaker for q in got] == ["ministry"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"I was sad to see the dead," Jon Berg said.\n\nHis wife travelled to the capital in May.\n\n'
            '"I feared I might not see him alive again," she said.',
            "wife",
        ),
        (
            '"We have to act now," the minister said.\n\nThe 38-year-old Norlandic woman who won the prize '
            'spoke on Monday. "I feel very well," she told the Daily Ledger.',
            "38-year-old Norlandic woman",
        ),
    ],
)
def test_she_after_a_sentence_a_described_woman_opens_is_that_woman(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize("head", ["retailer", "drugmaker", "automaker", "manufacturer"])
def test_a_firm_named_by_its_trade_is_the_firm_named_before(head: str) -> None:
    text = (
        f"Norvik Holdings Ltd. will close its Kirkland site next spring, it was announced on Monday. "
        f"The Vancouver-based {head} said falling prices forced the move."
    )
    assert speakers(text) == ["Norvik Holdings Ltd."]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Lakeside coach Branko Ivarsen said his side could reach the final. "Our group is hard," said '
            "the Croatian.",
            "Branko Ivarsen",
        ),
        (
            '"We were patient," said striker Dara Quill. "The goal had to come," added the Irishman.',
            "Dara Quill",
        ),
    ],
)
def test_a_nationality_noun_after_a_quote_is_the_last_speaker(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


def test_a_plural_nationality_is_no_last_speaker() -> None:
    text = '"We will vote," said candidate Tom Reyes. Armenians claim they were defending their villages.'
    assert speakers(text)[-1] != "Tom Reyes"

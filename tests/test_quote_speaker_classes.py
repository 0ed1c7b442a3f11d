"""Speaker and recall classes of issue 10's eleventh session, each with sentences written for these
tests (no text of any annotated article). Each test names the class it pins:

speakers
- a name with its age, home and a ``who`` clause in commas ("X, 47, of Y, Ont., who ..., said");
  a party tag ("Rep. X, R-Ohio, says"); a home with its province and no comma before the verb;
- a pronoun attribution does not stand for someone named only inside the quote it attributes;
- a sentence opener who answers the last speaker ("B agreed with A") is the next "he";
- an earlier "she" for a speaker tells that speaker's sex for a later "he";
- a title word as a surname ("Mr. King", "Harold King");
- a fronted phrase then lower-case role words before the name ("In a statement, party leader X");
- a name after ", but" opens its clause ("..., but X wasn't having it");
- a description of two roles ("the former teacher and city councillor") is one person;
- a description with a place ("the Ohio governor") is the person introduced with that place;
- "according to a speech X delivered" is X; a dateline ("OTTAWA (CP) —") is no speaker;
- adverbs between a speaker and the cue ("Commentators soon noted"), a negated auxiliary in a
  speaker ("the donor didn't") and a preposition opening a name run ("Against X, ...").

recall
- a clause whose subject has an apposition, then "X said" ("Y, the mate, had logged ..., the
  company said");
- a clause, then a role and a name in commas ("..., his aide, Nora X, said");
- a short subject, the attribution in commas, then its verb ("This vote, she says, is different");
- "said if elected he would ..." (a condition, then the clause it governs).
"""

from __future__ import annotations

import pytest

from quote_helpers import quotes, speakers


@pytest.mark.parametrize(
    "sentence",
    [
        "Orla Brennan, 47, of Millbrook, Ont., who waited outside the courthouse for hours, said the verdict "
        "gave her some peace.",
        "Orla Brennan, of Quesnel, B.C., told the inquiry that the flood took two of her sheds.",
        "Orla Brennan, 31, who has lived on the street for a decade, said the noise never stops.",
        "Orla Brennan of Moncton, New Brunswick says she will vote for the first time this fall.",
        "Rep. Orla Brennan, D-N.M., said the vote was a mistake.",
    ],
)
def test_a_name_with_age_home_party_or_who_clause_speaks(sentence: str) -> None:
    got = quotes(sentence)
    assert [q.kind for q in got] == ["indirect"]
    assert got[0].speaker == "Orla Brennan"


def test_a_pronoun_is_not_someone_named_only_inside_the_quote() -> None:
    text = (
        "Council met on Tuesday to debate the bridge. The plan worries Tobias Renner, chair of the "
        'Lakeview Residents Group.\n\n"Nobody here trusts the engineers. Mayor Ellison promised us a '
        'study and never delivered," he said.'
    )
    assert speakers(text) == ["Tobias Renner"]


def test_a_name_in_a_reported_clause_may_be_the_next_speaker() -> None:
    text = (
        "The harbour board said the delay came because engineer Lukas Brenner was worried about the "
        'tides.\n\n"We could not risk the cranes," he said.'
    )
    assert speakers(text)[-1] == "Lukas Brenner"


def test_the_one_who_agreed_with_the_last_speaker_speaks_next() -> None:
    text = (
        'Premier Dana Kowalczyk defended the budget on Monday. "We kept every promise," she said.\n\n'
        "Columnist Felix Moran at the Harbour Gazette agreed with Kowalczyk about the deficit.\n\n"
        '"If the goal was to calm the markets, it worked," he wrote.'
    )
    assert speakers(text)[-1] == "Felix Moran"


def test_talks_with_the_last_speaker_leave_him_the_speaker() -> None:
    text = (
        '"It is a fine club," Ronan Keele told the radio station. Club director Pavel Ostrov held '
        "talks with Keele on Saturday. The former winger added that he would decide soon.\n\n"
        '"My heart still belongs to the old club," he said.'
    )
    assert speakers(text)[-1] == "Ronan Keele"


def test_a_speaker_called_she_is_not_a_later_he() -> None:
    text = (
        '"The fares stay," Kemi Oyelaran said. "We promised," she said.\n\n'
        "The meeting went on past midnight with Kemi Oyelaran and Tomas Vik at the table.\n\n"
        '"Nobody will be happy," he said.'
    )
    assert speakers(text)[-1] != "Kemi Oyelaran"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Mr. King, who runs the ferry company, disagreed with the board. Harold King has operated "
            'boats on the lake for thirty years.\n\n"The new rules will sink us," Mr. King said.',
            "Harold King",
        ),
        ('Ms. Bishop chairs the panel. "We need more time," said Ms. Bishop.', "Ms. Bishop"),
    ],
)
def test_a_title_word_can_be_a_surname(text: str, who: str) -> None:
    assert speakers(text)[-1] == who


@pytest.mark.parametrize(
    "opening",
    [
        "In a statement issued Tuesday morning, party leader Margot Rennick was more cautious than her "
        "colleagues.",
        "In a statement, Margot Rennick was more cautious than her colleagues.",
    ],
)
def test_a_fronted_phrase_and_role_words_before_the_subject(opening: str) -> None:
    text = '"Every lender must pay," Senator Ines Calloway told the committee.\n\n' + opening
    text += ' She called the bank\'s conduct "shameful."'
    assert speakers(text) == ["Ines Calloway", "Margot Rennick"]


def test_a_name_after_but_opens_its_clause() -> None:
    text = (
        '"Time is up," said moderator Walter Hart.\n\nThe panel was ready to move on, but Governor '
        'Chris Varney wasn\'t having it. "You never answered the question," he said.'
    )
    assert speakers(text) == ["Walter Hart", "Chris Varney"]


def test_a_description_of_two_roles_is_one_person() -> None:
    text = (
        '"We were ignored," said Premier Leah Duarte. The former nurse and health minister said '
        "hospitals had waited too long."
    )
    got = quotes(text)
    assert [q.speaker for q in got] == ["Leah Duarte", "Leah Duarte"]
    assert got[1].speaker_start is not None
    assert text[got[1].speaker_start : got[1].speaker_end] == "former nurse and health minister"


def test_two_groups_joined_by_and_stay_apart() -> None:
    assert speakers("The mayor and the council said the road would reopen.") == ["council"]


def test_a_description_with_a_place_is_the_person_of_that_place() -> None:
    text = (
        "Ohio Gov. Dan Kessler said Saturday that the border needed more guards. New Jersey Gov. Chris "
        "Varney said the plan would cost too much.\n\nThe Ohio governor said the state would send its "
        'own troopers. "We cannot wait for Congress," he said.'
    )
    assert speakers(text) == ["Dan Kessler", "Chris Varney", "Dan Kessler", "Dan Kessler"]


def test_according_to_a_speech_a_person_delivered() -> None:
    got = quotes("The tax would raise little money, according to a speech Ms. Varga delivered in April.")
    assert [q.kind for q in got] == ["indirect"]
    assert got[0].speaker_start is not None
    assert "Varga" in (got[0].speaker or "")
    assert got[0].text == "The tax would raise little money"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("OTTAWA (CP) — A report released Tuesday said the deficit would double by next spring.", "report"),
        ("HALIFAX — Provincial health officials said Monday that three new cases were confirmed.", None),
    ],
)
def test_a_dateline_is_no_speaker(text: str, who: str | None) -> None:
    got = speakers(text)
    assert len(got) == 1
    assert got[0] not in {"OTTAWA", "HALIFAX"}
    if who is not None:
        assert got[0] == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Commentators soon noted that the minister had misspoken.", "Commentators"),
        ("The network barely even mentioned that the protest had taken place.", "network"),
    ],
)
def test_adverbs_before_the_cue_are_no_part_of_the_speaker(text: str, who: str) -> None:
    assert speakers(text) == [who]


def test_a_negated_auxiliary_is_no_speaker() -> None:
    text = "While the donor didn't disclose his plans, he did say the candidate was charming."
    assert all(s is None or "didn" not in s for s in speakers(text))


def test_a_preposition_opening_a_quote_is_no_part_of_a_name() -> None:
    text = (
        '"I felt sharp from the first point," Nadal said.\n\nIvan Petrov was at a loss to explain his '
        'slow start. "Against Nadal, one lapse and the set is gone," he said.'
    )
    assert speakers(text) == ["Nadal", "Ivan Petrov"]


@pytest.mark.parametrize(
    ("text", "said", "who"),
    [
        (
            "Okafor, the ship's second officer, had logged 3,100 hours at sea, the company said Thursday.",
            "Okafor, the ship's second officer, had logged 3,100 hours at sea",
            "company",
        ),
        (
            "Lindqvist, a father of two and an engineer at the mill, was also on board, his sister said.",
            "Lindqvist, a father of two and an engineer at the mill, was also on board",
            "his sister",
        ),
        (
            "The senator remains committed to the bill, his aide, Nora Quill, said.",
            "The senator remains committed to the bill",
            "Nora Quill",
        ),
        (
            "The senator remains committed to the bill, his aide, Nora Quill, told the Coastal Ledger.",
            "The senator remains committed to the bill",
            "Nora Quill",
        ),
        ("This vote, she says, is different.", "This vote, she says, is different", None),
        (
            "By contrast, Moreau said if elected he would cut the fuel tax in half.",
            "if elected he would cut the fuel tax in half",
            "Moreau",
        ),
    ],
)
def test_reported_clause_shapes_found(text: str, said: str, who: str | None) -> None:
    got = [q for q in quotes(text) if q.kind == "indirect"]
    assert [q.text for q in got] == [said]
    if who is not None:
        assert got[0].speaker == who


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Naud said he couldn't yet tell if the auction bids would cover the debts.",
        "The minister would not say if the talks will resume next week.",
    ],
)
def test_what_someone_would_not_say_is_no_conditional_clause(text: str) -> None:
    assert all(not q.text.startswith("if ") for q in quotes(text))


def test_a_document_and_its_topic_speak_for_the_issuer() -> None:
    text = (
        "A Coastal Audit Office report on the ten largest projects says costs have risen by $1.7 "
        'billion. It says there is "little evidence" that the ministry has improved.'
    )
    assert set(speakers(text)) == {"Coastal Audit Office"}


def test_an_editorial_is_a_document_and_it_speaks_on() -> None:
    text = (
        "The editorial, posted on the website of the Harbour Times on Saturday, said the minister had "
        'lost the trust of the fleet.\n\n"His plan has failed," it said.'
    )
    got = quotes(text)
    assert [q.text for q in got] == ["the minister had lost the trust of the fleet", "His plan has failed,"]
    assert [q.speaker for q in got] == ["editorial", "editorial"]


def test_who_issued_a_modified_statement_speaks_through_it() -> None:
    text = "Within an hour, the county issued a follow-up statement announcing the leak was fixed."
    assert speakers(text) == ["county"]


def test_a_name_and_age_before_who_told() -> None:
    text = "It is a first nomination for Vera Malkin, 49, who told the Daily Courier she had not expected it."
    assert speakers(text) == ["Vera Malkin"]


def test_an_aged_description_before_anyone_spoke_is_who_opened_a_sentence() -> None:
    text = (
        "Actor Marcus Delane has signed on to a thriller.\n\nThe 60-year-old actor said he would start soon."
    )
    assert speakers(text) == ["Marcus Delane"]


def test_a_document_named_inside_the_phrase_is_not_issued_by_its_title() -> None:
    text = "The minister spoke. Kivu Aid's Counting the Toll report this week said rich states had failed."
    assert all(s != "Toll" for s in speakers(text))


def test_the_paper_is_the_outlet_quoted_last() -> None:
    text = (
        "The merger has been delayed, according to the Harbour Ledger. The paper said regulators were "
        "irritated by the leak."
    )
    assert speakers(text) == ["Harbour Ledger", "Harbour Ledger"]


def test_an_aged_description_with_another_role_is_not_the_last_speaker() -> None:
    text = (
        '"The show will air with a delay," producer Gil Amberley told reporters. He also played down '
        "fears about the host. The 40-year-old comic said he would behave on air."
    )
    assert speakers(text)[-1] != "Gil Amberley"


def test_a_byline_opens_no_sentence() -> None:
    text = (
        'By Lin Qiao, Wei Dan\n\nTo Master Hongren, pop music is noise. "Never heard of it," the '
        "80-year-old monk replied."
    )
    assert "Lin Qiao" not in speakers(text)


def test_someone_who_told_the_newspaper_is_not_the_newspaper() -> None:
    text = (
        "Firm chief Tan Wei Ming told the newspaper that the fund would grow. Costs will fall, Tan Wei "
        "Ming said. Returns have been weak, the newspaper said."
    )
    assert speakers(text)[-1] != "Tan Wei Ming"

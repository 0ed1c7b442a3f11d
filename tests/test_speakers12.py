"""Speaker classes of issue 10's twelfth session, each with sentences written for these tests (no
text of any annotated or corpus article). Each test names the class it pins:

- a person speaker's full name carries no role, office place or portfolio before the given name
  ("County Sheriff X Y", "Minority Whip X Y", "Governor of Utah X Y") and no letters after it ("QC");
  a name that opens with a word no list knows, a regnal title and a seat before "MP" stay whole;
- a surname resolves to a name introduced after a title that holds an organisation word ("Senate
  Minority Whip X Y", "Regional Police Constable X Y").
"""

from __future__ import annotations

import pytest

from diplotext.extractors.quotes.bare_names import bare_name, full_person_name
from quote_helpers import quotes, speakers


@pytest.mark.parametrize(
    ("written", "bare"),
    [
        ("Sheriff Tomas Wendt", "Tomas Wendt"),
        ("Minority Whip Rolf Danbury", "Rolf Danbury"),
        ("Hollow Creek County Sheriff Tomas Wendt", "Tomas Wendt"),
        ("Coun. Marta Vell", "Marta Vell"),
        ("Utah Ada Lind", "Ada Lind"),
        ("Chancellor Ada Lind of Austria", "Ada Lind"),
        ("Ada Lind QC", "Ada Lind"),
        ("Guitarist Jonah Pell", "Jonah Pell"),
        ("Treasury Jonah Pell", "Jonah Pell"),
    ],
)
def test_role_words_before_a_given_name_are_cut(written: str, bare: str) -> None:
    assert bare_name(written) == bare


@pytest.mark.parametrize(
    "written",
    [
        "Tomas Wendt",  # nothing before the given name
        "Arjunder Kumar Pell",  # an unknown first word: a given name the lists miss
        "Queen Ada Lind",  # a regnal title is part of the name
        "Glasgow Kelvin MP",  # a seat and its member
        "Prime Minister Ada Lind's spokesman",  # a group, not a person's name
        "Sheriff Wendt",  # a title and a surname: nothing is left to name him
    ],
)
def test_names_that_stay_whole(written: str) -> None:
    assert bare_name(written) == written


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "Hollow Creek County Sheriff Tomas Wendt said the bridge would stay shut until Monday.",
            "Tomas Wendt",
        ),
        (
            '"We are asking people to stay home," said Halton Regional Police Constable Dana Rusk.',
            "Dana Rusk",
        ),
        ("Guitarist Jonah Pell told the crowd the band would return next spring.", "Jonah Pell"),
    ],
)
def test_speaker_is_the_bare_name(sentence: str, who: str) -> None:
    assert speakers(sentence) == [who]


def test_surname_resolves_past_a_title_holding_an_organisation_word() -> None:
    text = (
        "Senate Minority Whip Rolf Danbury and two colleagues questioned the timing of the vote.\n\n"
        "Danbury said the bill had been rushed through committee.\n"
    )
    got = [q for q in quotes(text) if q.text.startswith("the bill")]
    assert [q.speaker for q in got] == ["Rolf Danbury"]


def _speaker_of(text: str, start: str) -> list[str | None]:
    return [q.speaker for q in quotes(text) if q.text.startswith(start)]


def test_the_company_is_the_business_introduced_with_a_firm_noun() -> None:
    text = (
        "Shares in parcel courier Brisklane fell sharply on Thursday after a weak winter quarter.\n\n"
        "The company said deliveries would recover by the spring.\n"
    )
    assert _speaker_of(text, "deliveries") == ["Brisklane"]


def test_the_company_after_an_apposition_with_a_firm_noun() -> None:
    text = (
        "Orvalle Mining, a Sudbury-based company, lost its licence for the northern pit on Monday.\n\n"
        "The company said it would appeal the decision.\n"
    )
    assert _speaker_of(text, "it would appeal") == ["Orvalle Mining"]


def test_the_airline_is_only_a_business_introduced_as_an_airline() -> None:
    text = (
        "Budget airline Skyvora and software firm Quenta signed a booking deal on Monday.\n\n"
        "The airline said fares would not rise.\n"
    )
    assert _speaker_of(text, "fares") == ["Skyvora"]


def test_a_modified_description_needs_its_modifier_near_the_business() -> None:
    text = (
        "Dutch brewer Hallemaar bought a stake in the Canadian chain Tolloway Foods last week.\n\n"
        "The Canadian company said the deal would add 40 stores.\n"
    )
    assert _speaker_of(text, "the deal") == ["Tolloway Foods"]


def test_a_place_after_a_firm_noun_is_no_business() -> None:
    text = "The carrier Moscow chose for the route was never named.\n\nThe airline said it had no comment.\n"
    assert "Moscow" not in _speaker_of(text, "it had no comment")


@pytest.mark.parametrize(
    "sentence",
    [
        '"It has been a long winter," said one nurse, who asked not to be named.',
        "A ferry worker, who asked not to be identified, said the engine had failed twice.",
        "One trader, who requested anonymity, said prices would fall.",
    ],
)
def test_a_request_to_stay_unnamed_is_no_quote(sentence: str) -> None:
    got = quotes(sentence)
    assert len(got) == 1
    assert got[0].cue == "said"
    assert "named" not in got[0].text and "identified" not in got[0].text


def test_he_continues_an_unnamed_person_quoted_just_before() -> None:
    text = (
        '"We heard the sirens before dawn," one of the ferry passengers said. He told how the crew '
        "handed out blankets.\n\n"
        '"Nobody panicked," he said.\n'
    )
    got = quotes(text)
    assert [q.speaker for q in got if q.text.startswith("Nobody")] == ["one of the ferry passengers"]


def test_she_does_not_continue_an_unnamed_man() -> None:
    text = (
        "LONDON -- Ada Lind, head of the Harbour Trust, spoke at the opening.\n\n"
        '"The pier is safe again," said one man who lives nearby.\n\n'
        '"It took us two years," she said.\n'
    )
    got = quotes(text)
    assert [q.speaker for q in got if q.text.startswith("It took")] != ["one man who lives nearby"]


def test_a_surname_speaker_gets_the_full_name_the_article_gave() -> None:
    text = (
        "MOSCOW -- Economy minister Ilya Varensky opposed the sale of the refinery on Monday.\n\n"
        "Mr Varensky, a critic of state ownership, kept his distance from the plan. The sale had been "
        "badly handled, he said.\n"
    )
    got = quotes(text)
    assert [q.speaker for q in got if q.text.startswith("The sale")] == ["Ilya Varensky"]


def test_a_capitalised_opener_before_i_is_no_name() -> None:
    text = (
        'Maren Holt runs the shelter.\n\n"So I called the council," Holt said. "Then I called again," '
        "she said.\n"
    )
    assert set(speakers(text)) == {"Maren Holt"}


@pytest.mark.parametrize(
    ("found", "kept"),
    [
        ("Ilya Varensky", "Ilya Varensky"),
        ("New York", None),  # a place
        ("Supplier Varco", None),  # a firm noun before a business name
        ("If Varensky", None),  # a clause opener
        ("So I", None),  # the pronoun after an opener
        (None, None),
    ],
)
def test_a_fuller_name_for_a_surname_speaker_must_be_a_persons(found: str | None, kept: str | None) -> None:
    assert full_person_name(found) == kept


def test_an_owned_role_is_the_speaker_introduced_with_it() -> None:
    text = (
        "TORONTO -- Bram Oyelaran, 44, is charged with stealing from investors. His lawyer, Priya Sandhu, "
        "said her client would plead not guilty.\n\n"
        "Oyelaran's lawyer said the case against him was weak.\n"
    )
    got = quotes(text)
    assert [q.speaker for q in got if q.text.startswith("the case")] == ["Priya Sandhu"]


def test_an_owned_role_is_not_its_owner() -> None:
    text = (
        "BRUSSELS -- Talks went on late, a spokesman for Prime Minister Ada Lind said on Friday.\n\n"
        "The prime minister's spokesman said a deal was close.\n"
    )
    got = quotes(text)
    assert "Ada Lind" not in [q.speaker for q in got if q.text.startswith("a deal")]


def test_the_chief_is_the_speaker_introduced_as_chief() -> None:
    text = (
        "Police Chief Mark Tennant said officers had worked on the case for a year. The chief said more "
        "arrests were possible.\n"
    )
    got = quotes(text)
    assert [q.speaker for q in got if q.text.startswith("more arrests")] == ["Mark Tennant"]


def test_a_month_or_modal_as_a_surname() -> None:
    text = (
        "OTTAWA -- The vote is near.\n\n"
        "Party Leader Rosalind May said the plan ignored climate targets.\n\n"
        "May said her party would vote against it.\n"
    )
    assert speakers(text) == ["Rosalind May", "Rosalind May"]


def test_a_modal_before_a_present_verb_is_no_speaker() -> None:
    text = "OTTAWA -- The vote is near.\n\nMay brings rain, the forecaster said.\n"
    assert "May" not in speakers(text)


def test_an_acronym_defined_with_or_is_spelled_out() -> None:
    text = (
        "OTTAWA -- Talks broke down on Monday.\n\n"
        "The Amalgamated Harbour Workers Union, or AHWU, said its members would strike. AHWU said the "
        "talks had failed.\n"
    )
    got = quotes(text)
    assert [q.speaker for q in got if q.text.startswith("the talks")] == ["Amalgamated Harbour Workers Union"]


def test_an_undefined_acronym_is_the_name_with_its_initials() -> None:
    text = (
        "HALIFAX -- A boat capsized on Monday.\n\n"
        "The Coastal Rescue Coordination Service said two sailors were missing. The CRCS said the search "
        "would resume at dawn.\n"
    )
    got = quotes(text)
    assert [q.speaker for q in got if q.text.startswith("the search")] == [
        "Coastal Rescue Coordination Service"
    ]


def test_a_two_letter_acronym_needs_a_definition() -> None:
    text = "PARIS -- Leaders met.\n\nThe Upland Assembly said talks went on. UA said it would send aid.\n"
    assert [q.speaker for q in quotes(text) if q.text.startswith("it would")] == ["UA"]


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("In a written statement the Harbour Authority said the pier would reopen.", "Harbour Authority"),
        ("Last month the Dunmore Council said the budget was balanced.", "Dunmore Council"),
        ("The harbour master meanwhile said the pier would reopen.", "harbour master"),
    ],
)
def test_a_fronted_phrase_or_adverb_is_no_part_of_the_speaker(sentence: str, who: str) -> None:
    assert speakers("OSLO -- The storm passed.\n\n" + sentence + "\n") == [who]


def test_the_pronoun_of_a_relative_is_the_speaker() -> None:
    text = (
        "LONDON -- The campaign opened.\n\n"
        "Opposition leader Tomas Wendt spoke in Dunmore on Monday and listed the reforms he says are "
        "holding the region back.\n"
    )
    got = [q for q in quotes(text) if q.cue == "says"]
    assert [q.speaker for q in got] == ["Tomas Wendt"]
    assert text[got[0].speaker_start : got[0].speaker_end] == "he"


def test_a_capitalised_fronted_phrase_keeps_its_pronoun_reading() -> None:
    text = "LONDON -- Ada Lind met voters.\n\nAt first she said only that the vote would be close.\n"
    assert speakers(text) == ["Ada Lind"]


def test_a_place_heading_an_agenda_item_is_no_transcript_turn() -> None:
    text = (
        "Agenda for Friday.\n\n"
        "OSLO: Ministers of the northern states meet to discuss fishing quotas for the coming year.\n\n"
        "WALLMAN: I think we will get a deal before the winter.\n"
    )
    got = quotes(text)
    assert [q.speaker for q in got] == ["WALLMAN"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoy explained how hard it was to keep the ports open through the winter.",
        "One survivor recalled how the water had reached the second floor within an hour.",
    ],
)
def test_a_reported_how_clause_is_a_quote(sentence: str) -> None:
    got = quotes("OSLO -- The talks ended.\n\n" + sentence + "\n")
    assert [q.text.split()[0] for q in got] == ["how"]


def test_how_to_is_no_clause() -> None:
    got = quotes("OSLO -- The talks ended.\n\nThe envoy explained how to reach the port.\n")
    assert got == []

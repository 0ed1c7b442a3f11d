"""Speaker classes of issue 10's twenty-second session (helper quotes30), each with sentences
written for these tests (no text of any annotated article):

- a description headed by a role the word lists do not know ("the mufti of Dunmore", "a tearful
  mourner"), or with its body after "to" ("the chief envoy to the talks"), followed by a comma and
  a person's name: the name speaks, not the role word;
- a news outlet called by the last word of its name after the article wrote it in full ("The
  Dunmore Evening Times reported ... the Times said"): the full name; not when two full names end
  in the word.
"""

from __future__ import annotations

import pytest

from quote_helpers import quotes, speakers


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (  # a religious office no list holds
            "The visit went well, said the mufti of Dunmore, Kemal Orhanli, who guided the guests.",
            "Kemal Orhanli",
        ),
        (  # a passer-by described by a hyphenated adjective and a noun the lists lack
            '"Nobody came and it makes me sad," said one choked-up mourner, Janos Villem.',
            "Janos Villem",
        ),
        (  # a university office
            '"We will reopen in May," said the rector of the academy, Ilse Marten.',
            "Ilse Marten",
        ),
        (  # the role's body after "to", the description owned by a country
            "Ruritania's chief delegate to the talks, Kemal Orhanli, also said the deal was near.",
            "Kemal Orhanli",
        ),
        (  # a known role with its body after "to"
            '"You have to show the will," said the regional envoy to the talks, Stefan Lorne.',
            "Stefan Lorne",
        ),
    ],
)
def test_description_named_in_apposition_is_the_named_person(text: str, who: str) -> None:
    assert speakers(text)[0] == who


def test_a_pronoun_after_an_apposed_name_continues_that_person() -> None:
    text = (
        "Pavel Drosny, a driver, said fuel was dear.\n\n"
        '"Gas is cheaper," said the owner of a taxi firm, Marek Halloran, who drives at night.\n\n'
        '"Petrol would ruin us," he said.'
    )
    assert speakers(text) == ["Pavel Drosny", "Marek Halloran", "Marek Halloran"]


def test_a_place_in_apposition_is_no_speaker_but_an_unlisted_role_is() -> None:
    assert speakers("The plan is sound, said the capital, Maren Ames.") != ["Maren Ames"]
    assert speakers("The plan is sound, said the curator of the hall, Maren Ames.") == ["Maren Ames"]
    client = (
        'Costas Adrianou appealed the ban. "A decision is expected by March," said one of their '
        "lawyers, Nikos Petrakis."
    )
    assert "Costas Adrianou" not in speakers(client)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The Dunmore Evening Times reported that the talks had failed.\n\n"
            "The deal would have cost billions, the Times said.",
            "Dunmore Evening Times",
        ),
        (  # "according to the Post", with a day's possessive before the full name
            "Monday's Harbour Post carried the story first.\n\n"
            "Turnout was low in the north, according to the Post.",
            "Harbour Post",
        ),
        (  # the short form opening a sentence
            "Readers of the Kellan Herald wrote in all week.\n\nThe Herald said the vote was close.",
            "Kellan Herald",
        ),
    ],
)
def test_an_outlet_by_the_last_word_of_its_name_is_the_full_name(text: str, who: str) -> None:
    assert speakers(text)[-1] == who


def test_two_full_names_ending_in_the_word_leave_the_short_form() -> None:
    one = "The Kellan Times ran the story.\n\nThe minister had resigned, the Times said."
    two = (
        "Both the Kellan Times and the Orsay Times ran the story.\n\n"
        "The minister had resigned, the Times said."
    )
    assert [speakers(one)[-1], speakers(two)[-1]] == ["Kellan Times", "Times"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (  # fields joined by "and" after "for": the whole name, not its last field
            "Flu was severe this winter, according to the Centres for Water Safety and Prevention.",
            "Centres for Water Safety and Prevention",
        ),
        (  # a list of fields with commas, the body named with its place
            "The Dunmore Ministry of Economy, Trade and Industry said exports had grown.",
            "Dunmore Ministry of Economy, Trade and Industry",
        ),
        (  # an owner's possessive stays out of the name
            "Growth was strong, according to Ruritania's Centres for Science and Technology.",
            "Centres for Science and Technology",
        ),
        (  # after the cue: the body the actors plugin knows in full, not "Ministry"
            "Flu was severe, said the Ministry of Health and Long-Term Care.",
            "Ministry of Health and Long-Term Care",
        ),
    ],
)
def test_a_body_listing_its_fields_is_the_whole_name(text: str, who: str) -> None:
    assert speakers(text)[-1] == who


def test_a_body_with_an_of_phrase_after_the_cue_is_the_whole_name() -> None:
    assert speakers("Flu was severe, said the Bank of Dunmore.") == ["Bank of Dunmore"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (  # a place-based modifier before a firm's name, then "the insurer" for it
            "Toronto-based Maple Leaf Insurance Co. said profits fell sharply last year. "
            "The insurer said claims rose in every province.",
            "Maple Leaf Insurance Co.",
        ),
        (
            "Growth in the region will slow next year, said the Paris-based Orbix Institute.",
            "Orbix Institute",
        ),
    ],
)
def test_where_a_body_is_based_is_no_part_of_its_name(text: str, who: str) -> None:
    assert set(speakers(text)) == {who}


def test_a_body_the_actors_plugin_cut_into_a_person_is_the_whole_name() -> None:
    text = "Cases rose in the north, according to Ellis Warden Center for Marine Science and Engineering."
    assert speakers(text) == ["Ellis Warden Center for Marine Science and Engineering"]


def test_a_party_member_described_by_place_is_the_person_the_article_is_about() -> None:
    text = (
        "Senator Paul Ardent warned the White House on Monday. "
        '"The order goes too far," Ardent said.\n\n'
        "The Ruritania Republican said in a statement that the new steps were unlawful.\n\n"
        '"She is too far behind," said a Dunmore Democrat.'
    )
    assert speakers(text) == ["Paul Ardent", "Paul Ardent", "Dunmore Democrat"]


def test_a_party_member_with_no_one_quoted_yet_is_the_subject_before() -> None:
    text = (
        "Ilse Marten filed the complaint in May. "
        "The Dunmore Conservative said the council had broken its own rules."
    )
    assert speakers(text) == ["Ilse Marten"]


def test_the_newspaper_is_the_outlet_named_before_when_none_spoke() -> None:
    text = (
        "Enrolment fell, according to figures cited by Monday's Dunmore Morning Ledger.\n\n"
        "Enrolment fell by five percent in the past year, said the newspaper."
    )
    assert speakers(text)[-1] == "Dunmore Morning Ledger"
    paper = (
        "Ann Keller wrote the briefing paper for the Kellan Institute.\n\n"
        '"Keller has failed to win over the banks," the paper said.'
    )
    assert speakers(paper)[-1] != "Keller"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (  # a capitalised title set off by commas between the name and the cue
            '"The contract is stable," Kenji Arata, Minister of Finance, said of the deal.',
            "Kenji Arata",
        ),
        (  # its portfolio a list of fields
            '"The plan is sound," Ann Keller, Minister of Immigration, Refugees and Citizenship, '
            "told reporters.",
            "Ann Keller",
        ),
        (  # a rank before the title, the name opening the sentence
            "Tan Meiling, Deputy Minister of Agriculture, said the initiative would bring power.",
            "Tan Meiling",
        ),
        (  # after the cue, a rank before the title and its portfolio
            '"Sales grew," said Vice Minister of Personnel Lu Haoran. He said the exam was fair.',
            "Lu Haoran",
        ),
    ],
)
def test_a_capitalised_title_is_no_speaker_the_name_beside_it_is(text: str, who: str) -> None:
    assert set(speakers(text)) == {who}


@pytest.mark.parametrize(
    "text",
    [
        "The Dunmore Ledger reported on Monday that the talks had failed.",
        "The talks on the new port had failed, the Dunmore Ledger reported on Monday.",
        "The Dunmore Ledger reported on 5 May that the talks had failed.",
        "Ann Keller commented on Friday that the talks had failed.",
    ],
)
def test_reported_on_a_day_is_a_cue(text: str) -> None:
    found = quotes(text)
    assert [(q.kind, q.text, q.cue) for q in found][:1] in (
        [("indirect", "the talks had failed", "reported")],
        [("indirect", "The talks on the new port had failed", "reported")],
        [("indirect", "the talks had failed", "commented")],
    )
    assert quotes("The Dunmore Ledger reported on the talks in great detail.") == []

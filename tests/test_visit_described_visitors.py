"""Visitors told by a description ("the Polish president") rather than a name (fourteenth session).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event

PUBLISHED = "2030-06-12"  # a Wednesday


def visits(text: str, published: str = PUBLISHED) -> list[Event]:
    return [e for e in diplotext.extract(text, published=published).events if e.type == "visit"]


def test_a_description_is_not_the_person_named_across_the_verb() -> None:
    """ "The Latvian premier will meet President X": X is the one met, never the premier; the
    premier is the person named without a title in the next sentence."""
    (v,) = visits(
        "WASHINGTON, June 12 - The Latvian premier will hold talks with President Dora Quill at the "
        "White House on Friday, officials said. Juris Ozols, who took office in May, is on his first "
        "trip abroad."
    )
    assert (v.roles["visitor"], v.roles["visitor_state"], v.roles["host_state"]) == (
        "Juris Ozols",
        "LVA",
        "USA",
    )
    assert list(v.roles["met"]) == ["Dora Quill"]


def test_a_description_after_the_verb_is_not_the_subject() -> None:
    """ "President X received the Chilean president": the guest is not X."""
    found = visits(
        "LIMA, June 12 - President Hugo Varela received the Chilean president at the palace on "
        "Tuesday. Ana Torres arrived on Monday for a two-day stay."
    )
    assert found
    assert all(v.roles["visitor"] != "Hugo Varela" for v in found)


def test_a_title_and_name_after_the_verb_stay_one_person() -> None:
    """ "met with visiting French Minister for Trade and Industry X": the title and its name after
    the verb are one phrase's, the visitor the named minister."""
    (v,) = visits(
        "Kenyan Vice President Amos Kirui on Tuesday met with visiting French Minister for Trade and "
        "Industry Paul Mercier in Nairobi."
    )
    assert (v.roles["visitor"], v.roles["visitor_state"], v.roles["host_state"]) == (
        "Paul Mercier",
        "FRA",
        "KEN",
    )


def test_a_state_s_possessive_description_gives_the_untitled_person_named_next_role_and_state() -> None:
    """ "Norway's defence minister toured a base ... X arrived in the Chilean capital and held talks
    with Defence Secretary Y": X is Norway's minister, Y (a titled person of no stated state) is not
    the one the description means."""
    found = visits(
        "SANTIAGO, June 12 - Norway's defence minister toured a naval base on Wednesday, a day after "
        "signing an agreement in Santiago. Lars Eide Brun arrived in the Chilean capital on Tuesday and "
        "held talks with Defence Secretary Rosa Mena at the ministry."
    )
    assert [(v.roles["visitor"], v.roles["visitor_state"], v.roles["host_state"]) for v in found] == [
        ("Lars Eide Brun", "NOR", "CHL")
    ]


def test_an_ambassador_to_an_international_body_lives_where_it_sits() -> None:
    """ "Iran's ambassador to the UN nuclear agency, X, told a seminar in Vienna": no visit."""
    assert not visits(
        "Peru's ambassador to the International Atomic Energy Agency, Hugo Salas Rivas, told a seminar "
        "in Vienna on Tuesday that the talks would go on."
    )


def test_the_leader_of_a_ruling_party_s_delegation_represents_its_state() -> None:
    """ "A Communist Party of Vietnam delegation led by X", "a delegation of the Communist Party of
    Vietnam led by X, head of ...": the party names its state; another party's delegation does not."""
    for text in (
        "VIENTIANE, June 12 -- A Communist Party of Vietnam delegation led by Tran Van Duc arrived in "
        "Vientiane on Monday for a five-day visit.",
        "VIENTIANE, June 12 -- A delegation of the Communist Party of Vietnam led by Tran Van Duc, head of "
        "its external relations commission, arrived in Vientiane on Monday for a five-day visit.",
    ):
        (v,) = visits(text)
        assert (v.roles["visitor"], v.roles["visitor_state"], v.roles["host_state"]) == (
            "Tran Van Duc",
            "VNM",
            "LAO",
        )
    assert not visits(
        "VIENTIANE, June 12 -- A delegation of the Congress party led by Raj Patel arrived in Vientiane "
        "on Monday."
    )


def test_a_british_style_lead_names_the_traveller_by_title_alone() -> None:
    """ "The foreign secretary has arrived in Qatar ... X landed in Doha and went into a meeting with
    Qatar's prime minister ...; Shadow foreign secretary Y said": X is the foreign secretary (and so
    Britain's), not the shadow one, and not Qatar's prime minister she met."""
    found = visits(
        "The foreign secretary has arrived in Qatar on the second leg of a Gulf tour.\n\n"
        "Ann Wrexley landed in Doha on Thursday and went straight into a meeting with Qatar's prime "
        "minister, Sheikh Hamad bin Ali.\n\n"
        "Shadow foreign secretary Tom Fellowes said ministers should raise human rights.",
        published="2030-06-14",
    )
    assert {(v.roles["visitor"], v.roles["visitor_state"], v.roles["host_state"]) for v in found} == {
        ("Ann Wrexley", "GBR", "QAT")
    }


def test_the_last_leader_to_visit_named_in_apposition_made_a_background_visit() -> None:
    """ "The last Dutch prime minister to travel to Indonesia, X, went in 2016": X's completed visit,
    dated by the going."""
    (v,) = visits("The last Danish prime minister to travel to Chile, Lars Holm, went in 2016.")
    assert (v.roles["visitor"], v.roles["visitor_state"], v.roles["host_state"]) == (
        "Lars Holm",
        "DNK",
        "CHL",
    )
    assert (v.date, v.attributes["status"]) == ("2016", "completed")


def test_a_home_titled_official_arriving_at_the_dateline_is_of_the_state_the_story_names_most() -> None:
    """ "LIMA - Vice President X arrived here Tuesday, pressing leaders to give American companies a
    bigger role ... a U.S. joint venture": a US paper's own vice president, not Peru's."""
    found = visits(
        "LIMA, Peru - Vice President Dana Holt arrived here Tuesday on the second leg of a South America "
        "tour, pressing Peruvian leaders to give American companies a bigger role in mining.\n\n"
        "Holt toured a port run by a U.S.-Peruvian joint venture and met Peruvian Vice President Luis "
        "Soto on Tuesday afternoon.",
        published="2030-06-12",
    )
    assert [(v.roles["visitor"], v.roles["visitor_state"], v.roles["host_state"]) for v in found] == [
        ("Dana Holt", "USA", "PER")
    ]


def test_someone_s_counterpart_is_the_official_he_met_and_a_shared_title_is_the_dateline_s() -> None:
    """ "MANILA - X held talks with Defence Secretary Y. X's counterpart visited Canberra last year":
    Y's visit to Australia; "Defence Secretary" in a Manila story is the Philippines', not Britain's."""
    found = visits(
        "MANILA, June 12 - Australian Defence Minister Mark Dale arrived in Manila on Tuesday and held "
        "talks with Defence Secretary Jose Cruz. Dale's counterpart visited Canberra in August last year "
        "to sign a forces agreement."
    )
    assert {(v.roles["visitor"], v.roles["visitor_state"], v.roles["host_state"], v.date) for v in found} == {
        ("Mark Dale", "AUS", "PHL", "2030-06-11"),
        ("Jose Cruz", "PHL", "AUS", "2029-08"),
    }


def test_a_name_apposed_to_a_title_with_a_body_ends_the_phrase_and_is_the_traveller() -> None:
    """ "The speaker of Chile's House of Representatives, X, arrived ... received by the speaker of
    the Peruvian Congress, Y": X travels (two speakers: the description alone names no one)."""
    (v,) = visits(
        "LIMA, June 12 - The speaker of Chile's House of Representatives, Rosa Mena, arrived in Lima on "
        "Tuesday at the head of a parliamentary delegation. Mena was received on Wednesday by the speaker "
        "of the Peruvian Congress, Juan Soto."
    )
    assert (v.roles["visitor"], v.roles["visitor_state"], v.roles["host_state"], v.date) == (
        "Rosa Mena",
        "CHL",
        "PER",
        "2030-06-11",
    )
    assert list(v.roles["met"]) == ["Juan Soto"]


def test_a_delegation_led_by_a_title_and_an_apposed_name_travels_with_that_name() -> None:
    """ "A Vatican delegation led by the Secretary for Relations with States, Archbishop X, travelled
    to Beirut last week": a reduced relative past a comma-enclosed name; X is the leader."""
    (v,) = visits(
        "A Vatican delegation led by the Secretary for Relations with States, Archbishop Paolo Verdi, "
        "travelled to Beirut last week to prepare the visit."
    )
    assert (v.roles["visitor"], v.roles["visitor_state"], v.roles["host_state"], v.attributes["status"]) == (
        "Paolo Verdi",
        "VAT",
        "LBN",
        "completed",
    )

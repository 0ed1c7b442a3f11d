"""Visits told without a trip verb: an official who is in a country on business, at a gathering
placed abroad, or met by a host at home (issue 9).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def article_visits(text: str, published: str = "2031-04-09") -> list[Event]:
    """An article's visits; 2031-04-09 is a Wednesday."""
    doc = diplotext.extract(text, published=published)
    assert not [e for e in doc.errors if e.plugin in ("visits", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "visit"]


# ------------------------------------------------ "is in Norway to attend", "was in Peru for talks"


def test_being_in_a_country_to_attend_a_meeting_is_a_visit_there() -> None:
    (visit,) = article_visits(
        "Kenyan Trade Minister Amos Kiprono, who is in Norway to attend a conference on fisheries, "
        "said on Tuesday that exports would grow."
    )
    assert (visit.roles["visitor_state"], visit.roles["host_state"]) == ("KEN", "NOR")
    assert visit.roles["visitor"] == "Amos Kiprono"


def test_being_in_a_country_for_talks_is_a_visit_there() -> None:
    (visit,) = article_visits("Ghanaian Foreign Minister Efua Boateng was in Peru for talks on Monday.")
    assert (visit.roles["visitor_state"], visit.roles["host_state"]) == ("GHA", "PER")
    assert visit.date == "2031-04-07"


def test_being_in_a_country_with_no_stated_business_or_for_private_ends_is_no_visit() -> None:
    for text in (
        "Ghanaian Foreign Minister Efua Boateng was in Peru in 1990 as a student.",
        "Ghanaian Foreign Minister Efua Boateng was in Peru for medical treatment last week.",
        "Ghanaian Foreign Minister Efua Boateng is in talks with Peru to meet a deadline.",
    ):
        assert article_visits(text) == [], text


# ------------------------------------------------ a central bank's governor


def test_a_central_bank_governor_is_an_official_of_the_bank_s_state() -> None:
    for text in (
        "Ms Ilse Brandt, the Austrian central bank governor, attended a meeting of bankers in Oslo on "
        "Monday.",
        "Austrian central bank chief Ilse Brandt attended a meeting of bankers in Oslo on Monday.",
    ):
        (visit,) = article_visits(text)
        assert (visit.roles["visitor_state"], visit.roles["host_state"]) == ("AUT", "NOR")
        assert visit.place == "Oslo"


# ------------------------------------------------ "stressed the point at a forum in Oslo"


def test_a_statement_at_an_occasion_held_in_a_city_abroad_places_its_speaker_there() -> None:
    for text in (
        "Kenyan Trade Minister Amos Kiprono stressed those fears on Monday at a business forum in Oslo.",
        "Kenyan Trade Minister Amos Kiprono voiced his doubts at an event in Oslo on Monday.",
        "Kenyan Trade Minister Amos Kiprono warned in Oslo on Monday that prices would rise.",
    ):
        (visit,) = article_visits(text)
        assert (visit.roles["host_state"], visit.place, visit.date) == ("NOR", "Oslo", "2031-04-07"), text


def test_a_statement_about_something_in_a_city_places_nobody_there() -> None:
    for text in (
        "Kenyan Trade Minister Amos Kiprono condemned the bombing in Oslo on Monday.",
        "Kenyan Trade Minister Amos Kiprono warned of unrest in Oslo on Monday.",
        "Kenyan Trade Minister Amos Kiprono praised the new port in Oslo on Monday.",
    ):
        assert article_visits(text) == [], text


def test_a_roundup_s_official_after_a_fronted_city_is_of_that_city_s_state() -> None:
    visits = article_visits(
        "NAIROBI, April 9 (AFP) - Kenya voted on Wednesday. In Oslo, Trade Minister Ola Berg said "
        "that Norway would send observers to Kenya."
    )
    assert visits == []  # the minister is Norway's, at home: no Kenyan visit to Norway


# ------------------------------------------------ "on his way into the session" of a gathering placed before


def test_officials_at_a_gathering_placed_in_an_earlier_sentence_visit_its_city() -> None:
    visits = article_visits(
        "Ports plan agreed\n\n"
        "The plan came out of a meeting of Andean and Caribbean ministers in Lima, Peru, on trade.\n\n"
        '"We need new ports," Chilean Transport Minister Rosa Vidal said on Tuesday as she entered '
        "the talks.\n\n"
        '"It went well," Colombian Transport Minister Jaime Ortiz told reporters after the meeting.'
    )
    got = {(v.roles["visitor"], v.roles["host_state"], v.place) for v in visits}
    assert got == {("Rosa Vidal", "PER", "Lima"), ("Jaime Ortiz", "PER", "Lima")}
    vidal = next(v for v in visits if v.roles["visitor"] == "Rosa Vidal")
    assert vidal.date == "2031-04-08"


def test_also_due_to_attend_is_a_plan_to_attend_the_gathering_told_last() -> None:
    (visit,) = article_visits(
        "Water talks\n\nA water summit in Accra opens on Friday.\n\n"
        "Ghana's president will host it. Also due to attend is Danish Foreign Minister Lars Holm."
    )
    assert (visit.roles["visitor"], visit.roles["host_state"], visit.place) == ("Lars Holm", "GHA", "Accra")
    assert visit.attributes["status"] == "planned"


def test_a_meeting_told_as_done_is_not_a_gathering_placed_as_still_to_come() -> None:
    visits = article_visits(
        "Envoys agree\n\n"
        "Danish and Swiss envoys met in Oslo on Monday.\n\n"
        "The Swiss envoy said he would attend a donors' summit in Accra next week.\n\n"
        "Danish Foreign Minister Lars Holm said during the meeting that aid would rise."
    )
    assert not [v for v in visits if v.roles["host_state"] == "GHA" and v.roles["visitor"] == "Lars Holm"]


def test_the_pope_at_a_gathering_in_rome_is_at_home() -> None:
    visits = article_visits(
        "Bishops from many states attended a synod in Rome last week. During the synod, Pope Gregory "
        "said the church had to change."
    )
    assert visits == []


# ------------------------------------------------ "then-Secretary of State X", "a visit from then Minister Y"


def test_a_then_office_holder_made_the_trip_told_in_office_whichever_way_then_is_written() -> None:
    for text in (
        "Ties improved after then-Secretary of State Jane Hollis of Canada visited Laos in May 2011.",
        "Ties improved after a visit from then-Finance Minister Jane Hollis of Canada to Laos in May 2011.",
        "Ties improved after a visit by then Finance Minister Jane Hollis of Canada to Laos in May 2011.",
    ):
        (visit,) = article_visits(text, published="2016-09-16")
        assert (visit.roles["visitor"], visit.roles["visitor_state"], visit.roles["host_state"]) == (
            "Jane Hollis",
            "CAN",
            "LAO",
        ), text
        assert visit.date == "2011-05"


def test_then_after_since_is_a_time_not_part_of_a_title() -> None:
    from diplotext.syntax.tokens import tokenize

    text = "Since then Prime Minister Jane Hollis has led the party."
    toks = tokenize(text, 0, len(text), [])
    assert [t.tag for t in toks[:2]] == ["PREP", "ADV"]


def test_those_a_visitor_appears_with_at_an_occasion_are_met() -> None:
    visits = article_visits(
        "Fisheries talks\n\nDanish Foreign Minister Lars Holm flew to Accra on Sunday for a fisheries "
        'conference.\n\n"Boats must be cleaner," Holm said in Accra at an event with Ghanaian President '
        "Kofi Mensah on Monday."
    )
    holm = next(v for v in visits if v.roles["visitor"] == "Lars Holm")
    assert list(holm.roles["met"]) == ["Kofi Mensah"]


def test_sitting_down_with_a_foreign_leader_at_home_is_hosting_his_visit() -> None:
    (visit,) = article_visits(
        "Danish Prime Minister Lars Holm sat down in Copenhagen with Ghanaian President Kofi Mensah "
        "on Monday."
    )
    assert (visit.roles["visitor"], visit.roles["host_state"], visit.place) == (
        "Kofi Mensah",
        "DNK",
        "Copenhagen",
    )
    assert list(visit.roles["met"]) == ["Lars Holm"]


# ------------------------------------------------ status


def test_a_trip_that_is_one_stop_of_a_tour_does_not_override_a_dated_plan() -> None:
    (visit,) = article_visits(
        "Weekly digest\n\nKenyan Foreign Minister Amos Kiprono will hold talks in Lima on Friday.\n\n"
        "Mr Kiprono's Peru trip is one stop of a tour of the region."
    )
    assert visit.attributes["status"] == "planned"
    assert visit.date == "2031-04-11"


def test_a_progressive_trip_next_week_is_planned_even_with_no_publication_date() -> None:
    doc = diplotext.extract(
        "Weekly digest\n\nKenyan Foreign Minister Amos Kiprono is travelling to Peru next week.\n\n"
        "Ghanaian Foreign Minister Efua Boateng visited Chile last month."
    )
    status = {e.roles["host_state"]: e.attributes["status"] for e in doc.events if e.type == "visit"}
    assert status == {"PER": "planned", "CHL": "completed"}


# ------------------------------------------------ roles learned from descriptions


def test_a_description_after_by_of_or_as_is_someone_else_s_role() -> None:
    for aside in (
        "in the words of a Dutch envoy",
        "as a Dutch envoy put it",
    ):
        visits = article_visits(
            f"Weekly digest\n\nThe new party image was, {aside}, the work of Mr. Brandt.\n\n"
            "Mr. Brandt flew to Georgia in March 2013 to coach the party."
        )
        assert visits == [], aside
    assert (
        article_visits(
            "Weekly digest\n\nMr. Brandt, a lobbyist, was thanked by a Swedish ambassador for his advice.\n\n"
            "Mr. Brandt traveled to Armenia in May 2013 to coach the opposition."
        )
        == []
    )


def test_a_description_as_subject_still_names_the_person_near_it() -> None:
    (visit,) = article_visits(
        "Weekly digest\n\nThe Estonian foreign minister said on Monday that the talks had been useful.\n\n"
        "Karl Tamm flew to Latvia on Monday for more talks."
    )
    assert (visit.roles["visitor"], visit.roles["visitor_state"], visit.roles["host_state"]) == (
        "Karl Tamm",
        "EST",
        "LVA",
    )


def test_a_trip_in_someone_s_story_is_that_someone_s_not_the_speaker_s() -> None:
    visits = article_visits(
        "Danish Prime Minister Lars Holm mocked Senator Eva Keller's story of dodging bullets while "
        "visiting Nepal in 2009."
    )
    assert [v for v in visits if v.roles["visitor"] == "Lars Holm"] == []


def test_a_presence_verb_whose_object_is_an_occasion_in_a_city_abroad_is_a_visit() -> None:
    (visit,) = article_visits(
        "Kenyan Trade Minister Amos Kiprono will address a donors' summit in Quito on Friday."
    )
    assert (visit.roles["host_state"], visit.place, visit.attributes["status"]) == ("ECU", "Quito", "planned")
    assert (
        article_visits("Kenyan Trade Minister Amos Kiprono criticised a donors' summit in Quito on Friday.")
        == []
    )


def test_a_minister_with_no_state_is_of_the_government_the_other_officials_are_named_with() -> None:
    (visit,) = article_visits(
        "Weekly digest\n\nThe Danish Prime Minister Lars Holm praised the deal, yet when Deputy Prime "
        "Minister Eva Dahl visited Peru in June 2011, she was stunned by a new mining permit.",
        published="2015-11-10",
    )
    assert (visit.roles["visitor"], visit.roles["visitor_state"], visit.roles["host_state"]) == (
        "Eva Dahl",
        "DNK",
        "PER",
    )


def test_a_trip_with_a_relative_clause_is_read_in_the_clause_it_is_an_argument_of() -> None:
    (visit,) = article_visits(
        "Danish Prime Minister Lars Holm spoke just before ending a four-day trip to Peru, whose "
        "highlight was a new fisheries pact."
    )
    assert (visit.roles["visitor"], visit.roles["host_state"]) == ("Lars Holm", "PER")
    assert visit.attributes["status"] == "completed"


def test_a_trip_to_a_gathering_takes_the_city_the_next_sentence_holds_it_in() -> None:
    (visit,) = article_visits(
        "Minister leaves\n\nKenyan Trade Minister Amos Kiprono left for Peru on Wednesday to attend the "
        "first meeting of a joint trade council.\n\nThe meeting will be held in the Peruvian capital "
        "Lima on Friday."
    )
    assert (visit.roles["host_state"], visit.place) == ("PER", "Lima")


# ------------------------------------------------ common wire shapes


def test_a_visit_paid_starting_on_a_day_is_the_payer_s() -> None:
    (visit,) = article_visits(
        "Ghanaian President Kofi Mensah will pay a two-day visit to Peru starting Monday."
    )
    assert (visit.roles["visitor"], visit.roles["host_state"]) == ("Kofi Mensah", "PER")
    assert (visit.attributes["status"], visit.date) == ("planned", "2031-04-14")


def test_late_or_early_before_a_time_ends_the_place_s_phrase() -> None:
    for when in ("late on Tuesday", "early Tuesday"):
        (visit,) = article_visits(f"Ghanaian President Kofi Mensah landed in Lima {when}.")
        assert (visit.place, visit.date) == ("Lima", "2031-04-08"), when


def test_an_official_in_a_city_abroad_in_a_parenthesis_visits_it() -> None:
    (visit,) = article_visits(
        "Ghanaian President Kofi Mensah, in Lima for talks with Peruvian President Ana Ruiz, said "
        "trade would grow."
    )
    assert (visit.roles["host_state"], visit.place) == ("PER", "Lima")
    assert list(visit.roles["met"]) == ["Ana Ruiz"]


def test_addressing_a_state_s_legislature_is_being_there_unless_from_afar() -> None:
    (visit,) = article_visits("Ghanaian President Kofi Mensah addressed the Peruvian Congress on Tuesday.")
    assert (visit.roles["host_state"], visit.date) == ("PER", "2031-04-08")
    assert (
        article_visits(
            "Ghanaian President Kofi Mensah addressed the Peruvian Congress by video link on Tuesday."
        )
        == []
    )


def test_a_verb_after_a_parenthesis_on_a_trip_s_place_is_the_trip_s() -> None:
    (visit,) = article_visits(
        "Ghanaian President Kofi Mensah's state visit to Peru, the first in 20 years, begins on Tuesday."
    )
    assert (visit.roles["host_state"], visit.attributes["status"]) == ("PER", "planned")
    assert visit.attributes["first_in"] == "P20Y"


def test_a_meeting_after_a_dated_statement_took_place_that_day() -> None:
    """ "X said on Monday after meeting Y in Berlin": the meeting was on Monday; an "after" clause
    with a subject of its own ("after Z announced in Lima") keeps its own (un)dating."""
    text = (
        '"We will work together," German Chancellor Ida Holm said on Monday after meeting Irish '
        "Premier Sean Byrne in Berlin."
    )
    (v,) = article_visits(text, published="2030-06-11")
    assert (v.roles["visitor"], v.date) == ("Sean Byrne", "2030-06-10")


def test_officials_gathered_in_a_city_abroad_are_there() -> None:
    """ "X and leaders of 30 states have gathered in the Peruvian capital, Lima, for a summit": X is
    in Lima; protesters gathering, or X gathering her ministers at home, make no visit."""
    found = article_visits(
        "Danish Prime Minister Ida Holm and leaders of 30 states have gathered in the Peruvian "
        "capital, Lima, for a two-day summit.",
        published="2030-06-12",
    )
    assert [(v.roles["visitor"], v.roles["host_state"], v.place) for v in found] == [
        ("Ida Holm", "PER", "Lima")
    ]
    assert found[0].attributes["status"] == "ongoing"
    assert not diplotext.extract(
        "Danish Prime Minister Ida Holm gathered her ministers in Copenhagen on Monday.",
        published="2030-06-12",
    ).events


def test_the_host_of_an_occasion_of_the_visit_is_met() -> None:
    """ "began a state visit to Norway with a ceremony hosted by King X": the king met the visitor."""
    (v,) = article_visits(
        "Chilean President Rosa Mena began a state visit to Norway on Wednesday with a ceremony at the "
        "royal palace hosted by King Harald Olsen.",
        published="2030-06-12",
    )
    assert list(v.roles["met"]) == ["Harald Olsen"]


def test_landing_in_a_datelined_story_is_an_arrival_there() -> None:
    """ "LIMA - ... Ruiz, who landed late on Wednesday, met X": she arrived on Wednesday."""
    text = (
        "LIMA, June 12 (Wire) - Spanish Prime Minister Elena Ruiz pressed for reform at a summit on "
        "Thursday.\n\nRuiz, who landed late on Wednesday, met Peruvian President Luis Prado before the "
        "session opened."
    )
    (v,) = article_visits(text, published="2030-06-13")
    assert (v.roles["host_state"], v.date) == ("PER", "2030-06-12")


def test_telling_an_occasion_held_in_a_city_abroad_is_being_there() -> None:
    """ "X told a summit on fisheries in the Pacific organised by the Pacific Forum in Suva": X is
    in Suva (the city of the participle on the occasion); a forum held at home is no visit."""
    (v,) = article_visits(
        "Chilean President Rosa Mena told a summit on fisheries in the Pacific organised by the Pacific "
        "Forum in Suva that quotas must fall.",
        published="2030-06-12",
    )
    assert (v.roles["visitor"], v.roles["host_state"], v.place) == ("Rosa Mena", "FJI", "Suva")
    assert not article_visits(
        "Chilean President Rosa Mena told a forum hosted by the Chilean senate in Santiago that quotas "
        "must fall.",
        published="2030-06-12",
    )


# ------------------------------------------------ thirteenth session


def test_a_delegation_received_by_an_official_met_them_through_its_leader() -> None:
    (visit,) = article_visits(
        "A delegation of Peru's Congress led by Speaker Rosa Chavez began a five-day visit to Japan "
        "on Monday. On Tuesday the delegation was received by Kenji Morita, chairman of the House "
        "foreign affairs committee, at the Diet."
    )
    assert visit.roles["visitor"] == "Rosa Chavez"
    assert list(visit.roles["met"]) == ["Kenji Morita"]


def test_the_three_leaders_who_sat_down_for_talks_met_each_other() -> None:
    found = article_visits(
        "TASHKENT, April 9 (AFP) - The presidents of Tajikistan and Kyrgyzstan have gathered in "
        "Tashkent for a summit with Uzbek President Aziz Karimov.\n\n"
        "Tajik President Rustam Nazarov arrived on Tuesday evening, while Kyrgyz President Almaz "
        "Bekov landed in the Uzbek capital on Wednesday morning, shortly before the three leaders "
        "sat down for talks."
    )
    met = {v.roles["visitor"]: set(v.roles["met"]) for v in found}
    assert met == {
        "Rustam Nazarov": {"Almaz Bekov", "Aziz Karimov"},
        "Almaz Bekov": {"Rustam Nazarov", "Aziz Karimov"},
    }


def test_a_counterpart_named_in_a_visitor_s_sentence_met_them() -> None:
    (visit,) = article_visits(
        "Danish Prime Minister Lars Holm made an unannounced visit to Kyiv on Tuesday, flying in to "
        "offer support to his embattled Ukrainian counterpart Petro Kovalenko."
    )
    assert list(visit.roles["met"]) == ["Petro Kovalenko"]
    (visit,) = article_visits(
        "Italian Prime Minister Marco Rinaldi arrived in Tirana on Tuesday. Rinaldi told a press "
        "conference held along with his Albanian counterpart Edi Lila that the mission would end."
    )
    assert list(visit.roles["met"]) == ["Edi Lila"]


def test_a_second_person_met_under_a_title_with_an_of_phrase() -> None:
    (visit,) = article_visits(
        "Chinese Premier Wen Bao will visit France next week. He will meet with French President "
        "Anne Morel and President of the French national Assembly Jean-Luc Barre, and deliver a "
        "speech in Paris."
    )
    assert list(visit.roles["met"]) == ["Anne Morel", "Jean-Luc Barre"]


def test_calling_on_an_official_is_meeting_them_but_calling_on_them_to_act_is_not() -> None:
    (visit,) = article_visits(
        "Saudi Prince Faisal Mansour arrived in Tokyo on Sunday. He is also scheduled to call on "
        "Prime Minister Kenji Morioka before leaving."
    )
    assert list(visit.roles["met"]) == ["Kenji Morioka"]
    (visit,) = article_visits(
        "Saudi Prince Faisal Mansour arrived in Tokyo on Sunday. He called on Prime Minister Kenji "
        "Morioka to resign."
    )
    assert list(visit.roles["met"]) == []


def test_those_said_to_be_present_or_to_represent_a_state_at_a_placed_ceremony_are_there() -> None:
    """ "... a ceremony in Colombo on Tuesday. Also present were A and B. China was represented by
    C, vice chairman of ...": each is at the ceremony."""
    doc = diplotext.extract(
        "COLOMBO, June 12 - Sri Lanka's new president was sworn in at a ceremony in Colombo on Tuesday. "
        "Also present were Maldivian President Ali Nasir and Nepalese Foreign Minister Ram Thapa. China "
        "was represented by Zhou Hua, vice chairman of the National People's Congress.",
        published="2030-06-12",
    )
    found = {(e.roles["visitor"], e.roles["visitor_state"], e.roles["host_state"]) for e in doc.events}
    assert found == {("Ali Nasir", "MDV", "LKA"), ("Ram Thapa", "NPL", "LKA"), ("Zhou Hua", "CHN", "LKA")}


def test_speaking_in_a_speech_in_a_city_abroad_is_being_there() -> None:
    """ "said in a speech in Hanoi on Tuesday": there that day (a speech is an occasion held there)."""
    doc = diplotext.extract(
        "Chinese Premier Li Wen said in a speech in Hanoi on Tuesday that trade would grow.",
        published="2030-06-12",
    )
    assert [(e.roles["host_state"], e.place, e.date) for e in doc.events] == [("VNM", "Hanoi", "2030-06-11")]


def test_those_present_at_a_swearing_in_placed_and_dated_before_are_there_that_day() -> None:
    """ "... attended the swearing-in of President Z in Colombo on Wednesday ... Also present were
    A and B": a swearing-in is an occasion; those present were there on its day."""
    doc = diplotext.extract(
        "COLOMBO, June 13 - Indian Vice President Ravi Rao was among the foreign guests who attended the "
        "swearing-in of President Nimal Perera in Colombo on Wednesday. Also present were Maldivian "
        "President Ali Nasir and Nepalese Foreign Minister Ram Thapa.",
        published="2030-06-13",
    )
    found = {(e.roles["visitor"], e.roles["host_state"], e.date) for e in doc.events}
    assert {("Ali Nasir", "LKA", "2030-06-12"), ("Ram Thapa", "LKA", "2030-06-12")} <= found

"""Visits: classes of sentence found missed or misread on unannotated news (issue 9).

Every sentence here is written for the tests (invented people, real countries); each test names the
class of sentence it stands for.
"""

from __future__ import annotations

import pytest

import diplotext
from diplotext.model import Event


def visits(text: str, published: str = "2030-06-12") -> list[Event]:
    doc = diplotext.extract(text, published=published, layout="body")
    assert not [e for e in doc.errors if e.plugin in ("visits", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "visit"]


def one(text: str, published: str = "2030-06-12") -> Event:
    (event,) = visits(text, published)
    return event


# --------------------------------------------------------------------------- "visiting X", no place


def test_a_sentence_opened_by_visiting_takes_the_state_the_clause_deals_with() -> None:
    event = one("Visiting Russian Prime Minister Viktor Orlov gave a warning to Slovakia on Monday.")
    assert (event.roles["visitor"], event.roles["host_state"]) == ("Viktor Orlov", "SVK")
    assert event.attributes["status"] == "ongoing"
    assert event.date == "2030-06-10"


def test_a_state_subject_hosts_the_visiting_official_it_speaks_to() -> None:
    event = one("Beijing announced to visiting French Defence Minister Charles Moreau that China would sign.")
    assert (event.roles["visitor"], event.roles["host_state"]) == ("Charles Moreau", "CHN")


def test_the_official_the_visitor_deals_with_in_his_own_participle_is_the_host() -> None:
    text = (
        "Addressing a joint press conference with Pakistani Foreign Minister Imran Qadir, visiting "
        "Russian Foreign Minister Sergey Volkov said both countries had agreed to expand trade."
    )
    event = one(text)
    assert (event.roles["visitor"], event.roles["host_state"]) == ("Sergey Volkov", "PAK")
    assert event.roles["met"] == ("Imran Qadir",)


def test_visiting_with_no_other_party_and_no_dateline_is_no_visit() -> None:
    assert visits("Visiting Russian Prime Minister Viktor Orlov said on Monday that ties were good.") == []


def test_a_dateline_still_wins_over_the_state_a_clause_speaks_of() -> None:
    text = (
        "ISLAMABAD, June 11 -- Visiting Russian Foreign Minister Sergey Volkov criticised Iran on Thursday."
    )
    doc = diplotext.extract(text, published="2030-06-12")
    (event,) = [e for e in doc.events if e.type == "visit"]
    assert event.roles["host_state"] == "PAK"


# --------------------------------------------------------------------------- a pair of states


def test_a_visit_by_one_of_a_pair_of_states_is_to_the_other() -> None:
    text = (
        "Brazil and Russia agreed Thursday to develop cooperation in trade during a visit by Russia's "
        "Foreign Minister Sergei Volkov, officials said."
    )
    event = one(text)
    assert (event.roles["visitor"], event.roles["host_state"]) == ("Sergei Volkov", "BRA")
    assert event.date == "2030-06-06"
    assert event.attributes["status"] == "completed"


def test_a_pair_without_the_visitors_state_names_no_host() -> None:
    text = (
        "Brazil and Chile agreed Thursday to develop cooperation in trade during a visit by Russia's "
        "Foreign Minister Sergei Volkov, officials said."
    )
    assert [e.roles["host_state"] for e in visits(text)] in ([], [None])


# --------------------------------------------------------------------------- agreed during a visit


def test_a_commitment_made_during_a_visit_dates_the_visit_and_makes_it_done() -> None:
    text = (
        "Japanese Prime Minister Taro Kono said Japan and China agreed to build a new relationship "
        "during his visit to China last month."
    )
    event = one(text)
    assert event.roles["host_state"] == "CHN"
    assert event.attributes["status"] == "completed"
    assert event.date == "2030-05"


def test_a_hope_to_act_during_a_visit_is_still_a_planned_visit() -> None:
    text = "Japanese Prime Minister Taro Kono hopes to raise the issue during his visit to China next week."
    assert one(text).attributes["status"] == "planned"


# --------------------------------------------------------------------------- the city of a description


def test_the_town_of_x_names_the_city_visited() -> None:
    text = (
        "Italian Prime Minister Marco Bellini made a flying visit to the southern Albanian town of Durres "
        "on Sunday."
    )
    event = one(text)
    assert (event.roles["host_state"], event.place) == ("ALB", "Durres")


def test_a_demonyms_capital_is_that_states_capital_city() -> None:
    event = one("Italian Prime Minister Marco Bellini arrived on Sunday in the Bosnian capital for talks.")
    assert (event.roles["host_state"], event.place) == ("BIH", "Sarajevo")


# --------------------------------------------------------------------------- "here" without a dateline


def test_talks_held_here_are_a_visit_to_the_place_the_story_is_set_in() -> None:
    text = (
        "Fahmy due for Berlin talks\n\n"
        "Egyptian President Omar Fahmy will hold talks with German Chancellor Greta Lang here on June 20, "
        "the German government said."
    )
    doc = diplotext.extract(text, published="2030-06-12")
    (event,) = [e for e in doc.events if e.type == "visit"]
    assert (event.roles["visitor"], event.roles["host_state"], event.place) == ("Omar Fahmy", "DEU", "Berlin")
    assert event.roles["met"] == ("Greta Lang",)
    assert (event.date, event.attributes["status"]) == ("2030-06-20", "planned")


def test_talks_here_with_a_dateline_are_a_visit_to_the_datelines_state() -> None:
    text = (
        "ROME, June 11 -- Kenyan President Daniel Wekesa held talks with Italian Premier Luca Ferri "
        "here on Monday."
    )
    doc = diplotext.extract(text, published="2030-06-12")
    (event,) = [e for e in doc.events if e.type == "visit"]
    assert (event.roles["host_state"], event.place) == ("ITA", "Rome")


def test_met_here_with_no_known_place_joins_no_case() -> None:
    text = (
        "Chinese President Li Daming and Japanese Prime Minister Taro Kono met here on Saturday.\n\n"
        "Kono plans to visit China next month."
    )
    (event,) = visits(text)
    assert event.roles["host_state"] == "CHN"
    assert event.roles["met"] == ()
    assert event.attributes["status"] == "planned"


def test_an_arrival_here_takes_the_city_of_the_headline() -> None:
    text = (
        "Fahmy arrives in Berlin\n\n"
        "Egyptian President Omar Fahmy arrived here on Monday for a three-day visit."
    )
    doc = diplotext.extract(text, published="2030-06-12")
    (event,) = [e for e in doc.events if e.type == "visit"]
    assert (event.roles["host_state"], event.place) == ("DEU", "Berlin")


# --------------------------------------------------------------------------- the day a trip ended


def test_the_day_a_visit_was_wrapped_up_is_its_last_and_its_length_gives_the_first() -> None:
    event = one("Pope Clement XV on Friday wrapped up a four-day visit to Turkey.", published="2030-06-15")
    assert (event.date, event.attributes["status"]) == ("2030-06-11", "completed")


def test_the_day_a_visit_ended_with_no_length_gives_its_week() -> None:
    event = one("Pope Clement XV on Friday wrapped up a visit to Turkey.", published="2030-06-15")
    assert event.date == "2030-W24"


def test_a_day_after_a_visit_is_not_its_first_day() -> None:
    event = one(
        "Chinese President Li Daming arrived home on Thursday after a state visit to Britain.", "2030-06-15"
    )
    assert (event.roles["host_state"], event.date) == ("GBR", "2030-W24")


def test_an_arrival_and_a_departure_date_the_visit_by_the_arrival() -> None:
    text = (
        "Russian Prime Minister Ivan Petrov arrived in Beijing on Tuesday. He flew out of Beijing on "
        "Friday evening at the end of his official visit to China."
    )
    assert one(text, "2030-06-15").date == "2030-06-11"


def test_words_said_after_an_arrival_are_dated_by_the_arrival() -> None:
    text = (
        "Foreign Minister Chen Bo spoke to reporters after US Speaker Tom Ridley's arrival in Taipei "
        "on Wednesday morning."
    )
    assert one(text, "2030-06-13").date == "2030-06-12"


# --------------------------------------------------------------------------- a tour with a range of days


def test_a_tour_told_with_a_range_of_days_starts_at_its_first_stop_on_the_first_day() -> None:
    text = "Chinese President Li Daming will pay state visits to Vietnam, Laos and India from June 15 to 26."
    got = {e.roles["host_state"]: e.date for e in visits(text)}
    assert got == {"VNM": "2030-06-15", "LAO": "2030-06", "IND": "2030-06"}


# --------------------------------------------------------------------------- whom the visitor met


def test_the_person_with_whom_the_visitor_met_is_met() -> None:
    text = (
        "Russian Prime Minister Ivan Petrov arrived in Bratislava on Monday. According to the spokesman "
        "of Slovak President Jan Kollar, with whom Petrov met, Petrov warned against NATO membership."
    )
    assert one(text).roles["met"] == ("Jan Kollar",)


def test_a_joint_news_conference_with_a_host_is_a_meeting() -> None:
    text = (
        "Italian President Carlo Bassi arrived in Ankara on Monday for a state visit. Bassi told a joint "
        "news conference with Turkish President Ahmet Sen that ties were strong."
    )
    assert one(text).roles["met"] == ("Ahmet Sen",)


def test_a_visit_that_is_an_opportunity_to_meet_someone_is_the_owners_meeting() -> None:
    text = (
        "US Secretary of State Jane Morrow will travel to Germany next week. Morrow's visit to Germany "
        "will be a chance to meet with German Chancellor Greta Lang, the State Department said."
    )
    assert one(text).roles["met"] == ("Greta Lang",)


def test_a_third_states_leader_met_before_the_trip_began_is_not_met_on_it() -> None:
    text = (
        "King Hamad of Jordan arrived in Washington on Wednesday. He carried a message from Iraqi "
        "President Karim Aziz, with whom the king met on Monday."
    )
    event = one(text, "2030-06-12")
    assert (event.roles["host_state"], event.roles["met"]) == ("USA", ())


# --------------------------------------------------------------------------- a month before the trip noun


def test_a_month_before_a_trip_noun_dates_the_trip() -> None:
    text = (
        "Japanese Prime Minister Taro Kono said Japan and China have agreed to build a new relationship "
        "during his October visit to China."
    )
    event = one(text, "2030-11-18")
    assert (event.date, event.attributes["status"]) == ("2030-10", "completed")


def test_a_month_before_a_planned_trip_is_the_next_such_month() -> None:
    text = "Japanese Prime Minister Taro Kono said his planned January visit to China would go ahead."
    event = one(text, "2030-11-18")
    assert (event.date, event.attributes["status"]) == ("2031-01", "planned")


def test_agreeing_to_act_during_a_visit_still_to_come_leaves_it_planned() -> None:
    text = (
        "Japanese Prime Minister Taro Kono said Japan and China agreed to sign a treaty during his visit "
        "to China next month."
    )
    event = one(text, "2030-11-18")
    assert (event.date, event.attributes["status"]) == ("2030-12", "planned")


# --------------------------------------------------------------------------- who can be a visitor


def test_a_trade_representative_represents_a_state() -> None:
    text = "US Trade Representative Rob Haskins, on a two-day visit to India, urged New Delhi to cut tariffs."
    event = one(text)
    assert (event.roles["visitor"], event.roles["host_state"]) == ("Rob Haskins", "IND")


def test_talks_that_are_only_the_background_of_a_visit_are_no_trip_of_the_visitor() -> None:
    text = (
        "US Trade Representative Rob Haskins, on a two-day visit to India, urged New Delhi to cut "
        "tariffs. His visit came against the backdrop of stalled negotiations at Geneva and London "
        "last week to finish the round of trade talks."
    )
    assert [e.roles["host_state"] for e in visits(text)] == ["IND"]


@pytest.mark.parametrize(
    "text",
    [
        # a trip told only as a condition or a question is no visit
        "Cuban President Raul Soto said he would be arrested if he went to Miami.",
        "Cuban President Raul Soto asked whether he could travel to Spain next month.",
    ],
)
def test_a_hypothetical_trip_is_no_visit(text: str) -> None:
    doc = diplotext.extract(text, published="2030-05-03")
    assert [e for e in doc.events if e.type == "visit"] == []


def test_a_planned_visit_with_a_condition_after_it_stays() -> None:
    doc = diplotext.extract(
        "Cuban President Raul Soto will visit Spain next month if his health allows.", published="2030-05-03"
    )
    assert [(e.roles["host_state"], e.attributes["status"]) for e in doc.events if e.type == "visit"] == [
        ("ESP", "planned")
    ]


def test_a_city_no_gazetteer_knows_described_after_its_name() -> None:
    text = (
        "Russian President Ivan Orlov arrived in Kelbar, a port town in southern Norway, on Monday "
        "for a two-day visit."
    )
    doc = diplotext.extract(text, published="2030-05-03")
    (visit,) = [e for e in doc.events if e.type == "visit"]
    assert (visit.roles["host_state"], visit.place) == ("NOR", "Kelbar")


# --------------------------------------------------------------------------- session 6 classes


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Chilean President Ana Ruiz said her Brazil visit had been a success.", "BRA"),
        ("Nepali Deputy Prime Minister Ram Oli spoke to the media after returning from India visit.", "IND"),
        ("During his Japan trip next week, Chilean President Luis Vera will meet Taro Sato.", "JPN"),
    ],
)
def test_a_place_that_modifies_the_trip_noun_is_its_host(text: str, host: str) -> None:
    assert one(text).roles["host_state"] == host


def test_a_demonym_that_modifies_the_trip_noun_names_no_host() -> None:
    assert visits("The Brazilian visit was cancelled by Chilean President Ana Ruiz.") == []


def test_a_trip_noun_in_a_passive_clause_is_its_subjects() -> None:
    event = one("Chilean President Ana Ruiz was welcomed by Jose Prado on arrival in Lima on Friday.")
    assert (event.roles["visitor"], event.roles["host_state"]) == ("Ana Ruiz", "PER")
    # the arrival of someone who represents no state is no trip, and takes no other visit's place
    (event,) = visits(
        "Tomas Ferreira, who has lived in the United States since 2012, was arrested on arrival in "
        "New York by immigration officers in July 2028. An official said Chilean President Ana Ruiz "
        "raised the issue during a Washington visit in early May."
    )
    assert (event.roles["visitor"], event.place, event.date) == ("Ana Ruiz", "Washington", "2030-05")


def test_the_since_date_of_a_counted_trip_is_not_a_trip() -> None:
    (event,) = visits(
        "Chilean President Ana Ruiz arrived in Lima on Friday. It is her first visit to Peru since 2019."
    )
    assert event.date == "2030-06-07"


def test_a_since_date_of_a_trip_that_goes_on_is_its_start() -> None:
    event = one("Chilean President Ana Ruiz, who has been visiting Peru since Monday, met Jose Prado.")
    assert event.date == "2030-06-10"


def test_an_agent_who_is_a_person_keeps_the_trip_of_a_passive_clause() -> None:
    event = one("The deal was brokered by Chilean President Ana Ruiz during a visit to Peru.")
    assert (event.roles["visitor"], event.roles["host_state"]) == ("Ana Ruiz", "PER")


def test_no_visit_to_the_state_a_person_lives_in() -> None:
    assert (
        visits(
            "Palestinian leader Tomas Ferreira, who has lived in Jordan since 2012, was arrested on "
            "arrival in Amman by immigration officers."
        )
        == []
    )
    assert visits("Palestinian leader Tomas Ferreira lives in Jordan. He will visit Jordan on Monday.") == []
    # a home given up, or another state, does not stop a visit
    moved = "Palestinian leader Tomas Ferreira used to live in Jordan. He will visit Jordan on Monday."
    assert len(visits(moved)) == 1
    assert (
        one("Palestinian leader Tomas Ferreira lives in Jordan. He flew to Washington on Monday.").roles[
            "host_state"
        ]
        == "USA"
    )


def test_a_time_right_after_the_trip_noun_is_its_own() -> None:
    event = one(
        "Chilean President Ana Ruiz will brief the cabinet on her talks last month in Lima with "
        "Peruvian President Jose Prado."
    )
    assert (event.date, event.attributes["status"]) == ("2030-05", "completed")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Chilean President Ana Ruiz is in Lima for two days of talks with Peruvian leaders.", "ongoing"),
        ("The Chilean president, Ana Ruiz, is due in Lima next week.", "planned"),
        ("Chilean President Ana Ruiz was in Lima on Thursday to meet Jose Prado.", "completed"),
        ("Chilean President Ana Ruiz is at a summit in Lima.", "ongoing"),
    ],
)
def test_being_in_a_city_abroad_is_a_visit(text: str, status: str) -> None:
    event = one(text)
    assert (event.roles["host_state"], event.place, event.attributes["status"]) == ("PER", "Lima", status)


@pytest.mark.parametrize(
    "text",
    [
        "Chilean President Ana Ruiz was born in Lima.",
        "Chilean President Ana Ruiz was upbeat about the summit in Lima.",
        "Chilean President Ana Ruiz was at the Lima Cancer Center in Lima.",
        "Chilean President Ana Ruiz is currently making a film on poverty in Lima.",
    ],
)
def test_being_is_no_visit_unless_it_is_being_in_the_city(text: str) -> None:
    assert visits(text) == []


@pytest.mark.parametrize("verb", ["hosted", "received", "welcomed"])
def test_a_host_verb_needs_no_place(verb: str) -> None:
    event = one(f"Peruvian President Jose Prado {verb} his Chilean counterpart Ana Ruiz on Monday.")
    assert (event.roles["visitor"], event.roles["host_state"], event.roles["met"]) == (
        "Ana Ruiz",
        "PER",
        ("Jose Prado",),
    )


def test_a_reception_by_no_state_is_no_visit() -> None:
    assert visits("Chilean President Ana Ruiz was greeted at the airport by her two daughters.") == []
    assert visits("Peruvian President Jose Prado received a letter from Chilean President Ana Ruiz.") == []


def test_being_in_two_cities_is_two_legs() -> None:
    events = visits("Eva Braun, the German chancellor, was in Paris on Monday and in Warsaw on Tuesday.")
    assert sorted(e.roles["host_state"] for e in events) == ["FRA", "POL"]


def test_expected_in_a_city_is_a_planned_visit() -> None:
    event = one("Chilean President Ana Ruiz is expected in Lima on Thursday.")
    got = (event.roles["host_state"], event.attributes["status"], event.date)
    assert got == ("PER", "planned", "2030-06-13")
    assert visits("Chilean President Ana Ruiz expects a deal in Lima.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Chile's foreign minister, Luis Vera, said in Lima on Monday that the talks had gone well.",
        "Chile's foreign minister, Luis Vera, told reporters in Lima that the talks had gone well.",
    ],
)
def test_speaking_in_a_city_abroad_is_being_there(text: str) -> None:
    event = one(text)
    assert (event.roles["visitor"], event.roles["host_state"], event.place) == ("Luis Vera", "PER", "Lima")


def test_speaking_of_a_city_is_not_being_there() -> None:
    assert visits("Chilean President Ana Ruiz said in a statement that Lima must act.") == []


def test_officials_a_story_names_with_no_state_are_of_its_home_state() -> None:
    text = (
        "Economy grows\n\nWASHINGTON — The economy grew faster than expected, officials said on Thursday.\n\n"
        "Secretary of State Ann Hill flew to Moscow last week for talks with Russian Foreign "
        "Minister Ivan Petrov.\n\nVice President Sam Cole is scheduled to travel to Israel next month."
    )
    doc = diplotext.extract(text, published="2030-06-12")
    got = sorted((e.roles["visitor"], e.roles["visitor_state"], e.roles["host_state"]) for e in doc.events)
    assert got == [("Ann Hill", "USA", "RUS"), ("Sam Cole", "USA", "ISR")]
    # a title that is no home title (a chairman, an envoy) gets no state from the story
    doc = diplotext.extract(text.replace("Secretary of State", "Chairman"), published="2030-06-12")
    assert "Ann Hill" not in [e.roles["visitor"] for e in doc.events]


# --------------------------------------------------------------------------- session 7 classes


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Italian Prime Minister Dario Feltri made a flying visit to the southern Albanian town of "
            "Vlorek on Sunday.",
            "Vlorek",
        ),
        ("Italian Prime Minister Dario Feltri arrived in the Albanian port of Durrsa on Sunday.", "Durrsa"),
    ],
)
def test_a_town_no_gazetteer_knows_is_named_by_its_description(text: str, place: str) -> None:
    event = one(text)
    assert (event.roles["host_state"], event.place) == ("ALB", place)


def test_a_fronted_date_is_the_visits_own() -> None:
    event = one(
        "In July 2027 President Ilse Marten of France paid the first visit ever to Ghana by a French leader."
    )
    assert (event.roles["host_state"], event.date, event.attributes["status"]) == (
        "GHA",
        "2027-07",
        "completed",
    )


def test_a_date_range_after_a_possessive_visit_keeps_the_visit() -> None:
    event = one("French President Ilse Marten's visit to Lebanon on May 10-11 was a success, officials said.")
    assert (event.roles["host_state"], event.date) == ("LBN", "2030-05-10")


def test_a_broken_compound_does_not_break_the_trip() -> None:
    event = one(
        "Japanese Prime Minister Ken Oda made a flying visit to the rebel- held town of Gulu in "
        "Uganda on Sunday."
    )
    assert event.roles["host_state"] == "UGA"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Kenya hosted Ghanaian President Kofi Mensa in Nairobi on Sunday.", "Nairobi"),
        ("Jordan's King Faris Hamdan received Iraqi Prime Minister Ali Kazimi in Amman on Sunday.", "Amman"),
    ],
)
def test_a_reception_takes_its_city_from_the_clause(text: str, place: str) -> None:
    event = one(text, published="2030-03-10")
    assert event.place == place


def test_a_reception_in_a_story_datelined_in_the_hosts_city_is_there() -> None:
    text = (
        "Peru and Chile sign deals\n\nLIMA, March 6 (AFP) - Peruvian President Ana Velarde welcomed "
        "Chilean Foreign Minister Jorge Sepulveda at the presidential palace on Friday.\n"
    )
    (event,) = [e for e in diplotext.extract(text, published="2030-03-10").events if e.type == "visit"]
    assert (event.roles["host_state"], event.place) == ("PER", "Lima")


@pytest.mark.parametrize(
    ("text", "visitor", "visitor_state", "host"),
    [
        ("Sudanese army chief Idris Kamal visited Cairo on Sunday.", "Idris Kamal", "SDN", "EGY"),
        (
            "Pakistan's army chief, General Tariq Mahmood, arrived in Washington on Monday for talks.",
            "Tariq Mahmood",
            "PAK",
            "USA",
        ),
        (
            "King Pieter Aldering of the Netherlands visited Paramaribo on Monday.",
            "Pieter Aldering",
            "NLD",
            "SUR",
        ),
        ("President Ana Ruiz of the Philippines arrived in Tokyo on Monday.", "Ana Ruiz", "PHL", "JPN"),
        ("Irish Taoiseach Sean Mulcahy visited London on Monday.", "Sean Mulcahy", "IRL", "GBR"),
    ],
)
def test_military_chiefs_titles_after_an_apposed_role_and_of_the_state(
    text: str, visitor: str, visitor_state: str, host: str
) -> None:
    event = one(text)
    assert (event.roles["visitor"], event.roles["visitor_state"], event.roles["host_state"]) == (
        visitor,
        visitor_state,
        host,
    )


@pytest.mark.parametrize(
    "text",
    [
        "The German ambassador to Kenya, Petra Vogel, visited Mombasa on Monday.",
        "Ukraine's ambassador to Germany, Oleksii Marchenko, met lawmakers in Berlin on Tuesday.",
        "Indian Prime Minister Arvind Sethuraman has declined an invitation to visit Islamabad.",
        "A visit by Chinese President Zhou Liming to Japan is not on the agenda this year, officials said.",
    ],
)
def test_no_visit_for_a_resident_envoy_a_declined_invitation_or_a_trip_not_planned(text: str) -> None:
    assert visits(text) == []


def test_a_negated_copula_about_a_visit_that_happened_keeps_it() -> None:
    event = one("A visit by Chinese President Zhou Liming to Japan last May was not a success.")
    assert event.roles["host_state"] == "JPN"


def test_an_accepted_invitation_is_a_planned_visit() -> None:
    event = one("Indian Prime Minister Arvind Sethuraman has accepted an invitation to visit Islamabad.")
    assert event.attributes["status"] == "planned"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Iranian Foreign Minister Abbas Sadeghi held talks in Muscat on Saturday and returned to "
            "Tehran the same evening.",
            "completed",
        ),
        (
            "Foreign Minister Abbas Sadeghi of Iran held talks in Muscat on Saturday. He flew home Sunday.",
            "completed",
        ),
        (
            "Iranian Foreign Minister Abbas Sadeghi held talks in Muscat on Saturday. He will return "
            "home on Friday.",
            "ongoing",
        ),
    ],
)
def test_a_return_home_after_the_visit_ends_it(text: str, status: str) -> None:
    event = one(text, published="2030-03-10")
    assert (event.roles["host_state"], event.attributes["status"]) == ("OMN", status)


@pytest.mark.parametrize(
    "text",
    [
        "Swedish PM in Hanoi\n\nPrime Minister Karin Lindqvist arrived in Hanoi on Monday for a visit.\n",
        "Irish president in Japan\n\nPresident Niamh Garvey arrived in Tokyo on Tuesday for a state visit.\n",
    ],
)
def test_the_headline_gives_a_titled_visitor_their_state(text: str) -> None:
    (event,) = [e for e in diplotext.extract(text, published="2030-03-10").events if e.type == "visit"]
    assert event.roles["visitor_state"] in ("SWE", "IRL")
    assert event.roles["visitor_state"] != event.roles["host_state"]


def test_the_headline_state_is_not_given_when_another_holder_of_the_role_may_be_meant() -> None:
    text = (
        "Irish president in Japan\n\nPresident Niamh Garvey met President Aoife Brennan in Tokyo on "
        "Tuesday.\n"
    )
    assert [e for e in diplotext.extract(text, published="2030-03-10").events if e.type == "visit"] == []


def test_talks_with_an_official_of_the_datelines_state_are_held_there() -> None:
    text = (
        "Pakistan and Saudi Arabia discuss oil\n\nRIYADH, March 9 (AP) - Pakistani Prime Minister "
        "Imran Qadiri held talks with Saudi Crown Prince Faisal bin Khalid on Monday on oil supplies.\n"
    )
    (event,) = [e for e in diplotext.extract(text, published="2030-03-10").events if e.type == "visit"]
    assert (event.roles["host_state"], event.place, list(event.roles["met"])) == (
        "SAU",
        "Riyadh",
        ["Faisal bin Khalid"],
    )


def test_talks_with_an_official_of_another_state_than_the_datelines_are_no_visit() -> None:
    text = (
        "Leaders talk\n\nRIYADH, March 9 (AP) - Pakistani Prime Minister Imran Qadiri held talks with "
        "Indian Prime Minister Ravi Menon on Monday.\n"
    )
    assert [e for e in diplotext.extract(text, published="2030-03-10").events if e.type == "visit"] == []


def test_a_state_that_calls_off_a_visit_by_someone_was_its_host() -> None:
    event = one("Ghana has cancelled a visit by Dutch Foreign Minister Anouk Verhoef.")
    assert (event.roles["visitor_state"], event.roles["host_state"], event.attributes["status"]) == (
        "NLD",
        "GHA",
        "cancelled",
    )


def test_a_hosted_delegation_is_its_leaders_visit() -> None:
    event = one("Egypt hosted a delegation led by Sudanese army chief Idris Kamal in Cairo on Sunday.")
    assert (event.roles["visitor"], event.roles["host_state"], event.place, event.date) == (
        "Idris Kamal",
        "EGY",
        "Cairo",
        "2030-06-09",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Swedish Prime Minister Karin Lindqvist visited Hanoi on Monday, the first visit by a Swedish "
        "head of government since 1999.",
        "Swedish Prime Minister Karin Lindqvist became the first Swedish head of government to visit "
        "Vietnam since 1999.",
    ],
)
def test_first_since_a_year_gives_first_in_and_no_date(text: str) -> None:
    event = one(text)
    assert event.attributes["first_in"] == "P31Y"
    assert event.date != "1999"


@pytest.mark.parametrize(
    ("text", "date", "status"),
    [
        (
            "Indonesian President Budi Hartono has postponed his visit to South Korea, which had been "
            "scheduled for March 18.",
            "2030-03-18",
            "postponed",
        ),
        (
            "Ghanaian President Kofi Asare has put off his trip to Togo, which was planned for Sunday, "
            "his office said.",
            "2030-03-17",
            "postponed",
        ),
    ],
)
def test_the_date_a_called_off_trip_was_scheduled_for_is_its_date(text: str, date: str, status: str) -> None:
    event = one(text, published="2030-03-16")
    assert (event.date, event.attributes["status"]) == (date, status)


def test_later_counts_from_the_day_told_before_about_the_same_person() -> None:
    text = (
        "Prime Minister Ahmed Darwish of Egypt opened an investment conference in Cairo on Monday. "
        "He later flew to Amman, where he met King Faris Hamdan."
    )
    event = one(text, published="2030-03-13")
    assert (event.roles["host_state"], event.date) == ("JOR", "2030-03-11")


def test_a_return_from_a_city_after_talks_is_a_completed_visit_there() -> None:
    event = one(
        "Serbian President Dragan Petrak returned from Moscow on Sunday after talks with Sergei Volkov."
    )
    assert (event.roles["host_state"], event.place, event.attributes["status"]) == (
        "RUS",
        "Moscow",
        "completed",
    )


def test_a_return_to_a_place_is_no_new_trip() -> None:
    text = "The pope, who held a mass in Sarajevo on Sunday, was to return to Italy in the evening."
    assert [e.roles["host_state"] for e in visits(text)] in ([], ["BIH"])
    # a return abroad for talks is a visit (twenty-sixth session, visits39)
    again = "Serbian President Dragan Petrak returned to Moscow on Sunday for more talks."
    assert [e.roles["host_state"] for e in visits(again)] == ["RUS"]


def test_a_relative_clause_on_a_person_inside_a_phrase_tells_their_trip() -> None:
    event = one(
        "Talks on a pipeline dominated the agenda of Azerbaijani President Ilham Rasimov, who arrived "
        "in Tbilisi on Monday for a two-day visit."
    )
    assert (event.roles["visitor"], event.roles["host_state"], event.place) == (
        "Ilham Rasimov",
        "GEO",
        "Tbilisi",
    )


def test_a_role_with_a_remit_before_an_apposed_name_gives_its_state() -> None:
    event = one("China's special envoy for Middle East affairs, Zhai Minghe, visited Damascus on Sunday.")
    assert (event.roles["visitor"], event.roles["visitor_state"], event.roles["host_state"]) == (
        "Zhai Minghe",
        "CHN",
        "SYR",
    )


@pytest.mark.parametrize(
    ("text", "hosts"),
    [
        (
            "Taiwanese President Lin Chia-hao made a stopover in New York on Sunday on his way to Guatemala.",
            ["USA", "GTM"],
        ),
        ("Japanese Prime Minister Ken Oda left Tokyo on Monday on his way to Kenya.", ["KEN"]),
        ("Japanese Prime Minister Ken Oda said the deal paved the way to peace in Kenya.", []),
    ],
)
def test_on_ones_way_to_a_place_is_a_trip_there(text: str, hosts: list[str]) -> None:
    assert [e.roles["host_state"] for e in visits(text)] == hosts


@pytest.mark.parametrize(
    ("text", "date", "status"),
    [
        (
            "Australian Foreign Minister Penny Lowe arrives in Beijing on Wednesday for talks.",
            "2030-03-13",
            "planned",
        ),
        ("US Defense Secretary Wil Cohan flies into Tokyo on Monday for talks.", "2030-03-11", "planned"),
    ],
)
def test_the_news_present_of_a_schedule_names_the_coming_weekday(text: str, date: str, status: str) -> None:
    event = one(text, published="2030-03-10")
    assert (event.date, event.attributes["status"]) == (date, status)


def test_a_host_official_who_is_the_visitors_co_subject_met_them() -> None:
    event = one(
        "Peruvian President Ana Velarde and Chilean President Jorge Sepulveda opened a bridge in Lima."
    )
    assert (event.roles["visitor"], event.roles["host_state"], list(event.roles["met"])) == (
        "Jorge Sepulveda",
        "PER",
        ["Ana Velarde"],
    )


@pytest.mark.parametrize(
    ("text", "visitor", "host", "place"),
    [
        (
            "Polish Prime Minister Donald Kowal met Latvian Prime Minister Arturs Berzins in Warsaw.",
            "Arturs Berzins",
            "POL",
            "Warsaw",
        ),
        (
            "Chinese President Li Wenming held talks with Vietnamese leader Tran Van Duc in Beijing.",
            "Tran Van Duc",
            "CHN",
            "Beijing",
        ),
        (
            "King Faris Hamdan of Jordan met Palestinian President Yusuf Haddad in the resort of Aqaba.",
            "Yusuf Haddad",
            "JOR",
            "Aqaba",
        ),
    ],
)
def test_a_host_who_meets_a_foreign_official_at_home_receives_a_visit(
    text: str, visitor: str, host: str, place: str
) -> None:
    event = one(text)
    assert (event.roles["visitor"], event.roles["host_state"], event.place) == (visitor, host, place)


# --------------------------------------------------------------------------- meetings named by a noun


def test_talks_between_a_host_and_a_foreign_official_in_the_hosts_city_are_a_visit() -> None:
    text = (
        "Talks in Accra between Togolese President Eli Kodjo and Ghanaian "
        "President Ama Boateng ended on Friday."
    )
    event = one(text)
    assert (event.roles["visitor"], event.roles["host_state"], event.place) == ("Eli Kodjo", "GHA", "Accra")
    assert list(event.roles["met"]) == ["Ama Boateng"]
    # at a third state's venue nobody hosts: no visit is read from "between" alone
    assert visits(text.replace("Accra", "Geneva")) == []


# --------------------------------------------------------------------------- dates from a clause on the trip


def test_a_weekday_in_a_future_clause_on_the_trip_is_the_coming_one() -> None:
    # published on a Wednesday: "Sunday" in "will start ... on Sunday" is four days later
    text = (
        "Peruvian President Rosa Quispe, who will start a three-day visit to "
        "Brazil on Sunday, said trade was key."
    )
    event = one(text, published="2030-06-12")
    assert (event.date, event.attributes["status"]) == ("2030-06-16", "planned")


def test_a_relative_on_the_trip_noun_tells_when_it_began() -> None:
    text = (
        "Peruvian President Rosa Quispe's five-day visit to Brazil, which "
        "began on Monday, will focus on trade."
    )
    event = one(text, published="2030-06-12")
    assert (event.date, event.attributes["status"]) == ("2030-06-10", "ongoing")


def test_a_visit_going_on_is_over_once_the_visitor_is_at_the_next_stop_on_a_later_day() -> None:
    text = (
        "German Chancellor Eva Roth arrived in Madrid on Monday for talks with the Spanish prime minister. "
        "On Tuesday she flew to Lisbon, the second and final leg of her tour."
    )
    found = {e.roles["host_state"]: (e.date, e.attributes["status"]) for e in visits(text, "2030-06-11")}
    assert found == {"ESP": ("2030-06-10", "completed"), "PRT": ("2030-06-11", "ongoing")}


def test_a_state_looking_forward_to_a_visit_hosts_it() -> None:
    event = one("Chile is looking forward to Irish President Nora Daly's visit in May.", "2030-03-12")
    assert (event.roles["host_state"], event.date, event.attributes["status"]) == (
        "CHL",
        "2030-05",
        "planned",
    )
    # a state commenting on the visit is not its host; nor is the visitor's own state
    assert visits("Peru criticised Irish President Nora Daly's visit in May.", "2030-03-12") == []
    assert (
        visits("Ireland is looking forward to Irish President Nora Daly's visit in May.", "2030-03-12") == []
    )


def test_a_headline_possessive_before_a_surname_gives_the_state_and_a_topic_place_is_no_venue() -> None:
    text = (
        "Chile's Rojas receives Bolivian army chief in Santiago\n\n"
        "President Marta Rojas received Bolivian army chief General Hugo Quispe in Santiago on Sunday "
        "for talks on the floods in Bolivia, her office said.\n\n"
        "Rojas pledged Chile's support for Bolivia's recovery, her spokesman said."
    )
    doc = diplotext.extract(text, published="2030-06-12")
    found = [(e.roles["visitor"], e.roles["visitor_state"], e.roles["host_state"]) for e in doc.events]
    # the host is no visitor of Bolivia, however often Bolivia is named beside her
    assert found == [("Hugo Quispe", "BOL", "CHL")]
    assert list(doc.events[0].roles["met"]) == ["Marta Rojas"]


def test_a_dialogue_in_a_foreign_capital_by_an_external_affairs_minister_is_a_visit() -> None:
    text = (
        "Indian foreign minister to visit Chile\n\n"
        "NEW DELHI, June 10 (PTI) - External Affairs Minister Arun Mehta will hold a strategic "
        "dialogue with his Chilean counterpart Ana Rojas in Santiago on June 16, the ministry said."
    )
    (event,) = [e for e in diplotext.extract(text, published="2030-06-12").events if e.type == "visit"]
    assert (event.roles["visitor"], event.roles["visitor_state"], event.roles["host_state"]) == (
        "Arun Mehta",
        "IND",
        "CHL",
    )
    assert (event.place, event.date, event.attributes["status"]) == ("Santiago", "2030-06-16", "planned")


def test_a_range_that_holds_the_day_of_publication_is_a_visit_going_on_since_its_start() -> None:
    event = one("Peruvian President Rosa Quispe is paying a state visit to Brazil from June 10 to 14.")
    assert (event.date, event.attributes["status"]) == ("2030-06-10", "ongoing")
    event = one("Peruvian President Rosa Quispe will pay a state visit to Brazil from June 20 to 24.")
    assert (event.date, event.attributes["status"]) == ("2030-06-20", "planned")


def test_the_leads_subject_with_a_home_title_is_of_the_datelines_state() -> None:
    text = (
        "Minister back from Lima talks\n\n"
        "QUITO, June 10 (EFE) - Foreign Minister Ana Vera told parliament on Tuesday she had held talks "
        "in Lima with Peruvian officials on Friday.\n\n"
        "Vera said Peru and Ecuador would meet again. She said Peru was a partner."
    )
    (event,) = [e for e in diplotext.extract(text, published="2030-06-12").events if e.type == "visit"]
    assert (event.roles["visitor"], event.roles["visitor_state"], event.roles["host_state"]) == (
        "Ana Vera",
        "ECU",
        "PER",
    )
    # a host the lead names abroad keeps the state it is named with elsewhere
    text = (
        "Minister leaves for Lima\n\n"
        "QUITO, June 10 (EFE) - Ecuadorean Foreign Minister Ana Vera left on Tuesday for Lima, where she "
        "will meet President Rosa Quispe on Wednesday.\n\n"
        "Quispe, Peru's president since 2028, invited her."
    )
    (event,) = [e for e in diplotext.extract(text, published="2030-06-12").events if e.type == "visit"]
    assert list(event.roles["met"]) == ["Rosa Quispe"]


def test_a_trip_shared_by_a_participle_and_its_clause_is_read_in_the_finite_clause() -> None:
    text = (
        "A state visit to Chile by Queen Ilse Marten of Norway, scheduled to "
        "begin on July 3, has been postponed."
    )
    event = one(text)
    assert (event.date, event.attributes["status"]) == ("2030-07-03", "postponed")


def test_a_trip_in_a_denied_report_is_no_visit() -> None:
    assert (
        visits(
            "Lima on Monday denied reports that Peruvian President Rosa Quispe would visit Havana this month."
        )
        == []
    )
    assert visits("Lima dismissed claims that Peruvian President Rosa Quispe will travel to Havana.") == []
    assert visits("Lima said Peruvian President Rosa Quispe would visit Havana this month.") != []


def test_an_unlisted_town_followed_by_its_state_or_province() -> None:
    event = one("French Defence Minister Paul Roy arrived in Qarshiva, Chile, on Monday.")
    assert (event.place, event.roles["host_state"]) == ("Qarshiva", "CHL")
    event = one("French Defence Minister Paul Roy arrived in Fallowfield, Ohio, on Monday.")
    assert (event.place, event.roles["host_state"]) == ("Fallowfield", "USA")
    # a list of provinces is no town and its state
    assert visits("French President Jean Morel made stops in Pennsylvania, Georgia, Florida and Iowa.") == []


def test_only_a_subject_taking_part_in_a_meeting_noun_is_its_visitor() -> None:
    text = "Congolese Foreign Minister Etienne Kalala dismissed the planned talks in Pretoria as pointless."
    assert visits(text) == []
    text = "Congolese Foreign Minister Etienne Kalala held talks in Pretoria with South African officials."
    assert [e.roles["host_state"] for e in visits(text)] == ["ZAF"]


def test_an_opposition_or_party_leader_is_no_states_visitor_unless_the_party_rules() -> None:
    assert visits("British opposition leader Tom Reed arrived in Washington on Monday for talks.") == []
    assert (
        visits("Hong Kong's Democratic party leader Tom Reed arrived in Washington on Monday for talks.")
        == []
    )
    text = (
        "Vietnamese Communist Party leader Nong Van Tuan held talks with Chinese President Hu Wen in Beijing."
    )
    assert [e.roles["host_state"] for e in visits(text)] == ["CHN"]


def test_a_city_that_played_host_to_an_official_is_visited() -> None:
    event = one("Lima played host on Monday to Bolivian Foreign Minister Hugo Mamani, who held talks there.")
    assert (event.roles["visitor"], event.roles["host_state"], event.place) == ("Hugo Mamani", "PER", "Lima")
    assert (
        visits("Bolivian Foreign Minister Hugo Mamani played football in Lima with Peruvian officials.") == []
    )


def test_the_first_stop_of_a_tour_told_in_a_relative_on_it() -> None:
    text = (
        "Peruvian President Rosa Quispe arrived in Quito on Wednesday, the second stop of a tour "
        "that began in Bogota on Monday."
    )
    found = {e.roles["host_state"]: (e.place, e.date, e.attributes["status"]) for e in visits(text)}
    assert found == {
        "ECU": ("Quito", "2030-06-12", "ongoing"),
        "COL": ("Bogota", "2030-06-10", "completed"),
    }


def test_a_state_looking_forward_to_welcoming_a_visitor_hosts_a_planned_visit() -> None:
    text = (
        '"We look forward to welcoming President Hugo Mamani of Bolivia to Lima next month," '
        "Peruvian Foreign Minister Ana Vera said on Monday."
    )
    event = one(text, "2030-06-12")
    assert (event.roles["host_state"], event.place, event.date, event.attributes["status"]) == (
        "PER",
        "Lima",
        "2030-07",
        "planned",
    )
    # "visiting" before a title stays an adjective after "to"
    text = "Lima announced to visiting Bolivian Foreign Minister Hugo Mamani that it would sign."
    assert [e.roles["host_state"] for e in visits(text)] == ["PER"]


def test_a_copula_complement_with_become_describes_the_visitor() -> None:
    event = one("Ana Vera on Monday became the first Ecuadorean foreign minister to visit Chile since 1995.")
    assert (event.roles["visitor"], event.roles["visitor_state"], event.roles["host_state"]) == (
        "Ana Vera",
        "ECU",
        "CHL",
    )


def test_a_title_only_one_state_has_gives_that_state() -> None:
    event = one("Taoiseach Niamh Byrne visited Paris on Monday for talks with the French president.")
    assert (event.roles["visitor_state"], event.roles["host_state"]) == ("IRL", "FRA")


def test_an_undated_meeting_in_the_sentence_of_a_past_visit_is_of_that_visit() -> None:
    """ "paid a visit to X in February last year, where he was received by Y": one past visit, Y
    met on it; no second, undated visit."""
    text = (
        "Talks between the two neighbours resumed on Monday. Chilean President Rosa Mena paid an official "
        "visit to Lima in February last year, where she was received by Peruvian President Luis Prado."
    )
    doc = diplotext.extract(text, published="2030-06-12")
    (event,) = [e for e in doc.events if e.type == "visit"]
    assert (event.date, event.attributes["status"]) == ("2029-02", "completed")
    assert list(event.roles["met"]) == ["Luis Prado"]


def test_a_host_city_after_to_in_the_visitors_clause_is_the_place() -> None:
    """ "will visit Peru on Sunday, the first visit by a Chilean leader to Lima in ten years": Lima."""
    text = (
        "Chilean President Rosa Mena will visit Peru on Sunday, the first visit by a Chilean leader to "
        "Lima in ten years, her office said."
    )
    (event,) = [e for e in diplotext.extract(text, published="2030-06-12").events if e.type == "visit"]
    assert (event.roles["host_state"], event.place) == ("PER", "Lima")


def test_whom_a_visitor_met_goes_to_the_visit_whose_sentence_names_them() -> None:
    """A case split into last week's trip and one years before: the person met in last week's
    sentence is met on that one, not on the old one."""
    text = (
        "Danish Defence Minister Ida Holm made an unannounced trip to Kyiv last week, where she met "
        "Ukrainian President Oleg Marko, officials said on Wednesday. She has visited Ukraine once "
        "before, in 2027."
    )
    doc = diplotext.extract(text, published="2030-06-12")
    by_date = {e.date: e for e in doc.events if e.type == "visit"}
    assert list(by_date["2030-W23"].roles["met"]) == ["Oleg Marko"]
    assert list(by_date["2027"].roles["met"]) == []


def test_a_stateless_official_acting_with_the_visitor_where_the_visit_was_is_met() -> None:
    """ "after a visit to Chile, where he and Prime Minister X agreed ...": X met on the Chilean
    visit, not on the arrival elsewhere; a stateless co-traveller of the trip itself is not met."""
    text = (
        "Danish Premier Ole Berg arrived in Lima on Wednesday after a visit to Chile, where he and "
        "Prime Minister Rosa Mena agreed to resume a dialogue."
    )
    by_host = {e.roles["host_state"]: e for e in diplotext.extract(text, published="2030-06-12").events}
    assert list(by_host["CHL"].roles["met"]) == ["Rosa Mena"]
    assert list(by_host["PER"].roles["met"]) == []
    other = "Danish Premier Ole Berg and Trade Minister Ida Holm visited Lima on Monday."
    (v, *_) = [
        e for e in diplotext.extract(other, published="2030-06-12").events if e.roles["visitor"] == "Ole Berg"
    ]
    assert "Ida Holm" not in v.roles["met"]


def test_an_embassy_visit_at_home_for_a_disaster_abroad_is_no_visit_abroad() -> None:
    """Signing a condolence book at an embassy at home "for the victims of an earthquake in X",
    received by X's ambassador: no visit to X (an envoy lives where posted); meeting survivors of
    an earthquake in a city abroad still is one."""
    text = (
        "Danish Foreign Minister Ida Holm visited the Chilean embassy in Copenhagen on Wednesday to sign "
        "a book of condolence for the victims of an earthquake in northern Chile. Holm was received by "
        "Chilean Ambassador Rosa Mena."
    )
    assert not [e for e in diplotext.extract(text, published="2030-06-12").events if e.type == "visit"]
    (v,) = visits("Danish Premier Ole Berg met survivors of the earthquake in Antofagasta on Monday.")
    assert v.roles["host_state"] == "CHL"


def test_the_other_side_of_a_comparison_gives_no_date_and_no_antecedent() -> None:
    """ "crowds larger than those for President X in 2027": 2027 is X's, and "He" after "tighter
    than for X" is still the story's traveller."""
    text = (
        "Pope Leo's trip to Peru drew huge crowds, larger than those for Chilean President Rosa Mena in "
        "2027. He arrived in Lima on Tuesday and met President Luis Prado."
    )
    (v,) = visits(text)
    assert (v.roles["visitor"], v.date) == ("Leo", "2030-06-11")
    text = (
        "Pope Leo ended his visit to Peru on Friday. Security was tighter than those laid on for "
        "Chilean President Rosa Mena in 2027. He made a U-turn moments after his arrival in Lima on Tuesday."
    )
    assert {v.roles["visitor"] for v in visits(text)} == {"Leo"}


def test_a_time_after_the_event_a_trip_follows_is_that_events() -> None:
    """ "His trip follows talks in Paris last week", "came ahead of talks in Geneva last week": last
    week dates the talks, not the trip."""
    for tail in (
        "His trip follows a failed round of talks in Paris last week.",
        "His visit came ahead of a failed round of talks in Geneva last week.",
    ):
        text = (
            "Japanese Finance Minister Ken Ito, on a two-day visit to Peru, praised the central bank on "
            "Tuesday. " + tail
        )
        (v,) = visits(text)
        assert (v.date, v.attributes["status"]) == ("2030-06-11", "ongoing")

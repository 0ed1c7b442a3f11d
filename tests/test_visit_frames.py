"""Visits read from clause frames: one test per class of sentence, end to end through the pipeline.

Every article here is written for the tests (invented people, real countries); each test names the
class of sentence it stands for, not an article it came from.
"""

from __future__ import annotations

from typing import Any

import pytest

import diplotext
from diplotext.model import Event


def visits(text: str, published: str = "2030-06-12") -> list[Event]:
    doc = diplotext.extract(text, published=published, layout="body")
    assert not [e for e in doc.errors if e.plugin in ("visits", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "visit"]


def by_key(events: list[Event]) -> dict[tuple[Any, Any], Event]:
    return {(e.roles["visitor"], e.roles["host_state"]): e for e in events}


# --------------------------------------------------------------------------- who is a visitor


@pytest.mark.parametrize(
    "text",
    [
        # sports teams, coaches and players
        "The national rugby team will tour New Zealand in July, coach Darren Miles said on Monday.",
        "Striker Paolo Ventrone flew to Madrid on Tuesday for a medical before his transfer.",
        "Captain Rhys Hollins said his squad arrived in Cape Town on Sunday for the second test.",
        # a defector, refugees, a relic
        "A North Korean defector, Kim Song-ho, arrived in Seoul on Friday after crossing through China.",
        "Relics of a medieval saint arrived in Moscow on Friday for a week of veneration.",
        # a religious or rebel leader stands for no state
        "Exiled Chinese spiritual leader Tenzin Dorje arrived in Washington on Monday to meet US "
        "President John Hale at the White House.",
        # a candidate's trip
        "Presidential candidate Mark Dalton visited Mexico on Wednesday, his campaign said.",
        # a private trip of a leader
        "Algerian President Omar Benali went to Paris for medical treatment on Saturday.",
        # not going: negation, staying away
        "Polish President Jan Wrobel will not travel to Moscow for the ceremony, his office said.",
        "Indian Prime Minister Arun Mehra refused to visit Pakistan while the dispute lasts.",
    ],
)
def test_travellers_who_stand_for_no_state_and_trips_not_made_are_no_visits(text: str) -> None:
    assert visits(text) == []


def test_the_visitor_is_the_subject_of_the_trip_not_the_nearest_person() -> None:
    text = (
        "On Monday the Kenyan president, Daniel Wekesa, met British Prime Minister Tom Ashby at 10 "
        "Downing Street, on his first official visit to Britain."
    )
    (event,) = visits(text)
    assert event.roles["visitor"] == "Daniel Wekesa"
    assert (event.roles["visitor_state"], event.roles["host_state"]) == ("KEN", "GBR")
    assert event.roles["met"] == ("Tom Ashby",)


def test_a_possessive_pronoun_in_the_subjects_clause_is_the_subjects() -> None:
    text = (
        "Reporters asked if Chinese President Li Daming was planning to raise the border dispute during "
        "his visit to India next week."
    )
    (event,) = visits(text)
    assert event.roles["visitor"] == "Li Daming"
    assert event.roles["host_state"] == "IND"
    assert event.attributes["status"] == "planned"


def test_a_description_names_the_person_the_article_names() -> None:
    text = (
        "The Chilean foreign minister said on Tuesday that trade would grow.\n\n"
        "Ana Fuentes told reporters she would visit Peru and Bolivia in July."
    )
    events = by_key(visits(text))
    assert set(events) == {("Ana Fuentes", "PER"), ("Ana Fuentes", "BOL")}
    assert all(e.roles["visitor_state"] == "CHL" for e in events.values())


# --------------------------------------------------------------------------- where to


def test_each_stop_of_a_tour_is_a_visit_and_the_stops_after_the_first_are_to_come() -> None:
    text = "British Finance Minister Harold Penn is visiting Tanzania, Mozambique and Kenya this week."
    events = by_key(visits(text))
    assert set(events) == {("Harold Penn", "TZA"), ("Harold Penn", "MOZ"), ("Harold Penn", "KEN")}
    assert events[("Harold Penn", "TZA")].attributes["status"] == "ongoing"
    assert events[("Harold Penn", "MOZ")].attributes["status"] == "planned"
    assert events[("Harold Penn", "KEN")].attributes["status"] == "planned"
    text = "Penn, on the first leg of a tour of Chile and Peru, planned to tour a copper mine on Friday."
    events = by_key(visits("British Finance Minister Harold Penn arrived on Monday. " + text))
    assert events[("Harold Penn", "CHL")].attributes["status"] == "ongoing"
    assert events[("Harold Penn", "PER")].attributes["status"] == "planned"


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Pope Pius XIV will arrive in the Bosnian capital on Saturday for a two-day visit.", "BIH"),
        ("Thai Prime Minister Anan Chai toured west Japan's Kansai region on Monday.", "JPN"),
        ("Thai Prime Minister Anan Chai landed on Monday in India's Goa Province.", "IND"),
        ("Thai Prime Minister Anan Chai visited the Arab country of Oman last year.", "OMN"),
        (
            "Peru and Chile signed a fishing accord in 2024. Months later Bolivian President Rosa "
            "Quispe paid a state visit to the country.",
            "CHL",
        ),
    ],
)
def test_a_host_named_by_a_description(text: str, host: str) -> None:
    (event,) = visits(text)
    assert event.roles["host_state"] == host


def test_a_meeting_in_a_described_capital_is_a_visit_there() -> None:
    text = "Portuguese President Ana Silva met Uruguayan leaders in the Uruguayan capital on Friday."
    (event,) = visits(text)
    assert (event.roles["host_state"], event.attributes["status"]) == ("URY", "completed")


def test_a_participle_in_apposition_is_a_trip_going_on() -> None:
    events = visits(
        "Irish Foreign Minister Niamh Byrne, currently visiting Ottawa, is due to meet Canadian "
        "Prime Minister Paul Gray on Friday."
    )
    assert [(e.roles["host_state"], e.attributes["status"]) for e in events] == [("CAN", "ongoing")]
    (event,) = visits(
        "Irish Foreign Minister Niamh Byrne, now touring Chile, said on Monday that trade would grow."
    )
    assert (event.roles["host_state"], event.attributes["status"], event.date) == (
        "CHL",
        "ongoing",
        "2030-06-10",
    )
    (event,) = visits(
        "During staying in Lima, Irish Foreign Minister Niamh Byrne will meet Peruvian leaders."
    )
    assert event.attributes["status"] == "planned"


def test_the_visit_of_a_person_names_the_visitor() -> None:
    (event,) = visits(
        "Officials praised the coming visit of Irish Foreign Minister Niamh Byrne to Peru in August."
    )
    assert (event.roles["visitor"], event.roles["host_state"]) == ("Niamh Byrne", "PER")
    assert (event.attributes["status"], event.date) == ("planned", "2030-08")


def test_left_one_capital_for_another() -> None:
    text = "Indian Foreign Minister Rajiv Nair left Kathmandu for Dhaka on Wednesday after two days of talks."
    events = by_key(visits(text, "2030-06-13"))
    assert set(events) == {("Rajiv Nair", "NPL"), ("Rajiv Nair", "BGD")}
    assert events[("Rajiv Nair", "NPL")].attributes["status"] == "completed"
    assert events[("Rajiv Nair", "BGD")].attributes["status"] == "ongoing"
    assert events[("Rajiv Nair", "BGD")].date == "2030-06-12"


def test_on_the_way_from_a_place_is_a_visit_there_that_ended() -> None:
    text = (
        "US Assistant Secretary of State Paul Grady arrived in Honduras on Monday on his way from "
        "Guatemala, and will leave for Panama on Wednesday."
    )
    events = by_key(visits(text, "2030-06-11"))
    assert events[("Paul Grady", "HND")].attributes["status"] == "ongoing"
    assert events[("Paul Grady", "HND")].date == "2030-06-10"
    assert events[("Paul Grady", "GTM")].attributes["status"] == "completed"
    assert events[("Paul Grady", "PAN")].attributes["status"] == "planned"
    assert events[("Paul Grady", "PAN")].date == "2030-06-12"


def test_arrived_here_is_the_dateline_place() -> None:
    text = (
        "ANKARA, June 12 (Xinhua) -- Egyptian Foreign Minister Samir Adel arrived here Wednesday for talks."
    )
    doc = diplotext.extract(text, published="2030-06-12")
    (event,) = [e for e in doc.events if e.type == "visit"]
    assert (event.roles["visitor_state"], event.roles["host_state"]) == ("EGY", "TUR")
    assert event.place == "Ankara"
    assert event.attributes["status"] == "ongoing"


def test_arrived_here_with_no_dateline_is_the_headlines_place() -> None:
    text = (
        "Iraqi PM Arrives In New Delhi For Talks\n\n"
        "Iraqi Prime Minister Ali Hadi arrived here Wednesday for talks with US President John Hale.\n\n"
        "Hadi will fly to Tokyo on Friday."
    )
    doc = diplotext.extract(text, published="2030-06-12")
    events = {e.roles["host_state"]: e for e in doc.events if e.type == "visit"}
    assert set(events) == {"IND", "JPN"}
    assert events["IND"].attributes["status"] == "ongoing"


def test_a_named_travellers_trip_with_no_place_is_to_the_headlines_place() -> None:
    text = (
        "Army ready for NATO, says German minister in Warsaw\n\n"
        "German Defence Minister Rudolf Brandt, ending a two-day visit, said the army was ready.\n\n"
        "The minister's visit was his first."
    )
    doc = diplotext.extract(text, published="2030-06-12")
    (event,) = [e for e in doc.events if e.type == "visit"]
    assert (event.roles["visitor"], event.roles["host_state"]) == ("Rudolf Brandt", "POL")


def test_a_meeting_at_a_seat_of_government_abroad_is_a_visit_there() -> None:
    text = (
        "The plan was agreed by Afghan President Wali Rahimi and Pakistani President Tariq Aziz during "
        "their joint meeting with US President Carl Hobbs at the White House in May, the spokesman said."
    )
    events = by_key(visits(text))
    assert ("Wali Rahimi", "USA") in events and ("Tariq Aziz", "USA") in events
    assert events[("Wali Rahimi", "USA")].place == "Washington"
    assert events[("Tariq Aziz", "USA")].roles["met"] == ("Carl Hobbs", "Wali Rahimi")  # a joint meeting
    assert events[("Tariq Aziz", "USA")].date == "2030-05"


def test_their_trip_is_the_trip_of_the_people_listed_before_it() -> None:
    text = (
        "Officials studied the accords signed by Peruvian President Ana Rios and Chilean President "
        "Jorge Vial during their meeting with US President John Hale at the White House in May."
    )
    events = by_key(visits(text))
    assert set(events) == {("Ana Rios", "USA"), ("Jorge Vial", "USA")}
    assert events[("Ana Rios", "USA")].attributes["status"] == "completed"
    assert events[("Ana Rios", "USA")].roles["met"] == ("John Hale", "Jorge Vial")
    # no list before "their": nobody's trip
    assert visits("Peru said their talks at the White House in May went well.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Chinese President Li Wei arrived on Monday at Brazilian President Rosa Lima's invitation.",
        "Chinese President Li Wei arrived on Monday at the invitation of Brazilian President Rosa Lima.",
    ],
)
def test_a_trip_naming_no_place_goes_to_the_state_of_the_official_who_invited(text: str) -> None:
    (event,) = visits(text)
    assert (event.roles["visitor"], event.roles["host_state"]) == ("Li Wei", "BRA")
    assert event.roles["met"] == ("Rosa Lima",)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Chile is the last leg of Chinese President Li Wei's four-nation tour.", "ongoing"),
        ("Chile is the first stop on Chinese President Li Wei's tour of Latin America.", "ongoing"),
        ("The first destination of Chinese President Li Wei's tour will be Chile.", "planned"),
    ],
)
def test_a_state_that_is_a_leg_of_a_tour_is_visited(text: str, status: str) -> None:
    (event,) = visits(text)
    assert (event.roles["visitor"], event.roles["host_state"]) == ("Li Wei", "CHL")
    assert event.attributes["status"] == status


@pytest.mark.parametrize(
    "text",
    [
        "Chinese President Li Wei toured Chile's oldest copper mine on Monday.",
        "The arrival of Chinese President Li Wei on the Chilean leg of his tour closed the airport.",
    ],
)
def test_a_site_or_leg_named_with_its_state_names_the_host(text: str) -> None:
    (event,) = visits(text)
    assert (event.roles["visitor"], event.roles["host_state"]) == ("Li Wei", "CHL")


def test_a_participle_after_the_place_of_arrival_is_the_travellers() -> None:
    (event,) = visits("King Faisal of Jordan arrived in Washington on Monday seeking to mediate the crisis.")
    assert (event.roles["visitor"], event.roles["host_state"], event.place) == ("Faisal", "USA", "Washington")


def test_an_arrival_naming_no_place_is_at_the_place_the_story_is_set_in() -> None:
    text = (
        "Chinese President Li Wei arrived in Lima on Monday. Also arriving aboard the plane were "
        "Chinese Foreign Minister Wang Tao and Chinese Commerce Minister Zhou Bin."
    )
    assert set(by_key(visits(text))) == {("Li Wei", "PER"), ("Wang Tao", "PER"), ("Zhou Bin", "PER")}
    text = (
        "Gas talks will open in Oslo on Thursday. Russian Energy Minister Pavel Orlov is due to arrive "
        "on Wednesday."
    )
    (event,) = visits(text)
    assert (event.roles["host_state"], event.attributes["status"]) == ("NOR", "planned")
    text = (
        "Chilean Foreign Minister Ana Soto studied in Spain. Arriving back home in 1990, she joined the army."
    )
    assert visits(text) == []


@pytest.mark.parametrize(
    ("text", "visitor", "host"),
    [
        (
            "The U.S. Undersecretary of State Paul Ward met envoys. Ward arrived in Beijing on Tuesday.",
            "Paul Ward",
            "CHN",
        ),
        (
            "US House of Representatives speaker Paul Ward is to pay a short visit to Taiwan on Friday.",
            "Paul Ward",
            "TWN",
        ),
        (
            "U.S. Secretary of Education Mary Ward led a delegation on a visit to China last week.",
            "Mary Ward",
            "CHN",
        ),
    ],
)
def test_the_visitors_state_from_the_title_before_the_name(text: str, visitor: str, host: str) -> None:
    (event,) = visits(text)
    assert (event.roles["visitor"], event.roles["visitor_state"], event.roles["host_state"]) == (
        visitor,
        "USA",
        host,
    )


def test_a_state_named_at_the_end_of_the_sentence_before_is_no_title() -> None:
    text = "The king paid for a tour to Petra in Jordan. Party leader Tom Rees declared a trip to Mexico."
    assert visits(text) == []


def test_kept_from_visiting_is_the_object_and_no_trip() -> None:
    (event,) = visits("The bombings would not prevent US envoy Tom Reed from visiting Jordan on Sunday.")
    assert (event.roles["visitor"], event.attributes["status"]) == ("Tom Reed", "planned")
    (event,) = visits("Bad weather prevented US envoy Tom Reed from visiting Jordan on Sunday.")
    assert (event.roles["visitor"], event.attributes["status"]) == ("Tom Reed", "cancelled")


def test_two_titled_names_joined_by_and_both_travel() -> None:
    text = "US Defense Secretary Tom Reed and US Gen. Sam Cole returned from a visit to Saudi Arabia."
    assert set(by_key(visits(text))) == {("Tom Reed", "SAU"), ("Sam Cole", "SAU")}


def test_visiting_before_a_titled_name_makes_that_person_the_visitor() -> None:
    text = (
        "Israeli Prime Minister Dan Levin told visiting US Secretary of State Ruth Cole in Jerusalem on "
        "Monday that talks would resume."
    )
    (event,) = visits(text, "2030-06-11")
    assert event.roles["visitor"] == "Ruth Cole"
    assert (event.roles["visitor_state"], event.roles["host_state"]) == ("USA", "ISR")
    assert event.roles["met"] == ("Dan Levin",)
    assert event.place == "Jerusalem"


# --------------------------------------------------------------------------- when, and how far


def test_the_date_comes_from_the_trips_own_clause() -> None:
    text = (
        "Kenyan President Joseph Omondi arrived in Beijing on Monday for a four-day state visit.\n\n"
        "Omondi's last visit to China was in 2024, and ties have grown since relations were upgraded in 1999."
    )
    events = visits(text, "2030-06-11")
    current = [e for e in events if e.attributes["status"] == "ongoing"]
    background = [e for e in events if e.attributes["status"] == "completed"]
    assert [e.date for e in current] == ["2030-06-10"]
    assert [e.date for e in background] == ["2024"]


def test_a_when_clause_is_dated_by_the_clause_it_hangs_on() -> None:
    for text in (
        "Ties grew in 2025 when Chinese President Li Wei paid a state visit to Chile.",
        "Ties grew in 2025 when Chinese President Li Wei visited Chile.",
    ):
        (event,) = visits(text)
        assert (event.date, event.attributes["status"]) == ("2025", "completed")


def test_tense_aspect_and_modality_give_the_status() -> None:
    cases = {
        "German Chancellor Eva Roth is visiting Japan.": "ongoing",
        "German Chancellor Eva Roth will visit Japan next month.": "planned",
        "German Chancellor Eva Roth is expected to visit Japan in July.": "planned",
        "German Chancellor Eva Roth visited Japan in March.": "completed",
        "German Chancellor Eva Roth has ended her visit to Japan.": "completed",
        "A planned visit to Japan by German Chancellor Eva Roth was called off on Monday.": "cancelled",
        "German Chancellor Eva Roth postponed her trip to Japan.": "postponed",
        "The planned visit of Chancellor Eva Roth of Germany to Japan has been cancelled.": "cancelled",
        "German Chancellor Eva Roth will sign the pact when she visits Japan.": "planned",
        "German Chancellor Eva Roth is visiting Japan from June 10 to 14.": "ongoing",
        "A visit to Japan by Chancellor Eva Roth of Germany, scheduled to begin on July 3, has been "
        "postponed.": "postponed",
        "German Chancellor Eva Roth is expected to sign the pact once she visits Japan.": "planned",
        "German Chancellor Eva Roth signed the pact when she visited Japan.": "completed",
        "German Chancellor Eva Roth's trip to Japan, called off on Monday, was to be her first.": "cancelled",
        "German Chancellor Eva Roth will rest at her lake house after her visit to Japan in July.": "planned",
        "German Chancellor Eva Roth fell ill after her visit to Japan.": "completed",
        "German Chancellor Eva Roth toured a port today as she wraps up her visit to Japan.": "ongoing",
        "German Chancellor Eva Roth wrapped up her visit to Japan on Friday.": "completed",
        "German Chancellor Eva Roth decided to postpone her planned visit to Japan.": "postponed",
        "German Chancellor Eva Roth hinted at cancelling her planned visit to Japan.": "planned",
        "German Chancellor Eva Roth praised her December 2029 visit to Japan.": "completed",
        "In March, German Chancellor Eva Roth said during a visit to Japan that ties were good.": "completed",
        "The talks paved the way for German Chancellor Eva Roth's visit to Japan early next year.": "planned",
        "Kicking off a four-day stay in Japan, German Chancellor Eva Roth met aides on Monday.": "ongoing",
        "German Chancellor Eva Roth was invited to open her visit to Japan on June 11.": "ongoing",
        "German Chancellor Eva Roth was invited to open her visit to Japan on June 20.": "planned",
        "German Chancellor Eva Roth said on Monday, during a visit to Japan, that ties were good.": "ongoing",
    }
    for sentence, status in cases.items():
        (event,) = visits(sentence)
        assert event.roles["host_state"] == "JPN", sentence
        assert event.attributes["status"] == status, sentence


def test_what_was_said_during_an_earlier_visit_is_no_new_visit() -> None:
    text = "Sudanese President Omar Idris has said during a visit to Britain that the war would end soon."
    assert visits(text) == []


def test_a_report_made_during_a_visit_tells_of_an_ongoing_one() -> None:
    text = '"We want more trade," Thai Foreign Minister Somsak Wong said, midway through a visit to Peru.'
    (event,) = visits(text)
    assert event.roles["host_state"] == "PER"
    assert event.attributes["status"] == "ongoing"


def test_two_possessors_of_one_trip_noun_are_two_visitors() -> None:
    text = (
        "An official said that Czech President Jan Kral and Czech Prime Minister Petr Dusek's respective "
        "visits to China last and this year helped ties."
    )
    events = by_key(visits(text))
    assert set(events) == {("Jan Kral", "CHN"), ("Petr Dusek", "CHN")}
    assert {e.attributes["status"] for e in events.values()} == {"completed"}


def test_visiting_after_and_in_a_phrase_still_names_the_visitor() -> None:
    text = (
        "Trade will grow, according to aides briefed on the discussions between Chinese President Wu Lin "
        "and visiting US President Carl Hobbs."
    )
    (event,) = visits(text)
    assert (event.roles["visitor"], event.roles["host_state"]) == ("Carl Hobbs", "CHN")


def test_a_visiting_counterpart_is_the_visitor_and_the_other_party_the_host() -> None:
    text = (
        "The deal was made during talks between Vietnamese Prime Minister Tran Van Hai and his visiting "
        "Japanese counterpart Kenji Sato in Hanoi on Sunday."
    )
    (event,) = visits(text, "2030-06-16")
    assert (event.roles["visitor"], event.roles["visitor_state"], event.roles["host_state"]) == (
        "Kenji Sato",
        "JPN",
        "VNM",
    )
    assert event.roles["met"] == ("Tran Van Hai",)
    assert event.place == "Hanoi"


# --------------------------------------------------------------------------- whom the visitor met


@pytest.mark.parametrize(
    ("text", "visitor", "met"),
    [
        # a coordinated subject meets or holds talks
        (
            "Irish Prime Minister Sean Doyle and Chilean President Marta Vidal met in Santiago on Monday.",
            "Sean Doyle",
            ["Marta Vidal"],
        ),
        (
            "Irish Prime Minister Sean Doyle and Chilean President Marta Vidal will hold talks in "
            "Santiago on Monday.",
            "Sean Doyle",
            ["Marta Vidal"],
        ),
        # a name in apposition to the phrase of the meeting
        (
            "Irish Prime Minister Sean Doyle held talks in Santiago with his Chilean counterpart, "
            "Rodrigo Palma Fuentes, on Monday.",
            "Sean Doyle",
            ["Rodrigo Palma Fuentes"],
        ),
        # a short quotation inside the clause of the meeting
        (
            'Irish Prime Minister Sean Doyle, on a visit to Chile, said he was "very satisfied" with his '
            "talks with Chilean President Marta Vidal on Monday.",
            "Sean Doyle",
            ["Marta Vidal"],
        ),
        # met by someone at the airport, told in a participle before the clause
        (
            "Irish Prime Minister Sean Doyle arrived in Santiago on Sunday.\n\nMet at the airport by Chilean "
            "President Marta Vidal and her husband, Doyle said he was ready for talks.",
            "Sean Doyle",
            ["Marta Vidal"],
        ),
        # a time between a meeting noun and its "with" phrase, a round of talks
        (
            "In an opening round of talks late Monday with Chilean President Marta Vidal, Irish Prime "
            "Minister Sean Doyle, on a visit to Chile, pledged support.",
            "Sean Doyle",
            ["Marta Vidal"],
        ),
        # talks in a relative clause on the trip, the visitor named after it
        (
            "Starting a four-day stay in Santiago, which includes talks on Tuesday with Chilean President "
            "Marta Vidal, Irish Prime Minister Sean Doyle also met business leaders.",
            "Sean Doyle",
            ["Marta Vidal"],
        ),
        # the host is the subject and the visitor the one met, the host named in apposition
        (
            "Irish Prime Minister Sean Doyle arrived in Santiago on Sunday.\n\nChile's president, Marta "
            "Vidal, met on Monday with Doyle.",
            "Sean Doyle",
            ["Marta Vidal"],
        ),
        (
            "Irish Prime Minister Sean Doyle arrived in Santiago on Sunday.\n\nChilean President Marta Vidal "
            "held talks with Doyle on Monday.",
            "Sean Doyle",
            ["Marta Vidal"],
        ),
        # a subject shared across a time phrase after "and"
        (
            "Irish Prime Minister Sean Doyle arrived in Santiago on Sunday and on Monday was due to meet "
            "Chilean President Marta Vidal.",
            "Sean Doyle",
            ["Marta Vidal"],
        ),
    ],
)
def test_the_people_a_visitor_meets_in_the_ways_news_tells_it(
    text: str, visitor: str, met: list[str]
) -> None:
    events = [e for e in visits(text, "2030-06-12") if e.roles["visitor"] == visitor]
    assert events, visits(text, "2030-06-12")
    assert events[0].roles["host_state"] == "CHL"
    assert events[0].roles["met"] == tuple(met)


def test_a_third_countrys_leader_met_during_the_one_trip_is_met_on_it() -> None:
    text = (
        "Chinese President Wu Lin met Australian Prime Minister Tom Ashby on Friday.\n\n"
        "Wu is in Hanoi for a state visit."
    )
    (event,) = visits(text, "2030-06-14")
    assert event.roles["host_state"] == "VNM"
    assert event.roles["met"] == ("Tom Ashby",)
    assert event.date == "2030-06-14"  # undated but going on: the day of publication
    assert event.place == "Hanoi"


def test_a_meeting_at_home_with_a_visitor_is_not_part_of_a_trip_still_to_come() -> None:
    text = (
        "Chinese President Wu Lin will visit the United States in the spring, according to aides briefed "
        "on the discussions between Wu and visiting US President Carl Hobbs."
    )
    events = by_key(visits(text, "2030-06-14"))
    assert events[("Wu Lin", "USA")].roles["met"] == ()
    assert events[("Wu Lin", "USA")].attributes["status"] == "planned"
    assert events[("Carl Hobbs", "CHN")].roles["met"] == ("Wu Lin",)


def test_an_invitation_with_an_infinitive_is_a_planned_visit() -> None:
    text = "China welcomes Malaysian Interior Minister Aziz Rahman to come for a visit, a spokesman said."
    (event,) = visits(text)
    assert event.roles["host_state"] == "CHN"
    assert event.attributes["status"] == "planned"


def test_told_upon_arrival_is_the_day_of_the_arrival() -> None:
    text = "US envoy Carl Hobbs told reporters upon his arrival in Beijing that talks would start soon."
    (event,) = visits(text, "2030-06-12")
    assert event.attributes["status"] == "ongoing"
    assert event.place == "Beijing"


def test_a_traveller_met_by_another_traveller_is_not_met_on_his_own_trip() -> None:
    text = (
        "Italian Prime Minister Carlo Neri flew to Tirana for talks with his Albanian counterpart Ilir Dako."
        "\n\nAfter their meeting, Dako went on to Athens for talks with Greek officials."
    )
    events = by_key(visits(text, "2030-06-12"))
    assert events[("Carlo Neri", "ALB")].roles["met"] == ("Ilir Dako",)
    assert events[("Ilir Dako", "GRC")].roles["met"] == ()


def test_an_envoy_of_an_international_organisation_is_no_visitor() -> None:
    text = "The head of the OSCE mission, Karl Huber, held talks in Rome with Italian officials on Monday."
    assert visits(text) == []


def test_a_trip_with_no_host_in_a_datelined_story_is_a_visit_to_the_datelines_state() -> None:
    text = (
        "Koval in Moscow\n\nMOSCOW (AP) -- A major aim of Ukrainian President Ivan Koval's four-day state "
        "visit was a pact on trade, officials said on Friday."
    )
    doc = diplotext.extract(text, published="2030-02-27")
    (event,) = [e for e in doc.events if e.type == "visit"]
    assert (event.roles["visitor_state"], event.roles["host_state"], event.place) == ("UKR", "RUS", "Moscow")
    # a story datelined in the visitor's own capital makes no visit
    text = text.replace("MOSCOW", "KIEV").replace("Moscow", "Kiev")
    assert not [e for e in diplotext.extract(text, published="2030-02-27").events if e.type == "visit"]

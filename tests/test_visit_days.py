"""Visits: which day a date names, what a relative clause on a trip says, the city a phrase names,
and whose state a portfolio title stands for (issue 9).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def article_visits(text: str, published: str = "2031-04-09") -> list[Event]:
    """An article read with its headline and dateline; 2031-04-09 is a Wednesday."""
    doc = diplotext.extract(text, published=published)
    assert not [e for e in doc.errors if e.plugin in ("visits", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "visit"]


# ------------------------------------------------ "on Tuesday, the third day of a visit"


def test_the_nth_day_of_a_visit_puts_its_start_n_minus_one_days_before() -> None:
    (visit,) = article_visits(
        "Talks in Lisbon\n\nLISBON, April 9 (AFP) - Ghanaian President Kwame Asante held talks with "
        "Portuguese Prime Minister Rui Matos on Tuesday, the third day of a state visit focused on trade."
    )
    assert visit.roles["host_state"] == "PRT"
    assert visit.date == "2031-04-06"


def test_the_first_and_the_last_day_leave_the_date_as_it_is() -> None:
    for nth in ("first", "last"):
        (visit,) = article_visits(
            "Talks in Lisbon\n\nLISBON, April 9 (AFP) - Ghanaian President Kwame Asante held talks with "
            f"Portuguese Prime Minister Rui Matos on Tuesday, the {nth} day of a state visit."
        )
        assert visit.date == "2031-04-08", nth


# ------------------------------------------------ "arrives on Thursday at the start of a tour"


def test_a_present_arrival_on_a_coming_day_at_the_start_of_a_tour_is_planned() -> None:
    visits = article_visits(
        "Minister heads to Asia\n\nOTTAWA, April 9 (Reuters) - Canadian Trade Minister Helen Brooke "
        "arrives in Hanoi on Friday at the start of an Asian tour that will also take her to Manila, "
        "the ministry said."
    )
    first = next(v for v in visits if v.roles["host_state"] == "VNM")
    assert first.attributes["status"] == "planned"
    assert first.date == "2031-04-11"


# ------------------------------------------------ "Treasury Secretary X" in a story told from home


def test_a_portfolio_title_with_no_state_is_the_home_states() -> None:
    """A cabinet title of any portfolio, no state named, in a story datelined at home."""
    for title in ("Treasury Secretary", "Agriculture Minister", "Minister of Energy"):
        visits = article_visits(
            f"Minister in Gulf\n\nCANBERRA, April 9 (AAP) - {title} Joan Pelley arrived in Doha on "
            "Tuesday for talks on gas supplies, her office said."
        )
        assert [(v.roles["visitor_state"], v.roles["host_state"]) for v in visits] == [("AUS", "QAT")], title


def test_a_portfolio_title_in_a_story_told_from_the_host_is_not_the_hosts() -> None:
    visits = article_visits(
        "Minister in Gulf\n\nDOHA, April 9 (AFP) - Treasury Secretary Joan Pelley arrived here on "
        "Tuesday for talks on gas supplies."
    )
    assert not [v for v in visits if v.roles["visitor_state"] == v.roles["host_state"]]


def test_a_secretary_who_is_no_minister_is_not_taken_for_the_home_states() -> None:
    for title in ("executive secretary", "general secretary"):
        visits = article_visits(
            f"Bloc chief travels\n\nCANBERRA, April 9 (AAP) - The regional bloc's {title} Joan Pelley "
            "arrived in Fiji on Tuesday for talks on fisheries."
        )
        assert not [v for v in visits if v.roles["visitor_state"] == "AUS"], title


# ------------------------------------------------ relative clauses on the trip's phrase


def test_a_trip_a_relative_clause_calls_off_is_cancelled() -> None:
    (visit,) = article_visits(
        "Mediation\n\nThe envoy tried to set up talks between the two sides during Norwegian Prime "
        "Minister Ola Fenn's planned trip to Nairobi, which was cancelled."
    )
    assert visit.roles["host_state"] == "KEN"
    assert visit.attributes["status"] == "cancelled"


def test_a_tour_a_relative_clause_routes_takes_the_date_of_the_tours_clause() -> None:
    visits = article_visits(
        "Tour\n\nLIMA, April 9 (AFP) - Peruvian President Rosa Quispe will begin on May 4 a five-day "
        "tour which will take her to Spain and Portugal, her office said."
    )
    assert sorted((v.roles["host_state"], v.date) for v in visits) == [("ESP", "2031-05"), ("PRT", "2031-05")]


# ------------------------------------------------ a city that modifies a noun


def test_a_city_before_a_venue_noun_is_the_place_of_the_visit() -> None:
    (visit,) = article_visits(
        "Pope in Brazil\n\nPope Clement XV on Friday wrapped up a four-day visit to Brazil by "
        "celebrating mass at a Recife cathedral."
    )
    assert visit.place == "Recife"


# ------------------------------------------------ "on her return from a summit in X"


def test_a_meeting_on_the_return_from_a_summit_abroad_ends_the_stay_there() -> None:
    """The meeting is at home; the summit's state is where the visitor was."""
    (visit,) = article_visits(
        "Army talks\n\nPeruvian President Rosa Quispe met senior army commanders late Monday on her "
        "return from a regional summit in Colombia, her aide said."
    )
    assert (visit.roles["visitor_state"], visit.roles["host_state"]) == ("PER", "COL")
    assert visit.attributes["status"] == "completed"
    assert list(visit.roles["met"]) == []


# ------------------------------------------------ "Met at the airport by X, the pontiff said"


def test_a_fronted_passive_meeting_gives_the_agent_to_the_visitor_its_description_names() -> None:
    (visit,) = article_visits(
        "Pope in Quito\n\nPope Clement XV arrived in Quito on Sunday for a four-day visit to Ecuador.\n\n"
        "Met at the airport by Ecuadorean President Luis Pazmino, the pontiff said he was glad to be there."
    )
    assert list(visit.roles["met"]) == ["Luis Pazmino"]


# ------------------------------------------------ an appeal by a third party is no plan


def test_an_appeal_by_a_third_party_to_meet_abroad_is_no_trip() -> None:
    for text in (
        "Appeal\n\nThe African Union on Tuesday called on Malian President Musa Keita and his rival to "
        "meet in Dakar next week.",
        "Appeal\n\nThe European Union urged Chadian President Ali Mahamat to hold talks with rebels "
        "in Libreville.",
    ):
        assert article_visits(text, published="2031-04-09") == [], text


def test_an_appeal_by_the_host_is_an_invitation() -> None:
    (visit,) = article_visits(
        "Invitation\n\nEgypt urged Israeli Prime Minister Dan Levi to visit Cairo next week."
    )
    assert visit.roles["host_state"] == "EGY"
    assert visit.attributes["status"] == "planned"


def test_spending_ones_time_in_a_state_is_living_there_but_spending_days_is_a_stay() -> None:
    assert not article_visits(
        "Absent minister\n\nSomali Defence Minister Omar Kadiri is thought to spend most of his time in "
        "Kenya, officials said."
    )
    (visit,) = article_visits(
        "Talks\n\nSomali Foreign Minister Omar Kadiri spent two days in Kenya for talks on the border, "
        "officials said."
    )
    assert visit.roles["host_state"] == "KEN"


# ------------------------------------------------ "was in Geneva to lobby" in a Geneva story


def test_an_undated_presence_in_the_datelines_city_is_ongoing() -> None:
    (visit,) = article_visits(
        "Rights push\n\nGENEVA, April 9 (Reuters) - Norway wants a vote on the resolution this week, "
        "Norwegian envoy Lars Dahl said.\n\nDahl was in Geneva to lobby council members."
    )
    assert visit.roles["host_state"] == "CHE"
    assert visit.attributes["status"] == "ongoing"
    assert visit.date == "2031-04-09"


def test_an_undated_presence_in_another_city_is_over() -> None:
    (visit,) = article_visits(
        "Rights push\n\nOSLO, April 9 (Reuters) - Norway wants a vote on the resolution this week, "
        "Norwegian envoy Lars Dahl said.\n\nDahl was in Geneva to lobby council members."
    )
    assert visit.attributes["status"] == "completed"


# ------------------------------------------------ a coordinate clause shares its first conjunct's day


def test_visiting_in_a_coordinate_clause_takes_the_first_conjuncts_day() -> None:
    (visit,) = article_visits(
        "Pact\n\nSeoul welcomed the pact on Monday and told visiting Chilean Foreign Minister Ana Ruiz "
        "that it would sign a trade deal before the end of the year."
    )
    assert visit.roles["host_state"] == "KOR"
    assert visit.date == "2031-04-07"


def test_a_city_before_capital_is_the_place_of_a_visiting_counterpart() -> None:
    (visit,) = article_visits(
        "Talks\n\nThe deal was made during talks between Thai Prime Minister Somchai Dee and his visiting "
        "Peruvian counterpart Rosa Quispe in Bangkok capital on Sunday."
    )
    assert (visit.roles["host_state"], visit.place) == ("THA", "Bangkok")


def test_the_two_leaders_are_the_pair_named_last() -> None:
    (visit,) = article_visits(
        "Border talks\n\nBolivian President Ana Mamani and Chilean President Jorge Pinto revived hopes "
        "for a deal by meeting for the first time in a year.\n\nThe two leaders met at Pinto's residence "
        "in Santiago late Saturday."
    )
    assert (visit.roles["visitor"], visit.roles["host_state"], visit.place) == (
        "Ana Mamani",
        "CHL",
        "Santiago",
    )
    assert list(visit.roles["met"]) == ["Jorge Pinto"]


def test_a_host_and_her_visiting_counterpart_as_a_subject() -> None:
    (visit,) = article_visits(
        "Bridge\n\nPeruvian President Rosa Quispe and her visiting Bolivian counterpart Ana Mamani opened "
        "a border bridge on Tuesday."
    )
    assert (visit.roles["visitor"], visit.roles["host_state"]) == ("Ana Mamani", "PER")
    assert list(visit.roles["met"]) == ["Rosa Quispe"]


# ------------------------------------------------ the date of the gathering a visitor goes to


def test_an_undated_planned_visit_to_a_dated_summit_takes_the_summits_start() -> None:
    (visit,) = article_visits(
        "Summit\n\nReporters flew to Nairobi to cover a summit to be attended by President Ana Mamani of "
        "Bolivia.\n\nThe summit is scheduled for May 12-13.\n\nOfficials hope Mamani's visit to Kenya "
        "will open new markets."
    )
    assert visit.roles["host_state"] == "KEN"
    assert visit.attributes["status"] == "planned"
    assert visit.date == "2031-05-12"


def test_talks_somewhere_else_do_not_date_a_visit() -> None:
    visits = article_visits(
        "Envoy\n\nThe envoy Ana Mamani said direct talks between the two sides would start on May 12."
        "\n\nFrom Ecuador, Bolivian Foreign Minister Ana Mamani will travel to Peru."
    )
    assert "PER" in [v.roles["host_state"] for v in visits]
    assert all(v.date != "2031-05-12" for v in visits)


def test_the_stated_length_back_from_the_end_beats_a_later_day_of_the_trip() -> None:
    (visit,) = article_visits(
        "Visit ends\n\nPeruvian President Rosa Quispe wrapped up a four-day visit to Chile on Tuesday, "
        "leaving Santiago after signing a mining pact.\n\nOn Monday she travelled to Valparaiso, where she "
        "met port officials."
    )
    assert visit.roles["host_state"] == "CHL"
    assert visit.date == "2031-04-05"


def test_a_stay_that_ends_after_publication_starts_its_length_back() -> None:
    visits = article_visits(
        "Mining talks\n\nPeruvian President Rosa Quispe met Chilean President Jorge Pinto in Santiago. "
        "She will leave Chile on Thursday after a four-day official visit."
    )
    (visit,) = [v for v in visits if v.roles["host_state"] == "CHL"]
    assert visit.date == "2031-04-07"


def test_the_nth_day_right_after_the_clauses_day_shifts_it() -> None:
    """ "on Tuesday, the second day of a state visit expected to ...": read off the time itself."""
    (visit,) = article_visits(
        "Talks in Lisbon\n\nLISBON, April 9 (AFP) - Ghana's President Kwame Asante held talks with "
        "Portuguese Prime Minister Rui Matos at the palace on Tuesday, the second day of a state visit "
        "expected to yield energy deals."
    )
    assert visit.date == "2031-04-07"


def test_a_leg_a_perfect_relative_tells_is_not_dated_by_the_clause() -> None:
    """ "a tour that has also taken him to X": that leg came before the clause's day."""
    visits = article_visits(
        "Tour\n\nQUITO, April 9 (AFP) - Peruvian President Rosa Quispe arrived here on Monday for a visit "
        "to Ecuador, the last stop of a tour that has also taken her to Colombia."
    )
    leg = next(v for v in visits if v.roles["host_state"] == "COL")
    assert leg.date != "2031-04-07"


def test_a_joint_news_conference_at_home_makes_the_guest_a_visitor() -> None:
    (visit,) = article_visits(
        "Trade talks\n\nAt a news conference with US Vice President Mark Delaney in Nairobi, Kenyan "
        "President Peter Mwangi said Kenya might cut tariffs."
    )
    assert (visit.roles["visitor"], visit.roles["host_state"], visit.place) == (
        "Mark Delaney",
        "KEN",
        "Nairobi",
    )
    assert list(visit.roles["met"]) == ["Peter Mwangi"]


def test_first_in_n_years_in_an_apposition_after_a_long_trip_phrase() -> None:
    (visit,) = article_visits(
        "Breakthrough\n\nThe visit by Iranian Foreign Minister Ali Rezaei to Baghdad, the first in five "
        "years, was hailed as a breakthrough."
    )
    assert visit.attributes["first_in"] == "P5Y"


# ------------------------------------------------ the head of a state's office; an attempt made there


def test_the_deputy_director_of_a_states_office_visits_for_it() -> None:
    (visit,) = article_visits(
        "Envoy\n\nThe remarks echoed Li Ming, deputy director of China's Taiwan Affairs Office, who "
        "visited Singapore on Monday."
    )
    assert (visit.roles["visitor_state"], visit.roles["host_state"]) == ("CHN", "SGP")


def test_a_past_attempt_during_a_visit_tells_the_visit_took_place() -> None:
    (visit,) = article_visits(
        "Envoy\n\nChinese Foreign Minister Li Ming spoke to reporters.\n\nDuring a visit to Singapore, Li "
        "tried to answer questions about trade."
    )
    assert visit.attributes["status"] == "completed"


def test_a_meeting_here_told_of_the_datelines_city_is_ongoing_that_day() -> None:
    (visit,) = article_visits(
        "Pact\n\nWARSAW, April 11 (AP) - Presidents Ivan Hrenko of Ukraine and Adam Nowak of Poland signed "
        "a new energy plan Friday.",
        published="2031-04-11",
    )
    assert (visit.roles["visitor"], visit.roles["host_state"]) == ("Ivan Hrenko", "POL")
    assert visit.date == "2031-04-11"
    assert visit.attributes["status"] == "ongoing"


def test_an_arrival_months_before_publication_is_a_background_visit_of_its_own() -> None:
    visits = article_visits(
        "Treaty\n\nWhen Uruguayan President Pablo Sosa reached Santiago on Monday, he and Chilean President "
        "Ana Ruiz had a treaty to sign.\n\nWhen Sosa went to Santiago in April 2027, talks broke down.",
        published="2031-04-09",
    )
    assert sorted((v.date, v.attributes["status"]) for v in visits) == [
        ("2027-04", "completed"),
        ("2031-04-07", "ongoing"),
    ]


def test_a_progressive_move_on_a_weekday_is_planned_for_the_coming_one() -> None:
    (visit,) = article_visits(
        "Debt\n\nNorwegian Finance Minister Marta Lind is flying to Peru on Monday for talks."
    )
    assert visit.attributes["status"] == "planned"
    assert visit.date == "2031-04-14"


def test_a_trip_noun_that_is_part_of_something_says_nothing_of_when() -> None:
    (visit,) = article_visits(
        "Fishing code\n\nCanadian Foreign Minister Claire Dubois, who will hold talks in Montevideo on "
        "Thursday, argued for a new fishing code.\n\nMs Dubois's Uruguay trip is part of a yearly round of "
        "ministerial contacts."
    )
    assert visit.attributes["status"] == "planned"


def test_a_city_after_an_event_the_speaker_addresses_is_no_visit() -> None:
    assert not article_visits(
        "Reaction\n\nCanadian Prime Minister Hugh Barlow addressed Friday's bombing in Izmir, calling it "
        "cowardly."
    )
    (visit,) = article_visits(
        "Visit\n\nCanadian Prime Minister Hugh Barlow addressed parliament in Ankara on Friday."
    )
    assert visit.roles["host_state"] == "TUR"


def test_a_then_office_holder_made_a_past_trip_in_office() -> None:
    (visit,) = article_visits(
        "Reforms\n\nThe reforms came after then Foreign Minister Claire Dubois of Canada visited Laos in "
        "December 2011."
    )
    assert (visit.roles["visitor_state"], visit.roles["host_state"], visit.date) == ("CAN", "LAO", "2011-12")
    assert not article_visits(
        "Reforms\n\nThe reforms came after former Foreign Minister Claire Dubois of Canada visited Laos on "
        "a private trip."
    )


def test_a_title_only_one_state_bears_names_the_state_with_no_other_cue() -> None:
    visits = article_visits(
        "Talks\n\nSecretary of State Mary Cole and Homeland Security Secretary Tom Reed were in Beijing on "
        "Monday for talks with Chinese officials."
    )
    assert sorted((v.roles["visitor"], v.roles["visitor_state"], v.roles["host_state"]) for v in visits) == [
        ("Mary Cole", "USA", "CHN"),
        ("Tom Reed", "USA", "CHN"),
    ]


def test_an_official_of_a_third_state_met_abroad_is_there_too() -> None:
    visits = article_visits(
        "Summit\n\nOn the sidelines of a summit in Shanghai, Turkish President Emre Kaya met Japanese Prime "
        "Minister Kenji Ono on Sunday."
    )
    assert sorted((v.roles["visitor"], v.roles["host_state"], list(v.roles["met"])) for v in visits) == [
        ("Emre Kaya", "CHN", ["Kenji Ono"]),
        ("Kenji Ono", "CHN", ["Emre Kaya"]),
    ]
    # an ambassador is posted there, a description names no one met
    (visit,) = article_visits(
        "Talks\n\nTurkish President Emre Kaya met the Japanese ambassador Kenji Ono in Beijing on Sunday."
    )
    assert visit.roles["visitor"] == "Emre Kaya"

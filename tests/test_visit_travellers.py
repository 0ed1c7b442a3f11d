"""Visits: who travels together (issue 9) — several visitors named in one subject, and the places
a trip leaves from. Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def visits(text: str, published: str = "2030-06-12") -> list[Event]:
    doc = diplotext.extract(text, published=published, layout="body")
    assert not [e for e in doc.errors if e.plugin in ("visits", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "visit"]


def one_article_visit(text: str, published: str) -> Event:
    """The one visit of an article read with its headline and dateline (no ``layout``)."""
    doc = diplotext.extract(text, published=published)
    assert not [e for e in doc.errors if e.plugin in ("visits", "clauses")], doc.errors
    (visit,) = [e for e in doc.events if e.type == "visit"]
    return visit


def by_visitor(events: list[Event]) -> dict[str, dict[str, object]]:
    return {str(e.roles["visitor"]): e.roles for e in events}


def test_two_titled_visitors_each_with_an_of_state_phrase_both_travel() -> None:
    """ "Minister A of X and Minister B of Y arrived": the "and" joins the two persons, not the
    first one's state to the second person."""
    got = by_visitor(
        visits(
            "Trade Minister Hana Vlk of the Czech Republic and Trade Minister Ivo Sestak of "
            "Slovakia arrived in Vienna on Tuesday for talks on a rail link."
        )
    )
    assert set(got) == {"Hana Vlk", "Ivo Sestak"}
    assert got["Hana Vlk"]["visitor_state"] == "CZE"
    assert got["Ivo Sestak"]["visitor_state"] == "SVK"
    assert {r["host_state"] for r in got.values()} == {"AUT"}


def test_a_spouse_joined_after_the_state_phrase_is_no_visitor() -> None:
    """ "President A of X and her husband B": only a titled or bare name after "and" is a second
    traveller; a relative introduced by a possessive is company, not a visitor."""
    got = by_visitor(
        visits(
            "President Ana Ferreira of Portugal and her husband Rui Ferreira arrived in Madrid on "
            "Tuesday for a three-day state visit."
        )
    )
    assert set(got) == {"Ana Ferreira"}


ARRIVAL_BY_ROAD = (
    "RIGA, June 11 (Wire) - Estonia's Kristjan Tamm, Lithuania's Jonas Petraitis and Poland's Foreign "
    "Minister Adam Nowak travelled overnight by road from Belarus and were received at the border by "
    "Latvian Foreign Minister Ilze Ozola."
)


def test_a_trip_by_road_from_a_state_is_no_visit_to_it() -> None:
    """ "travelled by road from Belarus": a way through, not a stay there."""
    got = visits(ARRIVAL_BY_ROAD)
    assert got
    assert all(e.roles["host_state"] != "BLR" for e in got)


def test_coming_from_elsewhere_in_a_datelined_story_is_a_visit_to_the_datelines_state() -> None:
    """ "travelled from X" with no destination, datelined in another state: the trip ends where the
    story is set."""
    doc = diplotext.extract(
        "Ministers in Vilnius\n\n"
        "VILNIUS, June 11 (Wire) - Polish Foreign Minister Adam Nowak flew in from Warsaw on Monday "
        "for talks on the gas pipeline. Finnish Foreign Minister Aino Virtanen travelled from Riga.",
        published="2030-06-12",
    )
    got = [e for e in doc.events if e.type == "visit"]
    assert {(e.roles["visitor"], e.roles["host_state"]) for e in got} == {
        ("Adam Nowak", "LTU"),
        ("Aino Virtanen", "LTU"),
        ("Aino Virtanen", "LVA"),  # where she came from, by no named way: a stay there before
    }


PEERS = (
    "Polish Foreign Minister Adam Nowak has called for a joint Baltic energy grid. Estonia's Kristjan "
    "Tamm, Lithuania's Jonas Petraitis and Poland's Adam Nowak arrived in Helsinki on Monday. Tamm, "
    "Petraitis and Nowak were met at the airport by Finnish Foreign Minister Aino Virtanen."
)


def test_travellers_listed_each_after_a_states_possessive_are_peers_of_the_official_among_them() -> None:
    """ "Estonia's A, Lithuania's B and Poland's C arrived", C an office holder named before: when
    one of the list holds an office, the others, named the same way, stand for their states too."""
    got = by_visitor(visits(PEERS))
    assert set(got) == {"Kristjan Tamm", "Jonas Petraitis", "Adam Nowak"}
    assert got["Kristjan Tamm"]["visitor_state"] == "EST"
    assert got["Jonas Petraitis"]["visitor_state"] == "LTU"


def test_a_list_of_possessed_names_with_no_official_among_them_travels_for_no_state() -> None:
    """The peers rule needs one office holder: "Kenya's A and Ethiopia's B flew to Oslo" alone
    (runners, say) is no state visit."""
    assert visits("Kenya's Daniel Kiptoo and Ethiopia's Abebe Tola flew to Oslo on Monday.") == []


def test_those_met_together_by_an_official_did_not_meet_each_other() -> None:
    """ "A and B were met at the airport by C": C is whom each met; A and B are company."""
    got = by_visitor(visits(PEERS))
    assert got["Adam Nowak"]["met"] == ("Aino Virtanen",)


DESCRIBED = (
    "Dutch relief for Peru\n\n"
    "LIMA, May 9 (Wire) - Dutch Trade Minister Pieter Smit on Sunday pledged help for the rebuilding "
    "of Peru during a visit to the quake-hit country. The Dutch minister, who arrived in Lima on "
    "Friday for a three-day visit, was also to meet President Rosa Quispe."
)


def test_a_description_by_a_roles_last_word_and_state_names_the_one_holder() -> None:
    """ "The Dutch minister, who arrived in Lima on Friday": "minister" with the state stands for the
    one Dutch holder of a fuller role ("trade minister"), so the arrival dates his visit."""
    visit = one_article_visit(DESCRIBED, "2030-05-12")
    assert visit.roles["visitor"] == "Pieter Smit"
    assert visit.date == "2030-05-10"


def test_a_meeting_in_a_sentence_telling_the_trip_by_a_description_is_the_visitors() -> None:
    """The meeting clause of a sentence that tells the trip by a description ("the Dutch minister
    ... was also to meet Y") gives ``met`` though the visitor is not named there."""
    visit = one_article_visit(DESCRIBED, "2030-05-12")
    assert visit.roles["met"] == ("Rosa Quispe",)


def test_an_official_who_met_here_with_a_foreign_counterpart_hosted_him() -> None:
    """ "OSLO - Norwegian Prime Minister X met here Thursday with his Irish counterpart Y": X is at
    home in the dateline's state, so Y is the one who travelled."""
    visit = one_article_visit(
        "Norway and Ireland talk fisheries\n\n"
        "OSLO, May 6 (Wire) -- Norwegian Prime Minister Erik Lunde met here Thursday with his Irish "
        "counterpart Ciaran Walsh and said the talks were useful.",
        published="2030-05-06",
    )
    assert visit.roles["visitor"] == "Ciaran Walsh"
    assert visit.roles["host_state"] == "NOR"
    assert visit.roles["met"] == ("Erik Lunde",)
    assert visit.date == "2030-05-02"


def test_two_leaders_who_sign_together_in_the_datelines_city_met() -> None:
    """ "BELGRADE - Presidents A of Bulgaria and B of Serbia signed a plan Friday": signing together is
    meeting; B, at home for A, is whom A met on A's visit."""
    visit = one_article_visit(
        "Bulgaria and Serbia sign trade plan\n\n"
        "BELGRADE, May 10 (Wire) - Presidents Ivan Petrov of Bulgaria and Milos Novak of Serbia "
        "signed an economic cooperation plan on Friday. A major goal of Petrov's three-day state "
        "visit was the signing of a trade program.",
        published="2030-05-10",
    )
    assert visit.roles["visitor"] == "Ivan Petrov"
    assert visit.roles["host_state"] == "SRB"
    assert visit.roles["met"] == ("Milos Novak",)


def test_the_stops_a_relative_on_the_tour_lists_are_visits_too() -> None:
    """ "visited Ghana on a three-nation tour, which also included Senegal and Mali": one
    visit per state, with the relative's tense."""
    got = visits(
        "Egyptian President Omar Farouk visited Ghana on April 7 on a three-nation tour, which "
        "also included Senegal and Mali.",
        published="2030-04-20",
    )
    assert {e.roles["host_state"] for e in got} == {"GHA", "SEN", "MLI"}
    assert {e.attributes["status"] for e in got} == {"completed"}


def test_a_relative_that_includes_no_place_adds_no_stop() -> None:
    """ "a tour which included talks on trade": talks are no stop."""
    got = visits(
        "Egyptian President Omar Farouk visited Ghana on April 7 as part of a tour which included "
        "talks on trade.",
        published="2030-04-20",
    )
    assert {e.roles["host_state"] for e in got} == {"GHA"}


def test_a_name_with_an_unclosed_apposition_title_is_the_subject() -> None:
    """ "Tom Reed, US Secretary of State was visiting Kenya": the comma that would close the title
    is missing; the title phrase is still the person named before it."""
    (visit,) = visits(
        "On Tuesday Tom Reed, US Secretary of State was visiting Kenya to stress support for the vote."
    )
    assert visit.roles["visitor"] == "Tom Reed"
    assert visit.roles["host_state"] == "KEN"


def test_a_lower_case_description_after_a_name_and_a_comma_is_not_that_name() -> None:
    """Only a capitalised title reads as the unclosed apposition: "X met Tom Reed, the minister
    visited Kenya" is two people."""
    got = visits("Nora Lind met Tom Reed, the minister visited Kenya on Tuesday.")
    assert all(e.roles["visitor"] != "Tom Reed" for e in got)


def test_in_addition_to_a_city_makes_it_the_visits_main_place() -> None:
    """ "In addition to Hanoi, X will visit Hue and Da Nang": Hanoi is the visit's place."""
    (visit,) = visits(
        "Peruvian Prime Minister Rosa Quispe will pay an official visit to Vietnam from May 22 to 27. "
        "In addition to Hanoi, Quispe will visit Hue and Da Nang.",
        published="2030-05-10",
    )
    assert visit.place == "Hanoi"


def test_a_fronted_country_with_a_pronoun_subject_is_a_leg_of_the_trip() -> None:
    """ "X will arrive in Cairo on Wednesday. In Jordan she will meet King Y on Thursday": two
    visits, and the king is met in Jordan, not in Egypt."""
    doc = diplotext.extract(
        "Reed to Cairo\n\n"
        "WASHINGTON, March 10 (Wire) - Secretary of State Nora Reed will arrive in Cairo on "
        "Wednesday.\n\nIn Jordan she will meet King Faisal Omar on Thursday.",
        published="2030-03-10",
    )
    got = {e.roles["host_state"]: e for e in doc.events if e.type == "visit"}
    assert set(got) == {"EGY", "JOR"}
    assert {e.roles["visitor_state"] for e in got.values()} == {"USA"}
    assert got["JOR"].roles["met"] == ("Faisal Omar",)
    assert got["EGY"].roles["met"] == ()


def test_a_delegation_of_a_national_body_gives_its_leader_that_state() -> None:
    """ "A delegation of the Bundestag led by Speaker X visited Taipei": X travels for the state
    whose body the delegation comes from."""
    (visit,) = visits("A delegation of the Bundestag led by Speaker Greta Vogel visited Taipei on Thursday.")
    assert visit.roles["visitor"] == "Greta Vogel"
    assert visit.roles["visitor_state"] == "DEU"
    assert visit.roles["host_state"] == "TWN"


def test_on_way_to_without_a_possessive_names_the_destination() -> None:
    """ "will leave Kathmandu for Riyadh on way to Tunis": wire shorthand; Tunis is where the
    traveller is going."""
    got = visits("Nepalese King Gyan Bir will leave Kathmandu for Riyadh on way to Tunis on Monday.")
    assert "TUN" in {e.roles["host_state"] for e in got}


def test_the_one_whose_invitation_was_accepted_hosts_the_visit() -> None:
    """ "X has accepted an invitation from King Y to make a state visit to Spain": Y is whom X is
    due to meet."""
    (visit,) = visits(
        "Chilean President Ana Ruiz has accepted an invitation from King Carlos Ibarra to make a state "
        "visit to Spain later this year."
    )
    assert visit.roles["met"] == ("Carlos Ibarra",)
    assert visit.attributes["status"] == "planned"


def test_the_person_whose_inauguration_a_visitor_attends_is_met() -> None:
    """ "X visited Accra in January for Y's inauguration": Y received the guest; a funeral's
    person is not met."""
    (visit,) = visits("Nigerian President Musa Bello visited Accra in May for Kofi Mensah's inauguration.")
    assert visit.roles["met"] == ("Kofi Mensah",)
    (visit,) = visits("Nigerian President Musa Bello visited Accra in January for Kofi Mensah's funeral.")
    assert visit.roles["met"] == ()


def test_a_when_clause_with_the_visitor_and_a_host_official_is_a_meeting() -> None:
    """ "X visited Lima last November, when he and Y agreed to ...": Y, of the host state, met X."""
    got = by_visitor(
        visits(
            "Chilean President Ana Ruiz will travel to Madrid next week. Spanish Prime Minister Luis "
            "Ortega visited Santiago last November, when he and Ruiz agreed to revive the summits."
        )
    )
    assert got["Luis Ortega"]["met"] == ("Ana Ruiz",)


def test_travellers_named_after_a_plural_description_each_visit_and_are_company() -> None:
    """ "The presidents of Kenya and Uganda, A and B, visited Juba": two visits, each of its own
    state; travelling together is not meeting each other."""
    got = by_visitor(
        visits(
            "The presidents of Kenya and Uganda, Daniel Mwangura and Joseph Okello, visited Juba on Monday."
        )
    )
    assert {k: (v["visitor_state"], v["host_state"]) for k, v in got.items()} == {
        "Daniel Mwangura": ("KEN", "SSD"),
        "Joseph Okello": ("UGA", "SSD"),
    }
    assert all(v["met"] == () for v in got.values())


def test_i_in_a_direct_quote_is_its_speaker() -> None:
    """ "'I have just come back from Lima,' Foreign Minister X told parliament": X's trip."""
    visit = one_article_visit(
        "Minister back from Lima\n\n"
        'OSLO, March 10 (Wire) - "I have just come back from Lima, where I had useful talks on trade," '
        "Foreign Minister Kari Nordby told parliament on Tuesday.",
        published="2030-03-10",
    )
    assert visit.roles["visitor"] == "Kari Nordby"
    assert visit.roles["host_state"] == "PER"
    assert visit.attributes["status"] == "completed"


def test_a_headline_role_word_may_mean_a_fuller_role_of_the_traveller() -> None:
    """Headline "Irish minister back from Lima talks" over "Foreign Minister A ... Minister B": the
    headline's minister may be the foreign minister, so B (the host) does not take Ireland."""
    visit = one_article_visit(
        "Irish minister back from Lima talks\n\n"
        "DUBLIN, March 10 (Wire) - Foreign Minister Aoife Byrne said on Tuesday she had met "
        "Minister Rosa Quispe in Lima on Friday.",
        published="2030-03-10",
    )
    assert visit.roles["host_state"] == "PER"
    assert visit.roles["met"] == ("Rosa Quispe",)


def test_the_last_word_of_a_fuller_role_stands_for_its_one_holder() -> None:
    """ "The minister travels on to X" after "External Affairs Minister Y": Y travels."""
    found = visits(
        "Peru's Foreign Trade Minister Ana Quispe arrived in Hanoi on Monday. The minister travels on "
        "to Vientiane on Thursday."
    )
    legs = {str(v.roles["host_state"]): v for v in found}
    assert legs["LAO"].roles["visitor"] == "Ana Quispe"
    assert (legs["LAO"].date, legs["LAO"].attributes["status"]) == ("2030-06-13", "planned")


def test_the_last_word_of_two_fuller_roles_stands_for_nobody() -> None:
    """Two ministers named: "the minister" is not guessed."""
    found = visits(
        "Peru's Trade Minister Ana Quispe and its Defence Minister Jorge Vela arrived in Hanoi on Monday. "
        "The minister travels on to Vientiane on Thursday."
    )
    assert "LAO" not in {v.roles["host_state"] for v in found}


def test_the_delegation_is_the_one_a_sentence_before_gave_a_leader() -> None:
    """ "X is leading a delegation on a visit to Y. The delegation, which arrived on Monday, met Z":
    X arrived on Monday and met Z."""
    (v,) = visits(
        "The Speaker of Chile's Chamber of Deputies, Rosa Mena, is leading a delegation of lawmakers on "
        "a week-long visit to Australia. The delegation, which arrived on Monday, met Prime Minister "
        "Tom Hart on Wednesday."
    )
    assert (v.roles["visitor"], v.roles["host_state"], v.date) == ("Rosa Mena", "AUS", "2030-06-10")
    assert list(v.roles["met"]) == ["Tom Hart"]


def test_leading_a_delegation_to_a_country_is_a_trip_there() -> None:
    """ "will lead a business delegation to India in September": the leader travels; "led the party
    to victory" and "heads the ministry" are no trips."""
    (v,) = visits(
        "Peru's Trade Minister Ana Quispe said she would lead a business delegation to India in September."
    )
    assert (v.roles["visitor"], v.roles["host_state"], v.date) == ("Ana Quispe", "IND", "2030-09")
    assert v.attributes["status"] == "planned"
    assert not visits(
        "Peru's Trade Minister Ana Quispe led her party to victory in Lima and Cusco last year."
    )


def test_a_trip_owned_by_a_title_is_of_the_person_named_with_it_later() -> None:
    """ "cancelled the Norwegian trade minister's visit to X ... The trade minister, Y, was due to
    leave on Friday": Y's visit, cancelled, though the first sentence names no person."""
    (v,) = visits(
        "Peru has cancelled the Danish trade minister's week-long visit to Lima, reports said on Tuesday. "
        "The trade minister, Kari Dahl, was due to leave on Friday."
    )
    assert (v.roles["visitor"], v.roles["visitor_state"], v.roles["host_state"]) == (
        "Kari Dahl",
        "DNK",
        "PER",
    )
    assert v.attributes["status"] == "cancelled"


def test_the_minister_is_never_the_prime_minister_named_beside() -> None:
    """ "The 54-year-old minister held talks with Prime Minister X": the minister is the foreign
    minister named before, who met X (a prime minister is never "the minister")."""
    (v,) = visits(
        "Peru's Foreign Minister Ana Quispe wrapped up a two-day visit to Fiji on Tuesday. The "
        "54-year-old minister held talks on Monday with Prime Minister Joni Rabuka."
    )
    assert (v.roles["visitor"], list(v.roles["met"])) == ("Ana Quispe", ["Joni Rabuka"])


def test_the_couple_welcomed_by_a_host_are_the_pair_named_before() -> None:
    """ "A and B began a state visit to Peru. The couple were welcomed in Lima by President X": both
    met X in Lima."""
    found = visits(
        "Norway's Crown Prince Olav and Crown Princess Ingrid began a state visit to Peru on Tuesday. "
        "The couple were welcomed at the palace in Lima by Peruvian President Luis Prado."
    )
    assert {str(v.roles["visitor"]) for v in found} == {"Olav", "Ingrid"}
    assert all(list(v.roles["met"]) == ["Luis Prado"] and v.place == "Lima" for v in found)


def test_a_senate_president_represents_a_state_abroad() -> None:
    """ "Chile's President of the Senate X will pay an official visit to Japan": a parliamentary
    head travels for the state."""
    (v,) = visits(
        "Chile's President of the Senate Ana Quispe will pay an official visit to Japan from July 2 to 8."
    )
    assert (v.roles["visitor"], v.roles["visitor_state"], v.roles["host_state"], v.date) == (
        "Ana Quispe",
        "CHL",
        "JPN",
        "2030-07-02",
    )


def test_a_british_cabinet_title_with_no_state_is_britains() -> None:
    """BBC copy: "Foreign Secretary X will visit Poland" is a British visit; "Indian Foreign
    Secretary Y" keeps the state named with him."""
    (v,) = visits("Foreign Secretary Jack Hale will visit Poland next week, the Foreign Office said.")
    assert (v.roles["visitor_state"], v.roles["host_state"]) == ("GBR", "POL")
    (v,) = visits("Indian Foreign Secretary Ravi Menon will visit Nepal next week.")
    assert v.roles["visitor_state"] == "IND"


def test_a_description_looks_back_to_the_holder_named_before_it() -> None:
    """ "The 54-year-old minister held talks with Prime Minister X and Police Minister Y": the
    minister is the foreign minister named before; X and Y are met."""
    (v,) = visits(
        "Peru's Foreign Minister Ana Quispe wrapped up a two-day visit to Fiji on Tuesday. The "
        "54-year-old minister held talks on Monday with Prime Minister Joni Rabuka and Police Minister "
        "Tevita Naupoto."
    )
    assert (v.roles["visitor"], sorted(v.roles["met"])) == ("Ana Quispe", ["Joni Rabuka", "Tevita Naupoto"])


def test_the_leader_of_a_states_delegation_represents_it_with_no_title() -> None:
    """Thirteenth session: "A Chinese government delegation led by X" makes X China's envoy; a
    business delegation makes no one a state's."""
    doc = diplotext.extract(
        "A Chinese government delegation led by Zhang Wenkang arrived in Phnom Penh on Monday for talks.",
        published="2031-04-09",
    )
    (visit,) = [e for e in doc.events if e.type == "visit"]
    assert (visit.roles["visitor"], visit.roles["visitor_state"], visit.roles["host_state"]) == (
        "Zhang Wenkang",
        "CHN",
        "KHM",
    )
    doc = diplotext.extract(
        "A business delegation led by Tom Brady arrived in Phnom Penh on Monday.", published="2031-04-09"
    )
    assert [e for e in doc.events if e.type == "visit"] == []

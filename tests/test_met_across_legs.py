"""Whom a visitor met on a tour of several states: the person named after a description, the
state two coordinated titles share, and a meeting told in the past on the leg already made
(issue 9, fifteenth session).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def article_visits(text: str, published: str = "2031-04-09") -> dict[str, Event]:
    """An article's visits by host state; 2031-04-09 is a Wednesday."""
    doc = diplotext.extract(text, published=published)
    assert not [e for e in doc.errors if e.plugin in ("visits", "actors", "clauses")], doc.errors
    return {str(e.roles["host_state"]): e for e in doc.events if e.type == "visit"}


def person_states(text: str) -> dict[str, str | None]:
    doc = diplotext.extract(text, published="2031-04-09")
    return {a.name: a.country for a in doc.actors if a.kind == "person"}


def test_coordinated_titles_share_the_state_before_them() -> None:
    for text in (
        "She met Oman's deputy prime minister and foreign minister, Harith Busaidi, on Monday.",
        "She met the Omani deputy prime minister and foreign minister, Harith Busaidi, on Monday.",
        "She met Oman's prime minister and foreign minister Harith Busaidi on Monday.",
    ):
        assert person_states(text)["Harith Busaidi"] == "OMN", text


def test_a_second_title_after_and_gives_the_state_but_not_the_first_role() -> None:
    # "the French president and Prime Minister X" may well be two people
    doc = diplotext.extract("He met the French president and Prime Minister Odile Marchal on Monday.")
    (person,) = [a for a in doc.actors if a.kind == "person"]
    assert person.country == "FRA"
    assert "president" not in person.roles


def test_the_name_set_off_after_a_description_is_the_one_met() -> None:
    visits = article_visits(
        "British Foreign Secretary Maud Pellingham landed in Doha on Tuesday and went into a meeting "
        "with the foreign minister, Sheikh Nasser Thani.\n\n"
        "She had spent Monday in Saudi Arabia, where she held talks in Riyadh with the Saudi foreign "
        "minister, Prince Faisal Otaibi, and opened a school."
    )
    assert list(visits["QAT"].roles["met"]) == ["Nasser Thani"]
    assert list(visits["SAU"].roles["met"]) == ["Faisal Otaibi"]


def test_a_title_after_the_comma_opens_a_list_not_an_apposition() -> None:
    visits = article_visits(
        "Kenyan Foreign Minister Amos Kiprono arrived in Cairo on Tuesday. He met the president, "
        "Prime Minister Samir Halawi, and the speaker of parliament on Wednesday."
    )
    assert "Samir Halawi" in visits["EGY"].roles["met"]


def test_a_meeting_told_in_the_past_is_on_the_leg_already_made() -> None:
    visits = article_visits(
        "PORT VILA, April 9 - New Zealand Foreign Minister Rangi Whaanga wrapped up a two-day visit "
        "to Vanuatu on Wednesday and will fly to Suva on Thursday for talks with Fijian leaders.\n\n"
        "The minister held talks on Tuesday with Prime Minister Kalo Natapei and Police Minister "
        "Joel Tari.\n\n"
        "In Suva she is expected to meet Prime Minister Ratu Seru Vuki. Whaanga last visited Fiji as "
        "a backbench MP, her office said."
    )
    assert set(visits["VUT"].roles["met"]) == {"Kalo Natapei", "Joel Tari"}
    assert list(visits["FJI"].roles["met"]) == ["Seru Vuki"]  # "Ratu", a chiefly title, is no name


# --------------------------------------------- a lead that names its traveller in the next sentence


def test_an_indefinite_description_in_the_lead_is_the_person_named_next() -> None:
    visits = article_visits(
        "Kenya and Vietnam discuss trade\n\n"
        "A senior Vietnamese official arrived in Nairobi on Monday for talks on trade.\n\n"
        "Tran Quoc Hung, vice minister of industry, went straight into a meeting with the president."
    )
    assert visits["KEN"].roles["visitor"] == "Tran Quoc Hung"
    assert visits["KEN"].roles["visitor_state"] == "VNM"


def test_a_description_of_no_office_or_a_person_named_before_is_not_identified_next() -> None:
    assert not article_visits(
        "Hostage comes home\n\n"
        "A 60-year-old engineering company executive arrived in Manila on Friday after months away.\n\n"
        "Ramon Ibarra Cruz, a senior executive, said he was glad to be back."
    )
    visits = article_visits(
        "Tran Quoc Hung, Vietnam's vice minister of industry, spoke on Sunday.\n\n"
        "A senior Vietnamese official arrived in Nairobi on Monday.\n\n"
        "Tran Quoc Hung said trade would grow."
    )
    assert [v.roles["visitor"] for v in visits.values()] in ([], [None])


def test_arriving_here_for_talks_with_a_country_is_a_visit_to_it() -> None:
    visits = article_visits(
        "Defence ties discussed\n\n"
        "A Bangladeshi army chief arrived here Wednesday for talks on defence cooperation with Morocco.\n\n"
        "Aminul Haque Chowdhury, chief of the army staff, went straight into talks with officials."
    )
    assert visits["MAR"].roles["visitor"] == "Aminul Haque Chowdhury"
    assert visits["MAR"].roles["visitor_state"] == "BGD"


# ------------------------------------------------------ who travels: states and pronouns of the lead


def test_an_envoy_with_a_remit_keeps_the_state_before_it() -> None:
    for remit in ("Middle East peace", "the peace process", "climate talks"):
        text = f"Japan's special envoy for {remit}, Kenji Arakawa, left Amman for Cairo on Friday."
        assert person_states(text)["Kenji Arakawa"] == "JPN", text


def test_nouns_between_a_state_and_a_role_keep_the_state() -> None:
    for text in (
        "He held talks with Ghana's defence cabinet secretary, Ama Owusu, at the ministry.",
        "He held talks with Ghana's top trade negotiator Ama Owusu at the ministry.",
    ):
        assert person_states(text)["Ama Owusu"] == "GHA", text


def test_he_after_a_description_subject_is_the_one_described() -> None:
    visits = article_visits(
        "Envoy tours region\n\n"
        "Norway's special envoy, Lars Dahl, arrived in Amman on Monday.\n\n"
        "In Cairo, the visiting envoy is scheduled to meet Egyptian Foreign Minister Karim Fahmy on "
        "Thursday, before he is expected in Beirut on Friday for talks with Lebanese officials."
    )
    assert visits["LBN"].roles["visitor"] == "Lars Dahl"


def test_one_of_no_stated_state_who_leaves_a_city_for_abroad_sets_off_from_home() -> None:
    visits = article_visits(
        "Vice-President leaves for summit\n\n"
        "Vice-President Bwalya Mumba yesterday left Lusaka for Gaborone, where she will attend a "
        "regional summit."
    )
    assert visits["BWA"].roles["visitor_state"] == "ZMB"


# ------------------------------------------------------------ a tour wrapped up at the dateline


_WRAPPED = (
    "Vice President ends tour\n\n"
    "GABORONE, Botswana — Vice President Dana Holloway wrapped up a three-nation African tour here "
    "on Wednesday, promising American investment in railways.\n\n"
    "The tour began in Kenya on Sunday, where she met President Daniel Kiprop in Nairobi.\n\n"
    '"The United States is offering a better deal," Ms. Holloway said here. The United States '
    "will host African leaders in Washington in the fall.\n\n"
    "The vice president was due to fly back to Washington on Wednesday night."
)


def test_a_home_titled_official_wrapping_up_a_tour_at_the_dateline_is_a_visitor() -> None:
    visits = article_visits(_WRAPPED)
    assert {v.roles["visitor_state"] for v in visits.values()} == {"USA"}
    assert set(visits) == {"KEN", "BWA"}


def test_a_tour_wrapped_up_here_is_over_though_the_flight_home_is_to_come() -> None:
    visits = article_visits(_WRAPPED)
    assert visits["BWA"].attributes["status"] == "completed"
    assert visits["BWA"].to_dict()["place"] == "Gaborone"


def test_a_post_held_in_the_past_is_no_residence() -> None:
    visits = article_visits(
        "Minister starts tour\n\n"
        "QUITO - Chilean Foreign Minister Paula Rojas Vidal began a tour of three Andean countries in "
        "Quito on Wednesday.\n\n"
        "Rojas Vidal is a career diplomat who served as ambassador in Quito from 2012 to 2015 before "
        "becoming deputy foreign minister."
    )
    assert "ECU" in visits


def test_a_home_official_leaving_the_dateline_for_abroad_is_of_the_dateline_state() -> None:
    visits = article_visits(
        "Chancellor stays home\n\n"
        "VIENNA, April 9 (Danube Wire) - Austrian Chancellor Karl Moser has postponed a trip to Japan "
        "because of a budget crisis, a spokesman said, but Foreign Minister Ilse Brandl will travel to "
        "Tokyo on Friday.\n\n"
        "Brandl is expected to meet her Japanese counterpart during the trip. Japanese officials said "
        "Japan understood."
    )
    assert visits["JPN"].roles["visitor"] == "Ilse Brandl"
    assert visits["JPN"].roles["visitor_state"] == "AUT"


_HOSTED = (
    "Leaders sign deals\n\n"
    "President Joaquim Nhantumbo yesterday hosted his Malawian counterpart, Grace Chirwa, at the "
    "presidential palace in Maputo, where the two leaders signed agreements on rail and power.\n\n"
    "The Malawian leader, who arrived on Thursday for a three-day state visit, spoke at a banquet. "
    "Malawi and Malawian traders were praised, and the Malawian delegation thanked its hosts.\n\n"
    "Nhantumbo paid a working visit to Lilongwe in May last year."
)


def test_one_who_hosts_a_guest_in_a_city_is_of_the_citys_state() -> None:
    visits = article_visits(_HOSTED, published="2031-04-12")
    assert visits["MWI"].roles["visitor"] == "Joaquim Nhantumbo"
    assert visits["MWI"].roles["visitor_state"] == "MOZ"


def test_the_counterpart_hosted_is_met_on_the_guests_visit_not_the_hosts_earlier_one() -> None:
    visits = article_visits(_HOSTED, published="2031-04-12")
    assert list(visits["MOZ"].roles["met"]) == ["Joaquim Nhantumbo"]
    assert list(visits["MWI"].roles["met"]) == []


def test_a_time_inside_a_since_phrase_dates_no_trip() -> None:
    visits = article_visits(
        "Premier in Canberra\n\n"
        "Samoa's Prime Minister Tuala Iosefo is in Canberra for three days of talks, his first overseas "
        "trip since a cabinet reshuffle last month.\n\n"
        "Iosefo, who arrived on Monday, met Australian officials this morning."
    )
    assert visits["AUS"].date == "2031-04-07"


def test_a_plural_description_is_no_one_person() -> None:
    visits = article_visits(
        "Leaders meet\n\n"
        "Samoa's Prime Minister Tuala Iosefo arrived in Wellington on Monday and met Prime Minister "
        "Aroha Rewiti.\n\n"
        "Samoa's deputy prime minister, Fiame Leota, will lead a delegation to Canberra next week for "
        "talks with Australian ministers."
    )
    assert list(visits["AUS"].roles["met"]) == []
    assert list(visits["NZL"].roles["met"]) == ["Aroha Rewiti"]


def test_another_states_foreign_minister_is_not_its_prime_minister() -> None:
    visits = article_visits(
        "Premier in Wellington\n\n"
        "Samoa's Prime Minister Tuala Iosefo arrived in Wellington on Monday and met Prime Minister "
        "Aroha Rewiti.\n\n"
        "New Zealand's foreign minister last visited Apia in 2024."
    )
    assert "WSM" not in visits


def test_the_last_visit_told_without_a_visitor_is_no_part_of_the_current_one() -> None:
    visits = article_visits(
        "Live: state visit\n\n"
        "French President Odile Marchal is in Rabat for a two-day state visit.\n\n"
        "The mood is very different from the last presidential visit in 2018, officials said."
    )
    assert visits["MAR"].date == "2031-04-09"


def test_a_royal_couple_shares_the_state_after_the_second_name() -> None:
    doc = diplotext.extract(
        "Royals in Chile\n\n"
        "King Olav and Queen Astrid of Norway began a three-day state visit to Chile yesterday.",
        published="2031-04-09",
    )
    visits = sorted(
        (str(e.roles["visitor"]), e.roles["visitor_state"]) for e in doc.events if e.type == "visit"
    )
    assert visits == [("Astrid", "NOR"), ("Olav", "NOR")]


def test_a_presidents_state_is_not_given_by_another_persons_of_phrase() -> None:
    doc = diplotext.extract("President Ana Silva and Prime Minister Carlo Rossi of Italy met on Monday.")
    assert {a.name: a.country for a in doc.actors if a.kind == "person"}["Ana Silva"] is None


def test_a_capital_keeps_the_articles_spelling() -> None:
    visits = article_visits(
        "Minister calls on president\n\n"
        "MALÉ: Indian External Affairs Minister Ravi Sharan paid a call on President Ahmed Naseem "
        "yesterday, a day after he landed in the Maldivian capital."
    )
    assert visits["MDV"].to_dict()["place"] == "Malé"


def test_leaving_for_a_gathering_in_a_city_is_a_trip_to_the_city() -> None:
    visits = article_visits(
        "President leaves for summit\n\n"
        "Philippine President Maria Santos said on Friday she would push for closer cooperation as she "
        "left here for the Asia-Pacific Leaders' Meeting in Hanoi."
    )
    assert visits["VNM"].to_dict()["place"] == "Hanoi"


def test_a_double_surnames_last_part_is_the_same_person() -> None:
    doc = diplotext.extract(
        "Gloria Santos-Ramirez arrived in Hanoi on Friday. President Ramirez met the premier.",
        published="2031-04-09",
    )
    people = [a for a in doc.actors if a.kind == "person" and "Ramirez" in a.name]
    assert [a.name for a in people] == ["Gloria Santos-Ramirez"]


def test_a_country_a_headline_visit_names_hosts_a_named_visitors_visit() -> None:
    visits = article_visits(
        "Patriarch hopes pope's visit will unite Bolivia\n\n"
        "The head of the country's largest church said Friday he hopes Pope Clement XV's visit will help "
        "the country heal."
    )
    assert visits["BOL"].roles["visitor"] == "Clement XV"
    assert visits["BOL"].attributes["status"] == "planned"


def test_a_place_takes_no_phrase_a_participle_can_swallow() -> None:
    visits = article_visits(
        "Leaders meet\n\n"
        "Premier Li Wei assured Zambian President Daniel Mwale who is in Shanghai for a trade fair of "
        "the region starting there Monday that ties would grow."
    )
    assert visits["CHN"].to_dict()["place"] == "Shanghai"


def test_a_home_official_postponing_a_visit_abroad_stays_the_datelines() -> None:
    visits = article_visits(
        "President postpones trip\n\n"
        "SANTIAGO — President Tomas Vergara Lillo has postponed his state visit to Spain, planned for "
        "May 3, and will now travel to Madrid on May 24, the government said. Spain and Spanish firms "
        "welcomed it; Spanish officials said Spain was ready."
    )
    assert {v.roles["visitor_state"] for v in visits.values()} == {"CHL"}
    assert "ESP" in visits


def test_a_role_with_a_remit_set_off_by_commas_is_the_names() -> None:
    states = person_states(
        "He was received by Ghana's Cabinet Secretary for Foreign Affairs, Abena Serwaa Owusu, and left."
    )
    assert states["Abena Serwaa Owusu"] == "GHA"


def test_one_who_will_be_there_is_at_the_gathering_placed_before() -> None:
    visits = article_visits(
        "Leaders head to summit\n\n"
        "More than 40 heads of government will attend a summit in Lisbon, which opens on Thursday.\n\n"
        "Ukrainian President Petro Lysenko will also be there."
    )
    assert visits["PRT"].roles["visitor"] == "Petro Lysenko"
    assert visits["PRT"].attributes["status"] == "planned"


def test_being_there_in_a_quote_or_in_office_is_no_presence() -> None:
    assert not article_visits(
        "Leaders head to summit\n\n"
        "More than 40 heads of government will attend a summit in Lisbon, which opens on Thursday.\n\n"
        '"The fact is that President Petro Lysenko is there for four years," an aide said.'
    )


def test_a_world_region_is_no_person() -> None:
    doc = diplotext.extract(
        "Premier on tour\n\nThe spokesman said the tour showed that Southeast Asia was a top priority, "
        "and that Latin America and the Caribbean were next."
    )
    assert [a.name for a in doc.actors if a.kind == "person"] == []


def test_a_time_fronted_after_and_belongs_to_the_clause_after_it() -> None:
    from diplotext.syntax import parse

    text = (
        "In Lusaka on Thursday she held talks with Zambian President Enoch Banda, and on Friday she was "
        "received in Harare by President Tendai Moyo."
    )
    doc = diplotext.extract(text, published="2031-04-12", layout="body", plugins=["actors", "dates"])
    layer = parse(doc.article, doc.actors, doc.dates)
    times = {c.predicate.lemma: [text[t.start : t.end] for t in c.times] for c in layer.in_sentence(0)}
    assert times["hold"] == ["Thursday"]
    assert times["receive"] == ["Friday"]


def test_legs_told_in_two_clauses_of_one_sentence_are_two_visits() -> None:
    got = article_visits(
        "Tour ends\n\nMEXICO CITY - President Ana Robles returned on Sunday from a tour of "
        "southern Africa.\n\n"
        "In Lusaka on Thursday she held talks with Zambian President Enoch Banda, and on Friday she was "
        "received in Harare by President Tendai Moyo.",
        published="2031-04-13",
    )
    assert got["ZMB"].date == "2031-04-10" and list(got["ZMB"].roles["met"]) == ["Enoch Banda"]
    assert got["ZWE"].date == "2031-04-11" and list(got["ZWE"].roles["met"]) == ["Tendai Moyo"]


def test_a_return_after_a_tour_told_first_ends_every_leg() -> None:
    got = article_visits(
        "Tour ends\n\nMEXICO CITY - Mexico's head of state returned to the capital on Sunday after a "
        "five-day tour of southern Africa.\n\n"
        "Mexican President Ana Robles began the trip in Lusaka on Wednesday, where she met President Enoch "
        "Banda, and on Friday she was received in Harare by President Tendai Moyo.",
        published="2031-04-14",
    )
    assert got["ZMB"].attributes["status"] == "completed"
    assert got["ZWE"].attributes["status"] == "completed"  # received three days ago, home since

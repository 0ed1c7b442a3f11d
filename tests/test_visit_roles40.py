"""Visit recall and role classes found on invented probe stories (issue 9, twenty-sixth session,
helper visits40): an official of the host state who joins the talks told in the sentence before
("X also took part in the talks", "the talks were also attended by X", "also present at the
meeting was X") met the visitor.

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def visits(text: str, published: str = "2031-04-16") -> list[Event]:
    """2031-04-16 is a Wednesday."""
    doc = diplotext.extract(text, published=published)
    assert not [e for e in doc.errors if e.plugin in ("visits", "actors", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "visit"]


def one(text: str, published: str = "2031-04-16") -> Event:
    (visit,) = visits(text, published)
    return visit


def test_an_official_who_also_took_part_in_the_talks_met_the_visitor() -> None:
    visit = one(
        "Talks in Lusaka\n\nZambian President Mwila Banda met visiting Malawian President Chikondi "
        "Phiri in Lusaka on Monday. Zambian Foreign Minister Natasha Zulu also took part in the talks."
    )
    assert visit.roles["visitor"] == "Chikondi Phiri"
    assert list(visit.roles["met"]) == ["Mwila Banda", "Natasha Zulu"]


def test_the_talks_attended_by_an_official_and_one_present_at_the_meeting() -> None:
    attended = one(
        "Border talks\n\nPeruvian Foreign Minister Ines Salcedo held talks with Bolivian President "
        "Rodrigo Mamani in La Paz on Tuesday. The talks were also attended by Bolivian Foreign "
        "Minister Teodoro Quispe."
    )
    assert list(attended.roles["met"]) == ["Rodrigo Mamani", "Teodoro Quispe"]
    present = one(
        "Border talks\n\nPeruvian Foreign Minister Ines Salcedo held talks with Bolivian President "
        "Rodrigo Mamani in La Paz on Tuesday. Also present at the meeting was Bolivian Foreign "
        "Minister Teodoro Quispe."
    )
    assert list(present.roles["met"]) == ["Rodrigo Mamani", "Teodoro Quispe"]


def test_who_joins_no_meeting_or_is_not_of_the_host_state_met_no_one() -> None:
    # an official of the visitor's own state at the talks travels with them: met nobody new
    own = one(
        "Border talks\n\nPeruvian Foreign Minister Ines Salcedo held talks with Bolivian President "
        "Rodrigo Mamani in La Paz on Tuesday. Peruvian Trade Minister Julio Carrasco also took part "
        "in the talks."
    )
    assert list(own.roles["met"]) == ["Rodrigo Mamani"]
    # not at the talks: a host official who did not attend them
    absent = one(
        "Border talks\n\nPeruvian Foreign Minister Ines Salcedo held talks with Bolivian President "
        "Rodrigo Mamani in La Paz on Tuesday. Bolivian Foreign Minister Teodoro Quispe did not "
        "attend the talks."
    )
    assert list(absent.roles["met"]) == ["Rodrigo Mamani"]
    # another meeting, not the one told before ("a cabinet meeting")
    other = one(
        "Border talks\n\nPeruvian Foreign Minister Ines Salcedo held talks with Bolivian President "
        "Rodrigo Mamani in La Paz on Tuesday. Bolivian Foreign Minister Teodoro Quispe attended a "
        "cabinet meeting in Sucre."
    )
    assert list(other.roles["met"]) == ["Rodrigo Mamani"]


def test_the_demonym_leader_before_the_name_is_the_one_leader_of_that_state() -> None:
    visit = one(
        "Talks in Vilnius\n\nThe Estonian leader arrived in Vilnius on Monday. Prime Minister Kaarel "
        "Tamm is due to meet Lithuanian President Vytas Jonaitis on Tuesday."
    )
    assert (visit.roles["visitor"], visit.roles["visitor_state"]) == ("Kaarel Tamm", "EST")
    assert (visit.roles["host_state"], visit.place) == ("LTU", "Vilnius")
    assert list(visit.roles["met"]) == ["Vytas Jonaitis"]


def test_the_demonym_leader_with_two_stateless_leaders_named_later_stays_unresolved() -> None:
    # two holders of leader roles of no state named later: which one "the Estonian leader" is,
    # the text does not say
    assert not visits(
        "Talks in Vilnius\n\nThe Estonian leader arrived in Vilnius on Monday. Prime Minister Kaarel "
        "Tamm is due to meet President Vytas Jonaitis on Tuesday."
    )


def test_the_head_of_government_refers_back_to_the_prime_minister() -> None:
    visit = one(
        "Premier in Rabat\n\nTunisian Prime Minister Hedi Mansour arrived in Rabat on Monday for a "
        "two-day visit. Upon his arrival at the airport, the Head of Government was welcomed by "
        "Moroccan Prime Minister Driss Bennani."
    )
    assert list(visit.roles["met"]) == ["Driss Bennani"]


def test_the_last_holder_of_an_office_to_visit_set_off_before_the_name() -> None:
    found = visits(
        "Minister in Manila\n\nThe foreign secretary, Alan Prowse, held talks in Manila yesterday on a "
        "two-day visit to the Philippines. The last foreign secretary to visit the Philippines, "
        "Derek Moult, went in 2006.",
        "2031-04-16",
    )
    by = {e.roles["visitor"]: e for e in found}
    assert set(by) == {"Alan Prowse", "Derek Moult"}
    # the office of the one other holder the article names: the state travels with it
    assert by["Derek Moult"].roles["host_state"] == "PHL"
    assert by["Derek Moult"].roles["visitor_state"] == by["Alan Prowse"].roles["visitor_state"]


def test_the_last_visit_by_an_office_holder_then_when_and_the_name() -> None:
    found = visits(
        "Trip set\n\nIrish Prime Minister Ciara Daly will visit Mexico next week. The last visit by an "
        "Irish prime minister to Mexico was in 2012, when Brendan Foley held talks in Mexico City."
    )
    by = {e.roles["visitor"]: e for e in found}
    assert set(by) == {"Ciara Daly", "Brendan Foley"}
    assert by["Brendan Foley"].roles["visitor_state"] == "IRL"
    assert (by["Brendan Foley"].roles["host_state"], by["Brendan Foley"].place) == ("MEX", "Mexico City")


def test_the_last_of_no_office_names_no_visitor() -> None:
    # "the last climber to visit": no office, so no visit by the person set off after it
    found = visits(
        "Trip set\n\nIrish Prime Minister Ciara Daly will visit Nepal next week. The last climber to "
        "visit the valley, Brendan Foley, went in 2012."
    )
    assert [e.roles["visitor"] for e in found] == ["Ciara Daly"]


def test_they_were_joined_by_an_official_of_the_host_state() -> None:
    visit = one(
        "Border talks\n\nPeruvian Foreign Minister Ines Salcedo held talks with Bolivian President "
        "Rodrigo Mamani in La Paz on Tuesday. They were later joined by Bolivian Foreign Minister "
        "Teodoro Quispe."
    )
    assert list(visit.roles["met"]) == ["Rodrigo Mamani", "Teodoro Quispe"]


def test_a_fronted_perfect_participle_of_arrival_is_the_main_subjects_trip() -> None:
    visit = one(
        "Border row\n\nHaving arrived in Lilongwe late on Sunday, Zambian President Mwila "
        "Banda held talks with Malawian President Chikondi Phiri on Monday."
    )
    assert (visit.roles["visitor"], visit.roles["host_state"], visit.place) == (
        "Mwila Banda",
        "MWI",
        "Lilongwe",
    )
    assert list(visit.roles["met"]) == ["Chikondi Phiri"]


def test_newly_arrived_is_active_not_a_passive_participle() -> None:
    visit = one(
        "Border row\n\nNewly arrived in Lilongwe, Zambian President Mwila Banda held talks "
        "with Malawian President Chikondi Phiri on Monday."
    )
    assert (visit.roles["visitor"], visit.roles["host_state"]) == ("Mwila Banda", "MWI")


def test_a_fronted_passive_participle_still_reads_as_passive() -> None:
    # "Welcomed in X by Y, Z said": Y welcomed Z (the guest), as before
    visit = one(
        "Border row\n\nWelcomed in Lilongwe by Malawian President Chikondi Phiri, Zambian President "
        "Mwila Banda said he hoped to settle the border row."
    )
    assert (visit.roles["visitor"], visit.roles["host_state"]) == ("Mwila Banda", "MWI")
    assert list(visit.roles["met"]) == ["Chikondi Phiri"]


def test_welcoming_a_visiting_counterpart_to_a_city_places_the_visit_there() -> None:
    visit = one(
        "Guest in Lusaka\n\nZambian President Mwila Banda welcomed his visiting Malawian counterpart "
        "Chikondi Phiri to Lusaka on Tuesday."
    )
    assert (visit.roles["visitor"], visit.roles["host_state"], visit.place) == (
        "Chikondi Phiri",
        "ZMB",
        "Lusaka",
    )
    assert list(visit.roles["met"]) == ["Mwila Banda"]


def test_talks_between_an_official_and_her_counterpart_named_after_a_comma() -> None:
    visit = one(
        "Border reopens\n\nZambia and Malawi agreed to reopen the border after talks in Lusaka "
        "between Zambian Foreign Minister Natasha Zulu and her Malawian counterpart, Grace Banda."
    )
    assert (visit.roles["visitor"], visit.roles["host_state"], visit.place) == (
        "Grace Banda",
        "ZMB",
        "Lusaka",
    )
    assert list(visit.roles["met"]) == ["Natasha Zulu"]


def test_the_visiting_minister_is_not_the_one_told_with_a_counterpart() -> None:
    # the only minister named is the host: "the visiting minister" is her counterpart, unnamed
    found = visits(
        "Patrols agreed\n\nZambia and Malawi agreed to resume joint patrols after talks in Lusaka "
        "between Foreign Minister Natasha Zulu and her Malawian counterpart. The visiting minister "
        "told reporters the patrols would start in June."
    )
    assert [e.roles["visitor"] for e in found] == []


def test_a_counterpart_named_right_after_the_phrase_is_no_later_presidents_state() -> None:
    # "his Kenyan counterpart X" names X; President Y met later on the tour is no Kenyan
    found = visits(
        "Tour ends\n\nZambian President Mwila Banda returned home on Sunday after a three-nation "
        "tour. The tour began in Nairobi on Monday, where he held talks with his Kenyan counterpart "
        "Daniel Otieno. He was in Kigali on Wednesday and in Dar es Salaam on Friday, where he met "
        "President Amina Mrisho."
    )
    by = {e.roles["host_state"]: e for e in found}
    assert set(by) == {"KEN", "RWA", "TZA"}
    assert list(by["KEN"].roles["met"]) == ["Daniel Otieno"]
    assert list(by["TZA"].roles["met"]) == ["Amina Mrisho"]


def test_when_then_minister_led_the_delegation_is_a_past_visit() -> None:
    visit = one(
        "Commission meets\n\nThe fourth joint commission was held in Lusaka in 2019, when then "
        "Foreign Minister Grace Banda led the Malawian delegation.",
        "2031-04-16",
    )
    assert (visit.roles["visitor"], visit.roles["visitor_state"], visit.roles["host_state"]) == (
        "Grace Banda",
        "MWI",
        "ZMB",
    )
    assert visit.place == "Lusaka"


def test_a_title_before_a_surname_that_is_also_a_city_is_the_person() -> None:
    visit = one(
        "Secretary Lima to Visit Japan for Commission Meeting\n\nForeign Affairs Secretary Roberto "
        "Lima will travel to Tokyo on 10 May to co-chair with Japanese Foreign Minister Taro Kono the "
        "5th meeting of the Brazil-Japan Joint Commission. Secretary Lima will also call on Prime "
        "Minister Hiro Tanaka.",
        "2031-05-01",
    )
    # the headline's "Lima" is the traveller's surname, not Peru's capital
    assert (visit.roles["visitor"], visit.roles["visitor_state"], visit.roles["host_state"]) == (
        "Roberto Lima",
        "BRA",
        "JPN",
    )
    assert list(visit.roles["met"]) == ["Taro Kono", "Hiro Tanaka"]


def test_a_capitals_official_spelling_is_the_capital() -> None:
    visit = one(
        "Minister to travel\n\nThai Foreign Minister Somchai Wong will travel to Ha Noi on 12 May "
        "for talks with Vietnamese Foreign Minister Tran Van Long.",
        "2031-05-01",
    )
    assert (visit.roles["host_state"], visit.place) == ("VNM", "Ha Noi")


def test_calling_on_a_host_in_a_city_is_a_visit_there() -> None:
    called = one(
        "Minister in Delhi\n\nNepalese Foreign Minister Hari Adhikari called on Indian Prime Minister "
        "Ravi Menon in New Delhi on Tuesday."
    )
    assert (called.roles["host_state"], called.place) == ("IND", "New Delhi")
    assert list(called.roles["met"]) == ["Ravi Menon"]
    paid = one(
        "Minister in Delhi\n\nNepalese Foreign Minister Hari Adhikari paid a courtesy call on Indian "
        "Prime Minister Ravi Menon in New Delhi on Tuesday."
    )
    assert (paid.roles["host_state"], paid.place) == ("IND", "New Delhi")
    assert list(paid.roles["met"]) == ["Ravi Menon"]


def test_calling_on_a_state_at_home_or_paying_tribute_is_no_call() -> None:
    assert not visits(
        "Appeal\n\nNepalese Foreign Minister Hari Adhikari called on India to reopen the border in "
        "a speech in Kathmandu on Tuesday."
    )
    assert not visits(
        "Tribute\n\nNepalese Foreign Minister Hari Adhikari paid tribute to the flood victims in "
        "Kathmandu on Tuesday."
    )


def test_a_royal_named_by_a_ruling_house_is_of_its_state() -> None:
    visit = one(
        "Talks at the palace\n\nHis Highness the Amir Sheikh Hamad bin Nasser Al Thani held talks "
        "in Rome today with Italian President Marco Ferri. His Highness the Amir is on a two-day "
        "state visit to the Italian Republic."
    )
    assert (visit.roles["visitor_state"], visit.roles["host_state"], visit.place) == ("QAT", "ITA", "Rome")
    assert list(visit.roles["met"]) == ["Marco Ferri"]
    # the house name alone, with no royal title, says nothing of the state
    assert not visits(
        "Talks\n\nBusinessman Hamad Al Thani held talks in Rome today with Italian President Marco Ferri."
    )


def test_the_one_accompanied_travels_from_the_accompaniers_state() -> None:
    found = visits(
        "Visit\n\nZambian Foreign Minister Natasha Zulu visited Malawi in June, when she accompanied "
        "President Mwila Banda to Lilongwe.",
        "2031-09-10",
    )
    by = {e.roles["visitor"]: e for e in found}
    assert set(by) == {"Natasha Zulu", "Mwila Banda"}
    assert (by["Mwila Banda"].roles["visitor_state"], by["Mwila Banda"].roles["host_state"]) == ("ZMB", "MWI")
    assert by["Mwila Banda"].place == "Lilongwe"


def test_a_title_with_and_set_off_before_the_name_keeps_the_name() -> None:
    visit = one(
        "Minister concludes visit\n\nChilean Foreign Minister Rosa Alvarado concluded a visit to "
        "Ireland on Friday. During her stay, Minister Alvarado held talks with the Irish Minister "
        "for Foreign Affairs, Sean Kelly. The Minister also met the Minister for Enterprise and "
        "Employment, Niamh Burke, and visited a dairy farm."
    )
    assert list(visit.roles["met"]) == ["Sean Kelly", "Niamh Burke"]


def test_remaining_in_a_state_until_a_day_is_a_stay_going_on() -> None:
    visit = one(
        "Trip cut short\n\nIrish Deputy Prime Minister Aoife Byrne opened a trade office on Monday "
        "and will remain in Kenya until Friday, officials said."
    )
    assert (visit.roles["visitor"], visit.roles["host_state"]) == ("Aoife Byrne", "KEN")
    assert visit.attributes["status"] == "ongoing"
    # remaining in office or in hospital at home is no trip
    assert not visits("Power\n\nIrish Prime Minister Aoife Byrne will remain in office until the election.")


def test_met_at_the_airport_by_an_official_is_a_reception() -> None:
    visit = one(
        "Arrival\n\nOn arrival at the airport in Lusaka, Malawian President Chikondi Phiri was met by "
        "Zambian Foreign Minister Natasha Zulu."
    )
    assert (visit.roles["visitor"], visit.roles["host_state"], visit.place) == (
        "Chikondi Phiri",
        "ZMB",
        "Lusaka",
    )
    assert list(visit.roles["met"]) == ["Natasha Zulu"]
    # met by his own family at home: no reception abroad; an active "met" is no reception
    assert not visits(
        "Home\n\nMalawian President Chikondi Phiri was met by his daughters at the airport in Lilongwe."
    )

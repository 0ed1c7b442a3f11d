"""Visit status, date and met classes found on invented probe stories (issue 9, twenty-fifth
session, helper visits38): a trip phrase in apposition on the subject under a future clause, a
verb that ends the trip dating its last day, a stated length already run out, a visitor leaving
for home, a meeting verb the clause layer did not know in the past ("conferred").

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def visits(text: str, published: str = "2033-06-08") -> list[Event]:
    """2033-06-08 is a Wednesday."""
    title, _, body = text.partition("\n\n")
    doc = diplotext.extract(f"{title}\n\n{body}", published=published)
    assert not [e for e in doc.errors if e.plugin in ("visits", "actors", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "visit"]


def one(text: str, published: str = "2033-06-08") -> Event:
    (visit,) = visits(text, published)
    return visit


def test_a_trip_in_apposition_on_the_subject_goes_on_under_a_future_clause() -> None:
    visit = one(
        "Talks on dam\n\nDUSHANBE, June 8 (Wire) - Uzbek President Farrukh Nazarov, on a three-day "
        "state visit to Tajikistan, will meet President Rustam Sharipov on Thursday."
    )
    assert visit.roles["host_state"] == "TJK"
    assert visit.attributes["status"] == "ongoing"
    assert visit.date is not None and visit.date <= "2033-06-08"
    # with a future day of its own, the trip in apposition is one to come
    ahead = one(
        "Trip set\n\nUzbek President Farrukh Nazarov, on a state visit to Tajikistan next week, "
        "will open a bridge."
    )
    assert ahead.attributes["status"] == "planned"


def test_currently_on_a_visit_in_apposition_is_ongoing_too() -> None:
    visit = one(
        "Speech due\n\nUzbek President Farrukh Nazarov, currently on a state visit to Tajikistan, "
        "is to address the parliament in Dushanbe."
    )
    assert visit.attributes["status"] == "ongoing"


def test_the_day_a_trip_is_to_be_concluded_is_its_last_day() -> None:
    # a three-day visit to end on Thursday (June 9) began on Tuesday (June 7)
    visit = one(
        "Visit ends\n\nDUSHANBE, June 8 (Wire) - Uzbek President Farrukh Nazarov, on a three-day "
        "state visit to Tajikistan, will conclude his trip on Thursday."
    )
    assert (visit.date, visit.attributes["status"]) == ("2033-06-07", "ongoing")


def test_a_trip_concluded_today_began_its_length_before() -> None:
    visit = one(
        "Visit ends\n\nDUSHANBE, June 8 (Wire) - Uzbek President Farrukh Nazarov concludes his "
        "four-day state visit to Tajikistan today."
    )
    assert (visit.date, visit.attributes["status"]) == ("2033-06-05", "ongoing")


def test_a_stated_length_run_out_ends_the_stay_whatever_later_day_is_told() -> None:
    # arrived on Saturday (June 4) for two days; the pact of Sunday is the stay's last day
    visit = one(
        "Pact signed\n\nDUSHANBE, June 8 (Wire) - Uzbek President Farrukh Nazarov, who arrived in "
        "Dushanbe on Saturday for a two-day visit, signed a water pact with President Rustam "
        "Sharipov on Sunday."
    )
    assert (visit.date, visit.attributes["status"]) == ("2033-06-04", "completed")


def test_a_day_long_visit_begun_yesterday_is_over() -> None:
    visit = one(
        "Envoy in Kabul\n\nKABUL, June 8 (Wire) - Uzbek Foreign Minister Dilnoza Rakhimova arrived "
        "in Kabul yesterday on a day-long visit and met President Jamal Wardak."
    )
    assert (visit.date, visit.attributes["status"]) == ("2033-06-07", "completed")
    # a length of something else in the arrival's clause does not end the stay
    other = one(
        "Envoy in Kabul\n\nKABUL, June 8 (Wire) - Uzbek Foreign Minister Dilnoza Rakhimova arrived "
        "in Kabul on Monday after two days of talks at home, and met President Jamal Wardak."
    )
    assert other.attributes["status"] == "ongoing"


def test_leaving_for_the_home_capital_ends_the_visit() -> None:
    visit = one(
        "Talks in Dushanbe\n\nDUSHANBE, June 8 (Wire) - Uzbek President Farrukh Nazarov met "
        "President Rustam Sharipov in Dushanbe on Wednesday. He left for Tashkent in the evening."
    )
    assert (visit.roles["host_state"], visit.attributes["status"]) == ("TJK", "completed")
    # leaving for the host's capital is the way there, no homecoming
    going = one(
        "Trip begins\n\nUzbek President Farrukh Nazarov left for Dushanbe on Wednesday. He met "
        "President Rustam Sharipov there."
    )
    assert (going.roles["host_state"], going.attributes["status"]) == ("TJK", "ongoing")


def test_conferred_with_is_a_meeting_abroad() -> None:
    visit = one(
        "Ministers confer\n\nDUSHANBE, June 8 (Wire) - Uzbek Foreign Minister Dilnoza Rakhimova "
        "conferred with Tajik Foreign Minister Parviz Karimov in Dushanbe on Wednesday."
    )
    assert visit.roles["host_state"] == "TJK"
    assert list(visit.roles["met"]) == ["Parviz Karimov"]


def test_the_leader_of_a_delegation_keeps_a_title_the_actors_layer_left_out() -> None:
    visit = one(
        "Party delegation\n\nHANOI, June 8 (Wire) - A delegation of the Communist Party of China led "
        "by Politburo member Ma Qiang arrived in Hanoi on Wednesday for a four-day visit."
    )
    assert (visit.roles["visitor"], visit.roles["visitor_state"]) == ("Ma Qiang", "CHN")
    assert visit.roles["host_state"] == "VNM"


def test_the_crown_prince_of_a_federations_city_stands_for_the_federation() -> None:
    visit = one(
        "Royal visit\n\nROME, June 8 (Wire) - Sheikh Khalifa bin Saeed Al Nahyan, Crown Prince of Abu "
        "Dhabi, met Italian Prime Minister Paolo Conti in Rome on Wednesday."
    )
    assert (visit.roles["visitor_state"], visit.roles["host_state"]) == ("ARE", "ITA")
    # a mayor of a city stands for no state by that title
    assert not visits(
        "Mayors meet\n\nROME, June 8 (Wire) - Khalid Saeed, Mayor of Abu Dhabi, met Rome's mayor "
        "Paolo Conti on Wednesday."
    )


def test_two_coordinated_titles_share_their_of_state() -> None:
    visit = one(
        "Minister in Rome\n\nROME, June 8 (Wire) - Jaber Khalid Al-Sabah, Deputy Prime Minister and "
        "Foreign Minister of Kuwait, met Italian Prime Minister Paolo Conti in Rome on Wednesday."
    )
    assert (visit.roles["visitor_state"], visit.roles["host_state"]) == ("KWT", "ITA")


def test_an_adverb_between_a_relative_pronoun_and_its_verb_is_no_subject() -> None:
    visit = one(
        "State dinner\n\nCANBERRA, June 8 (Wire) - Prime Minister Ruth Calder hosted a state dinner "
        "on Wednesday for visiting Chilean President Tomas Ibarra, who earlier met Governor-General "
        "Helen Marsh."
    )
    assert visit.roles["host_state"] == "AUS"
    assert "Helen Marsh" in visit.roles["met"]


def test_a_trip_told_only_under_a_condition_is_no_visit() -> None:
    assert not visits(
        "Premier open to trip\n\nSANTIAGO, June 8 (Wire) - Chilean President Tomas Ibarra said on "
        "Wednesday he would visit Bolivia if invited by President Mario Quispe."
    )
    # without the condition, a trip he said he would make is planned
    visit = one(
        "Premier to travel\n\nSANTIAGO, June 8 (Wire) - Chilean President Tomas Ibarra said on "
        "Wednesday he would visit Bolivia next month."
    )
    assert visit.attributes["status"] == "planned"


def test_a_trip_set_for_a_weekend_to_come_is_planned() -> None:
    visit = one(
        "Trip set\n\nSANTIAGO, June 8 (Wire) - Chilean President Tomas Ibarra's trip to Peru is "
        "scheduled for next weekend."
    )
    assert visit.roles["host_state"] == "PER"
    assert visit.attributes["status"] == "planned"


def test_the_day_the_talks_took_place_told_in_the_next_sentence_dates_the_visit() -> None:
    visit = one(
        "Talks in Lima\n\nLIMA, June 8 (Wire) - Chilean President Tomas Ibarra visited Peru for talks "
        "with President Mario Quispe. The talks took place on Monday at the government palace."
    )
    assert (visit.roles["host_state"], visit.date) == ("PER", "2033-06-06")
    # a plan: the day the talks will be held
    ahead = one(
        "Talks in Lima\n\nLIMA, June 8 (Wire) - Chilean President Tomas Ibarra will visit Peru for "
        "talks with President Mario Quispe. The talks will be held on Friday at the government palace."
    )
    assert (ahead.date, ahead.attributes["status"]) == ("2033-06-10", "planned")


def test_leaving_the_hosts_city_the_same_day_ends_the_visit() -> None:
    visit = one(
        "Brief stop\n\nLIMA, June 8 (Wire) - Chilean President Tomas Ibarra arrived in Lima on "
        "Wednesday morning and left the same evening after talks with President Mario Quispe."
    )
    assert (visit.roles["host_state"], visit.attributes["status"]) == ("PER", "completed")
    # leaving the host's capital for another of its cities goes on with the visit
    on = one(
        "Talks in Lima\n\nLIMA, June 8 (Wire) - Chilean President Tomas Ibarra met President Mario "
        "Quispe in Lima on Wednesday. He left Lima for Cusco in the afternoon."
    )
    assert (on.roles["host_state"], on.attributes["status"]) == ("PER", "ongoing")


def test_a_visitor_and_a_host_as_joint_subjects_after_an_opening_visiting_meet() -> None:
    visit = one(
        "Leaders meet\n\nLIMA, June 8 (Wire) - Visiting Chilean President Tomas Ibarra and Peruvian "
        "President Mario Quispe held talks in Lima on Wednesday."
    )
    assert visit.roles["visitor"] == "Tomas Ibarra"
    assert list(visit.roles["met"]) == ["Mario Quispe"]

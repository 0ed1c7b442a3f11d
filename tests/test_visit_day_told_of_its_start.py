"""The day of a visit told by its beginning or by a leg before it: "X's five-day visit, which
started Sunday" dates the visit from Sunday even when a later day names a talk of it; a day of
leaving for a first stop "on his way to Y" is not the day of coming to Y; a city of the host where
the visitor does something in the next sentence is the visit's place (issue 9, eighteenth
session; classes found auditing the corpus's visits).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def visits(body: str, published: str) -> list[Event]:
    doc = diplotext.extract(f"Talks\n\n{body}", published=published)
    assert not [e for e in doc.errors if e.plugin in ("visits", "actors", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "visit"]


def test_a_visit_which_started_on_a_day_dates_from_that_day() -> None:
    (visit,) = visits(
        "BEIJING, April 8 -- Chinese Premier Wang Lei told visiting French Defence Minister Paul Roux on "
        "Monday that ties were good. Roux's five-day visit, which started Sunday, shows the depth of "
        "the ties.",
        "2031-04-08",
    )
    assert (visit.roles["host_state"], visit.date) == ("CHN", "2031-04-06")


def test_the_day_of_leaving_for_a_first_stop_is_not_the_day_at_the_end_of_the_way() -> None:
    found = visits(
        "On Nov. 14, Nepalese Prime Minister Ram Thapa will leave Dhaka for Riyadh on his way to Tunis "
        "to attend a world summit that will be held in Tunis from Nov. 16 to 18.",
        "2031-11-11",
    )
    dates = {v.roles["host_state"]: v.date for v in found}
    assert dates["SAU"] == "2031-11-14"
    assert dates["TUN"] == "2031-11-16"


def test_the_city_of_a_meeting_attended_in_the_next_sentence_is_the_visits_place() -> None:
    (visit,) = visits(
        "Chinese Premier Wang Lei will pay an official visit to Thailand from Nov. 15 to 17. While in "
        "Thailand, Wang will also attend the regional leaders' meeting to be held in Bangkok from "
        "Nov. 17 to 19.",
        "2031-11-07",
    )
    assert (visit.roles["host_state"], visit.place) == ("THA", "Bangkok")


def test_first_to_arrive_on_a_weekday_was_x_arrived_on_the_last_one() -> None:
    (visit,) = visits(
        "KUWAIT CITY, Dec. 10 -- Kuwait hosts the OPEC conference in a hotel in Kuwait City under heavy "
        "security. First to arrive Friday was Algerian Energy Minister Ali Benali.",
        "2031-12-06",
    )
    assert visit.roles["host_state"] == "KWT"
    assert (visit.date, visit.attributes["status"]) == ("2031-12-05", "ongoing")


def test_a_talk_on_a_weekday_in_a_present_clause_of_the_stay_is_the_coming_one() -> None:
    (visit,) = visits(
        "Georgian Prime Minister Zurab Kvali met US Secretary of State Ann Reed on Monday. Opening a "
        "four-day stay in the US capital, which includes talks Tuesday with Vice President Carl Moss, "
        "Kvali also saw trade envoy Lisa Park.",
        "2031-12-08",
    )
    assert (visit.roles["host_state"], visit.date) == ("USA", "2031-12-08")
    assert visit.attributes["status"] == "ongoing"

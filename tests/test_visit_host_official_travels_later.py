"""Three classes of one shape of story, a visit told with what comes of it:

- an official the article gives no state, whom a visitor met on a visit, is the host state's, so
  a trip of their own told later is a visit from that state;
- "preparations (were under way) for X's visit in October" is a visit to come, dated in the
  coming October whatever the tense of the clause;
- a date inside a long "since" phrase ("his first trip since the formation of the new cabinet in
  March") starts a count; it is not the trip's."""

from __future__ import annotations

import datetime as dt

from tests.builders import date_texts, visits_of

STORY = (
    "Kenyan minister in Kampala\n\n"
    "Kenyan Foreign Minister Tom Otieno arrived in Kampala yesterday on a two-day official visit{since}.\n\n"
    "He was received at the airport by Foreign Minister Ruth Nabwire and later called on President "
    "Yoweri Kato.\n\n"
    "{later}"
)
LATER = "The ministry said preparations were under way for President Kato's state visit to Kenya in October."


def _by_visitor(since: str = "", later: str = LATER) -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for e in visits_of(STORY.format(since=since, later=later), "2031-07-29"):
        out[str(e.roles["visitor"])] = {**e.roles, "date": e.date, "status": e.attributes.get("status")}
    return out


def test_the_host_official_met_is_the_host_states_and_his_trip_a_visit() -> None:
    trips = _by_visitor()
    assert trips["Yoweri Kato"]["visitor_state"] == "UGA"
    assert trips["Yoweri Kato"]["host_state"] == "KEN"
    assert trips["Tom Otieno"]["host_state"] == "UGA"


def test_a_visit_being_prepared_is_planned_in_the_coming_month() -> None:
    kato = _by_visitor()["Yoweri Kato"]
    assert (kato["date"], kato["status"]) == ("2031-10", "planned")


def test_a_month_after_preparations_for_an_event_is_ahead() -> None:
    text = "Preparations were under way for the Kenyan president's state visit to Uganda in October."
    assert ("October", "2031-10") in date_texts(text, dt.date(2031, 7, 29))


def test_without_a_trip_of_his_own_the_host_official_only_met_the_visitor() -> None:
    trips = _by_visitor(later="The two sides signed a trade pact.")
    assert list(trips) == ["Tom Otieno"]
    assert "Yoweri Kato" in trips["Tom Otieno"]["met"]  # type: ignore[operator]


def test_a_date_in_a_long_since_phrase_is_not_the_trips() -> None:
    since = ", his first trip to the country since the formation of the new cabinet in March"
    trips = _by_visitor(since=since, later="")
    assert trips["Tom Otieno"]["date"] == "2031-07-28"
    assert len(trips) == 1

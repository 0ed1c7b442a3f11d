"""Visits: what befalls a trip, said with less common verbs, and the start of a trip told only by
its last day (issue 9, twenty-third session). Every sentence is written for the tests (invented
people, real countries)."""

from __future__ import annotations

import pytest

import diplotext
from diplotext.model import Event

PUBLISHED = "2030-03-06"  # a Wednesday


def visits(text: str, published: str = PUBLISHED) -> list[Event]:
    doc = diplotext.extract(text, published=published, layout="body")
    assert not [e for e in doc.errors if e.plugin in ("visits", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "visit"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Canadian Prime Minister Paul Roy had planned to visit India this month but the trip "
            "has been shelved.",
            "cancelled",
        ),
        ("Canadian Prime Minister Paul Roy has axed his trip to India.", "cancelled"),
        (
            "President Alma Dorsey of Ghana was forced to scrap a visit to Nigeria after flooding.",
            "cancelled",
        ),
        (
            "Kenyan President Joseph Mwangi was obliged to put off his state visit to Britain.",
            "postponed",
        ),
        (
            "The state visit to Britain by Kenyan President Joseph Mwangi has been pushed back to "
            "the autumn, palace officials said.",
            "postponed",
        ),
        ("Kenyan President Joseph Mwangi has put back his state visit to Britain.", "postponed"),
    ],
)
def test_a_trip_called_off_with_a_less_common_verb(text: str, status: str) -> None:
    (visit,) = visits(text)
    assert visit.attributes["status"] == status


def test_a_trip_the_visitor_could_be_forced_to_scrap_is_still_planned() -> None:
    """A call-off that may yet come is no call-off."""
    (visit,) = visits(
        "President Alma Dorsey of Ghana could be forced to scrap her visit to Nigeria next week."
    )
    assert visit.attributes["status"] == "planned"


def test_a_trip_that_ended_on_a_monday_began_the_week_before() -> None:
    """No length stated: the day it ended is its last day, so its start is most likely in the
    days before (the ISO week of the eve, not of the last day)."""
    (visit,) = visits("Argentine President Carlos Vega ended his visit to Chile on Monday.")
    assert visit.attributes["status"] == "completed"
    assert visit.date == "2030-W09"  # the week of Sunday 3 March; Monday 4 March opens week 10


def test_a_trip_that_ended_with_a_stated_length_counts_back() -> None:
    (visit,) = visits("Argentine President Carlos Vega ended a three-day visit to Chile on Monday.")
    assert visit.date == "2030-03-02"


def test_currently_inside_the_verb_group_keeps_the_tour_going() -> None:
    """ "is currently touring X": "currently" is an adverb inside the verb group (a time word
    elsewhere), so the tour is under way, not a noun phrase after "is"."""
    got = visits(
        "Mexican Foreign Minister Laura Rios is currently touring Central America, with stops in "
        "Guatemala and Honduras."
    )
    assert {v.roles["host_state"] for v in got} == {"GTM", "HND"}
    assert "completed" not in {v.attributes["status"] for v in got}
    assert any(v.attributes["status"] == "ongoing" for v in got)


@pytest.mark.parametrize("verb", ["returns", "travels", "heads"])
def test_the_verb_after_a_relative_clause_set_off_after_a_name(verb: str) -> None:
    """ "X, who visited Y in 2008, returns to Z on Friday": the word after the relative's closing
    comma is the name's verb (even one more often a plural noun), so the trip to come is planned
    and dated on its own day, apart from the background visit."""
    got = visits(
        f"Brazilian President Ana Costa, who visited Angola in 2019, {verb} to Luanda on Friday for "
        "a two-day visit."
    )
    current = [v for v in got if v.date == "2030-03-08"]
    assert len(current) == 1
    assert current[0].roles["host_state"] == "AGO"
    assert current[0].attributes["status"] == "planned"


def test_a_plural_noun_after_a_relative_clause_before_a_conjunction_stays_a_noun() -> None:
    """The same comma before a list ("..., returns and losses"): no verb there."""
    doc = diplotext.extract(
        "Finance Minister Lea Holm, who spoke in 2019, praised profits, returns and savings on Friday.",
        published=PUBLISHED,
        layout="body",
    )
    assert [d.value for d in doc.dates if d.text == "Friday"] == ["2030-03-01"]


def test_leaving_for_a_state_visit_begins_it_that_day() -> None:
    """ "left on Tuesday for a state visit to X", told on Wednesday: the trip began on Tuesday
    and goes on, as after an arrival (not a trip over because the verb is past)."""
    (visit,) = visits("Indonesian President Budi Santoso left on Tuesday for a state visit to South Korea.")
    assert visit.date == "2030-03-05"
    assert visit.attributes["status"] == "ongoing"


@pytest.mark.parametrize(
    "text",
    [
        "Indonesian President Budi Santoso embarked on Tuesday on a tour of South Korea and Japan.",
        "Indonesian President Budi Santoso left Jakarta on Tuesday night for a state visit to South "
        "Korea and Japan.",
    ],
)
def test_a_tour_set_out_on_yesterday_is_at_its_first_stop(text: str) -> None:
    """The first stop takes the day and goes on; the later stop is still to come."""
    got = {v.roles["host_state"]: v for v in visits(text)}
    assert got["KOR"].date == "2030-03-05"
    assert got["KOR"].attributes["status"] == "ongoing"
    assert got["JPN"].attributes["status"] == "planned"


def test_a_tour_set_out_on_weeks_ago_is_over() -> None:
    got = {
        v.roles["host_state"]: v
        for v in visits(
            "Indonesian President Budi Santoso left on February 2 for a state visit to South Korea and Japan."
        )
    }
    assert got["KOR"].date == "2030-02-02"
    assert {v.attributes["status"] for v in got.values()} == {"completed"}


def test_a_visit_begun_on_a_day_to_come_is_planned_for_that_day() -> None:
    """ "begins a visit to X on Thursday", told on a Wednesday: the present of a scheduled event
    reaches its day across the trip's own noun phrase."""
    (visit,) = visits("Crown Prince Olav of Norway begins a visit to Japan on Thursday.")
    assert visit.date == "2030-03-07"
    assert visit.attributes["status"] == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "Cuban President Raul Perez has pulled out of a visit to Brazil.",
        "Cuban President Raul Perez withdrew from a planned trip to Brazil on Tuesday.",
    ],
)
def test_pulling_out_of_a_trip_calls_it_off(text: str) -> None:
    (visit,) = visits(text)
    assert visit.attributes["status"] == "cancelled"


def test_a_withdrawal_that_may_come_leaves_the_trip_planned() -> None:
    (visit,) = visits("Cuban President Raul Perez could pull out of his visit to Brazil next week.")
    assert visit.attributes["status"] == "planned"


def test_a_postponed_visit_given_a_new_day_by_its_own_noun_is_planned_for_that_day() -> None:
    """ "has postponed his visit ... The visit will now take place on May 12": the trip noun as
    the subject of a clause dating it ahead reschedules it; the new day wins over the one put off."""
    (visit,) = visits(
        "Kenyan President Joseph Mwangi has postponed his state visit to Britain, which had been set "
        "for next week. The visit will now take place on May 12."
    )
    assert visit.attributes["status"] == "planned"
    assert visit.date == "2030-05-12"


def test_a_postponed_visit_with_no_new_day_stays_postponed() -> None:
    (visit,) = visits(
        "Kenyan President Joseph Mwangi has postponed his state visit to Britain. The visit will take "
        "place later, officials said."
    )
    assert visit.attributes["status"] == "postponed"


def test_a_visit_to_be_rescheduled_is_still_postponed() -> None:
    """ "The visit will now be rescheduled for late June": put off again, no day fixed yet."""
    (visit,) = visits(
        "Kenyan President Joseph Mwangi has postponed his state visit to Britain. Mwangi's visit will "
        "now be rescheduled for late June or early July, an official said."
    )
    assert visit.attributes["status"] == "postponed"


def test_a_participle_chain_after_the_trip_noun_leaves_the_trip_in_its_phrase() -> None:
    """ "jetted into Kenya yesterday for a two-day state visit expected to focus on trade": the
    "expected to focus" chain describes the visit (a reduced relative), so the visit stays the
    arrival's purpose and goes on."""
    (visit,) = visits(
        "Rwandan President Paul Habimana jetted into Kenya yesterday for a two-day state visit "
        "expected to focus on trade and railways."
    )
    assert visit.date == "2030-03-05"
    assert visit.attributes["status"] == "ongoing"


@pytest.mark.parametrize(
    "text",
    [
        "Ghanaian President Kofi Mensah wraps up a visit to Nigeria on Thursday.",
        "Ghanaian President Kofi Mensah will end his visit to Nigeria on Thursday.",
    ],
)
def test_a_trip_that_ends_in_the_next_days_is_going_on(text: str) -> None:
    """Told on a Wednesday, a trip ending on Thursday is under way; its last day is no start."""
    (visit,) = visits(text)
    assert visit.attributes["status"] == "ongoing"
    assert visit.date != "2030-03-07"


def test_a_trip_that_ends_weeks_ahead_is_still_planned() -> None:
    (visit,) = visits("Ghanaian President Kofi Mensah will end his visit to Nigeria on March 20.")
    assert visit.attributes["status"] == "planned"


def test_a_flight_to_the_next_leg_of_a_tour_is_planned_for_that_stop() -> None:
    """ "is scheduled to fly to Nairobi on Wednesday for the second leg of his tour": the leg is
    still to come, whatever the tour is; the stop where he is goes on."""
    doc = diplotext.extract(
        "Swiss president arrives in Ethiopia\n\nADDIS ABABA -- Swiss President Ueli Frei arrived here "
        "on Monday evening on a three-day state visit.\n\nOn Tuesday, Frei held talks with Prime "
        "Minister Abiy Tesfaye. He is scheduled to fly to Nairobi on Wednesday for the second leg of "
        "his African tour.",
        published="2030-03-05",
    )
    got = {e.roles["host_state"]: e for e in doc.events if e.type == "visit"}
    assert got["ETH"].attributes["status"] == "ongoing"
    assert got["KEN"].attributes["status"] == "planned"
    assert got["KEN"].date == "2030-03-06"


def test_on_the_first_stop_of_a_tour_the_stop_is_now() -> None:
    (visit,) = visits(
        "Swiss President Ueli Frei, on the first stop of an African tour, planned to meet Kenyan "
        "President Daniel Kiptoo in Nairobi."
    )
    assert visit.attributes["status"] == "ongoing"


def test_a_host_state_welcoming_a_visitor_for_a_visit_starting_on_a_day() -> None:
    """ "Japan will welcome X for a three-day visit starting April 20": the event-phase participle
    tells of the visit, not of the whole object with its phrase, so X stays the welcome's object."""
    doc = diplotext.extract(
        "Japan will welcome Indian Prime Minister Ravi Menon for a three-day visit starting April 20.",
        published="2030-04-09",
        layout="body",
    )
    (visit,) = [e for e in doc.events if e.type == "visit"]
    assert visit.roles["host_state"] == "JPN"
    assert visit.attributes["status"] == "planned"

"""A stay begun on an earlier day, whose stop is told in the past on the day of publication, is
going on ("arrived on Friday ... on Sunday visited a shipyard", told on Sunday); an arrival still
awaited ("has not yet arrived", "has yet to arrive") is a visit to come, not one under way (issue
9, twenty-second session, helper status32; classes found auditing the corpus's visit statuses).

Every sentence here is written for the tests (invented people, real countries and cities)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event

SUNDAY = "2031-04-13"


def visits(body: str, published: str = SUNDAY) -> list[Event]:
    doc = diplotext.extract(f"Talks\n\n{body}", published=published)
    assert not [e for e in doc.errors if e.plugin in ("visits", "actors", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "visit"]


_STOPS = (
    "Indonesian Trade Minister Arief Wicaksana on Sunday visited Kobe, a port city in western Japan{way}.\n\n"
    "In Kobe, Wicaksana visited a shipyard and a museum of earthquake history.\n\n"
    "Wicaksana began his official visit to Japan on April 8."
)


def test_a_stop_told_on_the_day_of_publication_of_a_stay_begun_before_goes_on() -> None:
    (visit,) = visits(_STOPS.format(way=""))
    assert (visit.roles["visitor"], visit.roles["host_state"]) == ("Arief Wicaksana", "JPN")
    assert visit.attributes["status"] == "ongoing"
    assert visit.date == "2031-04-08"  # the stay's first day, not the day of the stop
    # told with a way home that day, the stop is the stay's last: over
    (home,) = visits(_STOPS.format(way=", before flying home to Jakarta"))
    assert home.attributes["status"] == "completed"


def test_a_stop_today_after_an_arrival_in_another_city_the_day_before_goes_on() -> None:
    (visit,) = visits(
        "Indonesian Trade Minister Arief Wicaksana on Sunday visited Kobe, a port city in western Japan.\n\n"
        "In Kobe, Wicaksana visited a shipyard and a museum of earthquake history.\n\n"
        "Wicaksana arrived in Osaka on Saturday after stops in Tokyo and Nagoya."
    )
    assert visit.roles["host_state"] == "JPN"
    assert visit.attributes["status"] == "ongoing"
    # a flying visit told alone, with no stay begun before, is over by the news of it
    (flying,) = visits(
        "Indonesian Trade Minister Arief Wicaksana paid a flying visit to Kobe, Japan on Sunday."
    )
    assert flying.attributes["status"] == "completed"


def test_an_arrival_not_yet_made_is_a_visit_to_come() -> None:
    (visit,) = visits(
        "Chilean President Marta Olivares has not yet arrived in Nairobi. Her spokesman says she "
        "will land on Monday."
    )
    assert (visit.roles["visitor"], visit.roles["host_state"]) == ("Marta Olivares", "KEN")
    assert visit.attributes["status"] == "planned"
    # one that did not happen by a day told is no visit at all
    assert not visits("Chilean President Marta Olivares had not arrived in Nairobi by Saturday evening.")


def test_an_arrival_yet_to_come_is_a_visit_to_come() -> None:
    (visit,) = visits("Chilean President Marta Olivares has yet to arrive in Nairobi for the summit.")
    assert (visit.roles["visitor"], visit.roles["host_state"]) == ("Marta Olivares", "KEN")
    assert visit.attributes["status"] == "planned"
    (done,) = visits("Chilean President Marta Olivares arrived in Nairobi on Saturday for the summit.")
    assert done.attributes["status"] == "ongoing"

"""The day of a visit told with no time of its own, from the visitor's own dated clause before it
("X said Saturday. ... X, ending a two-day visit, called Y ready") — never from a clause of another
trip, another leg of a tour, or a plan (issue 9, seventeenth session; a class found auditing the
corpus's visit dates).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def visits(body: str, published: str = "2031-04-12") -> list[Event]:
    """2031-04-12 is a Saturday."""
    doc = diplotext.extract(f"Army ready\n\nWARSAW, April 12 (Wire) - {body}", published=published)
    assert not [e for e in doc.errors if e.plugin in ("visits", "actors", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "visit"]


def test_an_undated_visit_takes_the_day_the_visitor_spoke_before_it() -> None:
    (visit,) = visits(
        "Poland is ready for the exercise, German Defence Minister Karl Weber said Saturday. "
        "The drill starts in May. Troops from four states will take part. "
        "Weber, ending a two-day visit, praised the Polish army."
    )
    # a two-day visit that ended on Saturday began on Friday
    assert (visit.roles["host_state"], visit.date) == ("POL", "2031-04-11")
    assert visit.attributes["status"] == "completed"


def test_a_stay_told_by_the_visitors_remarks_is_dated_by_them() -> None:
    (visit,) = visits(
        "German Defence Minister Karl Weber praised Polish troops on Friday. "
        "Weber, on a two-day visit to Poland, said the army was ready."
    )
    assert visit.date == "2031-04-11"


def test_another_legs_day_or_an_earlier_stay_gives_no_day() -> None:
    found = visits(
        "German Defence Minister Karl Weber praised Polish troops on Saturday. "
        "Weber, who came to Poland from Lithuania, said the army was ready."
    )
    (earlier,) = [v for v in found if v.roles["host_state"] == "LTU"]
    assert earlier.attributes["status"] == "completed"
    assert earlier.date != "2031-04-12"


def test_a_time_of_a_relative_on_the_visitor_is_not_the_visits() -> None:
    doc = diplotext.extract(
        "Ties\n\nKenya praised Chile on Monday and announced to visiting Chilean Trade Minister Rosa "
        "Vidal that Kenya would sign the pact before the end of the year.",
        published="2031-04-12",
    )
    (visit,) = [e for e in doc.events if e.type == "visit"]
    assert visit.roles["host_state"] == "KEN"
    assert visit.date != "2031"


def test_the_day_a_visit_was_started_is_its_date_and_the_latest_day_keeps_it_going() -> None:
    found = visits(
        "Chilean President Rosa Vidal arrived in Krakow on Friday and started a two-day tour of the "
        "south. Vidal kicked off her state visit to Poland on April 6.",
        published="2031-04-12",
    )
    (visit,) = [v for v in found if v.roles["host_state"] == "POL"]
    assert (visit.date, visit.attributes["status"]) == ("2031-04-06", "ongoing")


def test_an_earlier_stop_of_the_current_tour_is_over() -> None:
    found = visits(
        "Polish Foreign Minister Karl Weber arrived in Hanoi on Friday. The loan had been discussed "
        "with bank officials in Jakarta in an earlier stop on his present Asian tour.",
        published="2031-04-12",
    )
    (indonesia,) = [v for v in found if v.roles["host_state"] == "IDN"]
    assert indonesia.attributes["status"] == "completed"

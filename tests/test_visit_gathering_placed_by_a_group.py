"""A gathering placed by a group meeting in a city ("Oil ministers of the cartel were meeting in
Accra on Thursday") is placed as a gathering's own phrase would place it: an official later told
"after the meeting" or "on the sidelines of the meeting" was there, on the day of the gathering
when the clause names none. A bare plural with an "of" phrase opening a clause is its subject."""

from __future__ import annotations

from tests.builders import visits_of
from tests.test_clause_coordination import clause_of


def _trips(body: str) -> list[tuple[object, ...]]:
    return [
        (e.roles["visitor"], e.roles["host_state"], e.place, e.date)
        for e in visits_of("Ministers meet\n\n" + body, "2031-05-09")
    ]


def test_told_after_a_meeting_a_group_held_in_a_city() -> None:
    body = (
        "Oil ministers of the cartel were meeting in Accra on Thursday to discuss output.\n\n"
        '"We see a consensus," Iranian Oil Minister Reza Tabari told reporters after the meeting.'
    )
    assert _trips(body) == [("Reza Tabari", "GHA", "Accra", "2031-05-08")]


def test_on_the_sidelines_of_the_meeting() -> None:
    body = (
        "Oil ministers were meeting in Accra on Thursday.\n\n"
        "Speaking on the sidelines of the meeting, Iranian Oil Minister Reza Tabari said a cut was likely."
    )
    assert [t[:3] for t in _trips(body)] == [("Reza Tabari", "GHA", "Accra")]


def test_a_meeting_of_named_people_places_no_gathering() -> None:
    body = (
        "Kenyan President Tom Otieno met aides in Accra on Thursday.\n\n"
        "Iranian Oil Minister Reza Tabari told reporters after the meeting that a cut was near."
    )
    assert [t[0] for t in _trips(body)] == ["Tom Otieno"]


def test_a_bare_plural_with_an_of_phrase_opens_the_clause() -> None:
    text = "Oil ministers of the cartel were meeting in Accra on Thursday."
    subject = clause_of(text, "meet").subject
    assert subject is not None
    assert text[subject.start : subject.end] == "Oil ministers of the cartel"

"""A tour told before its stops ("sets off on a three-nation tour next week ... will visit A, B
and C") dates each stop, and so does one whose stops a participle tells ("will set off on a
three-nation Gulf tour next week, visiting A, B and C"); a singular name after an article takes no
base verb ("a Gulf tour" is a noun)."""

from __future__ import annotations

from tests.builders import visits_of
from tests.test_clause_coordination import clause_of


def test_each_stop_of_a_planned_tour_has_its_time() -> None:
    text = (
        "Gulf tour\n\nTurkish President Ali Kaya will set off on a three-nation Gulf tour next week, "
        "visiting Saudi Arabia, Qatar and Kuwait."
    )
    trips = {e.roles["host_state"]: (e.date, e.attributes["status"]) for e in visits_of(text, "2031-05-06")}
    assert trips == dict.fromkeys(("SAU", "QAT", "KWT"), ("2031-W20", "planned"))


def test_a_name_after_an_article_is_no_subject_of_a_base_verb() -> None:
    text = "He will set off on a three-nation Gulf tour next week."
    clause = clause_of(text, "set off")
    assert [text[a.phrase.start : a.phrase.end] for a in clause.args if a.role == "pp"] == [
        "a three-nation Gulf tour"
    ]


def test_a_tour_told_before_its_stops_dates_each_stop() -> None:
    text = (
        "Gulf tour\n\nTurkish President Ali Kaya sets off on a three-nation Gulf tour next week.\n\n"
        "The presidency says Kaya will visit Saudi Arabia, Qatar and Kuwait."
    )
    trips = {e.roles["host_state"]: e.date for e in visits_of(text, "2031-05-06")}
    assert trips == dict.fromkeys(("SAU", "QAT", "KWT"), "2031-W20")


def test_touring_a_plant_is_no_tour_of_the_stops() -> None:
    text = (
        "Leader in Europe\n\nChinese Premier Li Wen was due to tour a satellite plant on Wednesday as he "
        "wraps up a visit to France. He will then travel to Spain and Portugal."
    )
    dates = {e.roles["host_state"]: e.date for e in visits_of(text, "2031-05-06")}
    assert dates.get("ESP") != "2031-05-07"

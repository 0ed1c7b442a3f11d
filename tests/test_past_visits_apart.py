"""Past visits told together: "attended the APEC meeting in Shanghai in October 2001, and paid a
working visit to China in March 2002" are two visits, each with its own date and city; a time of
another event after the trip noun ("his first visit after the 1989 collapse") dates no visit
(issue 9, seventeenth session; classes found auditing the corpus's visits).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def visits(body: str, published: str = "2031-04-11") -> list[Event]:
    doc = diplotext.extract(f"Ties\n\n{body}", published=published)
    assert not [e for e in doc.errors if e.plugin in ("visits", "actors", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "visit"]


def test_two_past_visits_to_one_state_told_in_one_sentence_are_two_events() -> None:
    found = visits(
        "Chilean President Rosa Vidal attended the APEC meeting in Shanghai in October 2021, and paid a "
        "three-day working visit to China in March 2023."
    )
    assert sorted((v.date, v.roles["host_state"]) for v in found) == [("2021-10", "CHN"), ("2023-03", "CHN")]
    assert {v.date: v.place for v in found} == {"2021-10": "Shanghai", "2023-03": None}
    assert all(v.attributes["status"] == "completed" for v in found)


def test_one_past_visit_told_by_a_year_and_its_month_is_one_event() -> None:
    found = visits(
        "Chilean President Rosa Vidal visited China in 2023. In March 2023 she met Premier Li Wen in Beijing."
    )
    assert [v.roles["host_state"] for v in found] == ["CHN"]


def test_a_time_after_the_trip_noun_of_another_event_is_not_the_visits() -> None:
    found = visits(
        "Crowds greeted Pope Leo in 2025 on his first trip to a Baltic capital after "
        "the 2019 election of a new government."
    )
    assert all(v.date != "2019" for v in found)


def test_a_name_before_meeting_after_a_determiner_makes_a_noun() -> None:
    text = "Ties\n\nChilean President Rosa Vidal attended the APEC meeting in Lima on Friday."
    doc = diplotext.extract(text, published="2031-04-11")
    (visit,) = [e for e in doc.events if e.type == "visit"]
    assert (visit.roles["host_state"], visit.place) == ("PER", "Lima")


def test_a_past_trip_to_a_region_is_no_second_visit_to_the_state_of_the_trip_to_come() -> None:
    found = visits(
        "Chilean President Rosa Vidal will travel to Portugal next week. She last travelled to Europe "
        "in March 2030, when she attended a conference in Madrid.",
        published="2031-04-11",
    )
    assert [v.attributes["status"] for v in found if v.roles["host_state"] == "PRT"] == ["planned"]

"""Visits told across sentences and paragraphs (issue 9, twenty-third session, helper visits35).
Every sentence is written for the tests (invented people, real countries)."""

from __future__ import annotations

import pytest

import diplotext
from diplotext.model import Event

PUBLISHED = "2030-03-06"  # a Wednesday


def visits(text: str, published: str = PUBLISHED) -> list[Event]:
    doc = diplotext.extract(text, published=published, layout="body")
    assert not [e for e in doc.errors if e.plugin in ("visits", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "visit"]


def at(events: list[Event], place: str) -> Event:
    found = [e for e in events if e.place == place]
    assert len(found) == 1, [(e.place, e.date, e.attributes.get("status")) for e in events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        (
            "President Daniel Otieno of Kenya has been on a tour of East Africa since Saturday.\n\n"
            "He was in Kigali on Sunday.\n\nHe will wind up the tour in Kampala on Thursday.",
            "Kampala",
            "2030-03-07",
        ),
        (
            "Norwegian Foreign Minister Lars Dahl has been touring Southeast Asia since Sunday.\n\n"
            "Dahl concludes his tour in Jakarta on Friday.",
            "Jakarta",
            "2030-03-08",
        ),
        (
            "Norwegian Foreign Minister Lars Dahl is on a tour of Asia. He will end the tour in "
            "Manila on Thursday.",
            "Manila",
            "2030-03-07",
        ),
    ],
)
def test_a_tour_ending_at_a_place_in_the_next_days_is_a_stop_still_to_come(
    text: str, place: str, date: str
) -> None:
    stop = at(visits(text), place)
    assert stop.attributes["status"] == "planned"
    assert stop.date == date


def test_a_visit_wrapped_up_in_the_next_days_still_goes_on() -> None:
    (visit,) = visits("Norwegian Foreign Minister Lars Dahl wraps up a visit to Vietnam on Friday.")
    assert visit.attributes["status"] == "ongoing"


def story(title: str, body: str, published: str = PUBLISHED) -> list[Event]:
    doc = diplotext.extract_record({"title": title, "text": body, "published": published})
    assert not [e for e in doc.errors if e.plugin in ("visits", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "visit"]


@pytest.mark.parametrize(
    ("title", "body", "place", "date"),
    [
        (
            "Bolivian leader in Havana",
            "LA PAZ - President Luis Mamani of Bolivia was hosted by Cuban leaders in Havana last "
            "week.\n\nMamani arrived there on February 26 and stayed four days.",
            "Havana",
            "2030-02-26",
        ),
        (
            "Peruvian minister in Seoul",
            "LIMA - Foreign Minister Carla Huaman was received in Seoul by South Korean leaders "
            "last week.\n\nShe arrived there on February 27 with a trade delegation.",
            "Seoul",
            "2030-02-27",
        ),
    ],
)
def test_an_arrival_there_dates_the_visit_placed_by_the_sentence_before(
    title: str, body: str, place: str, date: str
) -> None:
    visit = at(story(title, body), place)
    assert visit.date == date


@pytest.mark.parametrize(
    ("title", "body", "place", "date"),
    [
        (
            "Fijian leader in Wellington",
            "SUVA - Prime Minister Sitiveni Naqara of Fiji held talks in Wellington this week with "
            "New Zealand's prime minister.\n\nNaqara arrived on Monday and flies home on Thursday.",
            "Wellington",
            "2030-03-04",
        ),
        (
            "Bolivian leader in Havana",
            "LA PAZ - President Luis Mamani of Bolivia was hosted by Cuban leaders in Havana last "
            "week.\n\nMamani, who arrived on February 26, stayed four days.",
            "Havana",
            "2030-02-26",
        ),
    ],
)
def test_an_arrival_naming_no_place_in_a_story_datelined_at_home_is_at_the_place_told_before(
    title: str, body: str, place: str, date: str
) -> None:
    visit = at(story(title, body), place)
    assert visit.date == date


@pytest.mark.parametrize(
    ("text", "published", "place", "date"),
    [
        (
            "Egyptian Foreign Minister Samir Fahmy will travel to Kuwait on Sunday after visiting "
            "Riyadh on Tuesday.",
            "2030-03-08",  # a Friday
            "Riyadh",
            "2030-03-05",
        ),
        (
            "Egyptian Foreign Minister Samir Fahmy will wind up a Gulf tour in Kuwait on Sunday, "
            "after visiting Doha this week.",
            "2030-03-08",
            "Doha",
            "2030-W10",
        ),
    ],
)
def test_a_stop_after_which_a_plan_comes_is_done_when_its_day_is_gone_by(
    text: str, published: str, place: str, date: str
) -> None:
    stop = at(visits(text, published), place)
    assert stop.attributes["status"] == "completed"
    assert stop.date == date


@pytest.mark.parametrize(
    "going_home",
    ["was due to fly home today", "was scheduled to return home on Thursday"],
)
def test_a_return_home_told_as_due_for_a_day_not_gone_by_keeps_the_visit_going(
    going_home: str,
) -> None:
    (visit,) = visits(
        "Prime Minister Sitiveni Naqara of Fiji held talks in Wellington on Friday with New "
        f"Zealand's prime minister.\n\nNaqara arrived on Friday and {going_home}.",
        "2030-03-06",
    )
    assert visit.date == "2030-03-01"
    assert visit.attributes["status"] == "ongoing"

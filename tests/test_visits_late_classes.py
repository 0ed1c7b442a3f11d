"""Visit statuses and dates of the twenty-seventh session (helper visits43): a visit going on
"until" a day, a background visit "a week" before the news, and a past "was expected" with a
weekday. Every article is invented for the tests (invented people, real places)."""

from __future__ import annotations

import datetime as dt

import diplotext
from diplotext.extractors.dates import find_dates
from diplotext.model import Event


def visits(text: str, published: str) -> list[Event]:
    doc = diplotext.extract(text, published=published, layout="body")
    assert not [e for e in doc.errors if e.plugin in ("visits", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "visit"]


def one(text: str, published: str, host: str) -> Event:
    found = [e for e in visits(text, published) if e.roles["host_state"] == host]
    assert len(found) == 1, found
    return found[0]


# ------------------------------------------------------------ "is visiting X until Friday"


def test_visiting_until_a_day_is_ongoing_and_dated_by_the_news() -> None:
    # told on a Tuesday: the visit goes on now; Friday is its end, not its date
    e = one(
        "Norwegian Trade Minister Eva Lundmark is visiting Ghana until Sunday, her ministry said.",
        "2031-04-08",
        "GHA",
    )
    assert e.attributes["status"] == "ongoing"
    assert e.date == "2031-04-08"


def test_visiting_from_a_day_until_another_stays_planned() -> None:
    e = one(
        "Norwegian Trade Minister Eva Lundmark is visiting Ghana from Thursday until Sunday, "
        "her ministry said.",
        "2031-04-08",
        "GHA",
    )
    assert e.attributes["status"] == "planned"
    assert e.date == "2031-04-10"


# ------------------------------------------------------------ "comes a week after X was in Y"


def test_a_week_after_a_verb_in_s_is_a_length_not_a_rate() -> None:
    text = "The summit follows a week after the vote. The ferry runs 700 crossings a week."
    found = [t.text for t in find_dates(text, dt.date(2031, 4, 9))]
    assert found == ["a week"]


def test_a_visit_a_week_before_a_trip_that_comes_after_it() -> None:
    found = visits(
        "The Danish envoy Jens Mollerup arrived in Latvia on Wednesday. The trip comes a week after "
        "Finnish President Aarni Kettunen was in Riga for talks on energy.",
        "2031-04-09",
    )
    (e,) = [e for e in found if e.roles["visitor"] == "Aarni Kettunen"]
    assert e.date == "2031-04-02"


# ------------------------------------------------------------ "was expected in Lima on Tuesday"


def test_was_expected_on_a_weekday_is_the_weekday_just_gone() -> None:
    # told on a Wednesday: Tuesday was the day before
    e = one(
        "Chilean Trade Minister Olga Prentiss was expected in Lima on Tuesday for talks with "
        "Peruvian officials, the ministry said.",
        "2031-04-09",
        "PER",
    )
    assert e.date == "2031-04-08"
    assert e.attributes["status"] == "completed"


def test_was_due_on_a_weekday_is_the_weekday_just_gone() -> None:
    e = one(
        "Chilean Trade Minister Olga Prentiss was due in Lima on Tuesday for talks with Peruvian "
        "officials, the ministry said.",
        "2031-04-09",
        "PER",
    )
    assert e.date == "2031-04-08"


def test_is_expected_on_a_weekday_keeps_the_coming_one() -> None:
    e = one(
        "Chilean Trade Minister Olga Prentiss is expected in Lima on Tuesday for talks with "
        "Peruvian officials, the ministry said.",
        "2031-04-09",
        "PER",
    )
    assert e.date == "2031-04-15"
    assert e.attributes["status"] == "planned"


# ------------------------------------------------------------ same-day past trips


def test_a_surprise_visit_made_the_day_of_the_news_is_completed() -> None:
    # "made/paid a visit" is the other past: done, even told the same day (an arrival is not)
    for verb in ("made a surprise visit to", "paid a surprise visit to", "visited"):
        e = one(
            f"French President Marc Delannoy {verb} Kabul on Wednesday, meeting troops at a base.",
            "2031-04-09",
            "AFG",
        )
        assert (e.date, e.attributes["status"]) == ("2031-04-09", "completed"), verb
    e = one(
        "French President Marc Delannoy arrived in Kabul on Wednesday, meeting troops at a base.",
        "2031-04-09",
        "AFG",
    )
    assert (e.date, e.attributes["status"]) == ("2031-04-09", "ongoing")


# ------------------------------------------------------------ "will instead visit Quito"


def test_a_visit_instead_of_a_cancelled_one_is_planned() -> None:
    found = visits(
        "Argentine Foreign Minister Hugo Ferrandez cancelled his trip to Lima and will instead "
        "visit Quito next week, his spokesman said.",
        "2031-04-09",
    )
    status = {e.place: e.attributes["status"] for e in found}
    assert status == {"Lima": "cancelled", "Quito": "planned"}


def test_instead_inside_the_verb_group_keeps_the_subject() -> None:
    (e,) = visits(
        "Argentine Foreign Minister Hugo Ferrandez will instead visit Quito next week, his spokesman said.",
        "2031-04-09",
    )
    assert e.roles["visitor"] == "Hugo Ferrandez"
    assert e.attributes["status"] == "planned"


# ------------------------------------------------------------ "the PM" for the prime minister


def test_the_pm_refers_back_to_the_prime_minister() -> None:
    found = visits(
        "Czech Prime Minister Lenka Ostrovska arrived in Warsaw on Monday for talks. From Warsaw "
        "the PM will fly to Budapest on Wednesday.",
        "2031-04-07",
    )
    (e,) = [e for e in found if e.place == "Budapest"]
    assert e.roles["visitor"] == "Lenka Ostrovska"
    assert (e.date, e.attributes["status"]) == ("2031-04-09", "planned")


def test_the_pm_is_a_mention_but_a_clock_pm_is_not() -> None:
    text = (
        "Czech Prime Minister Lenka Ostrovska met students in Brno. The 3 PM session ran late, "
        "and a vote is due at 5 PM. The PM left afterwards."
    )
    doc = diplotext.extract(text, published="2031-04-07", layout="body")
    (person,) = [a for a in doc.actors if a.kind == "person"]
    pm = [text[s:e] for s, e in person.mentions if "PM" in text[s:e]]
    assert pm == ["The PM"]
    assert all(s > text.index("5 PM") for s, e in person.mentions if "PM" in text[s:e])


def test_was_expected_on_the_next_day_stays_a_plan() -> None:
    # told on a Wednesday: the Thursday ahead is nearer than the one gone by
    e = one(
        "Chilean Trade Minister Olga Prentiss was expected in Lima on Thursday for talks with "
        "Peruvian officials, the ministry said.",
        "2031-04-09",
        "PER",
    )
    assert (e.date, e.attributes["status"]) == ("2031-04-10", "planned")

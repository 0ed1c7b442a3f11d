"""Visits told without a trip verb: an official who is in a country on business, at a gathering
placed abroad, or met by a host at home (issue 9).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def article_visits(text: str, published: str = "2031-04-09") -> list[Event]:
    """An article's visits; 2031-04-09 is a Wednesday."""
    doc = diplotext.extract(text, published=published)
    assert not [e for e in doc.errors if e.plugin in ("visits", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "visit"]


# ------------------------------------------------ "is in Norway to attend", "was in Peru for talks"


def test_being_in_a_country_to_attend_a_meeting_is_a_visit_there() -> None:
    (visit,) = article_visits(
        "Kenyan Trade Minister Amos Kiprono, who is in Norway to attend a conference on fisheries, "
        "said on Tuesday that exports would grow."
    )
    assert (visit.roles["visitor_state"], visit.roles["host_state"]) == ("KEN", "NOR")
    assert visit.roles["visitor"] == "Amos Kiprono"


def test_being_in_a_country_for_talks_is_a_visit_there() -> None:
    (visit,) = article_visits("Ghanaian Foreign Minister Efua Boateng was in Peru for talks on Monday.")
    assert (visit.roles["visitor_state"], visit.roles["host_state"]) == ("GHA", "PER")
    assert visit.date == "2031-04-07"


def test_being_in_a_country_with_no_stated_business_or_for_private_ends_is_no_visit() -> None:
    for text in (
        "Ghanaian Foreign Minister Efua Boateng was in Peru in 1990 as a student.",
        "Ghanaian Foreign Minister Efua Boateng was in Peru for medical treatment last week.",
        "Ghanaian Foreign Minister Efua Boateng is in talks with Peru to meet a deadline.",
    ):
        assert article_visits(text) == [], text


# ------------------------------------------------ a central bank's governor


def test_a_central_bank_governor_is_an_official_of_the_bank_s_state() -> None:
    for text in (
        "Ms Ilse Brandt, the Austrian central bank governor, attended a meeting of bankers in Oslo on "
        "Monday.",
        "Austrian central bank chief Ilse Brandt attended a meeting of bankers in Oslo on Monday.",
    ):
        (visit,) = article_visits(text)
        assert (visit.roles["visitor_state"], visit.roles["host_state"]) == ("AUT", "NOR")
        assert visit.place == "Oslo"


# ------------------------------------------------ "stressed the point at a forum in Oslo"


def test_a_statement_at_an_occasion_held_in_a_city_abroad_places_its_speaker_there() -> None:
    for text in (
        "Kenyan Trade Minister Amos Kiprono stressed those fears on Monday at a business forum in Oslo.",
        "Kenyan Trade Minister Amos Kiprono voiced his doubts at an event in Oslo on Monday.",
        "Kenyan Trade Minister Amos Kiprono warned in Oslo on Monday that prices would rise.",
    ):
        (visit,) = article_visits(text)
        assert (visit.roles["host_state"], visit.place, visit.date) == ("NOR", "Oslo", "2031-04-07"), text


def test_a_statement_about_something_in_a_city_places_nobody_there() -> None:
    for text in (
        "Kenyan Trade Minister Amos Kiprono condemned the bombing in Oslo on Monday.",
        "Kenyan Trade Minister Amos Kiprono warned of unrest in Oslo on Monday.",
        "Kenyan Trade Minister Amos Kiprono praised the new port in Oslo on Monday.",
    ):
        assert article_visits(text) == [], text


def test_a_roundup_s_official_after_a_fronted_city_is_of_that_city_s_state() -> None:
    visits = article_visits(
        "NAIROBI, April 9 (AFP) - Kenya voted on Wednesday. In Oslo, Trade Minister Ola Berg said "
        "that Norway would send observers to Kenya."
    )
    assert visits == []  # the minister is Norway's, at home: no Kenyan visit to Norway

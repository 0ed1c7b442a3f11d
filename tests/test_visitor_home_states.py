"""Where a traveller of no stated state is from: the city they go back to, the dateline state of an
official who sets off abroad just after the lead, and a dateline standing alone on its line
(issue 9, sixteenth session).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def visits(text: str, published: str = "2031-04-09") -> list[Event]:
    doc = diplotext.extract(text, published=published)
    assert not [e for e in doc.errors if e.plugin in ("visits", "actors", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "visit"]


def test_the_city_a_traveller_goes_back_to_is_home() -> None:
    for back in (
        "Kask is due back in Tallinn on Friday morning.",
        "Kask will fly back to Tallinn on Friday.",
        "Kask returns to Tallinn on Friday.",
    ):
        text = (
            "Talks in Warsaw\n\nPrime Minister Mart Kask is in Warsaw on Thursday for talks with "
            f"Polish Prime Minister Jan Zielinski. {back}"
        )
        (visit,) = visits(text, published="2031-04-10")
        assert (visit.roles["visitor"], visit.roles["visitor_state"], visit.roles["host_state"]) == (
            "Mart Kask",
            "EST",
            "POL",
        ), back


def test_an_official_setting_off_abroad_right_after_the_lead_is_the_datelines() -> None:
    (visit,) = visits(
        "Minister to visit\n\nISLAMABAD: The country's top diplomat is set to travel to China this week.\n\n"
        "Foreign Minister Imran Sadiq will fly to Beijing on Monday for a three-day visit, "
        "a spokesperson said."
    )
    assert (visit.roles["visitor"], visit.roles["visitor_state"], visit.roles["host_state"]) == (
        "Imran Sadiq",
        "PAK",
        "CHN",
    )
    assert visit.attributes["status"] == "planned"


def test_a_dateline_alone_on_its_line() -> None:
    doc = diplotext.extract("Guest welcomed\n\nANKARA\n\nPresident Okan Demir on Friday welcomed a guest.")
    assert doc.article.dateline == "Ankara"
    assert doc.article.body.startswith("President Okan Demir")
    for label in ("UPDATE", "BRIEFS"):
        doc = diplotext.extract(
            f"Guest welcomed\n\n{label}\n\nPresident Okan Demir on Friday welcomed a guest."
        )
        assert doc.article.dateline is None, label


def test_a_home_official_of_an_alone_dateline_visits_abroad() -> None:
    (visit,) = visits(
        "Guest welcomed\n\nANKARA\n\nThe president spoke of trade on Friday.\n\n"
        "Defence Minister Okan Demir visited Mogadishu in January to inspect a training camp.",
        published="2031-04-11",
    )
    assert (visit.roles["visitor_state"], visit.roles["host_state"], visit.date) == ("TUR", "SOM", "2031-01")


def test_the_capital_a_description_stands_for_is_spelt_as_the_article_spells_it() -> None:
    from diplotext import geo

    assert geo.capital_spellings("UKR") == ("Kiev", "Kyiv")
    for spelling in ("Kyiv", "Kiev"):
        (visit,) = visits(
            f"Visit\n\n{spelling.upper()} - Polish President Jan Morawa arrived in the Ukrainian capital on "
            "Wednesday on an unannounced visit."
        )
        assert (visit.roles["host_state"], visit.place) == ("UKR", spelling)


def test_the_leads_subject_beside_a_counterpart_of_the_datelines_state_is_the_guest() -> None:
    (visit,) = visits(
        "Talks in Pretoria\n\nBy Ada Obi, Pretoria\n\nPresident Tunde Bello and his South African "
        "counterpart, Sipho Dlamini, pledged on Tuesday to work together.\n\nThe Nigerian leader, who "
        "departed Abuja on Monday for a three-day state visit, was received at the Union Buildings. "
        "Bello will fly back to Abuja on Thursday.",
    )
    assert (visit.roles["visitor"], visit.roles["visitor_state"], visit.roles["host_state"]) == (
        "Tunde Bello",
        "NGA",
        "ZAF",
    )

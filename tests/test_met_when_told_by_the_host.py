"""Meetings told by the host's words: "... in farming, roads, trade and power, said President X
here Tuesday when meeting with Y" (a reporting verb after a comma list has the name after it for
subject); the day of that meeting is a day of Y's stay, so a stay begun four days before goes on;
a meeting "here" in a datelined story is at the dateline's place, no part of another trip; members
of a delegation met stand for its leader; backing won from a host official was won in person
(issue 9, eighteenth session; classes found auditing the corpus's visits).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

from tests.builders import visits_of

import diplotext
from diplotext.syntax import parse

visits = visits_of


LIST_THEN_SAID = (
    "China and Malawi should enhance cooperation in farming, roads, trade and power, said Chinese "
    "President Wang Lei here Tuesday when meeting with Malawian President John Banda."
)


def test_a_reporting_verb_after_a_comma_list_has_the_name_after_it_for_subject() -> None:
    doc = diplotext.extract(f"Ties\n\n{LIST_THEN_SAID}", published="2031-11-04", plugins=["actors", "dates"])
    layer = parse(doc.article, doc.actors, doc.dates)
    said = next(c for c in layer.in_sentence(0) if c.predicate.lemma == "say")
    assert said.subject is not None
    assert doc.text[said.subject.start : said.subject.end] == "Chinese President Wang Lei"


def test_the_host_meeting_the_visitor_on_the_saying_day_keeps_the_stay_going() -> None:
    (visit,) = visits(f"Ties\n\n{LIST_THEN_SAID}\nBanda arrived in China last Friday.", "2031-11-04")
    assert (visit.roles["visitor"], visit.roles["host_state"]) == ("John Banda", "CHN")
    assert visit.roles["met"] == ("Wang Lei",)
    assert visit.attributes["status"] == "ongoing"


def test_a_meeting_here_is_at_the_datelines_place_not_on_an_earlier_trip() -> None:
    found = visits(
        "Asia summit\n\nHANOI, Nov. 18 -- Chinese President Wang Lei and Japanese Prime Minister Taro "
        "Sato met here on Saturday and agreed to keep up the momentum. Sato visited China in October.",
        "2031-11-18",
    )
    earlier = next(v for v in found if v.roles["host_state"] == "CHN")
    assert earlier.attributes["status"] == "completed"
    assert earlier.roles["met"] == ()


def test_members_of_a_delegation_met_stand_for_its_leader() -> None:
    (visit,) = visits(
        "Talks\n\nPakistani Foreign Minister Omar Hamid arrived in Nairobi on Monday. Hamid also met "
        "members of a Kenyan delegation headed by Foreign Minister John Okello.",
        "2031-12-10",
    )
    assert visit.roles["met"] == ("John Okello",)


def test_backing_won_from_a_host_official_in_the_next_sentence_is_a_meeting() -> None:
    (visit,) = visits(
        "Talks\n\nIsraeli Prime Minister Dan Levy arrived in Berlin on Monday. Levy won backing for "
        "sanctions from German Chancellor Karin Vogt.",
        "2031-12-10",
    )
    assert visit.roles["met"] == ("Karin Vogt",)


def test_backing_won_by_telephone_is_no_meeting() -> None:
    (visit,) = visits(
        "Talks\n\nIsraeli Prime Minister Dan Levy arrived in Berlin on Monday. Levy won backing by "
        "telephone from Polish President Jan Nowak.",
        "2031-12-10",
    )
    assert visit.roles["met"] == ()


def test_backing_won_from_a_stateless_official_in_the_host_the_sentence_names() -> None:
    (visit,) = visits(
        "Talks\n\nIsraeli Prime Minister Dan Levy visited Germany on Monday. In Germany, Levy won backing "
        "for sanctions from Chancellor Karin Vogt, who said the time had come.",
        "2031-12-10",
    )
    assert visit.roles["met"] == ("Karin Vogt",)


def test_co_chairing_with_a_host_official_and_a_bilateral_talk_are_meetings() -> None:
    for told in (
        "Mehta co-chaired the intergovernmental consultations with German Chancellor Karin Vogt.",
        "Mehta held a bilateral talk with German Chancellor Karin Vogt.",
    ):
        (visit,) = visits(
            f"Talks\n\nIndian Prime Minister Raj Mehta arrived in Berlin on Monday. {told}", "2031-12-10"
        )
        assert visit.roles["met"] == ("Karin Vogt",), told


def test_a_semicolon_list_of_hosts_with_descriptions_is_met_whole() -> None:
    (visit,) = visits(
        "Talks\n\nChinese Vice Premier Zhou Ming arrived in Vientiane on Saturday for a visit to Laos. Zhou "
        "is scheduled to meet with President Khamsay Vong; Bounmy Sith, assembly president and party "
        "deputy chairman; Prince Souvan Phouma, a senior adviser; and Thongsing Lath, prime minister.",
        "2031-11-08",
    )
    assert visit.roles["met"] == ("Khamsay Vong", "Bounmy Sith", "Souvan Phouma", "Thongsing Lath")


def test_a_delegation_to_a_state_no_one_leads_is_led_by_the_one_official_named_next() -> None:
    (visit,) = visits(
        "Accords\n\nA senior Zambian delegation to India has concluded three accords on mining, "
        "officials said here Tuesday.\n\nThe accords were initialled before the Indian and Zambian "
        "prime ministers, Rahul Mehta and Joseph Banda.\n\nBanda, who met Monday with Mehta, was due "
        "to meet Tuesday with Indian President Ravi Menon.",
        "2031-04-15",
    )
    assert (visit.roles["visitor"], visit.roles["visitor_state"], visit.roles["host_state"]) == (
        "Joseph Banda",
        "ZMB",
        "IND",
    )
    assert visit.roles["met"] == ("Rahul Mehta", "Ravi Menon")
    assert visit.attributes["status"] == "ongoing"


def test_demonyms_before_a_plural_title_give_each_name_its_state_in_order() -> None:
    doc = diplotext.extract(
        "Accords\n\nThey were initialled before the Indian and Zambian foreign ministers, "
        "Rahul Mehta and Joseph Banda.",
        published="2031-04-15",
    )
    found = {a.name: (a.country, tuple(a.roles)) for a in doc.actors if a.kind == "person"}
    assert found == {
        "Rahul Mehta": ("IND", ("foreign minister",)),
        "Joseph Banda": ("ZMB", ("foreign minister",)),
    }

"""Travellers told apart from the clause that carries the trip: a delegation whose leader a later
sentence names, a state's "leader" described before the name, and officials who represent their
state at a gathering abroad (issue 9, sixteenth session).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event

_PUB = "2031-04-09"  # a Wednesday


def visits(body: str, dateline: str = "HANOI") -> list[Event]:
    text = f"Talks go on\n\n{dateline}, April 9 (Wire) - {body}"
    doc = diplotext.extract(text, published=_PUB)
    assert not [e for e in doc.errors if e.plugin in ("visits", "actors", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "visit"]


def test_a_delegation_led_by_someone_named_in_the_next_sentence() -> None:
    for body in (
        "A Polish trade delegation arrived in Vietnam on Monday for three days of talks. "
        "It is led by Deputy Prime Minister Jerzy Malinek.",
        "A Polish trade delegation arrived in Vietnam on Monday for three days of talks. "
        "The delegation is headed by Deputy Prime Minister Jerzy Malinek.",
        "A Polish delegation arrived in Vietnam on Monday. "
        "Foreign Minister Jerzy Malinek heads the delegation.",
    ):
        (visit,) = visits(body)
        assert visit.roles["visitor"] == "Jerzy Malinek", body
        assert (visit.roles["visitor_state"], visit.roles["host_state"]) == ("POL", "VNM"), body
        assert visit.date == "2031-04-07", body


def test_the_leader_of_a_delegation_in_the_same_sentence() -> None:
    (visit,) = visits(
        "Deputy Prime Minister Jerzy Malinek of Poland is heading a delegation that arrived "
        "in Vietnam on Monday."
    )
    assert visit.roles["visitor"] == "Jerzy Malinek"
    assert visit.roles["host_state"] == "VNM"


def test_a_team_or_an_unofficial_leader_makes_no_visit() -> None:
    assert not visits(
        "A Polish football team arrived in Vietnam on Monday. It is led by coach Jerzy Malinek."
    )
    assert not visits(
        "A Polish delegation arrived in Vietnam on Monday. It was a quiet week for the markets."
    )


def test_a_states_leader_described_before_the_name_is_its_one_leader() -> None:
    got = visits(
        "The Nigerian leader is due in Paris on Thursday for talks with President Louis Garnier. "
        "Opposition leader Tunde Okafor criticised the trip. Nigerian President Kayode Balogun "
        "will also stop in Berlin.",
        dateline="LAGOS",
    )
    by_host = {e.roles["host_state"]: e for e in got}
    assert by_host["FRA"].roles["visitor"] == "Kayode Balogun"  # not the opposition leader
    assert by_host["FRA"].attributes["status"] == "planned"
    assert "Louis Garnier" in by_host["FRA"].roles["met"]


def test_representing_a_state_at_a_gathering_abroad() -> None:
    for body in (
        "Polish President Adam Wrona will represent Poland at the NATO summit in Lisbon next week.",
        "Polish President Adam Wrona will participate in the NATO summit in Lisbon next week.",
    ):
        (visit,) = visits(body, dateline="WARSAW")
        assert (visit.roles["visitor"], visit.roles["host_state"], visit.place) == (
            "Adam Wrona",
            "PRT",
            "Lisbon",
        )
        assert visit.attributes["status"] == "planned"
    assert not visits(
        "Polish lawyer Adam Wrona will represent the family in Lisbon next week.", dateline="WARSAW"
    )


def test_a_states_official_described_in_the_lead_is_named_next() -> None:
    # the host's foreign minister, named later with her title, is not the one the lead describes
    got = visits(
        "Sweden's trade minister flew into Nairobi on Monday at the start of a tour of East Africa.\n\n"
        "Lina Ekdahl, who took over the ministry last year, is to meet Trade Minister Grace Wanjiru "
        "on Tuesday.\n\n"
        '"We came to listen," Ekdahl told reporters at the airport.\n\n'
        "The minister will go on to Kampala on Wednesday.",
        dateline="NAIROBI",
    )
    by_host = {e.roles["host_state"]: e for e in got}
    assert set(by_host) == {"KEN", "UGA"}
    for visit in got:
        assert (visit.roles["visitor"], visit.roles["visitor_state"]) == ("Lina Ekdahl", "SWE")
    assert list(by_host["KEN"].roles["met"]) == ["Grace Wanjiru"]
    assert by_host["UGA"].attributes["status"] == "planned"


def test_a_lead_description_with_no_state_named_next_and_its_short_form() -> None:
    doc = diplotext.extract(
        "Senior diplomat arrives in Samoa\n\nAPIA, Samoa - The U.S. deputy secretary of state landed "
        "here on Wednesday, the first such visit in six years.\n\n"
        "Carl Whitmore, the department's second-ranking official, was greeted at the airport by the "
        "foreign minister, Ana Soliai.\n\n"
        "The deputy secretary flies to Suva on Friday.",
        published=_PUB,
    )
    got = [e for e in doc.events if e.type == "visit"]
    by_host = {e.roles["host_state"]: e for e in got}
    assert by_host["WSM"].roles["visitor"] == "Carl Whitmore"
    assert by_host["WSM"].attributes["status"] == "ongoing"  # received on arrival: still there
    assert by_host["FJI"].roles["visitor"] == "Carl Whitmore"
    assert by_host["FJI"].attributes["status"] == "planned"


def test_a_verb_in_s_after_a_subject_of_several_words() -> None:
    from diplotext.syntax import parse

    text = (
        "The deputy foreign minister flies to Lima on Monday. The Chinese security forces in Tibet were calm."
    )
    doc = diplotext.extract(text, published=_PUB, layout="body", plugins=["actors", "dates"])
    layer = parse(doc.article, doc.actors, doc.dates)
    assert [c.predicate.lemma for c in layer.in_sentence(0)] == ["fly"]
    assert [c.predicate.lemma for c in layer.in_sentence(1)] == ["be"]


def test_a_reception_beside_an_arrival_says_the_visit_goes_on() -> None:
    (visit,) = visits(
        "Prime Minister Akira Sato of Japan arrived in Hanoi on Tuesday. He was welcomed at the "
        "presidential palace by President Tran Duc Long."
    )
    assert visit.attributes["status"] == "ongoing"
    (visit,) = visits(
        "President Tran Duc Long welcomed Prime Minister Akira Sato of Japan at the presidential palace "
        "on March 2.",
    )
    assert visit.attributes["status"] == "completed"  # received weeks ago


def test_an_ambassador_with_no_post_named_meets_where_posted() -> None:
    def found(body: str) -> list[tuple[str, str]]:
        doc = diplotext.extract(f"Talks\n\n{body}", published="2031-04-11")
        return [(e.roles["visitor"], e.roles["host_state"]) for e in doc.events if e.type == "visit"]

    assert not found("Chilean Ambassador Rosa Vidal met Kenyan minister Amos Njoroge in Nairobi.")
    # a post named elsewhere, or a trip told, is a visit
    assert found(
        "Chilean Ambassador to Ethiopia Rosa Vidal met Kenyan minister Amos Njoroge in Nairobi."
    ) == [("Rosa Vidal", "KEN")]
    assert found("Chilean Ambassador Rosa Vidal flew to Nairobi on Tuesday.") == [("Rosa Vidal", "KEN")]


def test_a_former_office_set_off_after_the_name_travels_for_no_state() -> None:
    def found(first: str) -> list[str]:
        doc = diplotext.extract(
            f"Talks\n\n{first} told journalists the force must come soon. "
            '"It must be fast," said Vranek, after talks in Rome with Italian Foreign Minister Dino Lami.',
            published="2031-04-11",
        )
        return [e.roles["visitor"] for e in doc.events if e.type == "visit"]

    assert not found("Karl Vranek, the former Austrian chancellor heading a relief mission,")
    # a former trade is no former office: the chancellor in office travels for his state
    assert found("Austrian Chancellor Karl Vranek, a former banker,") == ["Karl Vranek"]


def test_one_who_is_leading_a_national_delegation_represents_its_state() -> None:
    doc = diplotext.extract(
        "Talks\n\nJean Mbala is leading a Zairean government delegation at peace talks in Johannesburg.",
        published="2031-04-11",
    )
    (visit,) = [e for e in doc.events if e.type == "visit"]
    assert (visit.roles["visitor"], visit.roles["visitor_state"], visit.roles["host_state"]) == (
        "Jean Mbala",
        "COD",
        "ZAF",
    )


def test_a_name_set_off_after_the_object_is_the_objects_not_the_travellers() -> None:
    doc = diplotext.extract(
        "Talks\n\nThe Danish foreign minister met his counterpart, Foreign Minister Per Holm, in Oslo.",
        published="2031-04-11",
    )
    assert not [e for e in doc.events if e.type == "visit" and e.roles["visitor"] == "Per Holm"]
    doc = diplotext.extract(
        "Talks\n\nThe last Dutch premier to travel to Indonesia, Jan Smit, went in 2016.",
        published="2031-04-11",
    )
    assert [(e.roles["visitor"], e.roles["host_state"]) for e in doc.events if e.type == "visit"] == [
        ("Jan Smit", "IDN")
    ]

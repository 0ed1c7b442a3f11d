"""Officials of an international body travel for the body, not for the state they came from:
"UN envoy X, a former Swedish president", "the head of the OSCE mission, X," make no state visit;
and a place set off by a comma before a name ("From Croatia, X will travel") is no title in office
(issue 9, eighteenth session; a class found auditing the corpus's visits).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def visits(body: str, published: str = "2031-04-11") -> list[Event]:
    doc = diplotext.extract(f"Envoy\n\n{body}", published=published)
    assert not [e for e in doc.errors if e.plugin in ("visits", "actors", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "visit"]


def test_an_envoy_of_the_un_by_title_makes_no_state_visit() -> None:
    assert not visits(
        "UN special envoy Lars Holm, a former Swedish president, met Croatian leaders in Zagreb on Saturday."
    )


def test_an_envoy_of_the_un_set_off_after_the_name_makes_no_state_visit() -> None:
    assert not visits(
        "Lars Holm, the UN envoy on the status talks, met Croatian leaders in Zagreb on Saturday. "
        "Holm is a former Swedish president."
    )


def test_the_head_of_a_bodys_mission_named_in_full_makes_no_state_visit() -> None:
    assert not visits(
        '"It must be quick," the head of the Organization for Peace in Europe (OSCE) aid mission to '
        "Bosnia, Karl Weber, said after talks in Rome with Italian Foreign Minister Dino Rossi.\n\n"
        '"We have three months," Weber, Austria\'s former chancellor, told journalists.'
    )


def test_a_former_leader_stays_former_after_a_place_set_off_by_a_comma() -> None:
    assert not visits(
        "Holm, former Swedish president, spoke in Zagreb on Saturday. "
        "From Croatia, Holm will travel to Slovenia."
    )


def test_a_state_official_who_meets_an_envoy_still_visits() -> None:
    (visit,) = visits(
        "Swedish President Lars Holm met Croatian leaders in Zagreb on Saturday. He later met the UN envoy."
    )
    assert (visit.roles["visitor"], visit.roles["host_state"]) == ("Lars Holm", "HRV")


def test_an_office_set_off_before_the_name_is_held_now_whatever_he_was_before() -> None:
    (visit,) = visits(
        "The U.S. special envoy for Yemen, Carl Brandt, arrived in Oman on Tuesday for talks. "
        "Brandt, a former ambassador to Kenya, was appointed in June.",
        published="2031-08-27",
    )
    assert (visit.roles["visitor"], visit.roles["host_state"]) == ("Carl Brandt", "OMN")


def test_the_official_of_a_un_agency_named_in_full_with_its_acronym_makes_no_state_visit() -> None:
    """ "The UN <agency> (<ACRONYM>) Executive Secretary X": the agency's full name and acronym
    stand between the body and the title; the states named around him are not his (twenty-third
    session)."""
    assert not visits(
        "The UN Food Relief Agency (UNFRA) Executive Secretary Anna Berg said here on Tuesday that "
        "she regretted Canada's decision to cut its aid.\n\n"
        '"Canada can still change its mind," said Berg, who is attending a donors\' meeting in '
        "Nairobi. She said Canada's share had been the largest."
    )

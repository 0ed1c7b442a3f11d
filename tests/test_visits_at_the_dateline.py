"""Visits told from the place a datelined story is set: a delegation's head named before the
delegation, speaking "here", and the dateline's own official meeting a foreign one (issue 9,
sixteenth session; classes found reading the corpus's missed visits).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def visits(body: str, dateline: str = "PHNOM PENH", published: str = "2031-04-11") -> list[Event]:
    """2031-04-11 is a Friday."""
    doc = diplotext.extract(f"Talks\n\n{dateline}, April 11 (Wire) - {body}", published=published)
    assert not [e for e in doc.errors if e.plugin in ("visits", "actors", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "visit"]


def test_the_head_of_a_states_delegation_named_before_it_represents_that_state() -> None:
    for body in (
        "Kenji Ota, head of the Japanese delegation, told reporters here Tuesday that the talks were useful.",
        "Kenji Ota, who led the Japanese delegation, arrived here on Tuesday.",
        "Kenji Ota, a party veteran, headed a Japanese delegation that arrived here on Tuesday.",
    ):
        (visit,) = visits(body)
        assert (visit.roles["visitor"], visit.roles["visitor_state"], visit.roles["host_state"]) == (
            "Kenji Ota",
            "JPN",
            "KHM",
        ), body
        assert visit.date == "2031-04-08", body


def test_speaking_here_is_being_at_the_dateline() -> None:
    (visit,) = visits("Japanese Foreign Minister Kenji Ota said here Thursday that the talks were useful.")
    assert (visit.roles["host_state"], visit.place, visit.attributes["status"]) == (
        "KHM",
        "Phnom Penh",
        "ongoing",
    )
    # a home official speaking at home visits nowhere
    assert not visits("Cambodian Foreign Minister Sok Chan said here Thursday that the talks were useful.")


def test_the_datelines_official_meeting_a_foreign_one_receives_him() -> None:
    (visit,) = visits("Prime Minister Hun Sarin met Ugandan Foreign Minister Sam Okello on Tuesday.")
    assert (visit.roles["visitor"], visit.roles["host_state"]) == ("Sam Okello", "KHM")
    assert list(visit.roles["met"]) == ["Hun Sarin"]
    # a meeting still to come, or at a gathering, may be elsewhere
    assert not visits("Prime Minister Hun Sarin will meet Ugandan Foreign Minister Sam Okello next week.")
    assert not visits(
        "Prime Minister Hun Sarin met Ugandan Foreign Minister Sam Okello on the sidelines of the summit."
    )


def test_a_party_delegations_leader_with_the_host_country_in_the_headline() -> None:
    doc = diplotext.extract(
        "Party delegation tours Laos\n\nA youth delegation of the Communist Party of Vietnam (CPV) "
        "headed by Nguyen Van Hai, a member of its Central Committee, arrived here on Sunday for a "
        "four-day visit.",
        published="2031-04-14",
    )
    (visit,) = [e for e in doc.events if e.type == "visit"]
    assert (visit.roles["visitor"], visit.roles["visitor_state"], visit.roles["host_state"]) == (
        "Nguyen Van Hai",
        "VNM",
        "LAO",
    )
    assert visit.date == "2031-04-13"


def test_the_state_an_apposition_names_for_a_delegations_leader() -> None:
    doc = diplotext.extract(
        "Party delegation tours Laos\n\nA delegation headed by Wang Dehai, a member of the Chinese "
        "Communist Party Politburo, arrived here on Sunday for a four-day visit.",
        published="2031-04-14",
    )
    (visit,) = [e for e in doc.events if e.type == "visit"]
    assert (visit.roles["visitor_state"], visit.roles["host_state"]) == ("CHN", "LAO")


def test_a_capitalised_word_in_ly_inside_a_title_is_no_adverb() -> None:
    doc = diplotext.extract(
        "Visit\n\nKYIV, April 9 (Wire) - Ukrainian Agriculture Minister Olena Hrytsak is due in Cairo on "
        "Sunday for talks with Supply Minister Hazem Fouad on grain contracts.",
        published="2031-04-09",
    )
    (visit,) = [e for e in doc.events if e.type == "visit"]
    assert (visit.roles["host_state"], list(visit.roles["met"])) == ("EGY", ["Hazem Fouad"])


def test_the_visiting_premier_is_the_prime_minister_from_abroad() -> None:
    (visit,) = visits(
        "Vietnamese Prime Minister Dao Van Minh arrived on Tuesday. The visiting premier was greeted "
        "with a 19-gun salute on Wednesday before holding talks with Australian Prime Minister Callum "
        "Bray.",
        dateline="CANBERRA",
    )
    assert (visit.roles["visitor"], visit.roles["host_state"]) == ("Dao Van Minh", "AUS")
    assert list(visit.roles["met"]) == ["Callum Bray"]


def test_an_interview_guest_telling_her_life_makes_no_visits() -> None:
    text = (
        "Activist talks to us\n\nWe spoke to Mara Lind, who grew up in Kenya.\n\n((WN)) What did the "
        "president say to you?\n\n((Mara Lind)) Nothing. I went to Syria in March to see the shrines, "
        "and then I went to Egypt.\n\n((WN)) What came next?"
    )
    doc = diplotext.extract(text, published="2031-04-09")
    assert not [e for e in doc.events if e.type == "visit"]


def test_a_foreign_official_met_here_by_someone_of_no_stated_office_is_visiting() -> None:
    (visit,) = visits(
        "Peter Wong, vice-chairman of the standing committee of Cambodia's parliament, met here "
        "Tuesday with Belgian Defence Minister Andre Lenoir."
    )
    assert (visit.roles["visitor"], visit.roles["host_state"], visit.place) == (
        "Andre Lenoir",
        "KHM",
        "Phnom Penh",
    )


def test_a_private_meeting_away_from_the_dateline_is_no_visit() -> None:
    assert not visits(
        "Irma Dara said she first met Belgian Defence Minister Andre Lenoir in Naples years ago."
    )

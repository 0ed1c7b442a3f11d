"""Visit classes left by battery22 (issue 9, twenty-third session, helper visits34): a long office
title with a chain of "of" phrases before the name, the day of coming back from a trip, a
predecessor's trip told in passing, the city a later sentence gives a visit, and the person met in
the main clause after a stop told by "after".

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import pytest

from builders import visits_of


def _visits(
    text: str, published: str = "2031-06-08"
) -> dict[tuple[str, str], tuple[str | None, str | None, str | None]]:
    return {
        (e.roles["visitor"], e.roles["host_state"]): (e.date, e.attributes["status"], e.place)
        for e in visits_of(text, published)
    }


@pytest.mark.parametrize(
    "title",
    [
        "Chairman of the Cabinet of Ministers of Belarus",
        "Chairman of the Presidium of the Supreme Council of Belarus",
        "Deputy Chairman of the Council of Ministers of Belarus",
    ],
)
def test_a_title_with_a_chain_of_of_phrases_before_the_name(title: str) -> None:
    """ "Chairman of the Cabinet of Ministers of X Y will visit Z": the whole title, its state last,
    stands before the name, so Y is the subject who travels."""
    got = _visits(
        f"Talks planned\n\nMINSK, June 8 - {title} Marek Dubrava will pay a visit to Vietnam next week."
    )
    assert got == {("Marek Dubrava", "VNM"): ("2031-W24", "planned", None)}


@pytest.mark.parametrize(
    "back",
    [
        "flew back to Lisbon on Friday from a visit to Kenya",
        "came back to Lisbon on Friday from a visit to Kenya",
        "flew back to Lisbon on Friday after a visit to Kenya",
    ],
)
def test_the_day_of_coming_back_is_not_the_day_the_trip_began(back: str) -> None:
    """ "flew back to X on Friday from a visit to Y": Friday is the trip's last day, so the visit
    gets the week it ended in, as "returned to X on Friday from a visit to Y" does; the travel verb
    does not take the trip noun's "to Y" as a stop of its own."""
    got = _visits(
        f"Trip ends\n\nLISBON, June 6 - Portuguese President Tiago Quental {back}, where he met his host."
    )
    assert got == {("Tiago Quental", "KEN"): ("2031-W23", "completed", None)}


def test_coming_back_from_a_trip_of_a_stated_length() -> None:
    """The stated length counts back from the day of coming back."""
    got = _visits(
        "Trip ends\n\nLISBON, June 6 - Portuguese President Tiago Quental flew back to Lisbon on Friday "
        "from a three-day visit to Kenya."
    )
    assert got == {("Tiago Quental", "KEN"): ("2031-06-04", "completed", None)}


def test_a_travel_verb_after_a_trip_keeps_its_own_stop() -> None:
    """ "flew to A on Saturday from a visit to B": A is the verb's stop, B the trip noun's only."""
    got = _visits(
        "Trip\n\nKAMPALA, June 6 - Kenyan President Joseph Mwaura flew to Kampala on Saturday from a "
        "visit to Rwanda."
    )
    assert got[("Joseph Mwaura", "UGA")][:2] == ("2031-06-07", "ongoing")
    assert got[("Joseph Mwaura", "RWA")][1] == "completed"


@pytest.mark.parametrize(
    "told",
    [
        "Quiroga's predecessor, Esteban Mardones, visited Peru in May 2027.",
        "Her predecessor, Esteban Mardones, went to Lima in May 2027 but came home empty-handed.",
        "Esteban Mardones, her predecessor, visited Peru in May 2027.",
    ],
)
def test_a_predecessors_trip_told_in_passing(told: str) -> None:
    """ "X's predecessor, Y, visited Z in 2027": Y held X's office, for X's state, and the trip is
    a completed visit with its own date."""
    got = _visits(
        "Chilean minister seeks water deal\n\nSANTIAGO, June 6 - Chilean Foreign Minister Lucia Quiroga "
        f"said on Friday she would seek a water deal with Peru.\n\n{told}"
    )
    assert got[("Esteban Mardones", "PER")][:2] == ("2027-05", "completed")


@pytest.mark.parametrize(
    "later",
    [
        "In Mombasa, the two leaders are expected to sign agreements on trade and energy.",
        "The trip follows talks on energy last year.\n\nIn Mombasa, the two leaders will open a port.",
        "In Mombasa, the two presidents will open a port.",
    ],
)
def test_a_later_sentence_gives_the_pairs_city(later: str) -> None:
    """ "X left for Kenya ... In Mombasa, the two leaders will ...": the visitor is one of the two
    leaders (the host unnamed or named), so their city is the visit's."""
    got = _visits(
        "President leaves for Kenya\n\nLUSAKA, June 8 - Zambian President Mwila Chansa left for Kenya on "
        f"Sunday for a two-day state visit.\n\n{later}"
    )
    assert got == {("Mwila Chansa", "KEN"): ("2031-06-08", "ongoing", "Mombasa")}

    # three sentences on, the pair is no longer read as the visitor's
    far = _visits(
        "President leaves for Kenya\n\nLUSAKA, June 8 - Zambian President Mwila Chansa left for Kenya on "
        "Sunday for a two-day state visit.\n\nThe trip follows talks last year.\n\nIt is his third trip."
        "\n\nIn Mombasa, the two leaders will open a port."
    )
    assert far == {("Mwila Chansa", "KEN"): ("2031-06-08", "ongoing", None)}


def test_the_person_met_in_the_main_clause_is_not_met_at_the_after_clauses_stop() -> None:
    """ "X met Y a day after holding talks in A": the "after" clause dates the meeting, so Y is met
    on the stop the story is at, not at A; one met inside the "after" clause is met at A."""
    head = (
        "Ugandan minister continues tour\n\nKIGALI (AP) - Uganda's foreign minister continued his tour "
        "of the Great Lakes on Thursday with talks in Kigali on border trade.\n\n"
    )
    got = {
        e.roles["host_state"]: list(e.roles["met"])
        for e in visits_of(
            head + "Joseph Okello met President Paul Mugenzi a day after holding talks in Bujumbura with "
            "Burundian officials on a railway.",
            "2031-06-08",
        )
    }
    assert got == {"RWA": ["Paul Mugenzi"], "BDI": []}
    got = {
        e.roles["host_state"]: list(e.roles["met"])
        for e in visits_of(
            head + "Joseph Okello held talks with Rwandan officials a day after meeting President Paul "
            "Mugenzi in Bujumbura.",
            "2031-06-08",
        )
    }
    assert got == {"RWA": [], "BDI": ["Paul Mugenzi"]}


@pytest.mark.parametrize(
    "told",
    [
        "Portuguese President Tiago Quental is in Kenya on a three-day visit that began on Sunday.",
        "Portuguese President Tiago Quental met Kenyan President Joseph Mwaura on Tuesday during a visit "
        "to Kenya that began on Sunday.",
    ],
)
def test_a_visit_dated_by_its_own_relative_clause_of_beginning(told: str) -> None:
    """ "on a visit that began on Sunday": the relative clause's day is the visit's first, though the
    trip noun is not that clause's subject."""
    got = _visits(f"Talks\n\nLISBON, June 10 - {told}", "2031-06-10")
    assert got[("Tiago Quental", "KEN")][:2] == ("2031-06-08", "ongoing")


def test_being_in_a_country_since_a_recent_day_is_a_stay() -> None:
    """ "has been in Kenya since Sunday": a stay of days there, going on; not "since 2019" (a home),
    a day long before, or "has not been"."""
    head = "Talks\n\nLISBON, June 10 - "
    got = _visits(
        head + "Portuguese President Tiago Quental has been in Kenya since Sunday, his office said.",
        "2031-06-10",
    )
    assert got == {("Tiago Quental", "KEN"): ("2031-06-08", "ongoing", None)}
    for told in (
        "Portuguese President Tiago Quental has been in Kenya since 2019.",
        "Portuguese President Tiago Quental has been in Kenya since March 3, 2030.",
        "Portuguese President Tiago Quental has not been in Kenya since Sunday.",
    ):
        assert _visits(head + told, "2031-06-10") == {}, told

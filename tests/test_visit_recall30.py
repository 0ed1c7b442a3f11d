"""Visits missed (issue 9, twenty-second session, helper recall30): recall classes found by reading
corpus articles whose text tells a current trip the pipeline did not find.

Every sentence is written for the tests (invented people, real places)."""

from __future__ import annotations

import diplotext


def visits(text: str, published: str = "2006-11-20") -> list[tuple[str, str, str | None, list[str]]]:
    doc = diplotext.extract("Head\n\n" + text, published=published)
    return [
        (e.roles["visitor"], e.roles["host_state"], e.date, list(e.roles.get("met") or []))
        for e in doc.events
        if e.type == "visit"
    ]


# ------------------------------------------------ "A and visiting B agreed": joint subjects


def test_visitor_second_of_two_joint_subjects() -> None:
    """ "Foreign Minister A and visiting B agreed": B visits A's state and meets A."""
    got = visits(
        "Japanese Foreign Minister Kenji Mori and visiting U.S. Undersecretary of State Paul Hart "
        "agreed on Monday to keep sanctions in place."
    )
    assert got == [("Paul Hart", "JPN", "2006-11-20", ["Kenji Mori"])]


def test_joint_subjects_with_here_and_a_said() -> None:
    got = visits(
        "Chinese State Councilor Wei Dong and visiting Chilean Foreign Minister Rosa Ibarra said "
        "here on Monday that the two countries would expand trade."
    )
    assert got == [("Rosa Ibarra", "CHN", "2006-11-20", ["Wei Dong"])]


def test_joint_subjects_take_the_verbs_day() -> None:
    got = visits(
        "Indian Prime Minister Arun Mehta and visiting Nepali Prime Minister Bimal Thapa signed "
        "five agreements on Friday."
    )
    assert [(v, h, d) for v, h, d, _ in got] == [("Bimal Thapa", "IND", "2006-11-17")]


def test_joint_subjects_after_a_short_list() -> None:
    got = visits(
        "Thai Foreign Minister Somchai Wong, his deputy and visiting Lao Foreign Minister Khamphet "
        "Vong agreed on Tuesday to reopen a border crossing."
    )
    assert [(v, h) for v, h, _, _ in got] == [("Khamphet Vong", "THA")]


def test_joint_subjects_not_for_sports_or_a_noun() -> None:
    """Coaches and players are no officials; "visiting hours" is no visitor; a host with no state
    gives no host (beside one that does)."""
    assert visits("City coach Tom Reed and visiting coach Mark Bell shook hands before Sunday's match.") == []
    assert (
        visits("United manager Tom Reed and visiting Liverpool striker Mark Bell shook hands on Sunday.")
        == []
    )
    assert (
        visits("Polish President Jan Nowak and visiting hours at the palace were discussed on Tuesday.") == []
    )
    assert (
        visits("President Ana Costa and visiting Angolan Foreign Minister Jose Neto discussed trade.") == []
    )
    got = visits(
        "Kenyan President Paul Otieno and visiting Angolan Foreign Minister Jose Neto discussed trade."
    )
    assert [(v, h) for v, h, _, _ in got] == [("Jose Neto", "KEN")]


# ------------------------------- "here" with no dateline: the one other state of the lead


def test_here_is_the_other_state_whose_people_the_lead_names() -> None:
    """No dateline, no place: the lead names the visitor's state and another state's people."""
    got = visits(
        "Ukraine's President Petro Lenko told South Korean business leaders on Tuesday his country "
        "would grow fast. Lenko arrived here on Monday for a two-day state visit."
    )
    assert [(v, h) for v, h, _, _ in got] == [("Petro Lenko", "KOR")]


def test_here_is_the_state_whose_region_the_lead_places_the_story_in() -> None:
    got = visits(
        "The visiting U.S. Assistant Secretary of State Mark Dunne on Tuesday said the United States "
        "had no role in the raid in Pakistan's tribal region. Dunne met President Asif Khan and Prime "
        "Minister Imran Bhatti on Tuesday."
    )
    assert [(v, h) for v, h, _, _ in got] == [("Mark Dunne", "PAK")]


def test_here_is_not_a_party_an_origin_or_a_meeting_at_home() -> None:
    """A state the lead names as a party or an origin is no setting; a meeting "here" with a
    foreign delegation may be at home."""
    assert (
        visits(
            "U.S. envoy Paul Hart said on Tuesday North Korea must return to talks. Hart, who arrived "
            "here on Monday, will meet officials on Wednesday."
        )
        == []
    )
    assert (
        visits(
            "Chinese Vice Premier Wei Dong met with a Japanese delegation here on Wednesday, urging closer "
            "ties between the two peoples."
        )
        == []
    )
    got = visits(
        "Brazil's Trade Minister Ana Souza told Argentine investors on Tuesday that trade would grow. "
        "Souza arrived here on Monday for talks."
    )
    assert [(v, h) for v, h, _, _ in got] == [("Ana Souza", "ARG")]


# ------------------------------- "Also arriving were his wife X, Minister Y and Z": the whole list


def test_also_arriving_list_past_a_spouse() -> None:
    """The inverted subject of "Also arriving ... were" is the whole list, not its first name: the
    officials after a spouse arrive too."""
    got = visits(
        "US President Tom Hale arrived in Beijing on Saturday for a three-day visit to China. Also "
        "arriving aboard the presidential plane were his wife Mary Hale, US Secretary of State Ann "
        "Moss and US National Security Adviser Ray Cole."
    )
    assert {(v, h) for v, h, _, _ in got} == {("Tom Hale", "CHN"), ("Ann Moss", "CHN"), ("Ray Cole", "CHN")}

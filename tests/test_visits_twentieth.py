"""Visit classes of the twentieth session (issue 9, helper visits27): officials titled by a seat of
government, and further classes found by reading unannotated text.

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def visits(text: str, published: str = "2031-05-06") -> list[Event]:
    doc = diplotext.extract(text, published=published)
    assert not [e for e in doc.errors if e.plugin in ("visits", "actors", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "visit"]


def _who(visit: Event) -> tuple[object, object, object]:
    return visit.roles["visitor"], visit.roles["visitor_state"], visit.roles["host_state"]


def test_a_seat_of_government_gives_its_state_to_the_official_it_titles() -> None:
    for text, expected in (
        (
            "Pentagon chief Robert Halvorsen arrived in Manila on Tuesday for talks with President "
            "Maria Santos.",
            ("Robert Halvorsen", "USA", "PHL"),
        ),
        (
            "Yuri Petrenko, the Kremlin's envoy, arrived in Damascus on Sunday for talks with President "
            "Karim Haddad.",
            ("Yuri Petrenko", "RUS", "SYR"),
        ),
        ("Kremlin envoy Yuri Petrenko arrived in Damascus on Sunday.", ("Yuri Petrenko", "RUS", "SYR")),
        (
            "The Elysee's diplomatic adviser, Pierre Garnier, visited Beijing last week and met Foreign "
            "Minister Zhao Lin.",
            ("Pierre Garnier", "FRA", "CHN"),
        ),
        (
            "Pierre Garnier, the Élysée's diplomatic adviser, visited Beijing last week.",
            ("Pierre Garnier", "FRA", "CHN"),
        ),
        (
            "Downing Street's national security adviser, Tom Ellery, flew to Riyadh on Monday for talks "
            "with Crown Prince Fahd al-Nasser.",
            ("Tom Ellery", "GBR", "SAU"),
        ),
    ):
        (visit,) = visits(text)
        assert _who(visit) == expected, text


def test_a_seat_titles_no_one_who_holds_no_office() -> None:
    assert visits("White House correspondent Anna Bell flew to Tokyo on Monday.") == []
    assert visits("Kremlin spokesman Ivan Lebedev flew to Minsk on Monday.") == []

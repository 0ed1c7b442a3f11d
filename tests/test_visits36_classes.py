"""Visit classes of the twenty-fourth session (issue 9, helper visits36): a visit whose day is told
as a plan in the present ("is scheduled for April 17", "is expected in X on April 17") a few weeks
after that day of the year has gone by, and a visitor named after a form of address ("His Highness
Sheikh X", "Her Majesty Queen Y").

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import date_value, visits_of


def _visits(
    text: str, published: str = "2031-06-09"
) -> dict[tuple[str, str], tuple[str | None, str | None, str | None]]:
    return {
        (e.roles["visitor"], e.roles["host_state"]): (
            e.roles["visitor_state"],
            e.date,
            e.attributes["status"],
        )
        for e in visits_of(text, published)
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The visit to Peru by Kenyan President Ruth Wanjiku is scheduled for April 17.",
        "Kenyan President Ruth Wanjiku's visit to Peru is scheduled for April 17, officials said.",
        "Kenyan President Ruth Wanjiku is expected in Lima on April 17, officials said.",
        "Kenyan President Ruth Wanjiku is now due in Lima on April 17, officials said.",
    ],
)
def test_a_visit_scheduled_in_the_present_for_a_day_gone_by_this_year_is_next_year(sentence: str) -> None:
    """ "is scheduled for April 17", told in June: a plan, so the coming April 17, and the visit is
    planned (not a visit of seven weeks ago, nor one with no day)."""
    got = _visits(f"Visit set\n\nNAIROBI, June 9 - {sentence}")
    assert got == {("Ruth Wanjiku", "PER"): ("KEN", "2032-04-17", "planned")}


@pytest.mark.parametrize(
    ("sentence", "day", "value"),
    [
        ("The summit is scheduled for May 2.", "May 2", "2032-05-02"),
        ("The talks are now set for May 2 in Geneva.", "May 2", "2032-05-02"),
        ("The summit was scheduled for May 2.", "May 2", "2031-05-02"),
        ("The summit is scheduled for June 12.", "June 12", "2031-06-12"),
    ],
)
def test_a_present_plan_word_puts_a_month_and_day_ahead(sentence: str, day: str, value: str) -> None:
    """After "is scheduled for", "are set for" a day of the year is ahead as after "will"; after
    "was scheduled for" the nearer day stays; a day just ahead is this year's."""
    assert date_value(sentence, day, dt.date(2031, 6, 9)) == value


@pytest.mark.parametrize(
    "address", ["His Highness Sheikh", "His Highness", "His Majesty King", "Her Majesty Queen"]
)
def test_a_visitor_named_after_a_form_of_address(address: str) -> None:
    """ "His Highness Sheikh X, Crown Prince of Bahrain, arrived in Cairo": "His Highness" is a form
    of address like "His Excellency", so X is the visitor, of the state his title names."""
    got = _visits(
        f"Visit\n\nCAIRO, June 9 - {address} Hamdan bin Rashid Al Mazrouei, Crown Prince of Bahrain, "
        "arrived in Cairo on Monday for a two-day visit."
    )
    assert got == {("Hamdan bin Rashid Al Mazrouei", "EGY"): ("BHR", "2031-06-09", "ongoing")}


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ruth Wanjiku will welcome Peru's President Mateo Quispe for a visit starting April 20.",
        "Kenya will host Peruvian President Mateo Quispe for a state visit starting on April 20.",
        "President Ruth Wanjiku will receive Peru's President Mateo Quispe for talks starting April 20.",
        "Peruvian President Mateo Quispe will travel to Kenya for a three-day visit starting April 20.",
    ],
)
def test_a_visit_dated_by_a_starting_participle_on_its_for_phrase(sentence: str) -> None:
    """ "will welcome X for a visit starting April 20", "will travel to Y for a visit starting ...":
    the participle tells when the visit of the "for" phrase starts, the visit's first day."""
    got = _visits(f"Visit\n\nNAIROBI, April 9 - {sentence}", "2031-04-09")
    assert got == {("Mateo Quispe", "KEN"): ("PER", "2031-04-20", "planned")}


@pytest.mark.parametrize(
    ("sentence", "date", "status"),
    [
        ("Peruvian President Mateo Quispe touched down in Nairobi on Monday.", "2031-06-09", "ongoing"),
        ("Peruvian President Mateo Quispe touches down in Nairobi next Monday.", "2031-06-16", "planned"),
        ("Peru's President Mateo Quispe will touch down in Nairobi on Monday.", "2031-06-16", "planned"),
    ],
)
def test_touching_down_is_an_arrival(sentence: str, date: str, status: str) -> None:
    """ "touched down in X" is "landed in X": the visitor arrived there that day, and is there now."""
    got = _visits(f"Arrival\n\n{sentence}", "2031-06-10")
    assert got == {("Mateo Quispe", "KEN"): ("PER", date, status)}


@pytest.mark.parametrize(
    "leaving",
    [
        "is leaving Portugal on a tour of Africa to talk about debt relief",
        "will leave Lisbon on a tour of Africa to talk about debt relief",
    ],
)
def test_a_tour_whose_departure_is_still_ahead_has_no_stop_going_on(leaving: str) -> None:
    """ "X is leaving Lisbon on a tour of Africa ... He is visiting A, B and C": the setting out is
    still to come, so "is visiting" is an arrangement and the first stop is planned, as the others."""
    got = _visits(
        f"Politics\n\nPortuguese Finance Minister Rui Tavares {leaving}. "
        "Mr Tavares is visiting Ghana, Senegal and Kenya to highlight the plight of farmers."
    )
    assert {k: v[2] for k, v in got.items()} == {
        ("Rui Tavares", "GHA"): "planned",
        ("Rui Tavares", "SEN"): "planned",
        ("Rui Tavares", "KEN"): "planned",
    }


def test_a_tour_already_begun_keeps_its_first_stop_going_on() -> None:
    """ "left on Sunday for a tour ... is visiting A, B and C": gone, so the first stop is now."""
    got = _visits(
        "Politics\n\nPortuguese Finance Minister Rui Tavares left on Sunday for a tour of Africa. "
        "He is visiting Ghana, Senegal and Kenya."
    )
    assert got[("Rui Tavares", "GHA")][2] == "ongoing"


@pytest.mark.parametrize("party", ["Labour leader", "Liberal leader", "Solidarity leader", "Greens leader"])
def test_a_leader_titled_by_a_party_is_no_state_s_visitor(party: str) -> None:
    """ "Labour leader X ... said in London": the capitalised words before "leader" name no state, so
    X leads a party, not a state; the state the article names most (the subject of his speech) is
    not made his, and his words at home are no visit."""
    got = _visits(
        f"Leader calls for exit\n\n{party} Tom Hardy has called for a plan to leave Iraq. Mr Hardy said "
        "in London that troops should come home from Iraq. He said Iraq needed help to rebuild."
    )
    assert got == {}


@pytest.mark.parametrize("title", ["Libyan leader", "Iraqi Kurdish leader", "Palestinian leader"])
def test_a_leader_titled_by_a_state_s_people_still_travels_for_it(title: str) -> None:
    """ "Libyan leader X arrived in Cairo": the word before "leader" names a state's people."""
    got = _visits(f"Visit\n\n{title} Omar Zaidi arrived in Cairo on Monday.", "2031-06-10")
    assert [(k, v[1], v[2]) for k, v in got.items()] == [(("Omar Zaidi", "EGY"), "2031-06-09", "ongoing")]


@pytest.mark.parametrize(
    ("dateline", "sentence", "expected"),
    [
        (
            "NAIROBI",
            "Moroccan Head of Government Aziz Tazi has been on a working visit to Kenya since Monday.",
            ("MAR", "2031-06-09", "ongoing"),
        ),
        (
            "RABAT",
            "Head of Government Aziz Tazi will travel to Kenya on Thursday.",
            ("MAR", "2031-06-12", "planned"),
        ),
    ],
)
def test_a_head_of_government_is_a_state_s_visitor(
    dateline: str, sentence: str, expected: tuple[str, str, str]
) -> None:
    """ "Head of Government X" is an office like "Prime Minister X": a role that represents a state,
    and, with no state named, one a story gives its own state's head of government."""
    assert _visits(f"Visit\n\n{dateline} - {sentence}", "2031-06-10") == {("Aziz Tazi", "KEN"): expected}


def test_a_reception_ahead_with_the_arrival_in_a_relative_clause() -> None:
    """ "President X will on Thursday receive Y, who arrives in the capital on Wednesday": a visit
    still to come, dated by the arrival, at the capital of the host's state ("the capital" bare)."""
    got = {
        (e.roles["visitor"], e.roles["host_state"]): (e.date, e.attributes["status"], e.place)
        for e in visits_of(
            "Talks\n\nNAIROBI, June 9 - President Ruth Wanjiku will on Thursday receive Omani Foreign "
            "Minister Badr Al Harthy, who arrives in the capital on Wednesday for a two-day visit.",
            "2031-06-09",
        )
    }
    assert got == {("Badr Al Harthy", "KEN"): ("2031-06-11", "planned", "Nairobi")}


def test_sayyid_is_a_title_before_an_omani_name() -> None:
    """ "Foreign Minister Sayyid X ... Sayyid X met Y": "Sayyid" is a title like "Sheikh", so the
    visitor is X, and the later "Sayyid X" is the same person, who met Y."""
    got = visits_of(
        "Visit\n\nCAIRO, June 10 - Omani Foreign Minister Sayyid Badr bin Hamad arrived in Cairo on Monday. "
        "Sayyid Badr met President Ahmed Saleh.",
        "2031-06-10",
    )
    assert [(e.roles["visitor"], e.roles["visitor_state"], e.roles["met"]) for e in got] == [
        ("Badr bin Hamad", "OMN", ("Ahmed Saleh",))
    ]

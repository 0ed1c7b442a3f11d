"""Visit classes seen on half a of battery22 (issue 9, twenty-third session, helper battery22):
a state's long name with a possessive in it ("People's Republic of ..."), a head of government
called by the body he chairs, and the home press's traveller whose state the story names only in
passing (its capital, a home institution, its people).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from builders import extradition_disputes, visits_of


def _visits(text: str, published: str = "2031-04-09") -> dict[tuple[str, str], tuple[str | None, str | None]]:
    return {
        (e.roles["visitor"], e.roles["host_state"]): (e.roles["visitor_state"], e.attributes["status"])
        for e in visits_of(text, published)
    }


def _codes(text: str) -> set[str | None]:
    doc = diplotext.extract(text, published="2031-04-09")
    return {a.country for a in doc.actors if a.kind == "state"}


def test_a_long_state_name_with_a_possessive_is_that_state() -> None:
    """ "the People's Republic of China" is China (not the "Republic of China" inside it), and the
    Democratic People's Republic of Korea is North Korea, with either apostrophe."""
    assert _codes("Talks\n\nThe envoy flew to the People's Republic of China on Monday.") == {"CHN"}
    assert _codes("Talks\n\nThe envoy flew to the People\u2019s Republic of China on Monday.") == {"CHN"}
    assert _codes("Talks\n\nThe envoy left the Democratic People's Republic of Korea on Monday.") == {"PRK"}
    assert _codes("Talks\n\nThe Lao People's Democratic Republic signed the accord.") == {"LAO"}
    # a possessive after a state's short name stays a possessive: "Chad's People's Party"
    assert _codes("Vote\n\nChad's governing party won, and the People's Front came second.") == {"TCD"}


def test_a_head_of_government_called_by_the_body_he_chairs() -> None:
    """ "Chairman of the Cabinet of Ministers of X, Y," is X's prime minister."""
    for told in (
        "Talks\n\nThe Chairman of the Council of Ministers of Bosnia and Herzegovina, Zoran Pavlic, "
        "will travel to Zagreb on Monday.",
        "Talks\n\nThe Chairman of the Cabinet of Ministers of Belarus, Pavel Rusetsky, will travel to "
        "Hanoi on Monday.",
    ):
        doc = diplotext.extract(told, published="2031-04-09")
        (who,) = [a for a in doc.actors if a.kind == "person"]
        assert "prime minister" in who.roles, told
        assert who.country in ("BIH", "BLR"), told


def test_the_home_press_names_its_state_by_its_capital() -> None:
    """ "The Prime Minister, X, is due to travel to Samoa ... Officials in Canberra said": the one
    state other than the host that the story names is the traveller's."""
    got = _visits(
        "PM to visit Samoa\n\nThe Prime Minister, Olivia Brenchley, is due to travel to Samoa next "
        "week for talks on fisheries.\n\nOfficials in Canberra said the trip would last two days."
    )
    assert got == {("Olivia Brenchley", "WSM"): ("AUS", "planned")}
    # a story datelined in the host's country: the traveller is the dateline's own official
    assert (
        _visits(
            "Minister tours ports\n\nLIMA: Trade Minister Mette Kjeldsen, on a two-day visit to Cusco, "
            "met hotel owners on Tuesday. Danish tourists are returning, she said."
        )
        == {}
    )


def test_the_home_press_names_its_state_by_a_home_institution() -> None:
    """ "told Lithuanian Radio": a demonym of a home body names the traveller's state, even when
    the words around the traveller name only the host ("met Moldovan Foreign Minister Y")."""
    got = _visits(
        "Minister in Chisinau\n\nForeign Minister Rokas Vaitkus arrived in Chisinau on Tuesday for a "
        "two-day visit.\n\nVaitkus will meet Moldovan Foreign Minister Ion Rusnac on Wednesday.\n\n"
        "Vaitkus said in an interview with Lithuanian public television that energy would dominate."
    )
    assert got == {("Rokas Vaitkus", "MDA"): ("LTU", "ongoing")}
    # one the visitor met is the host's, whatever a later "the President" makes of them
    got = _visits(
        "Visit\n\nPresident Tamir Dorj arrived in Hanoi on Monday for a state visit at the invitation "
        "of President Vo Thanh Lam.\n\nThe President visited a port in Haiphong today. The talks "
        "covered Mongolian exports."
    )
    assert ("Tamir Dorj", "VNM") in got
    assert ("Vo Thanh Lam", "VNM") not in got


def test_a_traveller_back_from_the_host_keeps_the_home_press_state() -> None:
    """ "X returned home on Sunday from a visit to Peru ... met Peru's Y ... Danish exporters": the
    state around the traveller is where she went; the story's other state is hers."""
    got = _visits(
        "Minister back\n\nTrade Minister Mette Kjeldsen returned home on Sunday from a three-day visit "
        "to Peru.\n\nIn Lima, Kjeldsen met Peru's trade minister, Rosa Villanueva, and visited a port "
        "project in Peru's north. Danish exporters welcomed the trip.",
        "2031-04-07",
    )
    assert got == {("Mette Kjeldsen", "PER"): ("DNK", "completed")}
    # "is now flying back to Rome": the state read around the traveller is his home, not a host
    got = _visits(
        "Live\n\n17:10 Prime Minister Marco Ferrante is now flying back to Rome after a visit of five "
        "hours to Tunis. Ferrante met Tunisian President Hedi Mansour."
    )
    assert ("Marco Ferrante", "ITA") not in got


def _visit(text: str, published: str) -> dict[str, object]:
    (e,) = visits_of(text, published)
    return {"date": e.date, "place": e.place, "status": e.attributes["status"]}


def test_a_trip_back_from_a_stated_stay_began_that_long_before() -> None:
    """ "returned on Saturday from a three-day trip to X": over, and begun two days before."""
    got = _visit(
        "Back\n\nDanish Trade Minister Mette Kjeldsen returned on Saturday from a three-day trip to Peru.",
        "2031-04-07",
    )
    assert got["date"] == "2031-04-03"
    assert got["status"] == "completed"
    got = _visit(
        "Back\n\nPolish Foreign Minister Adam Wrona flew home on Friday from a two-day visit to Ghana.",
        "2031-04-12",
    )
    assert got["date"] == "2031-04-10"
    assert got["status"] == "completed"


def test_the_place_and_day_a_visit_began_in() -> None:
    """ "The trip started in Monterrey on Thursday ... then flew to Oaxaca": Monterrey, that day."""
    got = _visit(
        "Tour over\n\nIcelandic Foreign Minister Anna Ragnarsdottir ended a tour of Mexico on "
        "Sunday.\n\nThe trip started in Monterrey on Thursday with a business forum. She then flew "
        "to Oaxaca and Merida.",
        "2031-04-07",
    )
    assert got["place"] == "Monterrey"
    assert got["date"] == "2031-04-03"


def test_a_stay_whose_relative_clause_tells_its_beginning() -> None:
    """ "In the course of his stay, which opened in Canberra on 26 February, X discussed ...": read
    although no capitalised word follows the noun, and its day and city are the visit's."""
    got = _visit(
        "Minister home\n\nPeruvian Foreign Minister Jorge Salas ended on Wednesday an official "
        "visit to Australia.\n\nIn the course of his stay, which opened in Canberra on 26 February, "
        "Salas discussed fisheries. He also saw a mine in Kalgoorlie.",
        "2031-03-06",
    )
    assert got["place"] == "Canberra"
    assert got["date"] == "2031-02-26"
    assert got["status"] == "completed"


def test_a_stop_told_a_stated_time_before_another_act() -> None:
    """ "met Y in Dakar on Thursday, two days after visiting Ethiopia": the Ethiopian stop is over and
    two days before; the meeting in Dakar is a stop of its own (a stop to come, before a planned act)."""
    got = {
        e.roles["host_state"]: (e.date, e.attributes["status"])
        for e in visits_of(
            "Tour\n\nGhanaian Foreign Minister Kofi Mensah-Bonsu met Senegalese President Aliou Faye in "
            "Dakar on Thursday, two days after visiting Mali.",
            "2031-04-11",
        )
    }
    assert got["MLI"] == ("2031-04-08", "completed")
    assert "SEN" in got
    got = {
        e.roles["host_state"]: (e.date, e.attributes["status"])
        for e in visits_of(
            "Tour\n\nGhanaian Foreign Minister Kofi Mensah-Bonsu will arrive in Dakar on Friday, a day "
            "after he visits Mali.",
            "2031-04-08",
        )
    }
    assert got["MLI"] == ("2031-04-10", "planned")


def test_the_officer_of_a_named_body_gets_no_home_press_state() -> None:
    """ "X, president of the Relief Fund, returned from a visit to Sudan": a body's officer; the
    story's other state is not his."""
    text = (
        "Aid\n\nSamir Haddad, president of the Relief Fund, returned on Thursday from a five-day visit "
        "to Sudan.\n\nThe fund is based in Beirut, where Lebanese donors met."
    )
    assert visits_of(text) == []
    got = _visit(
        "Aid\n\nSamir Haddad, president of the Lebanese Republic, returned on Thursday from a five-day "
        "visit to Sudan.",
        "2031-04-09",
    )
    assert got["date"] == "2031-03-30"


def test_an_appeal_against_a_grant_told_in_its_own_object() -> None:
    """ "X lodged an appeal on Monday against a ruling that allowed his extradition to Y": the case
    is pending from the appeal's day, not the day of the ruling."""
    for told in (
        "Appeal\n\nA Vilnius trader, Darius Petraitis, lodged an appeal with the Supreme Court on "
        "Monday against a lower court ruling that allowed his extradition to Poland.",
        "Appeal\n\nA Vilnius trader, Darius Petraitis, appealed on Monday against a ruling allowing his "
        "extradition to Poland.",
    ):
        (case,) = extradition_disputes(told)
        assert case.attributes["status"] == "pending", told
        assert case.date == "2031-04-07", told


def test_an_inviter_named_in_apposition_after_a_description() -> None:
    """ "at the invitation of his counterpart, President X": X invited, and is met."""
    (e,) = visits_of(
        "Visit\n\nMalawian President Peter Banda arrived in Lusaka on Monday for a two-day visit at the "
        "invitation of his counterpart, President Mwila Chanda.",
        "2031-04-08",
    )
    assert e.roles["met"] == ("Mwila Chanda",)

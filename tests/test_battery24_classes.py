"""Classes seen on half a of battery24 (issue 9, twenty-fourth session, helper battery24): forms
of address before a name ("His Highness", "Her Majesty", "Hon.", "H.E."), royals titled at home,
a headline's "crown prince" for the body's "Prince X", a counterpart phrase giving a titled
official's state, talks dated by "after talks in X" held there, an undated visit in a time clause
told again with a date, an invitation of the clause that pays the visit, "the first to do so"
before a coordinated verb, a verb's own preposition after a fronted phrase, a later tour stop's
weekday, a trip frame with no traveller for royals named together; and three extradition classes
(a capital's people as where the suspect is held, "suspected of", a charge cut before "to Latvian
authorities").

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from builders import dispute_sides, extradition_disputes, visits_of


def _visits(text: str, published: str = "2031-04-09") -> dict[tuple[str, str], dict[str, object]]:
    return {
        (str(e.roles["visitor"]), str(e.roles["host_state"])): {
            "state": e.roles["visitor_state"],
            "met": list(e.roles["met"]),
            "date": e.date,
            "place": e.place,
            "first_in": e.attributes["first_in"],
        }
        for e in visits_of(text, published)
    }


def test_his_highness_before_a_long_gulf_name() -> None:
    """ "His Highness Sheikh X bin Y Al Z, Deputy Prime Minister of the UAE, arrived here": the form
    of address is no word of the name, which is read whole with its role and state."""
    got = _visits(
        "UAE deputy premier in Oman\n\nMUSCAT, March 3 (ONA) - His Highness Sheikh Hamdan bin Saeed Al "
        "Qasimi, Deputy Prime Minister of the United Arab Emirates, arrived here on Monday for a "
        "three-day visit to Oman."
    )
    assert list(got) == [("Hamdan bin Saeed Al Qasimi", "OMN")]
    assert got["Hamdan bin Saeed Al Qasimi", "OMN"]["state"] == "ARE"
    doc = diplotext.extract("Talks\n\nHer Majesty Queen Halima opened the session.", published="2031-04-09")
    assert [a.name for a in doc.actors if a.kind == "person"] == ["Halima"]


def test_a_royal_titled_at_home_is_of_the_dateline_state() -> None:
    """ "AMMAN - His Majesty King X will pay a state visit to the Netherlands": a monarch named with
    no state in a story from his capital is that state's."""
    got = _visits(
        "Court announces royal visit\n\nAMMAN, June 2 (Petra) -- His Majesty King Faisal Hamdan will pay "
        "a state visit to the Netherlands next week, the Royal Court said on Monday."
    )
    assert got[("Faisal Hamdan", "NLD")]["state"] == "JOR"


def test_a_headline_crown_prince_is_the_body_s_prince() -> None:
    """ "Saudi crown prince in Paris" over "His Royal Highness Prince X arrived": the headline's
    demonym gives the one prince of the body his state."""
    got = _visits(
        "Saudi crown prince in Paris for talks\n\nHis Royal Highness Prince Badr bin Fahd Al Saud arrived "
        "in Paris on Sunday for talks with President Colette Vaillant."
    )
    assert got[("Badr bin Fahd Al Saud", "FRA")]["state"] == "SAU"


def test_a_counterpart_phrase_gives_the_official_named_next_a_state() -> None:
    """ "... between Foreign Minister A and her Uruguayan counterpart. The visiting foreign minister,
    B, landed ...": B, titled with no state, is Uruguay's, though a later "the Uruguayan minister"
    may be either minister and Spain is named as often as Uruguay."""
    got = _visits(
        "Spain, Uruguay to restart joint patrols\n\nSpain and Uruguay will restart joint fisheries "
        "patrols halted in 2029, following talks in Madrid between Foreign Minister Ana Ruiz and her "
        "Uruguayan counterpart.\n\nThe visiting foreign minister, Lucia Ibarra, landed on Monday for a "
        "two-day stay, her first trip to Spain as minister.\n\nThe Uruguayan minister flies on to "
        "Lisbon on Thursday."
    )
    assert got[("Lucia Ibarra", "ESP")]["state"] == "URY"
    assert got[("Lucia Ibarra", "ESP")]["place"] == "Madrid"


def test_talks_a_time_phrase_dates_a_clause_by_were_held_there() -> None:
    """ "agreed to share river water after talks in Lima": the talks were held in Lima, the place
    "arrived on Monday" (no place named) is set in; "welcomed the resumption of talks in Lima"
    speaks of talks only, and sets nothing there."""
    held = (
        "Pact agreed\n\nThe two governments agreed to share river water after talks in Lima.\n\nChilean "
        "Foreign Minister Tomas Vial arrived on Monday."
    )
    assert _visits(held)[("Tomas Vial", "PER")]["place"] == "Lima"
    spoken = held.replace("agreed to share river water after talks", "welcomed the resumption of talks")
    assert _visits(spoken) == {}


def test_an_undated_visit_in_an_earlier_time_clause_is_the_dated_one() -> None:
    """ "will pay a return visit ..., two years after Y visited Accra. Y had visited Ghana in May
    2029": one past visit of Y, dated (two visits in all)."""
    text = (
        "Return visit\n\nGhanaian President Kwame Boateng will pay a return visit to Nigeria next month, "
        "two years after Nigerian President Musa Danjuma visited Accra.\n\nDanjuma had visited Ghana "
        "in May 2029, when the two sides signed a gas deal."
    )
    assert _visits(text)[("Musa Danjuma", "GHA")]["date"] == "2029-05"
    assert len(visits_of(text)) == 2


def test_the_invitation_of_the_clause_paying_the_visit_names_whom_it_meets() -> None:
    """ "At the invitation of X, Y will pay an official visit to Z": X is met, whether the phrase
    opens the sentence or closes it."""
    for text in (
        "Visit\n\nAt the invitation of Prime Minister Lars Holm of Denmark, President Ana Costa of "
        "Brazil will pay an official visit to Denmark on 3 May.",
        "Visit\n\nPresident Ana Costa of Brazil will pay an official visit to Denmark on 3 May at the "
        "invitation of Prime Minister Lars Holm.",
    ):
        assert _visits(text)[("Ana Costa", "DNK")]["met"] == ["Lars Holm"], text


def test_formal_address_after_an_apposed_role() -> None:
    """ "The Minister of Foreign Affairs and Trade, Hon. X, will host her Kenyan counterpart, H.E.
    Y,": the role is X's, the names have no form of address, and Y visits X."""
    got = _visits(
        "Minister to host Kenyan counterpart\n\nThe Minister of Foreign Affairs and Trade, Hon. Mary "
        "Tembo, will host her Kenyan counterpart, H.E. Joseph Mwangi, in Lusaka on Friday."
    )
    assert got == {
        ("Joseph Mwangi", "ZMB"): {
            "state": "KEN",
            "met": ["Mary Tembo"],
            "date": "2031-04-11",
            "place": "Lusaka",
            "first_in": None,
        }
    }


def test_the_first_to_do_so_before_a_coordinated_verb() -> None:
    """ "X travelled to Hanoi, the first German leader to do so in a decade, and was welcomed by
    Y": "to do so" is an infinitive, and the coordinated verb shares X as its subject."""
    got = _visits(
        "Background\n\nBERLIN - Chancellor Greta Vogt travelled to Hanoi in 2028, the first German leader "
        "to do so in a decade, and was welcomed by President Le Van Minh."
    )
    assert got[("Greta Vogt", "VNM")]["met"] == ["Le Van Minh"]


def test_a_verb_s_own_preposition_after_a_fronted_phrase() -> None:
    """ "During his stay, he will call on X": "call on" is read from the first phrase after the
    verb, not the fronted one."""
    got = _visits(
        "Visit\n\nDHAKA - Nepalese Prime Minister Hari Sharma arrived here on Tuesday. During his stay, he "
        "will call on President Nurul Alam."
    )
    assert got[("Hari Sharma", "BGD")]["met"] == ["Nurul Alam"]


def test_a_later_stop_s_weekday_is_not_before_an_earlier_stop() -> None:
    """Told on a Monday: "arrives in Santiago on Sunday night ... travels on to Lima on Tuesday":
    the Tuesday after the Sunday, not tomorrow."""
    got = _visits(
        "Minister to tour South America\n\nMADRID - Foreign Minister Elena Prado will leave on Sunday for "
        "Chile and Peru.\n\nPrado arrives in Santiago on Sunday night. She travels on to Lima on "
        "Tuesday.",
        published="2031-04-07",
    )
    assert got[("Elena Prado", "CHL")]["date"] == "2031-04-13"
    assert got[("Elena Prado", "PER")]["date"] == "2031-04-15"


def test_a_trip_frame_with_no_traveller_is_that_of_all_named_together() -> None:
    """ "King A and Queen B will pay a state visit ... It will be the first state visit by a Swedish
    monarch since 2010": both travellers' visits are the first in 21 years."""
    got = _visits(
        "Royal visit\n\nSTOCKHOLM - King Erik Vasa and Queen Linnea will pay a state visit to Chile in "
        "June, the Royal Court said.\n\nIt will be the first state visit by a Swedish monarch to "
        "Chile since 2010."
    )
    assert got[("Erik Vasa", "CHL")]["first_in"] == "P21Y"
    assert got[("Linnea", "CHL")]["first_in"] == "P21Y"


def test_a_capital_s_people_tell_where_the_suspect_is_held() -> None:
    """ "A Lisbon woman wanted in Brazil ... has lost her appeal against extradition": Portugal
    holds her (a capital before the noun, as any city)."""
    (case,) = extradition_disputes(
        "Woman loses extradition appeal\n\nA Lisbon woman wanted in Brazil on fraud charges has lost her "
        "final appeal against extradition.\n\nThe Supreme Court on Monday rejected the appeal of Rita "
        "Paiva, 51, finding that the lower court had been right to order her surrender."
    )
    assert dispute_sides(case) == ("BRA", "PRT")


def test_suspected_of_names_the_charge() -> None:
    """ "X is suspected of arms trafficking and money laundering": the case."""
    (case,) = extradition_disputes(
        "Suspect handed over\n\nBelgian police on Tuesday handed over Marek Dvorak to Czech officers in "
        "Brussels.\n\nDvorak is suspected of arms trafficking and money laundering."
    )
    assert case.attributes["case"] == "arms trafficking and money laundering"


def test_a_charge_stops_before_the_authorities_it_was_handed_to() -> None:
    """ "handed over a man wanted for an arson attack in Kaunas to Lithuanian authorities": the
    charge ends before "to Lithuanian authorities"."""
    (case,) = extradition_disputes(
        "Suspect handed over\n\nRIGA - Latvian police on Friday handed over a man wanted for an arson "
        "attack in Kaunas to Lithuanian authorities at the border.\n\nThe man, Tomas Rimkus, 40, had "
        "been arrested in Riga in March."
    )
    assert case.attributes["case"] == "arson attack in Kaunas"

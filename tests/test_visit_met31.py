"""Whom a visitor met (issue 9, helper met31): a meeting still to come is no part of a trip told as
done ("will hold talks with his counterpart" after "made a trip there last week"; "was expected to
brief X" at home, not on the host's own trip abroad); "a meeting between A and B" is A's and B's,
not that of the one who arranged it, and is placed by the trip it is held during; "the U.S.
delegation" is the visitor's though his title names no state; a trip noun's owner meets those his
trip is "an opportunity to meet", even when they are due to travel the other way later; and "X said
the meeting was like Monday's talks with Y" makes Y met by X."""

from __future__ import annotations

from tests.builders import visits_of


def _met(text: str, published: str = "2031-05-05") -> dict[tuple[object, object], tuple[str, ...]]:
    return {
        (e.roles["visitor"], e.roles["host_state"]): tuple(e.roles["met"])  # type: ignore[arg-type]
        for e in visits_of(text, published)
    }


def test_talks_to_come_are_no_part_of_a_trip_gone_by() -> None:
    text = (
        "Ministers to meet\n\nKenyan Foreign Minister Paul Otieno will hold one-on-one talks with his "
        "Ugandan counterpart Sam Okello on the sidelines of the upcoming regional forum, officials said "
        "on Wednesday.\n\nThe forum will take place later this month in the Kenyan port city of "
        "Mombasa.\n\nRelations have been tense although Otieno made a trip to Uganda last week."
    )
    assert _met(text, "2031-11-12")[("Paul Otieno", "UGA")] == ()
    # held, not to come: the counterpart met on the trip told as done is kept
    held = (
        "Ministers met\n\nKenyan Foreign Minister Paul Otieno held talks with his Ugandan counterpart "
        "Sam Okello in Kampala last week during a trip to Uganda."
    )
    assert _met(held, "2031-11-12")[("Paul Otieno", "UGA")] == ("Sam Okello",)


def test_a_host_expected_to_brief_his_guest_met_him_at_home() -> None:
    text = (
        "King to brief leader\n\nPeruvian President Ana Rojas headed for Amman on Wednesday for talks "
        "with King Faisal.\n\nKing Faisal was expected to brief Rojas on his talks last month in "
        "Washington with President Tom Reed."
    )
    met = _met(text, "2031-11-12")
    assert met[("Ana Rojas", "JOR")] == ("Faisal",)
    # the talks of last month were met on the king's trip; the briefing is at home
    assert met[("Faisal", "USA")] == ("Tom Reed",)


def test_a_meeting_between_two_is_not_met_by_its_arranger() -> None:
    text = (
        "Envoy quits\n\nThe Canadian special envoy for the talks, Mark Dunn, resigned on Friday. In July "
        "he worked to arrange a meeting between Polish President Jan Nowak and French President Luc "
        "Martin during Martin's planned trip to Warsaw, which was later cancelled. Nowak later flew to "
        "New York for the UN General Assembly."
    )
    met = _met(text, "2031-10-04")
    assert met[("Luc Martin", "POL")] == ("Jan Nowak",)
    # the meeting was to be in Warsaw: no part of Nowak's stay in New York
    assert met[("Jan Nowak", "USA")] == ()


def test_the_delegation_of_a_visitor_whose_title_names_no_state() -> None:
    text = (
        "Banker leads team\n\nTreasury Secretary Tom Reed and central bank chief Sam Klein will lead a "
        "senior U.S. team next month for talks in Tokyo, the department said.\n\nThe U.S. "
        "delegation will also meet with Japanese Prime Minister Kenji Sato, it added."
    )
    assert _met(text, "2031-11-12")[("Tom Reed", "JPN")] == ("Kenji Sato",)


def test_a_trip_that_is_a_chance_to_meet_one_who_will_travel_back() -> None:
    text = (
        "Ties warm\n\nThe visit to Denmark by US Secretary of State Tom Reed next month shows relations "
        "are warming. Danish Chancellor Erik Lund will visit the White House early next year.\n\n"
        "\"Secretary Reed's visit to Denmark will be an opportunity to meet with Chancellor Erik Lund and "
        'members of his government," the State Department said in a statement on Monday.'
    )
    assert _met(text, "2031-11-12")[("Tom Reed", "DNK")] == ("Erik Lund",)


def test_talks_the_sayer_compares_a_meeting_with() -> None:
    text = (
        "Treasury chief in Vietnam\n\nUS Treasury Secretary Tom Reed held talks with party leader Do Van "
        "Minh in Da Nang on Tuesday during a four-day stay in Vietnam.\n\nReed said the meeting "
        "was much like Monday's talks with Prime Minister Le Van Hung in Hanoi."
    )
    assert _met(text, "2031-11-12")[("Tom Reed", "VNM")] == ("Do Van Minh", "Le Van Hung")


def test_leaders_of_third_states_met_where_the_story_is_datelined() -> None:
    text = (
        "Chilean leader busy at summit\n\nJAKARTA, Oct. 9 (Kyodo) -- Chilean President Ana Rojas held "
        "talks with the leaders of Canada and Peru on Wednesday on the sidelines of the regional summit "
        "in Jakarta.\n\nRojas arrived in Jakarta on Monday and met Indonesian President Budi Santoso on "
        "Tuesday.\n\nCanadian Prime Minister Paul Leduc and Peruvian President Jorge Quispe were among "
        "the leaders at the summit.\n\nRojas's talks with Leduc focused on mining, while she and Quispe "
        "discussed fisheries, an aide said.\n\nFrom Jakarta, Rojas will fly on Thursday to Canada for a "
        "state visit."
    )
    met = _met(text, "2031-10-09")
    # held in Jakarta: not on the Canadian leg still to come
    assert met[("Ana Rojas", "IDN")] == ("Budi Santoso", "Paul Leduc", "Jorge Quispe")
    assert met[("Ana Rojas", "CAN")] == ()
    # no dateline: a third state's leader met on no telling which of two trips
    undated = (
        "Chilean leader in Jakarta\n\nChilean President Ana Rojas held talks with Peruvian President "
        "Jorge Quispe on Wednesday.\n\nRojas arrived in Jakarta on Monday and met Indonesian President "
        "Budi Santoso on Tuesday. From Jakarta, Rojas will fly on Thursday to Canada for a state visit."
    )
    assert _met(undated, "2031-10-09")[("Ana Rojas", "IDN")] == ("Budi Santoso",)


def test_hosts_named_after_a_group_that_greeted_the_visitor() -> None:
    text = (
        "Party delegation arrives\n\nA delegation of the Chilean Socialist Party headed by Ana Rojas "
        "arrived in Lima on Saturday for a five-day visit.\n\nRojas and the delegation were greeted at "
        "the airport by senior leaders of the ruling party, including party secretary-general Jorge "
        "Quispe and Vice President Luis Mamani."
    )
    assert _met(text, "2031-10-09")[("Ana Rojas", "PER")] == ("Jorge Quispe", "Luis Mamani")
    # a crowd of the visitor's compatriots is no host
    crowd = (
        "Minister arrives\n\nChilean Foreign Minister Ana Rojas arrived in Lima on Saturday for a "
        "two-day visit.\n\nShe was welcomed at the airport by a crowd of Chilean residents, including "
        "community leader Pedro Soto."
    )
    assert _met(crowd, "2031-10-09")[("Ana Rojas", "PER")] == ()

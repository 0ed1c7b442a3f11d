"""Classes seen on half a of battery26 (issue 9, twenty-sixth session, helper battery26).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

from builders import extradition_disputes, visit_fields


def _visits(text: str, published: str = "2031-04-09") -> dict[tuple[str, str], dict[str, object]]:
    return visit_fields(text, published)


def test_right_honourable_opens_an_apposed_name() -> None:
    """ "The Speaker of the National Assembly, Rt. Hon. X, has returned to Y after a visit to Z": the
    two forms of address together are no bar to the role phrase before the comma."""
    for title in ("Rt. Hon.", "Rt Hon"):
        got = _visits(
            f"Speaker back home\n\nThe Speaker of the National Assembly, {title} Grace Mwansa-Tembo, "
            "has returned to Lusaka after a three-day working visit to Botswana."
        )
        assert got[("Grace Mwansa-Tembo", "BWA")]["state"] == "ZMB", title
        assert got[("Grace Mwansa-Tembo", "BWA")]["status"] == "completed", title


def test_a_trip_put_off_to_a_new_day_is_planned_on_it() -> None:
    """ "has been moved to July 8 to 10", "has been postponed to 20 May": the clause that puts the
    trip off gives its new day, ahead of the day it had been set for (a "for" phrase of the day
    put off is no new day)."""
    got = _visits(
        "Trip moved\n\nPeruvian Prime Minister Aldo Benavente's official visit to Brazil, originally set for "
        "next week, has been moved to May 20 to 22, his office said on Tuesday."
    )
    assert got[("Aldo Benavente", "BRA")]["date"] == "2031-05-20"
    assert got[("Aldo Benavente", "BRA")]["status"] == "planned"
    got = _visits(
        "Trip off\n\nThe state visit of Peruvian President Aldo Benavente to Chile has been postponed "
        "to 14 June, the foreign ministry in Lima said on Tuesday."
    )
    assert got[("Aldo Benavente", "CHL")]["date"] == "2031-06-14"
    assert got[("Aldo Benavente", "CHL")]["status"] == "planned"
    # "postponed a visit planned for next week": the "for" phrase is the day put off, no new one
    got = _visits(
        "Trip off\n\nPeruvian President Aldo Benavente has postponed a visit to Chile planned for next "
        "week, the foreign ministry said on Tuesday."
    )
    assert all(v["date"] != "2031-W16" or v["status"] != "planned" for v in got.values())


def test_a_charge_stops_where_the_main_verb_begins() -> None:
    """ "A trader accused of running a scheme from an office is fighting extradition": the charge
    phrase ends before the main clause's verb, though the parse starts that clause at the verb."""
    (case,) = extradition_disputes(
        "Trader fights extradition\n\nA 52-year-old Danish trader accused of running a pension fraud "
        "from a Geneva office is fighting extradition to Norway, a Swiss court heard on Monday.\n\n"
        "Henrik Skovgaard-Lund was arrested in Geneva in January."
    )
    assert case.attributes["case"] == "running a pension fraud from a Geneva office"


def test_a_shared_agency_name_is_the_datelines_state() -> None:
    """ "MANILA - The Department of Justice has granted a Korean request": many states have a
    department of justice; under a dateline it is the dateline state's own."""
    (case,) = extradition_disputes(
        "Request granted\n\nMANILA - The Department of Justice has granted a South Korean request for "
        "the extradition of Lee Jun-seok, a man accused of investment fraud, a spokesman said on "
        "Monday."
    )
    assert case.roles["requested_state"] == "PHL"
    assert case.roles["requesting_state"] == "KOR"


def test_the_defence_asking_a_court_to_block_a_handover_is_no_refusal() -> None:
    """ "His lawyers asked the Court of Appeal on Wednesday to block the handover": a plea made, the
    case pending; "have 30 days to ask the court to stop it" says nothing yet (the grant stands)."""
    head = (
        "Surrender approved\n\nACCRA - Ghana has granted a Nigerian request for the extradition of "
        "Chinedu Okafor-Bello, a businessman accused of bank fraud, a spokesman said on Monday.\n\n"
    )
    (case,) = extradition_disputes(
        head + "His lawyers asked the Court of Appeal on Wednesday to block the handover.", "2031-04-10"
    )
    assert case.attributes["status"] == "pending"
    (case,) = extradition_disputes(
        head + "His lawyers have 30 days to ask the Court of Appeal to stop the handover.", "2031-04-10"
    )
    assert case.attributes["status"] == "granted"


def test_an_adjourned_hearing_of_a_request_names_its_maker() -> None:
    """ "adjourned the hearing of a Spanish request for the extradition of X": the request the
    hearing is of is the one the surrender phrase after it belongs to."""
    (case,) = extradition_disputes(
        "Hearing adjourned\n\nA court in Morocco on Monday adjourned the hearing of a Spanish request "
        "for the extradition of Youssef Benali-Tazi, a man accused of smuggling hashish."
    )
    assert case.roles["requesting_state"] == "ESP"
    assert case.roles["requested_state"] == "MAR"
    assert case.attributes["status"] == "pending"
    assert case.date == "2031-04-07"


def test_a_tribunal_named_a_mechanism_receives_the_surrender() -> None:
    """ "transferred to the International Residual Mechanism for Criminal Tribunals": the body's name
    ends in "Mechanism" once the parse leaves the "for" phrase apart; it is the side that asks."""
    (case,) = extradition_disputes(
        "Fugitive transferred\n\nEmmanuel Ntaganda-Rukundo was transferred on Tuesday to the "
        "International Residual Mechanism for Criminal Tribunals by Uganda."
    )
    assert case.roles["requesting_state"] == "IRMCT"
    assert case.roles["requested_state"] == "UGA"
    assert case.attributes["status"] == "completed"


def test_a_person_surrendered_to_a_state_in_the_passive_is_extradited() -> None:
    """ "A Latvian man arrested in Sweden has been surrendered to Latvia": the passive of "surrender"
    with a state to go to is a surrender between states (not "X surrendered to police", his own
    act), and the man named next is the suspect."""
    (case,) = extradition_disputes(
        "Man surrendered\n\nA Latvian man who was arrested in Sweden in March has been surrendered to "
        "Latvia, where he is wanted over a string of burglaries, police said on Wednesday.\n\n"
        "Edgars Kalnins-Ozols was flown to Riga on Tuesday."
    )
    assert case.roles["suspect"] == "Edgars Kalnins-Ozols"
    assert case.roles["requesting_state"] == "LVA"
    assert case.roles["requested_state"] == "SWE"
    assert case.attributes["status"] == "completed"
    assert not extradition_disputes("Siege ends\n\nThe fort was surrendered to Latvian troops on Monday.")


def test_a_court_sitting_for_another_state_is_not_where_the_suspect_is() -> None:
    """ "after the Privy Council in London dismissed his appeal": the final court of appeal of many
    Caribbean states sits in London; the man from Nassau is held in the Bahamas, not in Britain."""
    (case,) = extradition_disputes(
        "Appeal dismissed\n\nA Nassau man wanted in the United States on drug charges has lost his "
        "final bid to avoid extradition after the Privy Council in London dismissed his appeal on "
        "Monday.\n\nDeangelo Pratt-Rolle, 41, had argued that his trial would be unfair.\n\nThe "
        "ruling clears the way for Pratt-Rolle to be handed over to US marshals."
    )
    assert case.roles["requested_state"] == "BHS"
    assert case.roles["requesting_state"] == "USA"
    assert case.attributes["status"] == "granted"


def test_a_tour_dated_by_its_end_takes_a_stops_meeting_day() -> None:
    """ "returned to Oslo on Tuesday after visits to Japan and South Korea ... In Tokyo on Saturday,
    she met Y": the stop's own meeting day dates it, though it falls in the month before the end."""
    got = _visits(
        "Premier back home\n\nNorwegian Prime Minister Solveig Aarsland-Bakke returned to Oslo on "
        "Tuesday after visits to Japan and South Korea.\n\nIn Tokyo on Saturday, Aarsland-Bakke met "
        "Prime Minister Kenta Morimoto.",
        "2031-04-02",
    )
    assert got[("Solveig Aarsland-Bakke", "JPN")]["date"] == "2031-03-29"
    assert got[("Solveig Aarsland-Bakke", "JPN")]["status"] == "completed"

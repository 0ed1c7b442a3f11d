"""Extradition classes seen on half a of battery23 (issue 9, twenty-third session, helper
battery23): a court's favourable opinion given "to" the extradition, a court's finding that an
extradition is (in)admissible, a court named by its seat city as the state asked, a court
reporter's procedural history that tells an earlier hearing after the decision, a United States
magistrate who "certified" an extradition, a request told right after an arrest abroad, an arrest
"on foot of" a warrant "issued by a regional court in" a city, a described suspect's demonym, a
charge after "charged him in 2016 with", a charge of torture that is no ground of refusal, a time
between a modal and its verb ("will this month hear"), and a court that will hear a challenge to
a surrender.

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

from builders import dispute_sides, extradition_disputes, visits_of

disputes = extradition_disputes
sides = dispute_sides


def test_a_favourable_opinion_given_to_the_extradition_grants_it() -> None:
    """ "gave a favourable opinion to the extradition of X": a grant by the court's state."""
    (case,) = disputes(
        "Court backs Tunis\n\nThe indictment chamber of the Lyon Court of Appeal on Tuesday gave a "
        "favourable opinion to the extradition of Tarek Bensalem, a former customs director wanted "
        "in Tunisia for fraud."
    )
    assert case.attributes["status"] == "granted"
    assert sides(case) == ("TUN", "FRA")
    assert case.date == "2031-04-08"
    (case,) = disputes(
        "Court says no\n\nThe indictment chamber of the Lyon Court of Appeal on Tuesday gave an "
        "unfavourable opinion to the extradition of Tarek Bensalem, a former customs director wanted "
        "in Tunisia for fraud."
    )
    assert case.attributes["status"] == "refused"


def test_a_court_declaring_the_extradition_inadmissible_refuses_it() -> None:
    """ "declared inadmissible the extradition of X to Russia": refused, by the court's state
    (named by its seat: "the Court of Appeal in Gdansk")."""
    (case,) = disputes(
        "Ruling\n\nThe Court of Appeal in Gdansk on Monday declared inadmissible the extradition of "
        "Aslan Temirov to Russia, where he is charged with robbery."
    )
    assert case.attributes["status"] == "refused"
    assert sides(case) == ("RUS", "POL")
    assert case.date == "2031-04-07"
    (case,) = disputes(
        "Ruling\n\nA regional court in Brno on Monday ruled the extradition of Oleh Marchuk to "
        "Ukraine admissible. He is charged with fraud in Kharkiv."
    )
    assert case.attributes["status"] == "granted"
    assert sides(case) == ("UKR", "CZE")


def test_a_hearing_told_after_the_decision_leaves_it_decided() -> None:
    """A court reporter's history: "At the first hearing, in February, his lawyers argued ...",
    told after the day's decision, is an earlier stage; an appeal after it reopens the case."""
    text = (
        "Chamber backs Algiers\n\nThe indictment chamber of the Lyon Court of Appeal on Tuesday gave "
        "a favourable opinion on the extradition of Tarek Bensalem, a former customs director wanted "
        "in Algeria for fraud. At the first hearing, in February, his lawyers argued that he would "
        "not get a fair trial."
    )
    (case,) = disputes(text)
    assert case.attributes["status"] == "granted"
    assert case.date == "2031-04-08"
    (case,) = disputes(text + " On Wednesday his lawyers filed an appeal against the extradition.")
    assert case.attributes["status"] == "pending"


def test_a_magistrate_certifying_the_extradition_grants_it() -> None:
    """ "certified that X can be extradited": the finding of a United States court, a grant by the
    state the judge sits in."""
    (case,) = disputes(
        "Judge rules\n\nA federal magistrate judge in Houston on Tuesday certified that Ramiro "
        "Escalante, a former governor wanted in Honduras for embezzlement, can be extradited."
    )
    assert case.attributes["status"] == "granted"
    assert sides(case) == ("HND", "USA")
    assert case.date == "2031-04-08"


def test_a_request_told_after_an_arrest_abroad_is_for_the_one_arrested() -> None:
    """ "X ... was arrested in Tangier in June. France filed an extradition request": the request
    names no one; the one arrested in another state is asked for."""
    text = (
        "Minister visits\n\nNadir Belkacem, 33, who is accused by French investigators of running a "
        "smuggling ring, was arrested in Tangier in January. France filed an extradition request the "
        "same month."
    )
    (case,) = disputes(text)
    assert case.roles["suspect"] == "Nadir Belkacem"
    assert sides(case) == ("FRA", "MAR")
    assert case.attributes["status"] == "requested"
    # a request for someone else, or an arrest at home, asks for no one
    other = disputes(text.replace("an extradition request", "an extradition request for Omar Tazi"))
    assert "Nadir Belkacem" not in {c.roles["suspect"] for c in other}
    assert not disputes(
        "Arrest\n\nNadir Belkacem, 33, who is accused of running a smuggling ring, was arrested in "
        "Marseille in January. France filed an extradition request for another man in May."
    )


def test_an_arrest_on_foot_of_a_warrant_issued_by_a_court_in_a_city() -> None:
    """ "arrested on foot of a European arrest warrant", "issued by a regional court in Lublin": the
    warrant's state asks for the one arrested."""
    for told in (
        "on foot of a European arrest warrant issued by Poland",
        "on a European arrest warrant issued by a regional court in Lublin",
        "on the strength of a warrant issued by an investigating judge in Krakow",
    ):
        (case,) = disputes(
            f"Warrant\n\nTomasz Zielny was arrested in Limerick in February {told}. He is accused of fraud."
        )
        assert sides(case) == ("POL", "IRL"), told


def test_a_described_suspects_demonym_is_the_state_that_asks() -> None:
    """ "refused to extradite a former Argentine police officer": with no state named that asks,
    the description's demonym is it; not the state asked, nor a state of a phrase after it."""
    (case,) = disputes(
        "Court says no\n\nChile's Supreme Court on Tuesday refused to extradite a former Argentine "
        "police officer accused of torture. Julio Ferrero, 74, has lived in Chile since 1990."
    )
    assert sides(case) == ("ARG", "CHL")
    (case,) = disputes(
        "Court says yes\n\nThailand on Tuesday agreed to extradite a Thai monk accused of fraud. "
        "Somchai Rattana, 44, was arrested in Bangkok."
    )
    assert case.roles["requesting_state"] is None


def test_a_charge_with_the_object_and_a_time_before_with() -> None:
    """ "charged him in 2029 with smuggling cocaine": the charge after the object and the year."""
    (case,) = disputes(
        "Handed over\n\nHonduras on Tuesday extradited Rigoberto Canales to the United States. A "
        "federal court in Texas charged him in 2029 with smuggling cocaine across the border."
    )
    assert case.attributes["case"] == "smuggling cocaine across the border"


def test_a_charge_of_torture_is_no_ground_of_refusal() -> None:
    """ "accused of torture", "wanted for the torture of detainees": the charge, not a risk of
    ill-treatment that a refusal gives as its grounds ("citing a risk of torture")."""
    head = "Court says no\n\nChile's Supreme Court on Tuesday refused to extradite Julio Ferrero"
    for told in (
        ", a former police officer accused of torture during the dictatorship, to Argentina.",
        " to Argentina, where he is wanted for the torture of detainees.",
    ):
        (case,) = disputes(head + told)
        assert case.attributes["grounds"] is None, told
    (case,) = disputes(head + " to Argentina, citing a risk of torture.")
    assert case.attributes["grounds"] == "risk of ill-treatment or unfair trial"


def test_a_time_between_a_modal_and_its_verb() -> None:
    """ "will on Monday visit Berlin", "will next week visit": the verb group goes on past the time,
    which stays the clause's."""
    (visit,) = visits_of(
        "Trip\n\nFrench Foreign Minister Jean Dupont will on Monday visit Berlin for talks with "
        "Chancellor Karl Weber."
    )
    assert visit.roles["host_state"] == "DEU"
    assert visit.date == "2031-04-14"
    (visit,) = visits_of(
        "Trip\n\nFrench Foreign Minister Jean Dupont will next week visit Berlin for talks with "
        "Chancellor Karl Weber."
    )
    assert visit.date == "2031-W16"


def test_a_court_that_will_hear_a_challenge_to_a_surrender() -> None:
    """ "will this month hear a challenge to the surrender of X": pending before that court, whose
    state is the one asked."""
    for told in (
        "will this month hear a challenge to the surrender of Tomasz Zielny to Poland, where he is "
        "accused of fraud.",
        "heard a challenge to the surrender of Tomasz Zielny to Poland on Monday. He is accused of fraud.",
    ):
        (case,) = disputes("Hearing\n\nThe High Court in Dublin " + told)
        assert case.attributes["status"] == "pending", told
        assert sides(case) == ("POL", "IRL"), told


def test_the_suspects_appeal_thrown_out_in_the_passive_lets_the_surrender_stand() -> None:
    """ "His appeal was thrown out last month": the defence's appeal refused, the surrender stands
    (granted); "His appeal was upheld": it is stopped."""
    head = (
        "Sent back\n\nA Madrid court approved the extradition of Gary Pellow to Britain, where he is "
        "accused of fraud. "
    )
    (case,) = disputes(head + "His appeal was thrown out last month.")
    assert case.attributes["status"] == "granted"
    assert case.date == "2031-03"
    (case,) = disputes(head + "His appeal was upheld on Monday.")
    assert case.attributes["status"] == "refused"


def test_a_description_whose_relative_clause_tells_a_crime_is_the_suspect() -> None:
    """ "A conman who swindled pensioners was flown back to Britain ... X, 52, was handed over by
    Spanish police": the one described is the one named after."""
    (case,) = disputes(
        "Home in cuffs\n\nA conman who swindled pensioners out of their savings was flown back to "
        "Britain yesterday. Derek Hollins, 52, was handed over by Spanish police at Malaga airport."
    )
    assert case.roles["suspect"] == "Derek Hollins"
    assert sides(case) == ("GBR", "ESP")
    assert case.attributes["status"] == "completed"


def test_a_name_particle_that_is_also_a_company_suffix() -> None:
    """ "Ibrahim Ag Alhassane": the Tuareg particle "Ag" inside a name, though "AG" ends a company's
    name elsewhere; the surrender to the court is his."""
    (case,) = disputes(
        "In custody\n\nTHE HAGUE, May 3 (Reuters) - Niger's authorities have surrendered to the "
        "International Criminal Court a former commander of an armed group accused of burning "
        "villages, the court said on Wednesday.\n\nIbrahim Ag Alhassane, 51, arrived at the court's "
        "detention centre overnight."
    )
    assert case.roles["suspect"] == "Ibrahim Ag Alhassane"
    assert case.roles["requested_state"] == "NER"
    assert case.attributes["status"] == "completed"

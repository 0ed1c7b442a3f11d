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
    """ "issued a favourable opinion to Tunisia's request for the extradition of X": a grant by the
    state of the court (a chamber of it, named with its seat city)."""
    told = (
        "Opinion\n\nOn Monday the indictment chamber of the Bordeaux Court of Appeal issued a{} opinion "
        "to Tunisia's request for the extradition of Tarek Bensalem, a former customs director "
        "accused of fraud."
    )
    (case,) = disputes(told.format(" favourable"))
    assert case.attributes["status"] == "granted"
    assert sides(case) == ("TUN", "FRA")
    assert case.date == "2031-04-07"
    (case,) = disputes(told.format("n unfavourable"))
    assert case.attributes["status"] == "refused"


def test_a_court_finding_the_extradition_inadmissible_refuses_it() -> None:
    """ "declared the extradition of X to Russia inadmissible": refused, by the court's state
    (named by its seat: "the Court of Appeal in Gdansk")."""
    (case,) = disputes(
        "Ruling\n\nJudges at the Court of Appeal in Gdansk declared the extradition of Aslan Temirov "
        "to Russia inadmissible on Monday. He is charged with robbery in Russia."
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
    """A court reporter's history: "At an earlier hearing, in February, ...", told after the day's
    decision, is an earlier stage; an appeal after it reopens the case."""
    text = (
        "Opinion\n\nOn Monday the indictment chamber of the Bordeaux Court of Appeal issued a "
        "favourable opinion on Tunisia's request for the extradition of Tarek Bensalem, a former "
        "customs director accused of fraud. At an earlier hearing, in February, the defence said he "
        "would not get a fair trial."
    )
    (case,) = disputes(text)
    assert case.attributes["status"] == "granted"
    assert case.date == "2031-04-07"
    (case,) = disputes(text + " On Wednesday his lawyers filed an appeal against the extradition.")
    assert case.attributes["status"] == "pending"


def test_a_judge_certifying_the_extradition_grants_it() -> None:
    """ "certified that X could be extradited": the finding of a United States court, a grant by the
    state the judge sits in."""
    (case,) = disputes(
        "Judge rules\n\nA federal judge in Houston certified on Tuesday that Ramiro Escalante, a "
        "former governor wanted in Honduras for embezzlement, could be extradited."
    )
    assert case.attributes["status"] == "granted"
    assert sides(case) == ("HND", "USA")
    assert case.date == "2031-04-08"


def test_a_request_told_after_an_arrest_abroad_is_for_the_one_arrested() -> None:
    """ "X ... was detained in Casablanca in March. Belgium sent an extradition request": the
    request names no one; the one arrested in another state is asked for."""
    text = (
        "Arrest\n\nYoussef Amrani, 29, whom Belgian prosecutors accuse of arms trafficking, was "
        "detained in Casablanca in March. Belgium sent an extradition request two weeks later."
    )
    (case,) = disputes(text)
    assert case.roles["suspect"] == "Youssef Amrani"
    assert sides(case) == ("BEL", "MAR")
    assert case.attributes["status"] == "requested"
    # a request for someone else, or an arrest at home, asks for no one
    other = disputes(text.replace("an extradition request", "an extradition request for Omar Tazi"))
    assert "Youssef Amrani" not in {c.roles["suspect"] for c in other}
    assert not disputes(
        "Arrest\n\nYoussef Amrani, 29, who is accused of arms trafficking, was detained in Antwerp in "
        "March. Belgium sent an extradition request for another man in May."
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
    """ "declined to extradite a retired Paraguayan army colonel": with no state named that asks,
    the description's demonym is it; not the state asked itself."""
    (case,) = disputes(
        "Court says no\n\nUruguay's Supreme Court on Monday declined to extradite a retired "
        "Paraguayan army colonel accused of kidnappings. Julio Benitez, 81, has lived in Montevideo "
        "since 1995."
    )
    assert sides(case) == ("PRY", "URY")
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
    """ "accused of torture", "wanted for the torture of prisoners": the charge, not a risk of
    ill-treatment that a refusal gives as its grounds ("citing a risk of torture")."""
    head = "Court says no\n\nA Lisbon court on Monday refused to extradite Rui Moreira"
    for told in (
        ", a former prison guard accused of torture in the 1970s, to Brazil.",
        " to Brazil, where he is wanted for the torture of prisoners.",
    ):
        (case,) = disputes(head + told)
        assert case.attributes["grounds"] is None, told
    (case,) = disputes(head + " to Brazil, citing a risk of torture.")
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
    """ "will this month consider an appeal against the surrender of X": pending before that court,
    whose state is the one asked."""
    for told in (
        "will this month consider an appeal against the surrender of Pieter Claes to the "
        "Netherlands, where he is accused of arson.",
        "heard a challenge to the surrender of Pieter Claes to the Netherlands on Monday. He is "
        "accused of arson.",
    ):
        (case,) = disputes("Hearing\n\nBelgium's Court of Cassation " + told)
        assert case.attributes["status"] == "pending", told
        assert sides(case) == ("NLD", "BEL"), told


def test_the_suspects_appeal_refused_in_the_passive_lets_the_surrender_stand() -> None:
    """ "His appeal was dismissed in March": the defence's appeal refused, the surrender stands
    (granted); "His appeal was upheld": it is stopped."""
    head = (
        "Sent back\n\nA court in Seville approved the extradition of Martin Dowd to Ireland, where he "
        "is accused of fraud. "
    )
    (case,) = disputes(head + "His appeal was dismissed in March.")
    assert case.attributes["status"] == "granted"
    assert case.date == "2031-03"
    (case,) = disputes(head + "His appeal was upheld on Monday.")
    assert case.attributes["status"] == "refused"


def test_a_description_whose_relative_clause_tells_a_crime_is_the_suspect() -> None:
    """ "A bogus builder who defrauded elderly homeowners was flown back to Ireland ... X, 47, was
    handed over by Portuguese police": the one described is the one named after."""
    (case,) = disputes(
        "Home\n\nA bogus builder who defrauded elderly homeowners was flown back to Ireland on "
        "Monday. Sean Garrity, 47, was handed over by Portuguese police in Faro."
    )
    assert case.roles["suspect"] == "Sean Garrity"
    assert sides(case) == ("IRL", "PRT")
    assert case.attributes["status"] == "completed"


def test_a_name_particle_that_is_also_a_company_suffix() -> None:
    """ "Ibrahim Ag Alhassane": the Tuareg particle "Ag" inside a name, though "AG" ends a company's
    name elsewhere; the surrender to the court is his."""
    (case,) = disputes(
        "In custody\n\nOfficials in Niger on Monday handed over to the International Criminal Court "
        "a former rebel leader wanted for burning villages. Ibrahim Ag Alhassane, 51, arrived at the "
        "court's detention centre overnight."
    )
    assert case.roles["suspect"] == "Ibrahim Ag Alhassane"
    assert case.roles["requested_state"] == "NER"
    assert case.attributes["status"] == "completed"

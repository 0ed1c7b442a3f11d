"""Extradition classes seen on half a of battery23 (issue 9, twenty-third session, helper
battery23): a court's favourable opinion given "to" the extradition, a court's finding that an
extradition is (in)admissible, a court named by its seat city as the state asked, and a court
reporter's procedural history that tells an earlier hearing after the decision.

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

from builders import dispute_sides, extradition_disputes

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

"""Rival requests decided apart (issue 9, twenty-third session, helper extr31): a court that grants
one state's request and refuses another's decides two cases, one per state asking, whether the
refusal is told in a sentence of its own or in a clause coordinated with the grant ("... and
declined to enforce the Russian request").

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

from builders import dispute_sides, extradition_disputes

disputes = extradition_disputes
sides = dispute_sides


def _by_state(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    return {
        str(e.roles["requesting_state"]): (
            str(e.attributes["status"]),
            e.roles["requested_state"],
            e.date,
        )
        for e in disputes(text)
    }


def test_a_grant_and_a_rival_refused_in_the_next_sentence_are_two_cases() -> None:
    """The refused rival's acts outnumber the granted state's: both cases still come out."""
    got = _by_state(
        "Court rules on banker\n\nVIENNA - An Austrian court on Monday approved the extradition of "
        "Lorenz Aigner to the United States, where he is charged with bank fraud. The court turned "
        "down a Russian request for his extradition, saying it was too vague. Russia had sought "
        "his extradition since May."
    )
    assert got["USA"][:2] == ("granted", "AUT")
    assert got["USA"][2] == "2031-04-07"
    assert got["RUS"][:2] == ("refused", "AUT")


def test_a_rival_refused_in_a_coordinated_clause_is_a_case_of_its_own() -> None:
    """ "agreed to extradite X to Germany and rejected the Turkish request for him": the grant is
    Germany's, the refusal Turkey's (not a refusal of the German case)."""
    got = _by_state(
        "Ruling\n\nATHENS - A Greek court on Tuesday agreed to extradite Dimitri Kostaras, a "
        "shipping agent, to Germany and rejected the Turkish request for him."
    )
    assert got["DEU"][:2] == ("granted", "GRC")
    assert got["TUR"][:2] == ("refused", "GRC")


def test_a_rival_request_a_court_declined_to_enforce_is_refused_that_day() -> None:
    """ "granted the Polish request ... and declined to enforce the Ukrainian request": the second
    clause (a verb carrying out a request under a refusal) refuses Ukraine's case, on the day of
    the grant it is coordinated with."""
    told = (
        "Ruling\n\nLISBON - Portugal's Supreme Court on Monday granted the Polish request for the "
        "extradition of Marek Zielonka, a haulage contractor, and {} the Ukrainian request."
    )
    for decided in ("declined to enforce", "refused to honour", "declined to approve"):
        got = _by_state(told.format(decided))
        assert got["POL"] == ("granted", "PRT", "2031-04-07"), decided
        assert got["UKR"] == ("refused", "PRT", "2031-04-07"), decided


def test_a_grant_verb_under_a_refusal_refuses_the_request() -> None:
    """ "The ministry declined to grant the request" is a refusal, not a grant; "police executed the
    warrant" is no decision."""
    (case,) = disputes(
        "Refusal\n\nPRAGUE - Chile asked the Czech Republic in January to extradite Tomas Reznicek, "
        "a pilot wanted for smuggling. The justice ministry declined to grant the request on Monday."
    )
    assert case.attributes["status"] == "refused"
    assert sides(case) == ("CHL", "CZE")
    # a verb of carrying out with no refusal ("police executed the warrant") decides nothing
    (case,) = disputes(
        "Arrest\n\nMILAN - Italy has asked Spain to extradite Bruno Ferraldi, a financier wanted "
        "for fraud. Spanish police executed the Italian warrant on Monday."
    )
    assert case.attributes["status"] == "requested"

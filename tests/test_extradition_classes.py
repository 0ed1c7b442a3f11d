"""Extradition disputes: classes of sentences read wrong on unseen news (issue 9), one test each.

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def disputes(text: str, published: str = "2030-06-12") -> list[Event]:
    doc = diplotext.extract(text, published=published, layout="body")
    assert not [e for e in doc.errors if e.plugin in ("extradition", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "extradition_dispute"]


# ------------------------------------------------------------ "a request by X": the maker asks


def test_a_request_by_a_state_names_the_side_that_asks() -> None:
    """ "Peru has turned down a request by Chile for the extradition of X": Chile asks."""
    (case,) = disputes("Peru has turned down a request by Chile for the extradition of banker Tomas Ibarra.")
    assert case.roles["suspect"] == "Tomas Ibarra"
    assert case.roles["requesting_state"] == "CHL"
    assert case.roles["requested_state"] == "PER"
    assert case.attributes["status"] == "refused"


def test_a_rejected_request_by_a_state_before_the_surrender_noun() -> None:
    (case,) = disputes(
        "Norway on Friday rejected a request by Sweden for the extradition of trader Lars Holm."
    )
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("SWE", "NOR")
    assert case.date == "2030-06-07"


# ------------------------------------------------------------ an arrest on a red notice


def test_an_arrest_on_a_red_notice_issued_by_a_capital_is_a_request_of_its_state() -> None:
    """ "Austrian police detained X on an Interpol red notice issued by Tbilisi": Georgia asks
    Austria, on the day of the arrest."""
    (case,) = disputes(
        "Austrian police on Friday detained Georgian activist Levan Beridze on an Interpol red notice "
        "issued by Tbilisi."
    )
    assert case.roles["suspect"] == "Levan Beridze"
    assert case.roles["requesting_state"] == "GEO"
    assert case.roles["requested_state"] == "AUT"
    assert case.attributes["status"] == "requested"
    assert case.date == "2030-06-07"


def test_a_red_notice_without_an_issuer_makes_no_case() -> None:
    """Nobody is named as asking: no dispute."""
    assert (
        disputes("Austrian police on Friday detained activist Levan Beridze on an Interpol red notice.") == []
    )


# ------------------------------------------------------------ a refusal said in words is dated by its saying


def test_a_future_refusal_takes_the_day_of_the_report_after_it() -> None:
    (case,) = disputes(
        "Laos will not hand over businessman Somchai Vong to Canada, Justice Minister Anan Sitha said "
        "on Tuesday."
    )
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("CAN", "LAO")
    assert case.attributes["status"] == "refused"
    assert case.date == "2030-06-11"


def test_a_refusal_reported_in_a_complement_takes_the_day_of_the_report() -> None:
    (case,) = disputes(
        "Chad said on Monday it would not hand over former minister Idriss Kaya to the International "
        "Criminal Court."
    )
    assert case.roles["requested_state"] == "TCD"
    assert case.attributes["status"] == "refused"
    assert case.date == "2030-06-10"


def test_a_past_refusal_told_later_keeps_no_date_of_the_report() -> None:
    """ "Laos did not hand over X, the minister said on Tuesday": the act came before its report."""
    (case,) = disputes(
        "Laos did not hand over businessman Somchai Vong to Canada, Justice Minister Anan Sitha said "
        "on Tuesday."
    )
    assert case.attributes["status"] == "refused"
    assert case.date is None


# ------------------------------------------------------------ a deportation to face charges


def test_a_deportation_to_face_charges_is_a_completed_surrender() -> None:
    """ "Thailand deported X to the United States to face charges": a surrender for trial."""
    (case,) = disputes(
        "Thailand deported Russian hacker Pavel Orlov to the United States on Friday to face charges "
        "of fraud."
    )
    assert case.roles["suspect"] == "Pavel Orlov"
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("USA", "THA")
    assert case.attributes["status"] == "completed"
    assert case.date == "2030-06-07"


def test_a_deportation_with_no_trial_in_view_is_no_dispute() -> None:
    """A deportation alone is an immigration matter, even of a man charged before."""
    assert (
        disputes(
            "Thailand deported Russian hacker Pavel Orlov to the United States on Friday after his visa "
            "expired, police said."
        )
        == []
    )


# ------------------------------------------------------------ the offence's date is not the case's


def test_a_date_of_the_offence_in_connection_with_does_not_date_the_request() -> None:
    (case,) = disputes(
        "Sweden has requested the extradition of activist Nils Berg in connection with an arson attack "
        "in March 2019."
    )
    assert case.attributes["status"] == "requested"
    assert case.date is None


def test_a_date_after_a_crime_noun_does_not_date_the_request() -> None:
    (case,) = disputes(
        "Sweden on Monday requested the extradition of activist Nils Berg for the murder of a policeman "
        "in May 2019."
    )
    assert case.date == "2030-06-10"


def test_a_date_of_the_request_itself_is_kept() -> None:
    (case,) = disputes(
        "Sweden requested the extradition of activist Nils Berg in March 2029 for the murder of a policeman."
    )
    assert case.date == "2029-03"


# ------------------------------------------------------------ an army's prisoner handed to a government


def test_a_prisoner_handed_over_by_an_army_is_a_custody_transfer() -> None:
    assert (
        disputes(
            "Lawyers asked a judge to stop the US army from handing over prisoner Ali Hamid to Afghan "
            "authorities for trial."
        )
        == []
    )


def test_a_suspect_handed_over_by_police_is_still_a_surrender() -> None:
    (case,) = disputes(
        "Tanzanian police on Thursday handed over fugitive banker Joseph Mbeki to Ugandan officials."
    )
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("UGA", "TZA")
    assert case.attributes["status"] == "completed"


# ------------------------------------------------------------ a warrant or tribunal that names itself


def test_an_arrest_on_a_warrant_a_demonym_names_is_that_states_request() -> None:
    """ "arrested X on a Chilean arrest warrant": Chile asks the state whose police made the arrest."""
    (case,) = disputes("Spanish police arrested banker Tomas Ibarra on a Chilean arrest warrant on Monday.")
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("CHL", "ESP")
    assert case.attributes["status"] == "requested"
    assert case.date == "2030-06-10"


def test_an_arrest_on_a_warrant_of_the_arresting_state_is_no_dispute() -> None:
    assert (
        disputes("Spanish police arrested banker Tomas Ibarra on a Spanish arrest warrant on Monday.") == []
    )


def test_the_tribunal_for_rwanda_is_the_side_that_asks() -> None:
    (case,) = disputes(
        "Kenyan authorities on Friday handed over genocide suspect Jean Habimana to the UN tribunal "
        "for Rwanda."
    )
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("ICTR", "KEN")
    assert case.attributes["status"] == "completed"
    assert case.date == "2030-06-07"


# ------------------------------------------------------------ a court's ruling dates the refusal it states


def test_a_refusal_stated_in_a_court_ruling_takes_the_day_of_the_ruling() -> None:
    (case,) = disputes(
        "The Netherlands will not extradite Turkish journalist Can Aydin to Ankara, a Dutch court ruled "
        "on Tuesday."
    )
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("TUR", "NLD")
    assert case.attributes["status"] == "refused"
    assert case.date == "2030-06-11"


# ------------------------------------------------------------ the state that shelters the suspect is asked


def test_asylum_sought_in_a_state_makes_it_the_state_asked() -> None:
    (case,) = disputes(
        "Banker Tomas Ibarra, who is wanted in Chile for fraud, sought asylum in Argentina to avoid "
        "extradition."
    )
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("CHL", "ARG")


def test_asylum_granted_by_a_state_makes_it_the_state_asked() -> None:
    (case,) = disputes(
        "Chile has requested the extradition of banker Tomas Ibarra. Ibarra was granted asylum by Uruguay "
        "last year."
    )
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("CHL", "URY")
    assert case.attributes["status"] == "requested"


def test_the_state_a_suspect_fled_to_is_the_state_asked() -> None:
    (case,) = disputes(
        "Banker Tomas Ibarra, who is wanted in Chile for fraud, fled to Paraguay in 2028. Chile has asked "
        "for his extradition."
    )
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("CHL", "PRY")


# ------------------------------------------------------------ a coordinate request after non-finite clauses


def test_a_red_notice_demanded_in_a_coordinate_clause_is_asked_by_the_first_subject() -> None:
    """ "Chile issued arrest warrants for nine men thought to have taken part in the raid ... and
    asked Interpol to issue a red notice for X": Chile asks, not the nine men."""
    (case,) = disputes(
        "Chile issued arrest warrants for nine men thought to have taken part in the raid last year "
        "and asked Interpol to issue a red notice for Peruvian senator Ivan Rojas."
    )
    assert case.roles["suspect"] == "Ivan Rojas"
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("CHL", "PER")
    assert case.attributes["status"] == "requested"


# ---------------------------------------------- decisions stated in words; "cannot"; "at X's request"


def test_a_grant_announced_in_the_future_takes_the_day_of_its_announcement() -> None:
    (case,) = disputes(
        "Argentina will extradite banker Tomas Ibarra to Chile, the foreign ministry said on Monday."
    )
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("CHL", "ARG")
    assert case.attributes["status"] == "granted"
    assert case.date == "2030-06-10"


def test_cannot_extradite_is_a_refusal() -> None:
    """ "cannot" is "can" and "not": the clause is read, negated."""
    (case,) = disputes(
        "Argentina cannot extradite banker Tomas Ibarra to Chile because he is an Argentine citizen, "
        "the minister said on Monday."
    )
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("CHL", "ARG")
    assert case.attributes["status"] == "refused"
    assert case.date == "2030-06-10"


def test_an_arrest_at_a_states_request_in_the_possessive() -> None:
    (case,) = disputes("Banker Tomas Ibarra was arrested in Buenos Aires on Monday at Chile's request.")
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("CHL", "ARG")
    assert case.attributes["status"] == "requested"
    assert case.date == "2030-06-10"


def test_a_court_that_ordered_the_suspect_extradited_granted_the_surrender() -> None:
    """ "ordered X extradited to Chile": the participle is a passive clause about X."""
    (case,) = disputes("A court in Argentina ordered banker Tomas Ibarra extradited to Chile on Monday.")
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("CHL", "ARG")
    assert case.attributes["status"] == "granted"
    assert case.date == "2030-06-10"


def test_a_demand_that_the_named_state_extradite_is_a_request() -> None:
    """ "demanded that the United States extradite X": the bare verb after "that the <state>"."""
    (case,) = disputes(
        "Egypt has demanded that the United States extradite cleric Omar Farid, whom it blames for the "
        "failed coup."
    )
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("EGY", "USA")
    assert case.attributes["status"] == "requested"


def test_a_send_that_hands_nobody_over_completes_no_case() -> None:
    """ "Egypt has sent the United States dossiers seeking the extradition of X": documents are
    sent, not the suspect; the case stays a request."""
    cases = disputes(
        "Egypt has sent the United States dossiers seeking the extradition of cleric Omar Farid."
    )
    assert [c.attributes["status"] for c in cases] in ([], ["requested"])


# ------------------------------------------------------------ a request sent to a state


def test_a_request_sent_to_a_state_makes_it_the_state_asked() -> None:
    """ "would send a formal request for the extradition of X to Washington": one case, the
    United States asked, not a second case with Washington asking."""
    (case,) = disputes(
        "Prime Minister Sami Nasr said Egypt would send a formal request for the extradition of cleric "
        "Omar Farid to Washington."
    )
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("EGY", "USA")
    assert case.attributes["status"] == "requested"


def test_files_sent_to_a_state_are_no_completed_surrender() -> None:
    cases = disputes(
        "Egypt's justice minister said on Monday that the files on cleric Omar Farid had been sent to "
        "the United States with a request for his extradition."
    )
    assert all(c.attributes["status"] != "completed" for c in cases)
    assert all(c.roles["requesting_state"] != "USA" for c in cases)


def test_a_suspect_based_in_a_state_is_asked_for_there() -> None:
    """ "the extradition of U.S.-based cleric X": the United States is asked."""
    (case,) = disputes("Egypt demanded the extradition of U.S.-based cleric Omar Farid on Monday.")
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("EGY", "USA")
    assert case.date == "2030-06-10"


# ---------------------------------------------- completed by "was completed"; the trial's state asks


def test_an_extradition_that_was_completed_is_completed() -> None:
    (case,) = disputes(
        "The extradition of banker Tomas Ibarra from Argentina to Chile was completed on Friday."
    )
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("CHL", "ARG")
    assert case.attributes["status"] == "completed"
    assert case.date == "2030-06-07"


def test_the_state_a_suspect_will_stand_trial_in_is_the_one_that_asks() -> None:
    (case,) = disputes(
        "Banker Tomas Ibarra will stand trial in Chile after being extradited from Argentina on Friday."
    )
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("CHL", "ARG")


def test_a_surrender_behind_a_past_clause_is_completed() -> None:
    """ "jailed after being extradited from Argentina": the surrender is done."""
    (case,) = disputes(
        "Banker Tomas Ibarra was jailed in Chile on Friday after being extradited from Argentina."
    )
    assert case.roles["requested_state"] == "ARG"
    assert case.attributes["status"] == "completed"


def test_a_surrender_before_a_future_trial_is_not_completed() -> None:
    """ "will stand trial after being extradited": still to come."""
    (case,) = disputes(
        "Banker Tomas Ibarra will stand trial in Chile after being extradited from Argentina on Friday."
    )
    assert case.attributes["status"] != "completed"

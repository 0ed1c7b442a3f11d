"""Extradition disputes: when the latest act happened and which act is the latest (issue 9).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def disputes(text: str, published: str = "2031-04-09") -> list[Event]:
    """2031-04-09 is a Wednesday."""
    doc = diplotext.extract(text, published=published, layout="body")
    assert not [e for e in doc.errors if e.plugin in ("extradition", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "extradition_dispute"]


# ------------------------------------------------ an act in an "after" clause: the day it hangs on


def test_a_surrender_after_which_the_suspect_arrived_takes_the_day_of_arrival() -> None:
    (case,) = disputes(
        "The former customs chief Ruben Olmedo landed in Asuncion on Monday after being extradited "
        "from Argentina to face smuggling charges."
    )
    assert case.attributes["status"] == "completed"
    assert case.date == "2031-04-07"


def test_a_rejection_after_which_the_suspect_was_freed_takes_the_day_he_was_freed() -> None:
    (case,) = disputes(
        "The blogger Anton Veshkin was released in Vilnius on Tuesday after a Lithuanian court "
        "rejected Belarus's extradition request."
    )
    assert case.attributes["status"] == "refused"
    assert case.date == "2031-04-08"


def test_a_ruling_hours_before_a_demand_takes_the_day_of_the_demand() -> None:
    (case,) = disputes(
        "Azerbaijan demanded on Monday that Georgia extradite the editor Nadir Guliyev, hours after a "
        "Georgian court ruled that he could not be handed over."
    )
    assert case.roles["requesting_state"] == "AZE"
    assert case.date == "2031-04-07"


def test_an_act_years_before_the_dated_clause_is_not_dated_by_it() -> None:
    """ "two years after", "weeks after", "long after": the two acts are days or more apart."""
    for gap in ("two years", "weeks", "long"):
        (case,) = disputes(
            f"The former customs chief Ruben Olmedo returned to Asuncion on Monday, {gap} after being "
            "extradited from Argentina."
        )
        assert case.date != "2031-04-07", gap


# ------------------------------------------------ which act is the latest


def test_a_request_made_after_a_dated_refusal_is_the_latest_act() -> None:
    (case,) = disputes(
        "Armenia asked on Tuesday that Russia extradite the former mayor Gurgen Sarkisov. Russia "
        "refused to hand him over in 2029."
    )
    assert case.attributes["status"] == "requested"
    assert case.date == "2031-04-08"


def test_an_undated_refusal_still_answers_a_request() -> None:
    (case,) = disputes(
        "Armenia asked on Tuesday that Russia extradite the former mayor Gurgen Sarkisov. Moscow "
        "has refused to hand him over."
    )
    assert case.attributes["status"] == "refused"


def test_a_refusal_a_lawyer_urges_is_no_decision() -> None:
    (case,) = disputes(
        "Police in Romania detained the activist Olga Demchuk on Sunday at the request of Belarus. "
        "Her lawyer said Romania should reject any extradition request."
    )
    assert case.attributes["status"] != "refused"


def test_a_suspects_appeal_refused_is_no_refusal_of_the_surrender() -> None:
    (case,) = disputes(
        "The trader Piet Hoorn on Monday lost his last appeal against extradition from the "
        "Netherlands to Canada, where he faces fraud charges.\n\nThe Supreme Court in Amsterdam refused "
        "him permission to appeal, clearing the way for his transfer."
    )
    assert case.attributes["status"] != "refused"
    assert case.date == "2031-04-07"


def test_a_file_sent_is_no_surrender_of_a_person() -> None:
    (case,) = disputes(
        "Serbia will not hand over the smuggler Dario Kovac to Italy, the minister said on Tuesday.\n\n"
        "Serbia does not extradite its citizens, the minister said, adding that Kovac could be tried "
        "in Serbia if Italy sent its case file."
    )
    assert case.attributes["status"] == "refused"
    assert case.date == "2031-04-08"


# ------------------------------------------------ "send back" with no "to": his own state asks


def test_a_refusal_to_send_back_a_foreign_national_is_asked_by_his_state() -> None:
    (case,) = disputes(
        "Chile has refused to send back the Bolivian activist Luis Quispe, citing the risk of torture."
    )
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("BOL", "CHL")
    assert case.attributes["status"] == "refused"


def test_the_court_that_decides_names_the_state_asked() -> None:
    (case,) = disputes(
        "The trader Piet Hoorn lost his fight against extradition to Canada on Monday when the High "
        "Court in Dublin dismissed his appeal."
    )
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("CAN", "IRL")


def test_a_law_that_bars_a_state_from_handing_over_is_its_refusal() -> None:
    """ "bars it from": "bars" is the verb (an object pronoun follows), "its" the sayer's."""
    (case,) = disputes(
        "Qatar says its constitution bars it from handing over the banker Ilias Petrakis to Greece."
    )
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("GRC", "QAT")
    assert case.attributes["status"] == "refused"


def test_a_request_noun_in_a_present_perfect_clause_takes_the_reports_day() -> None:
    (case,) = disputes(
        "Peru has filed a new extradition request with Spain for the banker Tomas Ibarra, prosecutors "
        "said on Tuesday.\n\nIbarra was arrested in Madrid in March last year at Peru's request."
    )
    assert case.attributes["status"] == "requested"
    assert case.date == "2031-04-08"


def test_a_fugitive_returned_to_a_state_from_another_is_a_completed_surrender() -> None:
    (case,) = disputes("The fugitive banker Li Wen was returned to China from Canada on Saturday.")
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("CHN", "CAN")
    assert case.attributes["status"] == "completed"
    assert case.date == "2031-04-05"


def test_a_return_still_to_come_or_of_ones_own_is_no_surrender() -> None:
    for text in (
        "The fugitive banker Li Wen returned to China from Canada on Saturday.",
        "Canada fears unrest if the fugitive banker Li Wen was returned to China.",
    ):
        assert [c.attributes["status"] for c in disputes(text)] != ["completed"], text


def test_a_suspect_held_pending_an_extradition_hearing_is_asked_for_by_his_accuser() -> None:
    (case,) = disputes(
        "Ali Mansour, whom the United States accuses of plotting an embassy bombing, is being held in "
        "Germany pending an extradition hearing."
    )
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("USA", "DEU")
    assert case.attributes["status"] == "pending"


def test_a_request_sent_on_a_day_told_next_dates_the_request() -> None:
    """ "Peru has formally asked Chile to extradite X ... The request was sent to Santiago through
    diplomatic channels on Monday": requested on Monday."""
    text = (
        "LIMA, June 12 - Peru's Justice Ministry has formally asked Chile to extradite Jorge Vela, a "
        "former mayor accused of taking kickbacks.\n\nThe request was sent to Santiago through "
        "diplomatic channels on Monday, the ministry said in a statement."
    )
    (e,) = [
        e for e in diplotext.extract(text, published="2030-06-12").events if e.type == "extradition_dispute"
    ]
    assert (e.attributes["status"], e.date) == ("requested", "2030-06-10")

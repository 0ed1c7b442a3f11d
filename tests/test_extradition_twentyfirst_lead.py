"""Extradition disputes: classes of sentences found wrong in the twenty-first session (issue 9),
from the read halves of the invented batteries 18 and 19 (the lead's classes).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import pytest

import diplotext
from diplotext.model import Event


def disputes(text: str, published: str = "2030-06-12") -> list[Event]:
    doc = diplotext.extract(text, published=published, layout="body")
    assert not [e for e in doc.errors if e.plugin in ("extradition", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "extradition_dispute"]


# ------------------------------------------------- a body named "the <Court> of <State>"


@pytest.mark.parametrize(
    ("text", "requested", "requesting"),
    [
        (
            "The Supreme Court of Uruguay approved a Bolivian request for the extradition of "
            "former colonel Ramiro Ventura.",
            "URY",
            "BOL",
        ),
        (
            "The High Court of Zambia ordered the extradition of trader Moses Banda to Malawi.",
            "ZMB",
            "MWI",
        ),
        (
            "The Government of Bhutan refused to hand over activist Karma Dorji to India.",
            "BTN",
            "IND",
        ),
    ],
)
def test_a_body_of_a_state_named_with_of_is_that_states_side(
    text: str, requested: str, requesting: str
) -> None:
    """ "the Supreme Court of X", "the Government of X": the state in the body's own "of" phrase
    is the side the body acts for, as in "X's Supreme Court"."""
    (case,) = disputes(text)
    assert case.roles["requested_state"] == requested
    assert case.roles["requesting_state"] == requesting


# ------------------------------------------ arrested abroad, "sought by" the state that wants him


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian police detained Danish national Lars Holm, who is sought by Denmark over a shipping fraud.",
        "Lars Holm, who is sought by Danish prosecutors over a shipping fraud, was arrested in Peru "
        "on Friday.",
        "Police arrested Lars Holm in Lima on Friday. He is sought by Denmark for fraud.",
    ],
)
def test_a_person_sought_by_a_state_and_arrested_in_another_is_a_request(text: str) -> None:
    """ "sought by X" says what "wanted in X" says: the state that wants him asks for him."""
    (case,) = disputes(text)
    assert case.roles["suspect"] == "Lars Holm"
    assert case.roles["requesting_state"] == "DNK"
    assert case.roles["requested_state"] == "PER"
    assert case.attributes["status"] == "requested"


def test_a_participle_after_the_arrested_person_is_said_of_that_person() -> None:
    """ "police arrested X, sought by Y": the participle describes X, not the police it borrows
    its subject from."""
    (case,) = disputes("Peruvian police arrested Lars Holm, sought by Denmark for tax fraud.")
    assert (case.roles["suspect"], case.roles["requesting_state"]) == ("Lars Holm", "DNK")


def test_seeking_asylum_is_not_being_sought() -> None:
    """The arrested man seeking something himself is no state wanting him."""
    assert disputes("Police in Lima arrested Lars Holm, who is seeking asylum in Peru.") == []


# ------------------------------------------- a court's word on the suspect's appeal, after a case


def test_an_appeal_turned_down_after_a_case_dates_the_grant() -> None:
    """ "Spain agreed in May to extradite X. On Tuesday judges rejected his appeal.": the surrender
    stands, and the latest act is that Tuesday."""
    (case,) = disputes(
        "Spain agreed in May to extradite Lars Holm to Denmark. On Tuesday two judges rejected his appeal."
    )
    assert (case.attributes["status"], case.date) == ("granted", "2030-06-11")


def test_an_appeal_upheld_stops_the_surrender() -> None:
    """ "upheld his appeal": the court sides with the suspect, the surrender is refused."""
    (case,) = disputes(
        "Spain agreed in May to extradite Lars Holm to Denmark. On Tuesday judges upheld his appeal."
    )
    assert case.attributes["status"] == "refused"
    (told,) = disputes("The High Court in Madrid upheld Lars Holm's appeal against extradition to Denmark.")
    assert told.attributes["status"] == "refused"


def test_an_appeal_still_to_be_heard_decides_nothing() -> None:
    (case,) = disputes(
        "Spain agreed in May to extradite Lars Holm to Denmark. The court will hear his appeal in July."
    )
    assert case.attributes["status"] == "granted"


# ------------------------------------------------------- a request sent "to" a state, by "the government"


def test_a_request_sent_to_a_state_for_a_surrender_asks_that_state() -> None:
    """ "has sent a fresh request to Norway for the extradition of X": Norway is asked."""
    (case,) = disputes("Chile has sent a fresh request to Norway for the extradition of Pablo Ibarra.")
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("CHL", "NOR")


def test_the_government_sending_a_request_in_a_datelined_story_is_the_datelines_state() -> None:
    doc = diplotext.extract(
        "Head\n\nSANTIAGO: The government has sent a request to Norway for the extradition of "
        "Pablo Ibarra, the justice minister said.",
        published="2030-06-12",
    )
    (case,) = [e for e in doc.events if e.type == "extradition_dispute"]
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("CHL", "NOR")


def test_a_request_handed_over_on_a_day_dates_the_request() -> None:
    """ "The request was handed over to the embassy on Monday": the day it was sent."""
    (case,) = disputes(
        "Chile has asked Norway to extradite Pablo Ibarra, a former bank manager.\n\n"
        "The request was handed over to the Norwegian embassy on Monday, officials said."
    )
    assert (case.attributes["status"], case.date) == ("requested", "2030-06-10")


def test_a_ruling_that_leaves_the_case_open_dates_a_pending_case() -> None:
    """ "has won the right to appeal against extradition ... On Tuesday judges ruled that he could
    argue ...": the case is pending since that ruling."""
    (case,) = disputes(
        "A Chilean banker has won the right to appeal against his extradition to Norway.\n\n"
        "Pablo Ibarra, 51, is accused of fraud. A minister approved his extradition last March.\n\n"
        "On Tuesday two judges ruled that Ibarra could argue at a full hearing that prison conditions "
        "made his removal unjust."
    )
    assert (case.attributes["status"], case.date) == ("pending", "2030-06-11")


def test_a_charge_ends_where_the_sentences_own_verb_begins() -> None:
    """ "A banker accused of hiding the funds of a mining firm has won the right to appeal ...": the
    charge is what he is accused of, not the words of the verb after it."""
    (case,) = disputes(
        "A Chilean banker accused of hiding the funds of a mining firm has won the right to appeal "
        "against his extradition to Norway.\n\nPablo Ibarra, 51, denies the charges."
    )
    assert case.attributes["case"] == "hiding the funds of a mining firm"


def test_a_described_suspect_is_named_after_a_quote_split_in_sentences() -> None:
    """ "asked Chile to surrender a former army officer ... [a quote in two sentences] ... X, 61, is
    accused of": the name may come a fourth sentence after the description."""
    (case,) = disputes(
        "The International Criminal Court on Thursday asked Chile to arrest and surrender a former "
        "army officer charged over the killing of prisoners.\n\n"
        "The court's prosecutor said Santiago knew where the man was living.\n\n"
        '"The warrant is binding. It must be obeyed," the prosecutor told reporters.\n\n'
        "Tomas Ruiz Vera, 61, is accused of ordering the killings in 1974."
    )
    assert (case.roles["suspect"], case.roles["requested_state"]) == ("Tomas Ruiz Vera", "CHL")


def test_an_efe_dateline_and_the_day_of_the_handover() -> None:
    """ "Quito, Oct 28 (EFE).- Ecuador on Thursday handed over ...": the dateline ends at ".-", so
    its date is not the handover's; Thursday is."""
    doc = diplotext.extract(
        "Head\n\nQuito, Oct 28 (EFE).- Ecuador on Thursday handed over to Peru a retired officer, "
        "Julio Mena, accused of torture.",
        published="2030-10-28",
    )
    assert doc.article.dateline == "Quito"
    (case,) = [e for e in doc.events if e.type == "extradition_dispute"]
    assert (case.attributes["status"], case.date) == ("completed", "2030-10-24")


def test_the_day_a_ruling_is_dated_wins_over_the_day_it_was_reported() -> None:
    """ "has refused to extradite X, his lawyer said Wednesday. The ruling, dated Monday, upheld a
    decision by an appeals court in March": the refusal is of Monday, not of March either."""
    (case,) = disputes(
        "Chile's Supreme Court has refused to extradite Pablo Ibarra to Norway, his lawyer said "
        "Wednesday.\n\nThe court's ruling, dated Monday, upheld a decision by an appeals court in "
        "Santiago in March."
    )
    assert (case.attributes["status"], case.date) == ("refused", "2030-06-10")


def test_a_fellow_suspects_surrender_told_by_description_is_not_the_cases() -> None:
    """ "A co-defendant, a Latvian national, was arrested in Poland and extradited to Norway in
    March": another's surrender, not the case's (granted, not completed)."""
    (case,) = disputes(
        "Chile's justice minister signed an order on Tuesday for the extradition of Pablo Ibarra "
        "to Norway.\n\nA co-defendant, a Latvian national, was arrested in Poland last year and "
        "extradited to Norway in March."
    )
    assert (case.attributes["status"], case.date) == ("granted", "2030-06-11")


def test_a_power_to_block_a_surrender_told_of_a_rule_is_no_refusal() -> None:
    (case,) = disputes(
        "Chile's justice minister signed an order on Tuesday for the extradition of Pablo Ibarra "
        "to Norway.\n\nThe case has revived the debate over a rule introduced in 2019 to allow "
        "judges to block extradition."
    )
    assert case.attributes["status"] == "granted"


def test_words_told_at_a_hearing_on_a_day_date_a_pending_case() -> None:
    """ "At a hearing on Monday, X told the court ...": the case is pending since that hearing."""
    (case,) = disputes(
        "A court in Lima will rule next month on a Norwegian request for the extradition of Pablo "
        "Ibarra, who was arrested in August.\n\nAt a hearing on Monday, Ibarra told the court that "
        "the case against him was political."
    )
    assert (case.attributes["status"], case.date) == ("pending", "2030-06-10")


def test_the_state_whose_assurances_a_court_weighs_is_the_one_asking() -> None:
    """ "refused to extradite a man wanted for murder, ruling that Peruvian assurances he would
    not be jailed for life were not binding": Peru asks."""
    (case,) = disputes(
        "Spain's Supreme Court has refused to extradite Pablo Ibarra, a man wanted for murder, "
        "ruling that Peruvian assurances he would not be jailed for life were not binding."
    )
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("PER", "ESP")

"""Extradition disputes: classes found wrong in the twenty-seventh session (issue 9, helper extr36)
on a fresh set of invented traps and positives: a bare title opening a verb's object read as a
verb; a suspect's consent naming his nationality as the state holding him, and an official's
consent making him a suspect; a fight against a request; a tribunal asking for a transfer; the
court a suspect appears before; an unresolved "him" a state accuses; the place of a described
crime; a state's request for a person with no word of surrender; a decision coordinated with a
reversal; a prisoner sent home to serve his sentence; an old case recalled in a visit story.

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

from extradition_cases import disputes, sides
from extradition_extr36_set import POSITIVES, TRAPS


def _one(text: str) -> tuple[object, object, object, object]:
    (case,) = disputes(text)
    return case.roles["suspect"], *sides(case), case.attributes["status"]


# ------------------------------------------------------------------ syntax under the cases


def test_a_bare_title_opening_the_object_is_no_verb() -> None:
    assert _one(
        "Return sought\n\nUzbekistan asked Kazakhstan to extradite opposition figure Rustam Aliev."
    ) == (
        "Rustam Aliev",
        "UZB",
        "KAZ",
        "requested",
    )


def test_a_grant_after_reversing_that_ruling_is_the_status_and_takes_the_reversals_day() -> None:
    (case,) = disputes(
        "Reversal\n\nIn January a judge in Lima turned down Chile's request for the extradition of Juan "
        "Soto, finding that the charges had lapsed.\n\nOn Monday an appeals court reversed that ruling "
        "and granted the extradition."
    )
    assert (case.attributes["status"], case.date) == ("granted", "2031-03-10")


# ------------------------------------------------------------------ consent


def test_a_suspects_nationality_is_not_the_state_holding_him_when_he_waives() -> None:
    assert _one(
        "Waived\n\nAmerican fugitive Dale Brooks waived extradition at a court in Toronto on Monday and "
        "will be sent to Ohio to face murder charges."
    ) == ("Dale Brooks", "USA", "CAN", "granted")


def test_an_official_consenting_to_a_surrender_is_no_suspect() -> None:
    assert _one(
        "Consent\n\nSpain's justice minister Ana Ruiz consented to the extradition of Gary Hart to Britain."
    ) == ("Gary Hart", "GBR", "ESP", "granted")


# ------------------------------------------------------------------ contests, tribunals, courts


def test_fighting_a_request_for_his_extradition_is_pending() -> None:
    assert _one(
        "Fights\n\nA former Russian central banker, Boris Gromov, is fighting a Russian request for his "
        "extradition from Cyprus."
    ) == ("Boris Gromov", "RUS", "CYP", "pending")


def test_a_tribunal_asking_a_state_to_arrest_and_transfer_someone_asks_for_him() -> None:
    assert _one(
        "Tribunal asks\n\nThe Rwanda tribunal asked Kenya to arrest and transfer genocide suspect "
        "Felicien Habineza."
    ) == ("Felicien Habineza", "ICTR", "KEN", "requested")
    # a state asking a state to transfer a prisoner asks for no surrender
    assert not disputes(
        "Transfer\n\nFrance asked Morocco to transfer Yves Martin, a French prisoner serving a drug sentence."
    )


def test_the_court_a_suspect_appears_before_places_him_and_an_unresolved_him_is_accused() -> None:
    assert _one(
        "Hearing\n\nTunde Bakare-Ojo, 58, went before Leeds Magistrates' Court on Tuesday for an "
        "extradition hearing. Nigeria accuses him of fraud."
    ) == ("Tunde Bakare-Ojo", "NGA", "GBR", "pending")


def test_the_start_of_his_extradition_hearing_is_his_hearing() -> None:
    assert _one(
        "Hearing\n\nTunde Bakare-Ojo, 58, appeared at a court in London on Tuesday for the start of his "
        "extradition hearing. Nigeria accuses him of fraud."
    ) == ("Tunde Bakare-Ojo", "NGA", "GBR", "pending")


# ------------------------------------------------------------------ who asks


def test_the_place_of_a_described_crime_names_the_state_that_asks() -> None:
    assert _one(
        "Held\n\nA suspect in the murder of a Quito taxi driver was detained in Bogota, and police "
        "headquarters sent a request through the foreign ministry for his extradition, officials said. "
        "Luis Paredes, 30, was picked up at a bus terminal."
    ) == ("Luis Paredes", "ECU", "COL", "requested")


def test_the_state_written_to_by_a_clause_a_request_participle_hangs_on_is_asked() -> None:
    assert _one(
        "Written\n\nPolice have written to Malaysia through the foreign ministry seeking the extradition "
        "of Rafiq Hasan, who is wanted for a killing in Dhaka."
    ) == ("Rafiq Hasan", "BGD", "MYS", "requested")


def test_a_states_request_for_a_named_person_asks_for_his_surrender() -> None:
    assert _one(
        "Refused\n\nIn January a judge in Lima turned down Chile's request for Juan Soto, finding that "
        "the charges had lapsed."
    ) == ("Juan Soto", "CHL", "PER", "refused")


def test_a_request_for_the_former_mayor_named_before_is_a_request_for_him_then_reversed() -> None:
    assert _one(
        "Reversal\n\nIt looked as though Peru would keep Juan Soto. In January a judge in Lima turned "
        "down Chile's request for the former mayor, finding that the charges had lapsed.\n\nOn Monday an "
        "appeals court reversed that ruling and granted the extradition."
    ) == ("Juan Soto", "CHL", "PER", "granted")


# ------------------------------------------------------------------ no dispute


def test_a_prisoner_sent_home_to_serve_his_sentence_is_no_extradition() -> None:
    assert not disputes(
        "Transfer of prisoner\n\nPortugal approved Brazil's request for the transfer of Marcos Silva, a "
        "prisoner serving a drug sentence, so he can serve it at home."
    )


def test_an_old_refusal_recalled_in_a_visit_story_is_no_dispute() -> None:
    assert not disputes(
        "Visit to Rome\n\nBrazil's president arrived in Rome on Monday for a two-day visit, his first since "
        "ties soured in 2010 when Brazil refused to extradite a former militant, Marco Ferri, to Italy."
    )
    # a visit made to press for a surrender is still a case
    assert _one(
        "Visit\n\nThe Turkish justice minister arrived in Stockholm on Monday to press Sweden to extradite "
        "Aziz Demir, a Kurdish activist accused of terrorism."
    )[1:] == ("TUR", "SWE", "requested")


def test_an_old_extradition_recalled_with_its_year_in_a_visit_story_is_no_dispute() -> None:
    assert not disputes(
        "State visit\n\nKing Harald began a state visit to Mexico on Monday. Norway's extradition of "
        "Jorge Ibarra to Mexico in 2019 is remembered as a turning point in cooperation."
    )


# ------------------------------------------------------------------ the whole invented set


def test_no_invented_trap_gives_a_dispute() -> None:
    found = {text: disputes(text) for text in TRAPS}
    assert {text: cases for text, cases in found.items() if cases} == {}


def test_every_invented_positive_gives_its_case() -> None:
    wrong = {}
    for text, want in POSITIVES:
        got = [(c.roles["suspect"], *sides(c), c.attributes["status"]) for c in disputes(text)]
        if got != [want]:
            wrong[text] = got
    assert wrong == {}

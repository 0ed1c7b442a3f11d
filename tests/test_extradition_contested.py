"""Extradition cases: described suspects who once held office, and clauses that decide nothing of a
surrender (the defence opposing it, a custody order, courts ruling in general) (fourteenth session).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event

PUBLISHED = "2030-06-12"  # a Wednesday

LEAD = (
    "LISBON, June 12 - Chile has formally asked Portugal to extradite a former Chilean mining ministry "
    "official who was arrested in Lisbon last month, a Portuguese court said on Wednesday. "
    "Octavio Reyes Vidal, 61, was detained on May 4 at a hotel on an international warrant. "
)


def disputes(text: str) -> list[Event]:
    return [e for e in diplotext.extract(text, published=PUBLISHED).events if e.type == "extradition_dispute"]


def test_a_former_official_described_first_is_the_suspect_named_next() -> None:
    """ "to extradite a former Chilean mining ministry official ... X, 61, was detained": X, though
    the article later says he was a deputy minister."""
    (d,) = disputes(LEAD + "Reyes served as a deputy minister for mining between 2010 and 2014.")
    assert (d.roles["suspect"], d.roles["requesting_state"], d.roles["requested_state"]) == (
        "Octavio Reyes Vidal",
        "CHL",
        "PRT",
    )
    assert d.attributes["status"] == "requested"


def test_the_defence_opposing_extradition_is_no_refusal() -> None:
    (d,) = disputes(LEAD + "His lawyer said her client would oppose extradition.")
    assert d.attributes["status"] == "requested"


def test_a_custody_order_and_courts_ruling_in_general_decide_nothing() -> None:
    """ "A judge ordered him held without bail", "courts take a year to rule on extradition
    requests": no grant."""
    (d,) = disputes(
        LEAD + "A judge at the court, which handles extradition cases, ordered him held without bail "
        "pending a hearing. Portuguese courts typically take "
        "a year to rule on extradition requests."
    )
    assert d.attributes["status"] == "requested"


def test_a_refusal_to_send_someone_to_a_state_is_a_refused_surrender_with_its_grounds() -> None:
    """ "refused to send a former intelligence chief, X, to the United States, ruling that he had
    been granted refugee status": no particle needed after a decision on sending a person."""
    (d,) = disputes(
        "MADRID, June 12 - In 2023 a Spanish court refused to send a former Bolivian intelligence chief, "
        "Ramon Duarte, to the United States, ruling that he had been granted refugee status in Spain."
    )
    assert (d.roles["suspect"], d.roles["requesting_state"], d.roles["requested_state"]) == (
        "Ramon Duarte",
        "USA",
        "ESP",
    )
    assert (d.attributes["status"], d.date, d.attributes["grounds"]) == (
        "refused",
        "2023",
        "refugee status or asylum",
    )


def test_agreeing_to_send_an_official_abroad_is_no_surrender() -> None:
    assert not disputes(
        "BEIJING, June 12 - China agreed to send Vice Premier Li Wen to the United States next month."
    )


APPEAL = (
    "VANCOUVER, British Columbia - A trader wanted in India over a bank fraud asked British Columbia's "
    "highest court on Tuesday to overturn an order sending him to face trial in Mumbai. Arjun Mehra "
    "Vance, 47, who has lived in Surrey since 2019, was ordered surrendered to India by Canada's "
    "justice minister in March."
)


def test_ordered_surrendered_by_a_minister_is_a_granted_surrender() -> None:
    """ "X was ordered surrendered to India by Canada's justice minister": granted, India asks."""
    (d,) = disputes(APPEAL.split(". ", 1)[1])
    assert (d.roles["suspect"], d.roles["requesting_state"], d.roles["requested_state"]) == (
        "Arjun Mehra Vance",
        "IND",
        "CAN",
    )
    assert (d.attributes["status"], d.date) == ("granted", "2030-03")


def test_a_suspect_asking_a_court_to_overturn_his_surrender_contests_it() -> None:
    """ "asked the court on Tuesday to overturn an order sending him": pending from that day, and
    "British Columbia" is a Canadian province, no Briton."""
    (d,) = disputes(APPEAL)
    assert (d.roles["requesting_state"], d.roles["requested_state"]) == ("IND", "CAN")
    assert (d.attributes["status"], d.date) == ("pending", "2030-06-11")
    doc = diplotext.extract(APPEAL, published=PUBLISHED)
    assert "GBR" not in {a.country for a in doc.actors}


HEARING = (
    "The extradition hearing of a Rotterdam trader wanted in the United States over a scheme that "
    "allegedly defrauded pensioners out of more than 20 million euros was postponed again in a local "
    "court on Tuesday. Pieter Van Aalst, 52, appeared briefly before the magistrate. One of his "
    "alleged partners, Belgian national Luc Verhoeven, was extradited to the United States from Spain "
    "in March."
)


def test_a_hearing_of_a_city_s_trader_wanted_abroad_is_pending_in_that_city_s_state() -> None:
    """ "The extradition hearing of a Rotterdam trader wanted in the United States over a scheme
    that allegedly defrauded ...": wanted describes the trader (past a relative), the city says
    where he is held."""
    found = {d.roles["suspect"]: d for d in disputes(HEARING)}
    d = found["Pieter Van Aalst"]
    assert (d.roles["requesting_state"], d.roles["requested_state"]) == ("USA", "NLD")
    assert (d.attributes["status"], d.date) == ("pending", "2030-06-11")


def test_the_person_apposed_to_one_of_several_is_the_one_extradited() -> None:
    found = {d.roles["suspect"]: d for d in disputes(HEARING)}
    d = found["Luc Verhoeven"]
    assert (d.roles["requesting_state"], d.roles["requested_state"]) == ("USA", "ESP")
    assert (d.attributes["status"], d.date) == ("completed", "2030-03")


def test_an_object_after_the_destination_known_by_a_nickname_is_the_one_named_next() -> None:
    """ "handed over to the United States an alleged arms dealer known as "Falcon". X, 44, was
    flown out ...": the dealer is X; the defence's request rejected is no refusal."""
    (d,) = disputes(
        "LIMA, June 12 - Peru on Tuesday handed over to the United States an alleged arms dealer known as "
        '"Falcon", officials said. Ramiro Quispe Tello, 44, was flown out of a military base. President '
        "Ana Ruiz signed the order in May, rejecting a request from his lawyers to let him face trial "
        "in Peru."
    )
    assert (d.roles["suspect"], d.roles["requesting_state"], d.roles["requested_state"]) == (
        "Ramiro Quispe Tello",
        "USA",
        "PER",
    )
    assert (d.attributes["status"], d.date) == ("completed", "2030-06-11")


def test_a_surrender_of_someone_never_named_joins_no_case() -> None:
    """ "Thailand extradited a Dutch fraud suspect to Amsterdam in 2022": another man's case; and the
    victim apposed after a killing verb names the case."""
    (d,) = disputes(
        "Germany has formally requested the extradition of a British man held in Thailand. Liam Foster, "
        "31, was detained on May 19 in Phuket. Prosecutors accuse him of killing a 26-year-old doorman, "
        "Milan Novak, in Hamburg. Thailand extradited a Dutch fraud suspect to Amsterdam in 2022. His "
        "brother, Tomas Novak, told a newspaper the family was relieved."
    )
    assert (d.roles["suspect"], d.roles["requesting_state"], d.roles["requested_state"]) == (
        "Liam Foster",
        "DEU",
        "THA",
    )
    assert (d.attributes["status"], d.roles["victim"]) == ("requested", "Milan Novak")


def test_them_handed_over_for_trial_in_a_state_are_the_pair_named_next() -> None:
    """ "Norway agreed in May to hand them over for trial in Sweden. A and B are charged with ...":
    one case each, Sweden asks (the trial's state)."""
    found = disputes(
        "Norway agreed in May to hand them over for trial in Sweden. Jan Holm and Lars Ekberg are charged "
        "with fraud."
    )
    assert {(d.roles["suspect"], d.roles["requesting_state"], d.roles["requested_state"]) for d in found} == {
        ("Jan Holm", "SWE", "NOR"),
        ("Lars Ekberg", "SWE", "NOR"),
    }


def test_them_after_the_two_is_the_two_not_people_named_before() -> None:
    """ "A and B took the places of two agents on the list. The two came off it after X agreed to hand
    them over for trial in Y": them are the two agents, never named."""
    assert not disputes(
        "On the list, Jan Holm and Lars Ekberg took the places of two former Libyan agents wanted over a "
        "bombing. The two came off the list after Libya agreed last spring to hand them over for trial "
        "in the Netherlands."
    )


def test_two_men_described_then_named_with_their_ages_are_two_cases() -> None:
    """ "approved the extradition to Japan of two Japanese men ... Judge X ruled that A, 41, and B,
    36, could be surrendered": one case each; the judge is neither."""
    found = disputes(
        "MANILA, June 12 - A court in Manila yesterday approved the extradition to Japan of two Japanese "
        "men accused of running a fraud ring. Judge Ana Cruz ruled that Ken Mori, 41, and Taro Shino, 36, "
        "could be surrendered under the treaty."
    )
    assert {(d.roles["suspect"], d.roles["requesting_state"], d.roles["requested_state"]) for d in found} == {
        ("Ken Mori", "JPN", "PHL"),
        ("Taro Shino", "JPN", "PHL"),
    }
    assert {d.attributes["status"] for d in found} == {"granted"}


def test_the_offence_a_suspect_is_wanted_over_names_the_case() -> None:
    """ "a trader wanted in India over a 40-million-dollar bank fraud": the case is "bank fraud"."""
    found = {
        d.roles["suspect"]: d
        for d in disputes(APPEAL.replace("over a bank fraud", "over a 40-million-dollar bank fraud"))
    }
    assert found["Arjun Mehra Vance"].attributes["case"] == "bank fraud"

"""Extradition disputes: classes found wrong in the twenty-fifth session (issue 9, helper extr34) on
about fifty invented probe stories in the shapes wire copy uses for a case: an effort to obtain a
surrender, a surrender escaped, a pronoun the actors stage left unresolved, a surrender sought
under a warrant issued in a state, a contest told with a passive gerund, the appeal "of" a person,
suspects counted back from a surrender noun, a person returned in the active, a request ignored,
"has so far" inside the verb group, and common given names the person cue did not know.

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from extradition_cases import disputes, sides

# --------------------------------------------- an effort to obtain a surrender: the maker asks


def test_its_efforts_to_extradite_are_the_subjects_request() -> None:
    (case,) = disputes(
        "Effort stepped up\n\nNorway has redoubled its efforts to extradite Lars Moen from Thailand."
    )
    assert case.roles["suspect"] == "Lars Moen"
    assert sides(case) == ("NOR", "THA")
    assert case.attributes["status"] == "requested"


def test_a_states_attempt_to_extradite_is_its_request() -> None:
    (case,) = disputes("Bid stalls\n\nPeru's attempt to extradite Hugo Paredes from Bolivia has stalled.")
    assert sides(case) == ("PER", "BOL")
    assert case.attributes["status"] == "requested"


def test_efforts_by_a_state_fought_by_the_suspect_are_pending() -> None:
    (case,) = disputes(
        "Fight goes on\n\nHugo Paredes is fighting efforts by Peru to extradite him from Bolivia."
    )
    assert case.roles["suspect"] == "Hugo Paredes"
    assert sides(case) == ("PER", "BOL")
    assert case.attributes["status"] == "pending"


def test_an_occupation_apposed_with_living_in_gives_the_state_asked() -> None:
    (case,) = disputes(
        "Request filed\n\nEgypt has requested the extradition of Omar Saleh, a poet living in Helsinki."
    )
    assert sides(case) == ("EGY", "FIN")


# ------------------------------------------------- a surrender escaped in the simple past: refused


def test_avoided_extradition_when_a_court_ruled_is_refused() -> None:
    (case,) = disputes(
        "Spared\n\nIgor Lebedev avoided extradition to Russia from Portugal on Monday when a "
        "Lisbon court ruled that the charges against him were political."
    )
    assert sides(case) == ("RUS", "PRT")
    assert case.attributes["status"] == "refused"


def test_avoided_extradition_for_years_or_by_fleeing_is_no_refusal() -> None:
    (done,) = disputes("Spared\n\nIgor Lebedev escaped extradition to Russia from Portugal on Monday.")
    assert done.attributes["status"] == "refused"
    (years,) = disputes(
        "Still free\n\nIgor Lebedev has avoided extradition to Russia from Portugal for years."
    )
    assert years.attributes["status"] != "refused"
    (fled,) = disputes(
        "On the run\n\nIgor Lebedev avoided extradition to Russia from Portugal by fleeing to Brazil."
    )
    assert fled.attributes["status"] != "refused"


# --------------------------------------- an object pronoun the actors stage resolved to no one


def test_him_after_a_warrant_for_someone_is_that_person() -> None:
    (case,) = disputes(
        "Warrant issued\n\nItalian judges have issued an arrest warrant for Bruno Ferri over the collapse "
        "of a bank. Rome will ask Tunis to extradite him, a judicial source said."
    )
    assert case.roles["suspect"] == "Bruno Ferri"
    assert sides(case) == ("ITA", "TUN")
    assert case.attributes["status"] == "requested"


# ---------------------------------------- a surrender sought under a warrant issued in a state


def test_surrender_under_a_warrant_issued_in_a_state() -> None:
    (case,) = disputes(
        "Court hears case\n\nThe High Court in Belfast on Monday heard arguments over the surrender of "
        "Jonas Petraitis under a European arrest warrant issued in Lithuania."
    )
    assert case.roles["suspect"] == "Jonas Petraitis"
    assert sides(case) == ("LTU", "GBR")
    assert case.attributes["status"] == "pending"


def test_to_after_an_apposed_living_description_is_the_destination() -> None:
    (case,) = disputes(
        "Hearing held\n\nA court in Cork heard arguments over the extradition of Jonas Petraitis, a "
        "welder living in Ireland, to Lithuania."
    )
    assert sides(case) == ("LTU", "IRL")


def test_arrest_on_a_warrant_issued_in_a_state() -> None:
    (case,) = disputes("Arrest\n\nPolice arrested Jonas Petraitis in Cork on a warrant issued in Lithuania.")
    assert sides(case) == ("LTU", "IRL")


# -------------------------------------------- a contest told with a passive gerund


def test_lost_appeal_against_being_sent_grants() -> None:
    (case,) = disputes(
        "LONDON, May 4 (Wire) - Tom Hardwick, a British engineer, lost his appeal on Monday against "
        "being sent to the United States, where he faces fraud charges."
    )
    assert case.roles["suspect"] == "Tom Hardwick"
    assert sides(case) == ("USA", "GBR")
    assert case.attributes["status"] == "granted"


def test_fighting_against_being_extradited_is_pending() -> None:
    (case,) = disputes(
        "Fight\n\nTom Hardwick is fighting against being extradited from Britain to the United States."
    )
    assert case.attributes["status"] == "pending"


# -------------------------------------------------------------- the appeal "of" a person


def test_the_final_appeal_of_a_person_dismissed_grants() -> None:
    (case,) = disputes(
        "Appeal dismissed\n\nDenmark's Supreme Court on Monday dismissed the final appeal of Karl Berg "
        "against extradition to Estonia."
    )
    assert case.roles["suspect"] == "Karl Berg"
    assert sides(case) == ("EST", "DNK")
    assert case.attributes["status"] == "granted"


# ----------------------------------- suspects counted back from the "of" phrase of a surrender


def test_extradition_of_both_suspects_is_the_two_named_before() -> None:
    cases = disputes(
        "Two held\n\nItalian police arrested Marta Rossi and Luca Bianchi, two Chilean nationals wanted "
        "by Peru for fraud. Peru has requested the extradition of both suspects."
    )
    assert sorted(c.roles["suspect"] for c in cases) == ["Luca Bianchi", "Marta Rossi"]
    assert all(sides(c) == ("PER", "ITA") for c in cases)


# -------------------------------------------------- a person returned by a state, active


def test_a_state_returned_a_wanted_person_to_a_capital() -> None:
    (case,) = disputes(
        "Returned\n\nJordanian authorities have returned Samir Haddad, who is wanted in Syria on "
        "smuggling charges, to Damascus, officials said on Monday."
    )
    assert sides(case) == ("SYR", "JOR")
    assert case.attributes["status"] == "completed"
    # (going back of one's own accord is no surrender)
    assert not disputes("Home\n\nSamir Haddad returned to Syria on Monday after a business trip to Jordan.")


# ---------------------------------------------------------- advice on a hearing decides nothing


def test_a_hearing_that_should_be_halted_stays_pending() -> None:
    (case,) = disputes(
        "VANCOUVER, May 4 (Wire) - Lawyers for Anna Weiss, who was arrested in Vancouver, argued on "
        "Monday that her extradition hearing should be halted."
    )
    assert case.attributes["status"] == "pending"


# --------------------------------------------- a pronoun reported by a sayer named by title


def test_he_reported_by_a_titled_sayer_asks() -> None:
    (case,) = disputes(
        "Request planned\n\nPeru's attorney general said on Monday he would ask Chile to extradite "
        "Hugo Paredes, a former mayor who was arrested in Santiago last month."
    )
    assert sides(case) == ("PER", "CHL")


# ------------------------------------------------------- a request ignored: the state asked


def test_a_state_that_ignored_the_request_is_asked() -> None:
    (case,) = disputes(
        "Court waits\n\nThe International Criminal Court wants Joseph Okello, a militia commander accused "
        "of murder, to be handed over to The Hague. Uganda has so far ignored the request."
    )
    assert case.roles["requesting_state"] == "ICC"
    assert case.roles["requested_state"] == "UGA"


def test_so_far_inside_the_verb_group_is_no_subject() -> None:
    (case,) = disputes(
        "Refusal\n\nChile wants Pedro Rojas extradited for fraud. Argentina has so far refused to "
        "hand over Pedro Rojas."
    )
    assert sides(case) == ("CHL", "ARG")
    assert case.attributes["status"] == "refused"


# ------------------------------------------ common given names the person cue did not know


def test_common_south_asian_and_central_asian_given_names_are_people() -> None:
    for name in ("Vikram Joshi", "Sanjay Kapoor", "Rustam Nazarov", "Sunita Iyer"):
        doc = diplotext.extract(
            f"Statement\n\n{name} said on Monday the charges were false.", published="2031-03-12"
        )
        assert name in [a.name for a in doc.actors if a.kind == "person"], name


# ------------------------------------- "S wants X, <aside>, extradited", "S wants X returned"


def test_wanted_extradited_past_an_aside_on_the_suspect() -> None:
    (case,) = disputes(
        "Request\n\nHanoi wants Tran Van Minh, a former bank director living in Sydney, extradited to "
        "face fraud charges, state media said."
    )
    assert case.roles["suspect"] == "Tran Van Minh"
    assert sides(case) == ("VNM", "AUS")
    assert case.attributes["status"] == "requested"


def test_wanted_returned_to_face_charges_is_a_request() -> None:
    (case,) = disputes(
        "Request\n\nHanoi wants Tran Van Minh, a former bank director living in Sydney, returned to "
        "Vietnam to face fraud charges."
    )
    assert sides(case) == ("VNM", "AUS")
    assert case.attributes["status"] == "requested"


# ------------------------------------------- a request for the return of a named suspect


def test_request_for_the_return_of_an_accused_person() -> None:
    (case,) = disputes(
        "Request renewed\n\nAlgeria has renewed its request for the return of Rachid Mansouri, a "
        "businessman living in Lyon who is accused of bribery."
    )
    assert sides(case) == ("DZA", "FRA")
    assert case.attributes["status"] == "requested"
    # (a return asked with no word of crime stays a weak word with an inferred side: no case)
    assert not disputes(
        "Request renewed\n\nAlgeria has renewed its request for the return of Rachid Mansouri, a "
        "teacher living in Lyon."
    )


# ---------------------------------------- a court sentencing a suspect surrendered before


def test_a_court_sentencing_one_extradited_before_is_of_the_state_that_asked() -> None:
    (case,) = disputes(
        "Sentenced\n\nA court in Lima on Monday sentenced Hugo Paredes, who was extradited from Bolivia "
        "in May, to 20 years in prison."
    )
    assert sides(case) == ("PER", "BOL")
    assert case.attributes["status"] == "completed"

"""Extradition disputes: classes found wrong in the twenty-fourth session (issue 9, helper extr33) on
invented stories in several house styles: a suspect a state wants extradited told in a relative
clause, a request told as never made (a deportation that is no extradition), an arrival to face
charges after a surrender, a suspect described in the lead and named after it, and the grounds of a
refusal told by the suspect's nationality or by an act that is no crime where he is held.

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

from extradition_cases import disputes, sides

# ------------------------------------------------ "X, whom India wants extradited": a request


def test_whom_a_state_wants_extradited_is_its_request() -> None:
    (case,) = disputes(
        "Tycoon bailed\n\nA London court on Monday granted bail to John Smith, whom India wants extradited."
    )
    assert case.roles["suspect"] == "John Smith"
    assert sides(case) == ("IND", "GBR")
    assert case.attributes["status"] == "requested"


def test_description_a_state_wants_extradited_is_its_request() -> None:
    (case,) = disputes(
        "Trader in court\n\n"
        "John Smith, the trader Washington wants extradited, appeared in court in Madrid on Friday."
    )
    assert case.roles["suspect"] == "John Smith"
    assert case.roles["requesting_state"] == "USA"
    assert case.attributes["status"] == "requested"


def test_whom_a_state_wants_extradited_after_an_arrest_abroad() -> None:
    (case,) = disputes(
        "Arrest in Lisbon\n\n"
        "Police in Lisbon arrested Maria Gomes, whom Brazil wants extradited to face charges of fraud."
    )
    assert sides(case) == ("BRA", "PRT")
    assert case.attributes["status"] == "requested"


# ------------------------------------- a request told as never made: a removal is no extradition


def test_deportation_with_no_request_made_is_no_dispute() -> None:
    assert not disputes(
        "Man deported\n\n"
        "Germany deported Anton Weber to Turkey on Monday after he served a sentence for fraud. "
        "Officials said Turkey had not requested his extradition."
    )


def test_deportation_with_no_request_filed_is_no_dispute() -> None:
    assert not disputes(
        "Man deported\n\n"
        "Germany deported Anton Weber to Turkey on Monday after he served a sentence for fraud. "
        "Turkey had not filed a request for his extradition, officials said."
    )


def test_deportation_never_asked_for_is_no_dispute() -> None:
    assert not disputes(
        "Man deported\n\n"
        "Germany deported Anton Weber to Turkey on Monday after he served a sentence for fraud. "
        "Ankara has never asked Berlin to extradite him."
    )


def test_request_not_yet_made_after_an_arrest_is_none() -> None:
    """ "has not yet requested": the negation holds over "yet" (no conjunction there)."""
    assert not disputes(
        "Man arrested\n\n"
        "Anton Weber was arrested in Berlin on Monday on suspicion of fraud. Turkey has not yet "
        "requested his extradition."
    )


# ------------------------------ an arrival to face charges after the surrender ends the case


def test_arrival_to_face_charges_after_being_extradited_is_done() -> None:
    """ "after being extradited" hangs on the purpose infinitive, not on the arrival it follows."""
    (case,) = disputes(
        "Trafficker in court\n\n"
        "Hugo Ramirez arrived in New York on Thursday to face charges after being extradited from "
        "Colombia."
    )
    assert sides(case) == ("USA", "COL")
    assert case.attributes["status"] == "completed"


def test_arrival_to_stand_trial_after_being_extradited_is_done() -> None:
    (case,) = disputes(
        "Banker home\n\n"
        "Hugo Ramirez arrived in Madrid on Thursday to stand trial after being extradited from Peru."
    )
    assert sides(case) == ("ESP", "PER")
    assert case.attributes["status"] == "completed"


# ------------------------------------------ a suspect described in the lead and named after it


def test_arrest_at_a_request_of_one_described_then_named() -> None:
    (case,) = disputes(
        "Officer held\n\n"
        "Spanish police have arrested a retired army officer at the request of Argentina. "
        "Hugo Ramirez, 71, was detained in Malaga on Tuesday."
    )
    assert case.roles["suspect"] == "Hugo Ramirez"
    assert sides(case) == ("ARG", "ESP")


def test_both_men_are_the_two_named_before() -> None:
    cases = disputes(
        "Hackers held\n\n"
        "Anton Weber, 33, and Piotr Lis, 29, were arrested at a hotel in Phuket on Friday. "
        "Washington has asked Bangkok to extradite both men."
    )
    assert sorted(c.roles["suspect"] for c in cases) == ["Anton Weber", "Piotr Lis"]
    assert {sides(c) for c in cases} == {("USA", "THA")}


# --------------------------------------------------------------------------- the charge


def test_charge_of_one_wanted_in_a_state_for_it() -> None:
    (case,) = disputes(
        "Arrest\n\n"
        "Hugo Ramirez, who is wanted in Brazil for the murder of a police officer, was arrested in "
        "Paraguay on Monday."
    )
    assert case.attributes["case"] == "murder of a police officer"


def test_charge_of_one_wanted_by_a_state_for_it() -> None:
    (case,) = disputes(
        "Arrest\n\n"
        "Police in Lima arrested Hugo Ramirez, wanted by the United States for drug trafficking, on "
        "Monday."
    )
    assert case.attributes["case"] == "drug trafficking"


def test_charge_keeps_a_decimal_amount() -> None:
    (case,) = disputes(
        "Tycoon bailed\n\n"
        "Hugo Ramirez was arrested in London on an Indian extradition warrant. He faces charges of "
        "defrauding state banks of $1.2 billion."
    )
    assert case.attributes["case"] == "defrauding state banks of $1.2 billion"


def test_charge_in_the_subject_ends_at_the_main_verb() -> None:
    (case,) = disputes(
        "Trafficker in court\n\n"
        "A trafficker accused of shipping tonnes of cocaine arrived in New York on Thursday after being "
        "extradited from Colombia. Hugo Ramirez was escorted off a plane by federal agents."
    )
    assert case.attributes["case"] == "shipping tonnes of cocaine"


def test_charge_left_before_a_stranded_accusation() -> None:
    (case,) = disputes(
        "Request rejected\n\n"
        "A Swiss court has rejected France's request to extradite Paul Klein, saying the tax offences "
        "he is accused of are not crimes under Swiss law."
    )
    assert case.attributes["case"] == "tax offences"


# -------------------------------------------------------------------- grounds of a refusal


def test_law_barring_the_extradition_of_nationals() -> None:
    (case,) = disputes(
        "No handover\n\n"
        "Japan will not extradite Kenji Sato to South Korea, citing a law that bars the extradition "
        "of Japanese nationals."
    )
    assert case.attributes["status"] == "refused"
    assert case.attributes["grounds"] == "does not extradite its own nationals"


def test_evidence_too_weak_is_insufficient_evidence() -> None:
    (case,) = disputes(
        "Appeal won\n\n"
        "A Kenyan appeals court on Thursday refused to extradite Joseph Kamau to the United States, "
        "ruling that the evidence against him was too weak."
    )
    assert case.attributes["grounds"] == "insufficient evidence"


def test_no_crime_under_the_held_states_law() -> None:
    (case,) = disputes(
        "Request rejected\n\n"
        "A Swiss court has rejected France's request to extradite Paul Klein, saying the tax offences "
        "he is accused of are not crimes under Swiss law."
    )
    assert case.attributes["status"] == "refused"
    assert case.attributes["grounds"] == "not a crime in the requested state"


def test_charges_ruled_political_are_political_grounds() -> None:
    (case,) = disputes(
        "Activist freed\n\n"
        "A Greek court on Wednesday refused to extradite Kurdish activist Baran Yildiz to Turkey, "
        "ruling that the charges against him were political."
    )
    assert case.attributes["status"] == "refused"
    assert case.attributes["grounds"] == "political in nature"


def test_charge_of_one_sought_by_a_body_over_it() -> None:
    (case,) = disputes(
        "Minister held\n\n"
        "Nigeria has asked the United Arab Emirates to extradite Chidi Eze. Eze, who is sought by "
        "Nigerian anti-graft agents over the alleged theft of public funds, was arrested in Dubai."
    )
    assert case.attributes["case"] == "alleged theft"


# ------------------------------------------------------- two states, and an international court


def test_rival_request_naming_the_state_asked() -> None:
    """A second state's request told by a request verb naming the state asked is a rival case,
    though its surrender verb ("hand over") is weak."""
    cases = disputes(
        "Ex-mayor held\n\n"
        "Bolivian police on Sunday arrested Hector Quispe, a former mayor wanted in both Peru and "
        "Chile on corruption charges.\n\n"
        "Peru's foreign ministry said it would file an extradition request within 60 days. Chile "
        "said it had already asked La Paz to hand him over."
    )
    assert sorted(sides(c) for c in cases) == [("CHL", "BOL"), ("PER", "BOL")]


def test_flown_to_the_seat_of_the_court_is_sent_to_the_court() -> None:
    (case,) = disputes(
        "Suspect handed over\n\n"
        "Kenyan police on Friday surrendered Felix Mugabo, who is accused of organising massacres in "
        "1994, to the International Residual Mechanism for Criminal Tribunals. He was flown to Arusha "
        "under escort."
    )
    assert sides(case) == ("IRMCT", "KEN")
    assert case.attributes["status"] == "completed"


# ------------------------------------------- a request pressed again after an earlier one


def test_request_pressed_once_more_after_an_earlier_one_is_pending() -> None:
    """ "used talks on Tuesday to press": the pressing takes the day of the clause it hangs on."""
    (case,) = disputes(
        "Minister presses\n\n"
        "Peru first asked Spain for the extradition of Jorge Salas in 2019. On Tuesday, Peruvian "
        "President Ana Ruiz used talks in Madrid to press once more for the extradition of Salas."
    )
    assert sides(case) == ("PER", "ESP")
    assert case.attributes["status"] == "pending"
    assert case.date == "2031-03-11"


def test_request_urged_after_an_earlier_one_is_pending() -> None:
    (case,) = disputes(
        "Minister presses\n\n"
        "Peru asked Spain in 2019 to extradite Jorge Salas, a former mayor accused of fraud. "
        "Peruvian Foreign Minister Ana Ruiz on Tuesday urged Spain to extradite Salas."
    )
    assert case.attributes["status"] == "pending"
    assert case.date == "2031-03-11"


# ------------------------------------------------------- several suspects told back by count


def test_both_men_arrested_after_requests_are_the_two_named_before() -> None:
    """Two suspects named in sentences of their own, then "Both men were arrested ... on warrants
    issued after X submitted extradition requests": a case for each."""
    cases = disputes(
        "Court rules\n\n"
        "A court approved the extradition of Omar Latif to Pakistan on Monday. The second man, Bilal "
        "Rana, was released on bail. Both men were arrested in London in October on warrants issued "
        "after Pakistan submitted extradition requests."
    )
    assert sorted(c.roles["suspect"] for c in cases) == ["Bilal Rana", "Omar Latif"]
    assert {sides(c) for c in cases} == {("PAK", "GBR")}


def test_charge_of_one_suspected_of_it() -> None:
    (case,) = disputes(
        "Suspect extradited\n\n"
        "A man suspected of helping plan a knife attack in Lyon was extradited to France from "
        "Belgium on Thursday. Karim Haddad, 26, was remanded in custody on arrival."
    )
    assert case.roles["suspect"] == "Karim Haddad"
    assert case.attributes["case"] == "helping plan a knife attack in Lyon"


def test_named_charges_where_the_suspect_is_named() -> None:
    (case,) = disputes(
        "Handed over\n\n"
        "Colombian police on Friday handed over Fredy Rojas to US marshals at Bogota airport.\n\n"
        "Rojas, 47, faces cocaine trafficking charges in Florida."
    )
    assert case.attributes["case"] == "cocaine trafficking charges"


# ------------------------------------------------- a step with time left leaves a grant a grant


def test_minister_with_months_to_decide_leaves_the_grant() -> None:
    (case,) = disputes(
        "Judge clears extradition\n\n"
        "A Dublin judge ruled on Thursday that Jan Kowal can be extradited to Poland to stand trial "
        "for fraud. The case now goes to the justice minister, who has two months to decide whether "
        "to order his extradition."
    )
    assert sides(case) == ("POL", "IRL")
    assert case.attributes["status"] == "granted"


def test_courts_yet_to_examine_the_request_leave_it_pending() -> None:
    (case,) = disputes(
        "Request waits\n\n"
        "Karim Haddad was arrested in Tangier in June. France filed an extradition request the same "
        "month, but Moroccan courts have yet to examine it."
    )
    assert sides(case) == ("FRA", "MAR")
    assert case.attributes["status"] == "pending"


def test_counted_plural_of_people_is_the_people_named_next() -> None:
    """ "three Venezuelan businessmen": the plural of a compound in -men counts too."""
    cases = disputes(
        "Extradition approved\n\n"
        "Spain on Friday approved the extradition of three Venezuelan businessmen to the United "
        "States. Luis Marquez, Andres Pena and Rafael Ortega were arrested in Madrid last year."
    )
    assert sorted(c.roles["suspect"] for c in cases) == ["Andres Pena", "Luis Marquez", "Rafael Ortega"]
    assert {sides(c) for c in cases} == {("USA", "ESP")}
    assert {c.attributes["status"] for c in cases} == {"granted"}


def test_wanted_man_detained_at_a_city_airport_is_held_there() -> None:
    (case,) = disputes(
        "Businessman detained\n\n"
        "Kemal Aydin, who is wanted in Turkey for fraud, was detained at Tbilisi airport on Tuesday."
    )
    assert sides(case) == ("TUR", "GEO")
    assert case.attributes["status"] == "requested"


def test_appeal_coordinated_after_the_grant_leaves_it_pending() -> None:
    (case,) = disputes(
        "Surrender appealed\n\n"
        "The High Court in Dublin ordered the surrender of Piotr Nowak to Poland in May over a fraud "
        "charge, but he has appealed to the Supreme Court."
    )
    assert sides(case) == ("POL", "IRL")
    assert case.attributes["status"] == "pending"


def test_charge_of_one_charged_over_it() -> None:
    (case,) = disputes(
        "Banker held\n\n"
        "Montenegro arrested Park Ji-hoon, a Korean banker wanted in South Korea, at Podgorica airport. "
        "He fled Seoul in 2017 as prosecutors prepared to charge him over a collapsed savings bank."
    )
    assert case.attributes["case"] == "collapsed savings bank"


def test_charge_of_one_who_took_part_in_it() -> None:
    (case,) = disputes(
        "Request filed\n\n"
        "Poland has asked Ireland to extradite Jan Nowak. Polish prosecutors say he took part in a "
        "VAT fraud involving car imports."
    )
    assert case.attributes["case"] == "VAT fraud involving car imports"

"""Extradition disputes: classes found wrong in the twenty-sixth session (issue 9, helper extr35) on
invented probe stories: a suspect described first and named only in the next sentence while the
act is told through "him" or "his"; an order keeping a suspect in custody read as a grant; an
arrest abroad whose requester is the body that sought it or issued a warrant for it in a sentence
of its own; a red notice issued "at X's request" or by Interpol at a state's request.

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

from extradition_cases import disputes, sides

# ------------------------- a description, then the name: the act told through "him" or "his"


def test_him_after_a_description_arrested_is_the_one_named_next() -> None:
    (case,) = disputes(
        "Fugitive caught\n\nA banker wanted in Lithuania for fraud was arrested in Riga on Monday, and "
        "Lithuanian prosecutors asked Latvia to extradite him. The man, Tomas Vaitkus, 51, had lived "
        "under a false name."
    )
    assert case.roles["suspect"] == "Tomas Vaitkus"
    assert sides(case) == ("LTU", "LVA")
    assert case.attributes["status"] == "requested"


def test_his_extradition_after_a_description_detained_is_the_one_named_next() -> None:
    (case,) = disputes(
        "Suspect held\n\nA prime suspect in the killing of a shopkeeper has been detained in La Paz, "
        "and Peruvian police have sent a formal request for his extradition, officials said. Julio "
        "Condori Apaza, 27, was picked up at a bus station."
    )
    assert case.roles["suspect"] == "Julio Condori Apaza"
    assert sides(case) == ("PER", "BOL")


def test_a_description_held_pending_proceedings_gets_its_demonym_and_the_orders_day() -> None:
    (case,) = disputes(
        "Held in Bucharest\n\nA Bulgarian trader convicted of tax fraud was arrested in Bucharest on "
        "Sunday, and a Romanian court on Monday ordered him held for 30 days pending extradition "
        "proceedings, police said. Ivo Dragnev, 45, was detained at a hotel."
    )
    assert case.roles["suspect"] == "Ivo Dragnev"
    assert sides(case) == ("BGR", "ROU")
    assert (case.attributes["status"], case.date) == ("pending", "2031-03-10")


def test_a_description_doing_something_itself_is_not_taken_for_him() -> None:
    # the asker's own appeal against an order sending him: no case from "him" alone
    assert not disputes(
        "Appeal\n\nA trader wanted in India asked a court in Toronto to overturn an order sending him "
        "to face trial."
    )


# ------------------------------------------------------- an order of custody is no grant


def test_ordered_kept_in_detention_past_a_relative_clause_is_no_grant() -> None:
    (case,) = disputes(
        "Detention\n\nA court in Montevideo ordered on Monday that Ruben Iturbe, who is wanted in "
        "Argentina for fraud, be kept in detention pending his extradition."
    )
    assert sides(case) == ("ARG", "URY")
    assert case.attributes["status"] != "granted"


def test_ordered_to_remain_in_custody_is_no_grant() -> None:
    (case,) = disputes(
        "Custody\n\nA federal judge in Buenos Aires on Tuesday ordered that Javier Ocampo remain in "
        "custody pending a ruling on Spain's request for his extradition."
    )
    assert sides(case) == ("ESP", "ARG")
    assert case.attributes["status"] != "granted"


def test_ordered_extradited_is_still_a_grant() -> None:
    (case,) = disputes("Order\n\nA judge in Lisbon ordered that Ruben Iturbe be extradited to Argentina.")
    assert case.attributes["status"] == "granted"


# ------------------------------- an arrest abroad asked for by the body that sought it


def test_prosecutors_in_a_city_who_sought_his_arrest_ask_for_him() -> None:
    (case,) = disputes(
        "Arrested in Lyon\n\nFrench police arrested Marco Ferrante in Lyon on Tuesday. Prosecutors in "
        "Milan had sought his arrest over a bankruptcy fraud."
    )
    assert case.roles["suspect"] == "Marco Ferrante"
    assert sides(case) == ("ITA", "FRA")
    assert case.attributes["status"] == "requested"


def test_a_court_in_a_city_that_issued_a_warrant_for_his_arrest_asks_for_him() -> None:
    (case,) = disputes(
        "Ex-minister arrested\n\nSpanish police arrested former Ecuadorean energy minister Patricio "
        "Vela in Madrid on Wednesday. A court in Quito had issued a warrant for his arrest over bribery."
    )
    assert sides(case) == ("ECU", "ESP")


def test_a_warrant_issued_at_home_for_an_arrest_at_home_is_no_case() -> None:
    assert not disputes(
        "Arrest\n\nEcuadorean police arrested Patricio Vela in Quito on Wednesday. A court in Quito had "
        "issued a warrant for his arrest over bribery."
    )


# -------------------------------------------------- warrants issued at a state's request


def test_a_red_notice_issued_at_a_states_request() -> None:
    (case,) = disputes(
        "Detained\n\nGeorgian police detained Aram Vardanyan on Wednesday on an Interpol red notice "
        "issued at Armenia's request."
    )
    assert sides(case) == ("ARM", "GEO")
    assert case.attributes["status"] == "requested"


def test_a_red_notice_issued_by_interpol_at_the_request_of_a_state() -> None:
    (case,) = disputes(
        "Detained\n\nGreek police arrested Murat Demir on Monday on a red notice issued by Interpol at "
        "the request of Turkey, which accuses him of money laundering."
    )
    assert sides(case) == ("TUR", "GRC")


def test_a_warrant_issued_by_a_demonym_court() -> None:
    (case,) = disputes(
        "Arrested in Madrid\n\nSpanish police arrested Andres Quintero in Madrid on a warrant issued by "
        "a Colombian court, which wants him tried for money laundering."
    )
    assert sides(case) == ("COL", "ESP")


# ------------------------------------ an accusation told on the apposition to the suspect's name


def test_charged_in_a_state_on_the_apposition_is_that_states_request() -> None:
    (case,) = disputes(
        "No extradition\n\nPARIS -- France will not extradite Paul Mercier, a French citizen charged in "
        "the United States with fraud, because French law bars the extradition of nationals, the "
        "justice ministry said on Wednesday."
    )
    assert sides(case) == ("USA", "FRA")
    assert case.attributes["status"] == "refused"


def test_accused_in_a_state_on_the_apposition_of_a_surrendered_man() -> None:
    (case,) = disputes(
        "Flown out\n\nGordon Pryce, a British trader accused of fraud in the United States, was "
        "extradited from Britain on Wednesday."
    )
    assert sides(case) == ("USA", "GBR")


def test_a_relative_past_the_apposition_names_the_accusing_capital() -> None:
    (case,) = disputes(
        "Blocked\n\nSTOCKHOLM -- Sweden's Supreme Court on Tuesday blocked the extradition of Rojhat "
        "Aslan, a Kurdish musician whom Ankara accuses of terrorism, saying the charges were political."
    )
    assert sides(case) == ("TUR", "SWE")


# ---------------------------------- a description cut off the name it is set on is the name's


def test_an_apposition_cut_off_its_name_is_the_suspect_of_the_clause_it_opens() -> None:
    (case,) = disputes(
        "Judge rules\n\nA British judge ruled on Tuesday that Anil Bhatia, an Indian jeweller "
        "accused of defrauding state banks, can be extradited to India."
    )
    assert case.roles["suspect"] == "Anil Bhatia"
    assert sides(case) == ("IND", "GBR")
    assert case.attributes["status"] == "granted"


# ---------------------------------------------------- a decision awaited keeps the case pending


def test_held_pending_a_decision_on_his_extradition_is_pending() -> None:
    (case,) = disputes(
        "Held\n\nOtto Brenner, who is wanted in the United States for securities fraud, is being held "
        "in Zurich pending a decision on his extradition."
    )
    assert sides(case) == ("USA", "CHE")
    assert case.attributes["status"] == "pending"


def test_in_custody_pending_a_ruling_on_the_request_is_pending() -> None:
    (case,) = disputes(
        "Custody\n\nWalter Gruber, who is wanted in the United States on bribery charges, remains in "
        "custody in Vienna pending a ruling on the US extradition request."
    )
    assert case.roles["suspect"] == "Walter Gruber"
    assert sides(case) == ("USA", "AUT")
    assert case.attributes["status"] == "pending"


def test_remanded_while_a_court_considers_the_request_is_pending() -> None:
    (case,) = disputes(
        "Remanded\n\nDmitri Orlov, wanted in Russia for fraud, was remanded in custody in Prague on "
        "Monday while a court considers Moscow's request for his extradition."
    )
    assert sides(case) == ("RUS", "CZE")
    assert case.attributes["status"] == "pending"


def test_a_request_alone_stays_requested() -> None:
    (case,) = disputes(
        "Request\n\nRussia has asked the Czech Republic to extradite Dmitri Orlov over a fraud."
    )
    assert case.attributes["status"] == "requested"


# ------------------------------- a person marked with "to" in copy translated from Spanish


def test_a_translated_personal_to_after_the_destination_is_the_one_surrendered() -> None:
    (case,) = disputes(
        "Delivered\n\nMEXICO CITY. The Attorney General's Office informed that this Tuesday it "
        "delivered in extradition to the Government of the United States to Ramiro Baeza Lucero, "
        "alleged operator of a smuggling ring."
    )
    assert case.roles["suspect"] == "Ramiro Baeza Lucero"
    assert sides(case) == ("USA", "MEX")
    assert (case.attributes["status"], case.date) == ("completed", "2031-03-11")


# ------------------------------------------------------------------- wanted "at home"


def test_wanted_at_home_is_wanted_by_the_state_of_the_description() -> None:
    (case,) = disputes(
        "Detained\n\nUkrainian police detained Zurab Kiknadze, a former Georgian defence minister "
        "wanted at home on abuse-of-office charges, in Kyiv on Wednesday."
    )
    assert sides(case) == ("GEO", "UKR")


def test_a_sentence_in_absentia_for_a_crime_names_the_case() -> None:
    (case,) = disputes(
        "Held\n\nA Kuwaiti citizen sentenced in absentia to eight years in prison for embezzling state "
        "funds was arrested in Serbia on Sunday, and a court in Belgrade on Monday ordered him held "
        "pending extradition proceedings. Nasser Al-Mutairi, 51, was detained at the "
        "airport."
    )
    assert case.roles["suspect"] == "Nasser Al-Mutairi"
    assert sides(case) == ("KWT", "SRB")
    assert case.attributes["case"] == "embezzling state funds"


# ------------------------------------------------------------- two suspects named together


def test_their_extradition_after_two_men_named_in_apposition() -> None:
    found = disputes(
        "Two arrested\n\nAustrian police arrested two German men, Kurt Ebner and Jonas Pfeiffer, on "
        "Monday. Germany has asked for their extradition over a string of bank robberies."
    )
    assert sorted(d.roles["suspect"] for d in found) == ["Jonas Pfeiffer", "Kurt Ebner"]
    assert {sides(d) for d in found} == {("DEU", "AUT")}


def test_two_men_at_an_extradition_hearing_whom_a_state_accuses() -> None:
    found = disputes(
        "Hearing\n\nTwo British men, Simon Ashby and Lee Rowntree, appeared at an extradition hearing in "
        "London on Wednesday. The United States accuses them of running a fraud."
    )
    assert sorted(d.roles["suspect"] for d in found) == ["Lee Rowntree", "Simon Ashby"]
    assert {sides(d) for d in found} == {("USA", "GBR")}
    assert {d.attributes["status"] for d in found} == {"pending"}


def test_a_request_sent_for_his_extradition_is_dated_by_its_report() -> None:
    (case,) = disputes(
        "Request sent\n\nA suspect in the killing of a jeweller has been detained in Santiago, and "
        "Peruvian police have sent a formal request through the foreign ministry for his extradition, "
        "officials said on Sunday. Edwin Huaman Quispe, 31, was picked up at a bus station."
    )
    assert case.roles["suspect"] == "Edwin Huaman Quispe"
    assert sides(case) == ("PER", "CHL")
    assert (case.attributes["status"], case.date) == ("requested", "2031-03-09")


def test_in_custody_pending_a_ruling_with_the_name_cut_off_its_apposition() -> None:
    (case,) = disputes(
        "Held\n\nBUENOS AIRES -- Renato Falcao, a Brazilian businessman wanted at home over a corruption "
        "scandal, remains in custody in Buenos Aires pending a ruling on Brazil's extradition request."
    )
    assert case.roles["suspect"] == "Renato Falcao"
    assert sides(case) == ("BRA", "ARG")
    assert case.attributes["status"] == "pending"


def test_accused_in_a_state_read_as_a_finite_verb_of_the_apposition() -> None:
    (case,) = disputes(
        "Order signed\n\nLONDON -- Britain's home secretary on Tuesday signed an order for the "
        "extradition of Harry Lowe, a British man accused in the United States of running a dark-web "
        "market."
    )
    assert sides(case) == ("USA", "GBR")
    assert case.attributes["status"] == "granted"


# ------------------------------------------------------------ traps: no case to be made


def test_a_description_held_pending_trial_at_home_is_no_case() -> None:
    assert not disputes(
        "Held\n\nA man suspected of robbing a bank was arrested in Lyon on Monday, and a French judge "
        "ordered him held pending trial. Paul Roche, 33, denies the charges."
    )


def test_a_tourist_detained_and_questioned_is_no_case() -> None:
    assert not disputes(
        "Questioned\n\nA German tourist was detained in Bali on Monday after a fight, and police "
        "questioned him for hours. Max Vogel, 24, was later released."
    )

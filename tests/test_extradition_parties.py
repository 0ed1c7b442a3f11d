"""Extradition disputes: which states the bodies, places and pronouns of a story stand for
(issue 9, eleventh session).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def disputes(text: str, published: str = "2031-04-09") -> list[Event]:
    """2031-04-09 is a Wednesday."""
    doc = diplotext.extract(text, published=published)
    assert not [e for e in doc.errors if e.plugin in ("extradition", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "extradition_dispute"]


def sides(case: Event) -> tuple[str | None, str | None]:
    return case.roles.get("requesting_state"), case.roles.get("requested_state")


# ------------------------------------------------ a body of the dateline's state


def test_a_ministry_or_court_naming_no_state_acts_for_the_dateline_s_state() -> None:
    for body in ("The Justice Ministry", "The Supreme Court", "The foreign ministry"):
        (case,) = disputes(
            "Court clears handover\n\n"
            f"QUITO, April 9 (AFP) - {body} approved on Tuesday the extradition of Bolivian trader "
            "Mario Quispe, who is wanted in La Paz for fraud."
        )
        assert sides(case) == ("BOL", "ECU"), body
        assert case.attributes["status"] == "granted"


def test_a_body_named_after_a_movement_is_not_the_dateline_s_state() -> None:
    (case,) = disputes(
        "Handover refused\n\n"
        "NAIROBI, April 9 (AFP) - Earlier, the US demand for the extradition of Omar Said from Somalia "
        "was refused by the Shabaab government."
    )
    assert sides(case) == ("USA", "SOM")


# ------------------------------------------------ "issued a warrant for Y and asked Z to extradite him"


def test_him_after_a_warrant_for_someone_is_that_someone_not_the_one_who_asks() -> None:
    (case,) = disputes(
        "Warrant issued\n\nA Dutch judge, Pieter Kuipers, has issued an arrest warrant for Moroccan "
        "trader Hassan Idrissi and will ask Morocco to extradite him."
    )
    assert case.roles["suspect"] == "Hassan Idrissi"
    assert sides(case) == ("NLD", "MAR")


def test_him_is_still_the_one_the_sentence_is_about_when_nobody_else_is_named() -> None:
    (case,) = disputes(
        "Appeal lodged\n\nThe Moroccan trader Hassan Idrissi is appealing the Dutch decision to "
        "extradite him to Morocco."
    )
    assert case.roles["suspect"] == "Hassan Idrissi"


# ------------------------------------------------ "has decided to extradite", "handed X to"


def test_a_decision_in_the_perfect_to_extradite_is_a_grant_of_the_report_s_day() -> None:
    for verb in ("decided", "agreed"):
        (case,) = disputes(
            f"Handover cleared\n\nFinland has {verb} to extradite Latvian banker Janis Ozols to Latvia, "
            "a ministry spokeswoman said on Tuesday."
        )
        assert case.attributes["status"] == "granted", verb
        assert case.date == "2031-04-08", verb
        assert sides(case) == ("LVA", "FIN")


def test_handing_a_suspect_to_another_state_s_police_without_over_is_a_surrender() -> None:
    (case,) = disputes(
        "Suspect handed over\n\nItalian police on Monday handed murder suspect Marco Bassi to Swiss "
        "police in Chiasso."
    )
    assert sides(case) == ("CHE", "ITA")
    assert case.attributes["status"] == "completed"
    assert case.date == "2031-04-07"


def test_handing_a_letter_or_a_prize_to_someone_is_no_surrender() -> None:
    for text in (
        "Letter delivered\n\nThe Italian ambassador on Monday handed a letter from Rome to Swiss "
        "minister Eva Keller.",
        "Prize given\n\nItalian writer Marco Bassi on Monday delivered his prize to a Swiss charity.",
    ):
        assert disputes(text) == [], text


# ------------------------------------------------ giving oneself up; the police that hold a suspect


def test_a_suspect_giving_himself_up_is_no_surrender_but_tells_who_holds_him() -> None:
    for first in (
        "Fugitive trader Lars Dahl surrendered to Danish police on Friday.",
        "Fugitive trader Lars Dahl turned himself in to police in Copenhagen on Friday.",
    ):
        (case,) = disputes(
            f"Fugitive gives up\n\n{first} Norway has asked for his extradition on fraud charges."
        )
        assert sides(case) == ("NOR", "DNK"), first
        assert case.attributes["status"] == "requested", first


def test_police_named_by_a_demonym_or_a_kind_of_place_hold_the_one_they_arrest() -> None:
    for police in ("Police in the Danish city of Aarhus", "Danish police"):
        (case,) = disputes(
            f"Arrest made\n\n{police} arrested Lars Dahl on Tuesday after a fraud that cost Norwegian "
            "savers millions. Norway said on Wednesday that it would seek his extradition."
        )
        assert sides(case) == ("NOR", "DNK"), police


# ------------------------------------------------ tribunals


def test_a_warrant_of_a_tribunal_named_after_a_state_is_the_tribunal_s() -> None:
    cases = {
        "Rwanda": "ICTR",
        "Yugoslav": "ICTY",
    }
    for name, court in cases.items():
        (case,) = disputes(
            f"Fugitive held\n\nSwedish police arrested former militia chief Paul Mugenzi on Monday on a "
            f"warrant issued by the {name} tribunal."
        )
        assert sides(case) == (court, "SWE"), name


def test_someone_indicted_by_a_war_crimes_tribunal_and_arrested_abroad_is_sought_by_it() -> None:
    (case,) = disputes(
        "Fugitive held\n\nFormer militia chief Paul Mugenzi, indicted by the UN war crimes tribunal, was "
        "arrested in Sweden on Monday after years on the run."
    )
    assert sides(case) == ("ICTY", "SWE")
    assert case.attributes["status"] == "requested"


def test_someone_indicted_by_a_state_s_court_and_arrested_there_is_no_case() -> None:
    assert (
        disputes(
            "Banker held\n\nBanker Paul Mugenzi, indicted by a Swedish court, was arrested in Sweden "
            "on Monday."
        )
        == []
    )


# ------------------------------------------------ a removal for trial after an arrest abroad


def test_a_person_seized_abroad_and_taken_home_to_face_charges_is_a_completed_case() -> None:
    for text in (
        "Smuggler returned\n\nGhanaian smuggler Kofi Mensah, captured in Togo last week, was taken to "
        "Ghana on Monday to face trafficking charges.",
        "Smuggler returned\n\nGhanaian smuggler Kofi Mensah was flown from Togo to Ghana on Monday to "
        "stand trial.",
        "Smuggler returned\n\nGhanaian smuggler Kofi Mensah, arrested in Togo, was brought to Ghana on "
        "Monday for trial.",
    ):
        (case,) = disputes(text)
        assert sides(case) == ("GHA", "TGO"), text
        assert case.attributes["status"] == "completed"
        assert case.date == "2031-04-07"


def test_a_person_taken_somewhere_with_no_trial_and_no_case_is_none() -> None:
    assert (
        disputes(
            "Minister travels\n\nGhanaian trader Kofi Mensah, arrested in Togo last year, was taken to Ghana "
            "on Monday to see his family."
        )
        == []
    )


# ------------------------------------------------ decisions told by the body that made them


def test_a_negated_passive_surrender_is_refused_by_the_state_of_the_body_that_says_so() -> None:
    (case,) = disputes(
        "No handover\n\nPavel Sokol, the main suspect in the killing of a Polish reporter, will not be "
        "extradited, the Czech justice ministry said on Tuesday."
    )
    assert case.roles["requested_state"] == "CZE"
    assert case.attributes["status"] == "refused"
    assert case.date == "2031-04-08"


def test_an_appeal_against_a_court_s_order_to_extradite_is_pending_with_the_court_s_state() -> None:
    (case,) = disputes(
        "Appeal planned\n\nLawyers for Bolivian trader Mario Quispe said he would appeal against a Chilean "
        "judge's order to extradite him to Bolivia."
    )
    assert sides(case) == ("BOL", "CHL")
    assert case.attributes["status"] == "pending"


def test_a_withdrawn_request_is_its_maker_s_and_not_dated_by_the_withdrawal() -> None:
    for verb in ("withdrew", "dropped"):
        (case,) = disputes(
            f"Request dropped\n\nNorway {verb} its extradition request for Danish trader Lars Dahl on "
            "Monday, a court official in Copenhagen said."
        )
        assert case.roles["requesting_state"] == "NOR", verb
        assert case.date is None, verb


def test_a_surrender_between_provinces_with_a_trial_in_a_city_of_the_same_state_is_no_case() -> None:
    assert (
        disputes(
            "Suspect moved\n\nWINNIPEG, April 9 (CP) - Manitoba police on Tuesday extradited robbery suspect "
            "Dale Hurst to Alberta, where he faces trial in Calgary."
        )
        == []
    )


def test_the_names_in_apposition_after_a_plural_description_are_the_suspects() -> None:
    cases = disputes(
        "Request made\n\nNorway has asked Denmark for the extradition of two traders, Lars Dahl and Ole "
        "Berg, over a fraud."
    )
    assert sorted(c.roles["suspect"] for c in cases) == ["Lars Dahl", "Ole Berg"]
    assert all(sides(c) == ("NOR", "DNK") for c in cases)


def test_a_suspect_and_his_brother_are_two_suspects() -> None:
    cases = disputes(
        "Brothers sent\n\nPeru extradited smuggler Jorge Vela and his brother Luis Vela to Chile on Monday."
    )
    assert sorted(c.roles["suspect"] for c in cases) == ["Jorge Vela", "Luis Vela"]


def test_a_body_that_names_no_state_is_the_one_other_state_its_sentence_names() -> None:
    (case,) = disputes(
        "Aid frozen\n\nNorway froze all aid to Chad on Monday after the junta refused to hand over "
        "militia chief Idriss Mahamat for the killing of two Norwegian doctors."
    )
    assert sides(case) == ("NOR", "TCD")
    assert case.attributes["status"] == "refused"


def test_hardliners_in_a_capital_are_its_state() -> None:
    (case,) = disputes(
        "Envoy recalled\n\nBelgium recalled its envoy after the hardliners in Bamako refused to extradite "
        "banker Luc Martens, who is wanted for fraud in Brussels."
    )
    assert sides(case) == ("BEL", "MLI")


def test_a_nationality_noun_in_apposition_gives_the_suspect_s_state() -> None:
    (case,) = disputes("Appeal\n\nLars Dahl, a Dane, is still fighting extradition to Norway.")
    assert sides(case) == ("NOR", "DNK")
    assert case.attributes["status"] == "pending"


def test_an_approval_given_for_an_extradition_is_a_grant_by_the_giver() -> None:
    (case,) = disputes(
        "Handover approved\n\nFinland gave the green light on Tuesday for the extradition of Latvian "
        "banker Janis Ozols to Latvia."
    )
    assert sides(case) == ("LVA", "FIN")
    assert case.attributes["status"] == "granted"
    assert case.date == "2031-04-08"


def test_a_surrender_noun_after_after_in_a_past_clause_is_done() -> None:
    (done,) = disputes(
        "Group regroups\n\nA week after Pavel Sokol's extradition to Poland, his deputy took charge of "
        "the gang."
    )
    assert done.attributes["status"] == "completed"
    (to_come,) = disputes(
        "Group regroups\n\nAfter Pavel Sokol's extradition to Poland, his deputy will take charge of "
        "the gang."
    )
    assert to_come.attributes["status"] != "completed"


def test_a_participle_after_an_apposed_name_describes_the_object_it_follows() -> None:
    (case,) = disputes(
        "Request\n\nArgentina on Tuesday asked Uruguay to hand over a former army officer, Jorge Silva, "
        "accused of torture."
    )
    assert case.roles["suspect"] == "Jorge Silva"
    assert sides(case) == ("ARG", "URY")
    assert case.attributes["status"] == "requested"


def test_a_suspect_wanted_abroad_in_an_apposition_and_arrested_is_sought() -> None:
    (case,) = disputes(
        "Banker held\n\nLuis Soto, a Peruvian banker wanted in Chile for fraud, was arrested in Madrid "
        "on Tuesday."
    )
    assert sides(case) == ("CHL", "ESP")


def test_a_court_s_decision_to_send_someone_back_is_a_grant() -> None:
    (case,) = disputes("Court rules\n\nA Spanish court agreed on Tuesday to send Luis Soto back to Chile.")
    assert sides(case) == ("CHL", "ESP")
    assert (case.attributes["status"], case.date) == ("granted", "2031-04-08")


def test_an_indefinite_description_is_the_suspect_named_after_it() -> None:
    """ "asked Austria to extradite a former deputy minister who was arrested in Vienna ... X, 54,
    is accused of": X is the suspect (a new referent is never someone named before)."""
    text = (
        "Peru has formally asked Austria to extradite a former deputy energy minister who was arrested "
        "in Vienna last month, the prosecutor general's office said on Wednesday. Jorge Vela, 54, is "
        "accused of embezzling public funds."
    )
    (e,) = [
        e for e in diplotext.extract(text, published="2030-06-12").events if e.type == "extradition_dispute"
    ]
    assert (e.roles["suspect"], e.roles["requesting_state"], e.roles["requested_state"]) == (
        "Jorge Vela",
        "PER",
        "AUT",
    )
    assert e.attributes["status"] == "requested"


def test_he_after_another_unnamed_person_is_not_the_suspect_named_before() -> None:
    """ "The case echoes that of another former militant, who was sent back to Italy in 2019 after
    he ...": "he" is that other, unnamed person; the named suspect's case stays refused."""
    text = (
        "Chile's Supreme Court has refused an Italian request to extradite Marco Bellini, a former "
        "member of an armed group. The case echoes that of another former Italian militant, whose "
        "extradition saga lasted a decade before he was finally sent back to Italy in 2019."
    )
    (e,) = disputes(text)
    assert (e.roles["suspect"], e.roles["requested_state"]) == ("Marco Bellini", "CHL")
    assert e.attributes["status"] == "refused" and e.date != "2019"


def test_a_court_splitting_on_two_suspects_gives_two_cases_with_the_storys_sides() -> None:
    """ "approved the extradition to Peru of a former officer ... but refused to hand over a second
    man": the first named after is granted, the second refused, both to Peru from Chile."""
    text = (
        "A Chilean appeals court on Thursday approved the extradition to Peru of a former army officer "
        "accused of torture, but refused to hand over a second man wanted in the same case. Jorge "
        "Vela, 78, is accused of torturing prisoners. The court rejected the request for Luis Mora, "
        "84, a former navy captain."
    )
    by_suspect = {e.roles["suspect"]: e for e in disputes(text)}
    assert sides(by_suspect["Jorge Vela"]) == ("PER", "CHL")
    assert by_suspect["Jorge Vela"].attributes["status"] == "granted"
    assert sides(by_suspect["Luis Mora"]) == ("PER", "CHL")
    assert by_suspect["Luis Mora"].attributes["status"] == "refused"


def test_a_description_with_an_accusing_participle_is_the_suspect_named_next() -> None:
    """ "asked Mali to arrest and surrender a militia commander accused of ordering a massacre ... A
    warrant for X was unsealed": X is requested from Mali."""
    text = (
        "The International Criminal Court has asked Mali to arrest and surrender a militia commander "
        "accused of ordering a massacre in 2021, the court said on Wednesday. A warrant for Paul Ndoye "
        "was unsealed after he was spotted in Bamako."
    )
    (e,) = disputes(text)
    assert (e.roles["suspect"], e.roles["requested_state"], e.attributes["status"]) == (
        "Paul Ndoye",
        "MLI",
        "requested",
    )


def test_a_surrender_sentence_naming_no_state_after_a_surrender_told_is_read() -> None:
    """ "... a man wanted in Sweden to be extradited. X approved the surrender of Y on Monday, after a
    judge sent the case to him": granted, though the sentence names no state and holds "sent"."""
    text = (
        "Norway has signed an order for a man wanted in Sweden over a fraud to be extradited, officials "
        "said. Justice Minister Ola Berg approved the surrender of Jonas Falk, 44, on Monday, a fortnight "
        "after a judge in Oslo sent the case to him."
    )
    (e,) = disputes(text)
    assert (e.roles["suspect"], e.attributes["status"]) == ("Jonas Falk", "granted")
    assert e.roles["requesting_state"] == "SWE"


def test_a_decision_to_send_someone_to_face_charges_needs_no_particle() -> None:
    """ "an appeal against a London court's decision to send him to India to face charges": "send"
    with a trial purpose is a surrender word, as "send back" is."""
    text = (
        "LONDON, Sept 4 - Chilean banker Jorge Vela has lodged an appeal against a London court's "
        "decision to send him to Chile to face charges of fraud, his lawyers said on Thursday."
    )
    (e,) = disputes(text, published="2030-09-05")
    assert (e.roles["suspect"], e.roles["requesting_state"], e.roles["requested_state"]) == (
        "Jorge Vela",
        "CHL",
        "GBR",
    )


def test_where_a_described_suspect_is_from_is_the_state_that_holds_them() -> None:
    """ "can extradite a 29-year-old man from Leeds ... X is alleged to have": X is held in Britain."""
    (e,) = disputes(
        "A judge ruled on Monday that a 29-year-old man from Leeds can be extradited to the United States. "
        "Callum Fair is alleged to have written the code."
    )
    assert (e.roles["suspect"], e.roles["requesting_state"], e.roles["requested_state"]) == (
        "Callum Fair",
        "USA",
        "GBR",
    )


def test_the_state_that_transmits_a_request_makes_it() -> None:
    """ "France transmitted a request for his extradition to Lebanese authorities": France asks."""
    (e,) = disputes(
        "Walid Saad, 61, is accused of fraud. France transmitted a request for his extradition to "
        "Lebanese judicial authorities last week."
    )
    assert sides(e) == ("FRA", "LBN") and e.attributes["status"] == "requested"


def test_a_suspect_described_as_from_a_city_is_held_by_its_state() -> None:
    """ "A man from Leeds accused of an attack that crippled X can be extradited to the United
    States, the High Court has ruled. Y is alleged to ...": Y is held by Britain."""
    (e,) = disputes(
        "A 29-year-old man from Leeds accused of an attack that crippled a hospital chain can be "
        "extradited to the United States, the High Court has ruled. Callum Fair is alleged to have "
        "written the code."
    )
    assert (e.roles["suspect"], e.roles["requesting_state"], e.roles["requested_state"]) == (
        "Callum Fair",
        "USA",
        "GBR",
    )
    assert e.attributes["status"] == "granted"


def test_a_given_name_that_is_also_a_city_starts_a_person_before_a_surname() -> None:
    """ "Argentina rejected a Croatian request to extradite Milan Kovac": Milan is a given name
    here, not the Italian city ("flew to Milan on Monday" stays a place)."""
    (e,) = disputes("Argentina rejected a Croatian request to extradite Milan Kovac on Tuesday.")
    assert (e.roles["suspect"], *sides(e), e.attributes["status"]) == ("Milan Kovac", "HRV", "ARG", "refused")
    doc = diplotext.extract("The envoy flew to Milan Monday.", published="2031-04-09")
    assert not [a for a in doc.actors if a.kind == "person"]


# ------------------------------------------------ thirteenth session


def test_competing_requests_from_two_states_are_two_cases() -> None:
    found = disputes(
        "Two states seek banker\n\n"
        "A court in Lyon is weighing competing requests from Ukraine and Georgia for the extradition "
        "of the banker Pavel Rudenko, who was detained in Nice in March."
    )
    assert {sides(c) for c in found} == {("UKR", "FRA"), ("GEO", "FRA")}
    assert {c.roles["suspect"] for c in found} == {"Pavel Rudenko"}


def test_a_to_phrase_after_an_apposed_name_is_the_surrender_s_destination() -> None:
    (case,) = disputes(
        "Old ruling recalled\n\n"
        "In 2019 a Spanish court blocked the extradition of another Moldovan trader, Ion Cebotari, "
        "to Romania, ruling that the request was politically motivated."
    )
    assert sides(case) == ("ROU", "ESP")
    assert case.attributes["status"] == "refused"


def test_the_official_who_approves_a_surrender_is_not_the_described_suspect() -> None:
    (case,) = disputes(
        "Minister signs order\n\n"
        "The Home Secretary has signed an order for a man wanted in Norway over a fraud to be "
        "extradited, officials said.\n\n"
        "Alan Pettifer approved the surrender of Lars Helgesen, 51, on Tuesday, weeks after a judge "
        "sent the case to him.\n\n"
        "Mr Helgesen denies the charges."
    )
    assert case.roles["suspect"] == "Lars Helgesen"
    assert sides(case) == ("NOR", "GBR")  # wanted in Norway; a Home Secretary is Britain's
    assert case.attributes["status"] == "granted"
    assert case.date == "2031-04-08"


def test_the_hague_in_a_war_crimes_story_is_a_court_not_the_netherlands() -> None:
    (yugoslav,) = disputes(
        "General sent for trial\n\n"
        "Montenegro extradited the former general Petar Vukic to The Hague on Friday to face war "
        "crimes charges."
    )
    assert sides(yugoslav) == ("ICTY", "MNE")
    (other,) = disputes(
        "Militia leader sent for trial\n\n"
        "Mali handed over the militia leader Amadou Sangare to The Hague on Friday to face charges "
        "of crimes against humanity."
    )
    assert sides(other) == ("ICC", "MLI")


def test_a_description_s_own_noun_as_a_role_does_not_stop_it_standing_for_the_name() -> None:
    (case,) = disputes(
        "Court refuses request\n\n"
        "MADRID, April 9 (AFP) - A Spanish court on Tuesday rejected a Chilean request for the "
        "extradition of a former shipping executive accused of tax fraud.\n\n"
        "The executive, Tomas Urrutia Vial, 61, has lived in Seville since 2015."
    )
    assert case.roles["suspect"] == "Tomas Urrutia Vial"
    assert sides(case) == ("CHL", "ESP")
    assert case.attributes["status"] == "refused"


def test_an_object_put_after_the_destination_and_the_day_is_the_suspect_described() -> None:
    (case,) = disputes(
        "Smuggler sent home\n\n"
        "Greece extradited to Bulgaria on Monday a man accused of running a smuggling ring, the "
        "ministry said on Wednesday.\n\n"
        "Stoyan Petkov, 44, was flown to Sofia under escort."
    )
    assert case.roles["suspect"] == "Stoyan Petkov"
    assert sides(case) == ("BGR", "GRC")
    assert case.attributes["status"] == "completed"
    assert case.date == "2031-04-07"


def test_a_second_passive_verb_shares_the_auxiliary_of_the_first() -> None:
    (case,) = disputes("Aziz Rahimov was arrested in Turkey and extradited to Uzbekistan in March.")
    assert sides(case) == ("UZB", "TUR")
    assert case.attributes["status"] == "completed"


def test_a_city_that_is_also_a_surname_inside_a_three_word_name() -> None:
    (case, *_) = disputes(
        "Financier sought\n\n"
        "Uruguay has asked Brazil to extradite Rodrigo Toledo Ferraz, 50, who was located in Vina del "
        "Mar last month, officials said."
    )
    assert case.roles["suspect"] == "Rodrigo Toledo Ferraz"


def test_a_world_city_after_in_is_no_person_whatever_its_first_word() -> None:
    doc = diplotext.extract("Rodrigo Ferraz, 50, was found in Vina del Mar.", published="2031-04-09")
    assert "Vina del Mar" not in {a.name for a in doc.actors if a.kind == "person"}


def test_a_refused_request_noun_with_an_infinitive_keeps_its_object_described() -> None:
    (case,) = disputes(
        "Activist stays\n\n"
        "VILNIUS, April 9 (AFP) - Latvia on Tuesday refused a Russian request to extradite a "
        "blogger accused by Moscow of organising protests, prosecutors said.\n\n"
        "Igor Salnikov, 31, was detained at Riga airport on Saturday."
    )
    assert case.roles["suspect"] == "Igor Salnikov"
    assert sides(case) == ("RUS", "LVA")
    assert case.attributes["status"] == "refused"


def test_a_person_named_in_the_description_s_own_sentence_is_not_the_one_described() -> None:
    (case,) = disputes(
        "Request filed\n\n"
        "Panama has asked Colombia to extradite a former guard suspected of killing the lawyer "
        "Rosa Ibarra Vega in Colon last year, officials said.\n\n"
        "Ibarra, 40, had reported on port contracts.\n\n"
        "The suspect, Hernan Quiroga Pinto, 45, was arrested in Cali on July 2."
    )
    assert case.roles["suspect"] == "Hernan Quiroga Pinto"
    assert sides(case) == ("PAN", "COL")


def test_a_transfer_to_the_custody_of_a_tribunal_is_a_surrender_to_it() -> None:
    (case,) = disputes(
        "Fugitive handed over\n\n"
        "Jean Habimana was transferred on Sunday to the custody of a UN war crimes tribunal in "
        "Arusha after Kenyan police arrested him in Nairobi at the request of the IRMCT."
    )
    assert case.roles["requesting_state"] == "IRMCT"
    assert case.attributes["status"] == "completed"


def test_states_competing_for_a_surrender_each_request_it() -> None:
    found = disputes(
        "Two bids\n\n"
        "Moldova and Romania are vying for the extradition of a banker detained in Austria.\n\n"
        "Vasile Munteanu, 52, was arrested in Graz in March."
    )
    assert {sides(c) for c in found} == {("MDA", "AUT"), ("ROU", "AUT")}
    assert {c.roles["suspect"] for c in found} == {"Vasile Munteanu"}


def test_the_day_a_request_is_submitted_beats_the_day_it_was_told() -> None:
    (case,) = disputes(
        "Request filed\n\n"
        "QUITO, April 9 (AFP) - Ecuador has asked Peru to extradite the banker Julio Ramos Vela, the "
        "foreign ministry said on Wednesday.\n\n"
        "Ecuadorean prosecutors submitted the formal extradition request on Monday, a spokesman said."
    )
    assert case.date == "2031-04-07"
    assert case.attributes["status"] == "requested"


def test_a_person_killed_in_the_charge_is_the_victim() -> None:
    (case,) = disputes(
        "Request filed\n\n"
        "Bolivia has asked Chile to extradite a former guard suspected of shooting dead radio "
        "reporter Elena Mamani in Oruro last year, officials said.\n\n"
        "The suspect, Rodrigo Vaca Soliz, 45, was arrested in Arica on April 2."
    )
    assert case.roles["suspect"] == "Rodrigo Vaca Soliz"
    assert case.roles["victim"] == "Elena Mamani"


def test_an_arrival_in_the_requesting_state_dates_a_completed_surrender() -> None:
    (case,) = disputes(
        "Suspect returned\n\n"
        "A man accused of a string of bank robberies in Leeds has been sent back to Britain to face "
        "charges.\n\n"
        "Gary Pollard, 38, arrived at Manchester Airport on Monday escorted by police.\n\n"
        "Mr Pollard was arrested in Malta last year and a court there approved his extradition."
    )
    assert sides(case) == ("GBR", "MLT")
    assert case.attributes["status"] == "completed"
    assert case.date == "2031-04-07"
    assert "sent back" not in (case.attributes["case"] or "")


def test_an_arrival_where_a_suspect_fled_is_no_surrender() -> None:
    (case,) = disputes(
        "Request filed\n\n"
        "Brazil has asked Portugal to extradite the trader Marcos Vieira Lopes.\n\n"
        "Vieira Lopes arrived in Lisbon in 2027 and was detained there on March 3."
    )
    assert case.attributes["status"] == "requested"


def test_an_appeal_lodged_against_a_ruling_to_extradite_leaves_the_case_pending() -> None:
    (case,) = disputes(
        "Appeal filed\n\n"
        "PRETORIA, April 9 (AFP) - A former port official accused of helping smugglers move fuel "
        "into Zambia has filed an appeal against a South African court ruling that he can be "
        "extradited, his lawyers said on Wednesday.\n\n"
        "He was identified by Zambian prosecutors as Moses Banda Phiri, 58. He was arrested in "
        "Durban in March at Zambia's request."
    )
    assert case.roles["suspect"] == "Moses Banda Phiri"
    assert sides(case) == ("ZMB", "ZAF")
    assert case.attributes["status"] == "pending"
    assert "filed" not in (case.attributes["case"] or "")


def test_wanted_in_a_state_told_in_the_sentence_after_the_arrest() -> None:
    (case,) = disputes("Police in Madrid arrested John Miller on Friday. He is wanted in Norway for fraud.")
    assert sides(case) == ("NOR", "ESP")
    assert case.attributes["status"] == "requested"
    assert not disputes("Police in Madrid arrested John Miller on Friday. Nobody is wanted in Norway.")


def test_a_hearing_held_on_a_day_leaves_the_case_pending_from_it() -> None:
    found = disputes(
        "Two bids heard\n\n"
        "A court in Vienna is weighing competing requests from Moldova and Romania for the "
        "extradition of the banker Vasile Munteanu, who was arrested in Graz in March.\n\n"
        "Munteanu, 52, denies the charges.\n\n"
        "His lawyers say both requests are politically motivated.\n\n"
        "The court adjourned the hearing on Tuesday until May 20."
    )
    assert {sides(c) for c in found} == {("MDA", "AUT"), ("ROU", "AUT")}
    assert {c.attributes["status"] for c in found} == {"pending"}
    assert {c.date for c in found} == {"2031-04-08"}


def test_a_hearing_still_to_come_leaves_a_request_as_it_is() -> None:
    (case,) = disputes(
        "Request filed\n\n"
        "Brazil has asked Portugal to extradite the trader Marcos Vieira Lopes.\n\n"
        "A hearing will open on May 20."
    )
    assert case.attributes["status"] == "requested"


def test_a_surrender_from_a_province_of_the_datelines_own_state_is_no_dispute() -> None:
    assert not disputes(
        "Suspect returned\n\n"
        "DENVER — A man accused of robbing a bank in Aurora last year was extradited from Utah on "
        "Tuesday and booked into the county jail, police said.\n\n"
        "Kyle Dean Mercer, 31, had been arrested in Provo in March."
    )

"""Extradition classes seen on half a of battery21 (issue 9, twenty-second session, helper
battery21): a suspect named with his age in brackets, a letter sent between the two states, a
suspect named after a description that carries its own phrase, and an international court described
rather than named as the one that asks.

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from builders import dispute_sides, extradition_disputes

disputes = extradition_disputes
sides = dispute_sides


def _people(text: str) -> set[str]:
    doc = diplotext.extract(text, published="2031-04-09")
    return {a.name for a in doc.actors if a.kind == "person"}


def test_a_name_with_its_age_in_brackets_is_a_person() -> None:
    """ "Lwazi Ngcobondo (41) was arrested": the bracketed age names a person, as ", 41," does."""
    for told in (
        "Lwazi Ngcobondo (41) was arrested in Polokwane on Monday.",
        "Police said Oyelade Maranatha (29) has been charged with fraud.",
        "Tshiamo Kgositsile (37), a driver, appeared in court on Tuesday.",
    ):
        names = _people("Court\n\n" + told)
        assert any(n.endswith(("Ngcobondo", "Maranatha", "Kgositsile")) for n in names), told
    # "Green Alliance (12) and Free Voters (9)": seat counts, no age followed by a verb
    names = _people("Vote\n\nGreen Alliance (12) and Free Voters (9) won the other seats in the count.")
    assert not names & {"Green Alliance", "Free Voters"}


def test_a_suspect_described_first_and_named_with_a_bracketed_age() -> None:
    """ "refused to extradite a Zambian national ... Lwazi Ngcobondo (41) was arrested": a case."""
    (case,) = disputes(
        "Minister refuses extradition\n\nThe justice ministry has refused to extradite a Zambian "
        "national accused of robbing a bank in Ndola, because Lusaka gave no assurance on the death "
        "penalty. Lwazi Ngcobondo (41) was arrested in Polokwane last year after Zambia asked for his "
        "extradition. South Africa does not surrender people who face execution."
    )
    assert case.roles["suspect"] == "Lwazi Ngcobondo"
    assert case.roles["requesting_state"] == "ZMB"


def test_a_letter_sent_to_the_requesting_state_surrenders_no_one() -> None:
    """ "in a letter sent to Zambia's high commission on Monday": no completion, and the letter's
    addressee is not thereby the one who asks."""
    (case,) = disputes(
        "Minister refuses extradition\n\nSouth Africa has refused to extradite Lwazi Ngcobondo, a "
        "Zambian national accused of robbing a bank in Ndola, to Zambia. In a letter sent to the "
        "Zambian high commission on Monday, Justice Minister Ayanda Khumalo said Lusaka had given no "
        "assurance."
    )
    assert case.attributes["status"] == "refused"
    assert case.date == "2031-04-07"  # the day of the letter that tells the undated refusal
    (case,) = disputes(
        "Reply sent\n\nThe ministry sent the documents to Vienna on Friday. Austria has asked Hungary "
        "to extradite Gabor Lendvai, a trader accused of fraud."
    )
    assert case.attributes["status"] == "requested"


def test_a_suspect_named_after_a_description_with_its_own_phrase() -> None:
    """ "the extradition hearing of a former mayor of Kumasi, X, has been adjourned": X."""
    for told in (
        "The extradition hearing of a former mayor of Kumasi, Kwabena Asantewaa, has again been "
        "adjourned by a court in London. He is wanted in Ghana on charges of fraud.",
        "The extradition of a former director of the state port authority, Kwabena Asantewaa, was "
        "approved by a court in London on Monday. He is wanted in Ghana on charges of fraud.",
    ):
        (case,) = disputes("Hearing\n\n" + told)
        assert case.roles["suspect"] == "Kwabena Asantewaa", told
        assert sides(case)[0] == "GHA", told
    # "a former aide of Governor A, B,": two people in the phrase, no apposition read
    cases = disputes(
        "Hearing\n\nThe extradition hearing of a former aide of Governor Yaw Boakye, Kwabena Asantewaa, "
        "was adjourned by a court in London."
    )
    assert all(c.roles["suspect"] != "Yaw Boakye" for c in cases)


def test_an_international_court_described_as_the_asker() -> None:
    """ "The U.N. court that took over ... asked Kenya to surrender X": the tribunal asks."""
    (case,) = disputes(
        "Fugitive\n\nThe U.N. court that succeeded the Rwanda tribunal on Tuesday asked Kenya to "
        "surrender a former mayor arrested in Nakuru. Evariste Nsengimana, 70, is charged by the "
        "International Residual Mechanism for Criminal Tribunals with genocide."
    )
    assert case.roles["suspect"] == "Evariste Nsengimana"
    assert sides(case) == ("IRMCT", "KEN")
    # "a Paris court asked Kenya to surrender X" in a story naming the ICC: France asks
    (case,) = disputes(
        "Request\n\nA Paris court on Tuesday asked Kenya to surrender Evariste Nsengimana, who is "
        "accused of genocide. The International Criminal Court has not sought him."
    )
    assert sides(case)[0] == "FRA"


def test_two_states_that_have_both_asked_are_two_requests() -> None:
    """ "A and B have both asked X for Y", "between A and B, which have both asked for Y": a request
    by each (a floated "both"/"each" inside the verb group; a plural relative after two names)."""
    for told in (
        "Kosovo and Albania have both asked Italy for the extradition of Arben Dushku, a trader "
        "accused of fraud.",
        "Italian judges must choose between Kosovo and Albania, which have both asked for the "
        "extradition of Arben Dushku, a trader held in Bari.",
        "Kosovo and Albania have each asked Italy for the extradition of Arben Dushku, a trader "
        "accused of fraud.",
    ):
        cases = disputes("Rival bids\n\n" + told)
        assert {sides(c) for c in cases} == {("XKX", "ITA"), ("ALB", "ITA")}, told
    # "the talks between A and B, which were held in Vienna": a relative of the talks, one event less
    assert not disputes("Talks\n\nThe talks between Kosovo and Albania, which were held in Rome, ended.")


def test_a_rule_about_a_category_of_people_is_not_the_cases_status() -> None:
    """ "Swiss citizens themselves cannot be extradited": a rule said of a bare plural, after an
    approval, leaves the case granted."""
    for rule in (
        "Swiss citizens themselves cannot be extradited without their consent.",
        "Bankers cannot be extradited for simple tax evasion, experts say.",
    ):
        (case,) = disputes(
            "Approved\n\nSwitzerland approved the extradition of Anton Gisler to Canada on Monday. " + rule
        )
        assert case.attributes["status"] == "granted", rule
    # "the two men cannot be extradited": people of the story, a refusal all the same
    (case,) = disputes(
        "Refused\n\nSwitzerland refused the extradition of Anton Gisler to Canada on Monday. "
        "A judge said Gisler could not be extradited."
    )
    assert case.attributes["status"] == "refused"


def test_an_agency_first_dateline_is_no_time_of_the_lead() -> None:
    """ "(ANSA) - Rome, October 25 - ... on Wednesday refused": the dateline is read as one, and the
    refusal dated Wednesday, not by the dateline's day."""
    doc = diplotext.extract(
        "Court refuses\n\n(ANSA) - Rome, May 8 - A court in Lisbon on Tuesday refused to extradite "
        "Marco Tessadri, a former banker wanted in Italy for fraud, to Italy.",
        published="2031-05-08",
    )
    assert doc.article.dateline == "Rome"
    (case,) = [e for e in doc.events if e.type == "extradition_dispute"]
    assert case.date == "2031-05-06"


def test_the_day_a_court_gave_its_ruling_dates_a_reported_approval() -> None:
    """ "has approved the extradition of X, officials said on Wednesday. The court gave its ruling
    on Tuesday": Tuesday, the day the ruling was made known."""
    (case,) = disputes(
        "Approved\n\nA court in Ghent has approved the extradition of Ravi Menon to India, officials "
        "said on Wednesday. The court gave its ruling on Tuesday after two hearings."
    )
    assert case.attributes["status"] == "granted"
    assert case.date == "2031-04-08"


def test_the_day_a_judge_rejected_the_defence_argument_dates_the_order() -> None:
    """ "has ordered the surrender of X ... On Monday, Judge Y rejected his argument that ...": the
    order's day is Monday."""
    (case,) = disputes(
        "Surrender\n\nAn Irish judge has ordered the surrender of Marek Zielinski to Poland, where he is "
        "wanted for fraud. At the High Court on Monday, Ms Justice Orla Whelan rejected his argument "
        "that surrender would breach his right to family life."
    )
    assert case.attributes["status"] == "granted"
    assert case.date == "2031-04-07"


def test_a_courts_opinion_on_the_request_is_its_decision() -> None:
    """ "gave an unfavourable opinion on Rwanda's request to extradite X": refused, on the day of
    that clause; "a favourable opinion on the extradition of X": granted, by the court's state."""
    (case,) = disputes(
        "Opinion\n\nThe investigating chamber in Paris on Tuesday gave an unfavourable opinion on "
        "Rwanda's request to extradite Jean Kabera, an exiled politician accused of inciting divisions."
    )
    assert case.attributes["status"] == "refused"
    assert case.date == "2031-04-08"
    (case,) = disputes(
        "Opinion\n\nA court in Brussels gave a favourable opinion on Monday on the extradition of Jean "
        "Kabera to Rwanda, where he is accused of inciting divisions."
    )
    assert case.attributes["status"] == "granted"
    assert sides(case) == ("RWA", "BEL")
    # "a favourable opinion of the talks": no surrender, no case
    assert not disputes("Talks\n\nThe minister gave a positive opinion on the talks with Rwanda on Monday.")


def test_a_headline_sending_someone_home_names_the_state_that_asks() -> None:
    """ "Fraud boss sent home to Manila": the headline's "sent home/back to X" gives the side the
    body leaves out ("handed over a Filipino man ... after the court approved his extradition")."""
    (case,) = disputes(
        "Fraud boss sent home to Manila\n\nJAKARTA - Police on Monday handed over a man accused of "
        "running an online fraud ring, after a court approved his extradition last month. Ramon "
        "Dizon Santos, 44, was escorted onto a flight by two detectives, police said."
    )
    assert case.roles["suspect"] == "Ramon Dizon Santos"
    assert sides(case) == ("PHL", "IDN")


def test_his_case_told_pending_before_a_court_leaves_the_surrender_pending() -> None:
    """ "India sent a request in February, and he was arrested in April. His case is pending before
    a London court": pending; "a separate fraud case is pending" says nothing of the surrender."""
    (case,) = disputes(
        "Fugitive\n\nIndia sent a formal request to Britain for the extradition of Sunil Khetan, "
        "a jeweller, in February, and he was arrested in London in April. His case is pending before a "
        "court in London."
    )
    assert case.attributes["status"] == "pending"
    (case,) = disputes(
        "Fugitive\n\nIndia sent a formal request to Britain for the extradition of Sunil Khetan, "
        "a jeweller, in February. A separate fraud case is pending before a court in London."
    )
    assert case.attributes["status"] == "requested"


def test_the_charge_of_an_accusation_with_words_before_of() -> None:
    """ "Prosecutors accuse X, 61, of approving ...", "accused by U.S. prosecutors of running ...",
    "on 12 counts of ...", "charged by the tribunal with ...": the case's charge."""
    for told, charge in (
        (
            "Chile has asked Spain to extradite Ruben Olmedo. Prosecutors accuse Ruben Olmedo, 61, of "
            "approving loans to his own companies.",
            "approving loans to his own companies",
        ),
        (
            "A court ruled that Ruben Olmedo can be extradited to Chile. He is accused by Chilean "
            "prosecutors of running a fake investment fund.",
            "running a fake investment fund",
        ),
        (
            "Chile has asked Spain to extradite Ruben Olmedo, who is wanted on 12 counts of money "
            "laundering and theft of public funds.",
            "money laundering and theft of public funds",
        ),
    ):
        (case,) = disputes("Charge\n\n" + told)
        assert case.attributes["case"] == charge, told

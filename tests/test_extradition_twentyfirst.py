"""Extradition disputes: classes of sentences found wrong in the twenty-first session (issue 9,
helper extr28), read on news the extractor was not written against.

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def disputes(text: str, published: str = "2030-06-12") -> list[Event]:
    doc = diplotext.extract(text, published=published, layout="body")
    assert not [e for e in doc.errors if e.plugin in ("extradition", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "extradition_dispute"]


def sides(event: Event) -> tuple[str | None, str | None]:
    return event.roles["requesting_state"], event.roles["requested_state"]


# ------------------------------------------------------------ a quoted nickname inside a name


def test_a_quoted_nickname_inside_the_name_is_the_same_person() -> None:
    """'Ramiro "El Zorro" Castano': one person, "Ramiro Castano", not the official named next."""
    (case,) = disputes(
        'Colombia on Friday extradited drug lord Ramiro "El Zorro" Castano to the United States, the '
        "last day of President Ana Perez's term. Castano had fought extradition for two years."
    )
    assert case.roles["suspect"] == "Ramiro Castano"
    assert sides(case) == ("USA", "COL")
    assert case.attributes["status"] == "completed"


def test_curly_and_single_quoted_nicknames_too() -> None:
    doc = diplotext.extract(
        "Police said Ramiro \u201cEl Zorro\u201d Castano and Jaime 'Flaco' Duarte were held in Lima.",
        published="2030-06-12",
        layout="body",
        plugins=["actors"],
    )
    names = {a.name for a in doc.actors if a.kind == "person"}
    assert {"Ramiro Castano", "Jaime Duarte"} <= names
    # a quoted title followed by a lower-case word, or after no given name, is no nickname
    doc = diplotext.extract(
        'Critics said Maria "La Loca" premiered in Lima, and the Senate "Clean Air" Bill failed.',
        published="2030-06-12",
        layout="body",
        plugins=["actors"],
    )
    names = {a.name for a in doc.actors if a.kind == "person"}
    assert not any("Loca" in n or "Clean" in n or "Bill" in n for n in names)


# ------------------------------------------------------------ two forms of one suspect's name


def test_a_shorter_form_of_the_suspects_name_is_the_same_case() -> None:
    (case,) = disputes(
        "Britain hopes to deal quickly with a US extradition request for the cleric Abu Karim "
        "al-Zayani, the minister said on Friday.\n\n"
        "Lawyers for Abu Karim could mount a series of appeals against his extradition."
    )
    assert case.roles["suspect"] == "Abu Karim al-Zayani"


def test_a_surnames_only_form_joins_the_full_name() -> None:
    """ "handed Mr Quintero Ayala to U.S. authorities": his two surnames, no given name of its own."""
    (case,) = disputes(
        "Mexico extradited Rafael Quintero to the United States on Thursday to face drug charges.\n\n"
        '"The government today handed Mr Quintero Ayala to the U.S. authorities," the ministry said.'
    )
    assert case.roles["suspect"] == "Rafael Quintero"
    assert sides(case) == ("USA", "MEX")

    # a first name of its own keeps two brothers apart
    cases = disputes(
        "Colombia extradited Miguel Osorio Vega to the United States on Monday to face drug charges. "
        "Colombia extradited his brother Jaime Osorio Vega to the United States on Tuesday."
    )
    assert {c.roles["suspect"] for c in cases} == {"Miguel Osorio Vega", "Jaime Osorio Vega"}


# ------------------------------------------------------------ a surrender asked to be moved along


def test_asked_to_speed_up_the_extradition_is_a_request() -> None:
    (case,) = disputes("Chile urged Argentina on Monday to speed up the extradition of Rosa Quispe.")
    assert sides(case) == ("CHL", "ARG")
    assert case.roles["suspect"] == "Rosa Quispe"
    assert case.attributes["status"] == "requested"
    assert case.date == "2030-06-10"
    (case,) = disputes("Argentina agreed on Monday to speed up the extradition of Rosa Quispe to Chile.")
    assert sides(case) == ("CHL", "ARG")
    assert case.attributes["status"] == "granted"  # agreeing to move it along is still a grant


def test_asked_to_approve_the_extradition_is_a_request_not_a_grant() -> None:
    (case,) = disputes(
        "Chile pressed Argentina on Monday to approve the extradition of Rosa Quispe, who is wanted "
        "for fraud."
    )
    assert sides(case) == ("CHL", "ARG")
    assert case.attributes["status"] == "requested"


def test_asked_to_expedite_a_described_suspect_named_next() -> None:
    (case,) = disputes(
        "Chile urged Argentina on Monday to expedite the extradition of a former banker, who is accused "
        "of a fraud.\n\nBanker Rosa Quispe has been accused of running the scheme."
    )
    assert case.roles["suspect"] == "Rosa Quispe"
    assert sides(case) == ("CHL", "ARG")


# ------------------------------------------------------------ a request sent to a state


def test_a_request_sent_to_a_state_for_an_extradition_asks_that_state() -> None:
    (case,) = disputes(
        "An official request was sent to Argentina for the extradition of Rosa Quispe, a suspect in "
        "the fraud, the Chilean foreign minister said on Tuesday."
    )
    assert sides(case) == ("CHL", "ARG")
    assert case.attributes["status"] == "requested"


def test_an_active_sender_with_the_to_phrase_first() -> None:
    (case,) = disputes(
        "Chile sent a request to Argentina for the extradition of Rosa Quispe, a fraud suspect."
    )
    assert sides(case) == ("CHL", "ARG")


# ------------------------------------------------------------ the asking state's own steps


def test_a_signed_extradition_request_is_made_not_granted() -> None:
    (case,) = disputes(
        "The head of Chile's Supreme Court said on Friday that he signed an extradition request for "
        "Rosa Quispe, who lives in Argentina.\n\n"
        "The request will now go to the foreign ministry, which must formally ask Argentina for her "
        "extradition."
    )
    assert case.attributes["status"] == "requested"
    assert case.roles["requested_state"] == "ARG"
    # a signed extradition order is still a grant
    (case,) = disputes(
        "The Argentine justice minister signed the extradition order for Rosa Quispe on Monday, and "
        "she will be sent to Chile to face fraud charges."
    )
    assert case.attributes["status"] == "granted"


def test_the_asking_states_own_court_refusing_its_request_refuses_nothing() -> None:
    (case,) = disputes(
        "Chile formally requested the extradition of Rosa Quispe from Argentina on Tuesday. Chile's "
        "Supreme Court had refused to authorize an earlier request because prosecutors failed to meet "
        "the terms of the treaty."
    )
    assert sides(case) == ("CHL", "ARG")
    assert case.attributes["status"] == "requested"


# ------------------------------------------------------------ dates and pronouns


def test_bracketed_years_after_a_name_date_no_act() -> None:
    (case,) = disputes(
        "Peru is preparing an extradition request for former president Luis Ayala (2011-2016), who "
        "lives in the United States, the government announced on Tuesday."
    )
    assert case.roles["requesting_state"] == "PER"
    assert case.date != "2016"


def test_he_opening_a_clause_after_the_object_is_no_suspect() -> None:
    """ "extradite the businessman he blames for the riots": "he" is the asker, the man is named next."""
    (case,) = disputes(
        "Bolivian President Mario Rojas called on Brazil on Saturday to extradite to Bolivia the exiled "
        "businessman he claims is behind the riots.\n\nMarco Salas, who lives in exile in Sao Paulo, "
        "has rejected the claim."
    )
    assert case.roles["suspect"] == "Marco Salas"
    assert sides(case) == ("BOL", "BRA")


# ------------------------------------------------------------ an arrest made on another state's behalf


def test_an_arrest_on_behalf_of_a_states_authorities_is_its_request() -> None:
    (case,) = disputes(
        "British police arrested Ravi Nair in London on Tuesday on behalf of Indian authorities, who "
        "accuse him of fraud.",
        published="2030-06-12",
    )
    assert sides(case) == ("IND", "GBR")
    assert case.attributes["status"] == "requested"
    assert case.date == "2030-06-11"


def test_a_described_man_arrested_on_a_states_behalf_is_the_one_named_next() -> None:
    (case,) = disputes(
        "A wealthy Indian businessman, wanted in India on fraud charges, was arrested on Tuesday in "
        "Britain on behalf of Indian authorities.\n\n"
        "Ravi Nair was released on bail by a London court a few hours later."
    )
    assert case.roles["suspect"] == "Ravi Nair"
    assert sides(case) == ("IND", "GBR")


# ------------------------------------------------------------ a request filed with a state


def test_a_request_filed_with_a_state_asks_that_state() -> None:
    (case,) = disputes("Peruvian prosecutors have filed an extradition request with Spain for Carlos Mendez.")
    assert sides(case) == ("PER", "ESP")
    (case,) = disputes("Peru lodged a request with Spain on Monday for the extradition of Carlos Mendez.")
    assert sides(case) == ("PER", "ESP")
    assert case.date == "2030-06-10"


# ------------------------------------------------------------ tried where he was sent


def test_the_state_that_sentences_a_surrendered_suspect_asked_for_him() -> None:
    (case,) = disputes(
        "Carlos Mendez, who was extradited from Spain last year, was sentenced to 20 years in prison "
        "in Peru on Monday."
    )
    assert sides(case) == ("PER", "ESP")
    assert case.attributes["status"] == "completed"


def test_pleading_in_a_states_court_after_the_surrender() -> None:
    """ "pleaded not guilty in a US federal court": the negation is the plea's, the court the asker's."""
    (case,) = disputes(
        "Russian national Carlos Mendez has pleaded not guilty in a US federal court. He appeared in "
        "the court after being recently extradited from Israel."
    )
    assert sides(case) == ("USA", "ISR")


def test_waiving_something_else_consents_to_no_surrender() -> None:
    """ "waived a formal reading of charges" after being extradited: the surrender is done, not granted."""
    (case,) = disputes(
        "Russian national Carlos Mendez has pleaded not guilty in a US federal court. The defendant, "
        "who appeared in the court after being recently extradited from Israel, waived a formal "
        "reading of the charges."
    )
    assert case.attributes["status"] == "completed"
    assert sides(case) == ("USA", "ISR")


# ------------------------------------------------------------ the headline's sides


def headline_disputes(text: str, published: str = "2030-06-12") -> list[Event]:
    """The article as a wire story: its first line a headline, the body after a blank line."""
    doc = diplotext.extract_record({"text": text, "published": published})
    return [e for e in doc.events if e.type == "extradition_dispute"]


def test_a_headline_names_the_state_asked_the_body_leaves_out() -> None:
    (case,) = headline_disputes(
        "Chile extradites fraud suspect\n\n"
        "A man accused of running a pyramid scheme was extradited to Peru on Friday, officials said.\n\n"
        "Ramon Toledo, 51, is wanted for fraud."
    )
    assert case.roles["suspect"] == "Ramon Toledo"
    assert sides(case) == ("PER", "CHL")


def test_a_headline_names_the_state_that_asks() -> None:
    """ "Danish court blocks extradition to Peru": the "to" of the headline asks, the court's
    demonym is asked."""
    (case,) = headline_disputes(
        "Danish court blocks extradition to Peru over prison conditions\n\n"
        "A court on Tuesday blocked the extradition of a man accused of fraud, saying he could face "
        "ill-treatment in prison.\n\nThe suspect, Ramon Toledo, has lived in Aarhus since 2019."
    )
    assert sides(case) == ("PER", "DNK")
    assert case.attributes["status"] == "refused"


def test_a_description_of_the_suspect_in_the_headline_names_no_state() -> None:
    """ "Peruvian Fraud Suspect Extradited to Chile": a demonym on a person is his, not the state asked."""
    from diplotext.extractors.extradition.headline import headline_sides

    assert headline_sides("Peruvian Fraud Suspect Extradited to Chile") == ("CHL", None)
    assert headline_sides("Peru asks Chile to extradite banker") == ("PER", "CHL")


def test_the_spokesman_who_reports_the_surrender_is_not_the_suspect_described() -> None:
    (case,) = headline_disputes(
        "Chile extradites suspect to Peru over fraud\n\n"
        "The spokesman for the police, Mario Fuentes, said they had extradited the suspect on Tuesday.\n\n"
        "The commission said Mr Toledo, who was arrested in May, defrauded investors of millions."
    )
    assert case.roles["suspect"] == "Toledo"
    assert sides(case) == ("PER", "CHL")


# ------------------------------------------------------------ a decision in favour of a surrender


def test_a_court_in_favour_of_extraditing_grants_it() -> None:
    (case,) = disputes(
        "A court in Lyon, France, said on Thursday it was in favour of extraditing businessman "
        "Carlos Mendez to Ukraine."
    )
    assert sides(case) == ("UKR", "FRA")
    assert case.attributes["status"] == "granted"


def test_a_verdict_in_favour_of_his_extradition_is_the_verdicts_states() -> None:
    (case,) = disputes(
        "Carlos Mendez plans to challenge an Irish court's ruling in favour of his extradition to Peru."
    )
    assert sides(case) == ("PER", "IRL")
    (case,) = disputes(
        "The Spanish court ruled in favor of the extradition of Carlos Mendez to Peru on Monday."
    )
    assert sides(case) == ("PER", "ESP")
    assert case.attributes["status"] == "granted"


# ------------------------------------------------------------ a later grant after a refusal


def test_a_grant_dated_after_the_refusal_is_the_latest_act() -> None:
    (case,) = disputes(
        "A court in Vienna on April 30, 2028 refused to extradite Carlos Mendez to Peru. The "
        "extradition was approved by a higher Austrian court on Tuesday."
    )
    assert sides(case) == ("PER", "AUT")
    assert case.attributes["status"] == "granted"
    assert case.date == "2030-06-11"
    # an undated refusal still wins
    (case,) = disputes(
        "A higher Austrian court approved the extradition of Carlos Mendez to Peru on Tuesday. The "
        "justice minister later refused to hand him over."
    )
    assert case.attributes["status"] == "refused"


# ------------------------------------------------------------ the leader of a criminal group


def test_the_head_of_a_cartel_stands_for_the_man_named_next() -> None:
    (case,) = disputes(
        "Mexico on Friday extradited the leader of a drug gang to the United States.\n\n"
        "The Justice Department said Carlos Mendez will appear in court in Texas on Monday."
    )
    assert case.roles["suspect"] == "Carlos Mendez"
    assert sides(case) == ("USA", "MEX")
    # the leader of no criminal group is no description ("the leader of the Shining Path" aside)
    assert not disputes(
        "Peru has asked Chile to extradite the leader of the opposition, officials said.\n\n"
        "Carlos Mendez was born in Arequipa."
    )


# ------------------------------------------------------------ the suspect's appeal dismissed


def test_the_appeal_refused_in_a_later_sentence_lets_the_surrender_stand() -> None:
    (case,) = disputes(
        "A court in Lisbon approved the extradition of Carlos Mendez to Peru in May. Mendez appealed. "
        "On Monday the Supreme Court rejected the appeal."
    )
    assert sides(case) == ("PER", "PRT")
    assert case.attributes["status"] == "granted"
    assert case.date == "2030-06-10"
    # the prosecutors' appeal rejected leaves the refusal standing
    (case,) = disputes(
        "A court in Lisbon refused to extradite Carlos Mendez to Peru in May. On Monday the Supreme "
        "Court rejected the prosecutors' appeal."
    )
    assert case.attributes["status"] == "refused"


def test_an_appeal_lodged_then_refused_is_no_longer_pending() -> None:
    (case,) = disputes(
        "In September the government approved an order allowing Carlos Mendez, 36, to be extradited "
        "to the United States.\n\n"
        "Mendez then filed an appeal against the order.\n\n"
        "In a ruling released on Thursday, the appeal judges refused the appeal."
    )
    assert case.attributes["status"] == "granted"
    assert case.date == "2030-06-06"


# ------------------------------------------------------------ the suspect's lawyer


def test_the_lawyer_speaking_for_the_suspect_is_no_suspect() -> None:
    (case,) = disputes(
        "A court ruled on Monday that Carlos Mendez can be extradited to Peru.\n\n"
        "His lawyer Ana Ruiz said he would appeal against the decision to extradite him."
    )
    assert case.roles["suspect"] == "Carlos Mendez"
    assert case.attributes["status"] == "pending"
    # "he" resolved to the lawyer names no suspect of its own
    assert not disputes(
        "The suspect's lawyer, Mario Fuentes, says they do not accept the ruling that he is eligible "
        "for extradition to the United States."
    )


# ------------------------------------------------------------ journeys and the courts fought in


def test_flown_into_a_capital_from_a_city_of_the_state_asked() -> None:
    (case,) = disputes(
        "Canada has agreed to extradite Carlos Mendez to China. He was flown into Beijing from "
        "Vancouver on Saturday."
    )
    assert sides(case) == ("CHN", "CAN")
    assert case.attributes["status"] == "completed"
    assert case.date == "2030-06-08"


def test_the_courts_an_appeal_was_lost_in_hold_the_suspect() -> None:
    (case,) = disputes(
        "Carlos Mendez was flown to the United States on Friday after losing a last appeal in British "
        "courts to block his extradition."
    )
    assert sides(case) == ("USA", "GBR")
    (case,) = disputes(
        "Carlos Mendez lost his appeal against extradition to Peru in the Spanish courts on Monday."
    )
    assert sides(case) == ("PER", "ESP")

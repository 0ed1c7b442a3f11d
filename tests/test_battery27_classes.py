"""Classes seen on half a of battery27 (issue 9, twenty-seventh session, helper battery27).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from builders import extradition_disputes, visit_fields


def _visits(text: str, published: str = "2031-04-09") -> dict[tuple[str, str], dict[str, object]]:
    return visit_fields(text, published, met=True)


def test_the_guest_a_host_receives_owns_his_visit() -> None:
    """ "X received Y on the occasion of his visit to the country": the visit is the guest's, not
    the receiving host's (who made no trip to the guest's state)."""
    got = _visits(
        "Minister received\n\nDOHA, April 9 (QNA) -- His Excellency Sheikh Mansour bin Fahad Al Kuwari, "
        "the Minister of State, received in his office today the Chilean Minister of Mining, Rodrigo "
        "Valenzuela, on the occasion of his official visit to the country."
    )
    assert set(got) == {("Rodrigo Valenzuela", "QAT")}
    got = _visits(
        "Guest welcomed\n\nPresident Amara Diallo of Senegal welcomed Japanese Trade Minister Kenji "
        "Hosoda in Dakar on Monday during his first visit to the country."
    )
    assert set(got) == {("Kenji Hosoda", "SEN")}


def test_a_titled_name_after_a_preposition_is_no_later_pronouns_antecedent() -> None:
    """ "The Minister also paid a courtesy call on Prime Minister X. He will visit Y": X, named
    after a preposition and a capitalised title, is not who "He" is; the visitor told before is."""
    doc = diplotext.extract_record(
        {
            "title": "Minister in Korea",
            "text": "The Minister for Foreign Affairs of Finland, Ville Rantanen, is paying an official "
            "visit to the Republic of Korea from 7 to 10 April.\n\nOn 8 April, Minister Rantanen held "
            "talks with Minister Park Jae-won in Seoul.\n\nThe Minister also paid a courtesy call on "
            "Prime Minister Oh Min-ho. He will visit Busan on 10 April.",
            "published": "2031-04-09",
        }
    ).to_dict()
    people = {a["name"]: a for a in doc["actors"]}
    he = [s for s, _ in people["Oh Min-ho"]["mentions"] if s > people["Oh Min-ho"]["mentions"][0][0]]
    assert not he  # "He" is not Oh Min-ho
    assert len(people["Ville Rantanen"]["mentions"]) >= 3


def test_a_form_of_address_before_the_and_a_title_keeps_one_phrase() -> None:
    """ "The state visit of His Highness the Amir Sheikh X to Kenya has been postponed to May 3":
    "the" after "His Highness" opens no phrase of its own, so the visit has its visitor and host."""
    got = _visits(
        "Visit put off\n\nDOHA, April 9 (QNA) - The state visit of His Highness the Amir Sheikh Tamim "
        "bin Saud Al Mannai to the Republic of Kenya has been postponed to May 3, the Amiri Diwan said."
    )
    assert got[("Tamim bin Saud Al Mannai", "KEN")]["date"] == "2031-05-03"
    assert got[("Tamim bin Saud Al Mannai", "KEN")]["status"] == "planned"


def test_a_trip_put_off_is_dated_by_the_new_day_not_by_its_relative_clause() -> None:
    """ "X's visit to Y, which had been scheduled to begin on Friday, has been postponed to May 3":
    the relative clause tells the day put off; the clause it hangs on gives the new one."""
    got = _visits(
        "Trip moved\n\nLISBON, April 9 - The state visit of Prime Minister Ana Lopes Moura to Kenya, "
        "which had been scheduled to begin on Friday, has been postponed to May 3, her office said."
    )
    assert got[("Ana Lopes Moura", "KEN")]["date"] == "2031-05-03"
    assert got[("Ana Lopes Moura", "KEN")]["status"] == "planned"


def test_the_government_under_a_dateline_asks_for_its_state() -> None:
    """ "DHAKA - The government has asked Malaysia to extradite X": a body naming no state asks for
    the dateline's state."""
    (case,) = extradition_disputes(
        "Government asks\n\nDHAKA - The government has formally asked Malaysia to extradite former "
        "jute minister Nurul Alam Bhuiyan, who was detained in Penang last week, officials said."
    )
    assert case.roles["requesting_state"] == "BGD"
    assert case.roles["requested_state"] == "MYS"
    # a court asking in a story of a tribunal is the tribunal, not the dateline's state
    (case,) = extradition_disputes(
        "In custody\n\nTHE HAGUE, April 9 - Chad has surrendered to the International Criminal Court "
        "a former militia leader, Idriss Mahamat Abakar, the court said on Wednesday. Judges issued a "
        "warrant in March, and the court asked Chad to arrest and hand him over."
    )
    assert case.roles["requesting_state"] == "ICC"


def test_a_suspect_named_after_a_lower_case_portfolio() -> None:
    """ "to extradite former state minister for land X": the name closing the "for" phrase after
    the title is the suspect."""
    (case,) = extradition_disputes(
        "Government asks\n\nNepal has asked Thailand to extradite former state minister for land "
        "Hari Prasad Dahal, who was detained at Bangkok airport, officials said on Tuesday."
    )
    assert case.roles["suspect"] == "Hari Prasad Dahal"
    assert case.roles["requesting_state"] == "NPL"
    assert case.roles["requested_state"] == "THA"


def test_an_extradition_request_from_a_state_is_that_states() -> None:
    """ "arrested in Madrid on an extradition request from India": the request's "from" phrase is
    the state that asks, not the one that holds him."""
    (case,) = extradition_disputes(
        "Appeal dismissed\n\nA court in Madrid on Monday dismissed the appeal of trader Vikram Sethi "
        "against extradition. Sethi was arrested in Madrid in May on an extradition request from India."
    )
    assert case.roles["requesting_state"] == "IND"
    assert case.roles["requested_state"] == "ESP"


def test_a_case_sent_on_is_no_person_handed_over() -> None:
    """ "The judge sent his case to the Council of Ministers": a case, not the suspect, is sent; no
    surrender is completed."""
    (case,) = extradition_disputes(
        "Case sent on\n\nA Madrid judge approved the extradition of trader Vikram Sethi to India last "
        "year. The judge sent his case to the Council of Ministers, which has yet to decide."
    )
    assert case.attributes["status"] != "completed"


def test_a_charge_told_as_the_crime_of() -> None:
    """Translated wire copy: "requested by the Bolivian justice for the alleged crime of X", "for
    the crimes of X and Y"; a case named "in a corruption case", "in a X reference"."""
    (case,) = extradition_disputes(
        "Court approves\n\nLima, April 9 (translated).- The Supreme Court of Peru approved this Monday "
        "the extradition to Bolivia of the former mayor Julio Mamani Quispe, requested by the Bolivian "
        "justice for the alleged crime of embezzlement of public funds."
    )
    assert case.attributes["case"] == "embezzlement of public funds"
    (case,) = extradition_disputes(
        "Hearing\n\nLONDON: A British court on Monday adjourned the extradition hearing of former "
        "housing minister Salim Raza Khan, who is sought by Pakistan in a land allotment reference."
    )
    assert case.attributes["case"] == "land allotment"
    (case,) = extradition_disputes(
        "Hearing\n\nLONDON: A British court on Monday adjourned the extradition hearing of former "
        "housing minister Salim Raza Khan, who is sought by Pakistan in a corruption case."
    )
    assert case.attributes["case"] == "corruption"


def test_a_name_after_a_states_name_is_a_later_pronouns_antecedent() -> None:
    """ "Colombia extradited this Monday to Spain X. He is requested ... for the crimes of Y": the
    name after "to Spain" is the object put last, not the preposition's; "He" is X."""
    (case,) = extradition_disputes(
        "Extradited\n\nBogotá, April 9.- Colombia extradited this Tuesday to Spain Andrés Felipe Rojas "
        "Mora, singled out as the head of a gang.\n\nThe captured was handed over "
        "at the airport. He is requested by a court in Madrid for the crimes of extortion and kidnapping."
    )
    assert case.attributes["case"] == "extortion and kidnapping"


def test_an_appeal_filed_by_the_suspects_lawyer_after_a_grant_leaves_it_pending() -> None:
    """ "The lawyer of X, whose extradition was approved by a court last week, has filed an
    appeal": the grant told in a relative on the appellant, the appeal made after it."""
    (case,) = extradition_disputes(
        "Appeal\n\nBAKU - The lawyer of Iranian citizen Reza Tabrizi-Nour, whose extradition to Iran "
        "was approved by a Baku court last week, has filed an appeal, arguing that his client would "
        "face torture."
    )
    assert case.attributes["status"] == "pending"


def test_a_body_closing_the_sentence_after_a_reporting_verb_is_its_subject() -> None:
    """Translated wire copy: "..., informed the National Police.", "..., said the Minister of the
    Presidency, X.": the reporting verb after a comma has the body after it for subject; the
    sentence before it keeps its own roles (the suspect handed over, the counterpart met)."""
    (case,) = extradition_disputes(
        "Extradited\n\nBogotá, April 9.- Colombia extradited this Tuesday to Spain Andrés Felipe Rojas "
        "Mora, singled out as the head of a gang, informed the National Police."
    )
    assert case.roles["suspect"] == "Andrés Felipe Rojas Mora"
    assert case.roles["requesting_state"] == "ESP"
    got = _visits(
        "Trip\n\nLa Paz, April 9 (ABI).- President Jorge Paz Condori will travel this Thursday to Lima, "
        "where he will hold a bilateral meeting with his Peruvian peer, Ana Villanueva Soto, informed "
        "the Minister of the Presidency, Gonzalo Ruiz."
    )
    assert got[("Jorge Paz Condori", "PER")]["met"] == ["Ana Villanueva Soto"]


def test_a_national_title_set_off_before_a_name_gives_its_state() -> None:
    """ "The Tanaiste and Minister for Foreign Affairs, X, is in Cairo": a title only one state's
    officials bear, set off by a comma before the name (with a second office joined by "and"),
    gives the visitor's state, not a demonym of another sentence."""
    for title in ("The Tánaiste, ", "The Tánaiste and Minister for Foreign Affairs, "):
        got = _visits(
            f"Radio summary\n\n• {title}Seán Ó Briain, is in Cairo this morning on a Middle East "
            "tour.\n\n• He visited a refugee camp near the Syrian border on Saturday."
        )
        assert got[("Seán Ó Briain", "EGY")]["state"] == "IRL", title


def test_a_peer_in_apposition_is_a_counterpart_met() -> None:
    """Translated wire copy: "will hold a bilateral meeting with his Peruvian peer, X": "peer" cues
    the apposed name as "counterpart" does, whatever its given name."""
    got = _visits(
        "Trip\n\nLa Paz, April 9 (ABI).- The President of the State, Jorge Paz Condori, will travel this "
        "Thursday to the city of Lima, where he will hold a bilateral meeting with his Peruvian peer, "
        "Luiz Otávio Brandão, and sign agreements on gas."
    )
    assert got[("Jorge Paz Condori", "PER")]["met"] == ["Luiz Otávio Brandão"]

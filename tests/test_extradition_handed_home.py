"""Extradition disputes: handovers told through the dateline, deportations of wanted people,
suspects introduced by a description (issue 9, twentieth session).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def disputes(text: str, published: str = "2030-06-12", *, body: bool = False) -> list[Event]:
    doc = diplotext.extract(text, published=published, layout="body" if body else None)
    assert not [e for e in doc.errors if e.plugin in ("extradition", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "extradition_dispute"]


def sides(case: Event) -> tuple[object, object]:
    return case.roles["requesting_state"], case.roles["requested_state"]


# ------------------------------------------------------------ "to officials from X"


def test_officials_from_a_state_are_where_the_suspect_goes() -> None:
    """ "handed X over to officials from Uganda": Uganda receives him, the police's state hands over."""
    (case,) = disputes(
        "Suspect handed over\n\nNAIROBI, June 10 (Reuters) - Police handed Peter Wambura over to officials "
        "from Uganda on Saturday. Wambura, 41, is accused of robbing a bank in Jinja."
    )
    assert case.roles["suspect"] == "Peter Wambura"
    assert sides(case) == ("UGA", "KEN")
    assert case.attributes["status"] == "completed"


def test_a_from_phrase_of_its_own_is_still_the_source() -> None:
    (case,) = disputes(
        "Police handed Peter Wambura over to Ugandan officials from Kenya on Saturday. He is accused of "
        "robbing a bank in Jinja.",
        body=True,
    )
    assert sides(case) == ("UGA", "KEN")


def test_officials_after_a_described_object_are_the_destination() -> None:
    """ "handed over a Ugandan man accused of robbing banks to officials from Uganda": the "to"
    phrase the description's participle took is the handover's."""
    (case,) = disputes(
        "Suspect handed over\n\nNAIROBI, June 10 (Reuters) - Kenyan police on Saturday handed over a "
        "Ugandan man accused of robbing three banks to officials from Uganda. The suspect, Peter "
        "Wambura, 41, was arrested in March."
    )
    assert case.roles["suspect"] == "Peter Wambura"
    assert sides(case) == ("UGA", "KEN")


def test_a_man_accused_of_selling_arms_to_a_state_is_not_sent_there() -> None:
    """The "to" of the description stays its own when no governing noun heads it."""
    found = disputes(
        "Kenyan police on Saturday handed over a man accused of selling rifles to Somalia. The "
        "suspect, Peter Wambura, 41, was arrested in March.",
        body=True,
    )
    assert not [e for e in found if e.roles["requesting_state"] == "SOM"]


# ------------------------------------------------------------ a deportation with no destination


def test_a_wanted_man_deported_is_surrendered_by_the_state_whose_police_speak() -> None:
    """ "X, who is wanted in Poland on fraud charges, was deported on Tuesday, Thai police said"."""
    (case,) = disputes(
        "Karol Wisniewski, who is wanted in Poland on fraud charges, was deported on Tuesday, Thai "
        "police said.",
        body=True,
    )
    assert case.roles["suspect"] == "Karol Wisniewski"
    assert sides(case) == ("POL", "THA")
    assert case.attributes["status"] == "completed"
    assert case.date == "2030-06-11"


def test_a_wanted_man_deported_in_a_datelined_story_leaves_the_dateline_state() -> None:
    (case,) = disputes(
        "Fraud suspect deported\n\nMANILA, June 10 - Karol Wisniewski, who is wanted in Poland on fraud "
        "charges, was deported on Tuesday, an immigration spokesman said."
    )
    assert sides(case) == ("POL", "PHL")


def test_a_deportation_of_someone_nobody_wants_is_no_dispute() -> None:
    assert not disputes(
        "Migrants deported\n\nMANILA, June 10 - Karol Wisniewski, who had overstayed his visa by two "
        "years, was deported on Tuesday, an immigration spokesman said."
    )


# ------------------------------------------------------------ "flown home"


def test_a_wanted_man_flown_home_goes_to_the_state_he_is_of() -> None:
    """ "A Japanese man wanted over phone scams was flown home on Wednesday, Philippine officials
    said. X, 33, ...": sent to be tried where he comes from."""
    (case,) = disputes(
        "Scam suspect sent home\n\nMANILA, June 12 (Kyodo) - A Japanese man wanted over a series of "
        "phone scams was flown home on Wednesday, Philippine immigration officials said. Hiroshi "
        "Tanabe, 33, was arrested by Tokyo police on arrival."
    )
    assert case.roles["suspect"] == "Hiroshi Tanabe"
    assert sides(case) == ("JPN", "PHL")
    assert case.attributes["status"] == "completed"


def test_a_tourist_flown_home_is_no_dispute() -> None:
    assert not disputes(
        "Tourist flown home\n\nMANILA, June 12 - A Japanese man injured in a diving accident was flown "
        "home on Wednesday, Philippine officials said. Hiroshi Tanabe, 33, is recovering in Osaka."
    )


# ------------------------------------------------------------ descriptions


def test_send_back_a_banker_accused_of_a_crime_takes_the_banker() -> None:
    """ "Russia has asked Spain to send back a former banker accused of embezzling ...": the
    participle describes the object of the phrasal verb; the banker is named after."""
    (case,) = disputes(
        "Russia has asked Spain to send back a former banker accused of embezzling 40 million "
        "dollars. Arkady Belov, 52, fled to Spain in 2021.",
        body=True,
    )
    assert case.roles["suspect"] == "Arkady Belov"
    assert sides(case) == ("RUS", "ESP")
    assert case.attributes["status"] == "requested"


def test_a_described_former_official_losing_an_appeal_is_sent_home() -> None:
    """ "A former Ukrainian customs chief lost his appeal against extradition. X, 58, ...": the
    description's state wants him, the dateline's holds him."""
    (case,) = disputes(
        "Appeal lost\n\nLONDON - A former Ukrainian customs chief lost his High Court appeal against "
        "extradition on Tuesday. Bohdan Kravets, 58, had argued that prison conditions were inhuman."
    )
    assert case.roles["suspect"] == "Bohdan Kravets"
    assert sides(case) == ("UKR", "GBR")
    assert case.attributes["status"] == "granted"


# ------------------------------------------------------------ "asked X to return him"


def test_asked_to_return_a_suspect_is_a_request() -> None:
    """ "Brazil has asked Portugal to return him": an active "return" under a request verb."""
    (case,) = disputes(
        "Rui Esteves, accused of bribing ministers, has lived in Lisbon since 2019. Brazil has asked "
        "Portugal to return him.",
        body=True,
    )
    assert case.roles["suspect"] == "Rui Esteves"
    assert sides(case) == ("BRA", "PRT")
    assert case.attributes["status"] == "requested"


def test_asked_to_return_a_statue_or_an_envoy_is_no_dispute() -> None:
    assert not disputes("The museum asked Britain to return the statue of Rui Esteves.", body=True)
    assert not disputes("Brazil has asked Portugal to return its ambassador, Rui Esteves.", body=True)


# ------------------------------------------------------------ the object put after the "to" phrase


def test_a_name_after_a_states_body_in_the_to_phrase_is_the_one_surrendered() -> None:
    """ "Latvia surrendered to Lithuanian police X, who is suspected of fraud": the object put last."""
    (case,) = disputes(
        "Latvia on Monday surrendered to Lithuanian police Jonas Petraitis, who is suspected of fraud.",
        body=True,
    )
    assert case.roles["suspect"] == "Jonas Petraitis"
    assert sides(case) == ("LTU", "LVA")
    assert case.attributes["status"] == "completed"


def test_giving_oneself_up_to_police_is_still_no_surrender_by_a_state() -> None:
    assert not disputes(
        "Jonas Petraitis surrendered to Lithuanian police on Monday. He is suspected of fraud.", body=True
    )


# ------------------------------------------------------------ "wanted in his country"


def test_a_national_wanted_in_his_country_deported_goes_to_the_demonyms_state() -> None:
    """ "Indonesia deported X, an Uzbek national wanted in his country for financing terrorism"."""
    (case,) = disputes(
        "Indonesia on Tuesday deported Rustam Nazarov, an Uzbek national wanted in his country for "
        "financing terrorism, immigration officials said.",
        body=True,
    )
    assert case.roles["suspect"] == "Rustam Nazarov"
    assert sides(case) == ("UZB", "IDN")
    assert case.attributes["status"] == "completed"


def test_a_described_man_wanted_in_his_home_country_deported_from_the_dateline() -> None:
    (case,) = disputes(
        "Fraud suspect deported\n\nBANGKOK, June 10 (AP) - A Polish man wanted in his home country on "
        "fraud charges was deported on Tuesday, Thai police said. Karol Wisniewski, 47, had been "
        "arrested in Pattaya in April."
    )
    assert case.roles["suspect"] == "Karol Wisniewski"
    assert sides(case) == ("POL", "THA")


def test_a_national_deported_for_overstaying_is_no_dispute() -> None:
    assert not disputes(
        "Indonesia on Tuesday deported Rustam Nazarov, an Uzbek national who had overstayed his visa, "
        "immigration officials said.",
        body=True,
    )


# ------------------------------------------------------------ "suspected of", "a former minister"


def test_a_fugitive_suspected_of_fraud_repatriated_is_the_former_chairman_named_next() -> None:
    """ "A fugitive businessman suspected of fraud has been repatriated to China from Cambodia. X,
    former chairman of a Shenzhen firm, ...": "suspected" describes the subject, named after."""
    (case,) = disputes(
        "A fugitive businessman suspected of illegal fund-raising has been repatriated to China from "
        "Cambodia, the ministry said. Liu Jianguo, former chairman of a Shenzhen investment company, "
        "fled China in 2019.",
        body=True,
    )
    assert case.roles["suspect"] == "Liu Jianguo"
    assert sides(case) == ("CHN", "KHM")
    assert case.attributes["status"] == "completed"


def test_will_not_hand_over_a_former_minister_named_in_the_next_sentence() -> None:
    """ "South Africa will not hand over a former Zimbabwean cabinet minister ... Zimbabwe has
    twice asked for the return of X": "twice" sits inside the verb group."""
    (case,) = disputes(
        "South Africa will not hand over a former Zimbabwean cabinet minister who fled to Johannesburg "
        "last year, its justice minister said. Zimbabwe has twice asked for the return of Farai "
        "Chikore, 61, who is accused of stealing state funds.",
        body=True,
    )
    assert case.roles["suspect"] == "Farai Chikore"
    assert sides(case) == ("ZWE", "ZAF")
    assert case.attributes["status"] == "refused"


def test_genocide_suspect_before_a_name_stays_a_noun() -> None:
    (case,) = disputes(
        "Kenyan authorities on Friday handed over genocide suspect Samuel Habiyaremye to Rwandan police.",
        body=True,
    )
    assert case.roles["suspect"] == "Samuel Habiyaremye"


# ------------------------------------------------------------ consent: a hearing's place, a dropped fight


def test_a_waiver_at_a_hearing_in_a_city_is_held_in_that_citys_state() -> None:
    (case,) = disputes(
        "Oleg Varnikov waived his right to fight extradition to Russia at a hearing in Madrid on Monday.",
        body=True,
    )
    assert sides(case) == ("RUS", "ESP")
    assert case.attributes["status"] == "granted"


def test_dropping_a_challenge_to_extradition_grants_it() -> None:
    (case,) = disputes(
        "Oleg Varnikov on Monday abandoned his fight against extradition to Russia.", body=True
    )
    assert case.roles["suspect"] == "Oleg Varnikov"
    assert case.attributes["status"] == "granted"


def test_dropping_a_request_is_no_consent() -> None:
    (case,) = disputes(
        "Russia dropped its request for the extradition of Oleg Varnikov on Monday.", body=True
    )
    assert case.attributes["status"] != "granted"

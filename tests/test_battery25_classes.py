"""Classes seen on half a of battery25 (issue 9, twenty-fifth session, helper battery25).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

from builders import extradition_disputes, visits_of


def _visits(text: str, published: str = "2031-04-09") -> dict[tuple[str, str], dict[str, object]]:
    return {
        (str(e.roles["visitor"]), str(e.roles["host_state"])): {
            "state": e.roles["visitor_state"],
            "met": list(e.roles["met"]),
            "date": e.date,
            "place": e.place,
            "status": e.attributes["status"],
        }
        for e in visits_of(text, published)
    }


def test_an_academic_title_opens_an_apposed_name() -> None:
    """ "The Foreign Minister of Chile, Dr. X, will visit Peru": the title after the comma is no bar
    to the role phrase before it, as "Hon." and "H.E." are not."""
    for title in ("Dr.", "Prof.", "Dr"):
        got = _visits(
            f"Minister to Lima\n\nThe Foreign Minister of Chile, {title} Ines Valdivieso, will pay an "
            "official visit to Peru on 12 April 2031."
        )
        assert got[("Ines Valdivieso", "PER")]["state"] == "CHL", title


def test_an_inadmissible_finding_before_a_described_suspect() -> None:
    """ "declared inadmissible X's request for the extradition of a former mayor accused of fraud":
    the adjective stands where the parser cut the object off as a clause of "accused"; the finding
    is still a refusal, and the man named next is the suspect."""
    (case,) = extradition_disputes(
        "Court rejects request\n\nQUITO - Ecuador's National Court on Monday declared inadmissible "
        "Colombia's request for the extradition of a former mayor accused of fraud.\n\nArmando "
        "Quijano, who ran the town of Ipiales until 2027, has lived in Quito since then."
    )
    assert case.roles["suspect"] == "Armando Quijano"
    assert case.attributes["status"] == "refused"
    assert case.date == "2031-04-07"


def test_a_special_court_named_for_a_state_is_the_side_that_asks() -> None:
    """ "handed over to the Kosovo Specialist Chambers": the court asks for the surrender, not the
    state its name holds, whether the body names it through "the detention unit of" or the
    headline alone names the court the suspect went to."""
    (case,) = extradition_disputes(
        "Austria surrenders ex-officer\n\nAn ex-officer wanted for the torture of prisoners was "
        "handed over by Austria on Tuesday to the detention facility of the Kosovo Specialist "
        "Chambers in The Hague.\n\nDrilon Kastrati, 61, had been arrested in Graz in March."
    )
    assert case.roles["requesting_state"] == "KSC"
    (case,) = extradition_disputes(
        "Austria hands over ex-officer to Kosovo Specialist Chambers\n\nDrilon Kastrati, an ex-officer "
        "wanted for the torture of prisoners, was handed over by the Austrian police on Tuesday, the "
        "court said."
    )
    assert case.roles["requesting_state"] == "KSC"
    (case,) = extradition_disputes(
        "Surrender\n\nFrance on Tuesday handed over Karim Haddad, who is wanted for a bombing, to the "
        "Special Tribunal for Lebanon."
    )
    assert case.roles["requesting_state"] == "STL"


def test_a_city_dateline_closed_by_a_full_stop() -> None:
    """ "QUITO. The ...", "LIMA, May 2. The ...": a capitalised city closed by a full stop is the
    dateline (a country or a kicker closed so is not); the body's national body is of its state."""
    import diplotext

    for lead, place in (("QUITO. The", "Quito"), ("LIMA, May 2. The", "Lima"), ("CHINA. The", None)):
        doc = diplotext.extract(f"Title\n\n{lead} ministry spoke on Monday.", published="2031-04-09")
        assert doc.article.dateline == place, lead
    (case,) = extradition_disputes(
        "Suspect handed over\n\nBOGOTA. The attorney general's office on Tuesday extradited Mauro "
        "Vidales, a drug trafficker, to the United States."
    )
    assert case.roles["requested_state"] == "COL"


def test_a_hedging_participle_opens_an_apposition_with_no_article() -> None:
    """ "extradited X, alleged leader of a gang, to Spain": "alleged" before a bare noun is the
    noun's modifier, not a verb opening a clause that cuts the "to" phrase off."""
    for hedge in ("alleged leader", "suspected head", "convicted member"):
        (case,) = extradition_disputes(
            f"Handover\n\nSANTIAGO - Chile on Tuesday extradited Nelson Ibarra, {hedge} of a car theft "
            "ring, to Spain."
        )
        assert case.roles["requesting_state"] == "ESP", hedge


def test_a_tour_s_first_or_last_stop_told_by_begin_or_end() -> None:
    """ "will tour three states ... He will begin in Lima on May 2": a verb of beginning or ending
    with an "in" phrase and no object is a stop of the trip told nearby; far from any trip word,
    or with an object, it is none."""
    got = _visits(
        "Minister to tour Andes\n\nMADRID - Foreign Minister Ana Ruiz will tour three Andean states "
        "next month, the ministry said on Wednesday.\n\nShe will begin in Lima on May 2, where she is "
        "to meet President Jorge Vela, and end in Quito on May 6."
    )
    assert got[("Ana Ruiz", "PER")]["place"] == "Lima"
    assert got[("Ana Ruiz", "PER")]["date"] == "2031-05-02"
    assert got[("Ana Ruiz", "PER")]["met"] == ["Jorge Vela"]
    assert got[("Ana Ruiz", "ECU")]["date"] == "2031-05-06"
    for text in (
        "Profile\n\nForeign Minister Ana Ruiz of Spain started in London as a clerk in 2001.",
        "Profile\n\nForeign Minister Ana Ruiz of Spain began her career in London in 2001.",
    ):
        assert _visits(text) == {}, text


def test_a_title_owned_by_a_private_body_is_no_office() -> None:
    """ "led by the chamber's president X": a president of a chamber, a firm or a club stands for
    no state; "the country's president X" does."""
    assert (
        _visits(
            "Trade mission\n\nLUSAKA - A trade mission led by the chamber's president Mwila Banda "
            "arrived in Nairobi on Tuesday for a five-day visit."
        )
        == {}
    )
    got = _visits(
        "State visit\n\nLUSAKA - The country's president Mwila Banda arrived in Nairobi on Tuesday for "
        "a five-day visit."
    )
    assert got[("Mwila Banda", "KEN")]["state"] == "ZMB"


def test_stepping_off_a_plane_is_an_arrival() -> None:
    """ "stepped off the plane in Hanoi on Tuesday": an arrival there that day; "stepped off the
    stage in Hanoi" is none."""
    got = _visits(
        "Minister in Hanoi\n\nLUSAKA - When Foreign Minister Mwila Banda of Zambia stepped off the plane "
        "in Hanoi on Tuesday, the talks on copper had already begun."
    )
    assert got[("Mwila Banda", "VNM")]["date"] == "2031-04-08"
    assert (
        _visits("Minister in Hanoi\n\nForeign Minister Mwila Banda of Zambia stepped off the stage in Hanoi.")
        == {}
    )


def test_the_tour_that_began_in_a_city_is_the_tour_told_before() -> None:
    """ "X returned home after a tour of three states. The tour began in Lima on May 2": the tour
    with no owner of its own is the one X was told to make; its first stop is a visit of X's."""
    got = _visits(
        "Minister back\n\nMADRID - Foreign Minister Ana Ruiz returned home on Saturday after a tour of "
        "three Andean states.\n\nThe tour began in Lima on April 2, where she met President Jorge Vela."
    )
    assert got[("Ana Ruiz", "PER")]["date"] == "2031-04-02"
    assert got[("Ana Ruiz", "PER")]["met"] == ["Jorge Vela"]


def test_a_where_clause_after_a_place_and_its_day_is_that_place_s() -> None:
    """ "was in A on Tuesday and in B on Thursday, where she met X": X was met in B, the day
    between the place and "where" aside."""
    got = _visits(
        "Minister back\n\nMADRID - Foreign Minister Ana Ruiz returned home on Saturday after a "
        "week-long tour.\n\nShe was in Lima on Monday and in Quito on Wednesday, where she met "
        "President Jorge Vela."
    )
    assert got[("Ana Ruiz", "ECU")]["met"] == ["Jorge Vela"]
    assert got[("Ana Ruiz", "PER")]["met"] == []


def test_a_visitor_who_conveys_a_leader_s_greetings_is_of_that_leader_s_state() -> None:
    """ "The President received Sheikh X, Minister of Foreign Affairs, ... Sheikh X conveyed the
    greetings of the Qatari Emir": the visitor the story names no state for is the Emir's envoy."""
    for leader in ("Qatari Emir", "Emir of Qatar"):
        got = _visits(
            "President receives minister\n\nDHAKA: President Anwar Hossain Talukder received Sheikh "
            "Saad bin Khalid Al Mannai, Minister of State for Foreign Affairs, at Bangabhaban in Dhaka "
            f"today.\n\nSheikh Saad conveyed the greetings of the {leader} to the President."
        )
        assert got[("Saad bin Khalid Al Mannai", "BGD")]["state"] == "QAT", leader


def test_a_speaker_named_with_no_state_is_of_the_story_s_home() -> None:
    """ "LUSAKA - The Speaker of the National Assembly, X, is on a visit to Malawi": a speaker is a
    home title, as a president or a foreign minister is."""
    got = _visits(
        "Speaker abroad\n\nLUSAKA - The Speaker of the National Assembly, Mwila Banda, is on a "
        "four-day visit to Malawi."
    )
    assert got[("Mwila Banda", "MWI")]["state"] == "ZMB"

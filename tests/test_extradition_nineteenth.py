"""Extradition classes of the nineteenth session (issue 9): where a suspect described in apposition
is held, a deportation of a wanted person, and the destination after an apposition.

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

from builders import dispute_sides, extradition_disputes

disputes = extradition_disputes
sides = dispute_sides


def test_a_description_apposed_to_the_suspect_tells_where_he_is_held() -> None:
    """ "X, a Russian businessman held in Madrid": Spain is asked, not his own state."""
    for told, asked in (
        (
            "Britain has asked for the extradition of Viktor Sorin, a Russian businessman held in Madrid.",
            "ESP",
        ),
        ("Italy wants to extradite Paolo Sermi, an Italian financier who lives in Geneva, for fraud.", "CHE"),
        (
            "Britain has asked for the extradition of Viktor Sorin, a Russian banker detained in Lisbon.",
            "PRT",
        ),
    ):
        (case,) = disputes("Case\n\n" + told)
        assert sides(case)[1] == asked, told


def test_an_apposed_description_holding_a_post_is_no_whereabouts() -> None:
    """ "who holds a post in Geneva": an active "hold" is no detention."""
    (case,) = disputes(
        "Case\n\nItaly wants to extradite Paolo Sermi, an Italian financier who holds a post in Geneva, "
        "for fraud."
    )
    assert sides(case)[1] != "CHE"


def test_a_deportation_to_where_the_person_is_wanted_is_a_surrender() -> None:
    """ "deported X, who is wanted in Sweden", "X, wanted by Sweden, was deported from Thailand",
    "deported X to Sweden, where he is wanted": sent to be tried, not for his visa."""
    for told in (
        "Thailand on Monday deported Lars Ekdahl, who is wanted in Sweden for fraud.",
        "Lars Ekdahl, who is wanted by Sweden for fraud, was deported from Thailand on Monday.",
        "Banker Lars Ekdahl, wanted in Sweden on fraud charges, was deported on Monday from Thailand.",
        "Thai authorities on Monday deported Lars Ekdahl to Sweden, where he is wanted for fraud.",
        "Lars Ekdahl, who is wanted in Sweden for fraud, was flown from Thailand to Sweden on Monday.",
    ):
        (case,) = disputes("Case\n\n" + told)
        assert sides(case) == ("SWE", "THA"), told
        assert case.attributes["status"] == "completed", told
        assert case.date == "2031-04-07", told


def test_a_deportation_of_no_wanted_person_is_no_surrender() -> None:
    """An immigration matter: no state wants the person tried."""
    for told in (
        "Thai authorities on Monday deported Lars Ekdahl, a Swede who had overstayed his visa.",
        "Thai authorities on Monday deported Lars Ekdahl, wanted by police for overstaying his visa.",
        "Thai authorities on Monday deported Lars Ekdahl to Sweden.",
        "Thai authorities on Monday deported Lars Ekdahl to Sweden, where he is not wanted.",
    ):
        assert disputes("Case\n\n" + told) == [], told


def test_the_destination_after_an_apposed_participle_is_the_surrenders() -> None:
    """ "extradited X, accused of money laundering, to the United States": the United States asks."""
    for told in (
        "Panama agreed to extradite Jaime Ortega, wanted on smuggling charges, to the United States.",
        "Colombia extradited Jaime Ortega, accused of money laundering, to the United States on Monday.",
    ):
        (case,) = disputes("Case\n\n" + told)
        assert sides(case)[0] == "USA", told


def test_a_described_person_brought_to_be_tried_is_the_one_named_after() -> None:
    """ "A man accused of the bombing was seized in Nairobi and flown to Chile to stand trial.
    The suspect, X, ...": a completed surrender of X."""
    (case,) = disputes(
        "Case\n\nA man accused of building the bomb was arrested in Nairobi, Kenya, and was brought "
        "to the United States to stand trial, officials said on Friday.\n\nThe suspect, Rashid Omari Salim, "
        "will appear before a judge in New York."
    )
    assert case.roles["suspect"] == "Rashid Omari Salim"
    assert sides(case) == ("USA", "KEN")
    assert case.attributes["status"] == "completed"


def test_a_named_suspect_with_a_participle_description_brought_to_be_tried() -> None:
    (case,) = disputes(
        "Case\n\nRashid Omari Salim, accused of building the bomb, was arrested in Kenya and was "
        "brought to the United States to stand trial."
    )
    assert sides(case) == ("USA", "KEN")


def test_the_place_opening_a_report_of_the_arrest_is_where_it_was_made() -> None:
    """ "In Nairobi, police said agents arrested X at the airport": Kenya holds him."""
    (case,) = disputes(
        "Case\n\nA man accused of building the bomb was arrested and was brought to the United "
        "States to stand trial.\n\nThe suspect, Rashid Omari Salim, was due to appear before a judge on "
        "Friday.\n\nIn Nairobi, Kenya, police said FBI agents arrested Salim at the airport on Thursday."
    )
    assert sides(case) == ("USA", "KEN")


def test_a_refusal_under_a_relative_goes_to_the_outer_clauses_subject() -> None:
    """ "The United States started the war that toppled the regime after it refused to hand over
    X": the United States was refused; with no dateline, the regime is the one other state the story
    names by name."""
    (case,) = disputes(
        "Case\n\nA bomb exploded on Sunday near the ministry in Kabul, officials said.\n\nThe United "
        "States started the war that toppled the militia after the hardliners refused to hand over "
        "militant leader Karim Nadir over the embassy bombings."
    )
    assert sides(case) == ("USA", "AFG")
    assert case.attributes["status"] == "refused"


def test_a_body_naming_no_state_in_a_story_of_two_named_states_is_not_guessed() -> None:
    """Two other states named by name: the body's is unknown, no case."""
    assert (
        disputes(
            "Case\n\nBombs exploded on Sunday in Kabul and in Islamabad, officials said.\n\nThe United "
            "States started the war that toppled the militia after the hardliners refused to hand over "
            "militant leader Karim Nadir over the embassy bombings."
        )
        == []
    )


def test_a_state_named_only_by_a_demonym_does_not_count_as_named() -> None:
    (case,) = disputes(
        "Case\n\nA bomb exploded on Sunday in Kabul, damaging a Norwegian vehicle.\n\nThe United "
        "States started the war that toppled the militia after the hardliners refused to hand over "
        "militant leader Karim Nadir over the embassy bombings."
    )
    assert sides(case) == ("USA", "AFG")


def test_a_state_owning_a_surrender_noun_with_a_destination_hands_the_person_over() -> None:
    """ "Poland's handover of X to Norway went ahead": Poland is asked; "Peru's extradition of X
    from Chile": Peru asks."""
    (case,) = disputes(
        "Case\n\nPoland's handover of fugitive businessman Tomas Relvik to Norway went ahead on Monday. "
        "Relvik is accused of embezzling funds."
    )
    assert sides(case) == ("NOR", "POL")
    assert case.attributes["status"] == "completed"
    (case,) = disputes(
        "Case\n\nPeru's extradition of former officer Pablo Ruiz from Chile was completed on Monday."
    )
    assert sides(case) == ("PER", "CHL")


def test_a_surrender_to_the_hague_is_to_a_court_there() -> None:
    """ "Serbia extradited X to The Hague": the Yugoslav tribunal, not the Netherlands; elsewhere
    the International Criminal Court."""
    (case,) = disputes("Case\n\nSerbia extradited Dragan Kovic to The Hague on Monday.")
    assert sides(case) == ("ICTY", "SRB")
    (case,) = disputes("Case\n\nUganda transferred militia leader Jean Mbusa to The Hague on Monday.")
    assert sides(case) == ("ICC", "UGA")


def test_a_trip_to_the_hague_names_no_court() -> None:
    assert (
        disputes("Case\n\nForeign Minister Dragan Kovic of Serbia flew to The Hague on Monday for talks.")
        == []
    )


def test_the_sayers_state_made_a_surrender_that_names_no_source() -> None:
    """ "X was extradited to Germany on Monday, Spanish police said": Spain handed him over; the
    destination's own police, or a lawyer, name no other side."""
    for told in (
        "Tomas Relvik was extradited to Germany on Monday, Spanish police said.",
        "Spanish police said Tomas Relvik was extradited to Germany on Monday.",
        "Tomas Relvik was deported to Germany on Monday, where he is wanted for fraud, Spanish police said.",
    ):
        (case,) = disputes("Case\n\n" + told)
        assert sides(case) == ("DEU", "ESP"), told
    for told in (
        "Tomas Relvik was extradited to Germany on Monday, German police said.",
        "Tomas Relvik was extradited to Germany on Monday, his lawyer said.",
    ):
        (case,) = disputes("Case\n\n" + told)
        assert sides(case) == ("DEU", None), told


def test_a_charge_phrase_ends_before_was_and_an_irregular_participle() -> None:
    """ "A man accused of the bombing was brought to ...": the charge is "bombing"."""
    (case,) = disputes(
        "Case\n\nA man accused of the bombing was brought to the United States to stand trial on Friday.\n\n"
        "The suspect, Rashid Omari Salim, was arrested in Kenya last week."
    )
    assert case.attributes["case"] == "bombing"
    assert sides(case) == ("USA", "KEN")

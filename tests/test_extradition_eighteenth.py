"""Extradition classes of the eighteenth session (issue 9): a suspect's own consent to his surrender
("X consented to his extradition", "waived extradition", "will not fight extradition").

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

from builders import dispute_sides, extradition_disputes

disputes = extradition_disputes
sides = dispute_sides


HELD = "Case\n\nOskar Lindqvist, a Swedish trader accused of fraud, was arrested in Vienna last week. "


def test_a_suspects_consent_to_his_surrender_grants_it() -> None:
    """ "X consented to his extradition to Sweden", "X waived extradition": the suspect no longer
    contests it; the surrender is granted, on the day he consented."""
    for told in (
        "On Monday he consented to his extradition to Sweden.",
        "He consented on Monday to be extradited to Sweden.",
        "On Monday he waived extradition to Sweden.",
        "Lindqvist waived his right to contest extradition to Sweden on Monday.",
    ):
        (case,) = disputes(HELD + told)
        assert sides(case) == ("SWE", "AUT"), told
        assert case.attributes["status"] == "granted", told
        assert case.date == "2031-04-07", told


def test_a_suspect_who_will_not_fight_extradition_consents_to_it() -> None:
    """ "he would not fight extradition to Sweden": no contest, so the surrender is granted; one who
    fights it keeps the case pending."""
    for verb in ("fight", "contest", "challenge", "oppose"):
        (case,) = disputes(HELD + f"He said on Monday he would not {verb} extradition to Sweden.")
        assert sides(case) == ("SWE", "AUT"), verb
        assert case.attributes["status"] == "granted", verb
    (case,) = disputes(HELD + "He said on Monday he would fight extradition to Sweden.")
    assert case.attributes["status"] == "pending"


def test_a_waiver_between_states_of_one_federal_country_is_no_dispute() -> None:
    """ "waived extradition to Ohio": a surrender between two states of one country."""
    assert not disputes(
        "Crash\n\nDale Hutton was arrested on Monday at his home in Indiana and waived extradition to Ohio, "
        "where he is charged with manslaughter."
    )


def test_a_refusal_in_the_clause_of_a_release_is_about_the_one_freed() -> None:
    """ "A court freed X after rejecting Poland's extradition request": the request was for the
    person the clause it hangs on sets free."""
    for told in (
        "A judge in Oslo ordered Marta Kowal's release on Tuesday, rejecting Poland's extradition request.",
        "A court in Oslo freed Marta Kowal on Tuesday after rejecting a Polish extradition request.",
        "Marta Kowal walked free on Tuesday after a court in Oslo rejected Poland's extradition request.",
        "A judge in Oslo ordered the release of Marta Kowal on Tuesday, turning down Poland's extradition "
        "request.",
    ):
        (case,) = disputes("Case\n\n" + told)
        assert sides(case) == ("POL", "NOR"), told
        assert case.roles["suspect"] == "Marta Kowal", told
        assert case.attributes["status"] == "refused", told
        assert case.date == "2031-04-08", told


def test_an_official_or_someone_not_freed_is_no_suspect_of_the_refusal() -> None:
    for told in (
        "Prime Minister Marta Kowal welcomed the ruling on Tuesday, rejecting Poland's extradition request.",
        "Judge Marta Kowal released her findings on Tuesday after rejecting Poland's extradition request.",
    ):
        assert not disputes("Case\n\n" + told), told


def test_an_arrival_after_the_surrender_names_the_state_that_asked() -> None:
    """ "X arrived in Sweden after being extradited from Austria": he arrived where he was asked
    for; an arrival told apart from the surrender (where he fled to) names no one."""
    for told in (
        "Oskar Lindqvist arrived in Sweden on Monday after being extradited from Austria.",
        "Oskar Lindqvist landed in Stockholm on Monday after his extradition from Austria.",
        "Oskar Lindqvist arrived in Stockholm on Monday, after being extradited from Austria on fraud "
        "charges.",
    ):
        (case,) = disputes("Case\n\n" + told)
        assert sides(case) == ("SWE", "AUT"), told
        assert case.attributes["status"] == "completed", told
        assert case.date == "2031-04-07", told
    for told in (
        "Oskar Lindqvist arrived in Austria in 2029. He was extradited from Austria on Monday.",
        "Oskar Lindqvist arrived in Austria on Monday after being extradited from Austria.",
    ):
        assert not [c for c in disputes("Case\n\n" + told) if c.roles["requesting_state"]], told


def test_the_outcome_of_a_bid_to_avoid_extradition_decides_it() -> None:
    """ "X lost his bid to avoid extradition to Sweden": the surrender stands (granted); "won his
    bid to block extradition": refused."""
    for verb, status in (("lost", "granted"), ("won", "refused")):
        for bid in ("his bid to avoid extradition", "a bid to block his extradition"):
            told = f"On Monday he {verb} {bid} to Sweden."
            (case,) = disputes(HELD + told)
            assert sides(case) == ("SWE", "AUT"), told
            assert case.attributes["status"] == status, told
            assert case.date == "2031-04-07", told


def test_a_surrender_set_for_a_day_to_come_is_granted() -> None:
    """ "X is due to be extradited to Sweden next week": "due to" before "be" is the catenative,
    not the preposition ("due to bad weather"); a surrender set to be done is granted."""
    for lead in ("is due to", "is set to", "is scheduled to"):
        told = f"He {lead} be extradited to Sweden next week."
        (case,) = disputes(HELD + told)
        assert sides(case) == ("SWE", "AUT"), told
        assert case.attributes["status"] == "granted", told
    (case,) = disputes(HELD + "Sweden wants to extradite him.")
    assert case.attributes["status"] == "requested"


def test_whose_extradition_a_state_seeks_is_the_one_before_whose() -> None:
    """ "X, whose extradition Sweden has sought since 2029, was arrested in Vienna": the relative
    clause tells the request (or the refusal) about the person it hangs on."""
    for told, status, asking in (
        ("whose extradition Sweden has sought since 2029", "requested", "SWE"),
        ("whose extradition was requested by Sweden in 2029", "requested", "SWE"),
        ("whose extradition Sweden requested in 2029", "requested", "SWE"),
        ("whose extradition to Sweden Austria has refused since 2029", "refused", "SWE"),
    ):
        text = f"Case\n\nOskar Lindqvist, {told}, was arrested in Vienna on Monday."
        (case,) = disputes(text)
        assert case.roles["suspect"] == "Oskar Lindqvist", told
        assert sides(case) == (asking, "AUT"), told
        assert case.attributes["status"] == status, told
    for other in (
        "whose extradition treaty work Sweden praised",
        "whose extradition treaty Sweden requested in 2029",
    ):
        assert not disputes(f"Case\n\nOskar Lindqvist, {other}, met Austrian officials."), other


def test_a_request_long_made_is_the_subjects() -> None:
    """ "Sweden has long sought the extradition of X": "long" between the auxiliary and the
    participle is an adverb of the verb group, not the verb's subject ("had long talks" keeps its
    noun)."""
    for told in (
        "Sweden has long sought the extradition of Oskar Lindqvist from Austria over the 2029 fraud.",
        "Sweden had long wanted Oskar Lindqvist extradited from Austria.",
    ):
        (case,) = disputes("Case\n\n" + told)
        assert sides(case) == ("SWE", "AUT"), told
        assert case.attributes["status"] == "requested", told


def test_the_defences_bid_to_block_extradition_is_a_contest() -> None:
    """ "His lawyers said they would go to the European court to block his extradition": the
    suspect's side contests it (pending), it is no state's refusal."""
    for told in (
        "His lawyers said on Monday they would take the case to the European Court of Human Rights to "
        "block his extradition to Sweden.",
        "Lindqvist said on Monday he would go to the Supreme Court to block his extradition to Sweden.",
    ):
        (case,) = disputes(HELD + told)
        assert case.roles["requesting_state"] == "SWE", told
        assert case.attributes["status"] == "pending", told
        assert case.attributes["grounds"] is None, told
    (case,) = disputes(HELD + "Austria's top court on Monday blocked his extradition to Sweden.")
    assert case.attributes["status"] == "refused"


def test_a_request_named_by_its_demonym_before_an_infinitive_is_that_states() -> None:
    """ "Austria agreed to a Swedish request to extradite X": the demonym makes the request, as a
    possessor does ("Sweden's request to extradite X")."""
    for told in (
        "Austria agreed on Monday to a Swedish request to extradite Oskar Lindqvist.",
        "Austria agreed on Monday to Sweden's request to extradite Oskar Lindqvist.",
    ):
        (case,) = disputes("Case\n\n" + told)
        assert sides(case) == ("SWE", "AUT"), told
        assert case.attributes["status"] == "granted", told

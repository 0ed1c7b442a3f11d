"""Visits and extradition disputes: classes found wrong in the twenty-second session (issue 9), from
the read half of the invented battery 20.
Every sentence is written for the tests (invented people, real places)."""

from __future__ import annotations

import diplotext


def events(text: str, published: str) -> list[tuple[str, str | None, str | None]]:
    doc = diplotext.extract(text, published=published)
    return sorted(
        (e.roles["visitor"], e.roles["visitor_state"], e.roles["host_state"])
        for e in doc.events
        if e.type == "visit"
    )


def test_the_person_the_traveller_met_is_no_rival_for_the_headline_state() -> None:
    """Headline "Norway's leader in Quito": "President X arrived in Quito ... He held talks with
    President Y": Y, met by the traveller, is the host's, so X is Norway's; a second president the
    traveller did not meet still leaves the headline's state unsaid."""
    for body in (
        "President Lars Hoel flew into Quito yesterday for two days of talks.\n\n"
        "He later held talks with President Rafael Ortiz at the Carondelet Palace.",
        "President Lars Hoel flew into Quito yesterday for two days of talks and held talks "
        "with President Rafael Ortiz.",
    ):
        got = events("Norway's leader in Quito for oil talks\n\n" + body, "2030-05-05")
        assert got == [("Lars Hoel", "NOR", "ECU")]
    rival = events(
        "Norway's leader in Quito for oil talks\n\nPresident Lars Hoel arrived in Quito yesterday for "
        "two days of talks.\n\nPresident Rafael Ortiz said he would meet Hoel.",
        "2030-05-05",
    )
    assert rival == []


def actor_state(text: str, name: str) -> tuple[tuple[str, ...], str | None]:
    doc = diplotext.extract("Head\n\n" + text, published="2030-05-05")
    found = [a for a in doc.actors if a.name == name]
    assert found, [a.name for a in doc.actors]
    return found[0].roles, found[0].country


def test_an_envoys_remit_after_on_is_the_titles_not_the_name() -> None:
    """ "Special Envoy on Arctic Affairs X", "Special Representative on Climate Change X": the
    remit after "on" belongs to the title ("Affairs" is no part of the name); a weekday after "on"
    opens no remit."""
    assert actor_state("Norway's Special Envoy on Arctic Affairs Lars Hoel met the press.", "Lars Hoel") == (
        ("envoy",),
        "NOR",
    )
    roles, _ = actor_state(
        "Sweden's Special Representative on Climate Change Eva Lund met the press.", "Eva Lund"
    )
    assert roles == ("representative",)
    roles, _ = actor_state("The US envoy on Monday Lars Hoel said little.", "Lars Hoel")
    assert "envoy" not in roles


def test_a_states_government_owning_a_role_gives_its_state() -> None:
    """ "the Norwegian government's special envoy X", "the Chilean foreign ministry's envoy, X": a
    state's body named in lower case before "'s" gives the role holder its state; a people's does
    not."""
    assert (
        actor_state("The Norwegian government's special envoy Lars Hoel met the press.", "Lars Hoel")[1]
        == "NOR"
    )
    assert (
        actor_state("The Chilean foreign ministry's envoy, Rosa Vidal, met the press.", "Rosa Vidal")[1]
        == "CHL"
    )
    assert actor_state("The Norwegian people's envoy Lars Hoel met the press.", "Lars Hoel")[1] is None


def test_proceeding_to_a_city_is_the_next_stop_of_a_trip() -> None:
    """ "X will then proceed to Lima and Quito next week": planned visits to both; a case that
    will "proceed to trial in Lima" is no trip."""
    text = (
        "Envoy urges talks\n\nNorway's envoy Lars Hoel met Foreign Minister Ana Couto in Brasilia on "
        "Tuesday.\n\nHoel will then proceed to Lima and Quito next week."
    )
    doc = diplotext.extract(text, published="2030-05-09")
    got = sorted((e.roles["host_state"], e.date, e.attributes["status"]) for e in doc.events)
    assert got == [
        ("BRA", "2030-05-07", "ongoing"),
        ("ECU", "2030-W20", "planned"),
        ("PER", "2030-W20", "planned"),
    ]
    trial = events(
        "Envoy urges talks\n\nNorway's envoy Lars Hoel met Foreign Minister Ana Couto in Brasilia on "
        "Tuesday.\n\nThe case will proceed to trial in Lima.",
        "2030-05-09",
    )
    assert trial == [("Lars Hoel", "NOR", "BRA")]


def test_the_acronym_of_a_state_body_does_not_hide_its_head() -> None:
    """ "The head of Peru's National Intelligence Service (NIS), X, visited Quito": the head of a
    state's agency is an official though the body's acronym stands before the name."""
    for body in ("National Intelligence Service (NIS)", "National Intelligence Organisation (NIO)"):
        got = events(
            f"Head\n\nThe chief of Peru's {body}, Jorge Salas, was in Quito on Monday to meet officials.",
            "2030-05-06",
        )
        assert got == [("Jorge Salas", "PER", "ECU")]


def test_a_later_description_with_a_demonym_gives_the_sole_holder_his_state() -> None:
    """ "Prime Minister X has been in Ecuador since Monday ... The Norwegian prime
    minister also met ...": the one prime minister named before, of no state, is Norwegian; with a
    second prime minister in the text the description says nothing of X."""
    got = events(
        "PM in Quito\n\nQuito - Prime Minister Lars Hoel has been in Ecuador since Monday for talks on "
        "trade.\n\nThe Norwegian prime minister also met business leaders.",
        "2030-05-07",
    )
    assert got == [("Lars Hoel", "NOR", "ECU")]
    two = diplotext.extract(
        "PM in Quito\n\nQuito - Prime Minister Lars Hoel has been in Ecuador since Monday for talks on "
        "trade.\n\nThe Norwegian prime minister also met Prime Minister Ana Ruiz.",
        published="2030-05-07",
    )
    hoel = [a for a in two.actors if a.name == "Lars Hoel"]
    assert hoel and hoel[0].country is None


def test_a_return_home_told_by_a_participle_after_a_past_clause_ends_the_visit() -> None:
    """ "X spoke to the press before returning to Brasilia that night": the visit told before
    is over; "X will sign a declaration before returning to Brasilia" leaves it going on."""

    def status(last: str) -> list[str]:
        doc = diplotext.extract(
            "VP in Lima\n\nBrasilia, April 25 - Brazilian Vice President Ana Souza travelled to Lima on "
            "Wednesday, where she met her Peruvian counterpart, Jorge Salas.\n\n" + last,
            published="2030-04-25",
        )
        return [e.attributes["status"] for e in doc.events]

    assert status("Souza spoke to the press before returning to Brasilia that night.") == ["completed"]
    assert status("Souza will sign a declaration before returning to Brasilia.") == ["ongoing"]


def test_the_person_a_warrant_names_takes_no_later_officials_description() -> None:
    """ "urged Niger to detain and surrender a rebel leader ... Judges issued a warrant for X ...
    The justice minister said nothing": X is the one sought, not the
    minister, and the request stands."""
    base = (
        "Head\n\nThe Hague court urged Niger on Wednesday to detain and surrender a rebel leader sought "
        "over war crimes in Mali.\n\nJudges issued a warrant for Moussa Issa in 2021 on charges "
        "including arson.\n\n"
    )
    for last in (
        "The minister said nothing.",
        "Niger's justice minister said the government would study the request.",
    ):
        doc = diplotext.extract(base + last, published="2030-03-20")
        got = [(e.roles["suspect"], e.roles["requested_state"]) for e in doc.events]
        assert got == [("Moussa Issa", "NER")]


def test_a_participle_set_off_after_a_day_is_no_past_cue() -> None:
    """ "will receive the King at the palace on Tuesday morning, followed by lunch": the day is
    ahead ("followed by" says nothing of the tense); a past verb still makes it past."""

    def value(sentence: str) -> str:
        doc = diplotext.extract(sentence, published="2030-04-15", layout="body", plugins=["actors", "dates"])
        return str(doc.dates[0].value)

    assert value(
        "President Ana Ruiz will receive the King at the palace on Tuesday morning, followed by lunch."
    ) == ("2030-04-16TMO")
    assert value(
        "President Ana Ruiz received the King at the palace on Tuesday morning, followed by lunch."
    ) == ("2030-04-09TMO")


def test_a_meeting_before_leaving_for_the_next_stop_is_held_at_the_current_one() -> None:
    """ "will also meet Vice President Y before leaving for Quito": Y is met in Lima, where the
    visitor is, not in Quito, the stop left for afterwards."""
    for tail in ("before leaving for Quito on Thursday.", "before flying to Quito."):
        doc = diplotext.extract(
            "Head\n\nChilean Foreign Minister Rosa Vidal arrived in Lima on Tuesday for a two-day visit."
            "\n\nShe will also meet Vice President Ana Ruiz " + tail,
            published="2030-05-08",
        )
        got = sorted((e.roles["host_state"], tuple(e.roles["met"])) for e in doc.events)
        assert got == [("ECU", ()), ("PER", ("Ana Ruiz",))]


def test_a_title_case_dateline_with_a_bracketed_agency_and_a_colon() -> None:
    """ "Lima, June 7 (ONA): His Royal Highness ...": a dateline; "Update, June 7 (ONA):" names no
    known place and is none."""

    def dateline(body: str) -> str | None:
        doc = diplotext.extract("Head\n\n" + body, published="2030-06-07", plugins=["actors", "dates"])
        return doc.article.dateline

    assert dateline("Lima, June 7 (ONA): His Royal Highness Prince Said arrived.") == "Lima"
    assert dateline("Update, June 7 (ONA): Prince Said arrived.") is None


def test_a_royal_arriving_at_the_dateline_is_of_the_state_the_story_names_most() -> None:
    """ "Lima, June 7 (ONA): His Royal Highness Prince X, heir to the throne, arrived in Lima
    ... trade between the Sultanate of Oman and Peru": an arriving royal of no stated state is of the
    state named most besides the dateline's."""
    got = events(
        "Crown Prince in Peru\n\nLima, June 7 (ONA): His Royal Highness Prince Said bin Omar Al Busaidi, "
        "heir to the throne, arrived in Lima this morning for a stay of three days in Peru.\n\nTrade "
        "between the Sultanate of Oman and Peru is small, and Oman hopes to expand it.",
        "2030-06-07",
    )
    assert got == [("Said bin Omar Al Busaidi", "OMN", "PER")]


def test_a_travellers_plane_landing_at_a_citys_airport_is_the_arrival() -> None:
    """ "X's plane has landed at Lima airport", "X landed at Lima airport on Monday": X arrives in
    Lima; "X's son landed in Lima" is no trip of X's."""
    for body, date, status in (
        (
            "Norwegian Prime Minister Lars Hoel's plane has landed at Lima airport, and President Ana Ruiz "
            "is there to greet him.",
            "2030-06-14",
            "ongoing",
        ),
        ("Norwegian Prime Minister Lars Hoel landed at Lima airport on Monday.", "2030-06-10", "completed"),
    ):
        doc = diplotext.extract("Head\n\n" + body, published="2030-06-14")
        got = [
            (e.roles["visitor"], e.roles["host_state"], e.date, e.attributes["status"]) for e in doc.events
        ]
        assert got == [("Lars Hoel", "PER", date, status)]
    son = events("Head\n\nNorwegian Prime Minister Lars Hoel's son landed in Lima on Monday.", "2030-06-14")
    assert son == []

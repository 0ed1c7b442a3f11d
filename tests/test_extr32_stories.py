"""Extradition classes found on invented stories (issue 9, twenty-third session, helper extr32).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

from builders import extradition_disputes


def _cases(text: str, published: str = "2031-04-09") -> dict[str, tuple[str | None, str, str | None]]:
    return {
        str(e.roles["suspect"]): (e.roles["requesting_state"], str(e.attributes["status"]), e.date)
        for e in extradition_disputes(text, published)
    }


def test_the_home_country_of_a_man_whose_surrender_was_approved_asks_for_him() -> None:
    """ "approved the surrender of a Polish man wanted in his home country": the participle hangs on
    the surrender noun; the man it describes is in its "of" phrase, and his demonym is his home."""
    got = _cases(
        "Germany to send suspect home\n\nBERLIN - A regional court in Dresden on Monday approved the "
        "surrender of a Polish man wanted in his home country for a fatal hit-and-run, prosecutors "
        "said.\n\nThe man, Piotr Nowicki, was arrested near Goerlitz in May."
    )
    assert got["Piotr Nowicki"] == ("POL", "granted", "2031-04-07")


_HEARD = (
    "Judges weigh Croatian warrant\n\nBELGRADE - The Higher Court in Belgrade began hearing on Monday a "
    "Croatian request for the extradition of a former militia commander, Dragan Milic, accused of "
    "war crimes against civilians in 1991.\n\nMilic, 66, was arrested in Novi Sad last month."
)


def test_a_request_a_court_began_hearing_is_pending_from_that_day() -> None:
    """ "began hearing on Monday a Croatian request": pending since Monday, not dated by the year of
    the war crimes he is accused of."""
    assert _cases(_HEARD)["Dragan Milic"] == ("HRV", "pending", "2031-04-07")


def test_a_hearing_to_come_leaves_the_request_as_it_was() -> None:
    got = _cases(
        "Croatia asks for commander\n\nBELGRADE - Croatia has asked Serbia to extradite Dragan Milic, a "
        "former militia commander, officials said on Monday. The court on Tuesday heard the request."
    )
    assert got["Dragan Milic"] == ("HRV", "pending", "2031-04-08")
    got = _cases(
        "Croatia asks for commander\n\nBELGRADE - Croatia has asked Serbia to extradite Dragan Milic, a "
        "former militia commander, officials said on Monday. The court is expected to hear the request "
        "in May."
    )
    assert got["Dragan Milic"] == ("HRV", "requested", "2031-04-07")


def test_the_day_of_what_a_suspect_is_accused_of_is_no_day_of_the_case() -> None:
    """ "suspected of war crimes in 1991": the year of the deeds, not the request's
    (but "charged with fraud in a warrant issued in May" dates the warrant)."""
    got = _cases(
        "Croatia asks for commander\n\nBELGRADE - Serbia arrested Dragan Milic in May. Croatia has "
        "requested the extradition of the man, suspected of war crimes in 1991."
    )
    assert got["Dragan Milic"] == ("HRV", "requested", None)


def test_a_decision_to_extradite_annulled_or_revoked_is_a_refusal() -> None:
    """ "annulled a decision to extradite X", like "overturned": the surrender is refused that day."""
    for verb in ("annulled", "revoked", "invalidated"):
        got = _cases(
            "Extradition halted\n\nPARIS - France's top court on Monday "
            + verb
            + " a decision to extradite former Algerian minister Farid Belkacem to Algeria.\n\nAlgiers has "
            "sought his extradition since 2021 over corruption."
        )
        assert got["Farid Belkacem"] == ("DZA", "refused", "2031-04-07"), verb


def test_a_described_suspect_is_the_one_a_state_is_then_said_to_want() -> None:
    """ "will not extradite a Moroccan rapper ... Rabat sought X over songs": the person the asking
    state's wish names is the one described, with no age, crime word or sentence opening."""
    got = _cases(
        "Spain keeps rapper\n\nMADRID - Spain will not extradite a Moroccan rapper to Rabat, the National "
        "Court ruled on Tuesday, saying the case concerned his lyrics.\n\nRabat sought Youssef Amrani over "
        "songs that it says insult the monarchy."
    )
    assert got["Youssef Amrani"] == ("MAR", "refused", "2031-04-08")
    # a person another clause names is no such object
    got = _cases(
        "Spain keeps rapper\n\nMADRID - Spain will not extradite a Moroccan rapper to Rabat, the National "
        "Court ruled on Tuesday.\n\nRabat sought support from Omar Tazi over the songs."
    )
    assert "Omar Tazi" not in got

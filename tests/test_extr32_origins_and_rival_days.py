"""Two leftovers (issue 9, twenty-third session, helper extr32): a rival's refusal told in a sentence
of its own with no day ("The judges turned down a Brazilian request") is part of the day's ruling
and shares its day, unless told as earlier; and the place a traveller "flew in from" is where the
plane took off, no stay there ("on his way from X", "from X, where ..." still are).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

from builders import extradition_disputes, visits_of

_RULING = (
    "Judges send banker to Washington\n\nLISBON - A Portuguese appeals court ruled on Monday that "
    "banker Rui Matos can be extradited to the United States to face money laundering charges.\n\n"
    "Matos, 52, was detained in Lisbon last June.\n\n"
)


def _days(text: str) -> dict[str, tuple[str, str | None]]:
    return {
        str(e.roles["requesting_state"]): (str(e.attributes["status"]), e.date)
        for e in extradition_disputes(text)
    }


def test_an_undated_rival_refusal_shares_the_day_of_the_ruling() -> None:
    got = _days(
        _RULING
        + "The judges turned down a Brazilian request for the same man, saying the U.S. one came first."
    )
    assert got["USA"] == ("granted", "2031-04-07")
    assert got["BRA"] == ("refused", "2031-04-07")


def test_an_undated_rival_refusal_after_a_court_noun_shares_the_day() -> None:
    got = _days(
        "Court backs US request for trader\n\nA court in Madrid on Monday approved the extradition of "
        "trader Leon Varga to the United States, where he faces fraud charges.\n\nThe court turned down "
        "a Russian request for Varga.\n\nVarga was arrested in Spain in March."
    )
    assert got["RUS"] == ("refused", "2031-04-07")


def test_a_rival_refusal_told_as_earlier_keeps_no_day() -> None:
    """Only the refusal of the day's ruling takes its day."""
    got = _days(_RULING + "The judges turned down a Brazilian request for the same man.")
    assert got["BRA"] == ("refused", "2031-04-07")
    got = _days(_RULING + "The judges had turned down a Brazilian request for the same man.")
    assert got["BRA"] == ("refused", None)
    got = _days(_RULING + "The judges previously turned down a Brazilian request for the same man.")
    assert got["BRA"] == ("refused", None)


def _hosts(text: str) -> dict[str, str | None]:
    return {str(e.roles["host_state"]): e.place for e in visits_of(text, "2031-04-09")}


def test_the_city_a_minister_flew_in_from_is_no_visit() -> None:
    got = _hosts(
        "Minister arrives for talks\n\nSwedish Foreign Minister Karin Lund flew in from Brussels on "
        "Tuesday for two days of talks with officials in Ottawa."
    )
    assert "BEL" not in got
    assert got["CAN"] == "Ottawa"


def test_a_relative_clause_of_arrival_from_a_city_is_no_visit() -> None:
    got = _hosts(
        "German minister in Ankara\n\nANKARA - German Foreign Minister Frank Weber held talks with "
        "Turkish officials on Wednesday.\n\nWeber, who arrived from Brussels late on Tuesday, is due "
        "to travel on to Athens on Thursday."
    )
    assert "BEL" not in got
    assert {"TUR", "GRC"} <= set(got)


def test_a_stay_the_arrival_tells_of_is_still_a_visit() -> None:
    """Beside a bare take-off place (no visit), a leg of a tour, a last stop or a "where" stay is
    still one."""
    bare = _hosts(
        "Envoy in Managua\n\nMANAGUA - U.S. envoy Paul Ward arrived from Honduras on Monday for "
        "talks with President Luis Mora."
    )
    assert "HND" not in bare
    assert "NIC" in bare
    leg = _hosts("Envoy in Managua\n\nU.S. envoy Paul Ward flew into Managua from Honduras on Monday.")
    assert {"NIC", "HND"} <= set(leg)
    way = _hosts(
        "Envoy in Managua\n\nU.S. envoy Paul Ward arrived in Nicaragua on Monday on his way from "
        "Honduras, and will leave for Panama on Wednesday."
    )
    assert "HND" in way
    where = _hosts(
        "Minister in Ottawa\n\nSwedish Foreign Minister Karin Lund flew in from Brussels, where she "
        "attended a NATO meeting, on Tuesday."
    )
    assert "BEL" in where

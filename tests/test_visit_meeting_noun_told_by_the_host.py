"""A meeting noun in an adjunct of the host's own words ("In a meeting with Malian Defence
Minister X in Beijing, Chinese Vice Premier Y said"; "Y said after talks here with his Swedish
counterpart X" in a datelined story): the host met at home, the one met travelled. A meeting in a
town no gazetteer knows, set off with its country ("in Valmora, Spain,"), is in that country."""

from __future__ import annotations

import pytest
from tests.builders import visits_of


def _trips(body: str) -> list[tuple[object, ...]]:
    return [
        (e.roles["visitor"], e.roles["host_state"], e.place, tuple(e.roles["met"]))  # type: ignore[arg-type]
        for e in visits_of("Leaders meet\n\n" + body, "2031-05-05")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "In a meeting with Malian Defence Minister Paul Kone in Beijing, Chinese Vice Premier Wang Lei said "
        "the two countries enjoy friendship.",
        "BEIJING, May 4 - In a meeting with Malian Defence Minister Paul Kone, Chinese Vice Premier Wang Lei "
        "said the two countries enjoy friendship.",
        "In talks with Malian Defence Minister Paul Kone in Beijing, Chinese Vice Premier Wang Lei "
        "praised the ties.",
    ],
)
def test_the_one_met_in_the_hosts_adjunct_travelled(body: str) -> None:
    assert _trips(body) == [("Paul Kone", "CHN", "Beijing", ("Wang Lei",))]


def test_talks_here_after_which_the_host_spoke() -> None:
    body = (
        'ANKARA, May 4 - "The plan is unacceptable," Turkish Foreign Minister Ali Kaya said after talks '
        "here with his Swedish counterpart Per Lund."
    )
    assert _trips(body) == [("Per Lund", "TUR", "Ankara", ("Ali Kaya",))]


def test_a_speaker_abroad_is_not_made_the_host() -> None:
    body = (
        "BEIJING, May 4 - In a meeting with Malian Defence Minister Paul Kone, Malian President Ali Toure "
        "said the two countries enjoy friendship."
    )
    assert [t[0] for t in _trips(body)] != ["Paul Kone"]


def test_a_meeting_in_an_unknown_town_set_off_with_its_country() -> None:
    body = "Spanish Premier Ana Ruiz will meet Portuguese President Joao Costa in Valmora, Spain, soon."
    assert _trips(body) == [("Joao Costa", "ESP", "Valmora", ("Ana Ruiz",))]

"""The state a person with no stated state stands for, from the states named with them (issue 9,
nineteenth session): a state the sentences name with another person of that state is that person's
and no evidence for the one met; with no such person it still is."""

from __future__ import annotations

from actor_probe import visits


def test_the_guests_state_is_not_the_hosts() -> None:
    text = (
        "Israeli Foreign Minister Dan Levin arrived in Ankara on Tuesday for talks with Prime Minister "
        "Kemal Aras. Levin and Aras discussed Israeli trade. Aras told Levin that Israel was a friend."
    )
    found = visits(text)
    assert any(v.get("visitor") == "Dan Levin" and "Kemal Aras" in v.get("met", []) for v in found)


def test_the_hosts_state_is_not_the_envoys() -> None:
    text = (
        "U.S. envoy Tom Reed arrived in Kathmandu on Wednesday for a three-day visit. Reed met Prime "
        "Minister Ram Thapa. Thapa told Reed that U.S. aid was welcome. Reed and Thapa discussed U.S. "
        "projects."
    )
    found = visits(text)
    assert any(v.get("visitor") == "Tom Reed" and "Ram Thapa" in v.get("met", []) for v in found)


def test_a_state_named_with_the_person_alone_is_still_theirs() -> None:
    text = (
        "Prime Minister Ram Thapa arrived in Beijing on Monday for a four-day visit. Thapa said Nepal "
        "wanted more trade. Thapa added that Nepal would open a consulate."
    )
    found = visits(text)
    assert any(v.get("visitor") == "Ram Thapa" and v.get("visitor_state") == "NPL" for v in found)

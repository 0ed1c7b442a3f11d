"""A capital's possessive before a title in the headline names the state of the one who holds it
(issue 9, twenty-third session, helper extr31): "Madrid's top diplomat in Ankara for talks" over
"Foreign Minister X met ..." in an Ankara-datelined story makes X Spanish, not Turkish.

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

from builders import visits_of

STORY = (
    "{}'s top diplomat in Ankara for talks\n\nANKARA - {}'s top diplomat held talks in the Turkish "
    "capital on Monday on migration.\n\nForeign Minister Ramon Castillo met Turkish Foreign Minister "
    "Kemal Aydin for two hours, officials said."
)


def test_a_capitals_possessive_before_a_title_names_the_holders_state() -> None:
    for capital, code in (("Madrid", "ESP"), ("Lisbon", "PRT")):
        got = {
            (v.roles["visitor"], v.roles["visitor_state"], v.roles["host_state"])
            for v in visits_of(STORY.format(capital, capital))
        }
        assert ("Ramon Castillo", code, "TUR") in got, capital

    # "Barcelona's top diplomat": Barcelona is no seat of government, so names no state
    got_states = {v.roles["visitor_state"] for v in visits_of(STORY.format("Barcelona", "Barcelona"))}
    assert "ESP" not in got_states

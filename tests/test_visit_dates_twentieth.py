"""Visit dates and status: classes found wrong in the twentieth session (issue 9).

Every sentence is written for the tests (invented people, real places)."""

from __future__ import annotations

import diplotext


def visits(text: str, published: str) -> list[tuple[str, str, str | None, str]]:
    doc = diplotext.extract("Head\n\n" + text, published=published)
    return [
        (e.roles["visitor"], e.roles["host_state"], e.date, e.attributes["status"])
        for e in doc.events
        if e.type == "visit"
    ]


def test_an_act_done_abroad_takes_the_day_its_states_were_told_doing_it() -> None:
    """ "Peru and Chile signed a pact on Wednesday. The pact, signed in Santiago by ... X": the
    visitor's state among the doers of the same act tells its day."""
    got = visits(
        "Peru and Chile signed a free trade pact on Wednesday, cutting tariffs on most goods.\n\n"
        "The pact, signed in Santiago by Chilean Trade Minister Tomas Vera and Peruvian Trade Minister "
        "Luis Varga, still needs approval by both parliaments.",
        "2030-11-20",
    )
    assert got == [("Luis Varga", "CHL", "2030-11-20", "completed")]


def test_an_act_done_abroad_takes_the_day_the_visitor_was_told_doing_it() -> None:
    got = visits(
        "Peruvian Trade Minister Luis Varga signed a free trade pact with Chile on Wednesday.\n\n"
        "The pact, signed in Santiago by Chilean Trade Minister Tomas Vera and Varga, still needs approval.",
        "2030-11-20",
    )
    assert got == [("Luis Varga", "CHL", "2030-11-20", "completed")]


def test_a_stay_before_the_one_told_does_not_take_the_day_of_another_act() -> None:
    """ "X said on Tuesday ... X came to Chile from Bolivia": the Bolivian stay is not dated by the
    saying (a different act)."""
    got = visits(
        "Peruvian Trade Minister Luis Varga said on Tuesday that the pact would cut tariffs.\n\n"
        "Varga came to Chile from Bolivia, where he met President Ana Rojas.",
        "2030-11-20",
    )
    assert ("Luis Varga", "BOL", None, "completed") in got


def test_the_first_day_of_a_visit_whose_length_reaches_today_is_still_under_way() -> None:
    """ "met Y on Saturday, on the first day of a three-day visit", told on Sunday: ongoing."""
    got = visits(
        "Palestinian President Omar Saeed met Israeli Prime Minister Dan Levin in Jerusalem on Saturday, "
        "on the first day of a three-day visit.",
        "2030-12-22",
    )
    assert got == [("Omar Saeed", "ISR", "2030-12-21", "ongoing")]


def test_a_visit_whose_length_ended_before_today_is_over() -> None:
    got = visits(
        "Palestinian President Omar Saeed met Israeli Prime Minister Dan Levin in Jerusalem on Saturday, "
        "on the first day of a two-day visit.",
        "2030-12-25",
    )
    assert got == [("Omar Saeed", "ISR", "2030-12-21", "completed")]


def test_a_duration_after_a_resolved_possessive_stays_inside_the_phrase() -> None:
    """ "said X, the French Minister of Health, Tuesday during his two-day visit to Shanghai": "his"
    read as the minister does not end the phrase before "two-day visit"."""
    got = visits(
        "Farm controls are strict, said Paul Rousseau, the French Minister of Health, Tuesday during "
        "his two-day visit to Shanghai.",
        "2030-11-20",
    )
    assert got == [("Paul Rousseau", "CHN", "2030-11-19", "ongoing")]


def test_came_to_a_states_capital_named_by_its_demonym() -> None:
    """ "came to the Italian capital": a weak trip verb read where a demonym and a place noun
    name the place."""
    got = visits("Iraqi Oil Minister Omar Hamid came to the Italian capital on Monday.", "2030-11-20")
    assert got == [("Omar Hamid", "ITA", "2030-11-18", "ongoing")]


def test_a_stay_a_week_before_a_new_arrival_is_a_visit_of_its_own() -> None:
    """ "arrived here Monday ... Just a week ago, X came to the Chinese capital and met Y": two
    trips, the earlier one completed, with its own date and the person met on it."""
    doc = diplotext.extract(
        "Envoy back in Beijing\n\nUS envoy Tom Hale arrived in Beijing on Monday afternoon to push "
        "for new talks.\n\n"
        "Just a week ago, Hale came to the Chinese capital and met Vice Foreign Minister Li Ming.",
        published="2030-11-25",
    )
    got = sorted(
        (e.date or "", e.attributes["status"], tuple(e.roles["met"])) for e in doc.events if e.type == "visit"
    )
    assert got == [("2030-11-25", "ongoing", ()), ("2030-W47", "completed", ("Li Ming",))]


def test_a_visit_kicked_off_days_before_a_later_arrival_is_one_stay() -> None:
    doc = diplotext.extract(
        "Tour\n\nKenyan President Amos Kariuki kicked off his state visit to China on Nov. 18. "
        "He arrived in Shanghai on Monday.",
        published="2030-11-26",
    )
    assert len([e for e in doc.events if e.type == "visit"]) == 1


def test_the_time_of_a_remark_made_before_a_visit_is_not_the_visits() -> None:
    """ "X said at the weekend before his visit to India": the weekend is the remark's; the planned
    visit has no day of its own."""
    for told in ("at the weekend", "on Saturday"):
        got = visits(
            f"Trade is vital, British Trade Secretary Tom Ware said {told} before his visit to India.",
            "2030-11-24",
        )
        assert got == [("Tom Ware", "IND", None, "planned")]


def test_leaving_after_a_visit_still_dates_its_end() -> None:
    got = visits(
        "Visiting Malaysian Foreign Minister Aziz Rahman met President Ana Moyo in Harare on Tuesday. "
        "The minister is to leave Harare for home on Wednesday after a three-day state visit.",
        "2030-11-19",
    )
    assert got == [("Aziz Rahman", "ZWE", "2030-11-18", "ongoing")]


def test_a_meeting_in_a_when_clause_takes_the_time_of_the_clause_it_hangs_on() -> None:
    """ "The summit took place in May 2028, when the leaders of Peru and Chile met in Lima": then."""
    got = visits(
        "The summit took place in May 2028, when Chilean President Ana Rojas met Peruvian President "
        "Luis Varga in Lima.",
        "2030-11-20",
    )
    assert got == [("Ana Rojas", "PER", "2028-05", "completed")]


def test_a_placeless_visit_is_in_the_state_of_the_official_met_on_it() -> None:
    """ "X met Chilean President Y on Wednesday at the start of a short visit": in Chile."""
    got = visits(
        "US Speaker Tom Hale met Chilean President Ana Rojas on Wednesday at the start of a short visit.",
        "2030-11-20",
    )
    assert got == [("Tom Hale", "CHL", "2030-11-20", "ongoing")]


def test_a_visit_owned_by_someone_else_is_not_the_doers() -> None:
    """ "met Y during her visit": the visit is not told to be the doer's."""
    assert not visits(
        "US Speaker Tom Hale held talks with Chilean President Ana Rojas during her visit on Wednesday.",
        "2030-11-20",
    )


def test_a_span_measuring_something_else_is_no_length_of_the_stay() -> None:
    """ "travelled to Tokyo last week ... the first trip to Japan by a Korean spy chief in five
    years": five years is no stay; last week's trip is over."""
    got = visits(
        "The head of South Korea's spy agency, Han Dong-su, travelled to Tokyo last week for talks with "
        "Japanese officials. The visit was the first trip to Japan by a South Korean intelligence chief "
        "in five years.",
        "2030-11-20",
    )
    assert got == [("Han Dong-su", "JPN", "2030-W46", "completed")]


def test_a_frame_about_the_visit_now_does_not_vote_on_a_past_visit() -> None:
    """ "X signed the pact in Beijing in May last year, during a visit to China by Y ... The visit
    comes a month before ...": the earlier visit stays completed."""
    doc = diplotext.extract(
        "Talks\n\nKATHMANDU, Dec. 3 -- Chinese envoy Liu Ming arrived in Kathmandu on Monday.\n\n"
        "Nepal signed a framework deal in Beijing in May last year, during a visit to China by Nepali "
        "Prime Minister Ram Thapa.\n\nThe visit comes a month before Thapa is due to visit New Delhi.",
        published="2030-12-03",
    )
    got = {
        (e.roles["visitor"], e.roles["host_state"]): e.attributes["status"]
        for e in doc.events
        if e.type == "visit"
    }
    assert got[("Ram Thapa", "CHN")] == "completed"


def test_a_stop_planned_for_a_day_ahead_stays_planned_whatever_the_tour_is_doing() -> None:
    """ "On Friday she is expected to fly to Muscat ... The tour has been dominated by ...": the
    tour going on (no place named) does not make the Muscat stop ongoing."""
    doc = diplotext.extract(
        "Tour\n\nBritish Foreign Secretary Ann Hale landed in Doha on Thursday morning for talks with "
        "Qatar's prime minister.\n\nOn Friday she is expected to fly to Muscat, where she will meet Oman's "
        "foreign minister.\n\nThe tour has been dominated by the crisis. Her trip continues a push for "
        "trade. Officials said the tour is going well.",
        published="2030-06-13",
    )
    got = {e.roles["host_state"]: (e.date, e.attributes["status"]) for e in doc.events if e.type == "visit"}
    assert got["OMN"] == ("2030-06-14", "planned")


def test_a_postponed_visit_given_a_new_day_is_planned_for_it() -> None:
    """ "has postponed her visit to Spain, planned for June 3, and will now travel to Madrid on June
    24": rescheduled, planned for the new day ("will now travel" one verb group)."""
    got = visits(
        "Chilean President Ana Rojas has postponed her visit to Spain, planned for June 3, and will now "
        "travel to Madrid on June 24.",
        "2030-05-27",
    )
    assert got == [("Ana Rojas", "ESP", "2030-06-24", "planned")]


def test_a_visit_postponed_with_the_old_schedule_told_is_still_postponed() -> None:
    """ "has been postponed ... Under the schedule, X would visit Israel between April 7 and 9"."""
    got = visits(
        "A planned trip by Turkish Defence Minister Ali Kaya to Israel has been postponed, diplomats said "
        "Thursday. Under the schedule announced last month, Kaya would visit Israel between April 7 and 9.",
        "2030-04-03",
    )
    assert [g[3] for g in got] == ["postponed"]


def test_a_meeting_after_which_something_began_in_a_year_is_of_that_year() -> None:
    """ "began the push in 2021 after the president met in Washington with Y": 2021; a day of what
    followed would not date the meeting."""
    got = visits(
        "The government began the push for a new treaty in 2021 after the president met in Washington "
        "with Hungarian President Laszlo Kovacs.",
        "2030-03-12",
    )
    assert got == [("Laszlo Kovacs", "USA", "2021", "completed")]

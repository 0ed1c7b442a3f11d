"""Visit status and date classes found on invented probe stories (issue 9, twenty-sixth session,
helper visits39): a return to another state is a visit (a return home is not), a trip that is
the topic of a verb ("refused to comment on the trip") says nothing of whether it goes on,
talks on a day gone by with nothing else told are over, and a past visit told with its own year
does not swallow the talks of this week.

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

from builders import one_probe_visit, probe_visits

visits = probe_visits
one = one_probe_visit


def test_a_return_to_another_state_is_a_visit() -> None:
    visit = one(
        "More talks\n\nPakistani Foreign Minister Tariq Jamali will return to Beijing next month "
        "for a second round of talks, officials said."
    )
    assert visit.roles["host_state"] == "CHN"
    assert (visit.date, visit.attributes["status"]) == ("2034-06", "planned")
    back = one(
        "Talks resume\n\nIranian Foreign Minister Hossein Karimi returned to Baghdad on Tuesday "
        "for more talks with Iraqi officials."
    )
    assert (back.roles["host_state"], back.date) == ("IRQ", "2034-05-09")
    # a return home is no visit
    assert not visits(
        "Home\n\nKenyan President Daniel Kiprotich will return to Nairobi on Friday, his office said."
    )
    assert not visits(
        "Home\n\nKenyan President Daniel Kiprotich returned to Kenya on Tuesday after a week abroad."
    )


def test_a_trip_as_the_topic_of_a_verb_says_nothing_of_now() -> None:
    for tail in (
        "A Lao spokesman refused to comment on the trip.",
        "State television reported on the visit at length.",
    ):
        visit = one("Visit\n\nVietnamese Prime Minister Nguyen Van Hoa visited Laos on Monday. " + tail)
        assert (visit.date, visit.attributes["status"]) == ("2034-05-08", "completed"), tail


def test_talks_on_a_day_gone_by_are_over() -> None:
    visit = one(
        "Talks\n\nCuban Foreign Minister Pedro Alcantara held talks in Caracas on Monday with "
        "Venezuelan officials."
    )
    assert (visit.roles["host_state"], visit.date, visit.attributes["status"]) == (
        "VEN",
        "2034-05-08",
        "completed",
    )
    # an arrival keeps the stay open for some days
    came = one(
        "Talks\n\nCuban Foreign Minister Pedro Alcantara arrived in Caracas on Monday and held "
        "talks with Venezuelan officials on Tuesday."
    )
    assert came.attributes["status"] == "ongoing"


def test_a_past_visit_with_its_year_does_not_swallow_this_weeks_talks() -> None:
    got = visits(
        "Energy pact\n\nMoldovan President Irina Cojocaru held talks with Romanian President "
        "Victor Ionescu in Bucharest on Tuesday.\n\nThe two leaders signed an energy agreement."
        "\n\nCojocaru last visited Romania in 2029, when she met the then prime minister, Ion Stan."
    )
    assert sorted((e.date, e.attributes["status"]) for e in got) == [
        ("2029", "completed"),
        ("2034-05-09", "completed"),
    ]
    (now,) = [e for e in got if e.date == "2034-05-09"]
    assert list(now.roles["met"]) == ["Victor Ionescu"]


def test_the_last_day_of_a_visit_told_of_a_day_gone_by_is_over() -> None:
    visit = one(
        "Talks\n\nOn the last day of his visit to Moscow on Tuesday, Kazakh President Nurlan "
        "Abenov met Russian Prime Minister Mikhail Orlov."
    )
    assert (visit.date, visit.attributes["status"]) == ("2034-05-09", "completed")
    # the last day told of today is a day of the visit still
    today = one(
        "Talks\n\nOn the last day of his visit to Moscow, Kazakh President Nurlan Abenov met "
        "Russian Prime Minister Mikhail Orlov on Wednesday."
    )
    assert today.attributes["status"] == "ongoing"


def test_a_plan_gone_by_is_off() -> None:
    for verb in ("was to have visited", "had planned to visit", "had been scheduled to visit"):
        visit = one(
            f"Trip off\n\nMalian President Oumar Sangare {verb} Senegal on Tuesday, but stayed "
            "in Bamako after the attack."
        )
        assert (visit.date, visit.attributes["status"]) == ("2034-05-09", "cancelled"), verb
    # put off with a new day, the plan gone by is the day put off
    moved = one(
        "Trip moved\n\nMalian President Oumar Sangare has postponed a visit to Senegal. He had "
        "been scheduled to land in Dakar on Tuesday. He will now travel to Dakar on June 12."
    )
    assert (moved.date, moved.attributes["status"]) == ("2034-06-12", "planned")
    # "would have been the first visit": a count, no plan
    first = one(
        "Trip\n\nMalian President Oumar Sangare visited Senegal on Monday. It would have been his "
        "first visit in years."
    )
    assert first.attributes["status"] == "completed"


def test_an_official_who_attended_the_talks_met_the_visitor() -> None:
    for tail in (
        "The talks were also attended by Latvian Defence Minister Andris Kalnietis.",
        "Latvian Defence Minister Andris Kalnietis also attended the talks.",
    ):
        visit = one(
            "Talks\n\nNorwegian Foreign Minister Ola Haugland held talks in Riga on Tuesday with "
            "Latvian Foreign Minister Janis Ozolins. " + tail
        )
        assert list(visit.roles["met"]) == ["Janis Ozolins", "Andris Kalnietis"], tail
    # one of the visitor's own state attending meets no one
    (own,) = [
        e
        for e in visits(
            "Talks\n\nNorwegian Foreign Minister Ola Haugland held talks in Riga on Tuesday with "
            "Latvian Foreign Minister Janis Ozolins. The talks were also attended by Norwegian "
            "Trade Minister Kari Lunde."
        )
        if e.roles["visitor"] == "Ola Haugland"
    ]
    assert list(own.roles["met"]) == ["Janis Ozolins"]


def test_a_visit_to_be_cut_short_is_going_on() -> None:
    visit = one(
        "Trip cut\n\nUkrainian President Oleh Bondarenko will cut short his visit to Canada and "
        "fly home on Thursday after the attack."
    )
    assert (visit.roles["host_state"], visit.attributes["status"]) == ("CAN", "ongoing")
    # cut short on a day gone by, it is over
    done = one("Trip cut\n\nUkrainian President Oleh Bondarenko cut short his visit to Canada on Monday.")
    assert done.attributes["status"] == "completed"
    # a planned visit that may be cut short next week is still to come
    ahead = one(
        "Trip cut\n\nUkrainian President Oleh Bondarenko may cut short his planned visit to Canada next week."
    )
    assert ahead.attributes["status"] == "planned"


def test_a_trip_later_today_is_still_to_come() -> None:
    for when in ("tonight", "this evening", "later today"):
        visit = one(f"Talks\n\nCzech Prime Minister Jan Nemecek flies to Vienna {when} for talks.")
        assert (visit.date, visit.attributes["status"]) == ("2034-05-10", "planned"), when
    # "today" says nothing of the hour: the day's news of a trip begun
    today = one("Talks\n\nCzech Prime Minister Jan Nemecek arrives in Vienna today for talks.")
    assert today.attributes["status"] == "ongoing"


def test_a_trip_put_off_to_a_day_ahead_is_planned_for_that_day() -> None:
    visit = one(
        "New date\n\nCzech Prime Minister Jan Nemecek's visit to Austria, postponed last month, "
        "will now go ahead on May 22."
    )
    assert (visit.date, visit.attributes["status"]) == ("2034-05-22", "planned")
    # put off with no new day, it stays put off
    still = one(
        "No date\n\nCzech Prime Minister Jan Nemecek's visit to Austria, postponed last month, "
        "was to have been his first."
    )
    assert still.attributes["status"] == "postponed"


def test_due_there_is_a_plan_that_a_postponement_puts_off() -> None:
    visit = one(
        "Put off\n\nJapanese Foreign Minister Yoko Kamimura was due in Jakarta on Monday but the "
        "visit was postponed."
    )
    assert (visit.roles["host_state"], visit.attributes["status"]) == ("IDN", "postponed")
    # told in the past of a day ahead, still a plan (not a stay)
    ahead = one("Due\n\nJapanese Foreign Minister Yoko Kamimura was due in Jakarta on Thursday.")
    assert (ahead.date, ahead.attributes["status"]) == ("2034-05-11", "planned")


def test_a_trip_ruled_out_is_no_trip() -> None:
    for verb in ("has ruled out", "turned down"):
        assert not visits(
            f"No trip\n\nJapanese Foreign Minister Yoko Kamimura {verb} a visit to Indonesia this year."
        ), verb


def test_the_nth_day_told_in_the_present_dates_the_start_back() -> None:
    visit = one(
        "Second day\n\nGreek Prime Minister Nikos Papadakis is in Nicosia on the second day of a "
        "three-day visit."
    )
    assert (visit.date, visit.attributes["status"]) == ("2034-05-09", "ongoing")
    # no day named: the day of publication
    plain = one("Visit\n\nGreek Prime Minister Nikos Papadakis is on a visit to Cyprus.")
    assert plain.date == "2034-05-10"

"""Visit status classes found on invented probe stories and a corpus audit (issue 9,
twenty-seventh session, helper visits41): a trip "yet to" be made or weighed "whether to" make is
no trip, a plan "supposed" or "meant" to be kept is off, a dropped or held plan drops the trip,
and a present perfect told as the trip opens is its first day.

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

from builders import one_probe_visit, probe_visits

visits = probe_visits
one = one_probe_visit


def status(text: str) -> tuple[str, str | None]:
    visit = one(text)
    return visit.roles["host_state"], visit.attributes["status"]


def test_a_trip_yet_to_be_made_is_no_trip() -> None:
    for body in (
        "Czech President Milan Dvorak has yet to visit Moscow since taking office.",
        "Israeli President Eitan Barak is yet to visit Amman, officials said.",
        "Cambodian Prime Minister Sok Chenda has yet to travel to Washington.",
        "Turkish President Murat Aydin has yet to make a trip to Athens.",
    ):
        assert not visits(f"Not yet\n\n{body}"), body
    # an arrival still awaited stays a trip to come
    assert status("Awaited\n\nCuban Foreign Minister Ramon Ortega has yet to arrive in Hanoi.") == (
        "VNM",
        "planned",
    )


def test_a_trip_weighed_whether_to_make_is_no_trip() -> None:
    assert not visits(
        "Undecided\n\nBrazilian President Joao Almeida is weighing whether to visit Caracas next month."
    )
    assert status("Decided\n\nBrazilian President Joao Almeida has decided to visit Caracas next month.") == (
        "VEN",
        "planned",
    )


def test_a_plan_supposed_or_meant_to_be_kept_is_off() -> None:
    assert status("Off\n\nLithuanian President Rokas Petraitis was supposed to visit Riga this week.") == (
        "LVA",
        "cancelled",
    )
    assert status(
        "Off\n\nMalian President Issa Keita was meant to travel to Dakar on Monday but stayed home."
    ) == ("SEN", "cancelled")
    # "is supposed to" told in the present is a plan still held
    assert status("Soon\n\nMalian President Issa Keita is supposed to travel to Dakar next week.") == (
        "SEN",
        "planned",
    )


def test_a_dropped_plan_drops_the_trip() -> None:
    assert status("Dropped\n\nThai Prime Minister Anan Suriya scrapped plans to visit Yangon.") == (
        "MMR",
        "cancelled",
    )
    assert status("Dropped\n\nThai Prime Minister Anan Suriya abandoned plans to visit Yangon.") == (
        "MMR",
        "cancelled",
    )
    assert status(
        "Shelved\n\nOfficials have shelved plans for Belgian King Albrecht's state visit to Kinshasa."
    ) == (
        "COD",
        "cancelled",
    )
    # a plan told, not dropped, stays a plan; a plan only hinted at being dropped stays one too
    assert status("Plans\n\nThai Prime Minister Anan Suriya announced plans to visit Yangon.") == (
        "MMR",
        "planned",
    )
    assert status("Maybe\n\nThai Prime Minister Anan Suriya may scrap plans to visit Yangon.") == (
        "MMR",
        "planned",
    )


def test_a_trip_put_on_hold_is_postponed() -> None:
    assert status("Held\n\nNigerian President Yusuf Garba's trip to Lima was put on hold on Monday.") == (
        "PER",
        "postponed",
    )
    assert status(
        "Held\n\nThe government put the visit to Lima by Nigerian President Yusuf Garba on ice on Monday."
    ) == ("PER", "postponed")


def test_a_present_perfect_told_as_the_trip_opens_is_its_first_day() -> None:
    visit = one(
        "Slum visit\n\nBritish Development Minister Alan Marsh has visited a slum in Nairobi as he "
        "opened a week-long tour of Africa."
    )
    assert (visit.roles["host_state"], visit.attributes["status"]) == ("KEN", "ongoing")
    # without the opening, the present perfect is a trip made
    assert status("Made\n\nBritish Development Minister Alan Marsh has visited a slum in Nairobi.") == (
        "KEN",
        "completed",
    )


def test_a_departure_told_today_with_the_stay_still_ahead_is_a_trip_to_come() -> None:
    story = (
        "Tour\n\nJapanese Foreign Minister Kenji Morita wrapped up a visit to Peru on Wednesday and "
        "left for Santiago. In Santiago, he is due to meet Chilean President Rosa Valdes on Thursday."
    )
    chile = next(v for v in visits(story) if v.roles["host_state"] == "CHL")
    assert (chile.attributes["status"], chile.date) == ("planned", "2034-05-11")
    # an arrival told today is a stay begun, whatever is planned there next
    story = (
        "Tour\n\nJapanese Foreign Minister Kenji Morita arrived in Santiago on Wednesday. He is due "
        "to meet Chilean President Rosa Valdes on Thursday."
    )
    chile = next(v for v in visits(story) if v.roles["host_state"] == "CHL")
    assert chile.attributes["status"] == "ongoing"
    # a departure with nothing planned after it is the trip begun
    alone = one("Off\n\nJapanese Foreign Minister Kenji Morita left for Santiago on Wednesday.")
    assert alone.attributes["status"] == "ongoing"


def test_a_trip_weighed_is_no_trip() -> None:
    assert not visits("Weighing\n\nChilean President Tomas Ibarra is considering a visit to Lima.")
    assert not visits("Weighing\n\nChilean President Tomas Ibarra is considering visiting Lima.")


def test_what_is_said_of_a_trip_noun_as_a_subject() -> None:
    assert status("Off\n\nChilean President Tomas Ibarra's visit to Peru is off, officials said.") == (
        "PER",
        "cancelled",
    )
    confirmed = one("On\n\nChilean President Tomas Ibarra's visit to Peru has been confirmed for June.")
    assert (confirmed.attributes["status"], confirmed.date) == ("planned", "2034-06")
    # "is off to" is a trip under way, not one called off
    away = visits("Away\n\nChilean President Tomas Ibarra is off to Lima for talks.")
    assert all(v.attributes["status"] != "cancelled" for v in away)


def test_a_stop_skipped_is_called_off() -> None:
    assert status("Skipped\n\nChilean President Tomas Ibarra skipped a planned stop in Lima.") == (
        "PER",
        "cancelled",
    )


def test_an_arrival_ahead_on_the_first_leg_of_a_tour_is_planned() -> None:
    visit = one(
        "Tour\n\nChilean President Tomas Ibarra is to arrive in Lima on Friday on the first leg of a tour."
    )
    assert (visit.attributes["status"], visit.date) == ("planned", "2034-05-12")


def test_a_call_off_told_as_a_decision_is_done() -> None:
    assert status(
        "Blocked\n\nOfficials criticised Beijing's decision on Tuesday to block a trip to China by "
        "Danish Trade Minister Lars Holm."
    ) == ("CHN", "cancelled")
    assert status(
        "Put off\n\nThe government announced its decision to postpone Danish Trade Minister "
        "Lars Holm's visit to Tokyo."
    ) == ("JPN", "postponed")
    # the second of two infinitives joined by "and" hangs on the same decision
    assert status(
        "Blocked\n\nThe ministries would not comment on Beijing's decision to suspend all exchanges "
        "with Denmark and to block a trip to China by Danish Trade Minister Lars Holm set for June 7-14."
    ) == ("CHN", "cancelled")


def _closing(lead_day: str) -> str:
    return (
        "Ties grow\n\nVietnamese Vice President Le Thi Hoa said here "
        f"{lead_day} that ties with Tunisia were growing.\n\nLe made the remarks when meeting with a "
        "delegation of Tunisian lawmakers led by Karim Bouzid, deputy speaker of the Tunisian "
        "parliament.\n\nBouzid paid the Vietnam visit at the invitation of the Vietnamese National Assembly."
    )


def test_a_closing_formula_under_a_lead_of_the_day_is_the_stay_of_the_day() -> None:
    visit = one(_closing("Wednesday"))
    assert visit.roles["host_state"] == "VNM"
    assert (visit.attributes["status"], visit.date) == ("ongoing", "2034-05-10")
    # a lead of a day weeks back tells of a stay gone by
    assert one(_closing("on April 2")).attributes["status"] == "completed"


def test_a_past_be_earlier_this_week_is_over() -> None:
    assert status("Gone\n\nChilean President Tomas Ibarra was in Lima earlier this week.") == (
        "PER",
        "completed",
    )
    # "this week" with no "earlier" may still go on, and so may an arrival earlier this week
    assert status("Here\n\nChilean President Tomas Ibarra was in Lima this week.") == ("PER", "ongoing")
    assert status("Here\n\nChilean President Tomas Ibarra arrived in Lima earlier this week.") == (
        "PER",
        "ongoing",
    )


def test_a_way_home_ahead_after_a_stay_keeps_the_stay_going() -> None:
    visit = one(
        "Home\n\nChilean President Tomas Ibarra will return home on Friday after a three-day visit to Peru."
    )
    assert (visit.attributes["status"], visit.date) == ("ongoing", "2034-05-10")
    assert status("Home\n\nChilean President Tomas Ibarra heads home on Thursday after a visit to Peru.") == (
        "PER",
        "ongoing",
    )
    # a stay with a time of its own ahead, or a rest after it, is still to come
    assert status(
        "Later\n\nChilean President Tomas Ibarra will return home after a visit to Peru next month."
    ) == (
        "PER",
        "planned",
    )
    assert status("Rest\n\nChilean President Tomas Ibarra will rest on Friday after his visit to Peru.") == (
        "PER",
        "planned",
    )

"""Visits: status and eligibility read from the right cue (issue 9). Every sentence here is written for
the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def visits(text: str, published: str) -> list[Event]:
    doc = diplotext.extract(text, published=published, layout="body")
    assert not [e for e in doc.errors if e.plugin in ("visits", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "visit"]


def test_visiting_in_apposition_to_an_undated_speaker_is_ongoing() -> None:
    """ "Mr X, visiting Lima, noted ...": there while he spoke, and nothing dates that before the
    news of the day."""
    (visit,) = visits(
        "Irish Foreign Minister Sean Doyle has defended plans to lift the ban on Bolivian beef. "
        "Mr Doyle, visiting La Paz, noted that the ban applied to four countries.",
        "2030-05-12",
    )
    assert visit.roles["host_state"] == "BOL"
    assert visit.attributes["status"] == "ongoing"


def test_visiting_in_apposition_to_a_speaker_dated_long_ago_is_over() -> None:
    """The same apposition under a clause dated weeks before publication: the stay is over."""
    (visit,) = visits(
        "Mr Sean Doyle, the Irish foreign minister, visiting La Paz, noted on March 3 that the ban "
        "applied to four countries.",
        "2030-05-12",
    )
    assert visit.attributes["status"] == "completed"


def test_is_going_to_visit_is_a_plan_even_inside_a_quote() -> None:
    """ "X is going to visit Y from 7th to 9th June": "going to" is the future, not a trip now."""
    (visit,) = visits(
        "Kenyan Foreign Minister Ruth Wanjiru will pay an official visit to Ghana next month, "
        'Ghana\'s foreign minister said. "Ms Wanjiru is going to visit Accra from 7th to 9th June," '
        "he told reporters.",
        "2030-05-14",
    )
    assert visit.attributes["status"] == "planned"
    assert visit.date == "2030-06-07"


def test_a_pronoun_after_former_office_does_not_make_the_person_current() -> None:
    """ "Former president X would visit Y, his foundation said": only ever called former (a
    pronoun says nothing of an office), so no state visit."""
    assert (
        visits(
            "Former Canadian prime minister Paul Girard would also visit Ghana, most probably during "
            "the election, his foundation said.",
            "2030-11-10",
        )
        == []
    )


FIRST_TO_VISIT = (
    "Danish PM makes historic Chile trip\n\n"
    "SANTIAGO, May 14 (Wire) - Mette Holm on Monday became the first Danish prime minister to "
    "visit Chile since 1990, as Copenhagen seeks new markets.\n\n"
    "Holm met Prime Minister Pablo Rojas in Santiago and opened a business forum.\n\n"
    "Holm travels on to Valparaiso on Wednesday before returning home."
)


def test_became_the_first_to_visit_on_a_day_dates_the_visit_that_day() -> None:
    """ "X on Monday became the first Danish premier to visit Chile": she was there on Monday, and
    is there still (a later stop in the country is to come)."""
    doc = diplotext.extract(FIRST_TO_VISIT, published="2030-05-14")
    (visit,) = [e for e in doc.events if e.type == "visit"]
    assert visit.date == "2030-05-13"
    assert visit.attributes["status"] == "ongoing"
    assert visit.attributes["first_in"] == "P40Y"


def test_a_role_said_with_a_copula_after_a_day_is_the_persons() -> None:
    """ "X on Monday became the first Danish prime minister": the role and state are X's, so the
    host's "Prime Minister Y" is not taken for the Danish one the headline names."""
    doc = diplotext.extract(FIRST_TO_VISIT, published="2030-05-14")
    people = {a.name: a for a in doc.actors if a.kind == "person"}
    assert "prime minister" in people["Mette Holm"].roles
    (visit,) = [e for e in doc.events if e.type == "visit"]
    assert visit.roles["met"] == ("Pablo Rojas",)


def test_became_the_first_to_visit_yesterday_with_nothing_to_come_is_done() -> None:
    """The same sentence with no stop still to come: a visit of the day before publication that
    the text does not say goes on."""
    (visit,) = visits(
        "Danish Prime Minister Mette Holm on Monday became the first Danish head of government to "
        "visit Chile since 1990.",
        "2030-05-14",
    )
    assert visit.date == "2030-05-13"
    assert visit.attributes["status"] == "completed"


def test_preparations_and_plans_for_a_visit_make_it_planned() -> None:
    """ "discussed preparations for a state visit by X to Y" (a phrase chained to the object) and
    "in the run-up to the visit of X": the trip is still to come, whatever the clause's tense."""
    for text in (
        "The two ministers discussed preparations for a state visit by Chilean President Ana Ruiz to Peru.",
        "The two ministers discussed plans for a state visit by Chilean President Ana Ruiz to Peru.",
        "In the run-up to the visit of Chilean President Ana Ruiz to Peru, the ministers met.",
    ):
        (visit,) = visits(text, "2030-01-10")
        assert visit.attributes["status"] == "planned", text


def test_not_travelling_as_planned_is_a_cancelled_visit() -> None:
    """ "will not travel to Lima next week as planned": the planned trip is called off; without "as
    planned" a denied trip is no visit at all."""
    (visit,) = visits(
        "Chilean President Ana Ruiz will not travel to Lima next week as planned, her office said.",
        "2030-01-10",
    )
    assert visit.roles["host_state"] == "PER"
    assert visit.attributes["status"] == "cancelled"
    assert (
        visits("Chilean President Ana Ruiz will not travel to Lima next week, her office said.", "2030-01-10")
        == []
    )


def test_a_relatives_role_is_not_the_persons() -> None:
    """ "X, wife of the Polish prime minister, opened an exhibition in Vienna": the role after "wife
    of" is her husband's, so hers is no state visit."""
    assert (
        visits(
            "Ewa Nowicka, wife of the Polish prime minister, opened an exhibition in Vienna on Saturday.",
            "2030-01-10",
        )
        == []
    )


def test_a_private_holiday_is_no_visit() -> None:
    """ "spent a private holiday in Thailand", "paid a private visit to Spain": no official trip."""
    for text in (
        "Finnish Foreign Minister Aino Lehto spent a private holiday in Thailand last month.",
        "Finnish Foreign Minister Aino Lehto paid a private visit to Spain last month.",
    ):
        assert visits(text, "2030-01-10") == [], text


def test_staying_away_is_no_trip() -> None:
    """ "stayed away from the summit in Lima": no visit, and no stay in the place it keeps from."""
    text = "Chilean Foreign Minister Ana Ruiz stayed away from the summit in Lima."
    assert visits(text, "2030-05-10") == []
    (visit,) = visits("Chilean Foreign Minister Ana Ruiz stayed in Lima for the summit.", "2030-05-10")
    assert visit.roles["host_state"] == "PER"


def test_a_return_just_made_ends_a_trip_told_after_it() -> None:
    """ "X has arrived back from his mission to the Gulf. X also made a surprise trip to Iraq this
    week": home again, so the trip of this week is over; arriving back is no trip abroad."""
    (visit,) = visits(
        "Dutch Prime Minister Ruud Talsma has arrived back from his diplomatic mission to the Gulf. "
        "Mr Talsma also made a surprise trip to Iraq this week.",
        "2030-05-14",
    )
    assert visit.roles["host_state"] == "IRQ"
    assert visit.attributes["status"] == "completed"


def test_going_ahead_with_a_trip_makes_it_done() -> None:
    """ "had threatened to call off her planned visit to Oslo ... In the end she went ahead with the
    trip in late April": the trip took place, dated by the clause that says so."""
    (visit,) = visits(
        "Finnish Foreign Minister Aino Lehto had threatened to call off her planned visit to Oslo over "
        "the row. In the end she went ahead with the trip in late April.",
        "2030-05-14",
    )
    assert visit.attributes["status"] == "completed"
    assert visit.date == "2030-04"


def test_a_planned_trip_denied_in_one_sentence_is_none_when_reported_in_another() -> None:
    """ "The ministry denied reports that X would visit Y ... The newspaper had reported that X
    would travel to Y": the denial covers the report told again."""
    assert (
        visits(
            "The Foreign Ministry on Monday denied media reports that Bulgarian Foreign Minister Lena "
            "Ostrova would visit Havana this month. A newspaper had reported that Ostrova would travel "
            "to Cuba to prepare a summit.",
            "2030-05-14",
        )
        == []
    )


def test_a_denial_of_one_trip_leaves_a_trip_that_took_place() -> None:
    """The denial is of a planned trip: a visit told as done stays."""
    (visit,) = visits(
        "The Foreign Ministry denied reports that Bulgarian Foreign Minister Lena Ostrova would visit "
        "Havana. "
        "Ostrova visited Cuba in 2028.",
        "2030-05-14",
    )
    assert visit.attributes["status"] == "completed"


def test_being_due_to_leave_a_country_keeps_the_stay_going() -> None:
    """ "is due to leave X on Friday": the visitor is still there; the leaving day is no start."""
    doc = diplotext.extract(
        "Danish Foreign Minister Ida Holm arrived in Quito on Monday. She is due to leave Ecuador on Friday.",
        published="2030-06-12",
    )
    (v,) = [e for e in doc.events if e.type == "visit"]
    assert (v.roles["host_state"], v.date, v.attributes["status"]) == ("ECU", "2030-06-10", "ongoing")


def test_a_tour_ended_at_a_named_stop_dates_that_stop_by_its_day() -> None:
    """ "ended the tour in Hanoi on Friday": she was in Hanoi that day (a tour's last stop), not
    at the end of a stay of unknown length; "wrapped up a visit to Vietnam on Friday" still is."""
    for text in (
        "Danish Foreign Minister Ida Holm ended the tour in Hanoi on Friday.",
        "Danish Foreign Minister Ida Holm wrapped up a tour of Asia in Hanoi on Friday.",
    ):
        (v,) = [e for e in diplotext.extract(text, published="2030-06-12").events if e.type == "visit"]
        assert (v.roles["host_state"], v.date, v.attributes["status"]) == ("VNM", "2030-06-07", "completed")
    (v,) = [
        e
        for e in diplotext.extract(
            "Danish Foreign Minister Ida Holm wrapped up a visit to Vietnam on Friday.",
            published="2030-06-12",
        ).events
        if e.type == "visit"
    ]
    assert v.date == "2030-W23"


def test_a_stop_on_the_way_to_a_summit_is_planned_and_both_are_visits() -> None:
    """ "will attend the summit in X on Nov 22, stopping in Y on the way": two planned visits."""
    text = (
        "Peruvian President Rosa Mena will attend the summit in Johannesburg on June 22 and 23, "
        "stopping in Luanda on the way for talks with Angolan President Joao Neto."
    )
    by_host = {e.roles["host_state"]: e for e in diplotext.extract(text, published="2030-06-12").events}
    assert (by_host["ZAF"].date, by_host["ZAF"].attributes["status"]) == ("2030-06-22", "planned")
    assert by_host["AGO"].attributes["status"] == "planned"
    assert list(by_host["AGO"].roles["met"]) == ["Joao Neto"]


def test_being_the_first_in_years_to_visit_tells_the_visit_is_on() -> None:
    """ "X is the first Mexican leader in ten years to visit Japan": there now, first in ten years;
    "will be the first" is to come."""
    (v,) = [
        e
        for e in diplotext.extract(
            "Chilean President Rosa Mena is the first Chilean leader in ten years to visit Norway.",
            published="2030-06-12",
        ).events
        if e.type == "visit"
    ]
    assert (v.attributes["status"], v.attributes["first_in"], v.date) == ("ongoing", "P10Y", "2030-06-12")
    (v,) = [
        e
        for e in diplotext.extract(
            "Chilean President Rosa Mena will be the first Chilean leader to visit Norway since 2001.",
            published="2030-06-12",
        ).events
        if e.type == "visit"
    ]
    assert v.attributes["status"] == "planned"


def test_the_first_stop_of_a_tour_begun_on_a_day_is_dated_that_day() -> None:
    """ "began a tour of Peru and Chile on Monday": in Peru on Monday; Chile only that month."""
    found = [
        e
        for e in diplotext.extract(
            "Danish Prime Minister Ida Holm began a tour of Peru and Chile on Monday.", published="2030-06-12"
        ).events
        if e.type == "visit"
    ]
    dates = {e.roles["host_state"]: e.date for e in found}
    assert dates == {"PER": "2030-06-10", "CHL": "2030-06"}


# ------------------------------------------------ thirteenth session


def test_a_return_home_still_to_come_keeps_a_visit_of_the_week_going() -> None:
    """2030-05-10 is a Friday."""
    (visit,) = visits(
        "Chilean President Lucia Orrego Fuentes on Friday welcomed her Peruvian counterpart Mateo "
        "Quispe Rojas to Santiago for talks on water rights. The two leaders met for three hours. "
        "Quispe Rojas is due to return to Lima on Saturday after a state dinner.",
        "2030-05-10",
    )
    assert (visit.roles["visitor"], visit.roles["host_state"]) == ("Mateo Quispe Rojas", "CHL")
    assert visit.attributes["status"] == "ongoing"


def test_a_return_home_still_to_come_leaves_an_old_visit_over() -> None:
    (*_, visit) = visits(
        "Peruvian President Mateo Quispe Rojas visited Santiago in March 2027. "
        "Quispe Rojas is due to return to Lima on Saturday after a summit in Quito.",
        "2030-05-10",
    )
    assert visit.roles["host_state"] == "CHL"
    assert visit.attributes["status"] == "completed"


def test_a_where_clause_after_the_last_stop_dates_it_and_ends_the_stop_before() -> None:
    """2030-05-10 is a Friday: the tour ended the day before."""
    found = visits(
        "Greek Foreign Minister Nikos Vlachos yesterday completed a three-nation tour of "
        "Southeast Europe, which took him to Serbia, Albania and Montenegro over five days. Vlachos began "
        "the tour in Belgrade on Sunday, where he met President Dragan Ilic. On Tuesday he travelled "
        "to Tirana for talks with Prime Minister Edi Basha. The final stop was Podgorica, where he "
        "met Prime Minister Milo Vukovic on Thursday.",
        "2030-05-10",
    )
    by_host = {v.roles["host_state"]: v for v in found}
    assert by_host["MNE"].date == "2030-05-09"
    assert by_host["ALB"].date == "2030-05-07"
    assert {v.attributes["status"] for v in found} == {"completed"}


def test_days_spent_before_an_arrival_are_a_stay_over_with_its_own_meeting() -> None:
    """2030-05-10 is a Friday."""
    found = visits(
        "Indian envoy Ravi Menon held talks with Kenyan President Daniel Ruto on Thursday. The envoy "
        "arrived in Nairobi on Wednesday after two days in Kampala, where he met President Moses "
        "Okello. He will travel on to Kigali on Saturday and to Lusaka next week.",
        "2030-05-10",
    )
    by_host = {v.roles["host_state"]: v for v in found}
    assert by_host["KEN"].attributes["status"] == "ongoing" and by_host["KEN"].date == "2030-05-08"
    assert by_host["UGA"].attributes["status"] == "completed"
    assert list(by_host["UGA"].roles["met"]) == ["Moses Okello"]
    assert "Moses Okello" not in by_host["KEN"].roles["met"]
    assert by_host["RWA"].date == "2030-05-11"
    assert by_host["ZMB"].date == "2030-W20"


def test_a_former_leader_travels_for_no_state_unless_on_an_official_visit() -> None:
    speech = (
        "SINGAPORE, May 10 (AFP) - Former Danish prime minister Lars Holm told a forum in Singapore "
        'on Tuesday that robots would change diplomacy "faster than anyone thinks".\n\n'
        "Holm, who left office in 2019, now chairs a consultancy. Holm is due to speak at a similar "
        "event in Dubai next month."
    )
    assert visits(speech, "2030-05-10") == []
    official = (
        "Former Danish prime minister Lars Holm met President Ana Ruiz in Lima on Tuesday. Holm will "
        "leave Peru on Wednesday after a three-day official visit."
    )
    assert [v.roles["host_state"] for v in visits(official, "2030-05-10")] == ["PER"]


def test_about_to_leave_for_a_place_is_a_trip_to_come() -> None:
    (visit,) = visits(
        "Chilean President Rosa Mena is about to leave for Tokyo on a tour of Asia.", "2030-06-12"
    )
    assert (visit.roles["host_state"], visit.attributes["status"]) == ("JPN", "planned")


def test_a_visit_looked_forward_to_in_a_month_is_planned_for_the_coming_one() -> None:
    """ "Peru is looking forward to X's visit in September" (told in June): planned, this September,
    though a bare month with no tense of its own reads as the last one."""
    (visit,) = visits(
        "Peru is looking forward to Chilean President Hugo Perel's visit in September.", "2030-06-12"
    )
    assert (visit.roles["host_state"], visit.attributes["status"], visit.date) == (
        "PER",
        "planned",
        "2030-09",
    )


def test_a_person_s_own_mission_to_a_city_is_a_trip_a_body_s_is_not() -> None:
    (visit,) = visits(
        "Swedish Foreign Minister Eva Lund said she would raise the issue when she carries out her mission "
        "to Hanoi next month.",
        "2030-06-12",
    )
    assert (visit.roles["host_state"], visit.attributes["status"], visit.date) == (
        "VNM",
        "planned",
        "2030-07",
    )
    assert not visits(
        '"It must be quick," said Lars Holm, head of the OSCE humanitarian mission to Albania.', "2030-06-12"
    )


def test_a_former_leader_named_later_without_a_title_still_travels_for_no_state() -> None:
    """ "Former Chilean President X ... a private academic visit with no official character ... X's
    views, the minister said": no later mention makes him an office holder, and "no official" is no
    official visit."""
    found = visits(
        "BOSTON - Former Chilean President Hugo Vera Soto spent the week here lecturing, in what his "
        "foundation called a private academic visit with no official character.\n\n"
        "Mining Minister Rosa Mena said in Santiago that Vera's views did not represent the state. "
        "Mr. Vera will travel to Madrid in April.",
        "2030-06-12",
    )
    assert found == []


def test_a_trip_only_wished_for_is_no_visit_but_a_hope_with_a_day_is_a_plan() -> None:
    for wish in (
        "Mongolian President Bat Erdene said on Tuesday that he hoped one day to visit Brazil.",
        "Mongolian President Bat Erdene said he dreams of visiting Brazil.",
    ):
        assert visits(wish, "2030-06-12") == []
    (visit,) = visits("Mongolian President Bat Erdene hopes to visit Brazil next month.", "2030-06-12")
    assert (visit.roles["host_state"], visit.attributes["status"], visit.date) == (
        "BRA",
        "planned",
        "2030-07",
    )


def test_leaving_for_a_state_before_the_day_s_business_ends_leaves_that_day() -> None:
    """ "On Friday she will open a trade fair before leaving for Peru": the trip to Peru starts on
    Friday."""
    found = visits(
        "Swedish Foreign Minister Eva Lund arrived in Quito on Tuesday. On Friday she will open a trade "
        "fair before leaving for Peru on the last leg of her tour.",
        "2030-06-12",
    )
    peru = [v for v in found if v.roles["host_state"] == "PER"]
    assert [(v.date, v.attributes["status"]) for v in peru] == [("2030-06-14", "planned")]

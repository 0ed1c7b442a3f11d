"""Visit classes of the twenty-first session (issue 9, helper visits29), found by auditing the
status and date of visits over unannotated news.

The class fixed here: a stay the opening of a story tells with no time of its own (a speech, a
conference, a meeting in a city abroad) under a lead that tells the day's news: the stay is of the
lead's day, and goes on, not an undated visit that is over.

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def visits(text: str, published: str) -> list[Event]:
    doc = diplotext.extract(text, published=published)
    assert not [e for e in doc.errors if e.plugin in ("visits", "actors", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "visit"]


def _when(visit: Event) -> tuple[object, object]:
    return visit.date, visit.attributes["status"]


def test_a_speech_abroad_under_a_lead_of_today_is_of_that_day() -> None:
    # 2031-05-07 is a Wednesday
    (visit,) = visits(
        "Donors restated their position on the loans on Wednesday. Speaking in Beijing, Japanese "
        "Foreign Minister Kenji Sato said the talks would go on.",
        "2031-05-07",
    )
    assert visit.roles["host_state"] == "CHN"
    assert _when(visit) == ("2031-05-07", "ongoing")


def test_a_quote_told_to_a_conference_abroad_takes_the_leads_day() -> None:
    # 2031-05-08 is a Thursday
    (visit,) = visits(
        "Gulf leaders told donors on Thursday that reconstruction aid must come without conditions. "
        '"We need partners, not masters," Omani Foreign Minister Salim al-Harthi told a donors\' '
        "conference in Brussels.",
        "2031-05-08",
    )
    assert (visit.roles["visitor"], visit.roles["host_state"]) == ("Salim al-Harthi", "BEL")
    assert _when(visit) == ("2031-05-08", "ongoing")


def test_a_meeting_told_by_the_other_party_under_a_report_of_today() -> None:
    # 2031-05-09 is a Friday; the lead's day is that of the report, the meeting's own unsaid
    found = visits(
        "Malaysia urged Washington to do more for peace in the region, local media reported Friday. "
        "Washington listens to its friends, Malaysian Prime Minister Aziz Rahman told reporters after "
        "meeting with US President Tom Baker in Jakarta.",
        "2031-05-09",
    )
    by_visitor = {v.roles["visitor"]: v for v in found}
    assert set(by_visitor) == {"Aziz Rahman", "Tom Baker"}
    for visit in found:
        assert visit.roles["host_state"] == "IDN"
        assert _when(visit) == ("2031-05-09", "ongoing")


def test_yesterdays_lead_dates_the_scene_too() -> None:
    # told on Thursday 2031-05-08 of Wednesday
    (visit,) = visits(
        "Donors restated their position on the loans on Wednesday. Speaking in Beijing, Japanese "
        "Foreign Minister Kenji Sato said the talks would go on.",
        "2031-05-08",
    )
    assert _when(visit) == ("2031-05-07", "ongoing")


def test_a_stay_over_keeps_its_status_and_takes_the_day() -> None:
    # she spent hours in one state and went on to another the same day: over, but of that day
    found = visits(
        "Aid workers met the envoy on Tuesday. Canadian Foreign Minister Claire Dubois told reporters "
        "in Kampala that help was coming. Dubois spent five hours in Uganda before flying on to "
        "Nairobi for talks with President Joseph Kamau.",
        "2031-05-06",
    )
    by_host = {v.roles["host_state"]: v for v in found}
    assert _when(by_host["UGA"]) == ("2031-05-06", "completed")


def test_a_lead_told_in_the_present_is_todays_news_past_a_sentence_of_what_is_to_come() -> None:
    # "says" with no day: the news of publication; "meet Monday" tells a day to come, not the scene's
    (visit,) = visits(
        "Thai Prime Minister Somchai Wong says wide gaps remain before next week's trade talks. He and "
        "the Malaysian premier meet Monday with envoys of the bloc. At a news conference with French "
        "Foreign Minister Paul Morel in Bangkok, Somchai said both sides must give ground.",
        "2031-05-09",
    )
    assert (visit.roles["visitor"], visit.roles["host_state"]) == ("Paul Morel", "THA")
    assert _when(visit) == ("2031-05-09", "ongoing")


def test_the_lead_day_is_read_past_a_word_for_now_and_only_for_a_scene_of_the_news() -> None:
    # "currently" tells no day: the lead's is read in the sentence before it
    (visit,) = visits(
        "Donors restated their position on the loans on Wednesday. Japan currently chairs the group. "
        "Speaking in Beijing, Japanese Foreign Minister Kenji Sato said the talks would go on.",
        "2031-05-07",
    )
    assert _when(visit) == ("2031-05-07", "ongoing")
    for text in (
        # a relative clause tells what the visitor did some time before
        "Donors restated their position on the loans on Wednesday. Japanese Foreign Minister Kenji "
        "Sato, who met Chinese Premier Li Wen in Beijing, said the talks would go on.",
        # a pluperfect
        "Donors restated their position on the loans on Wednesday. Japanese Foreign Minister Kenji "
        "Sato had met Chinese Premier Li Wen in Beijing, a spokesman said.",
        # the lead's day is days before publication
        "Donors restated their position on the loans on Monday. Speaking in Beijing, Japanese Foreign "
        "Minister Kenji Sato said the talks would go on.",
        # the lead tells two days
        "Donors restated their position on Wednesday and will meet again on Friday. Speaking in "
        "Beijing, Japanese Foreign Minister Kenji Sato said the talks would go on.",
        # the scene is far from the lead
        "Donors restated their position on the loans on Wednesday. The rift grew. The banks said "
        "nothing. Creditors were silent. Speaking in Beijing, Japanese Foreign Minister Kenji Sato "
        "said the talks would go on.",
    ):
        (visit,) = visits(text, "2031-05-07")
        assert _when(visit) == (None, "completed"), text


def test_a_stop_still_to_come_in_the_same_state_keeps_the_visit_going() -> None:
    # the stay is told, and a city of the same state is still to come: the visit goes on, dated
    # and placed by the stay, not by the stop
    (visit,) = visits(
        "Guinean President Alpha Sow, here for a summit of African leaders opening on Saturday, "
        "toured a power plant on Friday morning. Once the summit ends, Sow will also visit Shanghai "
        "and Nanjing. Many visiting leaders are seizing the chance to seek deals during their stay "
        "in Beijing.",
        "2031-05-09",
    )
    assert (visit.roles["host_state"], visit.place) == ("CHN", "Beijing")
    assert _when(visit) == ("2031-05-09", "ongoing")
    (visit,) = visits(
        "On Monday the Kenyan president met Prime Minister Tom Hale at 10 Downing Street in London. "
        "President Joseph Kamau is due to visit the Kenyan community in Manchester on Tuesday.",
        "2031-05-06",
    )
    assert (visit.roles["host_state"], visit.place) == ("GBR", "London")
    assert _when(visit) == ("2031-05-05", "ongoing")
    # a stop in another state is a trip of its own
    found = visits(
        "On Monday the Kenyan president met Prime Minister Tom Hale at 10 Downing Street in London. "
        "President Joseph Kamau is due to visit Dublin on Tuesday.",
        "2031-05-06",
    )
    by_host = {v.roles["host_state"]: v for v in found}
    assert by_host["IRL"].attributes["status"] == "planned"
    # a stop to come weeks ahead is a trip of its own
    (visit,) = visits(
        "Guinean President Alpha Sow, here for a summit of African leaders opening on Saturday, "
        "toured a power plant on Friday morning. Sow said he would visit Shanghai in September. "
        "Many visiting leaders are seizing the chance to seek deals during their stay in Beijing.",
        "2031-05-09",
    )
    assert visit.attributes["status"] == "planned"


def test_a_visit_told_with_its_states_refers_to_that_stop_not_to_the_last_one_listed() -> None:
    found = visits(
        "Chinese President Hu Li arrived in Islamabad on Thursday for a state visit. Pakistan is the "
        "final stop of a regional trip that already took Hu to Vietnam, Laos and India. The visit "
        "also marks sixty years of ties between China and Pakistan.",
        "2031-05-09",
    )
    by_host = {v.roles["host_state"]: v for v in found}
    assert _when(by_host["PAK"]) == ("2031-05-08", "ongoing")
    for done in ("VNM", "LAO", "IND"):
        assert _when(by_host[done]) == (None, "completed"), done


def test_a_gathering_to_be_held_on_days_dates_a_trip_to_it() -> None:
    # "a conference on trade to be held in Geneva from May 20": the infinitive is the conference's,
    # whatever subject the clause layer lends it, and its first day dates the trip there
    found = visits(
        "Nepali Prime Minister Ram Thapa will leave Delhi for Doha on Monday on his way to Geneva to "
        "take part in a conference on trade to be held in Geneva from May 20 to 22, the ministry said.",
        "2031-05-09",
    )
    by_host = {v.roles["host_state"]: v for v in found}
    assert _when(by_host["CHE"]) == ("2031-05-20", "planned")


def test_a_leader_of_a_group_that_is_no_state_visits_for_none() -> None:
    assert (
        visits(
            "Jordan's King Ali has decided to grant refuge to Omar Haddad, political leader of the "
            "Palestinian militant group Fatah al-Nour. Haddad will be able to come to Jordan, an "
            "official said.",
            "2031-05-09",
        )
        == []
    )
    assert (
        visits(
            "Omar Haddad, leader of the Lebanese Amal movement, arrived in Damascus on Monday.", "2031-05-09"
        )
        == []
    )
    # the leader of a ruling communist party leads the state
    (visit,) = visits(
        "Le Van Minh, leader of the Vietnamese Communist Party, arrived in Beijing on Monday.", "2031-05-09"
    )
    assert (visit.roles["visitor_state"], visit.roles["host_state"]) == ("VNM", "CHN")

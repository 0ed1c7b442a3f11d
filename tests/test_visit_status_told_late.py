"""When a visit is over or under way although its clause does not say so outright: a meeting
"earlier this month" (a month-long date holding the day of publication) is over unless a stated
length reaches today; a report made "before his departure for X" is news told after the leaving, so
the trip is under way; so is a stay told by a participle set off by commas ("X, speaking from the
summit in Y, was ...") with no day (issue 9, eighteenth session; classes found auditing the corpus's visits).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def visits(body: str, published: str) -> list[Event]:
    doc = diplotext.extract(f"Talks\n\n{body}", published=published)
    assert not [e for e in doc.errors if e.plugin in ("visits", "actors", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "visit"]


def test_a_meeting_earlier_this_month_is_over() -> None:
    (visit,) = visits(
        "Israeli Prime Minister Dan Levy met US President Tom Hale in Washington earlier this month.",
        "2031-04-23",
    )
    assert (visit.date, visit.attributes["status"]) == ("2031-04", "completed")


def test_a_meeting_this_week_may_still_go_on() -> None:
    (visit,) = visits(
        "Israeli Prime Minister Dan Levy met US President Tom Hale in Washington this week.", "2031-04-23"
    )
    assert visit.attributes["status"] == "ongoing"


def test_a_stay_this_month_whose_length_reaches_today_goes_on() -> None:
    (visit,) = visits(
        "Israeli Prime Minister Dan Levy arrived in Washington this month for a month-long stay.",
        "2031-04-23",
    )
    assert visit.attributes["status"] == "ongoing"


def test_said_before_his_departure_in_a_datelined_story_is_there_now() -> None:
    (visit,) = visits(
        "BEIJING, Nov. 4 -- Africa needs roads, said Ghanaian President Kofi Mensah on Saturday. "
        "Prior to his departure for China, Mensah said he hoped for new loans.",
        "2031-11-04",
    )
    assert (visit.roles["host_state"], visit.attributes["status"]) == ("CHN", "ongoing")


def test_said_before_his_departure_on_a_day_gone_by_is_gone_then() -> None:
    (visit,) = visits(
        "North Korean envoy Kim Sol said before his departure to Beijing on Tuesday that the talks "
        "would be hard.",
        "2031-11-06",
    )
    assert visit.attributes["status"] == "ongoing"
    assert visit.date == "2031-11-04"


def test_a_departure_still_to_come_is_planned() -> None:
    (visit,) = visits(
        "Ghanaian President Kofi Mensah will speak to reporters before his departure for Beijing on Tuesday.",
        "2031-11-06",
    )
    assert visit.attributes["status"] == "planned"


def test_has_met_once_this_month_abroad_is_over() -> None:
    found = visits(
        "King Omar of Jordan has met twice with Israeli Prime Minister Dan Levy, including once earlier "
        "this month in the United States.",
        "2031-04-23",
    )
    assert found
    assert {v.attributes["status"] for v in found} == {"completed"}


def test_speaking_live_from_a_summit_abroad_is_there_now() -> None:
    (visit,) = visits(
        "European leaders met in Brussels on Friday. Irish Prime Minister Sean Brody, speaking to state "
        "television from the European Union summit in Brussels, was puzzled by the news.",
        "2031-12-19",
    )
    assert (visit.roles["host_state"], visit.place) == ("BEL", "Brussels")
    assert visit.attributes["status"] == "ongoing"


def test_a_meeting_set_off_by_commas_undated_is_the_news_of_the_day() -> None:
    (visit,) = visits(
        "Irish Prime Minister Sean Brody, meeting Belgian Prime Minister Jan Peeters in Brussels, said "
        "ties were good.",
        "2031-12-19",
    )
    assert visit.attributes["status"] == "ongoing"


def test_one_stop_called_off_after_the_visitor_came_leaves_the_visit_going() -> None:
    (visit,) = visits(
        "OTTAWA, April 12 -- Kenyan Prime Minister Joseph Otieno cancelled a planned visit to Quebec on "
        "his doctor's advice to rest in Ottawa, officials said Saturday. Officials said Otieno had a busy "
        "schedule after his arrival here Thursday straight from London. He will fly to Toronto on Sunday "
        "for talks.",
        "2031-04-12",
    )
    assert visit.roles["host_state"] == "CAN"
    assert (visit.date, visit.attributes["status"]) == ("2031-04-10", "ongoing")


def test_a_visit_called_off_before_the_visitor_came_is_cancelled() -> None:
    (visit,) = visits(
        "Kenyan Prime Minister Joseph Otieno cancelled a planned visit to Canada on his doctor's advice, "
        "officials said Saturday.",
        "2031-04-12",
    )
    assert visit.attributes["status"] == "cancelled"


def test_announced_here_in_a_datelined_story_is_a_stay_in_the_datelines_city() -> None:
    (visit,) = visits(
        "KINSHASA, April 30 -- The two leaders will meet on a ship, US envoy Tom Hale announced here. "
        "The news came after Hale met President Kasa Lumbi for a second time in two days. Between those "
        "talks he met rebel leader Paul Mbala in the rebel-held town of Lubumbashi.",
        "2031-04-30",
    )
    assert (visit.roles["host_state"], visit.place) == ("COD", "Kinshasa")
    assert visit.attributes["status"] == "ongoing"


def test_remarks_made_before_his_departure_are_a_report_too() -> None:
    (visit,) = visits(
        "Ghanaian Foreign Minister Kofi Mensah made the remarks at a news conference before his departure "
        "for Beijing for the talks.",
        "2031-04-23",
    )
    assert visit.attributes["status"] == "ongoing"

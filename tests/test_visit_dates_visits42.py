"""Visit dates from the time expressions of the trip's own clause, or the story's own day for the
day's news (issue 9, twenty-seventh session, helper visits42): an announcing clause's day, an
event the trip is counted from ("a day before the summit"), a yearless month-day of a trip gone by,
"in three days", the lead's day for a trip told done or seen in the opening, a departure from home,
and a day told of the trip just before a start reckoned from its end.

Every sentence here is written for the tests (invented people, real countries). 2031-04-16 is a
Wednesday."""

from __future__ import annotations

import diplotext

WEDNESDAY = "2031-04-16"


def visits(text: str, published: str = WEDNESDAY) -> list[tuple[str, str, str | None, str]]:
    doc = diplotext.extract(text, published=published)
    assert not [e for e in doc.errors if e.plugin in ("visits", "actors", "clauses")], doc.errors
    return [
        (e.roles["visitor"], e.roles["host_state"], e.date, e.attributes["status"])
        for e in doc.events
        if e.type == "visit"
    ]


def dates_of(text: str, published: str = WEDNESDAY) -> dict[tuple[str, str], str | None]:
    return {(v, h): d for v, h, d, _ in visits(text, published)}


# -- an announcing clause tells the day of the telling, not of the trip --------------------------


def test_the_day_a_trip_was_announced_is_not_its_day() -> None:
    got = dates_of(
        "Peru\n\nGerman Chancellor Hans Vogel will visit Peru. The trip was announced on Tuesday "
        "and will start on May 3."
    )
    assert got == {("Hans Vogel", "PER"): "2031-05-03"}  # the conjunct's start, not next Tuesday


def test_a_confirmation_gives_a_planned_trip_no_day() -> None:
    got = visits("Peru\n\nThe German government on Monday confirmed Chancellor Hans Vogel's visit to Peru.")
    assert got == [("Hans Vogel", "PER", None, "planned")]


def test_an_announced_trip_noun_takes_the_day_of_its_holding() -> None:
    got = visits(
        "Peru\n\nGerman Chancellor Hans Vogel's visit to Peru was announced on Tuesday and will take "
        "place on May 3."
    )
    assert got == [("Hans Vogel", "PER", "2031-05-03", "planned")]


# -- a trip counted from another event's day -------------------------------------------------------


def test_a_day_before_the_summit_is_the_eve_of_its_day() -> None:
    for offset in ("a day before the summit", "on the eve of the summit"):
        got = dates_of(
            "Summit\n\nThe summit opens in Lusaka on May 12. Angolan President Jose Neto will arrive "
            f"in Zambia {offset}."
        )
        assert got == {("Jose Neto", "ZMB"): "2031-05-11"}, offset


def test_the_offset_moves_the_events_day_told_in_the_same_clause() -> None:
    got = dates_of(
        "Summit\n\nAngolan President Jose Neto will visit Zambia two weeks after the conference in "
        "Lusaka on May 2."
    )
    assert got == {("Jose Neto", "ZMB"): "2031-05-16"}
    # the trip's own day, told before the offset, stays
    got = dates_of(
        "Summit\n\nAngolan President Jose Neto will arrive in Zambia on May 10, two days before the "
        "summit in Lusaka on May 12."
    )
    assert got == {("Jose Neto", "ZMB"): "2031-05-10"}


def test_a_vague_count_after_an_event_keeps_its_month() -> None:
    got = visits(
        "Summit\n\nThe summit closed in Lusaka on Sunday. Angolan President Jose Neto visited Zambia "
        "days after the summit."
    )
    assert got == [("Jose Neto", "ZMB", "2031-04", "completed")]


# -- a trip gone by is never ahead of publication --------------------------------------------------


def test_a_yearless_month_day_of_a_past_trip_is_last_years() -> None:
    got = visits(
        "Chile\n\nCanadian Foreign Minister Claire Dubois, who visited Chile on May 3, said on "
        "Wednesday that trade was growing."
    )
    assert got == [("Claire Dubois", "CHL", "2030-05-03", "completed")]
    assert dates_of("Chile\n\nCanadian Foreign Minister Claire Dubois will visit Chile on May 3.") == {
        ("Claire Dubois", "CHL"): "2031-05-03"
    }


# -- a length from now ------------------------------------------------------------------------------


def test_a_length_after_in_dates_a_planned_trip_from_publication() -> None:
    trip = "Chile\n\nKenyan Foreign Minister Amina Odhiambo will visit Chile in {}."
    assert dates_of(trip.format("three days")) == {("Amina Odhiambo", "CHL"): "2031-04-19"}
    assert dates_of(trip.format("two weeks' time")) == {("Amina Odhiambo", "CHL"): "2031-W18"}
    assert dates_of(trip.format("a month")) == {("Amina Odhiambo", "CHL"): "2031-05"}
    # a count of visits, or the stay's length, is no day ahead
    assert dates_of(
        "Chile\n\nKenyan Foreign Minister Amina Odhiambo will pay her first visit to Chile in two months."
    ) == {("Amina Odhiambo", "CHL"): None}
    assert dates_of(trip.replace(" in ", " for ").format("three days")) == {("Amina Odhiambo", "CHL"): None}


# -- the lead's day for the day's news -------------------------------------------------------------


def test_an_undated_trip_told_done_in_the_opening_is_of_the_leads_day() -> None:
    got = dates_of(
        "Summit ends\n\nSudanese President Omar Abdalla arrived on Monday in Sanya, a city in southern "
        "China. In another development, Liberian President Grace Toe visited Shenyang, an "
        "industrial base in northern China, to inspect local industries.",
        "2031-04-14",
    )
    assert got[("Grace Toe", "CHN")] == "2031-04-14"
    # a lead's day older than the day before publication is not the day's news
    got = dates_of(
        "Talks\n\nTrade talks opened in Accra on Monday. Kenyan Trade Minister Joseph Otieno "
        "visited Ghana to take part."
    )
    assert got == {("Joseph Otieno", "GHA"): None}


def test_an_arrival_told_in_a_relative_of_the_opening_is_of_the_leads_day() -> None:
    got = dates_of(
        "Bombings\n\nTwo car bombs shook Baghdad on Sunday. The bloodshed formed a bleak setting for "
        "a surprise visit by Danish Prime Minister Lars Holm, who flew in to back Iraqi Prime "
        "Minister Ali Hassan. Holm later flew on to Mosul "
        "in the north of the country.",
        "2031-04-13",
    )
    assert got == {("Lars Holm", "IRQ"): "2031-04-13"}
    # a flight on to another state leaves the stay: no day of the lead
    got = dates_of(
        "Bombings\n\nTwo car bombs shook Baghdad on Sunday. The bloodshed formed a bleak setting for "
        "a surprise visit by Danish Prime Minister Lars Holm, who flew in to back Iraqi Prime "
        "Minister Ali Hassan. Holm flew from Baghdad to Amman.",
        "2031-04-13",
    )
    assert got[("Lars Holm", "IRQ")] is None


def test_a_visiting_guest_told_the_day_after_is_there_on_the_leads_day() -> None:
    got = visits(
        "Crisis\n\nClashes erupted in Gaza on Monday over the date of a new vote. The Palestinian "
        "president gained backing for the vote from visiting British Prime Minister Tom Lister.",
        "2031-04-15",
    )
    assert got == [("Tom Lister", "PSE", "2031-04-14", "ongoing")]


# -- a stay begun by leaving home ------------------------------------------------------------------


def test_a_stay_going_on_begins_the_day_the_visitor_left_home() -> None:
    led = dates_of(
        "Norway\n\nChilean Senate President Rosa Araya is heading a cross-party delegation on a "
        "four-day visit to Norway. The delegation, which departed from Santiago on Sunday, has six "
        "senators."
    )
    assert led == {("Rosa Araya", "NOR"): "2031-04-13"}
    she = dates_of(
        "Norway\n\nChilean Senate President Rosa Araya is in Norway for a four-day visit. She left "
        "Santiago on Sunday."
    )
    assert she == {("Rosa Araya", "NOR"): "2031-04-13"}
    # leaving a city of another state is no start of this stay
    other = dates_of(
        "Norway\n\nChilean Senate President Rosa Araya is in Norway for a visit. She left Lima on Sunday."
    )
    assert other[("Rosa Araya", "NOR")] == WEDNESDAY


# -- a start reckoned from the end yields to a day told of the trip --------------------------------


def test_a_reception_just_before_a_reckoned_start_is_the_start() -> None:
    got = dates_of(
        "Home again\n\nThai King Chai Rama returned to Bangkok on Monday after a four-day state visit "
        "to Sweden.\n\nDuring the visit, His Majesty was received by King Erik Berg at the royal "
        "palace in Stockholm on April 10 and held talks with Prime Minister Anna Lind."
    )
    # four days back from Monday is Friday the 11th; the reception was the day before
    assert got == {("Chai Rama", "SWE"): "2031-04-10"}


# -- a stay a stated length before the news present ------------------------------------------------


def test_a_stay_told_a_week_before_the_news_present_is_dated_back() -> None:
    got = visits(
        "Resignation\n\nThe resignation comes one week after Fiji's Trade Minister Jone Rabuka was in "
        "Wellington for talks."
    )
    assert got == [("Jone Rabuka", "NZL", "2031-04-09", "completed")]


# -- a tour's other stops take the month of its dated stop -----------------------------------------


def test_the_other_stops_a_tour_includes_take_its_month() -> None:
    got = dates_of(
        "Tour\n\nBrazilian President Paulo Reis visited Ghana on April 7 as part of a three-nation tour "
        "which also included Senegal and Mali."
    )
    assert got == {
        ("Paulo Reis", "GHA"): "2031-04-07",
        ("Paulo Reis", "SEN"): "2031-04",
        ("Paulo Reis", "MLI"): "2031-04",
    }
    got = dates_of(
        "Tour\n\nBrazilian President Paulo Reis will visit Ghana on May 7 as part of a three-nation tour "
        "which will also include Senegal and Mali."
    )
    assert got[("Paulo Reis", "SEN")] == "2031-05"


# -- an arrival still to come, told next with no place ---------------------------------------------


def test_an_arrival_told_next_by_a_pronoun_dates_the_planned_trip() -> None:
    got = dates_of(
        "Ghana\n\nUgandan President Sam Okello has not yet arrived in Accra. An aide said he would "
        "touch down on Friday afternoon."
    )
    assert got == {("Sam Okello", "GHA"): "2031-04-18"}
    # an arrival in another place is not this trip's
    other = dates_of(
        "Ghana\n\nUgandan President Sam Okello has not yet arrived in Accra. An aide said he would "
        "touch down in Lagos on Friday afternoon."
    )
    assert other.get(("Sam Okello", "GHA")) is None

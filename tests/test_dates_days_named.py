"""The ``dates`` plugin: days counted from the day a news text named (the eighth dates session of
issue 11), and the forms of that session ("half an hour", "10 o'clock").

Every sentence here is written for these tests. 2011-05-03 is a Tuesday, 2020-02-25 a Tuesday.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplotext.extractors.dates import find_dates
from diplotext.extractors.dates.values import is_timex_value
from diplotext.model import TemporalExpression

TUESDAY = dt.date(2011, 5, 3)


def found(text: str, published: dt.date | None = TUESDAY, mode: str = "news") -> list[TemporalExpression]:
    result = find_dates(text, published, mode=mode)  # type: ignore[arg-type]
    for t in result:
        assert text[t.start : t.end] == t.text
        assert is_timex_value(t.value), (t.text, t.value)
    return result


def values(text: str, published: dt.date | None = TUESDAY, mode: str = "news") -> dict[str, str]:
    return {t.text: t.value for t in found(text, published, mode)}


# ------------------------------------------------------- the parts of a day the text named (news)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The ferry sank on Saturday. Two more bodies were found that night.", "that night", "2011-04-30TNI"),
        (
            "The envoy landed on Sunday and met the king the next morning.",
            "the next morning",
            "2011-05-02TMO",
        ),
        (
            "Rebels took the airport on April 20; the following evening they lost it.",
            "the following evening",
            "2011-04-21TEV",
        ),
        (
            "The strike began yesterday, and the union called it off later that evening.",
            "later that evening",
            "2011-05-02TEV",
        ),
        (
            "The bill passed on April 28. The senate had debated it the day before.",
            "the day before",
            "2011-04-27",
        ),
        ("The dam broke on Sunday afternoon and rescuers arrived that night.", "that night", "2011-05-01TNI"),
        (
            "The board met on Sunday night and the chairman resigned the next morning.",
            "the next morning",
            "2011-05-02TMO",
        ),
    ],
)
def test_a_part_of_the_day_named_before(text: str, phrase: str, value: str) -> None:
    assert values(text)[phrase] == value


def test_early_the_next_morning_keeps_its_mod() -> None:
    got = {
        t.text: t for t in found("The storm hit the coast on Friday; power failed early the next morning.")
    }
    assert (got["early the next morning"].value, got["early the next morning"].mod) == (
        "2011-04-30TMO",
        "START",
    )


def test_that_night_with_no_day_named_is_left_alone() -> None:
    assert "that night" not in values("He spoke to his brother that night, his lawyer said.")


def test_narrative_mode_still_counts_from_the_story() -> None:
    text = "The siege began on 3 March 1815. That night the garrison sallied out."
    assert values(text, mode="narrative")["That night"] == "1815-03-03TNI"


# -------------------------------------------------------------- the next day, the next year


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The minister will fly to Oslo on Monday and return the next day.", "the next day", "2011-05-10"),
        ("Talks broke down on April 12, and the markets fell the next day.", "the next day", "2011-04-13"),
        ("The museum opened in 1998 and was extended the next year.", "the next year", "1999"),
        ("The city will host the games in 2016 and a summit the next year.", "the next year", "2017"),
    ],
)
def test_the_next_unit_from_the_date_named(text: str, phrase: str, value: str) -> None:
    assert values(text)[phrase] == value


def test_the_next_day_or_two_is_not_counted_from_a_day() -> None:
    assert "the next day" not in values("Voting ended on Sunday; a result is due in the next day or two.")


def test_over_the_next_year_stays_with_publication() -> None:
    text = "Sales fell in 2009. The firm expects growth over the next year."
    assert values(text)["the next year"] == "2012"


# ------------------------------------------------------------------------- a clock time's day


def test_a_clock_after_a_morning_belongs_to_that_morning() -> None:
    text = "A warehouse caught fire yesterday morning. Crews had it under control by 9:15 a.m."
    assert values(text)["9:15 a.m."] == "2011-05-02T09:15"


def test_a_clock_after_a_night_is_not_that_nights() -> None:
    text = "Two blasts shook the port on Sunday night, police said. Traffic had resumed by noon."
    assert values(text)["noon"] == "2011-05-03T12:00"


@pytest.mark.parametrize(
    ("text", "clock", "twin", "day"),
    [
        (
            "The tremor struck at 4:10 a.m. local time (0210 GMT) on April 29.",
            "4:10 a.m.",
            "0210 GMT",
            "2011-04-29",
        ),
        ("The curfew starts at 9 p.m. CEST (1900 UTC) tomorrow.", "9 p.m. CEST", "1900 UTC", "2011-05-04"),
    ],
)
def test_a_clock_and_its_twin_in_brackets_take_the_day_after_them(
    text: str, clock: str, twin: str, day: str
) -> None:
    got = values(text)
    assert got[clock][:10] == day
    assert got[twin][:10] == day


def test_a_day_in_another_clause_after_the_brackets_is_not_the_clocks() -> None:
    got = values("The booths open at 07:00 (0500 GMT), officials said on Friday.")
    assert got["07:00"] == "2011-05-03T07:00"


# ------------------------------------------------------------------------------- forms


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The hearing lasted half an hour.", "half an hour", "PT30M"),
        ("The country has waited half a century for a free vote.", "half a century", "P50Y"),
        ("The ceasefire held for half a year.", "half a year", "P6M"),
        ("The crew was paid for half a day.", "half a day", "PT12H"),
    ],
)
def test_half_a_unit(text: str, phrase: str, value: str) -> None:
    assert values(text)[phrase] == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The gates close at 10 o'clock.", "10 o'clock", "2011-05-03T10:00"),
        ("The raid began at 3 o’clock in the morning.", "3 o’clock in the morning", "2011-05-03T03:00"),
    ],
)
def test_o_clock(text: str, phrase: str, value: str) -> None:
    assert values(text)[phrase] == value


def test_a_programme_title_is_no_clock_time() -> None:
    assert not found("She read the headlines on the Nine O'clock Show and the 6 O'clock News.")


@pytest.mark.parametrize(
    ("text", "begin", "end"),
    [
        ("The country mourned him from Wednesday through Friday.", "2011-04-27", "2011-04-29"),
        ("The fair will run Friday through Monday.", "2011-05-06", "2011-05-09"),
    ],
)
def test_a_weekday_range_ends_after_it_begins(text: str, begin: str, end: str) -> None:
    got = [t for t in found(text) if t.type == "DATE"]
    assert [t.value for t in got] == [begin, end]
    assert got[0].range is not None and (got[0].range.begin, got[0].range.end) == (begin, end)


# ------------------------------------------------------- a later day of the month named before


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The junta seized power on March 2, 2008, and the king fled on March 9.", "March 9", "2008-03-09"),
        ("The rebels took the town on 4 June 2009 and lost it on 20 June.", "20 June", "2009-06-20"),
    ],
)
def test_a_later_day_of_the_same_month_takes_its_year(text: str, phrase: str, value: str) -> None:
    assert values(text)[phrase] == value


def test_an_earlier_day_of_that_month_or_another_paragraph_does_not() -> None:
    # nor a day read against publication: its year is a guess the next day should not copy
    got = values(
        "Masks were handed out from as early as March 8. Schools were shut by March 13.",
        dt.date(2011, 10, 18),
    )
    assert got["March 13"] == "2011-03-13"
    assert (
        values("The junta seized power on March 12, 2008. A vote is due on March 2.")["March 2"][:4] != "2008"
    )
    text = "The junta seized power on March 2, 2008.\n\nThe new cabinet will meet on March 9."
    assert values(text)["March 9"][:4] != "2008"


def test_the_same_day_after_a_night_is_not_that_night() -> None:
    text = "The verdict is due on Sunday night. She said earlier the same day that she was calm."
    assert values(text, dt.date(2011, 5, 6))["earlier the same day"] != "2011-05-08"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The warehouse fire started at about 11.45pm last night.",
            "about 11.45pm last night",
            "2011-05-02T23:45",
        ),
        ("The warehouse fire started at 3 a.m. last night.", "3 a.m. last night", "2011-05-03T03:00"),
        ("Troops left at 7 a.m. this morning.", "7 a.m. this morning", "2011-05-03T07:00"),
        ("The ferry docked at 6pm local time on Sunday.", "6pm local time on Sunday", "2011-05-01T18:00"),
    ],
)
def test_a_clock_with_its_day_after_it(text: str, phrase: str, value: str) -> None:
    assert values(text)[phrase] == value


def test_the_night_of_a_date_is_that_date() -> None:
    # AQUAINT tags the date alone in "on the night of Oct. 23": so does the plugin
    got = values("The mayor was attacked on the night of April 12.")
    assert got == {"April 12": "2011-04-12"}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Trade between the two grew fast in the past decades.", "the past decades"),
        ("Droughts have become common in recent decades.", "recent decades"),
        ("Such raids were rare in the past.", "the past"),
    ],
)
def test_a_past_of_some_length(text: str, phrase: str) -> None:
    assert values(text) == {phrase: "PAST_REF"}


# ------------------------------------------------------------------------------ tense cues

FRIDAY = dt.date(2011, 5, 6)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Two hikers died due to a rockfall on Tuesday.", "2011-05-03"),
        ("The road was shut due to the floods on Tuesday.", "2011-05-03"),
        ("The audit is due to the board on Tuesday.", "2011-05-10"),
        ("The tanker is due to dock on Tuesday.", "2011-05-10"),
        ("Later on Tuesday the envoy met the rebels.", "2011-05-03"),
        ("The envoy will meet the rebels later on Tuesday.", "2011-05-10"),
        ("The next largest party, the Greens, had 12 seats as of Tuesday.", "2011-05-03"),
        ("The next round of talks opens on Tuesday.", "2011-05-10"),
    ],
)
def test_due_to_a_cause_later_on_a_day_and_a_rank_are_no_future(text: str, value: str) -> None:
    assert values(text, FRIDAY)["Tuesday"] == value


def test_half_a_unit_keeps_the_modifier_before_it() -> None:
    got = {t.text: t for t in found("The raid lasted nearly half an hour.")}
    assert (got["nearly half an hour"].value, got["nearly half an hour"].mod) == ("PT30M", "LESS_THAN")


def test_the_coming_hours() -> None:
    assert values("More rain is expected in the coming hours.") == {"the coming hours": "FUTURE_REF"}

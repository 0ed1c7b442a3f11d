"""The ``dates`` plugin: classes of the twenty-fourth session (issue 11, helper dates28).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builders import date_texts

THURSDAY = dt.date(2014, 3, 13)  # a Thursday

# ------------------------------------------------------------ a vague length at an edge of a period


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the first days of the blockade, bread ran short.", [("the first days", "PXD")]),
        ("The garrison held out through the final weeks of the siege.", [("the final weeks", "PXW")]),
        ("He wrote little in the early years of the monarchy.", [("the early years", "PXY")]),
        ("Rescuers worked without rest in the first hours of the flood.", [("the first hours", "PTXH")]),
        ("The closing months of the talks were bitter.", [("The closing months", "PXM")]),
        ("She spent the last decades of her life on the coast.", [("the last decades", "PXY")]),
    ],
)
def test_a_vague_length_at_an_edge_of_a_period_is_a_duration(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert date_texts(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a calendar date after "of": a part of that date, not a length (left as it was), beside a
        # period that is no date
        (
            "Ferries stopped in the first days of February, the first days of the strike.",
            [("February", "2014-02"), ("the first days", "PXD")],
        ),
        (
            "The mill closed in the last weeks of 1987, in the last weeks of the boom.",
            [("1987", "1987"), ("the last weeks", "PXW")],
        ),
        # "the early hours of" a day is a part of that day
        (
            "The lorry crashed in the early hours of Tuesday, in the first hours of the thaw.",
            [("Tuesday", "2014-03-11"), ("the first hours", "PTXH")],
        ),
        # a unit with a capital: a title
        (
            "The actor starred in The Final Days of Rome before the first days of the tour.",
            [("the first days", "PXD")],
        ),
        # no "of": no period named
        ("The first days were quiet; the first days of the fair were not.", [("the first days", "PXD")]),
    ],
)
def test_an_edge_of_a_calendar_date_or_a_day_is_no_vague_length(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert date_texts(text, THURSDAY) == expected


# ------------------------------------------------------------ a length with neither count nor unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry service has been suspended for some time.", [("some time", "PXM")]),
        ("The pumps ran for a while and then stopped.", [("a while", "PXM")]),
        ("Repairing the bridge will take quite some time.", [("quite some time", "PXM")]),
        ("The jury deliberated for a little while.", [("a little while", "PXM")]),
        ("The mill has been idle for some time now.", [("some time", "PXM"), ("now", "PRESENT_REF")]),
    ],
)
def test_some_time_and_a_while_after_for_or_take_are_a_duration(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert date_texts(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a point gone by, no length
        ("The tannery closed some time ago but stayed shut for some time.", [("some time", "PXM")]),
        # no "for" or "take" before it
        ("After a while the crowd left; the band played for a while.", [("a while", "PXM")]),
        # "some time after": a point
        ("The ferry runs for some time after dusk, and it took some time.", [("some time", "PXM")]),
        ("He had been a sailor at some time, though only for a while.", [("a while", "PXM")]),
    ],
)
def test_some_time_that_is_no_length_is_left_alone(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, THURSDAY) == expected


def test_a_vague_length_outside_the_scanned_spans_is_not_added() -> None:
    from diplotext.extractors.dates import find_dates

    text = "Title line for a while.\n\nThe pumps ran for a while."
    body = (text.index("The pumps"), len(text))
    found = find_dates(text, THURSDAY, [body])
    assert [(t.text, t.start) for t in found] == [("a while", text.rindex("a while"))]


# ------------------------------------------------------------ a vague count before a unit adjective


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She left after a several-year stint as harbour master.", [("several-year", "PXY")]),
        ("The rowing club agreed a multi-year lease on the boathouse.", [("multi-year", "PXY")]),
        ("The chess congress is a multi-day affair.", [("multi-day", "PXD")]),
        ("A few-month pause in the dredging was agreed.", [("few-month", "PXM")]),
    ],
)
def test_a_vague_count_before_a_unit_adjective_is_a_duration(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert date_texts(text, THURSDAY) == expected


# ------------------------------------------------------------ "follows months of"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The truce follows months of skirmishes along the river.", [("months", "PXM")]),
        ("The ruling followed years of appeals by the fishermen.", [("years", "PXY")]),
    ],
)
def test_a_vague_length_after_follows_is_a_duration(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, THURSDAY) == expected


# ------------------------------------------------------------ a date still to be set


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rest of the grain will be shipped at a later date.", [("a later date", "FUTURE_REF")]),
        ("The hearing was adjourned to a future date.", [("a future date", "FUTURE_REF")]),
        # earlier than planned is no past; only the later date is one
        (
            "The match moved to an earlier date, the final to a later date.",
            [("a later date", "FUTURE_REF")],
        ),
    ],
)
def test_a_date_still_to_be_set_is_future_ref(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_texts(text, THURSDAY) == expected

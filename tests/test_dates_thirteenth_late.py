"""The ``dates`` plugin: a bare ordinal day ("on the 15th"), "the weekend of April 6", "overnight
Saturday" and "the night before" (the thirteenth session, issue 11, dates15).

Every sentence here is written for these tests. 2011-05-03 is a Tuesday.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builders import tuesday_texts as texts
from diplotext.extractors.dates import find_dates

# ------------------------------------------------------------- "on the 15th", "by the 3rd"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the month the text named last before it
        ("The levy was raised in March. It was cut again on the 12th.", ("the 12th", "2011-03-12")),
        (
            "Ballots were counted in January 2009, and on the 20th, the winner took office.",
            ("the 20th", "2009-01-20"),
        ),
        ("The ferry ran daily in June 2010 but stopped after the 2nd.", ("the 2nd", "2010-06-02")),
        # none named: publication's month, or the one before or after, as the tense goes
        ("The committee will meet again on the 15th.", ("the 15th", "2011-05-15")),
        ("The plant reopened on the 1st after repairs.", ("the 1st", "2011-05-01")),
        ("Workers struck on the 28th, the union said.", ("the 28th", "2011-04-28")),
        ("The council will decide by the 2nd, a spokesman said.", ("the 2nd", "2011-06-02")),
        ("Talks between the parties resume on the 20th and again in July.", ("the 20th", "2011-05-20")),
        ("The clinic closed on the 2nd, a day after the fire.", ("the 2nd", "2011-05-02")),
    ],
)
def test_a_bare_ordinal_is_a_day_of_the_month_in_context(text: str, expected: tuple[str, str]) -> None:
    assert expected in texts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The abbey dates from the 12th century.",  # a noun follows
        "She finished the 3rd in her heat.",  # no preposition before it
        "The firm celebrated the 25th anniversary of its founding.",
        "He lives on the 4th floor of the tower.",
        "They met for the 21st time on Monday.",
    ],
)
def test_an_ordinal_that_is_no_day_is_left_alone(text: str) -> None:
    assert not [t for t in texts(text) if t[0].startswith("the ") and len(t[1]) == 10]


def test_a_month_named_in_an_earlier_paragraph_does_not_reach() -> None:
    text = "Rents rose in February.\n\nThe new rules take effect on the 15th."
    assert ("the 15th", "2011-05-15") in texts(text)


def test_a_bare_ordinal_without_publication_is_not_read() -> None:
    assert find_dates("The vote is set for polling on the 9th.", None) == []


# ------------------------------------------------------------- "the weekend of April 6"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A march is planned for the weekend of May 14.", ("the weekend of May 14", "2011-W19-WE")),
        (
            "The festival fills the town over the weekend of 25 June.",
            ("the weekend of 25 June", "2011-W25-WE"),
        ),
        (
            "The storm hit the coast the weekend of March 12, 2005.",
            ("the weekend of March 12, 2005", "2005-W10-WE"),
        ),
        ("Crews will close the bridge the week of May 23.", ("the week of May 23", "2011-W21")),
    ],
)
def test_the_weekend_of_a_date_is_the_weekend_of_its_week(text: str, expected: tuple[str, str]) -> None:
    got = texts(text)
    assert expected in got
    assert not any(t[0] == "the weekend" for t in got)  # not publication's weekend


# ------------------------------------------------------------- "overnight Saturday"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen raided the depot overnight Saturday.", ("overnight Saturday", "2011-04-30TNI")),
        ("Snow fell across the hills Sunday overnight.", ("Sunday overnight", "2011-05-01TNI")),
        ("The ferry sank late Friday night off the cape.", ("late Friday night", "2011-04-29TNI")),
        ("Crews will work overnight Thursday to clear the line.", ("overnight Thursday", "2011-05-05TNI")),
    ],
)
def test_a_weekday_with_a_night_part(text: str, expected: tuple[str, str]) -> None:
    assert expected in texts(text)


# ------------------------------------------------------------- "the night before", "the morning after"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The miners walked out on March 9. The night before, they had voted.",
            ("The night before", "2011-03-08TNI"),
        ),
        (
            "The verdict came on Friday; the evening before, the jury asked for the files.",
            ("the evening before", "2011-04-28TEV"),
        ),
        (
            "The dam burst on April 20. The morning after, the valley was under water.",
            ("The morning after", "2011-04-21TMO"),
        ),
        (
            "The border shut on April 2, 2009. The day before, guards had fled.",
            ("The day before", "2009-04-01"),
        ),
    ],
)
def test_a_night_before_a_dated_event(text: str, expected: tuple[str, str]) -> None:
    assert expected in texts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nobody slept the night before.",  # no day named before it
        "The troops rested the night before the assault on Monday.",  # before an event, not a day
    ],
)
def test_a_night_before_with_no_day_before_it_is_left_alone(text: str) -> None:
    assert not [t for t in texts(text) if "before" in t[0]]


def test_narrative_mode_counts_from_the_story() -> None:
    text = "The siege of the port began on 4 June 1761. The night before, the guns were moved."
    got = [(t.text, t.value) for t in find_dates(text, dt.date(2011, 5, 3), mode="narrative")]
    assert ("The night before", "1761-06-03TNI") in got

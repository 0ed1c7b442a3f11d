"""The ``dates`` plugin: a background paragraph goes on through years told from the year it named
("In 2004, ... The next year, ... on June 14"), and a season there is of its year ("In 2002, ...
In the summer, ..."); the twenty-fourth session, issue 11, helper dates29.

Every sentence here is written for these tests. 2011-05-03 is a Tuesday.
"""

from __future__ import annotations

import pytest

from builders import TUESDAY
from builders import tuesday_texts as texts
from diplotext.extractors.dates import find_dates

# ------------------------------------------------------------- years told from the year named


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "The next year" opens the sentence: the days and months after it are of 2005
            "The mill opened in 2004. The next year, its owners sold it on June 14. "
            "In August, the new owners closed it.",
            [("2004", "2004"), ("The next year", "2005"), ("June 14", "2005-06-14"), ("August", "2005-08")],
        ),
        (  # "That year" keeps the paragraph in the year named
            "In 2003 the ferry line was founded. That year, the first boat sailed on September 20.",
            [("2003", "2003"), ("That year", "2003"), ("September 20", "2003-09-20")],
        ),
        (  # "The following year" moves it on, a month after it follows
            "In 2006 the league was formed. The following year, in October, its first season began.",
            [("2006", "2006"), ("The following year", "2007"), ("October", "2007-10")],
        ),
    ],
)
def test_a_year_told_from_the_year_named_goes_on_with_the_background(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert texts(text) == expected


def test_the_year_told_is_anchored_on_the_year_named() -> None:
    found = find_dates("In 2004 the mill opened. The next year, it was sold.", TUESDAY)
    assert [(t.text, t.anchor) for t in found] == [("2004", None), ("The next year", "2004")]


def test_a_year_told_from_a_year_said_against_publication_makes_no_background() -> None:
    # "last year ... The year before" is no paragraph of the years gone by: "in March" is this one
    assert texts("Exports rose last year. The year before, they fell. In March they were flat.") == [
        ("last year", "2010"),
        ("The year before", "2009"),
        ("March", "2011-03"),
    ]


# ------------------------------------------------------------- seasons in a background paragraph


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2002, the canal was drained. In the summer, divers searched its bed.",
            [("2002", "2002"), ("the summer", "2002-SU")],
        ),
        (
            "In 2002, the canal was drained. In summer, divers searched its bed.",
            [("2002", "2002"), ("summer", "2002-SU")],
        ),
        (  # "That autumn" keeps the paragraph in its year: "By winter" is still 2002's
            "In 2002, the canal was drained. That autumn the locks were mended. By winter it was full again.",
            [("2002", "2002"), ("That autumn", "2002-FA"), ("winter", "2002-WI")],
        ),
        (  # a date of the year inside a sentence leaves the opening one in place
            "In 2002, the canal was drained on March 9. In the summer, divers searched its bed.",
            [("2002", "2002"), ("March 9", "2002-03-09"), ("the summer", "2002-SU")],
        ),
    ],
)
def test_a_season_in_a_background_paragraph_is_of_its_year(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert texts(text) == expected


def test_a_season_ahead_in_a_background_paragraph_is_told_from_now() -> None:
    # a future clause is told from publication: the coming summer
    assert texts("In 2002, the canal was drained. It will be drained again in the summer.") == [
        ("2002", "2002"),
        ("the summer", "2011-SU"),
    ]


def test_a_season_with_no_background_is_unchanged() -> None:
    found = texts("The canal was drained. In the summer, divers searched its bed.")
    assert found == [("the summer", "2010-SU")]

"""The ``dates`` plugin: forms, values, traps, tense, offsets, anchors and speed on bad input.

Every sentence here is written for these tests. Publication dates are chosen so the weekday maths is
easy to check by hand: 2011-09-12 and 2005-11-16 are a Monday and a Wednesday.
"""

from __future__ import annotations

import datetime as dt
import itertools
import subprocess
import sys
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import diplotext
from diplotext.extractors.dates import find_dates
from diplotext.model import TemporalExpression

MONDAY = dt.date(2011, 9, 12)
WEDNESDAY = dt.date(2005, 11, 16)


def found(text: str, published: dt.date | None = WEDNESDAY) -> list[TemporalExpression]:
    result = find_dates(text, published)
    for t in result:
        assert text[t.start : t.end] == t.text
    return result


def only(text: str, phrase: str, published: dt.date | None = WEDNESDAY) -> TemporalExpression:
    """The one expression whose text is ``phrase``."""
    hits = [t for t in found(text, published) if t.text == phrase]
    assert len(hits) == 1, (phrase, [t.text for t in found(text, published)])
    return hits[0]


def texts(text: str, published: dt.date | None = WEDNESDAY) -> list[str]:
    return [t.text for t in found(text, published)]


# --------------------------------------------------------------------------- the listed forms

FORMS = [
    # sentence, expression, type, value, mod
    ("The accord was signed on 12 April 2012 in Geneva.", "12 April 2012", "DATE", "2012-04-12", None),
    ("The accord was signed on Sept. 12, 2011 in Geneva.", "Sept. 12, 2011", "DATE", "2011-09-12", None),
    (
        "Posted September 12, 2011 09:00 pm by the desk.",
        "September 12, 2011 09:00 pm",
        "TIME",
        "2011-09-12T21:00",
        None,
    ),
    ("The envoy first came in 2006 and stayed.", "2006", "DATE", "2006", None),
    ("The envoy first came in November 2006 and stayed.", "November 2006", "DATE", "2006-11", None),
    ("Relations thawed in the 1990s after the war.", "the 1990s", "DATE", "199", None),
    ("Relations thawed in the late 1990s after the war.", "the late 1990s", "DATE", "199", "END"),
    ("The pipeline opened in mid-2005 to fanfare.", "mid-2005", "DATE", "2005", "MID"),
    ("The two leaders met last year in Oslo.", "last year", "DATE", "2004", None),
    ("The two leaders will meet next month in Oslo.", "next month", "DATE", "2005-12", None),
    ("The two leaders meet this week in Oslo.", "this week", "DATE", "2005-W46", None),
    ("Delegates gathered for a three-day summit.", "three-day", "DURATION", "P3D", None),
    ("He was the first minister to go there in six years.", "six years", "DURATION", "P6Y", None),
    (
        "The talks have dragged on for more than four years.",
        "more than four years",
        "DURATION",
        "P4Y",
        "MORE_THAN",
    ),
    ("The court ruled the term lasts about two decades.", "about two decades", "DURATION", "P20Y", "APPROX"),
    ("The deal must be sealed by the end of the year.", "the end of the year", "DATE", "2005", "END"),
    ("Elections are planned for early next year.", "early next year", "DATE", "2006", "START"),
    ("Profit rose in the third quarter of 2004.", "the third quarter of 2004", "DATE", "2004-Q3", None),
    ("Profit rose in the third quarter, the firm said.", "the third quarter", "DATE", "2005-Q3", None),
    ("Spending was cut in fiscal 2004 by a tenth.", "fiscal 2004", "DATE", "2004", None),
    ("The ships sailed last summer from the port.", "last summer", "DATE", "2005-SU", None),
    ("Ice closed the port in the winter of 1998.", "the winter of 1998", "DATE", "1998-WI", None),
    ("The empire fell more than 1,300 years ago.", "more than 1,300 years ago", "DATE", "0705", "BEFORE"),
    ("The treaty was signed two years ago in Rome.", "two years ago", "DATE", "2003", None),
    ("Troops left the city yesterday after talks.", "yesterday", "DATE", "2005-11-15", None),
    ("The minister flew home this morning after talks.", "this morning", "TIME", "2005-11-16TMO", None),
    ("The minister flew home on Monday night after talks.", "Monday night", "TIME", "2005-11-14TNI", None),
    ("The team arrived at 9:30 a.m. local time.", "9:30 a.m.", "TIME", "2005-11-16T09:30", None),
    ("Ties were broken in the 21st century by trade.", "the 21st century", "DATE", "20", None),
    ("The visit is the first since 1989-11-09 for any minister.", "1989-11-09", "DATE", "1989-11-09", None),
    ("The two states hold talks every year in May.", "every year", "SET", "P1Y", None),
]


@pytest.mark.parametrize(("sentence", "phrase", "type_", "value", "mod"), FORMS)
def test_form(sentence: str, phrase: str, type_: str, value: str, mod: str | None) -> None:
    t = only(sentence, phrase)
    assert (t.type, t.value, t.mod) == (type_, value, mod)


def test_sets_carry_quant_and_freq() -> None:
    annual = only("The summit is held annually in the capital.", "annually")
    assert (annual.type, annual.value, annual.quant) == ("SET", "P1Y", "EVERY")
    twice = only("Ministers meet twice a year to review it.", "twice a year")
    assert (twice.type, twice.value, twice.freq) == ("SET", "P1Y", "2X")
    weekly = only("Inspectors report to the council every Thursday now.", "every Thursday")
    assert (weekly.type, weekly.value) == ("SET", "XXXX-WXX-4")


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("The rules apply now to every member.", "now", "PRESENT_REF"),
        ("At the moment no talks are planned.", "At the moment", "PRESENT_REF"),
        ("The two sides recently resumed contacts.", "recently", "PAST_REF"),
        ("Such disputes belong to the past, he said.", "the past", "PAST_REF"),
        ("Both hope to trade more in the future.", "the future", "FUTURE_REF"),
    ],
)
def test_vague_references(sentence: str, phrase: str, value: str) -> None:
    assert only(sentence, phrase).value == value


def test_month_alone_after_a_preposition_takes_the_publication_year() -> None:
    text = "From Jan. to Oct. this year exports rose, and in November they fell."
    values = {t.text: t.value for t in found(text, dt.date(2005, 11, 30))}
    assert values == {"Jan.": "2005-01", "Oct.": "2005-10", "this year": "2005", "November": "2005-11"}


def test_month_and_day_without_a_year_takes_the_nearest_year() -> None:
    assert (
        only("The law takes effect on January 1.", "January 1", dt.date(2006, 12, 20)).value == "2007-01-01"
    )
    assert only("The vote was held on Dec. 15.", "Dec. 15", dt.date(2006, 1, 5)).value == "2005-12-15"


def test_previous_year_follows_the_year_it_is_compared_with() -> None:
    text = "Trade was up a third on the previous year in 2004, officials said."
    assert only(text, "the previous year", dt.date(2005, 11, 30)).value == "2003"


def test_more_forms() -> None:
    got = {
        t.text: t.value for t in found("In FY2005, in the '80s and in nineteen ninety-six, on Christmas Eve.")
    }
    assert got == {
        "FY2005": "2005",
        "the '80s": "198",
        "nineteen ninety-six": "1996",
        "Christmas Eve": "2005-12-24",
    }
    assert only("The loan runs 2 1/2 years.", "2 1/2 years").value == "P2Y6M"
    assert only("Results came 9/12/2011 at noon.", "9/12/2011").value == "2011-09-12"


def test_the_following_year_follows_the_story() -> None:
    text = "The party won in 1998, and the following year it lost."
    assert only(text, "the following year").value == "1999"


def test_financial_report_compares_the_same_quarter() -> None:
    text = (
        "Profit in the third quarter rose to $5 million from $3 million a year ago. "
        "Sales in the latest quarter were flat; the year-ago period had a charge."
    )
    got = {t.text: t.value for t in found(text, dt.date(1989, 11, 2))}
    assert got == {
        "the third quarter": "1989-Q3",
        "a year ago": "1988-Q3",
        "the latest quarter": "1989-Q3",
        "the year-ago period": "1988-Q3",
    }


# --------------------------------------------------------------------------- ranges


def test_day_range_gives_two_dates() -> None:
    got = [(t.text, t.value) for t in found("The forum runs November 3-4 in Lima.")]
    assert got == [("November 3", "2005-11-03"), ("4", "2005-11-04")]
    got = [(t.text, t.value) for t in found("The fair runs from Dec. 4 to 15 in Lima.")]
    assert got == [("Dec. 4", "2005-12-04"), ("15", "2005-12-15")]


def test_year_range_gives_two_years() -> None:
    got = [(t.text, t.value) for t in found("The 2006-2010 plan was approved.")]
    assert got == [("2006", "2006"), ("2010", "2010")]


def test_weekday_before_a_date_is_one_expression_with_that_date() -> None:
    got = [(t.text, t.value) for t in found("The leaders met in Moscow, Monday, Sept. 12, 2011.", None)]
    assert got == [("Monday, Sept. 12, 2011", "2011-09-12")]


# --------------------------------------------------------------------------- weekdays and tense


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The minister arrived in Paris on Monday for talks.", "2005-11-14"),
        ("The minister said Friday that talks had failed.", "2005-11-11"),
        ("The minister will arrive in Paris on Friday for talks.", "2005-11-18"),
        ("The minister is due to arrive in Paris Friday.", "2005-11-18"),
        ("The minister is to visit Paris on Monday.", "2005-11-21"),
        ("The minister spoke to reporters on Wednesday.", "2005-11-16"),
        ("The minister will speak to reporters on Wednesday.", "2005-11-16"),
        ("The minister met his host last Wednesday.", "2005-11-09"),
        ("The minister meets his host next Tuesday.", "2005-11-22"),
    ],
)
def test_weekday_follows_the_tense(sentence: str, value: str) -> None:
    (t,) = [t for t in found(sentence) if t.type == "DATE"]
    assert t.value == value
    assert t.anchor == "published"


def test_month_follows_the_tense_across_the_year_end() -> None:
    anchor = dt.date(2005, 2, 10)
    assert only("The rebels struck in December near the border.", "December", anchor).value == "2004-12"
    assert only("The envoy will return in December for a vote.", "December", anchor).value == "2005-12"


# --------------------------------------------------------------------------- traps


@pytest.mark.parametrize(
    "sentence",
    [
        "The council passed resolution 1973 after a long debate.",
        "Article 2006 of the code bans it.",
        "The flood left 253 people homeless.",
        "The suspect is 18 years old and lives nearby.",
        "An 18-year-old student was hurt.",
        "The ministers may meet again, aides said.",
        "We will not back down, the minister told them.",
        "Thousands march through the capital each spring for peace.",
        "The Sun reported the story first.",
        "Chelsea beat Arsenal 3-1 in the final.",
        "The bill cost $2006 and took a day to pay.",
        "Call the embassy on 555-2006 for help.",
        "Police said 2000 protesters gathered outside.",
        "The Security Council 1973 text was adopted.",
        "Shares fell 2.5 percent to 1,973 points.",
    ],
)
def test_traps_are_not_dates(sentence: str) -> None:
    bad = [
        t.text
        for t in found(sentence)
        if any(ch.isdigit() for ch in t.text) or t.text in ("may", "March", "Sun")
    ]
    assert bad == []


def test_month_names_as_words_are_skipped() -> None:
    assert "May" not in texts("May the talks succeed, he said.")
    assert "March" not in texts("March organisers said the route was safe.")
    assert texts("The deal was agreed in May and signed in March.") == ["May", "March"]


# --------------------------------------------------------------------------- extents and offsets


def test_span_excludes_leading_preposition() -> None:
    text = "He arrived on Monday, left in 2006 and returned at the end of the year."
    spans = found(text)
    assert [t.text for t in spans] == ["Monday", "2006", "the end of the year"]
    for t in spans:
        assert text[t.start : t.end] == t.text


def test_offsets_point_into_the_article_text() -> None:
    text = "Title line\n\nThe envoy came on Monday.\n\nHe left in November 2006, aides said.\n"
    doc = diplotext.extract(text, published="2011-09-12", layout="body", plugins=["dates"])
    assert [(d.text, d.value) for d in doc.dates] == [("Monday", "2011-09-12"), ("November 2006", "2006-11")]
    for d in doc.dates:
        assert text[d.start : d.end] == d.text
        assert d.plugin == "dates"


def test_partial_dates_keep_their_granularity() -> None:
    values = [t.value for t in found("In 2006, then in November 2006 and on 3 November 2006.", MONDAY)]
    assert values == ["2006", "2006-11", "2006-11-03"]


# --------------------------------------------------------------------------- without a publication date


def test_without_publication_date_relative_values_stay_unresolved() -> None:
    got = {
        t.text: (t.value, t.anchor) for t in found("Last year and on Monday, from Dec. 4, yesterday.", None)
    }
    assert got == {
        "Last year": ("XXXX", None),
        "Monday": ("XXXX-WXX-1", None),
        "Dec. 4": ("XXXX-12-04", None),
        "yesterday": ("XXXX-XX-XX", None),
    }
    assert only("They landed at 9 p.m. on the day.", "9 p.m.", None).value == "XXXX-XX-XXT21:00"
    assert texts("They met at Christmas.", None) == []
    assert only("They met in November 2006.", "November 2006", None).value == "2006-11"


def test_datetime_publication_uses_its_own_date() -> None:
    published = dt.datetime(2011, 9, 12, 21, 0, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))
    assert only("Updated at 09:03 pm after the talks.", "09:03 pm", published).value == "2011-09-12T21:03"  # type: ignore[arg-type]


# --------------------------------------------------------------------------- robustness


@pytest.mark.parametrize(
    "chunk", ["the ", " ", "1 ", "2006-", "a-", "1,", "12/", "more than ", "the end of the "]
)
def test_pathological_megabyte_finishes(chunk: str) -> None:
    text = chunk * (1_000_000 // len(chunk))
    started = time.perf_counter()
    find_dates(text, WEDNESDAY)
    assert time.perf_counter() - started < 30


def _seconds(text: str) -> float:
    started = time.process_time()
    find_dates(text, WEDNESDAY)
    return time.process_time() - started


@pytest.mark.parametrize("chunk", ["May ", "Monday, ", "Monday will ", "Nov. 3-4, "])
def test_dense_input_grows_linearly(chunk: str) -> None:
    find_dates(chunk * 10, WEDNESDAY)  # compile the patterns first
    small = _seconds(chunk * (20_000 // len(chunk)))
    large = _seconds(chunk * (200_000 // len(chunk)))
    assert large < 25 * max(small, 0.01)  # ten times the text: about ten times the time, never a hundred


def test_odd_input_never_crashes() -> None:
    for text in [
        "",
        " ",
        "\x00\u2028",
        "İİİ May 5 2006",
        "Feb. 30, 2011 and 31 April",
        "'99s",
        "13/13/2013",
        "Q5 2006",
    ]:
        for t in find_dates(text, WEDNESDAY):
            assert text[t.start : t.end] == t.text


def test_import_is_cheap() -> None:
    code = "import sys, diplotext.extractors.dates; print('dateparser' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


_PIECES = [
    "May",
    "may",
    "the",
    "last",
    "next",
    "Monday",
    "Sept.",
    "12",
    "2011",
    "1,300",
    "years",
    "ago",
    "-",
    "'",
    "90s",
    "more",
    "than",
    "a",
    "day",
    "early",
    "mid-",
    "Q3",
    "fiscal",
    "9:30",
    "p.m.",
    ",",
    ".",
    "\n",
    "to",
    "every",
    "week",
    "$",
    "%",
    "old",
    "the end of",
    "quarter",
    "İ",
    "\u2028",
    "year",
    "19",
    "Dec.",
    "4",
    "FY",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.sampled_from([None, WEDNESDAY, MONDAY]))
def test_any_mix_of_date_words_is_handled(pieces: list[str], published: dt.date | None) -> None:
    text = " ".join(pieces)
    result = find_dates(text, published)
    for t in result:
        assert text[t.start : t.end] == t.text
        assert t.text.strip() == t.text and t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
    for before, after in itertools.pairwise(result):
        assert before.end <= after.start  # in order, never overlapping


def test_extent_leaves_out_possessive_and_prepositions() -> None:
    assert texts("Friday's vote was held over three years of talks.") == ["Friday", "three years"]
    assert texts("The company reported its third-quarter loss.") == ["third-quarter"]


_DISPATCH_TEXT = (
    "The talks of the past two weeks, in the first quarter of 2011 and the 1990s, ended last Tuesday at "
    "10 p.m.; the next round opens on Nov. 18-19, 2011, 3 days from now, the end of the year or early "
    "next month. He served 12 years, twice a year, in fiscal 2010, from 2009 to 2011, in the spring."
)


@pytest.mark.parametrize("word", ["the", "#", "#4", "last", "next", "early", "november", "tuesday"])
def test_rules_tried_one_by_one_match_as_their_alternation(word: str) -> None:
    import regex

    from diplotext.extractors.dates import dispatch

    names = dispatch.rules_for(word)
    body = "|".join(f"(?P<r_{n}>{dispatch._RULE_TEXT[n]})" for n in names)
    alternation = regex.compile(
        rf"{dispatch._EDGE_BEFORE}(?:{body})(?![\w])", regex.IGNORECASE | regex.VERSION0
    )
    for start in range(len(_DISPATCH_TEXT)):
        one = dispatch.match_at(word, _DISPATCH_TEXT, start, len(_DISPATCH_TEXT))
        whole = alternation.match(_DISPATCH_TEXT, start)
        if one is None or whole is None:
            assert one is whole
            continue
        # the same span, the same rule, every group of the rule in the same place
        assert one.span() == whole.span()
        assert all(one.span(name) == whole.span(name) for name in one.re.groupindex)
        (rule,) = (n for n in one.re.groupindex if n.startswith("r_"))
        assert whole.start(rule) == start

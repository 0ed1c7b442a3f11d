"""The ``dates`` plugin: ranges and intervals, whose two ends carry one ``range`` (begin, end, span).

Every sentence here is written for these tests. Publication: Tuesday 2011-05-03.
"""

from __future__ import annotations

import datetime as dt

import jsonschema
import pytest

import diplotext
from diplotext.extractors.dates import find_dates
from diplotext.model import Document, TemporalExpression, TimexRange, output_schema

PUBLISHED = dt.date(2011, 5, 3)


def found(text: str, published: dt.date | None = PUBLISHED) -> list[TemporalExpression]:
    result = find_dates(text, published)
    for t in result:
        assert text[t.start : t.end] == t.text
        if t.range is not None:
            s, e = t.range.span
            assert s <= t.start and t.end <= e
    return result


def ranges(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[list[str], str, str, str]]:
    """Each range once: the texts of its ends, its begin and end values, and the text it spans."""
    out: dict[TimexRange, list[str]] = {}
    for t in found(text, published):
        if t.range is not None:
            out.setdefault(t.range, []).append(t.text)
    return [(ends, r.begin, r.end, text[r.span[0] : r.span[1]]) for r, ends in out.items()]


@pytest.mark.parametrize(
    ("sentence", "ends", "begin", "end", "span"),
    [
        (
            "The book fair runs April 17-19 in the old hall.",
            ["April 17", "19"],
            "2011-04-17",
            "2011-04-19",
            "April 17-19",
        ),
        (
            "The congress sat 6-15 October 1952 in the capital.",
            ["6", "15 October 1952"],
            "1952-10-06",
            "1952-10-15",
            "6-15 October 1952",
        ),
        (
            "The first republic (1792-1797) fell to a coup.",
            ["1792", "1797"],
            "1792",
            "1797",
            "1792-1797",
        ),
        (
            "Exports grew from 2009 to 2011 at a steady pace.",
            ["2009", "2011"],
            "2009",
            "2011",
            "from 2009 to 2011",
        ),
        (
            "The roads are closed between March and May each year.",
            ["March", "May"],
            "2011-03",
            "2011-05",
            "between March and May",
        ),
        (
            "The counter is open from 10 a.m. to 2 p.m. on weekdays.",
            ["10 a.m.", "2 p.m."],
            "2011-05-03T10:00",
            "2011-05-03T14:00",
            "from 10 a.m. to 2 p.m.",
        ),
        (
            "The harvest of the 1990-91 season was poor.",
            ["1990", "91"],
            "1990",
            "1991",
            "1990-91",
        ),
        (
            "The fund has paid out from 2009 to the present.",
            ["2009", "the present"],
            "2009",
            "PRESENT_REF",
            "from 2009 to the present",
        ),
        (
            "Talks ran from Nov. 28, 2010 through Jan. 4, 2011 in Oslo.",
            ["Nov. 28, 2010", "Jan. 4, 2011"],
            "2010-11-28",
            "2011-01-04",
            "from Nov. 28, 2010 through Jan. 4, 2011",
        ),
    ],
)
def test_ranges_carry_both_ends(sentence: str, ends: list[str], begin: str, end: str, span: str) -> None:
    assert ranges(sentence) == [(ends, begin, end, span)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The vote was moved from March to May by the board.",  # a change of date, not a range
        "The envoys met on Nov. 18 and 19 in Geneva.",  # two days, not a range
        "The plant opened in 2009 and closed in 2011.",
        "Sales in 2011 - a record - beat those of 2009.",  # the end is before the begin
    ],
)
def test_no_range(sentence: str) -> None:
    assert ranges(sentence) == []


def test_each_end_keeps_its_own_value_and_extent() -> None:
    first, second = found("Exports grew from 2009 to 2011.")
    assert (first.text, first.value, second.text, second.value) == ("2009", "2009", "2011", "2011")
    assert first.range is second.range or first.range == second.range


def test_the_range_is_in_the_output_document_and_valid() -> None:
    doc = diplotext.extract(
        "Exports grew from 2009 to 2011, officials said.", published="2011-05-03", layout="body"
    )
    data = doc.to_dict()
    jsonschema.validate(data, output_schema())
    items = [d for d in data["dates"] if d["range"]]
    assert [d["text"] for d in items] == ["2009", "2011"]
    assert items[0]["range"] == {"begin": "2009", "end": "2011", "span": [13, 30]}
    assert all(d["range"] is None for d in data["dates"] if d["text"] not in ("2009", "2011"))
    assert Document.from_dict(data).dates == doc.dates


def test_a_range_checks_its_span() -> None:
    with pytest.raises(ValueError, match="range"):
        TimexRange(begin="2009", end="2011", span=(30, 13))


def test_the_examples_of_the_dates_page_print_what_they_show() -> None:
    import contextlib
    import io
    import re
    from pathlib import Path

    page = (Path(__file__).resolve().parent.parent / "docs" / "dates.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", page, re.DOTALL)
    assert len(blocks) >= 3
    for code in blocks:
        shown = [line[2:] for line in code.splitlines() if line.startswith("# ")]
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(code, "docs/dates.md", "exec"), {})
        assert out.getvalue().splitlines() == shown

"""Narrative mode of the ``dates`` plugin: relative dates follow the story's own time.

Every text here is written for these tests (an invented history of two kingdoms, an invented
diplomat's career). Publication is 2030-05-14, a Tuesday, far after the stories.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pytest

import diplotext
from diplotext.cli import main
from diplotext.extractors.dates import find_dates, time_mode_of
from diplotext.inputs import BadRecord, read_records
from diplotext.model import Article, TemporalExpression

PUBLISHED = dt.date(2030, 5, 14)

HISTORY = (
    "The kingdoms of Ostria and Valmora opened talks on their border in 1921. On 7 February the envoys "
    "met at Lake Dren. Three days later they agreed on a truce. The talks broke down in March."
)


def dates(
    text: str, mode: str = "narrative", published: dt.date | None = PUBLISHED
) -> list[TemporalExpression]:
    found = find_dates(text, published, mode=mode)
    for t in found:
        assert text[t.start : t.end] == t.text
    return found


def value(text: str, phrase: str, mode: str = "narrative", published: dt.date | None = PUBLISHED) -> str:
    """The value of the one expression whose text is ``phrase``."""
    hits = [t for t in dates(text, mode, published) if t.text == phrase]
    assert len(hits) == 1, (phrase, [(t.text, t.value) for t in dates(text, mode, published)])
    return hits[0].value


# --------------------------------------------------------------------------- what anchors what


def test_a_day_without_year_takes_the_year_the_story_is_in() -> None:
    assert value(HISTORY, "7 February") == "1921-02-07"
    assert value(HISTORY, "7 February", mode="news") == "2030-02-07"  # news: nearest publication


def test_relative_days_chain_from_the_last_date_named() -> None:
    text = (
        "On 5 June 1944 the fleet sailed from the southern ports. The next day the first troops landed. "
        "Two days later the harbour was taken, and the following day the general came ashore."
    )
    got = {t.text: (t.value, t.anchor) for t in dates(text)}
    assert got["The next day"] == ("1944-06-06", "1944-06-05")
    assert got["Two days later"] == ("1944-06-08", "1944-06-06")
    assert got["the following day"] == ("1944-06-09", "1944-06-08")


def test_the_anchor_names_the_date_a_value_was_read_against() -> None:
    anchors = {t.text: t.anchor for t in dates(HISTORY)}
    assert anchors["1921"] is None  # absolute
    assert anchors["7 February"] == "1921"
    assert anchors["Three days later"] == "1921-02-07"


def test_a_day_count_from_a_year_alone_keeps_only_the_year() -> None:
    text = "In 1933 the old treaty lapsed. The next day the border was closed. That week the envoys left."
    assert value(text, "The next day") == "1933-XX-XX"
    assert value(text, "That week") == "1933-WXX"


def test_naming_the_year_the_story_is_in_keeps_its_day() -> None:
    text = "The offensive opened on 22 June 1941, the largest of 1941. The next day the front broke."
    assert value(text, "The next day") == "1941-06-23"


def test_a_month_count_from_a_day_is_a_month() -> None:
    text = "The crisis began on 3 January 1962. The following month the delegation left for the talks."
    assert value(text, "The following month") == "1962-02"


def test_the_following_year_moves_the_story_on() -> None:
    text = (
        "The treaty was signed on 2 April 1923. The following year both parliaments ratified it. "
        "In June the posts were removed."
    )
    assert value(text, "The following year") == "1924"
    assert value(text, "June") == "1924-06"


def test_years_earlier_and_later_count_from_the_story() -> None:
    text = "She moved to the capital in 1950. Four years later she graduated. A year earlier she had married."
    assert value(text, "Four years later") == "1954"
    assert value(text, "A year earlier") == "1953"


# --------------------------------------------------------------------------- direction: forward


def test_a_month_after_late_in_a_year_is_the_next_year_s() -> None:
    text = "In December 1941 the army reached the coast. In March the first ships arrived."
    assert value(text, "March") == "1942-03"


def test_half_a_year_either_way_is_read_forward() -> None:
    days = "The invasion began on 1 September 1939. On 3 March the first convoy was sunk."
    assert (
        value(days, "3 March") == "1940-03-03"
    )  # 182 days back against 183 ahead: a step back counts double
    months = "In June 1941 the front moved east. In February the thaw stopped it."
    assert value(months, "February") == "1942-02"  # four months back against eight ahead: back counts triple


def test_a_day_after_a_month_goes_forward_unless_it_is_only_days_back() -> None:
    ahead = "In November 1942 the siege began. On 15 February the city surrendered."
    assert value(ahead, "15 February") == "1943-02-15"
    back = "The ceasefire held from 10 June 1944. It had been agreed on 6 June by the two commanders."
    assert value(back, "6 June") == "1944-06-06"


# --------------------------------------------------------------------------- what stays with publication


def test_words_of_the_writer_s_present_stay_with_publication() -> None:
    text = "The war ended in 1945. Today the bridge is a museum, and last year it drew many visitors."
    assert value(text, "Today") == "2030-05-14"
    assert value(text, "last year") == "2029"


def test_before_any_date_the_publication_date_is_the_anchor() -> None:
    text = "On 7 February the envoys met. Three days later they agreed on a truce."
    assert value(text, "7 February") == "2030-02-07"
    assert [t.type for t in dates(text) if t.text.startswith("Three")] == ["DURATION"]


def test_a_weekday_needs_a_day_to_count_from() -> None:
    text = (
        "The envoy left on 14 November 1922. He arrived on Thursday, and the previous Monday had been stormy."
    )
    assert value(text, "Thursday") == "1922-11-16"  # 14 November 1922 was a Tuesday
    assert value(text, "the previous Monday") == "1922-11-13"
    coarse = "In 1922 the envoy left the capital. He arrived on Thursday."
    assert value(coarse, "Thursday") == value(coarse, "Thursday", mode="news")


# --------------------------------------------------------------------------- the story's own day


def test_that_night_and_the_next_morning_are_the_story_s() -> None:
    text = "The talks opened on 21 March 1950. That night the delegates argued; the next morning they signed."
    got = {t.text: (t.type, t.value) for t in dates(text)}
    assert got["That night"] == ("TIME", "1950-03-21TNI")
    assert got["the next morning"] == ("TIME", "1950-03-22TMO")


def test_the_day_before_counts_back_one_day() -> None:
    text = "The accord was signed on 2 April 1923. The day before, the last objections were withdrawn."
    assert value(text, "The day before") == "1923-04-01"


def test_news_mode_keeps_its_reading_of_the_same_words() -> None:
    text = "On 5 June 1944 the fleet sailed. Two days later it landed."
    got = {t.text: t for t in dates(text, mode="news")}
    assert got["Two days"].type == "DURATION"
    assert "Two days later" not in got


# --------------------------------------------------------------------------- news: the background paragraph


def test_news_background_paragraph_gives_its_year_to_a_day_without_one() -> None:
    text = (
        "The two countries renewed their border pact on Monday.\n\n"
        "In 1998 the two countries signed a first treaty. On 7 February they exchanged the documents.\n\n"
        "The ministers met again on 7 February to review it."
    )
    got = [(t.text, t.value) for t in dates(text, mode="news") if t.text == "7 February"]
    assert got == [("7 February", "1998-02-07"), ("7 February", "2030-02-07")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The treaty signed in 1998 was suspended on 7 February.", "2030-02-07"),  # no opening year
        # future ("will" right before: the next 7 February, sixteenth session)
        ("In 1998 the two countries signed a treaty. The ministers will meet on 7 February.", "2031-02-07"),
        (
            "In 1998 the two countries signed a treaty. Last week they met, and on 7 February they"
            " signed again.",
            "2030-02-07",
        ),
    ],
)
def test_news_background_needs_an_opening_year_and_no_return_to_the_present(text: str, expected: str) -> None:
    assert value(text, "7 February", mode="news") == expected


# --------------------------------------------------------------------------- auto: the detector


CAREER = (
    "Marta Helvig was born on 12 May 1931 in a fishing village. She moved to the capital in 1950 and "
    "graduated in law in 1954. On 3 January 1962 she joined the foreign ministry, and in 1971 she led "
    "the delegation to the border talks. In September the talks resumed. She retired in 1996."
)
NEWS = (
    "The foreign minister met her Ostrian counterpart on Monday. The two countries signed a treaty in 1998 "
    "and renewed it in 2001, 2009 and 2017; talks on a new text began in 2028. The ministers will meet "
    "again on Thursday."
)


def test_auto_reads_a_life_story_as_a_narrative_and_news_as_news() -> None:
    assert time_mode_of(CAREER, PUBLISHED) == "narrative"
    assert value(CAREER, "September", mode="auto") == "1971-09"
    assert time_mode_of(NEWS, PUBLISHED) == "news"
    assert [t.value for t in dates(NEWS, mode="auto")] == [t.value for t in dates(NEWS, mode="news")]


def test_auto_needs_years_far_from_publication_and_few_present_words() -> None:
    recent = (
        "The minister joined the cabinet in 2021 and led the trade talks in 2024. The pact was signed in "
        "2026, extended in 2027 and reviewed in 2029. In September the review was published."
    )
    assert time_mode_of(recent, PUBLISHED) == "news"  # the years are close to publication
    assert time_mode_of(CAREER, dt.date(1975, 1, 1)) == "news"  # not three-quarters ten years back
    assert time_mode_of(CAREER + " She spoke about it on Monday.", PUBLISHED) == "news"
    assert (
        time_mode_of("In 1921 the talks began. In 1923 a treaty was signed.", PUBLISHED) == "news"
    )  # too few


def test_auto_without_publication_date_measures_from_the_latest_year_named() -> None:
    assert time_mode_of(CAREER) == "narrative"  # 1931 ... 1996: told from 1996
    recent = "Sales rose in 2003, 2004 and 2005, and fell in 2004 and 2005 in Europe."
    assert time_mode_of(recent) == "news"


def test_unknown_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="time mode"):
        find_dates(HISTORY, PUBLISHED, mode="story")


# --------------------------------------------------------------------------- through the pipeline


def test_extract_takes_the_time_mode_keyword() -> None:
    doc = diplotext.extract(
        HISTORY, published="2030-05-14", layout="body", time_mode="narrative", plugins=["dates"]
    )
    assert {d.text: d.value for d in doc.dates}["7 February"] == "1921-02-07"
    news = diplotext.extract(HISTORY, published="2030-05-14", layout="body", plugins=["dates"])
    assert {d.text: d.value for d in news.dates}["7 February"] == "2030-02-07"
    with pytest.raises(ValueError, match="time_mode"):
        Article(text="x", time_mode="history")  # type: ignore[arg-type]


def test_a_record_time_mode_wins_over_the_default() -> None:
    record = {"text": HISTORY, "published": "2030-05-14", "layout": "body", "time_mode": "news"}
    doc = diplotext.extract_record(record, default_time_mode="narrative", plugins=["dates"])
    assert {d.text: d.value for d in doc.dates}["7 February"] == "2030-02-07"
    del record["time_mode"]
    doc = diplotext.extract_record(record, default_time_mode="narrative", plugins=["dates"])
    assert {d.text: d.value for d in doc.dates}["7 February"] == "1921-02-07"


def test_a_bad_time_mode_in_a_stream_is_one_bad_record(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    lines = [{"text": HISTORY, "time_mode": "story"}, {"text": HISTORY, "time_mode": "narrative"}]
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    got = list(read_records(str(path)))
    assert isinstance(got[0], BadRecord) and "time_mode" in got[0].message
    assert not isinstance(got[1], BadRecord)


def test_cli_time_mode_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "history.json"
    path.write_text(json.dumps({"id": "h", "text": HISTORY, "published": "2030-05-14"}), encoding="utf-8")
    assert main(["extract", "--plugins", "dates", "--time-mode", "narrative", str(path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {d["text"]: d["value"] for d in out["dates"]}["7 February"] == "1921-02-07"
    with pytest.raises(SystemExit):
        main(["extract", "--time-mode", "story", str(path)])


def test_eval_time_mode_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    start = HISTORY.index("7 February")
    gold = [
        {
            "id": "h",
            "text": HISTORY,
            "published": "2030-05-14",
            "timexes": [
                {
                    "text": "7 February",
                    "start": start,
                    "end": start + 10,
                    "type": "DATE",
                    "value": "1921-02-07",
                }
            ],
        }
    ]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    recall = {}
    for mode in ("news", "narrative"):
        assert main(["eval", "--json", "--plugins", "dates", "--time-mode", mode, str(path)]) == 0
        out = json.loads(capsys.readouterr().out)
        assert out["time_mode"] == mode
        recall[mode] = out["results"][0]["metrics"]["timex3.value.recall"]
    assert recall == {"news": 0.0, "narrative": 1.0}


# --------------------------------------------------------------------------- linear


def test_a_long_narrative_takes_linear_time() -> None:
    chunk = "On 5 June 1944 the fleet sailed. The next day it landed. That night it rained. In March, "
    find_dates(chunk * 5, PUBLISHED, mode="narrative")

    def seconds(n: int) -> float:
        started = time.process_time()
        find_dates(chunk * n, PUBLISHED, mode="narrative")
        return time.process_time() - started

    small, large = seconds(200), seconds(2000)
    assert large < 25 * max(small, 0.01)

"""The reader plugin: header, datelines, captions, boilerplate, paragraphs, robustness and gold."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import json
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import diplotext
from diplotext.extractors.reader import read
from diplotext.extractors.reader.boilerplate import is_boilerplate
from diplotext.extractors.reader.captions import is_caption
from diplotext.extractors.reader.header import find_dateline, parse_date_line, place_name
from diplotext.hookspecs import hookimpl
from diplotext.model import Article
from diplotext.plugins import Registry
from diplotext.timezones import zone

ROOT = Path(__file__).resolve().parent.parent


def article(path: Path, **record: Any) -> Article:
    return read(path.read_text(encoding="utf-8"), record)


def texts(art: Article, spans: tuple[tuple[int, int], ...]) -> list[str]:
    return [art.text[s:e] for s, e in spans]


def check_spans(art: Article) -> None:
    """Invariants every Article from the reader keeps."""
    text = art.text
    everything = [*art.paragraphs, *art.captions, *art.boilerplate]
    for s, e in everything:
        assert 0 <= s < e <= len(text)
        assert not text[s].isspace() and not text[e - 1].isspace()
    for spans in (art.paragraphs, art.captions, art.boilerplate):
        assert list(spans) == sorted(spans)
    ordered = sorted(everything)
    for (_, e1), (s2, _) in itertools.pairwise(ordered):
        assert e1 <= s2, "paragraphs, captions and boilerplate never overlap"
    if art.title_span is not None:
        assert text[art.title_span[0] : art.title_span[1]] == art.title
    if art.dateline_span is not None:
        assert place_name(text[art.dateline_span[0] : art.dateline_span[1]]) == art.dateline


# --------------------------------------------------------------------------- fixture articles


def test_wire_story_dateline_is_cut_from_the_body(fixtures: Path) -> None:
    art = article(fixtures / "articles" / "wire_reuters.txt")
    check_spans(art)
    assert art.title == "Chile and Peru agree to reopen border talks"
    assert art.dateline == "Santiago"
    assert art.dateline_span is not None
    assert art.text[art.dateline_span[0] : art.dateline_span[1]] == "SANTIAGO"
    assert art.body.startswith("Chile and Peru agreed on Monday")
    assert "Reuters" not in art.body
    assert art.body.endswith("fishing rights and port fees.")
    assert len(art.paragraphs) == 3
    assert art.published is None


def test_scraped_page_header_caption_and_boilerplate(fixtures: Path) -> None:
    art = article(fixtures / "articles" / "paywalled_scrape.txt")
    check_spans(art)
    assert art.title == "Kenya and Ethiopia sign power-sharing accord"
    assert art.published == dt.datetime(2019, 7, 4, 10, 20, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    assert art.body.startswith("Kenya and Ethiopia on Thursday signed")
    assert art.body.endswith('"opens a new chapter" in relations between the two neighbours.')
    assert "By Miriam Odhiambo" not in art.body  # the byline is header
    # a real paragraph that mentions a newsletter stays
    assert "weekly newsletter" in art.body
    removed = "\n".join(texts(art, art.boilerplate))
    for junk in ("Advertisement", "Read more:", "Subscribe to continue", "Password", "Terms of Service"):
        assert junk not in art.body
        assert junk in removed
    assert "Related articles" in removed and "East Africa" in removed
    assert [c.startswith("Photo: Kenyan Energy Minister") for c in texts(art, art.captions)] == [True]


def test_date_line_first_and_no_title(fixtures: Path) -> None:
    art = article(fixtures / "articles" / "wiki_dated.txt")
    check_spans(art)
    assert art.title is None
    assert art.published == dt.date(2019, 5, 12)
    assert art.body.startswith("On Saturday, thousands of people")
    assert len(art.paragraphs) == 3


def test_caption_labels_and_trailing_credits(fixtures: Path) -> None:
    art = article(fixtures / "articles" / "broadcast_captions.txt")
    check_spans(art)
    caps = texts(art, art.captions)
    assert len(caps) == 2
    assert caps[0].startswith("Image caption Norwegian Foreign Minister")
    assert caps[1].endswith("Getty Images")
    assert "Getty" not in art.body and "Image caption" not in art.body
    assert art.segments == tuple(sorted(art.paragraphs + art.captions))


def test_dateline_on_a_line_of_its_own(fixtures: Path) -> None:
    art = article(fixtures / "articles" / "standalone_dateline.txt")
    check_spans(art)
    assert art.dateline == "Ottawa"
    assert art.body.startswith("Canada has formally asked Portugal")
    assert "(AP)" not in art.body


def test_demo_article(fixtures: Path) -> None:
    art = article(ROOT / "examples" / "state_visit.txt")
    check_spans(art)
    assert art.title == "Polish foreign minister in Brazil for first visit in 12 years"
    assert art.published == dt.datetime(2023, 3, 14, 18, 40, tzinfo=dt.timezone(dt.timedelta(hours=-3)))
    assert art.dateline == "Brasília"
    caps = texts(art, art.captions)
    assert len(caps) == 1 and caps[0].endswith("(AP Photo/Luana Correia)")
    assert art.body.startswith("Polish Foreign Minister Tomasz Wieczorek arrived in Brasília")
    assert art.body.endswith("with a business delegation later this year.")
    removed = "\n".join(texts(art, art.boilerplate))
    assert removed.count("(AP Photo/Luana Correia)") == 1  # the repeated caption
    for junk in ("Sign in", "newsletter", "community guidelines", "Share this article"):
        assert junk in removed and junk not in art.body


# --------------------------------------------------------------------------- date lines


IST = dt.timezone(dt.timedelta(hours=5, minutes=30))


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("12 April 2012", dt.date(2012, 4, 12)),
        ("Sept. 12, 2011", dt.date(2011, 9, 12)),
        ("Monday, August 3, 2020\xa0", dt.date(2020, 8, 3)),
        ("2011-09-12T21:00Z", dt.datetime(2011, 9, 12, 21, tzinfo=dt.UTC)),
        ("2011-09-12 21:00:00+05:30", dt.datetime(2011, 9, 12, 21, tzinfo=IST)),
        (
            "Published: Monday 12 September 2011 14:05 BST",
            dt.datetime(2011, 9, 12, 14, 5, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        ),
        (
            "March 3, 2015 08:30 pm | Updated 08:41 pm IST - NEW DELHI",
            dt.datetime(2015, 3, 3, 20, 30, tzinfo=IST),
        ),
        (
            "By Jane Okafor | April 12, 2012 9:05 a.m. EDT",
            dt.datetime(2012, 4, 12, 9, 5, tzinfo=dt.timezone(dt.timedelta(hours=-4))),
        ),
        (
            "Updated: 13 Sept 2011 10:00 GMT | Published: 12 Sept 2011 08:00 GMT",
            dt.datetime(2011, 9, 12, 8, tzinfo=dt.UTC),
        ),
        (
            "First published on Tue 12 Apr 2012 09.30 CEST",
            dt.datetime(2012, 4, 12, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        ),
        (
            "July 3, 2020 8:15 PM ET",
            dt.datetime(2020, 7, 3, 20, 15, tzinfo=dt.timezone(dt.timedelta(hours=-4))),
        ),
        (
            "Jan 3, 2020 8:15 PM ET",
            dt.datetime(2020, 1, 3, 20, 15, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        ),
        ("12 April 2012 14:05", dt.date(2012, 4, 12)),  # a time without a zone: the date alone
        ("Updated 3 hours ago", None),
    ],
)
def test_date_line_forms(line: str, published: dt.date | None) -> None:
    got = parse_date_line(line)
    assert got is not None
    assert got.published == published
    assert type(got.published) is type(published)


@pytest.mark.parametrize(
    "line",
    [
        "12 April 2012 was a day the two delegations would long remember",
        "12/04/2012",
        "April 31, 2012",
        "Talks resume in Geneva",
        "",
        "x" * 5000,
    ],
)
def test_not_date_lines(line: str) -> None:
    assert parse_date_line(line) is None


def test_date_line_dateline_span() -> None:
    line = "March 3, 2015 08:30 pm | Updated 08:41 pm IST - NEW DELHI"
    got = parse_date_line(line, offset=100)
    assert got is not None and got.dateline == "New Delhi" and got.dateline_span is not None
    s, e = got.dateline_span
    assert line[s - 100 : e - 100] == "NEW DELHI"


@pytest.mark.parametrize(
    ("abbr", "hours"),
    [
        *[("IST", 5.5), ("BST", 1), ("GMT", 0), ("Z", 0), ("EST", -5), ("PDT", -7), ("CEST", 2), ("MSK", 3)],
        *[("JST", 9), ("HKT", 8), ("AEDT", 11), ("PKT", 5), ("WAT", 1), ("EAT", 3), ("SAST", 2)],
        *[("+05:30", 5.5), ("-0300", -3), ("GMT+8", 8), ("UTC-05:00", -5)],
    ],
)
def test_zones(abbr: str, hours: float) -> None:
    tz = zone(abbr)
    assert tz is not None
    assert tz.utcoffset(None) == dt.timedelta(hours=hours)


def test_unknown_and_generic_zones() -> None:
    assert zone("XYZ") is None
    assert zone("ET") is None  # needs a day
    summer = zone("PT", dt.date(2021, 7, 1))
    winter = zone("PT", dt.date(2021, 12, 1))
    assert summer is not None and summer.utcoffset(None) == dt.timedelta(hours=-7)
    assert winter is not None and winter.utcoffset(None) == dt.timedelta(hours=-8)


# --------------------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    ("opening", "place", "rest"),
    [
        ("MOSCOW, Sept 12 (Reuters) - The talks", "Moscow", "The talks"),
        ("NAIROBI, August 21 (Xinhua) -- Kenya said", "Nairobi", "Kenya said"),
        ("BEIJING, Nov. 30 (Xinhua)-- Senior diplomats", "Beijing", "Senior diplomats"),
        ("WASHINGTON (AP) — The president", "Washington", "The president"),
        ("UNITED NATIONS, March 3 (AFP) - The council", "United Nations", "The council"),
        ("Kuala Lumpur, Dec 12 (Bernama) -- Malaysia", "Kuala Lumpur", "Malaysia"),
        ("LONDON — Britain said", "London", "Britain said"),
        ("DAR ES SALAAM, Tanzania (AP) _ Police", "Dar es Salaam", "Police"),
        ("PORT-AU-PRINCE, Haiti (AP) -- Aid", "Port-au-Prince", "Aid"),
        ("ZHANJIANG, Guangdong, Nov. 15 (Xinhua) --The ship", "Zhanjiang", "The ship"),
        ("HAMBURG, May 4 (dpa) - Port workers", "Hamburg", "Port workers"),
        ("QUITO, June 2 (Prensa Andina) Ecuador's leader", "Quito", "Ecuador's leader"),
        # South Asian and Gulf papers: a known place in capitals and a colon
        ("NEW DELHI: The minister said", "New Delhi", "The minister said"),
        ("ISLAMABAD, March 3: Talks began", "Islamabad", "Talks began"),
        ("MALÉ: The president said", "Malé", "The president said"),
        # a known title-case place set off by a long dash (twenty-third session)
        (
            "Addis Ababa -- Swiss President Ueli Frei arrived",
            "Addis Ababa",
            "Swiss President Ueli Frei arrived",
        ),
        ("Cairo – The head of the agency", "Cairo", "The head of the agency"),
    ],
)
def test_datelines(opening: str, place: str, rest: str) -> None:
    got = find_dateline(opening, 0, len(opening))
    assert got is not None
    name, (s, e), body = got
    assert name == place
    assert place_name(opening[s:e]) == place
    assert opening[body:] == rest


@pytest.mark.parametrize(
    "opening",
    [
        "US-based rights group Human Rights Watch said",
        "NATO said on Monday it would meet",
        "The Minister - who arrived late - said",
        "Moscow said - at length - that",
        "AVON RENT-A-CAR and TRUCK Corp. said",
        "OPEC (the cartel) Ministers met",
        "UPDATE: The minister said",
        "URGENT: Talks begin in Beijing",
        "Paris Hilton – The star said",
        "Moscow -- the capital -- said",
    ],
)
def test_not_datelines(opening: str) -> None:
    assert find_dateline(opening, 0, len(opening)) is None


@pytest.mark.parametrize("line", ["SANTIAGO, Chile (AP) _", "HAMILTON (AP) --", "OSLO, Norway (AP) —"])
def test_a_dateline_on_a_line_of_its_own_is_the_whole_paragraph(line: str) -> None:
    """A wire dateline alone on its line, the story starting in the next paragraph."""
    got = find_dateline(line + "\n\nThe talks went on.", 0, len(line))
    assert got is not None
    assert got[0] == line.split(",", maxsplit=1)[0].split(" (", maxsplit=1)[0].title()
    assert got[2] == len(line)
    text = "Talks resume\n\n" + line + "\n\nThe talks went on."
    assert diplotext.extract(text, published="2030-01-02").article.dateline == got[0]


# --------------------------------------------------------------------------- captions, boilerplate


@pytest.mark.parametrize(
    ("block", "caption"),
    [
        ("Leaders meet in Hanoi on Monday. (AP Photo/Minh Tran, Pool)", True),
        ("The ministers at the summit. (Xinhua/Li Wen)", True),
        ("A protester waves a flag outside the embassy. REUTERS/Ana Ruiz", True),
        ("Photo: Delegates at the opening session", True),
        ("Image caption The envoy left Kabul on Tuesday", True),
        ("AFP via Getty Images", True),
        ("The minister told Reuters.", False),
        ("He spoke to Getty Images executives about the archive last year, officials said.", False),
        ("Right-wing parties gained ground in the vote.", False),
    ],
)
def test_captions(block: str, caption: bool) -> None:
    assert is_caption(block) is caption


@pytest.mark.parametrize(
    ("block", "boilerplate"),
    [
        ("Sign up for our daily newsletter", True),
        ("Already have an account? Log in", True),
        ("We use cookies to improve your experience. Read our privacy policy.", True),
        ("Comments", True),
        ("0 / 0", True),
        ("Related stories", True),
        ("Share this article", True),
        ("This page is protected by reCAPTCHA and the Terms of Service apply.", True),
        ("The ministry said in its newsletter that exports rose.", False),
        ("Russia will sign up to the accord, the foreign minister said.", False),
        ('"We checked our accounts twice," the treasurer said.', False),
        ("The US account of the meeting differed sharply from the Chinese one.", False),
        ("He declined to comment.", False),
    ],
)
def test_boilerplate_blocks(block: str, boilerplate: bool) -> None:
    assert is_boilerplate(block) is boilerplate


def test_tail_keeps_a_short_closing_paragraph() -> None:
    text = (
        "Envoys meet in Oslo\n\nThe envoys met in Oslo on Monday to discuss the ceasefire.\n\n"
        "Advertisement\n\nHe declined to comment.\n"
    )
    art = read(text, {})
    check_spans(art)
    assert art.body.endswith("He declined to comment.")
    assert texts(art, art.boilerplate) == ["Advertisement"]


def test_tail_run_swallows_fragments() -> None:
    text = (
        "Envoys meet in Oslo\n\nThe envoys met in Oslo on Monday to discuss the ceasefire.\n\n"
        "Create your free account\n\nxq\n\nMust contain 8 characters and a digit\n\n"
        "Thank you for registering\n\nTOPICS\n"
    )
    art = read(text, {})
    check_spans(art)
    assert art.body == "The envoys met in Oslo on Monday to discuss the ceasefire."
    assert len(art.boilerplate) == 1
    assert art.text[art.boilerplate[0][1] - 6 : art.boilerplate[0][1]] == "TOPICS"


def test_repeated_paragraph_kept_once() -> None:
    para = "Foreign ministers of both countries met in Vienna on Friday for three hours."
    text = f"Ministers meet\n\n{para}\n\n{para}\n\nThe next round is due in May.\n"
    art = read(text, {})
    check_spans(art)
    assert art.body.count(para) == 1
    assert texts(art, art.boilerplate) == [para]


# --------------------------------------------------------------------------- records and layout


def test_given_title_is_not_replaced_by_the_first_line() -> None:
    text = "Ankara hosts talks on grain exports, officials said on Tuesday.\n\nThe talks went on."
    art = read(text, {"title": "Grain talks"})
    assert art.title is None  # the pipeline applies the given title
    assert art.body.startswith("Ankara hosts talks")
    same = read("Grain talks\n\nThe talks went on.", {"title": "Grain  talks"})
    assert same.body == "The talks went on."


def test_layout_body_drops_nothing() -> None:
    text = (
        "BRUSSELS (AP) -- Ministers met.\n\n12 April 2012\n\nSign up for our newsletter\n\n"
        "Ministers met.\n\nSecond line\ncontinues here.\n"
    )
    art = read(text, {"layout": "body"})
    check_spans(art)
    assert art.title is None and art.published is None and art.dateline is None
    assert art.captions == () and art.boilerplate == ()
    covered = "".join(text[s:e] for s, e in art.paragraphs)
    assert "".join(covered.split()) == "".join(text.split())


def test_pipeline_uses_the_reader_and_given_fields_win() -> None:
    text = (ROOT / "examples" / "state_visit.txt").read_text(encoding="utf-8")
    doc = diplotext.extract(text, plugins=[])
    assert doc.article.title == "Polish foreign minister in Brazil for first visit in 12 years"
    assert doc.to_dict()["article"]["published"] == "2023-03-14T18:40:00-03:00"
    given = diplotext.extract(
        text, plugins=[], published="2023-03-15", published_policy="override", dateline="Rio de Janeiro"
    )
    assert given.article.published == dt.date(2023, 3, 15)
    filled = diplotext.extract(text, plugins=[], published="2023-03-15")  # the text's date line wins
    assert filled.article.published == doc.article.published
    assert given.article.dateline == "Rio de Janeiro" and given.article.dateline_span is None
    assert given.article.body == doc.article.body


class _OtherReader:
    @hookimpl
    def read_article(self, text: str) -> Article:
        return Article(text=text, title="from the other reader", paragraphs=[(0, len(text))])


def test_a_third_party_reader_wins(fresh_registry: Registry) -> None:
    fresh_registry.register(_OtherReader(), "other_reader")
    doc = diplotext.extract("Some title\n\nSome body.", registry=fresh_registry, plugins=["other_reader"])
    assert doc.article.title == "from the other reader"


# --------------------------------------------------------------------------- robustness


@pytest.mark.parametrize(
    "text",
    [
        "",
        " \n\t\r\n ",
        "\x00\x01\x02 binary\x7f\ufffd",
        "one line only",
        "\r\n".join(["Title", "", "12 April 2012", "", "Body text here."]),
        "A" * 200_000,
        "- " * 100_000,
        "\n" * 100_000,
        "x\n" * 50_000,
        "(((" * 50_000 + "AP Photo/",
        "January 1, 2000 12:00 pm GMT | " * 10_000,
        "MOSCOW, " * 20_000 + "(AP) -- x",
        "Sign in\n\n" * 20_000,
        "\u2028\u2029\x0b\x0c\x85" * 10_000,
        "\ud800 lone surrogate\n\nbody",
    ],
)
def test_bad_input_never_crashes_or_hangs(text: str) -> None:
    start = time.perf_counter()
    for layout in (None, "body"):
        art = read(text, {"layout": layout})
        check_spans(art)
    assert time.perf_counter() - start < 10


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.text(max_size=80),
            st.sampled_from(
                [
                    "\n",
                    "\n\n",
                    "MOSCOW (AP) -- ",
                    "12 April 2012",
                    " | Updated 3 hours ago",
                    "(AP Photo/X Y)",
                    "Sign in",
                    "Read more",
                    "Photo: ",
                    " - LONDON",
                    "Comments",
                ]
            ),
        ),
        max_size=30,
    )
)
def test_reader_properties(parts: list[str]) -> None:
    text = "".join(parts)
    art = read(text, {})
    check_spans(art)
    body = read(text, {"layout": "body"})
    covered = "".join(text[s:e] for s, e in body.paragraphs)
    assert "".join(covered.split()) == "".join(text.split())


# --------------------------------------------------------------------------- gold


def _gold_articles(shared: Path) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for name in ("seeds.json", "dev.json"):
        items.extend(json.loads((shared / "gold" / name).read_text(encoding="utf-8")))
    return items


@pytest.mark.shared
def test_gold_article_fields(shared: Path) -> None:
    """Every article field of every gold article (seeds and dev)."""
    index = shared / "corpus" / "wikinews" / "index.tsv"
    with index.open(encoding="utf-8") as fh:
        wikinews_titles = {
            f"corpus/wikinews/{row['file']}": row["title"] for row in csv.DictReader(fh, delimiter="\t")
        }
    items = _gold_articles(shared)
    assert len(items) >= 13
    failures = []
    for item in items:
        text = (shared / item["file"]).read_text(encoding="utf-8")
        gold = item["article"]
        # Wikinews texts carry no title line: the corpus index gives it, as a record would.
        doc = diplotext.extract(
            text,
            title=wikinews_titles.get(item["file"]),
            default_published=item.get("published"),
            plugins=[],
        )
        art = doc.article
        check_spans(art)
        got = {
            "title": art.title,
            "published": art.published_date.isoformat() if art.published_date else None,
            "dateline": art.dateline,
        }
        for key, value in got.items():
            if value != gold[key]:
                failures.append((item["file"], key, value, gold[key]))
        if "published_time" in gold and doc.to_dict()["article"]["published"] != gold["published_time"]:
            failures.append((item["file"], "published_time", art.published, gold["published_time"]))
        if not art.body.startswith(gold["body_starts_with"]):
            failures.append((item["file"], "body_starts_with", art.body[:60], gold["body_starts_with"]))
        if not art.body.endswith(gold["body_ends_with"]):
            failures.append((item["file"], "body_ends_with", art.body[-60:], gold["body_ends_with"]))
        for junk in gold.get("not_in_body", []):
            if junk in art.body:
                failures.append((item["file"], "not_in_body", junk, None))
        captions = texts(art, art.captions)
        for words in gold.get("captions_contain", []):
            if sum(words in c for c in captions) != 1:
                failures.append((item["file"], "captions_contain", words, captions))
    assert failures == []


@pytest.mark.shared
def test_seed_without_a_title_line_in_wikinews_gets_no_title(shared: Path) -> None:
    """A Wikinews text opens with a body paragraph: it is not taken as a title."""
    items = [i for i in _gold_articles(shared) if i["file"].startswith("corpus/wikinews/")]
    assert items
    for item in items:
        art = read((shared / item["file"]).read_text(encoding="utf-8"), {})
        assert art.title is None
        assert art.body.startswith(item["article"]["body_starts_with"])


def test_long_headline_directly_above_its_date_line() -> None:
    text = (
        "Polish foreign minister arrives in Brazil for the first visit in twelve years\n"
        "March 14, 2023\nThe minister arrived on Tuesday.\n\nMore text followed.\n"
    )
    art = read(text, {})
    check_spans(art)
    assert art.title == "Polish foreign minister arrives in Brazil for the first visit in twelve years"
    assert art.published == dt.date(2023, 3, 14)
    assert art.body == "The minister arrived on Tuesday.\n\nMore text followed."


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = (
        "Ministers meet in Lisbon\n\nThe foreign ministers of Portugal and Angola met in Lisbon on\n"
        "Friday to discuss debt relief and the new oil agreement signed\n"
        "last year, officials said.\n\nA second round is due in June.\n"
    )
    art = read(text, {})
    check_spans(art)
    assert len(art.paragraphs) == 2
    assert art.span_text(art.paragraphs[0]).endswith("last year, officials said.")


def test_kicker_is_not_a_dateline() -> None:
    art = read("Talks collapse\n\nBREAKING - The talks collapsed on Friday.\n", {})
    assert art.dateline is None
    assert art.body == "BREAKING - The talks collapsed on Friday."


def test_tail_prompt_with_a_full_stop_does_not_end_the_tail() -> None:
    text = (
        "Envoys meet in Oslo\n\nThe envoys met in Oslo on Monday to discuss the ceasefire.\n\n"
        "Get our evening newsletter\n"
        "Sign up to receive the top stories in your inbox. You can unsubscribe at any time.\n\n"
        "Comments\n"
    )
    art = read(text, {})
    check_spans(art)
    assert art.body == "The envoys met in Oslo on Monday to discuss the ceasefire."
    assert "unsubscribe" in art.text[art.boilerplate[0][0] : art.boilerplate[-1][1]]


def test_long_interview_answer_about_subscriptions_is_body() -> None:
    answer = (
        "Beyond the price, many of our members say the software is simply easier to run. There is "
        "no registration step and no subscription to renew every year, and while the vendor says it "
        "is working on that, this shapes how our community thinks about the choice they make."
    )
    text = f"Interview with a project lead\n\n{answer}\n\nThe interview was conducted by email.\n"
    art = read(text, {})
    check_spans(art)
    assert answer in art.body
    assert art.boilerplate == ()


# --------------------------------------------------------------------------- date lines with a place

STORY = "Serbia said on Monday it would send a delegation to the talks in Brussels next week."


@pytest.mark.parametrize(
    ("header", "place"),
    [
        ("Belgrade, 3 March 2008", "Belgrade"),
        ("BELGRADE, March 3, 2008", "Belgrade"),
        ("Belgrade, Serbia, 3 March 2008", "Belgrade"),
        ("3 March 2008 — Belgrade", "Belgrade"),
        ("March 3, 2008 - BELGRADE", "Belgrade"),
        ("Sarajevo, Bosnia and Herzegovina, Monday 3 March 2008", "Sarajevo"),
    ],
)
def test_date_line_with_a_place_gives_date_and_dateline(header: str, place: str) -> None:
    text = f"Serbia to join talks\n\n{header}\n\n{STORY}"
    art = read(text)
    assert art.published == dt.date(2008, 3, 3)
    assert art.dateline == place
    assert art.dateline_span is not None
    s, e = art.dateline_span
    assert text[s:e].casefold() == place.casefold()
    assert art.body == STORY


@pytest.mark.parametrize(
    "opening",
    ["BELGRADE, March 3, 2008 (AFP) -", "Belgrade, 3 March 2008 (Reuters) -", "BELGRADE, 3 March 2008 —"],
)
def test_dated_body_dateline_is_the_publication_date(opening: str) -> None:
    text = f"Serbia to join talks\n\n{opening} {STORY}"
    art = read(text)
    assert (art.published, art.dateline, art.body) == (dt.date(2008, 3, 3), "Belgrade", STORY)


def test_header_date_wins_over_the_body_dateline_and_the_record_over_both() -> None:
    text = f"Serbia to join talks\n\nPublished: 4 March 2008\n\nBELGRADE, March 3, 2008 (AFP) - {STORY}"
    assert read(text).published == dt.date(2008, 3, 4)
    assert read(f"Serbia to join talks\n\nBELGRADE, March 3 (AFP) - {STORY}").published is None  # no year
    doc = diplotext.extract(text, plugins=[], published="2008-03-05", published_policy="override")
    assert doc.article.published == dt.date(2008, 3, 5)
    record = {"text": text, "published": "2008-03-06"}
    assert diplotext.extract_record(record, plugins=[]).article.published == dt.date(2008, 3, 6)


@pytest.mark.parametrize(
    "line",
    [
        "Reuters, 3 March 2008",  # a source in title case is not a place
        "REUTERS, March 3, 2008",
        "The talks, 3 March 2008",
        "Belgrade, 3 March 2008, was the day the talks collapsed",
    ],
)
def test_place_first_lines_need_a_place_and_a_date_alone(line: str) -> None:
    got = parse_date_line(line)
    assert got is None or got.dateline is None


def test_given_captions_are_captions_and_bad_ones_are_ignored() -> None:
    text = "Talks resume\n\nMinisters in Geneva on Monday.\n\nThe ministers met in Geneva on Monday."
    start = text.index("Ministers")
    span = [start, start + len("Ministers in Geneva on Monday.")]
    art = read(text, {"title": "Talks resume", "captions": [span]})
    assert [text[s:e] for s, e in art.captions] == ["Ministers in Geneva on Monday."]
    assert art.body == "The ministers met in Geneva on Monday."
    for bad in ([[5, 2]], [[0, 10_000]], "0-5", [["a", "b"]], [[True, 3]], None):
        art = read(text, {"title": "Talks resume", "captions": bad})
        assert art.captions == ()
        assert art.body.startswith("Ministers in Geneva")
    # Without a title, a given caption standing first is still not taken as the headline.
    art = read(text[start:], {"captions": [[0, span[1] - start]]})
    assert art.title is None and len(art.captions) == 1


def test_a_byline_filed_from_a_place_gives_the_dateline() -> None:
    for line, place in (("By Ada Obi, Abuja", "Abuja"), ("By Ada Obi in Nairobi", "Nairobi")):
        doc = diplotext.extract(f"Trip put off\n\n{line}\n\nThe Presidency postponed the visit on Tuesday.")
        assert doc.article.dateline == place, line
        assert doc.article.body.startswith("The Presidency"), line
    doc = diplotext.extract("Trip put off\n\nBy Ada Obi, Reuters\n\nThe Presidency postponed the visit.")
    assert doc.article.dateline is None

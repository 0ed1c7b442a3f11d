"""The scorers of ``diplotext eval`` on small gold, TimeML and brat files written for these tests,
with a fake plugin whose output is known, so every figure can be checked by hand."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from diplotext.cli import main
from diplotext.evaluation.brat import attribution_type, brat_documents, parse_ann, score_brat
from diplotext.evaluation.cli import detect_kind, evaluate
from diplotext.evaluation.common import GoldError, Options
from diplotext.evaluation.gold import load_gold, score_gold
from diplotext.evaluation.matching import (
    PRF,
    find_all,
    match_one_to_one,
    names_match,
    normalize,
    token_f1,
)
from diplotext.evaluation.report import Result, render_text
from diplotext.evaluation.timeml import parse_timeml, score_timeml
from diplotext.hookspecs import hookimpl
from diplotext.model import Actor, Article, Event, Quote, TemporalExpression
from diplotext.plugins import Registry

EVAL = Path(__file__).resolve().parent / "fixtures" / "eval"
GOLD = EVAL / "gold" / "mini.json"
TIMEML = EVAL / "timeml"
BRAT = EVAL / "brat"


def span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    i = text.index(needle, after)
    return i, i + len(needle)


class Fake:
    """A plugin that reads the first line as the title (unless the layout is body) and 'finds'
    exactly the items it was given, located by searching the text for their words."""

    def __init__(
        self,
        dates: Sequence[tuple[str, str, str]] = (),
        quotes: Sequence[Mapping[str, Any]] = (),
        events: Sequence[Event] = (),
        actors: Sequence[Actor] = (),
    ) -> None:
        self.dates = dates
        self.quotes = quotes
        self.events = events
        self.actors = actors
        self.published: list[object] = []

    @hookimpl(tryfirst=True)
    def read_article(self, text: str, record: Mapping[str, Any]) -> Article:
        lines = []
        pos = 0
        for line in text.split("\n"):
            if line.strip():
                lines.append((pos, pos + len(line)))
            pos += len(line) + 1
        if record.get("layout") == "body" or len(lines) < 2:
            return Article(text=text, paragraphs=lines)
        s, e = lines[0]
        return Article(text=text, title=text[s:e], title_span=(s, e), paragraphs=lines[1:])

    @hookimpl
    def extract_actors(self, article: Article) -> list[Actor]:
        return list(self.actors)

    @hookimpl
    def extract_dates(self, article: Article) -> list[TemporalExpression]:
        self.published.append(article.published)
        out = []
        for needle, type_, value in self.dates:
            s, e = span(article.text, needle, article.title_span[1] if article.title_span else 0)
            out.append(TemporalExpression(text=needle, start=s, end=e, type=type_, value=value))  # type: ignore[arg-type]
        return out

    @hookimpl
    def extract_quotes(self, article: Article) -> list[Quote]:
        out = []
        for q in self.quotes:
            s, e = span(article.text, q["text"])
            extra: dict[str, Any] = {}
            if "cue_at" in q:
                extra["cue_start"], extra["cue_end"] = span(article.text, q["cue_at"])
            if "speaker_at" in q:
                extra["speaker_start"], extra["speaker_end"] = span(article.text, q["speaker_at"])
            out.append(
                Quote(
                    text=q["text"],
                    start=s,
                    end=e,
                    kind=q["kind"],
                    speaker=q.get("speaker"),
                    cue=q.get("cue"),
                    **extra,
                )
            )
        return out

    @hookimpl
    def extract_events(self, article: Article) -> list[Event]:
        return list(self.events)


def options_with(fake: Fake | None = None, **kwargs: Any) -> Options:
    reg = Registry()
    if fake is not None:
        reg.register(fake, "fake")
    return Options(registry=reg, **kwargs)


def figures(result: Result) -> dict[str, float]:
    return result.metrics()


# --------------------------------------------------------------------------- matching helpers


def test_prf_counts_and_recall_only_rows() -> None:
    row = PRF()
    row.count(gold=5, system=6, matched=4)
    assert (row.precision, row.recall) == (4 / 6, 4 / 5)
    assert row.f1 == pytest.approx(2 * (4 / 6) * 0.8 / (4 / 6 + 0.8))
    recall_only = PRF(system=None, gold=4, matched_gold=1)
    assert recall_only.precision is None and recall_only.f1 is None and recall_only.recall == 0.25
    empty = PRF()
    assert (empty.precision, empty.recall, empty.f1) == (0.0, 0.0, 0.0)


def test_one_to_one_matching_is_maximal_not_greedy() -> None:
    # greedy by score would pair g0 with s0 and leave g1 alone; the maximum matching pairs both
    scores = {(0, 0): 2.0, (0, 1): 1.0, (1, 0): 1.0}
    pairs = match_one_to_one([0, 1], [0, 1], lambda g, s: scores.get((g, s)))
    assert pairs == {0: 1, 1: 0}


def test_find_all_is_word_bounded_and_normalises_quotes() -> None:
    text = "In 2006, not 20061; he said \u201cfine\u2026 really\u201d  then."
    assert find_all(text, "2006") == [(3, 7)]
    found = find_all(text, '"fine... really"')
    assert len(found) == 1
    s, e = found[0]
    assert text[s:e] == "\u201cfine\u2026 really\u201d"
    assert normalize("a \n b\u2019s")[0] == "a b's"


def test_token_f1_and_names() -> None:
    assert token_f1("We don't trade them off", "we don't trade them off,") == 1.0
    assert token_f1("a b c d", "a b") == pytest.approx(2 / 3)
    assert names_match("Andrei Lugovoi", "Lugovoi")
    assert names_match("President Hu Jintao", "Hu Jintao")
    assert not names_match("Hu Jintao", "Wen Jiabao")
    assert names_match(None, None) and not names_match("X", None)


# --------------------------------------------------------------------------- diplotext gold


def gold_fake() -> Fake:
    text = (GOLD.parent / "corpus" / "visit.txt").read_text(encoding="utf-8")
    assert "Tuesday" in text
    return Fake(
        dates=[
            ("March 5", "DATE", "2024-03-05"),  # strict, value and type right
            ("on Tuesday", "DATE", "2024-03-05"),  # relaxed only
            ("three-day", "DATE", "P3D"),  # strict, type wrong
            ("Wednesday", "DATE", "2024-03-13"),  # strict, value wrong
            ("next month", "DATE", "2024-04"),  # optional: neither rewarded nor penalised
            ("1998", "DATE", "1998"),  # a not_dates trap
            ("Foreign", "DATE", "XXXX"),  # a plain false positive
        ],
        quotes=[
            {
                "text": "We have come to listen and to build,",
                "kind": "direct",
                "speaker": "Anna Weiss",
                "cue": "told",
            },
            {
                "text": 'her government wanted "a fresh start" with its neighbour',
                "kind": "indirect",
                "speaker": "Weiss",
                "cue": "said",
            },
            {"text": "a fresh start", "kind": "direct", "speaker": "Anna Weiss", "cue": "said"},
            {
                "text": "the talks could last until next month",
                "kind": "indirect",
                "speaker": "Officials",
                "cue": "believe",
            },
        ],
        events=[
            Event(
                type="visit",
                date="2024-03-05",
                place="Zenda",
                roles={
                    "visitor": "Anna Weiss",
                    "visitor_state": "RUR",
                    "host_state": "FRE",
                    "met": ["Rufus Firefly", "Groucho"],
                },
                attributes={"status": "completed", "first_in": "P12Y"},
            ),
            Event(type="extradition_dispute", roles={"suspect": "Nobody", "requested_state": "RUR"}),
        ],
        actors=[
            Actor(id="a1", name="Anna Weiss", kind="person", country="RUR", aliases=["Weiss"]),
            Actor(id="a2", name="Rufus Firefly", kind="state", country="FRE"),
            Actor(id="a3", name="Ruritania", kind="state", country="RUR"),
        ],
    )


def test_gold_scores_known_numbers() -> None:
    fake = gold_fake()
    result = score_gold(GOLD, options_with(fake))
    m = figures(result)
    assert result.documents == 1 and result.pipeline_errors == 0
    assert [str(p) for p in fake.published] == ["2024-03-05"]  # the gold date fills in

    # dates: 5 gold; 6 counted system items (the optional one is not counted)
    dates = result.sections["dates"]
    assert dates.prf["extent (strict)"].to_dict() | {} == {
        "precision": 0.5,
        "recall": 0.6,
        "f1": pytest.approx(0.5455, abs=1e-4),
        "gold": 5,
        "system": 6,
        "matched_gold": 3,
        "matched_system": 3,
    }
    assert m["dates.extent (relaxed).precision"] == pytest.approx(4 / 6, abs=1e-4)
    assert m["dates.extent (relaxed).recall"] == 0.8
    assert m["dates.value.recall"] == 0.6 and m["dates.value.precision"] == 0.5
    assert m["dates.value.accuracy"] == 0.75 and m["dates.type.accuracy"] == 0.75
    assert m["dates.not_dates avoided.accuracy"] == 0.0

    # quotes: the partial is found as a direct quote, so it counts only when kinds are ignored
    assert m["quotes.all.precision"] == 0.5 and m["quotes.all.recall"] == pytest.approx(2 / 3, abs=1e-4)
    assert m["quotes.all (kind ignored).precision"] == 0.75 and m["quotes.all (kind ignored).recall"] == 1.0
    assert m["quotes.partial.recall"] == 0.0 and m["quotes.direct.precision"] == 0.5
    assert m["quotes.speaker.accuracy"] == 0.5 and m["quotes.cue.accuracy"] == 1.0

    # events: the visit matches on visitor + host; one false extradition dispute
    assert m["events.all.precision"] == 0.5 and m["events.all.recall"] == 1.0
    assert m["events.visit.f1"] == 1.0 and m["events.extradition_dispute.precision"] == 0.0
    for ok in ("visitor_state", "host_state", "place", "date", "first_in"):
        assert m[f"events.visit.{ok}.accuracy"] == 1.0, ok
    assert m["events.visit.status.accuracy"] == 0.0 and m["events.visit.met.accuracy"] == 0.0
    assert m["events.visit.met (jaccard).accuracy"] == 0.5

    # actors and article fields
    assert (
        m["actors.by name.precision"] == pytest.approx(2 / 3, abs=1e-4) and m["actors.by name.recall"] == 1.0
    )
    assert m["actors.kind.accuracy"] == 0.5 and m["actors.country.accuracy"] == 1.0
    assert m["article.title.accuracy"] == 1.0 and m["article.published.accuracy"] == 1.0
    assert m["article.dateline.accuracy"] == 0.0  # the fake reader finds no dateline
    assert m["article.body_starts_with.accuracy"] == 0.0 and m["article.body_ends_with.accuracy"] == 1.0
    assert m["article.not_in_body.accuracy"] == 1.0


def test_gold_show_lists_what_to_fix() -> None:
    result = score_gold(GOLD, options_with(gold_fake()))
    issues = {(i.section, i.what, i.detail.split(":")[0]) for i in result.issues}
    assert ("dates", "miss", "'12 years' DURATION P12Y") in issues
    assert any(s == "dates" and w == "trap hit" and "1998" in d for s, w, d in issues)
    assert any(s == "dates" and w == "wrong value" and "Wednesday" in d for s, w, d in issues)
    assert not any("next month" in d for s, w, d in issues if s == "dates")  # optional
    assert any(s == "quotes" and w == "false positive" for s, w, _ in issues)
    miss = next(i for i in result.issues if i.section == "quotes" and i.what == "miss")
    assert "found as direct" in miss.detail and "[[a fresh start]]" in miss.context
    assert ("quotes", "wrong speaker", "gold 'Anna Weiss', system 'Weiss'") in issues
    text = render_text(result, show=True)
    assert "== corpus/visit.txt" in text and "trap hit" in text


def test_empty_pipeline_scores_zero() -> None:
    result = score_gold(GOLD, options_with(None))
    m = figures(result)
    assert m["dates.extent (relaxed).f1"] == 0.0 and m["quotes.all.recall"] == 0.0
    assert m["events.all.recall"] == 0.0 and m["dates.not_dates avoided.accuracy"] == 1.0
    assert result.sections["dates"].prf["extent (relaxed)"].gold == 5


def test_gold_with_inline_text_and_errors(tmp_path: Path) -> None:
    gold = tmp_path / "own.json"
    gold.write_text(
        json.dumps(
            [
                {
                    "text": "Talks end on Friday.",
                    "published": "2024-03-08",
                    "dates": [{"text": "Friday", "type": "DATE", "value": "2024-03-08"}],
                }
            ]
        ),
        encoding="utf-8",
    )
    result = score_gold(gold, options_with(Fake(dates=[("Friday", "DATE", "2024-03-08")])))
    assert figures(result)["dates.value.f1"] == 1.0

    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(GoldError, match="invalid JSON"):
        load_gold(bad)
    bad.write_text(json.dumps([{"file": "nowhere.txt"}]), encoding="utf-8")
    with pytest.raises(GoldError, match="not found"):
        score_gold(bad, options_with(None))
    bad.write_text(json.dumps([{"file": "x.txt", "dates": [{"value": "2006"}]}]), encoding="utf-8")
    with pytest.raises(GoldError, match="text"):
        load_gold(bad)


# --------------------------------------------------------------------------- TimeML


def test_timeml_parse_keeps_offsets() -> None:
    doc = parse_timeml(TIMEML / "fixture1.tml")
    assert doc.dct == "2024-03-05"
    assert "<" not in doc.text and "R&D talks" in doc.text
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("Tuesday", "DATE", "2024-03-05"),
        ("three days", "DURATION", "P3D"),
        ("next month", "DATE", "2024-04"),
        ("year", "SET", "P1Y"),
    ]
    for t in doc.timexes:
        assert doc.text[t.start : t.end] == t.text


def test_timeml_tempeval_figures() -> None:
    fake = Fake(
        dates=[
            ("on Tuesday", "DATE", "2024-03-05"),
            ("three days", "DURATION", "P3D"),
            ("next month", "DATE", "2024-05"),
            ("R&D", "DATE", "XXXX"),
        ]
    )
    result = score_timeml(TIMEML, options_with(fake))
    m = figures(result)
    assert [str(p) for p in fake.published] == ["2024-03-05"]  # the DCT
    assert m["timex3.strict extent.f1"] == 0.5
    assert m["timex3.relaxed extent.f1"] == 0.75
    assert m["timex3.value.f1"] == 0.5 and m["timex3.value.accuracy"] == pytest.approx(2 / 3, abs=1e-4)
    assert m["timex3.type.f1"] == 0.75 and m["timex3.type.accuracy"] == 1.0
    # value F1 is value accuracy times relaxed F1, as TempEval-3 computes it
    assert m["timex3.value.f1"] == pytest.approx(
        m["timex3.value.accuracy"] * m["timex3.relaxed extent.f1"], abs=1e-3
    )


def test_timeml_without_text_is_unreadable(tmp_path: Path) -> None:
    (tmp_path / "x.tml").write_text("<TimeML><DOCID>x</DOCID></TimeML>", encoding="utf-8")
    with pytest.raises(GoldError, match="TEXT"):
        score_timeml(tmp_path, options_with(None))


# --------------------------------------------------------------------------- brat


def test_brat_reading() -> None:
    docs = list(brat_documents(BRAT))
    assert len(docs) == 1
    doc = docs[0]
    assert doc.published == "2024-03-05"
    # the first annotator's file (border_ab12.ann) is the one used
    assert [a.type for a in doc.attributions] == ["speech", "speech", "belief", "endorsement"]
    assert [a.direct for a in doc.attributions] == [False, True, False, False]
    assert doc.text[slice(*doc.attributions[0].source[0])] == "The minister"


def test_brat_continuation_lines_and_fragments() -> None:
    text = "He said: one\ntwo, three."
    ann = (
        "T1\tContent 9 12;13 16\tone\ntwo\n"
        "T2\tCue 3 7\tsaid\n"
        "E1\tAttribution-no-source:T2 Content:T1 Cue:T2\n"
    )
    (att,) = parse_ann(ann, text)
    assert att.content == ((9, 12), (13, 16)) and att.source == () and att.type == "speech"
    with pytest.raises(GoldError, match="unreadable"):
        parse_ann("T1\tContent 5 500\tx\n", text)


@pytest.mark.parametrize(
    ("cue", "kind"),
    [
        ("said", "speech"),
        ("has slammed", "speech"),
        ("according to", "speech"),
        (":", "speech"),
        ("believes", "belief"),
        ("is expected", "belief"),
        ("endorsed", "endorsement"),
        ("showed", "other"),
    ],
)
def test_attribution_types(cue: str, kind: str) -> None:
    assert attribution_type(cue) == kind


def test_brat_scores_known_numbers() -> None:
    text = (BRAT / "text" / "border.txt").read_text(encoding="utf-8")
    fake = Fake(
        quotes=[
            {
                "text": "the border would reopen soon",
                "kind": "indirect",
                "speaker": "Minister Jones",
                "speaker_at": "The minister",
                "cue": "said",
                "cue_at": "said",
            },
            {
                "text": "We are ready,",
                "kind": "direct",
                "speaker": "Jane Doe",
                "cue": "told",
                "cue_at": "said",
            },
            {"text": "reporters", "kind": "indirect"},
            {"text": "the deal will hold", "kind": "indirect"},
        ]
    )
    result = score_brat(BRAT, options_with(fake))
    m = figures(result)
    assert m["quotes.all (any type).precision"] == 0.75 and m["quotes.all (any type).recall"] == 0.75
    assert m["quotes.speech.recall"] == 1.0 and m["quotes.speech direct.recall"] == 1.0
    assert m["quotes.belief.recall"] == 1.0 and m["quotes.endorsement.recall"] == 0.0
    assert "quotes.speech.precision" not in m  # recall-only rows
    assert m["quotes.source.accuracy"] == pytest.approx(1 / 3, abs=1e-4)
    assert m["quotes.source (speech).accuracy"] == 0.5
    assert m["quotes.cue.accuracy"] == pytest.approx(1 / 3, abs=1e-4)
    chars = result.sections["content characters"].prf["all (any type)"]
    content = (
        len("the border would reopen soon")
        + len('"We are ready,"')
        + len("the deal will hold")
        + len("the plan")
    )
    quoted = (
        len("the border would reopen soon")
        + len("We are ready,")
        + len("reporters")
        + len("the deal will hold")
    )
    inside = quoted - len("reporters")
    assert (chars.gold, chars.system, chars.matched_gold) == (content, quoted, inside)
    assert text.count("reporters") == 1


# --------------------------------------------------------------------------- command line


def test_detect_kind(tmp_path: Path) -> None:
    assert detect_kind(GOLD) == "gold"
    assert detect_kind(TIMEML) == "timeml" and detect_kind(TIMEML / "fixture1.tml") == "timeml"
    assert detect_kind(BRAT) == "brat"
    with pytest.raises(GoldError):
        detect_kind(tmp_path)
    with pytest.raises(GoldError):
        detect_kind(tmp_path / "missing.json")


def test_cli_prints_tables_and_json(fresh_registry: Registry, capsys: pytest.CaptureFixture[str]) -> None:
    fresh_registry.register(Fake(dates=[("three days", "DURATION", "P3D")]), "fake")
    assert main(["eval", str(TIMEML), "--plugins", "fake"]) == 0
    out = capsys.readouterr().out
    assert "strict extent" in out and "relaxed extent" in out and "value" in out

    assert main(["eval", str(TIMEML), str(GOLD), str(BRAT), "--plugins", "fake", "--json", "--show"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["plugins"] == ["fake"]
    kinds = [r["kind"] for r in data["results"]]
    assert kinds == ["TimeML (TempEval-3 task A)", "diplotext gold", "brat attributions"]
    timex = data["results"][0]["sections"]["timex3"]["prf"]
    assert timex["strict extent"]["matched_gold"] == 1 and timex["strict extent"]["gold"] == 4
    assert data["results"][0]["metrics"]["timex3.strict extent.recall"] == 0.25
    assert any(i["what"] == "miss" for i in data["results"][0]["issues"])


def test_cli_exit_status(
    fresh_registry: Registry, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["eval", str(tmp_path / "missing.json")]) == 2
    err = capsys.readouterr().err
    assert "missing.json" in err and "Traceback" not in err
    assert main(["eval", str(GOLD), "--plugins", "no-such-plugin"]) == 2
    assert "no-such-plugin" in capsys.readouterr().err
    # unreadable gold next to good gold: the good one is still scored, the status says 2
    assert main(["eval", str(tmp_path / "missing.json"), str(TIMEML), "--limit", "1"]) == 2
    assert "relaxed extent" in capsys.readouterr().out


def test_brat_offsets_count_raw_newlines(tmp_path: Path) -> None:
    raw = 'Intro.\r\nShe said "yes" today.\r\n'
    (tmp_path / "a.txt").write_bytes(raw.encode("utf-8"))
    s, c = raw.index('"yes"'), raw.index("said")
    (tmp_path / "a.ann").write_text(
        f'T1\tContent {s} {s + 5}\t"yes"\nT2\tCue {c} {c + 4}\tsaid\n'
        "E1\tAttribution-no-source:T2 Content:T1 Cue:T2\n",
        encoding="utf-8",
    )
    (doc,) = brat_documents(tmp_path)
    (att,) = doc.attributions
    assert doc.text[slice(*att.content[0])] == '"yes"' and att.direct and att.type == "speech"


def test_cli_root_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    moved = tmp_path / "elsewhere" / "gold.json"
    moved.parent.mkdir()
    moved.write_text(GOLD.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["eval", str(moved), "--plugins", "reader"]) == 2
    assert "--root" in capsys.readouterr().err
    assert main(["eval", str(moved), "--plugins", "reader", "--root", str(GOLD.parent)]) == 0
    assert "extent (relaxed)" in capsys.readouterr().out


def _ggt_file(tmp_path: Path) -> Path:
    text = (
        'Mayor Ada Quist said the bridge would open in May. "We are ready," Quist told reporters. '
        "The council, meanwhile, has approved the budget."
    )
    gold = [
        {
            "id": "g1",
            "text": text,
            "published": "2030-06-12",
            "quotes": [
                {
                    "text": "the bridge would open in May",
                    "kind": "indirect",
                    "speaker": "Ada Quist",
                    "start": text.index("the bridge"),
                    "end": text.index(" May.") + 4,
                },
                {
                    "text": "We are ready,",
                    "kind": "direct",
                    "speaker": "Ada Quist",
                    "start": text.index("We are"),
                    "end": text.index("ready,") + 6,
                },
                {
                    "text": "budget talks failed",
                    "kind": "mixed",
                    "speaker": "Bo Lind",
                    "start": text.index("has approved"),
                    "end": len(text) - 1,
                },
            ],
        }
    ]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


def test_ggt_quotes_are_scored_by_overlap_and_speaker(tmp_path: Path) -> None:
    path = _ggt_file(tmp_path)
    assert detect_kind(path) == "ggt" and detect_kind(tmp_path) == "ggt"
    result = evaluate(path)
    loose = result.sections["quotes"].prf["all, 30 % overlap"]
    assert (loose.gold, loose.system, loose.matched_gold) == (3, 2, 2)
    speaker = result.sections["quotes"].accuracy["speaker (full name)"]
    assert (speaker.correct, speaker.total) == (2.0, 2)
    assert result.sections["quotes"].prf["mixed"].matched_gold == 0
    assert any(i.what == "miss" for i in result.issues)


def test_a_diplotext_gold_file_is_not_taken_for_ggt(tmp_path: Path) -> None:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps([{"file": "a.txt", "quotes": []}]), encoding="utf-8")
    assert detect_kind(path) == "gold"


def test_ggt_counts_a_mixed_quote_once(tmp_path: Path) -> None:
    text = 'Mayor Ada Quist said the bridge was "a fine piece of work" and would open in May.'
    start = text.index("the bridge")
    gold = [
        {
            "id": "g2",
            "text": text,
            "quotes": [
                {
                    "text": text[start:-1],
                    "kind": "mixed",
                    "speaker": "Ada Quist",
                    "start": start,
                    "end": len(text) - 1,
                }
            ],
        }
    ]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    loose = evaluate(path).sections["quotes"].prf["all, 30 % overlap"]
    assert (loose.gold, loose.system, loose.matched_gold) == (1, 1, 1)  # not the partial inside it too

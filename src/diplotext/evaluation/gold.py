"""Scoring against diplotext gold files (``shared/gold/README.md``): article fields, dates, quotes,
actors and events.

Gold items carry no offsets: each is aligned to the article by finding its ``text`` (every
word-bounded occurrence after the title; whitespace, quote marks and dashes normalised when the
exact text is not there). A system item matches a gold item when it overlaps one of those
occurrences (and, for quotes, says much the same words); pairs are one-to-one.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from diplotext.evaluation.common import GoldError, Options, published_default, read_text, run_pipeline
from diplotext.evaluation.gold_events import (
    EVENT_ATTRIBUTES,
    EVENT_KEYS,
    attribute_ok,
    event_fields,
    event_key_match,
    event_label,
)
from diplotext.evaluation.matching import (
    find_all,
    match_one_to_one,
    norm_name,
    normalize,
    overlap,
    token_f1,
)
from diplotext.evaluation.report import Result, context
from diplotext.model import Document, Quote, Span, TemporalExpression

__all__ = ["EVENT_ATTRIBUTES", "EVENT_KEYS", "load_gold", "score_gold"]

KIND = "diplotext gold"

QUOTE_KINDS = ("direct", "partial", "indirect")


def load_gold(path: Path) -> list[dict[str, Any]]:
    """The article entries of a gold file, checked for shape (``GoldError`` when unusable)."""
    try:
        data = json.loads(read_text(path))
    except ValueError as exc:
        raise GoldError(f"{path}: invalid JSON ({exc})") from None
    if not isinstance(data, list):
        raise GoldError(f"{path}: a gold file is a JSON list of articles, not {type(data).__name__}")
    for i, item in enumerate(data):
        where = f"{path}[{i}]"
        if not isinstance(item, dict):
            raise GoldError(f"{where}: an entry must be an object")
        if not isinstance(item.get("file"), str) and not isinstance(item.get("text"), str):
            raise GoldError(f'{where}: an entry needs a "file" path (or the article "text")')
        for key in ("dates", "optional_dates", "quotes", "optional_quotes", "events", "optional_events"):
            value = item.get(key, [])
            if not isinstance(value, list) or not all(isinstance(x, dict) for x in value):
                raise GoldError(f"{where}: {key!r} must be a list of objects")
        for key in ("dates", "optional_dates", "quotes", "optional_quotes"):
            for j, x in enumerate(item.get(key, [])):
                if not isinstance(x.get("text"), str):
                    raise GoldError(f'{where}.{key}[{j}]: needs a "text" string')
        if not isinstance(item.get("not_dates", []), list):
            raise GoldError(f"{where}: 'not_dates' must be a list of strings")
        if not isinstance(item.get("article", {}), dict):
            raise GoldError(f"{where}: 'article' must be an object")
    return data


def _article_text(item: Mapping[str, Any], path: Path, root: Path | None) -> tuple[str, str]:
    if isinstance(item.get("text"), str):
        return str(item.get("id") or item.get("file") or "text"), item["text"]
    rel = item["file"]
    bases = [root] if root is not None else [path.parent.parent, path.parent]
    for base in bases:
        candidate = base / rel
        if candidate.is_file():
            return rel, read_text(candidate)
    raise GoldError(f"{path}: article file {rel!r} not found under {bases[0]} (see --root)")


def score_gold(path: Path, options: Options | None = None) -> Result:
    """Run the pipeline on every article of a gold file and score what it finds."""
    options = options or Options()
    started = time.perf_counter()
    items = [it for it in load_gold(path) if options.wants(str(it.get("file") or it.get("id") or ""))]
    if options.limit is not None:
        items = items[: options.limit]
    result = Result(kind=KIND, path=str(path))
    for item in items:
        doc_id, text = _article_text(item, path, options.root)
        art = item.get("article") or {}
        published = published_default(item.get("published") or art.get("published"))
        doc = run_pipeline({"id": doc_id, "text": text}, published, options, result)
        _Scorer(result, doc_id, text, item, doc).run()
    for name in ("quotes", "events"):
        if name in result.sections:
            result.sections[name].prf = _overall_first(result.sections[name].prf)
    result.seconds = time.perf_counter() - started
    return result


def _overall_first(rows: dict[str, Any]) -> dict[str, Any]:
    return dict(sorted(rows.items(), key=lambda kv: (kv[0] not in ("all", "all (kind ignored)"), kv[0])))


class _Scorer:
    def __init__(
        self, result: Result, doc_id: str, text: str, item: Mapping[str, Any], doc: Document
    ) -> None:
        self.result = result
        self.doc_id = doc_id
        self.text = text
        self.item = item
        self.doc = doc
        self.body_start = self._title_end()

    def issue(self, section: str, what: str, detail: str, span: Span | None = None) -> None:
        ctx = context(self.text, span) if span is not None else ""
        self.result.issue(self.doc_id, section, what, detail, ctx)

    def run(self) -> None:
        # an entry's "layers" says which layers are annotated; without it, all of them are
        layers = self.item.get("layers")
        wanted = (
            set(layers) if isinstance(layers, list) else {"article", "dates", "quotes", "events", "actors"}
        )
        if "article" in wanted:
            self.article()
        if "dates" in wanted:
            self.dates()
        if "quotes" in wanted:
            self.quotes()
        if "actors" in self.item and "actors" in wanted:
            self.actors()
        if "events" in wanted:
            self.events()

    # ---------------------------------------------------------------- helpers
    def _title_end(self) -> int:
        title = (self.item.get("article") or {}).get("title")
        if not isinstance(title, str) or not title.strip():
            return 0
        spans = find_all(self.text[:1000], title)
        return spans[0][1] if spans else 0

    def occurrences(self, needle: str) -> list[Span]:
        return find_all(self.text, needle, start=self.body_start)

    # ---------------------------------------------------------------- article fields
    def article(self) -> None:
        gold = self.item.get("article")
        if not gold:
            return
        sec = self.result.section("article")
        art = self.doc.article
        body = " ".join(art.body.split())

        def check(name: str, ok: bool, want: object, got: object) -> None:
            sec.acc(name).score(ok)
            if not ok:
                self.issue("article", f"wrong {name}", f"gold {want!r}, system {got!r}")

        if "title" in gold:
            want = gold["title"]
            if want is None or find_all(self.text, want):
                check("title", norm_name(want) == norm_name(art.title), want, art.title)
            else:
                self.issue("article", "title skipped", f"gold title {want!r} is not in the text")
        if "published" in gold:
            got = art.published_date.isoformat() if art.published_date else None
            check("published", got == gold["published"], gold["published"], got)
        if gold.get("published_time"):
            check(
                "published_time",
                _same_time(gold["published_time"], art.published),
                gold["published_time"],
                art.published.isoformat() if art.published else None,
            )
        if "dateline" in gold:
            check(
                "dateline",
                norm_name(gold["dateline"]) == norm_name(art.dateline),
                gold["dateline"],
                art.dateline,
            )
        if gold.get("body_starts_with"):
            want = " ".join(gold["body_starts_with"].split())
            check("body_starts_with", body.startswith(want), want, body[: len(want) + 20])
        if gold.get("body_ends_with"):
            want = " ".join(gold["body_ends_with"].split())
            check("body_ends_with", body.endswith(want), want, body[-len(want) - 20 :])
        for phrase in gold.get("not_in_body") or []:
            check("not_in_body", " ".join(phrase.split()) not in body, f"not {phrase!r}", "in body")
        captions = [" ".join(art.span_text(c).split()) for c in art.captions]
        for phrase in gold.get("captions_contain") or []:
            want = " ".join(phrase.split())
            check("captions_contain", any(want in c for c in captions), want, "no such caption")

    # ---------------------------------------------------------------- dates
    def dates(self) -> None:
        if not any(k in self.item for k in ("dates", "optional_dates", "not_dates")):
            return
        sec = self.result.section("dates")
        gold = list(self.item.get("dates") or [])
        occ = [self.occurrences(g["text"]) for g in gold]
        for g, o in zip(gold, occ, strict=True):
            if not o:
                self.issue("dates", "gold not found", f"{g['text']!r} is not in the article text")
        system = [d for d in self.doc.dates if d.start >= self.body_start]

        def strict(gi: int, s: TemporalExpression) -> float | None:
            return 1.0 if (s.start, s.end) in occ[gi] else None

        def relaxed(gi: int, s: TemporalExpression) -> float | None:
            best = max((overlap(o, (s.start, s.end)) for o in occ[gi]), default=0)
            if not best:
                return None
            exact = (s.start, s.end) in occ[gi]
            return (2.0 if exact else 1.0) + best / 1000

        idx = list(range(len(gold)))
        strict_pairs = match_one_to_one(idx, system, strict)
        pairs = match_one_to_one(idx, system, relaxed)

        optional = [o for g in self.item.get("optional_dates") or [] for o in self.occurrences(g["text"])]
        traps = [
            (t, o)
            for t in self.item.get("not_dates") or []
            if isinstance(t, str)
            for o in self.occurrences(t)
        ]
        matched_sys = set(pairs.values())
        counted: list[int] = []
        for si, s in enumerate(system):
            span = (s.start, s.end)
            if si in matched_sys:
                counted.append(si)
                continue
            trap = next((t for t, o in traps if overlap(o, span)), None)
            if trap is not None:
                self.issue("dates", "trap hit", f"{s.text!r} {s.type} {s.value} (not a date: {trap!r})", span)
                counted.append(si)
            elif any(overlap(o, span) for o in optional):
                continue
            else:
                counted.append(si)
                self.issue("dates", "false positive", f"{s.text!r} {s.type} {s.value}", span)
        hit = {t for t, o in traps for s in system if overlap(o, (s.start, s.end))}
        for trap_string in dict.fromkeys(t for t, _ in traps):
            sec.acc("not_dates avoided").score(trap_string not in hit)

        n_sys = len(counted)
        sec.row("extent (strict)").count(gold=len(gold), system=n_sys, matched=len(strict_pairs))
        sec.row("extent (relaxed)").count(gold=len(gold), system=n_sys, matched=len(pairs))
        value_ok = type_ok = 0
        for gi, si in pairs.items():
            g, s = gold[gi], system[si]
            v_ok = s.value.casefold() == str(g.get("value", "")).casefold()
            t_ok = s.type == g.get("type")
            value_ok += v_ok
            type_ok += t_ok
            sec.acc("value").score(v_ok)
            sec.acc("type").score(t_ok)
            if g.get("mod") or s.mod:
                sec.acc("mod").score((g.get("mod") or None) == (s.mod or None))
            if not v_ok or not t_ok:
                self.issue(
                    "dates",
                    "wrong value" if not v_ok else "wrong type",
                    f"{g['text']!r}: gold {g.get('type')} {g.get('value')}, system {s.type} {s.value}",
                    (s.start, s.end),
                )
        sec.row("value").count(gold=len(gold), system=n_sys, matched=value_ok)
        sec.row("type").count(gold=len(gold), system=n_sys, matched=type_ok)
        for gi, g in enumerate(gold):
            if gi not in pairs and occ[gi]:
                self.issue("dates", "miss", f"{g['text']!r} {g.get('type')} {g.get('value')}", occ[gi][0])

    # ---------------------------------------------------------------- quotes
    def quotes(self) -> None:
        if "quotes" not in self.item and "optional_quotes" not in self.item:
            return
        sec = self.result.section("quotes")
        gold = list(self.item.get("quotes") or [])
        occ = [self.occurrences(g["text"]) for g in gold]
        for g, o in zip(gold, occ, strict=True):
            if not o:
                self.issue("quotes", "gold not found", f"{g['text'][:60]!r} is not in the article text")
        system = list(self.doc.quotes)
        idx = list(range(len(gold)))

        def similar(g: Mapping[str, Any], spans: Sequence[Span], s: Quote) -> float | None:
            span = (s.start, s.end)
            if spans and not any(overlap(o, span) for o in spans):
                return None
            gt, st = _norm(g["text"]), _norm(s.text or self.text[s.start : s.end])
            f1 = token_f1(gt, st)
            if f1 >= 0.8 or (gt and st and (gt in st or st in gt)):
                return f1
            return None

        def by_kind(gi: int, s: Quote) -> float | None:
            return similar(gold[gi], occ[gi], s) if gold[gi].get("kind") == s.kind else None

        def any_kind(gi: int, s: Quote) -> float | None:
            return similar(gold[gi], occ[gi], s)

        pairs = match_one_to_one(idx, system, by_kind)
        loose = match_one_to_one(idx, system, any_kind)
        optional = list(self.item.get("optional_quotes") or [])
        opt_occ = [self.occurrences(g["text"]) for g in optional]

        def is_optional(s: Quote) -> bool:
            return any(similar(g, o, s) is not None for g, o in zip(optional, opt_occ, strict=True))

        matched = set(pairs.values())
        counted = [si for si, s in enumerate(system) if si in matched or not is_optional(s)]
        loose_counted = [si for si, s in enumerate(system) if si in loose.values() or not is_optional(s)]
        sec.row("all (kind ignored)").count(gold=len(gold), system=len(loose_counted), matched=len(loose))
        sec.row("all").count(gold=len(gold), system=len(counted), matched=len(pairs))
        for kind in QUOTE_KINDS:
            sec.row(kind).count(
                gold=sum(1 for g in gold if g.get("kind") == kind),
                system=sum(1 for si in counted if system[si].kind == kind),
                matched=sum(1 for gi in pairs if gold[gi].get("kind") == kind),
            )
        for gi, si in pairs.items():
            g, s = gold[gi], system[si]
            sp_ok = norm_name(g.get("speaker")) == norm_name(s.speaker)
            cue_ok = norm_name(g.get("cue")) == norm_name(s.cue)
            sec.acc("speaker").score(sp_ok)
            sec.acc("cue").score(cue_ok)
            if not sp_ok:
                self.issue(
                    "quotes",
                    "wrong speaker",
                    f"gold {g.get('speaker')!r}, system {s.speaker!r}",
                    (s.start, s.end),
                )
            if not cue_ok:
                self.issue(
                    "quotes", "wrong cue", f"gold {g.get('cue')!r}, system {s.cue!r}", (s.start, s.end)
                )
        for gi, g in enumerate(gold):
            if gi not in pairs:
                note = f" (found as {system[loose[gi]].kind})" if gi in loose else ""
                self.issue(
                    "quotes",
                    "miss",
                    f"{g.get('kind')} {g.get('speaker')!r}/{g.get('cue')!r}: {_short(g['text'])}{note}",
                    occ[gi][0] if occ[gi] else None,
                )
        for si in counted:
            if si not in matched:
                s = system[si]
                self.issue(
                    "quotes",
                    "false positive",
                    f"{s.kind} {s.speaker!r}/{s.cue!r}: {_short(s.text)}",
                    (s.start, s.end),
                )

    # ---------------------------------------------------------------- actors
    def actors(self) -> None:
        sec = self.result.section("actors")
        gold = [a for a in self.item.get("actors") or [] if isinstance(a, dict) and a.get("name")]
        system = list(self.doc.actors)

        def names(a: Any) -> set[str]:
            if isinstance(a, dict):
                return {norm_name(n) for n in [a.get("name"), *(a.get("aliases") or [])] if n}
            return {norm_name(n) for n in [a.name, *a.aliases] if n}

        def cand(g: Any, s: Any) -> float | None:
            gn, sn = names(g), names(s)
            if norm_name(g["name"]) == norm_name(s.name):
                return 2.0
            return 1.0 if gn & sn else None

        pairs = match_one_to_one(gold, system, cand)
        sec.row("by name").count(gold=len(gold), system=len(system), matched=len(pairs))
        for gi, si in pairs.items():
            g, s = gold[gi], system[si]
            if "kind" in g:
                sec.acc("kind").score(g["kind"] == s.kind)
            if "country" in g:
                sec.acc("country").score((g["country"] or None) == (s.country or None))
        for gi, g in enumerate(gold):
            if gi not in pairs:
                self.issue("actors", "miss", f"{g['name']!r} ({g.get('kind')}, {g.get('country')})")
        for si, s in enumerate(system):
            if si not in pairs.values():
                self.issue("actors", "false positive", f"{s.name!r} ({s.kind}, {s.country})")

    # ---------------------------------------------------------------- events
    def events(self) -> None:
        if "events" not in self.item and "optional_events" not in self.item:
            return
        sec = self.result.section("events")
        gold = list(self.item.get("events") or [])
        optional = list(self.item.get("optional_events") or [])
        system = [event_fields(e) for e in self.doc.events]
        pairs = match_one_to_one(gold, system, event_key_match)
        matched = set(pairs.values())
        counted = [
            si
            for si, s in enumerate(system)
            if si in matched or not any(event_key_match(o, s) is not None for o in optional)
        ]
        types = sorted({str(g.get("type")) for g in gold} | {str(system[si]["type"]) for si in counted})
        sec.row("all").count(gold=len(gold), system=len(counted), matched=len(pairs))
        for t in types:
            sec.row(t).count(
                gold=sum(1 for g in gold if g.get("type") == t),
                system=sum(1 for si in counted if system[si]["type"] == t),
                matched=sum(1 for gi in pairs if gold[gi].get("type") == t),
            )
        for gi, si in pairs.items():
            g, s = gold[gi], system[si]
            for attr in EVENT_ATTRIBUTES.get(str(g.get("type")), ()):
                if attr not in g:
                    continue
                ok, score = attribute_ok(attr, g.get(attr), s.get(attr))
                sec.acc(f"{g['type']}.{attr}").score(ok)
                if attr == "met":
                    sec.acc(f"{g['type']}.met (jaccard)").score(score)
                if not ok:
                    self.issue(
                        "events",
                        f"wrong {attr}",
                        f"{event_label(g)}: gold {g.get(attr)!r}, system {s.get(attr)!r}",
                    )
        for gi, g in enumerate(gold):
            if gi not in pairs:
                self.issue("events", "miss", event_label(g), self._evidence_span(g))
        for si in counted:
            if si not in matched:
                self.issue("events", "false positive", event_label(system[si]), system[si].get("_span"))

    def _evidence_span(self, g: Mapping[str, Any]) -> Span | None:
        ev = g.get("evidence")
        if isinstance(ev, str) and ev.strip():
            found = find_all(self.text, ev)
            return found[0] if found else None
        return None


# --------------------------------------------------------------------------- helpers


def _same_time(gold: str, got: dt.date | dt.datetime | None) -> bool:
    if not isinstance(got, dt.datetime):
        return False
    try:
        want = dt.datetime.fromisoformat(gold.replace("Z", "+00:00"))
    except ValueError:
        return False
    if (want.tzinfo is None) != (got.tzinfo is None):
        return want.replace(tzinfo=None) == got.replace(tzinfo=None)
    return want == got


def _norm(text: str) -> str:
    return normalize(text)[0].strip(" \"'").casefold()


def _short(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= n else text[: n - 5] + " ... ")

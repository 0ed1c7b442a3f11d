"""Scoring quotes against brat attribution annotations (PolNeAR, PARC-style standoff files).

An attribution is an ``E`` line tying a ``Content`` span to its ``Cue`` and ``Source`` spans
(``E1  Attribution:T4 Content:T3 Cue:T2 Source:T1``). PolNeAR does not label attributions as speech,
belief or endorsement, so each is classed by its cue (:func:`attribution_type`) unless an ``A`` line
gives a type; speech attributions whose content stands in quotation marks are the direct ones.

Matching is by content-span overlap. Precision is the share of system quotes that overlap the
content of some attribution of any type (a quote found in a belief attribution is not a false
positive: the corpus marks the words as attributed); recall is reported per type. Characters are
also counted: the share of quoted characters inside attributed content and the reverse. Source and
cue accuracy are measured on the pairs (each gold attribution with the system quote that overlaps it
most): the source is right when the system speaker mention overlaps the gold source span, or the
speaker's name and the source text share their name words; the cue when the spans overlap (or, with
no system cue offsets, the words are the same).
"""

from __future__ import annotations

import csv
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

import attrs
import regex

from diplotext import lexicon
from diplotext.evaluation.common import GoldError, Options, published_default, read_text, run_pipeline
from diplotext.evaluation.matching import names_match, norm_name, overlap, tokens
from diplotext.evaluation.report import Result, context
from diplotext.model import Quote, Span

__all__ = [
    "Attribution",
    "BratDocument",
    "attribution_type",
    "brat_documents",
    "is_brat_folder",
    "parse_ann",
    "score_brat",
]

KIND = "brat attributions"

TYPES = ("speech", "belief", "endorsement", "other")


# Base forms; inflected cue words are reduced to them by _bases().
_SPEECH = lexicon.words("speech", "attribution speech words")
_BELIEF = lexicon.words("speech", "attribution belief words")
_ENDORSE = lexicon.words("speech", "attribution endorsement words")


def _bases(word: str) -> Iterator[str]:
    """The word and the plausible base forms of an English inflection of it."""
    yield word
    for suffix, repl in (
        ("ies", "y"),
        ("ied", "y"),
        ("es", ""),
        ("s", ""),
        ("ed", ""),
        ("ed", "e"),
        ("ing", ""),
        ("ing", "e"),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: len(word) - len(suffix)] + repl
            yield stem
            if repl == "" and len(stem) > 2 and stem[-1] == stem[-2]:
                yield stem[:-1]  # slammed -> slam


_QUOTE_OPEN = "\"“‘'«`"
_QUOTE_CLOSE = "\"”’'»"


def attribution_type(cue: str) -> str:
    """``speech``, ``belief``, ``endorsement`` or ``other`` for a cue (its first classed word)."""
    words = regex.findall(r"\p{L}+", cue.casefold())
    if not words and cue.strip() in {":", "-", "\u2014", "\u2015"}:
        return "speech"  # 'Name: words' and dashes introduce what someone said
    for word in words:
        for base in _bases(word):
            if base in _SPEECH:
                return "speech"
            if base in _BELIEF:
                return "belief"
            if base in _ENDORSE:
                return "endorsement"
    return "other"


@attrs.frozen(kw_only=True)
class Attribution:
    id: str
    content: tuple[Span, ...]
    cue: tuple[Span, ...] = ()
    source: tuple[Span, ...] = ()
    type: str = "other"
    direct: bool = False

    @property
    def extent(self) -> Span:
        return (min(s for s, _ in self.content), max(e for _, e in self.content))


@attrs.frozen(kw_only=True)
class BratDocument:
    id: str
    text: str
    published: str | None
    attributions: tuple[Attribution, ...]


def _is_direct(text: str, spans: Sequence[Span]) -> bool:
    first = text[spans[0][0] : spans[0][1]].strip()
    last = text[spans[-1][0] : spans[-1][1]].strip().rstrip(".,;:!?")
    if first and first[0] in _QUOTE_OPEN:
        return bool(last) and last[-1] in _QUOTE_CLOSE
    return False


def parse_ann(ann: str, text: str, where: str = "<ann>") -> tuple[Attribution, ...]:
    """The attributions of a brat ``.ann`` file (text-bound ``T`` lines tied by ``E`` lines)."""
    spans: dict[str, tuple[str, tuple[Span, ...]]] = {}
    events: list[tuple[str, dict[str, list[str]]]] = []
    kinds: dict[str, str] = {}
    for lineno, line in enumerate(ann.splitlines(), 1):
        if not regex.match(r"[A-Z#*]\d*\t", line):
            continue  # blank, or the rest of a span text that holds a line break
        parts = line.split("\t")
        try:
            if line.startswith("T"):
                label, _, offsets = parts[1].partition(" ")
                frags = tuple(
                    (int(a), int(b)) for a, b in (f.split() for f in offsets.split(";") if f.strip())
                )
                if not frags or any(s < 0 or e > len(text) or e < s for s, e in frags):
                    raise ValueError("offsets outside the text")
                spans[parts[0]] = (label, tuple(sorted(frags)))
            elif line.startswith("E"):
                roles: dict[str, list[str]] = {}
                for arg in parts[1].split():
                    role, _, ref = arg.partition(":")
                    roles.setdefault(regex.sub(r"\d+$", "", role).casefold(), []).append(ref)
                events.append((parts[0], roles))
            elif line.startswith("A"):
                fields = parts[1].split()
                if len(fields) >= 3 and fields[0].casefold() in {"type", "attributiontype", "kind"}:
                    kinds[fields[1]] = fields[2].casefold()
        except (IndexError, ValueError) as exc:
            raise GoldError(f"{where}:{lineno}: unreadable brat line ({exc})") from None
    out: list[Attribution] = []
    for eid, roles in events:

        def get(role: str, roles: Mapping[str, list[str]] = roles) -> tuple[Span, ...]:
            return tuple(sorted(f for ref in roles.get(role, []) if ref in spans for f in spans[ref][1]))

        content = get("content")
        if not content:
            continue
        cue = get("cue")
        cue_text = " ".join(text[s:e] for s, e in cue)
        kind = kinds.get(eid) or attribution_type(cue_text)
        if kind not in TYPES:
            kind = "other"
        out.append(
            Attribution(
                id=eid,
                content=content,
                cue=cue,
                source=get("source"),
                type=kind,
                direct=kind == "speech" and _is_direct(text, content),
            )
        )
    return tuple(sorted(out, key=lambda a: a.extent))


def is_brat_folder(path: Path) -> bool:
    """A folder of ``text/`` + ``attributions/``, or of ``.ann`` files beside their ``.txt``."""
    if not path.is_dir():
        return False
    if (path / "text").is_dir() and (path / "attributions").is_dir():
        return True
    return any(path.glob("*.ann"))


def _metadata(path: Path) -> dict[str, str]:
    """``filename -> publication date`` from a PolNeAR ``metadata.tsv`` beside or above the folder."""
    for folder in (path, path.parent):
        meta = folder / "metadata.tsv"
        if meta.is_file():
            with meta.open(encoding="utf-8", newline="") as fh:
                return {
                    row["filename"]: row.get("publication_date") or ""
                    for row in csv.DictReader(fh, delimiter="\t")
                    if row.get("filename")
                }
    return {}


def brat_documents(
    path: Path, limit: int | None = None, wants: Callable[[str], bool] = lambda _: True
) -> Iterator[BratDocument]:
    """The annotated texts of a brat folder. Where one text has several annotators' files
    (``NAME_ANNOTATOR.ann``), the first in name order is used."""
    if (path / "text").is_dir():
        texts = {p.stem: p for p in (path / "text").glob("*.txt")}
        anns = sorted((path / "attributions").glob("*.ann"))
    else:
        texts = {p.stem: p for p in path.glob("*.txt")}
        anns = sorted(path.glob("*.ann"))
    if not anns:
        raise GoldError(f"{path}: no .ann files")
    published = _metadata(path)
    chosen: dict[str, Path] = {}
    for ann in anns:
        stem = ann.stem if ann.stem in texts else ann.stem.rsplit("_", 1)[0]
        if stem not in texts:
            raise GoldError(f"{ann}: no text file {stem}.txt for it")
        chosen.setdefault(stem, ann)
    names = sorted(n for n in chosen if wants(n))
    for stem in names[:limit] if limit is not None else names:
        text = read_text(texts[stem], keep_newlines=True)
        attributions = parse_ann(read_text(chosen[stem]), text, str(chosen[stem]))
        yield BratDocument(
            id=stem, text=text, published=published.get(stem) or None, attributions=attributions
        )


def _source_ok(doc: BratDocument, a: Attribution, q: Quote) -> bool:
    if q.speaker_start is not None and q.speaker_end is not None:
        mention = (q.speaker_start, q.speaker_end)
        if any(overlap(mention, s) for s in a.source):
            return True
    if not q.speaker:
        return False
    source = " ".join(doc.text[s:e] for s, e in a.source)
    if names_match(source, q.speaker):
        return True
    words = set(tokens(source))
    name = [t for t in tokens(q.speaker) if len(t) > 2]
    return bool(name) and name[-1] in words


def _cue_ok(doc: BratDocument, a: Attribution, q: Quote) -> bool:
    if q.cue_start is not None and q.cue_end is not None:
        return any(overlap((q.cue_start, q.cue_end), c) for c in a.cue)
    gold = " ".join(doc.text[s:e] for s, e in a.cue)
    return bool(q.cue) and norm_name(q.cue) == norm_name(gold)


def _union_length(spans: Sequence[Span]) -> int:
    total = 0
    end = -1
    for s, e in sorted(spans):
        if e <= end:
            continue
        total += e - max(s, end)
        end = e
    return total


def _intersection_length(a: Sequence[Span], b: Sequence[Span]) -> int:
    merged_b = _merge(b)
    return sum(overlap(x, y) for x in _merge(a) for y in merged_b)


def _merge(spans: Sequence[Span]) -> list[Span]:
    out: list[Span] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def score_brat(path: Path, options: Options | None = None) -> Result:
    """Run the pipeline on each text of a brat folder (as body text) and score its quotes."""
    options = options or Options()
    started = time.perf_counter()
    result = Result(kind=KIND, path=str(path))
    sec = result.section("quotes")
    chars = result.section("content characters")
    quote_row = sec.row("all (any type)")
    recall_rows = {
        name: sec.row(name, recall_only=True)
        for name in ("speech", "speech direct", "speech other", "belief", "endorsement", "other")
    }
    char_row = chars.row("all (any type)")
    char_speech = chars.row("speech", recall_only=True)
    for doc in brat_documents(path, options.limit, options.wants):
        run = run_pipeline(
            {"id": doc.id, "text": doc.text, "layout": "body"},
            published_default(doc.published),
            options,
            result,
        )
        quotes = list(run.quotes)
        gold = doc.attributions
        qspans = [(q.start, q.end) for q in quotes]

        def hits(a: Attribution, span: Span) -> int:
            return sum(overlap(c, span) for c in a.content)

        sys_ok = [any(hits(a, span) for a in gold) for span in qspans]
        quote_row.gold += len(gold)
        assert quote_row.system is not None
        quote_row.system += len(quotes)
        quote_row.matched_system += sum(sys_ok)
        for a in gold:
            best = max(range(len(quotes)), key=lambda i: hits(a, qspans[i]), default=None)
            found = best is not None and hits(a, qspans[best]) > 0
            rows = [recall_rows[a.type]]
            if a.type == "speech":
                rows.append(recall_rows["speech direct" if a.direct else "speech other"])
            for row in rows:
                row.gold += 1
                row.matched_gold += found
            quote_row.matched_gold += found
            label = f"{a.type}{' (direct)' if a.direct else ''}"
            if not found or best is None:
                cue = " ".join(doc.text[s:e] for s, e in a.cue)
                result.issue(doc.id, "quotes", "miss", f"{label} cue {cue!r}", context(doc.text, a.extent))
                continue
            q = quotes[best]
            if a.source:
                ok = _source_ok(doc, a, q)
                sec.acc("source").score(ok)
                if a.type == "speech":
                    sec.acc("source (speech)").score(ok)
                if not ok:
                    gold_source = " ".join(doc.text[s:e] for s, e in a.source)
                    result.issue(
                        doc.id,
                        "quotes",
                        "wrong source",
                        f"gold {gold_source!r}, system {q.speaker!r}",
                        context(doc.text, a.extent),
                    )
            if a.cue:
                ok = _cue_ok(doc, a, q)
                sec.acc("cue").score(ok)
                if a.type == "speech":
                    sec.acc("cue (speech)").score(ok)
        for q, ok in zip(quotes, sys_ok, strict=True):
            if not ok:
                result.issue(
                    doc.id,
                    "quotes",
                    "false positive",
                    f"{q.kind} {q.speaker!r}/{q.cue!r}",
                    context(doc.text, (q.start, q.end)),
                )
        content = [c for a in gold for c in a.content]
        speech = [c for a in gold if a.type == "speech" for c in a.content]
        both = _intersection_length(qspans, content)
        char_row.gold += _union_length(content)
        assert char_row.system is not None
        char_row.system += _union_length(qspans)
        char_row.matched_gold += both
        char_row.matched_system += both
        char_speech.gold += _union_length(speech)
        char_speech.matched_gold += _intersection_length(qspans, speech)
    result.notes.append(
        "precision counts a system quote as right when it overlaps attributed content of any type; "
        "types are classed by cue word"
    )
    result.seconds = time.perf_counter() - started
    return result

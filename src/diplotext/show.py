"""``diplotext show``: one self-contained HTML page with what was found highlighted in the article.

Each document is shown as its whole input text (``white-space: pre-wrap``, so the page's text is
exactly the article's) with ``<mark>`` elements over every date, actor mention, quote (labelled with
its speaker), quote cue and event evidence sentence, like displaCy's entity view. Spans that nest
give nested marks; spans that cross are cut at the crossing into fragments of the same item (the
same ``data-id``), so no text is lost or repeated and every offset stays where it was. Labels are
drawn by CSS from ``data-label`` (``::after``), so they are no part of the page's text; every mark
also has a ``title`` tooltip. Below the text: the events, the quotes with their speakers, and a
legend of the codes. Inline CSS, no script, no external resource; everything is HTML-escaped.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import Final

import attrs

from diplotext.legend import cameo_name, legend, plural
from diplotext.model import Document

__all__ = ["KINDS", "Mark", "marks", "render_document", "render_page", "render_text"]

KINDS: Final = ("boilerplate", "caption", "event", "quote", "actor", "date", "cue")
"""The kinds of marks, outermost first: at the same span, an earlier kind holds a later one."""

_RANK: Final = {kind: n for n, kind in enumerate(KINDS)}

_KIND_TAGS: Final = {"person": "PERSON", "state": "STATE", "organization": "ORG", "group": "GROUP"}

CSS: Final = """
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b;
  background: #ffffff; margin: 0; padding: 24px 32px; }
h1 { font-size: 20px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 8px; }
.dx-meta { color: #555555; margin: 0 0 12px; }
.dx-key { margin: 0 0 16px; }
.dx-key mark { margin-right: 6px; }
.dx-doc { border-top: 1px solid #dddddd; padding-top: 16px; margin-top: 16px; }
.dx-text { white-space: pre-wrap; line-height: 2.4; max-width: 72em; }
mark.dx { color: inherit; border-radius: 3px; padding: 2px 0; }
mark.dx-date { background: #ffd54f; }
mark.dx-actor { background: #90caf9; }
mark.dx-actor-state { background: #a5d6a7; }
mark.dx-actor-organization { background: #ce93d8; }
mark.dx-actor-group { background: #f8bbd0; }
mark.dx-quote { background: #ffcc80; }
mark.dx-cue { background: transparent; font-weight: 600; text-decoration: underline dotted; }
mark.dx-event { background: #ffebee; border-bottom: 3px solid #e53935; }
mark.dx-caption { background: transparent; font-style: italic; color: #455a64; }
mark.dx-boilerplate { background: transparent; color: #9e9e9e; text-decoration: line-through; }
mark.dx[data-label]::after { content: attr(data-label); font-size: 10px; font-weight: 700;
  text-transform: none; vertical-align: middle; margin-left: 4px; padding: 0 4px; border-radius: 3px;
  background: #ffffff; color: #333333; border: 1px solid #bdbdbd; line-height: 1.6; }
table { border-collapse: collapse; font-size: 14px; }
td, th { border: 1px solid #dddddd; padding: 3px 8px; text-align: left; vertical-align: top; }
th { background: #f5f5f5; }
dl.dx-legend { display: grid; grid-template-columns: max-content auto; gap: 2px 16px; font-size: 14px; }
dl.dx-legend dt { font-family: ui-monospace, monospace; }
dl.dx-legend dd { margin: 0; }
"""


@attrs.frozen
class Mark:
    """One highlighted span: ``kind`` (one of :data:`KINDS`), a CSS ``subkind`` (an actor's kind),
    the item's ``item`` id (shared by the fragments of a cut mark), a short ``label`` and a longer
    ``tip`` (tooltip)."""

    start: int
    end: int
    kind: str
    item: str
    label: str | None = None
    tip: str | None = None
    subkind: str | None = None


def _valid(start: int | None, end: int | None, size: int) -> bool:
    return start is not None and end is not None and 0 <= start < end <= size


def marks(doc: Document) -> list[Mark]:
    """Every mark of a document: layout (captions, boilerplate), event evidence, quotes and their
    cues, actor mentions and dates. Spans outside the text or empty are left out."""
    size = len(doc.text)
    out: list[Mark] = []
    art = doc.article
    for n, (s, e) in enumerate(art.captions, 1):
        out.append(Mark(s, e, "caption", f"c{n}", tip="caption (read as a photo caption or credit)"))
    for n, (s, e) in enumerate(art.boilerplate, 1):
        out.append(Mark(s, e, "boilerplate", f"b{n}", tip="boilerplate (removed before extraction)"))
    for event in doc.events:
        code = f" [{event.code}]" if event.code else ""
        name = cameo_name(event.code) if event.code else None
        tip = f"{event.id} {event.type}{code}" + (f" {name}" if name else "")
        details = ", ".join(str(x) for x in (event.date, event.place, event.attributes.get("status")) if x)
        for k, (s, e) in enumerate(event.evidence, 1):
            last = k == len(event.evidence)
            out.append(
                Mark(
                    s,
                    e,
                    "event",
                    f"{event.id}.{k}",
                    label=f"{event.id} {event.type}{code}" if last else None,
                    tip=tip + (f" — {details}" if details else ""),
                )
            )
    for n, quote in enumerate(doc.quotes, 1):
        speaker = quote.speaker or "unknown speaker"
        tip = f"{quote.kind} quote — speaker: {speaker}" + (f"; cue: {quote.cue}" if quote.cue else "")
        out.append(Mark(quote.start, quote.end, "quote", f"q{n}", label=f"— {speaker}", tip=tip))
        if quote.cue_start is not None and quote.cue_end is not None:
            cue_tip = f"reporting verb of q{n} ({speaker})"
            out.append(Mark(quote.cue_start, quote.cue_end, "cue", f"q{n}.cue", tip=cue_tip))
    for actor in doc.actors:
        tag = _KIND_TAGS.get(actor.kind, actor.kind.upper())
        where = f" · {actor.country}" if actor.country else ""
        tip = f"{actor.name} ({actor.kind}{', ' + actor.country if actor.country else ''})"
        if actor.roles:
            tip += " — " + "; ".join(actor.roles)
        for k, (s, e) in enumerate(actor.mentions, 1):
            said = doc.text[s:e]
            label = f"{tag}{where}" if said == actor.name else f"{actor.name}"
            out.append(Mark(s, e, "actor", f"{actor.id}.{k}", label=label, tip=tip, subkind=actor.kind))
    for n, date in enumerate(doc.dates, 1):
        value = f"{date.value} {date.mod}" if date.mod else date.value
        out.append(Mark(date.start, date.end, "date", f"d{n}", label=value, tip=f"{date.type} {value}"))
    return [m for m in out if _valid(m.start, m.end, size)]


def _escape(text: str) -> str:
    """Text for the page: HTML-escaped, a carriage return as a character reference (the parser
    would turn a raw one into a line feed, and the page's text would no longer be the article's)."""
    return html.escape(text, quote=False).replace("\r", "&#13;")


def _open_tag(mark: Mark, label: bool) -> str:
    classes = f"dx dx-{mark.kind}" + (f" dx-{mark.kind}-{mark.subkind}" if mark.subkind else "")
    attrs_ = [f'class="{classes}"', f'data-kind="{mark.kind}"', f'data-id="{html.escape(mark.item)}"']
    if mark.tip:
        attrs_.append(f'title="{html.escape(mark.tip)}"')
    if label and mark.label:
        attrs_.append(f'data-label="{html.escape(mark.label)}"')
    return "<mark " + " ".join(attrs_) + ">"


def render_text(text: str, items: Iterable[Mark]) -> str:
    """``text`` as escaped HTML with the marks as nested ``<mark>`` elements. A mark that crosses
    another is cut into fragments at the crossing (each keeps its ``data-id``; only the last shows
    the label). Runs in time linear in the text plus the marks times their nesting depth."""
    ordered = sorted(
        (m for m in items if _valid(m.start, m.end, len(text))),
        key=lambda m: (m.start, -m.end, _RANK[m.kind]),
    )
    points = sorted({0, len(text), *(m.start for m in ordered), *(m.end for m in ordered)})
    parts: list[str] = []
    stack: list[tuple[Mark, int]] = []  # open marks and the index of their opening tag in parts
    nxt = 0
    pos = 0
    for point in points:
        if point > pos:
            parts.append(_escape(text[pos:point]))
            pos = point
        ending = [i for i, (m, _) in enumerate(stack) if m.end == point]
        if ending:
            cut = ending[0]
            for m, at in reversed(stack[cut:]):
                if m.end == point and m.label:  # the mark's last fragment carries its label
                    parts[at] = _open_tag(m, label=True)
                parts.append("</mark>")
            reopen = [m for m, _ in stack[cut:] if m.end != point]
            del stack[cut:]
            for m in reopen:
                stack.append((m, len(parts)))
                parts.append(_open_tag(m, label=False))
        while nxt < len(ordered) and ordered[nxt].start == point:
            m = ordered[nxt]
            nxt += 1
            stack.append((m, len(parts)))
            parts.append(_open_tag(m, label=False))
    return "".join(parts)


def _row(cells: Sequence[object]) -> str:
    return "<tr>" + "".join(f"<td>{html.escape('' if c is None else str(c))}</td>" for c in cells) + "</tr>"


def _table(head: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    th = "".join(f"<th>{html.escape(h)}</th>" for h in head)
    return f"<table><tr>{th}</tr>" + "".join(_row(r) for r in rows) + "</table>"


def render_document(doc: Document) -> str:
    """One document as an HTML ``<section>``: title line, the marked text, events, quotes, legend."""
    from diplotext.tables import dyad

    art = doc.article
    meta = " — ".join(
        x
        for x in (
            art.published.isoformat() if art.published else None,
            art.dateline,
            plural(len(doc.actors), "actor"),
            plural(len(doc.dates), "date"),
            plural(len(doc.quotes), "quote"),
            plural(len(doc.events), "event"),
        )
        if x
    )
    title = art.title or doc.id or "(no title)"
    out = [
        '<section class="dx-doc">',
        f"<h1>{html.escape(title)}</h1>",
        f'<p class="dx-meta">{html.escape(meta)}</p>',
        f'<div class="dx-text">{render_text(doc.text, marks(doc))}</div>',
    ]
    if doc.events:
        rows: list[Sequence[object]] = []
        for e in doc.events:
            source, source_country, target, target_country = dyad(e.to_dict())
            rows.append(
                (
                    e.id,
                    e.type,
                    e.code,
                    e.date,
                    e.place,
                    " / ".join(x for x in (source, source_country) if x),
                    " / ".join(x for x in (target, target_country) if x),
                    e.attributes.get("status"),
                    f"{e.confidence:.2f}",
                )
            )
        head = ("id", "type", "CAMEO", "date", "place", "source", "target", "status", "confidence")
        out += ["<h2>Events</h2>", _table(head, rows)]
    if doc.quotes:
        quote_rows: list[Sequence[object]] = [
            (f"q{n}", q.speaker, q.kind, q.cue, q.text) for n, q in enumerate(doc.quotes, 1)
        ]
        out += ["<h2>Quotes</h2>", _table(("id", "speaker", "kind", "cue", "text"), quote_rows)]
    for err in doc.errors:
        out.append(f'<p class="dx-error">! {html.escape(err.plugin)}: {html.escape(err.message)}</p>')
    entries = legend(doc)
    if entries:
        out.append("<h2>Legend</h2>")
        out.append(
            '<dl class="dx-legend">'
            + "".join(f"<dt>{html.escape(k)}</dt><dd>{html.escape(v)}</dd>" for k, v in entries)
            + "</dl>"
        )
    out.append("</section>")
    return "\n".join(out)


_KEY: Final = (
    ("date", "", "date"),
    ("actor", "person", "person"),
    ("actor", "state", "state"),
    ("actor", "organization", "organisation"),
    ("actor", "group", "group"),
    ("quote", "", "quote"),
    ("cue", "", "cue"),
    ("event", "", "event evidence"),
    ("caption", "", "caption"),
    ("boilerplate", "", "boilerplate"),
)


def render_page(docs: Sequence[Document], *, title: str | None = None) -> str:
    """A whole HTML page for ``docs`` (one section each), with a colour key; self-contained."""
    if title is None:
        one = (docs[0].article.title or docs[0].id or "article") if len(docs) == 1 else None
        title = f"diplotext — {one or 'articles'}"
    key = "".join(
        f'<mark class="dx dx-{kind}' + (f" dx-{kind}-{sub}" if sub else "") + f'">{html.escape(name)}</mark>'
        for kind, sub, name in _KEY
    )
    body = "\n".join(render_document(d) for d in docs) or "<p>No article.</p>"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n"
        f"<style>{CSS}</style>\n</head>\n<body>\n"
        f'<p class="dx-key">{key}</p>\n{body}\n</body>\n</html>\n'
    )

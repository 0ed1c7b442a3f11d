"""A short human-readable summary of a Document (``diplotext extract --summary``), ending in a
legend of the codes it shows (CAMEO codes, PLOVER categories, attributes, durations)."""

from __future__ import annotations

from diplotext.legend import legend, plural
from diplotext.model import Document


def _clip(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def summarize(doc: Document, *, with_legend: bool = True) -> str:
    """Title, date and dateline, then the actors, dates, quotes and events, one line each, and
    (``with_legend``) what their codes mean."""
    art = doc.article
    published = art.published.isoformat() if art.published else "unknown date"
    where = f" — {art.dateline}" if art.dateline else ""
    lines = [f"# {art.title or '(no title)'}", f"  {published}{where}"]
    lines.append(
        f"  {plural(len(art.paragraphs), 'paragraph')}, {plural(len(art.captions), 'caption')}, "
        f"{plural(len(art.boilerplate), 'boilerplate block')} removed"
    )
    if doc.actors:
        lines.append(f"\nActors ({len(doc.actors)})")
        for a in doc.actors:
            extra = ", ".join(x for x in (a.country, "; ".join(a.roles)) if x)
            lines.append(f"  {a.kind:<12} {a.name}" + (f" ({extra})" if extra else ""))
    if doc.dates:
        lines.append(f"\nDates ({len(doc.dates)})")
        for d in doc.dates:
            value = f"{d.value} {d.mod}" if d.mod else d.value
            lines.append(f'  {d.type:<8} {value:<22} "{_clip(d.text, 40)}"')
    if doc.quotes:
        lines.append(f"\nQuotes ({len(doc.quotes)})")
        for q in doc.quotes:
            lines.append(f'  {q.kind:<8} {q.speaker or "?"} [{q.cue or "-"}]: "{_clip(q.text, 70)}"')
    if doc.events:
        lines.append(f"\nEvents ({len(doc.events)})")
        for e in doc.events:
            roles = ", ".join(
                f"{k}={v if not isinstance(v, list | tuple) else '+'.join(v)}"
                for k, v in e.roles.items()
                if v
            )
            attrs_ = ", ".join(f"{k}={v}" for k, v in e.attributes.items() if v)
            when_where = " ".join(x for x in (e.date or "?", e.place) if x)
            lines.append(
                f"  {e.id} {e.type} [{e.code or '-'}] {when_where}: {roles}"
                + (f"; {attrs_}" if attrs_ else "")
                + f" (confidence {e.confidence:.2f})"
            )
    for err in doc.errors:
        lines.append(f"\n! {err.plugin}: {err.message}")
    entries = legend(doc) if with_legend else []
    if entries:
        width = min(max(len(key) for key, _ in entries), 24)
        lines.append("\nLegend")
        lines.extend(f"  {key:<{width}}  {meaning}" for key, meaning in entries)
    return "\n".join(lines)

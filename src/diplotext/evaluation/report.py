"""Evaluation results: sections of P/R/F1 rows and accuracy rows, the problems found per document
(for ``--show``), and their plain-text and JSON renderings."""

from __future__ import annotations

from typing import Any

import attrs

from diplotext.evaluation.matching import PRF, Accuracy
from diplotext.model import Span

__all__ = ["Issue", "Result", "Section", "context", "render_text"]


@attrs.define
class Section:
    """One table: P/R/F1 rows (``prf``) and accuracy rows (``accuracy``), in insertion order."""

    name: str
    prf: dict[str, PRF] = attrs.field(factory=dict)
    accuracy: dict[str, Accuracy] = attrs.field(factory=dict)

    def row(self, name: str, *, recall_only: bool = False) -> PRF:
        if name not in self.prf:
            self.prf[name] = PRF(system=None) if recall_only else PRF()
        return self.prf[name]

    def acc(self, name: str) -> Accuracy:
        return self.accuracy.setdefault(name, Accuracy())

    def to_dict(self) -> dict[str, Any]:
        return {
            "prf": {k: v.to_dict() for k, v in self.prf.items()},
            "accuracy": {k: v.to_dict() for k, v in self.accuracy.items()},
        }


@attrs.define
class Issue:
    """Something to fix in one document: a miss, a false positive, a wrong attribute..."""

    doc: str
    section: str
    what: str
    detail: str
    context: str = ""

    def to_dict(self) -> dict[str, str]:
        return attrs.asdict(self)


@attrs.define
class Result:
    """The scores for one gold argument (a gold JSON file, a TimeML folder, a brat folder)."""

    kind: str
    path: str
    documents: int = 0
    sections: dict[str, Section] = attrs.field(factory=dict)
    notes: list[str] = attrs.field(factory=list)
    issues: list[Issue] = attrs.field(factory=list)
    pipeline_errors: int = 0
    seconds: float = 0.0

    def section(self, name: str) -> Section:
        if name not in self.sections:
            self.sections[name] = Section(name)
        return self.sections[name]

    def issue(self, doc: str, section: str, what: str, detail: str, context: str = "") -> None:
        self.issues.append(Issue(doc=doc, section=section, what=what, detail=detail, context=context))

    def metrics(self) -> dict[str, float]:
        """Every figure as a flat ``{"section.row.metric": value}`` map (``None`` read as 0.0), the
        keys the pinned floors use."""
        out: dict[str, float] = {}
        for sec in self.sections.values():
            for row, prf in sec.prf.items():
                for metric in ("precision", "recall", "f1"):
                    value = getattr(prf, metric)
                    if value is not None:
                        out[f"{sec.name}.{row}.{metric}"] = round(value, 4)
            for row, acc in sec.accuracy.items():
                if acc.total:
                    out[f"{sec.name}.{row}.accuracy"] = round(acc.value or 0.0, 4)
        return out

    def to_dict(self, *, show: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "path": self.path,
            "documents": self.documents,
            "pipeline_errors": self.pipeline_errors,
            "seconds": round(self.seconds, 3),
            "sections": {name: sec.to_dict() for name, sec in self.sections.items()},
            "metrics": self.metrics(),
            "notes": list(self.notes),
        }
        if show:
            out["issues"] = [i.to_dict() for i in self.issues]
        return out


def context(text: str, span: Span, width: int = 40) -> str:
    """The span in its surroundings on one line, the span itself between ``[[`` and ``]]``."""
    s, e = span
    left = text[max(0, s - width) : s]
    right = text[e : e + width]
    mid = text[s:e]
    if len(mid) > 160:
        mid = mid[:75] + " ... " + mid[-75:]
    out = f"{'…' if s > width else ''}{left}[[{mid}]]{right}{'…' if e + width < len(text) else ''}"
    return " ".join(out.split())


def _fmt(value: float | None) -> str:
    return "    -" if value is None else f"{value:5.3f}"


def render_text(result: Result, *, show: bool = False) -> str:
    """The plain-text tables for one result (and, with ``show``, the problems per document)."""
    lines = [
        f"{result.kind}: {result.path} ({result.documents} documents, {result.seconds:.1f} s"
        + (f", {result.pipeline_errors} pipeline errors" if result.pipeline_errors else "")
        + ")"
    ]
    for sec in result.sections.values():
        width = max([len(k) for k in (*sec.prf, *sec.accuracy)] + [len(sec.name)]) + 2
        lines.append("")
        if sec.prf:
            lines.append(
                f"{sec.name:<{width}} {'gold':>6} {'system':>6} {'match':>6}  {'P':>5}  {'R':>5}  {'F1':>5}"
            )
            for row, prf in sec.prf.items():
                system = "-" if prf.system is None else str(prf.system)
                matched = str(prf.matched_gold)
                if prf.system is not None and prf.matched_system != prf.matched_gold:
                    matched = f"{prf.matched_gold}/{prf.matched_system}"
                lines.append(
                    f"  {row:<{width - 2}} {prf.gold:>6} {system:>6} {matched:>6}"
                    f"  {_fmt(prf.precision)}  {_fmt(prf.recall)}  {_fmt(prf.f1)}"
                )
        if sec.accuracy:
            head = sec.name if not sec.prf else ""
            lines.append(f"{head:<{width}} {'pairs':>6} {'right':>6} {'':>6}  {'acc':>5}")
            for row, acc in sec.accuracy.items():
                right = f"{acc.correct:g}" if acc.correct != int(acc.correct) else str(int(acc.correct))
                if len(right) > 6:
                    right = f"{acc.correct:.1f}"
                lines.append(f"  {row:<{width - 2}} {acc.total:>6} {right:>6} {'':>6}  {_fmt(acc.value)}")
    for note in result.notes:
        lines.append(f"note: {note}")
    if show and result.issues:
        lines.append("")
        doc = None
        for issue in result.issues:
            if issue.doc != doc:
                doc = issue.doc
                lines.append(f"== {doc}")
            line = f"  {issue.section:<8} {issue.what:<14} {issue.detail}"
            lines.append(line)
            if issue.context:
                lines.append(f"  {'':<8} {'':<14} {issue.context}")
    return "\n".join(lines)

"""Cases written out: a JSON document (schema ``diplotext-cases/1``) or a readable timeline."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Final

from diplotext.linking.cases import Case, Step
from diplotext.linking.reports import ArticleInfo, Evidence
from diplotext.linking.result import LinkResult
from diplotext.linking.windows import (
    DONE_BEFORE_DAYS,
    MAX_TRIP_DAYS,
    NARROW_DAYS,
    ONGOING_DAYS,
    PLANNED_AHEAD_DAYS,
    SLACK_DAYS,
)

__all__ = ["SCHEMA", "case_to_dict", "plural", "result_to_dict", "text_lines"]

SCHEMA: Final = "diplotext-cases/1"
TEXT_SNIPPETS_PER_STEP: Final = 2


def _evidence(e: Evidence) -> dict[str, Any]:
    return {"article": e.article, "start": e.start, "end": e.end, "text": e.text}


def _step(step: Step) -> dict[str, Any]:
    return {
        "status": step.status,
        "date": step.date,
        "last": step.last,
        "articles": list(step.articles),
        "sources": list(step.sources),
        "events": step.events,
        "evidence": [_evidence(e) for e in step.evidence],
    }


def _article(a: ArticleInfo) -> dict[str, Any]:
    return {"id": a.id, "source": a.source, "published": a.published, "title": a.title}


def case_to_dict(case: Case) -> dict[str, Any]:
    """One case as JSON."""
    return {
        "id": case.id,
        "type": case.type,
        "label": case.label,
        "person": case.person,
        "names": list(case.names),
        "surname_only": case.surname_only,
        "roles": dict(case.roles),
        "status": case.status,
        "dates": {"first": case.first_date, "last": case.last_date},
        "places": list(case.places),
        "met": list(case.met),
        "details": dict(case.details),
        "counts": {
            "articles": len(case.articles),
            "sources": len(case.sources),
            "events": case.events,
            "mentions": case.mentions,
        },
        "sources": list(case.sources),
        "steps": [_step(s) for s in case.steps],
        "articles": [_article(a) for a in case.articles],
    }


def result_to_dict(
    result: LinkResult, *, input_name: str | None = None, min_articles: int = 1
) -> dict[str, Any]:
    """The whole output: the schema, what was read, the rule's constants, the cases with at least
    ``min_articles`` articles, and the input lines that could not be read."""
    shown = [c for c in result.cases if len(c.articles) >= min_articles]
    return {
        "schema": SCHEMA,
        "input": input_name,
        "totals": {
            "documents": result.documents,
            "events": result.events,
            "linked_events": result.linked_events,
            "cases": len(result.cases),
            "cases_with_2_or_more_articles": sum(1 for c in result.cases if len(c.articles) >= 2),
            "shown": len(shown),
            "errors": len(result.errors),
        },
        "windows": {
            "slack_days": SLACK_DAYS,
            "max_trip_days": MAX_TRIP_DAYS,
            "narrow_days": NARROW_DAYS,
            "planned_ahead_days": PLANNED_AHEAD_DAYS,
            "done_before_days": DONE_BEFORE_DAYS,
            "ongoing_days": ONGOING_DAYS,
        },
        "cases": [case_to_dict(c) for c in shown],
        "errors": [e.to_dict() for e in result.errors],
    }


def _state(code: str | None) -> str:
    if not code:
        return "?"
    from diplotext.geo import country_name

    name = country_name(code)
    return f"{name} ({code})" if name else code


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _title(case: Case) -> str:
    role = dict(case.roles)
    if case.type == "visit":
        return (
            f"visit  {case.person} of {_state(role.get('visitor_state'))} to {_state(role.get('host_state'))}"
        )
    return (
        f"extradition  {case.person}, sought by {_state(role.get('requesting_state'))}"
        f" from {_state(role.get('requested_state'))}"
    )


def _case_lines(case: Case) -> Iterator[str]:
    yield f"{case.id}  {_title(case)}"
    counts = (
        f"{plural(len(case.articles), 'article')}, {plural(len(case.sources), 'source')}"
        f" ({', '.join(case.sources) or 'unknown'}), {plural(case.events, 'event')},"
        f" {plural(case.mentions, 'mention')}"
    )
    yield f"    {counts}; status {case.status}"
    if case.first_date:
        span = case.first_date
        if case.last_date != case.first_date:
            span += f" to {case.last_date}"
        yield f"    dates given: {span}"
    yield "    names: " + ", ".join(case.names) + (" (surname only)" if case.surname_only else "")
    extra = [f"places: {', '.join(case.places)}"] if case.places else []
    extra += [f"met: {', '.join(case.met)}"] if case.met else []
    extra += [f"{k}: {v}" for k, v in case.details]
    if extra:
        yield "    " + "; ".join(extra)
    for step in case.steps:
        when = step.date or "undated"
        if step.last and step.last != step.date:
            when += f" to {step.last}"
        told = f"{plural(len(step.articles), 'article')}: {', '.join(step.articles)}"
        yield f"    {when:<24} {step.status:<10} {told}"
        shown: set[str] = set()
        for e in step.evidence:
            if e.text is None or e.article in shown:
                continue
            shown.add(e.article)
            yield f'        "{e.text}" ({e.article} {e.start}-{e.end})'
            if len(shown) == TEXT_SNIPPETS_PER_STEP:
                break


def text_lines(result: LinkResult, *, min_articles: int = 1) -> Iterator[str]:
    """A readable timeline per case, a blank line between cases, then a summary line."""
    shown = 0
    for case in result.cases:
        if len(case.articles) < min_articles:
            continue
        shown += 1
        yield from _case_lines(case)
        yield ""
    multi = sum(1 for c in result.cases if len(c.articles) >= 2)
    yield (
        f"{plural(len(result.cases), 'case')} ({multi} with 2 or more articles; {shown} shown)"
        f" from {plural(result.linked_events, 'event')} in {plural(result.documents, 'document')}"
    )
    for error in result.errors:
        yield f"error: line {error.line}: {error.message}"

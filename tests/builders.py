"""Hand-built findings for testing one plugin apart from the others (actors, dates, articles), and
the events of a whole extraction for the event tests."""

from __future__ import annotations

import datetime as dt

import regex

import diplotext
from diplotext.model import Actor, Article, Event, Span, TemporalExpression, TimexType


def spans_of(text: str, *forms: str) -> list[Span]:
    """Every whole-word occurrence of each form (longest forms first, no overlaps)."""
    out: list[Span] = []
    for form in sorted(forms, key=len, reverse=True):
        for m in regex.finditer(r"(?<!\w)" + regex.escape(form) + r"(?!\w)", text):
            if not any(s < m.end() and m.start() < e for s, e in out):
                out.append(m.span())
    return sorted(out)


def person(
    n: int, text: str, name: str, country: str | None, *forms: str, roles: tuple[str, ...] = ()
) -> Actor:
    """A person actor mentioned by its name and the other ``forms`` wherever they occur."""
    return Actor(
        id=f"a{n}",
        name=name,
        kind="person",
        country=country,
        roles=roles,
        mentions=spans_of(text, name, *forms),
    )


def state(n: int, text: str, code: str, *forms: str) -> Actor:
    """A state actor named by its first form, mentioned by every form."""
    return Actor(id=f"s{n}", name=forms[0], kind="state", country=code, mentions=spans_of(text, *forms))


def timex(text: str, surface: str, value: str, kind: TimexType = "DATE", nth: int = 0) -> TemporalExpression:
    """The ``nth`` occurrence of ``surface`` as a temporal expression with this value."""
    s, e = spans_of(text, surface)[nth]
    return TemporalExpression(text=surface, start=s, end=e, type=kind, value=value)


def make_article(text: str, published: str) -> Article:
    """An article whose paragraphs are the text's blank-line-separated blocks."""
    paragraphs = [m.span() for m in regex.finditer(r"[^\n]+(?:\n[^\n]+)*", text)]
    return Article(text=text, published=dt.date.fromisoformat(published), paragraphs=paragraphs)


TUESDAY = dt.date(2011, 5, 3)
"""The publication day most date tests read against."""


def date_texts(text: str, published: dt.date | None) -> list[tuple[str, str]]:
    """``(text, value)`` of each date the dates plugin finds, after checking each one's offsets
    match its text and its value is a TIMEX3 value."""
    from diplotext.extractors.dates import find_dates
    from diplotext.extractors.dates.values import is_timex_value

    result = find_dates(text, published)
    for t in result:
        assert text[t.start : t.end] == t.text
        assert is_timex_value(t.value), (t.text, t.value)
    return [(t.text, t.value) for t in result]


def date_value(text: str, word: str, published: dt.date) -> str:
    """The value of the one date whose text is ``word`` (offsets and value checked)."""
    (value,) = [v for t, v in date_texts(text, published) if t == word]
    return value


FRIDAY = dt.date(2006, 11, 3)
"""A Friday: the publication day of the date tests that read weekdays around it."""


def friday_value(text: str, word: str) -> str:
    """:func:`date_value` with the text published on :data:`FRIDAY`."""
    return date_value(text, word, FRIDAY)


def tuesday_texts(text: str, published: dt.date | None = TUESDAY) -> list[tuple[str, str]]:
    """:func:`date_texts` against :data:`TUESDAY` unless told otherwise."""
    return date_texts(text, published)


def extradition_disputes(text: str, published: str = "2031-04-09") -> list[Event]:
    """An article's extradition disputes, the plugins they rest on having raised no error
    (2031-04-09 is a Wednesday)."""
    doc = diplotext.extract(text, published=published)
    assert not [e for e in doc.errors if e.plugin in ("extradition", "actors", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "extradition_dispute"]


def visits_of(text: str, published: str = "2031-04-09") -> list[Event]:
    """An article's visits, the plugins they rest on having raised no error."""
    doc = diplotext.extract(text, published=published)
    assert not [e for e in doc.errors if e.plugin in ("visits", "actors", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "visit"]


def dispute_sides(case: Event) -> tuple[str | None, str | None]:
    """A dispute's (requesting state, requested state)."""
    return case.roles["requesting_state"], case.roles["requested_state"]


def speaker_of(text: str, words: str, published: str = "2030-06-12") -> str | None:
    """The speaker of the first quote of ``text`` (a body) whose words hold ``words``."""
    quotes = diplotext.extract(text, published=published, layout="body").quotes
    return next(q.speaker for q in quotes if words in q.text)


def visit_fields(
    text: str, published: str = "2031-04-09", *, met: bool = False
) -> dict[tuple[str, str], dict[str, object]]:
    """An article's visits by (visitor, host state): the visitor's state, date and status (and the
    people met, when ``met``)."""
    out: dict[tuple[str, str], dict[str, object]] = {}
    for e in visits_of(text, published):
        fields: dict[str, object] = {
            "state": e.roles["visitor_state"],
            "date": e.date,
            "status": e.attributes["status"],
        }
        if met:
            fields["met"] = list(e.roles.get("met") or [])
        out[(str(e.roles["visitor"]), str(e.roles["host_state"]))] = fields
    return out


def probe_visits(text: str, published: str = "2034-05-10") -> list[Event]:
    """An article's visits, told on 2034-05-10 (a Wednesday) unless said otherwise."""
    return visits_of(text, published)


def one_probe_visit(text: str, published: str = "2034-05-10") -> Event:
    """The one visit of an article told on 2034-05-10 (a Wednesday) unless said otherwise."""
    (visit,) = probe_visits(text, published)
    return visit


ASCII_SPACES = [" ", "  ", "\t", "\n", "\x0b", "\x0c", "\r", "\x1c", "\x1d", "\x1e", "\x1f"]
"""Every kind of space re's Unicode \\s knows in ASCII, and the separators it counts as spaces."""

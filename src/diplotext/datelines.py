"""Date lines: a header line's publication date, time, zone and dash-separated place.

Shared by the input readers (``diplotext.html`` normalises a page's date strings with it) and the
``reader`` plugin (article header lines). All patterns are compiled ``regex`` patterns with bounded
repetition, applied to one short line, so the cost is linear in the input.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

import attrs
import regex

from diplotext import lexicon
from diplotext.model import Span
from diplotext.patterns import KEEP_GIL, lazy
from diplotext.timezones import US_GENERIC, zone

__all__ = ["MAX_DATE_LINE", "MONTH", "YEAR", "DateLine", "date_in", "parse_date_line", "place_name"]

MAX_DATE_LINE = 200
"""Longest line read as a date line (characters)."""

_MONTHS: Final[dict[str, int]] = {name[:3]: n for n, name in enumerate(lexicon.MONTH_NAMES, 1)}
"""The first three letters of each month name and its number."""

MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues?|wed|thur?s?|fri|sat|sun)\b\.?"
)
YEAR = r"(?:19|20)\d{2}"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"

_ISO = lazy(
    r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
    r"(?:[T ](?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d)(?:\.\d{1,9})?)?)?"
    r"\s?(?P<z>Z|[+\-]\d{2}:?\d{2})?"
)
_DMY = regex.compile(
    rf"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH}),?\s+(?P<y>{YEAR})", regex.I
)
_MDY = regex.compile(rf"(?P<m>{MONTH})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>{YEAR})", regex.I)
_TIME = regex.compile(
    r"(?P<H>[0-2]?\d)(?:[:.](?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?)?\s*(?P<ap>[ap])?\.?\s?(?:m\b\.?)?", regex.I
)

# One token of a date line. Alternatives are tried left to right at each position.
_TOKEN = regex.compile(
    rf"""
    (?P<iso>\b{YEAR}-[01]\d-[0-3]\d(?:[T\x20][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d{{1,9}})?)?)?
        (?:\s?(?:Z|[+\-]\d{{2}}:?\d{{2}}))?(?![\d:]))
  | (?P<dmy>\b{_DAY}\s+(?:of\s+)?{MONTH},?\s+{YEAR}\b)
  | (?P<mdy>\b{MONTH}\s+{_DAY},?\s+{YEAR}\b)
  | (?P<time>\b[0-2]?\d[:.][0-5]\d(?::[0-5]\d)?(?:\s*[ap]\.?\s?m\b\.?)?|\b(?:1[0-2]|0?[1-9])\s*[ap]\.?m\b\.?)
  | (?P<wd>\b{_WEEKDAY})
  | (?P<label>\b(?:first\s+)?published|\bposted|\b(?:last\s+)?(?:updated|modified)|\bcreated|\bissued
        |\bpage|\bdate|\bon|\bat|\blast)\b
  | (?P<zone>\b(?:UTC|GMT)\s?[+\-−]\s?\d{{1,2}}(?::?\d{{2}})?|[+\-−]\d{{2}}:?\d{{2}}\b|\b(?-i:[A-Z]{{1,5}})\b)
    """,
    regex.I | regex.X,
)
_MONTH_WORD = lazy(MONTH, regex.I)
_LEFTOVER = regex.compile(r"[\p{L}\d]")
_UPDATED = regex.compile(r"\b(?:updated|modified)\b", regex.I)
_SEPARATOR = regex.compile(r"\s*[|·•]\s*|\s+[-–—]{1,2}\s+|\s+/\s+")
_RELATIVE = regex.compile(
    r"(?:(?:last\s+)?(?:updated|posted|published|modified)\s*:?\s*)?"
    r"(?:(?:\d{1,3}|an?|one)\s+(?:second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago|just\s+now"
    r"|yesterday|today)"
    r"|\d{1,3}\s*(?:min|minute)s?\s+read",
    regex.I,
)
_BYLINE = regex.compile(
    r"(?i:by|written\s+by|reporting\s+by)\s+\p{Lu}[\p{L}.'’\-]*(?:[\s,]+[\p{L}.'’&\-]+){0,8}"
)
_CAPS_PLACE = regex.compile(r"\p{Lu}[\p{Lu}.'’\-]+(?:\s+\p{Lu}[\p{Lu}.'’\-]*){0,4}")
_TITLE_PLACE = lazy(r"\p{Lu}[\p{Ll}'’.\-]+(?:\s+(?:\p{Lu}[\p{Ll}'’.\-]+|de|es|al|el|la|of)){0,3}")
# "Belgrade, 3 March 2008", "BELGRADE, Serbia, March 3, 2008": a place (and region) before the date.
_PLACE_FIRST = lazy(
    r"(?P<place>\p{Lu}[\p{L}'’.\-]+(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|de|es|al|el|la|of)){0,3})"
    rf"(?:,\s*(?!(?i:{MONTH})\b)\p{{Lu}}[\p{{L}}.'’\-]*(?:\s+(?:\p{{Lu}}[\p{{L}}.'’\-]*|and|of)){{0,3}}){{0,2}}"
    r",?\s+(?P<rest>\S.{0,120})"
)
_AGENCY_NAMES = frozenset(
    {"AP", "AFP", "REUTERS", "XINHUA", "UPI", "DPA", "EFE", "ANSA", "TASS", "ITAR-TASS", "IANS", "PTI", "ANI"}
    | {"BERNAMA", "KYODO", "YONHAP", "ANADOLU", "SPUTNIK", "RIA", "IRNA", "WAM", "SPA", "KUNA", "BBC", "CNN"}
)
_SOURCE = lazy(r"(?:The\s+)?\p{Lu}[\p{L}.&'’\-]*(?:\s+\p{Lu}[\p{L}.&'’\-]*){0,3}")

_DASH = regex.compile(r"[-–—]")
_INITIAL = regex.compile(r"(?<=['’])\p{Ll}|^\p{Ll}")
_HAS_DATE = regex.compile(r"\d{4}|\bago\b|\bjust\s+now\b|\byesterday\b|\btoday\b|\bread\b", regex.I)
_LOWER_PARTICLES = lexicon.words("places", "lower-case words in place names")


@attrs.frozen
class DateLine:
    """What a date line says: the publication date or datetime and a dateline place, with spans."""

    published: dt.date | dt.datetime | None
    dateline: str | None = None
    dateline_span: Span | None = None
    updated: bool = False
    """The date came from an "Updated ..." part (a later "Published" line wins over it)."""


def _date_of(kind: str, text: str) -> tuple[dt.date, dt.time | None, dt.tzinfo | None] | None:
    """Parse one date token (``iso``, ``dmy`` or ``mdy``) into a date and, for ISO, time and zone."""
    try:
        if kind == "iso":
            m = _ISO.match(text, None, None, KEEP_GIL)
            if m is None:
                return None
            day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
            if m["H"] is None:
                return day, None, None
            time = dt.time(int(m["H"]), int(m["M"]), int(m["S"] or 0))
            return day, time, zone(m["z"]) if m["z"] else None
        m = (_DMY if kind == "dmy" else _MDY).match(text)
        if m is None:
            return None
        month = _MONTHS[m["m"][:3].lower()]
        return dt.date(int(m["y"]), month, int(m["d"])), None, None
    except ValueError:  # 31 February and friends
        return None


def _time_of(text: str) -> dt.time | None:
    m = _TIME.match(text, None, None, KEEP_GIL)
    if m is None:
        return None
    hour, minute = int(m["H"]), int(m["M"] or 0)
    if m["ap"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m["ap"].lower() == "p" else 0)
    if hour > 23:
        return None
    return dt.time(hour, minute, int(m["S"] or 0))


@attrs.define
class _Segment:
    day: dt.date | None = None
    time: dt.time | None = None
    tz: dt.tzinfo | None = None
    generic: str | None = None
    updated: bool = False
    ok: bool = False


def _read_segment(seg: str) -> _Segment:
    """Tokenise one separator-delimited part of a date line; ``ok`` when nothing else is in it."""
    out = _Segment(updated=bool(_UPDATED.search(seg, None, None, KEEP_GIL)))
    leftover: list[str] = []
    pos = 0
    for m in _TOKEN.finditer(seg, None, None, False, KEEP_GIL):
        leftover.append(seg[pos : m.start()])
        pos = m.end()
        kind = m.lastgroup or ""
        token = m.group()
        if kind in ("iso", "dmy", "mdy"):
            got = _date_of(kind, token)
            if got is None:
                leftover.append(token)
                continue
            if out.day is None:
                out.day, out.time, out.tz = got[0], got[1] or out.time, got[2] or out.tz
        elif kind == "time":
            time = _time_of(token)
            if time is None:
                leftover.append(token)
            elif out.time is None:
                out.time = time
        elif kind == "zone":
            tz = zone(token)
            if tz is not None:
                out.tz = out.tz or tz
            elif token.upper() in US_GENERIC:
                out.generic = out.generic or token.upper()
            else:
                leftover.append(token)
    leftover.append(seg[pos:])
    out.ok = not _LEFTOVER.search("".join(leftover), None, None, KEEP_GIL)
    return out


def place_name(raw: str) -> str:
    """A dateline place in title case: ``"DAR ES SALAAM"`` -> ``"Dar es Salaam"``."""
    words = raw.split()
    out = []
    for i, word in enumerate(words):
        parts = word.split("-")
        fixed = []
        for j, part in enumerate(parts):
            low = part.lower()
            if (i or j) and low in _LOWER_PARTICLES:
                fixed.append(low)
            elif part.isupper() or part.islower():
                fixed.append(_INITIAL.sub(lambda m: m.group().upper(), low))
            else:
                fixed.append(part)
        out.append("-".join(fixed))
    return " ".join(out)


def _known_place(raw: str) -> bool:
    """A dateline place: any name in capitals that is not a news agency or a month; a name in title
    case only when the gazetteer knows it as a country or city, the world's cities included
    ("Belgrade", "Matsumoto", not "Reuters")."""
    name = raw.strip(" .")
    if sum(c.isalpha() for c in name) < 2 or _MONTH_WORD.fullmatch(name, None, None, KEEP_GIL):
        return False
    if name.isupper():
        return name not in _AGENCY_NAMES
    from diplotext import geo

    return bool(geo.city_country(name, world=True) or geo.country_code(name))


def _place_first(seg: str) -> tuple[_Segment, int, int] | None:
    """``"Belgrade, 3 March 2008"``: the date part and the place's span in ``seg``."""
    m = _PLACE_FIRST.fullmatch(seg, None, None, KEEP_GIL)
    if m is None or not _known_place(m["place"]):
        return None
    info = _read_segment(m["rest"])
    if not info.ok or info.day is None:
        return None
    return info, m.start("place"), m.start("place") + len(m["place"].rstrip(" ."))


def date_in(text: str) -> dt.date | None:
    """The first full date (day, month and year) written out in ``text``, e.g. in a dateline prefix
    ``"BELGRADE, March 3, 2008 (AFP) -"``; ``None`` when there is none."""
    found = [
        m
        for m in (_DMY.search(text, None, None, KEEP_GIL), _MDY.search(text, None, None, KEEP_GIL))
        if m is not None
    ]
    for m in sorted(found, key=lambda m: m.start()):
        got = _date_of("dmy" if m.re is _DMY else "mdy", m.group())
        if got is not None:
            return got[0]
    return None


def parse_date_line(line: str, offset: int = 0) -> DateLine | None:
    """Read a header line such as ``"March 3, 2015 08:30 pm | Updated 08:41 pm IST - NEW DELHI"``.

    Returns ``None`` when the line is not a date line (it holds anything besides dates, times, zones,
    labels such as "Published:"/"Updated", a byline, a source name, a relative time such as "3 hours ago"
    and a dash-separated place). ``published`` is ``None`` for a line that gives no date
    ("Updated 3 hours ago"). ``offset`` is where the line starts in the article text.
    """
    if not line.strip() or len(line) > MAX_DATE_LINE or not _HAS_DATE.search(line, None, None, KEEP_GIL):
        return None
    seps = list(_SEPARATOR.finditer(line, None, None, False, KEEP_GIL))
    bounds = [0, *(p for m in seps for p in (m.start(), m.end())), len(line)]
    segments = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    dated: list[_Segment] = []
    relative = False
    place: Span | None = None
    zones: list[dt.tzinfo | str] = []
    for k, (s, e) in enumerate(segments):
        seg = line[s:e].strip(" \t\xa0,;")
        if not seg:
            continue
        if _RELATIVE.fullmatch(seg, None, None, KEEP_GIL):
            relative = True
            continue
        info = _read_segment(seg)
        if info.ok:
            if info.tz is not None or info.generic is not None:
                zones.append(info.tz or info.generic or "")
            if info.day is not None:
                dated.append(info)
            continue
        if _BYLINE.fullmatch(seg, None, None, KEEP_GIL):
            continue
        dash_before = k > 0 and _DASH.search(line[bounds[2 * k - 1] : s], None, None, KEEP_GIL) is not None
        if (
            dash_before
            and k == len(segments) - 1
            and (
                _CAPS_PLACE.fullmatch(seg, None, None, KEEP_GIL)
                or (_TITLE_PLACE.fullmatch(seg, None, None, KEEP_GIL) and _known_place(seg))
            )
        ):
            at = line.find(seg, s, e)
            place = (offset + at, offset + at + len(seg))
            continue
        first = _place_first(seg) if k == 0 and place is None else None
        if first is not None:
            info, ps, pe = first
            at = line.find(seg, s, e)
            place = (offset + at + ps, offset + at + pe)
            if info.tz is not None or info.generic is not None:
                zones.append(info.tz or info.generic or "")
            dated.append(info)
            continue
        if k > 0 and _SOURCE.fullmatch(seg, None, None, KEEP_GIL):
            continue
        return None
    if not dated and not relative:
        return None
    published: dt.date | dt.datetime | None = None
    updated = False
    if dated:
        main = next((d for d in dated if not d.updated), dated[0])
        assert main.day is not None
        updated = main.updated
        found = main.tz or main.generic or (zones[0] if zones else None)
        tz = zone(found, main.day) if isinstance(found, str) else found
        if main.time is not None and tz is not None:
            published = dt.datetime.combine(main.day, main.time, tzinfo=tz)
        else:
            published = main.day
    if place is not None:
        name = place_name(line[place[0] - offset : place[1] - offset])
        return DateLine(published=published, dateline=name, dateline_span=place, updated=updated)
    return DateLine(published=published, updated=updated)

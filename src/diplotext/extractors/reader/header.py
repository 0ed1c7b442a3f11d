"""The article header: title line, bylines and body datelines.

Date lines (publication date, time, zone, a dash-separated place) are read by the shared grammar in
:mod:`diplotext.datelines`. All patterns are compiled ``regex`` patterns with bounded repetition,
applied to one short line or to the first characters of a paragraph, so the cost is linear in the input.
"""

from __future__ import annotations

import regex

from diplotext import lexicon
from diplotext.datelines import MONTH as _MONTH
from diplotext.datelines import YEAR as _YEAR
from diplotext.datelines import DateLine, parse_date_line, place_name
from diplotext.model import Span
from diplotext.patterns import KEEP_GIL, lazy

__all__ = [
    "DateLine",
    "byline_place",
    "find_dateline",
    "is_byline",
    "looks_like_title",
    "parse_date_line",
    "place_name",
]

_ALPHA = regex.compile(r"\p{L}")
_BYLINE = lazy(r"(?i:by|written\s+by|reporting\s+by)\s+\p{Lu}[\p{L}.'’\-]*(?:[\s,]+[\p{L}.'’&\-]+){0,8}")

# --------------------------------------------------------------------------- body datelines

_AGENCY = r"\(\s*\p{L}[\p{L}&'’. /\-]{0,40}\)"
_DL_DATE = rf",?\s*(?i:{_MONTH}\s*[0-3]?\d|[0-3]?\d\s+{_MONTH})(?:,?\s*{_YEAR})?"
_REGION = r"(?:,\s*\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,2}){0,2}"
_SEP = r"(?:\s*(?:-{2,3}|[–—]{1,2})\s*|\s*_(?:\s+|\Z)|\s+-\s*|-\s+|(?<=\))\.-\s*)"
"""What ends a dateline: dashes, an underscore, or EFE's ".-" after the agency ("(EFE).-")."""
_CAPS = r"(?P<place>\p{Lu}[\p{Lu}'’.\-]+(?:\s+\p{Lu}[\p{Lu}'’.\-]*){0,4})"
_BARE_AGENCY = r"(?:[ \t]+\p{Lu}[\p{L}&]+(?:[ \t]+\p{Lu}[\p{L}&]+)?)"
"""An agency named without brackets after the date ("TOKYO, July 25 Kyodo -")."""
_TITLE = r"(?P<place>\p{Lu}[\p{Ll}'’.\-]+(?:\s+(?:\p{Lu}[\p{Ll}'’.\-]+|de|es|al|el|la|of)){0,3})"

_DATELINE = regex.compile(
    rf"""
    (?: {_CAPS} {_REGION} (?:{_DL_DATE} {_BARE_AGENCY}?)? \s* (?:{_AGENCY})? {_SEP}
      | {_TITLE} {_REGION} (?:(?:{_DL_DATE})? \s* {_AGENCY} | {_DL_DATE}) {_SEP}
      | {_CAPS} {_REGION} {_DL_DATE} \s* {_AGENCY} \s+ (?=\p{{Lu}})
      | {_TITLE} {_REGION} {_DL_DATE} \s* {_AGENCY} \s+ (?=\p{{Lu}})
      | {_AGENCY} {_SEP} (?:{_CAPS}|{_TITLE}) {_REGION} {_DL_DATE} {_SEP}
    )
    (?:(?=\S)|\Z)
    """,
    regex.X,
)
_COLON_DATELINE = regex.compile(
    rf"""(?: {_CAPS} {_REGION} (?:{_DL_DATE})? \s* (?:{_AGENCY})?
           | {_TITLE} {_REGION} {_DL_DATE} \s* {_AGENCY} ) \s*:\s+(?=\p{{Lu}})""",
    regex.X,
)
"""South Asian and Gulf papers' "NEW DELHI: ...", "ISLAMABAD, March 3: ...": a place in capitals and
a colon, taken only when the gazetteer knows the place (not "UPDATE:", "WARNING:"); a title-case place
with a date and a bracketed agency before the colon too ("Manama, June 7 (BNA): ...")."""
_TITLE_DASH_DATELINE = regex.compile(
    rf"{_TITLE} {_REGION} \s*(?:-{{2,3}}|[–—]{{1,2}})\s*(?=\p{{Lu}})", regex.X
)
"""A title-case place set off by a long dash with no date or agency ("Addis Ababa -- Swiss
President X arrived here", "Cairo – The head of ..."), taken only when the gazetteer knows the place."""
_PERIOD_DATELINE = regex.compile(rf"{_CAPS} {_REGION} (?:{_DL_DATE})? \.\s+(?=\p{{Lu}})", regex.X)
"""Spanish- and Portuguese-language wires' and some East African papers' "MEXICO CITY. The ...",
"LIMA, May 2. The ...": a place in capitals (and a date) closed by a full stop, taken only when the
gazetteer knows the place as a city."""
_LONE_DATELINE = regex.compile(rf"{_CAPS} {_REGION} (?:{_DL_DATE})? \s* (?:{_AGENCY})? \s*", regex.X)
"""A dateline standing alone as the first paragraph ("ANKARA" on a line of its own before the
lead), taken only when the gazetteer knows the place."""
_NOT_PLACES = lexicon.words("reader", "kickers")
_MONTH_ONLY = lazy(rf"{_MONTH}", regex.I)


def find_dateline(text: str, start: int, end: int) -> tuple[str, Span, int] | None:
    """A dateline opening the paragraph ``text[start:end]``: ``(place, place span, body start)``.

    Recognises ``MOSCOW, Sept 12 (Reuters) -``, ``NAIROBI, Kenya (AP) _``, ``BEIJING, Nov. 30 (Xinhua)--``,
    ``WASHINGTON (AP) —``, ``Kuala Lumpur, Dec 12 (Bernama) --``, ``BERLIN, March 10 (dpa) -``,
    ``LIMA, May 2 (Andina) Text`` and ``New Delhi, May 30 (PTI) Text`` (a date and an agency in
    brackets close a dateline), ``(ANSA) - Rome, October 25 -`` (the agency first, then place and date)
    and ``LONDON —``. The body start is
    ``end`` when the dateline is the whole paragraph (``"HAMILTON (AP) --"`` on a line of its own).
    """
    m = _DATELINE.match(text, start, min(end, start + 160), KEEP_GIL)
    if m is None:
        m = _COLON_DATELINE.match(text, start, min(end, start + 160), KEEP_GIL)
        if m is None:
            m = _PERIOD_DATELINE.match(text, start, min(end, start + 80), KEEP_GIL)
            if m is not None and not _known_city(place_name(m["place"].rstrip(".-"))):
                m = None  # "CHINA. The ...": a kicker, not a dateline; only a city closes with a stop
        if m is None:
            m = _TITLE_DASH_DATELINE.match(text, start, min(end, start + 60), KEEP_GIL)
        if m is None and end - start <= 80:
            m = _LONE_DATELINE.fullmatch(text, start, end, KEEP_GIL)
        if m is None or not _known_place(place_name(m["place"].rstrip(".-"))):
            return None
    if m.end() < end and m.end() == start + 160:
        return None
    raw = m["place"]
    letters = sum(c.isalpha() for c in raw)
    if (
        letters < 2
        or _MONTH_ONLY.fullmatch(raw.rstrip("."), None, None, KEEP_GIL)
        or raw.casefold() in _NOT_PLACES
    ):
        return None
    place_end = m.start("place") + len(raw.rstrip(".-"))
    return place_name(text[m.start("place") : place_end]), (m.start("place"), place_end), m.end()


def _known_city(name: str) -> bool:
    """Does the gazetteer know ``name`` as a city (not only as a country)?"""
    from diplotext import geo

    return geo.city_country(name, world=True) is not None and geo.country_code(name) is None


def _known_place(name: str) -> bool:
    """Does the gazetteer know ``name`` as a city or a country?"""
    from diplotext import geo

    return geo.city_country(name, world=True) is not None or geo.country_code(name) is not None


# --------------------------------------------------------------------------- title

_PERIOD_END = lazy(r"\.[\"'”’)]*$")
"""A period closing the line, before any closing quotation marks or bracket."""
_INNER_SENTENCE = regex.compile(r"\p{Ll}{3}[.!?]\s+\p{Lu}\p{Ll}")


def looks_like_title(line: str) -> bool:
    """Could this first line be a headline (short, one sentence at most, no sentence-final period
    on a long line)?"""
    stripped = line.strip()
    if not stripped or len(stripped) > 200 or not _ALPHA.search(stripped, None, None, KEEP_GIL):
        return False
    words = len(stripped.split())
    if words > 30:
        return False
    if _INNER_SENTENCE.search(stripped, None, None, KEEP_GIL):
        return False
    return not (
        _PERIOD_END.search(stripped, None, None, KEEP_GIL) and words > 12
    )  # '... termed an "amicable split."'


_BYLINE_PLACE = regex.compile(
    r"(?:,|[ \t]+in)[ \t]+(?P<place>\p{Lu}[\p{L}'’.\-]*(?:[ \t]+\p{Lu}[\p{L}'’.\-]*){0,2})[ \t]*\Z"
)


def byline_place(line: str, start: int) -> tuple[str, Span] | None:
    """ "By Jane Smith, Abuja", "By Jane Smith in Abuja": the place a byline files from, when the
    gazetteer knows it (not "By Jane Smith, Reuters")."""
    stripped = line.rstrip()
    m = _BYLINE_PLACE.search(stripped, None, None, KEEP_GIL)
    if m is None or not _known_place(place_name(m["place"])):
        return None
    return place_name(m["place"]), (start + m.start("place"), start + m.end("place"))


def is_byline(line: str) -> bool:
    """``By Jane Smith`` or ``By Jane Smith, Reuters`` on its own line (no sentence after it)."""
    stripped = line.strip()
    return (
        len(stripped) <= 80
        and _BYLINE.fullmatch(stripped, None, None, KEEP_GIL) is not None
        and not stripped.endswith(".")
    )

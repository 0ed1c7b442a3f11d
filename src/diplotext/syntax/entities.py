"""The entity units the clause layer builds phrases from: actor mentions, places and times.

Persons, states, organisations and groups come from the ``actors`` stage (pronouns as the actor
they were resolved to); times from ``dates``. Places are the one thing looked up here: capitalised
words are checked against :mod:`diplotext.geo` (countries, demonyms, cities, seats of power),
because ``actors`` reports states, not the cities and buildings a visit goes to.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Iterable, Sequence
from typing import Final

import attrs
import regex

from diplotext import lexicon, runtime
from diplotext.asciitwin import ascii_twin, compile_ascii
from diplotext.folding import strip_marks
from diplotext.model import Actor, Article, TemporalExpression
from diplotext.patterns import KEEP_GIL
from diplotext.syntax.types import Entity

__all__ = ["find_entities", "find_places", "place_kind", "world_place"]

_CONNECTORS: Final = "|".join(sorted(lexicon.words("actors", "place name connectors") - {"and"}))
"""Lower-case words inside a place name ("Dar es Salaam", "Rio de Janeiro", "Isle of Man")."""
_CAP_RUN = regex.compile(
    r"\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \t]+(?:(?:" + _CONNECTORS + r")[ \t]+)?\p{Lu}[\p{L}\p{M}'’.\-]*){0,4}"
)
_CAP_RUN_ASCII: Final = compile_ascii(
    r"[A-Z][A-Za-z'.\-]*(?:[ \t]+(?:(?:" + _CONNECTORS + r")[ \t]+)?[A-Z][A-Za-z'.\-]*){0,4}"
)
"""``_CAP_RUN`` for ASCII text (no marks there): the standard library's ``re`` scans it in about half
the time. Linear as it is (a run is at most five words), so it needs no timeout."""
_TOKEN = regex.compile(r"\S+")
_WORLD_CONTEXT = regex.compile(
    r"(?i)(?<![\p{L}\p{N}])(?:(?P<place>"
    + lexicon.alternation("places", "words before a world city")
    + r")|(?P<either>"
    + lexicon.alternation("places", "words before a world city or a person")
    + r"))[ \t]+\Z"
)
_WORLD_CONTEXT_ASCII: Final = ascii_twin(_WORLD_CONTEXT)
"""``_WORLD_CONTEXT`` for ASCII text (half the time a search)."""
"""The words before a capitalised run that make it a place ("in", "near", "the city of"), or a
place or a person ("to", "from", "visited"): where the world-city layer of geo is read."""


def _context_ends() -> tuple[tuple[str, ...], int] | None:
    """The last words of ``_WORLD_CONTEXT``'s entries and the longest one's length, or ``None`` when
    one is not ASCII (case folding could then match other text than ``str.lower`` shows)."""
    ends: set[str] = set()
    for section in ("words before a world city", "words before a world city or a person"):
        for entry in lexicon.entries("places", section):
            words = entry.split("|", 1)[0].split()
            if not words:
                continue
            if not words[-1].isascii():
                return None
            ends.add(words[-1].lower())
    return (tuple(sorted(ends)), max(map(len, ends))) if ends else None


_CONTEXT_ENDS = _context_ends()
"""What the text before a name must end with for ``_WORLD_CONTEXT`` to match there (a test that
skips its search before most names)."""
_APPOSED_REGION = regex.compile(
    r"[ \t]*,[ \t]*(?P<name>\p{Lu}[\p{L}\p{M}'’\-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’\-]*){0,2})"
)
"""", Japan" or ", Ohio" right after a city: the state or province the text puts it in."""
_LIST_SEPARATOR = regex.compile(r"[ \t]*(?:,[ \t]*(?P<conj>(?:and|or)[ \t]+)?|[ \t]+(?P<conj>and|or)[ \t]+)")
"""What stands between two places of a list: ", ", " and ", ", or "."""
_POSSESSIVE = regex.compile(r"['’]s?$")
_PRONOUNS = frozenset(
    (
        "he",
        "him",
        "his",
        "she",
        "her",
        "hers",
        "they",
        "them",
        "their",
        "theirs",
        "it",
        "its",
        "himself",
        "herself",
        "themselves",
    )
)


@functools.lru_cache(maxsize=8192)
def place_kind(name: str) -> tuple[str, str] | None:
    """The ISO3 code a place name stands for and what kind of name it is (``country``, ``city``,
    ``seat``, ``demonym``), or ``None``."""
    from diplotext import geo

    name = name.strip().rstrip(".,")
    if not name:
        return None
    for kind, lookup in (
        ("country", geo.country_code),
        ("city", geo.city_country),
        ("seat", geo.seat_code),
        ("demonym", geo.demonym_code),
    ):
        code = lookup(name)
        if code:
            return code, kind
    return None


@functools.cache
def _first_words() -> frozenset[str]:
    """Lower-case first words of every place name the gazetteer knows (and its abbreviations):
    a window of words that starts with no such word is no place, and is not looked up."""
    from diplotext import geo

    names, abbreviations = geo.gazetteer()
    out = {k.split()[0] for k in names if k}
    out.update(a.split()[0].lower().rstrip(".") for a in abbreviations)
    return frozenset(out)


def _is_region(name: str) -> bool:
    from diplotext import geo

    got = geo.gazetteer()[0].get(name.lower())
    return got is not None and got[0] == "region"


def _demonym_led_province(name: str) -> bool:
    """Is a name of several words led by a demonym a province ("British Columbia")?"""
    first = place_kind(name.split(maxsplit=1)[0])
    if first is None or first[1] != "demonym":
        return False
    from diplotext import geo

    return bool(geo.subdivision_countries(name))


_PLACE_STARTS: dict[str, bool] = {}
"""Per word of a capitalised run: could a place name start with it (:func:`_could_be_place`)."""
_MAX_PLACE_STARTS = 50_000


def _could_be_place(word: str) -> bool:
    """Could a place name start with this word of a capitalised run (its first word is one of a
    known place name, or an article or "Saint")? Kept per word."""
    got = _PLACE_STARTS.get(word)
    if got is None:
        if len(_PLACE_STARTS) >= _MAX_PLACE_STARTS:
            _PLACE_STARTS.clear()
        got = _PLACE_STARTS[word] = _starts_place(word, _first_words())
    return got


def _starts_place(word: str, firsts: frozenset[str]) -> bool:

    low = word.lower()
    if low.endswith(("'s", "’s")):
        low = low[:-2]
    low = low.rstrip(",;:")
    if low in firsts or low.rstrip(".") in firsts:
        return True
    folded = strip_marks(low)
    return folded in firsts or low in ("the", "st", "st.", "saint", "u.s", "u.k", "u.n")


def _word_spans(run: str) -> list[tuple[int, int]]:
    """The spans of ``_TOKEN``'s matches (runs of non-space characters) in a capitalised run, whose
    only spaces are spaces and tabs: by ``str.split`` when it has no tab (a few times faster)."""
    if "\t" in run:
        return [(m.start(), m.end()) for m in _TOKEN.finditer(run, None, None, False, KEEP_GIL)]
    out: list[tuple[int, int]] = []
    pos = 0
    for part in run.split(" "):
        if part:
            out.append((pos, pos + len(part)))
        pos += len(part) + 1
    return out


def _places(text: str, segments: Iterable[tuple[int, int]]) -> list[Entity]:
    """Place names in capitalised runs, longest first (up to four words)."""
    out: list[Entity] = []
    for seg_start, seg_end in segments:
        last: tuple[int, str | None] = (-1, None)  # end of the last place, how its context reads
        runs = (
            _CAP_RUN_ASCII.finditer(text, seg_start, seg_end)
            if text.isascii()
            else runtime.finditer(_CAP_RUN, text, seg_start, seg_end)
        )
        for run in runs:
            s_run = run.group()
            listed = _listed_after(text, last, run.start())
            context = _context(text, run.start(), seg_start) or listed  # (most runs: none)
            world = None if context is None else _world_place(text, run.start(), s_run, context)
            if world is not None:
                out.append(world)
                last = (world.end, context)
                continue
            if not any(map(_could_be_place, s_run.split())):
                continue  # most runs: no word a place name starts with
            offset, words = run.start(), _word_spans(s_run)
            i = 0
            while i < len(words):
                hit = None
                if not _could_be_place(s_run[words[i][0] : words[i][1]]):
                    i += 1
                    continue
                region = None
                for j in range(min(len(words), i + 4), i, -1):
                    s, e = words[i][0], words[j - 1][1]
                    name = s_run[s:e].rstrip(".,;:")
                    if j > i + 1 and _is_region(name):
                        region = j  # "South American": no state inside
                        break
                    if name.endswith(("'s", "’s")):
                        name = _POSSESSIVE.sub("", name)
                    got = place_kind(name)
                    if got:
                        hit = (s, s + len(name), got, j)
                        break
                    if j > i + 1 and _demonym_led_province(name):
                        region = j  # "British Columbia": a province, not a Briton's
                        break
                if hit is None:
                    i = region if region is not None else i + 1
                    continue
                s, e, (code, kind), j = hit
                start = offset + s
                if text[max(0, start - 4) : start].lower() == "the ":
                    start -= 4
                out.append(
                    Entity(
                        start=start,
                        end=offset + e,
                        kind="place",
                        text=text[start : offset + e],
                        code=code,
                        place_kind=kind,
                    )
                )
                last = (offset + e, _context(text, start, seg_start) or listed)
                i = j
    return out


def _context(text: str, start: int, seg_start: int) -> str | None:
    """How the words before ``start`` read a name there: ``"place"`` ("in", "near"), ``"either"``
    (a place or a person: "to", "from"), or ``None``."""
    lo = max(seg_start, start - 16)
    if _CONTEXT_ENDS is not None:  # the pattern ends with a listed word and a space or tab
        end = start
        while end > lo and text[end - 1] in " \t":
            end -= 1
        if end == start:
            return None
        ends, longest = _CONTEXT_ENDS
        tail = text[max(lo, end - longest) : end]
        if tail.isascii() and not tail.lower().endswith(ends):
            return None
    m = (_WORLD_CONTEXT_ASCII if text.isascii() else _WORLD_CONTEXT).search(text, lo, start)
    return None if m is None else "place" if m.group("place") is not None else "either"


def _listed_after(text: str, last: tuple[int, str | None], start: int) -> str | None:
    """The context a name at ``start`` takes as the next item of a list of places ("in Oslo and X",
    "visited Oslo, X and Y"): that of the list, or only ``"either"`` after a bare comma ("In Oslo,
    X said" may name a person)."""
    end, context = last
    if context is None or end < 0 or start - end > 8:
        return None
    sep = _LIST_SEPARATOR.fullmatch(text, end, start, KEEP_GIL)
    if sep is None:
        return None
    return context if sep.group("conj") is not None else "either"


def world_place(
    text: str, start: int, run: str, seg_start: int = 0, *, listed: str | None = None
) -> Entity | None:
    """A city of geo's world-city layer that a whole capitalised run names, where the words
    before it say a place stands: "arrived in Kanazawa", "flew to Kanazawa" (a city whose name
    is also a surname or another thing's only after "in", "near" and the like: "a call from Metz"
    may be a person's, "a job at Nokia" a firm's),
    or where it is ``listed`` after such a place ("in Oslo and Kanazawa": see :func:`_listed_after`).
    A state, or a province that is no city, after a comma must be the city's own.
    No name the news layer knows (those are read as usual), no possessive ("Metz's"), and no city
    the words after it put in another state ("Matsumoto, Bolivia")."""
    return _world_place(text, start, run, _context(text, start, seg_start) or listed)


def _world_place(text: str, start: int, run: str, context: str | None) -> Entity | None:
    """:func:`world_place` with the context the words before the run give (or the list's)."""
    if run.endswith(("'s", "’s", "'", "’")):
        return None
    name = run.rstrip(".,;:")
    if context is None or not name or place_kind(name) is not None:
        return None
    from diplotext import geo

    city = geo.world_city(name)
    if city is None or (city.namesake and context != "place"):
        return None
    end = start + len(name)
    after = _APPOSED_REGION.match(text, end, None, KEEP_GIL)
    if after is not None:
        region = after.group("name")
        stated = place_kind(region)
        if stated is not None:
            codes = {stated[0]} if stated[1] == "country" else set()
        elif geo.city_country(region, world=True) is None:
            codes = set(geo.subdivision_countries(region))
        else:
            codes = set()  # "Erfurt, Nakuru and ...": a list of cities, not a city and its province
        if codes and city.code not in codes:
            return None
    return Entity(start=start, end=end, kind="place", text=name, code=city.code, place_kind="city")


def find_places(text: str, start: int, end: int) -> list[Entity]:
    """Place names (states, demonyms, cities, seats) in ``text[start:end]``."""
    return _places(text, [(start, end)])


def find_entities(
    article: Article, actors: Sequence[Actor], dates: Sequence[TemporalExpression], *, places: bool = True
) -> list[Entity]:
    """Every entity unit of the article, in text order, without overlaps: actor mentions first,
    then places not inside one (unless ``places`` is false: the clause layer finds them per
    sentence, when it reads one), then times not inside either."""
    text = article.text
    n = len(text)
    found: list[Entity] = []
    for actor in actors:
        for s, e in actor.mentions:
            if not 0 <= s < e <= n:
                continue
            surface = text[s:e]
            kind = actor.kind
            code = actor.country
            pk = None
            if kind == "state":
                got = place_kind(surface)
                code = code or (got[0] if got else None)
                pk = got[1] if got else "country"
            found.append(
                Entity(
                    start=s,
                    end=e,
                    kind=kind,
                    text=surface,
                    actor=actor,
                    code=code,
                    place_kind=pk,
                    pronoun=surface.lower() in _PRONOUNS,
                )
            )
    if places:
        found.extend(_places(text, article.segments))
    for d in dates:
        if 0 <= d.start < d.end <= n:
            found.append(Entity(start=d.start, end=d.end, kind="time", text=d.text, time=d))
    rank = {"person": 0, "state": 1, "organization": 2, "group": 3, "place": 4, "time": 5}
    found.sort(key=lambda x: (rank[x.kind], x.start, -x.end))
    taken: list[tuple[int, int]] = []
    kept: list[Entity] = []
    for ent in found:
        i = bisect.bisect_left(taken, (ent.start, -1))
        clash = (i > 0 and taken[i - 1][1] > ent.start) or (i < len(taken) and taken[i][0] < ent.end)
        if clash:
            continue
        taken.insert(i, (ent.start, ent.end))
        kept.append(ent)
    kept.sort(key=lambda x: x.start)
    return kept


_DATELINE_COUNTRY: Final = regex.compile(
    r",[ \t]*(?P<c>\p{Lu}[\p{L}.'’\-]*(?:[ \t]+\p{Lu}[\p{L}.'’\-]*){0,2})"
)


def dateline_country(article: Article) -> str | None:
    """The country a dateline names after its place ("JUBA, Sudan, Oct 4", "HYDERABAD, Pakistan"),
    which wins over the gazetteer's country for a city of that name; ``None`` when it names none."""
    if article.dateline_span is None:
        return None
    end = article.dateline_span[1]
    m = _DATELINE_COUNTRY.match(article.text, end, end + 40)
    if m is None:
        return None
    found = place_kind(m["c"])
    return found[0] if found is not None and found[1] == "country" else None


def places_at_home(article: Article) -> Callable[[str, int, int], list[Entity]]:
    """:func:`find_places`, where the city of a dateline that names its country ("TRIPOLI,
    Lebanon") is of that country wherever the text names it."""
    code = dateline_country(article)
    if code is None or not article.dateline:
        return find_places
    city = strip_marks(article.dateline).casefold()

    def find(text: str, start: int, end: int) -> list[Entity]:
        return [
            attrs.evolve(e, code=code)
            if e.kind == "place" and e.code != code and strip_marks(e.text).casefold() == city
            else e
            for e in find_places(text, start, end)
        ]

    return find

"""Countries and places as news copy names them: ISO 3166-1 alpha-3 codes for names, demonyms,
cities and seats of power.

pycountry supplies the official and ISO names and codes; ``data/geo_news.txt`` adds the news layer
(short and old forms, demonyms, capitals, major cities). Everything is loaded once, lazily, into
plain dictionaries, so each lookup is a dictionary access or two.

Matching is case-insensitive for names that start with a capital letter and exact for
abbreviations, so ``"US"`` and ``"U.S."`` are the United States while ``"us"`` is not. A leading
``"the"`` is optional (``"the UK"``, ``"The Hague"``) and accents are folded (``"Élysée"``).

Codes beyond ISO 3166-1's current list: the former entries ``SUN`` (Soviet Union), ``YUG``
(Yugoslavia), ``CSK`` (Czechoslovakia) and ``DDR`` (East Germany), for the older wire stories, and
``XKX`` for Kosovo (the user-assigned code the EU and IMF use).
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Final

import attrs

from diplotext import lexicon
from diplotext.folding import strip_marks

__all__ = [
    "capital_of",
    "city_country",
    "country_code",
    "country_name",
    "demonym_code",
    "seat_code",
    "subdivision_countries",
    "subdivision_names",
]

_DATA_FILE: Final = "geo_news.txt"

_REGIONS: Final = frozenset(
    f"{part} {tail}"
    for part in ("south", "north", "latin", "central", "pan")
    for tail in ("america", "american", "americans")
)
"""Continents and regions whose names contain a state's name or demonym ("South American" is no
state): scanners match them as a whole so that "American" inside them is not read as the USA."""

_SEATS: Final[dict[str, str]] = lexicon.mapping("places", "seats of power")


@attrs.frozen
class _Tables:
    names: dict[str, str]  # folded lower-case name -> code
    abbreviations: dict[str, str]  # exact form ("US", "U.S.") -> code
    demonyms: dict[str, str]
    cities: dict[str, str]
    capitals: dict[str, str]  # code -> capital
    news_names: dict[str, str]  # code -> news name


def _fold(text: str) -> str:
    """Lower-case, accents removed, typographic apostrophes made plain, spaces collapsed."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    if not text.isascii():
        text = strip_marks(text)
    return " ".join(text.lower().split())


def _is_abbreviation(form: str) -> bool:
    bare = form.replace(".", "").replace(" ", "")
    return bool(bare) and len(bare) <= 6 and bare.isupper()


def _strip_the(form: str) -> str:
    return form[4:] if form[:4].lower() == "the " else form


def _saint(folded: str) -> str:
    """``"st. petersburg"`` and ``"saint petersburg"`` -> ``"st petersburg"``."""
    if folded.startswith("st. "):
        return "st " + folded[4:]
    if folded.startswith("saint "):
        return "st " + folded[6:]
    return folded


@functools.cache
def _tables() -> _Tables:
    import pycountry

    names: dict[str, str] = {}
    abbreviations: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    cities: dict[str, str] = {}
    capitals: dict[str, str] = {}
    news_names: dict[str, str] = {}
    own: set[str] = set()

    def add_name(form: str, code: str, *, override: bool) -> None:
        form = _strip_the(form.strip())
        if not form:
            return
        if _is_abbreviation(form):
            abbreviations.setdefault(form, code)
            abbreviations.setdefault(form.replace(".", ""), code)
            return
        key = _fold(form)
        if override or key not in names:
            names[key] = code

    for country in pycountry.countries:
        code = country.alpha_3
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value and "(" not in value:
                add_name(value, code, override=False)

    text = resources.files("diplotext").joinpath("data", _DATA_FILE).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, news, others, dems, capital, more = (part.strip() for part in line.split("|"))
        news_names.setdefault(code, news)
        # the news layer wins over pycountry; an earlier line wins over a later (historic) one
        for raw in (news, *others.split(";")):
            form = _strip_the(raw.strip())
            if not form:
                continue
            if _is_abbreviation(form):
                add_name(form, code, override=False)
                continue
            key = _fold(form)
            if key not in own:
                names[key] = code
                own.add(key)
        for dem in dems.split(";"):
            if dem:
                demonyms.setdefault(_fold(dem), code)
        quiet = capital.startswith("~")
        capital = capital.lstrip("~")
        if capital:
            capitals.setdefault(code, capital)
            if not quiet:
                cities.setdefault(_saint(_fold(_strip_the(capital))), code)
        for city in more.split(";"):
            if city:
                cities.setdefault(_saint(_fold(_strip_the(city))), code)
    for key, code in _shadowing_subdivisions(names).items():
        cities.setdefault(key, code)
    return _Tables(names, abbreviations, demonyms, cities, capitals, news_names)


def _clean(name: str) -> str:
    return " ".join(name.split()).strip(" ,;:")


def _capitalised(form: str) -> bool:
    return bool(form) and not form[0].islower()


def country_code(name: str) -> str | None:
    """ISO 3166-1 alpha-3 for a country name as news copy writes it, or ``None``.

    >>> country_code("Britain"), country_code("the U.S."), country_code("us")
    ('GBR', 'USA', None)
    """
    if not isinstance(name, str):
        return None
    form = _strip_the(_clean(name))
    if not form or len(form) > 80:
        return None
    t = _tables()
    code = t.abbreviations.get(form)
    if code is not None:
        return code
    if not _capitalised(form) or _is_abbreviation(form):
        return None
    return t.names.get(_fold(form))


def demonym_code(word: str) -> str | None:
    """ISO3 of the state a demonym or combining form names: ``"British"`` -> ``"GBR"``,
    ``"Sino"`` -> ``"CHN"``, ``"Russians"`` -> ``"RUS"``; ``None`` when unknown or ambiguous."""
    if not isinstance(word, str):
        return None
    form = _clean(word)
    if not _capitalised(form) or len(form) > 40:
        return None
    demonyms = _tables().demonyms
    key = _fold(form)
    code = demonyms.get(key)
    if code is None and key.endswith("s") and not key.endswith("ss"):
        code = demonyms.get(key[:-1])
    return code


def city_country(name: str) -> str | None:
    """ISO3 of the country of a capital or major city (``"Ankara"`` -> ``"TUR"``).

    Ambiguous names go to the place news copy mostly means: ``"Tripoli"`` is Libya's,
    ``"Hyderabad"`` India's, ``"Georgetown"`` Guyana's, ``"Birmingham"`` England's.
    """
    if not isinstance(name, str):
        return None
    form = _strip_the(_clean(name))
    if not _capitalised(form) or len(form) > 60:
        return None
    return _tables().cities.get(_saint(_fold(form)))


def capital_of(code: str) -> str | None:
    """The capital of the state with this ISO3 (or alpha-2) code, as news copy spells it."""
    code3 = _alpha3(code)
    return None if code3 is None else _tables().capitals.get(code3)


def country_name(code: str) -> str | None:
    """The news name of the state with this ISO3 (or alpha-2) code: ``"RUS"`` -> ``"Russia"``."""
    code3 = _alpha3(code)
    if code3 is None:
        return None
    name = _tables().news_names.get(code3)
    if name is not None:
        return name
    import pycountry

    country = pycountry.countries.get(alpha_3=code3)
    if country is None:
        return None
    return str(getattr(country, "common_name", None) or country.name)


def seat_code(name: str) -> str | None:
    """ISO3 of the government a seat of power stands for: ``"the Kremlin"`` -> ``"RUS"``,
    ``"Downing Street"`` -> ``"GBR"``, ``"the Élysée"`` -> ``"FRA"``. Capitals are
    :func:`city_country`'s."""
    if not isinstance(name, str):
        return None
    form = _strip_the(_clean(name))
    if not _capitalised(form) or len(form) > 40:
        return None
    return _SEATS.get(_fold(form))


def _alpha3(code: str) -> str | None:
    if not isinstance(code, str):
        return None
    code = code.strip().upper()
    if len(code) == 3 and code.isalpha():
        return code
    if len(code) == 2 and code.isalpha():
        import pycountry

        country = pycountry.countries.get(alpha_2=code)
        return None if country is None else str(country.alpha_3)
    return None


def gazetteer() -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    """Every news form at once, for scanners: ``(folded form -> (kind, code), exact abbreviation -> code)``.

    ``kind`` is ``"seat"``, ``"state"``, ``"demonym"``, ``"capital"`` or ``"city"`` (the first that
    applies, in that order), or ``"region"`` (code ``""``) for regions that name no state. Folded
    forms are lower-case without accents or a leading "the", with "St."/"Saint" written "st".
    Internal: the actors plugin reads it; the shape may change.
    """
    return _gazetteer()


@functools.cache
def _gazetteer() -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    t = _tables()
    out: dict[str, tuple[str, str]] = {}
    capitals = {_saint(_fold(_strip_the(c))) for c in t.capitals.values()}
    for key, code in t.cities.items():
        out[key] = ("capital" if key in capitals else "city", code)
    for key, code in t.demonyms.items():
        out[key] = ("demonym", code)
        if not key.endswith(("s", "sh", "ch", "ese")) and " " not in key:
            out.setdefault(key + "s", ("demonym", code))  # "Russians", "Britons"
    for key, code in t.names.items():
        out[key] = ("state", code)
    for key, code in _SEATS.items():
        out[key] = ("seat", code)
    for key in _REGIONS:
        out[key] = ("region", "")
    return out, dict(t.abbreviations)


_ARTICLES: Final = frozenset({"la", "le", "les", "el", "l'"})


def _shadowing_subdivisions(names: dict[str, str]) -> dict[str, str]:
    """Provinces and states whose names end in another state's name ("New Mexico", "New South
    Wales", "New Jersey"), folded, with their own country's code: scanners take the longest
    match, so the province is not read as the state inside its name. From pycountry's
    subdivisions; a name that only adds an article ("La Réunion") is the state itself."""
    out: dict[str, str] = {}
    for name, country in _subdivisions():
        words = _fold(name).split()
        for k in range(1, len(words)):
            tail = " ".join(words[k:])
            code = names.get(tail)
            if code is None or " ".join(words[:k]) in _ARTICLES:
                continue
            own = _alpha3(country)
            if own is not None and own != code and _fold(name) not in names:
                out[_fold(name)] = own
            break
    return out


def _subdivisions() -> list[tuple[str, str]]:
    """``(name, alpha-2 code of its country)`` of every ISO 3166-2 subdivision pycountry knows, in
    its order: read from pycountry's database file, since building pycountry's objects and indices
    for the 5,000 entries (what iterating ``pycountry.subdivisions`` does) costs five times as much
    and a tenth of ``diplotext extract`` on one file; pycountry's objects if the file cannot be read."""
    import pycountry

    database = pycountry.subdivisions
    try:
        with open(database.filename, encoding="utf-8") as f:
            entries = json.load(f)[database.root_key]
        return [(str(e["name"]), str(e["code"]).split("-")[0]) for e in entries]
    except (OSError, ValueError, LookupError, TypeError, AttributeError):
        return [(sub.name, sub.country_code) for sub in database]


@functools.cache
def subdivision_names() -> frozenset[str]:
    """The names of every ISO 3166-2 subdivision pycountry knows, as written ("Ohio", "Cornwall")."""
    return frozenset(name for name, _ in _subdivisions())


def subdivision_countries(name: str) -> frozenset[str]:
    """ISO3 codes of the states that have an ISO 3166-2 subdivision of this name: ``"Oklahoma"``
    -> ``{"USA"}``, ``"Punjab"`` -> ``{"IND", "PAK"}``; empty for any other name."""
    if not isinstance(name, str):
        return frozenset()
    return _subdivision_table().get(_fold(_strip_the(_clean(name))), frozenset())


@functools.lru_cache(maxsize=1)
def _subdivision_table() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for name, country in _subdivisions():
        code = _alpha3(country)
        if code is not None:
            table.setdefault(_fold(name), set()).add(code)
    return {k: frozenset(v) for k, v in table.items()}

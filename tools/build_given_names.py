"""Build ``src/diplotext/data/lexicon/given_names.txt``, the broad given-name list of the actors
plugin, from the first-name tables Faker ships (MIT licence, https://github.com/joke2k/faker).

Run at development time only; diplotext itself never imports Faker and downloads nothing::

    python -m venv /tmp/names-venv && /tmp/names-venv/bin/pip install 'faker==40.63.0'
    apt-get install wamerican      # /usr/share/dict/american-english (SCOWL), for the filter
    PYTHONPATH=src /tmp/names-venv/bin/python tools/build_given_names.py

What is kept: every first name of every Faker locale (``first_names*``, ``first_romanized_names*``
attributes of ``faker.providers.person.<locale>.Provider``) written in Latin letters, and the
Cyrillic ones (Russian, Ukrainian, Bulgarian, Macedonian, Serbian) transliterated the way English
news writes them ("Дмитрий" -> "Dmitriy", "Dmitry"). Names in Arabic, Hebrew, Greek, Indic, Thai,
Georgian, Armenian, Chinese, Japanese or Korean script are left out (their romanisations vary too
much to guess).

What is dropped, so that a hit stays evidence of a person:

* a name that is also an English word written in lower case (the SCOWL word list: "Hope", "Will",
  "Rose", "Major", "Summer") or a word of diplotext's own vocabularies (verbs, function words,
  words that are never names, titles and roles);
* a name that is a place diplotext knows (its gazetteer: "Paris", "Georgia", "Jordan", "Florence")
  or a word of one ("Santa Cruz", "San Jose", "Los Angeles"), or an ISO 3166-2 province or state
  named by pycountry ("Victoria") or the first word of one, or a demonym;
* names of one or two letters, and names already in the hand-made ``first_names.txt`` (which keeps
  its genders and its other uses).

The gender section of a kept name is ``m`` or ``f`` when every locale that lists it agrees, ``u``
otherwise.
"""

from __future__ import annotations

import argparse
import unicodedata
from collections import defaultdict
from pathlib import Path

from faker_lists import person_name_lists

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "diplotext" / "data" / "lexicon" / "given_names.txt"
WORDS = Path("/usr/share/dict/american-english")

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "yo", "є": "ye",
    "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz", "ѓ": "gj", "ќ": "kj",
    "ѕ": "dz",
}  # fmt: skip
_UKRAINIAN = {"г": "h", "и": "y", "і": "i"}


def _latin(name: str) -> bool:
    return all(c in "-' " or "LATIN" in unicodedata.name(c, "") for c in name)


def _transliterate(name: str, locale: str) -> list[str]:
    """News spellings of a Cyrillic given name: the plain table, plus the "-iy" -> "-y" ending."""
    table = {**_CYRILLIC, **_UKRAINIAN} if locale.startswith("uk") else _CYRILLIC
    out = []
    for word in name.split():
        low = word.lower()
        if not all(c in table or c == "-" for c in low):
            return []
        out.append("".join(table.get(c, c) for c in low).capitalize())
    first = " ".join(out)
    forms = [first]
    if first.endswith("iy"):
        forms.append(first[:-2] + "y")  # "Dmitriy" / "Dmitry"
    if first.endswith(("iy", "yy")):
        forms.append(first[:-2] + "i")  # "Yuriy" / "Yuri"
    return forms


def faker_names() -> dict[str, set[str]]:
    """Given name -> the genders ("m", "f", "u") its Faker locales give it."""
    out: dict[str, set[str]] = defaultdict(set)
    for locale, attr, value in person_name_lists(("first_names", "first_romanized_names")):
        gender = "m" if "_male" in attr else "f" if "_female" in attr else "u"
        for entry in value:
            if not isinstance(entry, str) or not entry.strip():
                continue
            raw = entry.strip()
            if _latin(raw):
                forms = [raw]
            elif locale.split("_")[0] in ("ru", "uk", "bg", "mk", "sr"):
                forms = _transliterate(raw, locale)
            else:
                continue
            for form in forms:
                if " " in form:
                    continue  # "Anthony Gabriel": two names
                # "CHIA-LING" -> "Chia-Ling"
                name = "-".join(p.capitalize() for p in form.split("-")) if form.isupper() else form
                out[name].add(gender)
    return out


def _fold(word: str) -> str:
    from diplotext.extractors.actors.names import fold

    return fold(word)


def excluded() -> set[str]:
    """Folded words that must not count as given names: English words, diplotext's vocabularies,
    places and demonyms."""
    from diplotext import geo, lexicon
    from diplotext.syntax.words import FUNCTION_WORDS, verb_forms

    out: set[str] = set()
    if WORDS.exists():
        for line in WORDS.read_text("utf-8").splitlines():
            word = line.strip()
            if word[:1].islower() and "'" not in word:
                out.add(_fold(word))
    else:
        raise SystemExit(f"{WORDS} is missing: apt-get install wamerican")
    out.update(FUNCTION_WORDS)
    out.update(verb_forms())
    for name in ("names", "titles", "actors", "places", "events", "speech", "time", "grammar"):
        for entries in lexicon.sections(name).values():
            for entry in entries:
                for word in entry.split("|", 1)[0].split():
                    out.add(_fold(word))
    places, _ = geo.gazetteer()
    for key in places:
        out.add(key)
        out.update(key.split())
    for name, _country in geo._subdivisions():
        folded = _fold(name)
        out.add(folded)
        out.add(folded.split()[0])
    return out


def build() -> tuple[dict[str, list[str]], int]:
    from diplotext import lexicon

    hand = {
        _fold(w) for lines in lexicon.sections("first_names").values() for ln in lines for w in ln.split()
    }
    drop = excluded()
    raw = faker_names()
    kept: dict[str, set[str]] = {}
    by_fold: dict[str, str] = {}
    for name in sorted(raw):
        key = _fold(name)
        if len(key) < 3 or key in hand or key in drop or not name[:1].isupper():
            continue
        if not all(c.isalpha() or c in "-'" for c in name):
            continue
        # one spelling per folded form: the plain (ASCII) one if any
        if key in by_fold:
            kept[by_fold[key]] |= raw[name]
            continue
        by_fold[key] = name
        kept[name] = set(raw[name])
    sections: dict[str, list[str]] = {"m": [], "f": [], "u": []}
    for name, genders in kept.items():
        known = genders - {"u"}  # a locale's ungendered list says nothing against the others
        section = next(iter(known)) if len(known) == 1 else "u"
        sections[section].append(name)
    return sections, len(raw)


HEADER = """\
# Given names of many languages, for the actors plugin's person-name cue. GENERATED by
# tools/build_given_names.py from the first-name tables of Faker {version} (MIT licence,
# Copyright (c) 2012 Daniele Faraglia, https://github.com/joke2k/faker); do not edit by hand:
# add a name to first_names.txt instead. English words, places and demonyms are filtered out.
# Sections [m] male, [f] female, [u] either; one name per line.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    import faker

    sections, total = build()
    lines = [HEADER.format(version=faker.VERSION).rstrip("\n")]
    for section in ("m", "f", "u"):
        lines.append(f"[{section}]")
        lines.extend(sorted(sections[section]))
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    kept = sum(len(v) for v in sections.values())
    print(f"{total} Faker first names -> {kept} kept in {args.out}")


if __name__ == "__main__":
    main()

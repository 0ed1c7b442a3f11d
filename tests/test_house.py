"""House rules checked over the source tree: word lists live in data files, each entry once."""

from __future__ import annotations

import collections
from importlib import resources

from diplotext import lexicon
from diplotext.extractors.actors.names import fold


def _lexicon_files() -> list[str]:
    folder = resources.files("diplotext").joinpath("data", "lexicon")
    return sorted(f.name.removesuffix(".txt") for f in folder.iterdir() if f.name.endswith(".txt"))


def test_no_lexicon_section_holds_an_entry_twice() -> None:
    repeated = {}
    for name in _lexicon_files():
        for section, items in lexicon.sections(name).items():
            # first_names holds several space-separated names a line, read folded ("José" is "jose");
            # the others hold one entry a line, read in lower case
            if name == "first_names":
                entries = [fold(w) for item in items for w in item.split()]
            else:
                entries = [item.lower() for item in items]
            counts = collections.Counter(entries)
            twice = sorted(e for e, n in counts.items() if n > 1)
            if twice:
                repeated[f"{name}.txt [{section}]"] = twice
    assert repeated == {}


def test_a_given_name_has_one_section() -> None:
    # a name that is both male and female goes to [u] once, not to [m] and [f]
    where = collections.defaultdict(set)
    for section, items in lexicon.sections("first_names").items():
        for item in items:
            for word in item.split():
                where[fold(word)].add(section)
    assert {w: s for w, s in where.items() if len(s) > 1} == {}
    assert set(lexicon.sections("first_names")) == {"m", "f", "u"}

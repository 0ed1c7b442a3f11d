"""The actor tagger's longest-match loops stop at the first words no known name starts with
(issue 12, twenty-sixth session, helper speed29): a role, an organisation or a place is looked up
token by token, and the loop now ends where the words read so far start no key of the table
(:data:`roles.ROLE_PREFIXES`, :data:`organizations.ORG_PREFIXES`, ``tagging._place_prefixes``)
instead of going on to the longest name the table holds. Each gate must leave the tags as they
were: here they are compared with the loops run with gates that let everything through."""

from __future__ import annotations

import random

import pytest

from diplotext import geo
from diplotext.extractors.actors import roles, tagging
from diplotext.extractors.actors.entities import Tag
from diplotext.extractors.actors.organizations import ORGS
from diplotext.extractors.actors.tokens import tokenize


class _Everything:
    """A gate that lets every key through (the loops as they were before the gates)."""

    def __contains__(self, key: object) -> bool:
        return True


def _words() -> list[str]:
    """Words of the tables' keys, as written in text: lower case, capitalised, with periods."""
    rng = random.Random(29)
    keys = [*rng.sample(sorted(roles.ROLES), 60), *rng.sample(sorted(ORGS), 40)]
    places = sorted(geo.gazetteer()[0])
    keys.extend(tuple(k.split()) for k in rng.sample(places, 60))
    keys.append(("people's", "republic", "of", "china"))
    words = {w for key in keys for w in key}
    out = sorted({form for w in words for form in (w, w.capitalize(), w.upper())})
    return [*out, ".", ",", "'s", "St.", "Saint", "the", "of", "and", "said", "Ada", "Lind"]


def _texts(n: int) -> list[str]:
    rng = random.Random(26)
    words = _words()
    return [
        " ".join(rng.choice(words) for _ in range(rng.randrange(1, 14))).replace(" .", ".") for _ in range(n)
    ]


def _tags(text: str) -> tuple[list[Tag | None], list[Tag]]:
    return tagging._tag(tokenize(text, ((0, len(text)),)))


def test_the_gated_tagger_finds_the_tags_the_whole_loops_found(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts(3000)
    gated = [_tags(text) for text in texts]
    places = tagging._place_prefixes()[0]
    monkeypatch.setattr(roles, "ROLE_PREFIXES", _Everything())
    monkeypatch.setattr(tagging, "ORG_PREFIXES", _Everything())
    monkeypatch.setattr(tagging, "_place_prefixes", lambda: (places, _Everything()))
    whole = [_tags(text) for text in texts]
    assert gated == whole
    assert sum(len(tags) for _, tags in gated) > 3000  # the texts hold many tags of every kind
    assert {tag.kind for _, tags in gated for tag in tags} >= {"role", "org", "state", "city"}


def test_the_prefix_tables_hold_every_key_and_its_starts() -> None:
    assert all(key[:m] in roles.ROLE_PREFIXES for key in roles.ROLES for m in range(1, len(key) + 1))
    assert ("gen",) in roles.ROLE_PREFIXES or ("gen.",) not in roles.ROLE_PREFIXES
    places, prefixes = tagging._place_prefixes()
    assert {"people", "people's", "people's republic of china"} <= prefixes
    assert all(key in prefixes for key in places)
    assert "said" not in prefixes and ("said",) not in roles.ROLE_PREFIXES


def test_a_long_role_an_organisation_and_a_place_are_still_tagged_whole() -> None:
    text = (
        "The People's Republic of China and the Deputy Prime Minister met the European Union"
        " in St. Petersburg."
    )
    kinds = set(_spans(text))
    assert ("state", "People's Republic of China") in kinds
    assert ("role", "Deputy Prime Minister") in kinds
    assert ("org", "European Union") in kinds
    assert ("city", "St. Petersburg") in kinds
    # an abbreviated title is read "sgt", then "sgt." with its period: the first is no key's start
    assert ("role", "Sgt.") in set(_spans("Later Sgt. Ada Lind and Capt. Ben Okoro spoke."))
    assert ("role", "Capt.") in set(_spans("Later Sgt. Ada Lind and Capt. Ben Okoro spoke."))


def _spans(text: str) -> list[tuple[str, str]]:
    tokens = tokenize(text, ((0, len(text)),))
    _, tags = tagging._tag(tokens)
    return [(t.kind, text[tokens[t.start].start : tokens[t.end - 1].end]) for t in tags]

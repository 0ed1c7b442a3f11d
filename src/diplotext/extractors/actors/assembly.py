"""From tags and mentions to actors: states (capitals and seats only where they stand for their
government, "Moscow has refused"), organisations from the lexicon and from generic phrases and groups,
and the final :class:`~diplotext.model.Actor` records, numbered in the order of their first mention.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Final

from diplotext import geo, lexicon
from diplotext.extractors.actors.entities import Entity, OrgMention, Tag
from diplotext.extractors.actors.tagging import _adjacent, _span
from diplotext.extractors.actors.tokens import Token
from diplotext.model import Actor, Span

# Words before a capital that make it a place rather than a government ("talks in Moscow").
_LOCATIVE: Final = lexicon.words("actors", "words before a place")


_CALENDAR: Final = frozenset(
    (*lexicon.WEEKDAY_NAMES, *lexicon.MONTH_NAMES, *lexicon.entries("time", "month short forms"))
)


def _government_use(tokens: Sequence[Token], at: list[Tag | None], tag: Tag) -> bool:
    """Is a capital or seat used for its government ("Moscow has refused") rather than a place?"""
    first = tokens[tag.start]
    if first.text.isupper() and len(first.text) > 2:  # datelines: "MOSCOW, Nov. 4"
        return False
    j = tag.start - 1
    if j >= 0 and tokens[j].low == "the":
        j -= 1
    if j >= 0 and tokens[j].sentence == first.sentence:
        prev = tokens[j]
        if prev.low in _LOCATIVE:
            return False
        if prev.text in "(/":
            return False
        if prev.text == "," and j >= 1:
            before = at[j - 1]
            if before is not None and before.kind in ("seat", "city"):
                return False  # "in the Kremlin, Moscow,"
    k = tag.end
    if k < len(tokens) and _adjacent(tokens, k - 1, k):
        nxt = tokens[k]
        if nxt.is_cap and nxt.is_word:
            return False
        if nxt.text == "," and k + 1 < len(tokens) and tag.kind == "capital":
            # "Moscow, Monday" / "London, England": a dateline or a place with its country
            after = tokens[k + 1]
            if after.low in _CALENDAR or (at[k + 1] is not None and at[k + 1].kind == "state"):  # type: ignore[union-attr]
                return False
    return True


def _state_entities(tokens: Sequence[Token], at: list[Tag | None], tags: list[Tag]) -> list[Entity]:
    by_code: dict[str, Entity] = {}
    for tag in tags:
        if tag.kind not in ("state", "demonym", "capital", "seat") or tag.code is None:
            continue
        if at[tag.start] is None:
            continue  # taken into a person's name ("Ricardo M. Santiago")
        if tag.kind in ("capital", "seat") and not _government_use(tokens, at, tag):
            continue
        span = tag.span or _span(tokens, tag.start, tag.end)
        ent = by_code.get(tag.code)
        if ent is None:
            ent = Entity("state", geo.country_name(tag.code) or tag.code, country=tag.code)
            by_code[tag.code] = ent
        ent.mentions.append(span)
    return list(by_code.values())


def _org_entities(
    text: str, tokens: Sequence[Token], tags: list[Tag], phrases: list[OrgMention]
) -> list[Entity]:
    by_key: dict[str, Entity] = {}
    written: dict[str, list[str]] = {}
    for tag in tags:
        if tag.kind != "org" or tag.key is None:
            continue
        if tag.end < len(tokens) and tokens[tag.end].low in ("photo", "photos"):
            continue  # a photo credit: "(AP Photo/...)"
        span = _span(tokens, tag.start, tag.end)
        ent = by_key.get(tag.key)
        if ent is None:
            ent = Entity("organization", tag.name or "", country=tag.code, key=tag.key)
            by_key[tag.key] = ent
        ent.mentions.append(span)
        written.setdefault(tag.key, []).append(text[span[0] : span[1]])
    for key, forms in written.items():
        full = max(forms, key=lambda f: (len(f.split()), len(f)))
        if len(full.split()) >= 2:
            by_key[key].name = full
        by_key[key].surfaces = sorted(set(forms) - {by_key[key].name})
    # generic phrases: key by (country, words); an unqualified phrase joins its one qualified form
    qualified: dict[str, list[str]] = {}
    for m in phrases:
        if m.country is not None:
            qualified.setdefault(m.key, [])
            if m.country not in qualified[m.key]:
                qualified[m.key].append(m.country)
    for m in phrases:
        country = m.country
        if country is None and len(qualified.get(m.key, ())) == 1:
            country = qualified[m.key][0]
        key = f"{m.kind}:{country}:{m.key}"
        surface = text[m.span[0] : m.span[1]]
        ent = by_key.get(key)
        if ent is None:
            ent = Entity(m.kind, surface, country=country, key=key)
            by_key[key] = ent
        elif len(surface) > len(ent.name):
            ent.surfaces.append(ent.name)
            ent.name = surface
        elif surface != ent.name and surface not in ent.surfaces:
            ent.surfaces.append(surface)
        ent.mentions.append(m.span)
    return list(by_key.values())


def _to_actors(entities: list[Entity], plugin: str | None = None) -> list[Actor]:
    seen: set[Span] = set()
    ready: list[tuple[int, int, Entity, list[Span]]] = []
    for order, ent in enumerate(entities):
        spans = []
        for span in sorted(set(ent.mentions)):
            if span in seen or span[1] <= span[0]:
                continue
            seen.add(span)
            spans.append(span)
        if not spans or not ent.name:
            continue
        ready.append((spans[0][0], order, ent, spans))
    ready.sort(key=lambda r: (r[0], r[1]))
    actors: list[Actor] = []
    for n, (_, _, ent, spans) in enumerate(ready, 1):
        country = ent.country
        if ent.kind == "person" and ent.countries:
            country = Counter(ent.countries).most_common(1)[0][0]
        aliases = [s for s in dict.fromkeys(ent.surfaces) if s != ent.name]
        actors.append(
            Actor(
                id=f"a{n}",
                name=ent.name,
                kind=ent.kind,  # type: ignore[arg-type]
                country=country,
                roles=ent.roles,
                aliases=aliases,
                mentions=spans,
                plugin=plugin,
            )
        )
    return actors

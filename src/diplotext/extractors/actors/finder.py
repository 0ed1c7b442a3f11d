"""The actor finder: tag tokens (organisations, places, roles), find person names from cues, join
the mentions of one entity, resolve title references and pronouns, and build the actors.

Stages, each one pass over the tokens (lookups are dictionary accesses over windows of at most
a few tokens, so the whole is linear in the length of the article):

1. :func:`.tagging._tag` - longest match at each capitalised token of organisations, places (states,
   demonyms, capitals, seats, cities), roles and honorifics; demonyms inside hyphenated words;
   :func:`.titles.extend_titles` - titles take their complement ("Vice President of Kenya").
2. :func:`.org_phrases._org_phrases`, :func:`.org_phrases._groups` - generic organisations
   ("Chinese Foreign Ministry") and groups ("British prosecutors").
3. :func:`.candidate_runs._runs` / :func:`.candidates._person_candidates` - capitalised runs that are
   names, from cues (:mod:`.name_cues`).
4. :mod:`.coref` - join name forms, then title references and pronouns.

This module holds :func:`find_actors`, which runs the stages in order, and the roles said of a person
after coreference ("he became the first British foreign secretary"); :mod:`.assembly` builds the
actors and :mod:`.entities` holds the records the stages pass on.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Sequence
from typing import Final

from diplotext import lexicon
from diplotext.extractors.actors import coref, forward, known, roles
from diplotext.extractors.actors.assembly import _org_entities, _state_entities, _to_actors
from diplotext.extractors.actors.candidates import _person_candidates
from diplotext.extractors.actors.entities import Candidate, Entity, OrgMention, Tag
from diplotext.extractors.actors.epithets import without_epithets
from diplotext.extractors.actors.lists import listed_with_a_person
from diplotext.extractors.actors.name_cue_states import _of_state
from diplotext.extractors.actors.org_phrases import _groups, _org_phrases
from diplotext.extractors.actors.principal_states import principal_states
from diplotext.extractors.actors.short_roles import tag_short_roles
from diplotext.extractors.actors.tagging import _tag
from diplotext.extractors.actors.titled_place_surnames import titled_place_surnames
from diplotext.extractors.actors.titles import extend_titles
from diplotext.extractors.actors.tokens import Token, tokenize_indexed
from diplotext.model import Actor, Article
from diplotext.syntax.words import FUNCTION_WORDS

__all__ = ["Candidate", "Entity", "OrgMention", "Tag", "find_actors"]


def find_actors(article: Article, *, plugin: str | None = None) -> list[Actor]:
    """The article's actors (``plugin`` names the plugin that found them, as the output records)."""
    text = article.text
    tokens, index = tokenize_indexed(text, article.segments, _WATCHED)
    if not tokens:
        return []
    at, tags = _tag(tokens, index)
    extend_titles(tokens, at)
    orgs = _org_phrases(tokens, at, index)
    groups = _groups(text, tokens, at)
    taken = [False] * len(tokens)
    org_country: list[str | None] = [None] * len(tokens)
    for tag in tags:
        if tag.kind == "org" and tag.code:
            for k in range(tag.start, tag.end):
                org_country[k] = tag.code
    if orgs:
        # a token starting inside a phrase is taken by the first phrase (in order) not ending
        # before it; only the tokens starting inside some phrase are looked at
        spans = sorted((m.span, m.country) for m in orgs)
        inside = sorted(
            {
                idx
                for (s, e), _ in spans
                for idx in range(
                    bisect.bisect_left(tokens, s, key=_token_start),
                    bisect.bisect_left(tokens, e, key=_token_start),
                )
            }
        )
        k = 0
        for idx in inside:
            tok_start = tokens[idx].start
            while k < len(spans) and spans[k][0][1] <= tok_start:
                k += 1
            if k < len(spans) and spans[k][0][0] <= tok_start < spans[k][0][1]:
                taken[idx] = True
                org_country[idx] = spans[k][1]
    cued, uncued = _person_candidates(text, tokens, at, taken, org_country, index=index)
    cued, uncued = listed_with_a_person(tokens, cued, uncued, index)
    cued, uncued = without_epithets(cued, uncued, tokens)  # "Defiant Jon Mabry said" after "Jon Mabry"
    people = coref.join_names(cued, uncued, tokens)
    titled_place_surnames(people, tokens, at)  # "Secretary Lima" after "Secretary Roberto Lima"
    _predicate_roles(people, tokens, at)  # "X, who serves as special envoy ... the envoy said": X
    caps = index.caps if index is not None else [k for k, t in enumerate(tokens) if t.is_cap]
    tag_short_roles(tokens, at, caps)  # "the PM" for the prime minister named before
    coref.title_references(people, tokens, at)
    forward.described_before_named(people, tokens, at)
    forward.described_then_named(people, tokens, at)
    coref.pronouns(people, tokens, index)
    _predicate_roles(people, tokens, at)
    principal_states(people, tokens, at)  # "President X's spokesman Y": X's state, before the list
    published = article.published_date
    known.enrich(people, published.year if published else None)
    principal_states(people, tokens, at)  # and the state the list gave the principal

    entities: list[Entity] = list(people)
    entities.extend(_state_entities(tokens, at, tags))
    entities.extend(_org_entities(text, tokens, tags, orgs))
    entities.extend(_org_entities(text, tokens, [], groups))
    return _to_actors(entities, plugin)


_WATCHED: Final = roles.ROLE_FIRST | frozenset(roles.PRONOUNS) | {"another"}
"""The lower-case forms the tokens' index lists (:class:`.tokens.TokenIndex`): the first words of
roles (the tagger's starts), the gendered pronouns and "another" (coreference)."""

_token_end: Final = operator.attrgetter("end")


_token_start: Final = operator.attrgetter("start")


_COPULAS: Final = lexicon.words("actors", "copulas before a role")
_SERVING: Final = lexicon.words("actors", "verbs of serving in a role")


_PREDICATE_MODIFIERS: Final = lexicon.words("actors", "modifiers before a predicate role")
_DAY_WORDS: Final = lexicon.words("time", "weekday names") | {"on", "yesterday", "today"}


def _state_ends_phrase(tokens: Sequence[Token], at: list[Tag | None], k: int) -> bool:
    """Does the state tagged at ``k`` (or after "the") end its noun phrase ("of Poland, met", "of
    Poland in 1990"), not modify a body ("of Poland's largest bank", "of the US immigration service",
    "of China Construction Bank")?"""
    tag = at[k + 1] if tokens[k].low == "the" and k + 1 < len(tokens) else at[k]
    end = tag.end if tag is not None else k + 1
    if end >= len(tokens):
        return True
    nxt = tokens[end]
    if nxt.text in "'’":
        return False
    return not nxt.is_word or (nxt.is_lower and nxt.low in FUNCTION_WORDS)


def _predicate_roles(people: list[Entity], tokens: Sequence[Token], at: list[Tag | None]) -> None:
    """Roles said of a person: "he became the first British foreign secretary to ...", "X, who is
    the Thai foreign minister", "X was the president"."""
    n = len(tokens)
    for ent in people:
        for _, end in list(ent.mentions):
            # token ends rise strictly: the token ending at ``end``, if any
            k = bisect.bisect_left(tokens, end, key=_token_end)
            if k >= n or tokens[k].end != end:
                continue
            k += 1
            if k + 1 < n and tokens[k].text == "," and tokens[k + 1].low == "who":
                k += 2
            # "X on Monday became the first ...": a day between the name and the copula
            skipped = 0
            while k < n and skipped < 3 and tokens[k].low in _DAY_WORDS:
                k += 1
                skipped += 1
            if k + 1 < n and tokens[k].low in _SERVING and tokens[k + 1].low == "as":
                k += 1  # "X, who served as Irish foreign minister in the 1980s"
            if k >= n or tokens[k].low not in _COPULAS:
                continue
            k += 1
            country: str | None = None
            steps = 0
            while k < n and steps < 6:
                steps += 1
                tag = at[k]
                if tokens[k].low in _PREDICATE_MODIFIERS and tag is None:
                    k += 1
                    continue
                if tag is not None and tag.kind == "demonym" and tag.span is None:
                    country = tag.code
                    k = tag.end
                    continue
                if tag is not None and tag.kind == "role" and tag.code:
                    after = tokens[tag.end] if tag.end < n else None
                    if after is not None and after.low == "of":
                        # "X, who was then the president of Poland": a state right after "of" (not
                        # "the president of a bank")
                        state = _of_state(tokens, at, tag.end, True)
                        if state is not None and _state_ends_phrase(tokens, at, tag.end + 1):
                            ent.add_roles([tag.code])
                            ent.countries.append(state)
                        break
                    if after is not None and after.is_cap and at[tag.end] is None:
                        break  # a title before a name
                    ent.add_roles([tag.code])
                    if country:
                        ent.countries.append(country)
                break

"""A description before the name: "The Danish minister of foreign affairs arrived on Monday. ...
Minister of Foreign Affairs Per Holm met ...": the state of a definite description that opens a
sentence, before anyone with its role is named, goes to the first person named later with that
role as a capitalised title and no state of their own (issue 9, seventeenth session)."""

from __future__ import annotations

import bisect
import operator
from collections.abc import Sequence

from diplotext.extractors.actors import roles
from diplotext.extractors.actors.entities import Entity, Tag, tagged
from diplotext.extractors.actors.tokens import Token

_token_start = operator.attrgetter("start")


def _first_mention(ent: Entity) -> int:
    return min((s for s, _ in ent.mentions), default=-1)


def described_before_named(people: list[Entity], tokens: Sequence[Token], at: Sequence[Tag | None]) -> None:
    """Give the state of "The <demonym> <role>" (opening its sentence, no name or "of" after it) to
    the first person named with that role in a later sentence, the role a capitalised title before
    the name ("Foreign Minister Per Holm", not "rebel leader X"), when nobody holding the role was
    mentioned before the description and that person has no state."""
    n = len(tokens)
    for i, tag in tagged(at):
        if tag.start != i or tag.kind != "role" or not tag.code:
            continue
        if (
            tag.end < n
            and tokens[tag.end].is_word
            and (tokens[tag.end].is_cap or tokens[tag.end].low == "of")
        ):
            continue  # a title before a name, "the minister of ..."
        demonym = at[i - 1] if i >= 1 else None
        if demonym is None or demonym.kind != "demonym" or demonym.end != i or not demonym.code:
            continue
        j = demonym.start - 1
        if j < 0 or tokens[j].low != "the" or not tokens[j].initial:
            continue
        pos, sentence = tokens[j].start, tokens[j].sentence
        holders = [e for e in people if tag.code in e.roles and e.mentions]
        if any(_first_mention(e) < pos for e in holders):
            continue
        later = sorted(holders, key=_first_mention)
        if not later or later[0].countries:
            continue
        first = later[0]
        k = next((t for t in range(tag.end, n) if tokens[t].start >= _first_mention(first)), n)
        title = at[k - 1] if k < n else None
        if (
            k < n
            and tokens[k].sentence > sentence
            and title is not None
            and title.kind == "role"
            and title.code == tag.code
            and tokens[title.start].is_cap
        ):
            first.countries.append(demonym.code)
            first.mentions.append((pos, tokens[tag.end - 1].end))


def described_then_named(people: list[Entity], tokens: Sequence[Token], at: Sequence[Tag | None]) -> None:
    """ "The chancellor is visiting Kenya ... Chancellor Jane Roe said ...": a definite description
    opening its sentence ("The <role>", "The <demonym> <role>"), no name or "of" after it, that no
    earlier mention resolved, is the one person of the article holding that role (and of that
    state), named only later; two or more holders leave it alone (issue 9, twenty-fourth session,
    helper visits37). "The <demonym> leader" is the one holder of a leader role of that state or
    of none (issue 9, twenty-sixth session, helper visits40)."""
    n = len(tokens)
    taken = {s for e in people for s, _ in e.mentions}
    for i, tag in tagged(at):
        if tag is None or tag.start != i or tag.kind != "role" or not tag.code:
            continue
        if tag.code not in roles.BACK_REFERENCE_ROLES:
            continue
        if (
            tag.end < n
            and tokens[tag.end].is_word
            and (tokens[tag.end].is_cap or tokens[tag.end].low == "of")
        ):
            continue  # a title before a name, "the minister of ..."
        j = i - 1
        country: str | None = None
        demonym = at[j] if j >= 0 else None
        if demonym is not None and demonym.kind == "demonym" and demonym.end == i:
            country = demonym.code
            j = demonym.start - 1
        if j < 0 or tokens[j].low != "the" or not tokens[j].initial:
            continue
        if tag.code == "leader" and country is None:
            continue  # "The leader ...": of which state, the description does not say
        pos = tokens[j].start
        if pos in taken:
            continue  # resolved already (a holder named before)
        # "The Hungarian leader arrived ... Prime Minister X": a state's leader is whoever holds
        # one of the leader roles (`actors.txt [leader roles]`), of that state or of none said
        holders = [
            e
            for e in people
            if roles.holds(e.roles, tag.code)
            and e.mentions
            and (country is None or not e.countries or country in e.countries)
        ]
        if len(holders) != 1 or _first_mention(holders[0]) < pos:
            continue
        if tag.code == "leader" and not set(holders[0].roles) - {"leader"}:
            continue  # "opposition leader X": a leader of no state
        holder = holders[0]
        k = bisect.bisect_left(tokens, _first_mention(holder), key=_token_start)
        if k >= n or tokens[k].sentence == tokens[j].sentence:
            continue  # named in the same sentence ("The German ambassador, X, ..."): told apart there
        if country is not None and not holder.countries:
            holder.countries.append(country)
        holder.mentions.append((pos, tokens[tag.end - 1].end))
        taken.add(pos)

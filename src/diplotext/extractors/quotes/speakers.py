"""Speakers over the article: each attribution's mention resolved to a name (see docs/quotes.md,
"Speaker resolution"; one mention in :mod:`.speaker_mention`), remembering who spoke last, the last
person, and who spoke by head noun; the names tidied and repeated quotes dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs
import regex

from diplotext import runtime
from diplotext.model import Actor, Quote, Span
from diplotext.patterns import KEEP_GIL

from . import fragments
from .bare_names import bare_name, full_person_name
from .based_modifiers import name_after_modifier
from .country_given_names import country_given_name
from .cues import Cue
from .degree_words import modifying_degree_word
from .expletive_it import dummy_it
from .fragment_speakers import kept_for_pronouns
from .lead_in_pronoun import lead_in_pronoun
from .named_documents import named_document
from .named_in_words import other_than_named
from .open_appositions import without_own_name
from .resolver import Resolver
from .speaker_history import NO_SPEAKER, History, Said, acting_person
from .speaker_mention import resolve_mention
from .speaker_trims import counts_time, day_owning, share_after_verb, whole_number, without_time
from .surnames import after_the, title_surname
from .to_infinitive_bodies import whole_body_name
from .unit_types import Raw, Unit, root_unit

__all__ = ["resolve_speakers"]


def resolve_speakers(
    text: str, segments: Sequence[Span], actors: Sequence[Actor], raws: Sequence[Raw]
) -> list[Quote]:
    resolver = Resolver(text, segments, actors)
    cache: dict[int, Said] = {}
    history = History(
        [(r.start, r.end) for r in raws], [(r.start, r.end) for r in raws if r.kind == "direct"]
    )
    # the attributions in text order, and for each the next one naming a person (for "the
    # Polish foreign minister said ..." before the article names him)
    order: list[Unit] = []
    position: dict[int, int] = {}
    for r in raws:
        if r.unit is not None:
            root = root_unit(r.unit)
            if id(root) not in position:
                position[id(root)] = -1
                order.append(root)
    # text order of the attributions, not of their quotes: a sentence's quotation can come before
    # the reported clause of an earlier attribution ("X said ... but he told Y: '...'")
    order.sort(key=lambda u: u.attr_start)
    for k, root in enumerate(order):
        position[id(root)] = k
    next_named: list[int] = [len(order)] * (len(order) + 1)
    for i in range(len(order) - 1, -1, -1):
        m = order[i].mention
        next_named[i] = i if m is not None and m.kind == "name" else next_named[i + 1]

    def next_person(after: Unit) -> str | None:
        i = next_named[position[id(after)] + 1]
        if i >= len(order):
            return None
        m = order[i].mention
        assert m is not None
        return resolver.full_name(m.text, m.start) or m.text

    direct_of = _direct_words(text, raws)

    def said_for(unit: Unit) -> Said:
        root = root_unit(unit)
        key = id(root)
        if key not in cache:
            inner = history.person
            if _after_own_words(root, inner):
                # "Y said ..., he said": "he" is not Y, whose words his clause reports
                history.person = _person_before(history, root)
            said = resolve_mention(resolver, root.mention, history, lambda: next_person(root))
            if dummy_it(text, root.mention, root.cue.start):
                said = NO_SPEAKER  # "It is also widely claimed that ...": no one
            history.person = inner
            # '"I told Nora to wait," she said': not Nora
            cache[key] = other_than_named(resolver, history, said, direct_of.get(key, ()))
            # "Perhaps, ...": no person a later "she" continues
            history.add(
                kept_for_pronouns(resolver, cache[key], root.cue.start), nested=_nested(root, clauses)
            )
        return cache[key]

    # the reported clauses with the attribution that reports each
    clauses = [
        (r.start, r.end, root_unit(r.unit)) for r in raws if r.kind == "indirect" and r.unit is not None
    ]
    for root in order:
        said_for(root)
    out: list[Quote] = []
    resolved_raw: dict[int, tuple[Said, Cue | None]] = {}
    for r in raws:
        if r.unit is not None:
            said = said_for(r.unit)
            cue: Cue | None = r.unit.cue
        elif r.previous is not None and id(r.previous) in resolved_raw:
            said, prev_cue = resolved_raw[id(r.previous)]
            cue = prev_cue if r.inherit_cue else None
            acting = acting_person(resolver, r, said)
            if acting is not None:  # 'X said. Y shook her head. "..."': Y's words
                said, cue = acting, None
        elif r.kind == "direct" and (acting := acting_person(resolver, r, NO_SPEAKER)) is not None:
            said, cue = acting, None  # the article's first quotation: 'Ann X was blunt: "..."'
        else:
            continue
        if said.name is None and r.kind == "direct" and said.mention is not None:
            said = _introduced_in_words(text, r.start, r.end, said)
        resolved_raw[id(r)] = (said, cue)
        said = _tidied(resolver, said, r.start)
        # 'X said ... She went on: "..."': the pronoun is the mention, the name stays X's
        m = lead_in_pronoun(resolver, r, said) or said.mention
        end = without_own_name(resolver, r.start, r.end, said.actor_id) if r.kind == "indirect" else r.end
        out.append(
            Quote(
                text=text[r.start : end],
                start=r.start,
                end=end,
                kind=r.kind,
                speaker=said.name,
                speaker_id=said.actor_id,
                cue=cue.text if cue else None,
                cue_start=cue.start if cue else None,
                cue_end=cue.end if cue else None,
                speaker_start=m.start if m else None,
                speaker_end=m.end if m else None,
                plugin="quotes",
            )
        )
    return _dedupe(out)


def _direct_words(text: str, raws: Sequence[Raw]) -> dict[int, list[Span]]:
    """Each attribution's direct words (by the id of its root unit), with the quotations that
    continue it in the same paragraph ('he said. "...'), in text order."""
    root_of: dict[int, int] = {}
    out: dict[int, list[Span]] = {}
    for r in raws:
        if r.unit is not None:
            key = id(root_unit(r.unit))
        elif (
            r.previous is not None
            and id(r.previous) in root_of
            and "\n" not in text[r.previous.end : r.start]
        ):
            key = root_of[id(r.previous)]
        else:
            continue
        root_of[id(r)] = key
        if r.kind == "direct":
            out.setdefault(key, []).append((r.start, r.end))
    return out


def _after_own_words(root: Unit, person: Said | None) -> bool:
    """Is ``root`` a pronoun attribution after the clause it reports, with the last person who spoke
    named inside that clause ("Y said the talks failed, he said")?"""
    m, content = root.mention, root.content
    return (
        m is not None
        and m.kind == "pronoun"
        and content is not None
        and content[1] <= m.start
        and person is not None
        and person.mention is not None
        and content[0] <= person.mention.start < content[1]
    )


def _person_before(history: History, root: Unit) -> Said | None:
    """The latest person speaker named before the clause ``root`` reports."""
    assert root.content is not None
    lo = root.content[0]
    return next((p for p in reversed(history.people) if p.mention is not None and p.mention.start < lo), None)


def _nested(unit: Unit, clauses: Sequence[tuple[int, int, Unit]]) -> bool:
    """Does the attribution stand inside the clause an earlier cue reports ("X told the court that Y
    had claimed ...": Y's)? Its speaker is then no one a later "he" continues. Not a participle
    (", with Sen. Y calling it ...": Y's own words)."""
    m = unit.mention
    if m is None or unit.cue.participial:
        return False
    return any(
        start <= m.start < end and outer is not unit and outer.cue.end <= m.start
        for start, end, outer in clauses
    )


def _introduced_in_words(text: str, start: int, end: int, said: Said) -> Said:
    """A speaker no rule named ("'...,' he said" with no one before), who gives their name in their
    own words ("I'm Ada Stamm, and ...", "My name is Ada Stamm"): that name."""
    m = said.mention
    if m is None or m.kind != "pronoun":
        return said
    own = _SELF_NAMED.search(text, start, end, KEEP_GIL)
    return attrs.evolve(said, name=own.group(1), person=True) if own is not None else said


def _tidied(resolver: Resolver, said: Said, pos: int) -> Said:
    """The speaker's name as a user reads it: no fragment ("Wednesday"), no dangling tail, an acronym
    spelt out as the article did, a person's full name for a surname (the quote at ``pos``)."""
    if said.name is not None and said.name != (bare := name_after_modifier(said.name)):
        said = attrs.evolve(said, name=bare)  # "Seoul-based X", "state-run X": X
    said = whole_body_name(resolver.text, said)  # "Committee to Shield Reporters", not "Shield Reporters"
    said = named_document(resolver.text, said)  # "the Lagos Declaration ... the declaration said"
    if said.name is not None and said.actor_id is None:
        said = whole_number(resolver.text, said)  # "000 people surveyed": "12,000 people surveyed"
        said = share_after_verb(resolver.text, said)  # "the survey showed 77 percent of women said"
        said = day_owning(resolver.text, said)  # "Wednesday's statement said": the statement
    if (
        said.name is not None
        and said.actor_id is None
        and (
            fragments.is_fragment(said.name.split())
            or counts_time(resolver.text, said)
            or modifying_degree_word(resolver.text, said)  # "and most recently defended"
        )
    ):
        said = NO_SPEAKER  # "Wednesday", "60 percent", "the lower house adopted a resolution"
    elif said.name is not None and said.actor_id is None:
        said = without_time(resolver.text, said)  # "Last week union leaders", "the unit in 2003"
        trimmed = fragments.without_dangling_tail(said.name or "")  # "... Research at", "scoffed at"
        if trimmed is None:
            said = NO_SPEAKER
        elif trimmed is not said.name:  # (the name itself when nothing dangles: no copy)
            said = attrs.evolve(said, name=trimmed)
        words = (said.name or "").split()
        if len(words) > 1 and fragments.leading_fragment(words[0]):
            said = attrs.evolve(said, name=" ".join(words[1:]))  # "Although X" -> "X"
        elif said.name in resolver.acronyms:
            said = attrs.evolve(said, name=resolver.acronyms[said.name])  # "EDC" as the article spelt it out
    if said.name is not None and _ACRONYM_NAME.fullmatch(said.name, None, None, KEEP_GIL) is not None:
        spelled = resolver.expansion(said.name)  # "RCMP": the name the article wrote it out as
        if spelled is not None:
            said = attrs.evolve(said, name=spelled)
    if said.person and said.name is not None:
        name = bare_name(said.name)  # "Sheriff X Y" -> "X Y"
        if " " not in name and name[:1].isupper() and name != "I":
            # "Varensky" -> the "Ilya Varensky" named before
            full = resolver.full_name(name, pos)
            if full is None and said.mention is not None and not after_the(resolver.text, said.mention.start):
                full = title_surname(resolver, name, pos)  # "Jason King ... King says"
            # "said Jordan X": the actors plugin read the given name as the state
            name = full_person_name(full) or country_given_name(resolver.text, name, pos) or name
        if name != said.name:  # most names are whole already: no copy of an equal record
            said = attrs.evolve(said, name=name)
    return said


def _dedupe(quotes: Sequence[Quote]) -> list[Quote]:
    """The quotes without repeats (same kind, words and speaker as an earlier one: a pull quote, a
    caption, a paragraph run twice); how many were dropped is reported as a warning."""
    seen: set[tuple[str, str, str | None]] = set()
    out: list[Quote] = []
    for q in sorted(quotes, key=lambda q: (q.start, q.end)):
        key = (q.kind, " ".join(q.text.split()), q.speaker)
        if key in seen:
            continue
        seen.add(key)
        out.append(q)
    if len(out) < len(quotes):
        runtime.warn(
            "repeated quotes dropped (same kind, words and speaker as an earlier quote; count: quotes)",
            count=len(quotes) - len(out),
        )
    return out


_ACRONYM_NAME: Final = regex.compile(r"\p{Lu}{2,6}")
_SELF_NAMED: Final = regex.compile(
    r"(?:^|(?<=[.!?]\s+)|(?<=[\"“]))(?:I['’]m|I\s+am|[Mm]y\s+name\s+is|[Mm]y\s+name['’]s)\s+"
    r"(\p{Lu}[\p{Ll}'’\-]+(?:\s+\p{Lu}[\p{Ll}'’\-]+){1,2})(?![\p{L}'’])",
    regex.MULTILINE,
)
"""A speaker naming themselves at a sentence's start inside the quote ("I'm Ada Stamm")."""

"""Speakers over the article: each attribution's mention resolved to a name (see docs/quotes.md,
"Speaker resolution"), remembering who spoke last, the last person, and who spoke by head noun.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Sequence
from typing import Final

import attrs
import regex

from diplotext import geo, lexicon, runtime
from diplotext.model import Actor, Quote, Span

from . import fragments
from .countries import is_nationality
from .cues import Cue
from .mentions import Mention, core, head_noun
from .naming import BODY_HEADS, DOCUMENT_HEADS, PEOPLE_OF, can_speak_head
from .resolver import Resolver, nationality_only, person_title, resolvable_title
from .unit_types import Raw, Unit, root_unit

__all__ = ["resolve_speakers"]


class _History:
    """What earlier attributions resolved to: the last speaker, the last person, by head noun."""

    def __init__(self, spans: Sequence[Span] = ()) -> None:
        self._spans = sorted(spans)
        self._starts = [s for s, _ in self._spans]
        self._reach = list(itertools.accumulate((e for _, e in self._spans), max))
        self.last: _Said | None = None
        self.person: _Said | None = None
        self.by_head: dict[str, _Said] = {}
        self.people: list[_Said] = []  # the person speakers so far, latest last
        self.recent: list[_Said] = []  # every speaker so far, latest last (the last few kept)

    def said(self, pos: int) -> bool:
        """Is ``pos`` inside a quote (direct words or a reported clause)?"""
        k = bisect.bisect_right(self._starts, pos) - 1
        return k >= 0 and self._reach[k] > pos

    def add(self, said: _Said) -> None:
        self.last = said
        if said.person:
            self.person = said
            if said.name:
                self.people.append(said)
        self.recent = [*self.recent[-5:], said]
        if said.mention is not None and said.mention.kind != "name" and said.name:
            self.by_head[head_noun(said.mention.text)] = said


def resolve_speakers(
    text: str, segments: Sequence[Span], actors: Sequence[Actor], raws: Sequence[Raw]
) -> list[Quote]:
    resolver = Resolver(text, segments, actors)
    cache: dict[int, _Said] = {}
    history = _History([(r.start, r.end) for r in raws])
    # the attributions in text order, and for each the next one naming a person (for "the
    # Polish foreign minister said ..." before the article names him)
    order: list[Unit] = []
    position: dict[int, int] = {}
    for r in raws:
        if r.unit is not None:
            root = root_unit(r.unit)
            if id(root) not in position:
                position[id(root)] = len(order)
                order.append(root)
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

    def said_for(unit: Unit) -> _Said:
        root = root_unit(unit)
        key = id(root)
        if key not in cache:
            cache[key] = _resolve_mention(resolver, root.mention, history, lambda: next_person(root))
            history.add(cache[key])
        return cache[key]

    out: list[Quote] = []
    resolved_raw: dict[int, tuple[_Said, Cue | None]] = {}
    for r in raws:
        if r.unit is not None:
            said = said_for(r.unit)
            cue: Cue | None = r.unit.cue
        elif r.previous is not None and id(r.previous) in resolved_raw:
            said, prev_cue = resolved_raw[id(r.previous)]
            cue = prev_cue if r.inherit_cue else None
            acting = _acting_person(resolver, r, said)
            if acting is not None:  # 'X said. Y shook her head. "..."': Y's words
                said, cue = acting, None
        else:
            continue
        resolved_raw[id(r)] = (said, cue)
        if said.name is not None and said.actor_id is None and fragments.is_fragment(said.name.split()):
            said = _NO_SPEAKER  # "Wednesday", "60 percent", "the lower house adopted a resolution"
        elif said.name is not None and said.actor_id is None:
            words = said.name.split()
            if len(words) > 1 and fragments.leading_fragment(words[0]):
                said = attrs.evolve(said, name=" ".join(words[1:]))  # "Although X" -> "X"
            elif said.name in resolver.acronyms:
                said = attrs.evolve(
                    said, name=resolver.acronyms[said.name]
                )  # "EDC" as the article spelt it out
        m = said.mention
        out.append(
            Quote(
                text=text[r.start : r.end],
                start=r.start,
                end=r.end,
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


@attrs.define
class _Said:
    name: str | None
    actor_id: str | None
    mention: Mention | None
    person: bool


_NO_SPEAKER: Final = _Said(None, None, None, False)


def _resolve_mention(
    resolver: Resolver, m: Mention | None, history: _History, forward: Callable[[], str | None]
) -> _Said:
    """The name for one speaker mention (see docs/quotes.md, "Speaker resolution")."""
    if m is None:
        h = history.last
        return _Said(h.name, h.actor_id, h.mention, h.person) if h else _Said(None, None, None, False)
    low = m.text.lower()
    if m.kind == "pronoun":
        low = _SUBJECT_FORM.get(low, low)  # "quoted him as saying"
    if m.kind == "group" and head_noun(m.text) in PEOPLE_OF and _OWNED.search(m.text):
        return _Said(m.text, None, m, _person_head(m.text))  # "Mr Reed's aides": not Mr Reed
    actor = resolver.actor_at(m.start, m.end)
    if actor is not None and actor.kind == "person" and m.kind != "name" and _SOMEONE_OF.match(m.text):
        return _Said(m.text, None, m, True)  # "an aide to Senator X": the aide, not X
    if (
        (actor is None or actor.kind == "state")
        and " " not in m.text
        and m.text[:1].isupper()
        and _DEFINITE_BEFORE.search(resolver.text, max(0, m.start - 5), m.start) is not None
    ):
        # a demonym, not a state's own name: "the Vatican said" is the Holy See, not the pope
        code = geo.demonym_code(m.text) if geo.country_code(m.text) is None else None
        person = resolver.person_of(code, m.start) if code is not None else None
        if person is not None:  # "the American said": the American the article named last
            return _Said(person.name, person.id, m, True)
    if m.kind == "pronoun" and low in {"he", "she", "i"} and history.person is not None:
        # a pronoun attribution continues the last speaker (coreference by subject would pick
        # whoever the quote talked about), unless that speaker is of the other gender: then the
        # latest speaker, else the nearest person named before, who fits
        h = history.person
        want = _PRONOUN_GENDER.get(low)
        if h.mention is not None and h.mention.end < m.start:
            # "..., said A. B warned of delays. '...,' he said": B, named after A spoke
            other = resolver.subject_person(h.mention.end, m.start, want, history.said, h.actor_id or h.name)
            if other is not None and other.name != h.name and other.id != h.actor_id:
                return _Said(other.name, other.id, m, True)
        if want is None or resolver.gender(h.name, h.actor_id) in (None, want):
            return _Said(h.name, h.actor_id, m, True)
        for cand in reversed(history.people):
            if resolver.gender(cand.name, cand.actor_id) == want:
                return _Said(cand.name, cand.actor_id, m, True)
        person = resolver.person_before(m.start, want)
        if person is not None:
            return _Said(person.name, person.id, m, True)
        near = resolver.nearest_person(m.start, want)
        if near is None and not resolver.firm_gender(h.name, h.actor_id) and _either_sex(h.name):
            # "Jan Berry said ... '...,' she said": a given name can be either; no one else fits
            # (not "Donald X said ... She told ...": nobody rather than the man)
            return _Said(h.name, h.actor_id, m, True)
        return _Said(near, None, m, near is not None)
    if actor is not None:
        if actor.kind == "person" and " " not in actor.name and m.kind != "pronoun":
            # an actor known by its surname alone: the full name the article gave it elsewhere
            full = resolver.full_name(actor.name, m.start)
            return _Said(full or actor.name, actor.id, m, True)
        if actor.kind == "person" or m.kind == "pronoun":
            return _Said(actor.name, actor.id, m, actor.kind == "person")
        return _Said(m.text, actor.id, m, _person_head(m.text))
    if m.kind == "pronoun":
        if low in {"he", "she", "i"}:
            name = resolver.nearest_person(m.start)
            return _Said(name, None, m, name is not None)  # None rather than a bare "he"
        h = _it(resolver, history) if low == "it" else history.last
        if h is None and low == "it":
            span = resolver.named_subject_before(m.start)  # "Apple has sued ... It said": Apple
            if span is not None:
                return _Said(resolver.text[span[0] : span[1]], None, m, False)
        return _Said(h.name, h.actor_id, m, h.person) if h else _Said(None, None, m, False)
    if m.kind == "name":
        full = resolver.full_name(m.text, m.start)
        return _Said(full or m.text, None, m, True)
    owner = _DOCUMENT_OWNER.match(m.text) if m.kind in ("group", "description") else None
    if owner is not None and not _not_an_issuer(owner.group(1)):
        # "an ISAF statement said", "the World Bank's report": who issued it (not "a Chinese report")
        issuing = Mention(m.start, m.start + owner.end(1), owner.group(1), "group")
        return _resolve_mention(resolver, issuing, history, forward)
    if m.kind == "description":
        head = head_noun(m.text)
        if head in DOCUMENT_HEADS:  # "The statement said": who issued it
            span = resolver.issuer_of(head, m.end)
            if span is not None and _not_an_issuer(resolver.text[span[0] : span[1]]):
                span = None  # not across a paragraph, not a nationality ("a British paper")
            issuer = _whole_name(resolver.text, span) if span is not None else None
            if issuer is not None and issuer.kind != "pronoun":
                return _resolve_mention(resolver, issuer, history, forward)
        if _INDEFINITE_BEFORE.search(resolver.text, max(0, m.start - 10), m.start):
            # "a spokesman for the firm said": someone new, not the last person quoted; the one
            # introduced with that title, or named with it further on ("The spokesman, X, ..."),
            # or the one described with the same head noun before
            named = _titled(resolver, m, head) if resolvable_title(head) else None
            ahead = forward() if resolvable_title(head) and named is None else None
            if ahead is not None and resolver.has_title(ahead, head):
                named = ahead
            if named:
                return _Said(named, None, m, True)
            same = history.by_head.get(head)  # "A Delta spokesman said ... A spokesman added"
            if same is not None:
                return _Said(same.name, same.actor_id, m, same.person)
            return _Said(m.text, None, m, _person_head(m.text))
        owner = _POSSESSIVE_BEFORE.search(resolver.text, max(0, m.start - 8), m.start)
        if owner is not None:
            # "his lawyer said": someone else than the owner; the phrase is all we know
            return _Said(resolver.text[owner.start() : m.end], None, m, _person_head(m.text))
        if resolvable_title(head) and not _names_nationality(m.text):
            # "the minister said" after a minister spoke: the latest speaker with that title
            for h in reversed(history.people[-6:]):
                if h.name and resolver.has_title(h.name, head):
                    return _Said(h.name, h.actor_id, m, True)
        same = history.by_head.get(head)
        if same is not None:
            return _Said(same.name, same.actor_id, m, same.person)
        body = resolver.body_before(m.start, head) if head in BODY_HEADS else None
        if body is not None:
            return _Said(body.name, body.id, m, False)  # "the company said": the one it named
        if head in _FIRM_HEADS and _DEFINITE_BEFORE.search(resolver.text, max(0, m.start - 5), m.start):
            span = resolver.named_subject_before(m.start)  # "Apple has ... The company said"
            if span is not None:
                return _Said(resolver.text[span[0] : span[1]], None, m, False)
        if _AGED.match(head) and owner is None:
            aged = _introduced_with_age(resolver.text, head.split("-", 1)[0], m.start)
            if aged is not None:  # "Jane Holt, 52, ... the 52-year-old said": the one of that age
                return _Said(aged, None, m, True)
            if history.person is not None:
                h = history.person  # "the 52-year-old told reporters": the person last quoted
                return _Said(h.name, h.actor_id, m, True)
        if resolvable_title(head):
            titled = _titled(resolver, m, head)
            if titled is not None:
                return _Said(titled, None, m, True)
            if history.person is not None:
                h = history.person
                return _Said(h.name, h.actor_id, m, True)
            ahead = forward()
            if ahead is not None:
                return _Said(ahead, None, m, True)
    return _Said(m.text, None, m, _person_head(m.text))


_INDEFINITE_BEFORE: Final = regex.compile(r"(?<![\p{L}])(?i:an?|another|one)\s+$")


def _acting_person(resolver: Resolver, r: Raw, said: _Said) -> _Said | None:
    """A quotation no cue attributes, right after a sentence in its paragraph that a person other
    than the last speaker opens ("Betsy X shook her head."): that person."""
    assert r.previous is not None
    text = resolver.text
    hi = r.start
    while hi > r.previous.end and text[hi - 1] in "\"“'‘` \t":
        hi -= 1  # before this quotation's opening mark
    ends = list(_SENTENCE_END.finditer(text, r.previous.end, max(r.previous.end, hi - 1)))
    if not ends or any(ch in text[ends[-1].end() : hi] for ch in '"“”'):
        return None  # the quotation shares its sentence with the last attribution
    found = resolver.person_opening(ends[-1].end(), hi)
    if found is None:
        return None
    name, actor_id, s, e = found
    if (actor_id is not None and actor_id == said.actor_id) or name == said.name:
        return None
    return _Said(name, actor_id, Mention(s, e, text[s:e], "name"), True)


_SENTENCE_END: Final = regex.compile(r"[.!?][\"'’”)]*[ \t]+")


def _either_sex(name: str | None) -> bool:
    """Does the name open with a given name English news gives men and women ("Jan", "Kim")?"""
    words = (name or "").split()
    return bool(words) and words[0].lower() in _EITHER_SEX


_EITHER_SEX: Final = lexicon.words("speech", "given names of either sex")


def _not_an_issuer(words: str) -> bool:
    """A paragraph break or a nationality adjective ("British", not "Vatican") is no issuer."""
    return "\n" in words or nationality_only(words)


def _whole_name(text: str, span: Span) -> Mention | None:
    """The issuer of a document as a mention: a name with "of", "on", "and" in it whole ("UN Office
    on Drugs and Crime"), anything else trimmed as a speaker phrase."""
    if _ORG_NAME.fullmatch(text, *span):
        return Mention(span[0], span[1], text[span[0] : span[1]], "group")
    return core(text, *span)


_DOCUMENT_OWNER: Final = regex.compile(
    r"(\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,4})(?:['’]s)?\s+(?:[\p{Ll}\-]+\s+){0,2}(?:"
    + "|".join(lexicon.longest_first(DOCUMENT_HEADS))
    + r")$"
)
"""A document with its issuer's name before it: "ISAF statement", "World Bank's annual report"."""
_ORG_NAME: Final = regex.compile(
    r"\p{Lu}[\p{L}.\-]*(?:[ \t]+(?:of|on|for|and|\p{Lu}[\p{L}.\-]*))*"
    r"[ \t]+(?:of|on|for|and)[ \t]+\p{Lu}[\p{L}.\-]*(?:[ \t]+\p{Lu}[\p{L}.\-]*)*"
)


def _it(resolver: Resolver, history: _History) -> _Said | None:
    """The latest speaker "it" can stand for: not a man or a woman, not a plural or a share
    ("BA warned ... it said": BA; "60 percent said ... it added": the report before them)."""
    for h in reversed(history.recent):
        if h.name and not _plural_or_share(h.name) and resolver.gender(h.name, h.actor_id) is None:
            return h
    return None


def _plural_or_share(name: str) -> bool:
    """ "officials", "Officials" (opening a sentence), "60 percent"; not "United Nations"."""
    words = name.split()
    last = words[-1].lower()
    plural = last.endswith("s") and can_speak_head(last) and (len(words) == 1 or words[-1].islower())
    return plural or bool(_PLURAL_OR_SHARE.search(name))


_PLURAL_OR_SHARE: Final = regex.compile(
    r"(?:\b\p{Ll}+s|\d\s*%|\bpercent|\bper\s+cent|\d\s+in\s+\d+)$|\bpercent\b"
)
"""A speaker "it" cannot stand for: a lower-case plural ("officials"), a share ("60 percent of X")."""
_FIRM_HEADS: Final = lexicon.words("speech", "firm heads")
"""Heads for a business the article may name without a word that marks it as one ("Apple")."""
_SOMEONE_OF: Final = regex.compile(
    r"(?:[\p{L}\-]+\s+){0,2}?(?:" + "|".join(lexicon.longest_first(PEOPLE_OF)) + r")\s+(?:to|for|of)\s",
    regex.IGNORECASE,
)
"""A person described by someone they work for or stand beside ("aide to Senator X", "a close
adviser to X", "lawyer for X")."""
_DEFINITE_BEFORE: Final = regex.compile(r"(?<![\p{L}])(?i:the)\s+$")
_PRONOUN_GENDER: Final = {"he": "m", "she": "f"}
_SUBJECT_FORM: Final = {"him": "he", "her": "she", "them": "they", "me": "i", "us": "we"}
_OWNED: Final = regex.compile(r"['’]s?\s+\S+$")
_AGED: Final = regex.compile(r"^\d{1,3}-year-old$")
_POSSESSIVE_BEFORE: Final = regex.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+$")


_NAME_AGED: Final = regex.compile(
    r"(?<![\p{L}])(\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){1,3}),\s*(\d{1,3}),"
)
_AGE_WINDOW: Final = 3000


def _introduced_with_age(text: str, age: str, pos: int) -> str | None:
    """The name last introduced with this age before ``pos`` ("Jane Holt, 52, ...")."""
    found = None
    for m in _NAME_AGED.finditer(text, max(0, pos - _AGE_WINDOW), pos):
        if m.group(2) == age:
            found = m.group(1)
    return found


def _names_nationality(text: str) -> bool:
    """Does a description name a nationality ("the Polish minister")?"""
    return any(w[:1].isupper() and is_nationality(w) for w in text.split())


def _person_head(text: str) -> bool:
    """A singular person noun at the head of a group text: "Libyan lawyer", "Interpol spokesperson"."""
    return person_title(head_noun(text))


def _titled(resolver: Resolver, m: Mention, head: str) -> str | None:
    nationalities = frozenset(w.lower() for w in m.text.split() if w[:1].isupper() and is_nationality(w))
    modifiers = frozenset(w for w in m.text.lower().split()[:-1] if w in _TITLE_MODIFIERS)
    return resolver.titled(head, m.start, nationalities, modifiers)


_TITLE_MODIFIERS: Final = lexicon.words("speech", "title modifiers")
"""Words before a title that name another office ("the prime minister" is no "minister")."""


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

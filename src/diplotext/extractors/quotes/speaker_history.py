"""What the speaker resolution remembers and reads around a mention: the speakers so far
(:class:`History`), what one attribution resolved to (:class:`Said`), and the rules that reach
back over the text ("the 52-year-old said" after a new subject, or the name introduced with that
age, "the statement" someone spoke in, a person description, a pronoun the actors plugin joined to
the other sex, an unattributed quotation after another person acts)."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from typing import Final

import attrs
import regex

from diplotext import lexicon
from diplotext.model import Actor, Span
from diplotext.patterns import KEEP_GIL

from .countries import is_nationality
from .cues import LEMMAS, SAY_CUES
from .mentions import Mention, head_noun
from .naming import DOCUMENT_HEADS
from .resolver import Resolver, person_title
from .subject_position import PRONOUN_GENDERS
from .unit_types import Raw

__all__ = [
    "DEFINITE_BEFORE",
    "NO_SPEAKER",
    "PRONOUN_GENDER",
    "SENTENCE_BREAK",
    "SENTENCE_END",
    "History",
    "Said",
    "acting_person",
    "description_sex",
    "introduced_with_age",
    "names_nationality",
    "person_description",
    "pronoun_fits",
    "spoke_in",
    "subject_since",
]


class History:
    """What earlier attributions resolved to: the last speaker, the last person, by head noun."""

    def __init__(self, spans: Sequence[Span] = (), direct: Sequence[Span] = ()) -> None:
        self._spans = sorted(spans)
        self._starts = [s for s, _ in self._spans]
        self._reach = list(itertools.accumulate((e for _, e in self._spans), max))
        self._direct = sorted(direct)
        self._direct_starts = [s for s, _ in self._direct]
        self._direct_reach = list(itertools.accumulate((e for _, e in self._direct), max))
        self.last: Said | None = None
        self.person: Said | None = None
        self.by_head: dict[str, Said] = {}
        self.people: list[Said] = []  # the person speakers so far, latest last
        self.recent: list[Said] = []  # every speaker so far, latest last (the last few kept)
        self._sex: dict[str, str] = {}  # speaker name -> "m"/"f", from a "he"/"she" that stood for them

    def said(self, pos: int) -> bool:
        """Is ``pos`` inside a quote (direct words or a reported clause)?"""
        k = bisect.bisect_right(self._starts, pos) - 1
        return k >= 0 and self._reach[k] > pos

    def quoted(self, pos: int) -> bool:
        """Is ``pos`` inside someone's direct words (in quotation marks)?"""
        k = bisect.bisect_right(self._direct_starts, pos) - 1
        return k >= 0 and self._direct_reach[k] > pos

    def sex_of(self, name: str | None) -> str | None:
        """The sex a "he" or "she" attribution gave this speaker earlier, if any."""
        return self._sex.get(name) if name else None

    def add(self, said: Said, *, nested: bool = False) -> None:
        """Record an attribution's speaker (``nested``: one inside another's reported clause, no
        person a later "he" or "she" continues)."""
        self.last = said
        if said.name and said.mention is not None and said.mention.kind == "pronoun":
            sex = PRONOUN_GENDER.get(said.mention.text.lower())
            if sex is not None:
                self._sex.setdefault(said.name, sex)
        if said.person and not nested:
            self.person = said
            if said.name:
                self.people.append(said)
        self.recent = [*self.recent[-5:], said]
        if said.mention is not None and said.mention.kind != "name" and said.name:
            self.by_head[head_noun(said.mention.text)] = said
            role = _ROLE_TAIL.split(said.mention.text, 1, KEEP_GIL)
            word = role[0].split()[-1] if len(role) > 1 and role[0].strip() else ""
            if word.islower() and person_title(word):  # "a spokesperson for X ... the spokesperson said"
                self.by_head[word] = said


@attrs.define
class Said:
    name: str | None
    actor_id: str | None
    mention: Mention | None
    person: bool


NO_SPEAKER: Final = Said(None, None, None, False)


def subject_since(
    resolver: Resolver, history: History, m: Mention, *, before_sentence: bool = False
) -> Said | None:
    """The person who opened a sentence as its subject after the last person spoke and before the
    description ``m`` ("Halvorsen rejected the claim. '...,' the 52-year-old said"), or ``None``;
    with ``before_sentence``, not the subject of the description's own sentence ("X wrote to his
    son the day before the son reported ..." : the son is not X)."""
    h = history.person
    if h is None or h.mention is None or h.mention.end >= m.start:
        return None
    hi = m.start
    if before_sentence:
        ends = [
            e.end() for e in SENTENCE_BREAK.finditer(resolver.text, h.mention.end, m.start, False, KEEP_GIL)
        ]
        hi = ends[-1] if ends else h.mention.end
    owned = _OWNER_IN.search(m.text, None, None, KEEP_GIL) or _OWNER_BEFORE.search(
        resolver.text, max(0, m.start - 40), m.start, KEEP_GIL
    )
    if names_nationality(m.text) or owned:
        return None  # "the British premier", "Iraq's deputy foreign minister": that office only
    other = resolver.subject_person(h.mention.end, hi, None, history.said, h.actor_id or h.name)
    if other is None or other.name == h.name or other.id == h.actor_id:
        return None
    return Said(other.name, other.id, m, True)


_ROLE_TAIL: Final = regex.compile(
    r"\s(?:" + lexicon.alternation("speech", "prepositions after a role") + r")\s"
)
"""The preposition after a description's role ("spokesperson *for* the minister")."""
_NAME_AGED: Final = regex.compile(
    r"(?<![\p{L}])(\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){1,3}),\s*(\d{1,3}),"
)
_AGE_WINDOW: Final = 3000


def introduced_with_age(text: str, age: str, pos: int) -> str | None:
    """The name last introduced with this age before ``pos`` ("Jane Holt, 52, ...")."""
    found = None
    for m in _NAME_AGED.finditer(text, max(0, pos - _AGE_WINDOW), pos, False, KEEP_GIL):
        if m.group(2) == age:
            found = m.group(1)
    return found


def person_description(text: str, m: Mention) -> str | None:
    """The sexes ("m", "f" or both) a definite description of a person may have ("the father of
    three": "m"; "the teenager": "mf"), or ``None`` when it is no such description."""
    if DEFINITE_BEFORE.search(text, max(0, m.start - 5), m.start, KEEP_GIL) is None:
        return None
    words = m.text.lower().split()
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    sex = _PERSON_DESCRIPTIONS.get(head)
    return None if sex is None else "mf" if sex == "-" else sex


def description_sex(text: str | None) -> str | None:
    """The sex the head of a description tells ("one retired woman": "f"), or ``None``."""
    words = (text or "").lower().split()
    if not words:
        return None
    sex = _PERSON_DESCRIPTIONS.get(words[-1])
    return sex if sex in ("m", "f") else None


_PERSON_DESCRIPTIONS: Final = {
    row[0].lower(): row[1] for row in lexicon.rows("speech", "person description heads")
}


def spoke_in(text: str, head: str, pos: int, history: History) -> Said | None:
    """The last speaker, when their attribution said they spoke "in a statement" (the document
    ``head``) shortly before ``pos``: "X said in a statement ...", "X, in a statement, urged"."""
    h = history.last
    if h is None or h.mention is None or h.name is None or h.mention.start >= pos:
        return None
    found = None
    for d in _IN_DOCUMENT.finditer(text, max(0, h.mention.start - _IN_DOCUMENT_REACH), pos, False, KEEP_GIL):
        if d.group("head").lower() == head:
            found = d
    if found is None or abs(found.start() - h.mention.end) > _IN_DOCUMENT_REACH:
        return None
    lo, hi = sorted((found.start(), h.mention.start))
    if SENTENCE_BREAK.search(text, lo, hi, KEEP_GIL) is not None:
        return None  # "X said ... In a joint statement, five experts ...": not X's statement
    return h


_IN_DOCUMENT: Final = regex.compile(
    r"(?<![\p{L}])[Ii]n\s+\p{Ll}+\s+(?:[\p{L}\-]+\s+){0,2}?(?P<head>"
    + "|".join(lexicon.longest_first(DOCUMENT_HEADS))
    + r")(?![\p{L}])",
    regex.IGNORECASE,
)
_IN_DOCUMENT_REACH: Final = 120


def pronoun_fits(resolver: Resolver, actor: Actor, pronoun: str) -> bool:
    """Can "he" or "she" stand for this actor: a person whose name, or whose other pronouns in the
    article, tell no other sex?"""
    want = PRONOUN_GENDER.get(pronoun)
    if want is None or actor.kind != "person":
        return True
    got = resolver.gender(actor.name, actor.id)
    if got is not None:
        return got == want
    other = _OTHER_SEX_PRONOUNS[want]
    if any(resolver.text[s:e].lower() in other for s, e in actor.mentions):
        return False
    # "She spoke of her husband Piet": a kin noun of the other sex right before the name
    text = resolver.text
    named = [s for s, e in actor.mentions if text[s:e].lower() not in PRONOUN_GENDERS]
    before = _WORD_BEFORE.search(text, max(0, named[0] - 20), named[0], KEEP_GIL) if named else None
    return before is None or description_sex(before.group(1)) in (None, want)


_WORD_BEFORE: Final = regex.compile(r"(?<![\p{L}])(\p{Ll}+)[ \t]+$")


_OTHER_SEX_PRONOUNS: Final = {
    sex: frozenset(w for w, s in PRONOUN_GENDERS.items() if s != sex) for sex in ("m", "f")
}


def acting_person(resolver: Resolver, r: Raw, said: Said) -> Said | None:
    """A quotation no cue attributes, right after a sentence in its paragraph that a person other
    than the last speaker opens ("Betsy X shook her head."), or that ends in a colon ("Ann X was
    blunt:", also opening the quotation's paragraph, or the article's first quotation with no
    speaker before it): that person."""
    text = resolver.text
    lo = r.previous.end if r.previous is not None else 0
    hi = r.start
    while hi > lo and text[hi - 1] in "\"“'‘` \t":
        hi -= 1  # before this quotation's opening mark
    # after a colon, the paragraph's start opens the sentence too ("...bad.\n\nAnn X was blunt: '...'")
    para = text.rfind("\n", lo, hi) + 1 if text[hi - 1 : hi] == ":" else lo
    ends = list(SENTENCE_END.finditer(text, max(lo, para), max(lo, hi - 1), False, KEEP_GIL))
    opening = ends[-1].end() if ends else (para if para > lo else None)
    if opening is None or any(ch in text[opening:hi] for ch in '"“”'):
        return None  # the quotation shares its sentence with the last attribution
    found = resolver.person_opening(opening, hi)
    if found is None:
        return None
    name, actor_id, s, e = found
    if text[e : e + 2] in ("'s", "’s"):
        return None  # "X's side rallied ... the question was: '...'": X opens nothing
    first, _, rest = name.partition(" ")
    if rest and LEMMAS.get(first.lower()) in SAY_CUES:
        name, s = rest, s + len(first) + 1  # 'Says Ann X, chief of ...: "..."': an inverted cue
    if (actor_id is not None and actor_id == said.actor_id) or name == said.name:
        return None
    return Said(name, actor_id, Mention(s, e, text[s:e], "name"), True)


SENTENCE_END: Final = regex.compile(r"[.!?][\"'’”)]*[ \t]+")
SENTENCE_BREAK: Final = regex.compile(r"(?<!(?:^|[\s.])\p{Lu})[.!?][\"'’”)]*\s+(?=[\"“‘'(]?\p{Lu})|\n")
"""A sentence's end (not the initials of "U.S. military") or a paragraph break."""


def names_nationality(text: str) -> bool:
    """Does a description name a nationality ("the Polish minister")?"""
    return any(w[:1].isupper() and is_nationality(w) for w in text.split())


def sentence_opening(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` begins (its break before), 0 in the first sentence: a
    subject opening the description's own sentence is someone else ("X said the mayor told him")."""
    starts = [b.start() for b in SENTENCE_BREAK.finditer(text, max(0, pos - 3000), pos, False, KEEP_GIL)]
    return starts[-1] if starts else 0


DEFINITE_BEFORE: Final = regex.compile(r"(?<![\p{L}])(?i:the)\s+$")
PRONOUN_GENDER: Final = {"he": "m", "she": "f"}
_OWNER_IN: Final = regex.compile(r"\p{L}['’]s\s")
_OWNER_BEFORE: Final = regex.compile(r"\p{L}['’]s\s+(?:[\p{Ll}\-]+\s+)*$")

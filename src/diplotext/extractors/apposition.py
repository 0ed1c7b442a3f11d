"""A description and the name set off right after it: "the Saudi foreign minister, Prince X," is
X, whoever else the article calls a foreign minister."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.actors import roles as actor_roles
from diplotext.model import Actor
from diplotext.patterns import KEEP_GIL, lazy
from diplotext.syntax import Clause, ClauseLayer, Phrase

__all__ = [
    "DESCRIBED_OFFICIAL",
    "HEAD_OF_A_STATE_BODY",
    "UNNAMED_OFFICIAL",
    "described_main_subject",
    "heads_a_state_body",
    "identified_next",
    "named_before_its_verb",
    "named_in_apposition",
]

_OPEN: Final = regex.compile(r"[ \t]*,[ \t]+((?:\p{Lu}[\p{L}.'’-]*[ \t]+){0,2})")
"""A comma and up to two capitalised words of address before the name ("Prince", "Sheikh", "Dr")."""
_CLOSE: Final = regex.compile(r"[ \t]*(?:[,;)]|[.!?](?:\s|\Z)|\Z)")
_RANKS: Final = lexicon.words("events", "titles of rank before a name")


def _role_heads() -> frozenset[str]:
    return frozenset(k[-1] for k in actor_roles.ROLES)


_HEADS: Final = _role_heads()


def named_in_apposition(text: str, layer: ClauseLayer, phrase: Phrase) -> Actor | None:
    """The one person named between commas right after a description whose head is a role ("the
    Saudi foreign minister, Prince X, and ..."); not a list of titled names ("the president,
    Foreign Minister Y, and Z": a title between comma and name is someone else's)."""
    if phrase.head.lower() not in _HEADS or any(
        e.kind == "person" and not e.pronoun for e in phrase.entities
    ):
        return None  # (a possessive pronoun may stand in it: "his Tanzanian counterpart, X,")
    m = _OPEN.match(text, phrase.end, None, KEEP_GIL)
    if m is None:
        return None
    people = [
        e
        for e in layer.entities_in(m.start(1), min(len(text), m.end() + 80))
        if e.kind == "person" and e.actor is not None and not e.pronoun
    ]
    if not people or people[0].start > m.end():
        return None
    name = people[0]
    if any(w.lower() not in _RANKS for w in text[m.start(1) : name.start].split()):
        return None
    if not _CLOSE.match(text, name.end, None, KEEP_GIL):
        return None
    return name.actor


_INDEFINITE: Final = frozenset(["a", "an"])
_OFFICIAL_HEADS: Final = frozenset(r.split()[-1] for r in lexicon.words("events", "official roles")) | {
    "official"
}
"""What a state's representative is called by ("a Pakistani military chief", "a senior official")."""
UNNAMED_OFFICIAL: Final = lazy(
    r"(?i:\ban?)[ \t]+(?:[\p{L}-]+[ \t]+){0,4}?(?i:" + "|".join(sorted(_OFFICIAL_HEADS)) + r")\b"
)
"""An indefinite description of an official ("A senior Vietnamese official"), for a lead whose
traveller the next sentence names."""
DESCRIBED_OFFICIAL: Final = lazy(
    r"(?:\b(?i:the)[ \t]+\p{Lu}[\p{L}-]+|\b\p{Lu}[\p{L}-]+['’]s)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?(?i:"
    + "|".join(sorted(_OFFICIAL_HEADS))
    + r")\b"
)
"""A definite description of a state's official ("Finland's foreign minister", "the Finnish
envoy"), for a lead whose traveller the next sentence names."""
_LEAD_SENTENCES: Final = 2
"""A delayed identification is made in the lead: the headline's sentence and the first one after it."""
_OPENING: Final = regex.compile(r"\s*(?:\p{Lu}[\p{L}.'’-]*[ \t]+){0,2}")


def identified_next(text: str, layer: ClauseLayer, phrase: Phrase) -> Actor | None:
    """ "A Pakistani military chief arrived here Wednesday ... X, chairman of ..., went straight into
    talks": a lead that tells a person by an indefinite description names him first thing in the
    next sentence (a delayed identification); not one the article named before."""
    words = phrase.words
    body = heads_a_state_body(phrase)
    if not words or (phrase.head.lower() not in _OFFICIAL_HEADS and body is None):
        return None
    if any(e.kind == "person" for e in phrase.entities):
        return None
    # "Finland's foreign minister flew into Windhoek ... [next:] X, who took over the ministry in
    # the spring, ...": a definite description of a state's official too, when the name that opens
    # the next sentence comes with no title of its own
    definite = words[0] not in _INDEFINITE
    idx = layer.sentence_at(phrase.start)
    if (
        definite
        and body is None
        and not any(e.kind in ("state", "place") and e.code for e in phrase.entities)
        # "The deputy secretary of state landed here on Monday": a lead's subject needs no state
        and not (
            words[0] == "the"
            and idx <= 1
            and not any(e.kind == "person" for e in layer.entities_in(0, phrase.start, places=False))
        )
    ):
        return None
    if idx > _LEAD_SENTENCES or idx + 1 >= len(layer.sentences):
        return None
    start, end = layer.sentences[idx + 1]
    opening = _OPENING.match(text, start, None, KEEP_GIL)
    limit = opening.end() if opening is not None else start
    for ent in layer.entities_in(start, end):
        if ent.start > limit:
            return None
        if ent.kind != "person" or ent.actor is None or ent.pronoun:
            continue
        actor = ent.actor
        if actor.mentions and actor.mentions[0][0] < start:
            return None  # named before: the description is someone else
        if any(w.lower() not in _RANKS for w in text[start : ent.start].split()):
            return None
        if definite and (
            actor.roles or (text[ent.end : ent.end + 1] != "," and not _carries_on(layer, idx + 1, ent.start))
        ):
            return None
        return actor
    return None


_BODY_HEADS: Final = lexicon.words("events", "body head words") - {"boss"}
_STATE_BODIES: Final = lexicon.words("events", "state body nouns") | lexicon.words("events", "state services")
HEAD_OF_A_STATE_BODY: Final = lazy(
    r"\b(?i:the)[ \t]+(?:(?i:deputy|vice)[ \t]+)?(?i:head|chief|director(?:-general)?)[ \t]+of[ \t]+"
    r"(?:(?i:the)[ \t]+)?\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*)?(?:['’]s)?[ \t]+"
    r"(?:[\p{L}-]+[ \t]+){0,2}?(?i:" + "|".join(lexicon.longest_first(_STATE_BODIES)) + r")\b"
)
"""A lead's description of the head of a state's body ("The head of South Korea's spy agency")."""


def heads_a_state_body(phrase: Phrase) -> str | None:
    """ "the head of South Korea's spy agency", "the chief of the Kenyan intelligence service": the
    one state whose body the phrase's head leads, else ``None``."""
    if phrase.head.lower() not in _BODY_HEADS:
        return None
    for prep, inner in phrase.preps:
        if prep != "of" or not _STATE_BODIES.intersection(inner.words):
            continue
        codes = {e.code for e in inner.all_entities() if e.kind in ("state", "place") and e.code}
        return codes.pop() if len(codes) == 1 else None
    return None


def _carries_on(layer: ClauseLayer, sentence: int, start: int) -> bool:
    """ "The Transport Secretary will travel to X next month ... [next:] Y is expected to hold
    talks there": the name opening the next sentence is the subject of a clause that still looks
    ahead (a future, a modal, or a verb of plan or expectation before its own), so it carries the
    announced trip on rather than comment on it ("Y said ...")."""
    for clause in layer.in_sentence(sentence):
        subject = clause.subject
        if subject is None or subject.start != start:
            continue
        pred = clause.predicate
        return clause.kind == "main" and not pred.negated and (pred.tense == "future" or bool(pred.chain))
    return False


_SUBJECT_PRONOUNS: Final = frozenset([("he",), ("she",)])


def described_main_subject(
    layer: ClauseLayer, phrase: Phrase, taken: Actor, persons: Callable[[Phrase | None], list[Actor]]
) -> Actor | None:
    """ "In Cairo, the visiting envoy is to meet Foreign Minister Y on Saturday, before he is
    expected in Beirut": "he" opening a clause that hangs on a clause with a description for
    subject is the person the description stands for, not the one named after it (whom the
    actors stage, seeing no name before, took him for)."""
    if phrase.words not in _SUBJECT_PRONOUNS:
        return None
    clauses = layer.in_sentence(layer.sentence_at(phrase.start))
    own = _by_subject(clauses).get(phrase.start)
    if own is None or own.kind not in ("adverbial", "coordinate") or own.parent is None:
        return None
    parent = clauses[own.parent] if own.parent < len(clauses) else None
    if parent is None or parent.subject is None or any(e.kind == "person" for e in parent.subject.entities):
        return None
    if not any(a.role != "subject" and taken in persons(a.phrase) for a in parent.args):
        return None  # "he" was taken for someone else than the one the main clause met
    described = persons(parent.subject)
    return described[0] if len(described) == 1 and described[0] is not taken else None


_SUBJECT_INDEXES: dict[int, tuple[tuple[Clause, ...], dict[int, Clause]]] = {}


def _by_subject(clauses: tuple[Clause, ...]) -> dict[int, Clause]:
    """A sentence's clauses by where their subject starts, built once a sentence (a long sentence
    with many pronouns must not be scanned once a pronoun)."""
    got = _SUBJECT_INDEXES.get(id(clauses))
    if got is not None and got[0] is clauses:
        return got[1]
    index: dict[int, Clause] = {}
    for c in clauses:
        if c.subject is not None:
            index.setdefault(c.subject.start, c)
    if len(_SUBJECT_INDEXES) > 256:
        _SUBJECT_INDEXES.clear()
    _SUBJECT_INDEXES[id(clauses)] = (clauses, index)
    return index


_COMMA_BEFORE: Final = regex.compile(r"[ \t]*,[ \t]*\Z")


def named_before_its_verb(
    text: str, layer: ClauseLayer, phrase: Phrase, clauses: Iterable[Clause]
) -> Actor | None:
    """ "A second man sought by police in the same case, X, was arrested": the name set off by
    commas between a subject and its clause's verb, past what describes the subject. ``clauses``
    are those of the phrase's sentence whose own subject starts where the phrase does."""
    for c in clauses:
        subject = c.subject
        if subject is None or subject.start != phrase.start or c.subject_from is not None:
            continue
        verb = c.predicate.start
        if verb <= phrase.end or not _COMMA_BEFORE.search(text, phrase.end, verb, KEEP_GIL):
            continue  # a participle right after the subject ("sought by police") is no such clause
        people = [
            e
            for e in layer.entities_in(phrase.end, verb, places=False)
            if e.kind == "person" and e.actor is not None and not e.pronoun
        ]
        last = people[-1] if people else None
        if last is None or text[max(0, last.start - 2) : last.start] != ", ":
            return None
        if not _COMMA_BEFORE.fullmatch(text, last.end, verb, KEEP_GIL):
            return None
        return last.actor
    return None

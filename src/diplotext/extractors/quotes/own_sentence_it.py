"""An "it" inside the sentence a body opens as its subject stands for that body: "The Ministry of
Mines retreated on Friday when it argued that ..." and "The mining department backed down, when it
said ..." are the ministry and the department, not the body (or person) quoted before. Only when
the pronoun follows a subordinator or a conjunction of that sentence (not a comma: "The
police have a plan, it added" is the body's words, whoever "it" is) and nothing between
the body and the pronoun could be another antecedent: no other capitalised word but a day or a
month, no other body word, no quotation mark (see docs/quotes.md, twenty-seventh session, helper
names40)."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from diplotext.patterns import KEEP_GIL

from .mentions import Mention
from .named_bodies import body_opening_sentence_at
from .naming import BODY_HEADS
from .resolver import Resolver
from .speaker_history import SENTENCE_BREAK, History, Said

__all__ = ["body_opening_own_sentence"]

_REACH: Final = 300
_LINKS: Final = lexicon.words("grammar", "subordinators") | lexicon.words("grammar", "conjunctions")
_LINK_BEFORE: Final = regex.compile(r"(?<![\p{L}])(?P<word>\p{Ll}+)[ \t]+$")
_DESCRIBED: Final = regex.compile(r"[\"“‘'(]?[Tt]he[ \t]+")
"""The article opening a lower-case body description: "The mining department"."""
_DESCRIPTION_WORD: Final = regex.compile(r"\p{Ll}[\p{Ll}\-]*")
_VERB_OR_APPOSITION: Final = regex.compile(r",|[ \t]+\p{Ll}")
_CAPITALISED: Final = regex.compile(r"(?<![\p{L}\p{N}'’])\p{Lu}[\p{L}\-]*")
_DATE_WORDS: Final = frozenset(w.lower() for w in (*WEEKDAY_NAMES, *MONTH_NAMES))
_WORD: Final = regex.compile(r"\p{Ll}+")
_QUOTE_MARKS: Final = regex.compile(r"[\"“”]")


def body_opening_own_sentence(resolver: Resolver, history: History, m: Mention) -> Said | Mention | None:
    """The body opening the sentence of the "it" ``m`` (see the module's words): its name, or the
    mention of its lower-case description ("the company") to resolve as any such mention; else
    ``None``."""
    text = resolver.text
    lo = max(0, m.start - _REACH)
    breaks = [b.end() for b in SENTENCE_BREAK.finditer(text, lo, m.start, False, KEEP_GIL)]
    if not breaks and lo > 0:
        return None
    start = breaks[-1] if breaks else 0
    link = _LINK_BEFORE.search(text, start, m.start, KEEP_GIL)
    if link is None or link.group("word") not in _LINKS:
        return None
    if history.said(m.start):
        return None
    found = body_opening_sentence_at(resolver, history, start, m.start)
    if found is not None:
        name, end = found
    else:
        described = _described_body(text, start, m.start)
        if described is None:
            return None
        name, end = described
    between = text[end : link.start()]
    if _QUOTE_MARKS.search(between, None, None, KEEP_GIL) is not None:
        return None
    if any(
        w.group().lower() not in _DATE_WORDS for w in _CAPITALISED.finditer(between, None, None, KEEP_GIL)
    ):
        return None  # "The ministry fined Orbix Ltd when it ...": Orbix may be "it"
    if any(w.group() in BODY_HEADS for w in _WORD.finditer(between, None, None, KEEP_GIL)):
        return None  # "The ministry fined the company when it ...": either
    if found is None:
        return Mention(end - len(name), end, name, "description")
    actor = resolver.actor_at(end - len(name), end)
    actor_id = actor.id if actor is not None and actor.kind not in ("person", "state") else None
    return Said(name, actor_id, m, False)


def _described_body(text: str, start: int, pos: int) -> tuple[str, int] | None:
    """A lower-case body description opening the sentence at ``start`` ("The mining department
    backed down"), without its article, and its end: up to four words, the last a body head, then a
    verb or an apposition."""
    the = _DESCRIBED.match(text, start, pos, KEEP_GIL)
    if the is None:
        return None
    at = the.end()
    for _ in range(4):
        word = _DESCRIPTION_WORD.match(text, at, pos, KEEP_GIL)
        if word is None:
            return None
        if word.group() in BODY_HEADS:
            if _VERB_OR_APPOSITION.match(text, word.end(), pos, KEEP_GIL) is None:
                return None
            return text[the.end() : word.end()], word.end()
        at = word.end()
        while at < pos and text[at] in " \t":
            at += 1
    return None

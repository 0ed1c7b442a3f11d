"""Quoted terms that are the writer's, not a speaker's, for the partial quotes of
:func:`.sentence.analyse_sentence`:

- a term the sentence names rather than uses: after "so-called", "code-named", "entitled", "billed
  as", "known as a", a passive "dubbed" ("the accord, dubbed "the handshake deal"");
- a scare-quoted modifier in a noun phrase of the writer's sentence ("the government's "open door"
  policy", "a "clean slate" approach") or a scare-quoted title before a name ("rebel "defence
  minister" Ivo Marten"), when no attribution before it in the sentence and no reported clause
  holds it: the cue later in the sentence has its own clause and does not reach back into the noun
  phrase.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL
from diplotext.syntax.words import AUXILIARIES, COPULAS, FUNCTION_WORDS, MODALS, NEGATIONS

from .marks import QuoteSpan
from .naming import can_speak_head

__all__ = ["modifier_term", "named_term"]

_NAMING_BEFORE: Final = regex.compile(
    r"(?r)(?:(?<![\p{L}])(?:" + lexicon.alternation("speech", "words naming a quoted term") + r")"
    r"|(?:,|(?<![\p{L}])(?:"
    + lexicon.alternation("speech", "passive auxiliaries before dubbed")
    + r"))\s+dubbed"
    # "known as a", and a nickname: "known as", "known to friends as" (helper quotes38)
    r"|(?<![\p{L}])known\s+(?:to\s+[\p{L}\-]+(?:\s+[\p{L}\-]+)?\s+)?as(?:\s+(?:an?|the))?)\s*$",
    regex.IGNORECASE,
)
_WORDS: Final = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")
_DETERMINERS: Final = lexicon.alternation("speech", "determiners before a scare-quoted modifier")
_DETERMINER_BEFORE: Final = regex.compile(
    r"(?r)(?:(?<![\p{L}])(?i:" + _DETERMINERS + r")|\p{L}['’]s?)\s*$",
)
_WORD_BEFORE: Final = regex.compile(
    r"(?r)(?:(?<![\p{L}])(?i:" + _DETERMINERS + r")|\p{Lu}[\p{L}\-]+|\p{L}['’]s?)[ \t]*$"
)
"""Before a scare-quoted title: a determiner, a possessive or a capitalised word ("Rebel")."""
_NEXT_WORD: Final = regex.compile(r"[ \t]*(?:[\"”'’]+[ \t]*)?([\p{L}][\p{L}\-]*)(?=[\s,.;:!?)])")
_NAME_NEXT: Final = regex.compile(r"[ \t]*\p{Lu}[\p{L}.\-]+[ \t]+\p{Lu}[\p{L}\-]+")
_NOT_HEAD: Final = (
    FUNCTION_WORDS
    | COPULAS
    | NEGATIONS
    | frozenset(AUXILIARIES)
    | frozenset(MODALS)
    | lexicon.words("speech", "finite forms")
    | lexicon.words("speech", "irregular past forms")
)
"""Words that head no noun phrase after a scare-quoted modifier."""
_MAX_WORDS: Final = 3


def named_term(text: str, q: QuoteSpan) -> bool:
    """Is the quoted fragment a term named, not used ("the so-called "quiet zone"", "a plan
    code-named "Harvest"", "the pact, dubbed "the grain deal"")?"""
    return _NAMING_BEFORE.search(text, max(0, q.open - 40), q.open, KEEP_GIL) is not None


def modifier_term(text: str, q: QuoteSpan, cue_start: int) -> bool:
    """Is the quoted fragment (three words at most, no closing punctuation inside) a scare-quoted
    part of a noun phrase: after a determiner or a possessive and before the phrase's head noun
    ("a "clean slate" approach"), or a title before a name ("rebel "defence minister" Ivo Marten")?
    ``cue_start`` is where the next cue begins: a cue right after the fragment is no head noun."""
    body = text[q.start : q.end].rstrip()
    if not body or body[-1] in ",.;:!?" or q.close is None:
        return False
    words = _WORDS.findall(body)
    if not words or len(words) > _MAX_WORDS:
        return False
    after = q.outer_end
    if body[0].islower() and _NAME_NEXT.match(text, after, None, KEEP_GIL) is not None:
        return (  # a title
            can_speak_head(words[-1].lower())
            and _WORD_BEFORE.search(text, max(0, q.open - 30), q.open, KEEP_GIL) is not None
        )
    if _DETERMINER_BEFORE.search(text, max(0, q.open - 30), q.open, KEEP_GIL) is None:
        return False
    nxt = _NEXT_WORD.match(text, after, None, KEEP_GIL)
    if nxt is None or text[after : nxt.start(1)].strip(" \t\"”'’"):
        return False
    head = nxt.group(1)
    low = head.lower()
    return (
        nxt.start(1) != cue_start  # not '2004 was a "stellar year" said X'
        and head[0].islower()
        and low not in _NOT_HEAD
        and not low.endswith(("ly", "ed"))
        and len(low) > 2
    )

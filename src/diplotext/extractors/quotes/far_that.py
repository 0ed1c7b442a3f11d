"""A "that" after a long adjunct of the cue: "said in a statement issued after the meeting that
...", "told a news conference in the capital on Monday after talks with his counterpart that ...",
"said during a visit to the region last week that ...". What was said starts after the "that",
not at the adjunct's last words.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL
from diplotext.syntax.words import SUBJECT_PRONOUNS

__all__ = ["that_after_adjuncts"]

_UP_TO_THAT: Final = regex.compile(r"[^,;:\"“”()]*?(?<![\p{L}])that(?![\p{L}])\s*")
_WORD: Final = regex.compile(r"[\p{L}\p{N}'’\-]+")
_OPENS: Final = regex.compile(
    r"\s*(?:" + lexicon.alternation("speech", "words opening an adjunct before a far that") + r")\s",
    regex.IGNORECASE,
)
_TO_SOMEONE: Final = regex.compile(
    r"\s*to\s+(?:(?i:"
    + lexicon.alternation("grammar", "determiners")
    + "|"
    + lexicon.alternation("grammar", "possessives")
    + r")\s|\p{Lu})"
)
"""'pointed out to the BBC News website that ...': a listener; not "pledged to bring X ... that"."""
_AUX: Final = lexicon.words("speech", "auxiliaries and modals")
_MAX_WORDS: Final = 18
_REACH: Final = 200


def that_after_adjuncts(text: str, pos: int, end: int, *, listener: bool) -> int | None:
    """Where what was said starts after a "that" up to 18 words after the cue's end at ``pos``,
    when the words before it open an adjunct (a preposition, a time word) or, after a cue with a
    listener, a listener ("told a news conference ... that"), and hold no comma, no quotation mark,
    no auxiliary and no subject pronoun (which would make the "that" a relative or the words a
    clause); else ``None``."""
    if (
        not listener
        and _OPENS.match(text, pos, min(end, pos + 20), KEEP_GIL) is None
        and _TO_SOMEONE.match(text, pos, min(end, pos + 20), KEEP_GIL) is None
    ):
        return None
    m = _UP_TO_THAT.match(text, pos, min(end, pos + _REACH), KEEP_GIL)
    if m is None:
        return None
    words = [w.group().lower() for w in _WORD.finditer(text, pos, m.start() + m.group().rfind("that"))]
    if not words or len(words) > _MAX_WORDS:
        return None
    if any(w in _AUX or w in SUBJECT_PRONOUNS or w == "that" for w in words):
        return None
    return m.end()

"""Quoted fragments that are nobody's words, for :func:`.sentence.analyse_sentence`: a name
("the storm "Queenie""), a term mentioned rather than used ("terms like "digital"", "known as
"the wall""), the title of a show, book or column ("on MSNBC's "Morning Joe""), and a fragment a
relative clause right after it takes as its antecedent.
"""

from __future__ import annotations

import itertools
from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL

from .marks import QuoteSpan
from .scare_quotes import named_term

_RELATIVE_AFTER: Final = regex.compile(r"[^\"“”]{0,3}?[,(]?\s*(?:which|that|who)\s")
"""A relative clause opening right after a quoted fragment: the fragment is its antecedent, a term
the clause's speaker is talking about."""
_NAME_WORDS: Final = regex.compile(
    r"\s*(?!The\s)\p{Lu}[\p{L}\p{N}'’.\-]*(?:\s+(?:\p{Lu}|\p{N})[\p{L}\p{N}'’.\-]*){0,3}\s*"
)
_TERM_BEFORE: Final = regex.compile(
    r"(?r)(?:(?<![\p{L}])(?:terms?|words?|phrases?|expressions?|labels?|slogans?|nicknames?)\s+(?:like|such\s+as)?"
    r"|(?<![\p{L}])(?:the|a)\s+(?:term|word|phrase|expression|label|slogan|nickname)|known\s+as|nicknamed|named)"
    r"\s*$",
    regex.IGNORECASE,
)


def _name_or_term(text: str, q: QuoteSpan) -> bool:
    """Is a quoted fragment a name ("the storm "Queenie"", "a yacht "Phocea"") or a term
    mentioned, not used ("terms like "digital"", "known as "the wall"")? Neither is anyone's words."""
    if _NAME_WORDS.fullmatch(text, q.start, q.end, KEEP_GIL) is not None and not text[
        q.start : q.end
    ].rstrip().endswith((".", "!", "?", ",")):
        return True
    return (
        _TERM_BEFORE.search(text, max(0, q.open - 30), q.open, KEEP_GIL) is not None
        or named_term(text, q)
        or _work_title(text, q)
    )


_TITLE_BEFORE: Final = regex.compile(
    r"(?r)(?:(?<![\p{L}])(?:on|of|"
    + lexicon.alternation("speech", "words before a quoted title")
    + r")|\p{L}['’]s?)[ \t,]*$",
    regex.IGNORECASE,
)
_TITLE_WORD: Final = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")


def _work_title(text: str, q: QuoteSpan) -> bool:
    """Is a quoted fragment the title of a show, a book or a column ("said on MSNBC's "Morning
    Joe,"", "co-editor of "Chick Lit: The New Fiction.""): every word of four letters or more
    capitalised, at most eight words, after "on", "of", a possessive or a word like "book"?"""
    # nine words at most: a longer quotation is no title (and most are much longer)
    words = [
        m.group() for m in itertools.islice(_TITLE_WORD.finditer(text, q.start, q.end, False, KEEP_GIL), 9)
    ]
    if not words or len(words) > 8 or not words[0][0].isupper():
        return False
    if not all(w[0].isupper() or w[0].isdigit() for w in words if len(w) >= 4):
        return False
    return _TITLE_BEFORE.search(text, max(0, q.open - 40), q.open, KEEP_GIL) is not None

"""Recognising web-page boilerplate: sign-up and paywall prompts, newsletters, comment policies, cookie
and share blocks, "read more" links, counters and tag lists.

No site's wording is matched. A block is boilerplate when it is short, uses the vocabulary of site
furniture (subscribe, sign in, account, newsletter, password, cookie, privacy policy, comments ...) and
speaks to the reader (you, your, our, please, an imperative such as "Sign up"), or when it is a bare
heading of that kind ("Comments", "Related articles", "Advertisement", "0 / 0"). The article's tail is
cut as a whole from the first boilerplate block after which only boilerplate and short fragments follow.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Final

import regex

from diplotext import lexicon
from diplotext.asciitwin import ascii_twin
from diplotext.patterns import KEEP_GIL

__all__ = ["is_boilerplate", "is_tail_filler", "stems_in", "vocabulary_hits"]

# The lookahead holds the first letters of the branches (``tests/test_fast_paths.py`` derives
# them from the pattern): a word starting with another letter is passed over without trying the
# forty branches (half the time of the scan).
_VOCAB: Final = regex.compile(
    r"""
    \b(?=[acdeflmnprstuy©])(?:
      (?:un)?subscri(?:be|bed|bers?|bing|ptions?)
    | sign(?:ed|ing)?[\s\-]?(?:up|in|out)\b | sign-?ups?
    | log(?:ged|ging)?[\s\-]?(?:in|out|on)\b | logins?
    | regist(?:er|ered|ering|ration)
    | (?:your|an|free|my|member|user|existing|new|create\s+an?)\s+accounts?
    | newsletters?
    | e-?mail\s+address(?:es)?
    | passwords?
    | cookies?
    | privacy\s+(?:policy|notice|statement|settings|centre|center)
    | terms\s+(?:of|and)\s+(?:use|service|conditions)
    | comment(?:s|ing|ers?)\b
    | community\s+(?:guidelines|standards|rules)
    | share\s+(?:this|on|via|the\s+article|article|story)
    | follow\s+us
    | read\s+(?:more|next|also|later)
    | advertisement|sponsored\s+(?:content|links?|stories)
    | recaptcha|captcha
    | (?:members?|subscribers?)[\s\-]only
    | paywall
    | unlock
    | free\s+(?:stories|articles|trial)
    | continue\s+reading
    | click\s+here
    | download\s+(?:our|the)\s+app
    | all\s+rights\s+reserved
    | copyright | ©
    | required\s+fields?
    | at\s+least\s+\d+\s+characters?
    | notifications?
    | related\s+(?:articles|stories|topics|content|coverage|news|links)
    | most\s+(?:read|popular|viewed|shared)
    | you\s+may\s+also\s+like
    | recommended\s+(?:for\s+you|stories|articles)
    | forgot\s+(?:your\s+)?password
    | save\s+(?:stories|articles)
    )\b
    """,
    regex.X,  # matched against lower-cased text: much faster than IGNORECASE
)
_VOCAB_ASCII: Final = ascii_twin(_VOCAB)

# Speaking to the reader: second person, "our site", "please", or an imperative opening.
_ADDRESS: Final = regex.compile(
    r"""
    \b(?-i:[Yy]ou|[Yy]ours?|[Oo]ur|us|[Pp]lease|PLEASE|YOUR?)\b
    | \bthis\s+(?:site|website|page|article|story|newsletter)\b
    | ^\W*(?:create|sign|log|subscribe|register|join|share|follow|click|tap|download|enter|accept
            |manage|continue|already|don'?t\s+miss|become|save|unlock|thank|by\s+clicking|read)\b
    """,
    regex.I | regex.X,
)

# News prose reports speech; site furniture does not.
_REPORTING: Final = regex.compile(r"\b(?:said|says|told|according\s+to|added)\b", regex.I)

_QUOTE_START: Final = regex.compile(r"[\"“‘']")

_HEADING: Final = regex.compile(
    r"""
    \W*(?:
      comments?(?:\s*\(\d+\))? | more\s+about | more\s+on\s+this\s+story | related(?:\s+\w+)?
    | advertisement | sponsored(?:\s+content)? | share(?:\s+this(?:\s+(?:article|story|page))?)?
    | read\s+(?:more|next|also) | also\s+read | see\s+also | most\s+(?:read|popular|viewed|shared)
    | top\s+stories | trending(?:\s+now)? | tags? | topics | sign\s+in | log\s*in | sign\s+up | register
    | subscribe(?:\s+now)? | follow(?:\s+us)? | recommended(?:\s+for\s+you)? | you\s+may\s+also\s+like
    | newsletters? | latest(?:\s+news)? | more\s+stories | print | e-?mail | facebook | twitter | x
    | whatsapp | linkedin | telegram | reddit | copy\s+link | loading(?:\.{3}|…)? | back\s+to\s+top
    | skip\s+to\s+(?:main\s+)?content | menu | search | close
    )\W*
    """,
    regex.I | regex.X,
)
_COUNTER: Final = regex.compile(r"\W*\d{1,4}\s*(?:/|of)\s*\d{1,4}\W*", regex.I)
_BULLET: Final = regex.compile(r"\s*[•·▪►\-–—*]\s")
_SENTENCE_END: Final = regex.compile(r"[.!?…][\"'”’)\]]*\s*$")
_ALNUM: Final = regex.compile(r"[\p{L}\d]")
_WORD: Final = regex.compile(r"[\p{L}\d][\p{L}\d'’\-]*")
_WORD_ASCII: Final = ascii_twin(_WORD)

MAX_WORDS_PER_HIT = 12
"""A block is boilerplate only if it has a furniture word for every this many words."""


# Every vocabulary entry contains one of these (a cheap test that skips most news paragraphs).
_STEMS: Final = lexicon.entries("reader", "boilerplate stems")


def stems_in(text: str) -> tuple[str, ...]:
    """The stems (:data:`_STEMS`) the lower-cased text holds: a block of it holds none of the others,
    so the blocks of one article are tested for these only (``stems`` of :func:`vocabulary_hits`)."""
    low = text.lower()
    return tuple(filter(low.__contains__, _STEMS))  # (in order, a C loop)


def vocabulary_hits(text: str, stems: Sequence[str] = _STEMS) -> int:
    """How many site-furniture words and phrases the text uses (``stems``: those of
    :data:`_STEMS` that may stand in it, see :func:`stems_in`)."""
    low = text.lower()
    if not any(map(low.__contains__, stems)):  # a C loop over the stems, in the same order
        return 0
    return len((_VOCAB_ASCII if low.isascii() else _VOCAB).findall(low))  # the matches, counted in C


def _words(text: str, most: int) -> int:
    """The number of words in ``text``, counted up to ``most`` (a larger count is ``most``: the
    callers only compare it with smaller numbers)."""
    words = (_WORD_ASCII if text.isascii() else _WORD).finditer(text)
    return sum(1 for _ in itertools.islice(words, most))


def is_boilerplate(text: str, stems: Sequence[str] = _STEMS) -> bool:
    """Is this block (a paragraph or a line) site furniture rather than article text? (``stems``
    as for :func:`vocabulary_hits`)"""
    stripped = text.strip()
    if not stripped:
        return False
    if len(stripped) <= 60 and (
        _HEADING.fullmatch(stripped, None, None, KEEP_GIL)
        or _COUNTER.fullmatch(stripped, None, None, KEEP_GIL)
    ):
        return True
    hits = vocabulary_hits(stripped, stems)
    if not hits:
        return False
    if (
        _REPORTING.search(stripped, None, None, KEEP_GIL)
        or _QUOTE_START.match(stripped, None, None, KEEP_GIL)
    ) and hits < 3:
        return False
    most = max(12, MAX_WORDS_PER_HIT * hits)
    words = _words(stripped, most + 1)  # only compared with ``most`` and 6 below
    bullet = _BULLET.match(stripped, None, None, KEEP_GIL)
    prose = stripped[bullet.end() :] if bullet else stripped
    if _ADDRESS.search(prose, None, None, KEEP_GIL) and words <= most:
        return True
    # A short label or prompt without a full stop: "Your email address", "* Required fields".
    return (
        words <= 6 and not _SENTENCE_END.search(stripped, None, None, KEEP_GIL) and not stripped.endswith(":")
    )


def is_tail_filler(text: str, stems: Sequence[str] = _STEMS) -> bool:
    """Can this block sit inside a boilerplate tail without ending it: a scrap of a few words,
    a bullet, a short block using the furniture vocabulary, or a short line that is not a sentence
    (no full stop)? Real closing paragraphs end with a full stop or a closing quote, so they end
    the tail."""
    stripped = text.strip()
    if not _ALNUM.search(stripped, None, None, KEEP_GIL):
        return True
    words = _words(stripped, 41)  # only compared with 40 and less below
    if words <= 3:
        return True
    if _BULLET.match(text, None, None, KEEP_GIL) and words <= 30:
        return True
    if words <= 40 and vocabulary_hits(stripped, stems):
        return True  # a prompt that just misses the boilerplate rules
    return words <= 30 and not _SENTENCE_END.search(stripped, None, None, KEEP_GIL)

"""Is an article English? A cheap, linear check with no model: the script of its letters, then the
share of its words that are common function words of English and of a few other languages.

:func:`detect_language` gives ``"en"``; the ISO 639-1 code of another language it recognises by
its words (``fr``, ``de``, ``es``, ``it``, ``pt``, ``nl``, ``sv``, ``pl``, ``tr``, ``id``, ``sw``)
or by its script (``el``, ``he``, ``ja``, ``ko``, ``th``, ``ka``, ``hy``, ``zh``);
``und-<Script>`` for a script several languages share (``und-Cyrl``, ``und-Arab``...); or ``und``
for Latin-script text with many accented words that reads as none of them. Short texts (fewer
than :data:`MIN_WORDS` words) and text the check cannot place are taken as English, the library's
language. The pipeline extracts nothing from a document whose language is not English (see
docs/reliability.md).
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable
from typing import Final

import regex

from diplotext import lexicon
from diplotext.asciitwin import compile_ascii
from diplotext.patterns import lazy

__all__ = ["MAX_WORDS", "MIN_WORDS", "detect_language"]

MIN_WORDS = 25
"""Fewer words than this: too little to go on, the text is taken as English."""

MAX_WORDS = 5_000
"""Words looked at (the first ones); enough to decide, and it keeps the check cheap on huge input."""

MIN_SHARE = 0.12
"""Share of a language's function words among the Latin-script words that makes the text that
language (English news runs at 0.35-0.45; other languages' text at under 0.05 for English words)."""

MIN_DISTINCT = 4
"""Different function words of another language a text must have to be that language (one word
that happens to be in its list, "met" in "Putin met Macron", is not enough)."""

MIN_ENGLISH_SHARE = 0.05
"""Below this share of English function words, Latin-script text no other list places is ``und``
when many of its words have letters English does not use (a table of names and scores stays ``en``)."""

MIN_ACCENTED_SHARE = 0.10
"""Share of words with a non-ASCII letter that marks Latin-script text as not English."""

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'\u2019]*")
_WORD_ASCII = compile_ascii(r"[A-Za-z][A-Za-z']*")
"""``_WORD`` for ASCII text (the standard library's ``re`` runs it in about half the time)."""
_SCRIPTS: tuple[tuple[str, regex.Pattern[str]], ...] = tuple(
    (name, regex.compile(rf"\p{{{prop}}}"))
    for name, prop in (
        ("Latn", "Latin"),
        ("Cyrl", "Cyrillic"),
        ("Arab", "Arabic"),
        ("Hebr", "Hebrew"),
        ("Grek", "Greek"),
        ("Hani", "Han"),
        ("Hira", "Hiragana"),
        ("Kana", "Katakana"),
        ("Hang", "Hangul"),
        ("Deva", "Devanagari"),
        ("Beng", "Bengali"),
        ("Thai", "Thai"),
        ("Geor", "Georgian"),
        ("Armn", "Armenian"),
        ("Ethi", "Ethiopic"),
    )
)
_KANA = lazy(r"[\p{Hiragana}\p{Katakana}]")
_SCRIPT_LANGUAGE = {
    "Grek": "el",
    "Hebr": "he",
    "Hang": "ko",
    "Hira": "ja",
    "Kana": "ja",
    "Hani": "zh",
    "Thai": "th",
    "Geor": "ka",
    "Armn": "hy",
}


@functools.cache
def _function_words() -> dict[str, frozenset[str]]:
    """Each language's function words; another language's list leaves out the English ones."""
    lists = {
        code: frozenset(w.lower() for row in lexicon.rows("languages", code) for w in row)
        for code in lexicon.sections("languages")  # one section per language, English first
    }
    english = lists["en"]
    return {code: words if code == "en" else words - english for code, words in lists.items()}


def _script(word: str) -> str:
    first = word[0]
    if first < "\x80":
        return "Latn"  # an ASCII letter: the common case, no pattern tried
    return _char_script(first)


@functools.lru_cache(maxsize=4096)
def _char_script(char: str) -> str:
    return next((name for name, pattern in _SCRIPTS if pattern.match(char)), "other")


QUICK_WORDS = 300
"""Words the quick check reads before the full one."""
QUICK_ENGLISH_SHARE = 0.25
"""Share of English function words among the first words that settles it: English news runs at
0.35 to 0.45, other languages written in Latin letters well under 0.10."""


def _clearly_english(pieces: list[str]) -> bool:
    """Do the first :data:`QUICK_WORDS` words (ASCII, at least :data:`MIN_WORDS` of them) hold
    English function words at :data:`QUICK_ENGLISH_SHARE` or more? Then no script count is needed."""
    sample: list[str] = []
    lowered = True  # every word of the sample taken from a piece lower-cased beforehand
    for piece in pieces:
        # an ASCII piece is lower-cased once (as far as it is read), not its words one by one: the
        # ASCII pattern finds the same words in it, lower-cased
        if piece.isascii():
            sample.extend(_first_words(piece[:QUICK_CHARS].lower(), QUICK_WORDS - len(sample)))
        else:
            lowered = False
            sample.extend(_first_words(piece, QUICK_WORDS - len(sample)))
        if len(sample) >= QUICK_WORDS:
            break
    sample = sample[:QUICK_WORDS]
    if len(sample) < MIN_WORDS:
        return False
    if not "".join(sample).isascii() and sum(not w.isascii() for w in sample) * 20 > len(sample):
        return False
    english = _function_words()["en"]
    hits = sum(map(english.__contains__, sample if lowered else map(str.lower, sample)))
    return hits >= QUICK_ENGLISH_SHARE * len(sample)


QUICK_CHARS = 20_000
"""Characters of one piece the quick check reads at most."""


def _first_words(piece: str, wanted: int) -> list[str]:
    """The words among the first :data:`QUICK_CHARS` characters of ``piece``: all of them, or at
    least the first ``wanted`` ones. A short window is tried first; a match can only be cut short by
    the window's end when it is the last one, so a window with more than ``wanted`` words gives the
    first ``wanted`` words exactly as the whole piece would."""
    window = 8 * wanted  # English runs at about 6 characters a word
    findall = _ascii_words if piece.isascii() else _WORD.findall
    if window < min(len(piece), QUICK_CHARS):
        words = findall(piece, 0, window)
        if len(words) > wanted:
            return words
    return findall(piece, 0, QUICK_CHARS)


_NOT_IN_ASCII_WORDS: Final = str.maketrans(
    {c: c if c.isalpha() or c == "'" else " " for c in map(chr, range(128))}
)
"""Every ASCII character a word of ``_WORD_ASCII`` cannot hold made a space (and every one it can
hold kept, so ``str.translate`` finds every character in the table)."""


def _ascii_words(piece: str, pos: int, end: int) -> list[str]:
    """``_WORD_ASCII.findall(piece, pos, end)`` for an ASCII piece, with no pattern match a word
    (C loops over the characters instead): the characters no word holds made spaces, the runs of
    letters and apostrophes left split apart, and a run's leading apostrophes dropped (a word opens
    with a letter; a run of apostrophes alone is no word). The pattern has no lookbehind, so the
    slice reads as the pattern's bounds do."""
    chunk = piece[pos:end].translate(_NOT_IN_ASCII_WORDS)
    runs = chunk.split()
    if chunk.startswith("'") or " '" in chunk:  # a run opening with an apostrophe
        runs = [word for word in (run.lstrip("'") for run in runs) if word]
    return runs


def detect_language(pieces: Iterable[str]) -> str:
    """The language of the text made of ``pieces`` (say, an article's paragraphs): see the module
    docstring. Linear in the text looked at, and it looks at no more than :data:`MAX_WORDS` words."""
    pieces = list(pieces)
    quick = _clearly_english(pieces)
    if quick:
        return "en"
    letters: Counter[str] = Counter()
    latin: list[str] = []
    kana = False
    n = 0
    for piece in pieces:
        for match in _WORD.finditer(piece):
            word = match.group()
            script = _script(word)
            letters[script] += len(word)
            if script == "Hani" and not kana:
                kana = _KANA.search(word) is not None  # Japanese: kana among the Han characters
            if script == "Latn":
                latin.append(word.lower())
            n += 1
            if n >= MAX_WORDS:
                break
        if n >= MAX_WORDS:
            break
    total = sum(letters.values())
    if total == 0:
        return "en"
    script, count = letters.most_common(1)[0]
    if script != "Latn" and count * 2 > total and (n >= MIN_WORDS or count >= 2 * MIN_WORDS):
        if script in ("Hani", "Hira", "Kana") and kana:
            return "ja"
        return _SCRIPT_LANGUAGE.get(script, f"und-{script}" if script != "other" else "und")
    if len(latin) < MIN_WORDS:
        return "en"
    lists = _function_words()
    counts = Counter(latin)
    shares = {code: sum(counts[w] for w in words) / len(latin) for code, words in lists.items()}
    best = max((code for code in shares if code != "en"), key=lambda code: shares[code])
    distinct = sum(w in counts for w in lists[best])
    if shares[best] >= MIN_SHARE and shares[best] > shares["en"] and distinct >= MIN_DISTINCT:
        return best
    accented = sum(not w.isascii() for w in latin) / len(latin)
    if shares["en"] < MIN_ENGLISH_SHARE and accented >= MIN_ACCENTED_SHARE:
        return "und"
    return "en"

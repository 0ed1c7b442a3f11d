"""A weekday written short ("Fri", "Thurs.", "Wed."): when it is the day and not a word or a name."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon

from .context import Context, Match, _g

__all__ = ["short_weekday_ok"]

_POINTING: Final = frozenset(["this", "next", "last", "coming", "this coming"])
_AHEAD: Final = lexicon.words("time", "words pointing to a week ahead")
"""Words before a short weekday in lower case that point to a week ahead ("this sat"; "she last sat")."""
_WORD_AFTER: Final = regex.compile(
    rf"\s{{1,3}}(?!(?:{lexicon.alternation('time', 'words after a short weekday ahead')})\b)[a-z]"
)
"""After "this sat": a lower-case word (a verb's object or adverb: "this sat well") makes it the verb."""
_SHORT_BEFORE: Final = regex.compile(r"([a-z]+)\s{1,3}$|[-–]\s{0,2}$")


def short_weekday_ok(ctx: Context, m: Match, short: str) -> bool:
    """A short weekday alone ("fri", "Tues.") is the day after "on", "until", "next" ... (the lexicon's
    ``time``/``short weekday before``) or before a part of the day; "sun", "sat", "wed" and "mon" are
    words as well and count only before a date or a clock (the rules before this one), or with a
    capital after "this", "next", "last" or "coming"."""
    if _g(m, "plural"):
        return False
    written = m.group("weekday").rstrip(".")
    if short in lexicon.words("time", "ambiguous weekday abbreviations"):
        # "this Sat", "next Sun": with a capital, after a word that points to a week ("she last sat")
        rel = (_g(m, "rel") or "").lower()
        if rel in _POINTING and written[0].isupper():
            return True
        if rel in _AHEAD and not _WORD_AFTER.match(ctx.text, m.end(), ctx.hi):
            return True  # "open house this sat!", "see u next sun 10am" (not "this sat well with them")
        if _g(m, "pod") and written[0].isupper() and not _THE_BEFORE.search(ctx.before(m.start(), 8)):
            return True  # "on Sat night", "Sun morning" (not "the Sun morning edition")
        if (_g(m, "pod") or "").lower() in _INFORMAL_NIGHTS and not _THE_BEFORE.search(
            ctx.before(m.start(), 8)
        ):
            return True  # "party sat nite!": an informal night is no verb's object
        if written.islower() and _lower_ambiguous_ok(ctx, m, short):
            return True  # "gonna watch the game on sat", "mon morning blues"
        return short in _DOTTED_AMBIGUOUS and _dotted_after_lower(ctx, m, written)
    if _g(m, "rel") or _g(m, "pod"):
        return True
    before = _SHORT_BEFORE.search(ctx.before(m.start(), 12).lower())
    if before is None or (before.group(1) is not None and before.group(1) not in _SHORT_BEFORE_WORDS):
        return _dotted_after_lower(ctx, m, written) or (
            written.istitle() and short not in _NAME_LIKE_SHORT and _after_lower_word(ctx, m)
        )
    return True


_INFORMAL_NIGHTS: Final = lexicon.words("time", "informal nights after a short weekday")
"""A night spelt informally after a short weekday ("sat nite", "mon nite"): the day, even in lower case."""
_THE_BEFORE: Final = regex.compile(r"\bthe\s{1,3}$", regex.IGNORECASE)
_DOTTED_AMBIGUOUS: Final = frozenset(["mon", "wed"])
"""Short forms that are words too but, written with a capital and a period, are the day ("Polls close
Wed."); not "Sun." nor "Sat." ("the Sun.", "she Sat.")."""
_NAME_LIKE_SHORT: Final = frozenset(["tue", "thu"])
"""Short forms that are also given names ("Thi Thu"): with a capital, the day only with a period."""
_SHORT_BEFORE_WORDS: Final = lexicon.words("time", "short weekday before")
_WORD_BEFORE: Final = regex.compile(r"([A-Za-z]+)\s{1,3}$")


def _after_lower_word(ctx: Context, m: Match) -> bool:
    """Is the word before a short weekday a lower-case word (a verb: "opens Thurs"), not a name
    ("Thi Thu")?"""
    before = _WORD_BEFORE.search(ctx.before(m.start(), 16))
    return before is not None and before.group(1).islower()


def _dotted_after_lower(ctx: Context, m: Match, written: str) -> bool:
    """A short weekday with a capital and its period after a lower-case word ("close Wed.", "opens Thu.")."""
    return (
        written.istitle()
        and ctx.text[m.start() + len(written) : m.start() + len(written) + 1] == "."
        and _after_lower_word(ctx, m)
    )


_PREPOSITION_BEFORE: Final = regex.compile(
    rf"\b(?:{lexicon.alternation('time', 'words before a lower-case short weekday that is also a word')})"
    r"\s{1,3}$"
)


_LOWER_WORD_AFTER: Final = regex.compile(
    rf"\s{{1,3}}(?!(?:{lexicon.alternation('time', 'words after a lower-case short weekday')})\b)[a-z]"
)
"""After "on sat": a lower-case word makes it a word ("on sun cream", "on sun and wind"), but "at", "w/",
"then" do not ("on sat at 9", "til sun then!")."""


def _lower_ambiguous_ok(ctx: Context, m: Match, short: str) -> bool:
    """Is a lower-case "sat", "sun", "mon" or "wed" the day: after "on", "til", "by" ... (the lexicon's
    ``time``/``words before a lower-case short weekday that is also a word``) and before no lower-case
    word but "at", "w/", "then" ("on sat w/ the boys", "til sun!"; not "on sun cream"), or
    "mon" and "wed" before a part of the day ("mon morning blues"; not after "the")?"""
    if _g(m, "pod"):
        if _THE_BEFORE.search(ctx.before(m.start(), 8)):
            return False  # "the sun morning glow"
        if short in _DOTTED_AMBIGUOUS:
            return True  # "mon morning", "wed night": no verb or noun takes a part of the day after it
    if not _PREPOSITION_BEFORE.search(ctx.before(m.start(), 8).lower()):
        return False
    return _g(m, "pod") is not None or not _LOWER_WORD_AFTER.match(ctx.text, m.end(), ctx.hi)

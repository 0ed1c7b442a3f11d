"""Which attributions can attribute anything: :func:`prune` drops a cue with nothing said ("the
country claimed independence") and hands a dropped cue's speaker to the cue that continues it."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final

import regex

from diplotext import lexicon
from diplotext.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from diplotext.patterns import KEEP_GIL
from diplotext.syntax import ClauseLayer

from . import indirect as ind
from .bare_clauses import opens_clause
from .cues import CLAUSE_CUES, COMPLEMENT_CUES, OBJECT_CUES, SAY_CUES
from .marks import QuoteSpan
from .mentions import Mention, core
from .unit_types import Unit

__all__ = ["SUBJECT_START", "last_char", "prune"]


def prune(
    text: str, units: list[Unit], se: int, quotes: Sequence[QuoteSpan], layer: ClauseLayer | None = None
) -> list[Unit]:
    kept: list[Unit] = []
    dropped: set[int] = set()
    for u in units:
        parent = u.parent
        if parent is not None and id(parent) in dropped:
            # "Democrats described it as ominous, and said ...": the speaker of the dropped cue
            u.parent = None
            if u.mention is None:
                u.mention = parent.mention
            if u.mention is None:
                dropped.add(id(u))
                continue
        if _viable(text, u, se, quotes, layer):
            agent = _agent(text, u, se, quotes)
            if agent is not None:  # "a flood described by Ada X as '...'": Ada X said it
                u.mention = agent
            kept.append(u)
        else:
            dropped.add(id(u))
    return kept


def _viable(
    text: str, u: Unit, se: int, quotes: Sequence[QuoteSpan], layer: ClauseLayer | None = None
) -> bool:
    """Can this cue attribute anything? (drops "the country claimed independence")"""
    lemma = u.cue.lemma
    if lemma in _BESIDE_WORDS_ONLY and not _beside_words(text, u, quotes):
        return False  # "the talks continued, with ...", "if the outflows continue": no speech
    if lemma in _FALL_CUES and _FALL_AFTER.match(text, u.cue.end, None, KEEP_GIL) is not None:
        return False  # "exports declined in May", "shares declined after the report": a fall
    if _ANONYMITY.match(text, u.cue.end, None, KEEP_GIL) is not None:
        return False  # "a worker, who asked not to be named, said": the request is no speech
    if lemma != "say" and _passive(text, u, quotes):
        return False  # "the measures announced by the minister", "a poll reported Monday by X"
    if lemma in SAY_CUES or u.cue.according:
        return True
    if lemma in COMPLEMENT_CUES and ((u.mention is not None and u.parent is None) or u.parent is not None):
        return True
    k = bisect.bisect_left([q.open for q in quotes], u.attr_end)
    if k < len(quotes) and ind.words_within(text, u.attr_end, quotes[k].open, 12):
        return True
    k = bisect.bisect_right([q.outer_end for q in quotes], u.attr_start) - 1
    if k >= 0 and ind.words_within(text, quotes[k].outer_end, u.attr_start, 3):
        return True
    if lemma not in CLAUSE_CUES:
        return False
    pos = ind.skip_adjuncts(text, u.attr_end, se, listener=lemma in OBJECT_CUES)
    if ind.starts_with_that(text, pos, se) is not None or ind.find_that(text, pos, se, words=8) is not None:
        return True
    comma = pos < se and text[pos] == ","
    if comma:
        pos += 1
    if opens_clause(text, pos, se, layer):
        return True
    if comma and last_char(text, u.attr_start) == "," and ind.continues_after(text, u.attr_start, pos, se):
        return True  # "It is common, he explains, for families to ...": the cue inside one clause
    if (
        u.parent is not None
        and not u.cue.participial
        and SUBJECT_START.match(text, pos, se, KEEP_GIL)
        and ind.has_words(text, pos, se, 3)
    ):
        return True  # "..., but insisted the sanctions stay": the same speaker goes on
    return last_char(text, u.attr_start) == "," and ind.words_within(text, pos, se, 6)


def _beside_words(text: str, u: Unit, quotes: Sequence[QuoteSpan]) -> bool:
    """Does the cue stand right before a quotation ("He continued: '...'") or right after what was
    said (", Weber continued", "'...,' he continued")?"""
    k = bisect.bisect_left([q.open for q in quotes], u.attr_end)
    if k < len(quotes) and ind.words_within(text, u.attr_end, quotes[k].open, 1):
        return True
    if _RELATIVE_BEFORE.search(text, max(0, u.cue.start - 12), u.cue.start, KEEP_GIL) is not None:
        return False  # "the summit, which concluded on Monday": no one's words after it
    if last_char(text, u.attr_start) not in _AFTER_WORDS:
        return False
    # ", the report concludes.", "..., X continued, adding": the cue closes its clause, not
    # ", the debate concluded with statements"
    pos = ind.skip_adjuncts(text, u.attr_end, min(len(text), u.attr_end + 80), listener=False)
    return _CLAUSE_CLOSES.match(text, pos, None, KEEP_GIL) is not None


_BESIDE_WORDS_ONLY: Final = lexicon.words(
    "speech", "cues that are speech only beside a quotation or after what was said"
)
_FALL_CUES: Final = lexicon.words("speech", "cues that tell of a fall before an amount or a time")
_FALL_AFTER: Final = regex.compile(
    r"(?:\s+\p{Ll}+ly)?\s+(?:(?:"
    + lexicon.alternation("speech", "words after a cue that tells of a fall")
    + r")(?![\p{L}])|[\d$€£%])"
)
_AFTER_WORDS: Final = frozenset(",\"”’'")
_CLAUSE_CLOSES: Final = regex.compile(r"\s*(?:[.,;:!?)\"”’']|$|that(?![\p{L}]))")
_RELATIVE_BEFORE: Final = regex.compile(r"(?<![\p{L}])(?:which|that|who)\s+$", regex.IGNORECASE)


def _passive(text: str, u: Unit, quotes: Sequence[QuoteSpan]) -> bool:
    """Is the cue a passive participle with its agent after it and no quotation near ("information
    reported by the Ledger"), not "reported by phone that ..." nor "described by X as '...'"?"""
    if _AGENT_AFTER.match(text, u.cue.end, None, KEEP_GIL) is None:
        return False
    k = bisect.bisect_left([q.open for q in quotes], u.attr_end)
    return not (k < len(quotes) and ind.words_within(text, u.attr_end, quotes[k].open, 12))


def _agent(text: str, u: Unit, se: int, quotes: Sequence[QuoteSpan]) -> Mention | None:
    """The agent of a passive cue before a quotation ("described by Ada X as '...'"): the speaker."""
    if u.cue.lemma == "say" or _AGENT_AFTER.match(text, u.cue.end, None, KEEP_GIL) is None:
        return None
    by = _BY.search(text, u.cue.end, min(se, u.cue.end + 40), KEEP_GIL)
    k = bisect.bisect_left([q.open for q in quotes], u.attr_end)
    if by is None or k >= len(quotes):
        return None
    stop = _AGENT_END.search(text, by.end(), quotes[k].open, KEEP_GIL)
    if stop is None or stop.group().strip() != "as":
        return None  # "as reported by the Ledger — '...'": the words are another's, reported
    end = stop.start()
    return core(text, by.end(), end) if ind.words_within(text, by.end(), end, 6) else None


def last_char(text: str, pos: int, floor: int = 0) -> str:
    """The last non-space character before ``pos`` (at most 200 back), or ""."""
    i = pos
    while i > floor and text[i - 1].isspace() and pos - i < 200:
        i -= 1
    return text[i - 1] if i > floor and not text[i - 1].isspace() else ""


_ANONYMITY: Final = regex.compile(
    r"[ \t]+(?:"
    + lexicon.alternation("speech", "anonymity requests after a cue", r"[ \t]+")
    + r")(?![\p{L}])",
    regex.IGNORECASE,
)
_TIME_WORD: Final = "|".join((*WEEKDAY_NAMES, *MONTH_NAMES))
_AGENT_AFTER: Final = regex.compile(
    rf"(?:[ \t]+(?i:on|last|earlier|{_TIME_WORD})(?![\p{{L}}]))*[ \t]+by[ \t]+"
    rf"(?!(?i:{_TIME_WORD})(?![\p{{L}}]))(?:the[ \t]+|an?[ \t]+)?\p{{Lu}}"
)
"""A passive participle's agent right after the cue ("announced Wednesday by the Premier"): a name
or a body, not a time ("by the end of May") nor a way ("by cutting costs")."""
_BY: Final = regex.compile(r"(?<![\p{L}])by[ \t]+")
_AGENT_END: Final = regex.compile(r"[ \t]+as[ \t]|[ \t]*[,;:(—–]|[ \t]-[ \t]")
"""Where a passive agent ends: "as" (the agent's words follow), a comma or a dash."""
SUBJECT_START: Final = regex.compile(
    r"\s*(?:(?:the|a|an|this|these|its|their|his|her|our|he|she|they|it|we)\s|\p{Lu})"
)

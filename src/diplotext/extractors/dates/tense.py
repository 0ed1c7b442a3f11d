"""Tense cues around an expression: is the clause about the past or the future?

The cue nearest the expression inside its sentence wins ("Cameron insisted Monday" -> past; "talks
will resume on Monday" -> future). A cue after the expression counts as further away than one before it
(so a trailing "..., he said" does not outweigh "will" earlier in the clause).

Future cues: "will", "shall", "'ll", "would", "due", "scheduled", "upcoming", "next", "later", "tomorrow",
"is/are/was/were to", "going to", "expected/plans/set/intends/hopes/aims/supposed to", "was scheduled",
and "to" before a verb of meeting or travel ("to visit", "to meet", "to hold" ...).
Past cues: "was", "were", "had", "did", "said", "told", "ago", "last", "yesterday", "earlier", common
irregular past forms and words ending in "-ed" ("had been scheduled" is past), but not a participle
after "be", "is", "are" ("is closed", "will be completed": the lexicon's ``time``/``participle
auxiliaries``). The modals "should", "must", "might" are future cues, and a day right after "until"
or "till" is ahead ("closed until Friday"); these word lists are in the lexicon (``time``).
"""

from __future__ import annotations

import re
from typing import Final

from diplotext import lexicon
from diplotext.asciitwin import re_ascii_twin

from .fronted import main_clause_start
from .maymodal import MAY
from .plans import future_in_past, planned
from .possible import event_ahead, reaches
from .resolve import Tense
from .unreal import UNREAL, UNREAL_OPENERS, unreal_past
from .values import trie
from .word_tense import (
    CONDITIONAL,
    FORECAST_PARTICIPLES,
    FUTURE,
    MODALS,
    MORE_PAST,
    NOT_PAST_ED,
    PAST,
    PLURAL_PRESENT,
    POSSIBLE,
    PRESENT_VERBS,
    word_cue,
)

__all__ = ["Cue", "future_in_past", "tense_at", "tense_cue"]

_WINDOW: Final = 120
_AFTER_PENALTY: Final = 30

_ASIDE_OPENER: Final = re.compile(rf",\s{{1,3}}(?:{lexicon.alternation('time', 'words opening an aside')})\s")
_ASIDE_BREAK: Final = re.compile(r"[;:!?\n]|[.!?]\s{1,6}[A-Z]")
_LOWER_AFTER_COMMA: Final = re.compile(r",\s{1,3}(?=[a-z])")


def _aside_end(text: str, end: int, hi: int) -> int:
    """After an opening date and its comma at ``end``: its subject (up to 60 characters), then an
    apposition or a relative clause between commas (up to 200), whose verbs say nothing of the date
    ("On Thursday, Anna Ray, a candidate in the vote to be held in May, held a rally"; "On Friday,
    the minister, who will retire soon, met the union"). Where the clause's own verb is to be looked
    for: after the aside, or ``end`` when there is none."""
    second = text.find(",", end + 1, min(hi, end + 62))
    if second < 0 or not _ASIDE_OPENER.match(text, second):
        return end
    close = text.find(",", second + 1, min(hi, second + 204))
    if close < 0 or _ASIDE_BREAK.search(text, end, close):
        return end
    lower = _LOWER_AFTER_COMMA.match(text, close, hi)
    return end if lower is None else lower.end()


_OPENS_CLAUSE: Final = re.compile(r"(?:,\s{1,3}(?:and|but)|\b(?:And|But))\s{1,3}(?:[A-Za-z]+\s{1,3}){0,2}$")
"""A date that opens its sentence or clause, after at most two words ("On Thursday,", "and early on
Sunday,")."""
_FEW_WORDS: Final = re.compile(r"[\s\"“]*(?:[A-Za-z]+\s{1,3}){0,2}")
_SENTENCE_END: Final = re.compile(
    r"[.!?;]\]?[\"”’]?(?=\s{1,6}[A-Z\"“])|\n(?:[^\S\n]{0,20}\n|(?=[^\S\n]{0,6}[A-Z\"“]))"
)
"""The end of a sentence, a closing quote after its stop too ('... will work." On Tuesday'), a stop
in brackets ('... may say[.]" As of Tuesday', an edited quote), a blank
line, and a line break before a capital (a date line, a title, a byline: "Monday, August 3, 2020\nOn
Thursday, ..."), unless the line ends with a comma or a dash (:func:`_is_end`)."""
_LINE_GOES_ON: Final = re.compile(r"[,;\-–][^\S\n]{0,3}$")


def _is_end(text: str, m: re.Match[str]) -> bool:
    """Does the match of :data:`_SENTENCE_END` end a sentence? A single line break does not when its
    line ends with a comma or a dash (the sentence goes on)."""
    at = m.start()
    return text[at] != "\n" or m.end() > at + 1 or not _LINE_GOES_ON.search(text, max(0, at - 4), at)


_UNTIL: Final = lexicon.words("time", "until")
_SINCE: Final = lexicon.words("time", "since")
_PERFECT: Final = frozenset(["had"])
_START_BEFORE: Final = re.compile(
    r"\b("
    + "|".join(sorted(lexicon.words("time", "start participles")))
    + r")\s{1,3}(?:(?:here|there)\s{1,3})?(?:on\s{1,3})?$"
)
_WORD_BEFORE_START: Final = re.compile(r"([a-z]+),?\s{1,3}$")
"""Before a day: "a summit opening here Saturday", "a match starting on Thursday"."""
_NOT_BEFORE_START: Final = lexicon.words("time", "not before a start participle")
_START_TAILS: Final = ("g ", "g on ", "here ", "there ")
"""How the text before a day ends when :data:`_START_BEFORE` may match (a cheap test first)."""
_COPULA_BEFORE: Final = re.compile(
    r"\b([a-z]+)\s{1,3}(is|are)\s{1,3}(?:(?:set|slated|scheduled|planned|expected|likely|possible)\s{1,3})?"
    r"(?:(?:for|on|in)\s{1,3})?$"
)
"""Right before a day or month: "is", "are" (and "set for", "on", "in"): a date still ahead ("the vote is
on Sunday", "the election is in June", "the hearing is set for Wednesday", "a verdict is likely on
Friday")."""
_PROGRESSIVE_BEFORE: Final = re.compile(
    r"\b(?:is|are|am)\s{1,3}(?:also\s{1,3}|now\s{1,3})?"
    rf"({lexicon.alternation('time', 'progressive verbs of a scheduled event')})\b[^,;:()]*$"
)
"""Before a day or month in the same clause: the present progressive of a scheduled event ("the
minister is visiting Kenya on Friday", "they are meeting in June"): an arrangement, so ahead."""
_AHEAD_KEYS: Final = re.compile(
    "|".join(
        sorted(
            {re.escape(max(o.split(), key=len)) for o in lexicon.entries("time", "openers of an event ahead")}
        )
    )
)
"""The longest word of each opener ("ahead", "run-up"): a plain test before the pattern."""
_AHEAD_OF_EVENT: Final = re.compile(
    rf"\b(?:{lexicon.alternation('time', 'openers of an event ahead')})\s{{1,3}}"
    rf"(?:(?!(?:{lexicon.alternation('time', 'words that end an event ahead')})\b)[\w'’-]+\s{{1,3}}){{1,7}}"
    r"(?:(?:on|in|at|for)\s{1,3})?$"
)
"""Before a day or month: "ahead of" and an event with its date ("ahead of the vote on Sunday", "in the
run-up to elections in June", "ahead of his funeral Wednesday"): the date of something still to come."""
_AHEAD_TAILS: Final = ("on ", "in ", "at ", "for ")
_COPULA_TAILS: Final = ("is ", "are ", "for ", "on ", "in ")
_NOT_BEFORE_COPULA: Final = frozenset(
    ["today", "tonight", "yesterday", "tomorrow", "it", "this", "that", "there", "here", "what", "which"]
)
"""Subjects that make "is" + a day a statement of the present ("today is Monday")."""
_CUE_WORDS: Final = sorted(
    FUTURE
    | PAST
    | MORE_PAST
    | NOT_PAST_ED
    | MODALS
    | POSSIBLE
    | CONDITIONAL
    | _UNTIL
    | _SINCE
    | PRESENT_VERBS
    | PLURAL_PRESENT
    | UNREAL_OPENERS
    | FORECAST_PARTICIPLES
    | {"to", "was", "were", "been", "due", "early", "soon"},
    key=len,
    reverse=True,
)
_AFTER_SAYS_NOTHING: Final = MODALS | PRESENT_VERBS | POSSIBLE | CONDITIONAL | MAY
"""Cue words that say nothing of a date before them ("On Monday, the minister said he could ...")."""
# Candidate cue words (and any word ending in "-ed"), found by one pass over the lower-cased window
# (matching lower-case text is about twice as fast as matching with IGNORECASE).
_CANDIDATE: Final = re.compile(r"\b(?:" + trie(_CUE_WORDS) + r")\b|\b[a-z]{3,}ed\b|\b[a-z]+['’]ll\b")
_CANDIDATE_ASCII: Final = re_ascii_twin(_CANDIDATE)
"""``_CANDIDATE`` for ASCII text (``\\b`` read by a table)."""
_ASCII_LOWER: Final = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


def _opens_clause(text: str, lo: int, left: int, start: int) -> bool:
    """Does the expression at ``start`` open its sentence or clause: at most two words before it from
    the sentence's start ``left`` (or the region's ``lo``), or from ", and" / ", but"?"""
    head = max(lo, left)
    if start - head <= 24 and _FEW_WORDS.fullmatch(text, head, start):
        return True  # "On Thursday,", "Rain fell. Early on Monday,"
    tail = text[max(lo, start - 24) : start]
    return ("and " in tail or "but " in tail or "And " in tail or "But " in tail) and bool(
        _OPENS_CLAUSE.search(text, max(lo, start - 24), start)
    )


def tense_at(  # noqa: PLR0917
    text: str, start: int, end: int, lo: int = 0, hi: int | None = None, low: str | None = None
) -> Tense:
    """The tense of the clause around ``text[start:end]``, within ``[lo, hi)`` (``None`` if no cue);
    ``low`` is ``text`` lower-cased (same length), if the caller has it."""
    return tense_cue(text, start, end, lo, hi, low)[0]


Cue = tuple[Tense, str | None, int]
"""A tense, the cue word that decided it (lower case) and where that word starts (-1: none)."""


def tense_cue(  # noqa: PLR0917
    text: str, start: int, end: int, lo: int = 0, hi: int | None = None, low: str | None = None
) -> Cue:
    """:func:`tense_at`, the cue word that decided it and its offset, or ``(None, None, -1)``. A
    day or month right after "until" or "till" is ahead: ``("future", "until", offset)``, unless
    the clause is in the past perfect ("Until Thursday, they had not called him")."""
    hi = len(text) if hi is None else hi
    if low is None:
        low = text.lower()
        if len(low) != len(text):  # a few characters change length when lower-cased
            low = text.translate(_ASCII_LOWER)
    left = max(lo, start - _WINDOW)
    opens = left == lo  # does the window begin where a sentence does?
    # clip the window to the sentence around the expression
    for m in _SENTENCE_END.finditer(text, left, start):
        if _is_end(text, m):
            left = m.end()
            opens = True
    invited = opens and _INVITATION.match(low, left, start) is not None
    if opens:
        left = main_clause_start(low, left, start)
    after = end  # where the clause after the expression is read from
    if text.startswith(",", end) and _opens_clause(text, lo, left, start):
        after = _aside_end(text, end, hi)  # "On Thursday, Anna Ray, a candidate ..., held a rally"
    right = min(hi, after + _WINDOW)
    stop = _SENTENCE_END.search(text, end, right)
    while stop is not None and not _is_end(text, stop):
        stop = _SENTENCE_END.search(text, stop.end(), right)
    if stop:
        right = stop.start() + 1
    if low.endswith(_THAT_TAILS, left, start) and (that := _THAT_BEFORE.search(low, left, start)) is not None:
        left = that.end()  # "said that on Monday it would open ...": the day is the reported clause's
    before = [
        (c.start(), c.end())
        for c in (_CANDIDATE_ASCII if low.isascii() else _CANDIDATE).finditer(low, left, start)
    ]
    if (
        low.find(", wh", left, start) >= 0
    ):  # "The merger, which had been rumoured, is part of a scheme to ... by June"
        asides = [(a.start(), a.end()) for a in _RELATIVE_ASIDE.finditer(low, left, start)]
        before = [(ws, we) for ws, we in before if not any(a < ws and we < b for a, b in asides)]
    best: tuple[int, Tense, int, int] | None = None
    until: Cue | None = None
    if before and start - before[-1][1] <= 1 and low[before[-1][0] : before[-1][1]] in _UNTIL:
        until = ("future", low[before[-1][0] : before[-1][1]], before[-1][0])  # "closed until Friday"
        before.pop()
    elif before and start - before[-1][1] <= 1 and low[before[-1][0] : before[-1][1]] in _SINCE:
        return ("past", low[before[-1][0] : before[-1][1]], before[-1][0])  # "on patrol since March"
    window = low[max(left, start - 72) : start]
    if "ing " in window and (" is " in window or " are " in window or " am " in window):
        progressive = _PROGRESSIVE_BEFORE.search(low, max(left, start - 64), start)
        if progressive is not None and not any(ws >= progressive.end(1) for ws, _ in before):
            return ("future", progressive.group(1), progressive.start(1))  # "is visiting Kenya on Friday"
    if (low.endswith(_AHEAD_TAILS, 0, start) or "ahead" in window) and _AHEAD_KEYS.search(
        low, max(left, start - 100), start
    ):
        # "ahead of the vote on Sunday", "ahead of his funeral Wednesday", "preparations were under way
        # for X's visit in October" (a cheap test first)
        ahead = _AHEAD_OF_EVENT.search(low, max(left, start - 100), start)
        if ahead is not None:
            return ("future", "ahead", ahead.start())  # "patrols were stepped up ahead of the vote on Sunday"
    if low.endswith(_COPULA_TAILS, 0, start):
        copula = _COPULA_BEFORE.search(low, max(left, start - 40), start)
        if copula is not None and copula.group(1) not in _NOT_BEFORE_COPULA:
            return ("future", copula.group(2), copula.start(2))  # "the vote is on Sunday"
    if low.endswith(_START_TAILS, 0, start):
        begun = _START_BEFORE.search(low, max(left, start - 32), start)
        if begun is not None:
            prev = _WORD_BEFORE_START.search(low, max(left, begun.start() - 24), begun.start())
            if prev is not None and prev.group(1) not in _NOT_BEFORE_START:
                return ("future", begun.group(1), begun.start(1))  # "a summit opening here Saturday"
    passed = False  # a cue word other than "to" between the expression and the one looked at
    early: tuple[int, Tense, int, int] | None = None
    for ws, we in reversed(before):  # the nearest cue wins
        w = low[ws:we]
        unreal = unreal_past(low, ws, we) if w in UNREAL_OPENERS else None
        if unreal == "firm":
            return ("past", UNREAL, ws)  # "if his advice of 7 March had been taken": gone by
        kind = "past" if unreal else word_cue(text, ws, we)  # "would have risen in October"
        if (
            kind == "past"
            and w in _ADJECTIVE_CUES
            and _DETERMINER_RIGHT_BEFORE.search(low, max(0, ws - 8), ws)
        ):
            continue  # "will face its last opponent on Saturday": an adjective, no cue
        if kind is not None and w in POSSIBLE and not reaches(low, we, start):
            kind = None  # "can be held until Friday after being arrested on Tuesday"
        if kind is not None and passed and w in PRESENT_VERBS:
            continue  # a present verb counts only next to its day: "let it begin as planned Saturday"
        # (a word right after a determiner is a noun, no cue: "begins a visit to Japan on Thursday")
        passed = passed or (
            w != "to" and not (kind is None and _AFTER_DETERMINER.search(low, max(0, ws - 30), ws))
        )
        if kind == "future" and w == "early" and early is None:
            early = (start - we, kind, ws, we)  # "as early as": ahead unless a cue before it says past
            continue
        if kind is not None:
            best = (start - we, kind, ws, we)
            break
    if early is not None and (
        best is None or best[1] != "past" or _CLAUSE_BREAK.search(low, best[3], early[2])
    ):
        best = early  # "could be unveiled as early as Tuesday" (not "had begun ... as early as March 8")
    # "who had met X on Wednesday, is due to see Y": a past cue in the expression's own stretch
    # between commas is not outweighed by a cue beyond the comma that closes it
    own_past = best is not None and best[1] == "past" and "," not in low[best[3] : start]
    for c in (_CANDIDATE_ASCII if low.isascii() else _CANDIDATE).finditer(low, after, right):
        dist = c.start() - end + _AFTER_PENALTY
        if best is not None and dist >= best[0]:
            break
        if own_past and "," in low[end : c.start()]:
            break
        if low[c.start() : c.end()] in _AFTER_SAYS_NOTHING:
            continue  # "the November figures should not be read ...": a modal after says nothing of it,
            # nor a present verb ("On Thursday, Ozawa, who heads the party, ...")
        kind = word_cue(text, c.start(), c.end())
        word = low[c.start() : c.end()]
        if kind == "future" and word in ("planned", "to") and planned(low, c.start(), c.end()):
            kind = "past"  # "On Friday, the cabinet planned to ...": the day of the planning, gone by
        if kind is not None:
            best = (dist, kind, c.start(), c.end())
            break
    cue: Cue = (best[1], low[best[2] : best[3]], best[2]) if best else (None, None, -1)
    if best is None and until is None and low.endswith("by ", max(lo, start - 3), start):
        by = _BY_BEFORE.search(low, max(lo, start - 8), start)
        if by is not None:
            return ("future", "by", by.start())  # "must repay the loan by February": a deadline ahead
    if best is None and until is None and (at := event_ahead(low, start, end)) >= 0:
        return ("future", "ing", at)  # "the coalition contesting Thursday's election"
    if until is not None and not (cue[0] == "past" and cue[1] in _PERFECT):
        return until  # ahead, unless the clause is in the past perfect ("Until Thursday, they had not")
    if best is None and invited:
        return ("future", "invitation", left)  # "See you on Friday!", "Join us Saturday": asked ahead
    return cue


_RELATIVE_ASIDE: Final = re.compile(r",\s{1,3}(?:who|whose|whom|which)\b[^,;:.!?()]{0,200},")
"""A relative clause between commas that closes before a date: its verbs say nothing of the date
after it ("The merger, which had been rumoured, is part of a scheme to repay the debt by June")."""
_THAT_TAILS: Final = ("that ", "that on ")
_THAT_BEFORE: Final = re.compile(r"\bthat\s(?:on\s)?$")
"""A day right after the "that" that opens a reported clause: the cues of the reporting verb
before it do not count ("said that on Monday it would ...")."""
_AFTER_DETERMINER: Final = re.compile(
    r"\b(?:"
    + lexicon.alternation("time", "determiners making the next words a noun phrase")
    + r")\s(?:[a-z\-]+\s){0,2}$"
)
"""A determiner up to two words before a word: the word is a noun of its phrase there."""

_DETERMINER_RIGHT_BEFORE: Final = re.compile(
    r"\b(?:" + lexicon.alternation("time", "determiners making the next words a noun phrase") + r")\s$"
)
_ADJECTIVE_CUES: Final = lexicon.words("time", "cue words that are adjectives after a determiner")
"""Cue words that are adjectives after a determiner ("its last opponent"): no cue there."""

_CLAUSE_BREAK: Final = re.compile(
    r"[,;:]|\bbut\b|\b(?:and|or)\s{1,3}(?:[a-z]+\s{1,3})?(?:"
    + "|".join(sorted(lexicon.words("time", "modals of an unreal past") | MODALS | POSSIBLE | {"will"}))
    + r")\b"
)
"""Between a past cue and "as early as": another clause, whose modal may point ahead ("resumed on
Monday and may end as early as Friday"; not "masks to guards and nurses from as early as March 8")."""
_INVITATION: Final = re.compile(
    r"[\s\"“‘'(]*(?:"
    + lexicon.alternation("time", "imperatives opening an invitation", r"\s{1,3}")
    + r")(?![\w'’])"
)
"""An imperative opening the sentence ("See you", "Join us", "Don't miss"): an invitation, its
days and months ahead (lower-cased text)."""
_BY_BEFORE: Final = re.compile(r"\bby\s$")
"""Right before a date in a clause with no other tense cue: a deadline, still ahead."""

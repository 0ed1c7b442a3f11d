"""What every date rule shares: the :class:`Context` of a match (the text, the segment bounds, the
anchor date and what the article has named so far), the ``Match`` type, and the helpers that build a
:class:`~diplotext.model.TemporalExpression` from a span and read a group a match may not have.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

import regex

from diplotext import lexicon
from diplotext.model import TemporalExpression, TimexType

from .narrative import Background, Reference, advance, reference_of
from .resolve import Tense
from .saiddays import said_day
from .tense import Cue, tense_cue
from .unreal import UNREAL
from .values import is_timex_value

Match = regex.Match[str]


class Context:
    """What a rule needs besides its match: the text, the segment bounds and the anchor date."""

    __slots__ = (
        "_background",
        "_paragraph",
        "_tense",
        "anchor",
        "compared",
        "counted_from",
        "earlier",
        "event_day",
        "hi",
        "last_dated",
        "last_day",
        "last_month",
        "last_night",
        "last_period",
        "last_quarter",
        "last_week",
        "last_year",
        "last_year_end",
        "lo",
        "low",
        "mode",
        "said_year",
        "split_year",
        "story",
        "text",
        "weekday_set",
    )

    def __init__(self, text: str, lo: int, hi: int, anchor: dt.date | None, mode: str = "news") -> None:
        self.text = text
        self.lo = lo
        self.hi = hi
        self.anchor = anchor
        self.mode = mode
        """``news`` or ``narrative`` (``auto`` is decided before the scan)."""
        self.story: Reference | None = None
        """Narrative mode: the story's time, the last date named (:mod:`.narrative`)."""
        self.earlier: TemporalExpression | None = None
        """News mode: the last absolute date of a year before publication, unless an expression read
        against publication came after it (see :meth:`background`)."""
        self._background: tuple[TemporalExpression | None, Background | None] = (None, None)
        self._paragraph = (-1, -1)
        self._tense: tuple[int, int, Cue] = (-1, -1, (None, None, -1))
        self.low = text
        """``text`` lower-cased (same length), for the trigger scan."""
        self.counted_from = False
        self.split_year = False
        """Was a year read with the next one after it ("2013-14")? Then :mod:`.splityears` may join."""
        """Was a length followed by "from" and a day ("a week from Friday")? Then :mod:`.twoback` makes
        a weekday there the coming one."""
        self.weekday_set = False
        """Was a set of a weekday read ("every Monday")? Then :mod:`.weekdaysets` may join days to it."""
        self.said_year = False
        """Has a year been read against publication ("last year", "this year")? Then
        :mod:`.relyeardays` may give the days next to it that year."""
        self.last_quarter: tuple[int, int, int] | None = None
        """(year, quarter, offset) of the latest quarter named (a financial report's reference period)."""
        self.last_day: tuple[str, int] | None = None
        """(day value, end offset) of the latest expression that named a day ("Oct. 21, 2011",
        "Monday", "yesterday"), which a clock time alone after it belongs to."""
        self.event_day: tuple[str, int] | None = None
        """Like :attr:`last_day`, but of the latest day not named as the day a statement was made
        ("police said on Tuesday"): a clock time of a past event in a later sentence may be that day's
        (:func:`~.anchoring.clock_day`)."""
        self.last_dated: tuple[str, int] | None = None
        """(day value, end offset) of the latest day named with its year ("November 15, 2017"), whose
        year a later day of that month takes ("... on November 21")."""
        self.last_night: tuple[str, int] | None = None
        """News: (day value, end offset) of the latest night read against publication ("on Wednesday
        night"), which "the next morning" counts from; it is not :attr:`last_day`, as a clock time or
        "the same day" after a night is most often another day's ("blasts on Wednesday night ... by
        noon")."""
        self.last_month: tuple[str, int] | None = None
        """(month value, end offset) of the latest expression that named a month or a day of one,
        which "the following month" counts from."""
        self.last_week: tuple[str, int] | None = None
        """(ISO week value, end offset) of the latest expression that named a week ("last week"),
        which "the previous week" counts from."""
        self.compared = -1
        """End offset of the last expression that is itself a comparison a year back ("the year-ago
        quarter"): it is no period a later "the same period last year" compares with."""
        self.last_period: tuple[str, int] | None = None
        """(value, end offset) of the latest period named (a year, half, quarter or month: ``2006-H1``;
        a range of months gives its year), which "the same period last year" compares with."""
        self.last_year: int | None = None
        """The year of the latest absolute date read so far, or of a year read against publication
        ("last year")."""
        self.last_year_end = -1
        """Where the expression that gave :attr:`last_year` ends."""

    def note(self, t: TemporalExpression) -> None:
        """Take in an expression the scan has accepted: what the article has named so far."""
        v = t.value
        self.note_week(t)  # "last week ... the previous week"
        if len(v) >= 7 and v[4] == "-" and v[:4].isdigit() and v[5:7].isdigit():
            if (
                len(v) == 13
                and v[10:] == "TNI"
                and t.anchor is not None
                and self.mode == "news"
                and self.earlier is None
            ):
                self.last_night = (v[:10], t.end)  # (no clock time's day: see last_night)
            elif t.end != self.compared:  # ("a year earlier" than April is no month to count from)
                self.last_month = (v[:7], t.end)
                if len(v) >= 10 and v[7] == "-" and v[8:10].isdigit():
                    self.last_day = (v[:10], t.end)
                    if not said_day(self.text, self.lo, t.start):
                        self.event_day = self.last_day
                    if t.anchor is None:
                        self.last_dated = self.last_day
        if self.mode == "narrative" and t.anchor != "published" and t.type in ("DATE", "TIME"):
            ref = reference_of(t.value)
            if ref is not None:
                self.story = advance(self.story, ref)
        if t.anchor is None:
            if t.type == "DATE" and t.value[:4].isdigit():
                year = self.last_year = int(t.value[:4])
                self.last_year_end = t.end
                self.earlier = t if self.anchor is not None and year < self.anchor.year else None
        elif t.anchor != "published":
            if self.mode == "news" and t.type == "DATE" and t.value[:4].isdigit():
                self._note_told(t)  # "In 2005 ... The next year, ...": still the years gone by
        else:
            self.earlier = None  # the text is back in its own present
            if t.type == "DATE" and len(t.value) == 4 and t.value.isdigit():
                self.last_year = int(t.value)  # "last year ..., the year before"
                self.last_year_end = t.end
                self.said_year = True  # (relyeardays: "July 13-17 last year")

    def _note_told(self, t: TemporalExpression) -> None:
        """News: a date read against one the text named ("That year", "The next year", "the next day"
        after "in 2005"): its year is the text's year now, and while the text is in an earlier year
        (:attr:`earlier`) it goes on there, as after an absolute date, so a later "on March 3" or
        "in June" of the paragraph is of it ("last year ... The year before" is no such paragraph).
        A date of the same year as a background date opening its sentence leaves that one in place
        ("In 1998, ... on March 3 ... In the summer")."""
        year = self.last_year = int(t.value[:4])
        self.last_year_end = t.end
        was = self.earlier
        if was is not None and (year != int(was.value[:4]) or not self._opens_sentence(was.start)):
            self.earlier = t if self.anchor is not None and year < self.anchor.year else None

    def note_week(self, t: TemporalExpression) -> None:
        """Take in a week read against publication: "the previous week" counts from it."""
        v = t.value
        if len(v) == 8 and v[4:6] == "-W" and v[:4].isdigit() and v[6:8].isdigit():
            self.last_week = (v, t.end)

    def note_month(self, t: TemporalExpression) -> None:
        """Take in a month read against publication: "the following month" counts from it."""
        v = t.value
        if v[4:5] == "-" and v[:4].isdigit() and v[5:7].isdigit() and t.end != self.compared:
            self.last_month = (v[:7], t.end)

    def background(self, start: int) -> Background | None:
        """News mode: the earlier year the paragraph around ``start`` is about. It is the year of the
        last absolute date before ``start`` when that date is of a year before publication, opens its
        sentence ("In 1998, ...") and is in the same paragraph, and no expression read against
        publication came between."""
        t = self.earlier
        if t is None or self.mode != "news":
            return None
        seen, bg = self._background
        if seen is not t:
            bg = None
            if self._opens_sentence(t.start):
                bg = Background(int(t.value[:4]), t.value, self._paragraph_end(t.end))
            self._background = (t, bg)
        return bg if bg is not None and start < bg.end else None

    def _opens_sentence(self, start: int) -> bool:
        """Does the date at ``start`` open its sentence, alone or after a preposition ("In 1998,",
        "Back in June 1998")? Such a date frames what follows; one inside a clause does not."""
        m = _FRAME_WORDS.search(self.text, max(self.lo, start - 24), start)
        opener = m.start() if m else start
        return opener == self.lo or bool(_SENTENCE_START.search(self.text, max(self.lo, opener - 12), opener))

    def _paragraph_end(self, pos: int) -> int:
        """Where the paragraph holding ``pos`` ends (a blank line or the segment's end); remembered,
        so the search runs once a paragraph."""
        end, hi = self._paragraph
        if hi != self.hi or not pos <= end:
            m = _PARAGRAPH_BREAK.search(self.text, pos, self.hi)
            end = m.start() if m else self.hi
            self._paragraph = (end, self.hi)
        return end

    def tense(self, start: int, end: int) -> Tense:
        """The tense of the clause around ``text[start:end]`` (:mod:`.tense`)."""
        return self.tense_cue(start, end)[0]

    def tense_cue(self, start: int, end: int) -> Cue:
        """The tense, the cue word that decided it and its offset; the last one asked for is kept."""
        s, e, cue = self._tense
        if (s, e) != (start, end):
            cue = tense_cue(self.text, start, end, self.lo, self.hi, self.low)
            self._tense = (start, end, cue)
        return cue

    def firm(self, start: int, end: int, *, month: bool = False) -> bool:
        """Is the date at ``start`` firmly in the past? It is when a past verb other than a verb of
        saying governs it: the verb comes before it in the same clause, at most
        :data:`FIRM_REACH` characters and no comma away, and "on" stands right before the date
        ("rear-ended a truck on June 8" in May: last June), or "in" before a ``month`` ("was
        founded in December" in October: last December). "said the vote is on June 8", "created
        an office, effective Feb. 1" and "payable Jan. 2" may be ahead; future cues such as
        "scheduled" are too often said of a plan already past to be taken firmly."""
        tense, word, at = self.tense_cue(start, end)
        if word == UNREAL:
            return True  # "if his advice of 7 March had been taken", "Had the plan of May 2 been adopted"
        if month and tense == "past" and at >= end and not self.text[end:at].strip():
            # "Iran in February stopped ...": a past verb right after "in" and the month
            if _DELIVERY_IN_BEFORE.search(self.text, max(0, start - 24), start):
                return False  # "crude for delivery in January gained 45 cents": a contract month
            lead = self.text[max(0, start - 8) : start]
            opens = _IN_BEFORE.search(lead) or _OPENS_SENTENCE.search(lead)  # "July saw record crowds"
            return bool(opens) and word not in _REPORTING
        if (
            month
            and tense == "past"
            and at >= end
            and _OPENING_IN.search(self.text, max(0, start - 8), start)
            and _COMMA_CLAUSE.match(self.text, end, at)
        ):
            # "In February, scientists said they had found ...", "In late June the army withdrew": the
            # opening month is the clause's
            return True
        if (
            not month
            and tense == "past"
            and at >= end
            and _OPENING_ON.search(self.text, max(0, start - 32), start)
            and _COMMA_CLAUSE.match(self.text, end, at)
        ):
            return True  # "On May 5, troops moved in": the opening day is the past clause's
        if tense != "past" or at < 0 or at >= start or start - at > FIRM_REACH:
            return False
        if start - at > COPULA_FIRM_REACH and word in _BE:
            return False  # "was the clearest sign yet of the handover on July 1": a noun's date
        between = self.text[at:start]
        if word == "ended" and not between[5:].strip():
            return True  # "the fiscal year ended Jan. 31": a period over
        before = _IN_BEFORE if month else _ON_BEFORE
        if "," in between or ";" in between or not before.search(between) or _RELATIVE.search(between):
            return False  # "refused leases which expire on May 14": another verb's date
        if _AHEAD_BETWEEN.search(between):
            return False  # "wanted to land there in May", "was looking forward to a visit in May"
        return word not in _REPORTING or bool(not month and _VERB_ON_BETWEEN.match(between))

    def right_after_past_verb(self, start: int, end: int) -> bool:
        """Does a past verb (not one of saying) stand right before "on" and the date at ``start``
        ("crashed on April 2", "was sentenced on April 2"), with no "if" before it? Then the day is
        one gone by, even a few weeks before publication (the last cue read is reused)."""
        tense, word, at = self.tense_cue(start, end)
        if word == UNREAL:
            return True  # "if the deal of 3 September had held": never ahead
        if tense != "past" or at < 0 or at >= start or word in _REPORTING:
            return False
        if not _VERB_ON_BETWEEN.match(self.text[at:start]):
            return False
        if _MODAL_BEFORE.search(self.text[max(self.lo, at - 24) : at]):
            return False  # "would be re-introduced on April 30": a plan
        return not _IF_BEFORE.search(self.text, max(self.lo, at - 40), at)

    def before(self, start: int, width: int = 30) -> str:
        return self.text[max(self.lo, start - width) : start]

    def after(self, end: int, width: int = 30) -> str:
        return self.text[end : min(self.hi, end + width)]


_REPORTING: Final = lexicon.words("time", "reporting verbs")
_OPENS_SENTENCE: Final = re.compile(r"(?:[.!?][\"”’)]?\s{1,3}|[\"“]|^\s*)$")
_DELIVERY_IN_BEFORE: Final = re.compile(r"\b(?:delivery|contracts?|futures)\s{1,3}in\s{1,3}$", re.IGNORECASE)
FIRM_REACH: Final = 64
"""How far (in characters) a past verb may stand before the date it makes firmly past ("launched an
unusually aggressive takeover bid in February")."""
COPULA_FIRM_REACH: Final = 48
"""The same for "was" and "were": further on, the date is more often a noun's ("was the clearest sign
yet of the handover on July 1")."""
_BE: Final = lexicon.words("time", "forms of be")
_PARTS_OF_DAY: Final = lexicon.alternation("time", "parts of a day before of a date")
_PART_OF = rf"(?:the\s{{1,3}}(?:{_PARTS_OF_DAY})\s{{1,3}}of\s{{1,3}})?"
_ON_BEFORE: Final = re.compile(rf"\b(?:on|by)\s{{1,3}}{_PART_OF}$", re.IGNORECASE)
"""Right before a day a past verb governs: "on", "by", also "on the night of" ("struck on the night
of June 3")."""
_OPENING_ON: Final = re.compile(rf"(?:[.!?][\"”’)]?\s{{1,3}}|^\s*)On\s{{1,3}}{_PART_OF}$")
"""A day opening its sentence ("On May 5, troops moved in", "On the night of June 3, ...")."""
_VERB_ON_BETWEEN: Final = re.compile(r"^[a-z]+\s{1,3}on\s{1,3}$")
_MODAL_BEFORE: Final = re.compile(
    rf"\b(?:{lexicon.alternation('time', 'modals before a past verb')})"
    r"\s{1,3}(?:[a-z]+\s{1,3})?(?:[a-z]+-)?$",
    re.IGNORECASE,
)
_IF_BEFORE: Final = re.compile(r"\b(?:if|unless|whether)\b", re.IGNORECASE)
_IN_BEFORE: Final = re.compile(r"\bin\s{1,3}$", re.IGNORECASE)
_OPENING_IN: Final = re.compile(r"(?:[.!?][\"”’)]?\s{1,3}|^\s*)In\s{1,3}$")
_COMMA_CLAUSE: Final = re.compile(r",?\s{1,3}(?:[\w.'’-]+\s{1,3}){0,4}$")
_AHEAD_BETWEEN: Final = re.compile(
    rf"^(?:was|were)\s{{1,3}}[a-z]+ing\b|\bto\s{{1,3}}(?!(?:{lexicon.alternation('grammar', 'determiners')}"
    r"|his|her|its|their)\b)[a-z]+\b|\bforward\b",
    re.IGNORECASE,
)
"""Between a past verb and a date: an intention or a progressive, which may point ahead."""
_RELATIVE: Final = re.compile(
    r"\b(?:which|that|who|whom|whose|when|where|while|until|and|or|but)\b", re.IGNORECASE
)
_PARAGRAPH_BREAK: Final = re.compile(r"\n[^\S\n]*\n")
_FRAME_WORDS: Final = re.compile(
    r"(?:(?:In|On|By|During|At|From|After|Throughout)\s+"
    r"|(?:Back|And|But|Then|Later|Earlier)\s+(?:in|on|by|during|at|from|after|throughout)\s+)$"
)
"""What may open a sentence before a date that frames it: "In", "Back in"."""
_SENTENCE_START: Final = re.compile(r"(?:[.!?][\"”’)]?\s+|\n[^\S\n]*\n\s*)$")
"""The end of the sentence or paragraph before."""


_WELL_FORMED: dict[str, bool] = {}
"""Values already checked with :func:`.values.is_timex_value` (most values recur)."""


def _tx(  # noqa: PLR0917
    ctx: Context,
    start: int,
    end: int,
    type_: TimexType,
    value: str | None,
    mod: str | None = None,
    *,
    quant: str | None = None,
    freq: str | None = None,
    relative: bool | str = False,
) -> TemporalExpression | None:
    """The expression ``ctx.text[start:end]``; ``relative`` is ``True`` for a value read against the
    publication date, or the value of the date it was read against (the story's time). A value that
    is not well-formed TIMEX3 (calendar arithmetic at the ends of the calendar) gives no expression."""
    if value is None or end <= start:
        return None
    valid = _WELL_FORMED.get(value)
    if valid is None:
        valid = is_timex_value(value)
        if len(_WELL_FORMED) < 4096:
            _WELL_FORMED[value] = valid
    if not valid:
        return None
    if type_ == "SET" and value.startswith("XXXX-WXX-"):
        ctx.weekday_set = True
    return TemporalExpression(
        text=ctx.text[start:end],
        start=start,
        end=end,
        type=type_,
        value=value,
        mod=mod,
        quant=quant,
        freq=freq,
        anchor=relative if isinstance(relative, str) else "published" if relative and ctx.anchor else None,
        plugin="dates",
    )


def _one(t: TemporalExpression | None) -> list[TemporalExpression] | None:
    return None if t is None else [t]


def _g(m: Match, name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None

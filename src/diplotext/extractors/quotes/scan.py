"""The scan: attributions sentence by sentence, then speakers resolved over the whole article.

For each sentence (never split inside a quotation) the cues outside quotation marks become
*attributions*: a cue, the speaker mention next to it (before it, after it for 'said Cui',
after "according to", or the previous attribution's for ", adding that ..." and ", but insisted
..."), and the text the attribution covers. Then:

- each direct quotation goes to the nearest attribution (the one after it when it opens the
  sentence); a quotation sentence with no cue continues the previous quote's speaker;
- each attribution gets its reported clause: after "that"; before it in 'CLAUSE, X said.'; after
  it in 'X said (that) CLAUSE' (for cues other than say/tell/add only when a finite verb follows);
- each partial quotation gets the attribution whose clause holds it, or the nearest one before it;
- speech acts with an object (``called for a ceasefire``) report the object when no quotation does;
- a paragraph opening with a speaker label (``PENCE: Well, ...``) is a transcript: each turn is a
  direct quote.

Every window looked at is bounded, so the scan is linear in the text.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Sequence
from typing import Final

import attrs
import regex

from diplotext.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from diplotext.model import Actor, Quote, QuoteKind, Span
from diplotext.syntax import ClauseLayer

from . import fragments
from . import indirect as ind
from .cues import BEFORE_CUES, CLAUSE_CUES, COMPLEMENT_CUES, OBJECT_CUES, SAY_CUES, Cue, find_cues
from .direct import at_sentence_start, is_direct, quote_sentences
from .marks import QuoteSpan, opens_with_quote, paragraph_quotes
from .naming import BODY_HEADS, PEOPLE_OF
from .speakers import (
    Mention,
    Resolver,
    core,
    head_noun,
    name_like,
    person_title,
    phrase_after,
    phrase_before,
    resolvable_title,
)
from .subjects import clause_subject, coordinated, opening_subject, quoted_as, speaker_like

__all__ = ["scan_article"]

MAX_SENTENCES: Final = 20_000
"""Most sentences analysed in one article (a long book has fewer; past it, input is not prose)."""

MAX_PARAGRAPH_CUES: Final = 400
"""Most cues looked at in one paragraph."""

MAX_CUES: Final = 24
"""Most cues looked at in one sentence (real sentences have a handful)."""

MAX_CLAUSE: Final = 3000
"""Longest reported clause kept (characters); longer runs are not clauses but run-on text."""

_JOIN_BEFORE: Final = regex.compile(r"(?:,\s*|\s+)(?:(?:and|but|while|before|then)\s+)?$")
_NATIONALITY_WORD: Final = regex.compile(r"^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|ch|an|i)$|^Thai$|^Greek$|^Swiss$")
_MONTHS_DAYS: Final = frozenset((*WEEKDAY_NAMES, *MONTH_NAMES))


@attrs.define
class _Unit:
    cue: Cue
    mention: Mention | None
    attr_start: int  # where the attribution (speaker + cue) begins
    attr_end: int  # where it ends
    join_start: int  # start including a joining ", and" / ", but"
    inverted: bool = False
    speaker_before: bool = False
    appositive: bool = False  # ", Ali Alghasi Mehr, said": what precedes belongs to the speaker
    parent: _Unit | None = None  # the attribution this one continues ("adding", "but insisted")
    took_direct_before: bool = False
    took_direct_after: bool = False
    content: Span | None = None


@attrs.define
class _Raw:
    kind: QuoteKind
    start: int
    end: int
    unit: _Unit | None
    inherit_cue: bool = False
    previous: _Raw | None = None  # for quotes that continue the previous speaker


def _root(unit: _Unit) -> _Unit:
    seen = 0
    while unit.parent is not None and unit.mention is None and seen < 50:
        unit = unit.parent
        seen += 1
    return unit


def _chunk_before_comma(text: str, lo: int, pos: int) -> Span | None:
    """The words between the comma before ``pos`` and the comma before that: ', Ali Alghasi Mehr, said'."""
    i = pos
    while i > lo and text[i - 1].isspace():
        i -= 1
    if i <= lo or text[i - 1] != ",":
        return None
    end = i - 1
    start = max(lo, end - 120)
    k = text.rfind(",", start, end)
    begin = k + 1 if k >= 0 else start
    if k < 0 and start > lo:
        return None
    while begin < end and text[begin].isspace():
        begin += 1
    return (begin, end) if end > begin else None


_CONJUNCTION: Final = regex.compile(r"(?:But|And|So|Yet|Still|Meanwhile|However),?\s+")


_CHUNK_END: Final = regex.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:,|\s--|\s?[—–](?=\s|\p{L}))")


def _first_chunk(text: str, ss: int, pos: int) -> Span | None:
    """The words opening the sentence up to its first comma or dash ("Rep. X (D-N.Y.), chair of
    ..., said", "X -- co-editor of ... -- said"), after a conjunction."""
    m = _CHUNK_END.search(text, ss, min(pos, ss + 80))
    if m is None:
        return None
    c = _CONJUNCTION.match(text, ss, m.start())
    return (c.end() if c else ss), m.start()


def _units(
    text: str,
    ss: int,
    se: int,
    cues: Sequence[Cue],
    quotes: Sequence[QuoteSpan],
    *,
    layer: ClauseLayer | None = None,
) -> list[_Unit]:
    units: list[_Unit] = []
    for cue in cues:
        prev = units[-1] if units else None
        lo = prev.attr_end if prev is not None else ss
        for q in quotes:
            if q.outer_end <= cue.start and q.outer_end > lo:
                lo = q.outer_end
        join = _JOIN_BEFORE.search(text, max(lo, cue.start - 16), cue.start)
        join_start = join.start() if join is not None and join.group().strip() else cue.start
        if cue.according:
            span = _according_phrase(text, cue.end, se)
            source = core(text, *span) if span else None
            end = span[1] if span else cue.end
            units.append(_Unit(cue, source, cue.start, end, join_start))
            continue
        quoted = quoted_as(text, ss, cue.start) if cue.participial else None
        if quoted is not None:  # "a paper quoted the director as saying ..."
            who, verb = quoted
            join_at = max(verb, lo)
            if prev is not None and prev.cue.lemma == "cite" and prev.cue.start == verb:
                units.pop()  # "citing X as saying": X says it, not the one citing
                join_at = verb
            units.append(_Unit(cue, who, who.start, cue.end, join_at, speaker_before=True))
            continue
        if (
            cue.participial
            and prev is not None
            and join_start < cue.start
            and "," in text[join_start : cue.start]
        ):
            units.append(_Unit(cue, None, cue.start, cue.end, join_start, parent=prev))
            continue
        if cue.participial:
            if prev is not None:
                if coordinated(text, lo, cue.start):
                    units.append(_Unit(cue, None, cue.start, cue.end, join_start, parent=prev))
                continue  # "when announcing ...": not a new attribution
            opening = opening_subject(text, ss, cue.start)
            subject = _named(opening) or clause_subject(layer, text, cue.start, ss) or speaker_like(opening)
            if subject is not None and text[subject.end : cue.start].strip() != ",":
                # not "Reuters, citing sources, reported ...": a participle between subject and verb
                units.append(_Unit(cue, subject, cue.start, cue.end, join_start))
            continue
        if prev is None and coordinated(text, lo, cue.start):
            # "The governor met protesters and said ...": the subject of the first verb
            opening = opening_subject(text, ss, cue.start)
            subject = _named(opening) or clause_subject(layer, text, cue.start, ss) or speaker_like(opening)
            if subject is not None:
                units.append(_Unit(cue, subject, cue.start, cue.end, join_start))
                continue
        mention: Mention | None = None
        attr_start = cue.start
        before = phrase_before(text, lo, cue.start)
        if before is not None:
            m = core(text, *before)
            if m is not None and m.kind in {"name", "pronoun"}:
                mention = m
            elif m is not None:
                first = _first_chunk(text, ss, before[0])
                if lo == ss and first is not None and name_like(text, *first) and first[1] < before[0]:
                    fm = core(text, *first)
                    if fm is not None:
                        mention, attr_start = fm, first[0]
                if mention is None:
                    mention = m
            if mention is not None and attr_start == cue.start:
                attr_start = min(before[0], cue.start)
            if mention is not None:
                units.append(
                    _Unit(cue, mention, attr_start, cue.end, min(join_start, attr_start), speaker_before=True)
                )
                continue
        chunk = _chunk_before_comma(text, lo, cue.start)
        if chunk is not None and name_like(text, *chunk):
            m = core(text, *chunk)
            if m is not None:
                units.append(_Unit(cue, m, chunk[0], cue.end, chunk[0], speaker_before=True, appositive=True))
                continue
        first = _first_chunk(text, ss, cue.start)
        if first is not None and lo == ss and name_like(text, *first) and not opens_with_quote(text, ss, se):
            m = core(text, *first)
            if m is not None:
                units.append(_Unit(cue, m, first[0], cue.end, first[0], speaker_before=True))
                continue
        if first is not None and lo == ss and _PARTICIPLE_ASIDE.fullmatch(text, first[1], cue.start):
            aside = speaker_like(core(text, *first))  # "The agency, citing officials, reported ..."
            if aside is not None:
                units.append(_Unit(cue, aside, first[0], cue.end, first[0], speaker_before=True))
                continue
        lead = text[lo : cue.start].rstrip()
        if not lead or lead[-1] in ",\"”'’":
            after = phrase_after(text, cue.end, se)
            if (
                after is not None
                and text[after[0] : after[1]].split(maxsplit=1)[0].lower() not in _MONTHS_DAYS
            ):
                m = core(text, *after)
                if m is not None and m.kind == "pronoun" and not _ends_phrase(text, m.end, se):
                    m = None  # ', said it was ...': a clause, not '"...," said he.'
                if m is not None and (m.kind != "description" or m.text.split()[0][0].isalpha()):
                    units.append(_Unit(cue, m, cue.start, after[1], join_start, inverted=True))
                    continue
        if prev is not None:
            units.append(_Unit(cue, None, cue.start, cue.end, join_start, parent=prev))
            continue
        subject = clause_subject(layer, text, cue.start, lo)
        if subject is not None:  # "The chair of the group, a former senator, said ..."
            units.append(_Unit(cue, subject, subject.start, cue.end, subject.start, speaker_before=True))
        # otherwise no one to say it ("a letter that says ..."): not an attribution
    return units


_PARTICIPLE_ASIDE: Final = regex.compile(r",\s*\p{Ll}+ing\s[^,;:\"“”]{1,80},\s*")


def _named(m: Mention | None) -> Mention | None:
    """``m`` when it is a name or a pronoun (a sentence opening with one is its subject)."""
    return m if m is not None and m.kind in ("name", "pronoun") else None


_ACCORDING_NP: Final = regex.compile(
    r"\s*((?:[^\s,;:.()\"“”]+|\.(?=\S))(?:\s+(?!(?:who|which|that|between|when|as|and\s+(?:the|a)\s|on|in\s+(?:a|an|the|its|his|her)\s)\b)"
    r"(?:[^\s,;:.()\"“”]+|\.(?=\S))){0,7})"
)


def _according_phrase(text: str, pos: int, end: int) -> Span | None:
    """The source after "according to", up to a comma, a clause or eight words."""
    m = _ACCORDING_NP.match(text, pos, min(end, pos + 160))
    if m is None:
        return None
    return m.span(1)


def _prune(text: str, units: list[_Unit], se: int, quotes: Sequence[QuoteSpan]) -> list[_Unit]:
    kept: list[_Unit] = []
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
        if _viable(text, u, se, quotes):
            kept.append(u)
        else:
            dropped.add(id(u))
    return kept


def _viable(text: str, u: _Unit, se: int, quotes: Sequence[QuoteSpan]) -> bool:
    """Can this cue attribute anything? (drops "the country claimed independence")"""
    lemma = u.cue.lemma
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
    if pos < se and text[pos] == ",":
        pos += 1
    if ind.looks_like_clause(text, pos, se):
        return True
    if (
        u.parent is not None
        and not u.cue.participial
        and _SUBJECT_START.match(text, pos, se)
        and ind.has_words(text, pos, se, 3)
    ):
        return True  # "..., but insisted the sanctions stay": the same speaker goes on
    return _last_char(text, u.attr_start) == "," and ind.words_within(text, pos, se, 6)


def _last_char(text: str, pos: int, floor: int = 0) -> str:
    """The last non-space character before ``pos`` (at most 200 back), or ""."""
    i = pos
    while i > floor and text[i - 1].isspace() and pos - i < 200:
        i -= 1
    return text[i - 1] if i > floor and not text[i - 1].isspace() else ""


_SUBJECT_START: Final = regex.compile(
    r"\s*(?:(?:the|a|an|this|these|its|their|his|her|our|he|she|they|it|we)\s|\p{Lu})"
)
_DASH_NAME: Final = regex.compile(
    r"[ \t]*(―|—|–|--)[ \t]*((?:\p{Lu}[\p{L}'’\-]*\.?)(?:[ \t]+\p{Lu}[\p{L}'’\-]*\.?){0,3})"
    r"(?=[ \t]*(?:[,.;\n]|$))"
)


def _dash_attribution(text: str, q: QuoteSpan, se: int) -> _Unit | None:
    """'"..." ― Sonya Herridge': a quotation signed with a dash and a name."""
    m = _DASH_NAME.match(text, q.outer_end, se)
    if m is None:
        return None
    mention = Mention(m.start(2), m.end(2), m.group(2), "name")
    cue = Cue(m.start(1), m.end(1), m.group(1), "dash")
    return _Unit(cue, mention, cue.start, m.end(2), cue.start, inverted=True, took_direct_before=True)


def _ends_phrase(text: str, pos: int, end: int) -> bool:
    """Does only punctuation (or the end) follow ``pos``?"""
    i = pos
    while i < end and text[i].isspace():
        i += 1
    return i >= end or text[i] in ",.;:!?)"


def _inside(pos: int, quotes: Sequence[QuoteSpan], opens: Sequence[int]) -> bool:
    k = bisect.bisect_right(opens, pos) - 1
    return k >= 0 and quotes[k].open <= pos < quotes[k].outer_end


def _analyse_sentence(
    text: str,
    ss: int,
    se: int,
    quotes: Sequence[QuoteSpan],
    *,
    last_quote: _Raw | None,
    paragraph_start: bool,
    pending: _Unit | None = None,
    paragraph_cues: Sequence[Cue],
    layer: ClauseLayer | None = None,
) -> list[_Raw]:
    opens = [q.open for q in quotes]
    lo = 0
    while lo < len(paragraph_cues) and paragraph_cues[lo].start < ss:
        lo += 1
    cues: list[Cue] = []
    for c in paragraph_cues[lo:]:
        if c.start >= se or len(cues) >= MAX_CUES:
            break
        if c.end <= se and not _inside(c.start, quotes, opens):
            cues.append(c)
    units = _units(text, ss, se, cues, quotes, layer=layer)
    units = _prune(text, units, se, quotes)
    out: list[_Raw] = []
    # ---- direct / partial classification
    direct: list[QuoteSpan] = []
    partial: list[QuoteSpan] = []
    previous: QuoteSpan | None = None
    for q in quotes:
        cue_between = previous is not None and any(previous.outer_end <= u.cue.start < q.open for u in units)
        if q.start >= q.end:
            previous = q
            continue
        (direct if is_direct(text, (ss, se), q, previous, cue_between) else partial).append(q)
        previous = q
    # ---- direct quotes to attributions
    for q in direct:
        opening = at_sentence_start(text, ss, q)
        best: tuple[int, _Unit, bool] | None = None
        for u in units:
            if u.attr_start >= q.outer_end:
                a, b, after = q.outer_end, u.attr_start, True
                if u.cue.participial and u.parent is not None:
                    continue
            elif u.attr_end <= q.open:
                a, b, after = u.attr_end, q.open, False
            else:
                continue
            limit = 30 if after and opening else 12
            if not ind.words_within(text, a, b, limit):
                continue
            gap = ind.word_count(text, a, b)
            if best is None or gap < best[0] or (gap == best[0] and after):
                best = (gap, u, after)
        if best is not None:
            _, u, after = best
            if after:
                u.took_direct_before = True
            else:
                u.took_direct_after = True
            out.append(_Raw("direct", q.start, q.end, u))
        elif (dash := _dash_attribution(text, q, se)) is not None:
            out.append(_Raw("direct", q.start, q.end, dash))
        elif pending is not None and not units:
            pending.took_direct_after = True
            out.append(_Raw("direct", q.start, q.end, pending))
        elif last_quote is not None:
            out.append(
                _Raw("direct", q.start, q.end, None, inherit_cue=not paragraph_start, previous=last_quote)
            )
    # ---- reported clauses
    direct_opens = {q.open for q in direct}
    for k, u in enumerate(units):
        nxt = units[k + 1] if k + 1 < len(units) else None
        prev = units[k - 1] if k > 0 else None
        after_lo = u.attr_end
        after_hi = nxt.join_start if nxt is not None else se
        before_lo = prev.attr_end if prev is not None else ss
        before_hi = u.join_start if not u.speaker_before and not u.inverted else u.attr_start
        if u.cue.according:
            before_hi = u.join_start
            if not text[ss : u.attr_start].strip():
                after_hi = se
        u.content = _clause(
            text,
            u,
            before_lo=before_lo,
            before_hi=before_hi,
            after_lo=after_lo,
            after_hi=after_hi,
            quotes=quotes,
            direct_opens=direct_opens,
        )
    # shared region: "..., noting A, and B, he said" -> split at the last ", and "
    for k in range(1, len(units)):
        ua, ub = units[k - 1], units[k]
        if ua.content is not None and ub.content is not None and ua.content[1] > ub.content[0]:
            cut = text.rfind(", and ", ub.content[0], ua.content[1])
            if cut > ub.content[0]:
                ua.content = ind.clean(text, ua.content[0], cut)
                ub.content = ind.clean(text, cut + 6, ub.content[1])
            else:
                ua.content = None
    for u in units:
        if u.content is not None and ind.unsaid(text, ss, u.cue.start, u.content[0]):
            u.content = None  # "declined to say whether ..."
        if u.content is not None and u.content[1] - u.content[0] <= MAX_CLAUSE:
            out.append(_Raw("indirect", u.content[0], u.content[1], u))
    # ---- partial quotes
    for q in partial:
        if q.end <= q.start or not text[q.start : q.end].strip():
            continue
        holder = next(
            (u for u in units if u.content and u.content[0] <= q.open and q.outer_end <= u.content[1] + 1),
            None,
        )
        if holder is None:
            preceding = [u for u in units if u.cue.end <= q.open]
            following = [u for u in units if u.cue.start >= q.outer_end]
            holder = preceding[-1] if preceding else (following[0] if following else None)
        if holder is not None:
            out.append(_Raw("partial", q.start, q.end, holder))
    return out


def _clause(
    text: str,
    u: _Unit,
    *,
    before_lo: int,
    before_hi: int,
    after_lo: int,
    after_hi: int,
    quotes: Sequence[QuoteSpan],
    direct_opens: set[int],
) -> Span | None:
    lemma = u.cue.lemma
    if (lemma not in CLAUSE_CUES and lemma not in COMPLEMENT_CUES) or after_hi < after_lo:
        after_hi = after_lo
    pos = ind.skip_adjuncts(text, after_lo, after_hi, listener=lemma in OBJECT_CUES)
    that = ind.starts_with_that(text, pos, after_hi)
    if that is None and lemma in CLAUSE_CUES and not u.cue.according:
        that = (
            ind.find_that(text, pos, after_hi, words=8) if lemma in OBJECT_CUES or _prep(text, pos) else None
        )
    if that is not None and lemma in CLAUSE_CUES:
        return ind.clean(text, that, after_hi)
    if u.took_direct_after:
        return None
    # 'CLAUSE, X said.' / 'CLAUSE, according to X.' / 'CLAUSE, said X.'
    lead = text[before_lo : max(before_hi, u.attr_start)].rstrip()
    clause_after = (
        pos < after_hi
        and text[pos] not in ",:"
        and not u.cue.according
        and lemma in CLAUSE_CUES
        and not ind.intro_like(text, pos, after_hi)
        and (
            ind.looks_like_clause(text, pos, after_hi)
            or (lemma in SAY_CUES and ind.starts_clause(text, pos, after_hi))
        )
    )
    if (
        (u.speaker_before or u.inverted or u.cue.according)
        and (lemma in BEFORE_CUES or u.cue.according)
        and not u.appositive
        and not clause_after
        and (
            lead.endswith((",", ',"', ",”", ",'", ",’"))
            or (u.cue.according and _ends_phrase(text, u.attr_end, after_hi))
        )
        and ind.has_words(text, before_lo, before_hi, 3)
        and not u.took_direct_before
        and before_lo != before_hi
    ):
        starts_quoted = any(before_lo - 2 <= o <= before_lo + 2 for o in direct_opens)
        rest = text[pos:after_hi]
        if rest.startswith(",") and ind.intro_like(text, before_lo, before_hi):
            start = pos + 1
            if ind.has_words(text, start, after_hi, 3):
                return ind.clean(text, start, after_hi)
        if starts_quoted:
            return None
        if rest.startswith(",") and not u.cue.according and ind.continues(text, pos + 1, after_hi):
            # "What he found, he says, is that ...": the attribution sits inside one clause
            return ind.clean(text, before_lo, after_hi)
        if text[before_lo:before_hi].lstrip()[:1] in {'"', "“"} and not any(
            q.open >= before_lo for q in quotes
        ):
            return None
        if (
            u.cue.according
            and rest.startswith(",")
            and not ind.has_words(text, before_lo, before_hi, 6)
            and ind.has_words(text, pos + 1, after_hi, 3)
        ):
            # "X then led, according to Y, the largest march": the source sits inside the clause
            return ind.clean(text, before_lo, after_hi)
        return ind.clean(text, before_lo, before_hi)
    if u.took_direct_before:
        return None
    if pos >= after_hi:
        return None
    if u.cue.according:
        if text[pos] == ",":
            return ind.clean(text, pos + 1, after_hi)
        return None
    if lemma not in CLAUSE_CUES and lemma not in COMPLEMENT_CUES:
        return None
    if text[pos] in ",:":
        start = pos + 1
        while start < after_hi and text[start].isspace():
            start += 1
        if opens_with_quote(text, start, after_hi) and start in direct_opens:
            return None
        if lemma in SAY_CUES and ind.has_words(text, start, after_hi, 4):
            return ind.clean(text, start, after_hi)
        if ind.looks_like_clause(text, start, after_hi):
            return ind.clean(text, start, after_hi)
        return None
    skip = _REGARDING.match(text, pos, after_hi)
    if skip is not None and not ind.has_finite(text, pos, skip.end()):  # not "said about 20 people have ..."
        pos = skip.end()
    if any(q.open == pos and q.open in direct_opens for q in quotes):
        return None
    if (
        lemma in SAY_CUES
        and lemma not in {"report", "state", "write"}
        and ind.has_words(text, pos, after_hi, 3)
    ):
        if not ind.intro_like(text, pos, after_hi) or ind.looks_like_clause(text, pos, after_hi):
            return ind.clean(text, pos, after_hi)
        return None
    if ind.looks_like_clause(text, pos, after_hi):
        return ind.clean(text, pos, after_hi)
    if (
        u.parent is not None
        and not u.cue.participial
        and _SUBJECT_START.match(text, pos, after_hi)
        and ind.has_words(text, pos, after_hi, 3)
    ):
        return ind.clean(text, pos, after_hi)
    if (
        lemma in COMPLEMENT_CUES
        and (
            (u.mention is not None and u.parent is None and (u.speaker_before or u.inverted))
            or u.parent is not None
        )
        and not any(after_lo <= q.open < after_hi for q in quotes)
    ):
        return ind.clean(text, pos, after_hi)  # "X called for a ceasefire": the object is what was said
    return None


_REGARDING: Final = regex.compile(
    r"(?:regarding|concerning|about|on|of|in\s+response\s+to|referring\s+to)\s[^,;:\"“”]{1,80}?,\s*",
    regex.IGNORECASE,
)
_PREP: Final = regex.compile(
    r"(?:to|on|in|at|during|after|before|with|from|by|late|early)\s", regex.IGNORECASE
)


def _prep(text: str, pos: int) -> bool:
    return _PREP.match(text, pos, pos + 10) is not None


# --------------------------------------------------------------------------- article level


def scan_article(
    text: str, segments: Sequence[Span], actors: Sequence[Actor], layer: ClauseLayer | None = None
) -> list[Quote]:
    """Every quote in the segments of ``text``, with resolved speakers, in text order (``layer``, the
    clause layer, gives the subject of a cue no name stands next to)."""
    raws: list[_Raw] = []
    carried: _Raw | None = None  # the last quote of the previous paragraph, for continuations
    pending: _Unit | None = None  # 'He said:' closing the previous paragraph
    budget = MAX_SENTENCES
    named = {  # the words of the names of the article's people and bodies (not states)
        word.lower()
        for a in actors
        if a.kind != "state"
        for name in (a.name, *a.aliases)
        for word in name.split()
    }
    for index, (ps, pe) in enumerate(segments):
        next_opens = index + 1 < len(segments) and opens_with_quote(text, *segments[index + 1])
        turns = _transcript_turns(text, ps, pe, named)
        if turns:  # 'PENCE: Well, look, ... WALLACE: If I may ...': each turn is a direct quote
            raws.extend(_Raw("direct", start, end, unit) for unit, start, end in turns)
            carried, pending = raws[-1], None
            continue
        pq = paragraph_quotes(text, ps, pe, index, next_opens)
        cues = list(itertools.islice(find_cues(text, ps, pe), MAX_PARAGRAPH_CUES))
        if not pq and not cues:
            carried = pending = None
            continue
        opens = [q.open for q in pq]
        first = True
        last: _Raw | None = None
        for ss, se in quote_sentences(text, ps, pe, pq):
            budget -= 1
            if budget < 0:
                break
            sq = pq[bisect.bisect_left(opens, ss) : bisect.bisect_left(opens, se)]
            found = _analyse_sentence(
                text,
                ss,
                se,
                sq,
                last_quote=last if last is not None else carried,
                paragraph_start=first,
                pending=pending if first else None,
                paragraph_cues=cues,
                layer=layer,
            )
            raws.extend(found)
            if found:
                last = found[-1]
            first = False
        if budget < 0:
            break
        pending = _colon_unit(text, ps, pe)
        carried = last
    return _resolve(text, segments, actors, raws)


_TURN: Final = regex.compile(
    r"[\"“]?((?:\p{Lu}[\p{L}'’.\-]*)(?:[ \t]+\p{Lu}[\p{L}'’.\-]*){0,3})[ \t]*(:)[ \t]+(?=\S)"
)
_NOT_SPEAKERS: Final = frozenset(
    [
        "update",
        "clarification",
        "correction",
        "note",
        "editor's",
        "editor’s",
        "watch",
        "read",
        "photo",
        "photos",
        "video",
        "related",
        "source",
        "sources",
        "more",
        "see",
        "also",
        "listen",
        "transcript",
        "caption",
        "credit",
        "warning",
        "breaking",
    ]
)


_CAPS_TURN: Final = regex.compile(
    r"(?<=[.?!)\]\"”—–-][ \t]{1,3})[\"“]?"
    r"(\p{Lu}[\p{Lu}.'’\-]+(?:[ \t]\p{Lu}[\p{Lu}.'’\-]+){0,2})[ \t]*(:)[ \t]+(?=\S)"
)


_SPOKEN: Final = regex.compile(r"\b(?i:I|I'm|I've|we|we're|my|our|me|us|you|your)\b|\?")
"""Signs of a turn of speech: the first or second person, a question."""


def _transcript_turns(text: str, ps: int, pe: int, named: set[str]) -> list[tuple[_Unit, int, int]]:
    """'WALLACE: If I may ...' / '"PENCE: Well ...': speaker labels opening the paragraph (a lone
    one-word label that names no person of the article opens a turn only with a sign of speech).

    After a label opening the paragraph, capitalised labels after a sentence end ('... ready.
    TAPPER: And ...') start the next turn.
    """
    m = _TURN.match(text, ps, min(pe, ps + 80))
    if m is None or m.group(1).split()[0].lower() in _NOT_SPEAKERS:
        return []
    labels = [m]
    for k, later in enumerate(_CAPS_TURN.finditer(text, m.end(), pe)):
        if k >= MAX_PARAGRAPH_CUES:
            break
        if later.group(1).split()[0].lower() not in _NOT_SPEAKERS:
            labels.append(later)
    word = m.group(1).strip()
    if (
        len(labels) == 1
        and " " not in word
        and word.lower() not in named
        and not _SPOKEN.search(text, m.end(), pe)
    ):
        return []  # "OVERSEAS: Markets fell in Asia.": a section label over news, no one speaking
    turns: list[tuple[_Unit, int, int]] = []
    for k, label in enumerate(labels):
        start = label.end()
        end = labels[k + 1].start() if k + 1 < len(labels) else pe
        while end > start and (text[end - 1].isspace() or text[end - 1] in '"“”'):
            end -= 1
        if not ind.has_words(text, start, end, 2):
            continue
        mention = core(text, label.start(1), label.end(1))
        cue = Cue(label.start(2), label.end(2), ":", "colon")
        unit = _Unit(cue, mention, label.start(1), label.end(2), label.start(1), took_direct_after=True)
        turns.append((unit, start, end))
    return turns


def _colon_unit(text: str, ps: int, pe: int) -> _Unit | None:
    """An attribution ending its paragraph with a colon ('Trump said:'), whose quote comes next."""
    tail = text[max(ps, pe - 200) : pe].rstrip()
    if not tail.endswith(":"):
        return None
    cues = list(find_cues(text, max(ps, pe - 200), pe))
    if not cues:
        return None
    start = max(ps, pe - 200)
    units = _units(text, start, pe, cues[-1:], [])
    return units[0] if units else None


class _History:
    """What earlier attributions resolved to: the last speaker, the last person, by head noun."""

    def __init__(self, spans: Sequence[Span] = ()) -> None:
        self._spans = sorted(spans)
        self._starts = [s for s, _ in self._spans]
        self._reach = list(itertools.accumulate((e for _, e in self._spans), max))
        self.last: _Said | None = None
        self.person: _Said | None = None
        self.by_head: dict[str, _Said] = {}
        self.people: list[_Said] = []  # the person speakers so far, latest last

    def said(self, pos: int) -> bool:
        """Is ``pos`` inside a quote (direct words or a reported clause)?"""
        k = bisect.bisect_right(self._starts, pos) - 1
        return k >= 0 and self._reach[k] > pos

    def add(self, said: _Said) -> None:
        self.last = said
        if said.person:
            self.person = said
            if said.name:
                self.people.append(said)
        if said.mention is not None and said.mention.kind != "name" and said.name:
            self.by_head[head_noun(said.mention.text)] = said


def _resolve(
    text: str, segments: Sequence[Span], actors: Sequence[Actor], raws: Sequence[_Raw]
) -> list[Quote]:
    resolver = Resolver(text, segments, actors)
    cache: dict[int, _Said] = {}
    history = _History([(r.start, r.end) for r in raws])
    # the attributions in text order, and for each the next one naming a person (for "the
    # Polish foreign minister said ..." before the article names him)
    order: list[_Unit] = []
    position: dict[int, int] = {}
    for r in raws:
        if r.unit is not None:
            root = _root(r.unit)
            if id(root) not in position:
                position[id(root)] = len(order)
                order.append(root)
    next_named: list[int] = [len(order)] * (len(order) + 1)
    for i in range(len(order) - 1, -1, -1):
        m = order[i].mention
        next_named[i] = i if m is not None and m.kind == "name" else next_named[i + 1]

    def next_person(after: _Unit) -> str | None:
        i = next_named[position[id(after)] + 1]
        if i >= len(order):
            return None
        m = order[i].mention
        assert m is not None
        return resolver.full_name(m.text, m.start) or m.text

    def said_for(unit: _Unit) -> _Said:
        root = _root(unit)
        key = id(root)
        if key not in cache:
            cache[key] = _resolve_mention(resolver, root.mention, history, lambda: next_person(root))
            history.add(cache[key])
        return cache[key]

    out: list[Quote] = []
    resolved_raw: dict[int, tuple[_Said, Cue | None]] = {}
    for r in raws:
        if r.unit is not None:
            said = said_for(r.unit)
            cue: Cue | None = r.unit.cue
        elif r.previous is not None and id(r.previous) in resolved_raw:
            said, prev_cue = resolved_raw[id(r.previous)]
            cue = prev_cue if r.inherit_cue else None
        else:
            continue
        resolved_raw[id(r)] = (said, cue)
        if said.name is not None and said.actor_id is None and fragments.is_fragment(said.name.split()):
            said = _NO_SPEAKER  # "Wednesday", "60 percent", "the lower house adopted a resolution"
        elif said.name is not None and said.actor_id is None:
            words = said.name.split()
            if len(words) > 1 and fragments.leading_fragment(words[0]):
                said = attrs.evolve(said, name=" ".join(words[1:]))  # "Although X" -> "X"
            elif said.name in resolver.acronyms:
                said = attrs.evolve(
                    said, name=resolver.acronyms[said.name]
                )  # "EDC" as the article spelt it out
        m = said.mention
        out.append(
            Quote(
                text=text[r.start : r.end],
                start=r.start,
                end=r.end,
                kind=r.kind,
                speaker=said.name,
                speaker_id=said.actor_id,
                cue=cue.text if cue else None,
                cue_start=cue.start if cue else None,
                cue_end=cue.end if cue else None,
                speaker_start=m.start if m else None,
                speaker_end=m.end if m else None,
                plugin="quotes",
            )
        )
    return _dedupe(out)


@attrs.define
class _Said:
    name: str | None
    actor_id: str | None
    mention: Mention | None
    person: bool


_NO_SPEAKER: Final = _Said(None, None, None, False)


def _resolve_mention(
    resolver: Resolver, m: Mention | None, history: _History, forward: Callable[[], str | None]
) -> _Said:
    """The name for one speaker mention (see docs/quotes.md, "Speaker resolution")."""
    if m is None:
        h = history.last
        return _Said(h.name, h.actor_id, h.mention, h.person) if h else _Said(None, None, None, False)
    low = m.text.lower()
    if m.kind == "pronoun":
        low = _SUBJECT_FORM.get(low, low)  # "quoted him as saying"
    if m.kind == "group" and head_noun(m.text) in PEOPLE_OF and _OWNED.search(m.text):
        return _Said(m.text, None, m, _person_head(m.text))  # "Mr Reed's aides": not Mr Reed
    actor = resolver.actor_at(m.start, m.end)
    if m.kind == "pronoun" and low in {"he", "she", "i"} and history.person is not None:
        # a pronoun attribution continues the last speaker (coreference by subject would pick
        # whoever the quote talked about), unless that speaker is of the other gender: then the
        # latest speaker, else the nearest person named before, who fits
        h = history.person
        want = _PRONOUN_GENDER.get(low)
        if h.mention is not None and h.mention.end < m.start:
            # "..., said A. B warned of delays. '...,' he said": B, named after A spoke
            other = resolver.subject_person(h.mention.end, m.start, want, history.said, h.actor_id or h.name)
            if other is not None and other.name != h.name and other.id != h.actor_id:
                return _Said(other.name, other.id, m, True)
        if want is None or resolver.gender(h.name, h.actor_id) in (None, want):
            return _Said(h.name, h.actor_id, m, True)
        for cand in reversed(history.people):
            if resolver.gender(cand.name, cand.actor_id) == want:
                return _Said(cand.name, cand.actor_id, m, True)
        person = resolver.person_before(m.start, want)
        if person is not None:
            return _Said(person.name, person.id, m, True)
        near = resolver.nearest_person(m.start, want)
        return _Said(near, None, m, near is not None)
    if actor is not None:
        if actor.kind == "person" or m.kind == "pronoun":
            return _Said(actor.name, actor.id, m, actor.kind == "person")
        return _Said(m.text, actor.id, m, _person_head(m.text))
    if m.kind == "pronoun":
        if low in {"he", "she", "i"}:
            name = resolver.nearest_person(m.start)
            return _Said(name, None, m, name is not None)  # None rather than a bare "he"
        h = history.last
        return _Said(h.name, h.actor_id, m, h.person) if h else _Said(None, None, m, False)
    if m.kind == "name":
        full = resolver.full_name(m.text, m.start)
        return _Said(full or m.text, None, m, True)
    if m.kind == "description":
        head = head_noun(m.text)
        owner = _POSSESSIVE_BEFORE.search(resolver.text, max(0, m.start - 8), m.start)
        if owner is not None:
            # "his lawyer said": someone else than the owner; the phrase is all we know
            return _Said(resolver.text[owner.start() : m.end], None, m, _person_head(m.text))
        if resolvable_title(head) and not _NATIONALITY_IN.search(m.text):
            # "the minister said" after a minister spoke: the latest speaker with that title
            for h in reversed(history.people[-6:]):
                if h.name and resolver.has_title(h.name, head):
                    return _Said(h.name, h.actor_id, m, True)
        same = history.by_head.get(head)
        if same is not None:
            return _Said(same.name, same.actor_id, m, same.person)
        body = resolver.body_before(m.start, head) if head in BODY_HEADS else None
        if body is not None:
            return _Said(body.name, body.id, m, False)  # "the company said": the one it named
        if _AGED.match(head) and owner is None and history.person is not None:
            h = history.person  # "the 52-year-old told reporters": the person last quoted
            return _Said(h.name, h.actor_id, m, True)
        if resolvable_title(head):
            titled = _titled(resolver, m, head)
            if titled is not None:
                return _Said(titled, None, m, True)
            if history.person is not None:
                h = history.person
                return _Said(h.name, h.actor_id, m, True)
            ahead = forward()
            if ahead is not None:
                return _Said(ahead, None, m, True)
    return _Said(m.text, None, m, _person_head(m.text))


_PRONOUN_GENDER: Final = {"he": "m", "she": "f"}
_SUBJECT_FORM: Final = {"him": "he", "her": "she", "them": "they", "me": "i", "us": "we"}
_OWNED: Final = regex.compile(r"['’]s?\s+\S+$")
_AGED: Final = regex.compile(r"^\d{1,3}-year-old$")
_POSSESSIVE_BEFORE: Final = regex.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+$")
_NATIONALITY_IN: Final = regex.compile(r"\b\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|ch|an|i)\b")


def _person_head(text: str) -> bool:
    """A singular person noun at the head of a group text: "Libyan lawyer", "Interpol spokesperson"."""
    return person_title(head_noun(text))


def _titled(resolver: Resolver, m: Mention, head: str) -> str | None:
    nationalities = frozenset(w.lower() for w in m.text.split() if _NATIONALITY_WORD.match(w))
    return resolver.titled(head, m.start, nationalities)


def _dedupe(quotes: Sequence[Quote]) -> list[Quote]:
    seen: set[tuple[str, str, str | None]] = set()
    out: list[Quote] = []
    for q in sorted(quotes, key=lambda q: (q.start, q.end)):
        key = (q.kind, " ".join(q.text.split()), q.speaker)
        if key in seen:
            continue
        seen.add(key)
        out.append(q)
    return out

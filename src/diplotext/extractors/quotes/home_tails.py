"""A speaker phrase that ends in a home or a party tag between commas, right before its cue.

News writes where a speaker lives, or which party and state they sit for, as an apposition that
ends in a state or province: "X of Guelph, Ont., said", "X, a nurse in Dover, Del., said", "X, now
retired in Salem, Ore., said", "X, speaking at a rally in Tulsa, Okla., warned", "Sen. X, R-Kan., a
candidate, said", "X, who lost her son in a crash in Provo, Utah, in May, said". The phrase next to
the cue then ends in the state ("Ont.", "Utah", "R-Kan."), which names no one: the speaker is the
name (or speaking group) that opens the chain of appositions the state closes. :func:`home_speaker`
walks back over the comma-separated chunks to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL

from .countries import is_place_name
from .indirect import has_finite
from .marks import QuoteSpan
from .mentions import Mention, core, name_like
from .subjects import speaker_like
from .unit_types import Unit

__all__ = ["home_speaker", "mend_homes"]

_ABBREVIATION: Final = regex.compile(r"\p{Lu}\p{Ll}{0,4}\.|(?:\p{Lu}\.){1,2}\p{Lu}\.?")
"""A state or province as the wires shorten it: "Ont.", "Mo.", "Calif.", "N.Y.", "B.C."."""
_PARTY_TAG: Final = regex.compile(r"[RDI]-\p{Lu}[\p{L}.]{0,12}(?:\s\p{Lu}[\p{L}.]{0,12})?")
"""A party and state after a legislator's name: "R-Kan.", "D-N.Y.", "I-Vt"."""
_TOWN_BEFORE: Final = regex.compile(
    r"(?r)(?<![\p{L}])\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,2},\s*$"
)
"""A town and the comma after it, right before the state: "Guelph, " in "Guelph, Ont.,"."""
_PLACE_PHRASE: Final = regex.compile(
    r"(?:^|\s)(?:"
    + lexicon.alternation("speech", "prepositions before a place of people")
    + r")\s+(?:the\s+)?\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,2}$"
)
"""A preposition and the town ending a chunk: "Maria X of Guelph", "a nurse in Dover"."""
_OPENER: Final = regex.compile(
    r"(?:" + lexicon.alternation("speech", "fronted conjunctions") + r"),?\s+", regex.IGNORECASE
)
_DETERMINER: Final = regex.compile(r"(?:an?|the)\s", regex.IGNORECASE)
_STEPS: Final = 6
"""How many chunks back the name may stand (the town's, an age, a role, a "who" clause ...)."""


def _state(text: str, m: Mention) -> bool:
    """Is the mention a state or province written after a town ("Ont." in "Guelph, Ont.,"), or a
    legislator's party tag after their name ("R-Kan.")?"""
    word = text[m.start : m.end]
    if word[1:2] == "-" and _PARTY_TAG.fullmatch(word):  # (the tag's hyphen is its second character)
        return text[: m.start].rstrip().endswith(",")
    k = m.start  # the town's comma comes right before the mention, spaces aside: a test before the search
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if text[k - 1 : k] != "," or _TOWN_BEFORE.search(text, max(0, m.start - 60), m.start, KEEP_GIL) is None:
        return False
    end = m.end + (text[m.end : m.end + 1] == ".")
    return _ABBREVIATION.fullmatch(text, m.start, end, KEEP_GIL) is not None or is_place_name(word)


def _chunks(text: str, lo: int, end: int) -> list[tuple[int, int]]:
    """The comma-separated chunks of ``text[lo:end]``, last first (not split at "3,100")."""
    out: list[tuple[int, int]] = []
    stop = end
    k = end
    while k > lo:
        k -= 1
        if text[k] == "," and not (text[k - 1 : k].isdigit() and text[k + 1 : k + 2].isdigit()):
            out.append((k + 1, stop))
            stop = k
    out.append((lo, stop))
    return [(s, e) for s, e in ((_trim(text, s, e)) for s, e in out) if e > s]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def home_speaker(text: str, lo: int, m: Mention) -> Mention | None:
    """The speaker whose home or party tag ends in the state mention ``m`` (see the module), or None
    when ``m`` is no such state or no name or speaking group opens the chain before it."""
    if not _state(text, m):
        return None
    comma = text.rfind(",", lo, m.start)
    if comma <= lo:
        return None
    fallback: Mention | None = None
    for step, (s0, e0) in enumerate(_chunks(text, lo, comma)[:_STEPS]):
        s, e = s0, e0
        if step == 0:  # the town's chunk: "Maria X of Guelph", "a nurse in Dover", "Guelph"
            town = _PLACE_PHRASE.search(text, s, e, KEEP_GIL)
            e = _trim(text, s, town.start())[1] if town is not None else e
            if town is None and not _PARTY_TAG.fullmatch(text, m.start, m.end):
                continue  # the town alone
            if e <= s:
                continue
        opener = _OPENER.match(text, s, e, KEEP_GIL)
        if opener is not None:
            s = opener.end()
        if not text[s].isupper() or _DETERMINER.match(text, s, e, KEEP_GIL):
            # an age, a role, a "who" clause or a participle about the speaker; a role opening the
            # sentence or after a clause is the speaker when no name comes before it
            role = speaker_like(core(text, s, e)) if _DETERMINER.match(text, s, e, KEEP_GIL) else None
            fallback = fallback or (role if role is not None and role.kind != "pronoun" else None)
            continue
        if has_finite(text, s, e):
            break  # the reported clause before the attribution: "The plan is unfair, a nurse ..."
        found = core(text, s, e)
        if found is not None and found.kind == "name":
            if name_like(text, found.start, found.end) and not is_place_name(found.text):
                return found
            break
        return speaker_like(found) or fallback
    return fallback


def mend_homes(text: str, ss: int, units: list[Unit], quotes: Sequence[QuoteSpan]) -> None:
    """Give each attribution whose speaker before the cue is the state of a home or a party tag the
    name opening the appositions, and the attribution its start (what precedes the name is no
    apposition of it)."""
    for k, unit in enumerate(units):
        m = unit.mention
        if m is None or not unit.speaker_before or m.start < unit.attr_start:
            continue
        ends = [u.attr_end for u in units[:k]] + [q.outer_end for q in quotes if q.outer_end <= m.start]
        found = home_speaker(text, max([ss, *ends]), m)
        if found is not None:
            unit.mention, unit.appositive = found, False
            unit.attr_start = min(unit.attr_start, found.start)
            unit.join_start = min(unit.join_start, found.start)

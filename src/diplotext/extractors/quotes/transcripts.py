"""Transcripts and colon attributions: a paragraph opening with a speaker label ("PENCE: Well, ...")
is a run of turns, each a direct quote; an attribution ending its paragraph with a colon ("Trump
said:") attributes the quote that comes next.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon, runtime
from diplotext.extractors.actors.names import is_given_name
from diplotext.syntax.words import FUNCTION_WORDS

from . import indirect as ind
from .bare_names import is_place
from .cues import Cue, find_cues
from .limits import MAX_PARAGRAPH_CUES
from .mentions import core
from .unit_types import Unit
from .units import find_units

__all__ = ["colon_unit", "transcript_turns"]

_TURN: Final = regex.compile(
    r"[\"“]?((?:\p{Lu}[\p{L}'’.\-]*)(?:[ \t]+\p{Lu}[\p{L}'’.\-]*){0,3})[ \t]*(:)[ \t]+(?=\S)"
)
_NOT_SPEAKERS: Final = lexicon.words("speech", "words that are no transcript speaker")


_CAPS_TURN: Final = regex.compile(
    r"(?<=[.?!)\]\"”—–-][ \t]{1,3})[\"“]?"
    r"(\p{Lu}[\p{Lu}.'’\-]+(?:[ \t]\p{Lu}[\p{Lu}.'’\-]+){0,2})[ \t]*(:)[ \t]+(?=\S)"
)


_FIGURE_ROW: Final = regex.compile(
    r"[$£€¥]?\d[\d,.]*[ \t]*(?:%|[\p{L}.]+)?[ \t]*(?:[,;(]|$)", regex.MULTILINE
)
"""A turn opening with a figure and its unit ("60.13 points,", "1,204 tonnes;"): a row of a table."""
_SPOKEN: Final = regex.compile(r"\b(?i:I|I'm|I've|we|we're|my|our|me|us|you|your)\b|\?")
"""Signs of a turn of speech: the first or second person, a question."""


_NAME_LIST: Final = regex.compile(
    r"\s*\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3}"
    r"(?:\s*(?:,|;|\band\b)\s*\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3}){1,}\.?\s*"
)
"""A list of capitalised names ("Smith, Jones, Brown."): a line-up or caption, not speech."""


def transcript_turns(text: str, ps: int, pe: int, named: set[str]) -> list[tuple[Unit, int, int]]:
    """'WALLACE: If I may ...' / '"PENCE: Well ...': speaker labels opening the paragraph (a lone
    one-word label that names no person of the article opens a turn only with a sign of speech).

    After a label opening the paragraph, capitalised labels after a sentence end ('... ready.
    TAPPER: And ...') start the next turn.
    """
    if text.find(":", ps, min(pe, ps + 80)) < 0:
        return []  # every label ends with a colon: no label opens the paragraph
    m = _TURN.match(text, ps, min(pe, ps + 80))
    if m is None or m.group(1).split()[0].lower() in _NOT_SPEAKERS or _place_label(m.group(1)):
        return []  # "OSLO: Ministers meet ...": a place heading an agenda item, no one speaking
    if _headline_label(m.group(1)):
        return []  # "The Gap Remains: ...", "Stealth Over Wealth: ...": a heading, no one speaking
    if _FIGURE_ROW.match(text, m.end(), pe) is not None:
        return []  # "Share Index: 60.13 points, down 0.22 points;": a row of figures, no one speaking
    labels = [m]
    for k, later in enumerate(runtime.finditer(_CAPS_TURN, text, m.end(), pe)):
        if k >= MAX_PARAGRAPH_CUES:
            runtime.warn(
                f"transcript paragraph with more than {MAX_PARAGRAPH_CUES:,} speaker labels: "
                "the turns after that were not read (count: paragraphs)"
            )
            break
        if later.group(1).split()[0].lower() not in _NOT_SPEAKERS and not _place_label(later.group(1)):
            labels.append(later)
    word = m.group(1).strip()
    if (
        len(labels) == 1
        and " " not in word
        and word.lower() not in named
        and not _SPOKEN.search(text, m.end(), pe)
    ):
        return []  # "OVERSEAS: Markets fell in Asia.": a section label over news, no one speaking
    turns: list[tuple[Unit, int, int]] = []
    for k, label in enumerate(labels):
        start = label.end()
        end = labels[k + 1].start() if k + 1 < len(labels) else pe
        while end > start and (text[end - 1].isspace() or text[end - 1] in '"“”'):
            end -= 1
        if not ind.has_words(text, start, end, 2) or _NAME_LIST.fullmatch(text, start, end):
            continue  # "Subs not used: A, B, C.": a line-up, no one's words
        label_text = label.group(1).strip()
        # "Q:" and "A:" mark an interview's question and answer, not a speaker's name
        mention = None if len(label_text) == 1 else core(text, label.start(1), label.end(1))
        cue = Cue(label.start(2), label.end(2), ":", "colon")
        unit = Unit(cue, mention, label.start(1), label.end(2), label.start(1), took_direct_after=True)
        turns.append((unit, start, end))
    return turns


def _headline_label(label: str) -> bool:
    """Is a label of two words or more, not in capitals, a heading: a function word written with a
    capital inside it ("The Latest", "Stealth Over Wealth"), which no speaker's name holds?"""
    words = label.split()
    return (
        len(words) > 1
        and not label.isupper()
        and any(w.lower() in FUNCTION_WORDS and w.lower() not in _NAME_PARTICLES for w in words)
    )


_NAME_PARTICLES: Final = lexicon.words("speech", "particles inside a person's name")


def _place_label(label: str) -> bool:
    """Is a label a place ("OSLO", "Hong Kong", "NEW YORK"): a heading, never a speaker?"""
    name = " ".join(w.capitalize() for w in label.split()) if label.isupper() else label.strip()
    return is_place(name) and not is_given_name(name.split()[0])  # not "JORDAN:" in a transcript


def colon_unit(text: str, ps: int, pe: int) -> Unit | None:
    """An attribution ending its paragraph with a colon ('Trump said:'), whose quote comes next."""
    tail = text[max(ps, pe - 200) : pe].rstrip()
    if not tail.endswith(":"):
        return None
    cues = list(find_cues(text, max(ps, pe - 200), pe))
    if not cues:
        return None
    start = max(ps, pe - 200)
    units = find_units(text, start, pe, cues[-1:], [])
    return units[0] if units else None

"""The body "the company said", "the group said", "the agency says" stands for when the actors
plugin does not know it and its name holds no such word ("the FAA", "Save the Harbour Seals"): the
body that opened a sentence as its subject last, in the description's paragraph or the two before;
and the body an "It said" stands for when no body spoke before: the one that opened the sentence
before. Never a person, a state or a place, a headline's word or a word capitalised only because it
opens its sentence."""

from __future__ import annotations

import itertools
from typing import Final

import regex

from diplotext import geo, lexicon
from diplotext.extractors.actors.names import is_given_name
from diplotext.patterns import KEEP_GIL

from .article_names import person_name
from .bare_names import is_place
from .fragments import leading_fragment
from .mentions import NOT_NAME_OR_ARTICLE, TITLE_WORDS
from .naming import can_speak_head
from .resolver import Resolver
from .speaker_history import SENTENCE_BREAK, History
from .subject_position import gender_after

__all__ = [
    "NAMELESS_BODY_HEADS",
    "body_named_before",
    "body_opening_sentence_at",
    "body_opening_sentence_before",
]

NAMELESS_BODY_HEADS: Final = lexicon.words("speech", "heads for a body named without them")
"""Heads of "the X said" that may stand for a body whose name does not hold the head word."""

_NAME: Final = regex.compile(
    r"(?<![\p{L}\p{N}\-'’.&])(?:(?P<the>[Tt]he)[ \t]+)?"
    r"(?P<name>\p{Lu}[\p{L}\p{N}&\-]*"
    r"(?:[ \t]+(?:(?:of|for|and|de)(?:[ \t]+the)?[ \t]+|the[ \t]+)?\p{Lu}[\p{L}\p{N}&\-]*){0,5})"
    r"(?![\p{L}\p{N}\-])"
)
_OPENING: Final = regex.compile(r"(?:^|[.!?][\"'”’)]*[ \t]+|\n[ \t]*)(?:\p{Lu}\p{L}+['’]s[ \t]+)?$")
"""A sentence's opening, with an owner before the name ("Norvia's Ministry of Mines said")."""
_SUBJECT_AFTER: Final = regex.compile(
    r"(?:[ \t]+\([\p{Lu}\p{N}&\-]{2,8}\))?(?:['’]s?[ \t]+\p{Ll}|,[ \t]|[ \t]+\p{Ll})"
)
"""What follows a subject that opens its sentence: an owner's "'s", an apposition, a verb."""
_PARAGRAPH: Final = regex.compile(r"\n[ \t]*\n")
_NAME_GOES_ON: Final = regex.compile(r"['’]s[ \t]+\p{Lu}")
_REACH: Final = 2000
_FUNCTION_WORDS: Final = (
    lexicon.words("grammar", "conjunctions")
    | lexicon.words("grammar", "subordinators")
    | lexicon.words("grammar", "determiners")
    | lexicon.words("grammar", "prepositions")
    | lexicon.words("grammar", "possessives")
    | lexicon.words("grammar", "subject pronouns")
)
_HONORIFICS: Final = frozenset(row[0].rstrip(".") for row in lexicon.rows("actors", "honorifics"))


def body_named_before(resolver: Resolver, history: History, pos: int) -> str | None:
    """The body a bare "the company" at ``pos`` stands for (see the module's words), or ``None``."""
    text = resolver.text
    lo = max(0, pos - _REACH)
    paragraphs = [p.end() for p in _PARAGRAPH.finditer(text, lo, pos, KEEP_GIL)]
    return _subject_body(resolver, history, paragraphs[-3] if len(paragraphs) >= 3 else lo, pos)


def body_opening_sentence_before(resolver: Resolver, history: History, pos: int) -> str | None:
    """The body that opened the sentence before the one at ``pos`` (or this one) as its subject:
    who an "It said" with no body speaking before stands for ("The Dunmore Film Institute (DFI)
    hailed the film. It claimed ...")."""
    text = resolver.text
    lo = max(0, pos - _REACH)
    starts: list[int] = []
    for b in SENTENCE_BREAK.finditer(text, lo, pos, False, KEEP_GIL):
        if starts and not text[starts[-1] : b.start()].strip():
            starts[-1] = b.end()  # a blank line: the same break
        else:
            starts.append(b.end())
    return _subject_body(resolver, history, starts[-2] if len(starts) >= 2 else lo, pos)


def body_opening_sentence_at(
    resolver: Resolver, history: History, start: int, pos: int
) -> tuple[str, int] | None:
    """The body whose name opens the sentence at ``start`` as its subject, with the name's end
    (before ``pos``), else ``None``."""
    m = _NAME.match(resolver.text, start, pos, KEEP_GIL)
    if m is None or _subject_body(resolver, history, start, m.end() + 1) != m.group("name"):
        return None
    return m.group("name"), m.end()


def _subject_body(resolver: Resolver, history: History, near: int, pos: int) -> str | None:
    """The body that opened a sentence as its subject last between ``near`` and ``pos``."""
    text = resolver.text
    subject: str | None = None
    for m in _NAME.finditer(text, near, pos, KEEP_GIL):
        start = m.start()
        if _OPENING.search(text, max(0, start - 40), start, KEEP_GIL) is None:
            continue
        if history.said(start) and SENTENCE_BREAK.search(text, start, pos, KEEP_GIL) is not None:
            continue  # in someone's words; not "X profits fell 3%, the bank said": X, its own words
        after = _SUBJECT_AFTER.match(text, m.end(), None, KEEP_GIL)
        if after is None or _headline(text, start):
            continue
        if _NAME_GOES_ON.match(text, m.end(), None, KEEP_GIL):
            continue  # "Hudson's Bay Co. said": the name runs on past the owner's "'s"
        if gender_after(text, m.end()) is not None:
            continue  # "Tom X has said he ...": a person the lists do not know
        name = m.group("name")
        if _body_name(resolver, name, m.start("name"), not m.group("the")):
            subject = name
    return subject


def _headline(text: str, pos: int) -> bool:
    """Is ``pos`` in the article's first line, a headline (no sentence ends it)?"""
    first = text.find("\n")
    return first >= 0 and pos < first and text[:first].rstrip()[-1:] not in ".!?\"'”’"


def _body_name(resolver: Resolver, name: str, start: int, sentence_initial: bool) -> bool:
    """Can ``name`` at ``start`` be a body's name: not a person, a state, a place or a day, and, a
    single word opening its sentence, one the article writes as a name elsewhere too?"""
    words = name.split()
    first = words[0].rstrip(".").lower()
    if first in NOT_NAME_OR_ARTICLE or first in _HONORIFICS:
        return False
    if leading_fragment(first) or first in _FUNCTION_WORDS or (len(words) == 1 and can_speak_head(first)):
        return False  # "Neither X nor Y", "Although X"; "Analysts", "Officials"
    if len(words) > 1 and (any(is_given_name(w) for w in words[:-1]) or person_name(name) is not None):
        return False  # "Ada Lind", "Acme CEO Ada Lind"
    if any(w.lower() in TITLE_WORDS and after[:1].isupper() for w, after in itertools.pairwise(words)):
        return False  # "Acme CEO Tom X"; not "Ministry of Agriculture"
    actor = resolver.actor_at(start, start + len(name))
    if actor is not None and actor.kind in ("person", "state"):
        return False
    if resolver.people_between(start, start + len(name)):
        return False  # "Former guardsman Allan X", "Neither X's murder"
    full = resolver.full_name(words[-1], start)
    if full is not None and full != name and full.split()[-1] == words[-1]:
        return False  # "DJ Tom Read ... Read said": the person named by the surname
    if is_place(name) or geo.demonym_code(words[-1]) is not None:
        return False
    # "Analysts said", "Shares fell": a single word capitalised by its place is no name
    return len(words) > 1 or not sentence_initial or _written_as_name(resolver.text, name, start)


def _written_as_name(text: str, word: str, at: int) -> bool:
    """Capitals inside the word ("FAA", "eBay"), or the word written again where no sentence
    starts ("... shares in Orbix fell")?"""
    if any(ch.isupper() for ch in word[1:]):
        return True
    lo, hi = max(0, at - _REACH), min(len(text), at + _REACH)
    pattern = regex.compile(rf"(?<=[\p{{Ll}},;][ \t]+){regex.escape(word)}(?![\p{{L}}\-])")
    return any(m.start() != at for m in pattern.finditer(text, lo, hi, KEEP_GIL))

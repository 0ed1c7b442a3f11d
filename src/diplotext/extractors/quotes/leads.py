"""Where a reported clause is, around its attribution: after a colon right after the cue ("he
said: the plan is dead"), after "told" and its listener only when a clause or an infinitive stands
there ("told the court in a filing" holds none), and never in a fronted adverbial before the
attribution ("In an essay last week, X acknowledged ...": the setting, not what was said).
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL
from diplotext.syntax.words import DETERMINERS, POSSESSIVES, PREPOSITIONS, SUBJECT_PRONOUNS, SUBORDINATORS

from . import indirect as ind
from .cues import CLAUSE_CUES
from .fronted import is_fronted
from .naming import can_speak_head
from .unit_types import Unit

__all__ = ["colon_clause", "fronted_lead", "long_source_end", "source_relative", "told_what"]


def colon_clause(text: str, u: Unit, pos: int, end: int) -> bool:
    """Does a colon right after the cue open the reported words ("In a speech in May, he said: the
    plan is dead")? Then they are the clause, not the phrase before the attribution."""
    return (
        pos < end
        and text[pos] == ":"
        and not u.cue.according
        and u.cue.lemma in CLAUSE_CUES
        and ind.has_words(text, pos + 1, end, 3)
    )


def told_what(text: str, pos: int, end: int) -> bool:
    """After "told" and its listener: a clause or an infinitive ("told aides the bill was dead",
    "told his staff to stay", "told CNN in May she had known"), a verb form or a quotation within
    its first words, not a second object and its adjuncts ("told the court in a filing", "told a
    forum in Oslo last week")."""
    near = _NEAR.match(text, pos, end, KEEP_GIL)
    hi = near.end() if near is not None else end
    return (
        ind.looks_like_clause(text, pos, end)
        or _INFINITIVE.match(text, pos, end, KEEP_GIL) is not None
        or ind.has_finite(text, pos, hi)
        or any(w.lower() in _VERB_WORDS for w in text[pos:hi].split())
        or any(ch in '"“”' for ch in text[pos:hi])
    )


_NEAR: Final = regex.compile(r"(?:\S+\s+){0,13}\S+")
_VERB_WORDS: Final = lexicon.words("speech", "auxiliaries and modals") | lexicon.words(
    "speech", "irregular past forms"
)
_INFINITIVE: Final = regex.compile(r"(?:[\p{L}'’\-]+\s+){0,8}?(?:not\s+|never\s+)?to\s+\p{Ll}")


def fronted_lead(text: str, lo: int, hi: int, pos: int, end: int) -> bool:
    """Is the phrase before 'X said ...' a fronted adverbial alone ("In an interview last week, X
    acknowledged ...", "But when the funds ran out, X said ...") while the cue has an object of
    its own? Then the phrase is the sentence's setting, not what was said."""
    lead = text[lo:hi].rstrip(" ,")
    if not lead or "," in lead or any(ch in lead for ch in '"“”;:()'):
        return False
    # the word right after the cue (its region may stop short of it: "told a woman who asked ...")
    first = _NEXT_WORD.match(text, pos, min(len(text), max(end, pos + 40)), KEEP_GIL)
    if first is None or first.group(1).lower() in PREPOSITIONS:
        return False  # "..., he said in his interview": adjuncts only
    words = _LEAD_WORD.findall(lead)
    if not is_fronted(words):
        return False
    opener = words[1] if words[0].lower() in {"but", "and", "yet", "so"} and len(words) > 1 else words[0]
    return opener.lower() in SUBORDINATORS or not ind.has_finite(text, lo, hi)


_NEXT_WORD: Final = regex.compile(r"\s*([\p{L}\p{N}][\p{L}\p{N}'’\-]*)")
_LEAD_WORD: Final = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")


def long_source_end(text: str, lo: int, hi: int, pos: int, end: int) -> int | None:
    """Where the clause starts after a source that "according to" opens the sentence with: after
    the comma closing it, past what still belongs to the source: the words beyond those read as
    its name ("According to exit polls conducted for the network by X, ..."), a short apposition
    with "a" and a head that can speak ("According to X, a research firm, ...") or a list
    ("According to X, Y, and Z, ...")."""
    if text[lo:hi].strip():
        return None
    commas = [m.end() for m in _COMMA.finditer(text, pos, min(end, pos + _LONG_SOURCE), False, KEEP_GIL)]
    if not commas or any(ch in text[pos : commas[0]] for ch in '"“”;:()'):
        return None
    k = 0
    while k + 1 < len(commas) and not ind.has_finite(text, commas[k], commas[k + 1]):
        stretch = text[commas[k] : commas[k + 1]].rstrip(",").split()
        listed = len(stretch) < _APPOSITION_WORDS and text[commas[k + 1] :].split()[:1] in (["and"], ["or"])
        described = (  # "a research firm", not "a motion to reject the bill" nor "a new"
            stretch[:1] in (["a"], ["an"])
            and len(stretch) <= _APPOSITION_WORDS
            and can_speak_head(stretch[-1])
        )
        closing = stretch[:1] in (["and"], ["or"]) and len(stretch) <= _APPOSITION_WORDS  # "and Z,"
        if not described and not listed and not closing:
            break
        k += 1
    return commas[k] if ind.has_words(text, commas[k], end, 3) else None


_APPOSITION_WORDS: Final = 5
_COMMA: Final = regex.compile(r",(?=\s)")


def source_relative(text: str, pos: int, end: int) -> bool:
    """Does a relative clause about the source follow "according to X" ("..., according to X, which
    runs ...", "..., according to a poll that shows ...")? Then the clause before is the quote."""
    return _SOURCE_RELATIVE.match(text, pos, end, KEEP_GIL) is not None


_LONG_SOURCE: Final = 240
_SOURCE_RELATIVE: Final = regex.compile(
    r",\s*(?:which|who|whose|where)\s|\s+(?:which|who|that)\s+(?!(?:"
    + "|".join(sorted(DETERMINERS | POSSESSIVES | SUBJECT_PRONOUNS, key=lambda w: (-len(w), w)))
    + r")\s)\p{Ll}",
    regex.IGNORECASE,
)
"""A relative clause after the source, not a noun complement ("a report that the minister ...")."""

"""An inverted attribution whose comma is missing: "The levy will hurt growers said Tomas Rein, an
economist at a bank." Without the comma, "growers said" reads like subject and cue and the name with
its apposition like what was said; but a name followed only by its description is no reported clause.
The name after the cue speaks and the clause before the cue is what was said, as in "..., said X".
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.actors.names import is_given_name
from diplotext.patterns import KEEP_GIL
from diplotext.syntax.words import SUBJECT_PRONOUNS

from . import indirect as ind
from .cues import BEFORE_CUES, OBJECT_CUES, Cue
from .mentions import core
from .speaker_after import phrase_after
from .unit_types import Unit

__all__ = ["commaless_inverted"]

_APPOSITION: Final = regex.compile(
    r",\s+(?:" + lexicon.alternation("speech", "words opening a speaker's description") + r")\s",
    regex.IGNORECASE,
)
"""The description after the name: ", an economist at ...", ", the bank's chief economist"."""
_TAIL: Final = regex.compile(r"[\s.!?\"”'’)]*")
_LEAD_BREAK: Final = frozenset(",;:\"”'’—–-([")
"""What may close the clause before a cue: with any of these the comma form's own rule reads it."""
_MIN_CLAUSE_WORDS: Final = 5
_AUX: Final = lexicon.words("speech", "auxiliaries and modals")


def commaless_inverted(text: str, ss: int, se: int, cue: Cue) -> Unit | None:
    """The attribution of "CLAUSE said NAME[, DESCRIPTION]." (no comma before the cue), with the
    name as the inverted speaker; ``None`` unless the sentence has that shape: a clause of five words
    or more with a finite verb before the cue, and after it a person's name that ends the sentence
    or is followed only by a description with no verb of its own (not "said X, an aide, was ...")."""
    if cue.according or cue.participial or cue.lemma not in BEFORE_CUES or cue.lemma in OBJECT_CUES:
        return None
    lead = text[ss : cue.start].rstrip()
    if not lead or lead[-1] in _LEAD_BREAK:
        return None
    last = lead.rsplit(None, 1)[-1]
    if not last[0].islower() or last.lower() in _AUX:
        return None  # "..., President X told Y", "reports have said he is X": a subject and its verb
    if ind.word_count(text, ss, cue.start) < _MIN_CLAUSE_WORDS or not ind.looks_like_clause(
        text, ss, cue.start
    ):
        return None
    after = phrase_after(text, cue.end, se)
    if after is None:
        return None
    mention = core(text, *after)
    if mention is None or mention.kind != "name" or len(mention.text.split()) < 2:
        return None
    if ind.has_finite(text, cue.end, mention.start) or any(
        w.lower() in SUBJECT_PRONOUNS for w in text[cue.end : mention.start].split()
    ):
        return None  # "said he is supermarket worker X": a clause, X in it
    tail = _TAIL.fullmatch(text, after[1], se, KEEP_GIL)
    if tail is None:
        apposition = _APPOSITION.match(text, after[1], se, KEEP_GIL)
        if apposition is None or ind.has_finite(text, apposition.end(), se):
            return None
    elif not is_given_name(mention.text.split()[0]):
        return None  # "... said Grand Central.": a bare name, a person's only when it opens with a given name
    return Unit(cue, mention, cue.start, after[1], cue.start, inverted=True, commaless=True)

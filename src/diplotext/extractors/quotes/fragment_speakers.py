"""Who a speaker that names no one leaves as the last speaker: a phrase the tidying drops from its
quote (an adverb opening the sentence, "Perhaps", "Curiously enough"; time words) is no person a
later "he" or "she" continues. When a person is named between it and its cue ("Even before the
vote, X had drawn fire for having said ..."), that person, the subject after the fronted phrase,
stands as the last speaker instead; see docs/quotes.md, "Speaker resolution"."""

from __future__ import annotations

from typing import Final

import attrs
import regex

from diplotext.patterns import KEEP_GIL

from . import fragments
from .mentions import Mention
from .resolver import Resolver
from .speaker_history import Said

__all__ = ["kept_for_pronouns"]


def kept_for_pronouns(resolver: Resolver, said: Said, cue_start: int) -> Said:
    """The speaker a later pronoun may continue after an attribution that resolved to ``said``:
    ``said`` itself, unless it is a fragment that names no one (see the module's text)."""
    if said.name is None or said.actor_id is not None or not fragments.is_fragment(said.name.split()):
        return said
    lo = said.mention.end if said.mention is not None else cue_start
    for actor_id, at in resolver.people_between(lo, cue_start):
        actor = resolver.actor_at(at, at)
        if actor is None or actor.id != actor_id or not _opens_main_clause(resolver.text, at):
            continue
        end = next((e for s, e in actor.mentions if s == at), None)
        if end is not None:
            return Said(actor.name, actor.id, Mention(at, end, resolver.text[at:end], "name"), True)
    return attrs.evolve(said, person=False)


def _opens_main_clause(text: str, at: int) -> bool:
    """Does the name at ``at`` follow a comma, with at most a title between ("..., Cardinal X had
    earned"): the subject after a fronted phrase, not an object ("he found X charming")?"""
    return _AFTER_COMMA.search(text, max(0, at - _TITLE_REACH), at, KEEP_GIL) is not None


_AFTER_COMMA: Final = regex.compile(r",[ \t]+(?:\p{Lu}[\p{L}.]*[ \t]+){0,3}$")
_TITLE_REACH: Final = 60

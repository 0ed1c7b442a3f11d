"""A party member described by place ("the Dunmore Republican said", "The Kellan Liberal
added"): the person the article is about, as with an age description: the subject who opened a
sentence since the last speaker, else the last person quoted, else (nobody quoted yet) the person
who opened a sentence before. Only a definite description with a capitalised place before the
party noun; "a Nevada Democrat said" is someone new."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL

from .mentions import Mention
from .resolver import Resolver
from .speaker_history import DEFINITE_BEFORE, History, Said, sentence_opening, subject_since

__all__ = ["party_member"]


def party_member(resolver: Resolver, history: History, m: Mention) -> Said | None:
    """The person "the Dunmore Republican" stands for, or ``None``."""
    words = m.text.split()
    if len(words) < 2 or len(words) > 4 or words[-1].lower() not in _MEMBERS:
        return None
    if not all(w[:1].isupper() for w in words) or words[0].lower() in _NOT_PLACES:
        return None
    if DEFINITE_BEFORE.search(resolver.text, max(0, m.start - 5), m.start, KEEP_GIL) is None:
        return None
    since = subject_since(resolver, history, m)
    if since is not None:
        return since
    h = history.person
    if h is not None and h.name and h.mention is not None and m.start - h.mention.end <= _REACH:
        return Said(h.name, h.actor_id, m, True)
    if h is None:
        opener = resolver.subject_person(0, sentence_opening(resolver.text, m.start), None, history.said)
        if opener is not None and opener.id is not None:
            return Said(opener.name, opener.id, m, True)
    return None


_MEMBERS: Final = lexicon.words("speech", "members of a party described by place")
_NOT_PLACES: Final = lexicon.words("speech", "sentence openers")
_REACH: Final = 1500

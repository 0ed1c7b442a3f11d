"""A "he" or "she" after a sentence whose subject is of the other sex and which names one person of
the pronoun's sex after it ("Carl X met Olga Y on Monday. She said ..."): that person, not an earlier
speaker of that sex, whom the sentence does not name."""

from __future__ import annotations

from typing import Final

from diplotext.patterns import KEEP_GIL

from .aged import people_named
from .mentions import Mention
from .resolver import Resolver
from .speaker_history import SENTENCE_BREAK, History, Said

__all__ = ["object_of_the_sentence_before"]


def object_of_the_sentence_before(
    resolver: Resolver, history: History, h: Said, m: Mention, want: str
) -> Said | None:
    """The one person of sex ``want`` the sentence right before the pronoun ``m`` names after a
    subject of the other sex, when the last speaker ``h`` is not named in it; else ``None``."""
    text = resolver.text
    found = SENTENCE_BREAK.finditer(text, max(0, m.start - _REACH), m.start + 1, False, KEEP_GIL)
    breaks = [b.end() for b in found]
    breaks = [b for b in breaks if b <= m.start]
    if len(breaks) < 2:
        return None
    lo, hi = breaks[-2], breaks[-1]
    if text[hi : m.start].strip() or (h.mention is not None and h.mention.end > lo):
        return None  # the pronoun does not open its sentence, or the speaker spoke in that one
    opener = resolver.person_opening(lo, hi)
    if opener is None or resolver.gender(opener[0], opener[1]) not in _OTHER[want]:
        return None
    people = {
        (name, actor_id)
        for name, actor_id in people_named(resolver, history, opener[3], hi)
        if name != opener[0] and (actor_id is None or actor_id != opener[1])
    }
    sexes = {(n, a): resolver.gender(n, a) for n, a in people}
    fitting = [p for p, sex in sexes.items() if sex == want]
    if len(fitting) != 1 or any(sex not in _OTHER[want] for p, sex in sexes.items() if p != fitting[0]):
        return None  # no one, or another person named after the subject whose sex may fit
    name, actor_id = fitting[0]
    if h.name and (name == h.name or any(w in text[lo:hi] for w in h.name.split() if w[:1].isupper())):
        return None
    return Said(name, actor_id, m, True)


_REACH: Final = 1500
_OTHER: Final = {"m": ("f",), "f": ("m",), "i": ()}

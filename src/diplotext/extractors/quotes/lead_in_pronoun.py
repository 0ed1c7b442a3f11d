"""The speaker mention of a quotation no cue attributes, when the sentence leading into it opens
with a pronoun for its speaker ('X said ... She went on: "..."'): the pronoun, not the earlier
mention. The speaker's name stays the one the previous attribution gave (see docs/quotes.md,
"Speaker mention of a continued quotation")."""

from __future__ import annotations

from typing import Final

import regex

from diplotext.patterns import KEEP_GIL

from .mentions import Mention
from .resolver import Resolver
from .speaker_history import PRONOUN_GENDER, SENTENCE_END, Said
from .unit_types import Raw

# the lead-in sentence: an optional opening word ("But", "Then") and an optional fronted phrase
# closed by a comma ("On Monday,"), then the subject pronoun and a lower-case word after it
_LEAD: Final = regex.compile(
    r"(?:\p{Lu}\p{Ll}*\s+)?(?:[^,:;.!?\n\"“”]{1,80},\s+)?(?P<p>(?i:he|she|it))\s+\p{Ll}",
)
_OPENING_MARKS: Final = "\"“'‘` \t"


def lead_in_pronoun(resolver: Resolver, r: Raw, said: Said) -> Mention | None:
    """The pronoun opening the lead-in of a continued quotation ``r`` (its sentence before the
    opening mark, ending in a colon or comma, in its paragraph, after the previous quotation, no
    quotation mark in it) when it fits the speaker ``said``: "he" or "she" for a person of no
    other sex with no other person named since the speaker's mention, "it" for no person."""
    if r.unit is not None or r.previous is None or said.name is None or said.mention is None:
        return None
    text = resolver.text
    lo = r.previous.end
    hi = r.start
    while hi > lo and text[hi - 1] in _OPENING_MARKS:
        hi -= 1
    para = text.rfind("\n", lo, hi) + 1
    start = max(lo, para)
    ends = list(SENTENCE_END.finditer(text, start, max(start, hi - 1), False, KEEP_GIL))
    opening = ends[-1].end() if ends else (para if para > lo else None)
    if opening is None or opening >= hi or any(ch in text[opening:hi] for ch in '"“”'):
        return None
    if text[hi - 1] not in ":,":
        return None  # "He did not say more." narrates; "He went on:" leads into the words
    found = _LEAD.match(text, opening, hi, False, KEEP_GIL)
    if found is None:
        return None
    s, e = found.span("p")
    if said.mention.start >= s:
        return None
    pronoun = text[s:e].lower()
    want = PRONOUN_GENDER.get(pronoun)
    if want is None:
        fits = not said.person  # "it": a company, a ministry
    else:  # a person of no other sex, and no other person named since ("X met Y. He then ...")
        fits = (
            said.person
            and resolver.broad_gender(said.name, said.actor_id) in (want, None)
            and all(who == said.actor_id for who, _ in resolver.people_between(said.mention.end, s))
        )
    return Mention(s, e, text[s:e], "pronoun") if fits else None

"""The charge of a case told with the accused or the accuser between the verb and its charge:
"Prosecutors accuse X, 64, of approving loans to relatives", "accused by U.S. prosecutors of running
an online marketplace", "convicted in absentia of two killings", and a case named after its charge:
"wanted in a Rs 2,100-crore loan fraud case". Read when the plain patterns of
:func:`diplotext.extractors.extradition.attributes.case_name` find no charge."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.model import Actor, Span
from diplotext.patterns import lazy
from diplotext.syntax import words as W

__all__ = ["accused_of"]

_INSIDE: Final = lexicon.words("events", "clause words inside a charge")
_OFFENCES: Final = lexicon.words("events", "offences named as a case")
_CLAUSE_WORDS: Final = "|".join(
    sorted(map(regex.escape, (W.CONJUNCTIONS | W.SUBORDINATORS | W.RELATIVES) - _INSIDE))
)
_PART: Final = r"(?:[^,.;:\"“”()]|(?<=\d)[,.](?=\d)|(?<=\b\p{Lu})\.)"
"""A character of a charge: no punctuation, save a number's ("2,100") or an initial's ("U.S.")."""
_CHARGE: Final = (
    r"(?:(?:the|a|an)[ \t]+)?(?P<c>" + _PART + r"{3,200}?)"
    r"(?=[,;:\"“”()]|(?<!\b\p{Lu})\.|[ \t]+(?:" + _CLAUSE_WORDS + r")\b|\Z)"
)
"""The charge: up to a punctuation mark or a word that opens a clause ("after", "who")."""
_ACCUSED: Final = regex.compile(
    r"\b(?:accus(?:e|es|ed|ing)[ \t]+(?!of\b)[^;:\"“”]{2,60}?[ \t]+of"
    r"|convicted[ \t]+in[ \t]+absentia[ \t]+of"
    r"|charged[ \t]+by[ \t]+[^;:\"“”]{2,80}?[ \t]+with"
    r"|on[ \t]+(?:\d+|\p{Ll}+)[ \t]+counts[ \t]+of)[ \t]+" + _CHARGE
)
"""An accusation with words between the verb and its charge: the accused ("accuse X, 64, of"), the
accuser ("accused by U.S. prosecutors of", "charged by the tribunal with"), "in absentia", or a
count ("on 18 counts of")."""
_CASE_OF: Final = regex.compile(
    r"\b(?:wanted|sought|charges)[ \t]+(?:by[ \t]+[^;:,]{2,40}?[ \t]+)?in[ \t]+(?:a|an|the)[ \t]+"
    r"(?P<c>" + _PART + r"{3,60}?)[ \t]+(?:case|reference)\b"
)
"""A case named after its charge ("is wanted by the CBI in a Rs 900-crore gold loan fraud case", "is
sought by Pakistan in a corruption reference": a reference is a case filed with a court; "to face
charges in a loan fraud case")."""
_LIMIT: Final = 90
_DANGLING: Final = W.PREPOSITIONS | W.DETERMINERS | W.POSSESSIVES | W.CONJUNCTIONS


CHARGE_TAIL: Final = lazy(
    r"[ \t]+(?:that|which|who|over[ \t]+(?:the|a|an|his|her|its|their)"
    r"|to[ \t]+(?:the[ \t]+)?(?:\p{Lu}[\p{L}.\-]*[ \t]+)?(?:authorities|police|officials)"
    r"|(?:lost|fled|won|escaped|faces|faced)[ \t]+(?:his|her|their|a|an|the|to))\b",
    regex.IGNORECASE,
)
"""What follows a charge and is no word of it: a relative clause ("a scam ring that cheated ..."),
an explanation ("fraud over the loss of ..."), where the suspect was sent ("wanted for fraud to
authorities in X", "to Ukrainian authorities"), the clause's own verb ("... a state lender lost his
fight"). A case is named in a few words."""


def cut_at_tail(charge: str) -> str:
    """The charge without what :data:`CHARGE_TAIL` finds after it."""
    m = CHARGE_TAIL.search(charge)
    return charge[: m.start()] if m is not None and m.start() > 0 else charge


def _trimmed(charge: str) -> str:
    """The charge cut at a word boundary within ``_LIMIT`` characters."""
    out: list[str] = []
    for word in cut_at_tail(charge).split():
        if len(" ".join([*out, word])) > _LIMIT:
            break
        out.append(word)
    while out and out[-1].lower() in _DANGLING:
        out.pop()  # "... owned by his relatives in": no word left hanging at the cut
    return " ".join(out)


def accused_of(ctx: EventContext, suspect: Actor, spans: list[Span]) -> str | None:
    """The charge an accusation or a named case tells in the case's sentences, else in a sentence
    naming the suspect."""
    text = ctx.text
    naming = [
        (s0, s1)
        for s0, s1 in ctx.layer.sentences
        if any(e.actor is not None and e.actor.id == suspect.id for e in ctx.layer.entities_in(s0, s1))
    ]
    for s0, s1 in [*spans, *naming]:
        for pattern in (_ACCUSED, _CASE_OF):
            m = pattern.search(text, s0, s1)
            if m is not None and (
                len(m.group("c").split()) >= 2 or (pattern is _CASE_OF and m.group("c").lower() in _OFFENCES)
            ):
                return _trimmed(m.group("c"))  # (one word only when it names an offence: "a corruption case")
    return None

"""The sides a headline tells: "Colombia extradites drug kingpin" (the state asked opens it), "Dutch
court blocks extradition to U.S." (the "to" after the surrender word asks), "Turkey demands
extradition of cleric from U.S." (a state that asks opens it, the "from" is asked), "Bolivia
requests US to extradite former president" (the one asked follows the verb).

The headline is no sentence of the body (the clause layer never reads it), so a case that names no
state on one side takes that side from it, when the headline tells one surrender (words in
``data/lexicon/events.txt``, sections "headline verbs of the state asked" and "... that asks").
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import geo, lexicon
from diplotext.extractors.extradition.special_courts import special_court
from diplotext.syntax.words import verb_forms

__all__ = ["headline_sides"]

_ASKED_VERBS: Final = lexicon.words("events", "headline verbs of the state asked")
_ASKING_VERBS: Final = lexicon.words("events", "headline verbs of the state that asks")
_SURRENDER: Final = regex.compile(
    r"\b(?:extradit\w*|hand(?:s|ed|ing)?[ \t]+over|deport\w*|(?:sen[dt]s?|sending|flown|fl(?:y|ies|ew))"
    r"[ \t]+(?:home|back))\b",
    regex.IGNORECASE,
)
"""A surrender in a headline: "extradites", "hands over", "deported", "sent home to Seoul", "flown
back to Lima"."""
_NAME: Final = r"((?:the[ \t]+)?[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,2})"
_TO: Final = regex.compile(r"\b(?i:to)[ \t]+" + _NAME)
_FROM: Final = regex.compile(r"\b(?i:from|with)[ \t]+" + _NAME)
_OPENING: Final = regex.compile(
    _NAME
    + r"(?:'s)?(?:[ \t]+("
    + lexicon.alternation("events", "headline bodies of a state")
    + r"))?[ \t]+(\w+)"
)
_ASKED_AFTER: Final = regex.compile(r"[ \t]+(?:on[ \t]+)?" + _NAME)


def _state(name: str, *, demonym: bool = True) -> str | None:
    """The state a headline's capitalised words name: a country, a city of one, a demonym (when
    ``demonym``: "Dutch court", not "Colombian drug kingpin"); the longest opening words that do."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    for n in range(len(words), 0, -1):
        part = " ".join(words[:n])
        for form in dict.fromkeys((part, part.rstrip(".:,"))):
            code = (
                geo.country_code(form)
                or geo.city_country(form)
                or (geo.demonym_code(form) if demonym else None)
            )
            if code:
                return code
        if not demonym:
            return None  # a person's description ("Colombian Drug Kingpin"): only a whole name counts
    return None


def headline_sides(
    title: str | None, asking: str | None = None, asked: str | None = None
) -> tuple[str | None, str | None]:
    """``(requesting, requested)``: the sides a case already has (``asking``, ``asked``), each
    missing one taken from the headline about a surrender when it names one the other side is not."""
    told_asking, told_asked = _told(title)
    if asking is None and told_asking not in (None, asked):
        asking = told_asking
    if asked is None and told_asked not in (None, asking):
        asked = told_asked
    return asking, asked


def _told(title: str | None) -> tuple[str | None, str | None]:
    """``(requesting, requested)`` that a headline about a surrender names, each ``None`` when it
    names none."""
    if not title:
        return None, None
    surrender = _SURRENDER.search(title)
    if surrender is None:
        return None, None
    after = title[surrender.end() :]
    to = _TO.search(after)
    source = _FROM.search(after)
    # "... to Kosovo Specialist Chambers": the court asks, not the state its name holds
    asking = (special_court(after[to.start() :]) or _state(to.group(1))) if to else None
    asked = _state(source.group(1)) if source else None
    opening = _OPENING.match(title)
    if opening is not None and opening.start(3) <= surrender.start():
        # "Dutch court blocks ...": a demonym only before a state's body
        subject = _state(opening.group(1), demonym=opening.group(2) is not None)
        word = opening.group(3).lower()
        verb = next((lemma for lemma, _ in verb_forms().get(word, ())), word)
        if verb in _ASKED_VERBS or opening.start(3) == surrender.start():
            asked = asked or subject
        elif verb in _ASKING_VERBS:
            asking = asking or subject
            follows = _ASKED_AFTER.match(title, opening.end())
            if follows is not None and follows.end() <= surrender.start():
                asked = asked or _state(follows.group(1))
    if asking is not None and asking == asked:
        return None, None
    return asking, asked

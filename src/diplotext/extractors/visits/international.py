"""Officials of an international body: "UN envoy X", "X, the OSCE's special representative",
"X, EU foreign policy chief": whatever state they came from, they travel for the body, so their
trips are no state's visits (a "former Swedish president" serving as a UN envoy included).
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.model import Actor
from diplotext.patterns import KEEP_GIL, lazy

__all__ = ["serves_a_body"]

_BODIES: Final = sorted(lexicon.words("events", "international offices"), key=lambda b: (-len(b), b))
_BODY: Final = (
    r"(?:"
    # acronyms in capitals only ("WHO", not "who"); full names in any case
    + "|".join(regex.escape(b.upper()) for b in _BODIES if " " not in b and len(b) <= 5)
    + "|(?i:"
    + "|".join(regex.escape(b) for b in _BODIES if " " in b or len(b) > 5)
    + r"))(?:['’]s)?"
)
_NAME_OF_BODY: Final = r"(?:the[ \t]+)?(?:(?:\p{Lu}[\p{L}\-]*|\p{Ll}{2,3})[ \t]+){0,9}?\(?"
"""What may stand between "head of" and a body's acronym: the body's full name ("the Organization
for Security and Cooperation in Europe (OSCE)") with its short linking words, never another noun
("the delegation to the UN")."""
_OFFICES: Final = lexicon.words("events", "offices of an international body")
_GAP: Final = r"(?:[ \t]+[\p{L}\-]+){0,3}?[ \t]+"
"""Up to three words between the body and the role ("UN special envoy", "EU foreign policy chief")."""


_WORDS: Final = r"([\p{L}\-]+(?:[ \t]+[\p{L}\-]+){0,3})"
"""One to four words: the role with what stands before it ("special envoy", "foreign policy chief")."""
_BEFORE: Final = lazy(r"\b" + _BODY + r"[ \t]+" + _WORDS + r"[ \t]+\Z")
"""A body and its official's title right before a name ("UN special envoy X")."""
_NAMED_BEFORE: Final = lazy(
    r"\b"
    + _BODY
    + r"[ \t]+(?:(?:\p{Lu}[\p{L}\-]*|\p{Ll}{2,3})[ \t]+){1,8}?\(\p{Lu}[\p{Lu}\d\-]{1,9}\)[ \t]+"
    + _WORDS
    + r"[ \t]+\Z"
)
"""A body's agency by its full name and acronym, then its official's title, before a name ("the
UN Refugee Agency (UNRA) Executive Secretary X")."""
_AFTER: Final = lazy(r"[ \t]*,[ \t]+(?:(?i:the|an?)[ \t]+)?" + _BODY + r"[ \t]+" + _WORDS + r"\b")
"""A body and its official's title set off after a name ("X, the UN envoy on ...")."""
_OF_BEFORE: Final = lazy(
    r"\b([\p{L}\-]+(?:[ \t]+[\p{L}\-]+)?)[ \t]+of[ \t]+" + _NAME_OF_BODY + _BODY + r"[^,;.\n]{0,60},[ \t]*\Z"
)
"""An office "of" a body before a name ("the head of the OSCE mission to Albania, X,")."""
_OF_AFTER: Final = lazy(
    r"[ \t]*,[ \t]+(?:(?i:the|an?)[ \t]+)?([\p{L}\-]+(?:[ \t]+[\p{L}\-]+)?)[ \t]+of[ \t]+"
    + _NAME_OF_BODY
    + _BODY
)
"""An office "of" a body set off after a name ("X, head of the UN team in Y")."""
_LEADS_ITS_MISSION: Final = lazy(
    r"\b" + _BODY + r"[ \t]+(?:[\p{L}\-]+[ \t]+){0,2}?(?i:delegation|mission|team)[ \t]*,?[ \t]+"
    r"(?i:led|headed)[ \t]+by[ \t]+\Z"
)
"""A body's mission led by the name after it ("The OAS mission, headed by X,")."""
_ACRONYMS: Final = tuple(b.upper() for b in _BODIES if " " not in b and len(b) <= 5)
_FULL_NAMES: Final = tuple(b.casefold() for b in _BODIES if " " in b or len(b) > 5)
_REACH_BEFORE: Final = 160
"""The widest window before a mention that a pattern above is searched in."""


def _may_name_a_body(window: str) -> bool:
    """Could ``_BODY`` match in ``window``? Not unless an acronym stands in it as written or a full
    name in its case-folded text (a letter that ``regex`` folds to an ASCII letter, the Kelvin sign
    or the long s, case-folds to it too): a test of plain substrings that spares the patterns above
    their search before most mentions, where no body is named."""
    if any(map(window.__contains__, _ACRONYMS)):
        return True
    folded = window.casefold()
    return any(map(folded.__contains__, _FULL_NAMES))


def _comma_after(text: str, end: int) -> bool:
    """Does a comma follow ``end`` after spaces and tabs (as ``_AFTER`` and ``_OF_AFTER`` need)?"""
    k = end
    while k < len(text) and text[k] in " \t":
        k += 1
    return k < len(text) and text[k] == ","


def serves_a_body(ctx: EventContext, actor: Actor) -> bool:
    """Is the person called an official of an international body, by a title before a mention
    ("UN envoy X") or a description set off after one ("X, the UN envoy on ...")? The patterns are
    the same for everyone; the words they catch are checked against the person's roles."""
    roles = {r for r in ctx.roles_of(actor) if r} | _OFFICES
    text = ctx.text
    for s, e in actor.mentions:
        # every pattern needs a body named: before the mention within its widest window, or after
        # the comma that sets a description off
        before = _may_name_a_body(text[max(0, s - _REACH_BEFORE) : s])
        after = _comma_after(text, e)
        if not (before or after):
            continue
        if before:
            m = _BEFORE.search(text, max(0, s - 60), s, KEEP_GIL)
            if m is not None and _ends_with_a_role(m.group(1), roles):
                return True
            m = _NAMED_BEFORE.search(text, max(0, s - _REACH_BEFORE), s, KEEP_GIL)
            if m is not None and _ends_with_a_role(m.group(1), roles):
                return True
        m = _AFTER.match(text, e, None, KEEP_GIL) if after else None
        if m is not None:
            # "X, the UN envoy on the talks": the role ends some first words of those caught; not
            # "X, UN chief Y and Z", a list where the title is the next person's
            words = m.group(1).split()
            if any(
                _ends_with_a_role(" ".join(words[:n]), roles) and not _names_next(ctx, words[n:])
                for n in range(1, len(words) + 1)
            ):
                return True
        if before and _LEADS_ITS_MISSION.search(text, max(0, s - 80), s, KEEP_GIL) is not None:
            return True  # "The OAS mission, headed by X, arrived in La Paz": the body's, not X's state's
        for m in (
            _OF_BEFORE.search(text, max(0, s - _REACH_BEFORE), s, KEEP_GIL) if before else None,
            _OF_AFTER.match(text, e, None, KEEP_GIL) if after else None,
        ):
            if m is not None and _ends_with_a_role(m.group(1), roles):
                return True
    return False


def _names_next(ctx: EventContext, rest: list[str]) -> bool:
    """Do the words after a title start a person's name ("Ian" of "UN chief Ian Moore")?"""
    if not rest or not rest[0][:1].isupper():
        return False
    first = rest[0]
    return any(a.kind == "person" and a.name.split()[:1] == [first] for a in ctx.actors)


def _ends_with_a_role(words: str, roles: set[str]) -> bool:
    """Do the words end with one of the roles ("special envoy" ends with "envoy")?"""
    told = " ".join(words.lower().split())
    return any(told == r or told.endswith(" " + r) for r in roles)

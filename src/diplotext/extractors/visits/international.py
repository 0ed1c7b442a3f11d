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

__all__ = ["serves_a_body"]

_BODIES: Final = sorted(lexicon.words("events", "international offices"), key=len, reverse=True)
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


def serves_a_body(ctx: EventContext, actor: Actor) -> bool:
    """Is the person called an official of an international body, by a title before a mention
    ("UN envoy X") or a description set off after one ("X, the UN envoy on ...")?"""
    roles = {r for r in ctx.roles_of(actor) if r} | _OFFICES
    role = "(?i:" + "|".join(regex.escape(r) for r in sorted(roles, key=len, reverse=True)) + ")"
    before = regex.compile(r"\b" + _BODY + _GAP + role + r"[ \t]+\Z")
    after = regex.compile(r"[ \t]*,[ \t]+(?:(?i:the|an?)[ \t]+)?" + _BODY + _GAP + role + r"\b")
    # "the head of the OSCE mission to Albania, X,", "X, head of the UN team in Y"
    of_before = regex.compile(
        r"\b" + role + r"[ \t]+of[ \t]+" + _NAME_OF_BODY + _BODY + r"[^,;.\n]{0,60},[ \t]*\Z"
    )
    of_after = regex.compile(
        r"[ \t]*,[ \t]+(?:(?i:the|an?)[ \t]+)?" + role + r"[ \t]+of[ \t]+" + _NAME_OF_BODY + _BODY
    )
    text = ctx.text
    for s, e in actor.mentions:
        window = max(0, s - 160)
        if (
            before.search(text, max(0, s - 60), s)
            or after.match(text, e)
            or of_before.search(text, window, s)
            or of_after.match(text, e)
        ):
            return True
    return False

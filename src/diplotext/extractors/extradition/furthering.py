"""A surrender asked to be moved along: "Turkey called on the United States to speed up the
extradition of X", "urged Britain to approve the extradition of X", "asked Spain to expedite X's
extradition". The verb the surrender noun hangs on ("speed up", "approve") is what the request
asks for, so the request verb above it gives the case: its subject asks, the one it asks is asked,
and nothing is granted yet (words in ``data/lexicon/events.txt``, section "verbs that further a
surrender")."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.syntax import Clause

__all__ = ["FURTHERING_VERBS", "furthered_on_request"]

FURTHERING_VERBS: Final = lexicon.words("events", "verbs that further a surrender")


def furthered_on_request(ctx: EventContext, clause: Clause) -> Clause | None:
    """The clause of the request verb above ``clause`` when ``clause`` is an infinitive of a verb
    that furthers the surrender it governs ("... to speed up the extradition of X"), else ``None``."""
    pred = clause.predicate
    if clause.kind != "infinitive" or pred.lemma not in FURTHERING_VERBS or pred.negated:
        return None
    parent = ctx.parent(clause)
    if parent is None or parent is clause or parent.predicate.negated:
        return None
    return parent

"""Helpers shared by the extradition test files: the disputes an article gives, and their sides."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def disputes(text: str, published: str = "2031-03-12") -> list[Event]:
    """The extradition disputes found in ``text``, after checking that no plugin of theirs failed."""
    doc = diplotext.extract(text, published=published)
    assert not [e for e in doc.errors if e.plugin in ("extradition", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "extradition_dispute"]


def sides(case: Event) -> tuple[object, object]:
    """The requesting and the requested state of a dispute."""
    return case.roles["requesting_state"], case.roles["requested_state"]

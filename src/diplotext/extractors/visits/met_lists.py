"""The people a list of those met goes on with: "will meet with President A; B, assembly
president; and C, prime minister" — each name right after its semicolon."""

from __future__ import annotations

from typing import Final

from diplotext.extractors.eventkit import EventContext
from diplotext.model import Actor
from diplotext.patterns import lazy
from diplotext.syntax import Phrase

__all__ = ["semicolon_list"]

_AFTER_SEMICOLON: Final = lazy(r";[ \t]+(?:and[ \t]+)?(?:\p{Lu}[\p{L}.'’\-]*[ \t]+){0,3}\Z")
"""A semicolon (and "and") before a name of a list, perhaps after its title ("; and Prince X")."""


def semicolon_list(ctx: EventContext, phrase: Phrase) -> list[Actor]:
    """ "will meet with President A; B, assembly president; and C, prime minister": the people
    a semicolon list goes on with after the last one met, each right after its semicolon."""
    end = ctx.layer.sentences[ctx.layer.sentence_at(phrase.start)][1]
    if ";" not in ctx.text[phrase.end : end]:
        return []
    out: list[Actor] = []
    at = phrase.end
    for e in ctx.layer.entities_in(phrase.end, end):
        if e.kind != "person" or e.actor is None or e.pronoun:
            continue
        if _AFTER_SEMICOLON.search(ctx.text, at, e.start) is None:
            continue  # a name inside a description ("B, aide to President D")
        out.append(e.actor)
        at = e.end
    return out

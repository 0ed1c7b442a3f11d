"""Who issued the warrant an arrest was made on: "arrested X on an extradition warrant issued on
behalf of India", "on a warrant from Peru", "on a Chilean arrest warrant", "on foot of a European
arrest warrant issued by a regional court in Lublin" (split from
:mod:`diplotext.extractors.extradition.arrests`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.people import pp_phrases
from diplotext.syntax import Clause, Phrase

__all__ = ["warrant_issuers"]

_WARRANTS: Final = frozenset(["warrant", "warrants", "notice"])
_BASIS: Final = lexicon.words("events", "nouns of the basis of an arrest")
_TRIBUNAL_AFTER: Final = regex.compile(
    r"\s+(?:(?i:UN|international)\s+)?(?i:war[ \t-]+crimes?\s+)?(?i:tribunal|court)\b"
)
_ISSUED: Final = regex.compile(
    r"\s*(?:,\s*)?(?:(?:issued|sent|requested)\s+)?(?:by|from|on\s+behalf\s+of|at\s+the\s+request\s+of|(?<=issued\s+)in)\s+"
    r"(?:(?:the|a|an)\s+)?\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}"
)
_NAME: Final = r"(?:the\s+)?\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,3}"
_AT_ITS_REQUEST: Final = regex.compile(
    r"\s*(?:,\s*)?(?:(?:issued|sent|circulated)(?:\s+by\s+\p{Lu}\p{L}+)?\s+)?at\s+(?:the\s+(?:request|behest)\s+of\s+"
    + _NAME
    + r"|"
    + _NAME
    + r"['’]s?\s+(?:request|behest))"
)
"""A warrant issued at a state's request: "a red notice issued by Interpol at the request of Turkey",
"on a red notice issued at Armenia's request"."""
_ISSUED_BY_A_COURT: Final = regex.compile(
    r"\s*(?:,\s*)?(?:issued|sent)\s+by\s+(?:a|an|the)\s+(?:[\p{Ll}\-]+\s+){0,3}?(?:"
    + lexicon.alternation("events", "issuers of a warrant named by their seat")
    + r")\s+in\s+\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,2}"
)
"""A warrant issued by a body named by its seat: "issued by a regional court in Lublin"."""


def _warrants(clause: Clause) -> Iterator[Phrase]:
    """The warrants an arrest was made on: "on a warrant", "under a red notice", and the warrant
    of "on foot of a warrant", "on the strength of a red notice", "on the basis of a warrant"."""
    for p in pp_phrases(clause, "on", "under"):
        if p.head.lower() in _WARRANTS:
            yield p
        elif p.head.lower() in _BASIS:
            yield from (q for prep, q in p.preps if prep == "of" and q.head.lower() in _WARRANTS)


def warrant_issuers(ctx: EventContext, clause: Clause, tribunal: str | None) -> list[str]:
    """The states named in an arrest warrant or the few words after it (an extradition or
    international one, or one a state issued)."""
    for p in _warrants(clause):
        asked = _AT_ITS_REQUEST.match(ctx.text, p.end)
        named = ctx.layer.entities_in(p.end, asked.end()) if asked is not None else []
        if codes := [e.code for e in named if e.kind in ("state", "place") and e.code]:
            return codes[:1]
        m = _ISSUED.match(ctx.text, p.end) or _ISSUED_BY_A_COURT.match(ctx.text, p.end)
        inside = [e for e in ctx.layer.entities_in(p.start, p.end) if e.kind in ("state", "place") and e.code]
        if m is None and "extradition" not in p.words and not inside:
            continue  # "on a Chilean arrest warrant": the state that issued it names itself
        end = m.end() if m is not None else p.end
        if tribunal and m is not None and _TRIBUNAL_AFTER.match(ctx.text, end):
            return [tribunal]  # "on a warrant issued by the Rwanda tribunal": the court, not the state
        # "a red notice issued by Moscow": a capital stands for its state
        named = [e for e in ctx.layer.entities_in(p.start, end) if e.kind in ("state", "place") and e.code]
        if named:
            return [e.code for e in named[:1] if e.code]
    return []


def surrender_warrant_issuers(ctx: EventContext, clause: Clause, tribunal: str | None) -> list[str]:
    """The state that issued the warrant a surrender is sought under ("heard arguments over the
    surrender of X, a banker living in Cork, under a European arrest warrant issued in Poland"): the
    warrant in the surrender's clause or in a participle hanging on it (the apposition's)."""
    for c in ctx.layer.in_sentence(clause.sentence):
        if c is clause or (c.kind == "participle" and c.parent == clause.index):
            got = warrant_issuers(ctx, c, tribunal)
            if got:
                return got
    return []

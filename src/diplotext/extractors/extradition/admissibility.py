"""A court's finding on whether a surrender is admissible: "the appeal court declared inadmissible
the extradition of X", "ruled his extradition admissible", "found that the extradition would be
inadmissible". In Polish, Czech, Austrian and German procedure the court rules on the
admissibility of an extradition and the minister decides after it; English reports keep the word.
Inadmissible is a refusal, admissible a grant; the court that finds it is of the state asked.
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.acts import Act
from diplotext.extractors.extradition.sides import parties
from diplotext.syntax import Clause

__all__ = ["admissibility_found"]

_AGAINST: Final = lexicon.words("events", "words of an inadmissible surrender")
_FOR: Final = lexicon.words("events", "words of an admissible surrender")
_FINDING: Final = lexicon.words("events", "verbs of a finding on admissibility")
_WORD: Final = regex.compile(
    r"\b(?:" + "|".join(sorted(map(regex.escape, _AGAINST | _FOR), key=len, reverse=True)) + r")\b",
    regex.IGNORECASE,
)
_STOP: Final = regex.compile(r"[.;:!?](?:\s|$)")
_REACH: Final = 90
"""Characters after the finding verb within which its adjective stands ("declared the extradition
of X to Russia inadmissible")."""


def _finding(ctx: EventContext, clause: Clause) -> str | None:
    """ "refused" or "granted" when the clause finds a surrender (in)admissible."""
    pred = clause.predicate
    if pred.lemma not in _FINDING or pred.negated:
        return None
    # the adjective may stand past the clause's end where the parser cut the object off as a clause
    # of its own ("declared inadmissible the extradition of a man accused of fraud", read as a
    # complement clause of "accused"); the reach ends at the sentence's stop
    stop = _STOP.search(ctx.text, pred.end, pred.end + _REACH)
    end = max(clause.end, stop.start() if stop is not None else pred.end + _REACH)
    end = min(end, pred.end + _REACH)
    word = _WORD.search(ctx.text, pred.end, end)
    if word is None or ctx.text[pred.end : word.start()].count(",") > 0:
        return None  # "declared, after a long hearing, ..." reads on; the adjective must be near
    return "refused" if word.group().lower() in _AGAINST else "granted"


def admissibility_found(ctx: EventContext, act: Act, tribunal: str | None) -> Act | None:
    """The act as the court's finding on its admissibility made it (its status, the state of the
    court that found it, the day of the clause when the act has none), else ``None``."""
    clause = act.frame.clause
    clauses = [clause]
    parent = ctx.parent(clause)
    if parent is not None and clause.kind in ("infinitive", "complement"):
        clauses.append(parent)  # "ruled that the extradition was admissible"
    for c in clauses:
        status = _finding(ctx, c)
        if status is None:
            continue
        days = act.dates or tuple(t for t in c.times if t.type in ("DATE", "TIME"))
        asked = (*act.requested, *parties(ctx, ctx.doers(c), tribunal))
        reported = act.reported if act.dates else not days
        return attrs.evolve(act, status=status, requested=asked, dates=days, reported=reported)
    return None

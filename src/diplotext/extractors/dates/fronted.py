"""Where the clause of a date begins when its sentence opens with an adverbial clause: the opening
clause's verbs set no tense for a date in the main clause (:func:`.tense.tense_cue`).
"""

from __future__ import annotations

import re
from typing import Final

from diplotext import lexicon

__all__ = ["main_clause_start"]


def main_clause_start(low: str, left: int, start: int) -> int:
    """Where the clause of an expression at ``start`` begins when its sentence (from ``left``) opens
    with an adverbial clause ("After the mayor said the port could close, debate in early August
    centered on ..."): after the last comma before ``start``, so the opening clause's verbs set no
    tense for it; otherwise ``left``."""
    m = _FRONTED.match(low, left, start)
    if m is None:
        return left
    comma = low.rfind(", ", m.end(), start)
    return comma + 1 if comma >= 0 else left


_FRONTED: Final = re.compile(
    r"[\s\"'“‘(]*(?:"
    + "|".join(
        sorted(
            lexicon.words("grammar", "subordinators")
            - lexicon.words("time", "conditional openers")
            - {"whether", "where"}
        )
    )
    + r")\s"
)
"""A sentence's opening subordinator: an adverbial clause (not a condition, whose own rules apply)."""

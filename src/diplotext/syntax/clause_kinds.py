"""The kind of a clause from the word before its subject: relative, complement, adverbial or
coordinate, and where it starts (split from :mod:`diplotext.syntax.clauses`).
"""

from __future__ import annotations

import attrs

from diplotext import lexicon
from diplotext.syntax import words as W
from diplotext.syntax.drafts import Draft
from diplotext.syntax.phrases import HEADS, coordinated_subject, np_core_left, np_left
from diplotext.syntax.tokens import Token

__all__ = ["ADVERBIAL_PREPS", "REPORTING", "shape_clause"]

REPORTING = lexicon.words("speech", "reporting verbs")
_OFFICE_THEN = lexicon.words("grammar", "adverbs of an office held then")
ADVERBIAL_PREPS = frozenset(
    ["after", "before", "since", "until", "till", "as", "following", "upon", "on", "while"]
)


def shape_clause(toks: list[Token], d: Draft, s: int) -> None:
    """Kind and start of a clause whose subject starts at token ``s``, from the word before it."""
    if s == 0:
        return
    b = toks[s - 1]
    if b.tag in ("TIME", "ADV") and s >= 2 and toks[s - 2].tag == "VERB" and toks[s - 2].lemma in REPORTING:
        b = toks[s - 2]  # "said Tuesday he would ..."
    if b.tag == "ADV" and b.low in _OFFICE_THEN and s >= 2 and toks[s - 2].tag == "SUB":
        b = toks[s - 2]  # "when then Foreign Minister X led ...": "then" is the office's, not the clause's
    if b.tag == "REL" or (
        b.tag == "THAT"
        and s >= 2
        and toks[s - 2].tag in HEADS
        and not _reported(toks, s - 2)
        # "a ruling that he can be extradited": what the ruling says, a clause with nothing missing
        and not (toks[s - 2].low in W.CONTENT_NOUNS and (d.pred.passive or d.pred.lemma == "be"))
    ):
        # "X, whom Egypt asked ...", "the man that police arrested": an object relative
        d.kind = "relative"
        d.marker = b.low
        d.start = s - 1
        ante = s - 2
        if ante >= 0 and toks[ante].tag == ",":
            ante -= 1
        a = np_left(toks, ante, 0) if ante >= 0 else None
        if a is not None:
            d.antecedent = (a, ante)
    elif b.tag == "THAT":
        d.kind = "complement"
        d.marker = "that"
        d.start = s - 1
    elif b.tag == "SUB" or (b.tag == "PREP" and b.low in ADVERBIAL_PREPS and b.low not in ("on",)):
        d.kind = "adverbial"
        d.marker = b.low
        d.start = s - 1
    elif b.tag == "CONJ":
        a = coordinated_subject(toks, s) if b.low == "and" and d.subject is not None else None
        if a is not None and d.subject is not None:
            # "X and Y met": one subject of two noun phrases, not a clause coordinated to X
            d.subject = (a, d.subject[1])
            d.start = a
            shape_clause(toks, d, a)
            return
        d.kind = "coordinate"
        d.marker = b.low
        d.start = s - 1
    elif (
        b.tag == "VERB"
        and b.lemma in W.OBJECT_PARTICIPLE_VERBS
        and d.group.first == d.group.head
        and toks[d.group.head].vkind in ("ed", "pp")
    ):
        # "Brazil wants X extradited from Portugal": a passive complement whose subject is the
        # object of "want"
        d.kind = "complement"
        d.pred = attrs.evolve(d.pred, passive=True, finite=False, tense="none")
    elif b.tag == "VERB" and b.lemma in REPORTING:
        d.kind = "complement"
    elif b.tag == "NOUN" and s >= 2 and toks[s - 2].tag == "VERB" and toks[s - 2].lemma in REPORTING:
        d.kind = "complement"  # "told reporters the minister will ..."


def _reported(toks: list[Token], k: int) -> bool:
    """Is the noun phrase ending at ``k`` the object of a reporting verb ("told reporters")?"""
    a = np_core_left(toks, k, 0)
    return a is not None and a > 0 and toks[a - 1].tag == "VERB" and toks[a - 1].lemma in REPORTING

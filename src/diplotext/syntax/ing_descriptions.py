"""A present participle that describes the last noun of the previous verb's object: "will hear a
challenge to the surrender of a Polish man living in Cork". The object (with its prepositional
chain) stays the previous clause's; the participle's subject is the last simple noun phrase
before it ("a Polish man"), not the whole chain, which used to be taken from the outer clause."""

from __future__ import annotations

from diplotext.syntax import words as W
from diplotext.syntax.attachments import finite
from diplotext.syntax.clause_kinds import REPORTING
from diplotext.syntax.drafts import Draft
from diplotext.syntax.phrases import np_core_left
from diplotext.syntax.tokens import Token

__all__ = ["ing_description"]


def ing_description(toks: list[Token], drafts: list[Draft], i: int, s: int, k: int, *, lo: int) -> int | None:
    """The start of the noun phrase (ending at ``k``) that the lone "-ing" verb of ``drafts[i]``
    describes, when the phrase ``s``..``k`` before it is a chain of prepositional phrases right
    after the previous clause's finite (non-reporting) verb; else ``None``."""
    lemma = toks[drafts[i].group.head].lemma
    if lemma in W.EVENT_PHASE_VERBS:
        return _phase_subject(toks, drafts, i, s, k, lo=lo)
    if i == 0 or s < lo or s > k:
        return None
    if lemma in REPORTING:
        return None  # "sent a letter to the police explaining that ...": the letter tells it
    last = toks[k].entity
    if toks[k].tag == "ENT" and (last is None or last.kind != "person"):
        return None  # a place is no one described ("a visit to Peru lasting two days")
    prev = drafts[i - 1]
    if not finite(toks, prev.group) or prev.pred.lemma in REPORTING or prev.pred.lemma in ("be", "have"):
        return None
    if not all(toks[x].tag in ("ADV", "TIME") for x in range(prev.group.last + 1, s)):
        return None  # the phrase is the verb's object, right after it
    core = np_core_left(toks, k, s)
    if core is None:
        return None
    inner = [x for x in range(core, k + 1) if toks[x].tag == "PREP"]
    start = inner[-1] + 1 if inner else core
    if start <= s or start > k or not any(toks[x].tag == "PREP" for x in range(s, start)):
        return None  # no preposition between the object's head and the described noun
    return start


def _phase_subject(toks: list[Token], drafts: list[Draft], i: int, s: int, k: int, *, lo: int) -> int | None:
    """The start of the noun phrase an event-phase "-ing" verb tells of, when the phrase before it
    is the previous clause's object and a prepositional phrase ("will welcome X [for a three-day
    visit] starting April 20": the visit starts, X stays the object): the last phrase after a
    preposition that does not end in a place. ``None`` when there is none ("a visit to Peru
    starting Monday": the whole phrase, as before)."""
    if i == 0 or s < lo or s > k:
        return None
    prev = drafts[i - 1]
    if not finite(toks, prev.group) or prev.pred.lemma in REPORTING or prev.pred.lemma in ("be", "have"):
        return None
    end = k
    for x in range(k - 1, s, -1):
        if toks[x].tag != "PREP":
            continue
        ent = toks[end].entity
        if toks[end].tag == "ENT" and ent is not None and ent.kind != "person":
            end = x - 1  # "to Peru": a place; the phrase before the preposition, if any
            continue
        return x + 1 if x + 1 <= end == k else None
    return None

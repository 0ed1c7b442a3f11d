"""Verb groups: "will not travel", "has been visiting", "is expected to arrive", "was handed over".

:func:`verb_groups` finds them in a tagged sentence; each becomes a :class:`Predicate` with the
main verb's lemma, tense, aspect, modal, negation, voice and the catenatives chained before it
("plans to visit": lemma ``visit``, chain ``("plan",)``).
"""

from __future__ import annotations

from typing import Literal

import attrs

from diplotext import lexicon
from diplotext.syntax import words as W
from diplotext.syntax.tokens import Token
from diplotext.syntax.types import Predicate

__all__ = ["Group", "predicate", "verb_groups"]

_PHRASAL = lexicon.words("grammar", "phrasal verbs")
_PARTICLE_OF: dict[str, set[str]] = {}
for _p in _PHRASAL:
    _PARTICLE_OF.setdefault(_p.split()[0], set()).add(_p.split()[1])
_INSIDE = frozenset(["MODAL", "AUX", "NEG", "VERB"])


@attrs.define
class Group:
    """A verb group as token indices: ``first``..``last`` inclusive, ``head`` the main verb (or the
    last auxiliary when there is no main verb: "is" of "he is in Hanoi"); ``particle`` the index of
    a phrasal particle; ``tos`` the positions of a chained "to"."""

    first: int
    last: int
    head: int
    particle: int | None = None
    tos: list[int] = attrs.field(factory=list)


def _starts(tok: Token) -> bool:
    return tok.tag in ("MODAL", "AUX", "VERB") or (tok.tag == "TO")


def verb_groups(toks: list[Token]) -> list[Group]:
    """The verb groups of a sentence, left to right, not overlapping."""
    out: list[Group] = []
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        if t.tag == "TO":
            # an infinitive marker: "to" (+ adverb) + base verb or "be"/"have"/"do" ("to do so")
            j = i + 1
            while j < n and toks[j].tag in ("ADV", "NEG"):
                j += 1
            if j < n and (
                (toks[j].tag == "VERB" and toks[j].vkind == "base")
                or (toks[j].tag == "AUX" and toks[j].low in ("be", "have", "do"))
            ):
                g = _grow(toks, i, j)
                out.append(g)
                i = g.last + 1
                continue
            i += 1
            continue
        if t.tag in ("MODAL", "AUX", "VERB"):
            g = _grow(toks, i, i)
            out.append(g)
            i = g.last + 1
            continue
        i += 1
    return out


def _grow(toks: list[Token], first: int, j: int) -> Group:
    """Extend a group from ``j`` over auxiliaries, adverbs, negation, the main verb and chained
    to-infinitives of catenatives."""
    n = len(toks)
    head = -1
    last = j
    tos: list[int] = []
    while j < n:
        t = toks[j]
        if t.tag in ("MODAL", "AUX", "NEG"):
            if head >= 0 and t.tag != "NEG":
                break  # "visited is" - a new group
            last = j
            j += 1
            continue
        if (
            t.tag == "ADV"
            and j + 1 < n
            and (
                toks[j + 1].tag in ("MODAL", "AUX", "VERB", "NEG", "ADV")
                # "is himself due to attend", "is also likely to visit"
                or (toks[j + 1].tag == "NOUN" and head < 0 and _chains(toks, j + 2, toks[j + 1].low))
            )
        ):
            if head >= 0 and toks[j + 1].tag != "VERB":
                break
            last = j
            j += 1
            continue
        if t.tag == "VERB":
            if head >= 0 and not (
                t.vkind == "ing"
                and toks[head].lemma in ("begin", "start", "stop", "continue", "keep", "finish")
            ):
                break
            head = j
            last = j
            j += 1
            if _chains(toks, j, t.lemma):
                last = j
                j = _past_to(toks, j, tos)
                head = -1
            continue
        if (
            t.tag in ("NOUN", "ADV")
            and head < 0
            and j > first
            and toks[j - 1].tag in ("AUX", "ADV", "NEG")
            and _chains(toks, j + 1, t.low)
        ):
            # "is due to", "is likely to", "are unable to", "is also likely to visit"
            last = j + 1
            j = _past_to(toks, j + 1, tos)
            continue
        if head < 0 and j > first and toks[j - 1].tag in ("MODAL", "AUX", "NEG", "ADV"):
            # "will this month hear", "has on Monday approved": a time between an auxiliary and
            # its verb stays outside the group, which goes on to the verb
            k = j + 1 if t.tag == "PREP" and j + 1 < n and toks[j + 1].tag == "TIME" else j
            if toks[k].tag == "TIME" and k + 1 < n and toks[k + 1].tag == "VERB":
                j = k + 1
                continue
        if t.tag == "TO" and j > first and _chains(toks, j, _catenative_word(toks, j - 1)):
            last = j
            j = _past_to(toks, j, tos)
            head = -1
            continue
        break
    if head < 0:
        # no main verb: the last auxiliary is the head ("is" of "is in Hanoi", "had talks")
        k = last
        while k > first and toks[k].tag not in ("AUX", "MODAL", "VERB"):
            k -= 1
        head = k
        if toks[head].tag == "TO":
            head = last
    g = Group(first=first, last=max(last, head), head=head, tos=tos)
    # a phrasal particle right after the verb or after a short object ("hand him over")
    lemma = toks[head].lemma or toks[head].low
    particles = _PARTICLE_OF.get(lemma)
    if particles:
        for k in range(head + 1, min(n, head + 6)):
            tk = toks[k]
            if tk.low in particles and tk.tag in ("PREP", "ADV", "NOUN"):
                g.particle = k
                break
            if tk.tag in (",", "BRK", "END", "Q", "VERB", "AUX", "MODAL", "CONJ", "SUB", "REL", "THAT"):
                break
    return g


def _past_to(toks: list[Token], j: int, tos: list[int]) -> int:
    """Record the chained "to" at ``j`` and return the index after it and any adverbs."""
    tos.append(j)
    j += 1
    while j < len(toks) and toks[j].tag in ("ADV", "NEG"):
        j += 1
    return j


def _catenative_word(toks: list[Token], k: int) -> str:
    t = toks[k]
    if t.tag == "VERB":
        return t.lemma
    if t.tag == "AUX" and W.AUXILIARIES.get(t.low, ("",))[0] == "be":
        return "be"
    return t.low


def _chains(toks: list[Token], j: int, word: str) -> bool:
    """Is ``toks[j]`` a "to" that takes ``word``'s infinitive ("plans to visit", "is to visit")?"""
    if j >= len(toks) or toks[j].tag != "TO":
        return False
    if word not in W.CATENATIVES and word != "be":
        return False
    k = j + 1
    while k < len(toks) and toks[k].tag in ("ADV", "NEG"):
        k += 1
    return k < len(toks) and (
        (toks[k].tag == "VERB" and toks[k].vkind == "base")
        or (toks[k].tag == "AUX" and toks[k].low in ("be", "have"))
    )


def predicate(toks: list[Token], g: Group) -> Predicate:
    """The :class:`Predicate` of a verb group."""
    items = toks[g.first : g.last + 1]
    head = toks[g.head]
    modal = next((W.MODALS.get(t.low, t.low) for t in items if t.tag == "MODAL"), None)
    negated = any(t.tag == "NEG" for t in items)
    # the finite part is what comes before the first chained "to"
    cut = g.tos[0] if g.tos else g.last + 1
    finite_part = toks[g.first : cut]
    chain: list[str] = []
    for k in g.tos:
        word = _catenative_word(toks, k - 1)
        chain.append("plan" if word == "be" else W.CATENATIVES.get(word, word))
    # the part after the last "to" decides voice and the main verb
    tail_from = g.tos[-1] + 1 if g.tos else g.first
    tail = list(toks[tail_from : g.last + 1])
    lemma = head.lemma if head.tag == "VERB" else W.AUXILIARIES.get(head.low, (head.low,))[0]
    if head.tag == "MODAL":
        lemma = head.low
    if g.particle is not None:
        lemma = f"{lemma} {toks[g.particle].low}"
    tense: Literal["past", "present", "future", "none"] = "none"
    finite = False
    first = finite_part[0] if finite_part else head
    if first.tag == "TO":
        tense, finite = "none", False
    elif modal is not None:
        finite = True
        tense = "future" if modal == "will" else "past" if modal == "would" else "present"
    else:
        for t in finite_part:
            if t.tag == "AUX":
                _, aux_tense, aux_finite = W.AUXILIARIES.get(t.low, ("", "none", False))
                if aux_finite:
                    tense = "past" if aux_tense == "past" else "present"
                    finite = True
                break
            if t.tag == "VERB":
                if t.vkind in ("ed", "past"):
                    tense, finite = "past", True
                elif t.vkind in ("s", "base"):
                    tense, finite = "present", True
                break
    aux_lemmas = [W.AUXILIARIES.get(t.low, ("",))[0] for t in tail if t.tag == "AUX"]
    if not g.tos:
        aux_lemmas = [W.AUXILIARIES.get(t.low, ("",))[0] for t in finite_part if t.tag == "AUX"]
    perfect = (
        "have" in aux_lemmas
        and head.tag == "VERB"
        and (head.vkind in ("ed", "pp") or any(t.low == "been" for t in (tail if g.tos else finite_part)))
    )
    # progressive: a form of "be" then the main verb in -ing
    progressive = head.tag == "VERB" and head.vkind == "ing" and "be" in aux_lemmas
    passive = (
        head.tag == "VERB"
        and head.vkind in ("ed", "pp")
        and len(tail) >= 2
        and any(t.tag == "AUX" and W.AUXILIARIES.get(t.low, ("",))[0] == "be" for t in tail[:-1])
    )
    if perfect and progressive:
        aspect: Literal["simple", "progressive", "perfect", "perfect progressive"] = "perfect progressive"
    elif perfect or ("have" in aux_lemmas and passive and any(t.low == "been" for t in tail)):
        aspect = "perfect"
    elif progressive:
        aspect = "progressive"
    else:
        aspect = "simple"
    end_tok = toks[g.particle] if g.particle is not None and g.particle > g.last else toks[g.last]
    return Predicate(
        start=items[0].start,
        end=end_tok.end,
        head=(head.start, head.end),
        lemma=lemma,
        form=head.vkind or "aux",
        tense=tense,
        aspect=aspect,
        modal=modal,
        chain=tuple(chain),
        negated=negated,
        passive=passive,
        finite=finite,
    )

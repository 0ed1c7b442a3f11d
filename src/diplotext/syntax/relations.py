"""How the clauses of one sentence hang together, once each has its kind: the span each clause
covers (``spans``), the clause that owns each token (``owners``), and each clause's parent and
shared or controlled subject (``relate``)."""

from __future__ import annotations

import attrs

from diplotext.syntax import words as W
from diplotext.syntax.drafts import Draft
from diplotext.syntax.tokens import Token

__all__ = ["owners", "relate", "spans"]

_OBJECT_CONTROL_HEADS = frozenset(w[:i] for w in W.OBJECT_CONTROL for i, c in enumerate(w) if c == " ")
"""What an object-control entry with more words opens with, up to a space ("urge" of "urge on"):
``lemma in _OBJECT_CONTROL_HEADS`` is ``any(w.startswith(lemma + " ") for w in W.OBJECT_CONTROL)``."""


def _bare(toks: list[Token], d: Draft) -> bool:
    """Does the clause's verb group end in a bare infinitive ("meet", "will meet", "to meet")?"""
    return toks[d.group.head].tag == "VERB" and toks[d.group.head].vkind == "base"


def spans(drafts: list[Draft], n: int) -> None:
    order = sorted(range(len(drafts)), key=lambda i: drafts[i].start)
    for pos, i in enumerate(order):
        d = drafts[i]
        if d.fixed_end is not None:
            d.end = d.fixed_end
            continue
        end = n
        for j in order[pos + 1 :]:
            other = drafts[j]
            if other.start <= d.start:
                continue
            if other.host == i:
                continue
            end = other.start
            break
        d.end = max(end, d.group.last + 1)


def owners(drafts: list[Draft], n: int) -> list[int]:
    """For each token, the index of the innermost clause spanning it (-1 for none)."""
    owner = [-1] * n
    # the narrowest clause over a token owns it, the first of equally narrow ones: written widest
    # first (the later of equally wide ones first), each clause's tokens at once, the narrower
    # writing over the wider (what a pass over every clause's tokens kept, a token at a time)
    first: int | None = None
    for width, i in sorted(((d.end - d.start, i) for i, d in enumerate(drafts)), reverse=True):
        start, end = drafts[i].start, min(drafts[i].end, n)
        if width > n or start >= end:
            continue  # (wider than the sentence: no token's owner)
        if start < 0:
            return _owners_by_token(drafts, n)
        owner[start:end] = [i] * (end - start)
        if first is None or start < first:
            first = start
    # tokens before the first clause (fronted phrases: "During his visit, ...") belong to the
    # main clause they are fronted to, else the clause after them
    if first is not None:
        main = next((i for i, d in enumerate(drafts) if d.kind == "main"), owner[first])
        owner[:first] = [main] * first
    return owner


def _owners_by_token(drafts: list[Draft], n: int) -> list[int]:
    """:func:`owners` token by token, for a clause that would start before the sentence."""
    owner = [-1] * n
    width = [n + 1] * n
    for i, d in enumerate(drafts):
        for k in range(d.start, min(d.end, n)):
            if d.end - d.start < width[k]:
                owner[k] = i
                width[k] = d.end - d.start
    first = next((k for k in range(n) if owner[k] >= 0), None)
    if first is not None:
        main = next((i for i, d in enumerate(drafts) if d.kind == "main"), owner[first])
        for k in range(first):
            owner[k] = main
    return owner


def _after_closed_relative(toks: list[Token], drafts: list[Draft], prev: int, d: Draft) -> bool:
    """Is the clause before a coordinate one a relative closed by a comma (", who ..., and")?"""
    rel = drafts[prev]
    if rel.kind != "relative" or rel.parent is None:
        return False
    k = d.group.first - 1
    while k > rel.start and toks[k].low in ("and", "then", "also"):
        k -= 1
    return k > rel.start and toks[k].text == ","


def relate(toks: list[Token], drafts: list[Draft]) -> None:
    """Parents and shared or controlled subjects."""
    mains = [i for i, d in enumerate(drafts) if d.kind == "main"]
    for i, d in enumerate(drafts):
        if d.host is not None:
            host = d.host
            d.parent = host
            if d.kind in ("main", "participle", "coordinate"):
                d.kind = "participle" if d.kind != "main" or d.group.first == d.group.head else "relative"
                if toks[d.group.head].vkind in ("ed", "pp") and d.group.first == d.group.head:
                    d.pred = attrs.evolve(d.pred, passive=True, finite=False, tense="none")
            if d.subject is None and drafts[host].subject is not None:
                d.subject = drafts[host].subject
                d.subject_from = host
            continue
        if d.kind == "main":
            continue
        prev = i - 1
        while prev >= 0 and (drafts[prev].fixed_end or d.start + 1) <= d.start:
            prev -= 1
        if d.kind in ("adverbial", "participle") and (
            prev < 0 or d.start == 0 or toks[d.start - 1].tag in ("BRK", "Q")
        ):
            after = [m for m in mains if m > i]
            d.parent = after[0] if after else (prev if prev >= 0 else None)
        else:
            d.parent = prev if prev >= 0 else None
            if d.kind == "coordinate" and prev >= 0 and _after_closed_relative(toks, drafts, prev, d):
                # "X issued a warrant for Y, who lives in Z, and asked W": the coordinate joins
                # the clause the relative hangs on, not the relative
                d.parent = drafts[prev].parent
            if (
                d.kind == "coordinate"
                and prev >= 0
                and drafts[prev].kind == "participle"
                and drafts[prev].parent is not None
                and d.pred.finite
                and d.pred.tense in ("past", "present")
            ):
                # "approved the extradition of a man accused of X, but refused to hand over Y": a
                # finite verb after a participle's description joins the clause it hangs on
                d.parent = drafts[prev].parent
            if d.kind == "coordinate" and prev >= 0 and _bare(toks, d) and not _bare(toks, drafts[prev]):
                # "was due to lay flowers, talk to those who survived and meet X": a bare verb
                # joins the last bare one, not the finite verb of a clause in between
                k = prev - 1
                while k >= 0 and not _bare(toks, drafts[k]):
                    k -= 1
                if k >= 0:
                    d.parent = k
        if (
            d.kind == "coordinate"
            and d.parent is not None
            and d.subject is None
            and d.group.first == d.group.head
            and _bare(toks, d)
            and drafts[d.parent].kind == "infinitive"
            and drafts[d.parent].parent is not None
        ):
            # "asked Chad to arrest and surrender X": the second bare verb is an infinitive of the
            # same verb as the first, with its subject (or controller)
            d.kind = "infinitive"
            d.parent = drafts[d.parent].parent
        if d.parent is None or d.subject is not None:
            continue
        p = drafts[d.parent]
        while (
            d.kind in ("adverbial", "participle")
            and d.start > 0
            and toks[d.start - 1].tag == ","
            and p.kind == "participle"
            and p.group.first == p.group.head
            and toks[p.group.head].vkind in ("ed", "pp")
            and p.parent is not None
            and p.parent < d.parent
        ):
            # "will fly to X for talks on a pact signed last year, before ending the tour in Y":
            # not the pact but the subject of the clause the description hangs on ends the tour
            d.parent = p.parent
            p = drafts[d.parent]
        if d.kind == "infinitive" and (
            p.pred.lemma in W.OBJECT_CONTROL or p.pred.lemma in _OBJECT_CONTROL_HEADS
        ):
            d.object_control = True
            continue  # the object is read when the parent's arguments are known
        if (
            d.kind == "participle"
            and p.pred.lemma in W.KEEPING_VERBS
            and d.group.first > 0
            and toks[d.group.first - 1].low == "from"
        ):
            d.object_control = True  # "prevented X from visiting Y": X would have visited
            continue
        if p.subject is not None:
            d.subject = p.subject
            d.subject_from = p.subject_from if p.subject_from is not None else d.parent
    _break_cycles(drafts)


def _break_cycles(drafts: list[Draft]) -> None:
    """No clause is its own ancestor: where the rules above close a loop of parents ("Trump's going
    to be doing a tour coming up soon": an infinitive and a participle each read as the other's), the
    first clause of the loop hangs on the clause before the loop instead (or on none)."""
    changed = True
    while changed:
        changed = False
        for i in range(len(drafts)):
            loop = [i]
            p = drafts[i].parent
            while p is not None and p not in loop:
                loop.append(p)
                p = drafts[p].parent
            if p is None or p != i:
                continue
            first = min(loop)
            drafts[first].parent = first - 1 if first > 0 else None
            changed = True

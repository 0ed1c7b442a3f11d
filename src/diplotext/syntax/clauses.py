"""Clauses of one sentence: verb groups, their subjects, objects, prepositional phrases and times.

The reading is shallow and rule-based (docs/clauses.md):

1. verb groups (:mod:`diplotext.syntax.verbs`) are the predicates;
2. each predicate finds its subject to the left: the noun phrase right before it, the antecedent
   of "who"/"which"/"that", the phrase before a parenthesis (", who ...,", ", 63,", ", extradited
   to ...,"), or, when there is none, a shared subject (after "and"), a controlled one (an
   infinitive or participle takes its parent's subject, or the object of "invite X to"), or the
   phrase after a reporting verb ('"...", said the minister');
3. the words before the subject say how the clause hangs on the others (a subordinator makes it
   adverbial, "that" or a reporting verb a complement, "and" a coordinate);
4. each token belongs to the innermost clause that spans it; a clause's objects, prepositional
   phrases and time expressions are read from its own tokens.
"""

from __future__ import annotations

import attrs

from diplotext import lexicon
from diplotext.syntax import words as W
from diplotext.syntax.tokens import Token
from diplotext.syntax.types import Arg, Clause, ClauseKind, Entity, Phrase, Predicate
from diplotext.syntax.verbs import Group, predicate, verb_groups

__all__ = ["parse_tokens"]

_REPORTING = lexicon.words("speech", "reporting verbs")
_ADVERBIAL_PREPS = frozenset(
    ["after", "before", "since", "until", "till", "as", "following", "upon", "on", "while"]
)
_HEADS = frozenset(["ENT", "NOUN", "PROPN", "NUM", "PRON", "OPRON"])
_NP_INNER = frozenset(["NOUN", "PROPN", "ENT", "NUM", "GEN"])
_STOPS = frozenset([",", "BRK", "END", "Q"])
_MAX_PARENTHESIS = 40  # tokens
_CHAIN_PREPS = frozenset(
    ["of", "by", "to", "from", "in", "for", "with", "on", "at", "about", "against", "between", "over", "into"]
)


@attrs.define
class _Draft:
    group: Group
    pred: Predicate
    kind: ClauseKind = "main"
    start: int = 0  # token index
    end: int = 0  # token index, exclusive
    fixed_end: int | None = None
    subject: tuple[int, int] | None = None  # token range, inclusive
    subject_phrase: Phrase | None = None
    marker: str | None = None
    parent: int | None = None
    subject_from: int | None = None
    host: int | None = None  # the clause a parenthetical sits in
    object_control: bool = False
    antecedent: tuple[int, int] | None = None
    reduced: tuple[int, int] | None = None  # "a delegation headed by X left": the noun it follows


# --------------------------------------------------------------------------- noun phrases


def _np_core_left(toks: list[Token], k: int, lo: int) -> int | None:
    """Start of the simple noun phrase ending at ``k`` (possessives and "of"-phrases included)."""
    if k < lo or toks[k].tag not in _HEADS:
        return None
    if toks[k].tag == "PRON":
        return k
    j = k
    while j - 1 >= lo:
        t = toks[j - 1]
        if (
            t.tag in _NP_INNER
            or (t.tag in ("TIME", "SYM") and toks[j].tag in ("NOUN", "PROPN", "TIME", "NUM", "SYM"))
            or (t.tag == "SYM" and toks[j].tag == "ENT")
        ):
            j -= 1
            continue
        if (
            t.tag in ("ADV", "VERB")
            and j - 2 >= lo
            and toks[j - 2].tag in ("DET", "POSS", "GEN")
            and (t.tag == "ADV" or t.vkind in ("ed", "ing"))
        ):
            j -= 1
            continue
        if t.tag in ("DET", "POSS"):
            return j - 1
        if t.tag == "PREP" and t.low == "of" and j - 2 >= lo and toks[j - 2].tag in ("NOUN", "PROPN", "ENT"):
            j -= 1
            continue
        break
    return j


def _np_left(toks: list[Token], k: int, lo: int) -> int | None:
    """Start of the noun phrase ending at ``k`` (``None`` when ``toks[k]`` ends none), with a
    prepositional chain after a determiner or possessor phrase ("the visit by the president",
    "Kibaki's last visit to China")."""
    j = _np_core_left(toks, k, lo)
    if j is None:
        return None
    while j - 2 >= lo and toks[j - 1].low in _CHAIN_PREPS and toks[j - 2].tag in ("NOUN", "ENT", "PROPN"):
        outer = _np_core_left(toks, j - 2, lo)
        if outer is None:
            break
        determined = toks[outer].tag in ("DET", "POSS", "ENT") or any(
            toks[x].tag == "GEN" for x in range(outer, j - 1)
        )
        if not determined:
            break
        j = outer
    return j


def _demonym(tok: Token) -> bool:
    return tok.tag == "ENT" and tok.entity is not None and tok.entity.place_kind == "demonym"


def _list_continues(toks: list[Token], j: int, hi: int) -> int | None:
    """After an entity at ``j - 1``: the index of the next listed entity (", Ghana", "and Mali",
    ", and the Philippines", "and its State President X", ", Lao President Y"), or ``None``."""
    prev = toks[j - 1]
    if prev.tag != "ENT" or prev.entity is None:
        return None
    prev_entity: Entity = prev.entity
    k = j
    if k < hi and toks[k].tag == ",":
        k += 1
    if k < hi and toks[k].tag == "CONJ" and toks[k].low in ("and", "or"):
        k += 1
    elif (
        k < hi
        and toks[k].low == "as"
        and k + 2 < hi
        and toks[k + 1].low == "well"
        and toks[k + 2].low == "as"
    ):
        k += 3
    if k == j:
        return None
    person = prev_entity.kind == "person"
    if k < hi and toks[k].tag in ("DET", "POSS") and (toks[k].low == "the" or person):
        k += 1
    if person:
        # titles before the next name: "Lao President", "its State President"
        while k < hi and (toks[k].tag == "PROPN" or _demonym(toks[k])):
            k += 1
    found = toks[k].entity if k < hi and toks[k].tag == "ENT" else None
    if found is None:
        return None
    ent: Entity = found
    after = toks[k + 1] if k + 1 < hi else None
    if ent.place_kind == "demonym":
        return None
    if {prev_entity.kind, ent.kind} <= {"state", "place"}:
        # "to Ankara, Turkish diplomats said": a place that starts a new phrase is no list item
        return None if after is not None and after.tag in ("NOUN", "PROPN", "GEN") else k
    if person and ent.kind == "person":
        # "with A, B said": a name before a verb is a new subject
        return None if after is not None and after.tag in ("VERB", "AUX", "MODAL", "NOUN") else k
    return None


def _np_right(toks: list[Token], k: int, hi: int) -> int | None:
    """End (inclusive) of the noun phrase starting at ``k``, or ``None``."""
    j = k
    head = False
    last = -1
    while j < hi:
        t = toks[j]
        tag = t.tag
        if tag in ("DET", "POSS"):
            if head:
                break
            j += 1
            continue
        if tag in ("NOUN", "PROPN", "ENT", "NUM", "OPRON", "PRON"):
            if tag == "PRON" and j > k:
                break
            head = True
            last = j
            j += 1
            if j < hi and toks[j].tag == "GEN":
                j += 1
                head = False
                continue
            if tag in ("OPRON", "PRON"):
                break
            nxt = _list_continues(toks, j, hi)
            if nxt is not None:
                j = nxt
                head = False
            continue
        if tag == "TIME" and not head:
            # "the December 7-9 visit", "his Monday meeting"
            m = j + 1
            while m + 1 < hi and toks[m].tag == "SYM" and toks[m + 1].tag in ("TIME", "NUM"):
                m += 2
            if m < hi and toks[m].tag == "NOUN":
                j = m
                continue
        if tag == "ADV" and j + 1 < hi and toks[j + 1].tag in ("NOUN", "PROPN", "ENT", "ADV") and j > k:
            j += 1
            continue
        if (
            tag == "VERB"
            and t.vkind in ("ed", "ing")
            and not head
            and j > k
            and j + 1 < hi
            and toks[j + 1].tag
            in (
                "NOUN",
                "PROPN",
                "ENT",
            )
        ):
            j += 1
            continue
        if (
            tag == "PREP"
            and t.low == "of"
            and head
            and j + 1 < hi
            and toks[j + 1].tag
            in (
                "DET",
                "POSS",
                "NOUN",
                "PROPN",
                "ENT",
                "NUM",
            )
        ):
            j += 1
            head = False
            continue
        break
    return last if last >= k else None


def _title_of(toks: list[Token], k: int, b: int) -> bool:
    """Is the "of" at ``k`` inside a title before a name ("Secretary of State X", "Minister of
    the Interior X")?"""
    if toks[k].low != "of" or k + 1 > b:
        return False
    j = k + 1
    if toks[j].low == "the":
        j += 1
    while j <= b and toks[j].tag == "PROPN":
        j += 1
    ent = toks[j].entity if j <= b else None
    return j > k + 1 and toks[j].tag == "ENT" and ent is not None and ent.kind == "person"


def _phrase(toks: list[Token], a: int, b: int) -> Phrase:
    """The :class:`Phrase` of tokens ``a``..``b``: its core up to the first preposition, and the
    prepositional phrases after it ("visit [to China] [by the president]")."""
    cut = b + 1
    for k in range(a + 1, b + 1):
        if toks[k].tag == "PREP" and not _title_of(toks, k, b):
            cut = k
            break
    head_i = cut - 1
    while head_i > a and toks[head_i].tag in ("GEN", "NUM", "TIME") and toks[head_i - 1].tag in _HEADS:
        head_i -= 1
    core = toks[a:cut]
    ents = tuple(t.entity for t in core if t.entity is not None and t.entity.kind != "time")
    times = tuple(
        t.entity.time for t in toks[a : b + 1] if t.entity is not None and t.entity.time is not None
    )
    possessor: Entity | None = None
    owner: Phrase | None = None
    for k in range(a, head_i):
        t = toks[k]
        if (
            t.entity is not None
            and t.entity.kind != "time"
            and ((k + 1 < cut and toks[k + 1].tag == "GEN") or (t.entity.pronoun and t.low in W.POSSESSIVES))
        ):
            possessor = t.entity
            owner = None
        elif t.tag == "GEN" and k > a and toks[k - 1].entity is None:
            owner = _phrase(toks, a, k - 1)  # "the Pakistani president's visit"
            possessor = None
    possessors: tuple[Entity, ...] = ()
    if possessor is not None:
        # "A and B's visits": every name joined to the possessor by "and"
        found = [possessor]
        k = next((x for x in range(a, head_i) if toks[x].entity is possessor), a)
        while True:
            while k - 1 >= a and (toks[k - 1].tag == "PROPN" or _demonym(toks[k - 1])):
                k -= 1  # the title before a name: "Czech Prime Minister B"
            if not (k - 2 >= a and toks[k - 1].low == "and" and toks[k - 2].entity is not None):
                break
            ent = toks[k - 2].entity
            if ent is None or ent.kind != possessor.kind:
                break
            found.insert(0, ent)
            k -= 2
        possessors = tuple(found)
    preps: list[tuple[str, Phrase]] = []
    k = cut
    while k <= b:
        nxt = next((x for x in range(k + 1, b + 1) if toks[x].tag == "PREP" and toks[x].low != "of"), b + 1)
        if k + 1 <= nxt - 1:
            preps.append((toks[k].low, _phrase(toks, k + 1, nxt - 1)))
        k = nxt
    head = toks[head_i]
    return Phrase(
        start=toks[a].start,
        end=toks[b].end,
        head=head.low if head.entity is None else head.text,
        head_span=(head.start, head.end),
        words=tuple(t.low for t in core),
        entities=ents,
        possessor=possessor,
        possessors=possessors,
        owner=owner,
        times=times,
        preps=tuple(preps),
    )


# --------------------------------------------------------------------------- clauses


def _skip_adverbs_left(toks: list[Token], k: int, lo: int) -> int:
    """Left past adverbs and times before a verb group ("X on Friday wrapped up", "X also said")."""
    while k >= lo and toks[k].tag in ("ADV", "TIME"):
        if toks[k].tag == "TIME" and k - 1 >= lo and toks[k - 1].tag == "PREP":
            if k - 2 >= lo and toks[k - 2].tag in (*_HEADS, "CONJ"):
                # "Pope X on Friday wrapped up", "X held talks and on Saturday was due to":
                # a time phrase between subject (or conjunction) and verb
                k -= 2
                continue
            break
        k -= 1
    return k


def _parenthesis(toks: list[Token], close: int, lo: int, groups_at: dict[int, Group]) -> int | None:
    """The opening comma of a parenthesis that ends at the comma ``close`` and follows a noun
    phrase (", who arrived Monday,", ", 63,", ", extradited to X,"), the leftmost that fits."""
    best = None
    k = close - 1
    floor = max(lo, close - _MAX_PARENTHESIS)
    depth = 0
    while k > floor:
        t = toks[k]
        if t.text == ")":
            depth += 1
        elif t.text == "(" and depth:
            depth -= 1
        elif t.tag in ("BRK", "END") and not depth:
            break
        if t.tag == "," and not depth:
            first = toks[k + 1] if k + 1 < close else None
            before = toks[k - 1]
            if first is not None and before.tag in _HEADS and _fits(toks, k + 1, close, groups_at):
                best = k
        k -= 1
    return best


def _fits(toks: list[Token], a: int, close: int, groups_at: dict[int, Group]) -> bool:
    """Is ``toks[a:close]`` a parenthesis: relative clauses, participle phrases and verbless
    appositions, one or several separated by commas (", 44, known online as X,")?"""
    piece = a
    for k in range(a, close + 1):
        if k == close or toks[k].tag == ",":
            if k > piece and not _piece_fits(toks, piece, k, groups_at):
                return False
            piece = k + 1
    return True


def _piece_fits(toks: list[Token], a: int, close: int, groups_at: dict[int, Group]) -> bool:
    first = toks[a]
    if first.tag == "REL":
        return True
    if first.tag == "VERB" and first.vkind in ("ed", "ing", "pp"):
        return True
    if (
        first.tag == "ADV"
        and a + 1 < close
        and toks[a + 1].tag == "VERB"
        and toks[a + 1].vkind in ("ed", "ing")
    ):
        return True
    verbs = [k for k in range(a, close) if k in groups_at]
    if not verbs:
        return True
    # "a Canadian citizen who is also ...": an apposition with a relative clause of its own
    return any(
        toks[k].tag == "REL" or (toks[k].tag == "THAT" and k + 1 == verbs[0]) for k in range(a, verbs[0])
    )


def parse_tokens(toks: list[Token], sentence: int, first_index: int) -> list[Clause]:
    """The clauses of one tagged sentence, numbered from ``first_index``."""
    groups = verb_groups(toks)
    if not groups:
        return []
    n = len(toks)
    groups_at = {g.first: g for g in groups}
    drafts = [_Draft(group=g, pred=predicate(toks, g)) for g in groups]
    for i in range(len(drafts)):
        _attach(toks, drafts, i, groups_at)
    _spans(drafts, n)
    owner = _owners(drafts, n)
    _relate(toks, drafts)
    bounds: dict[int, list[int]] = {}
    for k, o in enumerate(owner):
        got = bounds.get(o)
        if got is None:
            bounds[o] = [k, k + 1]
        else:
            got[1] = k + 1
    out: list[Clause] = []
    for i in range(len(drafts)):
        lo, hi = bounds.get(i, (0, 0))
        out.append(
            _build(toks, drafts, i, owner, sentence=sentence, base=first_index, built=out, lo=lo, hi=hi)
        )
    return out


def _attach(toks: list[Token], drafts: list[_Draft], i: int, groups_at: dict[int, Group]) -> None:
    """Find draft ``i``'s subject, marker and kind from the words before its verb group."""
    d = drafts[i]
    g = d.group
    lo = drafts[i - 1].group.last + 1 if i > 0 else 0
    first = toks[g.first]
    d.start = g.first
    if first.tag == "TO":
        d.kind = "infinitive"
        d.marker = "to"
        return
    head = toks[g.head]
    lone = g.first == g.head and head.tag == "VERB"
    if lone and head.vkind == "ing":
        d.kind = "participle"
    if (
        i > 0
        and drafts[i - 1].reduced is not None
        and not any(toks[x].tag in _REDUCED_BREAKS for x in range(drafts[i - 1].group.last + 1, g.first))
    ):
        # "a delegation headed by X left for Y": the noun before the participle is the subject
        s0, e0 = drafts[i - 1].reduced  # type: ignore[misc]
        d.subject = (s0, e0)
        d.start = s0
        _shape_clause(toks, d, s0)
        return
    k = _skip_adverbs_left(toks, g.first - 1, lo)
    if k < lo:
        # nothing of its own before it: the sentence start, or right after the previous group
        if (
            i > 0
            and toks[g.first - 1].tag not in _STOPS
            and d.kind != "participle"
            and d.pred.lemma not in ("be",)
        ):
            d.kind = "complement" if drafts[i - 1].pred.lemma in _REPORTING else d.kind
        _inverted(toks, d)
        if d.kind == "main" and lone and head.vkind in ("ed", "pp") and i > 0:
            d.kind = "participle"
        return
    t = toks[k]
    if t.tag == "Q" and k - 1 >= lo and toks[k - 1].tag == ",":
        k -= 1  # 'known as "Guccifer," was': the comma inside the closing quote ends the parenthesis
        t = toks[k]
    if t.tag == "REL" or (t.tag == "THAT" and k + 1 == g.first):
        d.kind = "relative"
        d.marker = t.low
        d.start = k
        ante = k - 1
        if ante >= 0 and toks[ante].tag == ",":
            ante -= 1
        s = _np_core_left(toks, ante, 0)  # "a meeting with X, who arrived": X
        if s is not None:
            d.subject = (s, ante)
        return
    if t.tag == "CONJ":
        d.kind = "coordinate"
        d.marker = t.low
        d.start = k
        return
    if t.tag in ("SUB", "PREP") and (t.tag == "SUB" or t.low in _ADVERBIAL_PREPS):
        d.kind = "participle" if d.kind == "participle" else "adverbial"
        d.marker = t.low
        d.start = k
        return
    if t.tag == ",":
        close = k
        opening = _parenthesis(toks, close, 0, groups_at)
        if opening is not None and d.kind != "participle":
            s = _np_left(toks, opening - 1, 0)
            if s is not None:
                d.subject = (s, opening - 1)
                d.start = s
                d.host = None
                # the parenthesis' own clauses sit inside it
                for other in drafts:
                    if opening < other.group.first < close:
                        other.fixed_end = close
                        other.host = i
                _shape_clause(toks, d, s)
                return
        if d.pred.lemma in _REPORTING and head.vkind != "ing" and _inverted(toks, d):
            return  # '"...", said the minister'
        if lone and head.vkind in ("ing", "ed", "pp"):
            d.kind = "participle"
            d.start = g.first
            return
        d.kind = "coordinate"
        d.marker = ","
        return
    if t.tag in ("Q", "BRK"):
        if _inverted(toks, d):
            return
        if lone and head.vkind in ("ing", "ed", "pp") and i > 0:
            d.kind = "participle"
        return
    s = _np_left(toks, k, lo)
    if s is None:
        if t.tag in ("VERB", "AUX"):
            return
        if lone and head.vkind in ("ed", "pp", "ing") and i > 0:
            d.kind = "participle"
        return
    if (
        lone
        and head.vkind in ("ed", "pp")
        and g.last + 1 < len(toks)
        and toks[g.last + 1].low == "by"
        and i + 1 < len(drafts)
        and _finite(toks, drafts[i + 1].group)
        and not any(toks[x].tag in _REDUCED_BREAKS for x in range(g.last + 1, drafts[i + 1].group.first))
    ):
        d.kind = "participle"  # "a delegation headed by X left": a participle, then the verb
        d.subject = (s, k)
        d.reduced = (s, k)
        d.fixed_end = drafts[i + 1].group.first
        d.host = i + 1
        return
    if (
        lone
        and head.vkind in ("ed", "pp")
        and s > 0
        and toks[s - 1].tag == "PREP"
        and (toks[s - 1].low not in _ADVERBIAL_PREPS or toks[s - 1].low in ("on", "upon"))
        and i > 0
    ):
        # "talks on decisions made by X": a noun inside a phrase and the participle after it
        d.kind = "participle"
        d.subject = (s, k)
        return
    d.subject = (s, k)
    d.start = s
    _shape_clause(toks, d, s)


def _shape_clause(toks: list[Token], d: _Draft, s: int) -> None:
    """Kind and start of a clause whose subject starts at token ``s``, from the word before it."""
    if s == 0:
        return
    b = toks[s - 1]
    if b.tag in ("TIME", "ADV") and s >= 2 and toks[s - 2].tag == "VERB" and toks[s - 2].lemma in _REPORTING:
        b = toks[s - 2]  # "said Tuesday he would ..."
    if b.tag == "REL" or (
        b.tag == "THAT" and s >= 2 and toks[s - 2].tag in _HEADS and not _reported(toks, s - 2)
    ):
        # "X, whom Egypt asked ...", "the man that police arrested": an object relative
        d.kind = "relative"
        d.marker = b.low
        d.start = s - 1
        ante = s - 2
        if ante >= 0 and toks[ante].tag == ",":
            ante -= 1
        a = _np_left(toks, ante, 0) if ante >= 0 else None
        if a is not None:
            d.antecedent = (a, ante)
    elif b.tag == "THAT":
        d.kind = "complement"
        d.marker = "that"
        d.start = s - 1
    elif b.tag == "SUB" or (b.tag == "PREP" and b.low in _ADVERBIAL_PREPS and b.low not in ("on",)):
        d.kind = "adverbial"
        d.marker = b.low
        d.start = s - 1
    elif b.tag == "CONJ":
        a = _coordinated_subject(toks, s) if b.low == "and" and d.subject is not None else None
        if a is not None and d.subject is not None:
            # "X and Y met": one subject of two noun phrases, not a clause coordinated to X
            d.subject = (a, d.subject[1])
            d.start = a
            _shape_clause(toks, d, a)
            return
        d.kind = "coordinate"
        d.marker = b.low
        d.start = s - 1
    elif b.tag == "VERB" and b.lemma in _REPORTING:
        d.kind = "complement"
    elif b.tag == "NOUN" and s >= 2 and toks[s - 2].tag == "VERB" and toks[s - 2].lemma in _REPORTING:
        d.kind = "complement"  # "told reporters the minister will ..."


_SUBJECT_OPENERS = frozenset(["SUB", "THAT", "Q", "BRK", "END"])


def _coordinated_subject(toks: list[Token], s: int) -> int | None:
    """Start of "X, Y and" before the noun phrase at ``s``, when the list opens a clause (at the
    sentence start or after a subordinator): "Abe and Bush will hold talks"; ``None`` when the
    words before are an object ("met X and Y arrived")."""
    a = _np_left(toks, s - 2, 0) if s >= 2 else None
    while a is not None and a >= 2 and toks[a - 1].tag == ",":
        left = _np_left(toks, a - 2, 0)
        if left is None:
            break
        a = left
    if a is None:
        return None
    if a == 0 or toks[a - 1].tag in _SUBJECT_OPENERS:
        return a
    return None


_REDUCED_BREAKS = frozenset([",", "CONJ", "SUB", "REL", "THAT", "END", "Q", "BRK"])


def _finite(toks: list[Token], g: Group) -> bool:
    """Does the verb group start with a finite verb or an auxiliary ("left", "will visit")?"""
    first = toks[g.first]
    return first.tag in ("AUX", "MODAL") or (first.tag == "VERB" and first.vkind in ("ed", "past", "s"))


def _reported(toks: list[Token], k: int) -> bool:
    """Is the noun phrase ending at ``k`` the object of a reporting verb ("told reporters")?"""
    a = _np_core_left(toks, k, 0)
    return a is not None and a > 0 and toks[a - 1].tag == "VERB" and toks[a - 1].lemma in _REPORTING


def _inverted(toks: list[Token], d: _Draft) -> bool:
    """'"...", said the minister': the subject after a reporting verb."""
    if d.pred.lemma not in _REPORTING:
        return False
    j = d.group.last + 1
    if j < len(toks) and toks[j].tag == "TIME":
        j += 1
    end = _np_right(toks, j, len(toks))
    if end is None or toks[j].tag in ("OPRON",):
        return False
    d.subject = (j, end)
    return True


def _spans(drafts: list[_Draft], n: int) -> None:
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


def _owners(drafts: list[_Draft], n: int) -> list[int]:
    """For each token, the index of the innermost clause spanning it (-1 for none)."""
    owner = [-1] * n
    width = [n + 1] * n
    for i, d in enumerate(drafts):
        for k in range(d.start, min(d.end, n)):
            if d.end - d.start < width[k]:
                owner[k] = i
                width[k] = d.end - d.start
    # tokens before the first clause (fronted phrases: "During his visit, ...") belong to the
    # main clause they are fronted to, else the clause after them
    first = next((k for k in range(n) if owner[k] >= 0), None)
    if first is not None:
        main = next((i for i, d in enumerate(drafts) if d.kind == "main"), owner[first])
        for k in range(first):
            owner[k] = main
    return owner


def _relate(toks: list[Token], drafts: list[_Draft]) -> None:
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
        if d.parent is None or d.subject is not None:
            continue
        p = drafts[d.parent]
        if d.kind == "infinitive" and (
            p.pred.lemma in W.OBJECT_CONTROL
            or any(w.startswith(p.pred.lemma + " ") for w in W.OBJECT_CONTROL)
        ):
            d.object_control = True
            continue  # the object is read when the parent's arguments are known
        if p.subject is not None:
            d.subject = p.subject
            d.subject_from = p.subject_from if p.subject_from is not None else d.parent


def _appositive(toks: list[Token], k: int) -> bool:
    """Is ``toks[k]`` a person's name in apposition (followed by a comma, the end, "and", "also")?"""
    t = toks[k]
    if t.tag != "ENT" or t.entity is None or t.entity.kind != "person" or t.entity.pronoun:
        return False
    return (
        k + 1 >= len(toks) or toks[k + 1].tag in (",", "END", "CONJ", "Q", "BRK") or toks[k + 1].low == "also"
    )


def _controller(parent: Clause) -> Phrase | None:
    """The phrase of a parent clause that controls its infinitive: the object of "invite X to",
    the object of a prepositional verb ("called on X to")."""
    lemma = parent.predicate.lemma
    for a in parent.args:
        if a.role == "object" and lemma in W.OBJECT_CONTROL:
            return a.phrase
        if a.role == "pp" and f"{lemma} {a.prep}" in W.OBJECT_CONTROL:
            return a.phrase
    return None


def _build(
    toks: list[Token],
    drafts: list[_Draft],
    i: int,
    owner: list[int],
    *,
    sentence: int,
    base: int,
    built: list[Clause],
    lo: int = 0,
    hi: int | None = None,
) -> Clause:
    d = drafts[i]
    g = d.group
    n = len(toks)
    args: list[Arg] = []
    subject_phrase: Phrase | None = None
    if d.kind == "infinitive" and d.parent is not None and d.parent < len(built) and g.first > 0:
        # "paid for him to fly": the "for" phrase right before the infinitive is its subject
        before = toks[g.first - 1].end
        for a in built[d.parent].args:
            if a.role == "pp" and a.prep == "for" and a.phrase.end == before:
                subject_phrase = a.phrase
                d.subject_from = d.parent
    if subject_phrase is None and d.object_control and d.parent is not None and d.parent < len(built):
        subject_phrase = _controller(built[d.parent])
        if subject_phrase is not None:
            d.subject_from = d.parent
        elif drafts[d.parent].subject is not None:
            d.subject = drafts[d.parent].subject
            d.subject_from = d.parent
    if d.subject is not None and subject_phrase is None:
        subject_phrase = _phrase(toks, d.subject[0], d.subject[1])
    if subject_phrase is not None:
        args.append(Arg(role="subject", phrase=subject_phrase))
    if d.antecedent is not None:
        args.append(Arg(role="antecedent", phrase=_phrase(toks, d.antecedent[0], d.antecedent[1])))
    own_subject = d.subject if d.subject_from is None else None
    skip_to = g.last + 1
    if g.particle is not None:
        skip_to = max(skip_to, g.particle + 1)
    k = lo
    stop = n if hi is None else hi
    last_end = -1
    times = []
    objects_open = True
    while k < stop:
        if owner[k] != i:
            k += 1
            continue
        t = toks[k]
        if k == d.start and d.marker is not None and t.low == d.marker:
            k += 1  # the word that opens the clause ("after", "who") is no preposition of it
            continue
        if own_subject is not None and own_subject[0] <= k <= own_subject[1]:
            k = own_subject[1] + 1
            continue
        if g.first <= k <= g.last or k == g.particle:
            k += 1
            last_end = -1
            continue
        if t.tag == "TIME":
            if t.entity is not None and t.entity.time is not None:
                times.append(t.entity.time)
            k += 1
            continue
        if t.tag in ("PREP", "TO") and k + 1 < n and owner[k + 1] == i:
            np_at = k + 2 if toks[k + 1].tag == "PART" and k + 2 < n else k + 1
            nxt = toks[np_at]
            if nxt.tag == "TIME":
                k = np_at
                continue
            end = _np_right(toks, np_at, n)
            if end is not None:
                after = len(args) - 1 if last_end == k - 1 and args else None
                phrase = _phrase(toks, np_at, end)
                if t.low == "by" and d.pred.passive:
                    args.append(Arg(role="agent", prep=t.low, phrase=phrase, after=after))
                else:
                    args.append(Arg(role="pp", prep=t.low, phrase=phrase, after=after))
                last_end = end
                k = end + 1
                if k > g.last and any(a.role == "object" for a in args):
                    objects_open = False  # "handed over to Kenyan officials a suspect": one object may follow
                continue
        if objects_open and k >= skip_to and t.tag in ("DET", "POSS", "NOUN", "PROPN", "ENT", "NUM", "OPRON"):
            end = _np_right(toks, k, n)
            if end is not None and all(owner[x] == i for x in range(k, end + 1)):
                args.append(Arg(role="object", phrase=_phrase(toks, k, end)))
                last_end = end
                k = end + 1
                continue
        if (
            t.tag == ","
            and args
            and last_end == k - 1
            and k + 1 < n
            and owner[k + 1] == i
            and _appositive(toks, k + 1)
        ):
            root = len(args) - 1
            while args[root].after is not None:
                root = args[root].after  # type: ignore[assignment]
            args.append(Arg(role="apposition", phrase=_phrase(toks, k + 1, k + 1), after=root))
            k += 2
            continue
        if t.tag in (",", "CONJ", "BRK", "Q", "SUB", "VERB") and k > g.last:
            objects_open = False
        last_end = -1 if t.tag not in ("GEN",) else last_end
        k += 1
    pred = d.pred
    if (
        d.kind == "coordinate"
        and d.parent is not None
        and d.parent < len(built)
        and g.first == g.head
        and toks[g.head].vkind == "base"
    ):
        # "will hold talks, meet X and sign Y": a bare verb shares the first one's tense and mood
        first = built[d.parent].predicate
        pred = attrs.evolve(
            pred, tense=first.tense, modal=first.modal, chain=first.chain, finite=first.finite
        )
    if d.kind == "participle" and toks[g.head].vkind in ("ed", "pp") and g.first == g.head and pred.finite:
        pred = attrs.evolve(pred, finite=False, tense="none", passive=True)
    if d.kind in ("infinitive",) or (
        d.kind == "participle" and toks[g.head].vkind == "ing" and g.first == g.head
    ):
        pred = attrs.evolve(pred, finite=False, tense="none")
    start = toks[min(d.start, n - 1)].start
    end = toks[min(d.end, n) - 1].end
    return Clause(
        index=base + i,
        sentence=sentence,
        start=start,
        end=max(end, start),
        kind=d.kind,
        predicate=pred,
        args=tuple(args),
        times=tuple(times),
        parent=None if d.parent is None else base + d.parent,
        marker=d.marker,
        subject_from=None if d.subject_from is None else base + d.subject_from,
    )

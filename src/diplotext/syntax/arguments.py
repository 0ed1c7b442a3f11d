"""The arguments of a clause, read from its own tokens, and the :class:`Clause` they make.

:func:`build_clause` turns a :class:`~diplotext.syntax.drafts.Draft` into a :class:`Clause`: its
subject (its own, a shared one, or the phrase that controls an infinitive: "invite X to", "paid for
him to fly"), the antecedent of a relative clause, objects, prepositional and "by" agent phrases,
names in apposition and time expressions, and the predicate's tense and voice adjusted to the
clause's kind (a bare coordinated verb, a participle, an infinitive).
"""

from __future__ import annotations

import attrs

from diplotext.syntax import words as W
from diplotext.syntax.drafts import Draft
from diplotext.syntax.phrases import apposed_name_end, np_right, phrase_of
from diplotext.syntax.tokens import Token
from diplotext.syntax.types import Arg, Clause, Phrase

__all__ = ["build_clause"]


def _controller(parent: Clause) -> Phrase | None:
    """The phrase of a parent clause that controls its infinitive: the object of "invite X to",
    the object of a prepositional verb ("called on X to")."""
    lemma = parent.predicate.lemma
    for a in parent.args:
        if a.role == "object" and (lemma in W.OBJECT_CONTROL or lemma in W.KEEPING_VERBS):
            return a.phrase
        if a.role == "pp" and f"{lemma} {a.prep}" in W.OBJECT_CONTROL:
            return a.phrase
    return None


def build_clause(
    toks: list[Token],
    drafts: list[Draft],
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
        subject_phrase = phrase_of(toks, d.subject[0], d.subject[1])
    if subject_phrase is not None:
        args.append(Arg(role="subject", phrase=subject_phrase))
    if d.antecedent is not None:
        args.append(Arg(role="antecedent", phrase=phrase_of(toks, d.antecedent[0], d.antecedent[1])))
    own_subject = d.subject if d.subject_from is None else None
    skip_to = g.last + 1
    if g.particle is not None:
        if g.particle > skip_to and all(owner[x] == i for x in range(skip_to, g.particle)):
            # the object between a verb and its particle: "hand them over", "send the men back"
            args.append(Arg(role="object", phrase=phrase_of(toks, skip_to, g.particle - 1)))
        skip_to = max(skip_to, g.particle + 1)
    k = lo
    stop = n if hi is None else hi
    last_end = -1
    times = []
    compared = False
    objects_open = True
    while k < stop:
        if owner[k] != i:
            k += 1
            continue
        t = toks[k]
        if t.low == "than":
            compared = True  # "larger than those for X in 2022": the year is X's
        elif t.tag in (",", "CONJ", "END", "SUB", "Q", "BRK"):
            compared = False
        if k == d.start and d.marker is not None and t.low == d.marker:
            k += 1  # the word that opens the clause ("after", "who") is no preposition of it
            continue
        if own_subject is not None and own_subject[0] <= k <= own_subject[1]:
            k = own_subject[1] + 1
            continue
        if g.first <= k < skip_to:
            if t.tag == "TIME" and t.entity is not None and t.entity.time is not None:
                times.append(t.entity.time)  # "will on Monday visit": a time inside the verb group
            k += 1
            last_end = -1
            continue
        if t.tag == "TIME":
            if t.entity is not None and t.entity.time is not None and not compared:
                times.append(t.entity.time)
            if last_end == k - 1:
                last_end = k  # "talks late Monday with X": a time keeps the phrases chained
            k += 1
            continue
        if t.tag == "ADV" and last_end == k - 1 and args:
            last_end = k  # "the first visit ever to Ghana": an adverb keeps the phrases chained
            k += 1
            continue
        if t.tag in ("PREP", "TO") and k + 1 < n and owner[k + 1] == i:
            np_at = k + 2 if toks[k + 1].tag == "PART" and k + 2 < n else k + 1
            nxt = toks[np_at]
            if nxt.tag == "TIME":
                if last_end == k - 1:
                    last_end = np_at - 1  # "talks on Tuesday with X": the chain goes on past the time
                k = np_at
                continue
            end = np_right(toks, np_at, n)
            if end is not None:
                end = _joined_person_end(toks, end, owner, i)
                after = len(args) - 1 if last_end == k - 1 and args else None
                if after is not None and args[after].role == "apposition":
                    after = args[after].after  # "the extradition of a banker, X, to Chile"
                phrase = phrase_of(toks, np_at, end)
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
            end = np_right(toks, k, n)
            if end is not None:
                end = _joined_person_end(toks, end, owner, i)
            if end is not None and all(owner[x] == i for x in range(k, end + 1)):
                args.append(Arg(role="object", phrase=phrase_of(toks, k, end)))
                last_end = end
                k = end + 1
                continue
        if (
            t.tag == ","
            and args
            and last_end == k - 1
            and k + 1 < n
            and owner[k + 1] == i
            and (last := apposed_name_end(toks, k + 1, common_titles=toks[k - 1].tag == "NOUN")) is not None
            and all(owner[x] == i for x in range(k + 1, last + 1))
        ):
            root = len(args) - 1
            while args[root].after is not None:
                root = args[root].after  # type: ignore[assignment]
            while (
                last + 2 < n
                and toks[last + 1].low in ("and", ",")
                and owner[last + 2] == i
                and (more := apposed_name_end(toks, last + 2)) is not None
                and all(owner[x] == i for x in range(last + 2, more + 1))
            ):
                last = more  # "two men, X and Y, suspected of": every name of the list
            args.append(Arg(role="apposition", phrase=phrase_of(toks, k + 1, last), after=root))
            k = last + 1
            if k + 1 < n and toks[k].tag == "," and toks[k + 1].tag in ("PREP", "TO"):
                last_end = k  # the name is closed and a phrase of the root follows
                k += 1
            continue
        if (
            t.tag == ","
            and args
            and last_end == k - 1
            and args[-1].role == "pp"
            and _closes_place_pair(toks, args[-1].phrase, k)
        ):
            # "talks in Amman, Jordan, with X": the comma closing "city, country" keeps the chain
            last_end = k
            k += 1
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
    if (
        d.kind == "coordinate"
        and d.parent is not None
        and d.parent < len(built)
        and d.marker == "and"
        and g.first == g.head
        and toks[g.head].vkind in ("ed", "pp")
        and built[d.parent].predicate.passive
        and d.pred.lemma not in W.NO_PASSIVE
        and g.last + 1 < n
        and toks[g.last + 1].tag in ("PREP", "TO", "TIME")
    ):
        # "was arrested in Peru and extradited to Spain": the auxiliary is shared, so is the passive
        first = built[d.parent].predicate
        pred = attrs.evolve(pred, tense=first.tense, passive=True, finite=first.finite, modal=first.modal)
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


_APPOSITION_STOPS = frozenset(["VERB", "AUX", "MODAL", "REL", "THAT", "SUB", "END", "Q", "BRK", ",", "CONJ"])


def _joined_person_end(toks: list[Token], end: int, owner: list[int], i: int) -> int:
    """The end of a phrase with the titled person joined to it by "and" ("members of parliament
    and Foreign Minister X"; "X, general secretary of the party, and Vietnamese President Y"),
    else ``end``."""
    n = len(toks)
    j = end + 1
    last = toks[end].entity if toks[end].tag == "ENT" else None
    if j < n and toks[j].tag == "," and last is not None:
        if last.kind != "person":
            return end
        m = j + 1
        while m < min(n, j + 14) and toks[m].tag not in _APPOSITION_STOPS:
            m += 1
        if not (m + 1 < n and m > j + 1 and toks[m].tag == "," and toks[m + 1].low == "and"):
            return end
        j = m + 1
    if j >= n or toks[j].low != "and":
        return end
    k = j + 1
    opened = k
    if k + 2 < n and (toks[k].tag == "POSS" or (toks[k].tag == "ENT" and toks[k].low in W.POSSESSIVES)):
        # "A and her Ugandan counterpart, B": a possessive, a role noun, a comma, then the name
        m = k + 1
        while m < n and toks[m].tag == "ENT" and _is_demonym(toks[m]):
            m += 1
        if m + 2 < n and toks[m].tag == "NOUN" and toks[m + 1].tag == ",":
            k, opened = m + 2, m + 2
    while k < n and (toks[k].tag == "PROPN" or (toks[k].tag == "ENT" and _is_demonym(toks[k]))):
        k += 1
    ent = toks[k].entity if k < n and toks[k].tag == "ENT" else None
    if (k == j + 1 and opened == j + 1) or ent is None or ent.kind != "person" or ent.pronoun:
        return end
    if any(owner[x] != i for x in range(end + 1, k + 1)):
        return end
    return k


def _is_demonym(tok: Token) -> bool:
    return tok.entity is not None and tok.entity.place_kind == "demonym"


def _closes_place_pair(toks: list[Token], phrase: Phrase, k: int) -> bool:
    """Is the comma at ``k`` the one closing a "city, country" phrase right before it?"""
    places = [e for e in phrase.entities if e.kind in ("place", "state")]
    return (
        len(places) == 2
        and k + 1 < len(toks)
        and toks[k + 1].tag == "PREP"
        and "," in _between(toks, places[0].end, places[1].start)
    )


def _between(toks: list[Token], start: int, end: int) -> str:
    """The punctuation tokens between two character offsets, joined."""
    return "".join(t.text for t in toks if start <= t.start and t.end <= end)

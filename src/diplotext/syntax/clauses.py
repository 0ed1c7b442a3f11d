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

This module finds each clause's subject, kind, parent and span (steps 2 to 4) on
:class:`~diplotext.syntax.drafts.Draft` records; the noun phrases come from
:mod:`diplotext.syntax.phrases`, and :mod:`diplotext.syntax.arguments` reads each clause's
arguments from its tokens.
"""

from __future__ import annotations

import attrs

from diplotext import lexicon
from diplotext.syntax import words as W
from diplotext.syntax.arguments import build_clause
from diplotext.syntax.attachments import (
    STOPS,
    closing_comma,
    finite,
    hosted_participle,
    main_after_subject_relative,
    noun_infinitive_subject,
    object_apposed_participle,
    object_right_before,
    verb_past_relatives,
)
from diplotext.syntax.clause_kinds import ADVERBIAL_PREPS, REPORTING, shape_clause
from diplotext.syntax.drafts import Draft
from diplotext.syntax.duration_participles import describes_a_stretch
from diplotext.syntax.ing_descriptions import ing_description
from diplotext.syntax.inversion import fronted_inversion, inverted, inverted_after_a_list
from diplotext.syntax.parentheses import fronted_phrase_subject, is_person, parenthesis
from diplotext.syntax.phrases import HEADS, np_core_left, np_left
from diplotext.syntax.plural_antecedents import coordinated_antecedent
from diplotext.syntax.reduced_clauses import (
    REDUCED_BREAKS,
    after_particle,
    described_object,
    fronted_time_after_conjunction,
    participle_chain,
    phrases_only,
    place_token,
    plain_or_apposed,
)
from diplotext.syntax.relations import owners, relate, spans
from diplotext.syntax.tokens import Token
from diplotext.syntax.types import Clause
from diplotext.syntax.verbs import Group, predicate, verb_groups

__all__ = ["parse_tokens"]

_CLAUSE_TAKING = REPORTING | lexicon.words("grammar", "verbs taking a bare clause")
_RANGE = lexicon.words("grammar", "range words")
_OBJECT_DESCRIBING = lexicon.words("grammar", "participles on the object before a preposition")
_NAMING = lexicon.words("grammar", "participles naming the object")
_PERFECT_GERUNDS = lexicon.words("grammar", "gerunds of a perfect participle")


def _skip_adverbs_left(toks: list[Token], k: int, lo: int) -> int:
    """Left past adverbs and times before a verb group ("X on Friday wrapped up", "X also said")."""
    while k >= lo and toks[k].tag in ("ADV", "TIME"):
        if toks[k].tag == "TIME" and k - 2 >= lo and toks[k - 2].tag == "TIME" and toks[k - 1].low in _RANGE:
            k -= 2  # "on May 10-11", "from May 10 to May 12": a range is one time phrase
            continue
        if toks[k].tag == "TIME" and k - 1 >= lo and toks[k - 1].tag == "PREP":
            if k - 2 >= lo and (
                toks[k - 2].tag in (*HEADS, "CONJ")
                or (toks[k - 2].tag == "ADV" and k - 3 >= lo and toks[k - 3].tag in HEADS)
            ):
                # "Pope X on Friday wrapped up", "X held talks and on Saturday was due to", "A
                # court here on Monday ruled": a time phrase between subject (or conjunction,
                # or an adverb after it) and verb
                k -= 2
                continue
            break
        k -= 1
    return k


def parse_tokens(toks: list[Token], sentence: int, first_index: int) -> list[Clause]:
    """The clauses of one tagged sentence, numbered from ``first_index``."""
    groups = verb_groups(toks)
    if not groups:
        return []
    n = len(toks)
    groups_at = {g.first: g for g in groups}
    drafts = [Draft(group=g, pred=predicate(toks, g)) for g in groups]
    for i in range(len(drafts)):
        _attach(toks, drafts, i, groups_at)
    spans(drafts, n)
    owner = owners(drafts, n)
    relate(toks, drafts)
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
            build_clause(toks, drafts, i, owner, sentence=sentence, base=first_index, built=out, lo=lo, hi=hi)
        )
    return out


def _attach(toks: list[Token], drafts: list[Draft], i: int, groups_at: dict[int, Group]) -> None:
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
    if i == 1 and fronted_inversion(toks, drafts[0], d):
        return
    head = toks[g.head]
    lone = g.first == g.head and head.tag == "VERB"
    if lone and head.vkind == "ing":
        d.kind = "participle"
    elif first.low in _PERFECT_GERUNDS and g.first != g.head and head.vkind in ("ed", "pp", "past"):
        # "Having arrived in Nairobi, X met ...": a perfect participle, as "Arriving in Nairobi"
        d.kind = "participle"
    if (
        i > 0
        and drafts[i - 1].reduced is not None
        and not any(toks[x].tag in REDUCED_BREAKS for x in range(drafts[i - 1].group.last + 1, g.first))
    ):
        # "a delegation headed by X left for Y": the noun before the participle is the subject
        s0, e0 = drafts[i - 1].reduced  # type: ignore[misc]
        d.subject = (s0, e0)
        d.start = s0
        shape_clause(toks, d, s0)
        return
    opener = next((x for x in drafts[:i] if x.reduced is not None and x.host == i), None)
    if opener is not None and opener.reduced is not None:
        # "A man accused of an attack that crippled X can be extradited": past the relative, the
        # verb of the noun the participle described
        d.subject = opener.reduced
        d.start = g.first  # the relative in between keeps its own words
        return
    if noun_infinitive_subject(toks, drafts, i):
        return
    if main_after_subject_relative(toks, drafts, i, _CLAUSE_TAKING):
        return  # "A man who lived in Lima was arrested"
    stretch = describes_a_stretch(toks, g, i)  # "within the 40 days allowed under the treaty"
    if stretch is not None:
        d.kind, d.subject = "participle", (stretch, stretch)
        return
    k = _skip_adverbs_left(toks, g.first - 1, lo)
    if k < lo:
        # nothing of its own before it: the sentence start, or right after the previous group
        if (
            i > 0
            and toks[g.first - 1].tag not in STOPS
            and d.kind != "participle"
            and d.pred.lemma not in ("be",)
        ):
            d.kind = "complement" if drafts[i - 1].pred.lemma in REPORTING else d.kind
        inverted(toks, d)
        if d.kind == "main" and lone and head.vkind in ("ed", "pp") and i > 0:
            d.kind = "participle"
        elif (
            d.kind == "main"
            and lone
            and head.vkind in ("ed", "pp", "past")
            and i == 0
            and len(drafts) > 1
            and any(toks[x].tag == "," for x in range(g.last + 1, drafts[1].group.first))
        ):
            # "Met at the airport by X, the pope said ...": a participle fronted to its clause
            # ("Newly arrived in X, ...": active, of a verb with no passive)
            d.kind = "participle"
            d.pred = attrs.evolve(
                d.pred, passive=d.pred.lemma not in W.NO_PASSIVE, finite=False, tense="none"
            )
        return
    t = toks[k]
    if t.tag == "Q" and k - 1 >= lo and toks[k - 1].tag == ",":
        k -= 1  # 'known as "Guccifer," was': the comma inside the closing quote ends the parenthesis
        t = toks[k]
    # "a tour that (also) took her to X": "that" with only adverbs before the verb is a relative
    if t.tag in {"REL", "THAT"}:
        d.kind = "relative"
        d.marker = t.low
        d.start = k
        if k >= 1 and toks[k - 1].tag == "," and i > 0:
            d.fixed_end = closing_comma(toks, drafts, i)
            if d.fixed_end is not None:
                d.host = i - 1  # the outer clause goes on after the closing comma
        ante = k - 1
        if ante >= 0 and toks[ante].tag == ",":
            ante -= 1
        s = np_core_left(toks, ante, 0)  # "a meeting with X, who arrived": X
        if s is not None and t.low in ("who", "whom", "whose") and is_person(toks[ante]):
            # "the agenda of President X, who arrived": the person, not the phrase holding them
            s = next((x + 1 for x in range(ante - 1, s - 1, -1) if toks[x].low == "of"), s)
        elif s is not None and t.low in ("which", "that") and d.pred.lemma in W.EVENT_PHASE_VERBS:
            # "his visit to Chile, which began on Sunday": the event, with its phrases
            s = np_left(toks, ante, 0)
        if s is not None:
            d.subject = (coordinated_antecedent(toks, s, k), ante)  # "A and B, which have"
        return
    if t.tag == "CONJ":
        d.kind = "coordinate"
        d.marker = t.low
        d.start = k
        return
    if t.tag in ("SUB", "PREP") and (t.tag == "SUB" or t.low in ADVERBIAL_PREPS):
        d.kind = "participle" if d.kind == "participle" else "adverbial"
        d.marker = t.low
        d.start = k
        return
    if t.tag == ",":
        if inverted_after_a_list(toks, d):
            return  # "cooperation in farming, roads and power, said President X here Tuesday"
        close = k
        opening = parenthesis(toks, close, 0, groups_at)
        if opening is not None and d.kind != "participle":
            s = np_left(toks, opening - 1, 0)
            if (
                s is not None
                and toks[s].low in ("a", "an", "the")
                and described_object(toks, drafts, i, s, lo)
            ):
                # "sent back to Peru a trader, X, wanted there for fraud": a description of the
                # previous verb's object, not a clause of its own
                d.kind = "participle"
                d.subject = (s, close - 1)
                return
            fronted = fronted_phrase_subject(toks, s, opening, close) if s is not None else None
            if s is not None:
                end = opening - 1
                if (
                    close - opening == 2
                    and is_person(toks[opening + 1])
                    and not any(is_person(toks[x]) for x in range(s, opening))
                ):
                    end = close - 1  # "Nicaragua's president-elect, X, met": the name is the subject's
                if fronted is not None:
                    s, end = fronted  # "At the invitation of X, the President of Y, Z, is paying"
                d.subject = (s, end)
                d.start = s
                d.host = None
                # the parenthesis' own clauses sit inside it
                for other in drafts:
                    if opening < other.group.first < close:
                        other.fixed_end = close
                        other.host = i
                shape_clause(toks, d, s)
                return
        if d.pred.lemma in REPORTING and head.vkind != "ing" and inverted(toks, d):
            return  # '"...", said the minister'
        if lone and object_apposed_participle(toks, drafts, i, k, _OBJECT_DESCRIBING):
            return  # "extradited X, wanted in Peru, to Chile"
        if lone and head.vkind in ("ing", "ed", "pp"):
            d.kind = "participle"
            d.start = g.first
            return
        d.kind = "coordinate"
        d.marker = ","
        return
    if t.tag in ("Q", "BRK"):
        if inverted(toks, d):
            return
        if lone and head.vkind in ("ing", "ed", "pp") and i > 0:
            d.kind = "participle"
        return
    s = np_left(toks, k, lo)
    if s is None:
        if t.tag in ("VERB", "AUX"):
            return
        if lone and head.vkind in ("ed", "pp", "ing") and i > 0:
            d.kind = "participle"
        return
    participle = lone and head.vkind in ("ed", "pp")
    by_after = g.last + 1 < len(toks) and toks[g.last + 1].low == "by"
    if participle and i == 0 and s >= 2 and toks[s - 1].low == "of" and np_left(toks, s - 2, lo) == 0:
        s = 0  # "The hearing of a man wanted in X was postponed": the whole phrase before the participle
    if (
        participle
        and i == 0
        and s == 0
        and head.lemma in _OBJECT_DESCRIBING
        and g.last + 1 < len(toks)
        and toks[g.last + 1].tag == "PREP"
    ):
        host = verb_past_relatives(toks, drafts, i)
        if host is not None:
            # "A man accused of an attack that crippled X can be extradited": the sentence's
            # subject described, then (past any relative) its verb
            hosted_participle(d, (s, k), end=drafts[host].group.first, host=host)
            d.reduced = (s, k)
            return
    if (
        participle
        and by_after
        and i + 1 < len(drafts)
        and finite(toks, drafts[i + 1].group)
        and plain_or_apposed(toks, g.last + 1, drafts[i + 1].group.first)
    ):
        # "a delegation headed by X left": a participle, then the verb
        hosted_participle(d, (s, k), end=drafts[i + 1].group.first, host=i + 1)
        d.reduced = (s, k)
        return
    if (
        participle
        and i > 0
        and s >= 1
        and toks[s - 1].tag == ","
        and object_right_before(toks, drafts[i - 1].group.last + 1, s - 1)
    ):
        closing = closing_comma(toks, drafts, i)
        if closing is not None:
            # "handed over X, a businessman wanted for fraud, to Kenya": a description with a
            # participle in apposition to the object; the outer clause goes on after it
            hosted_participle(d, (s, k), end=closing, host=i - 1)
            d.start = s
            return
    if (
        participle
        and s >= 2
        and toks[s].low in ("a", "an", "the")
        and toks[s - 1].tag == ","
        and described_object(toks, drafts, i, s - 1, lo)
    ):
        # "adjourned the hearing of X, a former commander wanted by Peru": a description in
        # apposition to a name inside the previous clause
        d.kind = "participle"
        d.subject = (s, k)
        return
    if participle and by_after and i > 0 and s == lo and drafts[i - 1].pred.lemma not in ("be", "have"):
        # "hosted a delegation led by X in Cairo": the previous verb's object, then a participle
        d.kind = "participle"
        d.subject = (s, k)
        d.start = g.first
        return
    if (
        (participle or participle_chain(toks, g))
        and s > 0
        and toks[s - 1].tag == "PREP"
        and (toks[s - 1].low not in ADVERBIAL_PREPS or toks[s - 1].low in ("on", "upon"))
        and i > 0
    ):
        # "talks on decisions made by X": a noun inside a phrase and the participle after it
        # ("arrived for a visit expected to focus on trade": so with a chain after the participle)
        d.kind = "participle"
        d.subject = (s, k)
        return
    if (
        participle
        and i > 0
        and (s == lo or s == after_particle(drafts[i - 1].group) or phrases_only(toks, lo, s))
        and head.lemma in _OBJECT_DESCRIBING
        and g.last + 1 < len(toks)
        and toks[g.last + 1].tag == "PREP"
        and drafts[i - 1].pred.lemma not in REPORTING
        and drafts[i - 1].pred.lemma not in ("be", "have")
    ):
        # "approved the extradition of a former officer accused of torture": a description of
        # the previous verb's object, no verb of its own
        d.kind = "participle"
        d.subject = (s, k)
        d.start = g.first
        return
    if (
        participle
        and i > 0
        and (s == lo or s == after_particle(drafts[i - 1].group) or phrases_only(toks, lo, s))
        and head.lemma in _NAMING
        and drafts[i - 1].kind != "relative"  # "the aides who sent the letter called X a fraud"
        and toks[s].text[:1].islower()
        and toks[s].tag not in ("PRON", "REL", "THAT")  # "what it called X": its words
        and not (s > 0 and toks[s - 1].low == "what")
        and g.last + 1 < len(toks)
        and toks[g.last + 1].tag in ("PROPN", "ENT", "NOUN", "Q")
        and drafts[i - 1].pred.lemma not in REPORTING
        and drafts[i - 1].pred.lemma not in ("be", "have")
    ):
        # "creating lakes of brown water called pools", "built ponds known as tanks": the name
        # given to the previous verb's object, no verb of its own
        d.kind = "participle"
        d.subject = (s, k)
        d.start = g.first
        return
    core = np_core_left(toks, k, lo) if participle and i > 0 else None
    if (
        core is not None
        and core > s
        and toks[core - 1].tag == "PREP"
        and toks[core - 1].low in ("on", "upon", "under", "with")
        and finite(toks, drafts[i - 1].group)
        and drafts[i - 1].pred.lemma not in REPORTING
    ):
        # "arrested X on an extradition warrant issued by India": the participle is on the noun
        # of the phrase before it, inside the previous clause
        d.kind = "participle"
        d.subject = (core, k)
        return
    described = ing_description(toks, drafts, i, s, k, lo=lo) if lone and head.vkind == "ing" else None
    if described is not None:  # "heard a challenge to the surrender of a man living in X"
        d.kind, d.subject, d.start = "participle", (described, k), g.first
        return
    if (
        first.tag == "VERB"
        and first.vkind == "ing"
        and s > 0
        and toks[s - 1].tag == "PREP"
        and i > 0
        and all(place_token(toks[x]) for x in range(s, k + 1))
    ):
        # "arrived in Washington seeking to mediate": the place is no subject; the participle
        # takes the subject of the clause before it
        d.kind = "participle"
        d.start = g.first
        return
    d.subject = (s, k)
    d.start = fronted_time_after_conjunction(toks, s, lo)
    shape_clause(toks, d, s)

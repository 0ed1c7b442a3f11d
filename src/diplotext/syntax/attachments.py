"""Where a clause hangs when commas or an infinitive stand between it and its neighbours: a
relative or a participle description set off by commas inside an outer clause that goes on after
them ("handed over X, who is wanted for fraud, to Kenya", "extradited X, wanted in Peru, to
Chile"), and a noun with an infinitive that is the subject of the verb after the infinitive's
object ("[Peru's refusal] to extradite X has angered Chile")."""

from __future__ import annotations

from diplotext.syntax import words as W
from diplotext.syntax.drafts import Draft
from diplotext.syntax.phrases import np_left, np_right
from diplotext.syntax.tokens import Token
from diplotext.syntax.verbs import Group

__all__ = [
    "STOPS",
    "closing_comma",
    "finite",
    "hosted_participle",
    "main_after_subject_relative",
    "noun_infinitive_subject",
    "object_apposed_participle",
    "object_right_before",
    "verb_past_relatives",
]

STOPS = frozenset([",", "BRK", "END", "Q"])
"""Tokens that end the words before a clause's verb that can be its subject."""


def hosted_participle(d: Draft, subject: tuple[int, int], *, end: int, host: int) -> None:
    """Make ``d`` a participle clause on ``subject`` that ends at token ``end``, inside clause
    ``host``, which goes on after it."""
    d.kind = "participle"
    d.subject = subject
    d.fixed_end = end
    d.host = host


_BREAKS = frozenset([",", "CONJ", "REL", "THAT", "SUB", "END", "Q", "BRK", "VERB", "AUX", "MODAL", "TO"])


def main_after_subject_relative(
    toks: list[Token], drafts: list[Draft], i: int, clause_taking: frozenset[str]
) -> bool:
    """ "A man who lived in Lima was arrested", "A man whose house was a bomb factory was
    arrested": a finite verb right after the phrases of a relative whose antecedent opens the
    sentence is the antecedent's own verb (not when the relative's verb takes a clause with no
    "that": "a man who said police were wrong"). Sets draft ``i``'s subject and says whether it did."""
    if i == 0:
        return False
    d, rel = drafts[i], drafts[i - 1]
    r = rel.start
    if rel.kind != "relative" or not 1 <= r < len(toks) or toks[r].tag not in ("REL", "THAT"):
        return False
    if rel.pred.lemma in clause_taking or not finite(toks, d.group):
        return False
    if any(toks[x].tag in _BREAKS for x in range(rel.group.last + 1, d.group.first)):
        return False
    a = np_left(toks, r - 1, 0)
    if a != 0:
        return False
    d.subject = (a, r - 1)
    d.start = d.group.first  # the relative in between keeps its own words
    return True


def object_apposed_participle(
    toks: list[Token], drafts: list[Draft], i: int, comma: int, describing: frozenset[str]
) -> bool:
    """ "extradited X, wanted for fraud in Peru, to Chile": a lone -ed verb that describes an
    object (``describing``) right after the comma that follows the previous verb's object is a
    participle on that object, and the outer clause goes on after the comma that closes it. Makes
    draft ``i`` so and says whether it did."""
    d = drafts[i]
    g = d.group
    if i == 0 or toks[g.head].vkind not in ("ed", "pp") or d.pred.lemma not in describing:
        return False
    if drafts[i - 1].pred.lemma in ("be", "have"):
        return False
    start = drafts[i - 1].group.last + 1
    while start < comma and toks[start].low in W.PARTICLES:
        start += 1
    if start >= comma or not object_right_before(toks, start, comma):
        return False
    closing = closing_comma(toks, drafts, i)
    if closing is None:
        return False
    hosted_participle(d, (start, comma - 1), end=closing, host=i - 1)
    d.start = g.first
    return True


def object_right_before(toks: list[Token], start: int, stop: int) -> bool:
    """Is ``toks[start:stop]`` one noun phrase, after a verb's particle if any ("handed over [X]")?"""
    while start < stop and toks[start].low in W.PARTICLES:
        start += 1
    if start >= stop:
        return False
    return np_right(toks, start, stop) == stop - 1


def closing_comma(toks: list[Token], drafts: list[Draft], i: int) -> int | None:
    """ "handed over X, who is wanted for fraud, to Kenya on Friday": the comma that closes a
    relative set off by commas, when only phrases (no verb) follow it before the next clause or the
    end; what follows it is the outer clause's."""
    g = drafts[i].group
    stop = drafts[i + 1].group.first if i + 1 < len(drafts) else len(toks)
    for x in range(g.last + 1, stop):
        if toks[x].tag in ("END", "Q", "BRK"):
            return None
        if toks[x].tag == ",":
            after = toks[x + 1] if x + 1 < len(toks) else None
            if after is None or after.tag not in ("PREP", "TIME"):
                return None
            if any(toks[y].tag in ("REL", "THAT", "SUB", "CONJ", ",") for y in range(x + 1, stop)):
                return None
            return x
    return None


def noun_infinitive_subject(toks: list[Token], drafts: list[Draft], i: int) -> bool:
    """ "[Brazil's refusal] to extradite X has angered Peru": a noun with an infinitive opens the
    clause, so the noun phrase before the next verb is the infinitive's object and the noun is
    the subject. Sets draft ``i``'s subject and says whether it did."""
    if i == 0 or drafts[i - 1].kind != "infinitive":
        return False
    d, inf = drafts[i], drafts[i - 1]
    to = inf.group.first
    lo = drafts[i - 2].group.last + 1 if i > 1 else 0
    if to - 1 < lo or toks[to - 1].tag != "NOUN" or toks[inf.group.head].tag != "VERB":
        return False
    s = np_left(toks, to - 1, lo)
    obj = inf.group.last + 1
    if s is None or (s > lo and toks[s - 1].tag not in STOPS) or obj >= d.group.first:
        return False
    if i > 1 and s == lo and drafts[i - 2].kind != "relative" and toks[s - 1].tag == "VERB":
        return False  # "refused [a request] to extradite a man accused of ...": the verb's object
    if obj < d.group.first and toks[obj].tag == "PREP":
        obj += 1  # "the last premier to travel [to Indonesia], X, went in 2016"
    end = np_right(toks, obj, d.group.first)
    while end is not None and end + 2 < d.group.first and toks[end + 1].tag == "PREP":
        end = np_right(toks, end + 2, d.group.first)  # "to build a dam in Laos has"
    if end is not None and end + 2 < d.group.first and toks[end + 1].tag == ",":
        # "The last premier to travel to Indonesia, X, went": a name set off by commas before the verb
        named = np_right(toks, end + 2, d.group.first)
        if named is not None and named + 2 == d.group.first and toks[named + 1].tag == ",":
            end = d.group.first - 1
    if end != d.group.first - 1:
        return False  # the words between are not a noun phrase and its prepositional phrases
    d.subject = (s, to - 1)
    d.start = s
    inf.fixed_end = d.group.first
    inf.host = i
    return True


def finite(toks: list[Token], g: Group) -> bool:
    """Does the verb group start with a finite verb or an auxiliary ("left", "will visit")?"""
    first = toks[g.first]
    return first.tag in ("AUX", "MODAL") or (first.tag == "VERB" and first.vkind in ("ed", "past", "s"))


_RELATIVE_SPAN = 3


def verb_past_relatives(toks: list[Token], drafts: list[Draft], i: int) -> int | None:
    """The first finite verb group after draft ``i`` that is not a relative clause's (one opened by
    "that"/"which"/"who") nor an -ing or bare verb of the phrase, with no comma, conjunction or
    subordinator before it; else ``None``."""
    last = drafts[i].group.last
    for j in range(i + 1, min(len(drafts), i + 1 + _RELATIVE_SPAN)):
        gap = [toks[x] for x in range(last + 1, drafts[j].group.first)]
        if any(t.tag in ("REL", "THAT") for t in gap):
            last = drafts[j].group.last
            continue  # a relative on a noun of the phrase
        if any(t.tag in (",", "CONJ", "SUB", "END", "Q", "BRK") for t in gap):
            return None
        if finite(toks, drafts[j].group):
            return j
        first = toks[drafts[j].group.first]
        if first.low == "to" and drafts[j].group.first < drafts[j].group.last:
            first = toks[drafts[j].group.first + 1]  # "accused of taking bribes to award a deal"
        if first.tag != "VERB" or first.vkind not in ("ing", "base"):
            return None
        # "A former chief accused of helping smugglers bring sugar in has filed": past the
        # participles and bare verbs of the description, its verb
        last = drafts[j].group.last
    return None

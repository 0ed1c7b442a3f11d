"""Helpers of the clause parser for reduced clauses: participles on an object, phrases between a
verb and the noun phrase it describes, and the spans a reduced clause may cross."""

from __future__ import annotations

from diplotext.syntax.attachments import STOPS, finite
from diplotext.syntax.clause_kinds import REPORTING
from diplotext.syntax.drafts import Draft
from diplotext.syntax.parentheses import is_person
from diplotext.syntax.phrases import np_left
from diplotext.syntax.tokens import Token
from diplotext.syntax.verbs import Group


def participle_chain(toks: list[Token], g: Group) -> bool:
    """Does the verb group open with a past participle and go on only with "to" and verbs
    ("expected to focus", "designed to boost"), no auxiliary before it?"""
    first = toks[g.first]
    return (
        g.first != g.head
        and first.tag == "VERB"
        and first.vkind in ("ed", "pp")
        and all(toks[x].tag in ("TO", "VERB", "ADV") for x in range(g.first + 1, g.head + 1))
    )


def fronted_time_after_conjunction(toks: list[Token], s: int, lo: int) -> int:
    """Where a clause with its own subject at ``s`` begins: ", and on Friday she was received in
    X" and "said that on Tuesday it extradited X" take the time fronted between the conjunction
    or "that" and the subject (not the clause before)."""
    j = s - 1
    while j >= lo and (toks[j].tag == "TIME" or (toks[j].tag == "PREP" and toks[j + 1].tag == "TIME")):
        j -= 1
    if j < s - 1 and j >= lo and toks[j].tag == "CONJ" and j >= 1 and toks[j - 1].tag == ",":
        return j + 1
    if j < s - 1 and j >= lo and toks[j].tag == "THAT":
        return j + 1
    return s


PHRASE_TAGS = frozenset(["PREP", "TO", "DET", "ENT", "NOUN", "PROPN", "TIME", "ADJ", "NUM", "POSS"])


def after_particle(g: Group) -> int:
    """The index after a verb group's phrasal particle ("send back [a banker] accused of"), or -1."""
    return g.particle + 1 if g.particle is not None and g.particle > g.last else -1


def phrases_only(toks: list[Token], lo: int, s: int) -> bool:
    """Do only prepositional phrases and times stand between a verb and the noun phrase at ``s``
    ("extradited to Albania on Thursday [a man] accused of ...": the object put last)?"""
    return (
        lo < s
        and toks[lo].tag in ("PREP", "TO", "TIME")
        and all(toks[x].tag in PHRASE_TAGS for x in range(lo, s))
    )


def described_object(toks: list[Token], drafts: list[Draft], i: int, s: int, lo: int) -> bool:
    """Is the lone past participle of draft ``i`` on a description ("a former banker") of a
    noun phrase inside the previous finite clause (the phrase before ``s`` opens no clause: no
    comma, break or start before it), not a verb of its own? Reporting verbs ("..., police
    said") and names ("..., Talabani arrived") have verbs of their own."""
    d = drafts[i]
    g = d.group
    head = toks[g.head]
    if i == 0 or g.first != g.head or head.tag != "VERB" or head.vkind not in ("ed", "pp"):
        return False
    if d.pred.lemma in REPORTING or s <= lo:
        return False
    prev = drafts[i - 1].group
    if s - 1 in (prev.last, prev.particle):
        # "asked Uruguay to hand over a former army officer, X, accused of torture": the object
        # right after the verb (finite or not) is what the participle describes
        return True
    if not finite(toks, prev):
        return False
    before = np_left(toks, s - 1, lo) if toks[s - 1].tag != "," else None
    if toks[s - 1].tag == ",":
        before = np_left(toks, s - 2, lo) if s - 2 >= lo else None
        if before is None or not is_person(toks[s - 2]):
            return False
    elif not is_person(toks[s - 1]) and toks[s - 1].tag not in ("ENT", "NOUN", "PROPN"):
        return False
    start = before if before is not None else s
    if start == lo and start == s - 1 and is_person(toks[start]):
        return True  # "deported X, an Uzbek national wanted in ...": the name right after the verb
    return (
        start > lo and toks[start - 1].tag not in STOPS and toks[start - 1].tag not in ("CONJ", "SUB", "REL")
    )


def place_token(tok: Token) -> bool:
    entity = tok.entity
    return tok.tag == "ENT" and entity is not None and entity.kind in ("state", "place")


def plain_or_apposed(toks: list[Token], lo: int, hi: int) -> bool:
    """Are the tokens ``lo:hi`` free of clause breaks, but for one name set off by two commas right
    before ``hi`` ("a delegation led by the Secretary for Relations, Archbishop X, travelled")?"""
    breaks = [x for x in range(lo, hi) if toks[x].tag in REDUCED_BREAKS]
    if not breaks:
        return True
    return (
        len(breaks) == 2
        and breaks[1] == hi - 1
        and all(toks[x].tag == "," for x in breaks)
        and (
            breaks[1] - breaks[0] <= 6
            # "headed by X, member of the Political Bureau of the Central Committee, arrived": a
            # longer description with no verb of its own
            or (
                breaks[1] - breaks[0] <= 16
                and not any(
                    toks[x].tag in ("VERB", "AUX", "MODAL", "V?") for x in range(breaks[0], breaks[1])
                )
            )
        )
    )


REDUCED_BREAKS = frozenset([",", "CONJ", "SUB", "REL", "THAT", "END", "Q", "BRK"])

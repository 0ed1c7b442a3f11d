"""Parentheses inside a clause: a stretch set off by commas after a noun phrase ("X, the
minister, said"), which the clause reader skips to join the subject to its verb."""

from __future__ import annotations

from functools import partial

from diplotext import lexicon
from diplotext.syntax.phrases import HEADS, apposed_name_end
from diplotext.syntax.tokens import Token
from diplotext.syntax.verbs import Group

__all__ = ["fronted_phrase_subject", "is_person", "parenthesis"]

_MAX_PARENTHESIS = 40  # tokens


_REPORTING = lexicon.words("speech", "reporting verbs")


def parenthesis(toks: list[Token], close: int, lo: int, groups_at: dict[int, Group]) -> int | None:
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
            if (
                first is not None
                and first.tag != "Q"  # '"... the treaty," X, who ..., told': a quotation's comma
                and before.tag in HEADS
                and not _name_after_name(toks, k, close)
                and _fits(toks, k + 1, close, groups_at)
            ):
                best = k
        k -= 1
    return best


def fronted_phrase_subject(toks: list[Token], s: int, opening: int, close: int) -> tuple[int, int] | None:
    """ "At the invitation of X, the President of Y, His Excellency [Z], is paying": the noun phrase
    before a parenthesis that is the object of a phrase opening the sentence is no subject; the
    subject is the last name set off in the parenthesis ("In a statement, X, the firm's chief, said"),
    else its last noun phrase."""
    if s < 1 or toks[s - 1].tag != "PREP" or any(t.tag not in ("NUM", "PUNCT") for t in toks[: s - 1]):
        return None
    starts = [x + 1 for x in range(opening, close) if toks[x].tag == ","]
    names = [
        n for n in map(partial(apposed_name_end, toks), starts) if n is not None and toks[n + 1].tag == ","
    ]
    return (names[-1], names[-1]) if names else (starts[-1], close - 1)


def is_person(tok: Token) -> bool:
    ent = tok.entity
    return tok.tag == "ENT" and ent is not None and ent.kind == "person" and not ent.pronoun


def _name_after_name(toks: list[Token], k: int, close: int) -> bool:
    """ "with A, B, on a visit, said": a titled name after a name starts the subject, it is no
    parenthesis about the first one."""
    if not is_person(toks[k - 1]):
        return False
    first = toks[k - 1].entity
    x = k + 1
    while x < close and toks[x].tag != ",":
        if toks[x].tag in ("PREP", "VERB", "REL"):
            return False  # "X, in Lima for talks with Y, said": a phrase about X, whoever it names
        if is_person(toks[x]):
            # "X, the Japanese foreign minister, said": a description of the same person is a
            # parenthesis about X
            other = toks[x].entity
            same = (
                first is not None
                and other is not None
                and first.actor is not None
                and first.actor is other.actor
            )
            return not same
        x += 1
    return False


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
        first.tag in ("ADV", "TIME")
        and a + 1 < close
        and toks[a + 1].tag == "VERB"
        and toks[a + 1].vkind in ("ed", "ing")
    ):
        return True
    verbs = [k for k in range(a, close) if k in groups_at]
    if not verbs:
        return True
    v = toks[verbs[0]]
    if (
        len(verbs) == 1
        and verbs[0] > a
        and first.tag in ("DET", "ENT", "PROPN", "NUM")  # a noun phrase opens it, no "but"
        and v.tag == "VERB"
        and v.vkind in ("ed", "pp")
        and toks[verbs[0] - 1].tag in ("NOUN", "PROPN", "ENT")
        and (v.lemma or v.low) not in _REPORTING
    ):
        return True  # ", a Peruvian banker wanted in Chile for fraud,": a description with its participle
    # "a Canadian citizen who is also ...": an apposition with a relative clause of its own
    return any(
        toks[k].tag == "REL" or (toks[k].tag == "THAT" and k + 1 == verbs[0]) for k in range(a, verbs[0])
    )

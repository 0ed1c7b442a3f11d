"""Subjects that come after their verb: '"...", said the minister', "Also arriving were A and B",
and a reporting verb after a list set off by commas ("cooperation in farming, roads and power, said
President X here Tuesday"), whose subject is the name after it, not the list's first word.
"""

from __future__ import annotations

from diplotext import lexicon
from diplotext.syntax.drafts import Draft
from diplotext.syntax.parentheses import is_person
from diplotext.syntax.phrases import np_right
from diplotext.syntax.tokens import Token

__all__ = ["fronted_inversion", "inverted", "inverted_after_a_list"]

_REPORTING = lexicon.words("speech", "reporting verbs")


def fronted_inversion(toks: list[Token], before: Draft, d: Draft) -> bool:
    """ "Also arriving on the plane were A and B", "First to arrive was X": a participle or
    infinitive opens the sentence, a lone "be" follows and the subject of both comes after it."""
    g = d.group
    if d.pred.lemma != "be" or g.first != g.head or g.tos:
        return False
    opening = before.group.first
    if before.pred.lemma == "be" or opening > 2:
        return False
    if any(toks[x].tag not in ("ADV", "TIME", "NUM", "ADJ", "NOUN") for x in range(opening)):
        return False  # only "Also", "First", "Next" before it
    head = toks[before.group.first]
    if not (head.tag == "TO" or (head.tag == "VERB" and head.vkind == "ing")):
        return False
    j = g.last + 1
    end = np_right(toks, j, len(toks)) if j < len(toks) else None
    if end is None or not any(toks[x].tag == "ENT" for x in range(j, end + 1)):
        return False
    # "were his wife X, Foreign Minister Y and Z": the list goes on past a comma to each name
    while end + 2 < len(toks) and toks[end + 1].text == ",":
        more = np_right(toks, end + 2, len(toks))
        if more is None or not any(toks[x].tag == "ENT" for x in range(end + 2, more + 1)):
            break
        end = more
    d.subject = (j, end)
    d.kind = "main"
    before.kind = "participle" if head.tag == "VERB" else "infinitive"
    before.subject = (j, end)
    return True


def inverted(toks: list[Token], d: Draft) -> bool:
    """'"...", said the minister': the subject after a reporting verb."""
    if d.pred.lemma not in _REPORTING:
        return False
    j = d.group.last + 1
    if j < len(toks) and toks[j].tag == "TIME":
        j += 1
    end = np_right(toks, j, len(toks))
    if end is None or toks[j].tag in ("OPRON",):
        return False
    d.subject = (j, end)
    return True


_AFTER_AN_INVERTED_SPEAKER = frozenset([",", ".", "END", "TIME", "SUB", "Q", "BRK", "CONJ"])
"""What may follow the name after an inverted reporting verb ("said X here Tuesday when ...")."""


def inverted_after_a_list(toks: list[Token], d: Draft) -> bool:
    """ "... in farming, roads, trade and power, said President X here Tuesday": a reporting verb
        after a comma with a person's name right after it (then "here", a time, a comma or the end) has
        that person for its subject; the commas before it set off no parenthesis. So does a named body
    closing the sentence ("..., informed the National Police.": translated wire copy)."""
    g = d.group
    if d.pred.lemma not in _REPORTING or g.first != g.head or toks[g.head].vkind == "ing":
        return False
    j = g.last + 1
    while j < len(toks) and toks[j].tag == "TIME":
        j += 1
    if j >= len(toks):
        return False
    end = np_right(toks, j, len(toks))
    if end is None:
        return False
    if not any(is_person(toks[x]) for x in range(j, end + 1)):
        # "... singled out as the head of a gang, informed the National Police.": a named body
        # (then its apposed spokesman, if any) closing the sentence is the speaker
        return (
            d.pred.lemma not in _ADDRESSING
            and _clause_before(toks, g.first)
            and _body_closing(toks, j, end)
            and _set(d, j, end)
        )
    nxt = end + 1
    while nxt < len(toks) and toks[nxt].low == "here":
        nxt += 1
    if nxt < len(toks) and toks[nxt].tag not in _AFTER_AN_INVERTED_SPEAKER:
        return False  # "said Smith was wrong": the name is the subject of what was said
    d.subject = (j, end)
    return True


_ADDRESSING = frozenset(["tell", "ask", "reply"])
"""Reporting verbs whose object is the one addressed ("X, one of the pioneers, told the BBC")."""


def _finite(tok: Token) -> bool:
    return tok.tag in ("AUX", "MODAL") or (tok.tag == "VERB" and tok.vkind != "ing")


def _clause_before(toks: list[Token], stop: int) -> bool:
    """Does a clause of its own stand before ``stop``: a finite verb outside quotation marks with a
    subject before it in its stretch between commas and no relative or subordinator opening that
    stretch ("Colombia extradited X, ..., informed the Police"), not an aside on a subject still
    waiting for its verb ("The minister, who arrived on Monday, informed the Senate", "The agency,
    citing sources, reported the incident")?"""
    quoted = False
    subject = opened = False
    for tok in toks[:stop]:
        if tok.tag == "Q":
            quoted = not quoted
            continue
        if quoted:
            continue
        if tok.tag == ",":
            subject = opened = False
        elif tok.tag in ("REL", "SUB", "THAT"):
            opened = True
        elif tok.tag in ("NOUN", "PROPN", "ENT", "PRON"):
            subject = True
        elif _finite(tok) and subject and not opened:
            return True
    return False


def _set(d: Draft, j: int, end: int) -> bool:
    d.subject = (j, end)
    return True


def _body_closing(toks: list[Token], j: int, end: int) -> bool:
    """Is ``toks[j:end + 1]`` "the" and a capitalised name of a body ("the National Police", "the
    Minister of the Presidency") that ends the sentence, or is followed only by a person's name set
    off by a comma ("informed the Minister of the Presidency, Gonzalo Arce.")?"""
    if toks[j].low != "the" or not any(toks[x].text[:1].isupper() for x in range(j + 1, end + 1)):
        return False
    nxt = end + 1
    if nxt >= len(toks) or toks[nxt].tag == "END":
        return True
    if toks[nxt].text != "," or nxt + 1 >= len(toks):
        return False
    last = np_right(toks, nxt + 1, len(toks))
    if last is None or not any(is_person(toks[x]) for x in range(nxt + 1, last + 1)):
        return False
    return last + 1 >= len(toks) or toks[last + 1].tag == "END"

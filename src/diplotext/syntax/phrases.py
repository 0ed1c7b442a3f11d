"""Noun phrases of a tagged sentence: where they start and end, and the :class:`Phrase` they make.

:func:`np_left` and :func:`np_core_left` find the start of the noun phrase that ends at a token
(possessives, "of"-phrases and, after a determiner, a chain of prepositional phrases included);
:func:`np_right` finds the end of the one that starts at a token (lists of names and states
included: "Ghana, Mali and the Philippines"). :func:`phrase_of` reads tokens into a
:class:`Phrase`: its head, core words, entities, possessor and prepositional phrases.
:func:`appositive` and :func:`coordinated_subject` test a name in apposition and a list of noun
phrases that opens a clause.
"""

from __future__ import annotations

from diplotext.syntax import words as W
from diplotext.syntax.phrase_joins import after_a_possessive, demonyms_sharing_a_head, hyphen_joins_places
from diplotext.syntax.phrase_lists import _demonym, _list_continues
from diplotext.syntax.tokens import Token
from diplotext.syntax.types import Entity, Phrase

__all__ = [
    "HEADS",
    "apposed_name_end",
    "appositive",
    "coordinated_subject",
    "np_core_left",
    "np_left",
    "np_right",
    "phrase_of",
]

HEADS = frozenset(["ENT", "NOUN", "PROPN", "NUM", "PRON", "OPRON"])
_NP_INNER = frozenset(["NOUN", "PROPN", "ENT", "NUM", "GEN"])
_CHAIN_PREPS = frozenset(
    ["of", "by", "to", "from", "in", "for", "with", "on", "at", "about", "against", "between", "over", "into"]
)


def np_core_left(toks: list[Token], k: int, lo: int) -> int | None:
    """Start of the simple noun phrase ending at ``k`` (possessives and "of"-phrases included)."""
    if k < lo or toks[k].tag not in HEADS:
        return None
    if toks[k].tag == "PRON" or (toks[k].tag == "ENT" and _subject_pronoun(toks[k])):
        return k  # "In Jordan she": a pronoun is a phrase of its own
    j = k
    while j - 1 >= lo:
        t = toks[j - 1]
        if (
            t.tag == "TIME"
            and toks[j].tag == "PROPN"
            and not (j - 2 >= lo and toks[j - 2].tag in ("DET", "POSS", "GEN"))
            and _titled_name(toks, j, k)
        ):
            break  # "In July 2015 President X paid": a fronted time, then a titled name
        if t.tag == "TIME" and toks[j].tag in ("NOUN", "NUM") and (j - 1 == lo or toks[j - 2].tag == "PREP"):
            break  # "On Tuesday police arrested X", "Yesterday two judges ruled": a fronted time
        if (
            t.tag in _NP_INNER
            or (t.tag in ("TIME", "SYM") and toks[j].tag in ("NOUN", "PROPN", "TIME", "NUM", "SYM"))
            or (t.tag == "TIME" and toks[j].tag == "GEN")  # "Thursday's state visit"
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
        if t.low == "the" and j - 3 >= lo and _title_of(toks, j - 2, k):
            j -= 2  # "Speaker of the House of Representatives X": the title's own "of the"
            continue
        if t.tag in ("DET", "POSS"):
            return j - 1
        if t.tag == "PREP" and t.low == "of" and j - 2 >= lo and toks[j - 2].tag in ("NOUN", "PROPN", "ENT"):
            j -= 1
            continue
        break
    return j


def _titled_name(toks: list[Token], j: int, k: int) -> bool:
    """Do the capitalised words from ``j`` lead to a person's name ("President X", "Foreign
    Minister X")?"""
    for x in range(j, k + 1):
        if toks[x].tag == "ENT":
            entity = toks[x].entity
            return entity is not None and entity.kind == "person"
        if toks[x].tag != "PROPN":
            return False
    return False


def np_left(toks: list[Token], k: int, lo: int) -> int | None:
    """Start of the noun phrase ending at ``k`` (``None`` when ``toks[k]`` ends none), with a
    prepositional chain after a determiner or possessor phrase ("the visit by the president",
    "Omondi's last visit to China")."""
    j = np_core_left(toks, k, lo)
    if j is None:
        return None
    while j - 2 >= lo and toks[j - 1].low in _CHAIN_PREPS and toks[j - 2].tag in ("NOUN", "ENT", "PROPN"):
        outer = np_core_left(toks, j - 2, lo)
        place = toks[j - 2].entity
        if (
            place is not None
            and place.kind in ("state", "place")
            and toks[j - 1].low != "of"
            and outer == j - 2
            and not (
                outer - 2 >= lo
                and toks[outer - 1].low in _CHAIN_PREPS
                and toks[outer - 2].tag in ("NOUN", "ENT", "PROPN")
            )
        ):
            # "is in Beijing [for a summit ...] opening Saturday": a place that ends no noun's chain
            # takes no such phrase ("the visit of X of Norway to Chile" still chains)
            break
        if outer is None:
            break
        named = toks[j - 2].entity
        determined = (
            toks[outer].tag in ("DET", "POSS", "ENT")
            or any(toks[x].tag == "GEN" for x in range(outer, j - 1))
            or (named is not None and named.kind == "person")  # "President X of the Philippines"
            # "Oil ministers of the cartel were meeting": a bare plural opening the clause
            # "Talks with the premier are planned", "where talks with the premier are planned"
            or (
                (outer == lo or toks[outer - 1].tag in ("SUB", "REL"))
                and toks[j - 1].low in ("of", "with")
                and toks[j - 2].low.endswith("s")
            )
            # "Officials in Lima rejected it", "On Tuesday police in Lima said": a bare noun
            # opening the clause, after a fronted time at most, takes the place's phrase
            or (
                toks[j - 2].tag == "NOUN"
                and toks[j - 1].low in ("in", "at", "from")
                and all(toks[x].tag in ("PREP", "TIME", ",") for x in range(lo, outer))
                and (outer == lo or toks[outer - 1].tag in ("TIME", ","))
            )
        )
        if not determined:
            break
        j = outer
    return j


def _subject_pronoun(tok: Token) -> bool:
    """Is the token a personal pronoun standing for a person ("she", "him"), not a possessive
    ("his", which opens a phrase)?"""
    return tok.entity is not None and tok.entity.pronoun and tok.low not in W.POSSESSIVES


def np_right(toks: list[Token], k: int, hi: int) -> int | None:
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
            if (tag == "PRON" or (tag == "ENT" and _subject_pronoun(t))) and j > k:
                break  # "In Jordan she will meet": a pronoun starts a phrase of its own
            head = True
            last = j
            j += 1
            if j < hi and toks[j].tag == "GEN":
                j += 1
                head = False
                continue
            if tag in ("OPRON", "PRON"):
                break
            if j < hi and toks[j].tag == "SYM" and hyphen_joins_places(toks, j, hi):
                j += 1  # "a Dutch-Moroccan gang leader", "US-China talks": one modifier
                continue
            nxt = _list_continues(toks, j, hi)
            if nxt is None and _demonym(t):
                nxt = demonyms_sharing_a_head(toks, j, hi)
            if nxt is None and tag == "PROPN":
                nxt = _title_words_joined(toks, j, hi)
            if nxt is not None:
                j = nxt
                head = False
            continue
        if tag == "TIME" and (not head or after_a_possessive(toks, j, k)):
            # "the December 7-9 visit", "his Monday meeting", "during his two-day visit" (a resolved
            # "his" is an entity of its own)
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


def _title_words_joined(toks: list[Token], j: int, hi: int) -> int | None:
    """After a capitalised word, "and" and more capitalised words that end a title set off
    before a name: "the Minister for Trade *and Export Growth*, X" (issue 9, twenty-sixth
    session, helper visits40). The index after the "and", else ``None``."""
    if j + 1 >= hi or toks[j].low != "and":
        return None
    m = j + 1
    while m < hi and m <= j + 3 and toks[m].tag == "PROPN":
        m += 1
    if m == j + 1 or m + 1 >= hi or toks[m].tag != ",":
        return None
    ent = toks[m + 1].entity
    if toks[m + 1].tag != "ENT" or ent is None or ent.kind != "person" or ent.pronoun:
        return None
    return j + 1


def _title_of(toks: list[Token], k: int, b: int) -> bool:
    """Is the "of" at ``k`` inside a title before a name ("Secretary of State X", "Minister of
    the Interior X")?"""
    if toks[k].low != "of" or k + 1 > b or k == 0 or not toks[k - 1].text[:1].isupper():
        return False  # a lower-case noun before "of" heads its own phrase ("the visit of King X")
    j = _title_complement_end(toks, k, b + 1)
    if j is None or j > b:
        return False  # the sentence ends inside the "of" phrase
    ent = toks[j].entity
    return toks[j].tag == "ENT" and ent is not None and ent.kind == "person"


def _title_complement_end(toks: list[Token], k: int, hi: int) -> int | None:
    """After the "of" of a capitalised title at ``k`` ("Minister of the Interior", "Speaker of the
    House of Representatives"): the index past its capitalised words, each "of" phrase of them
    ("the" may open one), or ``None`` when the "of" takes no such words."""
    j = k
    while j < hi and toks[j].low == "of":
        start = j
        j += 1
        if j < hi and toks[j].low == "the":
            j += 1
        words = j
        while j < hi and toks[j].tag == "PROPN":
            j += 1
        if j == words and j + 1 < hi and toks[j + 1].tag == "ENT" and _state_word(toks[j]):
            j += 1  # "Chairman of the Cabinet of Ministers of Kyrgyzstan X": a state ends the chain
        if j == words and (start > k or j == k + 1):
            return None if start == k else start  # "of" and no capitalised word
    return j


def _state_word(tok: Token) -> bool:
    entity = tok.entity
    return tok.tag == "ENT" and entity is not None and entity.kind == "state"


def phrase_of(toks: list[Token], a: int, b: int) -> Phrase:
    """The :class:`Phrase` of tokens ``a``..``b``: its core up to the first preposition, and the
    prepositional phrases after it ("visit [to China] [by the president]")."""
    cut = b + 1
    for k in range(a + 1, b + 1):
        if toks[k].tag == "PREP" and not _title_of(toks, k, b):
            cut = k
            break
    head_i = cut - 1
    while head_i > a and toks[head_i].tag in ("GEN", "NUM", "TIME") and toks[head_i - 1].tag in HEADS:
        head_i -= 1
    core = toks[a:cut]
    ents = tuple([t.entity for t in core if t.entity is not None and t.entity.kind != "time"])
    if cut <= b:
        ents += _persons_joined_after(toks, cut, b, titled_only=not any(e.kind == "person" for e in ents))
    times = tuple(
        [t.entity.time for t in toks[a : b + 1] if t.entity is not None and t.entity.time is not None]
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
            owner = phrase_of(toks, a, k - 1)  # "the Pakistani president's visit"
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
            preps.append((toks[k].low, phrase_of(toks, k + 1, nxt - 1)))
        k = nxt
    head = toks[head_i]
    return Phrase(
        start=toks[a].start,
        end=toks[b].end,
        head=head.low if head.entity is None else head.text,
        head_span=(head.start, head.end),
        words=tuple([t.low for t in core]),
        entities=ents,
        possessor=possessor,
        possessors=possessors,
        owner=owner,
        times=times,
        preps=tuple(preps),
    )


def _persons_joined_after(toks: list[Token], a: int, b: int, *, titled_only: bool) -> tuple[Entity, ...]:
    """ "Minister A of Chile and Minister B of Peru": after a person's "of" phrase, the persons
    joined to the first by "and" (a title may stand before each) are the phrase's own; after any
    other phrase's ("members of the parliament and Foreign Minister B"), a titled person is."""
    out: list[Entity] = []
    for x in range(a, b):
        # "A of Malaysia, B of Thailand and C of Vietnam": a comma after a state joins a list too
        listed = toks[x].tag == "," and x > a and (e := toks[x - 1].entity) is not None and e.kind == "state"
        if (toks[x].tag != "CONJ" or toks[x].low != "and") and not listed:
            continue
        k = x + 1
        while k <= b and (toks[k].tag == "PROPN" or _demonym(toks[k])):
            k += 1
            if k <= b and toks[k].low == "of" and toks[k - 1].tag == "PROPN":
                # "and Speaker of the House of Representatives B": a title's own "of" phrases
                k = _title_complement_end(toks, k, b + 1) or k
        ent = toks[k].entity if k <= b and toks[k].tag == "ENT" else None
        if ent is not None and ent.kind == "person" and not ent.pronoun and (k > x + 1 or not titled_only):
            out.append(ent)
    return tuple(out)


def appositive(toks: list[Token], k: int) -> bool:
    """Is ``toks[k]`` a person's name in apposition (followed by a comma, the end, "and", "also")?"""
    return apposed_name_end(toks, k) is not None


_TITLE_WORDS_BEFORE_A_NAME = 4


def _body(tok: Token) -> bool:
    """Is the token a named body, as in a title ("Intelligence Service chief X")?"""
    return tok.tag == "ENT" and tok.entity is not None and tok.entity.kind == "organization"


def apposed_name_end(toks: list[Token], k: int, *, common_titles: bool = False) -> int | None:
    """The index of the person's name of an apposition starting at ``toks[k]``: the name itself, or
    after a capitalised title ("his counterpart, *Prime Minister* X,"), when a comma, the end,
    "and" or "also" follows it; ``None`` when no name in apposition starts there. With
    ``common_titles`` (the apposition follows a common noun) a title in lower case counts too ("his
    counterpart, *intelligence chief* X,")."""
    j = k
    if k + 1 < len(toks) and toks[k].low in ("his", "her") and toks[k + 1].tag == "PROPN":
        j = k + 1  # a form of address: ", His Excellency X,"
    title_tags = ("PROPN", "NOUN", "ADJ") if common_titles else ("PROPN",)
    while (
        j < len(toks)
        and j - k < _TITLE_WORDS_BEFORE_A_NAME
        and (toks[j].tag in title_tags or _demonym(toks[j]) or (common_titles and _body(toks[j])))
    ):
        j += 1
    if j >= len(toks):
        return None
    t = toks[j]
    if t.tag != "ENT" or t.entity is None or t.entity.kind != "person" or t.entity.pronoun:
        return None
    if j + 1 >= len(toks) or toks[j + 1].tag in (",", "END", "CONJ", "Q", "BRK") or toks[j + 1].low == "also":
        return j
    return None


_SUBJECT_OPENERS = frozenset(["SUB", "THAT", "Q", "BRK", "END"])


def coordinated_subject(toks: list[Token], s: int) -> int | None:
    """Start of "X, Y and" before the noun phrase at ``s``, when the list opens a clause (at the
    sentence start or after a subordinator): "Abe and Bush will hold talks"; ``None`` when the
    words before are an object ("met X and Y arrived")."""
    a = np_left(toks, s - 2, 0) if s >= 2 else None
    while a is not None and a >= 2 and toks[a - 1].tag == ",":
        left = np_left(toks, a - 2, 0)
        if left is None:
            break
        a = left
    if a is None:
        return None
    if a == 0 or toks[a - 1].tag in _SUBJECT_OPENERS:
        return a
    if toks[a - 1].low in W.JOINT_SUBJECT_PARTICIPLES and (a == 1 or toks[a - 2].tag in _SUBJECT_OPENERS):
        return a  # "Visiting President A and Chancellor B held talks": both are the subject
    if toks[a - 1].tag == "PREP" and any(t.low == "between" for t in toks[a - 1 : s - 1]):
        return _noun_before_between(toks, a - 1)
    return None


def _noun_before_between(toks: list[Token], k: int) -> int | None:
    """ "Talks in Accra between A and B ended": the "and" joins the two sides of "between", so the
    subject starts at the noun phrase (with its prepositional phrases) that opens the clause."""
    while k >= 1:
        left = np_left(toks, k - 1, 0)
        if left is None:
            return None
        if left == 0 or toks[left - 1].tag in _SUBJECT_OPENERS:
            return left
        if toks[left - 1].tag != "PREP":
            return None
        k = left - 1
    return None

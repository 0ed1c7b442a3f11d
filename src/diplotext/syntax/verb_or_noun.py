"""Words that can be a verb or a noun ("visit", "talks", "planned"), settled by their neighbours:
:func:`settle` makes each ``V?`` token of a tagged sentence (:mod:`diplotext.syntax.tokens`) a
``VERB``, with its lemma and form kind (``base``, ``s``, ``ed``, ``past``, ``pp``, ``ing``), or a
``NOUN`` ("the planned visit", "officials visit X", "the talks ended", "after arriving").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from diplotext import lexicon
from diplotext.syntax import words as W

if TYPE_CHECKING:
    from diplotext.syntax.tokens import Token

__all__ = ["settle"]

_NOUNISH = frozenset(["DET", "POSS", "GEN", "NUM"])
_NP_START = frozenset(["DET", "ENT", "POSS", "PROPN", "NUM", "TIME", "OPRON"])
_SUBJECTISH = frozenset(["ENT", "PRON", "PROPN", "REL", "THAT"])
_PLURAL_MODIFIERS: Final = lexicon.words("grammar", "plural modifiers")
_MOTION_VERBS: Final = lexicon.words("grammar", "motion verbs with no noun reading")
_ING_BEFORE_A_TITLE: Final = lexicon.words("grammar", "ing words before a title")
_OFFENCE_GERUNDS: Final = lexicon.words("grammar", "offence gerunds")
_HEDGES: Final = lexicon.words("grammar", "hedging participles before a bare noun")
_BARE_NOUN: Final = frozenset(["NOUN", "V?", "ADJ"])
_NO_OBJECT: Final = frozenset([",", "END", "PREP", "CONJ", "Q", "BRK"])
_CHARGE_NOUNS: Final = lexicon.words("grammar", "charge nouns after an offence gerund")


def _second_clause_motion(toks: list[Token], i: int) -> bool:
    """``toks[i]`` (an -s form after "and", before a preposition) is a motion verb that opens the
    second half of a coordinated clause: "He was in Ghana last week and *arrives* in Nigeria on
    Thursday" (but "talks and visits to X", "his talks and travels in X": nouns after a noun)."""
    if i < 2 or not any(lemma in _MOTION_VERBS for lemma, kind in toks[i].forms if kind == "s"):
        return False
    if toks[i - 2].tag in ("NOUN", "V?", "DET", "POSS", "GEN"):
        return False
    return any(t.tag in ("VERB", "AUX") for t in toks[: i - 1])


def _kinds(tok: Token) -> set[str]:
    return {k for _, k in tok.forms}


def _after_parenthesis(toks: list[Token], comma: int) -> bool:
    """Does the comma at ``comma`` close a verbless parenthesis that follows a name ("Sato, the
    Japanese prime minister,")? Then a word after it is the name's verb."""
    k = comma - 1
    lo = max(0, comma - 12)
    while k > lo and toks[k].tag not in (",", "END", "Q", "BRK"):
        if toks[k].tag in ("VERB", "V?", "AUX", "MODAL", "REL", "THAT", "SUB", "CONJ"):
            return False
        k -= 1
    named = toks[k + 1].entity if comma - k == 2 else None
    if k > 0 and toks[k].tag == "," and named is not None and named.kind == "person":
        # "Mongolia's president, X, arrives": a name set off after the title it names
        return toks[k - 1].tag in ("NOUN", "PROPN", "ENT")
    return (
        k > 0
        and toks[k].tag == ","
        and toks[k - 1].tag in ("ENT", "PROPN")
        # "Sato, the Japanese prime minister, arrives", "X's visit to Peru, the first in years, begins"
        and (k < 2 or toks[k - 2].tag in ("ENT", "PROPN", "END", "Q", "BRK", "DET", "PREP", "TO"))
    )


_AFTER_A_VERB: Final = frozenset(["PREP", "TO", "ENT", "PROPN", "DET", "TIME"])


def _after_a_relative(toks: list[Token], comma: int) -> bool:
    """Does the comma at ``comma`` close a relative clause set off after a name ("Costa, who
    visited Angola in 2008,")? Then a word after it is the name's verb ("... returns to Luanda")."""
    lo = max(1, comma - 25)
    for k in range(comma - 2, lo, -1):
        tag = toks[k].tag
        if tag in ("END", "Q", "BRK"):
            return False
        if tag == "REL" and toks[k - 1].tag == "," and k >= 2:
            return toks[k - 2].tag in ("ENT", "PROPN")
    return False


_LIST_NEXT: Final = frozenset([",", "CONJ", "END", "BRK", "Q"])
_ASIDE_STOPS: Final = frozenset(
    ["VERB", "V?", "AUX", "MODAL", "REL", "THAT", "SUB", "CONJ", ",", "END", "Q", "BRK"]
)


def _after_a_participle_aside(toks: list[Token], comma: int) -> bool:
    """Does the comma at ``comma`` close a past-participle phrase set off after the sentence's
    first noun phrase ("The report, published in May,", "The lawsuit, filed in Ohio last week,")?
    Then a word after it is the noun phrase's verb ("... says the firm misled buyers")."""
    k = comma - 1
    lo = max(0, comma - 12)
    while k > lo and toks[k].tag not in _ASIDE_STOPS:
        k -= 1
    participle = toks[k]
    if k <= 1 or participle.tag != "VERB" or not (_kinds(participle) & {"ed", "pp"}):
        return False
    opening = k - 1
    if toks[opening].tag != "," or toks[opening - 1].tag not in ("NOUN", "ENT", "PROPN"):
        return False
    for j in range(opening - 1, max(-1, opening - 15), -1):
        tag = toks[j].tag
        if tag in ("END", "Q", "BRK"):
            return True
        if tag in _ASIDE_STOPS:
            return False
    return opening - 15 < 0


_OF_CHAIN: Final = frozenset(["ENT", "PROPN", "NOUN", "ADJ", "DET", "POSS", "GEN"])


_OBJECT_INSIDE: Final = frozenset(["NOUN", "ADJ", "PROPN", "ENT"])


def _inside_an_object(toks: list[Token], j: int) -> bool:
    """Is the noun at ``j`` inside a noun phrase that opens with a determiner right after a verb
    ("signed [an economic cooperation] ...")? A word after it is then the phrase's own noun."""
    k = j
    while k >= 0 and toks[k].tag in _OBJECT_INSIDE:
        k -= 1
    return k >= 1 and toks[k].tag in ("DET", "POSS") and toks[k - 1].tag == "VERB"


def _inside_prepositional_object(toks: list[Token], j: int) -> bool:
    """Is the name at ``j`` the end of an "of" chain that a preposition governs ("in defiance of
    UN", "on behalf of EU")? A word right after it is then a noun of that phrase, not a verb whose
    subject it is (but "Police in Kenya say", "The leader of Hamas says" have subjects)."""
    crossed_of = False
    k = j
    while k >= 0 and (toks[k].tag in _OF_CHAIN or toks[k].low == "of"):
        crossed_of = crossed_of or toks[k].low == "of"
        k -= 1
    return crossed_of and k >= 0 and toks[k].tag == "PREP" and toks[k].low not in W.SUBORDINATORS


def _after_an_article(toks: list[Token], j: int) -> bool:
    """Does a run of capitalised names and modifiers ending at ``j`` open with "a", "an" or "the"
    ("a three-nation Gulf", "the Kenya")? A base form after it is a noun, not the verb of a singular
    subject."""
    k = j
    while k >= 0 and j - k < 4 and toks[k].tag in ("PROPN", "NOUN", "ADJ", "NUM"):
        k -= 1
    return k >= 0 and toks[k].tag == "DET" and toks[k].low in ("a", "an", "the")


def _title_before_a_name(prev: Token | None, prev2: Token | None, nxt: Token | None) -> bool:
    """Is a base form between a singular noun or demonym and a name a title, not a verb (a singular
    subject takes "-s": "the opposition figure X", "Argentine captain Y"; not "officials visit X",
    "police want X", "Britain and France want X")?"""
    if prev is None or nxt is None or nxt.tag not in ("ENT", "PROPN") or not nxt.text[:1].isupper():
        return False
    if prev.low.endswith("s") or prev.low in W.PLURAL_NOUNS or (prev2 is not None and prev2.tag == "CONJ"):
        return False
    if prev.tag == "NOUN":
        # (or a bare title opening a verb's object: "to extradite opposition figure X")
        return prev2 is not None and prev2.tag in ("DET", "ENT", "ADJ", "NOUN", "VERB")
    return prev.tag == "ENT" and prev.entity is not None and prev.entity.place_kind == "demonym"


def _demonstrative_object(prev: Token | None, prev2: Token | None, tok: Token, nxt: Token | None) -> bool:
    """Is "that" before an -ing noun a demonstrative opening a verb's object ("reversed that
    ruling and", "attended that meeting."), not a relative pronoun before its verb?"""
    if prev is None or prev.low != "that" or prev2 is None or prev2.tag != "VERB":
        return False
    return tok.low in W.ING_NOUNS and nxt is not None and nxt.tag in (",", "END", "CONJ")


_CHAIN_BACK: Final = 3


def _long_subject_then_place(toks: list[Token], i: int) -> bool:
    """Is the "-s" word at ``i`` the verb of a subject of two or three words ("the deputy
    secretary flies to Port Vila"): singular nouns and adjectives back to a determiner, and a
    preposition with a name or a time right after it?"""
    if i + 2 >= len(toks) or toks[i + 1].tag not in ("PREP", "TO") or toks[i + 2].tag not in ("ENT", "TIME"):
        return False
    if toks[i - 1].low.endswith("s"):
        return False
    for j in range(i - 2, max(-1, i - 2 - _CHAIN_BACK), -1):
        if toks[j].tag in ("DET", "POSS", "GEN"):
            return True
        if toks[j].tag not in ("NOUN", "ADJ"):
            return False
    return False


def _modal_then_time(toks: list[Token], i: int) -> bool:
    """Does a time stand between a modal and the word at ``i`` ("will this month hear", "will on
    Monday visit")?"""
    j = i - 1
    if j < 1 or toks[j].tag != "TIME":
        return False
    j -= 1
    if toks[j].tag == "PREP" and j > 0:
        j -= 1
    return toks[j].tag == "MODAL"


def settle(toks: list[Token]) -> None:
    """Decide each verb-or-noun word (``V?``) from its neighbours: ``VERB`` (with ``lemma`` and
    ``vkind``) or ``NOUN``."""
    n = len(toks)
    infinitives = False  # a modal or "to" seen: "will hold talks, meet X and deliver ..."
    for i, tok in enumerate(toks):
        if tok.tag in ("MODAL", "TO"):
            infinitives = True
        elif tok.tag in ("END", "Q", "BRK"):
            infinitives = False
        if tok.tag != "V?":
            continue
        prev = toks[i - 1] if i > 0 else None
        prev2 = toks[i - 2] if i > 1 else None
        if prev2 is not None and prev is not None and prev.tag == "NEG" and prev2.tag == "ADV" and i > 2:
            prev2 = toks[i - 3]  # "has still not responded": the auxiliary before the adverb
        nxt = toks[i + 1] if i + 1 < n else None
        kinds = _kinds(tok)
        ptag = prev.tag if prev is not None else ""
        if (
            tok.low in _ING_BEFORE_A_TITLE
            and nxt is not None
            and (
                nxt.tag == "PROPN"
                or (
                    nxt.tag == "ENT"
                    and nxt.entity is not None
                    and (nxt.entity.kind == "person" or nxt.entity.place_kind == "demonym")
                )
            )
        ):
            tok.tag = "NOUN"  # "met acting Foreign Minister X": the title's modifier
            continue
        if (
            tok.low in _HEDGES
            and ptag == ","
            and nxt is not None
            and nxt.tag in _BARE_NOUN
            and nxt.text[:1].islower()
        ):
            tok.tag = "NOUN"  # "X, alleged leader of a gang, to Y": an apposition with no article
            continue
        if tok.low in _OFFENCE_GERUNDS and (
            (nxt is not None and nxt.low in _CHARGE_NOUNS)
            # "accused of money laundering, to X", "charged with smuggling in Y": the offence named
            or (ptag in ("NOUN", "PREP") and (nxt is None or nxt.tag in _NO_OBJECT))
        ):
            tok.tag = "NOUN"  # "on smuggling charges", "a drug trafficking ring": the noun's modifier
            continue
        verb: str | None = None  # the form kind chosen
        if (
            nxt is not None
            and ("s" in kinds or "base" in kinds)
            and not kinds & {"ed", "past", "ing"}
            and (nxt.tag in ("AUX", "MODAL") or (nxt.tag == "V?" and _kinds(nxt) & {"ed", "past"}))
            and ptag not in ("TO", "MODAL", "AUX", "PRON", "NEG")
        ):
            tok.tag = "NOUN"  # "the talks ended", "visits will resume": a noun before its verb
            continue
        if (
            ptag in ("TO", "MODAL")
            or _modal_then_time(toks, i)
            or (ptag == "NEG" and prev2 is not None and prev2.tag in ("MODAL", "AUX", "TO"))
        ):
            verb = "base" if "base" in kinds else None
            adjective = tok.low == "visiting" and not (
                nxt is not None and nxt.entity is not None and nxt.entity.place_kind in ("country", "city")
            )
            if verb is None and ptag == "TO" and "ing" in kinds and not adjective:
                # "looks forward to welcoming X", "committed to expanding ties" (but "announced to
                # visiting Minister X": an adjective)
                verb = "ing"
            if verb is None and ptag == "NEG":
                verb = next(iter(kinds))
        elif ptag == "AUX" or (
            ptag in ("ADV", "NEG") and prev2 is not None and prev2.tag in ("AUX", "MODAL")
        ):
            aux = prev if ptag == "AUX" else prev2
            assert aux is not None
            lemma = W.AUXILIARIES.get(aux.low, ("", "", False))[0] if aux.tag == "AUX" else "modal"
            if lemma == "be":
                verb = "ing" if "ing" in kinds else "ed" if "ed" in kinds else "pp" if "pp" in kinds else None
                if verb is None and "base" in kinds and aux.low in ("be",):
                    verb = None
            elif lemma == "have":
                verb = "ed" if "ed" in kinds else "pp" if "pp" in kinds else None
            elif lemma in ("do", "modal"):
                verb = "base" if "base" in kinds else None
        elif (
            ptag in _NOUNISH
            or (ptag == "ADV" and prev2 is not None and prev2.tag in _NOUNISH)
            # "his alleged role" (but "his visiting counterpart" is read as a participle)
            or (prev is not None and ptag == "ENT" and prev.low in W.POSSESSIVES and "ing" not in kinds)
        ):
            verb = None  # "the planned visit", "his visit", "three visits"
        elif ptag == "PREP":
            verb = "ing" if "ing" in kinds else None  # "after arriving"
        elif ptag in ("PRON",):
            verb = next((k for k in ("s", "ed", "past", "base") if k in kinds), None)
        elif ptag in ("ENT", "PROPN", "REL", "THAT", "OPRON"):
            # "Cohen arrived", "China welcomes", "who visited", "told him visiting ..."
            verb = next((k for k in ("ed", "past", "s", "ing", "pp") if k in kinds), None)
            if verb == "ing" and tok.low in W.ING_NOUNS and prev2 is not None and prev2.tag in _NOUNISH:
                verb = None  # "the APEC meeting in Shanghai": the name modifies the noun
            if verb == "ing" and _demonstrative_object(prev, prev2, tok, nxt):
                verb = None  # "the court reversed that ruling and granted ...": "that" points
            if (
                verb is None
                and "base" in kinds
                and (
                    ptag in ("REL", "THAT")
                    or (nxt is not None and nxt.tag in _NP_START)
                    or (prev2 is not None and prev2.tag == "THAT")  # "requested that Peru extradite drug ..."
                    # "demanded that the United States extradite cleric X"
                    or (prev2 is not None and prev2.tag == "DET" and i > 2 and toks[i - 3].tag == "THAT")
                )
            ):
                verb = "base"  # "who visit", "that Germany extradite X", "Britain and France want"
            if (
                verb == "s"
                and nxt is not None
                and nxt.tag in ("PREP", "TO", ",", "END", "CONJ")
                and ptag == "PROPN"
            ):
                verb = None  # "Heritage visits to ..." is a noun
            if (
                verb == "s"
                and tok.low in _PLURAL_MODIFIERS
                and nxt is not None
                and nxt.tag in ("NOUN", "V?")
                and nxt.text[:1].islower()
            ):
                verb = None  # "a Paris appeals court": a modifier of the noun after it
            if verb in ("s", "base") and _inside_prepositional_object(toks, i - 1):
                verb = None  # "in defiance of UN sanctions against X": a noun of the phrase
            if verb == "base" and ptag == "PROPN" and _after_an_article(toks, i - 1):
                verb = None  # "on a three-nation Gulf tour next week": a singular name takes no base verb
        elif ptag == "NOUN":
            # "the president visited", "officials visit": a verb when the noun starts a phrase
            if "ed" in kinds or "past" in kinds:
                verb = "ed" if "ed" in kinds else "past"
            elif "ing" in kinds:
                verb = None if tok.low in W.ING_NOUNS else "ing"  # "a summit meeting"
            elif (
                ("s" in kinds or "base" in kinds)
                and nxt is not None
                and (
                    nxt.tag in _NP_START
                    # "its constitution bars it from": an object pronoun after it ("it" is tagged
                    # as a subject pronoun too)
                    or (nxt.tag == "PRON" and nxt.low in W.OBJECT_PRONOUNS and "s" in kinds)
                    or (
                        nxt.tag == "TO"
                        and (tok.low in W.CATENATIVES or tok.low in ("wants", "plans", "hopes", "seeks"))
                    )
                )
            ):
                verb = "s" if "s" in kinds else "base"  # "officials visit X", "police want to"
                if nxt.tag == "TIME" and _inside_an_object(toks, i - 1):
                    verb = None  # "signed an economic cooperation plan Friday": the object's noun
            elif (
                "s" in kinds
                and tok.low not in W.PLURAL_NOUNS
                and prev2 is not None
                and prev2.tag in ("DET", "POSS", "GEN")
                and (nxt is None or nxt.tag in ("PREP", "SUB", "ADV", "TIME", ",", "END", "TO"))
            ):
                verb = "s"  # "the offer comes as", "the minister arrives in"
            elif "s" in kinds and tok.low not in W.PLURAL_NOUNS and _long_subject_then_place(toks, i):
                verb = "s"  # "the deputy secretary flies to Port Vila on Wednesday"
            elif "base" in kinds and tok.low in W.COPULAS and prev is not None and prev.low.endswith("s"):
                verb = "base"  # "gaps remain before", "the leaders seem ready": a copula after a plural
        elif ptag in (",", "CONJ", "BRK", "Q", "SUB", "") or prev is None:
            if (
                "base" in kinds
                and infinitives
                and ptag in (",", "CONJ")
                and nxt is not None
                and (nxt.tag in _NP_START or nxt.tag == "PREP")
            ):
                verb = "base"
            elif "ing" in kinds:
                verb = "ing"
            elif "ed" in kinds or "past" in kinds or "pp" in kinds:
                verb = next(k for k in ("ed", "past", "pp") if k in kinds)
            elif (
                ptag == "CONJ"
                and ("s" in kinds or "base" in kinds)
                and nxt is not None
                and nxt.tag not in ("PREP", ",", "END", "CONJ", "BRK", "Q")
            ):
                verb = "s" if "s" in kinds else "base"
            elif (
                ptag == "CONJ"
                and "s" in kinds
                and nxt is not None
                and nxt.tag == "PREP"
                and (_second_clause_motion(toks, i))
            ):
                verb = "s"
            elif (
                ptag == ","
                and "s" in kinds
                and (
                    (tok.low not in W.PLURAL_NOUNS and _after_parenthesis(toks, i - 1))
                    # "Costa, who visited Angola in 2008, returns to Luanda": even a word most
                    # often a noun, when a phrase or a time follows it
                    or (
                        (tok.low not in W.PLURAL_NOUNS or (nxt is not None and nxt.tag in _AFTER_A_VERB))
                        and (
                            _after_a_relative(toks, i - 1)
                            # not a list's next noun ("Paintings, framed in oak, prints and maps")
                            or (
                                nxt is not None
                                and nxt.tag not in _LIST_NEXT
                                and _after_a_participle_aside(toks, i - 1)
                            )
                        )
                    )
                )
            ):
                verb = "s"  # "Sato, the Japanese prime minister, arrives in Washington"
        elif ptag == "ADV":
            verb = next((k for k in ("ed", "past", "s", "ing") if k in kinds), None)
            if (
                verb is None
                and "base" in kinds
                and infinitives
                and prev2 is not None
                and prev2.tag == "CONJ"
                and nxt is not None
                and (nxt.tag in _NP_START or nxt.tag in ("PREP", "TO"))
            ):
                verb = "base"  # "will meet X on Monday and then fly to Y": as after a bare "and"
        elif ptag == "TIME":
            verb = next((k for k in ("ed", "past", "s") if k in kinds), None)
            if verb is None and "ing" in kinds and (prev2 is None or prev2.tag == ","):
                verb = "ing"  # "X, currently visiting Y, said"
        elif ptag == "VERB":
            # "began visiting", "stop talking"
            verb = "ing" if "ing" in kinds else None
        if verb == "base" and _title_before_a_name(prev, prev2, nxt):
            verb = None  # "the Cambodian opposition figure X", "former Argentine captain Y"
        if verb is None:
            tok.tag = "NOUN"
            continue
        tok.tag = "VERB"
        tok.vkind = verb
        tok.lemma = next(lemma for lemma, k in tok.forms if k == verb)

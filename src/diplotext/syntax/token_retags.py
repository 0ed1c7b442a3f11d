"""Passes over a sentence's tagged tokens that read a word again by its neighbours, run by
:func:`.tokens.tokenize`: contractions and compound prepositions ("won't", "according to"), an
adverb inside a verb group ("is himself due", "has long sought"), "early"/"late" before a
time, "then" before a title, the quote marks around a short quoted run inside a clause, and
"to" before a verb or a noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from diplotext import lexicon

if TYPE_CHECKING:
    from diplotext.syntax.tokens import Token

_COMPOUND_PREPS = frozenset(
    [
        ("according", "to"),
        ("ahead", "of"),
        ("prior", "to"),
        ("because", "of"),
        ("instead", "of"),
        ("due", "to"),
        ("out", "of"),
        ("in", "front"),
        ("on", "behalf"),
        ("as", "part"),
    ]
)
_PRON_BE = frozenset(["he", "she", "it", "that", "there", "what", "who", "here"])
_COMPOUND_FIRST = frozenset(first for first, _ in _COMPOUND_PREPS)
_CLITIC_TAGS = frozenset(["GEN", "MODAL", "AUX", "NEG"])
"""The tags :func:`_contractions` reads a word of (after the first word of a compound preposition)."""

_ADVERBS_AFTER_AN_AUXILIARY = lexicon.words("grammar", "adverbs after an auxiliary")

_THEN_AS_TIME: Final = lexicon.words("grammar", "prepositions before then as a time")
_THEN_AFTER_A_NOUN: Final = lexicon.words("grammar", "prepositions before then after a noun")


def _emphatic_reflexives(toks: list[Token]) -> None:
    """ "is himself due to attend", "will herself travel": a reflexive right after an auxiliary or
    a modal (a pronoun entity the actors resolved, or a plain word) stands inside the verb group."""
    for i in range(1, len(toks)):
        tok = toks[i]
        if tok.low in _ADVERBS_AFTER_AN_AUXILIARY and toks[i - 1].tag in ("AUX", "MODAL"):
            tok.tag = "ADV"
            tok.entity = None


def _adverbs_before_a_participle(toks: list[Token]) -> None:
    """ "India has long sought X", "he had long been wanted": "long" between an auxiliary and a
    participle stands inside the verb group (not "had long talks": a noun follows); so does "yet"
    after the auxiliary's negation ("has not yet requested X")."""
    for i in range(1, len(toks) - 1):
        tok, nxt = toks[i], toks[i + 1]
        if tok.low not in _ADVERBS_BEFORE_A_PARTICIPLE:
            continue
        if _between_auxiliary_and_participle(toks, i, nxt):  # "has not yet requested"
            tok.tag = "ADV"
            tok.entity = None


def _adverb_pairs_before_a_participle(toks: list[Token]) -> None:
    """ "Libya has so far ignored the request", "has thus far refused to hand him over": a
    two-word adverb between an auxiliary and a participle is part of the verb group (before, "so
    far" was read as the subject of "ignored")."""
    for i in range(1, len(toks) - 2):
        first, second, nxt = toks[i], toks[i + 1], toks[i + 2]
        if (first.low, second.low) not in _ADVERB_PAIRS:
            continue
        if _between_auxiliary_and_participle(toks, i, nxt):  # "has not so far replied"
            for tok in (first, second):
                tok.tag = "ADV"
                tok.entity = None


def _between_auxiliary_and_participle(toks: list[Token], i: int, nxt: Token) -> bool:
    """Do the words from ``i`` stand after an auxiliary or modal (a negation between allowed) and
    before ``nxt``, a participle or "been"?"""
    before = toks[i - 1]
    if before.tag == "NEG" and i > 1:
        before = toks[i - 2]
    if before.tag not in ("AUX", "MODAL"):
        return False
    participle = nxt.tag in ("VERB", "V?") and any(k in ("ed", "pp") for _, k in nxt.forms)
    return participle or (nxt.tag == "AUX" and nxt.low == "been")


_ADVERB_PAIRS: Final = frozenset(
    tuple(pair.split())
    for pair in lexicon.words("grammar", "two-word adverbs between an auxiliary and a participle")
)
_ADVERB_PAIR_SECONDS: Final = tuple({second for _, second in _ADVERB_PAIRS})

_ADVERBS_BEFORE_A_PARTICIPLE: Final = lexicon.words(
    "grammar", "adverbs between an auxiliary and a participle"
)
_ADVERB_BEFORE_A_PARTICIPLE_WORDS: Final = tuple(_ADVERBS_BEFORE_A_PARTICIPLE)


def _early_or_late_before_a_time(toks: list[Token]) -> None:
    """ "landed in Lima late on Tuesday", "arrived early Monday": "late"/"early" before a time or
    its preposition tell when, they are no word of the noun phrase before them."""
    for i, tok in enumerate(toks[:-1]):
        if (
            tok.low in _TIME_ADVERBS
            and tok.tag == "NOUN"
            and i > 0
            and toks[i - 1].tag in ("ENT", "PROPN", "NOUN", "V?", "VERB")
        ):
            nxt = toks[i + 1]
            if nxt.tag == "TIME" or (nxt.tag == "PREP" and i + 2 < len(toks) and toks[i + 2].tag == "TIME"):
                tok.tag = "ADV"


_TIME_ADVERBS: Final = lexicon.words("grammar", "adverbs before a time")
_TIME_ADVERB_WORDS: Final = tuple(_TIME_ADVERBS)
_ADVERB_AFTER_AN_AUXILIARY_WORDS: Final = tuple(_ADVERBS_AFTER_AN_AUXILIARY)


_PARTICIPLE_PREPOSITIONS: Final = lexicon.words("grammar", "participles used as prepositions")
_PARTICIPLE_PREPOSITION_WORDS: Final = tuple(_PARTICIPLE_PREPOSITIONS)
_NOT_BEFORE_A_PREPOSITION: Final = frozenset(["DET", "AUX", "GEN", "POSS", "ADJ", "NUM"])
_NOUN_PHRASE_OPENERS: Final = frozenset(["NOUN", "DET", "POSS", "ENT", "PROPN", "ADJ"])


def _participles_as_prepositions(toks: list[Token]) -> None:
    """ "held in Lisbon pending extradition", "freed pending an appeal": "pending" before a noun
    phrase is a preposition, not a word of the noun phrase before it; after a determiner, an
    auxiliary or an adjective it stays what it was ("the pending case", "is pending")."""
    for i, tok in enumerate(toks[:-1]):
        if (
            tok.low in _PARTICIPLE_PREPOSITIONS
            and tok.tag == "NOUN"
            and i > 0
            and toks[i - 1].tag not in _NOT_BEFORE_A_PREPOSITION
            and toks[i + 1].tag in _NOUN_PHRASE_OPENERS
        ):
            tok.tag = "PREP"


def _then_before_a_title(toks: list[Token]) -> None:
    """ "a visit from then Finance Minister X", "then-Secretary of State Y": "then" before a
    capitalised title or name modifies it (a word of the noun phrase), not the clause."""
    for i, tok in enumerate(toks[:-1]):
        if tok.low != "then" or tok.tag != "ADV":
            continue
        j = i + 1
        if toks[j].tag == "SYM" and toks[j].text == "-" and j + 1 < len(toks):
            j += 1
        elif i == 0 or toks[i - 1].tag != "PREP" or toks[i - 1].low in _THEN_AS_TIME:
            continue  # "since then President X has ...": "then" is the time
        elif toks[i - 1].low in _THEN_AFTER_A_NOUN and not (i > 1 and toks[i - 2].tag in ("NOUN", "V?")):
            continue  # "by then X had left"; but "a visit by then Finance Minister X"
        if toks[j].tag in ("PROPN", "ENT") or (toks[j].text[:1].isupper() and toks[j].tag == "NOUN"):
            tok.tag = "NOUN"
            if j == i + 2:
                toks[i + 1].tag = "NOUN"  # the hyphen of "then-Secretary" stays inside the phrase


_MAX_INLINE_QUOTE = 12
"""Longest quoted run (tokens) read as part of the clause around it."""

_NOT_BEFORE_INLINE = frozenset([",", "END", "BRK", "Q", "SYM"])


def _inline_quotes(toks: list[Token]) -> list[Token]:
    """Drop the quote marks around a short quoted run inside a clause (he was "very satisfied"
    with, described as "a turning point" by), so the clause reads on across them. A quote that
    opens a sentence or follows punctuation stays: it frames speech, not a phrase."""
    drop: set[int] = set()
    n = len(toks)
    k = 1
    while k < n:
        if toks[k].tag == "Q" and toks[k - 1].tag not in _NOT_BEFORE_INLINE:
            close = None
            for j in range(k + 1, min(n, k + 2 + _MAX_INLINE_QUOTE)):
                tag = toks[j].tag
                if tag == "Q":
                    close = j
                    break
                if tag in ("END", "BRK"):
                    break
            if close is not None and close > k + 1:
                drop.update((k, close))
                k = close
        k += 1
    return [t for i, t in enumerate(toks) if i not in drop] if drop else toks


def _infinitive_markers(toks: list[Token]) -> None:
    """ "to" is an infinitive marker only before a verb ("to visit"); else a preposition ("to China")."""
    n = len(toks)
    for i, t in enumerate(toks):
        if t.tag != "TO":
            continue
        k = i + 1
        while k < n and toks[k].tag in ("ADV", "NEG"):
            k += 1
        if not (
            k < n
            and (
                (toks[k].tag == "VERB" and toks[k].vkind == "base")
                or (toks[k].tag == "AUX" and toks[k].low in ("be", "have", "do"))  # "to do so"
            )
        ):
            t.tag = "PREP"


def _contractions(toks: list[Token]) -> bool:
    """Read compound prepositions ("according to") and clitics ("'ll", "won't"); ``True`` when a
    token was given a lower-case form that is not its own word's."""
    rewritten = False
    for i, t in enumerate(toks):
        if t.low not in _COMPOUND_FIRST and t.tag not in _CLITIC_TAGS:
            continue  # most words: neither half of a compound preposition nor a clitic
        if (
            i + 1 < len(toks)
            and (t.low, toks[i + 1].low) in _COMPOUND_PREPS
            # "due to visit", "due to be extradited": an infinitive, not one preposition
            and not (
                i + 2 < len(toks)
                and (any(k == "base" for _, k in toks[i + 2].forms) or toks[i + 2].low in ("be", "have"))
            )
        ):
            t.tag = "PREP"  # "according to", "ahead of": one preposition
            t.forms = ()
            t.low = f"{t.low} {toks[i + 1].low}"
            toks[i + 1].tag = "PART"
            rewritten = True
            continue
        own = t.low
        if t.tag == "GEN" and i > 0 and toks[i - 1].low in _PRON_BE:
            t.tag = "AUX"  # "he's", "it's"
            t.low = "is"
        elif t.tag == "MODAL" and t.low in ("'d", "’d"):
            t.low = "would"
        elif t.tag == "MODAL" and t.low in ("'ll", "’ll"):
            t.low = "will"
        elif t.tag == "AUX" and t.low in ("'re", "’re"):
            t.low = "are"
        elif t.tag == "AUX" and t.low in ("'ve", "’ve"):
            t.low = "have"
        elif t.tag == "AUX" and t.low in ("'m", "’m"):
            t.low = "am"
        if t.tag == "NEG" and i > 0 and toks[i - 1].low in ("wo", "ca", "sha"):
            toks[i - 1].tag = "MODAL"
            toks[i - 1].low = {"wo": "will", "ca": "can", "sha": "will"}[toks[i - 1].low]
            rewritten = True
        if t.low != own:
            rewritten = True
    return rewritten

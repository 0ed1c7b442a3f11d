"""Tokens of one sentence with a coarse word class each, entity units kept whole.

Tags: ``ENT`` (an entity unit: person, state, place, organisation), ``TIME`` (a temporal
expression), ``DET``, ``POSS`` (his, her, its ...), ``GEN`` (possessive 's), ``PRON`` (subject
pronoun), ``OPRON`` (object pronoun), ``REL`` (who, which ...), ``THAT``, ``PREP``, ``TO``,
``CONJ``, ``SUB`` (subordinator), ``AUX`` (be, have, do), ``MODAL``, ``NEG``, ``ADV``, ``VERB``,
``NOUN`` (common nouns and adjectives), ``PROPN``, ``NUM``, ``,``, ``BRK`` (; : dashes and
brackets), ``Q`` (quotation marks) and ``END``. A word that can be a verb or a noun ("visit",
"talks", "planned") is settled by its neighbours (:func:`.verb_or_noun.settle`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from diplotext import lexicon
from diplotext.asciitwin import compile_ascii
from diplotext.syntax import words as W
from diplotext.syntax.token_passes import there_after_a_noun, without_bracketed_acronyms
from diplotext.syntax.types import Entity
from diplotext.syntax.verb_or_noun import settle

__all__ = ["Token", "tokenize"]

_TITLES = "|".join(lexicon.longest_first(w.capitalize() for w in W.TITLE_ABBREVIATIONS))


def _word_source(*, upper: str, lower: str, letter: str, alnum: str, alnum_mark: str, not_space: str) -> str:
    """The token pattern, with its character classes given (Unicode, or ASCII)."""
    return (
        # first, a word no hyphen, period, ampersand, slash or apostrophe follows (most tokens; but not
        # "cannot"): no branch before its twin below can match where it does, so trying it first
        # gives the same tokens without trying those branches at every word
        rf"(?![Cc]annot\b){alnum}{alnum_mark}*+(?![-.&/'’])"
        # "Gen." before a name (or before an entity, where the search stops): the period is the title's
        rf"|\b(?:{_TITLES})\.(?=[ \t]+{upper}|[ \t]*$)"
        rf"|(?:{upper}\.){{2,}}"  # U.S., U.N.
        rf"|\b[Tt]hen(?=-{upper})"  # "then-Secretary of State X": "then" and the title
        rf"|(?={letter}++['’]t\b){letter}+(?=n['’]t\b)"  # "do" of "don't" (only tried before "'t")
        r"|\b[Cc]an(?=not\b)|(?<=\b[Cc]an)not\b"  # "cannot": "can" and "not"
        r"|n['’]t\b"
        r"|['’](?:s|re|ve|ll|d|m)\b"
        # a word no hyphen, period, ampersand, slash or apostrophe follows (most), matched before the
        # branch that loops over the parts of "al-Assad", "7.5", "AT&T", "O'Brien" (the same tokens)
        rf"|{alnum}{alnum_mark}*+(?![-.&/'’])"
        rf"|{alnum}{alnum_mark}*(?:[-.&/]{alnum}+|['’](?![sd]\b|ll\b|re\b|ve\b){letter}+"
        # a compound broken at the end of a line: "rebel- held", "three- nation" (not "pro- and anti-")
        rf"|-[ ](?!(?:and|or|nor|to)\b){lower}+)*"
        rf"|-{{2,}}|{not_space}"
    )


_WORD = regex.compile(
    _word_source(
        upper=r"\p{Lu}",
        lower=r"\p{Ll}",
        letter=r"\p{L}",
        alnum=r"[\p{L}\p{N}]",
        alnum_mark=r"[\p{L}\p{M}\p{N}]",
        not_space=r"[^\s]",
    ),
    regex.VERSION1,
)
_WORD_ASCII = compile_ascii(
    _word_source(
        upper="[A-Z]",
        lower="[a-z]",
        letter="[A-Za-z]",
        alnum="[A-Za-z0-9]",
        alnum_mark="[A-Za-z0-9]",
        not_space=r"[^\t\n\x0b\x0c\r ]",
    ),
)
"""``_WORD`` for ASCII text, where its classes are these (``regex``'s ``\\s`` is six ASCII spaces):
the standard library's ``re`` runs it in about half the time."""
_SPACED_WORD = regex.compile(rf"(\s*+)({_WORD.pattern})", regex.VERSION1)
_SPACED_WORD_ASCII = compile_ascii(rf"([\t\n\x0b\x0c\r ]*+)({_WORD_ASCII.pattern})")
"""The same tokens, each with the whitespace before it (in the first group): consecutive matches
cover the text, so offsets follow from the lengths, and a run of spaces is skipped in one step
instead of every branch being tried at each space."""
_BREAKS = frozenset(";:()[]{}—–")
_QUOTES = frozenset("\"“”‘’'«»")
_ENDS = frozenset(".!?…")
_CLITICS = {
    **dict.fromkeys(("'s", "’s"), "GEN"),
    **dict.fromkeys(("n't", "n’t"), "NEG"),
    **dict.fromkeys(("'ll", "’ll", "'d", "’d"), "MODAL"),
    **dict.fromkeys(("'re", "’re", "'ve", "’ve", "'m", "’m"), "AUX"),
}
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


class Token:
    """One token: span, text, lower-case text, tag, and the verb lemmas it may stand for."""

    __slots__ = ("end", "entity", "forms", "lemma", "low", "start", "tag", "text", "vkind")

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        tag: str,
        entity: Entity | None = None,
        *,
        low: str | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.low = text.lower() if low is None else low
        self.tag = tag
        self.entity = entity
        self.forms: tuple[tuple[str, str], ...] = ()
        self.lemma = ""
        self.vkind = ""

    def __repr__(self) -> str:
        return f"{self.text}/{self.tag}"


def _closed_classes() -> dict[str, str]:
    """Lower-case word -> tag for the closed word classes (the first class listed wins)."""
    table: dict[str, str] = {}
    for words, tag in (
        ({"to"}, "TO"),
        (W.MODALS.keys(), "MODAL"),
        ({w for w in W.AUXILIARIES if not w.startswith("'")}, "AUX"),
        ({"not", "never", "n't", "n’t"}, "NEG"),
        (W.SUBJECT_PRONOUNS, "PRON"),
        (W.POSSESSIVES, "POSS"),
        (W.OBJECT_PRONOUNS, "OPRON"),
        ({"that"}, "THAT"),
        ({"who", "whom", "whose", "which"}, "REL"),
        (W.CONJUNCTIONS, "CONJ"),
        (W.PREPOSITIONS, "PREP"),
        (W.SUBORDINATORS, "SUB"),
        (W.DETERMINERS, "DET"),
    ):
        for w in words:
            table.setdefault(w, tag)
    return table


_CLOSED = _closed_classes()
_ADVERBS = W.VERB_ADVERBS | {"here"}
_ADVERBS_AFTER_AN_AUXILIARY = lexicon.words("grammar", "adverbs after an auxiliary")
_VERB_FORMS = W.verb_forms()
_PUNCT = {",": ","}


_UNLISTED_PAST = regex.compile(r"\p{Ll}{2,}[^e]ed")
_NOT_PAST = lexicon.words("grammar", "adjectives in ed")
_PARTICIPLES_OF_NOUNS = lexicon.words("grammar", "participles of nouns")


def _word_tag(tok: Token, first: bool, prev: Token | None = None) -> None:
    low = tok.low
    if low in _ADVERBS_AFTER_AN_AUXILIARY and prev is not None and prev.tag in ("AUX", "MODAL"):
        tok.tag = "ADV"  # "had earlier left", "is himself due to attend": inside the verb group
        return
    tag = _CLOSED.get(low)
    upper = tok.text[0].isupper()
    if tag is not None and not (tag == "MODAL" and low == "may" and upper and not first):
        tok.tag = tag
        return
    if low[0].isdigit():
        tok.tag = "NUM"
        return
    if low in _ADVERBS:
        tok.tag = "ADV"  # "last", "still", "just": adverbs before they are verbs
        return
    forms = _VERB_FORMS.get(low)
    if (
        forms is None
        and prev is not None
        and prev.tag in ("AUX", "REL", "THAT")
        and _UNLISTED_PAST.fullmatch(low)
        and low not in _NOT_PAST
    ):
        # a verb the list lacks, right after an auxiliary ("has angered", "was airlifted") or a
        # relative ("an attack that crippled X", "who bankrolled Y"): its -ed form
        forms = ((low[:-2], "ed"),)
    if forms is None and low in _PARTICIPLES_OF_NOUNS and prev is not None and prev.tag not in (",", "CONJ"):
        # "a businessman suspected of fraud": the -ed form of a word whose base is read as a noun,
        # right after the noun (after a comma, a list of names may end: read as before)
        forms = ((low[:-2], "ed"),)
    if forms and not (upper and not first):
        tok.forms = forms
        tok.tag = "V?"
    elif low.endswith("ly") and len(low) > 4 and not (upper and not first):
        tok.tag = "ADV"  # not a capitalised "Supply Minister", "National Assembly" inside a sentence
    elif upper and not first:
        tok.tag = "PROPN"
    else:
        tok.tag = "NOUN"


def _plural_possessive(text: str, start: int, end: int, out: list[Token]) -> bool:
    """Is the apostrophe at ``start`` a plural possessive ("the leaders' meeting", "ministers’ talks"):
    right after a noun ending in "s", before a word, with no single quotation mark open in the
    sentence that it might close?"""
    if text[start] not in "'’" or not out or out[-1].end != start or end >= len(text) - 1:
        return False
    prev = out[-1]
    if not prev.low.endswith("s") or prev.tag not in ("NOUN", "PROPN", "V?", "ENT"):
        return False
    if text[end] != " " or not text[end + 1].isalpha():
        return False
    for tok in reversed(out[-40:]):
        if tok.tag == "END":
            break
        if tok.tag == "Q" and tok.text in "'‘’":
            return False  # "the 'friends' group": a quotation closing
    return True


_TAGGED: dict[tuple[str, bool, str | None], tuple[str, tuple[tuple[str, str], ...], str]] = {}
"""What :func:`_word_tag` gave a word (its tag, verb forms and lower-case form), by the word, whether
it opens a clause and the class of the tag before it (:data:`_PREV_CLASS`): all it reads."""
_CLAUSE_OPENERS: Final = frozenset(["Q", "BRK", "END"])
"""The tags after which a word opens a clause (for :func:`_word_tag`'s ``first``)."""
_PREV_CLASS: Final = {"AUX": "AUX", "MODAL": "MODAL", "REL": "REL", "THAT": "REL", ",": ",", "CONJ": ","}
"""The tags :func:`_word_tag` tells apart in the token before; every other tag is one class, ``""``."""
_MAX_TAGGED: Final = 50_000


def tokenize(text: str, start: int, end: int, entities: Sequence[Entity]) -> list[Token]:
    """Tokens of ``text[start:end]``; ``entities`` (sorted, inside the span) become one token each."""
    out: list[Token] = []
    pos = start
    k = 0
    findall = (_SPACED_WORD_ASCII if text.isascii() else _SPACED_WORD).findall
    tagged = _TAGGED
    prev_class = _PREV_CLASS
    new = object.__new__
    prev_tag: str | None = None  # the tag of the last token made (``out[-1].tag``)
    while pos < end:
        ent = entities[k] if k < len(entities) else None
        stop = ent.start if ent is not None and ent.start < end else end
        e = pos
        for space, w in findall(text, pos, stop):
            s = e + len(space)
            e = s + len(w)
            ch = w[0]
            if ch.isalnum():
                opens = prev_tag is None or prev_tag in _CLAUSE_OPENERS
                key = (w, opens, None if prev_tag is None else prev_class.get(prev_tag, ""))
                got = tagged.get(key)
                if got is None:
                    tok = Token(s, e, w, "W")
                    _word_tag(tok, key[1], out[-1] if out else None)
                    if len(tagged) >= _MAX_TAGGED:
                        tagged.clear()
                    tagged[key] = (tok.tag, tok.forms, tok.low)
                else:
                    # the token ``Token(s, e, w, tag, low=low)`` with the word's forms, its slots
                    # stored here (no ``__init__`` call: about half the time a token)
                    tok = new(Token)
                    tok.start = s
                    tok.end = e
                    tok.text = w
                    tok.tag, tok.forms, tok.low = got
                    tok.entity = None
                    tok.lemma = ""
                    tok.vkind = ""
                out.append(tok)
                prev_tag = tok.tag
                continue
            if ch == ",":
                tag = ","
            elif (
                ch in "-–"
                and len(w) == 1
                and s > 0
                and e < len(text)
                and text[s - 1].isalnum()
                and text[e].isalnum()
            ):
                tag = "SYM"  # a range or a compound: "7-9", "Sino-US"
            elif w in _BREAKS or ch in "-–—":
                tag = "BRK"
            elif w in _QUOTES:
                tag = "GEN" if _plural_possessive(text, s, e, out) else "Q"
            elif ch in _ENDS:
                tag = "END"
            else:
                tag = _CLITICS.get(w.lower(), "SYM")
            out.append(Token(s, e, w, tag))
            prev_tag = tag
        if ent is None or ent.start >= end:
            break
        if ent.end > stop:
            out.append(
                Token(
                    ent.start,
                    ent.end,
                    text[ent.start : ent.end],
                    "TIME" if ent.kind == "time" else "ENT",
                    ent,
                )
            )
            prev_tag = out[-1].tag
        pos = max(stop, ent.end)
        k += 1
    rewritten = _contractions(out)
    # the next four passes change only tokens whose word is in their list: where the sentence's
    # text (lower-cased) holds none of their words, and no contraction was given another word,
    # they would leave every token as it is
    low = text[start : max(end, out[-1].end)].lower() if out else ""
    if rewritten or "then" in low:
        _then_before_a_title(out)
    if rewritten or any(map(low.__contains__, _TIME_ADVERB_WORDS)):
        _early_or_late_before_a_time(out)
    if rewritten or any(map(low.__contains__, _ADVERB_AFTER_AN_AUXILIARY_WORDS)):
        _emphatic_reflexives(out)
    if rewritten or any(map(low.__contains__, _ADVERB_BEFORE_A_PARTICIPLE_WORDS)):
        _adverbs_before_a_participle(out)
    if text.find("-", start, end) >= 0:  # no hyphen in the sentence: no compound to glue
        out = _glued_compounds(out)
    out = _inline_quotes(out)
    if "(" in low:
        out = without_bracketed_acronyms(out)
    settle(out)
    if "there" in low:
        there_after_a_noun(out)
    _infinitive_markers(out)
    return out


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
    participle stands inside the verb group (not "had long talks": a noun follows)."""
    for i in range(1, len(toks) - 1):
        tok, nxt = toks[i], toks[i + 1]
        if tok.low not in _ADVERBS_BEFORE_A_PARTICIPLE or toks[i - 1].tag not in ("AUX", "MODAL"):
            continue
        participle = nxt.tag in ("VERB", "V?") and any(k in ("ed", "pp") for _, k in nxt.forms)
        if participle or (nxt.tag == "AUX" and nxt.low == "been"):
            tok.tag = "ADV"
            tok.entity = None


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


def _glued_compounds(toks: list[Token]) -> list[Token]:
    """ "Chinese-born", "US-based", "Kremlin-backed": a name glued by a hyphen to a lower-case word
    is one modifier, the name's token grown over the word (it modifies the noun after it)."""
    out: list[Token] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if (
            t.tag == "ENT"
            and i + 2 < len(toks)
            and toks[i + 1].tag in ("SYM", "BRK")  # "U.S.-based": a dash after a period is a BRK
            and toks[i + 1].text == "-"
            and toks[i + 1].start == t.end
            and toks[i + 2].start == toks[i + 1].end
            and toks[i + 2].text[:1].islower()
        ):
            word = toks[i + 2]
            out.append(Token(t.start, word.end, t.text + "-" + word.text, "ENT", t.entity))
            i += 3
            continue
        out.append(t)
        i += 1
    return out


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
                or (toks[k].tag == "AUX" and toks[k].low in ("be", "have"))
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

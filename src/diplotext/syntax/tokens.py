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
from diplotext.syntax.token_passes import (
    ADDRESS_WORDS,
    the_after_a_form_of_address,
    there_after_a_noun,
    without_bracketed_acronyms,
)
from diplotext.syntax.token_retags import (
    _ADVERB_AFTER_AN_AUXILIARY_WORDS,
    _ADVERB_BEFORE_A_PARTICIPLE_WORDS,
    _ADVERB_PAIR_SECONDS,
    _ADVERBS_AFTER_AN_AUXILIARY,
    _PARTICIPLE_PREPOSITION_WORDS,
    _TIME_ADVERB_WORDS,
    _adverb_pairs_before_a_participle,
    _adverbs_before_a_participle,
    _contractions,
    _early_or_late_before_a_time,
    _emphatic_reflexives,
    _infinitive_markers,
    _inline_quotes,
    _participles_as_prepositions,
    _then_before_a_title,
)
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
_VERB_FORMS = W.verb_forms()
_PUNCT = {",": ","}


_UNLISTED_PAST = regex.compile(r"\p{Ll}{2,}[^e]ed")
_NOT_PAST = lexicon.words("grammar", "adjectives in ed")
_PARTICIPLES_OF_NOUNS = lexicon.words("grammar", "participles of nouns")


def _word_tag(tok: Token, first: bool, prev: Token | None = None) -> None:
    low = tok.low
    if low in _ADVERBS_AFTER_AN_AUXILIARY and prev is not None and prev.tag in ("AUX", "MODAL", "REL"):
        # "had earlier left", "is himself due to attend": inside the verb group; "X, who earlier
        # met Y": between the relative pronoun and its verb, no subject of its own
        tok.tag = "ADV"
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
    if any(map(low.__contains__, _ADVERB_PAIR_SECONDS)):
        _adverb_pairs_before_a_participle(out)  # "has so far refused"
    if any(map(low.__contains__, _PARTICIPLE_PREPOSITION_WORDS)):
        _participles_as_prepositions(out)  # "held in Lisbon pending extradition"
    if text.find("-", start, end) >= 0:  # no hyphen in the sentence: no compound to glue
        out = _glued_compounds(out)
    out = _inline_quotes(out)
    if "(" in low:
        out = without_bracketed_acronyms(out)
    settle(out)
    if "there" in low:
        there_after_a_noun(out)
    if any(map(low.__contains__, ADDRESS_WORDS)):
        the_after_a_form_of_address(out)  # "His Highness the Amir X"
    _infinitive_markers(out)
    return out


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

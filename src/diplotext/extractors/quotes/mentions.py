"""Speaker mentions: the noun phrase an attribution names.

:mod:`.phrases` finds the speaker phrase next to a cue ("Mr Miliband said", "said Cui Tiankai,
director of ..."); ``core`` trims a phrase to the name or group text
("Russian foreign minister Sergei Lavrov" -> "Sergei Lavrov", "a Thai official" -> "Thai
official"). :mod:`.resolver` turns a mention into a full name.
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from diplotext import geo, lexicon
from diplotext.asciitwin import ascii_twin, compile_ascii
from diplotext.extractors.actors.names import is_first_name, is_given_name
from diplotext.extractors.quotes import fragments
from diplotext.extractors.quotes.based_modifiers import after_based
from diplotext.extractors.quotes.coordination import coordination_start
from diplotext.extractors.quotes.countries import descriptor_length
from diplotext.extractors.quotes.listed_bodies import listed_body_start
from diplotext.extractors.quotes.name_spans import (
    join_ampersands,
    person_before_body,
    person_of_body,
    person_of_someone,
)
from diplotext.extractors.quotes.naming import DOCUMENT_HEADS, PEOPLE_OF, PERSON_TITLES, can_speak_head
from diplotext.extractors.quotes.percent_tokens import join_percent
from diplotext.extractors.quotes.postmodifiers import head_before_modifier
from diplotext.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from diplotext.patterns import KEEP_GIL
from diplotext.quickinit import quick_init
from diplotext.syntax.words import PREPOSITIONS

__all__ = [
    "LEADING_PREP",
    "NOT_BEFORE_NAME",
    "NOT_NAME_OR_ARTICLE",
    "ORG_WORDS",
    "PRONOUNS",
    "TITLE_WORDS",
    "Mention",
    "core",
    "head_noun",
    "is_cap",
    "is_word",
    "last_tokens",
    "name_like",
    "strip_titles",
    "tokens",
]

_TOKEN: Final = regex.compile(r"[\p{L}\p{N}](?:[\p{L}\p{N}'’\-]|\.(?=\p{L}))*\.?|[^\s\p{L}\p{N}]")
_TOKEN_ASCII: Final = compile_ascii(
    r"[A-Za-z0-9][A-Za-z0-9'\-]*(?:\.(?=[A-Za-z])[A-Za-z0-9'\-]*)*\.?|[^\t\n\x0b\x0c\r A-Za-z0-9]"
)
"""``_TOKEN`` for ASCII text (``regex``'s ``\\s`` is six ASCII spaces there): the standard library's
``re`` runs it in about half the time. Its runs of word characters are single-character loops,
with the loop over parts entered only at a period before a letter ("U.S."): the same tokens as
``_TOKEN``'s one loop over a choice at every character, in fewer steps."""
_SPACED_TOKEN_ASCII: Final = compile_ascii(rf"([\t\n\x0b\x0c\r ]*)({_TOKEN_ASCII.pattern})")
"""``_TOKEN_ASCII`` with the spaces before a token (group 1): :func:`tokens` reads strings, not
match objects."""
_CAP_WORD: Final = regex.compile(r"(?:(?:al|el|bin|ibn|de|van|von|da|di|du|la|le|der|dos|das)[\-\s]?)?\p{Lu}")
_CAP_WORD_ASCII: Final = ascii_twin(_CAP_WORD)

PRONOUNS: Final = lexicon.words("speech", "personal pronouns")

_NOT_NAME: Final = lexicon.words("speech", "not name words") | set(WEEKDAY_NAMES) | set(MONTH_NAMES)
LEADING_PREP: Final = lexicon.words("speech", "prepositions before a speaker")
TITLE_WORDS: Final = lexicon.words("speech", "speaker title words")
ORG_WORDS: Final = lexicon.words("speech", "organisation words")
_PRONOUN_LEAD: Final = regex.compile(r"(?i:(he|she|they|it|we|i))(?:['’](?:d|ll|ve|m|re|s))?$")
_HONORIFICS: Final = frozenset({"mr", "mrs", "ms", "dr", "prof", "sir", "dame"})
NOT_NAME_OR_ARTICLE: Final = _NOT_NAME | {"a", "an", "the"}
_NAME_PARTICLES: Final = lexicon.words("speech", "particles inside a person's name")
_OWNER_LINKS: Final = frozenset(("to", "for", "of"))
"""Lower-case words inside a name ("Anna van der X", "Luis de la Y")."""


def _cap_or_particle(word: str) -> bool:
    """Can ``word`` stand before a name particle inside a name: a capitalised word or a particle?"""
    return is_cap(word) or word in _NAME_PARTICLES


_POSSESSIVE_TAIL: Final = regex.compile(r"['’]s?(?:\s+[\p{Ll}][\p{L}\-]*){0,3}$")


@quick_init
@attrs.frozen
class Mention:
    """A speaker mention: its span, its text and what kind of phrase it is."""

    start: int
    end: int
    text: str
    kind: str  # "name", "pronoun", "group", "description"


def tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    if not text.isascii():
        toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end, False, KEEP_GIL)]
    else:
        # every character but the six spaces opens a token: the matches of ``_SPACED_TOKEN_ASCII``
        # (each token with the spaces before it) are contiguous, so offsets follow from the lengths
        toks = []
        pos = start
        for space, word in _SPACED_TOKEN_ASCII.findall(text, start, end):
            pos += len(space)
            toks.append((pos, pos := pos + len(word), word))
    return join_ampersands(text, toks) if text.find("&", start, end) >= 0 else toks


def last_tokens(text: str, floor: int, pos: int, n: int) -> list[tuple[int, int, str]]:
    """``tokens(text, floor, pos)[-n:]``, tokenising a short stretch first: from a space, the
    tokens are the same as the whole stretch's last ones."""
    start = pos - 8 * n
    while start > floor and text[start] not in " \t\n":
        start -= 1
    if start > floor:
        toks = tokens(text, start, pos)
        if len(toks) >= n:
            return toks[-n:]
    return tokens(text, floor, pos)[-n:]


def is_word(tok: str) -> bool:
    return tok[0].isalnum()


def is_cap(tok: str) -> bool:
    return tok[0].isupper() or (_CAP_WORD_ASCII if tok.isascii() else _CAP_WORD).match(tok) is not None


def name_like(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a proper name (1-6 capitalised words, particles allowed)?"""
    toks = tokens(text, start, end)
    words = [t for t in toks if is_word(t[2])]
    if not words or len(words) > 6 or len(words) != len(toks):
        return False
    if any(
        w[2].lower() in _NOT_NAME and not (w[2] == "and" and 0 < k < len(words) - 1)
        for k, w in enumerate(words)
    ):
        return False
    return (
        is_cap(words[0][2])
        and is_cap(words[-1][2])
        and all(
            is_cap(w[2])
            or w[2].lower() in {"al", "bin", "de", "van", "von", "da", "di", "du", "la", "le", "of", "and"}
            for w in words
        )
    )


def strip_titles(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The words of a name without the titles, role words and country or nationality descriptors
    before it ("Chilean President Ana Soto" -> "Ana Soto"; "Ghana Evening Ledger" stays whole). A
    body named by a field and a country keeps its field ("Forestry Iceland", "Air Norvia"): only a
    person's title before a country's name goes."""
    stripped = _strip_titles(words)
    if (
        len(stripped) == 1
        and len(words) > 1
        and words[-2][2].lower().rstrip(".") not in PERSON_TITLES | _HONORIFICS
        and words[-2][2][:1].isupper()
        and geo.country_code(stripped[0][2]) is not None
    ):
        return words
    return stripped


def _strip_titles(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    while len(words) > 1:
        w = words[0][2]
        low = w.lower().rstrip(".")
        if low in TITLE_WORDS or w.lower() in TITLE_WORDS or w.islower():
            words = words[1:]
            continue
        n = descriptor_length([t[2] for t in words], TITLE_WORDS) if len(words) > 2 else 0
        if n == 0 or len(words) <= n + 1:
            break
        words = words[n:]
    return words


_AFTER_PARTICIPLE: Final = lexicon.words("speech", "prepositions after a participle")
_PLACE_ADVERBS: Final = lexicon.words("speech", "place words ending a speaker before the cue")
"""Prepositions after a participle that ends a speaker phrase (not "by": "issued by X" names X)."""


NOT_BEFORE_NAME: Final = LEADING_PREP | {"for", "to", "with", "from", "by", "than", "against", "about"}
"""Words before a capitalised run that make it the object of a phrase, not a speaker's name."""


def _name_run_start(toks: list[tuple[int, int, str]]) -> int:
    """Where the capitalised words ending the phrase begin."""
    k = len(toks)
    while k > 0 and is_cap(toks[k - 1][2]) and toks[k - 1][2].lower() not in _DATE_WORDS:
        k -= 1
    return k


def _subject_at_end(toks: list[tuple[int, int, str]]) -> bool:
    """Does the phrase end in a name that is not the object of a preposition ("In a statement
    issued on Wednesday Lord Woolf", not "an aide involved in the Berg case")?"""
    k = _name_run_start(toks)
    if k == len(toks) or k == 0:
        return False
    return toks[k - 1][2].lower() not in NOT_BEFORE_NAME | {"the", "a", "an"}


_DATE_WORDS: Final = frozenset(w.lower() for w in (*WEEKDAY_NAMES, *MONTH_NAMES))
_SUBJECT_PRONOUNS: Final = (lexicon.words("grammar", "subject pronouns") - {"i", "you"}) | {"I"}
_FRONTED_ENDS: Final = lexicon.words("speech", "words ending a fronted phrase before a subject") | _DATE_WORDS
"""Last words of a fronted phrase with no comma before "the" and the subject ("In a statement the
ministry said", "Last month the EU said", "Now the board says")."""


_FRONTED_DETERMINERS: Final = lexicon.words("speech", "articles")
_ACRONYM: Final = regex.compile(r"\p{Lu}{2,6}")
_NAME_LINKS: Final = lexicon.words("speech", "words linking the words of a body's name")
_RANKED: Final = regex.compile(
    r"(?:[\p{Ll}\d]+-)?(?:\p{Ll}{2,}est|"
    + lexicon.alternation("speech", "ranking words before an owned noun")
    + ")"
)
"""A ranking word between an owner and its noun: "biggest", "second-largest", "top", "leading"."""
_AFTER_ING_PARTICIPLE: Final = frozenset(
    {
        "the",
        "a",
        "an",
        "his",
        "her",
        "its",
        "their",
        "this",
        "these",
        "here",
        "there",
        "he",
        "she",
        "they",
        "it",
    }
    | lexicon.words("speech", "words after an -ing participle ending a speaker")
)
_BEFORE_ING_NOUN: Final = frozenset(
    {"for", "of", "in", "on", "at", "by", "with", "to", "about", "from", "after", "before", "without"}
    | {"the", "a", "an", "this", "that", "his", "her", "its", "their", "despite", "amid", "continue"}
)
"""Words after which an -ing word is a noun or a gerund ("department for planning"), not a participle."""
_ING_PREPOSITIONS: Final = frozenset(w for w in PREPOSITIONS if w.endswith("ing")) | {"according"}
_ING_NOUNS: Final = frozenset(
    {"meeting", "building", "hearing", "briefing", "wedding", "morning", "evening", "thing"}
)
"""-ing words that are nouns heading a phrase ("a meeting in Paris"), never participles here."""
_DAY_NEXT: Final = regex.compile(
    r"\s+(?:" + "|".join(sorted(_DATE_WORDS)) + r")(?![\p{L}])", regex.IGNORECASE
)
_NOT_ISSUED: Final = lexicon.words("speech", "participles whose agent issued nothing")
_PREPOSITION_NEXT: Final = regex.compile(r"\s+(?:" + "|".join(sorted(_AFTER_PARTICIPLE)) + r")(?![\p{L}])")


def core(text: str, start: int, end: int) -> Mention | None:
    """Trim a speaker phrase to a name ("Sergei Lavrov"), group text or pronoun, after the word
    that opens the sentence ("But X said": :mod:`diplotext.extractors.quotes.fragments`)."""
    toks = join_percent(list(tokens(text, start, end)))
    while len(toks) > 1 and (
        fragments.leading_fragment(toks[0][2]) or fragments.leading_time(toks[0][2], toks[1][2])
    ):
        toks = toks[1:]  # "But X said", "Although X insisted", "In January the institute said"
    toks = after_based(toks)  # "Toronto-based Maple Leaf Insurance": the name alone
    if not toks:
        return None
    if len(toks) >= 4 and toks[-1][2] == ")" and toks[-3][2] == "(" and _ACRONYM.fullmatch(toks[-2][2]):
        # "the Bank for X and Y (BXY)": the whole name the acronym stands for, links and all
        body = toks[:-3]
        j = len(body)
        while j > 0 and (is_cap(body[j - 1][2]) or body[j - 1][2] in _NAME_LINKS - {"the"}):
            j -= 1
        while j < len(body) and not is_cap(body[j][2]):
            j += 1
        name = body[j + (j < len(body) and body[j][2].lower() in _FRONTED_DETERMINERS) :]
        if len(name) >= 2 and any(t[2] in _NAME_LINKS for t in name):
            return Mention(name[0][0], name[-1][1], text[name[0][0] : name[-1][1]], "group")
        return core(text, start, toks[-4][1]) if body else None
    for k in range(len(toks) - 2, 0, -1):
        if toks[k][2] in _FRONTED_DETERMINERS and toks[k - 1][2].lower().rstrip("'’") in _FRONTED_ENDS:
            toks = toks[k:]  # "In her budget speech the party leader said": the leader; "This week a judge"
            break
    last = toks[-1][2]
    if len(toks) >= 2 and last in _SUBJECT_PRONOUNS:
        # "listed the reforms he | says are ...", "spent money she | says was ...": the pronoun of a
        # relative inside the clause; "At first he said": the pronoun after a fronted phrase
        toks = toks[-1:]
    participle = last.islower() and last.endswith("ed")
    if (
        len(toks) > 1
        and participle
        and (_PREPOSITION_NEXT.match(text, toks[-1][1]) or _DAY_NEXT.match(text, toks[-1][1]))
    ):
        toks = toks[:-1]  # "said a statement released | on Monday", "a report published | Wednesday"
    return _core(text, toks)


def _core(text: str, toks: list[tuple[int, int, str]]) -> Mention | None:
    head_end = head_before_modifier(toks)
    if head_end is not None:
        toks = toks[:head_end]  # "The company behind the spill in northern Alberta": the company
    if toks and not _subject_at_end(toks):
        for k in range(1, len(toks) - 1):
            word = toks[k][2]
            next_word = toks[k + 1][2].lower()
            if (
                word.islower()
                and word.endswith("ed")
                and (next_word in _AFTER_PARTICIPLE or next_word in _DATE_WORDS)
            ):
                toks = toks[:k]  # "a statement released on Monday", "an aide involved in the case"
                break
            if word in _NOT_ISSUED and next_word == "by":
                toks = toks[:k]  # "a letter obtained by the Ledger": the letter, not the Ledger
                break
    # "In a statement detailing the results Norvia Motors said": Norvia, not the statement
    named_last = _name_run_start(toks) if _subject_at_end(toks) else len(toks)
    for k in range(1, len(toks)):
        word = toks[k][2]
        if (
            (named_last == len(toks) or named_last - k < 3)
            and word.islower()
            and word.endswith("ing")
            and len(word) > 5
            and word not in _ING_NOUNS
            and word not in _ING_PREPOSITIONS
            and toks[k - 1][2].lower() not in _BEFORE_ING_NOUN
            and toks[k - 1][2].lower() not in _ING_PREPOSITIONS
            and (k > 1 or toks[0][2].lower() not in _BEFORE_ING_NOUN)
        ):
            after = toks[k + 1][2] if k + 1 < len(toks) else None
            if after is None or after in _AFTER_ING_PARTICIPLE:
                # "reports reaching here", "delegates attending the talks": the participle and
                # what it takes; not "banking analysts", "the sporting director" (a modifier)
                toks = toks[:k]
                break
    while toks and (
        not is_word(toks[-1][2])
        or toks[-1][2] in {"'s", "’s"}
        or (  # "a hospital spokesman here said"; not "X at a press conference here"
            len(toks) > 1
            and toks[-1][2] in _PLACE_ADVERBS
            and not any(t[2] in _AFTER_PARTICIPLE for t in toks)
        )
    ):
        toks.pop()
    if toks and toks[-1][2].endswith(".") and len(toks[-1][2]) > 2:
        last_word = toks[-1][2].rstrip(".").lower()
        if last_word not in _HONORIFICS and last_word not in {"jr", "sr", "st", "co", "inc", "ltd"}:
            s, e, w = toks[-1]
            toks[-1] = (s, e - 1, w[:-1])  # the sentence's period, not an abbreviation
    if not toks:
        return None
    # "Chinese Foreign Ministry's announcement" -> "Chinese Foreign Ministry"; but "Mr Reed's aides"
    # are the aides
    tail = _POSSESSIVE_TAIL.search(text, toks[0][0], toks[-1][1], KEEP_GIL)
    owned = toks[-1][2].lower()
    speaks = can_speak_head(owned) and owned not in DOCUMENT_HEADS  # "the ministry's statement": the ministry
    if tail is not None and tail.start() > toks[0][0] and not speaks and owned not in DOCUMENT_HEADS:
        # "Europe's biggest drugmaker says": a ranked one of the owner's, not the owner
        speaks = any(_RANKED.fullmatch(t[2].lower()) for t in toks if tail.start() < t[0] < toks[-1][0])
    if tail is not None and tail.start() > toks[0][0] and speaks:
        # "Mr Reed's aides", "the world's richest countries": the aides, the countries; "X's
        # justice minister" a description the article's names may resolve
        while toks and toks[0][2].lower() in {"a", "an", "the"}:
            toks = toks[1:]
        if toks:
            head = toks[-1][2].lower()
            kind = "description" if head in PERSON_TITLES and head not in PEOPLE_OF else "group"
            return Mention(toks[0][0], toks[-1][1], text[toks[0][0] : toks[-1][1]], kind)
    if tail is not None and tail.start() > toks[0][0] and tail.group()[:1] in "'’":
        toks = [t for t in toks if t[0] < tail.start()]
        if toks and toks[-1][1] > tail.start():
            s, e, w = toks[-1]
            toks[-1] = (s, tail.start(), w[: tail.start() - s])
    if not toks:
        return None
    if len(toks) == 1 and toks[0][2].lower() in PRONOUNS:
        s, e, w = toks[0]
        return Mention(s, e, w, "pronoun")
    lead = _PRONOUN_LEAD.match(toks[0][2], None, None, KEEP_GIL)
    if lead is not None and len(toks) <= 3 and all(t[2].islower() for t in toks[1:]):
        s = toks[0][0]  # "We already asked", "I'd say": the pronoun alone
        return Mention(s, s + lead.end(1), lead.group(1), "pronoun")
    last = toks[-1][2]
    titled_surname = (
        len(toks) > 1
        and is_cap(last)
        and is_cap(toks[-2][2])
        and (
            toks[-2][2].lower().rstrip(".") in _HONORIFICS
            or (toks[-2][2].lower() not in TITLE_WORDS and is_given_name(toks[-2][2]))
        )
    )  # "Mr. King", "Harold King": a title word as the surname
    if is_cap(last) and (last.lower() not in TITLE_WORDS or titled_surname):
        # the trailing run of capitalised words
        k = len(toks) - 1
        while k > 0 and (
            is_cap(toks[k - 1][2])
            or toks[k - 1][2].lower() in {"al", "bin", "de", "van", "von"}
            or (toks[k - 1][2] in _NAME_PARTICLES and k > 1 and _cap_or_particle(toks[k - 2][2]))
            or (toks[k - 1][2] == "and" and k > 1 and is_cap(toks[k - 2][2]) and last.lower() in ORG_WORDS)
        ):
            k -= 1
        listed = listed_body_start(toks, k)
        if listed is not None:  # "the Centers for Disease Control and Prevention": the whole name
            return Mention(toks[listed][0], toks[-1][1], text[toks[listed][0] : toks[-1][1]], "group")
        both = coordination_start(toks, k)
        if both < k:  # "The Greens and Social Democrats said": both parties
            return Mention(toks[both][0], toks[-1][1], text[toks[both][0] : toks[-1][1]], "group")
        run = toks[k:]
        kb = k - 1
        while kb >= 0 and toks[kb][2].lower() in {"the", "a", "an"}:
            kb -= 1
        if kb >= 1 and toks[kb][2] in _OWNER_LINKS and person_of_someone(toks[kb - 1][2]):
            # "an aide to Senator Ann X", "the wife of Tom X": the aide, the wife, as written
            rest = toks[1:] if toks[0][2].lower() in {"a", "an", "the"} else toks
            return Mention(rest[0][0], rest[-1][1], text[rest[0][0] : rest[-1][1]], "group")
        person = person_of_body(toks, kb, is_cap, _HONORIFICS) or person_before_body(
            toks, is_cap, _HONORIFICS
        )
        if person is not None:  # "Ann Ryan of the World Food Agency said": Ann Ryan
            return Mention(person[0], person[1], text[person[0] : person[1]], "name")
        if (
            len(run) <= 2
            and kb >= 0
            and toks[kb][2].lower() in {"in", "of", "for", "from", "at", "to", "on", "with"}
        ):
            rest = toks
            while rest and rest[0][2].lower() in {"a", "an", "the"}:
                rest = rest[1:]
            writer = rest[: kb - (len(toks) - len(rest))]
            if (
                toks[kb][2].lower() in {"for", "at", "with"}
                and 2 <= len(writer) <= 3
                and all(is_cap(t[2]) and is_word(t[2]) for t in writer)
                and is_first_name(writer[0][2])
            ):  # "writes Peter Lenner for Harbor Weekly": the writer, not "... for Harbor Weekly"
                return Mention(writer[0][0], writer[-1][1], text[writer[0][0] : writer[-1][1]], "name")
            if rest:
                return Mention(rest[0][0], rest[-1][1], text[rest[0][0] : rest[-1][1]], "group")
        if (
            len(run) > 2
            and kb >= 1
            and toks[kb][2].lower() in {"for", "of", "at", "with"}
            and toks[kb - 1][2].lower() in PERSON_TITLES
            and "," not in text[toks[0][0] : toks[kb][0]]
        ):  # "a spokesman for the Harbour Operators Association, which ..., said": the spokesman
            rest = toks
            while rest and rest[0][2].lower() in {"a", "an", "the"}:
                rest = rest[1:]
            return Mention(rest[0][0], rest[-1][1], text[rest[0][0] : rest[-1][1]], "group")
        if last.lower() in ORG_WORDS or any(t[2].lower() in ORG_WORDS for t in run[-2:]):
            while run and run[0][2].lower() in {"a", "an", "the"}:
                run = run[1:]
            if run:
                return Mention(run[0][0], run[-1][1], text[run[0][0] : run[-1][1]], "group")
            return None
        stripped = strip_titles(run)
        if _body_after_the(toks, k, run, stripped):
            return Mention(run[0][0], run[-1][1], text[run[0][0] : run[-1][1]], "group")
        if len(stripped) == len(run) > 1 and run[0][2] == "The":
            run = stripped = run[1:]  # "The United Nations" opening a sentence
        # keep an honorific in the mention ("Mr Brandt"), drop job titles ("President")
        k = len(run) - len(stripped)
        if k > 0 and run[k - 1][2].lower().rstrip(".") in _HONORIFICS:
            stripped = run[k - 1 :]
        return Mention(stripped[0][0], stripped[-1][1], text[stripped[0][0] : stripped[-1][1]], "name")
    # a common-noun phrase: group text or a description ("the foreign minister", "a spokesman")
    while toks and toks[0][2].lower() in {"a", "an", "the", "its", "his", "her", "their"}:
        det = toks[0][2].lower()
        toks = toks[1:]
        if toks:
            s, e = toks[0][0], toks[-1][1]
            kind = (
                "description" if det in {"the", "his", "her", "their", "its"} or len(toks) == 1 else "group"
            )
            return Mention(s, e, text[s:e], kind)
    if not toks:
        return None
    s, e = toks[0][0], toks[-1][1]
    return Mention(s, e, text[s:e], "group")


def _body_after_the(
    toks: list[tuple[int, int, str]],
    k: int,
    run: list[tuple[int, int, str]],
    stripped: list[tuple[int, int, str]],
) -> bool:
    """Is the run after "the" a body's name whose first words only look like a title ("the Federal
    Archive", "the Presidential Guard"): all but its last word are title words, and that last word is
    no given name and no honorific follows "the"?"""
    if len(stripped) != 1 or len(run) < 2 or k == 0 or toks[k - 1][2].lower() != "the":
        return False
    if any(t[2].lower().rstrip(".") in _HONORIFICS for t in run):
        return False
    return not is_given_name(stripped[0][2])


def head_noun(mention_text: str) -> str:
    """The last word of a description, lower case ("the Polish foreign minister" -> "minister")."""
    words = mention_text.split()
    return words[-1].lower() if words else ""

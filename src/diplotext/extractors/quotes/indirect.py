"""Reported clauses: where the clause after (or before) a cue starts and ends.

``skip_adjuncts`` steps over what may stand between a cue and its clause ("Monday", "here",
"on Wednesday", "to AFP", a listener after "told"); ``looks_like_clause`` checks that what follows
has a finite verb; ``clean`` trims a clause the way the gold data writes it: no leading "that",
no final period, no trailing comma outside quotation marks.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import Final

import regex

from diplotext import lexicon
from diplotext.asciitwin import ascii_twin
from diplotext.extractors.actors.names import is_given_name
from diplotext.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from diplotext.model import Span
from diplotext.patterns import KEEP_GIL
from diplotext.syntax.words import SUBJECT_PRONOUNS

__all__ = [
    "clean",
    "continues",
    "has_finite",
    "has_words",
    "intro_like",
    "looks_like_clause",
    "pp_then_clause",
    "skip_adjuncts",
    "starts_with_that",
    "unsaid",
    "word_count",
]

_WS: Final = regex.compile(r"\s*")
_NOT_A_DATE_WORD: Final = (
    "(?!(?:" + "|".join(w.capitalize() for w in (*MONTH_NAMES, *WEEKDAY_NAMES)) + r")(?![\p{L}]))"
)
"""Not a month or weekday: a place name after "in", before a reported clause."""
_CLAUSE_OPENER: Final = "|".join(
    (
        "that",
        "I",
        "[Tt]here",
        lexicon.alternation("grammar", "subject pronouns"),
        lexicon.alternation("grammar", "determiners"),
        lexicon.alternation("grammar", "possessives"),
    )
)
"""Words that open a reported clause after "said in Ottawa"."""
_NOT_IN_PLACE: Final = (
    r"(?:"
    + lexicon.alternation("speech", "words inside no place of a statement")
    + "|"
    + lexicon.alternation("grammar", "prepositions")
    + r")\s"
)
"""Words that end no short place or occasion of a statement ("at a meeting of the board ...")."""
_LISTENERS: Final = lexicon.alternation("speech", "listeners")
_LISTENER_MODIFIERS: Final = lexicon.alternation("speech", "listener modifiers")
_ADJUNCT: Final = regex.compile(
    r"""(?:
        (?:here|today|yesterday|tonight|earlier|later|again|also|recently|publicly|separately|
           repeatedly|previously|once|last\s+(?:week|month|year|night)|this\s+(?:week|month|year|morning)|
           (?:on|late|early)\s+)?
        (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?
      | here | today | yesterday | tonight | earlier | later | again | also | recently | publicly
      | separately | repeatedly | previously | once | on\s+(?:the\s+)?phone | by\s+(?:tele)?phone
      | last\s+(?:week|month|year|night) | this\s+(?:week|month|year|morning)
      | to\s+(?:the\s+)?(?:(?-i:\p{Lu})[\p{L}]+|reporters|journalists|the\s+press
                         |(?:(?:"""
    + _LISTENER_MODIFIERS
    + r""")\s+){0,3}(?:"""
    + _LISTENERS
    + r""")(?![\p{L}])
                         |a\s+[\p{L}\s]{1,30}?(?=\s+(?:that|on|in)\b))
      | in\s+(?:an?\s+)?(?:statement|interview|speech|televised\s+address|address|press\s+release)
      | at\s+(?:an?|the)\s+(?:press\s+conference|news\s+conference|briefing|news\s+briefing|meeting
                              |rally|hearing)
      | on\s+(?:an?|the)\s+(?:press\s+conference|news\s+conference|briefing)
      | (?-i:in(?:\s+"""
    + _NOT_A_DATE_WORD
    + r"""\p{Lu}[\p{L}\-]+){1,3}(?=\s+(?:"""
    + _CLAUSE_OPENER
    + r""")(?![\p{L}])))  # "told reporters in Ottawa the talks ..."
      | (?-i:(?:at|during)\s+(?:an?|the)\s+(?:(?!"""
    + _NOT_IN_PLACE
    + r""")\p{Ll}+\s+){0,2}(?!"""
    + _NOT_IN_PLACE
    + r""")\p{Ll}+(?=\s+(?:"""
    + _CLAUSE_OPENER
    + r""")(?![\p{L}])))  # "told residents at a town hall the road ..."
    )(?![\p{L}'’])""",  # not a possessive: "said Monday's vote was ..." opens the clause
    regex.VERBOSE | regex.IGNORECASE,
)
_LISTENER: Final = regex.compile(
    rf"""(?:(?:{lexicon.alternation("speech", "listener modifiers")})\s+){{0,3}}
        (?:{lexicon.alternation("speech", "listeners")}|
           (?:the\s+[\p{{Lu}}][\p{{L}}\-]+(?:\s+[\p{{Lu}}][\p{{L}}\-]+){{0,3}}
              |The\s+[\p{{Lu}}][\p{{L}}\-]+(?:\s+(?:(?:and|&)\s+)?[\p{{Lu}}][\p{{L}}.\-]+){{0,4}}
              |[\p{{Lu}}][\p{{L}}\-]+(?:\s+[\p{{Lu}}][\p{{L}}.\-]+){{0,4}})
           (?:\s+(?:{lexicon.alternation("speech", "listening bodies after a name")}))?|
           him|her|them|us|me|you)(?![\p{{L}}])""",
    regex.VERBOSE,
)
_THAT: Final = regex.compile(r"that(?![\p{L}])\s*")
_FINITE: Final = regex.compile(
    r"(?<![\p{L}'’])(?:"
    + lexicon.alternation("speech", "finite forms")
    + r"|[\p{Ll}]{2,}(?<!e)ed)(?![\p{L}'’])",
    regex.VERBOSE,
)
_INTRO: Final = regex.compile(r"(?i:" + lexicon.alternation("speech", "topic introducers") + r")(?![\p{L}])")
_DETERMINER_START: Final = regex.compile(r"(?i:the|a|an|this|these|those)\s")
_CONNECTIVE: Final = regex.compile(
    r"(?:In\s+addition|Moreover|Furthermore|However|Meanwhile|Also|Besides|Still|Nevertheless|But|And|So),?\s+"
)
_CLAUSE_WORD: Final = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’]*")
_CLAUSE_WORD_ASCII: Final = ascii_twin(_CLAUSE_WORD)
_NOT_SUBJECT: Final = lexicon.words("speech", "words that open no subject")
_WH_OPENERS: Final = lexicon.words("speech", "words opening a reported question")
"""Words opening a reported question or manner ("explained why he backs X", "asked whether ...")."""
_ADVERBIAL_START: Final = lexicon.words("speech", "adjunct openers")
_AUX: Final = lexicon.words("speech", "auxiliaries and modals")
_IRREGULAR: Final = lexicon.words("speech", "irregular past forms")
_NOT_BEFORE_VERB: Final = lexicon.words("speech", "words before a noun or an infinitive")
_WORD: Final = regex.compile(r"[\p{L}\p{N}]+")
_WORD_ASCII: Final = ascii_twin(_WORD)


_NEGATED_BEFORE: Final = regex.compile(
    r"(?r)(?:(?<![\p{L}])(?:not|never|refused\s+to|declined\s+to|refuses\s+to|declines\s+to)|n['’]t)\s+"
    r"(?:(?:yet|immediately|publicly|still|directly)\s+)?$",
    regex.IGNORECASE,
)
_WH_START: Final = regex.compile(r"(?i:which|what|when|where|whether|why|who|how|if)(?![\p{L}])")


def unsaid(text: str, lo: int, cue_start: int, content_start: int) -> bool:
    """Is this what someone would not say ("will not say which or how", "declined to say
    whether ...")? A negated cue whose clause is a question holds no one's words."""
    return (
        _WH_START.match(text, content_start, None, KEEP_GIL) is not None
        and _NEGATED_BEFORE.search(text, max(lo, cue_start - 30), cue_start, KEEP_GIL) is not None
    )


_NEW_CLAUSE: Final = frozenset().union(
    *(
        lexicon.words("grammar", section)
        for section in (
            "determiners",
            "possessives",
            "subject pronouns",
            "relatives",
            "conjunctions",
            "subordinators",
        )
    ),
    lexicon.words("speech", "clause openers after a cue"),
)
"""Words that open a new clause after ", he said," (not a continuation of the interrupted one)."""
_FIRST_WORD: Final = regex.compile(r"\s*([\p{L}]+)")
_CLAUSE_LINKS: Final = _WH_OPENERS.union(
    *(lexicon.words("grammar", section) for section in ("relatives", "conjunctions", "subordinators"))
)
"""Words that would make the phrase before a pronoun subject a clause of its own."""


def continues(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` go on with the clause an attribution interrupted ("..., he says, *is
    that* ...", "..., he explains, *for* officials to ...") rather than open a new one?"""
    m = _FIRST_WORD.match(text, start, end, KEEP_GIL)
    if m is None or not m.group(1).islower() or m.group(1) in _NEW_CLAUSE:
        return False
    return has_words(text, m.start(1), end, 2)


_EXTRAPOSED: Final = regex.compile(
    r"(?<![\p{L}])It\s*(?:"
    + lexicon.alternation("speech", "copula forms after an extraposed it")
    + r")\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+\s*,\s*$"
)
"""An extraposed subject before an attribution: "It is common, he explains, that/for/to ..."."""


def continues_after(text: str, attr_start: int, start: int, end: int) -> bool:
    """:func:`continues`, or "that"/"whether" after an extraposed "It is ADJ," that the attribution
    at ``attr_start`` interrupted ("It was clear, he recalled, that nobody would come")."""
    if continues(text, start, end):
        return True
    m = _FIRST_WORD.match(text, start, end, KEEP_GIL)
    return (
        m is not None
        and m.group(1) in {"that", "whether"}
        and has_words(text, m.start(1), end, 3)
        and _EXTRAPOSED.search(text, max(0, attr_start - 60), attr_start, KEEP_GIL) is not None
    )


_LOWER_WORD: Final = regex.compile(r"(?<![\p{L}])\p{Ll}+(?![\p{L}])")
_ATTRIBUTION_ADJUNCT: Final = regex.compile(
    r"\s*(?:" + lexicon.alternation("speech", "attribution adjuncts after a fronted clause") + r")(?![\p{L}])"
)

_PARTICIPLE_OPENER: Final = regex.compile(r"\s*(?!\p{Ll}*thing(?![\p{L}]))\p{Ll}{2,}ing(?![\p{L}])")
"""A participle opening the phrase after the attribution (", she said, *referencing* the vote"): the
speaker's act, not the clause going on ("something", "nothing" are no participles)."""

_OPENING_MARKS: Final = frozenset("\"“‘'")


def adjunct_after_clause(text: str, lo: int, hi: int, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a phrase that belongs to the attribution after a fronted clause
    ``text[lo:hi]`` that is whole ("The talks will resume in May, she said Tuesday, *in a move* ...",
    "..., he told reporters, *without* giving a date")? A clause opened by a wh-word ("What he
    found, he says, in ...") may still go on."""
    participle = _PARTICIPLE_OPENER.match(text, start, end, KEEP_GIL) is not None
    if participle and has_finite(text, start, end):
        return False  # a gerund subject goes on: ", he said, replacing her would be ..."
    if not participle and _ATTRIBUTION_ADJUNCT.match(text, start, end, KEEP_GIL) is None:
        return False
    while lo < hi and (text[lo].isspace() or text[lo] in _OPENING_MARKS):
        lo += 1  # '"We tried" to ..., she said, ...': the clause opens with a quotation
    first = _FIRST_WORD.match(text, lo, hi, KEEP_GIL)
    if first is None or _WH_START.match(text, first.start(1), hi, KEEP_GIL) is not None:
        return False
    return (
        participle  # ", he said, *opening* the meeting": the speaker's act whatever came before
        or has_finite(text, lo, hi)
        or any(w in _AUX or w in _IRREGULAR for w in _LOWER_WORD.findall(text, lo, hi))
    )


def has_finite(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` hold a finite verb form ("have", "was", "warned")?"""
    return _FINITE.search(text, start, end, KEEP_GIL) is not None


def word_count(text: str, start: int, end: int) -> int:
    return len((_WORD_ASCII if text.isascii() else _WORD).findall(text, start, end))


def has_words(text: str, start: int, end: int, n: int) -> bool:
    """Are there at least ``n`` words in ``text[start:end]``? (stops counting at ``n``)"""
    if n <= 0:
        return True
    words = (_WORD_ASCII if text.isascii() else _WORD).finditer(text, start, end)
    return next(itertools.islice(words, n - 1, None), None) is not None


def words_within(text: str, start: int, end: int, limit: int) -> bool:
    """Are there at most ``limit`` words in ``text[start:end]``? (looks at a bounded window only)"""
    if end - start > 40 * (limit + 1):
        return False
    return not has_words(text, start, end, limit + 1)


def _skip_ws(text: str, pos: int, end: int) -> int:
    m = _WS.match(text, pos, end, KEEP_GIL)
    return m.end() if m else pos


_ASIDE: Final = regex.compile(
    r""",\s*(?:(?:however|though|also|therefore|nonetheless|nevertheless|meanwhile|moreover|furthermore|
           in\s+turn|too|again|instead|in\s+fact|of\s+course|for\s+(?:example|instance|his|her|its|their)\s+part)
           \s*,\s*
         |[^,;:"“”\n]{1,60}?,\s*(?=that(?![\p{L}])))""",
    regex.VERBOSE | regex.IGNORECASE,
)
"""An aside between commas right after the cue: an adverb (", however,") or, before "that", any
short phrase (", in a statement on Friday, that ...")."""


_ASKED: Final = regex.compile(
    r"""(?:(?:"""
    + lexicon.alternation("grammar", "object pronouns")
    + r""")
        |(?:"""
    + lexicon.alternation("speech", "articles")
    + "|"
    + lexicon.alternation("grammar", "possessives")
    + r""")\s+\p{Ll}[\p{Ll}\-]+(?:\s+\p{Ll}[\p{Ll}\-]+)?
        |\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){0,2})
        \s+(?=(?:"""
    + lexicon.alternation("speech", "words opening a question asked of someone")
    + r""")(?![\p{L}]))""",
    regex.VERBOSE,
)
"""The person asked before a reported question ("asked the minister | whether ...")."""
ASKING_CUES: Final = lexicon.words("speech", "cues asking someone a question")


def skip_asked(text: str, pos: int, end: int) -> int:
    """Position after the person asked when a reported question follows ("asked Ruiz whether the
    ...": the question opens at "whether"), else ``pos``."""
    m = _ASKED.match(text, pos, end, KEEP_GIL)
    return pos if m is None else m.end()


_INFINITIVE_NEXT: Final = regex.compile(r"\s+to\s+\p{Ll}")


def skip_adjuncts(text: str, pos: int, end: int, *, listener: bool) -> int:
    """Position after the adjuncts (and, for "told", the listener) that follow a cue."""
    aside = _ASIDE.match(text, pos, end, KEEP_GIL)
    if aside is not None:
        pos = aside.end()
    pos = _skip_ws(text, pos, end)
    if listener:
        m = _LISTENER.match(text, pos, end, KEEP_GIL)
        if m is not None and _INFINITIVE_NEXT.match(text, m.end(), end, KEEP_GIL):
            m = None  # "told her staff to find ...": the order keeps the one told
        if m is not None and not _THAT.match(text, pos, end, KEEP_GIL):
            pos = m.end()
            aside = _ASIDE.match(text, pos, end, KEEP_GIL)  # "told reporters, however, that"
            pos = _skip_ws(text, aside.end() if aside is not None else pos, end)
    for _ in range(4):
        m = _ADJUNCT.match(text, pos, end, KEEP_GIL)
        if m is None:
            break
        pos = _skip_ws(text, m.end(), end)
    return pos


def starts_with_that(text: str, pos: int, end: int) -> int | None:
    """Position after a leading "that", or None."""
    m = _THAT.match(text, pos, end, KEEP_GIL)
    return m.end() if m else None


_UP_TO_THAT: Final = regex.compile(r"[^,;:\"“”]*?(?<![\p{L}])that(?![\p{L}])\s*")


def find_that(text: str, pos: int, end: int, *, words: int = 10) -> int | None:
    """Position after a "that" within the first few words, before any comma or quote mark."""
    limit = min(end, pos + 120)
    m = _UP_TO_THAT.match(text, pos, limit, KEEP_GIL)
    if m is None or has_words(text, pos, m.end(), words + 1):
        return None
    return m.end()


def _clause_words(text: str, start: int, end: int) -> Iterator[regex.Match[str] | re.Match[str]]:
    return (_CLAUSE_WORD_ASCII if text.isascii() else _CLAUSE_WORD).finditer(text, start, end)


def looks_like_clause(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` open with a clause (a finite verb within its first ten words)?"""
    words = [m.group() for _, m in zip(range(10), _clause_words(text, start, end), strict=False)]
    if len(words) < 3:
        return False
    opener = _CLAUSE_WORD.search(text, start, end, KEEP_GIL)
    if opener is not None and words[0].lower() in _WH_OPENERS:
        return looks_like_clause(text, opener.end(), end)  # "explained why he ..."
    if words[0].lower() in _NOT_SUBJECT:
        return False
    for k in range(1, len(words)):
        w = words[k]
        low = w.lower()
        if low in _AUX or low in _IRREGULAR:
            return True
        if low.endswith("ed") and not low.endswith("eed") and len(low) > 4 and w[0].islower():
            before = words[k - 1].lower()
            if before not in _NOT_BEFORE_VERB and not before.endswith(("'s", "’s")):
                return True
    return False


def starts_clause(text: str, start: int, end: int) -> bool:
    """After "said": four words or more that do not open with a preposition or a listener."""
    words = [m.group().lower() for _, m in zip(range(4), _clause_words(text, start, end), strict=False)]
    return len(words) >= 4 and words[0] not in _NOT_SUBJECT and words[0] not in _ADVERBIAL_START


_PP_THEN_SUBJECT: Final = regex.compile(
    r"(?:[\p{L}\p{N}'’\-]+\s+){1,6}?(?:"
    + "|".join([*sorted(w for w in SUBJECT_PRONOUNS if w != "i"), "I", "there"])
    + r")\s+\p{Ll}[\p{L}'’]+\s"
)
"""A short phrase without a comma, then a clause opening with a subject pronoun: "(said) in
farming it takes years ...", "(says) under the deal they keep ..."."""


def pp_then_clause(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` open with an introductory phrase ("in farming", "for now") that
    runs straight into a clause with a pronoun subject?"""
    if _INTRO.match(text, start, end, KEEP_GIL) is None:
        return False
    m = _PP_THEN_SUBJECT.match(text, start, end, KEEP_GIL)
    if m is None:
        return False
    words = text[start : m.end()].lower().split()[1:-2]
    return not any(w in _CLAUSE_LINKS for w in words)  # not "a bigger say in how the port runs"


def intro_like(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` an introductory adverbial ("As for the summit", "Through this visit")?"""
    return _INTRO.match(text, start, end, KEEP_GIL) is not None and not has_words(text, start, end, 15)


def clean(text: str, start: int, end: int) -> Span | None:
    """Trim a reported clause: spaces, a leading "that", the final period or a trailing comma."""
    while start < end and (text[start].isspace() or text[start] in ",:;—–-"):
        start += 1
    m = _THAT.match(text, start, end, KEEP_GIL)
    if m is not None and has_words(text, m.end(), end, 2):  # not "declined that assignment"
        start = m.end()
    m = _CONNECTIVE.match(text, start, end, KEEP_GIL)
    if m is not None:
        start = m.end()
    while end > start:
        ch = text[end - 1]
        if ch.isspace() or ch in ",;:—–" or (ch == "-" and end - 2 >= start and text[end - 2] in " -"):
            end -= 1  # also a dash typed as hyphens: "he would close the port --"
        elif ch == "." and not (end - 2 > start and text[end - 2] == "." and text[end - 3].isupper()):
            end -= 1
            break
        else:
            break
    while end > start and text[end - 1].isspace():
        end -= 1
    tail = _TRAILING_CONJUNCTION.search(text, start, end, KEEP_GIL)
    if tail is not None:  # "A said X, and B said Y": X without the "and" (or a dangling "which")
        end = tail.start()
    if not has_words(text, start, end, 2):
        return None
    return start, end


_TRAILING_CONJUNCTION: Final = regex.compile(r",\s*(?:and|but|or|while|whereas|(?:wh(?:ich|o|om)))$")
"""A joining word the next attribution cut from its clause ("X said A, and B said ..."; "the plan
had failed, which critics said was plain": a relative pronoun left dangling is no part of A)."""


_COMMA_WORD: Final = regex.compile(r",\s+(\p{Ll}+)")
_RELATIVE_BEFORE: Final = regex.compile(r",\s*(?:who|which)\s+(?:\p{Ll}+\s+){0,2}$")
_RELATIVE_BEFORE_ASCII: Final = ascii_twin(_RELATIVE_BEFORE)


def narrator_end(text: str, start: int, end: int, speaker: str | None) -> int:
    """Where a reported clause ends before ", but" and a clause another person opens by full name
    ("X claimed the race was his, but Tom Ferris is unfazed"): the narrator's words, not X's."""
    for m in _BUT_NAME.finditer(text, start, min(len(text), end + _NAME_REACH), False, KEEP_GIL):
        if m.start() >= end:
            break
        name = m.group(1).split()
        if is_given_name(name[0]) and (speaker is None or name[-1] not in speaker.split()):
            return m.start()
    return end


_NAME_REACH: Final = 60
_BUT_NAME: Final = regex.compile(
    r",\s+(?:but|yet|while|whereas)\s+(\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){1,3})\s+\p{Ll}"
)


def relative_end(text: str, cue_start: int, start: int, end: int) -> int:
    """Where a clause reported inside a relative clause set off by commas ends: at the comma before
    the main clause's verb ("The minister, who said the claims were false, resigned")."""
    relative = _RELATIVE_BEFORE_ASCII if text.isascii() else _RELATIVE_BEFORE
    if relative.search(text, max(0, cue_start - 40), cue_start) is None:
        return end
    for m in _COMMA_WORD.finditer(text, start, end, False, KEEP_GIL):
        word = m.group(1)
        if word in _AUX or word in _IRREGULAR or (word.endswith("ed") and len(word) > 4):
            return m.start()
    return end

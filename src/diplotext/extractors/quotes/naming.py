"""How a speaker is named beyond the words at the cue: the gender a name tells (for "he said"),
the organisations a description stands for ("the ministry said"), the people of someone ("X's
aides"), and the acronyms an article spells out ("Export Development Canada (EDC)")."""

from __future__ import annotations

import functools
from typing import Final

import regex

from diplotext import lexicon, runtime
from diplotext.extractors.actors.names import first_name_gender
from diplotext.patterns import KEEP_GIL

__all__ = [
    "BODY_HEADS",
    "BODY_WORDS",
    "DOCUMENT_HEADS",
    "PEOPLE_OF",
    "PERSON_TITLES",
    "SPEAKER_NOUNS",
    "acronyms_in",
    "can_speak_head",
    "gender_of",
    "honorific_gender",
    "spelled_out",
]

BODY_WORDS: Final = {
    row[0]: frozenset(row[1].split()) if len(row) > 1 else frozenset(row[:1])
    for row in lexicon.rows("speech", "body heads")
}
"""Heads of a description that stands for an organisation the article names ("the ministry said"),
each with the words a name it may stand for holds ("the company": "X Inc", "X Group")."""
BODY_HEADS: Final = frozenset(BODY_WORDS)
PEOPLE_OF: Final = lexicon.words("speech", "people of someone")
"""Nouns for people who speak for or beside someone: "X's aides say" is the aides, not X."""
SPEAKER_NOUNS: Final = (
    lexicon.words("speech", "speaker nouns")
    | lexicon.words("events", "person nouns")
    | {role for role in lexicon.mapping("actors", "role phrases") if " " not in role and role.isalpha()}
)
"""Heads of a phrase that can say something, besides titles, body heads and people of someone; the
one-word roles of the actors plugin ("actress", "economist", "bishop") among them."""
DOCUMENT_HEADS: Final = lexicon.words("speech", "document heads")
"""Heads of a description that stands for a document ("the statement said"): its issuer speaks."""
PERSON_TITLES: Final = lexicon.words("speech", "person titles")
"""Singular job titles of people: a description headed by one is a person ("the minister said")."""


@functools.lru_cache(maxsize=4096)  # a pure test of the word, asked of the same heads again and again
def can_speak_head(head: str) -> bool:
    """Can a phrase headed by ``head`` (lower case; plurals read as their singular) say something:
    a noun for people or a body ("officials", "the alliance", "countries") or a document that
    speaks for its issuer ("the report", "her lawsuit"), not "the mood"?"""
    for word in (head, head[:-1] if head.endswith("s") else head, head[:-2] if head.endswith("es") else head):
        if word in SPEAKER_NOUNS or word in BODY_HEADS or word in PEOPLE_OF or word in PERSON_TITLES:
            return True
        if word in DOCUMENT_HEADS:
            return True
    if head.endswith("ies"):
        return head[:-3] + "y" in SPEAKER_NOUNS
    return False


def plural_people_in(text: str, lo: int, hi: int) -> bool:
    """Does a lower-case plural noun for people stand between ``lo`` and ``hi`` ("the participants
    in " before "her trial": the participants speak, not her)?"""
    return any(w.endswith("s") and can_speak_head(w) for w in _LOWER_WORD.findall(text, lo, hi))


POSSESSIVES_AND_PRONOUNS: Final = (
    lexicon.words("grammar", "possessives")
    | lexicon.words("grammar", "subject pronouns")
    | lexicon.words("grammar", "object pronouns")
) - {"it"}
_LOWER_WORD: Final = regex.compile(r"(?<![\p{L}])\p{Ll}[\p{Ll}\-]*")
_HONORIFIC_GENDER: Final = {
    "mr": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "sir": "m",
    "dame": "f",
    "lady": "f",
    "lord": "m",
}
_LINKS: Final = lexicon.alternation("speech", "words linking the words of a body's name")
_ACRONYM: Final = regex.compile(
    r"(?P<long>(?:\p{Lu}[\p{L}\-]*[ \t]+(?:(?:" + _LINKS + r")[ \t]+)?){1,8})\((?P<short>\p{Lu}{2,6})\)"
)
_ACRONYM_OR: Final = regex.compile(
    r"(?P<long>\p{Lu}[\p{L}\-]*(?:[ \t]+(?:(?:" + _LINKS + r")[ \t]+)?\p{Lu}[\p{L}\-]*){0,7})"
    r",[ \t]+or[ \t]+(?P<short>\p{Lu}{2,6})(?=[,;.)])"
)
"""'The Amalgamated Transit Workers Union, or ATWU,'."""
_ACRONYM_SHORT: Final = regex.compile(r"\(\p{Lu}{2,6}\)")
"""The acronym in its parentheses that every :data:`_ACRONYM` match ends with: a text without one
has no such definition."""
_ACRONYM_OR_SHORT: Final = regex.compile(r",[ \t]+or[ \t]+\p{Lu}{2,6}[,;.)]")
"""The ", or ATWU," that every :data:`_ACRONYM_OR` match ends with (a cheap search first: the
full pattern tries a capitalised run at every capital of the text)."""


def gender_of(name: str | None) -> str | None:
    """``m`` or ``f`` from a name's honorific or given name ("Mrs X", "Ada X"), else ``None``."""
    words = (name or "").replace(".", " ").split()
    cut = next((k for k, w in enumerate(words) if k > 0 and w in _BODY_LINKS), len(words))
    words = words[:cut]  # "Harbour Trust for Marine Life": a body's cause tells no sex
    for word in reversed(words[:-1] if len(words) > 1 else words):  # "Engineer Tom Reed", "Ms Quist"
        got = _HONORIFIC_GENDER.get(word.lower()) or first_name_gender(word)
        if got is not None:
            return got
    return None


_BODY_LINKS: Final = lexicon.words("speech", "words linking a body to its cause")


def honorific_gender(name: str) -> str | None:
    """``m`` or ``f`` from an honorific in a name ("Mrs X", "Mr. Y"), else ``None``."""
    for word in name.replace(".", " ").split():
        got = _HONORIFIC_GENDER.get(word.lower())
        if got is not None:
            return got
    return None


def spelled_out(text: str) -> dict[str, str]:
    """Names of three words or more the text writes, by their initials ("Royal Canadian Mounted
    Police" -> ``{"RCMP": ...}``), the first written for each: what an acronym the text never
    defines stands for. One pass over the capitalised runs."""
    out: dict[str, str] = {}
    for m in runtime.finditer(_CAPITAL_RUN, text):
        words = m.group().split()
        caps = [k for k, w in enumerate(words) if w[:1].isupper()]
        for n, k in enumerate(caps):
            if len(caps) - n < 3:
                break
            initials = "".join(words[j][0] for j in caps[n:])
            if len(initials) <= 6:
                out.setdefault(initials, " ".join(words[k:]))
    return out


_CAPITAL_RUN: Final = regex.compile(
    r"\p{Lu}[\p{Ll}\-]+(?:[ \t]+(?:(?:" + _LINKS + r")[ \t]+)?\p{Lu}[\p{Ll}\-]+){2,7}"
)


_OUTSIDE_A_LONG_FORM: Final = regex.compile(r"(?r)[^\p{L}\- \t]")
"""A character no long form of :data:`_ACRONYM` holds (its words and links are letters and hyphens,
between spaces and tabs), searched backwards from a short form."""
assert regex.fullmatch(r"[\p{L}|]+", _LINKS), "a link word of a body's name that is not all letters"


_SHORT_WINDOW: Final = 400
"""A window this short is searched without the guard's timeout (the work is bounded by its square)."""


def _definitions(text: str) -> list[regex.Match[str]]:
    """The matches of :data:`_ACRONYM` in ``text``, as ``finditer`` gives them. Each ends with a
    short form in parentheses, the first after its start (a long form holds no parenthesis), and
    holds no character :data:`_OUTSIDE_A_LONG_FORM` before it: so the pattern is searched only from
    the last such character before each short form to that short form's end, not tried at every
    capitalised word of the text."""
    out = []
    floor = 0
    for short in _ACRONYM_SHORT.finditer(text, 0, len(text), False, KEEP_GIL):  # (a linear scan)
        stop = _OUTSIDE_A_LONG_FORM.search(text, floor, short.start(), KEEP_GIL)
        lo, hi = floor if stop is None else stop.end(), short.end()
        # the guard's timeout costs more than a short window's search: only a long one takes it
        m = (
            _ACRONYM.search(text, lo, hi, KEEP_GIL)
            if hi - lo <= _SHORT_WINDOW
            else runtime.search(_ACRONYM, text, lo, hi)
        )
        if m is not None:
            out.append(m)
        floor = short.end()
    return out


def acronyms_in(text: str) -> dict[str, str]:
    """Acronyms a text defines ("Export Development Canada (EDC)" -> ``{"EDC": ...}``): the
    capitalised words before the parenthesis whose initials spell it."""
    out: dict[str, str] = {}
    # every definition ends with its short form: a pattern whose short form the text lacks is
    # not tried at each capitalised word
    found = (
        *(_definitions(text) if _ACRONYM_SHORT.search(text, None, None, KEEP_GIL) is not None else ()),
        *(
            runtime.finditer(_ACRONYM_OR, text)
            if _ACRONYM_OR_SHORT.search(text, None, None, KEEP_GIL) is not None
            else ()
        ),
    )
    for m in found:
        short = m.group("short")
        words = m.group("long").split()
        caps = [w for w in words if w[:1].isupper()]
        for k in range(len(caps)):
            if "".join(w[0] for w in caps[k:]) == short:
                out.setdefault(short, " ".join(words[words.index(caps[k]) :]))
                break
    return out

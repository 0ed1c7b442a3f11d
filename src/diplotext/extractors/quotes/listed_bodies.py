"""A body whose name lists its fields after "of" or "for" ("the Centers for Disease Control and
Prevention", "the Ministry of Health and Long-Term Care", "the Department of Economy, Trade and
Industry"): the speaker is the whole name, not the last field after "and"."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.actors.names import is_given_name

__all__ = ["body_past_person", "listed_body_start"]


def listed_body_start(toks: list[tuple[int, int, str]], k: int) -> int | None:
    """Where the whole body name starts when the capitalised run ``toks[k:]`` is the last field of
    a list after a body word and "of"/"for" (``toks[k - 1]`` is "and" or "&"); else ``None``."""
    if k < 3 or toks[k - 1][2] not in _AND:
        return None
    if len(toks) - k >= 2 and is_given_name(toks[k][2]):
        return None  # "the Council of Elders and Tom Brandt": a person after "and"
    j = k - 1
    if toks[j - 1][2] == ",":
        j -= 1  # "Economy, Trade, and Industry"
    fields = 0
    while True:
        start = j
        while j > 0 and _cap(toks[j - 1][2]):
            j -= 1
        if j == start or start - j > _FIELD_MAX:
            return None
        fields += 1
        if j > 0 and toks[j - 1][2] == "," and fields < _FIELDS_MAX:
            j -= 1
            continue
        break
    if j < 2 or toks[j - 1][2].lower() not in _LINKS:
        return None
    j -= 1
    if not _body_word(toks[j - 1][2]):
        return None
    while j > 0 and _cap(toks[j - 1][2]) and not toks[j - 1][2].endswith(("'s", "’s")):
        j -= 1  # "the Dunmore Monitoring Centre for ...", not "Ruritania's"
    return j


def body_past_person(mention: str, person: str) -> bool:
    """Does a capitalised mention run on past a person's name into an organisation word
    ("Dunmore Regional Medical Center" for the person "Dunmore Regional Medical")?"""
    if not mention.startswith(person) or len(mention) <= len(person):
        return False
    rest = mention[len(person) :].split()
    return (
        bool(rest)
        and all(_cap(w) or w in _AND or w.lower() in _LINKS for w in rest)
        and any(_body_word(w) for w in rest)
    )


def _cap(word: str) -> bool:
    return word[:1].isupper() and word[:1].isalpha()


def _body_word(word: str) -> bool:
    low = word.lower()
    return _cap(word) and (low in _ORG_WORDS or (low.endswith("s") and low[:-1] in _ORG_WORDS))


_AND: Final = frozenset({"and", "&"})
_LINKS: Final = lexicon.words("speech", "words linking a body to the fields of its name")
_ORG_WORDS: Final = lexicon.words("speech", "organisation words")
_FIELD_MAX: Final = 4
_FIELDS_MAX: Final = 5

"""Who an age description stands for ("'...,' said the 74-year-old comedian", "The 21-year-old told
reporters"): the person the article introduced with the description's noun ("comedian Tom X"), or
the first person named, outside anyone's words, in the last sentence before the description's own
that names one ("Norwich signed midfielder Tom X. '...,' said the 34-year-old"), when that sentence
does not open with a pronoun (whose person the last speaker rules find) and the person holds no other
role the article wrote before the name.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL

from .article_names import person_name
from .countries import is_nationality
from .mentions import Mention
from .naming import BODY_HEADS, can_speak_head
from .resolver import Resolver
from .speaker_history import History, Said, sentence_opening
from .subject_position import OBJECT_OR_SUBJECT_PRONOUNS

__all__ = ["introduced_with_noun", "named_before", "people_named", "role_fits"]


def role_fits(resolver: Resolver, name: str | None, head: str, age: str, description: str = "") -> bool:
    """Can "the 40-year-old comic" be this person: the description has no noun, or the article gave
    them no role noun before their name, or that noun ("producer X" is no "comic")? Only words that
    name a role count as the person's roles (not a headline's words before a name in the lead)."""
    if head == age or not _role_noun(head):
        return True  # "the 41-year-old chart-topper": no role noun to tell another role by
    titles = resolver.titles_of(name)
    roles = {t for t in titles if _role_noun(t)}
    if head in roles and (titles & _RANKS) != (frozenset(description.lower().split()) & _RANKS):
        return False  # "a sitting leader X" is no "the 69-year-old former leader"
    return not roles or head in roles


def _role_noun(word: str) -> bool:
    return word.isalpha() and (word in _ROLE_WORDS or can_speak_head(word))


_ROLE_WORDS: Final = lexicon.words("speech", "role words before a name")
_RANKS: Final = lexicon.words("speech", "title ranks")


def introduced_with_noun(resolver: Resolver, m: Mention, head: str, said: History) -> Said | None:
    """The person last named before the description ``m`` with its noun as a role written before
    the name ("comedian Tom X ... said the 74-year-old comedian") or given by the actors plugin ("Tom
    X, a comedian,"), of the same rank ("former"), or ``None``."""
    if not _role_noun(head):
        return None
    pos = m.start
    ranks = frozenset(m.text.lower().split()) & _RANKS
    found: tuple[int, Said] | None = None
    for s, _, actor in resolver.mentions_back(pos, max(0, pos - _NOUN_WINDOW)):
        words = " ".join(actor.roles).split()
        fits = head in words and ranks == _RANKS.intersection(words)
        if fits and actor.kind == "person" and not said.said(s):
            found = (s, Said(actor.name, actor.id, None, True))
            break
    for n in reversed(resolver.names_before(pos)):
        if found is not None and n.start < found[0]:
            break
        if (
            head in n.titles
            and ranks == n.titles & _RANKS
            and not said.said(n.start)
            and person_name(n.name) is not None
        ):
            known = resolver.actor_at(n.start, n.end)
            if known is not None and known.kind == "person":
                return Said(known.name, known.id, None, True)
            return Said(n.name, None, None, True)
    return found[1] if found is not None else None


def named_before(
    resolver: Resolver, history: History, m: Mention, head: str, age: str, *, after_pronoun: bool = False
) -> Said | None:
    """The first person named outside anyone's words in the last sentence before the description's
    own that names one (at most a few sentences back), when their roles fit the description; ``None``
    when that sentence opens with a pronoun (unless ``after_pronoun``: then its first name)."""
    text = resolver.text
    hi = sentence_opening(text, m.start)
    for _ in range(_SENTENCES_BACK):
        if hi <= 0:
            return None
        lo = sentence_opening(text, hi)
        people = people_named(resolver, history, lo, hi)
        if people:
            opening = _OPENING.match(text, lo, hi, KEEP_GIL)
            word = opening.group(1).lower() if opening is not None else ""
            if word in OBJECT_OR_SUBJECT_PRONOUNS and not after_pronoun:
                return None  # "He met Ivo X. '...,' said the 74-year-old": he, not Ivo X
            if word == "by" and opening is not None and text.find("\n", opening.end(), hi) < 0:
                return None  # a byline ("By Ann X, Bo Y"): its writers speak in none of the story
            if _described_opener(text, lo, hi):
                return None  # "The Spaniard thought he spoke to X. '...,' the 21-year-old said": not X
            name, actor_id = people[0]
            if not role_fits(resolver, name, head, age, m.text):
                return None
            return Said(name, actor_id, m, True)
        hi = lo
    return None


def _described_opener(text: str, lo: int, hi: int) -> bool:
    """Does the sentence open with a description of one person ("The Spaniard believed ...", "The
    veteran coach said"), its subject, whom the people it names are not?"""
    opener = _DESCRIBED_OPENER.match(text, lo, hi, KEEP_GIL)
    if opener is None:
        return False
    for word in opener.group(1).split():
        if word[:1].isupper() and is_nationality(word):
            return True
        low = word.lower()
        if not low.endswith("s") and can_speak_head(low) and low not in BODY_HEADS:
            return True
    return False


def people_named(resolver: Resolver, history: History, lo: int, hi: int) -> list[tuple[str, str | None]]:
    """The people named (not by a pronoun) between ``lo`` and ``hi`` outside anyone's words, in text
    order: through the actors plugin, else a person name the article writes."""
    found: list[tuple[int, str, str | None]] = []
    for s, e, actor in resolver.mentions_back(hi, lo):
        if (
            actor.kind == "person"
            and not history.said(s)
            and resolver.text[s:e].lower() not in OBJECT_OR_SUBJECT_PRONOUNS
        ):
            found.append((s, actor.name, actor.id))
    for n in reversed(resolver.names_before(hi)):
        if n.end < lo:
            break
        if n.start < lo or history.said(n.start) or resolver.actor_at(n.start, n.end) is not None:
            continue
        name = person_name(n.name)
        if name is not None:
            found.append((n.start, name, None))
    return [(name, actor_id) for _, name, actor_id in sorted(found, key=lambda t: t[0])]


_DESCRIBED_OPENER: Final = regex.compile(
    r"[\s.!?\"'’”)]*[\"“‘'(]?(?:The|A|An)\s+((?:[\p{L}\-]+[ \t]+){0,2}[\p{L}\-]+)"
)
"""A sentence opened by an article and up to three words ("The Spaniard believed he")."""
_SENTENCES_BACK: Final = 3
_NOUN_WINDOW: Final = 3000
_OPENING: Final = regex.compile(r"[\s.!?\"'’”)]*[\"“‘'(]?(\p{L}+)")
"""The first word of a sentence after the break before it."""

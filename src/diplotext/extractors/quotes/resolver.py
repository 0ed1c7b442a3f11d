"""Speaker resolution: a mention to a full name, through the ``actors`` plugin's mentions first,
then through the names found in the article (:mod:`.article_names`: titles they were introduced
with, genders their given names or honorifics tell), then through who opened the sentences since the
last speaker.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence
from typing import Final

import attrs

from diplotext import geo, lexicon
from diplotext.extractors.actors.names import given_name_gender
from diplotext.model import Actor, Span

from .article_names import Name, names_in, person_name
from .bare_names import is_place
from .countries import is_nationality
from .firms import Firms
from .issuers import issuer_of, nationality_only
from .mentions import TITLE_WORDS
from .name_titles import ANSWERED_BEFORE, surname_slot
from .naming import (
    BODY_WORDS,
    PERSON_TITLES,
    POSSESSIVES_AND_PRONOUNS,
    acronyms_in,
    gender_of,
    honorific_gender,
    plural_people_in,
    spelled_out,
)
from .sentence_openings import named_subject_before, person_opening
from .sex_evidence import ToldSex, role_sex
from .subject_position import (
    OBJECT_OR_SUBJECT_PRONOUNS,
    gender_after,
    opens_sentence,
)

__all__ = ["Person", "Resolver", "nationality_only", "person_title", "resolvable_title"]

_PERSON_TITLES: Final = PERSON_TITLES
_RESOLVING_TITLES: Final = _PERSON_TITLES - {
    "chief",
    "commander",
    "diplomat",
    "director",
    "general",
    "official",
}
"""Titles that, standing alone ("the minister said"), point back to a person named with them."""


@attrs.frozen
class Person:
    """A person a mention may stand for: the name, and the actor's id when the actors plugin knows it."""

    name: str
    id: str | None


_BODY_LOOKBACK: Final = 6


class Resolver:
    """Resolve speaker mentions to full names (actors first, then the article's own names)."""

    def __init__(self, text: str, segments: Sequence[Span], actors: Sequence[Actor]) -> None:
        self.text = text
        self._mentions: list[tuple[int, int, Actor]] = sorted(
            ((s, e, a) for a in actors for s, e in a.mentions if 0 <= s < e <= len(text)),
            key=lambda t: (t[0], -t[1]),
        )
        self._mention_starts = [m[0] for m in self._mentions]
        self._actors = {a.id: a for a in actors}
        self._acronyms: dict[str, str] | None = None
        self._spelled: dict[str, str] | None = None
        self._segments = tuple(segments)
        self._index: list[Name] | None = None
        self._ends: list[int] | None = None
        self._by_key: dict[str, list[Name]] | None = None
        self._full_cache: dict[frozenset[str], list[Name]] = {}
        self._firms: Firms | None = None
        self._told = ToldSex(text, self._mentions, self._mention_starts)

    @property
    def _names(self) -> list[Name]:
        """Person names in the article (built on first use: most speakers resolve through actors)."""
        if self._index is None:
            self._index = names_in(self.text, self._segments)
        return self._index

    @property
    def _name_ends(self) -> list[int]:
        if self._ends is None:
            self._ends = [n.end for n in self._names]
        return self._ends

    # ---------------------------------------------------------------- lookups
    def body_before(self, pos: int, head: str, modifiers: frozenset[str] = frozenset()) -> Actor | None:
        """The organisation "the company", "the ministry" stands for: the one mentioned last before
        ``pos`` whose name holds the head word, or for a generic head ("company", "firm") the
        organisation mentioned last; only within the few mentions before ``pos``. A name must hold
        the ``modifiers`` too ("the central bank": a bank named with "Central")."""
        words = BODY_WORDS.get(head, frozenset([head]))
        k = bisect.bisect_left(self._mention_starts, pos)
        seen = 0
        while k > 0 and seen < _BODY_LOOKBACK:
            k -= 1
            actor = self._mentions[k][2]
            if actor.kind not in ("organization", "group"):
                continue
            seen += 1
            name = {w.strip(".,") for w in actor.name.lower().split()}
            if not words.isdisjoint(name) and (modifiers <= name or _of_a_state(actor.name)):
                return actor  # "the central bank": "Central Bank of X" or "Bank of Japan", not "City Bank"
        return None

    def firm_before(self, pos: int, head: str, modifiers: Sequence[str] = ()) -> str | None:
        """The business "the company" stands for when the actors plugin does not know it: the one
        named last before ``pos`` with a firm noun that fits ``head`` ("telecoms firm X")."""
        if self._firms is None:
            self._firms = Firms(self.text)
        return self._firms.before(pos, head, modifiers)

    def named_subject_before(self, pos: int) -> tuple[int, int] | None:
        """See :func:`diplotext.extractors.quotes.sentence_openings.named_subject_before`."""
        return named_subject_before(self.text, pos, self.actor_at)

    def actor_at(self, start: int, end: int) -> Actor | None:
        """The actor with a mention covering ``start``-``end`` (or ending it: "spokesman Dino Djalal")."""
        best: tuple[int, Actor] | None = None
        k = bisect.bisect_right(self._mention_starts, end)
        while k > 0:
            k -= 1
            s, e, actor = self._mentions[k]
            if s < start - 300:
                break
            if e < start:
                continue
            if s <= start and e >= end:
                score = 3
            elif self.text[s:e].lower() in POSSESSIVES_AND_PRONOUNS and plural_people_in(self.text, start, s):
                continue  # "the participants in her trial": the participants, not her
            elif start <= s and e == end:
                score = 2
            elif start <= s and e <= end and actor.kind == "person":
                score = 1
            else:
                continue
            if best is None or score > best[0]:
                best = (score, actor)
        return best[1] if best else None

    def _by(self, key: str) -> list[Name]:
        if self._by_key is None:
            self._by_key = {}
            for n in self._names:
                for word in n.tokens:
                    self._by_key.setdefault("w:" + word, []).append(n)
                for title in n.titles:
                    self._by_key.setdefault("t:" + title, []).append(n)
        return self._by_key.get(key, [])

    @staticmethod
    def _nearest(names: Sequence[Name], position: int) -> Name:
        """The last of ``names`` (in text order) starting at or before ``position``, else the first."""
        k = bisect.bisect_right([n.start for n in names], position)
        return names[k - 1] if k > 0 else names[0]

    def names_before(self, position: int) -> Sequence[Name]:
        """The person names the article writes ending at or before ``position``, in text order."""
        return self._names[: bisect.bisect_right(self._name_ends, position)]

    def full_name(self, mention: str, position: int) -> str | None:
        """The fullest name in the article containing every word of ``mention``, nearest first."""
        split = mention.replace(".", " ").split()
        words = frozenset(
            w.lower()
            for k, w in enumerate(split)
            if w.lower() not in TITLE_WORDS or (k == len(split) - 1 and surname_slot(split[:k]))
        )  # "Mr. King": the surname King, not the title
        if not words:
            return None
        candidates = self._full_cache.get(words)
        if candidates is None:
            pool = min((self._by("w:" + w) for w in words), key=len)
            candidates = [n for n in pool if words <= n.tokens]
            if candidates:
                longest = max(len(n.tokens) for n in candidates)
                candidates = [n for n in candidates if len(n.tokens) == longest]
            self._full_cache[words] = candidates
        if not candidates:
            return None
        return self._nearest(candidates, position).name

    def titled(
        self,
        title: str,
        position: int,
        nationalities: frozenset[str] = frozenset(),
        modifiers: frozenset[str] = frozenset(),
    ) -> str | None:
        """The person nearest to ``position`` introduced with this title ("President Hu Jintao").

        With ``nationalities`` ("polish"), people introduced with another nationality are skipped;
        with ``modifiers`` ("prime" of "the prime minister"), people whose title lacks one, and
        people whose title has a rank the description does not ("deputy", "vice", "former").
        """
        if title not in _RESOLVING_TITLES:
            return None
        hits = [
            n
            for n in self._by("t:" + title)
            if modifiers <= n.titles and not ((n.titles & _RANKS) - modifiers)
        ]
        if nationalities:
            hits = [
                n for n in hits if nationalities & n.titles or not any(is_nationality(t) for t in n.titles)
            ]
        if not hits:
            return None
        return self._nearest(hits, position).name

    def titles_of(self, name: str | None) -> frozenset[str]:
        """Every title word the article wrote before this person's full name."""
        if not name:
            return frozenset()
        return frozenset().union(*(n.titles for n in self._names if n.name == name))

    def has_title(self, name: str, title: str, modifiers: frozenset[str] = frozenset()) -> bool:
        """Was the person named ``name`` introduced with this title anywhere in the article (with
        every one of ``modifiers`` and no rank they lack: "the former minister" is no minister
        introduced without "former")?"""
        return any(
            n.name == name and modifiers <= n.titles and not ((n.titles & _RANKS) - modifiers)
            for n in self._by("t:" + title)
        )

    @property
    def acronyms(self) -> dict[str, str]:
        """Acronyms the article defines ("Export Development Canada (EDC)" -> ``{"EDC": ...}``),
        read on first use: the capitalised words before the parenthesis whose initials spell it."""
        if self._acronyms is None:
            self._acronyms = acronyms_in(self.text)
        return self._acronyms

    def expansion(self, acronym: str) -> str | None:
        """What an acronym stands for: the article's definition ("X Y Z (XYZ)", "X Y Z, or XYZ,"),
        else, for three letters or more, the name it writes with those initials ("Royal Canadian
        Mounted Police" for "RCMP")."""
        got = self.acronyms.get(acronym)
        if got is not None or len(acronym) < 3:
            return got
        if self._spelled is None:
            self._spelled = spelled_out(self.text)
        return self._spelled.get(acronym)

    def gender(self, name: str | None, actor_id: str | None, told: bool = True) -> str | None:
        """The gender a speaker's name, or its actor's other written forms ("Ms Quist"), tell: an
        honorific in any of them first ("Jan X" written "Ms X" too is a woman), then a role of one sex,
        a given name, and with ``told`` the pronouns right after the name (:mod:`.sex_evidence`)."""
        actor = self._actors.get(actor_id) if actor_id is not None else None
        for form in (name or "", *(actor.aliases if actor is not None else ())):
            firm = honorific_gender(form)
            if firm is not None:
                return firm
        by_role = role_sex(actor) if actor is not None and actor.kind == "person" else None
        got = by_role or gender_of(name)  # "spokeswoman Sam X": the role, not the given name
        if got is None and actor_id is not None:
            actor = self._actors.get(actor_id)
            for form in actor.aliases if actor is not None else ():
                got = gender_of(form)
                if got is not None:
                    break
        if got is None and told and actor is not None and actor.kind == "person":
            got = self._told.of(actor)  # "X said she ...", "X lost his seat", "Queen X"
        return got

    def told(self, actor_id: str | None) -> str | None:
        """The sex the article's own words tell of this person (its roles, the pronouns after its
        name), or ``None``."""
        actor = self._actors.get(actor_id) if actor_id is not None else None
        return self._told.of(actor) if actor is not None and actor.kind == "person" else None

    def firm_gender(self, name: str | None, actor_id: str | None) -> bool:
        """Does an honorific ("Mr", "Ms") in the name or its actor's other forms tell its gender
        (not a given name alone, which can be either: "Jan", "Andrea")?"""
        forms = [name or ""]
        actor = self._actors.get(actor_id) if actor_id is not None else None
        forms.extend(actor.aliases if actor is not None else ())
        return any(honorific_gender(form) is not None for form in forms)

    def issuer_of(self, head: str, position: int) -> tuple[int, int] | None:
        """Who issued the document "the statement" stands for (see :func:`.issuers.issuer_of`)."""
        return issuer_of(self.text, head, position)

    def person_of(self, country: str, position: int) -> Actor | None:
        """The person of this country (ISO3) mentioned last before ``position`` ("the American
        said" after "X, an American diplomat")."""
        k = bisect.bisect_left(self._mention_starts, position)
        seen = 0
        while k > 0 and seen < _SUBJECT_LOOKBACK:
            k -= 1
            seen += 1
            actor = self._mentions[k][2]
            if actor.kind == "person" and actor.country == country:
                return actor
        return None

    def country_of(self, actor_id: str) -> str | None:
        """The country the actors plugin gave this actor, or ``None``."""
        actor = self._actors.get(actor_id)
        return actor.country if actor is not None else None

    def roles_of(self, actor_id: str | None) -> tuple[str, ...]:
        """The roles the actors plugin gave this actor ("chancellor"), or none."""
        actor = self._actors.get(actor_id) if actor_id is not None else None
        return actor.roles if actor is not None else ()

    def is_person(self, actor_id: str | None) -> bool:
        """Is ``actor_id`` an actor of the kind person?"""
        actor = self._actors.get(actor_id) if actor_id is not None else None
        return actor is not None and actor.kind == "person"

    def people_between(self, lo: int, hi: int) -> list[tuple[str, int]]:
        """The person actors named (not by a pronoun) between ``lo`` and ``hi``: id and where."""
        k = bisect.bisect_left(self._mention_starts, lo)
        found: list[tuple[str, int]] = []
        while k < len(self._mentions) and self._mentions[k][0] < hi:
            s, e, actor = self._mentions[k]
            if actor.kind == "person" and self.text[s:e].lower() not in OBJECT_OR_SUBJECT_PRONOUNS:
                found.append((actor.id, s))
            k += 1
        return found

    def broad_gender(self, name: str | None, actor_id: str | None = None) -> str | None:
        """:meth:`gender`, else what the broad list of given names tells of the first word."""
        words = (name or "").split()
        return self.gender(name, actor_id) or (given_name_gender(words[0]) if len(words) > 1 else None)

    def newcomer(self, lo: int, hi: int, sex: str, said: Callable[[int], bool]) -> Actor | None:
        """The person last named by two words or more between ``lo`` and ``hi``, outside anyone's
        words, whose names tell one of the sexes in ``sex`` ("One of them is Ada Lind, whose father
        ...": also by the broad list of given names, for the given name first), or ``None``."""
        found = None
        for actor_id, at in self.people_between(lo, hi):
            actor = self._actors[actor_id]
            known = self.broad_gender(actor.name, actor.id)
            if len(actor.name.split()) > 1 and not said(at) and known is not None and known in sex:
                found = actor
        return found

    def mentions_back(self, position: int, lo: int) -> Iterator[tuple[int, int, Actor]]:
        """The actor mentions starting from ``lo`` up to before ``position``, latest first."""
        k = bisect.bisect_left(self._mention_starts, position)
        while k > 0:
            k -= 1
            if self._mentions[k][0] < lo:
                return
            yield self._mentions[k]

    def person_before(self, position: int, gender: str) -> Actor | None:
        """The person last mentioned before ``position`` whose names tell this gender."""
        k = bisect.bisect_left(self._mention_starts, position)
        while k > 0:
            k -= 1
            actor = self._mentions[k][2]
            if actor.kind == "person" and self.gender(actor.name, actor.id) == gender:
                return actor
        return None

    def subject_person(
        self,
        lo: int,
        hi: int,
        gender: str | None,
        said: Callable[[int], bool] = lambda _: False,
        current: str | None = None,
    ) -> Person | None:
        """The person named last as the subject opening a sentence between ``lo`` and ``hi``
        (not of the other gender, not inside what someone ``said``): who a "he said" after them
        most likely means; ``None`` when the ``current`` speaker is named again after them. A full
        name the actors plugin does not know counts too ("Councillor X voted against it. He ...")."""
        k = bisect.bisect_left(self._mention_starts, hi)
        seen = 0
        found: tuple[int, Person] | None = None
        while k > 0 and seen < _SUBJECT_LOOKBACK:
            k -= 1
            s, e, actor = self._mentions[k]
            if s < lo:
                break
            seen += 1
            if actor.kind != "person" or self.text[s:e].lower() in OBJECT_OR_SUBJECT_PRONOUNS:
                continue
            if current in {actor.id, actor.name}:
                if said(s):
                    continue  # '"... with Roger, if you relax ...," he said': named in the words
                if ANSWERED_BEFORE.search(self.text, max(0, s - 40), s) is not None:
                    continue  # "B agreed with Owen. '...,' he wrote": Owen is B's object, B spoke
                if gender is not None and self.gender(actor.name, actor.id) not in (None, gender):
                    continue  # "Rita X had a question for Drake. '...,' she said": no "she"
                return None  # "... and Owen is confident. He added": Owen again
            if self._subject_at(s, e, gender, said, self.gender(actor.name, actor.id)):
                found = (s, Person(actor.name, actor.id))
                break
        names = self._names
        j = bisect.bisect_left(self._name_ends, hi)
        stop = max(0, j - _SUBJECT_LOOKBACK)
        while j > stop:
            j -= 1
            n = names[j]
            if n.start < lo or (found is not None and n.start <= found[0]):
                break
            name = person_name(n.name)  # "Ravi X", "Reeve Ravi X" -> "Ravi X"; not "Pulitzer Prize-winning"
            if (
                name is not None
                and self.actor_at(n.start, n.end) is None
                and self._subject_at(n.start, n.end, gender, said, gender_of(name))
            ):
                return Person(name, None)
        return found[1] if found is not None else None

    def _subject_at(
        self, s: int, e: int, gender: str | None, said: Callable[[int], bool], known: str | None
    ) -> bool:
        """Does the name at ``s``-``e`` open its sentence as its subject, outside what someone said,
        of no other gender than ``gender`` (its ``known`` one, or a pronoun after it, tells)?"""
        if not opens_sentence(self.text, s, e) or said(s) or self.text.startswith(("'s", "’s", ":"), e):
            return False  # not "X's ex-wife Y ...": the owner is no subject; "X: ..." is a label
        sex = gender_after(self.text, e) or known
        return gender is None or sex is None or sex == gender

    def person_opening(self, lo: int, hi: int) -> tuple[str, str | None, int, int] | None:
        """See :func:`diplotext.extractors.quotes.sentence_openings.person_opening`."""
        return person_opening(self.text, self._mentions, self._mention_starts, lambda: self._names, (lo, hi))

    def nearest_person(
        self, position: int, gender: str | None = None, said: Callable[[int], bool] = lambda _: False
    ) -> str | None:
        """The person named last before ``position`` (when ``gender`` is given, of that gender as
        a given name or an honorific tells), not inside what someone ``said``."""
        names = self._names
        k = bisect.bisect_right(self._name_ends, position)
        passed = False
        while k > 0:
            k -= 1
            if said(names[k].start):
                passed = True  # named in the words themselves: not who spoke them
                continue
            if passed and person_name(names[k].name) is None:
                continue  # past a quoted name, only a name that looks like a person's
            if is_place(names[k].name):
                continue  # "the Lakeview marathon": a place, never who spoke
            if gender is None or gender_of(names[k].name) == gender:
                return names[k].name
        return None


_RANKS: Final = lexicon.words("speech", "title ranks")
"""Words of a title that make another office than the bare title ("Deputy Prime Minister")."""
_SUBJECT_LOOKBACK: Final = 40


def resolvable_title(word: str) -> bool:
    return word in _RESOLVING_TITLES


def person_title(word: str) -> bool:
    return word in _PERSON_TITLES


def _of_a_state(name: str) -> bool:
    """Is a body named "<Head> of <state>" ("Bank of Japan"), a state's own one by its name?"""
    _, of, rest = name.partition(" of ")
    return bool(of) and geo.country_code(rest.removeprefix("the ")) is not None

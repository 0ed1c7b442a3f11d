"""Descriptions the event plugins read once per article: a role said of a person the text never
titles ("the Polish foreign minister said ... Jan Nowak told reporters") and a nationality said of
one ("the Romanian hacker ... X"). :class:`DescriptionReader` is mixed into
:class:`~diplotext.extractors.eventpeople.EventPeople`."""

from __future__ import annotations

import bisect

import regex

from diplotext import lexicon, runtime
from diplotext.asciitwin import twin_of
from diplotext.extractors.eventstates import PersonStates
from diplotext.model import Actor
from diplotext.patterns import lazy
from diplotext.syntax import place_kind

__all__ = ["EQUIVALENT_ROLES", "DescriptionReader"]

_NOT_BY_LAST_WORD = lexicon.words("actors", "roles never called by their last word")
_OFFICIAL = lexicon.words("events", "official roles")


class DescriptionReader(PersonStates):
    """The descriptions of an article, read on first need into ``_learned_roles`` and
    ``_countries``."""

    _descriptions_read: bool
    _by_role: dict[str, list[Actor]] | None

    def _clause_mates(self, pos: int) -> set[str]:
        """The persons named on the other side of the predicate of the innermost clause holding
        ``pos`` (its objects and prepositional phrases for a subject, its subject for an object)."""
        clause = self.layer.at(pos)
        if clause is None:
            return set()
        pred = clause.predicate
        before = pos < pred.start
        return {
            e.actor.id
            for a in clause.args
            if (a.phrase.end <= pred.start) != before
            for e in a.phrase.entities
            if e.kind == "person" and e.actor is not None and not e.pronoun
        }

    def _read_descriptions(self) -> None:
        """Descriptions of persons the text never names with a title ("the Polish foreign
        minister said ... Jan Nowak told reporters"): each description that no named person's
        role answers goes to the nearest person named without a role (before it in its sentence or
        the two before, else after it in the two after), with the state a demonym in it gives."""
        if self._descriptions_read:
            return
        self._descriptions_read = True
        taken: dict[str, set[str]] = {}
        exact: dict[str, set[str]] = {}
        people = {a.id: a for a in self.actors if a.kind == "person"}
        for a in people.values():
            for r in {x.lower() for x in a.roles}:
                taken.setdefault(r, set()).add(a.id)
                exact.setdefault(r, set()).add(a.id)
                if r in EQUIVALENT_ROLES:
                    taken.setdefault(EQUIVALENT_ROLES[r], set()).add(a.id)
        roleless = [
            e
            for e in self.layer.named()
            if e.kind == "person" and e.actor is not None and not e.pronoun and not e.actor.roles
        ]
        if not roleless:
            return
        starts = [e.start for e in roleless]
        text = self.text
        if text.isascii():  # (the twin: see :mod:`diplotext.asciitwin`)
            descriptions = list(twin_of(_DESCRIPTION).finditer(text))
        else:
            descriptions = list(runtime.finditer(_DESCRIPTION, text))
        for m in descriptions:
            role = " ".join(m.group("role").lower().split())
            held = {
                i
                for i in taken.get(role, set())
                # a holder of an equivalent role answers only when named before ("Foreign Minister X
                # ... the foreign secretary"), not "The foreign secretary arrived ... Foreign Minister X"
                if i in exact.get(role, ()) or people[i].mentions[0][0] < m.start()
            }
            if not held and " " not in role and role not in _NOT_BY_LAST_WORD:
                # "Justice Minister X ... The minister signed": a fuller role's holder named before
                held = {
                    i
                    for i, a in people.items()
                    if a.mentions[0][0] < m.start() and any(r.lower().split()[-1] == role for r in a.roles)
                }
            stated = place_kind(m.group("adj") or m.group("owner") or "")
            if stated is not None:
                # "Australia's defence minister" is not "Defence Secretary X" of no stated state
                held = {
                    i
                    for i in held
                    if (people[i].country or self._countries.get(i)) == stated[0]
                    or (i in exact.get(role, ()) and not people[i].country)
                }
            if held and not held <= self._clause_mates(m.start()):
                continue  # a named holder answers it (not one across the verb: "... met President X")
            if _KIN_BEFORE.search(self.text, max(0, m.start() - 24), m.start()):
                continue  # "X, wife of the Polish prime minister": the role is her husband's
            if self.text.startswith(("'s ", "’s "), m.end()):
                continue  # "the prosecutor general's office said": the office speaks, of no one named
            word = _WORD_BEFORE.search(self.text, max(0, m.start() - 24), m.start())
            if word is not None and word.group(1).lower() in _ANOTHERS:
                continue  # "in the words of a Dutch envoy", "thanked by a Swedish ambassador"
            demonym = m.group("adj")
            owner = m.group("owner")
            code = None
            if demonym or owner:
                got = place_kind(demonym or owner)
                if got is None or got[1] != ("demonym" if demonym else "country"):
                    continue
                code = got[0]
            idx = self.layer.sentence_at(m.start())
            lo = self.layer.sentences[max(0, idx - 2)][0] if self.layer.sentences else 0
            hi = (
                self.layer.sentences[min(len(self.layer.sentences) - 1, idx + 2)][1]
                if self.layer.sentences
                else 0
            )
            i = bisect.bisect_left(starts, m.start())
            before = [e for e in roleless[:i] if e.start >= lo]
            after = [e for e in roleless[i:] if e.start < hi]
            found = before[-1] if before else after[0] if after else None
            if found is None or found.actor is None:
                continue
            if found.actor.id in self._clause_mates(m.start()):
                continue  # "X went into a meeting with Qatar's prime minister": someone else
            if any(_WANTED.search(text, max(0, s - 40), s) for s, _ in found.actor.mentions):
                continue  # "a warrant for X ... The justice minister said": the one sought is no official
            self._learned_roles.setdefault(found.actor.id, set()).add(role)
            if code and not found.actor.country and not self._countries.get(found.actor.id):
                self._countries[found.actor.id] = code

    def _read_nationalities(self) -> None:
        """ "The Romanian hacker ... X", "a Turkish businessman, X,": a demonym with a noun for a
        person gives its state to the nearest person named without one (before it in its sentence
        or the one before, else after it in the two after)."""
        countryless = [
            e
            for e in self.layer.named()
            if e.kind == "person" and e.actor is not None and not e.pronoun and not e.actor.country
        ]
        if not countryless or not self.layer.sentences:
            return
        starts = [e.start for e in countryless]
        sentences = self.layer.sentences
        text = self.text
        if text.isascii():  # (the twins: see :mod:`diplotext.asciitwin`)
            found_in = [*twin_of(_NATIONAL).finditer(text), *twin_of(_NATIONAL_NOUN).finditer(text)]
        else:
            found_in = [*runtime.finditer(_NATIONAL, text), *runtime.finditer(_NATIONAL_NOUN, text)]
        for m in found_in:
            got = place_kind(m.group("adj"))
            if got is None or got[1] != ("country" if m.groupdict().get("poss") else "demonym"):
                continue  # "the Romanian hacker", "Turkey's top mafia boss", ", a Briton,"
            idx = self.layer.sentence_at(m.start())
            lo = sentences[max(0, idx - 1)][0]
            hi = sentences[min(len(sentences) - 1, idx + 2)][1]
            i = bisect.bisect_left(starts, m.start())
            before = [e for e in countryless[:i] if e.start >= lo]
            after = [e for e in countryless[i:] if e.start < hi]
            found = before[-1] if before else after[0] if after else None
            if found is not None and found.actor is not None:
                self._countries.setdefault(found.actor.id, got[0])


_KIN_BEFORE = regex.compile(
    r"\b(?:"
    + "|".join(regex.escape(w) for w in sorted(lexicon.words("events", "kin nouns")))
    + r")[ \t]+of[ \t]+\Z",
    regex.IGNORECASE,
)
_ANOTHERS = lexicon.words("events", "words before another's description")
_WORD_BEFORE = regex.compile(r"(\w+)\W*\Z")
_WANTED = regex.compile(
    r"\b(?i:"
    + "|".join(regex.escape(w) for w in sorted(lexicon.words("events", "legal acts before a wanted person")))
    + r")[ \t]+(?i:for|against|of)[ \t]+\Z"
)
"""Right before a name: "a warrant for X", "charges against X", "the extradition of X"."""
EQUIVALENT_ROLES = lexicon.mapping("events", "equivalent roles")
_DESCRIPTION = lazy(
    r"(?:\b(?i:the|a|an|its|his|her)[ \t]+"
    r"(?:(?:first|last|new|top|current|senior|visiting|then|country's)[ \t]+)*"
    r"(?:(?P<adj>\p{Lu}[\p{L}\-]+)[ \t]+)?"
    # "Australia's defence minister toured ... X arrived": a state's own official
    r"|\b(?P<owner>\p{Lu}[\p{L}\-]+)['’]s[ \t]+(?:(?:new|top|current|senior)[ \t]+)*)(?P<role>(?i:"
    + "|".join(regex.escape(r).replace("\\ ", "[ \\t]+") for r in lexicon.longest_first(_OFFICIAL))
    + r"))\b(?![ \t]+\p{Lu})(?![ \t]+of\b)"
)
_NATIONAL_NOUN = regex.compile(r",[ \t]+(?i:a|an)[ \t]+(?P<adj>\p{Lu}[\p{L}\-]+)(?=[ \t]*[,.;)])")
"""A nationality as a noun in apposition: "X, a Briton, is fighting extradition"."""
_NATIONAL = regex.compile(
    # "the Romanian hacker", "a Turkish war crimes suspect", and a headline's "Croatian suspect"
    r"(?:\b(?i:the|a|an)[ \t]+|^(?:\p{Lu}+[ \t]+)?)(?P<adj>\p{Lu}[\p{L}\-]+)(?P<poss>['’]s)?[ \t]+"
    r"(?:\p{Ll}[\p{Ll}\-]*[ \t]+){0,2}(?i:"
    + "|".join(lexicon.longest_first(lexicon.words("events", "person nouns")))
    + r")\b(?![ \t]+\p{Lu})",
    regex.MULTILINE,
)

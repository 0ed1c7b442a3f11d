"""The clause layer's data: entities, phrases, predicates, clauses, and the per-article index.

Everything is frozen and carries ``(start, end)`` offsets into the article text. docs/clauses.md
describes what each field means and how it is found.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal, TypeAlias

import attrs

from diplotext.model import Actor, Span, TemporalExpression
from diplotext.quickinit import quick_init

__all__ = [
    "Arg",
    "Clause",
    "ClauseKind",
    "Entity",
    "EntityKind",
    "Phrase",
    "Predicate",
]

EntityKind: TypeAlias = Literal["person", "state", "organization", "group", "place", "time"]
ClauseKind: TypeAlias = Literal[
    "main", "coordinate", "complement", "relative", "adverbial", "infinitive", "participle"
]
ArgRole: TypeAlias = Literal["subject", "object", "pp", "agent", "antecedent", "apposition"]


@quick_init
@attrs.frozen(kw_only=True)
class Entity:
    """A named thing the earlier stages found, as one unit of a phrase.

    ``actor`` for persons, states, organisations and groups (pronouns included: the actor they
    were resolved to); ``code`` is the ISO3 state of a state or place; ``place_kind`` says what
    kind of place name it is (``country``, ``city``, ``seat``, ``demonym``); ``time`` is the
    temporal expression of a ``time`` entity.
    """

    start: int
    end: int
    kind: EntityKind
    text: str
    actor: Actor | None = None
    code: str | None = None
    place_kind: str | None = None
    time: TemporalExpression | None = None
    pronoun: bool = False


@quick_init
@attrs.frozen(kw_only=True)
class Phrase:
    """A noun phrase: its span, its head word and the entities in it.

    ``head`` is the lower-case head word (the last word before any ``of``-phrase; an entity's
    text when an entity ends the phrase); ``words`` are its lower-case words (modifiers such as
    "last", "planned", "state" are read from them); ``possessor`` is the entity of "X's"/"his"
    before the head (``possessors`` all of them: "A and B's visits"), ``owner`` the phrase of a
    possessive description ("the Pakistani president's");
    ``entities`` are in text order, several for a list ("Kenya, Ghana and Mali");
    ``times`` the temporal expressions inside it ("the minister's December 7-9 visit"); ``preps`` the
    prepositional phrases inside it, after the core ("visit [to China]", "president [of Kenya]").
    ``words`` and ``entities`` are those of the core.
    """

    start: int
    end: int
    head: str
    head_span: Span
    words: tuple[str, ...] = ()
    entities: tuple[Entity, ...] = ()
    possessor: Entity | None = None
    possessors: tuple[Entity, ...] = ()
    owner: Phrase | None = None
    times: tuple[TemporalExpression, ...] = ()
    preps: tuple[tuple[str, Phrase], ...] = ()

    def all_entities(self) -> list[Entity]:
        """The entities of the core and of the prepositional phrases inside the phrase."""
        out = list(self.entities)
        for _, p in self.preps:
            out.extend(p.all_entities())
        return out

    def entity(self) -> Entity | None:
        """The phrase's own entity: the one at its head, else its only entity."""
        for e in self.entities:
            if e.start <= self.head_span[0] < e.end or e.end == self.head_span[1]:
                return e
        return self.entities[0] if len(self.entities) == 1 else None


@quick_init
@attrs.frozen(kw_only=True)
class Arg:
    """One argument of a clause: subject, object, agent ("by X" of a passive), a prepositional
    phrase (``prep`` says which), or the antecedent of a relative clause whose pronoun is not its
    subject ("X, [whom] Egypt asked Italy to extradite"), or a name in apposition ("a suspect in
    the bombing, [X]", whose ``after`` is the argument it names); ``after`` is the index of the
    argument this one directly follows inside a noun phrase ("visit [to China]"), or ``None``."""

    role: ArgRole
    phrase: Phrase
    prep: str | None = None
    after: int | None = None


@quick_init
@attrs.frozen(kw_only=True)
class Predicate:
    """A verb group ("will not travel", "is expected to visit", "was handed over").

    ``lemma`` is the main verb's base form (with its particle: "hand over"); ``chain`` the
    catenatives before it with the modality they lend (``("plan",)`` for "plans to",
    ``("refuse",)`` for "refused to"); ``tense`` of the finite verb; ``aspect``; ``modal`` the
    meaning of a modal auxiliary (``will``, ``would``, ``can`` ...); ``negated`` for not/never.
    """

    start: int
    end: int
    head: Span
    lemma: str
    form: str
    tense: Literal["past", "present", "future", "none"]
    aspect: Literal["simple", "progressive", "perfect", "perfect progressive"] = "simple"
    modal: str | None = None
    chain: tuple[str, ...] = ()
    negated: bool = False
    passive: bool = False
    finite: bool = True


@quick_init
@attrs.frozen(kw_only=True)
class Clause:
    """One clause: a predicate with its arguments and the time expressions that belong to it.

    ``kind`` says how it hangs on ``parent`` (the index of the clause it depends on):
    ``main``, ``coordinate`` ("... and will leave for X"), ``complement`` ("said [X will go]"),
    ``relative`` ("X, who arrived ..."), ``adverbial`` ("after X arrived"), ``infinitive``
    ("to visit X"), ``participle`` ("arriving in X", "X, extradited to Y, said").
    ``subject_from`` is the clause the subject was taken from when the clause has none of its own
    (a shared or controlled subject). ``marker`` is the word that opens it ("after", "who", "to").
    """

    index: int
    """Position among the clauses of its sentence (``parent`` and ``subject_from`` count the same way)."""
    sentence: int
    start: int
    end: int
    kind: ClauseKind
    predicate: Predicate
    args: tuple[Arg, ...] = ()
    times: tuple[TemporalExpression, ...] = ()
    parent: int | None = None
    marker: str | None = None
    subject_from: int | None = None

    @property
    def subject(self) -> Phrase | None:
        return next((a.phrase for a in self.args if a.role == "subject"), None)

    @property
    def objects(self) -> tuple[Phrase, ...]:
        return tuple(a.phrase for a in self.args if a.role == "object")

    def named(self, arg: Arg) -> list[Phrase]:
        """An argument's phrase and the names in apposition to it ("his counterpart, X")."""
        index = next((i for i, a in enumerate(self.args) if a is arg), None)
        out = [arg.phrase]
        if index is not None:
            out.extend(a.phrase for a in self.args if a.role == "apposition" and a.after == index)
        return out

    def preps(self, *words: str) -> Iterator[Arg]:
        """The prepositional arguments, those with one of ``words`` when given."""
        for a in self.args:
            if a.role in ("pp", "agent") and (not words or a.prep in words):
                yield a

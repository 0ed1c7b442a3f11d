"""A state's request for a person, with no word of surrender: "a judge in Lima turned down Chile's
request for Juan Soto", "rejected the US request for the former mayor". A request (or demand) that
a state makes (its possessor, demonym, "from" or "by" phrase) and whose "for" phrase is a named
person who holds no office, or a description standing for one, asks for his surrender. The verb
says what became of it: refused ("turned down", "rejected"), granted ("approved"), else requested;
the subject of a refusal or grant is the state asked. "A request for X to attend", "a request for
X's testimony" ask for no one."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.extradition.acts import Act
from diplotext.extractors.extradition.people import described_suspect, named_suspects
from diplotext.extractors.extradition.quoted_pronouns import last_named_person
from diplotext.extractors.extradition.sides import holders, request_side
from diplotext.extractors.extradition.vocabulary import GRANT_VERBS, REFUSAL_VERBS
from diplotext.model import Actor
from diplotext.syntax import Arg, Clause, Phrase

__all__ = ["PERSON_REQUEST_NOUNS", "requests_for_a_person"]

PERSON_REQUEST_NOUNS: Final = lexicon.words("events", "request nouns asking for a person")
_TO_FOLLOWS: Final = regex.compile(r"[ \t]+to[ \t]")
_BEFORE: Final = 2
"""How many sentences before the request's own a described person may be named."""


def requests_for_a_person(ctx: EventContext, idx: int, tribunal: str | None) -> list[Act]:
    """The acts of the requests for a person the sentence ``idx`` tells as a clause's object."""
    acts: list[Act] = []
    for clause in ctx.layer.in_sentence(idx):
        if clause.predicate.negated:
            continue
        for arg in clause.args:
            if arg.role != "object" or arg.phrase.head.lower() not in PERSON_REQUEST_NOUNS:
                continue
            act = _act(ctx, clause, arg, tribunal)
            if act is not None:
                acts.append(act)
    return acts


def _act(ctx: EventContext, clause: Clause, arg: Arg, tribunal: str | None) -> Act | None:
    request = arg.phrase
    asked_for = next((p for prep, p in request.preps if prep == "for"), None)
    if asked_for is None:
        # the clause layer may hang "for X" on the clause, right after the request
        index = next(i for i, a in enumerate(clause.args) if a is arg)
        after = clause.args[index + 1 : index + 2]
        asked_for = next((a.phrase for a in after if a.role == "pp" and a.prep == "for"), None)
    if asked_for is None or _TO_FOLLOWS.match(ctx.text, asked_for.end):
        return None  # "a request for X to attend the talks": not for him
    suspects = _people(ctx, asked_for, clause)
    asking = request_side(ctx, request, tribunal)
    if not suspects or not asking:
        return None
    lemma = clause.predicate.lemma
    status = "refused" if lemma in REFUSAL_VERBS else "granted" if lemma in GRANT_VERBS else "requested"
    asked = holders(ctx, ctx.doers(clause), tribunal) if status != "requested" else []
    return Act(
        frame=Frame(
            lemma=request.head.lower(), clause=clause, trigger=request.head_span, phrase=request, arg=arg
        ),
        suspects=tuple(suspects),
        requesting=tuple(asking),
        requested=tuple(c for c in asked if c not in asking),
        status=status,
        strong=True,
        dates=tuple(t for t in clause.times if t.type in ("DATE", "TIME")),
    )


def _people(ctx: EventContext, phrase: Phrase, clause: Clause) -> list[Actor]:
    """The person the "for" phrase names by its head (not "X's testimony"), holding no office."""
    own = phrase.entity()
    if own is not None and own.kind == "person" and not own.pronoun:
        named = named_suspects(ctx, phrase)
    elif not phrase.entities and phrase.words[:1] == ("the",):
        named = described_suspect(ctx, phrase, clause)  # "Chile's request for the banker"
        if not named and "former" in phrase.words:
            # "turned down Chile's request for the former mayor": one named before, once in office
            lo = ctx.layer.sentences[max(0, clause.sentence - _BEFORE)][0]
            last = last_named_person(ctx, lo, phrase.start, lambda a: True)
            named = [last] if last is not None else []
    else:
        return []
    return [p for p in named if ctx.former(p) or not ctx.official(p)]

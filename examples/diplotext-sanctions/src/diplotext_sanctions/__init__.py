"""diplotext-sanctions: a third-party diplotext plugin finding sanctions imposed, threatened or lifted.

One ``sanction`` event per clause that says a sender imposes, threatens or lifts a measure
(sanctions, an embargo, a boycott) on a target:

* ``impose``: "The European Union imposed sanctions on Belarus", "Canada sanctioned three
  officials" — CAMEO 163, PLOVER SANCTION;
* ``threaten``: "Washington threatened sanctions against Caracas", "warned of an embargo",
  "threatened to impose sanctions" — CAMEO 1312, PLOVER THREATEN;
* ``lift``: "Japan lifted its embargo on Peru", "eased sanctions" — CAMEO 085, PLOVER CONCEDE.

It reads the clause layer (the ``clauses`` plugin) instead of scanning words: who does it is the
clause's subject (or the "by" phrase of a passive), the target the phrase after "on", "against" or
"of", the date the clause's own time expression. Persons stand for their state (``sender_state``),
as the built-in event plugins do. Negated clauses ("did not lift") are left out. Its words live in
``data/lexicon/sanctions.txt``.
"""

from __future__ import annotations

from collections.abc import Sequence

from diplotext import hookimpl
from diplotext.extractors.eventkit import EventContext, calendar_value, confidence, trigger_words
from diplotext.lexicon import rows, words
from diplotext.model import Actor, Article, Event, Quote, TemporalExpression
from diplotext.syntax import Clause, ClauseLayer, Phrase

__version__ = "0.1.0"
__all__ = ["REQUIRES", "extract_events"]

REQUIRES: tuple[str, ...] = ("actors", "dates", "clauses")
"""Plugins that must run first: actors, dates and the clause layer this plugin reads."""

PACKAGE = "diplotext_sanctions"
LEXICON = "sanctions"


def _words(section: str) -> frozenset[str]:
    return words(LEXICON, section, package=PACKAGE)


MEASURES = _words("measures")
VERBS = {action: _words(action) for action in ("impose", "threaten", "lift")}
CODES = {r[0]: (r[1], r[2]) for r in rows(LEXICON, "codes", package=PACKAGE)}
TARGET_PREPOSITIONS = _words("target prepositions")
TRIGGERS = trigger_words(MEASURES | VERBS["impose"] | VERBS["threaten"] | VERBS["lift"])


def _action(clause: Clause) -> str | None:
    """impose, threaten or lift, as the clause's verb and its measure say; None when no measure."""
    lemma = clause.predicate.lemma
    measure = any(p.head in MEASURES for p in clause.objects) or any(
        a.phrase.head in MEASURES for a in clause.preps("of")
    )
    if lemma in VERBS["threaten"] and measure:
        return "threaten"
    if lemma in VERBS["lift"] and measure:
        return "lift"
    if lemma in VERBS["impose"] and (measure or lemma == "sanction"):
        return "threaten" if "threaten" in clause.predicate.chain else "impose"
    return None


def _state(ctx: EventContext, phrase: Phrase | None) -> str | None:
    """The state (ISO3) or organisation a phrase names: a state or organisation entity, else the
    state of a person it names."""
    if phrase is None:
        return None
    entity = phrase.entity()
    if entity is not None and entity.kind == "state" and entity.code:
        return entity.code
    if entity is not None and entity.kind == "organization" and entity.actor is not None:
        return entity.actor.name
    places = ctx.places(phrase)
    if places and places[0].code:
        return places[0].code
    for person in ctx.persons(phrase):
        state = ctx.state_of(person)
        if state:
            return state
    return None


def _target(ctx: EventContext, clause: Clause) -> str | None:
    if clause.predicate.lemma == "sanction" and clause.objects:
        return _state(ctx, clause.objects[0])
    phrases: list[Phrase] = [a.phrase for a in clause.preps(*TARGET_PREPOSITIONS)]
    for obj in clause.objects:
        phrases.extend(p for prep, p in obj.preps if prep in TARGET_PREPOSITIONS)
    for phrase in phrases:
        if phrase.head in MEASURES:
            phrases.extend(p for prep, p in phrase.preps if prep in TARGET_PREPOSITIONS)
            continue
        found = _state(ctx, phrase)
        if found:
            return found
    return None


def _sanction(ctx: EventContext, clause: Clause, action: str) -> Event:
    code, plover = CODES[action]
    pred = clause.predicate
    sender = _state(ctx, ctx.doers(clause))
    target = _target(ctx, clause)
    roles = {k: v for k, v in (("sender", sender), ("target", target)) if v}
    # "threatened to impose" is a threat made, not a plan; "plans to impose", "will impose" are plans
    future = pred.tense == "future" or pred.modal is not None or bool(set(pred.chain) - VERBS["threaten"])
    date = next((calendar_value(t.value) for t in clause.times if t.type == "DATE"), None)
    missing = (sender is None) + (target is None)
    return Event(
        type="sanction",
        code=code,
        date=date,
        roles=roles,
        attributes={"action": action, "status": "planned" if future else "done", "plover": plover},
        evidence=[(clause.start, clause.end)],
        confidence=confidence(0.8, evidence=1, penalties=missing),
    )


@hookimpl
def extract_events(
    article: Article,
    actors: Sequence[Actor],
    dates: Sequence[TemporalExpression],
    quotes: Sequence[Quote],
    clauses: ClauseLayer,
) -> list[Event]:
    """Sanctions imposed, threatened or lifted: one event per clause saying so."""
    if not article.segments:
        return []
    ctx = EventContext.of(article, actors, dates, quotes, clauses)
    verbs = VERBS["impose"] | VERBS["threaten"] | VERBS["lift"]
    events = []
    for sentence in clauses.with_words(TRIGGERS):
        for frame in ctx.frames(sentence, verbs, ()):
            clause = frame.clause
            if clause.predicate.negated:
                continue
            action = _action(clause)
            if action is not None:
                events.append(_sanction(ctx, clause, action))
    return events

"""How strongly a surrender verb's clause speaks of an extradition: "extradite" always; "deport"
only to a tribunal, or when its own purpose clause sends the person to be tried ("deported X to the
United States to face charges": a deportation alone is an immigration matter); and "hand over" not
when an armed force hands a prisoner over (a custody transfer). Words in ``data/lexicon/events.txt``
(sections "surrender verbs", "trial purposes", "armed forces nouns")."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.custody import handed_by_armed_force
from diplotext.extractors.extradition.people import pp_phrases
from diplotext.extractors.extradition.sides import home_country, names_a_tribunal, parties
from diplotext.extractors.extradition.tribunal_requests import asked_by_a_tribunal
from diplotext.extractors.extradition.vocabulary import SURRENDER_VERBS
from diplotext.model import Actor
from diplotext.syntax import Arg, Clause

__all__ = [
    "TRIAL_WORDS",
    "coordinated_doers",
    "hung_on",
    "noun_behind",
    "sent_to_be_tried",
    "surrender_behind",
    "trial_state",
    "verb_strength",
]

_TRIAL_PURPOSES: Final = lexicon.mapping("events", "trial purposes")
"""Verb of the purpose clause -> the heads of its object that make it a trial ("face|charges")."""


_FOR_TRIAL: Final = lexicon.words("events", "trial nouns")

_WANTED_FORMS: Final = frozenset(["wanted", "sought"])
TRIAL_WORDS: Final = (
    _FOR_TRIAL | _WANTED_FORMS | frozenset(w for heads in _TRIAL_PURPOSES.values() for w in heads.split())
)
"""Every phrase head :func:`sent_to_be_tried` reads as a trial ("for trial", "to face charges"),
and the forms of "wanted" it reads as sent where he is wanted:
where none stands in a sentence's lower-cased text (a head is a token of the sentence), no clause
of it sends a person to be tried."""


def sent_to_be_tried(ctx: EventContext, clause: Clause) -> bool:
    """Does an infinitive hanging on the clause say the person is sent to be tried ("to face
    charges", "to stand trial"), or a "for" phrase ("brought to Lima for trial")?"""
    if any(p.head.lower() in _FOR_TRIAL for p in pp_phrases(clause, "for")):
        return True
    for child in ctx.layer.in_sentence(clause.sentence):
        # "to face charges", and "to Kampala, where he faces charges"
        # (the clause layer may hang a "where" after a time ("to Kampala on Monday, where ...") as
        # an adverbial clause: a place, all the same)
        where = (
            child.kind in ("relative", "adverbial")
            and (child.marker or "").lower() == "where"
            and child.start >= clause.start
        )
        if child is clause or ctx.parent(child) is not clause:
            continue
        if _wanted_there(ctx, child, where=where):
            return True
        if not (child.kind == "infinitive" or where):
            continue
        heads = _TRIAL_PURPOSES.get(child.predicate.lemma)
        if heads is None:
            continue
        if any(a.role == "object" and a.phrase.head.lower() in heads.split() for a in child.args):
            return True
    return False


_WANTED: Final = frozenset(["want", "seek"])


def _wanted_there(ctx: EventContext, child: Clause, *, where: bool) -> bool:
    """ "deported X to Sweden, where he is wanted for fraud", "deported X, who is wanted in Sweden",
    "X, wanted by Sweden, was deported": the person is sent to a state that wants him tried."""
    pred = child.predicate
    if pred.lemma not in _WANTED or not pred.passive or pred.negated or pred.modal:
        return False
    if where:
        return True
    return child.kind in ("relative", "participle") and any(
        any(e.kind in ("state", "place") and e.code and e.place_kind != "demonym" for e in a.phrase.entities)
        or home_country(child, a.phrase)  # "an Uzbek national wanted in his country"
        for a in child.args
        if a.prep in ("in", "by")
    )


def verb_strength(ctx: EventContext, clause: Clause, lemma: str) -> str | None:
    """``strong``, ``weak`` or ``tribunal`` for a surrender verb in its clause; ``None`` when the
    clause is no surrender of a suspect between states."""
    strength = SURRENDER_VERBS.get(lemma, "weak")
    if strength == "tribunal" and not any(
        "hague" in ctx.text[p.start : p.end].lower() or names_a_tribunal(p) for p in pp_phrases(clause, "to")
    ):
        if asked_by_a_tribunal(ctx, clause):
            return strength  # "the tribunal asked Kenya to arrest and transfer X"
        if not sent_to_be_tried(ctx, clause):
            return None
        strength = "weak"  # "deported X to Peru to face charges": a surrender for trial
    if strength == "weak" and handed_by_armed_force(clause):
        return None  # "the US army handed over X to Afghan authorities": a custody transfer
    if (
        strength == "weak"
        and lemma in _LEGAL_IN_THE_PASSIVE
        and clause.predicate.passive
        and any(parties(ctx, p, None) for p in pp_phrases(clause, "to"))
    ):
        return "strong"  # "X has been surrendered to Poland": a person handed to a state by law
    return strength


_LEGAL_IN_THE_PASSIVE: Final = lexicon.words("events", "surrender verbs of law in the passive")


def coordinated_doers(ctx: EventContext, clause: Clause, tribunal: str | None) -> list[str]:
    """ "Chile issued warrants for nine men thought to have taken part in the raid and asked
    Interpol to issue a red notice for X": a coordinate verb after non-finite clauses shares the
    subject of the last finite clause before them, not of the nearest participle."""
    if clause.kind != "coordinate":
        return []
    before = [c for c in ctx.layer.in_sentence(clause.sentence) if c.end <= clause.start]
    for c in reversed(before):
        if c.predicate.finite and c.kind != "relative":
            return parties(ctx, c.subject, tribunal)
    return []


def trial_state(
    ctx: EventContext, sentences: Iterable[int], suspect: Actor, tribunal: str | None
) -> str | None:
    """ "X will stand trial in Chile after being extradited from Argentina", "X faces charges in
    Peru": the state where the suspect is to be tried is the one that asks for him."""
    for idx in sorted(sentences):
        for clause in ctx.layer.in_sentence(idx):
            heads = _TRIAL_PURPOSES.get(clause.predicate.lemma)
            if heads is None or clause.predicate.negated or suspect not in ctx.persons(clause.subject):
                continue
            if any(a.role == "object" and a.phrase.head.lower() in heads.split() for a in clause.args):
                codes = [c for p in pp_phrases(clause, "in") for c in parties(ctx, p, tribunal)]
                if codes:
                    return codes[0]
    return None


_BEHIND: Final = lexicon.words("events", "markers of a surrender behind")


def noun_behind(clause: Clause, arg: Arg) -> bool:
    """ "After X's extradition to Bolivia, his deputy took charge": a surrender noun after
    "after", "since" or "following" in a past or present-perfect clause is done."""
    pred = clause.predicate
    done = (pred.tense == "past" or pred.aspect.startswith("perfect")) and not pred.modal and not pred.negated
    return done and arg.role == "pp" and (arg.prep or "") in _BEHIND


def surrender_behind(ctx: EventContext, clause: Clause) -> bool:
    """ "X was jailed after being extradited", "has been held since being extradited": a passive
    surrender under "after" or "since" hanging on a past or present-perfect clause is done ("will
    stand trial after being extradited" is still to come)."""
    parent = hung_on(ctx, clause)
    if clause.kind != "adverbial" or not clause.predicate.passive or parent is None or parent is clause:
        return False
    if (clause.marker or "").lower() not in _BEHIND:
        return False
    done = parent.predicate.tense == "past" or parent.predicate.aspect.startswith("perfect")
    return done and not parent.predicate.modal


def hung_on(ctx: EventContext, clause: Clause) -> Clause | None:
    """The clause an adverbial clause tells a circumstance of: its parent, or past a purpose
    infinitive the clause that infinitive hangs on ("arrived in Miami [to face charges] after being
    extradited": the arrival came after the surrender, not the charges)."""
    parent = ctx.parent(clause)
    if parent is None or parent is clause or parent.kind != "infinitive" or parent.start > clause.start:
        return parent
    above = ctx.parent(parent)
    return above if above is not None and above is not parent and above.predicate.finite else parent

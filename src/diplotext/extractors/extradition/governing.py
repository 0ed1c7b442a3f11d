"""What the clause governing a surrender says of it: the status a surrender verb's own tense gives
(:func:`status_of_clause`) and what the verb it hangs on makes of it (:func:`governed`): "asked
Russia to extradite" (a request), "refused to", "rejected a Croatian request to", "ruled that X
can be", "is fighting", "dismissed X's appeal against a ruling that he could be"."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.addressees import filed_with, written_to
from diplotext.extractors.extradition.escaped import escaped
from diplotext.extractors.extradition.hearing_courts import court_attended
from diplotext.extractors.extradition.pleas import (
    asked_by_the_defence,
    by_the_defence,
    contested_by_the_defence,
    under_appeal,
)
from diplotext.extractors.extradition.purposes import surrender_behind
from diplotext.extractors.extradition.sides import (
    chained_from,
    holders,
    it_is_the_sayer,
    parties,
    request_side,
)
from diplotext.extractors.extradition.vocabulary import (
    APPEAL_WINNING_VERBS,
    ASKING_CHAINS,
    COMPLETED_VERBS,
    CONSENTING_VERBS,
    CONTEST_NOUNS,
    FORGONE_CONTESTS,
    GOVERNING_NOUNS,
    GRANT_VERBS,
    MAKING_VERBS,
    OPEN_DECISION_VERBS,
    OUTCOME_VERBS,
    PENDING_VERBS,
    REFUSAL_VERBS,
    REFUSING_CHAINS,
    REQUEST_NOUNS,
    REQUEST_VERBS,
    SURRENDER_NOUNS,
    WITHDRAWING_VERBS,
)
from diplotext.extractors.extradition.world_courts import international_asker
from diplotext.syntax import Clause, Entity, Phrase

_BENCHES: Final = lexicon.words("events", "benches that ask for no dateline state")

__all__ = [
    "ADVISING_MODALS",
    "asked_to_return",
    "bid_outcome",
    "consented",
    "governed",
    "signs_a_request",
    "status_of_clause",
]


def status_of_clause(ctx: EventContext, clause: Clause) -> str | None:
    """What a surrender verb's own clause says: refused, granted, requested, completed."""
    pred = clause.predicate
    chain = set(pred.chain)
    if pred.negated or chain & REFUSING_CHAINS:
        return "refused"
    if chain & GRANT_VERBS:
        return "granted"  # "has agreed to extradite", "has decided to hand over"
    if chain & _SCHEDULING and pred.passive:
        return "granted"  # "X is due to be extradited next week": a surrender set to be done
    if chain & ASKING_CHAINS:
        return "requested"
    if not pred.finite:
        # "X, extradited to The Hague, said": a passive participle tells of what was done
        if clause.kind == "participle" and pred.passive:
            return "completed"
        return "completed" if surrender_behind(ctx, clause) else None  # "jailed after being extradited"
    if (
        pred.modal in ("can", "could", "may", "might", "should", "must")
        or pred.tense == "future"
        or pred.modal == "would"
    ):
        return "granted" if pred.passive or pred.modal in ("will", "would") else "pending"
    if pred.tense == "past" or pred.aspect.startswith("perfect"):
        return "completed"
    if pred.aspect == "progressive":
        return "pending"
    return None


ADVISING_MODALS: Final = lexicon.words("events", "advising modals")
_SCHEDULING: Final = frozenset(["plan"])
"""The modality of "is due / set / scheduled / expected to" (grammar catenatives)."""


_OPEN_TO: Final = frozenset(["eligible", "liable", "subject"])
"""Adjectives after "be" that leave a surrender open ("is eligible for extradition")."""


_APPROVALS: Final = lexicon.words("events", "approvals given")


_CONTESTING: Final = lexicon.words("events", "contesting predicates")
_OPENING: Final = lexicon.words("events", "verbs that open a contest")
_SIGNED_REQUESTS: Final = lexicon.words("events", "requests a signature makes")
_WAIVED: Final = lexicon.words("events", "things waived for a surrender")


def governed(
    ctx: EventContext, clause: Clause, tribunal: str | None
) -> tuple[str | None, list[str], list[str], bool]:
    """What the clause governing a surrender says: ``(status, requesting, requested, demand)``.
    "asked Russia to extradite" (a request: its subject asks, its object is asked), "refused
    to", "rejected a Croatian request to", "ruled that X can be", "is fighting"."""
    lemma = clause.predicate.lemma
    if clause.kind in ("participle", "relative", "infinitive") and under_appeal(
        ctx.text, clause.predicate.start
    ):
        return "pending", [], [], False  # "his appeal against a decision authorizing his extradition"
    if _only_permitted(ctx, clause):
        return None, [], [], False  # "a rule introduced to allow judges to block extradition"
    doers = it_is_the_sayer(ctx, clause, ctx.doers(clause))
    if consented(ctx, clause):
        # "X consented to his extradition", "he would not fight extradition": the suspect's own
        # word that he will go
        # (a suspect's nationality is no holder: "American fugitive X waived extradition")
        held = [] if _private_person(ctx, doers) else holders(ctx, doers, tribunal)
        return "granted", [], held, False
    outcome = bid_outcome(ctx, clause)
    if outcome is not None:
        return outcome, [], [], False  # "lost his bid to avoid extradition"
    obj_arg = next((a for a in clause.args if a.role == "object"), None)
    obj = obj_arg.phrase if obj_arg is not None else None
    signed = signs_a_request(lemma, obj)
    if (
        obj is not None
        and obj.head.lower() in REQUEST_NOUNS
        and (lemma not in REFUSAL_VERBS | GRANT_VERBS or signed)
    ):
        # "received a request from Chile to extradite X": the request's maker asks, the
        # receiver is asked
        if clause.predicate.negated:
            return None, [], [], False
        asking = request_side(ctx, obj, tribunal) + chained_from(ctx, clause, obj_arg, tribunal)
        demand = obj.head.lower().startswith("demand")
        if lemma in _CONTESTING:
            return "pending", asking, [], demand  # "X is fighting a Russian request for his extradition"
        if lemma in MAKING_VERBS:
            # "Brazil renewed its request to extradite X": the maker asks; "filed a request with
            # Spain": the state it is filed with is asked ("The government has sent a fresh
            # request ..." in a datelined story: the dateline's state asks)
            return (
                "requested",
                [*holders(ctx, doers, tribunal), *asking],
                filed_with(ctx, clause, tribunal),
                demand,
            )
        return "requested", asking, parties(ctx, doers, tribunal), demand
    contesting = lemma in _CONTESTING or (
        obj is not None
        and obj.head.lower() in _CONTESTING
        and (lemma in MAKING_VERBS - WITHDRAWING_VERBS or lemma in _OPENING)  # "began her appeal against"
    )
    if contesting and any(a.role == "pp" and a.prep == "against" for a in clause.args):
        # "will appeal against a judge's order to extradite him", "has lodged an appeal against a
        # court's decision to send him to India"; "began her appeal in the supreme court in Oslo":
        # the court's state holds her
        return "pending", [], court_attended(ctx.text, clause), False
    prepositional = any(a.role == "pp" and f"{lemma} {a.prep}" in REQUEST_VERBS for a in clause.args)
    if lemma in REQUEST_VERBS or prepositional:
        asked: list[str] = []
        for a in clause.args:
            if a.role == "object" or (a.role == "pp" and a.prep == "on"):
                asked.extend(parties(ctx, a.phrase, tribunal))
        # "The U.N. court that took over ... asked X to surrender Y": the tribunal the article names
        asking = parties(ctx, doers, tribunal) or international_asker(doers, tribunal)
        if not asking and tribunal is None and doers is not None and doers.head.lower() not in _BENCHES:
            # "DHAKA - The government has asked Thailand to extradite X": a body naming no state
            # asks for the dateline's state (not for the state it asks; "the court asked Mali to
            # hand him over" in a story of a tribunal is the tribunal's request)
            asking = [c for c in holders(ctx, doers, tribunal) if c not in asked]
        asked = asked or written_to(ctx, clause, tribunal)  # "wrote to Malaysia seeking his extradition"
        return "requested", asking, asked, lemma == "demand"
    if clause.predicate.negated:
        return None, [], [], False
    if lemma in OUTCOME_VERBS and obj is not None and obj.head.lower() in CONTEST_NOUNS:
        return OUTCOME_VERBS[lemma], [], [], False  # "won his fight against extradition"
    if lemma in OPEN_DECISION_VERBS and (clause.predicate.tense == "future" or clause.predicate.modal):
        return "pending", [], parties(ctx, doers, tribunal), False  # "a court will rule on"
    if lemma in GRANT_VERBS and obj is None and _on_the_surrender(clause):
        # "courts take two years to rule on extradition requests": which way is not said
        return None, [], [], False
    approving = (
        lemma == "give"
        and obj is not None
        and bool(obj.words)
        and (" ".join(obj.words[-2:]) in _APPROVALS or obj.words[-1] in _APPROVALS)
    )
    if lemma in REFUSAL_VERBS and (plea := asked_by_the_defence(ctx, clause)) is not None:
        # "his lawyers asked the court on Monday to block the handover": contested, a plea made
        # (one still to make, "have 15 days to ask the court to stop it", says nothing yet)
        plea_to_come = (
            plea.kind == "infinitive" or plea.predicate.tense == "future" or plea.predicate.modal is not None
        )
        return None if plea_to_come else "pending", [], [], False
    if lemma in REFUSAL_VERBS and (
        by_the_defence(ctx, clause.subject) or contested_by_the_defence(ctx, clause, obj)
    ):
        # "her client is opposing extradition": contested, no state's refusal ("would oppose": yet to be)
        to_come = clause.predicate.tense == "future" or clause.predicate.modal is not None
        return None if to_come else "pending", [], [], False
    if (lemma in REFUSAL_VERBS or lemma in APPEAL_WINNING_VERBS) and the_defences_appeal(obj, clause):
        # "the court dismissed X's appeal against a ruling that he could be surrendered": the
        # surrender stands; "upheld her appeal against extradition": it is stopped
        won = "refused" if lemma in APPEAL_WINNING_VERBS else "granted"
        return None if clause.predicate.negated else won, [], holders(ctx, doers, tribunal), False
    if lemma in REFUSAL_VERBS or lemma in GRANT_VERBS or approving:
        # "gave the green light for the extradition of X": an approval given is a grant
        status: str | None = "refused" if lemma in REFUSAL_VERBS else "granted"
        if clause.predicate.modal in ADVISING_MODALS:
            status = None  # "Bulgaria should reject any request": advice, no decision
        asking = (
            request_side(ctx, obj, tribunal) + chained_from(ctx, clause, obj_arg, tribunal)
            if obj is not None and obj.head.lower() in REQUEST_NOUNS
            else []
        )
        return status, asking, holders(ctx, doers, tribunal), False
    if escaped(ctx, clause):
        return "refused", [], [], False  # "X avoided extradition to Russia when a court ruled ..."
    if lemma in PENDING_VERBS or (lemma == "be" and obj is not None and obj.head.lower() in _OPEN_TO):
        return "pending", [], [], False  # "is fighting extradition", "is eligible for extradition"
    if lemma in COMPLETED_VERBS:
        return "completed", [], parties(ctx, doers, tribunal), False
    return None, [], [], False


def signs_a_request(lemma: str, obj: Phrase | None) -> bool:
    """ "signed an extradition request for X": a verb of decision ("sign") that makes the request it
    has for object, no grant of it."""
    return obj is not None and lemma in MAKING_VERBS and obj.head.lower() in _SIGNED_REQUESTS


def the_defences_appeal(obj: Phrase | None, clause: Clause) -> bool:
    """Is the object a person's appeal or challenge ("X's appeal", "his appeal", "an appeal by X"),
    not a state's or its prosecutors' ("Croatia's appeal against the refusal")?"""
    if obj is None or obj.head.lower() not in _APPEALS:
        return False
    owners = [obj.possessor] if obj.possessor is not None else []
    owners += appeal_of(obj)  # "the final appeal of X"
    makers = [p for prep, p in obj.preps if prep == "by"]
    if not clause.predicate.passive:
        makers += [a.phrase for a in clause.preps("by")]  # "an appeal by X against"
    owners += [e for p in makers for e in p.entities]
    if any(e.kind == "person" for e in owners if e is not None):
        return True
    # "an appeal by a former executive of a football federation": a person told by description,
    # not a state, a body or its prosecutors
    return any(
        p.words[:1] in (("a",), ("an",))
        and not any(e.kind in ("state", "organization", "group") for e in p.entities if e.start == p.start)
        and p.head.lower() not in GOVERNING_NOUNS
        and not p.head.lower().startswith("prosecut")
        for p in makers
    )


_APPEALS: Final = lexicon.words("events", "appeal nouns")


def appeal_of(obj: Phrase) -> list[Entity]:
    """The persons named in the "of" phrase of an appeal ("the final appeal of X"), never a state's
    ("the appeal of the Croatian prosecutors")."""
    if obj.head.lower() not in _APPEALS:
        return []
    return [e for prep, p in obj.preps if prep == "of" for e in p.entities[:1] if e.kind == "person"]


def _on_the_surrender(clause: Clause) -> bool:
    """Does an "on" phrase of the clause name a surrender or a request ("ruled on his extradition")?"""
    return any(
        a.role == "pp"
        and a.prep == "on"
        and (a.phrase.head.lower() in SURRENDER_NOUNS or a.phrase.head.lower() in REQUEST_NOUNS)
        for a in clause.args
    )


def consented(ctx: EventContext, clause: Clause) -> bool:
    """Does the clause tell a consent to the surrender it governs: "consented to", "waived",
    "would not fight", "waived his right to contest"?"""
    pred = clause.predicate
    if pred.lemma in CONSENTING_VERBS:
        # "waived a formal reading of charges": a waiver of something else
        waived = [a.phrase.head.lower() for a in clause.args if a.role == "object"]
        return not pred.negated and all(w in _WAIVED or w in SURRENDER_NOUNS for w in waived)
    if pred.lemma not in FORGONE_CONTESTS and pred.lemma not in PENDING_VERBS:
        return False
    if pred.negated:
        return pred.lemma in FORGONE_CONTESTS  # "he will not fight extradition"
    parent = ctx.governing(clause)
    # "waived his right to contest extradition": the right given up is the consent
    return parent is not None and parent.predicate.lemma in CONSENTING_VERBS and not parent.predicate.negated


def bid_outcome(ctx: EventContext, clause: Clause) -> str | None:
    """The status the outcome of a bid leaves when the clause is that bid's infinitive ("lost his
    bid to avoid extradition": granted; "won a bid to block it": refused)."""
    parent = ctx.parent(clause)
    if clause.kind != "infinitive" or parent is None or parent is clause or parent.predicate.negated:
        return None
    if parent.predicate.lemma not in OUTCOME_VERBS or clause.predicate.negated:
        return None
    bids = [p for p in parent.objects if p.head.lower() in CONTEST_NOUNS and p.end <= clause.start]
    return OUTCOME_VERBS[parent.predicate.lemma] if bids else None


def asked_to_return(ctx: EventContext, clause: Clause) -> bool:
    """ "Brazil has asked Portugal to return him": a person returned under a request verb."""
    parent = ctx.parent(clause)
    return (
        clause.kind == "infinitive"
        and not clause.predicate.passive
        and parent is not None
        and parent.predicate.lemma in REQUEST_VERBS
        and any(e.kind == "person" for a in clause.args if a.role == "object" for e in a.phrase.entities)
    )


_PERMITTING: Final = lexicon.words("events", "verbs that only permit an act")


def _only_permitted(ctx: EventContext, clause: Clause) -> bool:
    """Is the clause an infinitive under a verb that only permits it ("to allow judges to block
    extradition", "empowers ministers to refuse"): a power told, no act done?"""
    parent = ctx.parent(clause)
    return (
        clause.kind == "infinitive"
        and parent is not None
        and parent is not clause
        and parent.predicate.lemma in _PERMITTING
        and parent.kind in ("infinitive", "relative", "participle")
    )


def _private_person(ctx: EventContext, phrase: Phrase | None) -> bool:
    """Is the phrase a person who holds no office (the suspect himself, not a minister)?"""
    own = phrase.entity() if phrase is not None else None
    return own is not None and own.kind == "person" and own.actor is not None and not ctx.official(own.actor)

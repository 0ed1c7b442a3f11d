"""How one surrender frame is read: whose surrender, who asks, who is asked, and how far it went.

An :class:`Act` comes from a surrender verb in its clause ("Russia refused to hand over X", "asked
Russia to extradite X", "X was extradited to The Hague"), a surrender noun in its phrase ("X's
extradition from Yemen", "fighting extradition to the US", "a Croatian request to extradite X"),
or a bare decision about a request ("Russia refused", "a court rejected the request") that joins
the case it follows. Vocabularies are in ``data/lexicon/events.txt``.
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.extradition.attributes import names_tribunal
from diplotext.model import Actor, TemporalExpression
from diplotext.syntax import Arg, Clause, Entity, Phrase

__all__ = [
    "ARREST_VERBS",
    "DECISION_VERBS",
    "REFUSAL_VERBS",
    "REQUEST_NOUNS",
    "REQUEST_VERBS",
    "SURRENDER_NOUNS",
    "SURRENDER_VERBS",
    "WANTING_VERBS",
    "Act",
    "holders",
    "read_act",
    "read_arrest_request",
    "read_decision",
    "read_wanted_arrest",
]

_E: Final = "events"
SURRENDER_VERBS: Final = lexicon.mapping(_E, "surrender verbs")
SURRENDER_NOUNS: Final = lexicon.mapping(_E, "surrender nouns")
COMPOUND_HEADS: Final = lexicon.mapping(_E, "surrender compound heads")
REQUEST_VERBS: Final = lexicon.words(_E, "request verbs")
REFUSAL_VERBS: Final = lexicon.words(_E, "refusal verbs")
GRANT_VERBS: Final = lexicon.words(_E, "grant verbs")
OPEN_DECISION_VERBS: Final = lexicon.words(_E, "open decision verbs")
PENDING_VERBS: Final = lexicon.words(_E, "pending verbs")
COMPLETED_VERBS: Final = lexicon.words(_E, "completed verbs")
REQUEST_NOUNS: Final = lexicon.words(_E, "request nouns")
REFUSAL_NOUNS: Final = lexicon.words(_E, "refusal nouns")
MAKING_VERBS: Final = lexicon.words(_E, "request making verbs")
OUTCOME_VERBS: Final = lexicon.mapping(_E, "contest outcome verbs")
CONTEST_NOUNS: Final = lexicon.words(_E, "contest nouns")
HELD_VERBS: Final = lexicon.words(_E, "held verbs")
AGENCIES: Final = lexicon.mapping(_E, "agencies")
SUSPECT_DESCRIPTIONS: Final = lexicon.words(_E, "suspect descriptions")
GOVERNING_NOUNS: Final = lexicon.words(_E, "governing nouns")
_CRIMINAL_ROLES: Final = lexicon.words(_E, "person nouns")
WANTING_VERBS: Final = frozenset(["want", "seek"])
DECISION_VERBS: Final = REFUSAL_VERBS | GRANT_VERBS | WANTING_VERBS | HELD_VERBS
_ASKING_CHAINS: Final = frozenset(["wish", "try", "plan", "need", "threaten", "promise"])
_REFUSING_CHAINS: Final = frozenset(["refuse", "unable", "unlikely", "fail"])


@attrs.frozen(kw_only=True)
class Act:
    """What one frame says of a surrender. ``status``: ``requested``, ``refused``, ``granted``,
    ``pending``, ``completed`` or ``None``; ``demand`` when the request is a demand; ``strong``
    when the words themselves are about extradition (not a "hand over" that could be of
    anything); ``held`` for the place a suspect is held (a state asked to surrender him)."""

    frame: Frame
    suspects: tuple[Actor, ...] = ()
    requesting: tuple[str, ...] = ()
    requested: tuple[str, ...] = ()
    status: str | None = None
    demand: bool = False
    strong: bool = False
    tribunal: bool = False
    dates: tuple[TemporalExpression, ...] = ()


def parties(ctx: EventContext, phrase: Phrase | None, tribunal: str | None) -> list[str]:
    """The states (or tribunal) a phrase stands for: states, demonyms ("Turkish prosecutors"),
    cities and seats ("the government in Sanaa"), agencies ("Scotland Yard"), an official's state
    ("President Putin"), The Hague as the tribunal the article speaks of."""
    if phrase is None:
        return []
    if tribunal and names_tribunal(ctx.text[phrase.start : phrase.end], tribunal):
        return [tribunal]  # "the International Criminal Court has asked Sudan to ..."
    out: list[str] = []
    for e in phrase.entities:
        code = e.code
        if e.kind in ("state", "place") and code:
            if e.text.lower().endswith("hague") and tribunal:
                code = tribunal
            out.append(code)
        elif e.kind == "person" and e.actor is not None and ctx.official(e.actor):
            got = ctx.state_of(e.actor)
            if got:
                out.append(got)
        elif e.kind == "organization" and code:
            out.append(code)
    if not out:
        text = " ".join(phrase.words)
        for name, code in AGENCIES.items():
            if name in text:
                out.append(code)
        if not out and phrase.head.lower() in (
            "government",
            "authorities",
            "court",
            "officials",
            "police",
            "prosecutors",
        ):
            for prep, p in phrase.preps:
                if prep in ("in", "of"):
                    out.extend(parties(ctx, p, tribunal))
    seen: list[str] = []
    for c in out:
        if c not in seen:
            seen.append(c)
    return seen


def holders(ctx: EventContext, phrase: Phrase | None, tribunal: str | None) -> list[str]:
    """The state that holds a suspect, as the phrase doing the surrender or the refusing names it:
    its :func:`parties`, else, for a body that names no state ("the junta", "the authorities"), the
    dateline's state."""
    got = parties(ctx, phrase, tribunal)
    if got or phrase is None or phrase.entities or ctx.dateline_code is None:
        return got
    return [ctx.dateline_code] if phrase.head.lower() in GOVERNING_NOUNS else []


def _suspects(ctx: EventContext, phrase: Phrase | None) -> list[Actor]:
    """The persons a phrase names as a suspect: by name or pronoun, not by a description ("the
    suspect", "the businessman"), which the case the description follows will take."""
    if phrase is None:
        return []
    named = [
        e.actor
        for e in phrase.entities
        if e.kind == "person"
        and e.actor is not None
        and e is not phrase.possessor  # "surrender his passport": the passport, not him
        and (e.pronoun or e.text[:1].isupper())
    ]
    return list(dict.fromkeys(named))


_AGE: Final = regex.compile(r"\d+-year-old")


def _described(ctx: EventContext, phrase: Phrase | None, clause: Clause) -> list[Actor]:
    """The person a description stands for ("Italy wants to extradite the gunman", "the
    41-year-old"): the last person named before it (its sentence and the two before) who holds
    no office and is not named in the clause itself, else the first such person named in the
    three sentences after ("asked Paraguay to send back the banker. X fled ...")."""
    if phrase is None or phrase.entities or len(phrase.words) < 2 or phrase.words[0] not in ("the", "this"):
        return []
    head = phrase.head.lower()
    if head not in SUSPECT_DESCRIPTIONS and not _AGE.fullmatch(head):
        return []
    layer = ctx.layer
    in_clause = {e.actor.id for e in layer.entities_in(clause.start, clause.end) if e.actor is not None}

    def fits(e: Entity) -> bool:
        return (
            e.kind == "person"
            and e.actor is not None
            and not e.pronoun
            and e.actor.id not in in_clause
            and not ctx.official(e.actor)
            # no one the text gives another part ("police chief X", "witness X")
            and all(r.lower() in SUSPECT_DESCRIPTIONS or r.lower() in _CRIMINAL_ROLES for r in e.actor.roles)
        )

    lo = layer.sentences[max(0, clause.sentence - 2)][0]
    before = [e for e in layer.entities_in(lo, phrase.start) if fits(e)]
    if before:
        return [before[-1].actor]  # type: ignore[list-item]
    for idx in range(clause.sentence + 1, min(len(layer.sentences), clause.sentence + 1 + _AFTER)):
        after = [e for e in layer.entities_in(*layer.sentences[idx]) if fits(e)]
        if after:
            return [after[0].actor]  # type: ignore[list-item]
    return []


_AFTER: Final = 3
"""Sentences after a description where the suspect it stands for may be named first."""


def _sentence_subject(ctx: EventContext, clause: Clause) -> list[Actor]:
    """The person named (not by a pronoun) as the subject of the sentence's first main clause."""
    for c in ctx.layer.in_sentence(clause.sentence):
        if c.kind == "main" and c is not clause and c.subject is not None:
            named = [e.actor for e in c.subject.entities if e.kind == "person" and e.actor and not e.pronoun]
            return named[:1]
    return []


_PLURAL_LOOKBACK: Final = 2


def _named_before(ctx: EventContext, clause: Clause) -> list[Actor]:
    """The people "them" stands for: the two or more people, none of them an official, named
    together last before it, in its sentence or the two before ("A and B are wanted ... X agreed
    to hand them over")."""
    layer = ctx.layer
    for idx in range(clause.sentence, max(-1, clause.sentence - _PLURAL_LOOKBACK - 1), -1):
        start, end = layer.sentences[idx]
        end = min(end, clause.start) if idx == clause.sentence else end
        people = [
            e.actor
            for e in layer.entities_in(start, end)
            if e.kind == "person" and e.actor is not None and not e.pronoun
        ]
        people = [p for p in dict.fromkeys(people) if not ctx.official(p)]
        if len(people) >= 2:
            return people
    return []


def _names_tribunal(phrase: Phrase) -> bool:
    """ "the war crimes tribunal", "the International Criminal Tribunal for the former Yugoslavia"."""
    return phrase.head.lower() in ("tribunal", "court") or any("tribunal" in w.split() for w in phrase.words)


def _pp(clause: Clause, *preps: str) -> list[Phrase]:
    return [a.phrase for a in clause.args if a.role in ("pp", "agent") and a.prep in preps]


_SAY_LEMMAS: Final = frozenset({"say", "announce", "state", "confirm", "tell", "add", "insist", "report"})


def _it_is_the_sayer(ctx: EventContext, clause: Clause, doers: Phrase | None) -> Phrase | None:
    """ "Peru said it had received a request", "Brazilian prosecutors said they would seek his
    extradition": "it" or "they", subject of a clause reported by another, is that clause's
    subject."""
    if doers is None or tuple(w.lower() for w in doers.words) not in (("it",), ("they",)):
        return doers
    clauses = ctx.layer.in_sentence(clause.sentence)
    sayer: Clause | None
    if clause.kind == "complement" and clause.parent is not None and 0 <= clause.parent < len(clauses):
        sayer = clauses[clause.parent]
    else:  # "Peru said on Monday it had ...": two clauses the layer leaves side by side
        sayer = next(
            (c for c in reversed(clauses) if c.end <= doers.start and c.predicate.lemma in _SAY_LEMMAS), None
        )
        if sayer is not None and ctx.text[sayer.predicate.end : doers.start].count(",") > 1:
            sayer = None
    return sayer.subject if sayer is not None and sayer.subject is not None else doers


def _to_after_apposition(ctx: EventContext, clause: Clause) -> list[Phrase]:
    """ "handed over X, a businessman wanted for fraud, to Kenya": the "to" phrase after an
    apposition of the object, which the clause layer gives the apposition's own clause."""
    objects = [a.phrase for a in clause.args if a.role == "object"]
    if not objects:
        return []
    end = objects[0].end
    text = ctx.text
    if not text.startswith(",", end):
        return []
    for other in ctx.layer.in_sentence(clause.sentence):
        subject = other.subject
        if other is clause or subject is None or not end < subject.start <= end + 3:
            continue
        # the phrase after the comma that closes the apposition
        return [p for p in _pp(other, "to") if text.count(",", end, p.start) >= 2]
    return []


def _noun_of_infinitive(ctx: EventContext, clause: Clause) -> tuple[str, list[str]] | None:
    """ "[Brazil's refusal] to extradite X", "[Peru's request] to extradite X": an infinitive whose
    subject is a noun of refusal or request says the status; the noun's owner is the side."""
    if clause.kind != "infinitive":
        return None
    parent = ctx.parent(clause)
    phrases = [clause.subject] + ([a.phrase for a in parent.args] if parent is not None else [])
    gap = ctx.text[: clause.start]
    subject = next(
        (p for p in phrases if p is not None and p.end <= clause.start and not gap[p.end :].strip()),
        None,
    )
    if subject is None:
        return None
    head = subject.head.lower()
    if head in REFUSAL_NOUNS:
        status = "refused"
    elif head in REQUEST_NOUNS:
        status = "requested"
    else:
        return None
    owner = subject.possessor
    side = [owner.code] if owner is not None and owner.code and owner.kind in ("state", "place") else []
    return status, side


def _status_of_clause(ctx: EventContext, clause: Clause) -> str | None:
    """What a surrender verb's own clause says: refused, granted, requested, completed."""
    pred = clause.predicate
    chain = set(pred.chain)
    if pred.negated or chain & _REFUSING_CHAINS:
        return "refused"
    if "agree" in chain:
        return "granted"
    if chain & _ASKING_CHAINS:
        return "requested"
    if not pred.finite:
        # "X, extradited to The Hague, said": a passive participle tells of what was done
        return "completed" if clause.kind == "participle" and pred.passive else None
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


def _governed(
    ctx: EventContext, clause: Clause, tribunal: str | None
) -> tuple[str | None, list[str], list[str], bool]:
    """What the clause governing a surrender says: ``(status, requesting, requested, demand)``.
    "asked Russia to extradite" (a request: its subject asks, its object is asked), "refused
    to", "rejected a Croatian request to", "ruled that X can be", "is fighting"."""
    lemma = clause.predicate.lemma
    doers = _it_is_the_sayer(ctx, clause, ctx.doers(clause))
    obj_arg = next((a for a in clause.args if a.role == "object"), None)
    obj = obj_arg.phrase if obj_arg is not None else None
    if obj is not None and obj.head.lower() in REQUEST_NOUNS and lemma not in REFUSAL_VERBS | GRANT_VERBS:
        # "received a request from Chile to extradite X": the request's maker asks, the
        # receiver is asked
        if clause.predicate.negated:
            return None, [], [], False
        asking = _request_side(ctx, obj, tribunal) + _chained_from(ctx, clause, obj_arg, tribunal)
        demand = obj.head.lower().startswith("demand")
        if lemma in MAKING_VERBS:
            # "Brazil renewed its request to extradite X": the maker asks
            return "requested", [*parties(ctx, doers, tribunal), *asking], [], demand
        return "requested", asking, parties(ctx, doers, tribunal), demand
    prepositional = any(a.role == "pp" and f"{lemma} {a.prep}" in REQUEST_VERBS for a in clause.args)
    if lemma in REQUEST_VERBS or prepositional:
        asked: list[str] = []
        for a in clause.args:
            if a.role == "object" or (a.role == "pp" and a.prep == "on"):
                asked.extend(parties(ctx, a.phrase, tribunal))
        return "requested", parties(ctx, doers, tribunal), asked, lemma == "demand"
    if clause.predicate.negated:
        return None, [], [], False
    if lemma in OUTCOME_VERBS and obj is not None and obj.head.lower() in CONTEST_NOUNS:
        return OUTCOME_VERBS[lemma], [], [], False  # "won his fight against extradition"
    if lemma in OPEN_DECISION_VERBS and (clause.predicate.tense == "future" or clause.predicate.modal):
        return "pending", [], parties(ctx, doers, tribunal), False  # "a court will rule on"
    if lemma in REFUSAL_VERBS or lemma in GRANT_VERBS:
        status = "refused" if lemma in REFUSAL_VERBS else "granted"
        asking = (
            _request_side(ctx, obj, tribunal) if obj is not None and obj.head.lower() in REQUEST_NOUNS else []
        )
        return status, asking, holders(ctx, doers, tribunal), False
    if lemma in PENDING_VERBS:
        return "pending", [], [], False
    if lemma in COMPLETED_VERBS:
        return "completed", [], parties(ctx, doers, tribunal), False
    return None, [], [], False


def read_act(ctx: EventContext, frame: Frame, tribunal: str | None) -> Act | None:
    """The act of a surrender verb or noun frame."""
    clause = frame.clause
    pred = clause.predicate
    if frame.phrase is None:
        strength = SURRENDER_VERBS.get(frame.lemma, "weak")
        if strength == "tribunal" and not any(
            "hague" in ctx.text[p.start : p.end].lower() or _names_tribunal(p) for p in _pp(clause, "to")
        ):
            return None
        to = _pp(clause, "to") or _to_after_apposition(ctx, clause)
        requesting = [c for p in to for c in parties(ctx, p, tribunal)]
        if tribunal and not requesting and any(_names_tribunal(p) for p in to):
            requesting = [tribunal]  # "handed X over to the war crimes tribunal"
        requested = [c for p in _pp(clause, "from") for c in parties(ctx, p, tribunal)]
        if pred.passive:
            suspects = _suspects(ctx, clause.subject) or _described(ctx, clause.subject, clause)
            requested += [c for p in _pp(clause, "by") for c in parties(ctx, p, tribunal)]
        else:
            suspects = [
                s
                for a in clause.args
                if a.role == "object"
                for p in clause.named(a)
                for s in _suspects(ctx, p)
            ]
            objects = [e for a in clause.args if a.role == "object" for e in a.phrase.entities]
            if len(suspects) == 1 and objects and objects[0].pronoun:
                # "Mr X is appealing the decision to extradite him": him is the one the
                # sentence is about, whoever the pronoun was last taken for
                suspects = _sentence_subject(ctx, clause) or suspects
            if not suspects and any(a.phrase.words == ("them",) for a in clause.args if a.role == "object"):
                suspects = _named_before(ctx, clause)  # "agreed to hand them over"
            if not suspects:
                ante = next((a.phrase for a in clause.args if a.role == "antecedent"), None)
                parent = ctx.parent(clause)
                if ante is None and parent is not None:
                    ante = next((a.phrase for a in parent.args if a.role == "antecedent"), None)
                suspects = _suspects(ctx, ante)
            if not suspects:
                obj = next((a.phrase for a in clause.args if a.role == "object"), None)
                suspects = _described(ctx, obj, clause)
            doers = _it_is_the_sayer(ctx, clause, clause.subject)
            if set(pred.chain) & _ASKING_CHAINS:
                requesting += parties(ctx, doers, tribunal)  # "Britain wants to extradite X"
            else:
                requested += holders(ctx, doers, tribunal)
        status = _status_of_clause(ctx, clause)
        demand = False
        intent = _noun_of_infinitive(ctx, clause)
        if intent is not None:
            # "Brazil's refusal to extradite X", "Peru's request to extradite X"
            status, side = intent
            (requested if status == "refused" else requesting).extend(side)
        parent = ctx.parent(clause)
        times = clause.times
        if parent is not None and clause.kind in ("infinitive", "complement", "participle"):
            got, asking, asked, demand = _governed(ctx, parent, tribunal)
            if got is not None:
                times = times or parent.times  # "agreed on Monday to hand them over": the decision's day
                status = (
                    got if status in (None, "completed", "granted", "pending") or got == "refused" else status
                )
                requesting += asking
                requested += asked
        return Act(
            frame=frame,
            suspects=tuple(suspects),
            requesting=tuple(requesting),
            requested=tuple(requested),
            status=status,
            demand=demand,
            strong=strength == "strong",
            tribunal=strength == "tribunal",
            dates=tuple(t for t in times if t.type in ("DATE", "TIME")),
        )
    phrase = frame.phrase
    compound = frame.lemma in COMPOUND_HEADS
    if compound:
        # "Brazil's extradition request for X", "an extradition hearing for X"
        modifier = _surrender_modifier(phrase)
        if modifier is None:
            return None
        strength = SURRENDER_NOUNS[modifier]
    else:
        strength = SURRENDER_NOUNS.get(frame.lemma, "weak")
    suspects = []
    requesting = []
    requested = []
    for prep, p in phrase.preps:
        if prep == "of" or (compound and prep in ("for", "against")):
            suspects += _suspects(ctx, p)
            # "the extradition of X from Lebanon": the phrases the suspect's own phrase carries
            for inner, q in p.preps:
                if inner == "to":
                    requesting += parties(ctx, q, tribunal)
                elif inner == "from":
                    requested += parties(ctx, q, tribunal)
        elif prep == "to":
            requesting += parties(ctx, p, tribunal)
            suspects += _of_after(ctx, p)
        elif prep == "from":
            requested += parties(ctx, p, tribunal)
            suspects += _of_after(ctx, p)
    if (
        phrase.possessor is not None
        and phrase.possessor.kind == "person"
        and phrase.possessor.actor is not None
    ):
        suspects.append(phrase.possessor.actor)
    elif phrase.owner is not None:
        suspects += _suspects(ctx, phrase.owner)
    if frame.depth == 0:
        for prep, p in frame.phrases():
            if prep == "to" and p not in [q for _, q in phrase.preps]:
                requesting += parties(ctx, p, tribunal)
                suspects += _of_after(ctx, p)
            elif prep == "from" and p not in [q for _, q in phrase.preps]:
                requested += parties(ctx, p, tribunal)
                suspects += _of_after(ctx, p)
            elif compound and prep in ("for", "against") and p not in [q for _, q in phrase.preps]:
                suspects += _suspects(ctx, p)  # "rejected Brazil's extradition request for X"
    status = None
    demand = False
    # "[a Croatian request / Washington's demand] for [his extradition]": the request's side
    for outer in reversed(frame.outer):
        if outer.head.lower() in REQUEST_NOUNS:
            requesting += _request_side(ctx, outer, tribunal)
            demand = demand or outer.head.lower().startswith("demand")
            status = status or "requested"
            break
    arg = frame.arg
    if arg is not None and arg.role == "pp" and frame.depth == 0 and not frame.outer:
        # "Brazil is awaiting a decision from Paraguay on its request for the extradition of X":
        # the request the phrase is chained to, its maker the subject for "its"
        request = _chained_request(clause, arg)
        if request is not None:
            requesting += _request_side(ctx, request, tribunal) or (
                parties(ctx, clause.subject, tribunal) if request.words[:1] in (("its",), ("their",)) else []
            )
            status = status or "requested"
            if pred.lemma in PENDING_VERBS or pred.lemma == "await":
                status = "pending"
                requested += [c for p in _pp(clause, "from") for c in parties(ctx, p, tribunal)]
    governing_phrase = frame.outer[0] if frame.outer else phrase
    if arg is not None and (
        frame.depth == 0 or (frame.outer and frame.outer[0].head.lower() in REQUEST_NOUNS)
    ):
        if arg.role in ("object", "pp"):
            got, asking, asked, dem = _governed(ctx, clause, tribunal)
            if got == "pending" or clause.predicate.lemma in OUTCOME_VERBS:
                suspects += _suspects(
                    ctx, ctx.doers(clause)
                )  # "X is fighting / won his fight against extradition"
            if got is not None:
                status = got
                requesting += asking if governing_phrase is phrase else []
                requested += asked
                demand = demand or dem
        elif arg.role == "subject":
            lemma = pred.lemma
            if lemma in REFUSAL_VERBS or lemma in GRANT_VERBS:
                status = "refused" if lemma in REFUSAL_VERBS else "granted"
                if pred.negated:
                    status = None
                requested += [c for p in _pp(clause, "by") for c in parties(ctx, p, tribunal)]
    if phrase.words[:1] in (("pending",), ("awaiting",)) and frame.depth == 0:
        # "X has been held in Spain pending extradition to the US": held where he is asked for
        status = status or "pending"
        if pred.passive:
            suspects += _suspects(ctx, clause.subject)
        requested += [c for p in _pp(clause, "in") for c in parties(ctx, p, tribunal)]
    if compound:
        told = COMPOUND_HEADS[frame.lemma]
        if told == "requested":
            requesting += _request_side(ctx, phrase, tribunal)
        elif told == "pending" and arg is not None and frame.depth == 0:
            # "X appeared at an extradition hearing in Lisbon": his hearing, where he is held
            if not suspects:
                suspects += _suspects(ctx, ctx.doers(clause))
            elif arg.role == "object" and clause.kind != "relative":
                # "a Lisbon court will hold extradition proceedings against X"
                requested += parties(ctx, ctx.doers(clause), tribunal)
            requested += [
                c
                for p in (*_pp(clause, "in"), *(q for r, q in phrase.preps if r == "in"))
                for c in parties(ctx, p, tribunal)
            ]
        status = status or told
    if not suspects:
        suspects += _the_one_it_befell(ctx, clause)
    return Act(
        frame=frame,
        suspects=tuple(dict.fromkeys(suspects)),
        requesting=tuple(requesting),
        requested=tuple(requested),
        status=status,
        demand=demand,
        strong=strength == "strong",
        dates=tuple(t for t in (*phrase.times, *clause.times) if t.type in ("DATE", "TIME")),
    )


def _the_one_it_befell(ctx: EventContext, clause: Clause) -> list[Actor]:
    """ "X was freed after a court rejected Russia's extradition request": the subject of the
    passive clause an adverbial decision hangs on, when that is no official."""
    parent = ctx.parent(clause)
    if clause.kind != "adverbial" or parent is None or not parent.predicate.passive:
        return []
    return [p for p in _suspects(ctx, parent.subject) if not ctx.official(p)]


def _of_after(ctx: EventContext, phrase: Phrase) -> list[Actor]:
    """ "the extradition to Germany [of X]", "from Austria [of X]": the suspect named in the "of"
    phrase that the destination or the source phrase carries."""
    return [s for prep, q in phrase.preps if prep == "of" for s in _suspects(ctx, q)]


ARREST_VERBS: Final = frozenset(["arrest", "detain"])


def read_arrest_request(
    ctx: EventContext, frame: Frame, tribunal: str | None, *, asking_needed: bool = True
) -> Act | None:
    """ "Italian police arrested X in Milan at the request of the United States": an arrest made
    at a state's request; the state where it was made is asked to surrender him."""
    clause = frame.clause
    pred = clause.predicate
    if pred.negated or pred.modal or not (pred.tense == "past" or pred.aspect.startswith("perfect")):
        return None
    asking = [
        c
        for p in _pp(clause, "at", "on")
        if p.head.lower() in ("request", "requests", "behest")
        for prep, q in p.preps
        if prep == "of"
        for c in parties(ctx, q, tribunal)
    ]
    if not asking and asking_needed:
        return None
    if pred.passive:
        suspects = _suspects(ctx, clause.subject)
        doers = next((a.phrase for a in clause.args if a.role == "agent"), None)
    else:
        suspects = [s for a in clause.args if a.role == "object" for s in _suspects(ctx, a.phrase)]
        doers = clause.subject
    held = [c for p in _pp(clause, "in") for c in parties(ctx, p, tribunal)] or holders(ctx, doers, tribunal)
    if not suspects or not held:
        return None
    return Act(
        frame=frame,
        suspects=tuple(dict.fromkeys(suspects)),
        requesting=tuple(asking),
        requested=tuple(held[:1]),
        status="requested",
        strong=True,
        dates=tuple(t for t in clause.times if t.type in ("DATE", "TIME")),
    )


def read_wanted_arrest(ctx: EventContext, frame: Frame, tribunal: str | None) -> Act | None:
    """ "X, who is wanted in Brazil for murder, was arrested in Paraguay": an arrest in one state of
    someone the sentence says another state wants."""
    act = read_arrest_request(ctx, frame, tribunal, asking_needed=False)
    if act is None:
        return None
    wanted: list[str] = []
    for c in ctx.layer.in_sentence(frame.clause.sentence):
        pred = c.predicate
        if pred.lemma != "want" or pred.negated or c.subject is None:
            continue
        if not (pred.passive or c.kind in ("participle", "relative")):
            continue
        about = ctx.persons(c.subject)
        if not about and c.subject.end <= frame.clause.start + 200:
            near = ctx.layer.entities_in(max(0, c.subject.start - 80), c.subject.start)
            about = [e.actor for e in near if e.kind == "person" and e.actor is not None][-1:]
        if not set(about) & set(act.suspects):
            continue
        wanted += [x for a in c.preps("in", "by") for x in parties(ctx, a.phrase, tribunal)]
    wanted = [w for w in wanted if w not in act.requested]
    if not wanted:
        return None
    return attrs.evolve(act, requesting=tuple(wanted[:1]))


def _chained_request(clause: Clause, arg: Arg) -> Phrase | None:
    """The request noun phrase an argument is chained after ("on its request [for the
    extradition of X]"), if any."""
    index = next((i for i, a in enumerate(clause.args) if a is arg), None)
    seen = 0
    while index is not None and seen < 4:
        before = clause.args[index].after
        if before is None:
            return None
        prev = clause.args[before]
        if prev.phrase.head.lower() in REQUEST_NOUNS:
            return prev.phrase
        index, seen = before, seen + 1
    return None


def _surrender_modifier(phrase: Phrase) -> str | None:
    """The surrender noun that modifies a phrase's head ("extradition" of "an extradition
    hearing"), or ``None``."""
    words = [w.lower() for w in phrase.words]
    head = phrase.head.lower()
    if head not in words:
        return None
    before = words[: words.index(head)]
    return next((w for w in reversed(before) if w in SURRENDER_NOUNS), None)


def _chained_from(ctx: EventContext, clause: Clause, arg: Arg | None, tribunal: str | None) -> list[str]:
    """States of a "from" phrase right after an argument ("a request [from Chile]")."""
    if arg is None:
        return []
    index = next((i for i, a in enumerate(clause.args) if a is arg), None)
    return [
        c
        for a in clause.args
        if a.role == "pp" and a.prep == "from" and a.after == index
        for c in parties(ctx, a.phrase, tribunal)
    ]


def _request_side(ctx: EventContext, phrase: Phrase, tribunal: str | None) -> list[str]:
    """Who makes a request: its possessor ("Washington's demand"), a demonym in it ("a Croatian
    request"), or its "from" phrase ("a request from Croatia")."""
    out: list[str] = []
    if phrase.possessor is not None and phrase.possessor.code and phrase.possessor.kind in ("state", "place"):
        out.append(phrase.possessor.code)
    for e in phrase.entities:
        if e.kind in ("state", "place") and e.code and e is not phrase.possessor:
            out.append(e.code)
    for prep, p in phrase.preps:
        if prep == "from":
            out += parties(ctx, p, tribunal)
    return out


def read_decision(ctx: EventContext, frame: Frame, tribunal: str | None) -> Act | None:
    """A clause that decides on a request without naming the surrender ("Russia refused on
    Tuesday", "a Canadian court rejected the request"), a suspect "wanted by" a state, or held in
    one. It names no suspect of its own: it joins the case it follows."""
    clause = frame.clause
    pred = clause.predicate
    lemma = frame.lemma
    if lemma in WANTING_VERBS:
        if pred.passive:  # "X, wanted by the tribunal"
            suspects = _suspects(ctx, clause.subject)
            asking = [c for p in _pp(clause, "by", "in") for c in parties(ctx, p, tribunal)]
        else:  # "the tribunal is seeking X": only a tribunal's wish makes a case of its own
            obj = next((a.phrase for a in clause.args if a.role == "object"), None)
            suspects = _suspects(ctx, obj)
            doers = ctx.doers(clause)
            asking = parties(ctx, doers, tribunal)
            if tribunal and doers is not None and doers.head.lower() in ("tribunal", "court", "prosecutor"):
                asking = [tribunal]  # "the war crimes tribunal is seeking X"
            if not (tribunal and tribunal in asking):
                return None
        return (
            Act(
                frame=frame,
                suspects=tuple(suspects),
                requesting=tuple(asking),
                status="requested",
                tribunal=bool(tribunal and tribunal in asking),
            )
            if asking
            else None
        )
    if lemma in HELD_VERBS:
        suspects = _suspects(ctx, clause.subject) if pred.passive or lemma in ("live", "hide") else []
        if suspects and tribunal and pred.passive and not pred.negated:
            at = [
                p
                for p in _pp(clause, "at", "in")
                if tribunal in parties(ctx, p, tribunal) or _names_tribunal(p)
            ]
            if at and pred.tense == "past":
                # "he was detained at the tribunal at The Hague": handed over to it
                return Act(
                    frame=frame,
                    suspects=tuple(suspects),
                    requesting=(tribunal,),
                    status="completed",
                    tribunal=True,
                    dates=tuple(t for t in clause.times if t.type in ("DATE", "TIME")),
                )
        held = [c for p in _pp(clause, "in") for c in parties(ctx, p, tribunal)]
        if not suspects or not held:
            return None
        return Act(frame=frame, suspects=tuple(suspects), requested=tuple(held[:1]), status=None)
    if pred.negated:
        return None
    obj = next((a.phrase for a in clause.args if a.role == "object"), None)
    if obj is not None and obj.head.lower() not in REQUEST_NOUNS and not _suspects(ctx, obj):
        return None
    status = "refused" if lemma in REFUSAL_VERBS else "granted"
    return Act(
        frame=frame,
        requested=tuple(holders(ctx, _it_is_the_sayer(ctx, clause, ctx.doers(clause)), tribunal)),
        requesting=tuple(_request_side(ctx, obj, tribunal)) if obj is not None else (),
        suspects=tuple(_suspects(ctx, obj)),
        status=status,
        dates=tuple(t for t in clause.times if t.type in ("DATE", "TIME")),
    )

"""How one surrender frame is read: whose surrender, who asks, who is asked, and how far it went.

An :class:`Act` comes from a surrender verb in its clause ("Russia refused to hand over X", "asked
Russia to extradite X", "X was extradited to The Hague"), a surrender noun in its phrase ("X's
extradition from Yemen", "fighting extradition to the US", "a Croatian request to extradite X"),
or a bare decision about a request ("Russia refused", "a court rejected the request") that joins
the case it follows (:mod:`.decisions`). Vocabularies are in ``data/lexicon/events.txt``.
"""

from __future__ import annotations

from typing import Final

import attrs

from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.extradition.act_people import appellants, doer_suspects, named_before_the_verb
from diplotext.extractors.extradition.act_sides import (
    _decided_by_a_court,
    _described_sentence_subject,
    _tried_in,
    said_by,
    self_surrender,
)
from diplotext.extractors.extradition.act_times import (
    after_times,
    carried_times,
    deciding_times,
    fronted_ruling_times,
    ordered_times,
    own_or_reported_times,
    reportable,
    reported_times,
)
from diplotext.extractors.extradition.addressees import filed_with, request_sent
from diplotext.extractors.extradition.apposition_owners import apposed_group
from diplotext.extractors.extradition.aside_parents import parent_past_an_aside
from diplotext.extractors.extradition.awaited_decisions import awaited_decision, awaiting_suspects
from diplotext.extractors.extradition.brought_home import add_doers
from diplotext.extractors.extradition.contested_gerunds import contested_gerund
from diplotext.extractors.extradition.counted_back import counted_back, counted_befell, group_named_next
from diplotext.extractors.extradition.described_pronouns import described_antecedent, their_people
from diplotext.extractors.extradition.efforts import effort_makers, not_the_makers
from diplotext.extractors.extradition.escaped import escaped
from diplotext.extractors.extradition.favour import favoured_by, in_favour
from diplotext.extractors.extradition.furthering import furthered_on_request
from diplotext.extractors.extradition.governing import (
    ADVISING_MODALS,
    asked_to_return,
    bid_outcome,
    consented,
    governed,
    status_of_clause,
)
from diplotext.extractors.extradition.happenings import happened
from diplotext.extractors.extradition.hearing_courts import court_attended, staged_hearing
from diplotext.extractors.extradition.held_descriptions import to_after_the_hold
from diplotext.extractors.extradition.notices import notice_askers
from diplotext.extractors.extradition.owners import possessor_side
from diplotext.extractors.extradition.people import (
    and_aged_partners,
    apposed_after,
    counted,
    described_suspect,
    may_be_a_person,
    named_before,
    named_suspects,
    of_after_suspects,
    pp_phrases,
    sentence_subject,
    shifted_object,
    the_one_it_befell,
)
from diplotext.extractors.extradition.portfolio_objects import named_after_a_portfolio
from diplotext.extractors.extradition.purposes import noun_behind, verb_strength
from diplotext.extractors.extradition.releases import freed_by_the_refusal
from diplotext.extractors.extradition.requested_returns import requested_suspect
from diplotext.extractors.extradition.returns import handed_back
from diplotext.extractors.extradition.sent_things import owner_of_a_thing_sent
from diplotext.extractors.extradition.sides import (
    after_an_aside,
    bodies_from_after_to,
    chained_from,
    chained_request,
    handed_over_in,
    holders,
    it_is_the_sayer,
    names_a_tribunal,
    noun_of_infinitive,
    parties,
    request_side,
    surrender_modifier,
    to_after_apposition,
)
from diplotext.extractors.extradition.vocabulary import (
    ASKING_CHAINS,
    COMPLETED_VERBS,
    COMPOUND_HEADS,
    GRANT_VERBS,
    OUTCOME_VERBS,
    PENDING_VERBS,
    REFUSAL_VERBS,
    REQUEST_NOUNS,
    SURRENDER_NOUNS,
    WITHDRAWING_VERBS,
)
from diplotext.extractors.extradition.warrants import surrender_warrant_issuers
from diplotext.model import Actor, TemporalExpression
from diplotext.syntax.words import POSSESSIVES

__all__ = ["ADVISING_MODALS", "Act", "read_act"]


@attrs.frozen(kw_only=True)
class Act:
    """What one frame says of a surrender. ``status``: ``requested``, ``refused``, ``granted``,
    ``pending``, ``completed`` or ``None``; ``demand`` when the request is a demand; ``strong``
    when the words themselves are about extradition (not a "hand over" that could be of
    anything); ``held`` for the place a suspect is held (a state asked to surrender him);
    ``reported`` when ``dates`` are the day of the report that tells the act, not the act's own;
    ``unasked`` when the act tells that no request was made (:mod:`.unasked`)."""

    frame: Frame
    suspects: tuple[Actor, ...] = ()
    requesting: tuple[str, ...] = ()
    requested: tuple[str, ...] = ()
    status: str | None = None
    demand: bool = False
    strong: bool = False
    tribunal: bool = False
    dates: tuple[TemporalExpression, ...] = ()
    reported: bool = False
    unasked: bool = False


def read_act(ctx: EventContext, frame: Frame, tribunal: str | None) -> Act | None:
    """The act of a surrender verb or noun frame."""
    clause = frame.clause
    pred = clause.predicate
    if frame.phrase is None:
        if frame.lemma == "return" and not (handed_back(ctx, clause) or asked_to_return(ctx, clause)):
            return None  # "X returned to Lima": he went back; "X was returned to China" was handed
        if any(a.role == "object" and a.phrase.head.lower() in REQUEST_NOUNS for a in clause.args):
            return None  # "sent Chile a request for the extradition of X": a request, not a surrender
        if self_surrender(ctx, clause):
            return None  # "X surrendered to police", "X turned himself in": his own act, no state's
        strength = verb_strength(ctx, clause, frame.lemma)
        if strength is None:
            return None
        to = pp_phrases(clause, "to") or to_after_apposition(ctx, clause)
        bodies_from = bodies_from_after_to(clause)  # "handed X over to officials from Uganda"
        to += bodies_from
        requesting = [c for p in to for c in parties(ctx, p, tribunal)] or _tried_in(ctx, clause, tribunal)
        if tribunal and not requesting and any(names_a_tribunal(p) for p in to):
            requesting = [tribunal]  # "handed X over to the war crimes tribunal"
        requested = [
            c for p in pp_phrases(clause, "from") if p not in bodies_from for c in parties(ctx, p, tribunal)
        ]
        contest = contested_gerund(ctx, clause)  # "lost his appeal against being sent to the US"
        strength = "strong" if contest is not None else strength  # (an appeal: a court's case)
        if pred.passive:
            suspects = (contest[0] if contest is not None else []) or (
                [*named_suspects(ctx, clause.subject), *and_aged_partners(ctx, clause.subject)]
                or apposed_after(ctx, clause.subject)
                or named_before_the_verb(ctx, clause)
                or described_suspect(ctx, clause.subject, clause)
                or _described_sentence_subject(ctx, clause)
            )
            if not suspects and strength == "weak":
                return None  # "the files were sent to the United States": no person handed over
            requested += [c for p in pp_phrases(clause, "by") for c in parties(ctx, p, tribunal)]
            if not requested and requesting and not (pred.negated or pred.modal or pred.tense == "future"):
                requested += handed_over_in(ctx, clause, requesting, tribunal)
            if not requested and (pred.negated or pred.modal or pred.tense == "future"):
                # "X will not be extradited, the Russian prosecutor's office said": the sayer's state
                requested += said_by(ctx, clause, tribunal)
        else:
            suspects = [
                s
                for a in clause.args
                # "extradite the cleric he blames for the coup": "he" opens a clause, no object
                if a.role == "object" and a.phrase.words[:1] not in _NOMINATIVES
                for p in clause.named(a)
                for s in named_suspects(ctx, p)
            ]
            if strength == "weak" and owner_of_a_thing_sent(next(iter(clause.objects), None)):
                return None  # "a magistrate sent his case to the Home Secretary": no person sent
            if not suspects:
                suspects = shifted_object(ctx, clause)  # "surrendered to Lithuanian police X, a trader"
            if not suspects:
                suspects = named_after_a_portfolio(ctx, clause)  # "extradite former minister for land X"
            objects = [e for a in clause.args if a.role == "object" for e in a.phrase.entities]
            pronoun = objects[0] if objects and objects[0].pronoun else None
            if len(suspects) == 1 and pronoun is not None and pronoun.actor in suspects:
                # "Mr X is appealing the decision to extradite him": him is the one the
                # sentence is about, whoever the pronoun was last taken for (unless it was taken
                # for the one who asks: then it is the person named before it, found already)
                suspects = sentence_subject(ctx, clause) or suspects
            if not suspects and any(
                a.phrase.words == ("them",) or counted(a.phrase) for a in clause.args if a.role == "object"
            ):
                suspects = named_before(ctx, clause)  # "agreed to hand them over", "to extradite both men"
            if not suspects:
                ante = next((a.phrase for a in clause.args if a.role == "antecedent"), None)
                parent = ctx.parent(clause)
                if ante is None and parent is not None:
                    ante = next((a.phrase for a in parent.args if a.role == "antecedent"), None)
                suspects = named_suspects(ctx, ante)
            if not suspects:
                obj = next((a.phrase for a in clause.args if a.role == "object"), None)
                suspects = described_suspect(ctx, obj, clause) or described_antecedent(ctx, obj)
                if not suspects and obj is not None:
                    # "handed over two Britons wanted for fraud ... The men, A and B, were flown"
                    suspects = group_named_next(ctx, obj, clause)
                if obj is None and strength == "weak" and not to:
                    return None  # "Egypt has sent the US dossiers seeking ...": nobody is handed over
                if obj is not None and strength == "weak" and not (suspects or may_be_a_person(obj)):
                    return None  # "if Japan sent its case file": a thing, not a person, is sent
            doers = it_is_the_sayer(ctx, clause, clause.subject)
            if set(pred.chain) & ASKING_CHAINS:
                requesting += parties(ctx, doers, tribunal)  # "Britain wants to extradite X"
            else:
                add_doers(ctx, clause, strength, (requesting, requested), holders(ctx, doers, tribunal))
        status = status_of_clause(ctx, clause) if contest is None else contest[1]
        demand = False
        if status is None and in_favour(ctx, frame):
            status = "granted"  # "it was in favour of extraditing X to Ukraine"
            requested += favoured_by(ctx, frame, tribunal)
        intent = noun_of_infinitive(ctx, clause)
        if intent is not None:
            # "Brazil's refusal to extradite X", "Peru's request to extradite X"
            status, side = intent
            (requested if status in ("refused", "granted") else requesting).extend(side)
        makers = effort_makers(ctx, clause, tribunal)
        if makers is not None:  # "Turkey has stepped up its efforts to extradite X": the maker asks
            requesting += makers
            requested = not_the_makers(ctx, clause, tribunal, requested, makers)
        parent = parent_past_an_aside(ctx, clause)  # "asked Peru, where he hides, to"
        times = clause.times
        told_by = clause
        if parent is not None and clause.kind in ("infinitive", "complement", "participle"):
            got, asking, asked, demand = governed(ctx, parent, tribunal)
            if got is not None:
                # "agreed on Monday to hand them over": the decision's day
                times = times or parent.times or fronted_ruling_times(ctx, parent)
                told_by = parent
                status = (
                    got if status in (None, "completed", "granted", "pending") or got == "refused" else status
                )
                requesting += asking
                requested += asked
        if makers is not None:
            status = status or "requested"  # (a contest of the effort leaves it pending)
        times, reported = own_or_reported_times(
            ctx, told_by, times or after_times(ctx, told_by) or carried_times(ctx, clause)
        )
        return Act(
            frame=frame,
            suspects=tuple(suspects),
            requesting=tuple(requesting),
            requested=tuple(requested),
            status=status,
            demand=demand,
            # "the National Court agreed to send X back to Chile": a court's decision to send a
            # person to another state is an extradition, whatever the verb
            strong=strength == "strong" or (status == "granted" and _decided_by_a_court(told_by)),
            tribunal=strength == "tribunal",
            dates=tuple(t for t in times if t.type in ("DATE", "TIME")),
            reported=reported,
        )
    phrase = frame.phrase
    compound = frame.lemma in COMPOUND_HEADS
    if compound:
        # "Brazil's extradition request for X", "an extradition hearing for X"
        modifier = surrender_modifier(phrase)
        if modifier is None and frame.lemma.startswith("notice") and "red" in phrase.words:
            strength = "strong"  # "an Interpol red notice for X": a call for his arrest and surrender
        elif modifier is None:
            return None
        else:
            strength = SURRENDER_NOUNS[modifier]
    else:
        strength = SURRENDER_NOUNS.get(frame.lemma, "weak")
    suspects = []
    requesting = []
    requested = []
    # "sent a request for the extradition of X to Washington": "to" is the state asked
    destination = requested if request_sent(frame) else requesting
    asked_of = compound and phrase.head.lower() in REQUEST_NOUNS
    for prep, p in phrase.preps:
        if prep == "of" or (compound and prep in ("for", "against")):
            suspects += named_suspects(ctx, p)
            # "the extradition of X from Lebanon": the phrases the suspect's own phrase carries
            for inner, q in p.preps:
                if inner == "to":
                    destination += parties(ctx, q, tribunal)
                elif inner == "from":
                    requested += parties(ctx, q, tribunal)
        elif prep == "to":
            destination += parties(ctx, p, tribunal)
            suspects += of_after_suspects(ctx, p)
        elif prep == "from":
            # "an extradition request from India": a request comes from the state that asks
            (requesting if asked_of else requested).extend(parties(ctx, p, tribunal))
            suspects += of_after_suspects(ctx, p)
    if (
        phrase.possessor is not None
        and phrase.possessor.kind == "person"
        and phrase.possessor.actor is not None
    ):
        suspects.append(phrase.possessor.actor)
    elif phrase.owner is not None:
        suspects += named_suspects(ctx, phrase.owner)
    if frame.depth == 0:
        for prep, p in frame.phrases():
            if prep == "to" and p not in [q for _, q in phrase.preps]:
                destination += parties(ctx, p, tribunal)
                suspects += of_after_suspects(ctx, p)
            elif prep == "from" and p not in [q for _, q in phrase.preps]:
                (requesting if asked_of else requested).extend(parties(ctx, p, tribunal))
                suspects += of_after_suspects(ctx, p)
            elif compound and prep in ("for", "against") and p not in [q for _, q in phrase.preps]:
                suspects += named_suspects(ctx, p)  # "rejected Brazil's extradition request for X"
    if not destination and destination is requesting:
        # "the extradition of a businessman living in Valencia to Argentina"
        destination += [c for p in to_after_the_hold(ctx, clause, phrase) for c in parties(ctx, p, tribunal)]
        # "the surrender of X under a European arrest warrant issued in Poland": a surrender
        # sought under a state's warrant is an extradition, whatever the word
        warranted = surrender_warrant_issuers(ctx, clause, tribunal) if not destination else []
        destination += warranted
        strength = "strong" if warranted else strength
    if suspects and not requested and destination is requesting:
        # "the extradition of X, who is accused of fraud, from Ireland": after the aside on him
        requested += [
            c for p in after_an_aside(ctx, clause, phrase, "from") for c in parties(ctx, p, tribunal)
        ]
    if suspects and not compound and destination is requesting:
        requested += possessor_side(phrase, requesting, requested)  # "Poland's handover of X to Norway"
    if not suspects:
        # "approved the extradition to Argentina of a former army officer ... X, 78, is accused":
        # a description in the "of" phrase stands for the suspect named near it
        chained = list(frame.phrases()) if frame.depth == 0 else list(phrase.preps)
        # "an extradition hearing against a former aide ...": so does a compound's "for"/"against"
        heads = ("of", "for", "against") if compound else ("of",)
        described = [q for prep, q in chained if prep in heads] + [
            q for prep, p in chained if prep in ("to", "from") for inner, q in p.preps if inner == "of"
        ]
        for q in described:
            # ("the extradition of three Venezuelan businessmen ... A, B and C were arrested")
            suspects = described_suspect(ctx, q, clause) or group_named_next(ctx, q, clause)
            suspects = suspects or counted_back(ctx, q)  # "the extradition of both suspects"
            if suspects:
                break
        # "a request for his extradition", "Germany asked for their extradition"
        suspects = suspects or described_antecedent(ctx, phrase) or their_people(ctx, phrase, clause)
    status = None
    demand = False
    # "[a Croatian request / Washington's demand] for [his extradition]": the request's side
    for outer in reversed(frame.outer):
        if outer.head.lower() in REQUEST_NOUNS:
            requesting += request_side(ctx, outer, tribunal)
            # "the demand [for the extradition of X] [from Somalia]": a "from" after "for" is the surrender's
            after_for = [p for prep, p in outer.preps if prep == "from" and p.start > phrase.start]
            requested += [c for p in after_for for c in parties(ctx, p, tribunal)]
            demand = demand or outer.head.lower().startswith("demand")
            status = status or "requested"
            break
    arg = frame.arg
    if arg is not None and destination is requested and arg.role == "pp" and frame.depth == 0:
        # "a request was sent to the United States for the extradition of X": the "to" of the
        # sending clause is the state asked wherever it stands, the sender (or its sayer) asks
        requested += [c for p in pp_phrases(clause, "to") for c in parties(ctx, p, tribunal)]
        if pred.passive:
            requesting += [c for p in pp_phrases(clause, "by") for c in parties(ctx, p, tribunal)] or said_by(
                ctx, clause, tribunal
            )
        status = "requested"
    if arg is not None and arg.role == "pp" and frame.depth == 0 and not frame.outer:
        # "Brazil is awaiting a decision from Paraguay on its request for the extradition of X":
        # the request the phrase is chained to, its maker the subject for "its"
        request = chained_request(clause, arg)
        if request is not None:
            request_arg = next((a for a in clause.args if a.phrase is request), None)
            requesting += (
                request_side(ctx, request, tribunal)
                or chained_from(ctx, clause, request_arg, tribunal)
                or (
                    parties(ctx, clause.subject, tribunal)
                    if request.words[:1] in (("its",), ("their",))
                    else []
                )
            )
            status = status or "requested"
            if request_sent(frame):
                # "has sent a fresh request to Britain for the extradition of X": sent to the asked
                requested += [c for p in pp_phrases(clause, "to") for c in parties(ctx, p, tribunal)]
            requested += filed_with(
                ctx, clause, tribunal
            )  # "lodged a request with Spain for the extradition of X"
            if pred.lemma in PENDING_VERBS or pred.lemma == "await":
                status = "pending"
                requested += [c for p in pp_phrases(clause, "from") for c in parties(ctx, p, tribunal)]
    governing_phrase = frame.outer[0] if frame.outer else phrase
    if arg is not None and (
        frame.depth == 0 or (frame.outer and frame.outer[0].head.lower() in REQUEST_NOUNS)
    ):
        if arg.role in ("object", "pp"):
            got, asking, asked, dem = governed(ctx, clause, tribunal)
            above = furthered_on_request(ctx, clause)
            if above is not None and (asked_for := governed(ctx, above, tribunal))[0] == "requested":
                got, asking, asked, dem = asked_for  # "urged Britain to approve the extradition of X"
            if (
                got == "pending"
                or clause.predicate.lemma in OUTCOME_VERBS
                or consented(ctx, clause)
                or bid_outcome(ctx, clause)
                or escaped(ctx, clause)
            ):
                suspects += doer_suspects(ctx, clause, consent=consented(ctx, clause))  # "X is fighting"
            elif got is not None:
                suspects += appellants(clause)  # "the court dismissed X's appeal against extradition"
            if got is not None:
                status = got
                requesting += asking if governing_phrase is phrase else []
                requested += asked
                demand = demand or dem
        elif arg.role == "subject":
            lemma = pred.lemma
            if lemma in REFUSAL_VERBS or lemma in GRANT_VERBS:
                status = "refused" if lemma in REFUSAL_VERBS else "granted"
                if pred.negated or pred.modal in ADVISING_MODALS:
                    status = None  # "argued that her extradition hearing should be halted": advice
                requested += [c for p in pp_phrases(clause, "by") for c in parties(ctx, p, tribunal)]
            elif (
                lemma in COMPLETED_VERBS and not pred.negated and status_of_clause(ctx, clause) == "completed"
            ) or happened(ctx, clause):
                status = "completed"  # "the extradition of X to Chile was completed / took place on Friday"
    if status is None and in_favour(ctx, frame):
        status = "granted"  # "a British court's verdict in favour of his extradition to India"
        requested += favoured_by(ctx, frame, tribunal)
        if not requesting:
            requesting += [
                c for p in pp_phrases(clause, "to") if p.start > phrase.end for c in parties(ctx, p, tribunal)
            ]
    if status is None and arg is not None and frame.depth == 0 and noun_behind(clause, arg):
        status = "completed"  # "a week after X's extradition to Bolivia, his deputy took charge"
    awaited = phrase.words[:1] in (("pending",), ("awaiting",))
    if (awaited or (arg is not None and arg.prep == "pending")) and frame.depth == 0:
        # "X has been held in Spain pending extradition to the US": held where he is asked for; "in
        # custody pending his surrender" sets no status (it may follow the order that granted it)
        if awaited or phrase.words[:1] not in _OWNED:
            status = status or "pending"
        if pred.passive:
            suspects += named_suspects(ctx, clause.subject) or described_antecedent(ctx, clause.subject)
        requested += [c for p in pp_phrases(clause, "in") for c in parties(ctx, p, tribunal)]
    if awaited_decision(ctx, frame):  # "held in Zurich pending a decision on his extradition"
        status, suspects = "pending", suspects or awaiting_suspects(ctx, ctx.parent(clause) or clause)
        requested += [
            c for p in pp_phrases(ctx.parent(clause) or clause, "in") for c in parties(ctx, p, tribunal)
        ]
    if compound:
        told = COMPOUND_HEADS[frame.lemma]
        if told == "requested":
            requesting += request_side(ctx, phrase, tribunal)
            if not requesting and frame.lemma.startswith("notice"):
                requesting += notice_askers(ctx, clause, tribunal)
        elif told == "pending" and arg is not None and (frame.depth == 0 or staged_hearing(frame)):
            # "X appeared at an extradition hearing in Lisbon": his hearing, where he is held
            if not suspects:
                suspects += doer_suspects(ctx, clause) or apposed_group(
                    ctx, clause.subject
                )  # "Two men, A and B,"
            elif arg.role == "object" and clause.kind != "relative":
                # "a Lisbon court will hold extradition proceedings against X"
                requested += parties(ctx, ctx.doers(clause), tribunal)
            requested += [
                c
                for p in (*pp_phrases(clause, "in"), *(q for r, q in phrase.preps if r == "in"))
                for c in parties(ctx, p, tribunal)
            ] + court_attended(ctx.text, clause)  # "appeared at Leeds Crown Court for"
        status = status or told
    if not suspects and arg is not None:
        # "the extradition of two men, A and B, over the plot": the names in apposition after it
        index = next((i for i, a in enumerate(clause.args) if a is arg), len(clause.args))
        following = clause.args[index + 1 : index + 2]
        suspects += [s for a in following if a.role == "apposition" for s in named_suspects(ctx, a.phrase)]
    if not suspects:
        # ("Both men were arrested ... on warrants issued after X submitted extradition requests")
        suspects += (
            the_one_it_befell(ctx, clause) or freed_by_the_refusal(ctx, clause) or counted_befell(ctx, clause)
        )
    times = (
        ()  # "withdrew its request on May 3": that day is not the request's
        if pred.lemma in WITHDRAWING_VERBS and not phrase.times
        else (*phrase.times, *clause.times)
        or deciding_times(ctx, clause, tribunal)
        or after_times(ctx, clause)
    )
    times = ordered_times(ctx, clause, times)  # "a court on Monday ordered him held pending extradition"

    reported = not times and frame.depth == 0 and arg is not None and reportable(clause, arg)
    if reported:
        # "India has filed a fresh extradition request with Belgium for X, the bureau said on
        # Tuesday": the request is news of the day its report is dated
        times = reported_times(ctx, clause)
    return Act(
        frame=frame,
        suspects=tuple(dict.fromkeys(suspects)),
        requesting=tuple(requesting),
        requested=tuple(requested),
        status=status,
        demand=demand,
        # "its request for the return of X, who is accused of fraud": asked for by name, a suspect
        strong=strength == "strong" or (status == "requested" and requested_suspect(ctx, frame, suspects)),
        dates=tuple(t for t in times if t.type in ("DATE", "TIME")),
        reported=reported and bool(times),
    )


_NOMINATIVES: Final = frozenset([("he",), ("she",), ("they",), ("we",), ("i",)])
_OWNED: Final = frozenset((w,) for w in POSSESSIVES)
"""A possessive opening the phrase after "pending" ("pending his surrender"): a known act awaited."""

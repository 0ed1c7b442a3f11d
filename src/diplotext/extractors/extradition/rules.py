"""Rules of the ``extradition`` plugin: surrender frames become cases, cases become events.

1. *Frames.* In each sentence where a surrender word occurs ("extradite", "extradition", "hand
   over", "surrender", "send back", "transfer to The Hague"), the clause layer gives the frames;
   :mod:`diplotext.extractors.extradition.acts` reads each into an act: the suspect (the object of
   the verb, the subject of a passive, the "of" phrase or possessor of the noun, the antecedent of
   "whom"), the requesting state (the destination "to X", the subject of a request verb governing
   the surrender, the maker of a request: "a Croatian request", "Washington's demand", "a request
   from X"), the requested state (the one that surrenders or refuses: the subject of "extradite"
   or "refused to hand over", the object of "asked X to", "from X", "by X"), and the status.
2. *Cases.* Acts about one suspect make one case. Decisions that name no suspect ("Russia refused
   on Tuesday", "a court rejected the request": :mod:`diplotext.extractors.extradition.decisions`),
   and the request, warrant or constitution talk of the sentences that follow, join the case before
   them.
3. *Not disputes:* no named person; no state on either side; the same state on both; a weak
   word ("hand over") with only one state.
4. Status is the latest act: completed > refused > pending (an appeal comes after a decision) >
   granted > requested; the date is the latest one told of that act; grounds, victim and charge
   are read from the case's sentences.
"""

from __future__ import annotations

import attrs
import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import (
    EventContext,
    confidence,
    merge_spans,
    trigger_words,
)
from diplotext.extractors.extradition.acts import Act, read_act
from diplotext.extractors.extradition.admissibility import admissibility_found
from diplotext.extractors.extradition.aged import aged_sentences
from diplotext.extractors.extradition.alternatives import surrender_forgone
from diplotext.extractors.extradition.arrest_requests import request_after_arrest
from diplotext.extractors.extradition.arrests import (
    ARREST_VERBS,
    ARRIVAL_VERBS,
    FOR_ANOTHER_STATE,
    TRANSPORT_VERBS,
    arrival_after_surrender,
    arrival_of_the_surrendered,
    read_arrest_request,
    read_transport,
    read_wanted_arrest,
)
from diplotext.extractors.extradition.attributes import case_name, grounds, hague_court, tribunal, victim
from diplotext.extractors.extradition.boarded import put_on_a_plane
from diplotext.extractors.extradition.case_sides import Case, case_sides
from diplotext.extractors.extradition.case_status import case_date, final_status
from diplotext.extractors.extradition.categories import of_a_category
from diplotext.extractors.extradition.court_releases import release_ordered
from diplotext.extractors.extradition.decisions import bare_refusals, read_decision
from diplotext.extractors.extradition.fellows import of_a_fellow
from diplotext.extractors.extradition.heard_challenges import challenge_heard
from diplotext.extractors.extradition.heard_requests import request_heard
from diplotext.extractors.extradition.hearings import decision_put_off, hearing_held
from diplotext.extractors.extradition.home_steps import answers_only
from diplotext.extractors.extradition.homeward import wanted_and_sent_home
from diplotext.extractors.extradition.later_appeals import appeal_after_grant, appeal_against_a_grant
from diplotext.extractors.extradition.later_stages import stage_in_the_asking_state
from diplotext.extractors.extradition.name_forms import join_name_forms
from diplotext.extractors.extradition.opinions import opinion_given
from diplotext.extractors.extradition.papers import sends_papers
from diplotext.extractors.extradition.passing_mentions import told_in_passing
from diplotext.extractors.extradition.pending_cases import case_pending
from diplotext.extractors.extradition.person_requests import PERSON_REQUEST_NOUNS, requests_for_a_person
from diplotext.extractors.extradition.pressed_again import pressed_again
from diplotext.extractors.extradition.prisoner_transfers import prisoner_transfer
from diplotext.extractors.extradition.purposes import TRIAL_WORDS, sent_to_be_tried
from diplotext.extractors.extradition.request_days import request_sent_on
from diplotext.extractors.extradition.reversals import reversed_decisions
from diplotext.extractors.extradition.rivals import rival_requests
from diplotext.extractors.extradition.scope import child, habitual
from diplotext.extractors.extradition.sought_arrests import WARRANT_WORDS
from diplotext.extractors.extradition.time_left import time_left
from diplotext.extractors.extradition.unanswered import request_ignored
from diplotext.extractors.extradition.unasked import request_never_made
from diplotext.extractors.extradition.unnamed import former_in_object, someone_unnamed
from diplotext.extractors.extradition.vocabulary import (
    COMPOUND_HEADS,
    DECISION_VERBS,
    REFUSAL_VERBS,
    REQUEST_VERBS,
    SURRENDER_NOUNS,
    SURRENDER_VERBS,
    SUSPECT_DESCRIPTIONS,
    WANTING_VERBS,
)
from diplotext.extractors.extradition.wanted_apposed import wanted_past_an_aside
from diplotext.extractors.extradition.wanted_extradited import wanted_extradited
from diplotext.extractors.extradition.wanted_pairs import wanted_together
from diplotext.extractors.extradition.whereabouts import (
    whereabouts,
)
from diplotext.extractors.extradition.whose import whose_surrender
from diplotext.extractors.extradition.yet_to_decide import yet_to_decide
from diplotext.model import Actor, Event, Span

__all__ = ["CODES", "find_disputes"]

CODES: dict[str, tuple[str, str]] = {
    "requested": ("0213", "REQUEST"),
    "demanded": ("1013", "REQUEST"),
    "pending": ("0213", "REQUEST"),
    "granted": ("0313", "AGREE"),
    "completed": ("063", "COOPERATE"),
    "refused": ("121", "REJECT"),
}
"""Status -> (CAMEO code, PLOVER type); "demanded" is a request made as a demand."""

_VERBS = frozenset(SURRENDER_VERBS)
_NOUNS = frozenset(SURRENDER_NOUNS) | frozenset(COMPOUND_HEADS)
_TRIGGERS = trigger_words(_VERBS | frozenset(SURRENDER_NOUNS)) | {"hague", "notice", "notices", "tribunal"}
_STRONG = trigger_words({"extradite", "extradition"}) | {"hague", "extraditions"}
_NEEDS_PARTICLE = trigger_words({"send", "turn"})
_PARTICLES = frozenset({"over", "back"})
_DECIDING_FORMS = trigger_words(REFUSAL_VERBS | {"agree", "approve", "decide"})
_TRIAL = frozenset({"trial"})
_FACED = frozenset({"charges", "prosecution", "justice"})
_AT_REQUEST = FOR_ANOTHER_STATE | {"warrant", "notice"}
_ARRESTING = trigger_words(ARREST_VERBS)
_WANTED = trigger_words(WANTING_VERBS) | {"indicted"}
_PLURAL = frozenset({"them"})
_DESCRIBING = lexicon.words("events", "words of a described suspect")
_FOLLOW_UP = regex.compile(
    r"\b(?:requests?|warrants?|Interpol|constitution|extradit\w*|appeals?|challenges?)\b", regex.IGNORECASE
)
"""What a sentence right after a case speaks of when it tells more of the case: the request, the
warrant, the constitution, the suspect's appeal ("On Tuesday the judges rejected his appeal")."""
_FOLLOW_SENTENCES = 3
_TRANSPORT_WORDS = trigger_words(TRANSPORT_VERBS)
_CRIMINAL = lexicon.words("events", "criminal words")
_DEMANDING = REQUEST_VERBS | REFUSAL_VERBS | {"refuse"}
_SEEKING = trigger_words(WANTING_VERBS)
_TRIBUNAL_WORDS = frozenset({"tribunal", "tribunals", "hague", "icty", "ictr", "icc", "irmct"})


_OTHER_TRIGGERS = _TRIGGERS - _NEEDS_PARTICLE


class _Finder:
    def __init__(self, ctx: EventContext) -> None:
        self.ctx = ctx
        self._tribunal: str | bool | None = False
        self.cases: dict[str, Case] = {}
        self.loose: list[Act] = []

    @property
    def tribunal(self) -> str | None:
        """The international tribunal the article speaks of, read on first need."""
        if self._tribunal is False:
            self._tribunal = tribunal(self.ctx.text) or hague_court(self.ctx)
        return self._tribunal  # type: ignore[return-value]

    def scan(self) -> None:
        ctx = self.ctx
        trigger_sentences = ctx.layer.with_words(_TRIGGERS)
        strong = set(ctx.layer.with_words(_STRONG))
        particles = set(ctx.layer.with_words(_PARTICLES))
        # "sent the case to him" needs no particle when another surrender word is there ("approved
        # the surrender of X ... after a judge sent the case to him")
        needs_particle = set(ctx.layer.with_words(_NEEDS_PARTICLE)) - set(
            ctx.layer.with_words(_OTHER_TRIGGERS)
        )
        # "be sent to Britain to stand trial", "a decision to send him to India to face charges"
        particles |= set(ctx.layer.with_words(_TRIAL | _FACED))
        # "a court refused to send X to the United States": a decision on sending someone (not an
        # official: "agreed to send Vice Premier X to the talks" sends an envoy)
        decided_only = set(ctx.layer.with_words(_DECIDING_FORMS)) - particles
        particles |= decided_only
        plural = set(ctx.layer.with_words(_PLURAL))  # "hand them over": people named before
        plural |= set(ctx.layer.with_words(SUSPECT_DESCRIPTIONS))  # "send back the banker"
        plural |= set(ctx.layer.with_words(_DESCRIBING))  # "will not hand over a former minister"
        plural |= aged_sentences(ctx)  # "the 38-year-old will be sent to Lithuania"
        for idx in trigger_sentences:
            # "hand", "send", "transfer" are read only with a person and a state named, and
            # "send"/"turn" only with their particle ("over", "back")
            weak_ok = (idx not in needs_particle or idx in particles) and (
                (ctx.sentence_has(idx, ("person",)) or idx in plural)
                # a state named here, or a surrender already told ("... wanted in Sweden to be
                # extradited. X approved the surrender of Y on Monday")
                and (ctx.sentence_has(idx, ("state", "place")) or bool(self.cases or self.loose))
            )
            if idx not in strong and not weak_ok:
                continue
            for whose in whose_surrender(ctx, idx, self.tribunal):  # "X, whose extradition Peru sought"
                for suspect in whose.suspects:
                    self.add(suspect, whose)
            for frame in ctx.frames(idx, _VERBS | DECISION_VERBS, _NOUNS):
                # "Brazil wants X and Y extradited"
                act: Act | None = (
                    wanted_together(ctx, frame, self.tribunal)
                    or wanted_extradited(ctx, frame, self.tribunal)  # "X, whom India wants extradited"
                    or wanted_past_an_aside(ctx, frame, self.tribunal)  # "wants X, a trader, extradited"
                )
                if (
                    act is None
                    and frame.phrase is None
                    and frame.lemma in DECISION_VERBS
                    and frame.lemma not in _VERBS
                ):
                    act = read_decision(ctx, frame, self.tribunal)
                elif act is None:
                    act = read_act(ctx, frame, self.tribunal)
                if act is not None and idx in decided_only and frame.lemma in _NEEDS_PARTICLE:
                    once = former_in_object(act)
                    kept = tuple(
                        p for p in act.suspects if p.id in once or ctx.former(p) or not ctx.official(p)
                    )
                    act = attrs.evolve(act, suspects=kept)
                if act is None or sends_papers(act):
                    continue  # "in a letter sent to the embassy on Monday": no one surrendered
                if act.status == "pending" and time_left(ctx, act.frame.clause):
                    act = attrs.evolve(act, status=None)  # "who has two months to decide whether to"
                if request_never_made(ctx, act.frame):  # "Turkey had not requested his extradition"
                    act = attrs.evolve(act, status=None, requesting=(), strong=False, unasked=True)
                # "gave an unfavourable opinion on Rwanda's request to extradite X": refused
                act = opinion_given(ctx, act, self.tribunal) or act
                # "declared inadmissible the extradition of X": refused
                act = admissibility_found(ctx, act, self.tribunal) or act
                # "will hear a challenge to the surrender of X": pending before that court
                act = challenge_heard(ctx, act, self.tribunal) or act
                if act.suspects and (act.strong or act.tribunal or act.frame.lemma not in DECISION_VERBS):
                    for suspect in act.suspects:
                        self.add(suspect, act)
                elif not someone_unnamed(act, _VERBS):
                    self.loose.append(act)
        for act in surrender_forgone(ctx, trigger_sentences, self.tribunal):  # "instead of extraditing him"
            for suspect in act.suspects:
                self.add(suspect, act)
        for idx in ctx.layer.with_words(PERSON_REQUEST_NOUNS):
            for act in requests_for_a_person(ctx, idx, self.tribunal):  # "rejected Chile's request for X"
                for suspect in act.suspects:
                    if suspect.id not in self.cases:  # (a rival's request for one of a case: rivals.py)
                        self.add(suspect, act)
        arresting = set(ctx.layer.with_words(_ARRESTING))
        for idx in sorted(set(ctx.layer.with_words(_AT_REQUEST)) & arresting):
            # "police arrested X in Milan at the request of the United States"
            for frame in ctx.frames(idx, ARREST_VERBS, ()):
                act = read_arrest_request(ctx, frame, self.tribunal)
                if act is not None:
                    for suspect in act.suspects:
                        self.add(suspect, act)
        # ("X was arrested in Madrid. A court in Quito had issued a warrant for his arrest")
        wanted = set(ctx.layer.with_words(_WANTED)) | set(ctx.layer.with_words(WARRANT_WORDS))
        for idx in sorted((wanted | {w - 1 for w in wanted} | {w + 1 for w in wanted}) & arresting):
            # "X, who is wanted in Brazil for murder, was arrested in Paraguay"
            for frame in ctx.frames(idx, ARREST_VERBS, ()):
                act = read_wanted_arrest(ctx, frame, self.tribunal)
                if act is not None:
                    for suspect in act.suspects:
                        self.add(suspect, act)
        for idx in sorted(arresting & {s - 1 for s in strong}):
            # "X was arrested in Tangier in June. France filed an extradition request"
            for frame in ctx.frames(idx, ARREST_VERBS, ()):
                act = request_after_arrest(ctx, frame, self.tribunal)
                if act is not None:
                    for suspect in act.suspects:
                        self.add(suspect, act)
        if ctx.layer.with_words(_TRIBUNAL_WORDS) and self.tribunal:
            # "the war crimes court seeking X": a tribunal's wish, told without a word of surrender
            for idx in sorted(set(ctx.layer.with_words(_SEEKING)) - set(trigger_sentences)):
                for frame in ctx.frames(idx, WANTING_VERBS, ()):
                    act = read_decision(ctx, frame, self.tribunal)
                    if act is not None and act.tribunal:
                        for suspect in act.suspects:
                            self.add(suspect, act)
        for idx in ctx.layer.with_words(_TRANSPORT_WORDS):
            # "X was flown to the United States on Friday": the journey that ends a known case
            if not self.cases and not ctx.layer.may_hold(idx, TRIAL_WORDS):
                # with no case yet, a journey counts only where it opens one, sent to be tried
                # ("to face charges", "for trial"): a sentence with no such word has none to
                # read (its places are read all the same, as its parse would: ``may_hold``)
                continue
            for frame in ctx.frames(idx, TRANSPORT_VERBS, ()):
                act = read_transport(ctx, frame, self.tribunal)
                if act is None:
                    continue
                if frame.lemma in ARRIVAL_VERBS:
                    # "X arrived at Manchester Airport on Monday": the end of a case only where he
                    # arrived in the state that asked for him (not where he fled to), or after
                    # the surrender its own clause tells
                    if any(
                        act.requesting[0] in {c for a in case.acts for c in a.requesting}
                        or arrival_after_surrender(ctx, act, case.acts)
                        or arrival_of_the_surrendered(act, case.acts)
                        for s in act.suspects
                        if (case := self.cases.get(s.id)) is not None
                    ):
                        self.attach(act)
                    continue
                if act.suspects and not any(x.id in self.cases for x in act.suspects):
                    # "X, captured in Panama, was taken to the United States to face charges": a
                    # removal for trial opens a case of its own (both states must be found)
                    if sent_to_be_tried(ctx, act.frame.clause) or wanted_and_sent_home(ctx, act.frame.clause):
                        for suspect in act.suspects:
                            # where he was seized, told in this sentence or the one before
                            near = {idx, idx - 1}
                            held = act.requested or tuple(
                                c
                                for c in [whereabouts(ctx, suspect, near, act.requesting[0], self.tribunal)]
                                if c
                            )
                            self.add(suspect, attrs.evolve(act, requested=held))
                    continue
                self.attach(act)
        if not self.cases:
            return
        # sentences right after a case that speak of the request, warrant or constitution
        taken = {i for c in self.cases.values() for i in c.sentences}
        for idx in sorted(
            {i + k for i in taken for k in range(1, _FOLLOW_SENTENCES + 1)} - taken - set(trigger_sentences)
        ):
            if idx < len(ctx.layer.sentences) and _FOLLOW_UP.search(ctx.text, *ctx.layer.sentences[idx]):
                for frame in ctx.frames(idx, DECISION_VERBS, ()):
                    act = read_decision(ctx, frame, self.tribunal)
                    if act is not None:
                        self.loose.append(act)
                self.attach_sentence(idx)
            elif idx < len(ctx.layer.sentences):
                self.loose += bare_refusals(ctx, idx, self.tribunal)  # "Afghanistan refused."
        for idx in sorted({i + k for i in taken for k in range(1, _FOLLOW_SENTENCES + 1)} - taken):
            if idx < len(ctx.layer.sentences):
                self.loose += request_sent_on(ctx, idx)  # "The request was sent to Lisbon on Monday"
        for act in self.loose:
            self.attach(act)
        # "A hearing on both requests opened on Thursday": in a case's sentences, those naming its
        # suspect, or those after them
        taken = {i for c in self.cases.values() for i in c.sentences}
        taken |= {ctx.layer.sentence_at(s) for c in self.cases.values() for s, _ in c.suspect.mentions}
        for idx in sorted(taken | {i + k for i in taken for k in range(1, _FOLLOW_SENTENCES + 1)}):
            # (or "His case is pending before the court": the suspect's case told pending)
            for act in (
                [
                    *hearing_held(ctx, idx),
                    *case_pending(ctx, idx),
                    *request_heard(ctx, idx),
                    *yet_to_decide(ctx, idx),
                    *request_ignored(ctx, idx, self.tribunal),  # "Libya has ignored the request"
                ]
                if idx < len(ctx.layer.sentences)
                else ()
            ):
                self.attach(act, near=True)  # the sentences were chosen near the case already
            for act in decision_put_off(ctx, idx) if idx < len(ctx.layer.sentences) else ():
                for suspect in act.suspects:
                    self.add(suspect, act)  # "postponed a decision on the third suspect, X"
        for case in list(self.cases.values()):  # "... approved the extradition. X appealed on Monday"
            for act in appeal_after_grant(ctx, case.suspect, case.acts):
                self.add(case.suspect, act)
            for act in appeal_against_a_grant(ctx, case.suspect, case.acts):
                self.add(case.suspect, act)  # "appealed against a ruling that allowed his extradition"
            for act in stage_in_the_asking_state(ctx, case.suspect, case.acts, self.tribunal):
                self.add(case.suspect, act)  # "... He went on trial in Lima on Monday"
            for act in release_ordered(ctx, case.suspect, case.acts, case.sentences):
                self.add(case.suspect, act)  # "a court ordered the release of X": refused
            for act in put_on_a_plane(ctx, case.suspect, case.acts, self.tribunal):
                self.add(case.suspect, act)  # "... and put him on a plane to Lima": completed
            for act in pressed_again(ctx, case.acts):
                self.add(case.suspect, act)  # "first asked in 2013 ... pressed once more on Tuesday"

    def add(self, suspect: Actor, act: Act) -> None:
        case = self.cases.get(suspect.id)
        if case is None:
            case = self.cases[suspect.id] = Case(suspect=suspect, order=act.frame.trigger[0])
        case.acts.append(act)
        case.sentences.add(act.frame.sentence)

    def before(self, pos: int) -> Case | None:
        ordered = sorted(self.cases.values(), key=lambda c: c.order)
        prior = [c for c in ordered if c.order <= pos]
        if prior:
            return prior[-1]
        return ordered[0] if len(ordered) == 1 else None

    def attach(self, act: Act, *, near: bool = False) -> None:
        if act.suspects:
            for suspect in act.suspects:
                case = self.cases.get(suspect.id)
                if case is not None:
                    case.acts.append(act)
                    case.sentences.add(act.frame.sentence)
            return
        case = self.before(act.frame.trigger[0])
        if case is None:
            return
        if not near and act.frame.sentence - max(case.sentences) > _FOLLOW_SENTENCES + 1:
            return
        if of_a_fellow(act):
            return  # "A co-defendant ... was extradited to the US in March": another's surrender
        if habitual(self.ctx, act) or of_a_category(act):
            act = attrs.evolve(act, status=None)  # it may give grounds, never the case's status
        case.acts.append(act)
        case.sentences.add(act.frame.sentence)

    def attach_sentence(self, idx: int) -> None:
        case = self.before(self.ctx.layer.sentences[idx][0])
        if case is not None:
            case.sentences.add(idx)

    # ------------------------------------------------------------------ per case
    def finish(self, case: Case) -> Event | None:
        if told_in_passing(self.ctx, case):
            return None  # "arrived in Ankara ... since Sweden extradited X to Turkey in 2024"
        sides = case_sides(self.ctx, case, self.cases, self.tribunal)
        if sides is None:
            return None
        asking_code, asked_code, inferred = sides
        ctx = self.ctx
        strong = any(a.strong or a.tribunal for a in case.acts)
        if (asking_code is None or asked_code is None or inferred or _unasked(case)) and not strong:
            return None  # (a removal told with no request made: an expulsion, no extradition)
        if not strong and (
            child(self.ctx, case.suspect)
            or (not self.criminal(case) and not any(map(self.demanded, case.acts)))
            or prisoner_transfer(ctx, case.sentences)  # "a prisoner serving a drug sentence"
        ):
            return None  # "helped send the boy back to his father in X": no suspect, no extradition
        acts = answers_only(case.acts, asking_code)  # "Peru's court refused to authorize the request"
        acts = reversed_decisions(ctx, acts)  # "an appeals court reversed the ruling and granted ..."
        status = final_status(ctx, acts)
        kind = status or "requested"
        demand = any(a.demand for a in case.acts)
        code, plover = CODES["demanded" if kind == "requested" and demand else kind]
        spans: list[Span] = [ctx.layer.sentences[i] for i in sorted(case.sentences)]
        name_victim, named_case = victim(
            ctx, case.suspect, spans if len(self.cases) > 1 else [*spans, *ctx.layer.sentences]
        )
        penalties = int(asking_code is None) + int(asked_code is None) + int(inferred) + int(status is None)
        return Event(
            type="extradition_dispute",
            code=code,
            date=case_date(ctx, acts, status),
            place=None,
            roles={
                "requesting_state": asking_code,
                "requested_state": asked_code,
                "suspect": case.suspect.name,
                "victim": name_victim,
            },
            attributes={
                "status": kind,
                "grounds": grounds(ctx.text, spans) if kind == "refused" else None,
                "case": named_case or case_name(ctx, case.suspect, spans),
                "plover": plover,
            },
            evidence=merge_spans(spans),
            confidence=confidence(0.85, evidence=len(spans), penalties=penalties),
        )

    def criminal(self, case: Case) -> bool:
        """Is the person handed over a suspect: a word of crime, charge or trial in the case's
        sentences or in those naming the suspect?"""
        ctx = self.ctx
        sentences = set(case.sentences)
        sentences.update(ctx.layer.sentence_at(s) for s, _ in case.suspect.mentions)
        return not sentences.isdisjoint(ctx.layer.with_words(_CRIMINAL))

    def demanded(self, act: Act) -> bool:
        """Is the surrender asked for or refused ("asked X to send back Y", "refused to hand over",
        "will not hand over X to Japan": a state's word on a surrender it is asked for)?"""
        pred = act.frame.clause.predicate
        if pred.negated and act.frame.phrase is None and act.requesting and act.requested and act.suspects:
            return True
        lemmas = {pred.lemma, *pred.chain}
        parent = self.ctx.parent(act.frame.clause)
        if parent is not None:
            lemmas.add(parent.predicate.lemma)
        return not lemmas.isdisjoint(_DEMANDING)


def _unasked(case: Case) -> bool:
    return any(a.unasked for a in case.acts)


def find_disputes(ctx: EventContext) -> list[Event]:
    """Every extradition dispute over a named person, one event per suspect."""
    if (
        not ctx.layer.with_words(_TRIGGERS)
        and not (
            (ctx.layer.with_words(_AT_REQUEST) or ctx.layer.with_words(_WANTED))
            and ctx.layer.with_words(_ARRESTING)
        )
        and not (ctx.layer.with_words(_TRANSPORT_WORDS) and ctx.layer.with_words(TRIAL_WORDS))
    ):
        return []  # no word of surrender anywhere: nothing to read (the word index is shared)
    finder = _Finder(ctx)
    finder.scan()
    join_name_forms(finder.cases)  # "Abu Hamza al-Masri" ... "Abu Hamza": one suspect
    out = []
    for case in sorted(finder.cases.values(), key=lambda c: c.order):
        event = finder.finish(case)
        if event is not None:
            out.extend(rival_requests(ctx, event, case.acts, CODES, case.suspect))
    return out

"""How one trip frame is read into a :class:`Trip`: who travels, where to, when, and whether the
trip is done.

Each ``read_*`` function takes a :class:`~diplotext.extractors.eventkit.Frame` (a trip verb in its
clause, a trip noun in its phrase, a host, meeting or presence verb, "visiting X") and answers from
the clause's predicate and arguments: the visitor and hosts through
:mod:`~diplotext.extractors.visits.roles`, the status through
:mod:`~diplotext.extractors.visits.status`. The vocabularies are in
:mod:`~diplotext.extractors.visits.vocabulary`.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.visits.agreed_during import agreed_during
from diplotext.extractors.visits.announced_trips import announced, conjunct_start, set_for
from diplotext.extractors.visits.awaited import arrival_awaited, awaited
from diplotext.extractors.visits.back_from import back_from_a_trip
from diplotext.extractors.visits.conditional_trips import conditional_trip
from diplotext.extractors.visits.craft_arrivals import not_off_a_craft
from diplotext.extractors.visits.done_before import done_before_the_plan
from diplotext.extractors.visits.flight_origins import flown_from
from diplotext.extractors.visits.frame_checks import (
    LEADING,
    LED_GROUPS,
    SEQUENCE_PREPS,
    TOURS,
    ends_a_tour_at,
    in_sequence,
    ones_time,
    private,
    went_ahead_with,
    wished,
)
from diplotext.extractors.visits.held_places import held_there
from diplotext.extractors.visits.hopes_put_off import hope_put_off
from diplotext.extractors.visits.host_places import by_route, hosts_and_origins, nominal_hosts
from diplotext.extractors.visits.invitations_held import unaccepted
from diplotext.extractors.visits.months import coming_month, month_modifier
from diplotext.extractors.visits.parties import pair_partner
from diplotext.extractors.visits.plans_gone_by import plan_gone_by
from diplotext.extractors.visits.return_trips import back_abroad
from diplotext.extractors.visits.roles import clause_visitors, nominal_visitors, verbal_visitors
from diplotext.extractors.visits.status import nominal_status, tense_status
from diplotext.extractors.visits.stays import stay_until
from diplotext.extractors.visits.story_place import there_before
from diplotext.extractors.visits.tour_edges import no_tour_edge
from diplotext.extractors.visits.trip_context import (
    LATER,
    back_home_after,
    coming_weekday,
    conjunct_times,
    day_told_before,
    denied,
    hosted_by,
    last_weekday,
    not_on_the_agenda,
    on_the_way,
    scheduled_for,
    turned_down,
    urged_by_others,
    where_times,
)
from diplotext.extractors.visits.trip_ends import ended_by_its_verb
from diplotext.extractors.visits.trip_record import Trip
from diplotext.extractors.visits.trip_starts import start_times, starting_relative
from diplotext.extractors.visits.trip_times import dated, uncounted, when_told, word_before
from diplotext.extractors.visits.unmade_trips import not_made, opening_now, plan_status, supposed_plan
from diplotext.extractors.visits.until_ends import visiting_until
from diplotext.extractors.visits.vocabulary import ARRIVALS, TRIP_NOUNS, TRIP_PREPS, TRIP_VERBS
from diplotext.model import TemporalExpression
from diplotext.syntax import Clause, Phrase

__all__ = [
    "AT_THE_TIME",
    "clause_words",
    "read_trip",
]

_NEGATIVE_CHAINS: Final = frozenset(["refuse", "fail", "unable", "unlikely"])
_RULED_OUT: Final = lexicon.words("events", "verbs ruling a trip out")
_STAYED_AWAY: Final = regex.compile(r"[ \t]+away\b", regex.IGNORECASE)
_AS_PLANNED: Final = regex.compile(
    r"\bas[ \t]+(?:(?:originally|previously|earlier)[ \t]+)?(?:planned|scheduled|announced)\b",
    regex.IGNORECASE,
)
_SCHEDULE_PRESENT: Final = frozenset(["fly", "head", "leave", "depart", "travel", "go", "come"])


def _one_stay(phrase: Phrase) -> bool:
    """Is the trip phrase one stay, not a tour or one stop of one ("the second stop of a tour")?"""
    return TOURS.isdisjoint(phrase.words) and phrase.head.lower() not in _LEG_NOUNS


def _fronted_copula(ctx: EventContext, clause: Clause) -> Clause | None:
    """ "First to arrive Friday was X": the "be" clause right after a fronted infinitive that
    shares its subject."""
    following = [c for c in ctx.layer.in_sentence(clause.sentence) if c.index == clause.index + 1]
    if not following or clause.subject is None or following[0].subject is None:
        return None
    return following[0] if following[0].subject.start == clause.subject.start else None


def clause_words(ctx: EventContext, clause: Clause) -> list[str]:
    return ctx.text[clause.start : clause.end].lower().split()


_BEFORE_PREPS: Final = frozenset(["before", "ahead of", "prior to"])
AT_THE_TIME: Final = frozenset(["when", "as", "while"])
"""Markers of a clause told at the time of the clause it hangs on ("when", "as", "while")."""


_HYPOTHETICAL: Final = frozenset({"if", "unless", "whether"})
"""Markers of a clause that tells of a trip only as a condition or a question."""


def read_trip(ctx: EventContext, frame: Frame) -> Trip | None:
    """What a trip frame says, or ``None`` when it says there is no trip ("will not travel to",
    "refused to visit")."""
    clause = frame.clause
    pred = clause.predicate
    chain = set(pred.chain)
    if private(frame):
        return None
    if no_tour_edge(ctx, frame):
        return None  # "began his career in London": no stop of a tour
    if not_off_a_craft(frame):
        return None  # "stepped off the stage in Berlin": no arrival
    if denied(ctx, clause) or not_made(ctx, frame):
        return None  # "denied reports that X would visit Y", "has yet to visit", "whether to visit"
    if (
        frame.phrase is None
        and frame.lemma in ("stay", "keep", "remain")
        and _STAYED_AWAY.match(ctx.text, pred.end)
    ):
        return None  # "stayed away from the summit in Lima": no trip at all
    if frame.phrase is None and frame.lemma == "spend" and ones_time(clause):
        return None  # "is thought to spend his time in Kenya": where he lives, no trip
    if frame.phrase is None:
        # "will not travel to Seoul next week as planned": a planned trip called off
        called_off = pred.negated and _AS_PLANNED.search(ctx.text, clause.start, clause.end) is not None
        # ("has not yet arrived": an arrival still to come, read below)
        negated = pred.negated and not called_off and not arrival_awaited(ctx, clause, frame.lemma)
        if negated or chain & _NEGATIVE_CHAINS or turned_down(ctx, clause) or unaccepted(ctx, clause):
            return None
        parent = ctx.governing(clause)
        if parent is not None and parent.predicate.negated:
            return None  # "has not responded to an invitation to visit Israel", "was not invited to visit"
        if clause.kind == "adverbial" and clause.marker in _HYPOTHETICAL:
            return None  # "he would be arrested if he went to Miami", "asked whether he could travel"
        if wished(ctx, clause) or hope_put_off(ctx, clause):
            return None  # "hoped one day to visit Brazil", "dreams of visiting X": a wish, no plan
        objects = [a.phrase.head.lower() for a in clause.args if a.role == "object"]
        if (
            frame.lemma in LEADING
            and not LED_GROUPS.intersection(objects)
            and (frame.lemma == "lead" or objects)
        ):
            return None  # "led the party to victory", "heads the ministry": only a delegation travels
        preps = TRIP_VERBS.get(frame.lemma, ("to",))
        visitors, vphrase = verbal_visitors(ctx, frame)
        inferred = clause.subject_from is not None
        hosts, origins = hosts_and_origins(ctx, frame, preps)
        if not hosts and visitors and _THERE.match(ctx.text, pred.end):
            # "He arrived there on January 24", after a sentence placing the visit: that place
            hosts = there_before(ctx, frame.sentence, pred.start, {ctx.state_of(v) for v in visitors})
        if origins and back_from_a_trip(frame):
            # "flew back to Rome from a visit to Tunis": the way home, not a stop; the trip left
            # behind stays a host for a verb that takes "from" as its own ("returned from X")
            hosts = [h for h in hosts if h in origins]
        if not hosts and frame.lemma in LEADING and clause.marker in AT_THE_TIME:
            hosts = held_there(ctx, clause)  # "talks held in Manila in 2015, when X led the delegation"
        if urged_by_others(ctx, clause, hosts):
            return None  # "the EU urged X to travel to Y": an appeal by a third party, no plan of his
        if conditional_trip(ctx, clause):
            return None  # "would visit Seoul if invited": a hypothesis
        if frame.lemma in ARRIVALS and not hosts and back_home_after(ctx, clause):
            return None  # "has arrived back from his mission": home again, no trip abroad
        if frame.lemma == "return" and not origins and not (hosts := back_abroad(ctx, frame, visitors)):
            return None  # "returned to Cairo": a way home, no trip (but a return abroad for talks is)
        here = "here" in preps and "here" in clause_words(ctx, clause)
        status = tense_status(
            ctx, clause, arrival=frame.lemma in ARRIVALS or frame.lemma in _SCHEDULE_PRESENT
        )
        if (
            status == "ongoing"
            and pred.tense == "present"
            and pred.aspect == "simple"
            and frame.lemma in _SCHEDULE_PRESENT
            and not any(when_told(ctx, t) in (-1, 0) for t in dated(ctx, clause.times))
        ):
            status = "planned"  # "flies to Lima on Sunday", "heads for Tokyo": the news present of a schedule
        if called_off or plan_gone_by(ctx.text, clause):  # "as planned", "was to have visited"
            status = "cancelled"
        elif supposed := supposed_plan(ctx, clause):
            status = supposed  # "was supposed to visit X this week": off; "is supposed to": planned
        elif dropped := plan_status(ctx, frame):
            status = dropped  # "scrapped plans to visit Yangon"
        elif status == "completed" and opening_now(ctx, clause):
            status = "ongoing"  # "has visited a slum in X as he opened a week-long tour"
        elif frame.lemma in ARRIVALS and awaited(ctx, clause):
            status = "planned"  # "has not yet arrived", "has yet to arrive": still to come
        told = clause_words(ctx, clause)
        governing = ctx.parent(clause)
        if (
            clause.kind == "infinitive"
            and governing is not None
            and governing.predicate.lemma in ("be", "become")
        ):
            # "became the first Swedish premier to visit Vietnam since 1995": the count is the copula's
            told = told + [w for a in governing.args for w in a.phrase.words]
        dates = tuple(
            uncounted(ctx, dated(ctx, start_times(ctx, clause)), told)
        )  # "for a visit starting May 2"
        dates, status = stay_until(ctx, frame.lemma, dates, status)  # "will stay in X until Thursday"
        dates, status = visiting_until(ctx, clause, dates, status)  # "is visiting X until Friday"
        fronted = _fronted_copula(ctx, clause) if governing is None else governing
        if (
            clause.kind == "infinitive"
            and fronted is not None
            and fronted.predicate.lemma == "be"
            and fronted.predicate.tense == "past"
            and not fronted.predicate.negated
            and frame.lemma in ARRIVALS
        ):
            # "First to arrive Friday was X": the arrival is told as done, on the last Friday
            dates = tuple(last_weekday(ctx, t) for t in dates)
            status = status or "arrived"
        if (
            not dates
            and clause.kind == "infinitive"
            and governing is not None
            and governing.predicate.lemma == "become"
            and governing.predicate.tense == "past"
            and not governing.predicate.negated
        ):
            # "X on Monday became the first Swedish premier to visit Vietnam": she was there that day
            dates = tuple(uncounted(ctx, dated(ctx, governing.times), told))
            up = ctx.parent(governing)
            if not dates and governing.marker in AT_THE_TIME and up is not None and up is not governing:
                # "ties grew in 2007, when X became the first Y to visit Z": the time of the clause
                # the when-clause hangs on
                dates = tuple(uncounted(ctx, dated(ctx, up.times), told))
            if not dates and status == "completed":
                # "Speaking as she became the first Chilean trade minister to come to Kenya in ten
                # years": no day told, the news of the visit itself (there now, unless told over)
                status = "arrived"
        if (
            not dates
            and clause.kind == "infinitive"
            and governing is not None
            and governing.predicate.lemma in TRIP_VERBS
            and governing.predicate.tense == "past"
            and governing.subject is not None
            and clause.subject is not None
            and governing.subject.start == clause.subject.start
        ):
            # "The last Dutch premier to travel to Indonesia, X, went in 2016": the going's year
            dates = tuple(uncounted(ctx, dated(ctx, governing.times), told))
        if pred.tense == "present" and (
            (
                pred.aspect == "simple"
                and clause.kind in ("main", "coordinate")
                and (frame.lemma in _SCHEDULE_PRESENT or frame.lemma in ARRIVALS)
            )
            # "is flying to Peru on Monday": the progressive of a move names the coming day too
            or (pred.aspect == "progressive" and frame.lemma in _SCHEDULE_PRESENT)
        ):
            # "arrives in Beijing on Wednesday", "travels on to Jakarta on Tuesday": the news present
            # of a schedule names the coming weekday
            dates = tuple(coming_weekday(ctx, t) for t in dates)
            if dates and all(when_told(ctx, t) == 1 for t in dates):
                status = "planned"
        dates, status = done_before_the_plan(ctx, clause, dates, status)  # "after visiting X on Tuesday"
        around: tuple[TemporalExpression, ...] = ()
        parent = ctx.parent(clause)
        if (
            not dates
            and parent is not None
            and (
                (status in ("present", "arrived") and clause.kind == "participle")
                # "will set off on a tour next week, visiting X, Y and Z": the stops of the plan
                or (status == "planned" and clause.kind == "participle" and not parent.predicate.negated)
                or (clause.kind == "adverbial" and clause.marker in AT_THE_TIME)
                # "will open a fair on Friday before leaving for Peru": leaves that day
                or (clause.kind in ("participle", "adverbial") and word_before(ctx, pred.start) == "before")
                or (
                    clause.kind == "relative"
                    and clause.subject is not None
                    and clause.subject.head.lower() in TRIP_NOUNS
                    # not "a tour that has also taken him to X": a leg before the clause's day
                    and not pred.aspect.startswith("perfect")
                    # nor "wrapped up a visit on Monday ..., a tour that will also take him to
                    # X": a leg still to come after a day gone by
                    and not (pred.tense == "future" and parent.predicate.tense == "past")
                )
            )
        ):
            # "X, now visiting Y, said on Monday"; "ties began in 2003 when X visited Y"; "will
            # begin on March 4 a tour which will take her to X": the trip noun's clause dates it
            around = tuple(dated(ctx, conjunct_times(ctx, parent)))
        if not dates and not around and pred.tense == "past" and not LATER.isdisjoint(told):
            # "... opened a conference in Cairo on Monday. He later flew to Amman": the day before
            around = tuple(day_told_before(ctx, clause, visitors))
        return Trip(
            frame=frame,
            visitors=tuple(visitors),
            visitor_phrase=vphrase,
            inferred_visitor=inferred,
            hosts=tuple(hosts),
            origins=tuple(origins),
            route=bool(origins) and (by_route(frame) or flown_from(ctx, frame, hosts, origins)),
            context_dates=around,
            here=here,
            status=status,
            dates=dates,
            first_leg="first" in clause_words(ctx, clause) and len(hosts) == 1,
            host_persons=tuple(hosted_by(ctx, frame)),
            # "wrapped up a visit on Tuesday": its last day (but "wrapped up a tour in X on Friday":
            # a day at the tour's last stop)
            closing=(frame.lemma == "wrap up" and not ends_a_tour_at(ctx, clause))
            or back_from_a_trip(frame),  # "flew back to Lima on Friday from a visit to X"
        )
    phrase = frame.phrase
    obj = frame.arg is not None and frame.arg.role == "object"
    if obj and (pred.negated or chain & _NEGATIVE_CHAINS or (frame.depth == 0 and pred.lemma in _RULED_OUT)):
        return None  # "did not pay a visit", "refused to make the trip", "ruled out a visit to X"
    if frame.arg is not None and frame.arg.role == "subject" and not_on_the_agenda(ctx, clause):
        return None
    if frame.lemma == "way" and not on_the_way(frame):
        return None  # "the way to peace": only "on his way to X" tells of a trip
    if frame.lemma == "mission" and phrase.possessor is None and phrase.words[:1] not in _OWN:
        return None  # "her mission to Hanoi"; not "the OSCE humanitarian mission to Albania", a body's
    if frame.lemma == "delegation" and not (
        frame.arg is not None
        and frame.arg.role == "subject"
        and any(prep == "to" for prep, _ in phrase.preps)
    ):
        return None  # only "a Polish delegation to China has signed ..." tells a trip by the noun itself
    visitors, vphrase, inferred = nominal_visitors(ctx, frame)
    went_ahead = went_ahead_with(ctx, frame)
    if went_ahead and not visitors:
        visitors, vphrase = clause_visitors(ctx, clause)  # "X went ahead with the trip": X's
    hosts = nominal_hosts(ctx, frame)
    if not hosts and visitors and (phrase.words[-1:] == ("there",) or _THERE.match(ctx.text, phrase.end)):
        # "flew in from Laos after ending a three-day visit there": the place named before
        hosts = there_before(ctx, frame.sentence, phrase.start, {ctx.state_of(v) for v in visitors})
    if not hosts and visitors and frame.arg is not None and frame.arg.role == "pp":
        # "Brazil and Russia agreed ... during a visit by Russia's X": the other of the pair
        source = ctx.parent(clause) if clause.subject_from is not None else clause
        hosts = pair_partner(ctx, source or clause, visitors)
    if frame.lemma == "delegation" and frame.arg is not None and frame.arg.role == "subject":
        # "A Zambian delegation to India has concluded three accords": there while doing it (a
        # delegation is no trip: what befalls a trip told near it is not its status)
        status = tense_status(ctx, clause, arrival="present")
    else:
        status = nominal_status(ctx, frame)
    chained = (
        (clause.args[frame.arg.after].phrase,)
        if frame.arg is not None and frame.arg.after is not None
        else ()
    )
    if any(
        o.head.lower() in _LEG_NOUNS and _BEFORE_NOW.intersection(o.words) for o in (*frame.outer, *chained)
    ):
        status = "completed"  # "in Lima at a previous stop of her present tour": that stop is over
    if frame.arg is not None and frame.arg.role == "subject" and in_sequence(clause):
        status = None  # "His trip follows talks in Paris": says when the trip is only against those
    if went_ahead:
        # "later went ahead with the trip": it took place (or will), whatever was said of it before
        ahead = tense_status(ctx, clause, arrival=False)
        status = "ended" if ahead == "completed" else ahead
    if (
        status == "ended"
        and phrase.head.lower() in TOURS
        and hosts
        and not any(phrase.start <= h.start < phrase.end for h in hosts)
    ):
        # "ended the tour in Abu Dhabi on Friday": the last stop, where the traveller was that day
        # (its day is a day of that stop, not the end of a stay of unknown length)
        status = "completed"
    opening = False
    counting = (*phrase.words, *clause_words(ctx, clause))
    own = uncounted(ctx, dated(ctx, frame.times), counting) or month_modifier(ctx, phrase, status)
    context: list[TemporalExpression] = []
    if frame.arg is not None and frame.depth == 0:
        context = [t for t in uncounted(ctx, dated(ctx, clause.times), counting) if t not in own]
        if frame.arg.role == "subject" and in_sequence(clause):
            # "His trip follows talks in Paris last week", "came ahead of talks in Geneva last week":
            # a time after the other event is that event's
            other = min(
                (a.phrase.start for a in clause.args if a.role == "object" or a.prep in SEQUENCE_PREPS),
                default=clause.end,
            )
            context = [t for t in context if t.start < other]
        elif frame.arg.role == "pp" and frame.arg.prep in _BEFORE_PREPS:
            # "said at the weekend before his visit to India", "met Y on Monday ahead of his trip":
            # the clause's time is of what came before the trip, not the trip's ("will leave on
            # Wednesday after a three-day visit" is the end of it); a time after the phrase is its
            # own ("before his departure to Beijing on Tuesday")
            context = [t for t in context if t.start > frame.arg.phrase.start]
        parent = ctx.parent(clause)
        if not (own or context) and parent is not None and clause.marker in AT_THE_TIME:
            context = dated(ctx, parent.times)  # "ties began in 2003 when X paid a visit"
        elif (
            not (own or context)
            and parent is not None
            and parent is not clause
            and clause.kind == "participle"
            and clause.subject_from is not None
            and not clause.predicate.passive
            and status == "ended"
        ):
            # "arrived here on Saturday from X after ending a four-day visit there": ended that day
            context = dated(ctx, parent.times)
        agreed = agreed_during(ctx, frame)
        if not (own or context) and agreed is not None:
            context = dated(ctx, agreed.times)  # "agreed Thursday to ... during a visit by X"
    if announced(frame):
        # "The trip was announced on Tuesday and will start on May 3": the telling's day is no trip's
        context = set_for(ctx, context)  # "has been confirmed for June": the trip's own time
        own = own or conjunct_start(ctx, clause)
    if frame.lemma == "way" and clause.predicate.lemma in _LEAVING and not own:
        # "will leave Dhaka for Riyadh on Nov. 14 on his way to Tunis": the day of leaving, not of
        # coming to the end of the way
        context = []
    if (
        not own
        and context
        and frame.depth == 0
        and frame.arg is not None
        and (
            frame.arg.role == "object"
            # "his visit, which began on Sunday"; not "a tour that began in Bogota on Monday",
            # whose first day is its first stop's
            or (frame.arg.role in ("subject", "antecedent") and _one_stay(phrase))
        )
        and clause.predicate.lemma in _STARTING
        and not clause.predicate.negated
    ):
        # "started his official visit to China on Nov. 22", "his visit, which began on Sunday":
        # the clause's day is the trip's first
        own, context = context, []
        opening = _one_stay(phrase)
    begun = starting_relative(ctx, frame) if not own and _one_stay(phrase) else None
    if begun is not None and dated(ctx, begun.times):
        own, context, opening = dated(ctx, begun.times), [], True  # "on a visit that began Sunday"
    if not own and frame.depth == 0:
        own = scheduled_for(ctx, frame)
    if not (own or context):
        own = where_times(ctx, frame, hosts)
    when = {when_told(ctx, t) for t in (own or context)}
    if status is None:
        # a trip told with a date and no tense of its own: before or after publication
        status = "completed" if when == {-1} else "planned" if when == {1} else None
    elif status == "completed" and when == {1}:
        status = "planned"  # "paving the way for X's visit early next year": not done yet
    elif status == "planned" and when == {-1}:
        # "awaits X's visit in September", read by the dates plugin as the last September
        own = [coming_month(ctx, t) for t in own]
        context = [coming_month(ctx, t) for t in context]
    words = set(phrase.words)
    return Trip(
        frame=frame,
        visitors=tuple(visitors),
        visitor_phrase=vphrase,
        inferred_visitor=inferred,
        hosts=tuple(hosts),
        status=status,
        dates=tuple(own),
        context_dates=tuple(context),
        definite=bool(words & {"the", "this", "that", "his", "her", "their", "its"})
        or phrase.possessor is not None
        or phrase.owner is not None,
        first_leg=False,
        opening=opening,
        host_persons=tuple(hosted_by(ctx, frame)),
        # "wrapped up a three-nation tour here": its last stop is the dateline's place
        here=not hosts
        and (
            (status == "ended" and "here" in clause_words(ctx, clause))
            # "after his arrival here Thursday": come to where the story is set
            or (frame.lemma == "arrival" and _HERE_AFTER.match(ctx.text, phrase.end) is not None)
        ),
        closing=(
            frame.lemma not in ("arrival", "arrive")  # "said after X's arrival": the first day
            and frame.arg is not None
            and frame.arg.role == "pp"
            and frame.depth == 0
            and TRIP_PREPS.get(frame.arg.prep or "") == "after"
        )
        or back_from_a_trip(frame)  # "returned home on Sunday from a visit to X"
        or ended_by_its_verb(ctx, frame),  # "will wind up his trip on Thursday": its last day
    )


_OWN: Final = frozenset({("his",), ("her",), ("their",)})
_STARTING: Final = ARRIVALS - {"arrive", "land", "reach"}
_LEAVING: Final = lexicon.words("events", "leaving verbs")
_HERE_AFTER: Final = regex.compile(r"[ \t]+here\b", regex.IGNORECASE)
_LEG_NOUNS: Final = frozenset(["leg", "stop", "stopover"])
_BEFORE_NOW: Final = frozenset(["earlier", "previous"])
"""Verbs whose object trip starts when the clause says ("began a state visit on Monday")."""
_THERE: Final = regex.compile(
    r"[ \t]+there\b(?![ \t]+(?:"
    + lexicon.alternation("grammar", "auxiliaries")
    + "|"
    + lexicon.alternation("grammar", "modals")
    + r")\b)",
    regex.IGNORECASE,
)
"""A "there" of place after a phrase, not an existential one ("there will be")."""

"""A case's status and date from its acts: the latest act wins, and its day dates the case."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, compare_to, date_value
from diplotext.extractors.extradition.acts import Act
from diplotext.extractors.extradition.later_decisions import decided_after_pending
from diplotext.extractors.extradition.offence_times import dates_an_offence
from diplotext.extractors.extradition.ruling_days import answers_an_argument, gives_the_decision
from diplotext.syntax import Clause

__all__ = ["ORDER", "act_days", "case_date", "final_status"]

ORDER: Final = ("completed", "refused", "pending", "granted", "requested")
"""Statuses from the one that ends a case to the one that opens it; the first found wins."""
_SINCE: Final = regex.compile(r"\bsince\s+\Z", regex.IGNORECASE)


def final_status(ctx: EventContext, acts: Sequence[Act]) -> str | None:
    """The status of the latest act: by ``ORDER``, except that a request made after every other
    act, each of them dated earlier, is the latest ("Georgia demanded on Tuesday that Ukraine
    extradite X. Ukraine refused to hand him over in 2024"): the case is asked for again. Only a
    request's own day counts, not that of the report telling it ("China has asked Canada to
    extradite X, officials said on Tuesday. A court refused the request on Monday")."""
    statuses = {a.status for a in acts if a.status}
    status = next((s for s in ORDER if s in statuses), None)
    if status == "refused" and "granted" in statuses and _granted_later(ctx, acts):
        status = "granted"  # "a court refused in April 2015 ... approved by a higher court on Tuesday"
    if status == "pending" and _appeal_dismissed(ctx, acts):
        status = "granted"  # "X lodged an appeal against the order. Judges refused the appeal on Thursday"
    if status == "pending":
        # "... gave a favourable opinion on Tuesday. At the first hearing, in January, his lawyers argued"
        later = decided_after_pending(acts, lambda some: act_days(ctx, some))
        status = "granted" if later == "granted" else "refused" if later == "refused" else status
    if status not in ("refused", "pending", "granted") or "requested" not in statuses:
        return status
    asked = act_days(ctx, [a for a in acts if a.status == "requested" and not a.reported])
    if not asked:
        return status
    latest = max(asked)
    for act in acts:
        if act.status in (None, "requested"):
            continue
        days = act_days(ctx, [act])
        if not days or any(latest.startswith(d) or d >= latest for d in days):
            return status  # an undated decision, or one as late as the request: it may be the answer
    return "requested"


def _appeal_dismissed(ctx: EventContext, acts: Sequence[Act]) -> bool:
    """Is the case's appeal refused (a refusal verb that grants: "judges refused the appeal"), no
    pending act dated after that?"""
    dismissed = [
        a for a in acts if a.status == "granted" and a.frame.phrase is None and a.frame.lemma in _REFUSING
    ]
    if not dismissed:
        return False
    latest = max(act_days(ctx, dismissed), default="")
    pending = act_days(ctx, [a for a in acts if a.status == "pending"])
    return all(d <= latest or latest.startswith(d) for d in pending)


_REFUSING: Final = lexicon.words("events", "refusal verbs")


def _granted_later(ctx: EventContext, acts: Sequence[Act]) -> bool:
    """Is a grant dated after every refusal, each of them dated ("The regional court refused to
    extradite X on April 30, 2015, before a higher court approved it on Tuesday")?"""
    granted = act_days(ctx, [a for a in acts if a.status == "granted"])
    refusals = [act_days(ctx, [a]) for a in acts if a.status == "refused"]
    if not granted or not all(refusals):
        return False
    latest = max(granted)
    return all(d < latest and not latest.startswith(d) for days in refusals for d in days)


def case_date(ctx: EventContext, acts: Sequence[Act], status: str | None) -> str | None:
    """The latest date told of an act with the final status, not after publication."""
    if status is None:
        return None
    final = [a for a in acts if a.status == status]
    found = act_days(ctx, final)
    # "asked Chile to hand over X, the ministry said on Thursday. The request was delivered on
    # Wednesday": the day of the act itself over the day it was told, days before it
    direct = act_days(ctx, [a for a in final if not a.reported])
    if direct and found and _days_before(max(direct), max(found)) in range(1, 8):
        return max(direct)
    if status in ("granted", "refused") and not direct:
        # "A court has approved the extradition of X. The court ruled on Wednesday ...", "The
        # order was signed on Friday": the day the next sentences give the decision, over the day
        # it was reported ("has refused ..., his lawyer said Wednesday. The ruling, dated Monday, ...")
        found = [d for d in _decision_days(ctx, final) if not found or d <= max(found)] or found
    if not found and status == "pending":
        # "won the right to appeal against extradition ... On Wednesday judges ruled that he could
        # argue ...": the day of the ruling that left the case open, told next; else, "a hearing
        # is scheduled for September" after "arrested X on Tuesday on a warrant": an undecided
        # case has been pending since its latest dated act
        found = _decision_days(ctx, final) or act_days(ctx, acts)
    return max(found) if found else None


def act_days(ctx: EventContext, acts: Sequence[Act]) -> list[str]:
    """The days of the acts, not after publication, not of a state begun ("since") or a crime."""
    found = []
    for act in acts:
        for d in act.dates:
            if _SINCE.search(ctx.text, max(0, d.start - 7), d.start):
                continue  # "held since January": when a state began, not an act
            if dates_an_offence(ctx.text, d):
                continue  # "over a bombing in May 2019": the crime's day, not the case's
            if _bracketed(ctx.text, d.start, d.end):
                continue  # "ex-president X (2001-2006)": his years in office, an aside
            value = d.value.split("T")[0]
            if date_value(value) is None or compare_to(value, ctx.published) == 1:
                continue
            found.append(value)
    return found


def _bracketed(text: str, start: int, end: int) -> bool:
    """Is the span (part of) a bracketed aside of years alone ("(2001-2006)", "(1998)")?"""
    before = _OPENING_YEARS.search(text, max(0, start - 12), start)
    return before is not None and _CLOSING_YEARS.match(text, end, end + 12) is not None


_OPENING_YEARS: Final = regex.compile(r"\((?:\d{4}[ \t]*[-\u2013/][ \t]*)?\Z")
_CLOSING_YEARS: Final = regex.compile(r"(?:[ \t]*[-\u2013/][ \t]*\d{4})?\)")


def _days_before(earlier: str, later: str) -> int:
    """How many days ``earlier`` lies before ``later`` (two calendar days), else -1."""
    try:
        return (dt.date.fromisoformat(later) - dt.date.fromisoformat(earlier)).days
    except ValueError:
        return -1


_DECISION_NOUNS: Final = lexicon.words("events", "nouns of a decision that date it")
_DECISION_VERBS: Final = lexicon.words("events", "verbs of a decision that date it")
_AFTER_THE_DECISION: Final = 3
"""How many sentences after an undated decision may tell its day."""
_TIME_AFTER_A_NOUN: Final = 16
"""Characters after a decision noun within which a time is that decision's ("decision in October")."""


def _decision_days(ctx: EventContext, acts: Sequence[Act]) -> list[str]:
    """The days told, in the sentences right after undated decisions, of a ruling, an order or a
    judgment ("The ruling, handed down on Thursday, ...", "The court ruled on Wednesday that ...",
    "The order was signed on Friday"): the one such day, else none (three sentences at most)."""
    layer = ctx.layer
    told = {a.frame.sentence for a in acts}
    days: set[str] = set()
    for idx in sorted({i + k for i in told for k in range(1, _AFTER_THE_DECISION + 1)} - told):
        if idx >= len(layer.sentences):
            continue
        for c in layer.in_sentence(idx):
            if not c.times or c.predicate.negated:
                continue
            decided = (
                c.predicate.lemma in _DECISION_VERBS
                or any(
                    a.role in ("subject", "object") and a.phrase.head.lower() in _DECISION_NOUNS
                    for a in c.args
                )
                or answers_an_argument(c)  # "the judge rejected his argument that ..."
            )
            if not decided:
                continue
            # "overturned a lower court's decision in October": the day of the other decision named
            # ("In a ruling handed down on Monday, ...": the "in" phrase that is the subject itself is none)
            subject = c.subject
            # ("gave its ruling on Tuesday": the decision made known is this one)
            others = [
                (a.phrase.start, _chain_end(c, k) + _TIME_AFTER_A_NOUN)
                for k, a in enumerate(c.args)
                if a.role != "subject"
                and not gives_the_decision(c)
                and a.phrase.head.lower() in _DECISION_NOUNS
                and (subject is None or a.phrase.head_span != subject.head_span)
            ]
            for t in c.times:
                if any(lo <= t.start <= hi for lo, hi in others):
                    continue
                value = (t.value or "").split("T")[0]
                if (
                    t.type == "DATE"
                    and date_value(value) is not None
                    and compare_to(value, ctx.published) != 1
                ):
                    days.add(value)
    return sorted(days) if len(days) == 1 else []


def _chain_end(clause: Clause, k: int) -> int:
    """The end of argument ``k`` with the phrases chained after it ("a decision [by an appeals
    court] [in Lisbon]"): a time right after them is that decision's ("... in March")."""
    chained = {k}
    end = clause.args[k].phrase.end
    for j in range(k + 1, len(clause.args)):
        a = clause.args[j]
        if a.after in chained:
            chained.add(j)
            end = max(end, a.phrase.end)
    return end

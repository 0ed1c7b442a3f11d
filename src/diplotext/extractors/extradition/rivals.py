"""Rival requests: "Colombia has also requested his extradition, but the court said the U.S.
request had been received first". Each state asking for the same suspect is a case of its own
(one event per suspect and requesting state)."""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from diplotext.extractors.eventkit import EventContext, compare_to, date_value
from diplotext.extractors.extradition.acts import Act
from diplotext.extractors.extradition.case_status import case_date, final_status
from diplotext.extractors.extradition.decided_rivals import decided_rivals
from diplotext.extractors.extradition.own_requests import own_requests
from diplotext.extractors.extradition.rival_days import shared_ruling_day
from diplotext.extractors.extradition.vocabulary import REQUEST_NOUNS
from diplotext.model import Actor, Event
from diplotext.syntax import Arg, Clause

__all__ = ["rival_requests"]


def rival_requests(
    ctx: EventContext,
    event: Event,
    acts: Sequence[Act],
    codes: dict[str, tuple[str, str]],
    suspect: Actor | None = None,
) -> list[Event]:
    """``event`` and events for the other states a strong act names as asking for its suspect:
    requested, dated by their own acts, or decided by the decisions told of their request (which
    the main case then leaves out), and for those told as making "its own request" (``suspect``:
    the case's). ``codes`` maps a status to its (CAMEO, PLOVER) codes."""
    main = event.roles.get("requesting_state")
    asked = event.roles.get("requested_state")
    # a state named after "from" is the one asked, whatever an act made of it
    sources = {
        e.code
        for act in acts
        for phrase in (
            *(a.phrase for a in act.frame.clause.preps("from") if not _maker(act.frame.clause, a)),
            *(
                p
                for prep, p in (act.frame.phrase.preps if act.frame.phrase is not None else ())
                if prep == "from"
            ),
        )
        for e in phrase.entities
        if e.code
    }
    rivals: dict[str, list[Act]] = {}
    for act in acts:
        # (or a request naming the state asked: "Chile had asked La Paz to hand him over")
        if not (act.strong or (act.status == "requested" and act.requested)) or act.status not in (
            "requested",
            "pending",
            None,
        ):
            continue
        for code in dict.fromkeys(act.requesting):
            if code not in (main, asked) and code not in sources and len(code) == 3 and code.isupper():
                rivals.setdefault(code, []).append(act)
    own = _own(ctx, acts, suspect, {str(main), str(asked), *rivals})
    if own:
        # the act of "filed its own request" is the rival's, not the main case's
        told = {idx for _, _, idx in own}
        acts = [a for a in acts if a.frame.sentence not in told or a.requesting]
        event = _restated(ctx, event, acts, codes)
    # "approved the extradition of X to the United States ... rejected the Russian request"
    split = decided_rivals(acts, main if isinstance(main, str) else None, {str(asked), *sources})
    for code in split:
        rivals.setdefault(code, [])
    decided = _rivals_decisions(ctx, acts, set(rivals))
    for code, theirs in split.items():
        decided[code] = [*decided.get(code, []), *(a for a in theirs if a not in decided.get(code, []))]
    taken = [a for mine in decided.values() for a in mine]
    main_status = event.attributes.get("status")
    if taken:
        # the decisions told of a rival's request are not the main case's
        left = [a for a in acts if a not in taken and not (a.requesting and set(a.requesting) <= set(rivals))]
        status = final_status(ctx, left) or "requested"
        if status != main_status:
            cameo, plover = codes[status]
            event = attrs.evolve(
                event,
                code=cameo,
                date=case_date(ctx, left, status),
                attributes={
                    **event.attributes,
                    "status": status,
                    "plover": plover,
                    "grounds": event.attributes.get("grounds") if status == "refused" else None,
                },
            )
    out = [event]
    for code, mine in rivals.items():
        theirs = decided.get(code, [])
        if theirs:
            # "turned down a competing request from Moscow", "Russia asked for him in June ... That
            # request was rejected on Monday": the decision is the rival's
            status = final_status(ctx, theirs) or "requested"
            cameo, plover = codes[status]
            out.append(
                attrs.evolve(
                    event,
                    code=cameo,
                    date=case_date(ctx, theirs, status) or shared_ruling_day(ctx, theirs, event),
                    roles={**event.roles, "requesting_state": code},
                    attributes={**event.attributes, "status": status, "grounds": None, "plover": plover},
                    confidence=round(event.confidence * 0.9, 2),
                )
            )
            continue
        days = [
            d.value.split("T")[0]
            for a in mine
            for d in a.dates
            if date_value(d.value.split("T")[0]) is not None
            and compare_to(d.value.split("T")[0], ctx.published) != 1
        ]
        # "A hearing on both requests opened on Thursday": rivals heard together are pending together
        heard = event.attributes.get("status") == "pending"
        status = "pending" if heard else "requested"
        cameo, plover = codes[status]
        out.append(
            attrs.evolve(
                event,
                code=cameo,
                date=event.date if heard else max(days) if days else None,
                roles={**event.roles, "requesting_state": code},
                attributes={**event.attributes, "status": status, "grounds": None, "plover": plover},
                confidence=round(event.confidence * 0.9, 2),
            )
        )
    for code, day, _ in own:
        cameo, plover = codes["requested"]
        out.append(
            attrs.evolve(
                event,
                code=cameo,
                date=day,
                roles={**event.roles, "requesting_state": code},
                attributes={**event.attributes, "status": "requested", "grounds": None, "plover": plover},
                confidence=round(event.confidence * 0.9, 2),
            )
        )
    return out


def _own(
    ctx: EventContext, acts: Sequence[Act], suspect: Actor | None, known: set[str]
) -> list[tuple[str, str | None, int]]:
    if suspect is None or not acts:
        return []
    out: dict[str, tuple[str, str | None, int]] = {}
    for code, day, idx in own_requests(ctx, suspect, min(a.frame.sentence for a in acts)):
        if code not in known:
            out.setdefault(code, (code, day, idx))
    return list(out.values())


def _restated(
    ctx: EventContext, event: Event, acts: Sequence[Act], codes: dict[str, tuple[str, str]]
) -> Event:
    """``event`` with the status and date its ``acts`` give."""
    status = final_status(ctx, acts) or "requested"
    demand = status == "requested" and event.code == codes["demanded"][0]
    cameo, plover = codes["demanded" if demand else status]
    grounds = event.attributes.get("grounds") if status == "refused" else None
    return attrs.evolve(
        event,
        code=cameo,
        date=case_date(ctx, acts, status),
        attributes={**event.attributes, "status": status, "plover": plover, "grounds": grounds},
    )


def _maker(clause: Clause, arg: Arg) -> bool:
    """Does a "from" phrase follow a request noun, naming who makes the request ("weighing competing
    requests from Russia and Chile for the extradition of X")?"""
    if arg.after is None or not 0 <= arg.after < len(clause.args):
        return False
    head = clause.args[arg.after].phrase.head.lower()
    return head in REQUEST_NOUNS or head.rstrip("s") in REQUEST_NOUNS


def _rivals_decisions(ctx: EventContext, acts: Sequence[Act], rivals: set[str]) -> dict[str, list[Act]]:
    """The decisions told of a rival's request: a refusal or grant whose sentence names the rival
    ("a competing request from Moscow"), or that opens the sentence after the rival's own request
    with "That request" / "The request"."""
    if not rivals:
        return {}
    asked_in = {a.frame.sentence: code for a in acts for code in a.requesting if code in rivals}
    out: dict[str, list[Act]] = {}
    for act in acts:
        if act.status not in ("refused", "granted"):
            continue
        idx = act.frame.sentence
        start = ctx.layer.sentences[idx][0]
        clause = act.frame.clause
        named = {
            e.code
            for e in ctx.layer.entities_in(clause.start, clause.end)
            if e.code in rivals and e.kind in ("state", "place") and e.place_kind != "demonym"
        }
        if len(named) == 1:
            out.setdefault(named.pop(), []).append(act)
        elif idx - 1 in asked_in and _THAT_REQUEST.match(ctx.text, start):
            out.setdefault(asked_in[idx - 1], []).append(act)
    return out


_THAT_REQUEST = regex.compile(r"\s*(?:That|This|The|Its)[ \t]+(?:request|demand|bid)\b")

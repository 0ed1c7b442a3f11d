"""A visit case's status from its frames: a cancellation or postponement wins (unless the visit is
given a new day ahead), then an end, then the status most frames say, own frames weighing most."""

from __future__ import annotations

import datetime as dt

from diplotext.extractors.eventkit import calendar_value, compare_to, date_value
from diplotext.extractors.visits.cases import Use
from diplotext.extractors.visits.departure_ahead import not_yet_gone, told_as_arranged
from diplotext.extractors.visits.plans_gone_by import only_gone_by
from diplotext.extractors.visits.vocabulary import HOST_VERBS, LIGHT_VERBS

__all__ = ["case_status", "rescheduling"]


def _leg_status(use: Use, host: str, published: dt.date | None = None) -> str:
    """A frame's status for one host: a tour going on is at its first stop, and the stops
    after it are still to come ("is on a visit to A and B": in A now, B planned); so are they
    after a tour begun in the last days ("set off on Tuesday on a tour of A and B")."""
    status = use.trip.status or ""
    if status in ("ongoing", "arrived") and use.tour > 1:
        codes = [h.code for h in use.trip.hosts]
        if host in codes and codes.index(host) > 0 and (status == "ongoing" or _begun_lately(use, published)):
            return "planned"
    return status


_LATELY = 2
"""Days before publication within which a tour begun has not yet reached a later stop."""


def _begun_lately(use: Use, published: dt.date | None) -> bool:
    """Was the tour told to begin on a full day in the last days before publication?"""
    if published is None:
        return False
    for t in (*use.trip.dates, *use.trip.context_dates):
        day = calendar_value(t.value) or ""
        parts = date_value(day)
        if parts is None or parts[1] is None or parts[2] is None or len(day) != 10:
            continue
        try:
            gap = (published - dt.date(*parts)).days  # type: ignore[arg-type]
        except ValueError:
            continue
        if 0 <= gap <= _LATELY:
            return True
    return False


def _received(use: Use, host: str, arrival: bool, published: dt.date | None = None) -> str:
    """A frame's status, where a reception told in the past ("was greeted at the airport on
    Monday by X"), dated or beside an arrival, says the visitor came, not that the visit is over."""
    status = _leg_status(use, host, published)
    frame = use.trip.frame
    if (
        status == "completed"
        and frame.phrase is None
        and frame.lemma in HOST_VERBS
        and (use.trip.dates or arrival)
    ):
        return "arrived"
    return status


def case_status(uses: list[Use], host: str, published: dt.date | None = None, text: str = "") -> str | None:
    """The case's status: a cancellation or postponement wins, then an end, then the status
    most frames say (own frames count double, a tour frame less than a frame of one host). A stop
    planned for a day ahead is not made ongoing by frames that name no place ("the tour", "the
    trip" going on elsewhere)."""
    arrival = any(u.trip.status == "arrived" for u in uses)
    ahead = any(
        u.own
        and u.trip.status == "planned"
        and any(compare_to(t.value, published) == 1 for t in u.trip.dates)
        for u in uses
    )
    gone = not not_yet_gone(uses)  # "is leaving on a tour of Africa ... is visiting A and B": not yet
    said = [
        (
            _received(u, host, arrival, published) if gone or not told_as_arranged(u) else "planned",
            0.5  # a frame naming no place ("Hu's tour") says less than one naming this host
            if not u.trip.hosts and not u.trip.here
            else 2.0
            if u.own and u.tour == 1
            else 1.5
            if u.own
            else 0.5,
        )
        for u in uses
        if u.trip.status
        and not _an_invitation_formula(u, uses)
        and not (ahead and u.trip.status == "ongoing" and not u.trip.hosts and not u.own)
    ]
    if not said:
        return None
    kinds = {s for s, _ in said}
    if "cancelled" in kinds and "postponed" in kinds and only_gone_by(text, uses):
        kinds.discard("cancelled")  # "has postponed the visit ... had been scheduled to land on Tuesday"
    for final in ("cancelled", "postponed"):
        if final in kinds and not _a_leg_called_off(uses, final):
            if final == "postponed" and _rescheduled(uses, published):
                return "planned"  # "has postponed his visit ... and will now travel on June 24"
            return final
    if "ended" in kinds:
        return "completed"
    weight: dict[str, float] = {}
    for s, w in said:
        weight[s] = weight.get(s, 0.0) + w
    for s in ("ongoing", "planned", "present", "arrived"):
        weight.setdefault(s, 0.0)
    if weight["ongoing"] and weight["ongoing"] >= weight["planned"] / 2:
        return "ongoing"
    if weight["present"] and weight["arrived"]:
        weight["arrived"] += weight.pop("present")
    # a tie: being there (an arrival, a dated presence) says most of now, then a plan
    return max(weight, key=lambda s: (weight[s], s in ("arrived", "present"), s == "planned"))


def _an_invitation_formula(use: Use, uses: list[Use]) -> bool:
    """ "X paid the visit at the invitation of Y", closing a story whose other frames tell the stay
    on their days: the formula's past tense says nothing of whether the stay is over."""
    trip = use.trip
    return (
        trip.status == "completed"
        and not trip.dates
        and not trip.closing
        and any(a.role == "pp" and a.phrase.head.lower() == "invitation" for a in trip.frame.clause.args)
        and any(u.trip.dates or u.trip.context_dates for u in uses if u is not use)
    )


def _rescheduled(uses: list[Use], published: dt.date | None) -> bool:
    """Is a postponed visit given a new day ahead by a clause of its own ("will now travel to Madrid
    from June 24")?"""
    return bool(rescheduling(uses, published))


def rescheduling(uses: list[Use], published: dt.date | None) -> list[Use]:
    """The frames that give a postponed visit its new day ahead: "will now travel to Madrid from
    June 24", "The visit will now take place on Feb. 22-24"."""
    if not any(u.trip.status == "postponed" for u in uses):
        return []
    put_off = {u.trip.frame.clause.start for u in uses if u.trip.status == "postponed"}
    return [
        u
        for u in uses
        if u.trip.status == "planned"
        and u.trip.frame.clause.start not in put_off
        and u.trip.frame.clause.kind in ("main", "coordinate")
        and u.trip.frame.clause.predicate.modal in ("will", "shall")
        and (
            (
                u.own
                and u.trip.frame.phrase is None
                and any(compare_to(t.value, published) == 1 for t in u.trip.dates)
            )
            # "The visit will now take place on Feb. 22-24": the trip noun as the subject of a
            # clause that dates it ahead
            or (
                u.trip.frame.arg is not None
                and u.trip.frame.arg.role == "subject"
                and u.trip.frame.depth == 0
                # "will now be rescheduled for late April": put off again, no new day yet
                and LIGHT_VERBS.get(u.trip.frame.clause.predicate.lemma) not in ("cancelled", "postponed")
                and any(compare_to(t.value, published) == 1 for t in (*u.trip.dates, *u.trip.context_dates))
            )
        )
    ]


def _a_leg_called_off(uses: list[Use], final: str) -> bool:
    """ "cancelled a planned visit to Quebec to rest in Ottawa ... after his arrival here
    Thursday": what is called off names no country of its own (a city, or no place) while the
    visitor has come: one stop of the stay is off, not the visit."""
    off = [u for u in uses if u.trip.status == final]
    return all(all(h.place_kind in ("city", "seat") for h in u.trip.hosts) for u in off) and any(
        u.trip.status in ("arrived", "present", "ongoing") for u in uses
    )

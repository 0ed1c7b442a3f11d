"""A side told in a state's own voice: a surrender act inside a direct quote is said by the
quote's speaker, and the speaker's state is the side the quote leaves unnamed.

* "We will not extradite X to Peru," Spain's justice minister said: "we", the subject of the
  surrender (or refusal), is the speaker's state, the state asked.
* "We have asked Spain to extradite X," Peru's justice minister said; "Spain has rejected the
  extradition of X," the Peruvian minister said: a quote that names the state asked and no state
  that asks is told by the one that asks, as the same words reported without quotation marks
  are ("Peru's minister said Spain had refused to extradite X").

The speaker is the quote's resolved person (:attr:`Quote.speaker_id`, the state the actors stage
or a description gives him), else a state, demonym or capital named in the speaker's words ("the
Peruvian foreign ministry said").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.acts import Act
from diplotext.model import Quote

__all__ = ["quoted_holder", "quoted_requester"]

_WE: Final = lexicon.words("events", "first person plural of a speaker's state")
_OWN_KINDS: Final = frozenset({"direct"})
_SPEAKER_PLACES: Final = frozenset({"country", "demonym", "seat"})


def _quote_at(ctx: EventContext, pos: int) -> Quote | None:
    """The direct quote whose words hold offset ``pos``."""
    return next((q for q in ctx.quotes if q.kind in _OWN_KINDS and q.start <= pos < q.end), None)


def _speaker_state(ctx: EventContext, quote: Quote) -> str | None:
    """The one state the quote's speaker stands for, else ``None``."""
    if quote.speaker_id is not None:
        speaker = next((a for a in ctx.actors if a.id == quote.speaker_id), None)
        if speaker is not None:
            if speaker.kind == "state":
                return speaker.country
            if speaker.kind == "person":
                return ctx.state_of(speaker)
    if quote.speaker_start is None or quote.speaker_end is None:
        return None
    codes = {
        e.code
        for e in ctx.layer.entities_in(quote.speaker_start, quote.speaker_end)
        if e.kind in ("state", "place") and e.code and e.place_kind in _SPEAKER_PLACES
    }
    return codes.pop() if len(codes) == 1 else None


def _voiced_by_we(act: Act) -> bool:
    """Is "we" the subject of the act's clause, and the act one of the state asked ("We will not
    extradite X"), not a request ("We have presented our request for the extradition of X")?"""
    subject = act.frame.clause.subject
    return (
        act.status != "requested"
        and subject is not None
        and tuple(w.lower() for w in subject.words) in _WE_PHRASES
    )


_WE_PHRASES: Final = frozenset((w,) for w in _WE)


def _voices(ctx: EventContext, acts: Iterable[Act]) -> list[tuple[Act, str]]:
    out = []
    for act in acts:
        quote = _quote_at(ctx, act.frame.trigger[0])
        if quote is None:
            continue
        state = _speaker_state(ctx, quote)
        if state is not None:
            out.append((act, state))
    return out


def quoted_holder(ctx: EventContext, acts: Sequence[Act], asking: str | None) -> str | None:
    """The state of the speaker of a quote whose "we" surrenders or refuses the suspect (never the
    state that asks), when that is one state; else ``None``."""
    states = {s for act, s in _voices(ctx, acts) if not act.requested and _voiced_by_we(act) and s != asking}
    return states.pop() if len(states) == 1 else None


def quoted_requester(
    ctx: EventContext, acts: Sequence[Act], asked: set[str], tribunal: str | None
) -> str | None:
    """The state of the speaker of a quote that names the state asked but none that asks (and
    whose "we" is not the one asked), when that is one state other than those asked; else
    ``None``."""
    states = {
        s
        for act, s in _voices(ctx, acts)
        if not act.requesting
        and act.requested
        and not _voiced_by_we(act)
        and s not in asked
        and s != tribunal
    }
    return states.pop() if len(states) == 1 else None

"""The words the ``visits`` plugin reads trips by: trip verbs and nouns with the prepositions
that name their host, light verbs and what they say of a trip ("began", "cancelled"), host, meeting
and presence verbs, tense modifiers ("upcoming", "last"). Most are in ``data/lexicon/events.txt``.
"""

from __future__ import annotations

from typing import Final

from diplotext import lexicon

__all__ = [
    "ARRIVALS",
    "COUNTING_MODIFIERS",
    "FUTURE_MODIFIERS",
    "HOST_VERBS",
    "LIGHT_VERBS",
    "MEET_NOUNS",
    "MEET_VERBS",
    "OCCASION_NOUNS",
    "ONGOING_MODIFIERS",
    "PAST_MODIFIERS",
    "PRESENCE_VERBS",
    "PRIVATE_PURPOSES",
    "REPORTING_VERBS",
    "ROUTE_MODES",
    "SUBJECT_PREDICATES",
    "TRIP_NOUNS",
    "TRIP_PREPS",
    "TRIP_VERBS",
]

_E: Final = "events"
TRIP_VERBS: Final[dict[str, tuple[str, ...]]] = {
    r[0]: tuple(r[1].split()) for r in lexicon.rows(_E, "trip verbs")
}
TRIP_NOUNS: Final[dict[str, tuple[str, ...]]] = {
    r[0]: tuple(r[1].split()) for r in lexicon.rows(_E, "trip nouns")
}
LIGHT_VERBS: Final = lexicon.mapping(_E, "trip light verbs")
TRIP_PREPS: Final = lexicon.mapping(_E, "trip prepositions")
HOST_VERBS: Final = lexicon.words(_E, "host verbs")
MEET_VERBS: Final = lexicon.words(_E, "meeting verbs")
MEET_NOUNS: Final = lexicon.words(_E, "meeting nouns")
PRESENCE_VERBS: Final = lexicon.words(_E, "presence verbs")
PAST_MODIFIERS: Final = lexicon.words(_E, "past modifiers")
FUTURE_MODIFIERS: Final = lexicon.words(_E, "future modifiers")
ONGOING_MODIFIERS: Final = lexicon.words(_E, "ongoing modifiers")
OCCASION_NOUNS: Final = lexicon.words(_E, "occasion nouns")
COUNTING_MODIFIERS: Final = lexicon.words(_E, "counting modifiers")
ARRIVALS: Final = lexicon.words(_E, "arrival verbs") | frozenset(
    ["reach", "begin", "start", "open", "kick off", "launch"]
)
SETTING_OUT: Final = lexicon.words(_E, "verbs setting out on a trip")
"""Verbs of setting out: "left on Tuesday for a state visit" began the trip that day, as an arrival."""
REPORTING_VERBS: Final = lexicon.words("speech", "reporting verbs")
PRIVATE_PURPOSES: Final = lexicon.words(_E, "private purposes")
ROUTE_MODES: Final = lexicon.words(_E, "route modes")
SUBJECT_PREDICATES: Final = lexicon.words(_E, "trip subject predicates")

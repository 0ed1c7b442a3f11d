"""The extradition plugin's words, read once from ``data/lexicon/events.txt``: surrender verbs and
nouns, the verbs and nouns of requests, refusals, grants and pending decisions, and the nouns that
describe a suspect."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon

__all__ = [
    "AGENCIES",
    "APPEAL_WINNING_VERBS",
    "ASKING_CHAINS",
    "CARRYING_OUT_VERBS",
    "COMPLETED_VERBS",
    "COMPOUND_HEADS",
    "CONSENTING_VERBS",
    "CONTEST_NOUNS",
    "CRIMINAL_ROLES",
    "DECISION_VERBS",
    "FORGONE_CONTESTS",
    "GOVERNING_NOUNS",
    "GRANT_VERBS",
    "HELD_VERBS",
    "MAKING_VERBS",
    "OPEN_DECISION_VERBS",
    "OUTCOME_VERBS",
    "PENDING_VERBS",
    "REFUSAL_NOUNS",
    "REFUSAL_VERBS",
    "REFUSING_CHAINS",
    "REQUEST_NOUNS",
    "REQUEST_VERBS",
    "SURRENDER_NOUNS",
    "SURRENDER_VERBS",
    "SUSPECT_DESCRIPTIONS",
    "WANTING_VERBS",
    "WITHDRAWING_VERBS",
]

_E: Final = "events"
SURRENDER_VERBS: Final = lexicon.mapping(_E, "surrender verbs")
SURRENDER_NOUNS: Final = lexicon.mapping(_E, "surrender nouns")
COMPOUND_HEADS: Final = lexicon.mapping(_E, "surrender compound heads")
REQUEST_VERBS: Final = lexicon.words(_E, "request verbs")
REFUSAL_VERBS: Final = lexicon.words(_E, "refusal verbs")
GRANT_VERBS: Final = lexicon.words(_E, "grant verbs")
APPEAL_WINNING_VERBS: Final = lexicon.words(_E, "verbs upholding an appeal")
OPEN_DECISION_VERBS: Final = lexicon.words(_E, "open decision verbs")
PENDING_VERBS: Final = lexicon.words(_E, "pending verbs")
COMPLETED_VERBS: Final = lexicon.words(_E, "completed verbs")
REQUEST_NOUNS: Final = lexicon.words(_E, "request nouns")
REFUSAL_NOUNS: Final = lexicon.words(_E, "refusal nouns")
WITHDRAWING_VERBS: Final = lexicon.words(_E, "request withdrawing verbs")
MAKING_VERBS: Final = lexicon.words(_E, "request making verbs") | WITHDRAWING_VERBS
OUTCOME_VERBS: Final = lexicon.mapping(_E, "contest outcome verbs")
CONTEST_NOUNS: Final = lexicon.words(_E, "contest nouns")
CONSENTING_VERBS: Final = lexicon.words(_E, "consenting verbs")
FORGONE_CONTESTS: Final = lexicon.words(_E, "forgone contest verbs")
HELD_VERBS: Final = lexicon.words(_E, "held verbs")
AGENCIES: Final = lexicon.mapping(_E, "agencies")
SHARED_AGENCY_NAMES: Final = lexicon.words(_E, "agency names many states share")
SUSPECT_DESCRIPTIONS: Final = lexicon.words(_E, "suspect descriptions")
GOVERNING_NOUNS: Final = lexicon.words(_E, "governing nouns")
CRIMINAL_ROLES: Final = lexicon.words(_E, "person nouns")
WANTING_VERBS: Final = frozenset(["want", "seek"])
CARRYING_OUT_VERBS: Final = lexicon.words(_E, "verbs carrying out a request")
DECISION_VERBS: Final = REFUSAL_VERBS | GRANT_VERBS | WANTING_VERBS | HELD_VERBS | CARRYING_OUT_VERBS
ASKING_CHAINS: Final = frozenset(["wish", "try", "plan", "need", "threaten", "promise"])
REFUSING_CHAINS: Final = frozenset(["refuse", "unable", "unlikely", "fail"])

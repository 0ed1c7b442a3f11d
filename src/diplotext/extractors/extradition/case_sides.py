"""The two sides of an extradition case: which state asks for the suspect and which holds him.

:func:`case_sides` reads them from the case's acts, then, when an act names none, from what the
article says of the suspect ("wanted in Brazil", "Scotland Yard's chief suspect"), of the other
cases of the story, of the headline, the dateline and the suspect's home; ``None`` when the case
is no dispute between two states. Split from :mod:`diplotext.extractors.extradition.rules`.
"""

from __future__ import annotations

from collections import Counter

import attrs
import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.accusers import accusing_state
from diplotext.extractors.extradition.acts import Act
from diplotext.extractors.extradition.apposed_homes import apposed_home
from diplotext.extractors.extradition.askers import refused_party, wanted_by
from diplotext.extractors.extradition.assurances import assuring_state
from diplotext.extractors.extradition.crime_scenes import crime_scene_state
from diplotext.extractors.extradition.decided_for_another import mend_decided_requests
from diplotext.extractors.extradition.described_homes import described_home
from diplotext.extractors.extradition.described_pronouns import antecedent_home
from diplotext.extractors.extradition.embassies import mission_host
from diplotext.extractors.extradition.headline import headline_sides
from diplotext.extractors.extradition.homeward import home_of_the_doer, sent_home_to
from diplotext.extractors.extradition.owners import suspects_owner
from diplotext.extractors.extradition.reporters import reporting_state
from diplotext.extractors.extradition.scene import scene_of_the_description
from diplotext.extractors.extradition.scope import domestic, regions_to
from diplotext.extractors.extradition.sources import undirected_source
from diplotext.extractors.extradition.voices import quoted_holder, quoted_requester
from diplotext.extractors.extradition.whereabouts import (
    TRIBUNAL_SEATS,
    home_of_the_description,
    unnamed_regime,
    whereabouts,
)
from diplotext.model import Actor

__all__ = ["Case", "case_sides", "story_side"]

_FELLOW = regex.compile(
    r"\b(?i:"
    + lexicon.alternation("events", "words before a fellow suspect")
    + r")[ \t]+(?i:"
    + lexicon.alternation("events", "fellow suspect nouns")
    + r")\b"
)
_TRIBUNAL_WORD = regex.compile(r"\bHague\b|\btribunal\b")


@attrs.define
class Case:
    """The acts told of one suspect, and the sentences that tell them."""

    suspect: Actor
    order: int
    acts: list[Act] = attrs.field(factory=list)
    sentences: set[int] = attrs.field(factory=set)


def story_side(cases: dict[str, Case], case: Case, side: str, *, sentences_only: bool = False) -> str | None:
    """The one state every other case of the article names on ``side`` ("requesting" or
    "requested"), from acts in the case's own sentences when ``sentences_only``; else ``None``."""
    codes: set[str] = set()
    for other in cases.values():
        if other is case:
            continue
        for act in other.acts:
            if sentences_only and act.frame.sentence not in case.sentences:
                continue
            codes.update(getattr(act, side))
    return codes.pop() if len(codes) == 1 else None


def case_sides(
    ctx: EventContext, case: Case, cases: dict[str, Case], tribunal: str | None
) -> tuple[str | None, str | None, bool] | None:
    """(requesting state, requested state, whether one of them is only inferred) of ``case``;
    ``None`` when the case is no dispute between two states."""
    case.acts = mend_decided_requests(ctx, case.acts, tribunal)  # "rejected its request"
    asking: Counter[str] = Counter()
    asked: Counter[str] = Counter()
    for act in case.acts:
        for code in act.requesting:
            asking[code] += 2
        for code in act.requested:
            asked[code] += 2
    asking_code = asking.most_common(1)[0][0] if asking else None
    if asking_code is None:
        asking_code = wanted_by(
            ctx, case.suspect, case.acts, case.sentences, tribunal
        )  # "X, wanted in Brazil for fraud", "will stand trial in Y"
    if asking_code is None:
        asking_code = suspects_owner(ctx, case.suspect)  # "Scotland Yard's chief suspect, X"
    if asking_code is None:  # "X, whom Brazil accuses of fraud", "who is charged in Brazil"
        asking_code = accusing_state(ctx, case.suspect, case.sentences, set(asked), tribunal)
    if asking_code is None:
        asking_code = refused_party(ctx, case.acts, set(asked), tribunal)
    if asking_code is None and not asked and domestic(ctx, case.acts, None):
        return None  # "Texas authorities extradited X to Oklahoma": within one federal state
    if asking_code is None:
        regions = regions_to(ctx, case.acts) - set(asked)
        if len(regions) == 1:
            asking_code = regions.pop()  # "Peru extradited X to Texas": the United States
    if asking_code is None:
        asking_code = sent_home_to(ctx, case.suspect, case.acts, set(asked))
    if asking_code is None:
        asking_code = assuring_state(ctx, case.sentences, set(asked))  # "U.S. assurances he ..."
    if asking_code is None:  # "Spain refused to extradite X," Peru's minister said
        asking_code = quoted_requester(ctx, case.acts, set(asked), tribunal)
    if asking_code is None:
        # "approved the extradition to Argentina of A but refused to hand over B": one story,
        # one requester, when every other case names the same
        asking_code = story_side(cases, case, "requesting")
    asked.pop(asking_code or "", None)
    asked_code = asked.most_common(1)[0][0] if asked else None
    if asked_code is None:
        asked_code = story_side(cases, case, "requested", sentences_only=True)
        asked_code = None if asked_code == asking_code else asked_code
    if asked_code is None:  # "We will not extradite X to Peru," Spain's minister said
        asked_code = quoted_holder(ctx, case.acts, asking_code)
    asked_code = asked_code or mission_host(ctx, case.acts, asking_code)  # "the embassy in Lisbon"
    if (asking_code is None or asked_code is None) and len(cases) == 1:
        # "Colombia extradites drug kingpin", "... blocks extradition to U.S.": the headline
        asking_code, asked_code = headline_sides(ctx.article.title, asking_code, asked_code)
    inferred = False
    if asking_code is None:
        # "A former Ukrainian customs chief lost his appeal against extradition": sent home
        asking_code = home_of_the_doer(case.acts, asked_code or ctx.dateline_code or "")
        # "X, a Peruvian businessman, lost his final appeal against extradition"
        asking_code = asking_code or apposed_home(
            ctx, case.suspect, case.acts, asked_code or ctx.dateline_code or ""
        )
        # "refused to extradite a former Argentine police officer": the description's demonym
        asking_code = asking_code or described_home(ctx, case.acts, asked_code or ctx.dateline_code)
        # "A Bulgarian businessman ... was arrested, and a court ordered him held": through "him"
        asking_code = asking_code or antecedent_home(ctx, case.suspect, case.sentences, asked_code)
        # "A prime suspect in the murder of a Lima shopkeeper": where the crime was done
        asking_code = asking_code or crime_scene_state(ctx, case.sentences, asked_code)
        inferred = asking_code is not None
    if asking_code is None and asked_code is None:
        return None
    if asked_code is None:
        asked_code = unnamed_regime(ctx, case.acts, asking_code, ctx.state_of(case.suspect))
    if asked_code is None and asking_code is not None:
        # "X, wanted in Poland, was deported on Tuesday, Thai police said"
        seats = [TRIBUNAL_SEATS.get(asking_code)]
        asked_code = undirected_source(ctx, case.acts, asking_code, seats, tribunal)
    if asked_code is None:
        asked_code = whereabouts(ctx, case.suspect, case.sentences, asking_code, tribunal)
        inferred = asked_code is not None
    if asked_code is None:  # "..., Spanish police said"; "a man from Leeds"
        asked_code = reporting_state(ctx, case.acts, asking_code, tribunal) or home_of_the_description(
            ctx, case.acts, asking_code
        )
    if asked_code is None:
        asked_code = scene_of_the_description(ctx, case.acts, asking_code)  # "a gunman killed 9 in X"
    if asked_code is None and any(
        _FELLOW.search(ctx.text, *ctx.layer.sentences[i]) for i in sorted(case.sentences)[:2]
    ):
        # "A fellow suspect, X, was surrendered to Italy in June": held where the story's
        # other suspects are
        asked_code = story_side(cases, case, "requested")
        asked_code = None if asked_code == asking_code else asked_code
    suspect_state = ctx.state_of(case.suspect)
    if asked_code is None and suspect_state and suspect_state != asking_code:
        asked_code, inferred = suspect_state, True
    if asked_code is None and ctx.dateline_code not in (
        None,
        asking_code,
        TRIBUNAL_SEATS.get(asking_code or ""),
    ):
        # "MADRID - X is fighting extradition to Peru": a story told from another state than
        # the one that wants him is told where he is held
        asked_code, inferred = ctx.dateline_code, True
    if asking_code is None and asked_code and suspect_state and suspect_state != asked_code:
        asking_code, inferred = suspect_state, True  # "extradited from Austria": sent home
    if (
        asking_code is None
        and tribunal
        and any(_TRIBUNAL_WORD.search(ctx.text[slice(*ctx.layer.sentences[i])]) for i in case.sentences)
    ):
        asking_code, inferred = tribunal, True
    if (
        asking_code == asked_code
        or (asking_code is None and domestic(ctx, case.acts, asked_code))
        # "Texas extradited X to Oklahoma, where he faces trial in Tulsa": the trial's state
        # is the one the surrendering province is part of
        or (asked_code is None and domestic(ctx, case.acts, asking_code))
    ):
        return None  # "Texas extradited X to Oklahoma": between states of one federal country
    return asking_code, asked_code, inferred

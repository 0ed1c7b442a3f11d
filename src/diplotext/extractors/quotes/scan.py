"""The scan: attributions sentence by sentence, then speakers resolved over the whole article.

For each sentence (never split inside a quotation) the cues outside quotation marks become
*attributions*: a cue, the speaker mention next to it (before it, after it for 'said Cui',
after "according to", or the previous attribution's for ", adding that ..." and ", but insisted
..."), and the text the attribution covers. Then:

- each direct quotation goes to the nearest attribution (the one after it when it opens the
  sentence); a quotation sentence with no cue continues the previous quote's speaker;
- each attribution gets its reported clause: after "that"; before it in 'CLAUSE, X said.'; after
  it in 'X said (that) CLAUSE' (for cues other than say/tell/add only when a finite verb follows);
- each partial quotation gets the attribution whose clause holds it, or the nearest one before it;
- speech acts with an object (``called for a ceasefire``) report the object when no quotation does;
- a paragraph opening with a speaker label (``PENCE: Well, ...``) is a transcript: each turn is a
  direct quote.

Every window looked at is bounded, so the scan is linear in the text.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from typing import Final

import regex

from diplotext import lexicon, runtime
from diplotext.model import Actor, Quote, Span
from diplotext.syntax import ClauseLayer

from .bare import bare_unit
from .cues import find_cues
from .direct import quote_sentences
from .interview_turns import interview_turns
from .labels import label_unit
from .limits import MAX_CLAUSE, MAX_CUES, MAX_PARAGRAPH_CUES, MAX_SENTENCES
from .marks import opens_with_quote, paragraph_quotes
from .run_on_paragraphs import MAX_RUN_ON, hand_on, open_run
from .sentence import analyse_sentence
from .speakers import resolve_speakers
from .transcripts import colon_unit, transcript_turns
from .unit_types import Raw, Unit

__all__ = ["MAX_CLAUSE", "MAX_CUES", "MAX_PARAGRAPH_CUES", "MAX_SENTENCES", "scan_article"]


_LINK_LINE: Final = regex.compile(
    r"\s*(?i:" + lexicon.alternation("speech", "link line labels") + r")\s*:", regex.IGNORECASE
)
"""A line opening with a link label ("READ MORE:", "Related:")."""


def scan_article(
    text: str, segments: Sequence[Span], actors: Sequence[Actor], layer: ClauseLayer | None = None
) -> list[Quote]:
    """Every quote in the segments of ``text``, with resolved speakers, in text order (``layer``, the
    clause layer, gives the subject of a cue no name stands next to)."""
    raws: list[Raw] = []
    carried: Raw | None = None  # the last quote of the previous paragraph, for continuations
    waiting: list[Raw] = []  # '"A.' / '"B," said X.': a quote paragraph waiting for a later attribution
    pending: Unit | None = None  # 'He said:' closing the previous paragraph
    budget = MAX_SENTENCES
    named = {  # the words of the names of the article's people and bodies (not states)
        word.lower()
        for a in actors
        if a.kind != "state"
        for name in (a.name, *a.aliases)
        for word in name.split()
    }
    check_time = runtime.current().check_time
    interview = interview_turns(text, segments)
    for index, (ps, pe) in enumerate(segments):
        check_time()
        if index in interview:  # '((Ada Lind)) I grew up on a farm.': her turn, a direct quote
            unit, start, end = interview[index]
            raws.append(Raw("direct", start, end, unit))
            carried, pending, waiting = raws[-1], None, []
            continue
        next_opens = index + 1 < len(segments) and opens_with_quote(text, *segments[index + 1])
        if text.find(":", ps, pe) >= 0 and _LINK_LINE.match(text, ps, pe):  # its label ends with one
            carried = pending = None
            waiting = []
            continue  # "READ MORE: Why the mayor said ...": a link to another story
        pq = paragraph_quotes(text, ps, pe, index, next_opens)
        labelled = label_unit(text, ps, pe, pq)
        if labelled is not None:  # '- Harbour FC boss Ian Dowd: "..."': the label speaks every quote
            raws.extend(Raw("direct", q.start, q.end, labelled) for q in pq)
            carried, pending, waiting = raws[-1], None, []
            continue
        turns = transcript_turns(text, ps, pe, named)
        if turns:  # 'PENCE: Well, look, ... WALLACE: If I may ...': each turn is a direct quote
            raws.extend(Raw("direct", start, end, unit) for unit, start, end in turns)
            carried, pending, waiting = raws[-1], None, []
            continue
        cues = list(itertools.islice(find_cues(text, ps, pe), MAX_PARAGRAPH_CUES + 1))
        if len(cues) > MAX_PARAGRAPH_CUES:
            del cues[MAX_PARAGRAPH_CUES:]
            runtime.warn(
                f"paragraph with more than {MAX_PARAGRAPH_CUES:,} speech cues: "
                "the cues after that were not read (count: paragraphs)"
            )
        if not pq and not cues:
            carried = pending = None
            waiting = []
            continue
        opens = [q.open for q in pq]
        first = True
        last: Raw | None = None
        bare: Unit | None = None  # 'X agreed.': the sentence before says who speaks next
        orphans: list[Raw] = []  # '"A. "B," said X.': A has no attribution of its own
        first_raw = len(raws)
        for ss, se in quote_sentences(text, ps, pe, pq):
            budget -= 1
            if budget < 0:
                runtime.warn(
                    f"article with more than {MAX_SENTENCES:,} sentences: "
                    "the sentences after that were not read for quotes"
                )
                break
            sq = pq[bisect.bisect_left(opens, ss) : bisect.bisect_left(opens, se)]
            held = orphans[:]
            orphans.clear()
            found = analyse_sentence(
                text,
                ss,
                se,
                sq,
                last_quote=last if last is not None else carried,
                paragraph_start=first,
                pending=pending if first else bare,
                paragraph_cues=cues,
                layer=layer,
                orphans=orphans if not held else None,
            )
            if held:
                opening = found[0] if found else None
                if (
                    opening is not None
                    and opening.kind == "direct"
                    and opening.unit is not None
                    and opens_with_quote(text, ss, se)
                ):
                    for raw in held:  # the quote goes on: the attribution after it is its own
                        raw.unit, raw.previous, raw.inherit_cue = opening.unit, None, False
            raws.extend(found)
            if found:
                last = found[-1]
            bare = bare_unit(text, ss, se, cues) if not found and not sq else None
            first = False
        if budget < 0:
            break
        found_here = raws[first_raw:]
        hand_on(text, ps, waiting, found_here)
        run = open_run(text, ps, pq, found_here, [c.start for c in cues]) if next_opens else []
        # a run over three paragraphs waits on (a bounded number of quotes)
        waiting = [*waiting[-MAX_RUN_ON:], *run] if run else []
        pending = colon_unit(text, ps, pe) or bare
        carried = last
    return resolve_speakers(text, segments, actors, raws)

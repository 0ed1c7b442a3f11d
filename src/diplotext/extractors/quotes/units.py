"""Attributions: each cue of a sentence with the speaker mention next to it (before it, after it for
'said Cui', after "according to", the sentence's or clause layer's subject, or the previous
attribution's for ", adding that ...") (:mod:`.viability` keeps those that can attribute anything;
:mod:`.after_cue` reads what follows a cue).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.actors.names import is_given_name
from diplotext.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from diplotext.model import Span
from diplotext.patterns import KEEP_GIL, lazy
from diplotext.syntax import ClauseLayer
from diplotext.syntax.words import POSSESSIVES

from . import fragments
from . import indirect as ind
from .after_cue import according_phrase, after_quote, complement_after, ends_phrase, pronoun_subject
from .commaless_inversion import commaless_inverted
from .countries import is_place_name
from .cues import BEFORE_CUES, CLAUSE_CUES, NAMING_CUES, OBJECT_CUES, PROGRESSIVE_BEFORE, SAY_CUES, Cue
from .home_tails import mend_homes
from .marks import QuoteSpan, opens_with_quote
from .mentions import Mention, core, name_like
from .name_then_role import name_before_role
from .naming import DOCUMENT_HEADS, can_speak_head
from .naming_participles import names_the_noun_before
from .phrases import contact_head_start, phrase_before
from .quoted_asides import quoted_aside_speaker
from .sentence_chunks import (
    _chunk_before_comma,
    _clause_between,
    _first_chunk,
    _name_of_body,
    _parenthetical,
    _sentence_adverb,
)
from .speaker_after import phrase_after
from .subjects import (
    clause_subject,
    coordinated,
    opening_subject,
    quoted_as,
    relative_head,
    speaker_like,
    with_subject,
)
from .unit_types import Unit

__all__ = ["find_units", "inside"]

_JOIN_BEFORE: Final = regex.compile(r"(?:,\s*|\s+)(?:(?:and|but|while|before|then)\s+)?$")
_MONTHS_DAYS: Final = frozenset((*WEEKDAY_NAMES, *MONTH_NAMES))


def find_units(
    text: str,
    ss: int,
    se: int,
    cues: Sequence[Cue],
    quotes: Sequence[QuoteSpan],
    *,
    layer: ClauseLayer | None = None,
) -> list[Unit]:
    units: list[Unit] = []
    dateline = _DATELINE.match(text, ss, se, KEEP_GIL)
    if dateline is not None:
        ss = dateline.end()  # "OTTAWA (CP) — A report said ...": the place is no speaker
    for cue in cues:
        prev = units[-1] if units else None
        if prev is not None and prev.cue.according and cue.start < prev.attr_end:
            continue  # "according to agreed facts": a word of the source, no cue of its own
        lo = prev.attr_end if prev is not None else ss
        aside_speaker = (
            quoted_aside_speaker(text, ss, cue.start) if prev is None and not cue.according else None
        )
        if aside_speaker is not None:  # 'X, known to friends as "the Hawk," said ...': X
            units.append(
                Unit(
                    cue, aside_speaker, aside_speaker.start, cue.end, aside_speaker.start, speaker_before=True
                )
            )
            continue
        for q in quotes:
            if q.outer_end <= cue.start and q.outer_end > lo:
                lo = q.outer_end
        join = _JOIN_BEFORE.search(text, max(lo, cue.start - 16), cue.start, KEEP_GIL)
        join_start = join.start() if join is not None and join.group().strip() else cue.start
        if cue.according:
            span = according_phrase(text, cue.end, se)
            source = core(text, *span) if span else None
            made = _MADE_BY_NAME.match(text, span[0], min(se, span[0] + 160), KEEP_GIL) if span else None
            if made is not None and made.group("head").lower() in _SPOKEN_THINGS:
                # "according to a speech Ms. X delivered in April": Ms. X, not "speech Ms"
                source = core(text, *made.span("name")) or source
            end = span[1] if span else cue.end
            units.append(Unit(cue, source, cue.start, end, join_start))
            continue
        if (
            prev is None
            and cue.text.lower() == cue.lemma
            and _UNREALISED.search(text, max(lo, cue.start - 24), cue.start, KEEP_GIL) is not None
        ):
            continue  # "All members must inform ...", "the speaker could declare ...": no speech yet
        if (
            prev is not None
            and cue.text.lower() == cue.lemma
            and not cue.according
            and _INNER_VERB.search(text, max(lo, cue.start - 24), cue.start, KEEP_GIL) is not None
            and text[prev.cue.end : cue.start].split() not in (["to"], ["not", "to"])
        ):  # (but "declined to say whether ..." is one attribution)
            continue  # "said the envoy would announce ...": inside the clause already reported
        if (
            prev is not None
            and not cue.participial
            and cue.text.split(" ", 1)[0].lower().endswith("ing")
            and "," not in text[prev.attr_end : cue.start]
            and PROGRESSIVE_BEFORE.search(text, max(lo, cue.start - 30), cue.start, KEEP_GIL) is not None
        ):
            continue  # "said it is calling for ...": inside the clause already reported
        if (
            cue.lemma in NAMING_CUES
            and _NAMED_AFTER.match(text, cue.end, se, KEEP_GIL)
            and _COMMA_BEFORE.search(text, max(lo, cue.start - 4), cue.start, KEEP_GIL)
        ):
            continue  # "a new tool, called Pixora, ...": a name given, not speech
        if cue.lemma in NAMING_CUES and _SO_BEFORE.search(text, max(lo, cue.start - 8), cue.start, KEEP_GIL):
            continue  # "the so called hardliners": "so-called" written without its hyphen
        if (
            cue.lemma in NAMING_CUES
            and cue.text.lower().endswith("ed")
            and names_the_noun_before(layer, text, cue.start)
        ):
            continue  # "lakes of brown water called pools": so with no comma before it
        quoted = quoted_as(text, ss, cue.start) if cue.participial else None
        if quoted is not None:  # "a paper quoted the director as saying ..."
            who, verb = quoted
            join_at = max(verb, lo)
            if prev is not None and prev.cue.lemma == "cite" and prev.cue.start == verb:
                units.pop()  # "citing X as saying": X says it, not the one citing
                join_at = verb
            units.append(Unit(cue, who, who.start, cue.end, join_at, speaker_before=True))
            continue
        said_with = with_subject(text, lo, cue.start) if cue.participial else None
        if said_with is not None:  # "..., with Ms. X saying ...": X
            units.append(Unit(cue, said_with, said_with.start, cue.end, join_start, speaker_before=True))
            continue
        if (
            cue.participial
            and prev is not None
            and (
                (join_start < cue.start and "," in text[join_start : cue.start])
                or _comma_closed_quote(text, lo, cue.start)  # '... "...," adding that ...'
            )
        ):
            units.append(Unit(cue, None, cue.start, cue.end, join_start, parent=prev))
            continue
        if cue.participial:
            if prev is not None:
                if coordinated(text, lo, cue.start):
                    units.append(Unit(cue, None, cue.start, cue.end, join_start, parent=prev))
                continue  # "when announcing ...": not a new attribution
            opening = opening_subject(text, ss, cue.start, asides=True)
            subject = _named(opening) or clause_subject(layer, text, cue.start, ss) or speaker_like(opening)
            progressive = PROGRESSIVE_BEFORE.search(text, max(lo, cue.start - 30), cue.start, KEEP_GIL)
            if (
                progressive is not None
                and subject is not None
                and text[subject.end : progressive.start()].strip()
            ):
                continue  # "Paying X did not mean firms were admitting ...": not the opener's words
            if subject is not None and text[subject.end : cue.start].strip() != ",":
                # not "Reuters, citing sources, reported ...": a participle between subject and verb;
                # "X is urging ...": a progressive has its speaker before it, as "X urged ..." does
                units.append(
                    Unit(cue, subject, cue.start, cue.end, join_start, speaker_before=progressive is not None)
                )
            continue
        commaless = commaless_inverted(text, ss, se, cue) if prev is None and lo == ss else None
        if commaless is not None:  # "CLAUSE said X, an analyst.": the comma of '..., said X' left out
            units.append(commaless)
            continue
        if prev is None and coordinated(text, lo, cue.start):
            # "The governor met protesters and said ...": the subject of the first verb
            opening = opening_subject(text, ss, cue.start)
            subject = _named(opening) or clause_subject(layer, text, cue.start, ss) or speaker_like(opening)
            if subject is not None:
                units.append(Unit(cue, subject, cue.start, cue.end, join_start))
                continue
        inserts = (
            _NAME_INSERTS.search(text, max(lo, cue.start - 160), cue.start, KEEP_GIL)
            if text[max(lo, cue.start - 4) : cue.start].rstrip().endswith(",")
            else None
        )
        if inserts is None:
            inserts = _NAME_OF_HOME.search(text, max(lo, cue.start - 120), cue.start, KEEP_GIL)
            if inserts is not None and not is_given_name(inserts.group("name").split()[0]):
                inserts = None  # "Ana Ruiz of Moncton, N.B. says" (not "Bank of Canada")
        if inserts is not None and any(
            inserts.groupdict().get(part) for part in ("age", "home", "party")
        ):  # "Ana Ruiz, 22, of Dayton, Ohio, said", '"...," Mr. King, 82, told', "X, R-Ohio, says"
            named = core(text, *inserts.span("name"))
            if named is not None and name_like(text, *inserts.span("name")):
                units.append(
                    Unit(cue, named, named.start, cue.end, min(join_start, named.start), speaker_before=True)
                )
                continue
        mention: Mention | None = None
        attr_start = cue.start
        before = phrase_before(text, lo, cue.start)
        if before is not None and text[before[0]].islower():
            before = relative_head(text, lo, cue.start) or before  # "economists who favor X agree"
        agent = (
            _AGENT_BEFORE.search(text, max(lo, before[0] - 24), before[0], KEEP_GIL)
            if before is not None
            else None
        )
        if agent is not None:  # "a letter obtained by the Ledger warns": the letter
            before = phrase_before(text, lo, agent.start()) or before
        if before is not None and _sentence_adverb(text, *before):
            before = None  # "Then, says X, ...": an adverb opens the sentence, X is after the cue
        if before is not None:
            m = core(text, *before)
            named = name_before_role(text, lo, before) if m is not None and m.kind in _ROLE_KINDS else None
            if named is not None:  # "CLAUSE, Ivo X, a party senator said": Ivo X, after the clause
                m, before = named, (named.start, before[1])
            if m is not None and m.kind in {"name", "pronoun"}:
                mention = m
            elif m is not None:
                first = _first_chunk(text, ss, before[0])
                if (
                    lo == ss
                    and first is not None
                    and name_like(text, *first)
                    and first[1] < before[0]
                    and not _sentence_adverb(text, *first, chunk=True)
                    and not _parenthetical(text, first[1], before, cue.end)
                    and not fragments.is_fragment(
                        text[first[0] : first[1]].split()
                    )  # "That, the source said,"
                    and not _clause_between(text, first[1], before[0])
                ):
                    fm = core(text, *first)
                    if fm is not None:
                        mention, attr_start = fm, first[0]
                if mention is None:
                    mention = m
            if mention is not None and attr_start == cue.start:
                attr_start = contact_head_start(text, lo, min(before[0], cue.start))
            if (
                mention is not None
                and prev is not None
                and _reported_by(text, prev, (attr_start, cue.end), se, quotes)
            ):
                continue  # "X said Monday that Y has called for ...": what X reported, Y's part of it
            if mention is not None:
                if attr_start < cue.start:  # "... a good step but he told ...": "but" joins, no content
                    join = _JOIN_BEFORE.search(text, max(lo, attr_start - 16), attr_start, KEEP_GIL)
                    if join is not None and join.group().strip():
                        join_start = min(join_start, join.start())
                units.append(
                    Unit(cue, mention, attr_start, cue.end, min(join_start, attr_start), speaker_before=True)
                )
                continue
        chunk = _chunk_before_comma(text, lo, cue.start)
        if (
            chunk is not None
            and _PLACE_BEFORE.search(text, max(lo, chunk[0] - 60), chunk[0], KEEP_GIL)
            and is_place_name(text[chunk[0] : chunk[1]])
        ):
            chunk = None  # "X, speaking in Dayton, Ohio, warned": the state of a place, not a speaker
        if chunk is not None and not name_like(text, *chunk):
            chunk = _name_of_body(text, chunk)  # ", Ana Ruiz of the Grace Church in Dorval, said": Ana Ruiz
        if chunk is not None and name_like(text, *chunk) and not _sentence_adverb(text, *chunk):
            m = core(text, *chunk)
            role = _ROLE_BEFORE_NAME.search(text, max(lo, chunk[0] - 80), chunk[0], KEEP_GIL)
            if m is not None and m.kind == "name" and role is not None and _role_speaks(role.group("role")):
                # "CLAUSE, his chief of staff, Nora X, said": the role and the name speak, the
                # clause before them is what was said
                units.append(
                    Unit(cue, m, role.start("role"), cue.end, role.start("role"), speaker_before=True)
                )
                continue
            if m is not None:
                units.append(Unit(cue, m, chunk[0], cue.end, chunk[0], speaker_before=True, appositive=True))
                continue
        first = _first_chunk(text, ss, cue.start)
        if first is not None and _sentence_adverb(text, *first, chunk=True):
            first = None  # "Still, the newspaper reported ...": no speaker in the opener
        if first is not None and lo == ss and name_like(text, *first) and not opens_with_quote(text, ss, se):
            m = core(text, *first)
            if m is not None:
                units.append(Unit(cue, m, first[0], cue.end, first[0], speaker_before=True))
                continue
        if (
            first is not None
            and lo == ss
            and _PARTICIPLE_ASIDE.fullmatch(text, first[1], cue.start, KEEP_GIL)
        ):
            aside = speaker_like(core(text, *first))  # "The agency, citing officials, reported ..."
            if aside is not None:
                units.append(Unit(cue, aside, first[0], cue.end, first[0], speaker_before=True))
                continue
        lead = text[lo : cue.start].rstrip()
        if (not lead or lead[-1] in ",\"”'’") and cue.lemma not in _LISTENER_FIRST | NAMING_CUES:
            after = phrase_after(text, cue.end, se)
            if (
                after is not None
                and (lead[-1:] != "," or cue.lemma in BEFORE_CUES or ends_phrase(text, after[1], se))
                and text[after[0] : after[1]].split(maxsplit=1)[0].lower() not in _MONTHS_DAYS
                and (after_quote(lead) or not complement_after(layer, cue.start, after[0], after[1]))
                and not pronoun_subject(text, after[0], after[1])
            ):
                m = core(text, *after)
                if m is not None and m.kind == "pronoun" and not ends_phrase(text, m.end, se):
                    m = None  # ', said it was ...': a clause, not '"...," said he.'
                if m is not None and (
                    m.kind != "description"
                    or m.text.split()[0][0].isalpha()
                    or _AGED.match(m.text) is not None  # '"...," said the 23-year-old'
                ):
                    units.append(Unit(cue, m, cue.start, after[1], join_start, inverted=True))
                    continue
        if prev is not None:
            units.append(Unit(cue, None, cue.start, cue.end, join_start, parent=prev))
            continue
        dashed = _DASHED_ASIDE.fullmatch(text, lo, cue.start, KEEP_GIL) if lo == ss else None
        subject = speaker_like(core(text, *dashed.span("np"))) if dashed is not None else None
        subject = subject or clause_subject(layer, text, cue.start, lo)
        if subject is not None:  # "The chair of the group, a former senator, said ...", "X — ... — said"
            units.append(Unit(cue, subject, subject.start, cue.end, subject.start, speaker_before=True))
        # otherwise no one to say it ("a letter that says ..."): not an attribution
    mend_homes(text, ss, units, quotes)
    return units


def _reported_by(text: str, prev: Unit, inner: Span, se: int, quotes: Sequence[QuoteSpan]) -> bool:
    """Does a cue's subject, from ``start``, open the clause the previous attribution reports ("X
    said Monday that Y has long called for ...", "X told reporters Y argued ...")? Then the inner
    cue is part of what X said. Not when a quotation follows the inner cue (Y's own words), not
    after a comma or a joining word ("X said so, and Y argued ..."), not for "according to"."""
    start, cue_end = inner
    if prev.mention is None or prev.cue.according or prev.cue.participial or prev.parent is not None:
        return False
    if prev.inverted or _PREPOSITION_FIRST.match(text, start, None, KEEP_GIL) is not None:
        return False  # "said X in a meeting with ...", "reports from staff confirm": no clause of X's
    listed = _NAMES_LISTED.search(text, prev.attr_end, start, KEEP_GIL) if prev.attr_end <= start else None
    head = listed.start() if listed is not None else start  # "X said Spain, Peru and Chile had ..."
    if prev.cue.lemma not in CLAUSE_CUES or prev.attr_end > start or "," in text[prev.attr_end : head]:
        return False
    if any(cue_end <= q.open < se for q in quotes):
        return False
    pos = ind.skip_adjuncts(text, prev.attr_end, start, listener=prev.cue.lemma in OBJECT_CUES)
    that = ind.starts_with_that(text, pos, start)
    if that is None and prev.cue.lemma not in SAY_CUES:
        return False  # "X warned that Y had asked ...": only with "that" after a cue other than say
    pos = that if that is not None else pos
    return pos <= head and not text[pos:head].strip()


_LISTED_NAME: Final = r"(?:the\s+)?\p{Lu}[\p{L}\-.'’]*(?:\s+\p{Lu}[\p{L}\-.'’]*){0,4}"
_NAMES_LISTED: Final = regex.compile(
    rf"(?<![\p{{L}}])(?:{_LISTED_NAME}\s*,\s*){{0,6}}{_LISTED_NAME},?\s+(?:and|or)\s+(?:the\s+)?$"
)
"""The first names of a list whose last one is the inner cue's subject ("X said that Spain, Peru and
Chile had agreed ..."): the whole list opens the clause X reported."""


_SO_BEFORE: Final = regex.compile(r"(?r)(?<![\p{L}])[Ss]o[ \t]+$")
""""so" right before a naming cue: "so called" is the adjective "so-called", no attribution."""
_DASHED_ASIDE: Final = regex.compile(
    r"\s*(?P<np>[^\s—–\-,;:\"“”()][^—–,;:\"“”()]{0,80}?)\s*(?:—|–|--)[^—–\"“”]{1,160}(?:—|–|--)\s*"
)
"""A sentence's subject, then an aside between dashes before its cue ("Two pollsters — both from
Oregon — said ...")."""
_PREPOSITION_FIRST: Final = regex.compile(r"(?:from|of|in|on|at|by|for|with|to)\s", regex.IGNORECASE)


_INNER_VERB: Final = regex.compile(
    r"(?r)(?<![\p{L}])(?:to|will|would|could|should|can|may|might|must|shall|not|n['’]t|do|does|did)\s+"
    r"(?:(?:not|also|never|then|soon|later|first|publicly|formally|officially)\s+)?$",
    regex.IGNORECASE,
)
"""A base-form cue after "to", a modal or "not" is a verb of a clause, not an attribution of its own."""
_UNREALISED: Final = regex.compile(
    r"(?r)(?<![\p{L}])(?<!(?<![\p{L}])(?:I|[Ww]e)\s)(?:could|must|may|might|shall|be\s+able\s+to)\s+(?:not\s+)?$",
    regex.IGNORECASE,
)
"""A base-form cue after a modal of possibility or duty: a speech act that has not happened (not
after "I" or "we": "I must say", "I might add" are said)."""
_PARTICIPLE_ASIDE: Final = regex.compile(r",\s*\p{Ll}+ing\s[^,;:\"“”]{1,80},\s*")


_NAME_INSERTS: Final = lazy(
    r"(?r)(?:^|(?<=[\s\"“”,]))(?<!(?:of|and|the|in|to|for|from|with|at|by|or)\s)"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,3})"
    r"(?P<age>,\s*\d{1,3})?(?P<home>,\s*of\s+\p{Lu}[^,;:\"“”]{1,40}"
    r"(?:,\s*(?:(?:\p{Lu}\.){2,3}|\p{Lu}[\p{L}]*\.?(?:\s+\p{Lu}[\p{L}]*\.?)?))?)?"
    r"(?P<party>,\s*[RDI]-\p{Lu}[\p{L}.]{0,12}(?:\s\p{Lu}[\p{L}.]{0,12})?)?"
    r"(?P<who>,\s*who\s+[^,;:\"“”]{1,140})?"
    r",\s*$"
)
"""A name, then its age and/or home between commas ("X, 22,", "X, of Dayton, Ohio,", "X, 22, of Y,"),
a party tag ("X, R-Ohio,") and a relative clause about the person after them ("X, 59, of Y, B.C.,
who watched it on TV,")."""
_NAME_OF_HOME: Final = lazy(
    r"(?r)(?:^|(?<=[\s\"“”,]))(?P<name>\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){1,2})"
    r"(?P<home>\s+of\s+\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*)?,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)"
    r"\s+$"
)
"""A given name and surname, then a town and its state or province, no comma before the verb."""
_ROLE_BEFORE_NAME: Final = regex.compile(
    r"(?r)(?<=[\p{L}\p{N}\"”’'],\s*)(?P<role>(?:"
    + "|".join(sorted(POSSESSIVES | {"the"}))
    + r")\s+[\p{Ll}\-]+(?:\s+[\p{Ll}\-]+){0,3}),\s*$"
)
"""A role in commas right before a name, after a clause's comma: ", his chief of staff, X, said"."""


_AGED: Final = regex.compile(r"\d{1,3}-year-old(?![\p{L}\-])")


def _role_speaks(role: str) -> bool:
    """Is the head of ``role`` ("his chief of staff" -> chief) someone who can speak?"""
    words = role.lower().split()
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return can_speak_head(head)


_DATELINE: Final = regex.compile(
    r"\p{Lu}{2}[\p{Lu}\s.'\-]{0,40}(?:,\s*\p{Lu}[\p{L}.]{0,12}(?:\s\p{Lu}[\p{L}.]{0,12})?)?"
    r"\s*(?:\([\p{L}\s.,]{1,30}\)\s*)?(?:[—–]|--)\s*(?=\S)"
)
"""A dateline opening the paragraph's first sentence ("OTTAWA (CP) —", "LOUISVILLE, Ky. (AP) —")."""
_MADE_BY_NAME: Final = regex.compile(
    r"(?:an?|the|one)\s+(?:[\p{Ll}\-]+\s+){0,2}(?P<head>\p{Ll}+)\s+"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,3})"
    r"\s+(?:had\s+|has\s+|just\s+)?(?:\p{Ll}+ed|"
    + "|".join(sorted(lexicon.words("speech", "irregular past forms")))
    + r")(?![\p{L}])"
)
"""A document or speech a named person made, the relative pronoun left out ("a speech X gave")."""
_SPOKEN_THINGS: Final = DOCUMENT_HEADS | lexicon.words("speech", "things a person makes that speak for them")
_LISTENER_FIRST: Final = frozenset({"tell", "inform", "assure", "reassure", "remind"})
_NAMED_AFTER: Final = regex.compile(
    r"\s+(?:the\s+|a\s+)?\p{Lu}[\p{L}\p{N}'’\-]*(?:\s+\p{Lu}[\p{L}\p{N}'’\-]*){0,6}\s*(?:[,.;:()]|$)"
)
"""A name and nothing more after a naming cue ("called Pixora, which ..."), not "called Jones a liar"."""
_COMMA_BEFORE: Final = regex.compile(r",\s*$")

"""Cues whose object is the listener: '"...," told MSNBC' names no speaker after the cue."""


_AGENT_BEFORE: Final = regex.compile(
    r"(?r)(?<![\p{L}])(?:"
    + lexicon.alternation("speech", "participles whose agent issued nothing")
    + r")\s+by\s+(?:the\s+)?$",
    regex.IGNORECASE,
)
_PLACE_BEFORE: Final = regex.compile(
    r"(?r)(?<![\p{L}])(?:in|at|from|near|outside)\s+\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,2},\s*$"
)
"""A place after a preposition and a comma: what follows is its state or country ("in Dayton, Ohio,")."""


def _named(m: Mention | None) -> Mention | None:
    """``m`` when it is a name or a pronoun (a sentence opening with one is its subject)."""
    return m if m is not None and m.kind in ("name", "pronoun") else None


def _comma_closed_quote(text: str, lo: int, pos: int) -> bool:
    """Does a quotation closing with a comma inside its marks end right before ``pos`` ('"...,"
    adding')? The comma that sets a participle off stands inside the marks."""
    return lo >= 2 and not text[lo:pos].strip() and text[lo - 1] in "\"”'’" and text[lo - 2] == ","


def inside(pos: int, quotes: Sequence[QuoteSpan], opens: Sequence[int]) -> bool:
    k = bisect.bisect_right(opens, pos) - 1
    return k >= 0 and quotes[k].open <= pos < quotes[k].outer_end


_ROLE_KINDS: Final = frozenset({"description", "group"})

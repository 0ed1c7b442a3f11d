"""One sentence: its attributions, its direct quotations given to the nearest attribution, each
attribution's reported clause (after "that"; before it in 'CLAUSE, X said.'; after it in 'X said
(that) CLAUSE'), and its partial quotations given to the attribution whose clause holds them.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final

import regex

from diplotext import lexicon, runtime
from diplotext.model import Span
from diplotext.patterns import KEEP_GIL
from diplotext.syntax import ClauseLayer
from diplotext.syntax.words import DETERMINERS, MODALS, POSSESSIVES

from . import indirect as ind
from .after_cue import ends_phrase
from .as_attributions import as_clause, saying
from .bare_clauses import opens_clause
from .cited_sources import cites_a_source
from .coordinated_predicates import object_end
from .cues import BEFORE_CUES, CLAUSE_CUES, COMPLEMENT_CUES, OBJECT_CUES, SAY_CUES, Cue
from .direct import at_sentence_start, is_direct
from .far_that import that_after_adjuncts
from .fronted_clauses import fronted_goes_on
from .headings import nobodys_words
from .leads import colon_clause, fronted_lead, long_source_end, source_relative, told_what
from .limits import MAX_CLAUSE, MAX_CUES
from .marks import QuoteSpan, opens_with_quote
from .naming import can_speak_head
from .nesting import outer_end
from .postposed_outer import widen_postposed
from .quote_tails import restore_direct
from .quoted_terms import _RELATIVE_AFTER, _name_or_term, _work_title
from .refusals import refused_to_speak
from .scare_quotes import modifier_term
from .trailing import dash_attribution, verb_attribution
from .unit_types import Raw, Unit
from .units import find_units, inside
from .viability import SUBJECT_START, prune

__all__ = ["analyse_sentence"]


def analyse_sentence(
    text: str,
    ss: int,
    se: int,
    quotes: Sequence[QuoteSpan],
    *,
    last_quote: Raw | None,
    paragraph_start: bool,
    pending: Unit | None = None,
    paragraph_cues: Sequence[Cue],
    layer: ClauseLayer | None = None,
    orphans: list[Raw] | None = None,
) -> list[Raw]:
    """The quotes of sentence ``ss``-``se``; direct quotations no attribution takes are added to
    ``orphans`` (the next sentence's may, when it opens with a quotation)."""
    opens = [q.open for q in quotes]
    lo = bisect.bisect_left(paragraph_cues, ss, key=_cue_start)
    cues: list[Cue] = []
    for c in paragraph_cues[lo:]:
        if c.start >= se:
            break
        if len(cues) >= MAX_CUES:
            runtime.warn(
                f"sentence with more than {MAX_CUES} speech cues: the cues after that were not read "
                "(count: sentences)"
            )
            break
        if c.end <= se and not inside(c.start, quotes, opens):
            cues.append(c)
    units = find_units(text, ss, se, cues, quotes, layer=layer)
    units = prune(text, units, se, quotes, layer)
    out: list[Raw] = []
    # ---- direct / partial classification
    direct: list[QuoteSpan] = []
    partial: list[QuoteSpan] = []
    previous: QuoteSpan | None = None
    for q in quotes:
        cue_between = previous is not None and any(previous.outer_end <= u.cue.start < q.open for u in units)
        if q.start >= q.end:
            previous = q
            continue
        (direct if is_direct(text, (ss, se), q, previous, cue_between) else partial).append(q)
        previous = q
    # ---- direct quotes to attributions
    for q in direct:
        if _work_title(text, q):
            continue  # 'In his new book, "Bound to Win," ...': a title, not his words
        opening = at_sentence_start(text, ss, q)
        best: tuple[int, Unit, bool] | None = None
        for u in units:
            if u.attr_start >= q.outer_end:
                a, b, after = q.outer_end, u.attr_start, True
                if u.cue.participial and u.parent is not None:
                    continue
            elif u.attr_end <= q.open:
                a, b, after = u.attr_end, q.open, False
            else:
                continue
            limit = 30 if after and opening else 12
            if not ind.words_within(text, a, b, limit):
                continue
            gap = ind.word_count(text, a, b)
            if best is None or gap < best[0] or (gap == best[0] and after):
                best = (gap, u, after)
        if best is not None:
            _, u, after = best
            if after:
                u.took_direct_before = True
            else:
                u.took_direct_after = True
            out.append(Raw("direct", q.start, q.end, u))
        elif (dash := dash_attribution(text, q, se)) is not None:
            out.append(Raw("direct", q.start, q.end, dash))
        elif (verb := verb_attribution(text, q, se)) is not None:
            out.append(Raw("direct", q.start, q.end, verb))
        elif pending is not None and not units:
            pending.took_direct_after = True
            out.append(Raw("direct", q.start, q.end, pending))
        elif nobodys_words(text, q, ss, se, paragraph_start=paragraph_start):
            continue  # 'the drama "Harbour Lights" returns', a subheading: no one's words
        elif last_quote is not None or orphans is not None:
            raw = Raw("direct", q.start, q.end, None, inherit_cue=not paragraph_start, previous=last_quote)
            out.append(raw)
            if orphans is not None:
                orphans.append(raw)  # the next sentence's attribution may take it
    # ---- reported clauses
    direct_opens = {q.open for q in direct}
    holds: dict[int, set[int]] = {}  # attributions nested in each one's clause ("that X said ...")
    for k, u in enumerate(units):
        prev = units[k - 1] if k > 0 else None
        after_lo = u.attr_end
        after_hi, holds[k] = outer_end(text, units, k, se)
        before_lo = prev.attr_end if prev is not None else ss
        before_hi = u.join_start if not u.speaker_before and not u.inverted else u.attr_start
        if u.cue.according:
            before_hi = u.join_start
            if not text[ss : u.attr_start].strip():
                after_hi = se
        after_hi = ind.relative_end(text, u.cue.start, after_lo, after_hi)  # ", who said ..., resigned"
        # "X claimed ..., but Tom Ferris is unfazed": the narrator's clause after the reported one
        after_hi = ind.narrator_end(
            text, after_lo, after_hi, u.mention.text if u.mention is not None else None
        )
        # "condemned the raid and left the city": the object, not the narrator's second verb
        after_hi = object_end(text, u.cue, after_lo, after_hi)
        u.content = _as_clause(text, u, before_lo, se) or _clause(
            text,
            u,
            before_lo=before_lo,
            before_hi=before_hi,
            after_lo=after_lo,
            after_hi=after_hi,
            quotes=quotes,
            direct_opens=direct_opens,
            layer=layer,
        )
    # "The minister announced new measures, he said": the last speaker's clause holds the first
    widened = widen_postposed(text, ss, se, units, quotes)
    # shared region: "..., noting A, and B, he said" -> split at the last ", and "
    for k in range(1, len(units)):
        ua, ub = units[k - 1], units[k]
        if k in holds[k - 1] or widened:
            continue  # the outer clause holds the inner attribution and its clause
        if ua.content is not None and ub.content is not None and ua.content[1] > ub.content[0]:
            cut = text.rfind(", and ", ub.content[0], ua.content[1])
            if cut > ub.content[0]:
                ua.content = ind.clean(text, ua.content[0], cut)
                ub.content = ind.clean(text, cut + 6, ub.content[1])
            else:
                ua.content = None
    for u in units:
        if u.content is not None and ind.unsaid(text, ss, u.cue.start, u.content[0]):
            u.content = None  # "declined to say whether ..."
        if u.content is not None and cites_a_source(text, u.cue.lemma, *u.content):
            u.content = None  # "citing unnamed officials": who it came from, not what was said
        if u.content is not None and refused_to_speak(text, u.cue.lemma, *u.content):
            u.content = None  # "declined to comment": no words said
        if u.content is not None and u.content[1] - u.content[0] > MAX_CLAUSE:
            runtime.warn(f"reported clause longer than {MAX_CLAUSE:,} characters: not kept as a quote")
        elif u.content is not None:
            out.append(Raw("indirect", u.content[0], u.content[1], u))
    # ---- partial quotes
    for q in partial:
        if q.end <= q.start or not text[q.start : q.end].strip() or _name_or_term(text, q):
            continue
        holder = max(  # the innermost clause holding it (one attribution may be nested in another)
            (u for u in units if u.content and u.content[0] <= q.open and q.outer_end <= u.content[1] + 1),
            key=lambda u: u.content[0] if u.content else 0,
            default=None,
        )
        if holder is None:
            preceding = [u for u in units if u.cue.end <= q.open]
            following = [u for u in units if u.cue.start >= q.outer_end]
            holder = preceding[-1] if preceding else (following[0] if following else None)
            if (
                not preceding
                and holder is not None
                and _RELATIVE_AFTER.match(text, q.outer_end, holder.cue.start, KEEP_GIL)
            ):
                holder = None  # 'a law on "foreign agents", which critics say ...': a term, not theirs
            if not preceding and holder is not None and modifier_term(text, q, holder.cue.start):
                holder = None  # 'the "open door" policy, officials said': the writer's scare quotes
        if holder is not None:
            out.append(Raw("partial", q.start, q.end, holder))
    restore_direct(out, [q for q in partial if at_sentence_start(text, ss, q)])
    return out


_COLON_NEXT: Final = regex.compile(r"[ \t]*:")


_CONDITIONAL: Final = regex.compile(
    r"(?:if|unless)\s+(?:[\p{L}\p{N}'’\-]+,?\s+){1,10}?(?:"
    + "|".join(regex.escape(m) for m in lexicon.longest_first(MODALS) if m.isalpha() or m.startswith("'"))
    + r")(?![\p{L}])"
)
"""A condition, then the clause it governs: "if elected he would cut ..."."""


def _as_clause(text: str, u: Unit, start: int, end: int) -> Span | None:
    """'CLAUSE, as X reported.' (``as_attributions``)."""
    if not u.speaker_before or u.mention is None or u.took_direct_before or u.cue.lemma not in BEFORE_CUES:
        return None
    if saying(u.cue.text, u.mention.kind):
        return None  # "..., as they say.", "..., as the man says.": a saying, no one's report
    return as_clause(text, start, u.attr_start, u.attr_end, end, listener=u.cue.lemma in OBJECT_CUES)


def _said_after_intro(text: str, u: Unit, pos: int, end: int) -> bool:
    """Does an introductory phrase after a say-cue open the reported clause itself: a condition
    ("said if elected he would ...", not "couldn't yet say if prices would ...") or a short phrase
    before a pronoun subject ("said in farming it takes years")?"""
    if _CONDITIONAL.match(text, pos, end, KEEP_GIL) is not None:
        return not ind.unsaid(text, 0, u.cue.start, pos)
    return ind.pp_then_clause(text, pos, end)


def _two_word_subject(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a determiner or possessive and one lower-case noun ("This vote")?"""
    words = text[start:end].rstrip(", ").split()
    return (
        len(words) == 2
        and words[0][:1].isupper()
        and (words[0].lower() in DETERMINERS or words[0].lower() in POSSESSIVES)
        and words[1].isalpha()
        and words[1].islower()
    )


_PRONOUN_OBJECT: Final = regex.compile(
    r"\s+(?:this|so)"
    r"(?:\s+(?:as|because|when|about|in|on|at|after|before|while|if|for|of|with|again)(?![\p{L}])|\s*[,.;:!?]|\s*$)",
    regex.IGNORECASE,
)
"""A cue whose object is "this" or "so" closing the phrase: "I say this as ...", "said so in May":
the cue still attributes the quotation beside it, but reports no clause of its own."""
_RELATIVE_NEXT: Final = regex.compile(r",\s*(?:which|who|whose|where)\s", regex.IGNORECASE)
"""A relative clause about the source after "according to X": "..., according to X, which runs ..."."""
_WHO_NEXT: Final = regex.compile(r"(?:who|whose)\s", regex.IGNORECASE)
"""A relative clause right after an inverted speaker ("..., said X who leads ..."): about X, not said."""
_SPEAKER_PP: Final = regex.compile(r"\s*(?:from|of|with|at)\s", regex.IGNORECASE)
"""After "..., said X": ", from the committee," is about X, not a continuation of the clause."""
_ROLE_PHRASE: Final = regex.compile(
    r"\s*(?:an?\s+|the\s+)?(?P<head>(?:[\p{Ll}\-]+\s+){0,3}?[\p{Ll}\-]+)"
    r"(?=\s+(?:" + lexicon.alternation("speech", "prepositions after a role") + r")\s|\s*[,.;:!?)]|\s*$)"
)


def _role_apposition(text: str, start: int, end: int) -> bool:
    """After "..., said X": ", director of research at Y" (a role, then its body or nothing) is about
    X, not a continuation of the clause."""
    m = _ROLE_PHRASE.match(text, start, end, KEEP_GIL)
    if m is None:
        return False
    head = m.group("head").split()[-1]
    if not (can_speak_head(head) or can_speak_head(head.rsplit("-", 1)[-1])):
        return False  # (a hyphened title by its last part: "vice-president", "co-founder")
    comma = text.find(",", m.end(), end)  # "..., said X, head of Y, is that ...": the clause goes on
    return comma < 0 or not ind.continues(text, comma + 1, end)


def _clause(
    text: str,
    u: Unit,
    *,
    before_lo: int,
    before_hi: int,
    after_lo: int,
    after_hi: int,
    quotes: Sequence[QuoteSpan],
    direct_opens: set[int],
    layer: ClauseLayer | None = None,
) -> Span | None:
    lemma = u.cue.lemma
    if _PRONOUN_OBJECT.match(text, u.cue.end, min(len(text), u.cue.end + 30), KEEP_GIL):
        return None  # "I say this as ...", "he said this while ...": it points back, reports nothing
    if (lemma not in CLAUSE_CUES and lemma not in COMPLEMENT_CUES) or after_hi < after_lo:
        after_hi = after_lo
    pos = ind.skip_adjuncts(text, after_lo, after_hi, listener=lemma in OBJECT_CUES)
    if lemma in ind.ASKING_CUES:
        pos = ind.skip_asked(text, pos, after_hi)  # "asked the minister whether ..."
    that = ind.starts_with_that(text, pos, after_hi)
    if that is None and lemma in CLAUSE_CUES and not u.cue.according:
        that = (
            ind.find_that(text, pos, after_hi, words=8) if lemma in OBJECT_CUES or _prep(text, pos) else None
        )
    if that is None and lemma in CLAUSE_CUES and not u.cue.according:  # "said during a visit ... that"
        that = that_after_adjuncts(text, after_lo, after_hi, listener=lemma in OBJECT_CUES) or (
            that_after_adjuncts(text, pos, after_hi, listener=False) if pos > after_lo else None
        )  # (also after the adjuncts skipped: "said Wednesday at the start of a visit that")
    if that is not None and lemma in CLAUSE_CUES and not u.cue.according:  # "a poll that shows": relative
        return ind.clean(text, that, after_hi)
    if u.took_direct_after:
        return None
    # 'CLAUSE, X said.' / 'CLAUSE, according to X.' / 'CLAUSE, said X.'
    lead = text[before_lo : max(before_hi, u.attr_start)].rstrip()
    clause_after = (
        pos < after_hi
        and text[pos] not in ",:"
        and not u.cue.according
        and lemma in CLAUSE_CUES
        and not (u.inverted and _WHO_NEXT.match(text, pos, after_hi, KEEP_GIL) is not None)
        and (
            (
                not ind.intro_like(text, pos, after_hi)
                and (
                    (
                        lemma in SAY_CUES
                        and lemma not in OBJECT_CUES  # "told the court in a filing": a listener
                        and ind.starts_clause(text, pos, after_hi)
                    )
                    # (the cheaper test first: this one may ask for the sentence's parse)
                    or opens_clause(text, pos, after_hi, layer)
                )
            )
            or (lemma in SAY_CUES and _said_after_intro(text, u, pos, after_hi))
        )
    ) or colon_clause(text, u, pos, after_hi)
    if (
        (u.speaker_before or u.inverted or u.cue.according)
        and (lemma in BEFORE_CUES or u.cue.according)
        and not u.appositive
        and not u.took_direct_before
        and lead.endswith(",")
        and text[pos:after_hi].startswith(",")
        and _two_word_subject(text, before_lo, before_hi)
        and ind.continues(text, pos + 1, after_hi)
    ):
        # "This vote, she says, is different" / "The snag, according to X, is that ...": a short subject,
        # the attribution, then its verb
        return ind.clean(text, before_lo, after_hi)
    if (
        (u.speaker_before or u.inverted or u.cue.according)
        and (lemma in BEFORE_CUES or u.cue.according)
        and not u.appositive
        and not clause_after
        and (
            lead.endswith((",", ',"', ",”", ",'", ",’", ",''"))
            or u.commaless
            or (u.cue.according and ends_phrase(text, u.attr_end, after_hi))
            or (u.cue.according and source_relative(text, u.attr_end, after_hi))
        )
        and ind.has_words(text, before_lo, before_hi, 3)
        and not u.took_direct_before
        and before_lo != before_hi
        and not fronted_lead(text, before_lo, before_hi, pos, after_hi)
        # "In a statement, X said:": no clause before, the colon opens what follows
        and not (_COLON_NEXT.match(text, u.attr_end) and not ind.has_finite(text, before_lo, before_hi))
    ):
        starts_quoted = any(before_lo - 2 <= o <= before_lo + 2 for o in direct_opens)
        rest = text[pos:after_hi]
        if rest.startswith(",") and ind.intro_like(text, before_lo, before_hi):
            start = pos + 1
            if ind.has_words(text, start, after_hi, 3):
                return ind.clean(text, start, after_hi)
        if starts_quoted:
            return None
        if (
            rest.startswith(",")
            and not u.cue.according
            and not (u.inverted and _SPEAKER_PP.match(text, pos + 1, after_hi, KEEP_GIL))
            and not (u.inverted and _role_apposition(text, pos + 1, after_hi))
            and (
                ind.continues_after(text, u.attr_start, pos + 1, after_hi)
                or fronted_goes_on(text, before_lo, before_hi, pos + 1, after_hi, inverted=u.inverted)
            )
            and not ind.adjunct_after_clause(text, before_lo, before_hi, pos + 1, after_hi)
        ):
            # "What he found, he says, is that ...": the attribution sits inside one clause
            return ind.clean(text, before_lo, after_hi)
        if text[before_lo:before_hi].lstrip()[:1] in {'"', "“"} and not any(
            q.open >= before_lo for q in quotes
        ):
            return None
        if (
            u.cue.according
            and rest.startswith(",")
            and _RELATIVE_NEXT.match(text, pos, after_hi, KEEP_GIL) is None
            and not ind.has_words(text, before_lo, before_hi, 6)
            and ind.has_words(text, pos + 1, after_hi, 3)
        ):
            # "X then led, according to Y, the largest march": the source sits inside the clause
            return ind.clean(text, before_lo, after_hi)
        return ind.clean(text, before_lo, before_hi)
    if u.took_direct_before:
        return None
    if pos >= after_hi:
        return None
    if u.cue.according:
        begin = long_source_end(text, before_lo, before_hi, pos, after_hi)
        begin = pos + 1 if begin is None and text[pos] == "," else begin
        return ind.clean(text, begin, after_hi) if begin is not None else None
    if lemma not in CLAUSE_CUES and lemma not in COMPLEMENT_CUES:
        return None
    if text[pos] in ",:":
        start = pos + 1
        while start < after_hi and text[start].isspace():
            start += 1
        if opens_with_quote(text, start, after_hi) and start in direct_opens:
            return None
        if lemma in SAY_CUES and ind.has_words(text, start, after_hi, 4):
            return ind.clean(text, start, after_hi)
        if opens_clause(text, start, after_hi, layer):
            return ind.clean(text, start, after_hi)
        return None
    skip = _REGARDING.match(text, pos, after_hi, KEEP_GIL)
    if skip is not None and not ind.has_finite(text, pos, skip.end()):  # not "said about 20 people have ..."
        pos = skip.end()
    if any(q.open == pos and q.open in direct_opens for q in quotes):
        return None
    if (
        lemma in SAY_CUES
        and lemma not in {"report", "state", "write"}
        and ind.has_words(text, pos, after_hi, 3)
        and (lemma not in OBJECT_CUES or told_what(text, pos, after_hi))
    ):
        if (
            not ind.intro_like(text, pos, after_hi)
            or opens_clause(text, pos, after_hi, layer)
            or _said_after_intro(text, u, pos, after_hi)
        ):
            return ind.clean(text, pos, after_hi)
        return None
    if opens_clause(text, pos, after_hi, layer):
        if lemma not in CLAUSE_CUES:  # "called the sale illegal and has turned to the courts"
            return ind.clean(text, pos, _object_end(text, pos, after_hi))
        return ind.clean(text, pos, after_hi)
    if (
        u.parent is not None
        and not u.cue.participial
        and SUBJECT_START.match(text, pos, after_hi, KEEP_GIL)
        and ind.has_words(text, pos, after_hi, 3)
    ):
        return ind.clean(text, pos, after_hi)
    if (
        lemma in COMPLEMENT_CUES
        and (
            (u.mention is not None and u.parent is None and (u.speaker_before or u.inverted))
            or u.parent is not None
        )
        and not any(after_lo <= q.open < after_hi for q in quotes)
    ):
        # "X called for a ceasefire": the object is what was said, up to a second verb phrase of
        # the speaker's ("... and has begun its training")
        return ind.clean(text, pos, _object_end(text, pos, after_hi))
    return None


def _object_end(text: str, pos: int, end: int) -> int:
    vp = _COORDINATED_VP.search(text, pos, end, KEEP_GIL)
    return vp.start() if vp is not None else end


_COORDINATED_VP: Final = regex.compile(
    r",?\s+(?:and|but)\s+(?:"
    + lexicon.alternation("speech", "words opening a coordinated predicate")
    + r")(?![\p{L}])",
    regex.IGNORECASE,
)
"""A second verb phrase of the speaker after the object of a complement cue."""


_REGARDING: Final = regex.compile(
    r"(?:regarding|concerning|about|on|of|in\s+response\s+to|referring\s+to)\s[^,;:\"“”]{1,80}?,\s*",
    regex.IGNORECASE,
)
_PREP: Final = regex.compile(
    r"(?:to|on|in|at|during|after|before|with|from|by|late|early)\s", regex.IGNORECASE
)


def _prep(text: str, pos: int) -> bool:
    return _PREP.match(text, pos, pos + 10, KEEP_GIL) is not None


def _cue_start(cue: Cue) -> int:
    return cue.start

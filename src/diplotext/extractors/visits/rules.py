"""Rules of the ``visits`` plugin.

1. *Anchors*: words that say someone goes somewhere officially ("visit", "trip", "tour", "stop",
   "stay in", "arrived in", "take him to", "while in", "held talks in", "left X, ending ...",
   "visiting <title> <person>", "<host> received/hosted/welcomed <person>").
2. For each anchor: the *host* states (the places after "to/in/of/through" or right after a visit
   verb, a list of them for a tour; else "in <place>" just before the anchor) and the *visitor* (a
   possessive "Wen's visit", "a visit ... by <person>", the nearest person before the anchor, a
   quote speaker of the sentence, the visitor being talked about, or the person of the previous
   sentences) with the state the visitor stands for. A visit to one's own state is not a visit.
3. Anchors of one (visitor, host) make one case; sentences saying whom the visitor meets or met
   add to ``met``; "the visit"/"this visit" sentences add evidence to the case being talked about.
4. Per case: status (anchor cues, then the date against publication), start date, place (the
   most named city of the host state), ``first_in`` ("the first visit ... in ten years").
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable

import attrs
import regex

from diplotext.extractors.eventkit import (
    EventContext,
    Mention,
    Place,
    compare_to,
    confidence,
    date_value,
    merge_spans,
    place_kind,
    tokens_between,
)
from diplotext.lexicon import NUMBER_WORDS
from diplotext.model import Actor, Event, Span, TemporalExpression

__all__ = ["find_visits", "first_in"]

CODE = "042"
PLOVER = "CONSULT"

_F = regex.IGNORECASE | regex.VERBOSE

_ANCHOR = regex.compile(
    r"""\b(?:
      (?P<visiting>visiting)
    | (?P<visit>visit(?:s|ed)?|trips?|tour(?:s|ed|ing)?|journey|stopover|swing|legs?)
    | (?P<stop>stops?)
    | (?P<stay>stay(?:ing)?)
    | (?P<arrive>arriv(?:e|es|ed|ing)|land(?:s|ed|ing)?|flew|fl(?:y|ies|ying)|travel(?:s|led|ed|ling|ing)?|
                 head(?:s|ed|ing)?[ \t]+(?:to|for)|(?:leaves|left|leaving|departed|departs)[ \t]+for|
                 takes?[ \t]+(?:him|her|them)|took[ \t]+(?:him|her|them))
    | (?P<while>while[ \t]+in)
    | (?P<host>hosted|hosts|hosting|host|received|receives|welcomed|welcomes|greeted|greets)
    | (?P<talks>talks)
    | (?P<left>left|leaves|departed)
    )\b""",
    _F,
)
# words that say the anchor is not a trip of an official
_NOT_OFFICIAL = regex.compile(
    r"\b(?:tourists?|troops|soldiers|athletes?|players?|team|squad|fans|students|pilgrims|refugees|"
    r"migrants|visitors|travell?ers|holidaymakers|warships?|ships?|aircraft|inspectors|website|site|"
    r"hospital|patients?|relatives|family|boxer|boxing|legend|star|celebrit\w+|singer|band|footballer|"
    r"champion|artists?|musicians?|scientists?|investors|businessm[ae]n|executives?|officials|skaters?|"
    r"swimmers?|runners?|golfers?|cyclists?|tennis|"
    r"investigators|agents|police|experts|lawyers|journalists|reporters|citizens|nationals|people|"
    r"residents|workers|immigrants|expatriates|defectors?|asylum)\b",
    regex.IGNORECASE,
)
_NOT_VISIT_NOUN = regex.compile(
    r"[ \t]+(?:of[ \t]+duty|ban|bans|advisory|warnings?|agenc\w+|costs?)\b", regex.I
)
_STOP_NOUN = regex.compile(
    r"\b(?:a|an|the|his|her|its|their|first|last|earlier|final|next|brief|second|third|short)[ \t]+$",
    regex.IGNORECASE,
)
_PREP_END = regex.compile(r"\b(?:to|in|into|of|through|at)[ \t]+(?:the[ \t]+)?$", regex.IGNORECASE)
_ADJACENT = regex.compile(r"[ \t]+(?:the[ \t]+)?$", regex.IGNORECASE)
_IN_BEFORE = regex.compile(r"\bin[ \t]+(?:the[ \t]+)?$", regex.IGNORECASE)
_BREAK = regex.compile(r"[;:—–()\"“”]|\bwhich\b|\bbut\b|\bwhere\b|\bwhile\b|\bsaid\b", regex.IGNORECASE)
_LIST_SEP = regex.compile(
    r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]+as[ \t]+well[ \t]+as[ \t]+|[ \t]*&[ \t]*)"
    r"(?:the[ \t]+)?",
    regex.I,
)
_NEXT_WORD = regex.compile(r"[ \t]*(\S?)")
_TITLE_GAP = regex.compile(
    r"(?:[ \t]*,?[ \t]+(?:the|his|her|their|new|visiting|counterpart|\p{Lu}[\p{L}.'’\-]*))*[ \t]+"
)
_BY_GAP = regex.compile(
    r".{0,60}?\bby[ \t]+(?:the[ \t]+)?(?:(?:new|top|visiting|\p{Lu}[\p{L}.'’\-]*)[ \t]+)*", regex.S
)
_LEFT_END = regex.compile(r"\b(?:ending|concluding|wrapping[ \t]+up|winding[ \t]+up|after)\b", regex.I)
_SPEAKER_AFTER = regex.compile(r"[ \t]*,?[ \t]*(?:said|says|told|added|noted|stressed|announced)\b", regex.I)
_NON_OFFICIAL_ROLE = regex.compile(
    r"spokes|reporter|correspondent|analyst|expert|tourist|athlete|player|coach|student|lawyer|"
    r"singer|actor|actress|writer|author|scholar|professor|secretary[- ]general|boxer|artist|scientist|"
    r"businessman|executive|investor",
    regex.IGNORECASE,
)

_PLANNED = regex.compile(
    r"\b(?:will|shall|is[ \t]+to|are[ \t]+to|was[ \t]+to|were[ \t]+to|due|expected|scheduled|plans?|"
    r"planned|planning|set[ \t]+to|upcoming|impending|forthcoming|coming|proposed|would|next|"
    r"invit\w+|intends?|to[ \t]+(?:visit|pay|make|travel|tour|arrive|go))\b|['’]ll\b",
    regex.IGNORECASE,
)
_ONGOING = regex.compile(
    r"\b(?:is[ \t]+in|are[ \t]+in|is[ \t]+on|are[ \t]+on|now[ \t]+in|currently|midway|current|"
    r"is[ \t]+visiting|are[ \t]+visiting|arrived|arrives|arriving|started|starts|began|begins|"
    r"kicked[ \t]+off|is[ \t]+touring|here[ \t]+on|ongoing|under[ \t]?way)\b",
    regex.IGNORECASE,
)
_COMPLETED = regex.compile(
    r"\b(?:visited|paid|made|held|was|were|had|ended|concluded|wrapped[ \t]+up|left|returned|"
    r"earlier|previous|last|recent|recently|followed|completed|successful|became|toured|took)\b",
    regex.IGNORECASE,
)
_FINISHED = regex.compile(
    r"\b(?:ended|concluded|wrapped[ \t]+up|wound[ \t]+up|returned|completed)\b", regex.IGNORECASE
)
_BACK_HOME = regex.compile(r"[ \t]+(?:back|home)\b", regex.IGNORECASE)
_SCHEDULE_VERB = regex.compile(r"(?:flies|heads|leaves|departs|travels|lands)\b", regex.IGNORECASE)
_HERE_WORD = regex.compile(r"\bhere\b", regex.IGNORECASE)
_HERE = regex.compile(r"[ \t]+(?:\w+[ \t]+)?here\b", regex.IGNORECASE)
_FIRST_TO = regex.compile(r"\bfirst\b(?:[ \t]+\S+){0,5}?[ \t]+to[ \t]+\S*$", regex.IGNORECASE)
_MEET = regex.compile(
    r"\b(?:met|meet|meets|meeting|talks|talk|talked|discussions?|conferred|guest[ \t]+of|"
    r"invitation[ \t]+of|invited[ \t]+by|received[ \t]+by|hosted[ \t]+by|welcomed[ \t]+by|"
    r"greeted[ \t]+by|audience[ \t]+with|call(?:ed|s)?[ \t]+on|counterpart|conference[ \t]+with|"
    r"views[ \t]+with|told)\b",
    regex.IGNORECASE,
)
_NOT_MET_AFTER = regex.compile(
    r"[ \t]*,?[ \t]*(?:told[ \t]+(?:the[ \t]+press|reporters|journalists|a[ \t]+news|the[ \t]+\w+[ \t]+news)|"
    r"(?:['’]s[ \t]+)?(?:death|murder|killing|assassination|poisoning|case|affair)\b)",
    regex.IGNORECASE,
)
_SPOKE_AFTER = regex.compile(
    r"[ \t]*,?[ \t]*(?:said|says|announced|added|noted|stressed|stated|reported)\b", regex.IGNORECASE
)
_STRONG_MEET = regex.compile(
    r"\b(?:met|meet|meets|meeting|talks[ \t]+with|held[ \t]+talks|hold[ \t]+talks|discussions[ \t]+with|"
    r"guest[ \t]+of|invitation[ \t]+of|received[ \t]+by|hosted[ \t]+by|audience[ \t]+with)\b",
    regex.IGNORECASE,
)
_THE_VISIT = regex.compile(
    r"\b(?:the|this|that|his|her|their)[ \t]+(?:\w+[ \t]+){0,2}?(?:visits?|trip|tour)\b", regex.IGNORECASE
)
_FIRST_LEG = regex.compile(
    r"\bfirst[ \t]+(?:take|takes|took|stop|leg|go|goes|travel|head|heads|visit|visits|fly|flies)\b|"
    r"\bfirst[ \t]+(?:stop|leg)\b|\b(?:begin|begins|began|start|starts|started)\b",
    regex.IGNORECASE,
)
_FIRST_IN = regex.compile(
    r"\bfirst\b.{0,160}?\b(?:in|for|over|during)[ \t]+(?:the[ \t]+)?(?:(?:past|last|previous)[ \t]+)?"
    r"(?:(?:more[ \t]+than|almost|nearly|over|some|about)[ \t]+)?"
    r"(?P<n>\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|half[ \t]+a)[ \t-]+"
    r"(?P<unit>years?|decades?|months?)\b",
    regex.IGNORECASE | regex.DOTALL,
)
_VISIT_WORD = regex.compile(r"\b(?:visit\w*|trip|tour|travel\w*|stop)\b", regex.IGNORECASE)


@attrs.define
class _Anchor:
    sentence: int
    start: int
    end: int
    status: str | None
    hosts: list[Place]
    first_leg: bool = False
    here: bool = False


@attrs.define
class _Case:
    visitor: Actor
    state: str
    host: str
    order: int
    anchors: list[_Anchor] = attrs.field(factory=list)
    evidence: set[Span] = attrs.field(factory=set)
    met: list[str] = attrs.field(factory=list)
    fallback: bool = True


def _sort_key(value: str) -> tuple[int, int, int]:
    year, month, day = date_value(value) or (0, None, None)
    return year, month or 13, day or 32


def first_in(text: str, dates: Iterable[TemporalExpression] = ()) -> str | None:
    """``"P6Y"`` for "the first visit ... in six years" (a DURATION from ``dates`` when it has
    one there), else ``None``."""
    m = _FIRST_IN.search(text)
    if not m or not _VISIT_WORD.search(text, max(0, m.start() - 60), m.end()):
        return None
    for d in dates:
        if d.type == "DURATION" and regex.fullmatch(r"P\d+[YM]", d.value or ""):
            return d.value
    word = m.group("n").lower()
    if word.startswith("half"):
        return "P6M"
    n = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
    if n is None:
        return None
    unit = m.group("unit").lower()
    if unit.startswith("decade"):
        return f"P{n * 10}Y"
    return f"P{n}M" if unit.startswith("month") else f"P{n}Y"


class _Finder:
    def __init__(self, ctx: EventContext) -> None:
        self.ctx = ctx
        self.text = ctx.text
        self.cases: dict[tuple[str, str], _Case] = {}
        self.current: _Case | None = None
        self.known: dict[str, str] = {}
        self.unknown: set[tuple[str, int | None, frozenset[str]]] = set()
        self._starts: list[tuple[int, _Case]] = []
        self._start_keys: list[int] = []
        self.guessed: set[str] = set()

    # ------------------------------------------------------------------ people
    def country(self, actor: Actor, idx: int | None = None, hosts: Iterable[str] = ()) -> str | None:
        """The state the person stands for: from ``actors``, else a demonym in the title before a
        mention, else a role phrase in sentence ``idx`` ("the first British foreign secretary"),
        else (for a person named more than once) the state the article names most, bar the hosts."""
        if actor.id in self.known:
            return self.known[actor.id]
        code = self.ctx.actor_country(actor)
        miss = (actor.id, idx, frozenset(hosts))
        if code is None and idx is not None and miss not in self.unknown:
            self.unknown.add(miss)
            code = self.ctx.role_state(*self.ctx.sentences[idx], exclude=hosts)
            for other in self.ctx.sentences_of(actor):
                if code is not None:
                    break
                code = self.ctx.role_state(*self.ctx.sentences[other], exclude=hosts)
            if code is None and len(actor.mentions) > 1:
                code = self.ctx.dominant_state(exclude=hosts, near=actor)
                if code is not None:
                    self.guessed.add(actor.id)
        if code is not None and idx is not None:
            self.known[actor.id] = code
        return code

    def official(self, actor: Actor) -> bool:
        return not _NON_OFFICIAL_ROLE.search(" ".join(actor.roles))

    def usable(self, m: Mention, hosts: set[str], idx: int | None = None) -> bool:
        code = self.country(m.actor, idx, hosts)
        return code is not None and code not in hosts and self.official(m.actor)

    def said_after(self, m: Mention) -> bool:
        return bool(_SPEAKER_AFTER.match(self.text, m.end, min(len(self.text), m.end + 20)))

    def visitors(
        self, idx: int, start: int, end: int, hosts: set[str], context: bool = True
    ) -> tuple[list[Actor], bool]:
        """The visitor(s) of the anchor at ``[start, end)`` in sentence ``idx``; the flag says
        whether they were found in the sentence itself (not by a fallback)."""
        ctx = self.ctx
        s0, s1 = ctx.sentences[idx]
        before = ctx.persons_in(max(s0, start - 80), start)
        # "Wen's visit", "Klaus and Paroubek's visits", "his visit"
        for m in reversed(before):
            gap = self.text[m.end : start]
            if regex.match(r"['’]s?\b", gap) and tokens_between(gap, 0, len(gap)) <= 4:
                if not self.usable(m, hosts, idx):
                    break
                found = [m.actor]
                prev = [p for p in before if p.end <= m.start]
                if (
                    prev
                    and regex.fullmatch(
                        r"[ \t]*(?:,|and)[ \t]+(?:\p{Lu}[\p{L}.'’\-]*[ \t]+)*",
                        self.text[prev[-1].end : m.start],
                    )
                    and self.usable(prev[-1], hosts, idx)
                ):
                    found.insert(0, prev[-1].actor)
                return found, True
            if (
                self.text[m.start : m.end].lower() in ("his", "her", "their")
                and tokens_between(gap, 0, len(gap)) <= 3
                and self.usable(m, hosts, idx)
            ):
                return [m.actor], True
            break
        # "a visit to Thailand by the Polish Premier W. C."
        for m in ctx.persons_in(end, min(s1, end + 120)):
            if _BY_GAP.fullmatch(self.text, end, m.start) and self.usable(m, hosts, idx):
                return [m.actor], True
            break
        # the nearest person before the anchor (not a speaker when another is there)
        plain = [
            m for m in reversed(ctx.persons_in(max(s0, start - 250), start)) if self.usable(m, hosts, idx)
        ]
        for m in plain:
            if not self.said_after(m):
                return [m.actor], True
        for q in ctx.quotes_in(s0, s1):
            actor = ctx.by_id.get(q.speaker_id or "")
            if actor is not None and actor.kind == "person":
                m = Mention(q.start, q.end, actor)
                if self.usable(m, hosts, idx):
                    return [actor], True
        if plain:
            return [plain[0].actor], True
        if not context or self.blocked(before):
            return [], False
        if self.current is not None and self.current.state not in hosts:
            return [self.current.visitor], False
        for back in range(idx - 1, max(-1, idx - 3), -1):
            b0, b1 = ctx.sentences[back]
            for m in reversed(ctx.persons_in(b0, b1)):
                if not ctx.is_pronoun(m) and self.usable(m, hosts, back):
                    return [m.actor], False
        return [], False

    def blocked(self, before: list[Mention]) -> bool:
        """A named non-official (not a speaker) right before the anchor is its subject: "Sytenko, a
        former UN official, is expected to visit ..." is nobody else's visit."""
        for m in reversed(before):
            if self.ctx.is_pronoun(m) or self.said_after(m):
                continue
            return not self.official(m.actor)
        return False

    def not_official_subject(self, s0: int, start: int) -> bool:
        """ "Chinese tourists visited ...", "boxing legend X arrived ...": the traveller is no official."""
        last = None
        for m in _NOT_OFFICIAL.finditer(self.text, max(s0, start - 50), start):
            last = m
        return last is not None and tokens_between(self.text, last.end(), start) <= 3

    def group_subject(self, s0: int, start: int) -> bool:
        """ "Pakistanis visiting India", "Chinese nationals travel to ...": a people, not an official."""
        for p in self.ctx.places_in(max(s0, start - 30), start):
            name = p.name.rstrip()
            if p.kind == "demonym" and name.endswith("s") and not name.endswith("ss"):
                return tokens_between(self.text, p.end, start) <= 2
        return False

    # ------------------------------------------------------------------ hosts
    def host_use(self, p: Place) -> bool:
        """Is the place used as a place (not "US President", "Shaanxi Province")?"""
        m = _NEXT_WORD.match(self.text, p.end)
        nxt = m.group(1) if m else ""
        if nxt and nxt.isupper() and nxt.isalpha():
            return False
        if p.kind == "demonym":
            return (
                not nxt
                or not nxt.isalpha()
                or bool(
                    regex.match(
                        r"[ \t]*(?:will|is|was|on|in|from|for|to|would|has|had|at|this|last|next)\b",
                        self.text[p.end : p.end + 12],
                    )
                )
            )
        return True

    def hosts_after(self, start: int, end: int, max_gap: int, s1: int) -> list[Place]:
        places = self.ctx.places_in(end, min(s1, end + 160))
        out: list[Place] = []
        for p in places:
            if not out:
                gap = self.text[end : p.start]
                if _BREAK.search(gap) or tokens_between(gap, 0, len(gap)) > max_gap:
                    return []
                if not (_PREP_END.search(gap) or (max_gap >= 1 and _ADJACENT.fullmatch(gap))):
                    continue
                if self.host_use(p):
                    out.append(p)
                    continue
                return []
            if _LIST_SEP.fullmatch(self.text, out[-1].end, p.start) and self.host_use(p):
                out.append(p)
            else:
                break
        return [p for p in out if p.kind != "demonym" or self.host_use(p)]

    def hosts_before(self, start: int, s0: int) -> list[Place]:
        for p in reversed(self.ctx.places_in(max(s0, start - 70), start)):
            gap = self.text[p.end : start]
            if tokens_between(gap, 0, len(gap)) > 6 or _BREAK.search(gap):
                return []
            if p.kind not in ("city", "country", "seat"):
                return []
            prep = _IN_BEFORE.search(self.text, max(s0, p.start - 8), p.start)
            if prep is None:
                return []
            # "In Xi'an, he paid a visit ...": a comma only after a sentence-initial "In <place>"
            if "," in gap and self.text[s0 : prep.start()].strip():
                return []
            return [p]
        return []

    # ------------------------------------------------------------------ status
    def status(self, start: int, end: int, s0: int, s1: int) -> str | None:
        window = self.text[max(s0, start - 70) : start]
        best: tuple[int, str] | None = None
        for pattern, status in ((_PLANNED, "planned"), (_ONGOING, "ongoing"), (_COMPLETED, "completed")):
            for m in pattern.finditer(window):
                if status == "planned" and _FIRST_TO.search(window, 0, m.end()):
                    continue
                if best is None or m.end() > best[0]:
                    best = (m.end(), status)
        if best is not None:
            if best[1] == "completed" and _FINISHED.search(window):
                return "finished"
            return best[1]
        after = self.text[end : min(s1, end + 25)]
        for pattern, status in ((_PLANNED, "planned"), (_ONGOING, "ongoing"), (_COMPLETED, "completed")):
            if pattern.search(after):
                return status
        return None

    # ------------------------------------------------------------------ anchors
    def add(self, visitor: Actor, host: str, anchor: _Anchor, in_sentence: bool) -> None:
        state = self.country(visitor)
        if state is None or state == host:
            return
        key = (visitor.name, host)
        case = self.cases.get(key)
        if case is None:
            case = self.cases[key] = _Case(visitor, state, host, anchor.start)
        case.anchors.append(anchor)
        case.evidence.add(self.ctx.sentences[anchor.sentence])
        case.fallback = case.fallback and not in_sentence
        self.current = case

    def scan(self) -> None:
        ctx = self.ctx
        for idx, (s0, s1) in enumerate(ctx.sentences):
            touched = False
            for m in _ANCHOR.finditer(self.text, s0, s1):
                kind = m.lastgroup or ""
                start, end = m.span()
                if self.not_official_subject(s0, start) or self.group_subject(s0, start):
                    continue
                if kind == "visiting":
                    touched |= self.visiting(idx, start, end)
                    continue
                if kind == "host":
                    touched |= self.hosting(idx, start, end)
                    continue
                touched |= self.anchor(idx, kind, start, end)
            if not touched and self.current is not None and _THE_VISIT.search(self.text, s0, s1):
                self.current.evidence.add((s0, s1))

    def anchor(self, idx: int, kind: str, start: int, end: int) -> bool:
        ctx = self.ctx
        s0, s1 = ctx.sentences[idx]
        if kind == "visit" and _NOT_VISIT_NOUN.match(self.text, end):
            return False
        if kind == "stop" and not _STOP_NOUN.search(self.text, max(s0, start - 12), start):
            return False
        if kind == "left" and not _LEFT_END.search(self.text, end, s1):
            return False
        if kind == "stay" and not regex.match(r"[ \t]+in\b", self.text[end : end + 5]):
            return False
        if kind == "talks" and not (
            regex.match(r"[ \t]+in\b", self.text[end : end + 5])
            and regex.search(
                r"\b(?:held|hold|holds|holding)[ \t]+(?:\w+[ \t]+)?$", self.text[max(s0, start - 20) : start]
            )
        ):
            return False
        if kind == "arrive" and _BACK_HOME.match(self.text, end, min(s1, end + 6)):
            return False
        max_gap = {"visit": 8, "stop": 4, "stay": 2, "arrive": 3, "while": 1, "talks": 1, "left": 1}.get(
            kind, 3
        )
        hosts = self.hosts_after(start, end, max_gap, s1)
        if kind == "left" or (kind == "arrive" and self.text[end - 3 : end].lower() in ("for", " to")):
            # "left Beijing, ending ...", "heads for Tokyo" (not "heading for victory in ...")
            hosts = [p for p in hosts if _ADJACENT.fullmatch(self.text, end, p.start)]
        if not hosts and kind in ("visit", "stop"):
            hosts = self.hosts_before(start, s0)
        here = False
        # "arrived here Tuesday": the dateline's place ("ANKARA, April 8 --")
        if (
            not hosts
            and kind == "arrive"
            and ctx.dateline_code
            and _HERE.match(self.text, end, min(s1, end + 14))
        ):
            hosts = [Place(end, end, ctx.dateline_code, "city", ctx.article.dateline or "")]
            here = True
        if not hosts:
            return False
        codes = {p.code for p in hosts}
        visitors, in_sentence = self.visitors(
            idx, start, end, codes, context=kind in ("visit", "stop", "while", "stay")
        )
        if not visitors:
            return False
        if kind == "left":
            status: str | None = "completed"
        else:
            status = self.status(start, end, s0, s1)
            if kind in ("arrive", "while") and status is None:
                # "flies to Lima on Sunday", "heads for Tokyo": news present of a schedule
                status = "planned" if _SCHEDULE_VERB.match(self.text, start, end) else "ongoing"
        first_leg = len(codes) == 1 and bool(
            _FIRST_LEG.search(self.text, max(s0, start - 30), hosts[0].start)
        )
        anchor = _Anchor(idx, start, end, status, hosts, first_leg, here)
        seen: set[str] = set()
        for p in hosts:
            if p.code in seen:
                continue
            seen.add(p.code)
            for visitor in visitors:
                self.add(visitor, p.code, anchor, in_sentence)
        return True

    def visiting(self, idx: int, start: int, end: int) -> bool:
        """ "visiting US President George W. Bush": the person after is the visitor."""
        ctx = self.ctx
        s0, s1 = ctx.sentences[idx]
        after = ctx.persons_in(end, min(s1, end + 90))
        if not after or not _TITLE_GAP.fullmatch(self.text, end, after[0].start):
            # "is visiting Japan": a verb
            return self.anchor(idx, "visit", start, end)
        visitor = after[0].actor
        state = self.country(visitor)
        if state is None or not self.official(visitor):
            return False
        host = None
        for p in ctx.places_in(max(s0, start - 200), min(s1, end + 200)):
            if p.code != state and p.kind in ("city", "country", "seat") and self.host_use(p):
                host = p.code
                break
        if host is None:
            for m in ctx.persons_in(max(s0, start - 200), min(s1, end + 200)):
                code = self.ctx.actor_country(m.actor)
                if m.actor.id != visitor.id and code and code != state:
                    host = code
                    break
        if host is None and ctx.dateline_code and ctx.dateline_code != state:
            host = ctx.dateline_code
        if host is None:
            return False
        self.add(visitor, host, _Anchor(idx, start, end, "ongoing", []), True)
        return True

    def hosting(self, idx: int, start: int, end: int) -> bool:
        """ "Putin hosted/received/welcomed <person> (to the Kremlin)"."""
        ctx = self.ctx
        s0, s1 = ctx.sentences[idx]
        after = ctx.persons_in(end, min(s1, end + 90))
        if not after or not _TITLE_GAP.fullmatch(self.text, end, after[0].start):
            return False
        visitor = after[0].actor
        state = self.country(visitor)
        if state is None or not self.official(visitor):
            return False
        host_person = None
        host = None
        for m in reversed(ctx.persons_in(max(s0, start - 200), start)):
            code = self.ctx.actor_country(m.actor)
            if code and code != state:
                host_person, host = m.actor, code
                break
        if host is None:
            for p in ctx.places_in(max(s0, start - 200), min(s1, end + 200)):
                if p.code != state and p.kind in ("city", "seat", "country") and self.host_use(p):
                    host = p.code
                    break
        if host is None and ctx.dateline_code and ctx.dateline_code != state:
            host = ctx.dateline_code
        if host is None:
            return False
        status = self.status(start, end, s0, s1)
        if status is None or status == "ongoing":
            status = "completed" if self.text[start:end].lower().endswith("ed") else status
        self.add(visitor, host, _Anchor(idx, start, end, status, []), True)
        case = self.cases.get((visitor.name, host))
        if case is not None and host_person is not None and host_person.name not in case.met:
            case.met.append(host_person.name)
        return True

    # ------------------------------------------------------------------ met
    def meetings(self) -> None:
        """Add whom each visitor meets, from the sentences with a meeting cue."""
        ctx = self.ctx
        if not self.cases:
            return
        by_sentence: dict[int, list[_Case]] = {}
        ongoing: set[tuple[int, str]] = set()  # (sentence, visitor id) with an ongoing anchor
        starts: list[tuple[int, _Case]] = []
        for case in self.cases.values():
            for a in case.anchors:
                here_cases = by_sentence.setdefault(a.sentence, [])
                if case not in here_cases:
                    here_cases.append(case)
                if a.status == "ongoing":
                    ongoing.add((a.sentence, case.visitor.id))
                starts.append((a.start, case))
        starts.sort(key=lambda t: t[0])
        self._starts = starts
        self._start_keys = [t[0] for t in starts]
        ordered = sorted(self.cases.values(), key=lambda c: c.order)
        for idx, (s0, s1) in enumerate(ctx.sentences):
            cue = _MEET.search(self.text, s0, s1)
            if cue is None:
                continue
            strong = _STRONG_MEET.search(self.text, s0, s1)
            persons = [m for m in ctx.persons_in(s0, s1) if not ctx.is_pronoun(m)]
            if not persons:
                continue
            named = {m.actor.id for m in ctx.persons_in(s0, s1)}
            here = by_sentence.get(idx, [])
            visiting_here = {(c.visitor.id, c.host) for c in here}
            targets: list[_Case] = list(here)
            if not targets:
                targets = [c for c in ordered if c.visitor.id in named]
            if not targets:
                latest = self.latest_before(s0)
                targets = [c for c in ordered if c.visitor.id == latest.visitor.id]
            by_visitor: dict[str, list[_Case]] = {}
            for c in targets:
                by_visitor.setdefault(c.visitor.id, []).append(c)
            for cases in by_visitor.values():
                visitor = cases[0].visitor
                mentioned = visitor.id in named
                last_known: str | None = None
                fallback: _Case | None = None
                for m in persons:
                    person = m.actor
                    if person.id == visitor.id or not self.meets(m, cue.start(), s1):
                        continue
                    code = self.ctx.actor_country(person)
                    if code == cases[0].state:
                        continue
                    if (person.id, cases[0].state) in visiting_here and (idx, visitor.id) not in ongoing:
                        continue
                    if code is None:
                        if strong is None or strong.start() >= m.start or m.start - strong.end() > 600:
                            continue
                        code = last_known
                    else:
                        last_known = code
                    match = [c for c in cases if c.host == code]
                    if match:
                        target = match[0]
                    elif (code is not None and not (strong and mentioned)) or (
                        code is None and not (strong or here)
                    ):
                        continue
                    else:
                        fallback = fallback or self.nearest(cases, s0)
                        target = fallback
                    if person.name not in target.met:
                        target.met.append(person.name)
                    target.evidence.add((s0, s1))

    def meets(self, m: Mention, first_cue: int, s1: int) -> bool:
        """Is the person one met: after or near the sentence's first meeting cue, not a speaker,
        spokesperson or victim?"""
        if not self.official(m.actor):
            return False
        after = self.text[m.end : min(s1, m.end + 40)]
        if _NOT_MET_AFTER.match(after):
            return False
        if self.ctx.actor_country(m.actor) is None and _SPOKE_AFTER.match(after):
            return False
        return first_cue < m.end + 90

    def latest_before(self, pos: int) -> _Case:
        """The case with the nearest anchor before ``pos`` (the one being talked about)."""
        i = bisect.bisect_right(self._start_keys, pos) - 1
        return self._starts[max(0, i)][1]

    def nearest(self, cases: list[_Case], pos: int) -> _Case:
        """Of one visitor's cases, the one with the nearest anchor before ``pos`` (else the first)."""
        wanted = {id(c) for c in cases}
        i = bisect.bisect_right(self._start_keys, pos) - 1
        while i >= 0:
            case = self._starts[i][1]
            if id(case) in wanted:
                return case
            i -= 1
        return cases[0]

    # ------------------------------------------------------------------ per case
    def finish(self, case: _Case) -> Event:
        ctx = self.ctx
        statuses = [a.status for a in case.anchors if a.status]
        date = self.date(case, statuses)
        status = self.combine(statuses, date)
        if date is not None and status is not None:
            date = self.date(case, [status]) or date
        place = self.place(case)
        fi = None
        for idx in sorted({a.sentence for a in case.anchors}):
            s0, s1 = ctx.sentences[idx]
            fi = first_in(self.text[s0:s1], ctx.dates_in(s0, s1))
            if fi:
                break
        in_sentence = not case.fallback
        base = 0.85 if in_sentence else 0.7
        penalties = (
            int(status is None)
            + int(date is None and status != "completed")
            + int(case.visitor.id in self.guessed)
        )
        return Event(
            type="visit",
            code=CODE,
            date=date,
            place=place,
            roles={
                "visitor": case.visitor.name,
                "visitor_state": case.state,
                "host_state": case.host,
                "met": list(case.met),
            },
            attributes={
                "status": status or "completed",
                "first_in": fi,
                "plover": PLOVER,
                "plover_mode": "visit",
            },
            evidence=merge_spans(case.evidence),
            confidence=confidence(base, evidence=len(case.evidence), penalties=penalties),
        )

    def combine(self, statuses: list[str], date: str | None) -> str | None:
        published = self.ctx.published
        when = compare_to(date, published) if date else None
        if when == 1:
            return "planned"
        if "finished" in statuses:
            return "completed"
        if "ongoing" in statuses:
            return "ongoing"
        planned = statuses.count("planned")
        completed = statuses.count("completed")
        if planned and planned >= completed:
            return "completed" if when == -1 and completed else "planned"
        if completed:
            return "completed"
        if when == -1:
            return "completed"
        return None

    def date(self, case: _Case, statuses: list[str]) -> str | None:
        ctx = self.ctx
        published = ctx.published
        statuses = ["completed" if s == "finished" else s for s in statuses]
        want = "planned" if "planned" in statuses and "ongoing" not in statuses else None
        if statuses and all(s in ("ongoing", "completed") for s in statuses):
            want = "past"

        def fits(value: str) -> bool:
            when = compare_to(value, published)
            if when is None or want is None:
                return True
            return when >= 0 if want == "planned" else when <= 0

        def pick(values: list[str]) -> str | None:
            good = [v for v in values if date_value(v) and fits(v)]
            return min(good, key=_sort_key) if good else None

        local: list[str] = []
        tour: list[str] = []
        first_leg = any(a.first_leg for a in case.anchors)
        for a in case.anchors:
            span = ctx.sentences[a.sentence]
            host_end = max((p.end for p in a.hosts), default=a.end)
            for d in ctx.dates_in(max(span[0], a.start - 40), min(span[1], host_end + 40)):
                if d.type not in ("DATE", "TIME") or ctx.is_reporting_date(d, span):
                    continue
                value = d.value[:10]
                if len({p.code for p in a.hosts}) > 1:
                    tour.append(value if first_leg else value[:7])
                else:
                    local.append(value)
        for values in (local, tour):
            got = pick(values)
            if got:
                return got
        others: list[str] = []
        for span in case.evidence:
            for d in ctx.dates_in(*span):
                if d.type in ("DATE", "TIME") and not ctx.is_reporting_date(d, span):
                    others.append(d.value[:10])
        oldest = published.year - 1 if published is not None else 0
        got = pick([v for v in others if (date_value(v) or (0, None, None))[0] >= oldest])
        if got:
            return got
        if published is not None and want != "planned":
            first = min(a.sentence for a in case.anchors)
            if "ongoing" in statuses or first <= 2:
                return published.isoformat()
        return None

    def place(self, case: _Case) -> str | None:
        ctx = self.ctx
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for span in case.evidence:
            for p in ctx.places_in(*span):
                if p.kind == "city" and p.code == case.host:
                    name = p.name[4:] if p.name.startswith("the ") else p.name
                    counts[name] += 1
                    first.setdefault(name, p.start)
        if not counts:
            dateline = ctx.article.dateline
            here = any(a.here for a in case.anchors) or any(
                _HERE_WORD.search(self.text, *ctx.sentences[i]) for i in {a.sentence for a in case.anchors}
            )
            if dateline and here and place_kind(dateline) == (case.host, "city"):
                return dateline.strip().title()
            return None
        return max(counts, key=lambda n: (counts[n], -first[n]))


def find_visits(ctx: EventContext) -> list[Event]:
    """Every visit the article describes, one event per (visitor, host state)."""
    finder = _Finder(ctx)
    finder.scan()
    finder.meetings()
    return [finder.finish(c) for c in sorted(finder.cases.values(), key=lambda c: c.order)]

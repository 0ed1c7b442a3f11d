"""Rules of the ``extradition`` plugin.

1. *Trigger* sentences speak of surrendering a person: "extradite", "extradition", "hand over",
   "surrender", "red notice", "transferred to The Hague".
2. The *suspect* is the person the trigger governs ("extradite Scotland Yard's chief suspect,
   Andrei Lugovoi", "a red notice for ... Donald Trump", "Zlatko Aleksovski, extradited to ..."),
   or a person called "suspect"; one case per suspect. Trigger sentences that name nobody ("Russia
   will not hand over the suspect") are evidence of the case nearest before them.
3. States by their place in the sentence: the destination ("to Britain", "to The Hague") and the
   subject of "request/demand/seek/issue a warrant" ask; the subject of "refuse/extradite/hand
   over", "by Croatia", "from Spain" and the owner of the constitution that bars it are asked. The
   suspect's own state stands in for the requested state when nothing else says it.
4. Status is the latest act: completed > refused > granted > pending > requested; grounds are read
   from the case's sentences when it is a refusal; the date is the one told of that act.
"""

from __future__ import annotations

import bisect
from collections import Counter

import attrs
import regex

from diplotext.extractors.eventkit import (
    EventContext,
    Mention,
    compare_to,
    confidence,
    date_value,
    merge_spans,
    tokens_between,
)
from diplotext.model import Actor, Event, Span

__all__ = ["CODES", "find_disputes"]

CODES: dict[str, tuple[str, str]] = {
    "requested": ("0213", "REQUEST"),
    "demanded": ("1013", "REQUEST"),
    "pending": ("0213", "REQUEST"),
    "granted": ("0313", "AGREE"),
    "completed": ("063", "COOPERATE"),
    "refused": ("121", "REJECT"),
}
"""Status -> (CAMEO code, PLOVER type); "demanded" is a request made as a demand."""

_I = regex.IGNORECASE
_TRIGGER = regex.compile(
    r"\b(?:extradit\w*|hand(?:s|ed|ing)?[ \t]+(?:\w+[ \t]+){0,3}?over|handover|surrender(?:s|ed|ing)?|"
    r"red[ \t]+notices?|transferr?(?:ed|ing)[ \t]+to[ \t]+(?:the[ \t]+)?Hague|"
    r"sent[ \t]+to[ \t]+(?:the[ \t]+)?Hague)\b",
    _I,
)
_SUSPECT_GAP = regex.compile(
    r"(?:[ \t]*,?[ \t]+(?:the|his|her|a|an|of|former|ex|chief|prime|main|key|alleged|suspected|suspect|"
    r"fugitive|businessman|tycoon|president|general|officer|spy|agent|dissident|rebel|leader|commander|"
    r"militant|national|citizen|accused|wanted|man|woman|warlord|\p{Lu}[\p{L}.'’\-]*|\w+['’]s|"
    # any other descriptive word ("trader", "ex-banker", "Russian-born"), but not a function word
    r"(?!(?:to|from|in|on|at|by|for|with|and|or|but|that|if|as|over|after|before|because|since|"
    r"into|than|then|who|which|when|while|him|her|them|it|us)\b)\p{Ll}[\p{L}\-]*)){0,6}[ \t,]+"
)
_SUSPECT_AFTER = regex.compile(
    r"[ \t]*,?[ \t]*(?:(?:who[ \t]+)?(?:was|is|has[ \t]+been|had[ \t]+been|being)[ \t]+)?"
    r"(?:extradit\w*|wanted|faces[ \t]+extradition|fighting[ \t]+extradition|to[ \t]+be[ \t]+extradited)|"
    r"[ \t]*,?[ \t]*(?:who[ \t]+)?(?:was|were|has[ \t]+been|had[ \t]+been|being|be|to[ \t]+be)[ \t]+"
    r"(?:handed[ \t]+over|surrendered|transferr?ed)",
    _I,
)
_STRONG_TRIGGER = regex.compile(r"\bextradit|\bred[ \t]+notice|\bHague\b", _I)
_STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "to",
        "of",
        "against",
        "with",
        "and",
        "on",
        "his",
        "her",
        "their",
        "its",
        "all",
        "these",
        "those",
        "new",
        "any",
        "such",
        "same",
    ]
)
_OF_GAP = regex.compile(r"[ \t]+(?:of|for|against)[ \t]+[\w \t.'’\-]{0,40}")
_POSSESSOR = regex.compile(r"['’]s?(?:[ \t]+\w+)?[ \t]+", _I)
_ADJ_GAP = regex.compile(r"(?:[ \t]+\w+)?[ \t]+")
_WHOM = regex.compile(r"[ \t]*,?[ \t]*whom\b", _I)
_SUSPECT_WORD = regex.compile(r"\bsuspects?[ \t]*,?[ \t]+$", _I)
_REQUEST_VERB = regex.compile(
    r"[\w \t,'’.\-]{0,60}?\b(?:request\w*|demand\w*|sought|seek\w*|ask\w*|want\w*|issu\w*|appl\w*|"
    r"filed|call\w*[ \t]+for|press\w*[ \t]+for)\b",
    _I,
)
_REQUESTED_VERB = regex.compile(
    r"[ \t]*(?:has|had|have|will|would|could|should|must|did|does|is|was|to)?[ \t]*(?:not[ \t]+|never[ \t]+)?"
    r"(?:refus\w*|reject\w*|den(?:y|ies|ied)|declin\w*|extradit\w*|hand\w*|surrender\w*|agreed|"
    r"won['’]t|bans?|bars?|forb\w+|prohibit\w*)\b",
    _I,
)
_AGENCIES: dict[str, str] = {
    "scotland yard": "GBR",
    "metropolitan police": "GBR",
    "crown prosecution service": "GBR",
    "fbi": "USA",
    "justice department": "USA",
    "department of justice": "USA",
    "bka": "DEU",
    "fsb": "RUS",
    "interpol washington": "USA",
}
"""Police and prosecution agencies that stand for their state as the party seeking a suspect."""
_AGENCY = regex.compile(r"\b(?:" + "|".join(regex.escape(k) for k in _AGENCIES) + r")\b", _I)
_OWNER = regex.compile(
    r"(?:[ \t]+\p{Lu}\w*)?['’]s[ \t]+(?:\w+[ \t]+){0,2}?(?:request|demand|suspect|warrant|bid|application)",
    _I,
)
_FOLLOW_UP = regex.compile(r"\b(?:requests?|warrants?|Interpol|constitution|extradition)\b", _I)
_OWN_WORD = regex.compile(r"[ \t]+(?:constitution|law|laws|courts?|government)\b", _I)
_AUTHORITY = regex.compile(
    r"[ \t]+(?:prosecutors?|police|authorities|courts?|government|officials|judges?|justice|ministry|"
    r"interior|investigators|magistrates?)\b",
    _I,
)
_STATUS = {
    "completed": regex.compile(
        r"(?<!(?:to|be|been|not|never)[ \t]+)\b(?:extradited|handed[ \t]+over|surrendered|transferr?ed)\b"
        r"(?![ \t]+(?:if|unless))",
        _I,
    ),
    "refused": regex.compile(
        r"\b(?:refus\w*|reject\w*|den(?:y|ied|ies)|declin\w*|blocked|not[ \t]+(?:be[ \t]+)?extradit\w*|"
        r"(?:will|would|could|can)[ \t]*(?:not|never|n['’]t)[ \t]+(?:\w+[ \t]+){0,2}?"
        r"(?:hand|extradite|surrender|consider|send)|"
        r"won['’]t|never[ \t]+(?:hand|extradite|surrender|send)|"
        r"(?:bans?|banned|bars?|barred|forbids?|forbade|forbidden|prohibits?|prohibited)[ \t]+(?:the[ \t]+)?"
        r"(?:any[ \t]+)?(?:extradition|intervention|handing)\w*)",
        _I,
    ),
    "granted": regex.compile(
        r"\b(?:approv\w*|agreed[ \t]+to[ \t]+(?:extradite|hand|surrender)|granted|"
        r"cleared[ \t]+(?:the[ \t]+way[ \t]+)?for|"
        r"(?:ruled|decided)[ \t]+(?:that[ \t]+)?(?:\w+[ \t]+){0,3}?(?:can|could|should|may)[ \t]+be[ \t]+"
        r"extradited|"
        r"(?:signed|ordered)[ \t]+(?:the[ \t]+|his[ \t]+|her[ \t]+)?extradition)\b",
        _I,
    ),
    "pending": regex.compile(
        r"\b(?:appeal\w*|hearings?|fight\w*[ \t]+(?:against[ \t]+)?extradition|contest\w*|awaiting|pending|"
        r"proceedings|will[ \t]+(?:rule|decide))\b",
        _I,
    ),
    "requested": regex.compile(
        r"\b(?:request\w*|demand\w*|sought|seek\w*|ask\w*|warrants?|red[ \t]+notices?|call\w*[ \t]+for|"
        r"press\w*[ \t]+for)\b",
        _I,
    ),
}
_ORDER = ("completed", "refused", "granted", "pending", "requested")
_DEMAND = regex.compile(r"\bdemand\w*\b", _I)
_GROUNDS: tuple[tuple[regex.Pattern[str], str], ...] = (
    (
        regex.compile(r"\bconstitution\b.{0,80}\b(?:extradit\w*|citizens|nationals)\b", _I | regex.S),
        "constitution bars extradition of nationals",
    ),
    (
        regex.compile(
            r"\b(?:extradit\w*|send|hand)\b.{0,60}\b(?:its|their|own)[ \t]+(?:citizens|nationals)\b",
            _I | regex.S,
        ),
        "does not extradite its own nationals",
    ),
    (
        regex.compile(r"\bpolitical\w*\b.{0,60}?\b(?:offen[cs]es?|nature|character|motiv\w*|crimes?)\b", _I),
        "political in nature",
    ),
    (regex.compile(r"\bdeath[ \t]+(?:penalty|sentence)|\bexecution\b", _I), "risk of the death penalty"),
    (regex.compile(r"\bno[ \t]+(?:\w+[ \t]+)?(?:extradition[ \t]+)?treaty\b", _I), "no extradition treaty"),
    (
        regex.compile(
            r"\b(?:insufficient|lack[ \t]+of|not[ \t]+enough|no)[ \t]+(?:\w+[ \t]+)?evidence\b", _I
        ),
        "insufficient evidence",
    ),
    (
        regex.compile(r"\btorture|\bfair[ \t]+trial|\bhuman[ \t]+rights\b", _I),
        "risk of ill-treatment or unfair trial",
    ),
    (regex.compile(r"\bimmunity\b", _I), "immunity"),
)
_CRIME = r"(?:murder|killing|assassination|death|poisoning|kidnapping|abduction|rape|bombing|shooting)"
_VICTIM_BEFORE = regex.compile(
    _CRIME + r"[ \t]+(?:in[ \t]+\w+[ \t]+)?of[ \t]+(?:(?:the|a|an|former|\w+)[ \t]+){0,4}$", _I
)
_VICTIM_AFTER = regex.compile(
    r"[ \t]+(?:(?:death|murder|killing|poisoning|assassination)[ \t]+)?(?P<w>"
    + _CRIME[3:-1]
    + r"|case|affair|inquiry)\b",
    _I,
)
_CHARGES = regex.compile(
    r"\b(?:charged[ \t]+with|accused[ \t]+of|wanted[ \t]+(?:for|in[ \t]+connection[ \t]+with)|"
    r"on[ \t]+charges[ \t]+of|convicted[ \t]+of)"
    r"[ \t]+(?:involvement[ \t]+in[ \t]+)?(?:the[ \t]+)?(?P<c>[^,.;\"“”]{3,120})",
    _I,
)
_NAMED_CHARGES = regex.compile(r"\b(?P<c>(?:\w+[ \t]+(?:and[ \t]+)?)?\w+)[ \t]+charges\b", _I)
_TRIBUNAL = (
    (regex.compile(r"\bInternational[ \t]+Criminal[ \t]+Court\b|\bICC\b"), "ICC"),
    (regex.compile(r"\bRwanda\w*\b.{0,80}\btribunal\b|\bICTR\b|\bArusha\b", regex.S), "ICTR"),
    (
        regex.compile(
            r"\b(?:war[ \t]*crimes?[ \t]+tribunal|tribunal\b.{0,60}\bYugoslavia|ICTY)\b|"
            r"\bHague\b.{0,200}\btribunal\b",
            _I | regex.S,
        ),
        "ICTY",
    ),
)


_WAR_CRIMES = regex.compile(r"\bwar[ \t-]*crimes?\b", _I)
_CLAUSE_END = regex.compile(r"[ \t]+(?:during|while|when|after|before|but|and[ \t]+(?:was|is|has))\b", _I)


def _short(phrase: str, limit: int = 90) -> str:
    """A charge phrase cut at the end of its clause and at a word boundary within ``limit``."""
    m = _CLAUSE_END.search(phrase)
    if m:
        phrase = phrase[: m.start()]
    words = phrase.split()
    out: list[str] = []
    for w in words:
        if len(" ".join([*out, w])) > limit:
            break
        out.append(w)
    return " ".join(out)


@attrs.define
class _Case:
    suspect: Actor
    order: int
    sentences: list[int] = attrs.field(factory=list)


def _tribunal(text: str) -> str | None:
    for pattern, name in _TRIBUNAL:
        if pattern.search(text):
            return name
    return None


class _Finder:
    def __init__(self, ctx: EventContext) -> None:
        self.ctx = ctx
        self.text = ctx.text
        self.cases: dict[str, _Case] = {}
        self.tribunal = _tribunal(ctx.text)
        self._named: dict[int, set[str]] = {}

    def suspect(self, idx: int) -> list[Mention]:
        """The persons whose surrender the sentence is about, in text order of the rule that found them."""
        ctx = self.ctx
        s0, s1 = ctx.sentences[idx]
        everyone = ctx.persons_in(s0, s1)
        out: list[Mention] = []
        triggers = [t.span() for t in _TRIGGER.finditer(self.text, s0, s1)]
        for t_start, t_end in triggers:
            # "extradite Scotland Yard's chief suspect, Andrei Lugovoi", "a red notice for ... Trump"
            for m in ctx.persons_in(t_end, min(s1, t_end + 120)):
                if ctx.is_pronoun(m) or tokens_between(self.text, t_end, m.start) > 8:
                    continue
                gap = self.text[t_end : m.start]
                if _SUSPECT_GAP.fullmatch(gap) or _OF_GAP.fullmatch(gap):
                    out.append(m)
                break
            # "Laden's extradition", "demanded his extradition"
            for m in reversed(ctx.persons_in(max(s0, t_start - 40), t_start)):
                if _POSSESSOR.fullmatch(self.text, m.end, t_start) or (
                    self.text[m.start : m.end].lower() in ("his", "her", "their")
                    and _ADJ_GAP.fullmatch(self.text, m.end, t_start)
                    and self.named_near(m.actor, idx)
                ):
                    out.append(m)
                break
        for m in everyone:
            pronoun = ctx.is_pronoun(m)
            if (
                _SUSPECT_AFTER.match(self.text, m.end, min(s1, m.end + 60))
                and (
                    not pronoun
                    or (self.text[m.start : m.end].lower() in ("he", "she") and self.named_near(m.actor, idx))
                )
            ) or (
                not pronoun
                and (
                    _SUSPECT_WORD.search(self.text, max(s0, m.start - 20), m.start)
                    or (triggers and m.end < triggers[-1][0] and _WHOM.match(self.text, m.end, s1))
                )
            ):
                out.append(m)
        seen: set[str] = set()
        uniq = []
        for m in out:
            if m.actor.id not in seen and m.actor.kind == "person":
                seen.add(m.actor.id)
                uniq.append(m)
        return uniq

    def named_near(self, actor: Actor, idx: int) -> bool:
        """Is the actor named (not only referred to by a pronoun) in this or the previous sentence?"""
        return any(actor.id in self.named_in(i) for i in (idx - 1, idx) if i >= 0)

    def named_in(self, idx: int) -> set[str]:
        """Ids of the persons named (not by a pronoun) in sentence ``idx``."""
        got = self._named.get(idx)
        if got is None:
            got = {
                m.actor.id
                for m in self.ctx.persons_in(*self.ctx.sentences[idx])
                if not self.ctx.is_pronoun(m)
            }
            self._named[idx] = got
        return got

    def scan(self) -> None:
        ctx = self.ctx
        loose: list[int] = []
        for idx, (s0, s1) in enumerate(ctx.sentences):
            if not _TRIGGER.search(self.text, s0, s1):
                continue
            suspects = self.suspect(idx)
            if not suspects:
                loose.append(idx)
                continue
            for m in suspects:
                case = self.cases.get(m.actor.id)
                if case is None:
                    case = self.cases[m.actor.id] = _Case(m.actor, s0)
                case.sentences.append(idx)
        if not self.cases:
            return
        ordered = sorted(self.cases.values(), key=lambda c: c.order)
        near = {i + k for i in [*(i for c in ordered for i in c.sentences), *loose] for k in (1, 2, 3)}
        taken = {i for c in ordered for i in c.sentences} | set(loose)
        for idx in sorted(near - taken):
            if idx < len(ctx.sentences) and _FOLLOW_UP.search(self.text, *ctx.sentences[idx]):
                loose.append(idx)
        for idx in loose:
            s0 = ctx.sentences[idx][0]
            before = [c for c in ordered if c.order <= s0]
            target = before[-1] if before else ordered[0]
            if len(ordered) == 1 or before:
                target.sentences.append(idx)

    # ------------------------------------------------------------------ states
    def states(self, case: _Case) -> tuple[str | None, str | None, bool]:
        ctx = self.ctx
        asking: Counter[str] = Counter()
        asked: Counter[str] = Counter()
        for idx in case.sentences:
            s0, s1 = ctx.sentences[idx]
            trig = [t.span() for t in _TRIGGER.finditer(self.text, s0, s1)]
            first_trigger = trig[0][0] if trig else s0
            for p in ctx.places_in(s0, s1):
                before = self.text[max(s0, p.start - 12) : p.start]
                after_end = min(s1, p.end + 70)
                code = p.code
                if p.kind == "city" and p.name.lower().endswith("hague") and self.tribunal:
                    code = self.tribunal
                if regex.search(r"\bto[ \t]+(?:the[ \t]+)?$", before, _I) and p.start > first_trigger:
                    asking[code] += 2
                elif (
                    regex.search(r"\b(?:by|from)[ \t]+(?:the[ \t]+)?$", before, _I)
                    and p.start > first_trigger
                ):
                    asked[code] += 2
                elif regex.search(r"\b(?:with|against|on|over|between|and)[ \t]+(?:the[ \t]+)?$", before, _I):
                    continue
                elif p.kind == "demonym" and _OWN_WORD.match(self.text, p.end, after_end):
                    asked[code] += 1
                elif _REQUESTED_VERB.match(self.text, p.end, after_end) or (
                    p.kind == "demonym" and self.authority_refuses(p.end, after_end)
                ):
                    asked[code] += 2
                elif _OWNER.match(self.text, p.end, after_end) or _REQUEST_VERB.match(
                    self.text, p.end, after_end
                ):
                    if p.kind == "demonym" and not _AUTHORITY.match(self.text, p.end, after_end):
                        continue
                    asking[code] += 2
            for m in _AGENCY.finditer(self.text, s0, s1):
                if _OWNER.match(self.text, m.end(), min(s1, m.end() + 60)) or _REQUEST_VERB.match(
                    self.text, m.end(), min(s1, m.end() + 70)
                ):
                    asking[_AGENCIES[m.group().lower()]] += 2
        asking_code = asking.most_common(1)[0][0] if asking else None
        for code in list(asked):
            if code == asking_code:
                del asked[code]
        asked_code = asked.most_common(1)[0][0] if asked else None
        if asking_code is None and asked_code is None:
            return None, None, True  # no state said to ask or be asked: not between states
        inferred = False
        suspect_state = ctx.actor_country(case.suspect)
        if asked_code is None and suspect_state and suspect_state != asking_code:
            asked_code, inferred = suspect_state, True
        if (
            asking_code is None
            and self.tribunal
            and asked_code != self.tribunal
            and any(
                regex.search(r"\bHague\b|\btribunal\b", self.text[slice(*ctx.sentences[i])])
                for i in case.sentences
            )
        ):
            asking_code, inferred = self.tribunal, True
        return asking_code, asked_code, inferred

    def authority_refuses(self, pos: int, end: int) -> bool:
        """ "(Russian) prosecutors/courts have refused ...": an authority word, then a refusal."""
        m = _AUTHORITY.match(self.text, pos, end)
        return m is not None and _REQUESTED_VERB.match(self.text, m.end(), end) is not None

    # ------------------------------------------------------------------ attributes
    def status(self, case: _Case) -> str | None:
        """The latest act: the first of completed, refused, granted, pending, requested said."""
        found: set[str] = set()
        for idx in case.sentences:
            s0, s1 = self.ctx.sentences[idx]
            found.update(name for name in _ORDER if _STATUS[name].search(self.text, s0, s1))
        return next((name for name in _ORDER if name in found), None)

    def grounds(self, case: _Case) -> str | None:
        out: list[str] = []
        for idx in case.sentences:
            s0, s1 = self.ctx.sentences[idx]
            for pattern, label in _GROUNDS:
                if label not in out and pattern.search(self.text, s0, s1):
                    if (
                        label == "does not extradite its own nationals"
                        and out
                        and out[0].startswith("constitution")
                    ):
                        continue
                    out.append(label)
        return "; ".join(out) or None

    def victim(self, case: _Case, lone: bool) -> tuple[str | None, str | None]:
        ctx = self.ctx
        spans = [ctx.sentences[i] for i in sorted(set(case.sentences))]
        if lone:
            spans += [s for i, s in enumerate(ctx.sentences) if i not in case.sentences]
        for s0, s1 in spans:
            for m in ctx.persons_in(s0, s1):
                if m.actor.id == case.suspect.id or ctx.is_pronoun(m):
                    continue
                b = _VICTIM_BEFORE.search(self.text, max(s0, m.start - 60), m.start)
                if b:
                    crime = regex.match(r"\w+", b.group()).group().lower()  # type: ignore[union-attr]
                    return m.actor.name, f"{crime} of {m.actor.name}"
                a = _VICTIM_AFTER.match(self.text, m.end, min(s1, m.end + 30))
                if a:
                    word = a.group("w").lower()
                    return m.actor.name, f"{m.actor.name.split()[-1]} {word}"
        return None, None

    def case_name(self, case: _Case) -> str | None:
        """A few words for the charge: "charged with X", "X charges", prefixed by "war crimes"
        when the case's sentences speak of war crimes and the charge does not say so."""
        name = self.charge(case)
        spans = [self.ctx.sentences[i] for i in case.sentences]
        if any(_WAR_CRIMES.search(self.text, *span) for span in spans) and (
            name is None or not _WAR_CRIMES.search(name)
        ):
            name = "war crimes" if name is None else f"war crimes: {name}"
        return name

    def charge(self, case: _Case) -> str | None:
        for idx in sorted(set(case.sentences)):
            s0, s1 = self.ctx.sentences[idx]
            m = _CHARGES.search(self.text, s0, s1)
            if m:
                return _short(m.group("c"))
            for m in _NAMED_CHARGES.finditer(self.text, s0, s1):
                words = m.group("c").split()
                while words and words[0].lower() in _STOPWORDS:
                    words.pop(0)
                if words and words[-1].lower() not in _STOPWORDS:
                    return " ".join([*words, "charges"])
        for s0, s1 in self.ctx.sentences:
            m = _CHARGES.search(self.text, s0, s1)
            if m and any(p.actor.id == case.suspect.id for p in self.ctx.persons_in(s0, s1)):
                return _short(m.group("c"))
        return None

    def date(self, case: _Case, status: str | None) -> str | None:
        """The date told of the act that gave the status: of the dates near one of its cues, the
        latest ("refused in November 2019 and again in January" is dated January)."""
        if status is None:
            return None
        ctx = self.ctx
        found: list[str] = []
        for idx in sorted(set(case.sentences)):
            span = ctx.sentences[idx]
            cues = [m.start() for m in _STATUS[status].finditer(self.text, *span)]
            if not cues:
                continue
            for d in ctx.dates_in(*span):
                if d.type not in ("DATE", "TIME") or ctx.is_reporting_date(d, span):
                    continue
                value = d.value[:10]
                if date_value(value) is None or compare_to(value, ctx.published) == 1:
                    continue
                i = bisect.bisect_left(cues, d.start)
                dist = min(abs(d.start - cues[k]) for k in (i - 1, i) if 0 <= k < len(cues))
                if dist <= 50:
                    found.append(value)
        # ISO values, partial or not, order by calendar when compared as text (4-digit years)
        return max(found) if found else None

    def finish(self, case: _Case, lone: bool) -> Event | None:
        asking, asked, inferred = self.states(case)
        if asking is None and asked is None:
            return None
        if asking == asked:
            return None
        strong = any(_STRONG_TRIGGER.search(self.text, *self.ctx.sentences[i]) for i in case.sentences)
        if (asking is None or asked is None or inferred) and not strong:
            return None
        status = self.status(case)
        victim, named_case = self.victim(case, lone)
        kind = status or "requested"
        if kind == "requested" and any(
            _DEMAND.search(self.text, *self.ctx.sentences[i]) for i in case.sentences
        ):
            code, plover = CODES["demanded"]
        else:
            code, plover = CODES[kind]
        evidence: set[Span] = {self.ctx.sentences[i] for i in case.sentences}
        penalties = int(asking is None) + int(asked is None) + int(inferred) + int(status is None)
        return Event(
            type="extradition_dispute",
            code=code,
            date=self.date(case, status),
            place=None,
            roles={
                "requesting_state": asking,
                "requested_state": asked,
                "suspect": case.suspect.name,
                "victim": victim,
            },
            attributes={
                "status": kind,
                "grounds": self.grounds(case) if kind == "refused" else None,
                "case": named_case or self.case_name(case),
                "plover": plover,
            },
            evidence=merge_spans(evidence),
            confidence=confidence(0.85, evidence=len(evidence), penalties=penalties),
        )


def find_disputes(ctx: EventContext) -> list[Event]:
    """Every extradition dispute over a named person, one event per suspect."""
    finder = _Finder(ctx)
    finder.scan()
    lone = len(finder.cases) == 1
    out = []
    for case in sorted(finder.cases.values(), key=lambda c: c.order):
        event = finder.finish(case, lone)
        if event is not None:
            out.append(event)
    return out

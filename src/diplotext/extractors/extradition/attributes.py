"""What an extradition case is about, read from its sentences: the victim it is named after, the
charge, the grounds of a refusal, and the tribunal a "transfer to The Hague" goes to.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.accusations import accused_of, cut_at_tail
from diplotext.extractors.extradition.charge_ends import charge_end, stranded_charge
from diplotext.extractors.extradition.national_grounds import CITIZEN_REASON
from diplotext.extractors.extradition.special_courts import SPECIAL_COURTS, special_court
from diplotext.model import Actor, Span
from diplotext.patterns import lazy

__all__ = [
    "case_name",
    "grounds",
    "names_tribunal",
    "tribunal",
    "victim",
]

_I = regex.IGNORECASE
_STOPWORDS = lexicon.words("events", "extradition stopwords")
_CHARGE_VERBS = lexicon.words("events", "words before charges")
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
        # "political in nature", "a political offence"; "ruling that the charges were political"
        regex.compile(
            r"\bpolitical\w*\b.{0,60}?\b(?:offen[cs]es?|nature|character|motiv\w*|crimes?)\b"
            r"|\bcharges\b[^.;]{0,30}?\b(?:were|are)[ \t]+(?:purely[ \t]+)?political\b",
            _I,
        ),
        "political in nature",
    ),
    (regex.compile(r"\bdeath[ \t]+(?:penalty|sentence)|\bexecution\b", _I), "risk of the death penalty"),
    (regex.compile(r"\bno[ \t]+(?:\w+[ \t]+)?(?:extradition[ \t]+)?treaty\b", _I), "no extradition treaty"),
    (
        regex.compile(
            r"\b(?:insufficient|lack(?:ed|s|ing)?(?:[ \t]+of)?|not[ \t]+enough|no)"
            r"[ \t]+(?:\w+[ \t]+)?evidence\b",
            _I,
        ),
        "insufficient evidence",
    ),
    (
        # not the charge: "accused of torture", "the torture of detainees"
        regex.compile(
            r"(?<!\b(?:accused[ \t]+of|charged[ \t]+with|for)[ \t]+(?:the[ \t]+)?)\btorture(?![ \t]+of\b)"
            r"|\b(?:un)?fair[ \t]+trial|\bhuman[ \t]+rights\b|\bprison[ \t]+conditions\b"
            r"|\b(?:inhuman|degrading)[ \t]+treatment\b|\bill[ \t-]+treatment\b",
            _I,
        ),
        "risk of ill-treatment or unfair trial",
    ),
    (CITIZEN_REASON, "does not extradite its own nationals"),  # "because he is a Brazilian citizen"
    (
        # "a law that bars the extradition of Japanese nationals"
        regex.compile(
            r"\b(?:"
            + "|".join(sorted(lexicon.words("events", "words barring a surrender of nationals")))
            + r")"
            r"[ \t]+(?:the[ \t]+)?(?:extradition|surrender)[ \t]+of[ \t]+"
            r"(?:its[ \t]+(?:own[ \t]+)?|\p{Lu}\p{L}+[ \t]+)?(?:citizens|nationals)\b",
            _I,
        ),
        "does not extradite its own nationals",
    ),
    (
        # "the evidence against him was too weak", "on weak evidence"
        regex.compile(
            r"\bevidence\b[^.;]{0,40}?\b(?:too[ \t]+weak|inadequate|not[ \t]+sufficient)\b"
            r"|\bweak[ \t]+evidence\b",
            _I,
        ),
        "insufficient evidence",
    ),
    (
        # "the tax offences he is accused of are not crimes under Swiss law": dual criminality
        regex.compile(
            r"\bnot[ \t]+(?:an?[ \t]+)?(?:crimes?|offen[cs]es?|criminal[ \t]+offen[cs]es?)"
            r"[ \t]+(?:under|in)[ \t]+\p{Lu}\p{L}+[ \t]+law\b|\b(?:double|dual)[ \t]+criminality\b",
            _I,
        ),
        "not a crime in the requested state",
    ),
    (regex.compile(r"\bimmunity\b", _I), "immunity"),
    (
        regex.compile(r"\brefugee[ \t]+status\b|\b(?:political[ \t]+)?asylum\b", _I),
        "refugee status or asylum",
    ),
    (
        regex.compile(r"\bstatute[ \t]+of[ \t]+limitations?\b|\btime[ \t-]+barred\b", _I),
        "statute of limitations",
    ),
    (regex.compile(r"\bdouble[ \t]+jeopardy\b|\balready[ \t]+(?:been[ \t]+)?tried\b", _I), "tried already"),
)
_CRIME = r"(?:murder|killing|assassination|death|poisoning|kidnapping|abduction|rape|bombing|shooting)"
_VICTIM_BEFORE = regex.compile(
    _CRIME + r"[ \t]+(?:in[ \t]+\w+[ \t]+)?of[ \t]+(?:(?:the|a|an|former|\w+)[ \t]+){0,4}$", _I
)
_VICTIM_OBJECT = regex.compile(
    r"\b(?:(?:kill|murder|assassinat|stabb|strangl|poison)(?:ing|ed)|(?:shooting|shot)[ \t]+dead)"
    r"[ \t]+(?:(?:the|a|an|[\w'-]+)[ \t]+){0,3}(?:[\w'-]+,[ \t]+)?$",
    _I,
)
"""A killing verb right before a name: "suspected of shooting dead radio journalist X"."""
_VICTIM_AFTER = regex.compile(
    r"[ \t]+(?:(?:death|murder|killing|poisoning|assassination)[ \t]+)?(?P<w>"
    + _CRIME[3:-1]
    + r"|case|affair|inquiry)\b",
    _I,
)
_CHARGES = regex.compile(
    # "charged him in 2016 with", "charged Mr X on Friday with": the object and a time between
    r"\b(?:charged[ \t]+(?:[\p{L}\d'’.\-]+[ \t]+){0,5}?with|accused[ \t]+of|"
    # "wanted for", "wanted in Brazil for", "wanted by the United States for"
    r"wanted[ \t]+(?:(?:in|by)[ \t]+(?:[\p{L}.'’-]+[ \t]+){1,4}?)?(?:for|in[ \t]+connection[ \t]+with)|"
    r"on[ \t]+charges[ \t]+of|convicted[ \t]+of|suspect(?:ed)?[ \t]+in|suspected[ \t]+of|"
    r"pleaded[ \t]+guilty[ \t]+to|"
    # translated wire copy: "requested by the Peruvian justice for the alleged crime of collusion",
    # "for the crimes of drug trafficking and money laundering"
    r"for[ \t]+the[ \t]+(?:alleged[ \t]+|presumed[ \t]+)?(?:crimes?|offen[cs]es?|felon(?:y|ies))[ \t]+of|"
    # "sentenced in absentia to ten years in prison for embezzling public funds"
    r"sentenced[ \t]+(?:[\p{L}\d'’\-]+[ \t]+){0,8}?for|"
    # "prepared to charge him over", "charged over"; "says he took part in"
    r"charge[sd]?[ \t]+(?:(?:him|her|them)[ \t]+)?over|(?:took|takes|taking)[ \t]+part[ \t]+in|"
    r"for[ \t]+(?:his|her|their)[ \t]+(?:alleged[ \t]+)?(?:role|part)[ \t]+in|"
    # "where he faces charges over a plot to import ...", "faces fraud charges of"
    r"fac(?:es|e|ing|ed)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?charges[ \t]+"
    r"(?:of|over|for|related[ \t]+to))"
    r"[ \t]+(?:involvement[ \t]+in[ \t]+)?(?:(?:the|a|an)[ \t]+)?"
    # (a number's "," or "." is no end: "of $1.2 billion", "of 2,100 crore")
    r"(?P<c>(?:[^,.;\"“”]|(?<=\b\p{Lu})\.|(?<=\d)[,.](?=\d)){3,120})",
    _I,
)
_CASE_OFFENCES = lexicon.words("events", "offences named as a case")
_LEADING_WORDS = lexicon.words("grammar", "determiners") | lexicon.words("grammar", "possessives")
_WANTED_OVER = regex.compile(
    # "wanted in India over", "sought by Nigerian anti-graft agents over"
    r"\b(?:wanted|sought)[ \t]+(?:in[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*){0,3}[ \t]+"
    r"|by[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}.]*(?:[ \t]+[\p{L}.-]+){0,3}?[ \t]+)?over[ \t]+"
    r"(?:(?:" + "|".join(sorted(_LEADING_WORDS)) + r")[ \t]+)*"
    r"(?:[\d.,]+[\w-]*[ \t]+|\w+-(?:million|billion)[\w-]*[ \t]+)?"
    r"(?P<c>(?:[\p{Ll}-]+[ \t]+){0,3}(?:" + "|".join(lexicon.longest_first(_CASE_OFFENCES)) + r"))\b"
)
_NAMED_CHARGES = regex.compile(r"\b(?P<c>(?:\w+[ \t]+(?:and[ \t]+)?)?\w+)[ \t]+charges\b", _I)
_TRIBUNAL = (
    (regex.compile(r"\bIRMCT\b|\bResidual[ \t]+Mechanism\b"), "IRMCT"),
    (regex.compile(r"\bInternational[ \t]+Criminal[ \t]+Court\b|\bICC\b"), "ICC"),
    (
        regex.compile(
            r"\bRwanda\w*\b.{0,80}\btribunal\b|\btribunal[ \t]+for[ \t]+Rwanda\b|\bICTR\b|\bArusha\b", regex.S
        ),
        "ICTR",
    ),
    (
        regex.compile(
            r"\b(?:war[ \t]*crimes?[ \t]+tribunal|tribunal\b.{0,60}\bYugoslavia|ICTY)\b|"
            r"\bYugoslav\w*[ \t]+(?:war[ \t]*crimes?[ \t]+)?tribunal\b|"
            r"\bHague\b.{0,200}\btribunal\b",
            _I | regex.S,
        ),
        "ICTY",
    ),
)

_WAR_CRIMES = regex.compile(r"\bwar[ \t-]*crimes?\b", _I)
_FINITE = sorted(
    f
    for f in (*lexicon.mapping("grammar", "auxiliaries"), *lexicon.mapping("grammar", "modals"))
    if f.isalpha() and f not in ("be", "been", "being", "having")
)
_CLAUSE_END = lazy(
    r"[ \t]+(?:during|while|when|after|before|but|and[ \t]+(?:was|is|has)|"
    r"(?:" + "|".join(_FINITE) + r")[ \t]+(?:been|be|not|now|\w+ed)\b|"
    r"(?:was|were)[ \t]+\w+(?:en|wn|ght|nt)\b|(?:has|have)[ \t]+(?!been\b)\p{Ll}+)\b",
    _I,
)
"""Where a charge phrase's clause ends: a subordinator, or a finite auxiliary or modal before
"been", "be", "not" or "now" ("a series of robberies [has been sent back]"), or "was" before an
irregular participle ("accused of the bombing [was brought to ...]"), or "has"/"have" before a
participle ("accused of hacking a contractor's systems [has won the right to ...]")."""


def _short(phrase: str, limit: int = 90) -> str:
    """A charge phrase cut at the end of its clause and at a word boundary within ``limit``."""
    m = _CLAUSE_END.search(phrase)
    if m:
        phrase = phrase[: m.start()]
    phrase = cut_at_tail(phrase)
    words = phrase.split()
    out: list[str] = []
    for w in words:
        if len(" ".join([*out, w])) > limit:
            break
        out.append(w)
    return " ".join(out)


def tribunal(text: str) -> str | None:
    """The international tribunal an article speaks of (``IRMCT``, ``ICC``, ``ICTR``, ``ICTY``), if any."""
    plain = text.isascii()
    court = special_court(text)
    if court is not None:
        return court  # "the Kosovo Specialist Chambers": not the state it bears the name of
    for pattern, name in _TRIBUNAL:
        needs = _TRIBUNAL_WORDS.get(name) if plain else None
        if needs is not None and not needs(text):
            continue  # most articles: none of the words the pattern needs (its search costs more)
        if pattern.search(text):
            return name
    return None


def _needs_icc(text: str) -> bool:
    return "ICC" in text or "Criminal" in text


def _needs_ictr(text: str) -> bool:
    return "tribunal" in text or "ICTR" in text or "Arusha" in text


def _needs_icty(text: str) -> bool:
    low = text.lower()  # the pattern ignores case: on ASCII text that is what ``str.lower`` shows
    return "tribunal" in low or "icty" in low


_TRIBUNAL_WORDS: Final = {"ICC": _needs_icc, "ICTR": _needs_ictr, "ICTY": _needs_icty}
"""For a tribunal pattern, a test that an ASCII text holds a word every match of it holds (a
pattern without one is always searched). ``tests/test_fast_paths.py`` pins the patterns these were
written for: change a pattern, and its test here with it."""


_HAGUE = regex.compile(r"\bThe[ \t]+Hague\b")
_ATROCITIES = regex.compile(r"\bwar[ \t-]*crimes?\b|\bgenocide\b|\bcrimes[ \t]+against[ \t]+humanity\b", _I)
_YUGOSLAV_SUCCESSORS = lexicon.words("events", "states of the former yugoslavia")
_SENT_TO_HAGUE = regex.compile(
    r"\b(?i:extradit\w*|transferr?\w*|handed|handing|hands?|surrender\w*)\b"
    r"[^.]{0,80}?\bto[ \t]+The[ \t]+Hague\b"
)
"""A person surrendered "to The Hague": a court sits there, whatever else the story says."""


def hague_court(ctx: EventContext) -> str | None:
    """The court a story of war crimes, or of a surrender "to The Hague", means by "The Hague" when it
    names none ("extradited X to The Hague to face war crimes charges", "Serbia extradited X to The
    Hague"): the Yugoslav tribunal where a state of the former Yugoslavia is named, else the
    International Criminal Court."""
    text = ctx.text
    if not _HAGUE.search(text) or not (_ATROCITIES.search(text) or _SENT_TO_HAGUE.search(text)):
        return None
    if any(a.kind == "state" and (a.country or "").lower() in _YUGOSLAV_SUCCESSORS for a in ctx.actors):
        return "ICTY"
    return "ICC"


def names_tribunal(text: str, name: str) -> bool:
    """Does ``text`` (a phrase) name the tribunal ``name`` ("the International Criminal Court",
    "the UN tribunal for the former Yugoslavia", "the war crimes tribunal")?"""
    if name in SPECIAL_COURTS.values():
        return special_court(text) == name
    return any(n == name and p.search(text) for p, n in _TRIBUNAL) or bool(_TRIBUNAL_HEAD.search(text))


_TRIBUNAL_HEAD = regex.compile(r"\btribunal\b", _I)


def grounds(text: str, spans: list[Span]) -> str | None:
    """The stated grounds of a refusal, as short labels joined by "; "."""
    out: list[str] = []
    for s0, s1 in spans:
        for pattern, label in _GROUNDS:
            if label not in out and pattern.search(text, s0, s1):
                if (
                    label == "does not extradite its own nationals"
                    and out
                    and out[0].startswith("constitution")
                ):
                    continue
                out.append(label)
    return "; ".join(out) or None


def victim(ctx: EventContext, suspect: Actor, spans: list[Span]) -> tuple[str | None, str | None]:
    """The victim a case is named after ("the murder of X", "the X case") and the case's name."""
    text = ctx.text
    for s0, s1 in spans:
        for ent in ctx.layer.entities_in(s0, s1):
            if ent.kind != "person" or ent.actor is None or ent.pronoun or ent.actor.id == suspect.id:
                continue
            b = _VICTIM_BEFORE.search(text, max(s0, ent.start - 60), ent.start)
            if b:
                crime = b.group().split()[0].lower()
                return ent.actor.name, f"{crime} of {ent.actor.name}"
            if _VICTIM_OBJECT.search(text, max(s0, ent.start - 50), ent.start):
                return ent.actor.name, f"killing of {ent.actor.name}"
            a = _VICTIM_AFTER.match(text, ent.end, min(s1, ent.end + 30))
            if a:
                return ent.actor.name, f"{ent.actor.name.split()[-1]} {a.group('w').lower()}"
    return None, None


def _charge(ctx: EventContext, suspect: Actor, spans: list[Span]) -> str | None:
    text = ctx.text
    for s0, s1 in spans:
        m = _CHARGES.search(text, s0, s1)
        stranded = stranded_charge(text, s0, m.start("c")) if m else None
        if stranded:
            return _short(stranded)  # "the tax offences he is accused of are not crimes in X"
        if m and stranded is None:
            return _short(text[m.start("c") : charge_end(ctx, m.start("c"), m.end("c"))])
        m = _WANTED_OVER.search(text, s0, s1)
        if m:
            # "a businessman wanted in India over a 110-million-dollar bank fraud": "bank fraud"
            return _short(m.group("c"))
        named = _named_charges(text, s0, s1)
        if named:
            return named
    for s0, s1 in ctx.layer.sentences:
        m = _CHARGES.search(text, s0, s1)
        if m and any(e.actor is suspect for e in ctx.layer.entities_in(s0, s1)):
            stranded = stranded_charge(text, s0, m.start("c"))
            if stranded is None:
                return _short(text[m.start("c") : charge_end(ctx, m.start("c"), m.end("c"))])
            if stranded:
                return _short(stranded)
    return None


def _named_where_named(ctx: EventContext, suspect: Actor) -> str | None:
    """ "X, 47, faces cocaine trafficking charges in Florida": named charges in a sentence naming
    the suspect, when no sentence tells his charge otherwise."""
    for s0, s1 in ctx.layer.sentences:
        if any(e.actor is suspect for e in ctx.layer.entities_in(s0, s1)):
            named = _named_charges(ctx.text, s0, s1)
            if named:
                return named
    return None


def _named_charges(text: str, s0: int, s1: int) -> str | None:
    """ "fraud charges", "drug and money laundering charges": the words before "charges"."""
    for m in _NAMED_CHARGES.finditer(text, s0, s1):
        words = m.group("c").split()
        while words and (words[0].lower() in _STOPWORDS or words[0].lower() in _CHARGE_VERBS):
            words.pop(0)
        if words and words[-1].lower() not in _STOPWORDS:
            return " ".join([*words, "charges"])
    return None


def case_name(ctx: EventContext, suspect: Actor, spans: list[Span]) -> str | None:
    """A few words for the charge ("charged with X", "X charges"), prefixed by "war crimes" when
    the case's sentences speak of war crimes and the charge does not say so."""
    name = (
        _charge(ctx, suspect, spans)
        or accused_of(ctx, suspect, spans)  # "accuse X, 64, of Y"
        or _named_where_named(ctx, suspect)
    )
    if any(_WAR_CRIMES.search(ctx.text, *span) for span in spans) and (
        name is None or not _WAR_CRIMES.search(name)
    ):
        name = "war crimes" if name is None else f"war crimes: {name}"
    return name

"""Who asks and who is asked: the states (or the tribunal) a phrase stands for, the state holding a
suspect, a request's maker, and the clause shapes that carry them ("it" for the sayer, a "to"
phrase after an apposition, a noun of refusal or request with an infinitive, a request chained to
a surrender noun)."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.attributes import names_tribunal
from diplotext.extractors.extradition.city_demonyms import city_demonym_state
from diplotext.extractors.extradition.people import pp_phrases
from diplotext.extractors.extradition.regimes import tied_state
from diplotext.extractors.extradition.vocabulary import (
    AGENCIES,
    GOVERNING_NOUNS,
    REFUSAL_NOUNS,
    REQUEST_NOUNS,
    SHARED_AGENCY_NAMES,
    SURRENDER_NOUNS,
)
from diplotext.syntax import Arg, Clause, Phrase

_ROLE_STATES: Final = lexicon.mapping("events", "role states")
_COURT_SEATS: Final = lexicon.words("events", "seats of international courts")
_ROLE_STATE: Final = regex.compile(
    r"\b(?:" + "|".join(lexicon.longest_first(map(regex.escape, _ROLE_STATES))) + r")\b", regex.IGNORECASE
)
"""Titles that name the state they serve ("the Home Secretary"), read as that state's side."""

__all__ = [
    "after_an_aside",
    "bodies_from_after_to",
    "chained_from",
    "chained_request",
    "handed_over_in",
    "holders",
    "home_country",
    "it_is_the_sayer",
    "names_a_tribunal",
    "noun_of_infinitive",
    "parties",
    "request_side",
    "surrender_modifier",
    "to_after_apposition",
]


def parties(ctx: EventContext, phrase: Phrase | None, tribunal: str | None) -> list[str]:
    """The states (or tribunal) a phrase stands for: states, demonyms ("Turkish prosecutors"),
    cities and seats ("the government in Sanaa"), agencies ("Scotland Yard"), an official's state
    ("President Putin"), The Hague as the tribunal the article speaks of."""
    if phrase is None:
        return []
    if tribunal and names_tribunal(ctx.text[phrase.start : phrase.end], tribunal):
        return [tribunal]  # "the International Criminal Court has asked Sudan to ..."
    if _COURTS_ABROAD.search(ctx.text, phrase.start, phrase.end):
        return []  # "the Privy Council in London dismissed his appeal": a court of another state's
    out: list[str] = []
    for e in phrase.entities:
        code = e.code
        if e.kind in ("state", "place") and code:
            if tribunal and (e.text.lower().split() or [""])[-1] in _COURT_SEATS:
                code = tribunal
            out.append(code)
        elif e.kind == "person" and e.actor is not None and ctx.official(e.actor):
            got = ctx.state_of(e.actor)
            if got:
                out.append(got)
        elif e.kind == "organization" and code:
            out.append(_agency_home(ctx, e.text) or code)
    if not out:
        text = " ".join(phrase.words)
        for name, code in AGENCIES.items():
            if name in text:
                out.append(_agency_home(ctx, name) or code)
        out = out or city_demonym_state(ctx.text, phrase)  # "a Viennese court"
        if not out and (titled := _ROLE_STATE.search(ctx.text, phrase.start, phrase.end)):
            out.append(_ROLE_STATES[titled.group().lower()])  # "the Home Secretary signed an order"
        if not out and not GOVERNING_NOUNS.isdisjoint(_head_words(phrase)):
            # "the hardliners in Lome", "the Supreme Court of Chile" (a named body of a state),
            # "the Court of Appeal in Warsaw", "the investigating chamber of the Paris court"
            for prep, p in phrase.preps:
                if prep in ("in", "of"):
                    out.extend(parties(ctx, p, tribunal))
    seen: list[str] = []
    for c in out:
        if c not in seen:
            seen.append(c)
    return seen


_COURTS_ABROAD: Final = regex.compile(
    r"\b(?i:" + lexicon.alternation("events", "courts sitting for other states") + r")\b"
)
"""Courts of last resort that sit in one state for others: where they sit is not the state holding
the suspect."""


def _agency_home(ctx: EventContext, name: str) -> str | None:
    """The dateline's state for an agency name many states share ("MANILA - The Department of
    Justice has granted the request": the Philippines' own), else ``None``."""
    if name.lower().removeprefix("the ") in SHARED_AGENCY_NAMES:
        return ctx.dateline_code
    return None


def _head_words(phrase: Phrase) -> list[str]:
    """The words of a phrase's head, the last one first ("Court of Appeal": "appeal", "court")."""
    return phrase.head.lower().split()[::-1] or [""]


def holders(ctx: EventContext, phrase: Phrase | None, tribunal: str | None) -> list[str]:
    """The state that holds a suspect, as the phrase doing the surrender or the refusing names it:
    its :func:`parties`, else, for a body that names no state ("the junta", "the authorities"), the
    dateline's state."""
    got = parties(ctx, phrase, tribunal) or tied_state(ctx, phrase)  # "the junta, which rules Burma"
    if got or phrase is None or ctx.dateline_code is None:
        return got
    if any(
        e.kind != "organization" or e.code or not e.start <= phrase.head_span[0] < e.end
        for e in phrase.entities
    ):
        # a person, a place, a body that names its own state, or one that modifies ("the Taliban government")
        return got
    if _NAMED_MODIFIER.search(ctx.text, phrase.start, phrase.head_span[0]):
        return got  # "the Shabaab government": some movement's, not the dateline state's
    # "the junta", "the foreign ministry", "The Supreme Court" (a body whose name names no state)
    return [ctx.dateline_code] if phrase.head.lower().split()[-1] in GOVERNING_NOUNS else []


_NAMED_MODIFIER: Final = regex.compile(r"(?<!^)\b(?!The\b)\p{Lu}\p{L}+")
"""A capitalised word (not a sentence's "The") before a body's head noun."""


def names_a_tribunal(phrase: Phrase) -> bool:
    """ "the war crimes tribunal", "the International Criminal Tribunal for the former Yugoslavia",
    "the custody of a UN tribunal" (a holding noun is seen through to its "of" phrase)."""
    if phrase.head.lower() in _HOLDING_NOUNS:
        return any(names_a_tribunal(p) for prep, p in phrase.preps if prep == "of")
    # "the International Criminal Court", "the International Residual Mechanism": a proper name is
    # one head word of several
    last = (phrase.head.lower().split() or [""])[-1]
    return last in _TRIBUNAL_HEADS or any("tribunal" in w.split() for w in phrase.words)


_TRIBUNAL_HEADS: Final = lexicon.words("events", "heads of a tribunal's name")


_HOLDING_NOUNS: Final = lexicon.words("events", "holding nouns")


SAY_LEMMAS: Final = lexicon.words("events", "verbs of a report")


def it_is_the_sayer(ctx: EventContext, clause: Clause, doers: Phrase | None) -> Phrase | None:
    """ "Peru said it had received a request", "Brazilian prosecutors said they would seek his
    extradition": "it" or "they", subject of a clause reported by another, is that clause's
    subject."""
    words = tuple(w.lower() for w in doers.words) if doers is not None else ()
    own = words[:1] in (("its",), ("their",)) and doers is not None and not doers.entities
    # "Mexico's attorney general said he would ask the United States to extradite X": a "he" the
    # actors stage left for no one (the sayer is a title, no named person) is the sayer
    unresolved = words in _HE_OR_SHE and doers is not None and not any(e.actor for e in doers.entities)
    if doers is None or (words not in (("it",), ("they",)) and not own and not unresolved):
        return doers  # but "Lebanon says its constitution bars it from ...": its = the sayer's
    clauses = ctx.layer.in_sentence(clause.sentence)
    sayer: Clause | None
    if clause.kind == "complement" and clause.parent is not None and 0 <= clause.parent < len(clauses):
        sayer = clauses[clause.parent]
    else:  # "Peru said on Monday it had ...": two clauses the layer leaves side by side
        sayer = next(
            (c for c in reversed(clauses) if c.end <= doers.start and c.predicate.lemma in SAY_LEMMAS), None
        )
        if sayer is not None and ctx.text[sayer.predicate.end : doers.start].count(",") > 1:
            sayer = None
    return sayer.subject if sayer is not None and sayer.subject is not None else doers


_HE_OR_SHE: Final = frozenset((w,) for w in lexicon.words("events", "subject pronouns of a titled sayer"))


def to_after_apposition(ctx: EventContext, clause: Clause) -> list[Phrase]:
    """ "handed over X, a businessman wanted for fraud, to Kenya": the "to" phrase after an
    apposition of the object, which the clause layer gives the apposition's own clause."""
    objects = [a.phrase for a in clause.args if a.role == "object"]
    if not objects:
        return []
    end = objects[0].end
    text = ctx.text
    if not text.startswith(",", end):
        return _bodies_in_description(ctx, clause, objects[0])
    for other in ctx.layer.in_sentence(clause.sentence):
        subject = other.subject
        if other is clause or subject is None or not end < subject.start <= end + 3:
            continue
        if other.kind == "relative":
            continue  # "extradite a banker, X, who fled to London": the relative's own "to"
        # the phrase after the comma that closes the apposition
        return [p for p in pp_phrases(other, "to") if text.count(",", end, p.start) >= 2]
    # "handed over X, a suspect in a bombing that killed 12, to India": past a relative in the apposition
    return _bodies_in_description(ctx, clause, objects[0]) or after_an_aside(ctx, clause, objects[0], "to")


def after_an_aside(ctx: EventContext, clause: Clause, phrase: Phrase, prep: str) -> list[Phrase]:
    """ "the extradition of X, who is accused of fraud, from Ireland": the ``prep`` phrase right
    after the comma that closes an aside set off after ``phrase`` (never the aside's own phrase: "X,
    who fled from Ireland,")."""
    text = ctx.text
    end = phrase.end
    if not text.startswith(",", end):
        return []
    found: list[Phrase] = []
    for other in ctx.layer.in_sentence(clause.sentence):
        for a in other.args:
            p = a.phrase
            if a.role != "pp" or a.prep != prep or p.start <= end:
                continue
            before = text[end : p.start].rstrip()
            if before.endswith((f", {prep}", f",{prep}")):
                found.append(p)
    return found[:1]


def _bodies_in_description(ctx: EventContext, clause: Clause, obj: Phrase) -> list[Phrase]:
    """ "handed over a man accused of robbing banks to officials from Uganda": the last "to" phrase
    of a participle describing the object, when a governing noun heads it ("officials", "police"),
    with its "from": the clause layer gives the description's clause what the verb's was."""
    for other in ctx.layer.in_sentence(clause.sentence):
        subject = other.subject
        if other.kind != "participle" or subject is None or not _hangs_on(ctx, other, clause):
            continue
        if (subject.start, subject.end) != (obj.start, obj.end) and not _inner_description(ctx, other, obj):
            continue
        args = other.args
        last = max((i for i, a in enumerate(args) if a.role == "pp" and a.prep == "to"), default=None)
        # "extradited three men accused of shipping cocaine for a cartel to the United States": after
        # "extradite" (never without a destination), a state the description's last "to" names is it
        # ("handed over a man accused of selling rifles to Somalia": the crime's)
        if last is not None and (
            args[last].phrase.head.lower() in GOVERNING_NOUNS
            or (
                clause.predicate.lemma == "extradite"
                and any(e.kind == "state" and e.place_kind == "country" for e in args[last].phrase.entities)
            )
        ):
            chained = [a.phrase for a in args if a.prep == "from" and a.after == last]
            return [args[last].phrase, *chained]
    return []


def noun_of_infinitive(ctx: EventContext, clause: Clause) -> tuple[str, list[str]] | None:
    """ "[Brazil's refusal] to extradite X", "[Peru's request] to extradite X", "[a Spanish court's
    order] to extradite X": an infinitive whose subject is a noun of refusal, request or decision
    says the status; the noun's owner (or a state it names, for a decision) is the side."""
    if clause.kind != "infinitive":
        return None
    parent = ctx.parent(clause)
    phrases = [clause.subject] + ([a.phrase for a in parent.args] if parent is not None else [])
    gap = ctx.text[: clause.start]
    subject = next(
        (p for p in phrases if p is not None and p.end <= clause.start and not gap[p.end :].strip()),
        None,
    )
    if subject is None:
        return None
    head = subject.head.lower()
    if head in REFUSAL_NOUNS:
        status = "refused"
    elif head in _ORDER_NOUNS:
        status = "granted"  # "a Spanish judge's order to extradite him": the state of the judge
    elif head in REQUEST_NOUNS:
        status = "requested"
    else:
        return None
    owner = subject.possessor
    side = [owner.code] if owner is not None and owner.code and owner.kind in ("state", "place") else []
    if not side and status == "requested":
        # "a Swedish request to extradite X": the demonym makes it, as a possessor does
        side = [e.code for e in subject.entities if e.kind in ("state", "place") and e.code][:1]
    if not side and status == "granted":
        side = [e.code for e in subject.entities if e.kind in ("state", "place") and e.code][:1]
    return status, side


_ORDER_NOUNS: Final = lexicon.words("events", "decision nouns")


def chained_request(clause: Clause, arg: Arg) -> Phrase | None:
    """The request noun phrase an argument is chained after ("on its request [for the
    extradition of X]"), if any."""
    index = next((i for i, a in enumerate(clause.args) if a is arg), None)
    seen = 0
    while index is not None and seen < 4:
        before = clause.args[index].after
        if before is None:
            return None
        prev = clause.args[before]
        if prev.phrase.head.lower() in REQUEST_NOUNS:
            return prev.phrase
        heard = _heard_request(prev.phrase)
        if heard is not None:
            return heard  # "adjourned the hearing of Australia's request [for the extradition of X]"
        index, seen = before, seen + 1
    return None


def _heard_request(phrase: Phrase) -> Phrase | None:
    """The request a hearing is of ("the hearing of an Australian request"), if any."""
    if phrase.head.lower() not in _HEARINGS_OF:
        return None
    return next(
        (p for prep, p in phrase.preps if prep in ("of", "on", "into") and p.head.lower() in REQUEST_NOUNS),
        None,
    )


_HEARINGS_OF: Final = lexicon.words("events", "hearings of a request")


def surrender_modifier(phrase: Phrase) -> str | None:
    """The surrender noun that modifies a phrase's head ("extradition" of "an extradition
    hearing"), or ``None``."""
    words = [w.lower() for w in phrase.words]
    head = phrase.head.lower()
    if head not in words:
        return None
    before = words[: words.index(head)]
    return next((w for w in reversed(before) if w in SURRENDER_NOUNS), None)


def chained_from(ctx: EventContext, clause: Clause, arg: Arg | None, tribunal: str | None) -> list[str]:
    """States of a "from" or "by" phrase right after an argument ("a request [from Chile]",
    "turned down a request [by Chile] for the extradition of X")."""
    if arg is None:
        return []
    index = next((i for i, a in enumerate(clause.args) if a is arg), None)
    return [
        c
        for a in clause.args
        if a.role == "pp" and a.prep in ("from", "by") and a.after == index
        for c in parties(ctx, a.phrase, tribunal)
    ]


def request_side(ctx: EventContext, phrase: Phrase, tribunal: str | None) -> list[str]:
    """Who makes a request: its possessor ("Washington's demand"), a demonym in it ("a Croatian
    request"), or its "from" or "by" phrase ("a request from Croatia", "a request by Peru")."""
    out: list[str] = []
    if phrase.possessor is not None and phrase.possessor.code and phrase.possessor.kind in ("state", "place"):
        out.append(phrase.possessor.code)
    for e in phrase.entities:
        if e.kind in ("state", "place") and e.code and e is not phrase.possessor:
            out.append(e.code)
    for prep, p in phrase.preps:
        if prep in ("for", "of", "on"):
            break  # "Japan's request for the extradition of X from Lebanon": that "from" is the surrender's
        if prep in ("from", "by"):
            out += parties(ctx, p, tribunal)
    return out


def handed_over_in(
    ctx: EventContext, clause: Clause, requesting: list[str], tribunal: str | None
) -> list[str]:
    """ "X was handed over to Sri Lankan officers at Dubai airport": the state of the city a
    surrender took place in, when it is not the receiving state's, is the one that held him (not
    a tribunal's seat: "transferred to the ICC in The Hague")."""
    if tribunal is not None and tribunal in requesting:
        return []
    return [
        e.code
        for a in clause.preps("at", "in")
        for e in a.phrase.entities  # "at Dubai International Airport": the city names the airport
        if e.kind == "place" and e.code and e.place_kind in ("city", "seat") and e.code not in requesting
    ][:1]


def bodies_from_after_to(clause: Clause) -> list[Phrase]:
    """The "from" phrases that name whose body a "to" phrase is ("handed X over to officials from
    Uganda", "to police from Kenya"): a "from" right after a "to" headed by a governing noun belongs
    to it, the destination, not the state the person is taken from."""
    args = clause.args
    return [
        a.phrase
        for a in args
        if a.role == "pp"
        and a.prep == "from"
        and a.after is not None
        and args[a.after].prep == "to"
        and args[a.after].phrase.head.lower() in GOVERNING_NOUNS
        and not args[a.after].phrase.entities
    ]


def _inner_description(ctx: EventContext, clause: Clause, obj: Phrase) -> bool:
    """Is ``clause`` a participle inside another describing ``obj`` ("two men wanted for [drug
    smuggling to British police]": the noun before the -ing form is taken for its subject)?"""
    parent = ctx.parent(clause)
    subject = clause.subject
    return (
        parent is not None
        and parent.kind == "participle"
        and parent.subject is not None
        and (parent.subject.start, parent.subject.end) == (obj.start, obj.end)
        and subject is not None
        and subject.start > parent.predicate.end
    )


def _hangs_on(ctx: EventContext, clause: Clause, outer: Clause) -> bool:
    """Does ``clause`` hang on ``outer``, directly or through participles ("a man [accused of
    [robbing banks]]")?"""
    for _ in range(3):
        parent = ctx.parent(clause)
        if parent is outer:
            return True
        if parent is None or parent is clause or parent.kind != "participle":
            return False
        clause = parent
    return False


def home_country(clause: Clause, phrase: Phrase) -> list[str]:
    """ "an Uzbek national wanted in his country", "a Polish man wanted in his home country", "a
    South Korean wanted at home": the state of the demonym describing the clause's subject, for a
    phrase that is his own country."""
    home = phrase.words in _HOME_ALONE  # "a South Korean wanted at home"
    if not home and (
        phrase.words[:1] not in (("his",), ("her",), ("their",)) or phrase.head.lower() not in _HOMELAND
    ):
        return []
    subject = clause.subject
    if subject is None or any(e.kind == "person" for e in subject.entities):
        return []
    # "the surrender of a Polish man wanted in his home country": the participle hangs on the
    # surrender noun, and the man it describes is that noun's "of" phrase
    described = [subject, *(p for prep, p in subject.preps if prep == "of")]
    return list(
        dict.fromkeys(e.code for d in described for e in d.entities if e.place_kind == "demonym" and e.code)
    )


_HOMELAND: Final = lexicon.words("events", "homeland nouns")
_HOME_ALONE: Final = frozenset((w,) for w in lexicon.words("events", "a home told alone"))

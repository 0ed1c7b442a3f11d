"""Who a group stands for: a delegation ("a delegation led by X", "the delegation" a sentence
after "X is leading a delegation"), a pair ("the couple", "the two leaders") and people named
together ("A and B", what "their" refers to)."""

from __future__ import annotations

import bisect
from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.eventstates import STATE_KINDS
from diplotext.lexicon import NUMBER_WORDS
from diplotext.model import Actor
from diplotext.patterns import lazy
from diplotext.syntax import Clause, Phrase

__all__ = [
    "A_PAIR",
    "THE_DELEGATION",
    "UNLED_DELEGATION",
    "counted_group",
    "delegation_leaders",
    "leaders_of_states",
    "led_before",
    "named_together_before",
    "names_a_pair",
    "pair_named_before",
]

_DELEGATION: Final = frozenset(["delegation", "mission", "team"])
UNLED_DELEGATION: Final = lazy(r"(?i:\ban?)[ \t]+(?:[\p{L}-]+[ \t]+){0,4}?(?i:delegation|mission)\b")
"""An indefinite delegation ("A Polish trade delegation arrived"), whose leader a later sentence
may name ("It is led by X")."""
THE_DELEGATION: Final = lazy(r"\b(?i:the)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?(?i:delegation|mission)\b")
"""A definite delegation ("The CPC delegation arrived on Tuesday"): the one a sentence before
said someone led."""
_LED_WORDS: Final = frozenset(["led", "headed"])


def led_before(ctx: EventContext, sentence: int) -> bool:
    """Does a sentence before ``sentence`` say someone led or headed something?"""
    told = ctx.layer.with_words(_LED_WORDS)
    return bool(told) and told[0] < sentence


_HOLDERS: Final = r"(?:leaders|presidents|ministers|premiers|heads of state)"
"""The plural roles a counted group of officials is called by ("the two leaders")."""
_THE_TWO: Final = regex.compile(r"the two (?:\w+ )?" + _HOLDERS + r"|the (?:royal )?couple|the pair")
A_PAIR: Final = regex.compile(
    # "The two leaders met in Warsaw"; "Leaders of Ghana and Togo met", "the Ghanaian and Togolese
    # presidents met"
    rf"(?i:\bthe two (?:\w+ )?{_HOLDERS}\b)|\b(?i:{_HOLDERS}) of (?:the )?\p{{Lu}}"
    rf"|\p{{Lu}}\w+ and \p{{Lu}}\w+ (?i:{_HOLDERS})\b"
)
"""A sentence that names no one but may tell a pair named before ("The two leaders met in Warsaw")."""


_COUNTED: Final = regex.compile(r"(?:the (?P<n>two|three|four|five)|both(?: the)?) (?:\w+ )?" + _HOLDERS)
_GROUP_LOOK_BACK: Final = 2


def counted_group(ctx: EventContext, phrase: Phrase | None) -> list[Actor]:
    """ "the three leaders sat down for talks", "both presidents": the N officials named last
    before it (in its sentence and the two before), when exactly N are."""
    if phrase is None or (m := _COUNTED.fullmatch(" ".join(phrase.words))) is None:
        return []
    n = int(NUMBER_WORDS[m.group("n")]) if m.group("n") else 2
    layer = ctx.layer
    start = layer.sentences[max(0, layer.sentence_at(phrase.start) - _GROUP_LOOK_BACK)][0]
    found: list[Actor] = []
    for e in reversed(layer.entities_in(start, phrase.start)):
        actor = e.actor
        if (
            e.kind == "person"
            and actor is not None
            and not e.pronoun
            and actor not in found
            and ctx.official(actor)
        ):
            found.append(actor)
    return found[:n] if len(found) >= n else []


def names_a_pair(phrase: Phrase | None) -> bool:
    """Is the phrase "the two leaders", "the couple", "the pair"?"""
    return phrase is not None and _THE_TWO.fullmatch(" ".join(phrase.words)) is not None


def pair_named_before(ctx: EventContext, phrase: Phrase | None) -> list[Actor]:
    """ "The couple were welcomed by X", "the two leaders met": the pair named together last."""
    if phrase is None:
        return []
    if phrase.words == ("they",):
        return _subjects_before(ctx, phrase)  # "The prince and Princess X arrived. They were ..."
    if not names_a_pair(phrase):
        return []
    return named_together_before(ctx, phrase, back=1) or _subjects_before(ctx, phrase, back=4)


def _subjects_before(ctx: EventContext, phrase: Phrase, back: int = 1) -> list[Actor]:
    """The two or more persons of the main subject of a sentence before the phrase's, the nearest
    of the ``back`` before it that has one ("The crown prince and Crown Princess X arrived on
    Wednesday. They were welcomed by Y"; "... The royal couple will fly to Z")."""
    idx = ctx.layer.sentence_at(phrase.start)
    for i in range(idx - 1, max(-1, idx - 1 - back), -1):
        for c in ctx.layer.in_sentence(i):
            if c.kind == "main" and c.subject is not None:
                people = ctx.persons(c.subject)
                if len(people) >= 2:
                    return people
                break
    return []


_LEADING: Final = frozenset(["lead", "head"])


def _led_right_after(ctx: EventContext, clause: Clause, phrase: Phrase) -> bool:
    """ "met a Danish delegation here on Monday headed by X": a passive "led/headed by" a few
    words after the delegation, with no comma between, is said of it (whatever subject the
    participle was given)."""
    pred = clause.predicate
    if pred.lemma not in _LEADING or not pred.passive or pred.start < phrase.end:
        return False
    gap = ctx.text[phrase.end : pred.start]
    # "a delegation of young members of Japan's X Party, led by Y,": set off by a comma right after it
    return gap.strip() == "," or (len(gap) <= 32 and not any(c in gap for c in ",;:()"))


def delegation_leaders(ctx: EventContext, phrase: Phrase, sentence: int) -> list[Actor]:
    """The persons who lead a delegation: "a delegation led by X" in the phrase, or "a delegation
    headed by X left for", "hosted a delegation led by X" with the participle read as a clause of
    its own."""
    if phrase.head.lower() not in _DELEGATION and not any(
        # "A Communist Party of Vietnam delegation": the noun ends an "of" phrase
        prep == "of" and p.head.lower() in _DELEGATION and p.end == phrase.end
        for prep, p in phrase.preps
    ):
        return []
    for prep, p in phrase.preps:
        if prep == "by":
            return ctx.persons(p)
    for c in ctx.layer.in_sentence(sentence):
        if c.kind == "participle" and (
            (c.subject is not None and c.subject.start == phrase.start) or _led_right_after(ctx, c, phrase)
        ):
            by = next(
                (a.phrase for a in c.args if a.role == "agent" or (a.role == "pp" and a.prep == "by")), None
            )
            people = ctx.persons(by) or [
                # "led by the Secretary for Relations with States, Archbishop X,": the apposed name
                p
                for a in c.args
                if a.role == "apposition"
                for p in ctx.persons(a.phrase)
            ]
            if people:
                return people
    led = _leader_in_sentence(ctx, phrase, sentence)
    if led:
        return led
    if phrase.words[:1] == ("the",) and not any(e.kind == "person" for e in phrase.entities):
        # "The Chinese delegation arrived on Tuesday", "The CPC delegation": the one told before,
        # if of the state the phrase names
        led = _delegation_told_before(ctx, sentence, phrase.start)
        codes = {e.code for e in phrase.entities if e.code and e.kind in STATE_KINDS}
        return [] if codes and any(ctx.state_of(p) not in codes for p in led) else led
    if phrase.words[:1] in (("a",), ("an",)):
        led = _delegation_told_after(ctx, sentence)
        codes = {e.code for e in phrase.entities if e.code and e.kind in STATE_KINDS}
        if len(led) == 1 and len(codes) == 1:
            ctx.learn(led[0], codes.pop())  # "A Polish delegation arrived ... It is led by X": X is Polish
        elif not led and len(codes) == 1:
            led = _one_official_after(ctx, sentence, codes.pop())
        return led
    return []


def _leader_in_sentence(ctx: EventContext, phrase: Phrase, sentence: int) -> list[Actor]:
    """ "X is heading a delegation that arrived in Hanoi": the relative clause's delegation is the
    object of the leading verb, whose subject leads it."""
    for c in ctx.layer.in_sentence(sentence):
        if c.predicate.lemma not in _LEADS or c.predicate.passive or c.predicate.negated:
            continue
        if any(a.role == "object" and a.phrase.start == phrase.start for a in c.args):
            return ctx.persons(c.subject)
    return []


_LEADS: Final = frozenset(["lead", "head"])
_LOOK_AHEAD: Final = 2
_THE_DELEGATION: Final = frozenset([*(("the", w) for w in _DELEGATION), ("the", "group")])
_THE_GROUP: Final = _THE_DELEGATION | {("it",)}


def _one_official_after(ctx: EventContext, sentence: int, code: str) -> list[Actor]:
    """ "A senior Zambian delegation to India concluded ... before the Indian and Zambian
    premiers, A and B": a delegation no one is said to lead is led by the one official
    of its state the next sentences name (none when they name two)."""
    layer = ctx.layer
    found: list[Actor] = []
    for i in range(sentence + 1, min(len(layer.sentences), sentence + 1 + _LOOK_AHEAD)):
        for e in layer.entities_in(*layer.sentences[i]):
            person = e.actor
            if e.kind != "person" or person is None or e.pronoun or person in found:
                continue
            if ctx.state_of(person) == code and ctx.official(person):
                found.append(person)
    return found if len(found) == 1 else []


def _delegation_told_after(ctx: EventContext, sentence: int) -> list[Actor]:
    """ "A Polish trade delegation arrived in Hanoi on Tuesday. It is led by X": a delegation told
    without its leader is led by the one the next sentences name ("It is led by X", "The delegation
    is headed by X", "X heads the delegation")."""
    layer = ctx.layer
    for i in range(sentence + 1, min(len(layer.sentences), sentence + 1 + _LOOK_AHEAD)):
        for c in layer.in_sentence(i):
            pred = c.predicate
            if pred.lemma not in _LEADS or pred.negated or c.subject is None:
                continue
            if pred.passive and c.subject.words in _THE_GROUP:
                by = next((a.phrase for a in c.args if a.role == "agent"), None)
                return ctx.persons(by)
            if not pred.passive and any(
                a.role == "object" and a.phrase.words in _THE_DELEGATION for a in c.args
            ):
                return ctx.persons(c.subject)
    return []


_DELEGATION_LOOK_BACK: Final = 12
"""How many sentences back "the delegation" may look for the one a leader was given (only those
that name a delegation are read)."""


def _delegation_told_before(ctx: EventContext, sentence: int, before: int) -> list[Actor]:
    """ "X is leading a delegation to Y ... The delegation, which arrived on Monday, met Z": "the
    delegation" is the last one a sentence before gave a leader ("X led a delegation", "a
    delegation led by X")."""
    told = ctx.layer.with_words(_DELEGATION)
    for i in reversed(told[: bisect.bisect_right(told, sentence)]):
        if i < sentence - _DELEGATION_LOOK_BACK:
            break
        found: list[Actor] = []
        for c in ctx.layer.in_sentence(i):
            if c.start >= before:
                continue
            for a in c.args:
                if a.phrase.head.lower() not in _DELEGATION or a.phrase.start >= before:
                    continue
                if a.role == "object" and c.predicate.lemma in ("lead", "head") and not c.predicate.passive:
                    found = ctx.persons(c.subject) or found
                for prep, inner in a.phrase.preps:
                    if prep == "by":
                        found = ctx.persons(inner) or found
                if not found and a.phrase.words[:1] != ("the",):
                    # "met with a delegation of the X Party (XP) led by Y": the leader read as
                    # the earlier sentence's own delegation would be
                    found = delegation_leaders(ctx, a.phrase, i)
            if c.kind == "participle" and c.predicate.lemma in ("lead", "head") and c.predicate.passive:
                by = next((a.phrase for a in c.args if a.role == "agent"), None)
                subject = c.subject
                if subject is not None and subject.head.lower() in _DELEGATION:
                    found = ctx.persons(by) or found
        if found:
            return found
    return []


_LIST_GLUE: Final = lazy(
    r"^[\s,]*(?:and\s+)?(?:(?:\p{Lu}[\p{L}.\-]*\s+)+(?:\p{Ll}[\p{L}\-]*\s+){0,3})?(?:\p{Lu}[\p{L}.\-]*\s+)*$"
)
"""What may stand between two names of one list: a comma or "and", and titles, capitalised or
after a capitalised word ("A and Palestinian president B")."""


def named_together_before(ctx: EventContext, phrase: Phrase, back: int = 0) -> list[Actor]:
    """The people "their" stands for: the list of people named last before it in its sentence
    (or the ``back`` sentences before it too): "A and B", "A, B and C", each perhaps with a title."""
    layer = ctx.layer
    start = layer.sentences[max(0, layer.sentence_at(phrase.start) - back)][0]
    people = [
        e for e in layer.entities_in(start, phrase.start) if e.kind == "person" and e.actor and not e.pronoun
    ]
    if len(people) < 2:
        return []
    group = [people[-1]]
    for e in reversed(people[:-1]):
        glue = ctx.text[e.end : group[0].start]
        if not _LIST_GLUE.match(glue) or len(glue) > 40:
            break
        group.insert(0, e)
    if len(group) < 2 or " and " not in ctx.text[group[0].start : group[-1].start]:
        return []
    return list(dict.fromkeys(e.actor for e in group if e.actor is not None))


_PLURAL_HOLDERS: Final = lexicon.words("events", "plural holders")


def leaders_of_states(ctx: EventContext, subject: Phrase | None) -> list[Actor]:
    """ "Leaders of Ghana and Togo met in Accra. Ghanaian President A and Togolese President B
    agreed ...", "the Ghanaian and Togolese presidents met": for each state the plural title names,
    the one official of that state named after it in its sentence or the two after (none when a
    state has two)."""
    if subject is None or subject.head not in _PLURAL_HOLDERS or subject.possessor is not None:
        return []
    codes = list(dict.fromkeys(e.code for e in subject.all_entities() if e.kind == "state" and e.code))
    if len(codes) < 2 or any(e.kind == "person" for e in subject.all_entities()):
        return []
    layer = ctx.layer
    sentence = layer.sentence_at(subject.start)
    end = layer.sentences[min(len(layer.sentences) - 1, sentence + _LOOK_AHEAD)][1]
    found: dict[str, list[Actor]] = {c: [] for c in codes}
    for e in layer.entities_in(subject.end, end):
        person = e.actor
        if e.kind != "person" or person is None or e.pronoun:
            continue
        code = ctx.state_of(person)
        if code in found and person not in found[code] and ctx.official(person):
            found[code].append(person)
    if any(len(people) > 1 for people in found.values()):
        return []
    return [people[0] for people in found.values() if people]

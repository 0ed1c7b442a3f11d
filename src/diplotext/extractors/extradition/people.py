"""Who a surrender frame is about: the persons a phrase names as the suspect, a description that
stands for a suspect named near it, "them" for the people named together before it, the sentence's
subject for a pronoun, and the one a decision befell."""

from __future__ import annotations

import bisect
from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.actors import roles as actor_roles
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.apposed_names import named_after_description
from diplotext.extractors.extradition.apposition_owners import apposition_owner, named_people
from diplotext.extractors.extradition.crime_relatives import told_a_crime
from diplotext.extractors.extradition.personal_objects import personal_object
from diplotext.extractors.extradition.quoted_pronouns import quoted_pronoun_target
from diplotext.extractors.extradition.repeats import named_by_its_noun
from diplotext.extractors.extradition.unresolved_pronouns import unresolved_object_target
from diplotext.extractors.extradition.vocabulary import (
    COMPOUND_HEADS,
    CRIMINAL_ROLES,
    GRANT_VERBS,
    REFUSAL_VERBS,
    REQUEST_NOUNS,
    SURRENDER_NOUNS,
    SUSPECT_DESCRIPTIONS,
)
from diplotext.extractors.extradition.wanted_objects import wanted_by_a_state
from diplotext.lexicon import NUMBER_WORDS
from diplotext.model import Actor
from diplotext.syntax import Clause, Entity, Phrase
from diplotext.syntax import words as W

__all__ = [
    "and_aged_partners",
    "apposed_after",
    "counted",
    "described_suspect",
    "named_before",
    "named_suspects",
    "of_after_suspects",
    "pp_phrases",
    "sentence_subject",
    "shifted_object",
    "the_one_it_befell",
]


def pp_phrases(clause: Clause, *preps: str) -> list[Phrase]:
    return [a.phrase for a in clause.args if a.role in ("pp", "agent") and a.prep in preps]


def named_suspects(ctx: EventContext, phrase: Phrase | None) -> list[Actor]:
    """The persons a phrase names as a suspect: by name or pronoun, not by a description ("the
    suspect", "the businessman"), which the case the description follows will take."""
    if phrase is None:
        return []
    named = [
        _pronoun_target(ctx, e) if e.pronoun else e.actor
        for e in phrase.entities
        if e.kind == "person"
        and e.actor is not None
        and e is not phrase.possessor  # "surrender his passport": the passport, not him
        and (e.pronoun or e.text[:1].isupper())
    ]
    # '"He will be handed over next week," the minister said': a pronoun left unresolved in a quote
    named.append(quoted_pronoun_target(ctx, phrase) or unresolved_object_target(ctx, phrase))
    return list(dict.fromkeys(a for a in named if a is not None))


def _pronoun_target(ctx: EventContext, pronoun: Entity) -> Actor | None:
    """Whom "him" stands for as a suspect: not the one who asks for him ("Judge X issued a warrant
    for Y and asked Egypt to extradite him" is Y), but the last person the sentence named before it
    who does nothing in it; the actor it was resolved to when there is none ("X said Spain would
    never hand him over")."""
    if pronoun.actor is not None and not _DEFENCE_SIDE.isdisjoint(r.lower() for r in pronoun.actor.roles):
        return None  # "his lawyer X says ... that he is eligible for extradition": the client, unnamed
    layer = ctx.layer
    sentence = layer.sentence_at(pronoun.start)
    doers = {
        a.id
        for c in layer.in_sentence(sentence)
        if c.start < pronoun.start
        for a in ctx.persons(ctx.doers(c))
    }
    if pronoun.actor is None or pronoun.actor.id not in doers:
        return pronoun.actor
    start = layer.sentences[sentence][0]
    others = [
        e.actor
        for e in layer.entities_in(start, pronoun.start, places=False)
        if e.kind == "person" and not e.pronoun and e.actor is not None and e.actor.id not in doers
    ]
    return others[-1] if others else pronoun.actor


_DEFENCE_SIDE: Final = lexicon.words("events", "the defence's side")
_AGE: Final = regex.compile(r"\d+-year-old")
_AGED: Final = regex.compile(r",[ \t]+\d{1,3}[ \t]*,")
_CRIMINAL: Final = lexicon.words("events", "criminal words")


def may_be_a_person(phrase: Phrase) -> bool:
    """Could the object of "send", "hand over" be a person: a person or pronoun named in it,
    "them", or a noun that describes a suspect ("the banker", "the 41-year-old")? Not "its case
    file", "the documents"."""
    if any(e.kind == "person" for e in phrase.entities) or phrase.words in (("them",), ("all",)):
        return True
    head = _noun(phrase)
    return head in SUSPECT_DESCRIPTIONS or _AGE.fullmatch(head) is not None


def described_suspect(ctx: EventContext, phrase: Phrase | None, clause: Clause) -> list[Actor]:
    """The person a description stands for ("Italy wants to extradite the gunman", "the
    41-year-old"): the last person named before it (its sentence and the two before) who holds
    no office and is not named in the clause itself, else the first such person named in the
    three sentences after ("asked Paraguay to send back the banker. X fled ..."); an indefinite
    one ("a businessman", "a former minister") only the latter."""
    if phrase is None or len(phrase.words) < 2 or any(e.kind == "person" for e in phrase.entities):
        return []  # (a demonym may describe: "a former Venezuelan oil official")
    if apposed := named_after_description(ctx, phrase):
        return apposed  # "of a former governor of X State, Y, has been adjourned"
    if phrase.words[0] in ("a", "an") and (owner := apposition_owner(ctx, phrase)):
        return owner  # "ruled that X, an Indian tycoon accused of fraud, can be extradited"
    head = _noun(phrase)
    describes = head in SUSPECT_DESCRIPTIONS or _leads_a_crime(phrase, head)
    # "the extradition of two Japanese men. A, 41, and B, 36, ...": a counted plural, named after
    count = NUMBER_WORDS.get(phrase.words[0], 0) if phrase.words[0] not in ("a", "an") else 0
    singular = _SINGULAR.get(head, head[:-1] if head.endswith("s") else "")
    if 2 <= count <= 4 and singular in SUSPECT_DESCRIPTIONS:
        return _named_after(ctx, clause, count)
    # "to extradite a former deputy minister who was arrested in Vienna. X, 54, is accused of":
    # a new referent, named only after it
    new = phrase.words[0] in ("a", "an") and (
        describes
        or "former" in phrase.words
        or _accused(ctx, phrase, clause)
        or told_a_crime(ctx, phrase, clause)  # "a conman who fleeced pensioners"
        # "refused to extradite a dissident Algerian journalist to Algeria. X, 47, ...": the one a
        # surrender verb takes is the one it is about, whatever the noun
        or (
            clause.predicate.lemma in _SURRENDERING
            and (head in _PERSON_NOUNS or any(e.place_kind == "demonym" for e in phrase.entities))
        )
    )
    if phrase.words[0] not in ("the", "this") and not new:
        return []
    if not describes and not _AGE.fullmatch(head) and not new:
        return []
    layer = ctx.layer
    in_clause = {e.actor.id for e in layer.entities_in(clause.start, clause.end) if e.actor is not None}
    # "a former oil ministry official ... X, 58, was detained": a former office holder may be the one
    former = "former" in phrase.words

    # "the spokesman, X, said they extradited the suspect": who reports it is not the one described
    reporters = {
        e.actor.id
        for c in layer.in_sentence(clause.sentence)
        if c.predicate.lemma in _REPORTING and c.subject is not None
        for e in layer.entities_in(c.subject.start, c.subject.end)
        if e.kind == "person" and e.actor is not None and not e.pronoun and e.text[:1].isupper()
    }

    def fits(e: Entity) -> bool:
        return (
            e.kind == "person"
            and e.actor is not None
            and not e.pronoun
            and e.actor.id not in in_clause
            and e.actor.id not in reporters
            and (former or not ctx.official(e.actor) or (new and ctx.former(e.actor)))
            # no one the text gives another part ("police chief X", "witness X"); the description's
            # own noun is his ("a former executive ... The executive, X, 66,")
            and all(
                r.lower() in SUSPECT_DESCRIPTIONS
                or r.lower() in CRIMINAL_ROLES
                or r.lower() == head
                or (former and ctx.official(e.actor))
                or (new and ctx.former(e.actor))  # "a fugitive businessman ... X, former chairman of"
                for r in e.actor.roles
            )
        )

    lo = layer.sentences[max(0, clause.sentence - 2)][0]
    before = [e.actor for e in layer.entities_in(lo, phrase.start) if fits(e) and e.actor is not None]
    if before and not new:
        return before[-1:]
    # "approved the extradition of a former officer ... but refused to hand over a second man":
    # the second one named after
    nth = next((_ORDINALS[w] for w in phrase.words[:3] if w in _ORDINALS), 0) if new else 0
    named: list[Actor] = []
    # "a former officer suspected of killing the journalist X": who the description's own sentence
    # names is someone else (a victim, a witness), not the one it describes
    deciding = {
        e.actor.id for e in layer.entities_in(*layer.sentences[clause.sentence]) if e.actor is not None
    }
    criminal = layer.with_words(_CRIMINAL) if new else []
    for idx in range(clause.sentence + 1, min(len(layer.sentences), clause.sentence + 1 + _AFTER)):
        deciding |= _deciders(ctx, idx)
        k = bisect.bisect_left(criminal, idx)
        about_crime = k < len(criminal) and criminal[k] == idx
        for e in layer.entities_in(*layer.sentences[idx]):
            if not (fits(e) and e.actor is not None and e.actor not in named and e.actor.id not in deciding):
                continue
            opens = not ctx.text[layer.sentences[idx][0] : e.start].strip() or (
                new and named_by_its_noun(ctx.text, layer.sentences[idx][0], e.start, head)
            )  # "... a businessman. The businessman, X, was detained"
            surrendered = _OF_A_SURRENDER.search(ctx.text, max(0, e.start - 40), e.start) is not None
            wanted = new and wanted_by_a_state(ctx, e, idx)  # "Rabat sought X over songs"
            if (
                new
                and not about_crime
                and not opens
                and not surrendered
                and not wanted
                and not _AGED.match(ctx.text, e.end)
            ):
                # "a German fraud suspect ... his brother, X, told a newspaper": a new referent is named
                # opening a sentence, with his age, or in a sentence about the crime
                continue
            named.append(e.actor)
        if len(named) > nth:
            return [named[nth]]
    return []


_ORDINALS: Final = {"second": 1, "third": 2}
_REPORTING: Final = lexicon.words("events", "verbs of a report")
_PERSON_NOUNS: Final = frozenset(k[-1] for k in actor_roles.ROLES) - frozenset(["head", "host"])
_SURRENDERING: Final = frozenset(["extradite", "surrender", "hand over", "deport", "send back", "return"])
_DECIDING: Final = GRANT_VERBS | REFUSAL_VERBS
_DECIDED: Final = frozenset(SURRENDER_NOUNS) | frozenset(COMPOUND_HEADS) | REQUEST_NOUNS


def _deciders(ctx: EventContext, idx: int) -> set[str]:
    """The people who decide on a surrender in a sentence ("X approved the surrender of Y", "X
    signed the extradition order"): never the suspect a description before them stands for."""
    out: set[str] = set()
    for c in ctx.layer.in_sentence(idx):
        if c.predicate.lemma not in _DECIDING or c.subject is None:
            continue
        if any(a.role == "object" and a.phrase.head.lower() in _DECIDED for a in c.args):
            out.update(e.actor.id for e in c.subject.entities if e.kind == "person" and e.actor is not None)
    return out


_AFTER: Final = 4
_OF_A_SURRENDER: Final = regex.compile(
    r"\b(?i:" + "|".join(sorted(map(regex.escape, SURRENDER_NOUNS))) + r")[ \t]+of[ \t]+\Z"
)
"""Right before a name: "approved the surrender of X" names the one a surrender was told of."""
_ACCUSING: Final = lexicon.words("grammar", "participles on the object before a preposition")


def _accused(ctx: EventContext, phrase: Phrase, clause: Clause) -> bool:
    """Is the phrase described by a participle of accusing right after it ("a militia commander
    accused of ordering a massacre", "a man wanted in Sweden")?"""
    return any(
        c.kind == "participle"
        and c.predicate.lemma in _ACCUSING
        and c.subject is not None
        # the phrase itself, or one that ends with it ("the extradition of [a trader] detained in X")
        and (c.subject.start == phrase.start or c.subject.end == phrase.end)
        for c in ctx.layer.in_sentence(clause.sentence)
    )


"""Sentences after a description where the suspect it stands for may be named first."""


def sentence_subject(ctx: EventContext, clause: Clause) -> list[Actor]:
    """The person named (not by a pronoun) as the subject of the sentence's first main clause."""
    for c in ctx.layer.in_sentence(clause.sentence):
        if c.kind == "main" and c is not clause and c.subject is not None:
            named = [e.actor for e in c.subject.entities if e.kind == "person" and e.actor and not e.pronoun]
            # "His lawyer X said he would appeal the decision to extradite him": not the lawyer
            return [a for a in named[:1] if _DEFENCE_SIDE.isdisjoint(r.lower() for r in a.roles)]
    return []


_PLURAL_LOOKBACK: Final = 2


def named_before(ctx: EventContext, clause: Clause) -> list[Actor]:
    """The people "them" stands for: the two or more people, none of them an official, named
    together last before it, in its sentence or the two before ("A and B are wanted ... X agreed
    to hand them over")."""
    layer = ctx.layer
    opening = next(iter(layer.in_sentence(clause.sentence)), None)
    told = opening.subject if opening is not None and opening.start < clause.start else None
    if (
        told is not None
        and not told.entities
        and told.words[:1] == ("the",)
        and (told.head in NUMBER_WORDS or told.head.endswith("s"))
    ):
        return []  # "The two were freed after X agreed to hand them over": them is the two, unnamed here
    for idx in range(clause.sentence, max(-1, clause.sentence - _PLURAL_LOOKBACK - 1), -1):
        start, end = layer.sentences[idx]
        end = min(end, clause.start) if idx == clause.sentence else end
        people = [
            e.actor
            for e in layer.entities_in(start, end)
            if e.kind == "person" and e.actor is not None and not e.pronoun
        ]
        people = [p for p in dict.fromkeys(people) if not ctx.official(p)]
        if len(people) >= 2:
            return people
    # "agreed to hand them over for trial in Sweden. A and B are charged with ...": named next, as
    # the subject of the next sentence
    opening = next(iter(layer.in_sentence(clause.sentence)), None)
    handed_by_a_state = (
        opening is not None
        and opening.subject is not None
        and any(e.kind in ("state", "organization") for e in opening.subject.entities)
    )
    if handed_by_a_state and clause.sentence + 1 < len(layer.sentences):
        # (not "The two were freed after X agreed to hand them over": those are the two before)
        start, end = layer.sentences[clause.sentence + 1]
        first = next(iter(layer.in_sentence(clause.sentence + 1)), None)
        subject = first.subject if first is not None else None
        if subject is not None and subject.start <= start + 2:
            people = [p for p in dict.fromkeys(ctx.persons(subject)) if not ctx.official(p)]
            if len(people) < 2 and counted(subject):
                people = _apposed_people(ctx, subject)  # "The two, A and B, are charged ..."
            if len(people) >= 2:
                return people
    return []


def counted(phrase: Phrase) -> bool:
    """A plural description naming nobody: "the two", "the two (Libyan) men", "both suspects",
    "both men"."""
    return (
        not any(e.kind == "person" or e.place_kind != "demonym" for e in phrase.entities)
        and phrase.words[:1] in (("the",), ("both",))
        and (any(w in NUMBER_WORDS for w in phrase.words) or phrase.head.endswith("s") or phrase.head in _MEN)
    )


_MEN: Final = lexicon.words("events", "plural person nouns without s")


def _apposed_people(ctx: EventContext, phrase: Phrase) -> list[Actor]:
    """The non-official people named between commas right after a phrase ("the two, A and B,")."""
    m = _APPOSED.match(ctx.text, phrase.end)
    if m is None:
        return []
    return [p for p in named_people(ctx, m.start(1), m.end(1)) if not ctx.official(p)]


def the_one_it_befell(ctx: EventContext, clause: Clause) -> list[Actor]:
    """ "X was freed after a court rejected Russia's extradition request": the subject of the
    passive clause an adverbial decision hangs on, when that is no official."""
    parent = ctx.parent(clause)
    if clause.kind != "adverbial" or parent is None or not parent.predicate.passive:
        if clause.predicate.passive and clause.predicate.lemma in _HELD:
            # "X is being held in Germany pending an extradition hearing": his hearing
            return [p for p in named_suspects(ctx, clause.subject) if not ctx.official(p)]
        return []
    return [p for p in named_suspects(ctx, parent.subject) if not ctx.official(p)]


_HELD: Final = frozenset(["hold", "detain", "jail", "keep"])


def of_after_suspects(ctx: EventContext, phrase: Phrase) -> list[Actor]:
    """ "the extradition to Germany [of X]", "from Austria [of X]": the suspect named in the "of"
    phrase that the destination or the source phrase carries."""
    return [s for prep, q in phrase.preps if prep == "of" for s in named_suspects(ctx, q)]


def apposed_after(ctx: EventContext, phrase: Phrase | None) -> list[Actor]:
    """ "One of X's co-accused, Nigerian national Y, was extradited": the one person named between
    commas right after a phrase that names none (not a possessor in it)."""
    if phrase is None or any(e.kind == "person" and e is not phrase.possessor for e in phrase.entities):
        return []
    m = _APPOSED.match(ctx.text, phrase.end)
    if m is None:
        return []
    inside = [
        e
        for e in ctx.layer.entities_in(m.start(1), m.end(1))
        if e.kind == "person" and e.actor is not None and not e.pronoun
    ]
    return [inside[-1].actor] if len(inside) == 1 and inside[-1].end == m.end(1) and inside[-1].actor else []


_APPOSED: Final = regex.compile(r",[ \t]+([^,;:()\n]{2,80}?),")


def _leads_a_crime(phrase: Phrase, head: str) -> bool:
    """ "the head of Colombia's most powerful drug cartel": a leader of a criminal group."""
    return head in _LEADERS and any(
        prep == "of" and not _CRIMINAL_GROUPS.isdisjoint(w.lower() for w in p.words)
        for prep, p in phrase.preps
    )


_LEADERS: Final = lexicon.words("events", "leaders of a criminal group")
_CRIMINAL_GROUPS: Final = lexicon.words("events", "criminal groups")


def _noun(phrase: Phrase) -> str:
    """The phrase's head, or the word before a participle the phrase ends with ("an alleged
    trafficker known [as ...]": trafficker)."""
    head = phrase.head.lower()
    if head in SUSPECT_DESCRIPTIONS or len(phrase.words) < 3:
        return head
    if (len(head) > 5 and head.endswith("ed")) or any(
        kind in ("ed", "pp") for _, kind in W.verb_forms().get(head, ())
    ):
        return phrase.words[-2]
    return head


def and_aged_partners(ctx: EventContext, phrase: Phrase | None) -> list[Actor]:
    """ "X, 41, and Y, 36, could be surrendered": the persons joined by "and" after an age apposition
    that the subject phrase (ending before the first age) leaves out."""
    if phrase is None:
        return []
    out: list[Actor] = []
    pos = phrase.end
    while len(out) < 4:
        m = _AGED_AND.match(ctx.text, pos)
        if m is None:
            break
        nxt = next((e for e in ctx.layer.entities_in(m.end(), m.end() + 60) if e.start == m.end()), None)
        if nxt is None or nxt.kind != "person" or nxt.actor is None or nxt.pronoun:
            break
        out.append(nxt.actor)
        pos = nxt.end
    return out


_AGED_AND: Final = regex.compile(r",[ \t]+\d{1,3},?[ \t]+and[ \t]+")


_SINGULAR: Final = {"men": "man", "women": "woman"}


def _named_after(ctx: EventContext, clause: Clause, count: int) -> list[Actor]:
    """The first ``count`` persons named, with no office, in the sentence after the clause's."""
    layer = ctx.layer
    idx = clause.sentence + 1
    if idx >= len(layer.sentences):
        return []
    out: list[Actor] = []
    for e in layer.entities_in(*layer.sentences[idx]):
        if (
            e.kind == "person"
            and e.actor is not None
            and not e.pronoun
            and e.actor not in out
            and not ctx.official(e.actor)
            # no one the text gives another part ("Judge X ruled that A and B could be surrendered")
            and all(r.lower() in SUSPECT_DESCRIPTIONS or r.lower() in CRIMINAL_ROLES for r in e.actor.roles)
        ):
            out.append(e.actor)
    return out[:count] if len(out) >= count else []


def shifted_object(ctx: EventContext, clause: Clause) -> list[Actor]:
    """ "Latvia surrendered to Lithuanian law enforcement X, suspected of VAT fraud": a verb with
    no object whose "to" phrase names a state's body and ends in a person's name (no official),
    the object put after it."""
    if any(a.role == "object" for a in clause.args):
        return []
    for phrase in pp_phrases(clause, "to"):
        last = phrase.entities[-1] if phrase.entities else None
        if last is None or last.kind != "person" or last.actor is None or last.end != phrase.end:
            continue
        before = phrase.entities[:-1]
        bodies = before and all(e.kind in ("state", "place") and e.code for e in before)
        if bodies and not ctx.official(last.actor):
            return [last.actor]
    return personal_object(ctx, clause)  # "delivered in extradition to the Government of X to Y"

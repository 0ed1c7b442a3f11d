"""The date of a gathering a visitor is going to: "a summit to be attended by President X ... the
summit scheduled for Nov. 4-5" dates X's visit, which the text dates no other way."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, calendar_value, compare_to, trigger_words
from diplotext.extractors.visits.cases import Case
from diplotext.extractors.visits.vocabulary import MEET_NOUNS, OCCASION_NOUNS
from diplotext.syntax import Clause

__all__ = ["gathering_city", "gathering_date"]

_GATHERINGS: Final = lexicon.words("events", "dated gatherings")
_GATHERING_WORDS: Final = trigger_words(_GATHERINGS)
_SETTING_VERBS: Final = lexicon.words("events", "gathering day predicates")


def gathering_date(ctx: EventContext, case: Case) -> str | None:
    """The start (a day or a month) of the one gathering, dated after publication, told in the article, when a
    sentence that names the visitor names a gathering too ("a summit to be attended by X"); a
    place it is held in must be the host's."""
    sentences = ctx.layer.with_words(_GATHERING_WORDS)
    if not sentences:
        return None
    mentioned = {ctx.layer.sentence_at(s) for s, _ in case.visitor.mentions}
    if mentioned.isdisjoint(sentences):
        return None
    found: set[str] = set()
    for idx in sentences:
        for clause in ctx.layer.in_sentence(idx):
            subject = clause.subject
            if (subject is None or subject.head.lower() not in _GATHERINGS) and not _set_for_a_gathering(
                ctx, clause
            ):
                continue
            if clause.predicate.lemma not in _SETTING_VERBS or clause.predicate.negated:
                continue
            codes = {e.code for a in clause.preps("in", "at") for e in ctx.places(a.phrase) if e.code}
            if codes and case.host not in codes:
                continue
            days = [t for t in clause.times if t.type == "DATE"]
            value = calendar_value(days[0].value) if days else None
            if value and len(value) >= 7 and compare_to(value, ctx.published) == 1:
                found.add(value)
    return found.pop() if len(found) == 1 else None


_GATHERING_TOPIC_PREPS: Final = frozenset({"on", "of", "for"})


def _set_for_a_gathering(ctx: EventContext, clause: Clause) -> bool:
    """ "to participate in the World Summit on X to be held in Tunis from Nov. 16": a passive
    infinitive right after a gathering noun of the clause it hangs on (and the phrases naming its
    topic) tells the gathering's place and days, whatever subject the clause layer lent it."""
    if clause.kind != "infinitive" or not clause.predicate.passive:
        return False
    parent = ctx.parent(clause)
    if parent is None or parent is clause:
        return False
    before = [a for a in parent.args if a.phrase.end <= clause.start]
    for k in range(len(before) - 1, -1, -1):
        arg = before[k]
        if arg.phrase.head.lower() in _GATHERINGS:
            return True
        if arg.role != "pp" or arg.prep not in _GATHERING_TOPIC_PREPS:
            return False
    return False


def gathering_city(ctx: EventContext, case: Case) -> str | None:
    """ "X left for Thailand to attend the first meeting of a joint committee. The meeting will be
    held in Bangkok": the one city of the host where a gathering named in the case's sentences is
    said to be held, in the two sentences after them."""
    told = sorted({ctx.layer.sentence_at(s) for s, _ in case.evidence})
    if not told or not set(told) & set(ctx.layer.with_words(_HELD_WORDS)):
        return None
    found: set[str] = set()
    for idx in {told[-1] + 1, told[-1] + 2, *told}:
        for clause in ctx.layer.in_sentence(idx) if 0 <= idx < len(ctx.layer.sentences) else ():
            subject = clause.subject
            if subject is None or subject.head.lower() not in _HELD:
                continue
            if clause.predicate.lemma not in _SETTING_VERBS or clause.predicate.negated:
                continue
            for a in clause.preps("in", "at"):
                found |= {
                    e.text
                    for e in ctx.places_and_cities(a.phrase)
                    if e.code == case.host and e.place_kind == "city"
                }
    return found.pop() if len(found) == 1 else None


_HELD: Final = _GATHERINGS | MEET_NOUNS | OCCASION_NOUNS
_HELD_WORDS: Final = trigger_words(_HELD)

"""Speakers given by a description ("the statement said", "a spokesman for the firm said", "the
minister said", "the 52-year-old said", "the company said"): who it stands for, by issuer, title, age,
kinship or the body the article named (see docs/quotes.md, "Speaker resolution")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import attrs
import regex

from diplotext import lexicon
from diplotext.extractors.actors.names import is_given_name
from diplotext.patterns import KEEP_GIL

from .aged import introduced_with_noun, named_before, role_fits
from .countries import is_place_name
from .field_bodies import field_body_before
from .issuers import not_an_issuer, whole_name
from .mentions import NOT_NAME_OR_ARTICLE, Mention, head_noun
from .named_bodies import NAMELESS_BODY_HEADS, body_named_before
from .naming import BODY_HEADS, DOCUMENT_HEADS, can_speak_head
from .nationality_heads import unless_other_nationality
from .offices import holds, other_office
from .outlet_names import outlet_named_before
from .outlets import OUTLET_HEADS, is_outlet, last_outlet
from .owned_roles import owned_role_holder, owner_role_words
from .place_governments import PLACE_GOVERNMENT_HEADS, place_government
from .resolver import Resolver, person_title, resolvable_title
from .speaker_history import (
    DEFINITE_BEFORE,
    SENTENCE_BREAK,
    History,
    Said,
    introduced_with_age,
    names_nationality,
    person_description,
    sentence_opening,
    spoke_in,
    subject_since,
)
from .speaker_roles import introduced_as, role_holder
from .speaker_titles import (
    INDEFINITE_BEFORE,
    TITLE_MODIFIERS,
    person_head,
    role_to_come,
    titled_person,
    titled_speaker,
)

__all__ = ["described"]

_NAME_MODIFIERS: Final = lexicon.words("actors", "modifiers that name one institution")


def described(
    resolver: Resolver,
    m: Mention,
    history: History,
    forward: Callable[[], str | None],
    again: Callable[[Mention], Said],
) -> Said | None:
    """The speaker a description mention stands for, or ``None`` when no rule names one (``forward``
    gives the next person the article names; ``again`` resolves another mention, an issuer)."""
    head = head_noun(m.text)
    outlet = last_outlet(history) if head in OUTLET_HEADS and " " not in m.text.strip() else None
    if (
        outlet is not None and outlet.name and is_outlet(resolver.text, outlet.name)
    ):  # "according to the Harbour Ledger, ... the paper said": that paper
        return Said(outlet.name, outlet.actor_id, m, False)
    if (
        outlet is None
        and head in OUTLET_HEADS
        and " " not in m.text.strip()
        and DEFINITE_BEFORE.search(resolver.text, max(0, m.start - 5), m.start, KEEP_GIL)
    ):
        named = outlet_named_before(resolver, m.start)
        if named is not None:  # "cited by Monday's Harbour Ledger ... the newspaper said"
            return Said(named, None, m, False)
    if head in DOCUMENT_HEADS:  # "The statement said": who issued it
        span = resolver.issuer_of(head, m.end)
        if span is not None and not_an_issuer(resolver.text[span[0] : span[1]]):
            span = None  # not across a paragraph, not a nationality ("a British paper")
        issuer = whole_name(resolver.text, span) if span is not None else None
        if issuer is not None and issuer.kind != "pronoun":
            return again(issuer)
        speaker = spoke_in(resolver.text, head, m.start, history) if span is None else None
        if speaker is not None and DEFINITE_BEFORE.search(
            resolver.text, max(0, m.start - 5), m.start, KEEP_GIL
        ):
            return Said(speaker.name, speaker.actor_id, m, speaker.person)  # "X said in a statement"
    if INDEFINITE_BEFORE.search(resolver.text, max(0, m.start - 10), m.start, KEEP_GIL):
        # "a spokesman for the firm said": someone new, not the last person quoted; the one
        # introduced with that title, or named with it further on ("The spokesman, X, ..."),
        # or the one described with the same head noun before
        named = titled_person(resolver, m, head) if resolvable_title(head) else None
        ahead = forward() if resolvable_title(head) and named is None else None
        if ahead is not None and resolver.has_title(ahead, head):
            named = ahead
        if named:
            return Said(named, None, m, True)
        # "A Delta spokesman said ... A spokesman added"; not "An Iranian official ... a Turkish official"
        same = unless_other_nationality(history.by_head.get(head), m)
        if same is not None:
            return Said(same.name, same.actor_id, m, same.person)
        return Said(m.text, None, m, person_head(m.text))
    owner = _POSSESSIVE_BEFORE.search(resolver.text, max(0, m.start - 8), m.start, KEEP_GIL)
    if owner is not None:
        by_role = titled_speaker(resolver, history, head)
        if by_role is not None:  # "His lawyer, X, said ... his lawyer added": X again
            return attrs.evolve(by_role, mention=m)
        # "his lawyer said": someone else than the owner; the phrase is all we know
        return Said(resolver.text[owner.start() : m.end], None, m, person_head(m.text))
    # "the Ohio governor": a place or body written before the title must be the person's too
    places = frozenset(w.lower() for w in m.text.split()[:-1] if w[:1].isupper() and w.isalpha())
    if resolvable_title(head) and not names_nationality(m.text):
        # "the minister said" after a minister spoke: the latest speaker with that title
        modifiers = frozenset(w for w in m.text.lower().split()[:-1] if w in TITLE_MODIFIERS)
        for earlier in reversed(history.people[-6:]):
            if earlier.name and resolver.has_title(earlier.name, head, modifiers | places):
                return Said(earlier.name, earlier.actor_id, m, True)
        placed = resolver.titled(head, m.start, frozenset(), modifiers | places) if places else None
        if placed is not None:
            return Said(placed, None, m, True)
    elif (
        person_title(head)
        and not names_nationality(m.text)
        and DEFINITE_BEFORE.search(resolver.text, max(0, m.start - 5), m.start, KEEP_GIL)
    ):
        by_role = titled_speaker(resolver, history, head)
        if by_role is not None:  # "Police Chief X said ... The chief said": X again
            return attrs.evolve(by_role, mention=m)
    same = unless_other_nationality(history.by_head.get(head), m)  # not another nationality's
    if same is not None:
        return Said(same.name, same.actor_id, m, same.person)
    # "the central bank": only a bank named with "Central", not the last bank named
    named_by = frozenset(w for w in m.text.lower().split()[:-1] if w in _NAME_MODIFIERS)
    body = resolver.body_before(m.start, head, named_by) if head in BODY_HEADS else None
    if body is not None:
        return Said(body.name, body.id, m, False)  # "the company said": the one it named
    definite = DEFINITE_BEFORE.search(resolver.text, max(0, m.start - 5), m.start, KEEP_GIL) is not None
    if head in _FIELD_BODY_HEADS and "'" not in m.text and definite:
        # "Forestry Iceland ... the department said": the body named by its field and a state
        field_body = field_body_before(resolver.text, m.start)
        if field_body is not None:
            return Said(field_body, None, m, False)
    if head in _FIRM_HEADS and DEFINITE_BEFORE.search(resolver.text, max(0, m.start - 5), m.start, KEEP_GIL):
        span = resolver.named_subject_before(m.start)  # "Apple has ... The company said"
        if span is not None:
            return Said(resolver.text[span[0] : span[1]], None, m, False)
        firm_words = [w for w in m.text.split()[:-1] if w.lower() not in NOT_NAME_OR_ARTICLE]
        firm = resolver.firm_before(m.start, head, firm_words)  # "telecoms firm X ... the company said"
        if firm is not None:
            return Said(firm, None, m, False)
    elif head in _INTRODUCED_BODIES and DEFINITE_BEFORE.search(
        resolver.text, max(0, m.start - 5), m.start, KEEP_GIL
    ):
        body_words = [w for w in m.text.split()[:-1] if w.lower() not in NOT_NAME_OR_ARTICLE]
        named = resolver.firm_before(m.start, head, body_words)  # "lobby group X ... the group said"
        if named is not None:
            return Said(named, None, m, False)
    if (
        head in PLACE_GOVERNMENT_HEADS
        and " " not in m.text.strip()
        and DEFINITE_BEFORE.search(resolver.text, max(0, m.start - 5), m.start, KEEP_GIL)
    ):
        place = place_government(resolver, head, m.start)  # "Brava Province ... the province said"
        if place is not None:
            return Said(place, None, m, False)
    if head in NAMELESS_BODY_HEADS and " " not in m.text.strip() and definite:
        nameless = body_named_before(resolver, history, m.start)  # "Nintendo ... the company said"
        if nameless is not None:
            return Said(nameless, None, m, False)
    age = next((w for w in m.text.lower().split() if _AGED.match(w, None, None, KEEP_GIL)), None)
    if age is not None and owner is None:
        aged = introduced_with_age(resolver.text, age.split("-", 1)[0], m.start)
        if aged is not None:  # "Jane Holt, 52, ... the 52-year-old said": the one of that age
            return Said(aged, None, m, True)
        by_noun = introduced_with_noun(resolver, m, head, history) if head != age else None
        if by_noun is not None:  # "comedian Tom X ... said the 74-year-old comedian"
            return attrs.evolve(by_noun, mention=m)
        before = named_before(resolver, history, m, head, age)
        if before is not None:  # "Norwich signed midfielder Tom X. '...,' said the 34-year-old"
            return before
        since = subject_since(resolver, history, m)  # "X rejected it. '...,' the 52-year-old said"
        if since is not None and role_fits(resolver, since.name, head, age, m.text):
            return since
        h = history.person  # "the 52-year-old told reporters": the person last quoted
        if h is not None and role_fits(resolver, h.name, head, age, m.text):
            return Said(h.name, h.actor_id, m, True)
        hi = sentence_opening(resolver.text, m.start)
        opener = resolver.subject_person(0, hi, None, history.said) if h is None else None
        if opener is not None and opener.id is not None:  # "Star X flew in. The 60-year-old actor said"
            return Said(opener.name, opener.id, m, True)
        before = named_before(resolver, history, m, head, age, after_pronoun=True)
        if before is not None:  # "He feared that Tom X might ... The 40-year-old comic said": X
            return before
    kin = person_description(resolver.text, m)
    if kin is not None:
        # "the father of three said": the new subject, else the last person quoted, when the
        # sex fits
        since = subject_since(resolver, history, m, before_sentence=True)
        h = since or history.person
        if since is None and h is not None and h.mention is not None:
            ends = list(
                SENTENCE_BREAK.finditer(resolver.text, max(0, m.start - 400), m.start, False, KEEP_GIL)
            )
            if not ends or h.mention.end > ends[-1].start():
                h = None  # "X wrote to his son the day before the son reported": not X
        has_name = h is not None and h.name is not None and h.name[:1].isupper()
        if (
            since is None
            and h is not None
            and h.mention is not None
            and resolver.gender(h.name, h.actor_id, told=False) is None
        ):
            # "One of them is Ada Lind, whose father ... '...,' the Winnipeg woman said": the person
            # named since, of the description's sex, rather than a speaker whose name tells no sex
            new = resolver.newcomer(h.mention.end, m.start, kin.replace("-", ""), history.said)
            if new is not None and new.name != h.name and new.id != h.actor_id:
                return Said(new.name, new.id, m, True)
        if h is not None and has_name and resolver.gender(h.name, h.actor_id) in (None, *kin):
            return Said(h.name, h.actor_id, m, True)
        sex_of_kin = kin if len(kin) == 1 else None  # a pronoun after the name tells its sex too
        # only a description that says more than a sex or a kinship ("the father of two", not "the
        # man" or "the son": someone new or someone's relative)
        told = h is None and (
            len(m.text.split()) > 1 or _OF_COUNT.match(resolver.text, m.end, m.end + 20, KEEP_GIL) is not None
        )  # "the father of two", "the mother of three" (the mention is the head alone)
        opener = (
            resolver.subject_person(0, sentence_opening(resolver.text, m.start), sex_of_kin, history.said)
            if told and DEFINITE_BEFORE.search(resolver.text, max(0, m.start - 5), m.start, KEEP_GIL)
            else None
        )  # not the subject of the description's own sentence ("X said the man claimed")
        if opener is not None and resolver.gender(opener.name, opener.id) in (None, *kin):
            # "X lost his home. '...,' the father of two said": nobody quoted yet, the person of
            # that sex who opened a sentence as its subject
            return Said(opener.name, opener.id, m, True)
        opens = _OPENS_SENTENCE.search(resolver.text, max(0, m.start - 8), m.start, KEEP_GIL) is not None
        ahead = forward() if (h is None or has_name) and opens else None
        sex = resolver.broad_gender(ahead)
        near = ahead is not None and resolver.text.find(ahead.split()[-1], m.end, m.end + _AHEAD) >= 0
        if ahead is not None and near and sex is not None and sex in kin:
            # "The mother of one of the victims said ... '...,' said Tara X, whose son ...": the
            # next person named, of the description's sex, when the last one quoted is not
            return Said(ahead, None, m, True)
    if resolvable_title(head):
        # "the Alberta MP" when no MP was introduced with Alberta: not another MP of the article
        titled = titled_person(resolver, m, head)
        if (
            titled is not None
            and places
            and not names_nationality(m.text)
            and any(is_place_name(w) for w in m.text.split()[:-1] if w[:1].isupper())
        ):
            titled = None
        if titled is not None:
            return Said(titled, None, m, True)
        # "Tomas Brandt, the fisheries minister, ... the minister said": every word of the
        # description in the title the article gave
        # "the union's president": the owner's word without its "'s", as the apposition reads it
        named = introduced_as(resolver, history, head, m.start, owner_role_words(m.text))
        if named is not None:
            return Said(named, None, m, True)
        owned = owned_role_holder(resolver, history, m)
        if owned is not None:  # "X, the president of the Selby Nurses Union, ... the union's president"
            return owned
        holder = _role_holder_before(resolver, history, m)
        if holder is not None:
            return holder
        since = unless_other_nationality(subject_since(resolver, history, m), m)  # not another nationality's
        if since is not None and not role_to_come(resolver, since.name, head):
            if not other_office(m.text, _roles(resolver, since)):
                return since
            return _holder_ahead(resolver, m, head, forward)
        h = unless_other_nationality(history.person, m)
        if h is not None and not role_to_come(resolver, h.name, head):
            if not other_office(m.text, _roles(resolver, h)):
                return Said(h.name, h.actor_id, m, True)
            # "X, the chancellor, said ... the prime minister said": not X; the holder the
            # article names next with that title, else the description itself
            return _holder_ahead(resolver, m, head, forward)
        if " and " in m.text:  # "The former teacher and city councillor said": a life, told
            opener = resolver.subject_person(0, m.start, None, history.said)  # of who opened
            if opener is not None:
                return Said(opener.name, opener.id, m, True)
        ahead = forward()
        if ahead is not None and _role_ahead(resolver, ahead, head, m.end):
            return Said(ahead, None, m, True)
    return role_holder(resolver, history, m)  # "striker X ... the striker said": X


def _roles(resolver: Resolver, said: Said) -> tuple[str, ...]:
    """The offices of an earlier speaker: the ones the actors plugin gave them, or, for a speaker
    known only by a description ("a police spokeswoman said"), that description."""
    roles = resolver.roles_of(said.actor_id)
    if not roles and said.actor_id is None and said.name and said.name[:1].islower():
        return (said.name,)
    return roles


def _role_holder_before(resolver: Resolver, history: History, m: Mention) -> Said | None:
    """The person mentioned last before ``m``, outside anyone's quoted words, whom the actors plugin
    gave the description's office ("Ali al-Hadi, the ministry's spokesman, ... the spokesman said"),
    or ``None``."""
    for s, _, actor in resolver.mentions_back(m.start, 0):
        if actor.kind == "person" and not history.quoted(s) and any(holds(m.text, r) for r in actor.roles):
            return Said(actor.name, actor.id, m, True)
    return None


def _holder_ahead(resolver: Resolver, m: Mention, head: str, forward: Callable[[], str | None]) -> Said:
    """The next person the article names, when it gives them the description's title ("... the
    prime minister said. Prime Minister X ..."), else the description as the speaker."""
    ahead = forward()
    if ahead is not None and resolver.has_title(ahead, head):
        return Said(ahead, None, m, True)
    return Said(m.text, None, m, True)


def _role_ahead(resolver: Resolver, name: str, head: str, after: int) -> bool:
    """May the person named next after a description be the one it stands for? Not when the article
    gives them another role: in apposition ("the mayor said ... Tom X, a council member, said"), or
    before the name a person noun that is no title of office ("'...,' the mayor said. Resident Tom X
    disagreed", "... critic Tom X"); a title of office ("GOP chairman Tom X" for "the party
    leader") or a bare name ("Mr. X") may well be the one described."""
    text = resolver.text
    at = text.find(name, after, after + _AHEAD)
    if at < 0:
        return True
    apposed = _ROLE_APPOSITION.match(text, at + len(name), None, KEEP_GIL)
    if apposed is not None and can_speak_head(apposed.group(1)):
        return head in apposed.group(0)  # "Tom X, the mayor," / "Tom X, a council member,"
    before = _WORD_BEFORE.search(text, max(0, at - 30), at, KEEP_GIL)
    role = before.group(1).lower() if before is not None else ""
    words = name.split()
    first = words[0].lower()
    if (
        not role
        and len(words) > 2
        and first.isalpha()
        and first not in _HONORIFICS
        and not is_given_name(words[0])
    ):
        role = first  # the name as the article gave it, "Captain Tom X"
    if head in _OFTEN_UNNAMED and role and role != head and role not in _HONORIFICS:
        # "the spokesman said ... Captain Tom X said": a rank or another office, no spokesman,
        # unless the article gave them the title
        return resolver.has_title(name, head)
    return not role or role == head or person_title(role) or not person_head("a " + role)


_OFTEN_UNNAMED: Final = lexicon.words("speech", "roles of speakers often left unnamed")
_HONORIFICS: Final = frozenset(w.rstrip(".") for w in lexicon.mapping("actors", "honorifics"))


_ROLE_APPOSITION: Final = regex.compile(r",\s+(?:a|an|the)\s+(?:[\p{L}\-]+\s+){0,3}?(\p{Ll}+)\s*[,.]")
"""A role in apposition after a name: ", a council member,", ", the club's coach."."""
_WORD_BEFORE: Final = regex.compile(r"(?<![\p{L}'’\-])(\p{L}+)\s+$")
"""The word right before a name ("resident" in "Resident Tom X")."""
_AHEAD: Final = 300
_OPENS_SENTENCE: Final = regex.compile(r"(?:^|[.!?][\"”’]?[ \t]+|\n[ \t]*)The[ \t]+$")
"""A description opening its sentence ("... . The mother of one of the victims said")."""
"""How far after a description of a person the next person named may stand to be that person."""
_FIRM_HEADS: Final = lexicon.words("speech", "firm heads")
"""Heads for a business the article may name without a word that marks it as one ("Apple")."""
_INTRODUCED_BODIES: Final = lexicon.words("speech", "body nouns before a name")
_FIELD_BODY_HEADS: Final = lexicon.words("speech", "heads for a body named by a field and a state")
"""Heads for a body the article introduced by that noun ("the charity X ... The charity said")."""
_AGED: Final = regex.compile(r"^\d{1,3}-year-old$")
_OF_COUNT: Final = regex.compile(
    r"\s+of\s+(?:" + "|".join(lexicon.longest_first(lexicon.NUMBER_WORDS)) + r"|\d{1,2})(?![\p{L}\d])"
)
"""A count of children after a kin noun: "the mother *of three*"."""
_POSSESSIVE_BEFORE: Final = regex.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+$")

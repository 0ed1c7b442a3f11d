"""Speakers over the article: each attribution's mention resolved to a name (see docs/quotes.md,
"Speaker resolution"), remembering who spoke last, the last person, and who spoke by head noun.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

import attrs
import regex

from diplotext import geo, lexicon, runtime
from diplotext.extractors.actors.names import is_given_name
from diplotext.model import Actor, Quote, Span

from . import fragments
from .bare_names import bare_name, full_person_name
from .countries import is_nationality
from .cues import Cue
from .issuers import DOCUMENT_FROM, DOCUMENT_OWNER, DOCUMENT_TOPIC, issuer_name, not_an_issuer, whole_name
from .mentions import NOT_NAME_OR_ARTICLE, Mention, head_noun
from .naming import BODY_HEADS, DOCUMENT_HEADS, PEOPLE_OF, can_speak_head
from .outlets import OUTLET_HEADS, is_outlet, last_outlet
from .resolver import Resolver, person_title, resolvable_title
from .speaker_history import (
    DEFINITE_BEFORE,
    NO_SPEAKER,
    PRONOUN_GENDER,
    SENTENCE_BREAK,
    History,
    Said,
    acting_person,
    description_sex,
    introduced_with_age,
    names_nationality,
    person_description,
    pronoun_fits,
    spoke_in,
    subject_since,
)
from .subject_position import OBJECT_OR_SUBJECT_PRONOUNS
from .unit_types import Raw, Unit, root_unit

__all__ = ["resolve_speakers"]


def resolve_speakers(
    text: str, segments: Sequence[Span], actors: Sequence[Actor], raws: Sequence[Raw]
) -> list[Quote]:
    resolver = Resolver(text, segments, actors)
    cache: dict[int, Said] = {}
    history = History(
        [(r.start, r.end) for r in raws], [(r.start, r.end) for r in raws if r.kind == "direct"]
    )
    # the attributions in text order, and for each the next one naming a person (for "the
    # Polish foreign minister said ..." before the article names him)
    order: list[Unit] = []
    position: dict[int, int] = {}
    for r in raws:
        if r.unit is not None:
            root = root_unit(r.unit)
            if id(root) not in position:
                position[id(root)] = -1
                order.append(root)
    # text order of the attributions, not of their quotes: a sentence's quotation can come before
    # the reported clause of an earlier attribution ("X said ... but he told Y: '...'")
    order.sort(key=lambda u: u.attr_start)
    for k, root in enumerate(order):
        position[id(root)] = k
    next_named: list[int] = [len(order)] * (len(order) + 1)
    for i in range(len(order) - 1, -1, -1):
        m = order[i].mention
        next_named[i] = i if m is not None and m.kind == "name" else next_named[i + 1]

    def next_person(after: Unit) -> str | None:
        i = next_named[position[id(after)] + 1]
        if i >= len(order):
            return None
        m = order[i].mention
        assert m is not None
        return resolver.full_name(m.text, m.start) or m.text

    def said_for(unit: Unit) -> Said:
        root = root_unit(unit)
        key = id(root)
        if key not in cache:
            cache[key] = _resolve_mention(resolver, root.mention, history, lambda: next_person(root))
            history.add(cache[key])
        return cache[key]

    for root in order:
        said_for(root)
    out: list[Quote] = []
    resolved_raw: dict[int, tuple[Said, Cue | None]] = {}
    for r in raws:
        if r.unit is not None:
            said = said_for(r.unit)
            cue: Cue | None = r.unit.cue
        elif r.previous is not None and id(r.previous) in resolved_raw:
            said, prev_cue = resolved_raw[id(r.previous)]
            cue = prev_cue if r.inherit_cue else None
            acting = acting_person(resolver, r, said)
            if acting is not None:  # 'X said. Y shook her head. "..."': Y's words
                said, cue = acting, None
        else:
            continue
        resolved_raw[id(r)] = (said, cue)
        if said.name is not None and said.actor_id is None and fragments.is_fragment(said.name.split()):
            said = NO_SPEAKER  # "Wednesday", "60 percent", "the lower house adopted a resolution"
        elif said.name is not None and said.actor_id is None:
            trimmed = fragments.without_dangling_tail(said.name)  # "... Research at", "scoffed at"
            said = attrs.evolve(said, name=trimmed) if trimmed is not None else NO_SPEAKER
            words = (said.name or "").split()
            if len(words) > 1 and fragments.leading_fragment(words[0]):
                said = attrs.evolve(said, name=" ".join(words[1:]))  # "Although X" -> "X"
            elif said.name in resolver.acronyms:
                said = attrs.evolve(
                    said, name=resolver.acronyms[said.name]
                )  # "EDC" as the article spelt it out
        if said.name is not None and _ACRONYM_NAME.fullmatch(said.name) is not None:
            spelled = resolver.expansion(said.name)  # "RCMP": the name the article wrote it out as
            if spelled is not None:
                said = attrs.evolve(said, name=spelled)
        if said.person and said.name is not None:
            name = bare_name(said.name)  # "Sheriff X Y" -> "X Y"
            if " " not in name and name[:1].isupper() and name != "I":
                # "Varensky" -> the "Ilya Varensky" named before
                name = full_person_name(resolver.full_name(name, r.start)) or name
            said = attrs.evolve(said, name=name)
        m = said.mention
        out.append(
            Quote(
                text=text[r.start : r.end],
                start=r.start,
                end=r.end,
                kind=r.kind,
                speaker=said.name,
                speaker_id=said.actor_id,
                cue=cue.text if cue else None,
                cue_start=cue.start if cue else None,
                cue_end=cue.end if cue else None,
                speaker_start=m.start if m else None,
                speaker_end=m.end if m else None,
                plugin="quotes",
            )
        )
    return _dedupe(out)


def _resolve_mention(
    resolver: Resolver, m: Mention | None, history: History, forward: Callable[[], str | None]
) -> Said:
    """The name for one speaker mention (see docs/quotes.md, "Speaker resolution")."""
    if m is None:
        h = history.last
        return Said(h.name, h.actor_id, h.mention, h.person) if h else Said(None, None, None, False)
    low = m.text.lower()
    if m.kind == "pronoun":
        low = _SUBJECT_FORM.get(low, low)  # "quoted him as saying"
    if m.kind == "group" and head_noun(m.text) in PEOPLE_OF and _OWNED.search(m.text):
        owner_words = frozenset(_OWNED.split(m.text)[0].lower().replace(".", " ").split())
        by_role = _titled_speaker(resolver, history, head_noun(m.text), owner_words)
        if by_role is not None:  # "His lawyer, X, said ... Reed's lawyer said": X again
            return attrs.evolve(by_role, mention=m)
        return Said(m.text, None, m, _person_head(m.text))  # "Mr Reed's aides": not Mr Reed
    actor = resolver.actor_at(m.start, m.end)
    if actor is not None and actor.kind == "person" and m.kind != "name" and _SOMEONE_OF.match(m.text):
        return Said(m.text, None, m, True)  # "an aide to Senator X": the aide, not X
    sent = DOCUMENT_FROM.match(resolver.text, m.start) if m.kind in ("group", "description") else None
    issued_by = issuer_name(sent.group("by")) if sent is not None else ""
    if issued_by and not not_an_issuer(issued_by):
        # "according to a news release from the Department of X": the department
        return Said(issued_by, None, m, False)
    owner = _OWNER_HEAD.search(m.text) if actor is not None and m.kind in ("group", "description") else None
    if owner is not None and actor is not None:
        owner_end = m.start + owner.start() + 1
        mentions = actor.mentions
        if not any(s <= m.start and e >= m.end for s, e in mentions) and any(
            s >= m.start and owner_end - 2 <= e <= owner_end for s, e in mentions
        ):
            actor = None  # "Kessel's union": the union, not Kessel ("Ottawa's mayor" named: the mayor)
    if (
        (actor is None or actor.kind == "state")
        and " " not in m.text
        and m.text[:1].isupper()
        and DEFINITE_BEFORE.search(resolver.text, max(0, m.start - 5), m.start) is not None
    ):
        # a demonym, not a state's own name: "the Vatican said" is the Holy See, not the pope
        code = geo.demonym_code(m.text) if geo.country_code(m.text) is None else None
        person = resolver.person_of(code, m.start) if code is not None else None
        if person is not None:  # "the American said": the American the article named last
            return Said(person.name, person.id, m, True)
    if m.kind == "pronoun" and low in {"he", "she", "i"} and history.person is not None:
        # a pronoun attribution continues the last speaker (coreference by subject would pick
        # whoever the quote talked about), unless that speaker is of the other gender: then the
        # latest speaker, else the nearest person named before, who fits
        h = history.person
        want = PRONOUN_GENDER.get(low)
        if h.mention is not None and h.mention.end < m.start:
            # "..., said A. B warned of delays. '...,' he said": B, named after A spoke
            other = resolver.subject_person(h.mention.end, m.start, want, history.said, h.actor_id or h.name)
            if other is not None and other.name != h.name and other.id != h.actor_id:
                return Said(other.name, other.id, m, True)
        if want is None or _sex(resolver, history, h) in (None, want):
            return Said(h.name, h.actor_id, m, True)
        for cand in reversed(history.people):
            if _sex(resolver, history, cand) == want:
                return Said(cand.name, cand.actor_id, m, True)
        person = resolver.person_before(m.start, want)
        if person is not None:
            return Said(person.name, person.id, m, True)
        near = resolver.nearest_person(m.start, want)
        if near is None and not resolver.firm_gender(h.name, h.actor_id) and _either_sex(h.name):
            # "Jan Berry said ... '...,' she said": a given name can be either; no one else fits
            # (not "Donald X said ... She told ...": nobody rather than the man)
            return Said(h.name, h.actor_id, m, True)
        return Said(near, None, m, near is not None)
    if actor is not None and m.kind == "pronoun" and not pronoun_fits(resolver, actor, low):
        actor = None  # the actors plugin joined a "he" to a woman it also calls "her"
    if actor is not None and m.kind == "pronoun" and _named_only_in_quotes(resolver, actor, m.start, history):
        actor = None  # '"... Mayor X let us down," he said': not X, named only inside the words
    if actor is not None and actor.kind == "state" and m.kind == "name" and " " not in m.text:
        full = resolver.full_name(m.text, m.start)  # "Elton Washington ... Washington said": him
        if full is not None and _more_of_the_name(full, m.text):
            return Said(full, None, m, True)
    if actor is not None:
        if actor.kind == "person" and " " not in actor.name and m.kind != "pronoun":
            # an actor known by its surname alone: the full name the article gave it elsewhere,
            # or the mention's own when it writes more of the name ("Sheikh Hamid Sheikh Omar")
            full = resolver.full_name(actor.name, m.start)
            if full is None and m.kind == "name" and _more_of_the_name(m.text, actor.name):
                full = m.text
            return Said(full or actor.name, actor.id, m, True)
        if actor.kind == "person" or m.kind == "pronoun":
            return Said(actor.name, actor.id, m, actor.kind == "person")
        return Said(m.text, actor.id, m, _person_head(m.text))
    if m.kind == "pronoun":
        if low in {"he", "she", "i"}:
            want = PRONOUN_GENDER.get(low)
            subject = resolver.subject_person(0, m.start, want, history.said) if want else None
            if subject is not None:  # no one spoke before: who opened a sentence last
                return Said(subject.name, subject.id, m, True)
            name = resolver.nearest_person(m.start, said=history.quoted)
            return Said(name, None, m, name is not None)  # None rather than a bare "he"
        h = _it(resolver, history) if low == "it" else history.last
        if h is None and low == "it":
            span = resolver.named_subject_before(m.start)  # "Apple has sued ... It said": Apple
            if span is not None:
                return Said(resolver.text[span[0] : span[1]], None, m, False)
        return Said(h.name, h.actor_id, m, h.person) if h else Said(None, None, m, False)
    if m.kind == "name":
        full = resolver.full_name(m.text, m.start)
        title = m.text.split()[-1].lower()
        if full is None and " " in m.text and resolvable_title(title):
            # "the Yellowhead MP said": the person introduced with that title and those words
            modifiers = frozenset(w.lower() for w in m.text.split()[:-1])
            titled = resolver.titled(title, m.start, frozenset(), modifiers)
            if titled is not None:
                return Said(titled, None, m, True)
        # an acronym ("TDC said") is a body, never the person a later "she" stands for
        is_person = not (m.text.isupper() and len(m.text) > 1) and m.text not in resolver.acronyms
        return Said(full or m.text, None, m, is_person)
    owner = DOCUMENT_OWNER.match(m.text) if m.kind in ("group", "description") else None
    if owner is not None and not not_an_issuer(owner.group(1)):
        # "an ISAF statement said", "the World Bank's report": who issued it (not "a Chinese report")
        issuing = Mention(m.start, m.start + owner.end(1), owner.group(1), "group")
        return _resolve_mention(resolver, issuing, history, forward)
    if m.kind == "group" and " " not in m.text and m.text.lower() in _BARE_BODIES:
        body = resolver.body_before(m.start, m.text.lower())  # "Police said": the force named before
        if body is not None:
            return Said(body.name, body.id, m, False)
    topic = DOCUMENT_TOPIC.match(m.text) if m.kind in ("group", "description") else None
    if topic is not None:  # "A Coastal Audit Office report on the projects says": the report
        return _resolve_mention(
            resolver, attrs.evolve(m, end=m.start + topic.end(1), text=topic.group(1)), history, forward
        )
    if m.kind == "group" and head_noun(m.text) in DOCUMENT_HEADS:
        span = resolver.issuer_of(head_noun(m.text), m.end)
        if (
            span is not None
            and span[1] <= m.start
            and "." not in resolver.text[span[1] : m.start]
            and not not_an_issuer(resolver.text[span[0] : span[1]])
        ):  # "the city issued a follow-up statement saying ...": the city
            issuer = whole_name(resolver.text, span)
            if issuer is not None and issuer.kind != "pronoun":
                return _resolve_mention(resolver, issuer, history, forward)
    if m.kind == "description":
        head = head_noun(m.text)
        outlet = last_outlet(history) if head in OUTLET_HEADS and " " not in m.text.strip() else None
        if (
            outlet is not None and outlet.name and is_outlet(resolver.text, outlet.name)
        ):  # "according to the Harbour Ledger, ... the paper said": that paper
            return Said(outlet.name, outlet.actor_id, m, False)
        if head in DOCUMENT_HEADS:  # "The statement said": who issued it
            span = resolver.issuer_of(head, m.end)
            if span is not None and not_an_issuer(resolver.text[span[0] : span[1]]):
                span = None  # not across a paragraph, not a nationality ("a British paper")
            issuer = whole_name(resolver.text, span) if span is not None else None
            if issuer is not None and issuer.kind != "pronoun":
                return _resolve_mention(resolver, issuer, history, forward)
            speaker = spoke_in(resolver.text, head, m.start, history) if span is None else None
            if speaker is not None and DEFINITE_BEFORE.search(resolver.text, max(0, m.start - 5), m.start):
                return Said(speaker.name, speaker.actor_id, m, speaker.person)  # "X said in a statement"
        if _INDEFINITE_BEFORE.search(resolver.text, max(0, m.start - 10), m.start):
            # "a spokesman for the firm said": someone new, not the last person quoted; the one
            # introduced with that title, or named with it further on ("The spokesman, X, ..."),
            # or the one described with the same head noun before
            named = _titled(resolver, m, head) if resolvable_title(head) else None
            ahead = forward() if resolvable_title(head) and named is None else None
            if ahead is not None and resolver.has_title(ahead, head):
                named = ahead
            if named:
                return Said(named, None, m, True)
            same = history.by_head.get(head)  # "A Delta spokesman said ... A spokesman added"
            if same is not None:
                return Said(same.name, same.actor_id, m, same.person)
            return Said(m.text, None, m, _person_head(m.text))
        owner = _POSSESSIVE_BEFORE.search(resolver.text, max(0, m.start - 8), m.start)
        if owner is not None:
            by_role = _titled_speaker(resolver, history, head)
            if by_role is not None:  # "His lawyer, X, said ... his lawyer added": X again
                return attrs.evolve(by_role, mention=m)
            # "his lawyer said": someone else than the owner; the phrase is all we know
            return Said(resolver.text[owner.start() : m.end], None, m, _person_head(m.text))
        if resolvable_title(head) and not names_nationality(m.text):
            # "the minister said" after a minister spoke: the latest speaker with that title
            modifiers = frozenset(w for w in m.text.lower().split()[:-1] if w in _TITLE_MODIFIERS)
            # "the Ohio governor": a place or body written before the title must be the person's too
            places = frozenset(w.lower() for w in m.text.split()[:-1] if w[:1].isupper() and w.isalpha())
            for h in reversed(history.people[-6:]):
                if h.name and resolver.has_title(h.name, head, modifiers | places):
                    return Said(h.name, h.actor_id, m, True)
            placed = resolver.titled(head, m.start, frozenset(), modifiers | places) if places else None
            if placed is not None:
                return Said(placed, None, m, True)
        elif (
            person_title(head)
            and not names_nationality(m.text)
            and DEFINITE_BEFORE.search(resolver.text, max(0, m.start - 5), m.start)
        ):
            by_role = _titled_speaker(resolver, history, head)
            if by_role is not None:  # "Police Chief X said ... The chief said": X again
                return attrs.evolve(by_role, mention=m)
        same = history.by_head.get(head)
        if same is not None:
            return Said(same.name, same.actor_id, m, same.person)
        body = resolver.body_before(m.start, head) if head in BODY_HEADS else None
        if body is not None:
            return Said(body.name, body.id, m, False)  # "the company said": the one it named
        if head in _FIRM_HEADS and DEFINITE_BEFORE.search(resolver.text, max(0, m.start - 5), m.start):
            span = resolver.named_subject_before(m.start)  # "Apple has ... The company said"
            if span is not None:
                return Said(resolver.text[span[0] : span[1]], None, m, False)
            firm_words = [w for w in m.text.split()[:-1] if w.lower() not in NOT_NAME_OR_ARTICLE]
            firm = resolver.firm_before(m.start, head, firm_words)  # "telecoms firm X ... the company said"
            if firm is not None:
                return Said(firm, None, m, False)
        age = next((w for w in m.text.lower().split() if _AGED.match(w)), None)
        if age is not None and owner is None:
            aged = introduced_with_age(resolver.text, age.split("-", 1)[0], m.start)
            if aged is not None:  # "Jane Holt, 52, ... the 52-year-old said": the one of that age
                return Said(aged, None, m, True)
            since = subject_since(resolver, history, m)  # "X rejected it. '...,' the 52-year-old said"
            if since is not None and _role_fits(resolver, since.name, head, age):
                return since
            h = history.person  # "the 52-year-old told reporters": the person last quoted
            if h is not None and _role_fits(resolver, h.name, head, age):
                return Said(h.name, h.actor_id, m, True)
            opener = resolver.subject_person(0, m.start, None, history.said) if h is None else None
            if opener is not None and opener.id is not None:  # "Star X flew in. The 60-year-old actor said"
                return Said(opener.name, opener.id, m, True)
        kin = person_description(resolver.text, m)
        if kin is not None:
            # "the father of three said": the new subject, else the last person quoted, when the
            # sex fits
            since = subject_since(resolver, history, m, before_sentence=True)
            h = since or history.person
            if since is None and h is not None and h.mention is not None:
                ends = list(SENTENCE_BREAK.finditer(resolver.text, max(0, m.start - 400), m.start))
                if not ends or h.mention.end > ends[-1].start():
                    h = None  # "X wrote to his son the day before the son reported": not X
            has_name = h is not None and h.name is not None and h.name[:1].isupper()
            if h is not None and has_name and resolver.gender(h.name, h.actor_id) in (None, *kin):
                return Said(h.name, h.actor_id, m, True)
        if resolvable_title(head):
            titled = _titled(resolver, m, head)
            if titled is not None:
                return Said(titled, None, m, True)
            since = subject_since(resolver, history, m)
            if since is not None:
                return since
            if history.person is not None:
                h = history.person
                return Said(h.name, h.actor_id, m, True)
            if " and " in m.text:  # "The former teacher and city councillor said": a life, told
                opener = resolver.subject_person(0, m.start, None, history.said)  # of who opened
                if opener is not None:
                    return Said(opener.name, opener.id, m, True)
            ahead = forward()
            if ahead is not None:
                return Said(ahead, None, m, True)
    return Said(m.text, None, m, _person_head(m.text) or _someone_of_a_body(resolver.text, m))


def _someone_of_a_body(text: str, m: Mention) -> bool:
    """Is ``m`` one unnamed person of a body ("a spokesman for the ministry", "an official of the
    bureau"), whom a later "he" or "she" continues? Not after "the" or a possessive, which most
    often describe someone the article names ("the MP for X", "Britain's minister for Y")."""
    of = _OF_BODY.search(m.text)
    return (
        of is not None
        and _INDEFINITE_BEFORE.search(text, max(0, m.start - 10), m.start) is not None
        and person_title(head_noun(m.text[: of.start()]))
    )


_INDEFINITE_BEFORE: Final = regex.compile(r"(?<![\p{L}])(?i:an?|another|one)\s+$")


def _role_fits(resolver: Resolver, name: str | None, head: str, age: str) -> bool:
    """Can "the 40-year-old comic" be this person: no role word, or a role the article gave them
    (not "producer X" for "the comic")?"""
    if head == age:
        return True
    titles = resolver.titles_of(name)
    return not titles or head in titles


def _sex(resolver: Resolver, history: History, said: Said) -> str | None:
    """A speaker's sex by name or honorific, else by the "he"/"she" an earlier quote used."""
    got = resolver.gender(said.name, said.actor_id) or history.sex_of(said.name)
    return got or (description_sex(said.name) if said.actor_id is None else None)


def _more_of_the_name(mention: str, name: str) -> bool:
    """Does the name mention write more of a person's name than the one word the actors plugin
    kept, ending with it and opening with a given name ("Hamid Sheikh Omar" for "Omar")?"""
    words = mention.split()
    return len(words) > 1 and words[-1] == name and is_given_name(words[0])


def _named_only_in_quotes(resolver: Resolver, actor: Actor, pos: int, history: History) -> bool:
    """Is every name of ``actor`` before ``pos`` inside someone's direct words? Then a pronoun
    attribution does not stand for it: a speaker seldom names himself in his own words (a name in
    a reported clause may well be the next speaker: "The board said groundsman X was worried.")."""
    named = [
        s
        for s, e in actor.mentions
        if e <= pos and resolver.text[s:e].lower() not in OBJECT_OR_SUBJECT_PRONOUNS
    ]
    return bool(named) and all(history.quoted(s) for s in named)


def _either_sex(name: str | None) -> bool:
    """Does the name open with a given name English news gives men and women ("Jan", "Kim")?"""
    words = (name or "").split()
    return bool(words) and words[0].lower() in _EITHER_SEX


_EITHER_SEX: Final = lexicon.words("speech", "given names of either sex")


def _it(resolver: Resolver, history: History) -> Said | None:
    """The latest speaker "it" can stand for: not a man or a woman, not a plural or a share
    ("BA warned ... it said": BA; "60 percent said ... it added": the report before them)."""
    for h in reversed(history.recent):
        if h.name and not _plural_or_share(h.name) and resolver.gender(h.name, h.actor_id) is None:
            return h
    return None


def _plural_or_share(name: str) -> bool:
    """ "officials", "Officials" (opening a sentence), "60 percent"; not "United Nations"."""
    words = name.split()
    last = words[-1].lower()
    plural = last.endswith("s") and can_speak_head(last) and (len(words) == 1 or words[-1].islower())
    return plural or bool(_PLURAL_OR_SHARE.search(name))


_PLURAL_OR_SHARE: Final = regex.compile(
    r"(?:\b\p{Ll}+s|\d\s*%|\bpercent|\bper\s+cent|\d\s+in\s+\d+)$|\bpercent\b"
)
"""A speaker "it" cannot stand for: a lower-case plural ("officials"), a share ("60 percent of X")."""
_FIRM_HEADS: Final = lexicon.words("speech", "firm heads")
_ACRONYM_NAME: Final = regex.compile(r"\p{Lu}{2,6}")
"""Heads for a business the article may name without a word that marks it as one ("Apple")."""

_SOMEONE_OF: Final = regex.compile(
    r"(?:[\p{L}\-]+\s+){0,2}?(?:" + "|".join(lexicon.longest_first(PEOPLE_OF)) + r")\s+(?:to|for|of)\s",
    regex.IGNORECASE,
)
"""A person described by someone they work for or stand beside ("aide to Senator X", "a close
adviser to X", "lawyer for X")."""
_SUBJECT_FORM: Final = {"him": "he", "her": "she", "them": "they", "me": "i", "us": "we"}


_BARE_BODIES: Final = lexicon.words("speech", "bodies named by one word")
_OWNER_HEAD: Final = regex.compile(r"\p{L}['’]s\s+(?:[\p{L}\-]+\s+){0,2}\p{Ll}[\p{Ll}\-]*$")
"""A possessive before the head noun of a mention ("Kessel's union", "the firm's chief executive")."""
_OWNED: Final = regex.compile(r"['’]s?\s+\S+$")
_AGED: Final = regex.compile(r"^\d{1,3}-year-old$")
_POSSESSIVE_BEFORE: Final = regex.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+$")


def _titled_speaker(
    resolver: Resolver, history: History, head: str, owner: frozenset[str] = frozenset()
) -> Said | None:
    """The latest of the last few person speakers the article introduced with the title ``head``
    ("His lawyer, X, said", "Police Chief X said"), or ``None``; never the ``owner`` of the
    description ("the prime minister's spokesman" is not the prime minister, whose name may
    follow "a spokesman for")."""
    if not person_title(head):
        return None
    for h in reversed(history.people[-_TITLED_LOOKBACK:]):
        if not h.name or not resolver.has_title(h.name, head):
            continue
        if owner and not owner.isdisjoint(resolver.titles_of(h.name) | set(h.name.lower().split())):
            continue
        return h
    return None


_TITLED_LOOKBACK: Final = 6


def _person_head(text: str) -> bool:
    """A singular person noun at the head of a group text: "Libyan lawyer", "Interpol spokesperson",
    "one worker", "another hostage", "one of the hostages": someone new, whom a later "he" or "she"
    may continue."""
    head = head_noun(text)
    if person_title(head):
        return True
    if _ONE_OF.match(text) is not None and head.endswith("s"):
        head = head[:-2] if head.endswith(("ches", "shes", "sses")) else head[:-1]
    elif _SOMEONE.match(text) is None:
        return False  # "the British actor": most often someone the article named, not a new speaker
    return head in _PEOPLE_NOUNS


_PEOPLE_NOUNS: Final = (
    frozenset(k for k in lexicon.mapping("actors", "role phrases") if k.isalpha())
    | lexicon.words("events", "person nouns")
    | lexicon.words("speech", "speaker nouns")
) - lexicon.words("speech", "speaker nouns for bodies")
"""Singular nouns for one person ("a hostage", "one worker"), not for a body ("the agency")."""
_OF_BODY: Final = regex.compile(r"\s(?:for|of|at|with)\s")
"""The preposition after a description's head: "spokesman *for* the ministry"."""
_SOMEONE: Final = regex.compile(
    r"(?i:" + lexicon.alternation("speech", "words opening one unnamed person") + r")\s"
)
_ONE_OF: Final = regex.compile(
    r"(?i:" + lexicon.alternation("speech", "words opening one unnamed person") + r")\s+of\s+\p{L}+\s"
)


def _titled(resolver: Resolver, m: Mention, head: str) -> str | None:
    nationalities = frozenset(w.lower() for w in m.text.split() if w[:1].isupper() and is_nationality(w))
    modifiers = frozenset(w for w in m.text.lower().split()[:-1] if w in _TITLE_MODIFIERS)
    return resolver.titled(head, m.start, nationalities, modifiers)


_TITLE_MODIFIERS: Final = lexicon.words("speech", "title modifiers")
"""Words before a title that name another office ("the prime minister" is no "minister")."""


def _dedupe(quotes: Sequence[Quote]) -> list[Quote]:
    """The quotes without repeats (same kind, words and speaker as an earlier one: a pull quote, a
    caption, a paragraph run twice); how many were dropped is reported as a warning."""
    seen: set[tuple[str, str, str | None]] = set()
    out: list[Quote] = []
    for q in sorted(quotes, key=lambda q: (q.start, q.end)):
        key = (q.kind, " ".join(q.text.split()), q.speaker)
        if key in seen:
            continue
        seen.add(key)
        out.append(q)
    if len(out) < len(quotes):
        runtime.warn(
            "repeated quotes dropped (same kind, words and speaker as an earlier quote; count: quotes)",
            count=len(quotes) - len(out),
        )
    return out

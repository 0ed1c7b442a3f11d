"""One speaker mention resolved to a name (see docs/quotes.md, "Speaker resolution"): a name to
the full name the article gave, an owned role to the role ("Mr Reed's aides"), a document to its
issuer, a demonym to the person of that nation, an actor to its name, a pronoun or a description by
the rules of :mod:`.speaker_pronouns` and :mod:`.speaker_descriptions`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import attrs
import regex

from diplotext import geo, lexicon
from diplotext.extractors.actors.names import NON_NAME, is_given_name
from diplotext.model import Actor
from diplotext.patterns import KEEP_GIL

from .body_apposition import appositive_body
from .issuers import DOCUMENT_FROM, DOCUMENT_OWNER, DOCUMENT_TOPIC, issuer_name, not_an_issuer, whole_name
from .listed_bodies import body_past_person
from .mentions import Mention, head_noun
from .name_given_only import name_given_only
from .name_modifiers import serves_named
from .named_pairs import named_pair
from .naming import DOCUMENT_HEADS, PEOPLE_OF, can_speak_head
from .open_appositions import open_apposition_holder
from .outlet_names import outlet_in_full
from .own_sentence_it import body_opening_own_sentence
from .owned_roles import owned_role_holder
from .party_members import party_member
from .place_after import without_place
from .pronoun_number import kind_fits
from .pronoun_owned import pronoun_owned
from .resolver import Resolver, person_title, resolvable_title
from .speaker_descriptions import described
from .speaker_history import DEFINITE_BEFORE, History, Said, pronoun_fits
from .speaker_pronouns import SUBJECT_FORM, continued_pronoun, named_only_in_quotes, unheld_pronoun
from .speaker_roles import appositive_name
from .speaker_titles import person_head, someone_of_a_body, titled_speaker
from .surnames import capitalised_particle

__all__ = ["resolve_mention"]


def resolve_mention(
    resolver: Resolver, m: Mention | None, history: History, forward: Callable[[], str | None]
) -> Said:
    """The name for one speaker mention (see docs/quotes.md, "Speaker resolution")."""
    if m is None:
        h = history.last
        return Said(h.name, h.actor_id, h.mention, h.person) if h else Said(None, None, None, False)
    low = m.text.lower()
    if m.kind == "pronoun":
        low = SUBJECT_FORM.get(low, low)  # "quoted him as saying"
    if m.kind in ("group", "description", "name"):
        holder = open_apposition_holder(resolver, m)
        if holder is not None:  # "Zhou Ming, the counselor of the embassy said": Zhou Ming
            return holder
    if m.kind in ("group", "description"):
        named = appositive_name(resolver, m)
        if named is not None:  # "said the town's mayor, Alice Fenwick": her
            return named
        apposed = appositive_body(resolver, m)
        if apposed is not None:  # "The farmers' union, the Grain Growers Federation, said": the federation
            return apposed
    member = party_member(resolver, history, m) if m.kind != "pronoun" else None
    if member is not None:  # "the Dunmore Republican said": the person the article is about
        return attrs.evolve(member, mention=m)
    owned = pronoun_owned(resolver, m, history.quoted)
    if owned is not None:  # "Senator X met farmers. ... her office said": X's office, not X
        return owned
    # "Tomas's relatives in Lisbon said": the relatives; the place after them does not make Lisbon
    # the head nor Tomas the speaker
    core = without_place(m.text) if m.kind == "group" else m.text
    if m.kind == "group" and head_noun(core) in PEOPLE_OF and _OWNED.search(core, None, None, KEEP_GIL):
        owner_words = frozenset(_OWNED.split(core)[0].lower().replace(".", " ").split())
        by_role = titled_speaker(resolver, history, head_noun(core), owner_words)
        if by_role is not None:  # "His lawyer, X, said ... Reed's lawyer said": X again
            return attrs.evolve(by_role, mention=m)
        introduced = owned_role_holder(resolver, history, m)
        if introduced is not None:  # "X, the firm's lawyer, ... the firm's lawyer said": X
            return introduced
        return Said(m.text, None, m, person_head(m.text))  # "Mr Reed's aides": not Mr Reed
    if m.kind == "group":
        introduced = owned_role_holder(resolver, history, m)
        if introduced is not None:  # "X, the union's president, ... the union's president said": X
            return introduced
    actor = resolver.actor_at(m.start, m.end)
    holder = _titled_last_speaker(resolver, history, m, actor)
    if holder is not None:  # "President X said ... former president Y ... the president said": X
        return holder
    outlet = outlet_in_full(resolver.text, m) if m.kind in ("name", "group") else None
    if outlet is not None:  # "The Harbour Post reported ... the Post said": the Harbour Post
        return Said(outlet, actor.id if actor is not None and actor.kind != "person" else None, m, False)
    if (
        actor is not None
        and actor.kind == "person"
        and m.kind != "name"
        and _SOMEONE_OF.match(m.text, None, None, KEEP_GIL)
    ):
        return Said(m.text, None, m, True)  # "an aide to Senator X": the aide, not X
    if (
        actor is not None
        and actor.kind == "person"
        and m.kind in ("group", "description")
        and serves_named(resolver.text, m, actor.mentions)
    ):
        return Said(m.text, None, m, person_head(m.text))  # "a senior X adviser": the adviser, not X
    sent = (
        DOCUMENT_FROM.match(resolver.text, m.start, None, KEEP_GIL)
        if m.kind in ("group", "description")
        else None
    )
    issued_by = issuer_name(sent.group("by")) if sent is not None else ""
    if issued_by and not not_an_issuer(issued_by):
        # "according to a news release from the Department of X": the department
        return Said(issued_by, None, m, False)
    owner = (
        _OWNER_HEAD.search(m.text, None, None, KEEP_GIL)
        if actor is not None and m.kind in ("group", "description")
        else None
    )
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
        and DEFINITE_BEFORE.search(resolver.text, max(0, m.start - 5), m.start, KEEP_GIL) is not None
    ):
        # a demonym, not a state's own name: "the Vatican said" is the Holy See, not the pope
        code = geo.demonym_code(m.text) if geo.country_code(m.text) is None else None
        person = resolver.person_of(code, m.start) if code is not None else None
        if person is not None:  # "the American said": the American the article named last
            return Said(person.name, person.id, m, True)
        last = history.person
        if (
            (code or _man_of(m.text)) is not None
            and not _plural_demonym(m.text)
            and last is not None
            and last.actor_id is not None
            and resolver.country_of(last.actor_id) in (None, code or _man_of(m.text))
        ):
            # '"...," said the Croatian' after X spoke: X, whose nationality the article does not
            # tell otherwise (not anyone named since, who may be the one X spoke of)
            return Said(last.name, last.actor_id, m, True)
    gave = name_given_only(resolver.text, m)
    if gave is not None:  # "said a man who gave his name only as Tomas": Tomas
        return gave
    pair = named_pair(resolver, history, m, low)
    if pair is not None:  # "X met Y on Monday. They said ...": X and Y
        return pair
    own = body_opening_own_sentence(resolver, history, m) if m.kind == "pronoun" and low == "it" else None
    if isinstance(own, Mention):  # "The company slipped but it said ...": as "the company said",
        # when that names a body; else as before
        as_said = resolve_mention(resolver, own, history, forward)
        own = attrs.evolve(as_said, mention=m) if as_said.name and as_said.name != own.text else None
    if own is not None:  # "The Ministry of Mines retreated when it argued ...": the ministry
        return own
    if m.kind == "pronoun" and low in {"he", "she", "i"} and history.person is not None:
        # a pronoun attribution continues the last speaker (coreference by subject would pick
        # whoever the quote talked about), unless that speaker is of the other gender
        return continued_pronoun(resolver, m, low, history)
    if actor is not None and m.kind == "pronoun" and not kind_fits(actor, low):
        actor = None  # the actors plugin joined a "she" to a newspaper, a "they" to one person
    if actor is not None and m.kind == "pronoun" and not pronoun_fits(resolver, actor, low):
        actor = None  # the actors plugin joined a "he" to a woman it also calls "her"
    if actor is not None and m.kind == "pronoun" and named_only_in_quotes(resolver, actor, m.start, history):
        actor = None  # '"... Mayor X let us down," he said': not X, named only inside the words
    if actor is not None and actor.kind == "state" and m.kind == "name" and " " not in m.text:
        full = resolver.full_name(m.text, m.start)  # "Elton Washington ... Washington said": him
        if full is not None and _more_of_the_name(full, m.text):
            return Said(full, None, m, True)
    if actor is not None and actor.kind == "state" and m.kind == "name" and _honorific_first(m.text):
        # "Mr Irish said": a person with a surname that is also a nation's word, not the nation
        return Said(resolver.full_name(m.text, m.start) or m.text, None, m, True)
    if actor is not None and actor.kind == "person" and body_past_person(m.text, actor.name):
        # "according to Dunmore Regional Medical Center": the actors plugin took the first words
        # for a person; the mention names a body
        return Said(m.text, None, m, False)
    if actor is not None:
        if actor.kind == "person" and " " not in actor.name and m.kind != "pronoun":
            # an actor known by its surname alone: the full name the article gave it elsewhere,
            # or the mention's own when it writes more of the name ("Sheikh Hamid Sheikh Omar")
            full = resolver.full_name(actor.name, m.start)
            if full is None and m.kind == "name" and _more_of_the_name(m.text, actor.name):
                full = m.text
            return Said(full or actor.name, actor.id, m, True)
        if actor.kind == "person" and actor.name.split()[0].lower() in _NAME_PARTICLES:
            # "Pierre des Roches ... Des Roches added": a surname opening with a particle is the
            # full name the article gave
            full = resolver.full_name(actor.name, m.start)
            return Said(full if full and len(full) > len(actor.name) else actor.name, actor.id, m, True)
        if actor.kind == "person" or m.kind == "pronoun":
            return Said(actor.name, actor.id, m, actor.kind == "person")
        if (
            actor.kind != "state"
            and m.text[:1].isupper()
            and any(s == m.start and e > m.end for s, e in actor.mentions)
        ):
            # "said the Ministry of Health and Long-Term Care": the body's mention runs on past
            # the words the phrase kept (its "of" phrase)
            return Said(actor.name, actor.id, m, False)
        opening = next((s for s, e in actor.mentions if s < m.start and e >= m.end), None)
        if opening is not None and actor.kind != "state":
            # "the Department for Trade, Energy and Transport said": the last words of a body's
            # name are the body, or the one person of it the words before name
            return _one_of_the_body(resolver, m, opening, actor)
        # "a spokeswoman for Human Rights Watch": one person of the body, whom "she" continues
        return Said(m.text, actor.id, m, person_head(m.text) or someone_of_a_body(resolver.text, m))
    if m.kind == "pronoun":
        return unheld_pronoun(resolver, m, low, history)
    if m.kind == "name":
        full = resolver.full_name(m.text, m.start)
        title = m.text.split()[-1].lower()
        if full is None and " " in m.text and resolvable_title(title):
            # "the Yellowhead MP said": the person introduced with that title and those words
            modifiers = frozenset(w.lower() for w in m.text.split()[:-1])
            titled = resolver.titled(title, m.start, frozenset(), modifiers)
            if titled is not None:
                return Said(titled, None, m, True)
        held = capitalised_particle(resolver, m.text, m.start) if full is None else None
        if held is not None:  # "Hamid al-Rashid ... Al-Rashid said": the particle capitalised
            return Said(held.name, held.id, m, True)
        # an acronym ("TDC said") is a body, never the person a later "she" stands for
        is_person = not (m.text.isupper() and len(m.text) > 1) and m.text not in resolver.acronyms
        if is_person and full is None and _plural_name(resolver.text, m):
            is_person = False  # "The Tories said", "the Greens": a party or a group, whom no "she" continues
        return Said(full or m.text, None, m, is_person)
    owner = DOCUMENT_OWNER.match(m.text, None, None, KEEP_GIL) if m.kind in ("group", "description") else None
    if owner is not None and not not_an_issuer(owner.group(1)):
        # "an ISAF statement said", "the World Bank's report": who issued it (not "a Chinese report")
        issuing = Mention(m.start, m.start + owner.end(1), owner.group(1), "group")
        return resolve_mention(resolver, issuing, history, forward)
    if m.kind == "group" and " " not in m.text and m.text.lower() in _BARE_BODIES:
        body = resolver.body_before(m.start, m.text.lower())  # "Police said": the force named before
        if body is not None:
            return Said(body.name, body.id, m, False)
    topic = DOCUMENT_TOPIC.match(m.text, None, None, KEEP_GIL) if m.kind in ("group", "description") else None
    if topic is not None:  # "A Coastal Audit Office report on the projects says": the report
        return resolve_mention(
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
                return resolve_mention(resolver, issuer, history, forward)
    if m.kind == "description":
        said = described(
            resolver, m, history, forward, lambda other: resolve_mention(resolver, other, history, forward)
        )
        if said is not None:
            return said
    return Said(m.text, None, m, person_head(m.text) or someone_of_a_body(resolver.text, m))


def _one_of_the_body(resolver: Resolver, m: Mention, body: int, actor: Actor) -> Said:
    """The speaker of a mention that is the last words of a body's name opening at ``body``: the
    body, or the unnamed person of it the words before name ("a spokesman for the Department for
    Trade, Energy and Transport said"), whom a later "he" continues."""
    text = resolver.text
    one = _ONE_OF.search(text, max(0, body - 60), body, KEEP_GIL)
    if one is not None and person_title(one.group("head")):
        return Said(text[one.start("head") : m.end], actor.id, m, True)
    return Said(actor.name, actor.id, m, False)


_ONE_OF: Final = regex.compile(
    r"(?<![\p{L}])(?i:an?|another|one)\s+(?:\p{Ll}[\p{Ll}\-]*\s+){0,2}?(?P<head>\p{Ll}+)\s+"
    r"(?:for|of|at|with)\s+(?:the\s+)?$"
)
"""The words naming one person of a body before its name ("a spokesman for the ", "an official at ")."""


def _plural_name(text: str, m: Mention) -> bool:
    """Is a name mention a group's plural: its last word a plural that is never a person's name
    ("Tories", "Liberal Democrats"), a capitalised plural after "the" ("the Greens"), or a plural
    noun that can speak opening the sentence ("Officials said")?"""
    last = m.text.split()[-1]
    if not last.endswith("s") or last.endswith("ss") or len(last) < 4:
        return False
    if " " not in m.text and can_speak_head(last.lower()):
        return True  # "Officials said" opening a sentence
    return (
        last.lower() in NON_NAME
        or DEFINITE_BEFORE.search(text, max(0, m.start - 5), m.start, KEEP_GIL) is not None
    )


def _more_of_the_name(mention: str, name: str) -> bool:
    """Does the name mention write more of a person's name than the one word the actors plugin
    kept, ending with it and opening with a given name ("Hamid Sheikh Omar" for "Omar")?"""
    words = mention.split()
    return len(words) > 1 and words[-1] == name and is_given_name(words[0])


def _titled_last_speaker(
    resolver: Resolver, history: History, m: Mention, actor: Actor | None
) -> Said | None:
    """The last person quoted, for a definite title ("the president said") the actors plugin joined
    to another person, when the article introduced the speaker with that title and the other only
    with a rank ("former president Y") or not at all; else ``None``."""
    if m.kind != "description" or actor is None or actor.kind != "person":
        return None
    head = head_noun(m.text)
    h = history.person
    if (
        h is None
        or not h.name
        or h.actor_id == actor.id
        or h.name == actor.name
        or not resolvable_title(head)
    ):
        return None
    if DEFINITE_BEFORE.search(resolver.text, max(0, m.start - 5), m.start, KEEP_GIL) is None:
        return None
    if not resolver.has_title(h.name, head) or resolver.has_title(actor.name, head):
        return None
    return Said(h.name, h.actor_id, m, True)


def _honorific_first(mention: str) -> bool:
    """Does a name mention open with an honorific and go on ("Mr Irish", "Dr. French", "Prof Welsh")?"""
    words = mention.split()
    return len(words) > 1 and words[0].lower().rstrip(".") in _HONORIFICS


_HONORIFICS: Final = frozenset(w.rstrip(".") for w in lexicon.mapping("actors", "honorifics"))
_NAME_PARTICLES: Final = lexicon.words("speech", "particles inside a person's name")
_SOMEONE_OF: Final = regex.compile(
    r"(?:[\p{L}\-]+\s+){0,2}?(?:" + "|".join(lexicon.longest_first(PEOPLE_OF)) + r")\s+(?:to|for|of)\s",
    regex.IGNORECASE,
)
"""A person described by someone they work for or stand beside ("aide to Senator X", "a close
adviser to X", "lawyer for X")."""
_BARE_BODIES: Final = lexicon.words("speech", "bodies named by one word")
_OWNER_HEAD: Final = regex.compile(r"\p{L}['’]s\s+(?:[\p{L}\-]+\s+){0,2}\p{Ll}[\p{Ll}\-]*$")
"""A possessive before the head noun of a mention ("Kessel's union", "the firm's chief executive")."""
_OWNED: Final = regex.compile(r"['’]s?\s+\S+$")


def _man_of(word: str) -> str | None:
    """The country of a nationality noun for a person ("Dutchman", "Frenchwoman"), or ``None``."""
    for end in ("woman", "man"):
        if word.endswith(end) and len(word) > len(end) + 3:
            return geo.demonym_code(word[: -len(end)])
    return None


def _plural_demonym(word: str) -> bool:
    """Is ``word`` the plural of a nationality ("Armenians", not "Swiss")?"""
    return word.endswith("s") and geo.demonym_code(word[:-1]) is not None

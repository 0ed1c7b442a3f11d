"""Coreference for people, rule-based:

* name forms: full names that share a surname and a compatible given name ("Alexander" /
  "Aleksander Litvinenko", "George W. Bush" / "George Bush") are one person; a lone surname,
  "Mr. X" or "President X" joins the person with that surname (for Chinese, Korean and Vietnamese
  names the family name comes first: "Wen" is Wen Jiabao), the most recently mentioned one when
  several share it;
* title references: "the president", "the Russian leader", "the foreign minister" join the most
  recently mentioned person with that role (and that country, when one is named);
* pronouns: he/him/his/himself and she/her/hers/herself join the subject (first person mentioned)
  of their sentence when it comes before them, else the subject of one of the previous four
  sentences with a person in them, the nearest first; gender must not clash. Pronouns inside
  quotation marks are left alone (they speak from the speaker's point of view).
"""

from __future__ import annotations

import bisect
import operator
from collections import Counter
from collections.abc import Sequence
from typing import Final

from diplotext import lexicon
from diplotext.extractors.actors import fronting, kinship, names, namesakes, pronoun_cues, roles
from diplotext.extractors.actors.entities import Candidate, Entity, Tag, tagged
from diplotext.extractors.actors.roles import Gender
from diplotext.extractors.actors.titles import is_regnal_numeral
from diplotext.extractors.actors.tokens import Token, TokenIndex

_token_start = operator.attrgetter("start")
_token_end = operator.attrgetter("end")
_HISTORY = 4
_SUBJECT_PRONOUNS: Final = frozenset(["he", "she"])


def _same_full(a: Sequence[str], b: Sequence[str]) -> bool:
    if not names.same_token(a[-1], b[-1]):
        return False
    return names.same_token(a[0], b[0]) or names.initial_of(a[0], b[0]) or names.initial_of(b[0], a[0])


def _core(form: Sequence[str]) -> Sequence[str]:
    """A name without its regnal numeral: "Aldric Juan I" is keyed and compared as "Aldric Juan"."""
    return form[:-1] if len(form) >= 2 and is_regnal_numeral(form[-1]) else form


def _same_name(a: Sequence[str], b: Sequence[str]) -> bool:
    """Full names of one person, a regnal numeral aside ("Aldric Juan I", "Aldric Juan"); two
    numerals must agree ("Clement XV" is not "Clement XVI")."""
    ca, cb = _core(a), _core(b)
    if len(ca) < len(a) and len(cb) < len(b) and a[-1] != b[-1]:
        return False
    return _same_full(ca, cb)


class _Index:
    """People by the transliteration key of their name tokens, so that joining a mention looks at
    the few people who could match instead of all of them."""

    def __init__(self) -> None:
        self.people: list[Entity] = []
        self.by_last: dict[str, list[Entity]] = {}
        self.by_other: dict[str, list[Entity]] = {}
        self.starts: dict[int, list[int]] = {}
        self.aside: dict[int, int] = {}  # 1: named as someone's relative, 2: as dead (see kinship)
        self.introduced = namesakes.Introductions()  # where people are written in full
        self.lone: Counter[str] = Counter()  # lone names outside quotes and the first sentence

    def _put(self, table: dict[str, list[Entity]], token: str, ent: Entity) -> None:
        bucket = table.setdefault(names.skeleton(token), [])
        if not any(e is ent for e in bucket):
            bucket.append(ent)

    def new(self, ent: Entity) -> None:
        self.people.append(ent)
        self.starts[id(ent)] = []

    def add(self, ent: Entity, cand: Candidate) -> None:
        _add(ent, cand)
        bisect.insort(self.starts[id(ent)], cand.span[0])
        form = _core(cand.tokens)
        self._put(self.by_last, form[-1], ent)
        parts = form[-1].split("-")
        if len(form) >= 2 and len(parts) == 2 and all(p[:1].isupper() and len(p) > 2 for p in parts):
            # "Gloria Macapagal-Arroyo ... President Arroyo": a double surname's last part alone
            self._put(self.by_last, parts[1], ent)
        if ent.cjk:
            self._put(self.by_last, form[0], ent)
        for token in form[:-1]:
            self._put(self.by_other, token, ent)

    def last_before(self, ent: Entity, pos: int) -> int:
        starts = self.starts[id(ent)]
        k = bisect.bisect_left(starts, pos)
        return starts[k - 1] if k else -1

    def match_full(self, tokens: Sequence[str]) -> Entity | None:
        kin = tokens[0].lower() in _KIN_PARTICLES
        tail = [t.lower() for t in tokens]
        for ent in self.by_last.get(names.skeleton(_core(tokens)[-1]), ()):
            for form in ent.forms:
                if len(form) >= 2 and _same_name(tokens, form):
                    return ent
                if kin and len(form) > len(tokens) and [t.lower() for t in form[-len(tokens) :]] == tail:
                    return ent  # "Abu Samra", "Bin Hadi": the end of "Khaled Abu Samra"
                if (
                    len(tokens) >= 2
                    and len(form) > len(tokens)
                    and all(names.same_token(a, b) for a, b in zip(form[-len(tokens) :], tokens, strict=True))
                ):
                    return ent  # "Quispe Rojas": the two surnames of "Mateo Quispe Rojas"
        return None

    def match_single(self, token: str, pos: int, gender: Gender = None) -> Entity | None:
        """The person a lone name stands for: never one of the other sex when the mention says
        ("Mrs. Clinton" after "Bill and Hillary Clinton"); one with that family name before one
        with that given name; among people sharing a family name, one the article does not call
        by the given name alone (the lone "Gonzalez" is the father when the boy is "Elian"), one
        not named as a relative, one named in full in an earlier sentence (see namesakes); then
        the latest."""
        key = names.skeleton(token)
        best: Entity | None = None
        best_key = (0, 0, 0, -3, -(10**9) - 1, 0, -2)
        for score, table in ((2, self.by_last), (1, self.by_other)):
            bucket = table.get(key, ())
            # only between people both written with a full name ("Elian Gonzalez", "Juan Miguel
            # Gonzalez"), not against a lone titled name ("King Hussein")
            full = sum(1 for e in bucket if any(len(f) >= 2 for f in e.forms)) if score == 2 else 0
            for ent in bucket:
                named = full > 1 and namesakes.called_by_given_name(ent, token, self.lone)
                fits = gender is None or _gender_so_far(ent) in (None, gender)
                # "President George W. Bush ... his wife Laura Bush ... Bush visited Japan": of two
                # full names sharing the family name, the one holding an office is the salient one
                titled = 1 if full > 1 and ent.roles else 0
                # "Karim X, the son of Nabil X, the late prime minister ... X said": not the father
                aside = -self.aside.get(id(ent), 0) if full > 1 else 0
                # of two written in full, the one named in an earlier sentence (see namesakes)
                first = self.introduced.rank(ent) if full > 1 else 0
                rank = (
                    1 if fits else 0,
                    score,
                    0 if named else 1,
                    aside,
                    first,
                    titled,
                    self.last_before(ent, pos),
                )
                if rank > best_key:
                    best, best_key = ent, rank
        return best


def _add(ent: Entity, cand: Candidate) -> None:
    ent.mentions.append(cand.span)
    ent.forms.append(cand.tokens)
    ent.written.append(cand.written)
    ent.surfaces.append(cand.alias)
    if cand.title_alias:
        ent.surfaces.append(cand.title_alias)
    ent.add_roles(cand.roles)
    if cand.country:
        ent.countries.append(cand.country)
    if cand.gender and ent.gender is None:
        ent.gender = cand.gender


def _gender_so_far(ent: Entity) -> Gender:
    """The sex the mentions joined so far give a person: a cue's, else a full name's given name."""
    if ent.gender is not None:
        return ent.gender
    return next(
        (g for f in ent.forms if len(f) >= 2 and not ent.cjk for g in [names.given_name_gender(f[0])] if g),
        None,
    )


def _last_before(ent: Entity, pos: int) -> int:
    return max((s for s, _ in ent.mentions if s < pos), default=-1)


_KIN_PARTICLES: Final = lexicon.words("names", "arabic name particles")
"""Words that open an Arabic family name of two words ("Abu Samra", "bin Hadi")."""
_REGNAL: Final = lexicon.words("actors", "royal titles")


def join_names(cued: list[Candidate], uncued: list[Candidate], tokens: Sequence[Token]) -> list[Entity]:
    """People from name mentions: full names first, then lone names joined to them."""
    index = _Index()
    people = index.people
    for cand in sorted((c for c in cued if len(c.tokens) >= 2), key=lambda c: c.span):
        ent = index.match_full(cand.tokens)
        if ent is None:
            first = cand.tokens[0]
            ent = Entity("person", " ".join(cand.tokens))
            ent.cjk = (
                names.is_cjk_surname(first)
                and len(cand.tokens) <= 3
                and names.looks_cjk_given(cand.tokens[1])
                and not names.is_first_name(first)
            )
            index.new(ent)
        index.add(ent, cand)
        index.introduced.add(ent, tokens, cand.first)
        last = bisect.bisect_left(tokens, cand.span[1], key=_token_end)
        if last < len(tokens) and cand.first <= last:
            relative, dead = kinship.relative_or_dead(tokens, cand.first, last)
            if relative or dead:
                index.aside[id(ent)] = max(index.aside.get(id(ent), 0), 2 if dead else 1)
    index.lone = namesakes.lone_names([*cued, *uncued], tokens)
    left: list[Candidate] = []  # lone uncued words no person took
    for group in (
        [c for c in cued if len(c.tokens) == 1],
        [c for c in uncued if len(c.tokens) == 1],
    ):
        for cand in sorted(group, key=lambda c: c.span):
            ent = index.match_single(cand.tokens[0], cand.span[0], cand.gender)
            if (
                ent is not None
                and _REGNAL.intersection(cand.roles)
                and not _REGNAL.intersection(ent.roles)
                and all(len(f) >= 2 for f in ent.forms)
            ):
                ent = None  # "King Hussein" is not the "Saddam Hussein" named before
            if ent is None:
                if not cand.cued:
                    left.append(cand)
                    continue
                ent = Entity("person", cand.tokens[0])
                index.new(ent)
            index.add(ent, cand)
    promoted = len(people)
    # full names without a cue of their own: "Zlatko Aleksovski" once "Aleksovski, a former officer"
    for cand in sorted((c for c in uncued if len(c.tokens) >= 2), key=lambda c: c.span):
        ent = index.match_full(cand.tokens)
        if ent is None:
            # not a "King Hussein" or "Queen Rania": after a royal title the one name is a
            # given name, never the surname of some other full name
            ent = next(
                (
                    p
                    for p in index.by_last.get(names.skeleton(_core(cand.tokens)[-1]), ())
                    if len(p.forms[0]) == 1 and not _REGNAL.intersection(p.roles)
                ),
                None,
            )
        if ent is None:
            ent = _named_by_a_weak_cue(cand, left, index)
        if ent is not None:
            index.add(ent, cand)
    if len(people) > promoted:
        # the lone words of a full name that only a weak cue made a person: "Mbarak said"
        for cand in left:
            ent = index.match_single(cand.tokens[0], cand.span[0], cand.gender)
            if ent is not None and people.index(ent) >= promoted:
                index.add(ent, cand)
    for ent in people:
        ent.name = _fullest(ent)
        if ent.gender is None:
            for form in ent.forms:
                if len(form) >= 2 and not ent.cjk:
                    ent.gender = names.given_name_gender(form[0])
                    if ent.gender:
                        break
        ent.gender = ent.gender or roles.role_gender(ent.roles)
    return people


def _named_by_a_weak_cue(cand: Candidate, left: Sequence[Candidate], index: _Index) -> Entity | None:
    """A new person for an uncued full name whose last word the article also writes alone with a
    weak person cue ("Khamis Juma Mbarak ... Mbarak, 31, ...", "police arrested Mbarak"), before
    or after it; ``None`` when no lone word has such a cue."""
    if not cand.weak:
        return None
    last = names.skeleton(_core(cand.tokens)[-1])
    if not any(c.weak and names.skeleton(c.tokens[0]) == last for c in left):
        return None
    ent = Entity("person", " ".join(cand.tokens))
    index.new(ent)
    return ent


def _fullest(ent: Entity) -> str:
    """The fullest written form: most words, then a known given name, then the most used, then the first."""
    counts = Counter(ent.written)
    order: dict[str, int] = {}
    for n, form in enumerate(ent.written):
        order.setdefault(form, n)

    def rank(form: str) -> tuple[int, int, int, int]:
        toks = form.split()
        known = 1 if len(toks) >= 2 and names.is_first_name(toks[0]) else 0
        return (len(toks), known, counts[form], -order[form])

    return max(counts, key=rank)


def title_references(people: list[Entity], tokens: Sequence[Token], at: Sequence[Tag | None]) -> None:
    """ "the president", "the Russian leader": join the latest person with that role (and country)."""
    n = len(tokens)
    for i, tag in tagged(at):
        # each role tag once, at its first token
        if tag.start != i or tag.kind != "role":
            continue
        role = tag.code or ""
        if role not in roles.BACK_REFERENCE_ROLES:
            continue
        # not a title before a name, not "the president of ..."
        if (
            tag.end < n
            and tokens[tag.end].is_word
            and (tokens[tag.end].is_cap or tokens[tag.end].low == "of")
        ):
            continue
        j = tag.start - 1
        country: str | None = None
        if j >= 0 and at[j] is not None and at[j].kind == "demonym":  # type: ignore[union-attr]
            country = at[j].code  # type: ignore[union-attr]
            j = at[j].start - 1  # type: ignore[union-attr]
        if j < 0 or tokens[j].low != "the" or tokens[j].sentence != tokens[tag.start].sentence:
            continue
        pos = tokens[j].start
        best: Entity | None = None
        best_pos = -1
        holders: list[Entity] = []
        for ent in people:
            if not roles.holds(ent.roles, role):
                continue
            if country is not None:
                countries = set(ent.countries)
                if countries and country not in countries:
                    continue
                if not countries:
                    continue
            last = _last_before(ent, pos)
            if last >= 0:
                holders.append(ent)
            if last > best_pos:
                best, best_pos = ent, last
        best = _salient(holders, pos) or best
        if best is None and country is not None:
            # "Prime Minister X has been in Quito since Monday ... The Norwegian prime minister also
            # met ...": the one holder of the role named before, of no state yet, is the one meant
            best = _sole_stateless_holder(people, role, pos)
            if best is not None:
                best.countries.append(country)
        if best is None and role in _ROYAL_TITLES:
            best = _regnal_before(people, pos)  # "Clement XV's visit ... the pope"
            if best is not None:
                best.add_roles([role])
        if best is not None:
            best.mentions.append((pos, tokens[tag.end - 1].end))


_ROYAL_TITLES: Final = lexicon.words("actors", "royal titles")


def _sole_stateless_holder(people: list[Entity], role: str, pos: int) -> Entity | None:
    """The one person holding ``role`` mentioned before ``pos``, when that person has no state and
    nobody else holding the role is mentioned anywhere in the text; else ``None``."""
    holders = [ent for ent in people if role in ent.roles]
    if len(holders) != 1 or holders[0].countries or _last_before(holders[0], pos) < 0:
        return None
    return holders[0]


def _salient(holders: list[Entity], pos: int) -> Entity | None:
    """Of two or more holders of a role named before ``pos``, the story's protagonist: the one
    mentioned at least twice as often as any other ("Vice President X ... X met Vice President Y
    ... The vice president will travel on": X); else ``None`` (the latest one is taken)."""
    if len(holders) < 2:
        return None
    before = [(sum(1 for s, _ in h.mentions if s < pos), i) for i, h in enumerate(holders)]
    counts = sorted(before, reverse=True)
    (top, i), (second, _) = counts[0], counts[1]
    return holders[i] if top >= 2 and top >= 2 * second else None


def _regnal_before(people: list[Entity], pos: int) -> Entity | None:
    """The person named last before ``pos`` by a regnal name ("Clement XV", "Abdullah II") with no
    role: whom "the pope", "the king" stands for when no holder of the role is named."""
    best: Entity | None = None
    best_pos = -1
    for ent in people:
        if ent.roles or not is_regnal_numeral(ent.name.rsplit(" ", 1)[-1]):
            continue
        last = _last_before(ent, pos)
        if last > best_pos:
            best, best_pos = ent, last
    return best


def _owns_what_follows(tokens: Sequence[Token], end: int) -> bool:
    """Is the mention ending at ``end`` a possessor ("the president's schedule")?"""
    j = bisect.bisect_left(tokens, end, key=_token_start)
    return j < len(tokens) and tokens[j].start == end and tokens[j].text[:1] in ("'", "’")


def pronouns(people: list[Entity], tokens: Sequence[Token], index: TokenIndex | None = None) -> None:
    """Resolve he/him/his/she/her to the subject of this or a recent sentence (``index``: the
    tokens' index, watching the pronouns and "another")."""
    events: list[tuple[int, int, Entity | None, roles.Gender]] = []
    for ent in people:
        for s, e in ent.mentions:
            events.append((s, e, ent, None))
    gender_of = roles.PRONOUNS
    candidates = tokens if index is None else [tokens[k] for k in index.of_forms(gender_of)]
    events.extend(
        (tok.start, tok.end, None, gender_of[tok.low])
        for tok in candidates
        if tok.low in gender_of and tok.is_word and not tok.quoted
    )
    another = None if index is None else index.watched.get("another", [])
    others = pronoun_cues.another_persons(tokens, another)
    events.sort(key=lambda ev: (ev[0], ev[2] is None))
    history: list[tuple[int, Entity]] = []
    cur_sentence = -1
    subject: Entity | None = None
    named: list[Entity] = []  # the people named in this sentence, in order
    named_before: tuple[int, list[Entity]] = (-1, [])  # ... and in the sentence before
    latest: Entity | None = None  # the person named last in this sentence
    fronted = -1  # where the fronted phrase the subject was named in ends ("After talks with X, Y said")
    oblique = False  # the subject was named after a preposition ("against X"): not the clause's own
    unnamed = -1  # where "another militant" (someone never named) stands in this sentence
    for start, end, who, gender in events:
        # token starts rise strictly: the token starting at ``start``, if any
        k = bisect.bisect_left(tokens, start, key=_token_start)
        if k >= len(tokens) or tokens[k].start != start:
            continue
        sentence = tokens[k].sentence
        if sentence != cur_sentence:
            if subject is not None and not oblique:
                history.append((cur_sentence, subject))
            named_before = (cur_sentence, named)
            named = []
            cur_sentence = sentence
            subject = latest = None
            unnamed = -1
            fronted = -1
            oblique = False
        if who is not None:
            if pronoun_cues.compared(tokens, k):
                continue  # "tighter than for President X in 2022": X is no one the text goes on about
            if tokens[k].quoted:
                continue  # '"I was never told by X," he said': X is named in the words, not the one speaking
            named.append(who)
            if subject is None:
                subject = who
                fronted = fronting.fronted_phrase_end(tokens, k)
                # "... went the distance against X. '...,' he said": X is no subject of later sentences
                # (not "the second change to the president's schedule": an owner is the topic)
                oblique = fronting.after_a_preposition(tokens, k) and not _owns_what_follows(tokens, end)
            elif 0 <= fronted < start:
                # the first person after the fronted phrase is the clause's own subject
                subject, fronted, oblique = who, -1, False
            elif oblique and who is not subject and not fronting.oblique_or_coordinated(tokens, k):
                subject, oblique = who, False
            latest = who
            unnamed = -1
            continue
        j = bisect.bisect_left(others, start) - 1
        if j >= 0 and tokens[bisect.bisect_left(tokens, others[j], key=_token_start)].sentence == sentence:
            unnamed = max(unnamed, others[j])
        if unnamed >= 0 and (latest is None or all(e <= unnamed for _, e in latest.mentions)):
            # "the case echoes that of another former militant, ... before he was sent back": he
            # is that other person, whom the text never names
            continue
        if (
            latest is not None
            and pronoun_cues.for_to(tokens, k)
            and (latest.gender is None or latest.gender == gender)
            and any(e == tokens[k - 2].end for _, e in latest.mentions)
        ):
            # "gave the go-ahead to X for him to travel": the one named right before "for" (not
            # "X of Jordan paid for him to fly", where X is the payer)
            latest.mentions.append((start, end))
            continue
        choices: list[Entity] = []
        for sent_no, past in reversed(history[-_HISTORY:]):
            if sentence - sent_no <= _HISTORY + 2 and past not in choices:
                choices.append(past)
            if sent_no == sentence - 1 == named_before[0] and past.gender not in (None, gender):
                # "Ms A has invited Latvian Minister B to come. He will fly ...": the sentence
                # before is about someone of the other sex; "he" is the one it names last who may be
                choices.extend(
                    p for p in reversed(named_before[1]) if p.gender in (None, gender) and p not in choices
                )
        if subject is not None:
            # an object pronoun ("met her", "told him") is rarely its own clause's subject
            if pronoun_cues.is_object(tokens, k):
                choices.append(subject)
            else:
                choices.insert(0, subject)
        found = next((c for c in choices if c.gender is None or c.gender == gender), None)
        if found is None:
            continue
        found.mentions.append((start, end))
        if found.gender is None and tokens[k].low in _SUBJECT_PRONOUNS:
            # a given name no list knows: the first "he"/"she" tells ("X ... she said"); not a
            # possessive, which may be someone else's ("will travel in his place")
            found.gender = gender
        if subject is None:
            subject = found
            fronted = fronting.fronted_phrase_end(tokens, k)  # "Before her match with X, Y said

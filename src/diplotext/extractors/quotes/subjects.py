"""Who a cue's subject is when no name stands next to it.

``opening_subject`` reads the phrase opening the sentence ("Democrats described it as ominous, and
said ..."); ``clause_subject`` asks the clause layer for the subject of the clause whose verb the
cue is (shared by coordinated verbs, controlled in participles: "The governor met protesters and
said ...", "The envoy spoke about the talks, saying ...", "The chair of the group, a former
senator, said ..."); ``coordinated`` tells a cue that continues a verb phrase ("... and said",
"... but has said").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL
from diplotext.syntax import Clause, ClauseLayer, Phrase
from diplotext.syntax.words import DETERMINERS, POSSESSIVES, SUBJECT_PRONOUNS, verb_forms

from .countries import is_nationality, is_place_name
from .cues import CLAUSE_CUES, COMPLEMENT_CUES, LEMMAS
from .fronted import fronted_end, fronted_without_comma
from .mentions import PRONOUNS, Mention, core
from .naming import DOCUMENT_HEADS, can_speak_head
from .phrases import phrase_before
from .place_after import without_place

__all__ = [
    "MAX_SENTENCE",
    "can_speak",
    "clause_subject",
    "coordinated",
    "opening_subject",
    "quoted_as",
    "speaker_like",
]

# only asked whether it matches, so searched in reverse (tried at the end of the window only)
_COORDINATED: Final = regex.compile(
    r"(?r)(?<![\p{L}])(?:and|but)\s+(?:also\s+|then\s+|later\s+)?"
    r"(?:(?:has|have|had|will|would)\s+(?:also\s+)?)?$"
)


# a period inside the one quoted only after an initial or a title ("quoted Dr. A.B. Lee as saying")
_INNER_PERIOD: Final = (
    r"(?<=(?<![\p{L}])(?:\p{Lu}|" + lexicon.alternation("grammar", "title abbreviations") + r"))\."
)
_QUOTED_AS: Final = regex.compile(
    r"(?<![\p{L}])(?:quoted|quoting|quotes|quote|cited|citing|cites|cite)\s+"
    rf"((?:[^.;:!?\"“”]|{_INNER_PERIOD}){{2,160}}?)\s+as\s+$"
)


def quoted_as(text: str, lo: int, pos: int) -> tuple[Mention, int] | None:
    """The speaker of "as saying" at ``pos`` (the one quoted: "a paper quoted the director as
    saying ...", "citing officials as saying ...") and where "quoted"/"citing" starts."""
    if not text[max(lo, pos - 4) : pos].rstrip().endswith("as"):
        return None
    m = _QUOTED_AS.search(text, max(lo, pos - 200), pos, KEEP_GIL)
    if m is None:
        return None
    start, end = m.span(1)
    aux = (
        _PASSIVE_AUX.search(text, max(lo, m.start() - 20), m.start(), KEEP_GIL)
        if text[start:end].lower().startswith(("in ", "on "))
        else None
    )
    if aux is not None:
        # "X was cited in a daily as saying", "quoted on state radio as saying": X, the passive's subject
        before = phrase_before(text, lo, aux.start())
        found = core(text, *before) if before is not None else None
        return (found, m.start()) if found is not None else None
    if text[start:end].lower().startswith("by "):
        # "X was quoted by a daily as saying": X, the subject of the passive
        aux = _PASSIVE_AUX.search(text, max(lo, m.start() - 20), m.start(), KEEP_GIL)
        before = phrase_before(text, lo, aux.start()) if aux is not None else None
        found = core(text, *before) if before is not None else None
        return (found, m.start()) if found is not None else None
    if text[start:end].lower() in _OBJECT_PRONOUNS:
        return Mention(start, end, text[start:end], "pronoun"), m.start()
    found = core(text, start, end)
    return (found, m.start()) if found is not None else None


_PASSIVE_AUX: Final = regex.compile(r"(?r)(?<![\p{L}])(?:was|were|is|are|has\s+been|had\s+been|been)\s+$")
_OBJECT_PRONOUNS: Final = frozenset({"him", "her", "them", "me", "us"})


def speaker_like(m: Mention | None) -> Mention | None:
    """``m`` when it is a name or pronoun or its head can speak ("The money will ..." cannot)."""
    if m is None or m.kind in ("name", "pronoun"):
        return m
    return m if can_speak_head(m.text.split()[-1].lower()) else None


def coordinated(text: str, lo: int, pos: int) -> bool:
    """Does a coordinated verb phrase end at ``pos`` ("... and said", "... but has also said")?"""
    return _COORDINATED.search(text, max(lo, pos - 24), pos, KEEP_GIL) is not None


_IRREGULAR_PAST: Final = "|".join(
    sorted(lexicon.words("speech", "irregular past forms"), key=lambda w: (-len(w), w))
)
"""Irregular past forms of verbs ("spent", "took"): a verb after a subject, as "-ed" is."""
_TITLE: Final = r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.?\s+)?"
"""A short title before a name ("Sen.", "Dr")."""
_NAME_START: Final = regex.compile(_TITLE + r"\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,3}(?=\s+\p{Ll})")
_NOT_SUBJECTS: Final = lexicon.words("speech", "words that are no quoted subject")
_AUXILIARIES: Final = r"is|are|was|were|has|have|had|will|would"
_ADJUNCT_BEFORE_VERB: Final = r"(?:also\s+|then\s+|later\s+|on\s+\p{Lu}\p{Ll}+day\s+)?"
_SUBJECT_NP: Final = regex.compile(
    r"((?:(?:A|An|The|a|an|the)\s+)?"
    + _TITLE
    + r"(?!(?:A|An|The)\s)\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,3}(?:\s+\p{Ll}[\p{L}\-]*){0,2}?"
    r"|(?:A|An|The|a|an|the)\s+\p{Ll}[\p{L}\-]*(?:\s+\p{Ll}[\p{L}\-]*)?"
    r"|He|She|They|It|We)"
    r"(?=\s+"
    + _ADJUNCT_BEFORE_VERB
    + r"(?:"
    + _AUXILIARIES
    + r"|\p{Ll}+ed|\p{Ll}+(?<!s)s|"
    + _IRREGULAR_PAST
    + r")\s)"
)


_PLURAL_HEAD_NEXT: Final = regex.compile(
    r"\s+\p{Ll}+s\s+(?:of|" + lexicon.alternation("speech", "auxiliaries and modals") + r")(?![\p{L}])"
)
"""A lower-case word in -s, then "of" or an auxiliary: a plural noun, not the verb of the word before."""


def opening_subject(text: str, ss: int, pos: int, *, asides: bool = False) -> Mention | None:
    """The subject opening the sentence: who "..., arguing that ..." or "... and said ..." continues.

    A name, a pronoun or a short noun phrase ("A New York judge"), followed by a verb-like word,
    after a fronted adverbial if one opens the sentence ("Hours later, the mayor ..."); with
    ``asides``, also a name before asides in commas ("X, head of Y, backed ...", for a participle).
    """
    for _ in range(3):  # "Last month, when I asked him, he ...", "Back in 1999, in an interview, X ..."
        after = fronted_end(text, ss, pos)
        if after is None:
            after = fronted_without_comma(text, ss, pos)  # "During his speech Mr X took ..."
            if after is not None:
                ss = after
            break
        ss = after
    m = _SUBJECT_NP.match(text, ss, min(pos, ss + 120), KEEP_GIL)
    owned = (
        _owned_subject(text, ss, pos) if _OWNER_FIRST.match(text, ss, min(pos, ss + 120), KEEP_GIL) else None
    )
    if owned is not None:  # "Tomas's relatives in Lisbon have ...": the relatives, not Tomas
        return owned
    if m is not None:
        found = core(text, m.start(1), m.end(1))
        if found is not None and " " not in found.text and is_nationality(found.text):
            return None  # "American officials over the weekend became ...": no verb after "American"
        if (
            found is not None
            and " " not in found.text
            and _PLURAL_HEAD_NEXT.match(text, m.end(1), None, KEEP_GIL)
        ):
            return None  # "Some members of ... are", "Other indicators are": a plural noun, no verb
        return found
    m = _NAME_START.match(text, ss, min(pos, ss + 120), KEEP_GIL)
    if m is None:
        return _name_before_aside(text, ss, pos) if asides else None
    if text[m.start() : m.end()].split(maxsplit=1)[0].lower() in _NOT_SUBJECTS:
        return None
    return core(text, m.start(), m.end())


_OWNER_FIRST: Final = regex.compile(r"\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3}['’]s\s")
"""A sentence opening with an owner's name: "Tomas's", "Ms Lind's"."""
_OWNED_NP: Final = regex.compile(
    r"(?P<owner>\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3})['’]s\s+(?:[\p{L}\-]+\s+){0,5}?"
    r"(?=" + _ADJUNCT_BEFORE_VERB + r"(?:" + _AUXILIARIES + r"|\p{Ll}+ed|" + _IRREGULAR_PAST + r")\s)"
)
"""An owner's phrase opening a sentence up to its verb: "Tomas's relatives in Lisbon have"."""


def _owned_subject(text: str, ss: int, pos: int) -> Mention | None:
    """The phrase an owner's name opens as the subject ("Tomas's relatives in Lisbon"), not the
    owner; ``None`` when no verb of a past or perfect follows it or the phrase names no speaker."""
    m = _OWNED_NP.match(text, ss, min(pos, ss + 120), KEEP_GIL)
    found = core(text, m.start(), m.end() - 1) if m is not None else None
    if found is None or found.kind != "group":
        return found  # a name after the owner's, or the owner alone as the phrase reads it
    head = without_place(found.text).split()[-1].lower()
    # "X's dubious advice earned him a hearing for saying ...": what X owns does not speak; the
    # rules read on as before
    return found if can_speak_head(head) and head not in DOCUMENT_HEADS else None


_NAME_ASIDE_VERB: Final = regex.compile(
    r"(?P<name>" + _TITLE + r"\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3})"
    r"(?:,\s*(?:[RDI]-\p{Lu}[\p{L}.]{0,12}|(?:\p{Ll}|\p{Lu}[\p{L}.]*\s+\p{Ll})[^,;:\"“”()\n]{0,100}))"
    r"{1,3},\s+(?:(?:has|have|had)\s+)?"
    r"(?P<verb>\p{Ll}{2,}(?:ed|s)|" + _IRREGULAR_PAST + r")\s"
)
"""A name, one to three asides between commas (a party tag, a role, a relative clause), then a verb:
"Ana Ruiz, head of the port authority, backed ...", "Sen. X, D-Ore., who faces ..., withdrew ..."."""


def _name_before_aside(text: str, ss: int, pos: int) -> Mention | None:
    """The name opening the sentence before asides in commas and its verb, or None."""
    m = _NAME_ASIDE_VERB.match(text, ss, min(pos, ss + 260), KEEP_GIL)
    if m is None or m.group("name").split(maxsplit=1)[0].lower() in _NOT_SUBJECTS:
        return None
    return core(text, *m.span("name"))


MAX_SENTENCE: Final = 3000
"""Longest sentence (characters) read into clauses for a subject: longer runs are lists, not prose."""
_RELATIVE_SPEAKERS: Final = frozenset({"who", "whom"})
_SPEAKING_KINDS: Final = frozenset({"person", "organization", "state", "group"})


def can_speak(phrase: Phrase) -> bool:
    """Is ``phrase`` something that can say something: a named person, body or state, a pronoun,
    or a head noun for people or a body ("the governor", "officials", "the alliance")?"""
    at, end = phrase.head_span
    for entity in phrase.entities:  # the entity at the head ("UN cooperation" is no speaker)
        if (entity.start <= at < entity.end or entity.end == end) and entity.kind in _SPEAKING_KINDS:
            return True
    return phrase.head in PRONOUNS or can_speak_head(phrase.head)


def _core_end(phrase: Phrase) -> int:
    """Where a subject's core ends: after its head and any "of" phrases ("the chair of the
    group"), before other phrases ("the alliance [at the time]")."""
    end = phrase.head_span[1]
    for prep, inner in phrase.preps:
        if prep != "of" or inner.start - end > 5:
            break
        end = inner.end
    return max(end, phrase.head_span[1])


def _described_by_who(clauses: Sequence[Clause], subject: Phrase) -> bool:
    """Does a "who" clause describe ``subject`` ("The abbot, who has visited 30 countries, said")?
    Then it is a person, whatever its head noun."""
    return any(
        c.kind == "relative"
        and c.marker in _RELATIVE_SPEAKERS
        and c.subject is not None
        and c.subject.start == subject.start
        for c in clauses
    )


_OCCASIONS: Final = lexicon.words("speech", "verbs of an occasion to speak before an infinitive cue")


def _occasion(text: str, clauses: Sequence[Clause], clause: Clause) -> bool:
    """Does an infinitive cue hang on a verb saying what the subject did to speak ("went on to
    say", "took to Twitter to say", "rose to say")? Then its subject is the speaker."""
    if clause.parent is None or not 0 <= clause.parent < len(clauses):
        return False
    p = clauses[clause.parent].predicate
    words = [
        lemma for w in text[p.start : p.end].lower().split()[-1:] for lemma, _ in verb_forms().get(w, ())
    ]
    cue = text[clause.predicate.start : clause.predicate.end].lower().split()
    lemma = LEMMAS.get(cue[-1], "") if cue else ""
    after = text[p.end : clause.predicate.start].split()
    if "go" in words and after[:1] not in (["on"], ["as"], ["out"]):
        return False  # "went on to say", "went as far as to say", not "goes to court to defend"
    if "take" in words and after[:1] != ["to"]:
        return False  # "took to Twitter to say", not "it took a tackle to deny"
    return (
        any(w in _OCCASIONS for w in words)
        and clause.subject is not None
        # a reporting verb, not a career's work ("went on to write novels", "to report for X")
        and (lemma in CLAUSE_CUES or lemma in COMPLEMENT_CUES)
        and lemma not in _NOT_OCCASION_CUES
    )


_NOT_OCCASION_CUES: Final = frozenset({"write", "report"})


def clause_subject(layer: ClauseLayer | None, text: str, cue_start: int, floor: int) -> Mention | None:
    """The subject the clause layer gives the clause whose verb is at ``cue_start``, when it stands
    between ``floor`` and the cue and can speak (not "a letter that says ...", "the mood").

    A participle after a comma takes the subject of the clause it hangs on, and so does one whose
    own subject cannot speak ("He contacted the show saying ...": he, not the show)."""
    if layer is None or not layer.sentences:
        return None
    index = layer.sentence_at(cue_start)
    start, end = layer.sentences[index]
    if end - start > MAX_SENTENCE:
        return None
    clauses = layer.in_sentence(index)
    for clause in clauses:
        p = clause.predicate
        if not p.start <= cue_start < p.end:
            continue
        if (clause.kind == "infinitive" and not _occasion(text, clauses, clause)) or (
            clause.kind == "relative" and clause.marker not in _RELATIVE_SPEAKERS
        ):
            return None  # "too long to describe", "a letter that says"
        subject = clause.subject
        if clause.kind == "participle" and clause.parent is not None and 0 <= clause.parent < len(clauses):
            # ", saying ...": the subject of the clause it hangs on; "footage of X asking ...": X
            # when X can speak ("He contacted the show saying ...": he)
            after_comma = text[max(start, cue_start - 4) : cue_start].rstrip().endswith(",")
            if after_comma or subject is None or not can_speak(subject):
                subject = clauses[clause.parent].subject or subject
        if subject is None or subject.start < floor or subject.end > cue_start:
            return None
        if not can_speak(subject) and not _described_by_who(clauses, subject):
            return None
        if clause.kind == "relative":
            people = _people_in_place(text, start, subject)
            if people is not None:  # "farmers in Alberta, who have argued": the farmers
                return people
        end = min(_core_end(subject), cue_start)
        comma = text.find(",", subject.start, end)
        return core(text, subject.start, comma if comma > subject.start else end)  # "X, vice president"
    return None


_PLACE_KINDS: Final = frozenset({"state", "place", "city", "location"})
_IN_PLACE: Final = regex.compile(
    r"(?r)(?<![\p{L}])(?P<noun>\p{Ll}[\p{Ll}\-]*s)\s+(?:"
    + lexicon.alternation("speech", "prepositions before a place of people")
    + r")\s+$"
)


def _people_in_place(text: str, lo: int, subject: Phrase) -> Mention | None:
    """The people a "who" clause hangs on when the phrase before it is a place after them ("nervous
    farmers in Alberta, who have argued"), or ``None``."""
    if not text[subject.start : subject.start + 1].isupper():
        return None
    m = _IN_PLACE.search(text, max(lo, subject.start - 40), subject.start, KEEP_GIL)
    if m is None or not can_speak_head(m.group("noun")):
        return None
    if any(e.kind not in _PLACE_KINDS for e in subject.entities) or not is_place_name(
        text[subject.start : subject.end]
    ):
        return None
    return core(text, m.start("noun"), subject.end)


_WITH: Final = regex.compile(r"(?<![\p{L}])with\s+(?=[^,;:\"“”()]{2,100}$)")


def with_subject(text: str, lo: int, pos: int) -> Mention | None:
    """The subject of a participle in "..., with X saying ..." (X), or ``None``."""
    m = _WITH.search(text, max(lo, pos - 104), pos, KEEP_GIL)
    if m is None or not text[max(lo, m.start() - 3) : m.start()].rstrip().endswith(","):
        return None
    end = pos
    while end > m.end() and text[end - 1].isspace():
        end -= 1
    return speaker_like(core(text, m.end(), end))


_WHO_BEFORE: Final = regex.compile(r"(?r)(?<![\p{L}])who\s+(\p{Ll}+)(?![\p{L}])[^,;:\"“”()]{0,80}$")
_NEW_CLAUSE: Final = regex.compile(
    r"(?<![\p{L}])(?:but|while|whereas|and\s+(?:the|a|an|his|her|its|their))\s"
)
"""A clause of its own after the "who" clause ("who gives money but the report says")."""
_OWN_SUBJECT: Final = DETERMINERS | POSSESSIVES | SUBJECT_PRONOUNS
_PERFECT: Final = frozenset({"has", "have", "had"})
"""Words after "who" that open a subject of its own ("who he said ..."): the clause is no subject's."""


def relative_head(text: str, lo: int, pos: int) -> tuple[int, int] | None:
    """The noun phrase a restrictive "who" clause ending at the cue at ``pos`` hangs on
    ("economists who favor carbon taxes agree": economists; "an architect who said": not here,
    the cue is in the clause)."""
    m = _WHO_BEFORE.search(text, max(lo, pos - 90), pos, KEEP_GIL)
    if m is None or m.group(1) in _OWN_SUBJECT or _NEW_CLAUSE.search(text, m.end(1), pos, KEEP_GIL):
        return None
    if m.group(1) in _PERFECT and not text[m.end(1) : pos].strip():
        return None  # "those who have said": the cue is the relative's own verb
    head = phrase_before(text, lo, m.start())
    if head is None or core(text, *head) is None:
        return None  # described by "who", a phrase names a person whatever its head noun
    return head

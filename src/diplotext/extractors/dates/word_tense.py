"""The tense one cue word gives a date near it: "will", "was", "scheduled", "takes place", a word in
"-ed" (split from :mod:`diplotext.extractors.dates.tense`, which finds the cue words and weighs them).
"""

from __future__ import annotations

import re
from typing import Final

from diplotext import lexicon
from diplotext.lexicon import MONTH_NAMES, WEEKDAY_NAMES

from .due_to import due_to_cause, due_to_noun
from .maymodal import MAY, may_modal
from .plans import committed_to
from .possible import possibility
from .resolve import Tense

__all__ = [
    "CONDITIONAL",
    "FORECAST_PARTICIPLES",
    "FUTURE",
    "MODALS",
    "MORE_PAST",
    "NOT_PAST_ED",
    "PAST",
    "PLURAL_PRESENT",
    "POSSIBLE",
    "PRESENT_VERBS",
    "word_cue",
]


FUTURE: Final = frozenset(
    [
        "will",
        "shall",
        "would",
        "won't",
        "won’t",
        "due",
        "scheduled",
        "slated",
        "expects",
        "planning",
        "upcoming",
        "next",
        "later",
        "tomorrow",
        "gonna",
    ]
) | lexicon.words("time", "words of an expectation ahead")

_FUTURE_BEFORE_TO: Final = lexicon.words("time", "words before a future to")

_TO_VERBS: Final = lexicon.words("time", "event verbs after to")

PAST: Final = lexicon.words("time", "past forms")

_BY_AFTER: Final = re.compile(r"\s{1,3}by\s")

NOT_PAST_ED: Final = frozenset(
    [
        "scheduled",
        "expected",
        "planned",
        "need",
        "indeed",
        "speed",
        "feed",
        "seed",
        "bed",
        "red",
        "shed",
        "proceed",
    ]
)

FORECAST_PARTICIPLES: Final = lexicon.words("time", "participles of a forecast")
"""After "is" or "are", a date ahead ("rain is forecast from Sunday", "snow is predicted on Tuesday")."""

MODALS: Final = lexicon.words("time", "future modals")

POSSIBLE: Final = lexicon.words("time", "modals of a possibility ahead")

CONDITIONAL: Final = lexicon.words("time", "conditional openers")


def _irregular_pasts() -> frozenset[str]:
    """The past forms of the irregular verbs of the verbs lexicon ("underwent", "stood", "sold") that
    differ from their base and are not in ``time``/``irregular pasts that are no cue`` (nouns or
    adjectives first: "bound", "a bit", "the ground", "a spat")."""
    skip = lexicon.words("time", "irregular pasts that are no cue")
    forms: set[str] = set()
    for entry in lexicon.sections("verbs")["irregular"]:
        parts = entry.lower().split()
        if len(parts) >= 2:
            forms.update(f for f in parts[1].split("/") if f != parts[0] and f not in skip)
    return frozenset(forms)


MORE_PAST: Final = lexicon.words("time", "past verbs") | _irregular_pasts()

_SHORT_WEEKDAY_PASTS: Final = lexicon.words("time", "ambiguous weekday abbreviations") & MORE_PAST
"""Past forms that are also short weekdays ("sat", "wed"): with a capital inside a sentence, the day."""

_POINTING_BEFORE: Final = re.compile(
    rf"\b(?:{lexicon.alternation('time', 'words pointing to a week ahead')})\s{{1,3}}$", re.IGNORECASE
)
"""Before "sat" or "wed" in lower case: a word pointing to a week ahead ("this sat": the weekday)."""

_AUXILIARIES: Final = lexicon.words("time", "participle auxiliaries")

PRESENT_VERBS: Final = lexicon.words("time", "present verbs of a scheduled event")

_NOT_BEFORE_PRESENT: Final = lexicon.words("time", "not before a present verb")

_PARTICLES: Final = {
    "take": ("place", "effect"),
    "kick": ("off",),
    "get": ("under",),
    "come": ("into",),
    "wrap": ("up",),
}
"""The second word a present verb needs: "takes place", "takes effect", "kicks off", "gets under way",
"comes into force", "wraps up"."""

_DATE_AFTER_EXPECTED: Final = frozenset(
    [
        "on",
        "in",
        "by",
        "before",
        *(n.lower() for n in WEEKDAY_NAMES),
        *lexicon.mapping("time", "weekday abbreviations"),
        *(n.lower() for n in MONTH_NAMES),
    ]
)

_PLAN_AFTER_WAS: Final = lexicon.words("time", "plan words after was")

_NOT_BEFORE_EXPECTED: Final = lexicon.words("time", "not before an expected date")
"""A participle "expected" right before a day or month (or "on", "in", "by", "before" one) puts it
ahead ("the verdict, expected Friday"), but not after "as", "than" or a perfect auxiliary ("rose
as expected on Monday", "had expected in May")."""

_NOUN_LIKE_PRESENT: Final = lexicon.words("time", "present verbs as often nouns")
_MOTION_AFTER_NOUN_LIKE: Final = lexicon.words("time", "words making a noun-like present a motion verb")

PLURAL_PRESENT: Final = lexicon.words("time", "present verbs of a scheduled event after a plural")

_PLURAL_NOUN: Final = re.compile(r"[a-z]+[^su]s")
"""A plural noun before a verb ("talks", "polls"), not "this", "has", "was", "business", "bonus"."""
"""Present verbs in "-s" that are as often plural nouns ("talks, visits and tours on Monday")."""

_SET_FOR: Final = re.compile(
    rf"\s{{1,6}}(?:{lexicon.alternation('time', 'words after was set')})\b", re.IGNORECASE
)
"""After "was set": a plan ("was set to meet", "was set for Monday"), not "was set up"."""

_TOKEN_BEFORE: Final = re.compile(r"(\S+)\s{1,6}$")

_PREV: Final = re.compile(r"([A-Za-z]+)\s{1,6}$")

_BEEN_BEFORE: Final = re.compile(r"\bbeen\s{1,6}$", re.IGNORECASE)

_HAS_BEEN_BEFORE: Final = re.compile(r"\b(?:has|have)\s{1,6}been\s{1,6}$", re.IGNORECASE)
"""Before a word of a plan: the present perfect ("has been scheduled for November", "have been set to
meet on Monday"), a plan still ahead, unlike "had been scheduled"."""

_DETERMINER_BEFORE: Final = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|this|these|those)\s{1,6}(?:(?:still|newly|once|[a-z]+ly)\s{1,6})?$",
    re.IGNORECASE,
)
"""Before a word in "-ed" that is then an adjective, not a past verb: "a still unspecified date"."""

_NEXT: Final = re.compile(r"\s{1,6}([A-Za-z]+)")

_IN_NEXT: Final = re.compile(r"\s{1,6}(?:in|on)\b", re.IGNORECASE)
_THAN_NEXT: Final = re.compile(r"\s{1,3}than\b", re.IGNORECASE)
_NO_BEFORE: Final = re.compile(r"\b(?:no|not)\s{1,3}$", re.IGNORECASE)

_COPULAS: Final = lexicon.words("grammar", "copulas") | lexicon.words("time", "forms of be")


def word_cue(text: str, ws: int, we: int) -> Tense:
    """The tense the word ``text[ws:we]`` signals, looking at its neighbours for two-word cues."""
    w = text[ws:we].lower()
    if w.endswith(("'ll", "’ll")):
        return "future"
    if w in FORECAST_PARTICIPLES:
        p = _PREV.search(text, max(0, ws - 16), ws)
        if p is not None and p.group(1).lower() in ("is", "are"):
            return "future"  # "cooler weather is forecast from Sunday": the forecast day lies ahead
        if w == "forecast":
            return None  # "the forecast on Monday": a noun
    if w in (
        "was",
        "were",
        "to",
        "due",
        "scheduled",
        "expected",
        "set",
        "slated",
        "planned",
        "early",
        "soon",
    ):
        n = _NEXT.match(text, we)
        nxt = n.group(1).lower() if n else ""
        p = _PREV.search(text, max(0, ws - 16), ws)
        prev = p.group(1).lower() if p else ""
        if (w == "due" or (w == "to" and prev == "due")) and (
            due_to_noun(text, we) or due_to_cause(text, we, w)
        ):
            due = ws if w == "due" else p.start(1) if p else ws
            before_due = _PREV.search(text, max(0, due - 16), due)
            if before_due is None or before_due.group(1).lower() not in _COPULAS:
                return None  # "died due to a landslide on Saturday" (but "the report is due to the board")
        if w in ("was", "were") and nxt in _PLAN_AFTER_WAS:
            if nxt == "set" and not _SET_FOR.match(text, n.end() if n else we):
                return "past"  # "was set up in February": a past, not a plan
            return "future"  # "was scheduled to meet on Saturday": future from where the story stands
        if prev == "been" and w != "to":
            if (
                w in _PLAN_AFTER_WAS
                and p is not None
                and _HAS_BEEN_BEFORE.search(text, max(0, p.start() - 8), p.end())
                and not (w == "set" and not _SET_FOR.match(text, we))
            ):
                return "future"  # "the trial has been scheduled for November": a plan still ahead
            return "past"  # "had been due to expire Friday"
        if w == "expected" and prev in ("is", "are", "am"):
            return "future"  # "is expected in Lima on Thursday"
        if w == "expected" and prev not in _NOT_BEFORE_EXPECTED and nxt in _DATE_AFTER_EXPECTED:
            return "future"  # "the ruling, expected Thursday, ...", "a decision expected in June"
        if w == "to":
            if (
                prev in _FUTURE_BEFORE_TO
                and p is not None
                and _BEEN_BEFORE.search(text, max(0, p.start() - 8), p.start())
                and not _HAS_BEEN_BEFORE.search(text, max(0, p.start() - 16), p.start())
            ):
                return "past"  # "had been due to expire Friday", "had been scheduled to open on May 3"
            if committed_to(text, ws, we):
                return "future"  # "vowed to retake the port by June": a plan told from the past
            return "future" if nxt in _TO_VERBS or prev in _FUTURE_BEFORE_TO else None
        if w in ("early", "soon"):
            return "future" if prev == "as" and nxt == "as" else None  # "as early as Tuesday"
        if w == "planned":
            # "protesters planned a march on Saturday": a plan told from the past (see
            # future_in_past); "as planned", "than planned" say nothing of the date, and in "planned
            # on Friday to ..." the day is the planning's
            if prev in ("as", "than") or _DETERMINER_BEFORE.search(text, max(0, ws - 24), ws):
                return None  # "the originally planned launch on Wednesday was scrubbed": the clause tells
            return "past" if nxt == "on" else "future"
    if w == "next":
        n = _NEXT.match(text, we)
        if n and (n.group(1).lower() == "to" or n.group(1).lower().endswith("est")):
            return None  # "next to the embassy"; "the next highest country": a rank, no future
    if (w in ("earlier", "later")) and _THAN_NEXT.match(text, we):
        # "results are expected no earlier than Monday": a bound still ahead; a bare comparison ("earlier
        # than in June") says nothing of the date
        return "future" if _NO_BEFORE.search(text, max(0, ws - 5), ws) else None
    if w == "later" and _IN_NEXT.match(text, we):
        return None  # "escalated later in June", "Later on Tuesday he met": a place in the day, no future
    if w in FUTURE or w in MODALS:
        return "future"
    if w in POSSIBLE:  # "could be passed on Thursday", not "could not be found", "can't"
        return possibility(text, ws, we)
    if w in MAY:  # "thousands may attend the rally on Saturday", not "in may" (the month)
        return may_modal(text, ws, we)
    if w in CONDITIONAL:  # "if they beat the leaders on Wednesday", not "as if"
        return None if text[max(0, ws - 3) : ws].lower() == "as " else "future"
    if w in PRESENT_VERBS:
        return _present_verb(text, ws, we, w)
    if w in PLURAL_PRESENT:
        # "talks open on Friday": after a plural noun, a verb of a scheduled event
        p = _TOKEN_BEFORE.search(text, max(0, ws - 16), ws)
        prev = p.group(1) if p is not None else ""
        if prev.isalpha() and len(prev) > 3 and _PLURAL_NOUN.fullmatch(prev.lower()):
            return _present_verb(text, ws, we, w)
        return None
    if w in _SHORT_WEEKDAY_PASTS and (
        (text[ws].isupper() and ws > 2 and text[ws - 2] not in ".!?")
        or _POINTING_BEFORE.search(text, max(0, ws - 8), ws)
    ):
        return None  # "this Sat 10am", "6 Apr (Sat), 2pm", "next sat": the weekday, not "sat" or "wed"
    if (
        w in PAST
        or w in MORE_PAST
        or (len(w) > 4 and w.endswith("ed") and w not in NOT_PAST_ED and text[ws].islower())
    ):
        if w.endswith("ed") and _DETERMINER_BEFORE.search(text, max(0, ws - 24), ws):
            return None  # "on a still unspecified date", "the revised plan": an adjective
        if w.endswith("ed") and text.endswith(", ", 0, ws) and _BY_AFTER.match(text, we):
            return None  # "will welcome him on Tuesday, followed by talks": a participle set off
        chunk = text[max(0, ws - 8) : ws]  # the word before (the auxiliaries are short)
        words = chunk.split()
        whole = len(words) > 1 or ws <= 8 or not chunk[0].isalpha()
        if words and whole and (words[-1].lower() in _AUXILIARIES or words[-1].lower() in CONDITIONAL):
            return None  # "is closed", "are held", "will be completed": a participle; the auxiliary tells
        return "past"
    return None


def _present_verb(text: str, ws: int, we: int, w: str) -> Tense:
    """``future`` if ``text[ws:we]`` (``w``, lower case) is a present verb of a scheduled event
    ("the summit opens Monday", "leaders meet Tuesday"), ``None`` if it is more likely a noun, an
    infinitive or a verb after "did" ("the visits on Monday", "did not meet on Monday")."""
    stem = w[:-1] if w.endswith("s") and w[:-1] in _PARTICLES else w
    n = _NEXT.match(text, we)
    nxt = n.group(1).lower() if n else ""
    if (stem in _PARTICLES and not nxt.startswith(_PARTICLES[stem])) or (w == "heads" and nxt == "of"):
        return None  # "takes a vote", "comes home", "heads of state"
    p = _TOKEN_BEFORE.search(text, max(0, ws - 16), ws)
    if p is None or (not text[p.start(1)].isalnum() and text[p.start(1)] not in "\"“'‘"):
        return None  # opening a text, or after a dash or a bracket: unclear
    if p.group(1).endswith(",") and (
        not w.endswith("s") or (w in _NOUN_LIKE_PRESENT and nxt not in _MOTION_AFTER_NOUN_LIKE)
    ):
        return None  # "On Wednesday, Ricardo Alarcon, head of ...": an apposition
    # (but "X, who toured Peru in 2008, returns to Lima on Friday": a motion's "to" makes it a verb)
    # (a verb in "-s" after an apposition's comma is still the verb: "the weekly, a new title, starts
    # publication on Sunday")
    prev = p.group(1).strip("\"“”'‘’,").lower()
    if not prev or prev in _NOT_BEFORE_PRESENT or prev.endswith(("'s", "’s", "s'", "s’")):
        return None
    if not w.endswith("s") and (prev in PAST or prev in MORE_PAST or prev.endswith("ed")):
        return None  # "collided head on Saturday": after a past verb, no present verb
    return "future"

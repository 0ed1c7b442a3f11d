"""Dispatch of the grammar: which rules can start with a word, the trigger words of the pre-scan,
and the compiled patterns (one per rule, compiled on first use).

Every expression holds a *trigger* (a digit run, a month, a unit word ...); the scanner tries the
grammar only near a trigger, at a plausible start, and only with the rules that can begin with the
word there (:data:`FIRST_WORDS`).
"""

from __future__ import annotations

import re
from typing import Final

import regex

from diplotext import lexicon
from diplotext.asciitwin import re_ascii_twin
from diplotext.patterns import KEEP_GIL, plain_flags

from .blocks import DAY_ORDINALS, HOLIDAY_FIRST_WORDS, MONTHS, WEEKDAYS
from .grammar import NARRATIVE_ONLY, RULE_NAMES, RULES
from .values import trie

__all__ = [
    "CLOCK4",
    "DIGIT",
    "DIGIT_PAST",
    "FIRST_WORDS",
    "GLUED_MONTH",
    "LOOKBACK",
    "SCANNER",
    "THE",
    "TRIGGERS",
    "TWO_WORD",
    "match_at",
    "rule_names",
    "rules_for",
    "scan_tokens",
]

"""Words and digit runs: the scanner tries the grammar only near a trigger token, at a plausible start."""

CLOCK4: Final = "#4c"
"""The first-word key of four digits that are a clock time ("0735 GMT", "1030am")."""
TWO_WORD: Final = "2w"
"""The first-word key of a "2" that opens an informal day word ("2day", "2nite")."""
GLUED_MONTH: Final = "month."
"""The first-word key of a month abbreviation glued to its day ("Nov.6"): only the glued rules."""
DIGIT_PAST: Final = "#past"
"""The first-word key of one or two digits before "past" ("25 past 11"): only the clock-words rule."""
DIGIT: Final = "#"
"""The first-word key of a run of one to three digits (``#4``: four digits; ``'#``: "'90s")."""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_MONTHW = frozenset(MONTHS) | {"sept"}
_WEEKDAYW = frozenset(WEEKDAYS)
_SHORT_WEEKDAYW = frozenset(lexicon.mapping("time", "weekday abbreviations"))
_ANY_WEEKDAYW = _WEEKDAYW | _SHORT_WEEKDAYW
_PLURAL_WEEKDAYW = frozenset(w + "s" for w in WEEKDAYS)
"""Weekday words that are triggers; "sun", "sat", "wed" and "mon" only start an expression."""
_NUMW = frozenset(w for w in lexicon.NUMBER_WORDS if " " not in w) - {"dozen"} | _words("# #4")
_VAGUEW = _words("a few several some many couple dozens hundreds thousands number")
_MODPREW = _words("the very early late mid end beginning start middle turn close first second latter later")
_DURMODW = lexicon.words("time", "duration modifiers")
_SPANW = _words("the past last next previous following coming first final latest remaining")
_RELW = _words("the last next this coming past previous following current same that preceding year prior")
_PMODW = _words("early late earlier later")
_UNITW = lexicon.words("time", "time units")
_CLOCKW = _words("# noon midnight midday around about approximately")
_SEASONW = _words("spring summer autumn fall winter")

_SEQUEL_KEYS = frozenset(
    f"the_{w}" for o in ("following", "next", "previous", "preceding") for w in (o, o.title())
)
"""The keys of "the following January", "the previous winter" (by the word after "the": a plain "the"
would add a partial match to the keying of every "the" and word)."""

FIRST_WORDS: Final[dict[str, frozenset[str]]] = {
    "clock_words": lexicon.words("time", "first words of a clock time in words") | {DIGIT_PAST},
    "date_clock": _MONTHW,
    "clock_day": _CLOCKW | _words("#4c"),
    "day_clock": _ANY_WEEKDAYW,
    "iso": _words("#4"),
    "numeric": _words("#"),
    "unit_two_back": _words("the"),
    "week_of": _words("the_week the_Week the_weekend the_Weekend")
    | frozenset(f"the_{w}" for o in lexicon.mapping("time", "weeks of a month") for w in (o, o.title())),
    "md_range": _MONTHW,
    "md_range_glued": _words(GLUED_MONTH),
    "dm_range": _words("#"),
    "dmy": _words("#"),
    "mdy": _MONTHW,
    "mdy_glued": _words(GLUED_MONTH),
    "month_rel_year": _MONTHW | _words("early late mid"),
    "md_word": _MONTHW,
    "dm_word": frozenset(w.split("-", 1)[0] for w in DAY_ORDINALS),
    "month_range": _MONTHW,
    "month_year": _MONTHW | _MODPREW,
    "decade": _MODPREW
    | _words("# #4 '# twenties thirties forties fifties sixties seventies eighties nineties"),
    "century": _MODPREW | _words("# twenty") | frozenset(lexicon.mapping("time", "century ordinal words")),
    "fiscal": _words("the fiscal fy financial"),
    "quarter": _words("the this last next fiscal first second third fourth final year #"),
    "year_quarter": _words("the #4"),
    "quarter_q": _words("q1 q2 q3 q4 h1 h2"),
    "season_sequel": _SEQUEL_KEYS,
    "season": _MODPREW | _SEASONW | _words("last next this coming past that"),
    "ago": _DURMODW | _NUMW | _VAGUEW,
    "duration": _DURMODW | _SPANW | _NUMW | _VAGUEW,
    "duration_half": _words("half"),  # ("nearly half an hour": the rule looks back)
    "duration_quarter": _words("quarter quarters"),
    "duration_adj": _NUMW | _words("half") | lexicon.words("time", "vague counts of a unit adjective"),
    "duration_long": _UNITW,
    "bare_plural": _UNITW | _words("the_years the_decades the_centuries"),  # "over the years"
    "set": lexicon.words("time", "frequency openers") | _words("#"),
    "year_words": _words("the nineteen eighteen twenty two"),
    "story_later": _NUMW | _VAGUEW,
    # "that night", "the next morning", "the day before" ("later that evening": the rule looks back)
    "story_day": _words(
        "that the_next the_following the_previous the_same the_day the_Next the_Following the_Day"
    )
    | frozenset(
        f"the_{w}"
        for o in lexicon.words("time", "parts of a day counted from a day")
        for w in (o, o.capitalize())
    ),
    "bare_ordinal": _words("the_#"),
    "nth_day": frozenset(
        f"the_{w}" for o in lexicon.words("time", "ordinals of an event day") for w in (o, o.capitalize())
    ),
    "deictic": _PMODW
    | _words("the today tomorrow yesterday tonight overnight")
    | frozenset(lexicon.mapping("time", "informal day words"))
    | {TWO_WORD},
    "this_pod": _PMODW | _words("this last tomorrow yesterday"),
    "pod_alone": _words("mid early late"),
    "pod_the": _words("the_morning the_afternoon the_evening the_night"),
    "weekday_set": _PLURAL_WEEKDAYW | _words("weekends"),
    "weekday": _PMODW
    | _words("overnight")
    | _words("the previous following last next this coming past")
    | _ANY_WEEKDAYW,
    "relative": _PMODW | _MODPREW | _RELW | _words("midweek midmonth midyear"),
    "relative_plain": _RELW | frozenset(lexicon.mapping("time", "informal relative words")),
    "fin_period": _words("the its"),
    "same_month_year_ago": _words("the_same the_Same"),
    "last_years_period": _words("last"),
    "year_ago_adj": _words("year"),
    "the_weekend": _words("the this last next") | lexicon.words("time", "weekend words"),
    "fiscal_year": _words("the"),
    "unit_end": _words("the year month week quarter"),
    "unit_post": _words("the"),
    "rel_month": _words("last next this coming") | _SEQUEL_KEYS,
    "month": _MODPREW | _MONTHW,
    "era_year": _words("# ad"),
    "year": _MODPREW | _words("year #4"),
    "report_day": _words("the_day the_Day the_week the_Week"),  # (its lookbehind fails a partial match)
    "the_year": _words("the"),
    "year_end": _words("around about year"),
    "ref": lexicon.words("time", "present reference words"),
    "holiday": HOLIDAY_FIRST_WORDS,
    "clock": _CLOCKW | _words("#4c"),
    "vague_length": frozenset(["some time", "a while", "a little while"]),
    "later_date": frozenset(w for w in lexicon.words("time", "trigger phrases") if w.endswith(" date")),
}
assert set(FIRST_WORDS) == {name for name, _ in RULES}

TRIGGERS: Final[frozenset[str]] = (
    frozenset(MONTHS)
    | _ANY_WEEKDAYW
    | _PLURAL_WEEKDAYW
    | lexicon.words("time", "trigger words")
    | lexicon.words("time", "trigger phrases")
)
"""Lower-cased tokens one of which every expression contains (digit runs always count)."""

THE: Final = "the"
"""The one start word keyed by the word after it (``the_week``, ``the_January``): about half of all
rule tries started at a "the", and most of its rules cannot go on with the word that follows (a
partial match of "the week" tells which can); "the week of March 6" and "the same month last year"
are tried only there. A "the" before a number is keyed ``the_#`` ("the 1990s"), before a word the
pre-scan did not keep by that word ("the same time last year")."""

CONTINUERS: Final[frozenset[str]] = lexicon.words("time", "continuers")
"""Words that may follow a leading word that is not itself a trigger ("more than", "at least")."""


def _scanner() -> re.Pattern[str]:
    starters = frozenset().union(*FIRST_WORDS.values()) - {"#", "#4", CLOCK4, "'#", DIGIT_PAST}
    nexts = starters | TRIGGERS | CONTINUERS
    alpha = sorted(w for w in TRIGGERS if w.replace(" ", "").isalpha())  # ("some time": one token)
    lead = sorted(w for w in starters - TRIGGERS if w.isalpha())
    follow = sorted(w for w in nexts if w.isalpha())
    return re.compile(
        rf"(?<!\w)(?=[a-z\d])(?:(?P<d>\d+)|(?P<t>{trie(alpha)}|q[1-4]|h[12])\b|(?P<f>fy)(?=\s?\d)"
        rf"|(?P<s>{trie(lead)})\b(?=\.?,?[\s-]{{1,6}}['’]?(?:\d|(?:{trie(follow)})\b)))"
    )


# The pre-scan is a plain trie of literals (no backtracking); the standard library's ``re`` runs it
# about three times faster than ``regex``, and it is the one pass over every character of the text.
# Every token starts with a lower-case ASCII letter or a digit: the lookahead lets ``re`` skip other positions
# at once (the same matches as a leading ``\b``, about a sixth faster).
SCANNER: Final = _scanner()
"""Digit runs (``d``), trigger words (``t``), ``fy`` before a year (``f``) and leading words followed
by an expression word (``s``), in lower-cased text."""
_EDGE_SCAN: Final = r"(?<!\w)(?=[a-z\d])"
assert SCANNER.pattern.startswith(_EDGE_SCAN)
_SCANNER_AFTER_SEPARATOR: Final = re.compile(r"\W(?=[a-z\d])" + SCANNER.pattern[len(_EDGE_SCAN) :])
"""``SCANNER`` with the character before a token taken into the match (a token starts one character
after the match): a search for it skips at once to the characters that are no word character,
where ``SCANNER``'s leading lookbehind makes ``re`` try the trie at every character."""
_SCANNER_AFTER_SEPARATOR_ASCII: Final = re_ascii_twin(_SCANNER_AFTER_SEPARATOR)
"""``_SCANNER_AFTER_SEPARATOR`` for ASCII text (most lower-cased wire copy): the same matches, about a
tenth fewer instructions (``\\W`` and ``\\b`` read by a table, not the Unicode database)."""


def scan_tokens(low: str, lo: int, hi: int) -> list[tuple[int, int, str | None]]:
    """``(start, end, kind)`` of ``SCANNER``'s matches in ``low[lo:hi]``, in order (``kind`` is the
    match's group: ``d``, ``t``, ``f`` or ``s``). Every token ends with a word character, so none
    can start right after another: the next search begins where the last token ended."""
    out: list[tuple[int, int, str | None]] = []
    pos = lo - 1  # the character before ``lo`` (``SCANNER``'s lookbehind reads it too)
    if lo <= 0:  # a token may open the text, with no character before it
        first = SCANNER.match(low, 0, hi)
        if first is not None:
            out.append((0, first.end(), first.lastgroup))
        pos = 0 if first is None else first.end()
    scanner = _SCANNER_AFTER_SEPARATOR_ASCII if low.isascii() else _SCANNER_AFTER_SEPARATOR
    out.extend([(m.start() + 1, m.end(), m.lastgroup) for m in scanner.finditer(low, pos, hi)])
    return out


LOOKBACK: Final = 48
"""How far before a trigger an expression may start (the longest run of leading modifiers)."""

MATCH_REACH: Final = 400
"""How far past its start a rule may look: far more than the longest expression and the context its
lookaheads read, and a bound on the work of a pattern whose literal the ``regex`` module looks for
ahead before matching ("year" in "early June last year"), which would otherwise scan the rest of
the segment at every start that fails."""

_EDGE_BEFORE = r"(?<![\w'’$£€¥#/.:-])"


_EDGE: Final = regex.compile(_EDGE_BEFORE, regex.IGNORECASE | regex.VERSION0)
"""The left edge every rule begins with, checked once per start before any rule is tried."""
_EDGE_BLOCKERS_ASCII: Final = frozenset(c for c in map(chr, range(128)) if _EDGE.match(c + "0", 1) is None)
"""The ASCII characters before a start that ``_EDGE`` refuses (asked of ``_EDGE`` itself): a set
lookup where the character before a start is ASCII, the pattern only where it is not."""
_RULE_TEXT: Final = dict(RULES)
_RULE_PATTERNS: dict[str, regex.Pattern[str]] = {}
_NAMES_OF: dict[regex.Pattern[str], tuple[str, ...]] = {}


def _rule_pattern(name: str) -> regex.Pattern[str]:
    """One rule of the grammar, compiled on first use and kept."""
    pattern = _RULE_PATTERNS.get(name)
    if pattern is None:
        with plain_flags():
            pattern = regex.compile(
                rf"{_EDGE_BEFORE}(?:(?P<r_{name}>{_RULE_TEXT[name]}))(?![\w])",
                regex.IGNORECASE | regex.VERSION0,
            )
        _NAMES_OF[pattern] = (f"r_{name}",)  # before another thread can take the pattern
        _RULE_PATTERNS[name] = pattern
    return pattern


def rule_names(pattern: regex.Pattern[str]) -> tuple[str, ...]:
    """The rule group of a compiled grammar pattern."""
    return _NAMES_OF.get(pattern, RULE_NAMES)


_BY_WORD: dict[str, tuple[str, ...]] = {}
_BY_WORD_STORY: dict[str, tuple[str, ...]] = {}


def rules_for(word: str, narrative: bool = False) -> tuple[str, ...]:
    """The names of the rules that can start with ``word`` (lower case; ``#`` for 1-3 digits, ``#4``
    for four; ``the_Word`` for "the" before a word, see :data:`THE`), in priority order, with the
    :data:`NARRATIVE_ONLY` rules in narrative mode."""
    cache = _BY_WORD_STORY if narrative else _BY_WORD
    names = cache.get(word)
    if names is None:
        first, _, second = word.partition("_")
        names = tuple(
            name
            for name, _ in RULES
            if (word in FIRST_WORDS[name] or first in FIRST_WORDS[name])
            and (narrative or name not in NARRATIVE_ONLY)
        )
        if second:  # "the" before a word (or a number, "#"): only the rules that can go on with it
            sample = f"{first} {'1' if second == '#' else second}"
            names = tuple(
                name
                for name in names
                if word in FIRST_WORDS[name]
                or _rule_pattern(name).match(sample, None, None, KEEP_GIL, True) is not None
            )
        cache[word] = names
    return names


def match_at(word: str, text: str, start: int, end: int, narrative: bool = False) -> regex.Match[str] | None:
    """The grammar's match at ``start`` (up to ``end``) for a start word, or ``None``.

    The rules that can begin with ``word`` are tried one by one in priority order, each its own
    pattern compiled on first use: the first that matches wins, which is what one alternation of
    them would give (its branches are tried in order, with backtracking into each), while each rule
    is compiled once instead of once per group of start words it belongs to (46 rules, about a tenth
    of the compile time of the 58 word-specific alternations they made before; most articles need
    only a few of them)."""
    before = text[start - 1 : start] if start else ""
    if before in _EDGE_BLOCKERS_ASCII or (
        not before.isascii() and _EDGE.match(text, start, None, KEEP_GIL) is None
    ):
        return None
    end = min(end, start + MATCH_REACH)
    ready = _READY.get((word, narrative))
    if ready is not None:  # every rule of this word compiled: no lookups on the way
        for pattern in ready:
            m = pattern.match(text, start, end, KEEP_GIL)
            if m is not None:
                return m
        return None
    names = rules_for(word, narrative)
    for name in names:
        m = _rule_pattern(name).match(text, start, end, KEEP_GIL)
        if m is not None:
            return m
    if all(name in _RULE_PATTERNS for name in names):
        _READY[(word, narrative)] = tuple(_RULE_PATTERNS[name] for name in names)
    return None


_READY: dict[tuple[str, bool], tuple[regex.Pattern[str], ...]] = {}
"""The compiled rules of a start word, once all of them have been compiled (by use)."""

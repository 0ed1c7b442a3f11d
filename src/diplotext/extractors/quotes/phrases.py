"""Speaker phrases next to a cue: ``phrase_before`` finds the noun phrase ending before a cue ("Mr
Miliband said", "X, director of research at Y, said"), ``phrase_after`` the one after it ("said Cui
Tiankai, director of ..."); :func:`.mentions.core` trims either to the speaker mention."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.actors.names import is_given_name
from diplotext.lexicon import WEEKDAY_NAMES
from diplotext.model import Span
from diplotext.patterns import KEEP_GIL
from diplotext.syntax.words import PREPOSITIONS, dates_a_name

from . import fragments
from .between import adverbial_length
from .coordination import capitalised_conjuncts_start, named_groups_start
from .mentions import (
    LEADING_PREP,
    NOT_BEFORE_NAME,
    is_cap,
    is_word,
    tokens,
)
from .naming import PEOPLE_OF, PERSON_TITLES, can_speak_head
from .people_places import PLACE_PREPOSITIONS, people_before, people_from_place, plural_people
from .percent_tokens import join_percent
from .title_appositions import title_apposition_start

__all__ = ["contact_head_start", "phrase_before"]

_SKIP_BEFORE: Final = lexicon.words("speech", "words before a cue")
_DAYS: Final = frozenset((*WEEKDAY_NAMES, "today", "yesterday"))
_STOP_BEFORE: Final = lexicon.words("speech", "words ending a speaker phrase")
_DETERMINERS: Final = lexicon.words("speech", "words before a speaker name")

_TIME_UNITS: Final = frozenset(
    {"week", "month", "year", "night", "weekend", "spring", "summer", "autumn", "winter"}
)
_INNER_DETERMINERS: Final = lexicon.words("speech", "determiners opening a speaker phrase after a noun")
_BEFORE_INNER_DETERMINER: Final = lexicon.words("speech", "words before a determiner inside a speaker phrase")
_PHRASE_LEAD: Final = (_DETERMINERS - {"a", "an", "the"}) | LEADING_PREP
"""Words dropped from the front of a phrase before a cue ("many", "in"...)."""

_SHORT_WINDOW: Final = 64
"""Characters :func:`phrase_before` tokenises first; it looks at the whole window only when the
phrase may reach further back."""


class _Open:
    """The phrase may begin before the tokens looked at."""


_OPEN: Final = _Open()


def _surname_at(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Is the capitalised stop word at ``i`` a surname after a given name ("Rosalind May said"),
    not a modal or a month opening its sentence ("May said ..." alone stays a stop)?"""
    word = toks[i][2]
    return i > 0 and word[:1].isupper() and word[1:].islower() and is_given_name(toks[i - 1][2])


def _name_before_past(text: str, toks: list[tuple[int, int, str]], i: int) -> bool:
    """Is the capitalised modal right before a past cue a surname ("May said", "Will told"): a
    modal never takes a past form?"""
    word = toks[i][2]
    if i != len(toks) - 1 or not word[:1].isupper() or not word[1:].islower():
        return False
    return word.lower() in _MODALS and _PAST_CUE.match(text, toks[i][1]) is not None


_MODALS: Final = frozenset(k for k in lexicon.mapping("grammar", "modals") if k.isalpha() and len(k) > 2)
_PAST_CUE: Final = regex.compile(r"[ \t]+(?:said|told|added|wrote|\p{Ll}+ed)(?![\p{L}])")


def phrase_before(text: str, lo: int, pos: int) -> Span | None:
    """The noun phrase ending just before ``pos`` (skipping "has", "also", "on Monday"...)."""
    floor = max(lo, pos - 240)
    start = pos - _SHORT_WINDOW
    if start > floor:
        # Start at a space: the tokens after it are then the whole window's last tokens.
        while start > floor and text[start] not in " \t\n":
            start -= 1
        if start > floor:
            found = _phrase_before(text, join_percent(tokens(text, start, pos)), partial=True)
            if not isinstance(found, _Open):
                return found
    got = _phrase_before(text, join_percent(tokens(text, floor, pos)), partial=False)
    return None if isinstance(got, _Open) else got


def _phrase_before(text: str, toks: list[tuple[int, int, str]], *, partial: bool) -> Span | _Open | None:
    """:func:`phrase_before` over ``toks``; when they are only the last tokens of the window
    (``partial``) and the walk comes to their first, ``_OPEN``: the answer needs the ones before."""
    i = len(toks) - 1
    words = [t[2] for t in toks]
    if i > 0 and words[i] != ")" and ")" in words:
        bracket = _skip_adverbials(text, toks, words, i, partial=partial)
        if 0 <= bracket < i and toks[bracket][2] == ")":
            i = bracket  # "Sen. X (D-Ore.) last week said": the name before the bracket
    if i >= 0 and toks[i][2] == ")":  # "Sen. David Perdue (R-Ga.) said"
        k = i
        while k >= 0 and toks[k][2] != "(" and i - k < 12:
            k -= 1
        if partial and k <= 0:
            return _OPEN
        if k >= 0 and toks[k][2] == "(":
            if i - k == 2 and _ACRONYM.fullmatch(toks[k + 1][2]) and k > 0 and is_cap(toks[k - 1][2]):
                w, s = _acronym_name_start(toks, k)  # "the Bank for X and Y (BXY) said": the whole name
                if partial and w <= 0:
                    return _OPEN
                if w == 0 or toks[w - 1][2].lower() not in NOT_BEFORE_NAME | _NAME_LINKS:
                    while (
                        s > 0
                        and w - s < 6
                        and is_word(toks[s - 1][2])
                        and toks[s - 1][2].lower() not in _STOP_BEFORE
                    ):
                        s -= 1  # "the aid group Amis du Nord (AN)": the whole phrase, for core()
                    return toks[s][0], toks[i][1]
            i = k - 1
    if i >= 0 and toks[i][2] != "," and "," in words[max(0, i - 4) : i]:
        aside_end = _skip_adverbials(text, toks, words, i, partial=partial)
        if aside_end == _OPEN_AT:
            return _OPEN
        if 2 <= aside_end < i and toks[aside_end][2] == ",":
            i = aside_end  # "Norland, which occupies the south, had previously insisted"
    titled = title_apposition_start(toks, i) if i >= 2 and toks[i][2] == "," else None
    if titled is not None:
        i = titled - 1  # "X, Deputy Minister of Agriculture, said": the name before the title
    elif i >= 2 and toks[i][2] == ",":
        # '"...," X, director of research at Y, said': the name before the apposition
        k = i - 1
        while k > 0 and not _apposition_stop(toks, k) and i - k <= _APPOSITION_MAX:
            k -= 1
        if partial and k <= 0:
            return _OPEN  # the apposition may open before the tokens looked at
        if k > 0 and toks[k][2] == "," and _apposition_at(toks, k + 1):
            # "X, the councillor for Ward 4, one of the members suing, said": a second apposition
            # (also after a place: "X, the attorney general of Alberta, one of the provinces suing,")
            k2 = k - 1
            while k2 > 0 and not _apposition_stop(toks, k2) and k - k2 <= _APPOSITION_MAX:
                k2 -= 1
            if partial and k2 <= 0:
                return _OPEN
            if k2 > 0 and toks[k2][2] == "," and is_cap(toks[k2 - 1][2]) and _apposition_at(toks, k2 + 1):
                k = k2
        # "Rep. Ann Fell (R-Ohio), a panel member, said": the name before the bracket
        close = _bracket_open(toks, k) if _apposition_at(toks, k + 1) else k
        n = close - 1  # the name before the apposition runs back to a quote mark, a comma or the start
        while n > 0 and is_cap(toks[n - 1][2]) and is_word(toks[n - 1][2]) and close - n < 6:
            n -= 1
        if partial and n <= 0 < k:
            return _OPEN
        named = (
            n == 0
            or not is_word(toks[n - 1][2])
            or toks[n - 1][2].lower() not in NOT_BEFORE_NAME
            or toks[k + 1][2].lower() == "who"  # "X of the Y Center, who led the study, told"
        )
        # "One attendee, who ..., said the ...": not before a name after the cue ("..., said Li")
        relative = (
            (toks[k + 1][2] == "who" or (toks[k + 1][2] == "which" and _opens_sentence(toks, k)))
            and is_word(toks[k - 1][2])
            and not _NAME_AFTER_CUE.match(text, toks[-1][1])
        )
        # "The minister's office, when contacted by reporters, said": a clause set off before the
        # cue, after any noun phrase
        opener = k + 2 if toks[k + 1][2] in _ASIDE_CONJUNCTIONS and k + 2 < i else k + 1
        aside = toks[opener][2] in _ASIDE_OPENERS and is_word(toks[k - 1][2])
        if (
            k > 0
            and toks[k][2] == ","
            and toks[k + 1][2][:1].islower()
            and (is_cap(toks[close - 1][2]) or relative or aside)
            and (named or aside)
        ):
            if partial and close - 1 <= 0:
                return _OPEN
            i = close - 1
    if partial and i <= 0:
        return _OPEN
    relative = False
    if i >= 2 and toks[i][2].lower() in _PERFECT and toks[i - 1][2].lower() in {"who", "which"}:
        i -= 1  # "Democrats, who have argued": the relative's auxiliary
    who = False
    if i >= 1 and toks[i][2].lower() in {"who", "which"}:  # "an architect who said"
        relative = True
        who = toks[i][2].lower() == "who"
        i -= 1
        if i >= 0 and toks[i][2] == ",":
            i -= 1
        if i >= 0 and toks[i][2] == "those":
            return toks[i][0], toks[i][1]  # "among those who said": those, not "Among those"
        if i >= 2 and toks[i][2].isdigit() and toks[i - 1][2] == ",":
            i -= 2  # "Vera X, 49, who told ...": the name before the age
    i = _skip_adverbials(text, toks, words, i, partial=partial)
    if i == _OPEN_AT:
        return _OPEN
    if i < 0 or not is_word(toks[i][2]):
        return None
    if (
        toks[i][2].lower() in _STOP_BEFORE
        and not _surname_at(toks, i)
        and not _name_before_past(text, toks, i)
    ):
        return None
    last = i
    j = i
    while j >= 0 and last - j < 12:
        tok = toks[j][2]
        if not is_word(tok) and tok not in {"'", "’", "-", "."}:
            break
        if tok.lower() in _STOP_BEFORE and j != last:
            if tok.lower() == "to" and j > 0 and toks[j - 1][2].lower() in PEOPLE_OF:
                j -= 1  # "an aide to Senator X said": the aide
                continue
            if tok.lower() == "and":
                # "The former teacher and city councillor said": one person, two roles; "witnesses
                # and officials said": two groups, one speaker phrase
                groups = named_groups_start(toks, j, last)  # "The Greens and Social Democrats said"
                if groups is not None and groups > 0 and toks[groups - 1][2].lower() == "the":
                    groups -= 1  # "..., the Greens and Social Democrats said": the phrase's article
                elif groups is None and "," not in words[last + 1 :]:
                    # "..., the Fish and Game Department said", "Britain and France said"
                    groups = capitalised_conjuncts_start(toks, j, last)
                k = _coordinated_roles(toks, j, last) if groups is None else groups - 1
                j = _coordinated_groups(toks, j, last) if k == j else k
            break
        if tok == "-" and toks[j][0] > 0 and text[toks[j][0] - 1].isspace():
            break
        if j != last and j > 1 and _noun_then_determiner(toks[j - 2][2], toks[j - 1][2], tok):
            j -= 1  # "a decision one councillor called": the councillor's phrase opens at "one"
            break
        j -= 1
    if partial and j <= 0:
        return _OPEN
    first = j + 1
    while first <= last and toks[first][2].lower() in _PHRASE_LEAD:
        first += 1
    for k in range(first, last):
        before = toks[k - 1][2] if k else ""
        if (
            is_cap(toks[k + 1][2])
            and dates_a_name(toks[k][2], before, toks[k + 1][2])
            and (k == first or before.lower() in _BEFORE_A_DAY)
        ):
            # "On Friday Orbex Motor Company said", "At a news conference on Monday Orbex said":
            # the day dates the sentence; the name after it speaks
            first = k + 1
            break
    if first > last:
        return None
    if relative:
        # "refused to pay an architect who said": the noun phrase the relative hangs on starts at
        # its determiner, or after a preposition ("compared with 64 percent who say")
        for k in range(last - 1, first - 1, -1):
            word = toks[k][2]
            if word.lower() in _RELATIVE_NP_START and word.islower():
                first = k
                if who and people_before(toks, k, last):
                    first = k - 2  # "farmers in the valley, who say": the farmers
                break
            if who and word in PLACE_PREPOSITIONS and people_before(toks, k + 1, last):
                first = k - 1  # "nervous farmers in Alberta, who have argued": the farmers
                break
            if word in _RELATIVE_NP_AFTER:
                first = k + 1
                if people_from_place(text, toks, k, first, last):
                    first = k - 1  # "officials from Peru, who said": the officials
                break
    return toks[first][0], toks[last][1]


_BEFORE_A_DAY: Final = lexicon.words("speech", "words before a day inside a speaker phrase")
"""Words before a day or a month inside a phrase that make it a date ("a news conference on Monday
X said"), not a name's first word ("the Monday Club")."""
_FIRST_WORD: Final = regex.compile(r"\p{L}+")
_CONTACT_HEAD: Final = regex.compile(r"(?<![\p{L}])(\p{L}+)\s+(\p{Ll}+)\s+$")


def contact_head_start(text: str, lo: int, start: int) -> int:
    """Where the attribution of a speaker phrase at ``start`` begins: before the determiner and noun
    the phrase's relative clause hangs on ("his poisoning, *a charge* the ministry denied"), which
    belong to it and not to the clause before; else ``start``."""
    m = _CONTACT_HEAD.search(text, max(lo, start - 40), start, KEEP_GIL)
    if m is None:
        return start
    following = _FIRST_WORD.match(text, start)
    if following is None or not _noun_then_determiner(m.group(1), m.group(2), following.group()):
        return start
    return m.start()


def _noun_then_determiner(det: str, before: str, word: str) -> bool:
    """Does ``word`` open a noun phrase of its own after ``det before``, a determiner and a
    lower-case noun, a phrase of their own ("a decision | one councillor", "a plan | the mayor")?"""
    return (
        word.lower() in _INNER_DETERMINERS
        and word.islower()
        and det.lower() in _INNER_DETERMINERS
        and before.isalpha()
        and before.islower()
        and before not in _BEFORE_INNER_DETERMINER
        and before not in PREPOSITIONS
        and before not in _STOP_BEFORE
    )


_ACRONYM: Final = regex.compile(r"\p{Lu}{2,6}")
_NAME_LINKS: Final = lexicon.words("speech", "words linking the words of a body's name")


def _apposition_stop(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Does a comma or a quotation mark at ``k`` bound an apposition (not the comma of "4,000")?"""
    word = toks[k][2]
    if word == ",":
        return not (0 < k < len(toks) - 1 and toks[k - 1][2].isdigit() and toks[k + 1][2].isdigit())
    return word in {'"', "“", "”"}


def _apposition_at(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Does an apposition about a person open at ``k``: an article, or a lower-case noun for
    someone ("a panel member", "the councillor for Ward 4", "spokeswoman for X")?"""
    if k >= len(toks):
        return False
    word = toks[k][2]
    return word in {"a", "an", "the", "one"} or (word.islower() and can_speak_head(word))


def _bracket_open(toks: list[tuple[int, int, str]], k: int) -> int:
    """Where a bracket closing right before the comma at ``k`` opens, when a capitalised word stands
    before it ("Ann Fell (R-Ohio), ..."); else ``k``."""
    if k < 3 or toks[k - 1][2] != ")":
        return k
    b = k - 2
    while b > 0 and toks[b][2] != "(" and k - b < 10:
        b -= 1
    return b if toks[b][2] == "(" and b > 0 and is_cap(toks[b - 1][2]) else k


def _opens_sentence(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Does the short phrase before the comma at ``k`` open its sentence ("The watchdog, which
    advises ..., said"; not "..., with a focus on X, which ..., said the experts")?"""
    n = k - 1
    while n > 0 and k - n < 8 and is_word(toks[n - 1][2]):
        n -= 1
    if any(t[2].lower() in _AUXILIARIES for t in toks[n:k]):
        return False  # "Growth was fast, which ...": a clause, not a noun phrase
    if k - n < 8 and n > 1 and toks[n - 1][2] == "," and toks[n][2] in _CLAUSE_CONJUNCTIONS:
        return True  # "..., but Norland, which occupies the south, had insisted": a clause of its own
    return k - n < 8 and (n == 0 or toks[n - 1][2] in _SENTENCE_OPENING_MARKS)


_AUXILIARIES: Final = lexicon.words("speech", "auxiliaries and modals")
_SENTENCE_OPENING_MARKS: Final = frozenset('.!?"”“;')
_CLAUSE_CONJUNCTIONS: Final = lexicon.words("speech", "fronted conjunctions")


def _acronym_name_start(toks: list[tuple[int, int, str]], k: int) -> tuple[int, int]:
    """Where the name spelt out before the bracket at ``k`` starts: its capitalised words and the
    links between them ("Bank for Reconstruction and Development"), back to a "the" at most; the
    first of those words (with the links) and the first capitalised one."""
    w = k - 1
    while w > 0 and k - w < 10 and (is_cap(toks[w - 1][2]) or toks[w - 1][2] in _NAME_LINKS):
        w -= 1
        if toks[w][2] == "the":
            break
    s = w
    while s < k - 1 and toks[s][2].islower():
        s += 1
    return w, s


_RELATIVE_BEFORE: Final = regex.compile(
    r",\s*(?:" + lexicon.alternation("grammar", "relatives") + r")\s[^,;:\"“”]*$", regex.IGNORECASE
)
"""A relative clause running up to the adverb's comma ("the party, which backs X, however, said"): its
end is no speaker."""
_OPEN_AT: Final = -2
"""What :func:`_skip_adverbials` returns when the walk reaches the first of partial tokens."""


def _skip_adverbials(
    text: str, toks: list[tuple[int, int, str]], words: list[str], i: int, *, partial: bool
) -> int:
    """The last token at or before ``i`` that is no adverb, auxiliary or time phrase ("has also
    said", "last month said", "on Monday said"); ``_OPEN_AT`` when ``partial`` tokens run out."""
    while i >= 0:
        if partial and i <= 0:
            return _OPEN_AT
        word = toks[i][2].lower()
        if word in _SKIP_BEFORE or (toks[i][2].islower() and fragments.is_adverb(word)):
            i -= 1  # "has also said", "has long said", "has traditionally argued"
        elif (
            word == ","
            and i >= 2
            and toks[i - 1][2].lower() in _SKIP_BEFORE
            and toks[i - 2][2] == ","
            and _RELATIVE_BEFORE.search(text, max(0, toks[i - 2][0] - 120), toks[i - 2][0]) is None
        ):
            i -= 3  # "Backers of the bill, however, say": an adverb set off by commas
        elif skip := adverbial_length(words, i):
            i -= skip  # "groups also widely condemned", "have in fact said"
        elif word in _DAYS and i > 0 and toks[i - 1][2].lower() in {"on", "late", "early"}:
            i -= 2
        elif word in _TIME_UNITS and i > 0 and toks[i - 1][2].lower() in {"last", "this", "next", "earlier"}:
            i -= 2  # "the company last month said"
        elif word in _DAYS:
            i -= 1
        else:
            break
    if partial and i <= 0:
        return _OPEN_AT
    return i


def _coordinated_roles(toks: list[tuple[int, int, str]], at: int, last: int) -> int:
    """Where the phrase before ``at`` (an "and") starts when "the ROLE and ROLE" names one person
    ("the former teacher and city councillor"): before its "the"; else ``at`` (the phrase is
    the words after the "and")."""
    after = [t[2] for t in toks[at + 1 : last + 1]]
    head = after[-1] if after else ""
    if not head.islower() or head.endswith("s") or head not in PERSON_TITLES:
        return at
    if any(w.lower() in _RELATIVE_NP_START for w in after):
        return at  # "the mayor and the council": two speakers
    k = at - 1
    while k >= 0 and at - k <= 4 and toks[k][2].islower() and toks[k][2].isalpha():
        if toks[k][2] in _STOP_BEFORE:
            return at
        k -= 1
    role = toks[at - 1][2] if at > 0 else ""
    if k < 0 or k == at - 1 or toks[k][2].lower() != "the" or role.endswith("s"):
        return at
    return k - 1


def _coordinated_groups(toks: list[tuple[int, int, str]], at: int, last: int) -> int:
    """Where the phrase before ``at`` (an "and") starts when two groups of people speak together
    after a comma or at a sentence start ("..., witnesses and police officers said", "medical
    sources and witnesses said"): before the first group; else ``at``."""
    after = [t[2] for t in toks[at + 1 : last + 1]]
    if not after or len(after) > 3 or not all(w.isalpha() and w.islower() for w in after):
        return at
    if not plural_people(after[-1]):
        return at
    k = at - 1
    while k >= 0 and at - k <= 3 and toks[k][2].isalpha() and toks[k][2][1:].islower():
        word = toks[k][2].lower()
        if word in _STOP_BEFORE or word in _DETERMINERS or word.endswith(("ing", "ed")):
            break
        if word in PREPOSITIONS:
            return at  # "With politicians and campaigners calling for ...": no subject
        if toks[k][2][0].isupper():  # "Police and firefighters said": only as the sentence's first word
            if k > 0 and toks[k - 1][2][-1:] not in _SENTENCE_OPENING_MARKS:
                return at
            k -= 1
            break
        k -= 1
    first = toks[at - 1][2].lower()
    if k == at - 1 or not plural_people(first) or not (can_speak_head(first) or can_speak_head(after[-1])):
        return at
    if not can_speak_head(first) and after[0] in _DETERMINERS | _QUANTIFIERS:
        return at  # "shares fell on the news and many observers said": a second clause
    if (
        k >= 0
        and toks[k][2] != ","
        and toks[k][2][-1:] not in _SENTENCE_OPENING_MARKS
        and toks[k][2].lower() not in _DETERMINERS
    ):
        return at
    return k


_PERFECT: Final = frozenset({"has", "have", "had"})
_QUANTIFIERS: Final = lexicon.words("speech", "quantifiers before a cue noun")
_RELATIVE_NP_START: Final = frozenset(
    {"a", "an", "the", "his", "her", "their", "its", "our", "this", "these", "those"}
)
_RELATIVE_NP_AFTER: Final = frozenset(
    {"with", "to", "for", "from", "by", "about", "among", "including", "like", "than"}
)


_NAME_AFTER_CUE: Final = regex.compile(r"\s*\S+\s+\p{Lu}")
"""A capitalised word after the cue at the position: perhaps its speaker ('..., said Li')."""
_APPOSITION_MAX: Final = 16
_ASIDE_OPENERS: Final = lexicon.words("speech", "participles opening an aside between a speaker and its cue")
_ASIDE_CONJUNCTIONS: Final = lexicon.words("speech", "conjunctions before an aside participle")

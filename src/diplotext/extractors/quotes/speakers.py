"""Speakers: the noun phrase an attribution names, and its resolution to a full name.

``phrase_before`` / ``phrase_after`` find the speaker mention next to a cue ("Mr Miliband said",
"said Cui Tiankai, director of ..."); ``core`` trims a mention to the name or group text
("Russian foreign minister Sergei Lavrov" -> "Sergei Lavrov", "a Thai official" -> "Thai
official"). ``Resolver`` turns a mention into a full name: through the ``actors`` plugin's
mentions first, then through names found in the article, then through the previous speakers.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import Final

import attrs
import regex

from diplotext.extractors.quotes import fragments
from diplotext.extractors.quotes.naming import BODY_WORDS, PEOPLE_OF, acronyms_in, gender_of
from diplotext.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from diplotext.model import Actor, Span

__all__ = [
    "PRONOUNS",
    "Mention",
    "Resolver",
    "core",
    "name_like",
    "phrase_after",
    "phrase_before",
]

_TOKEN: Final = regex.compile(r"[\p{L}\p{N}](?:[\p{L}\p{N}'’\-]|\.(?=\p{L}))*\.?|[^\s\p{L}\p{N}]")
_CAP_WORD: Final = regex.compile(r"(?:(?:al|el|bin|ibn|de|van|von|da|di|du|la|le|der|dos|das)[\-\s]?)?\p{Lu}")

PRONOUNS: Final = frozenset({"he", "she", "they", "it", "we", "i"})

_SKIP_BEFORE: Final = frozenset(
    {
        "has",
        "have",
        "had",
        "also",
        "later",
        "then",
        "further",
        "again",
        "repeatedly",
        "previously",
        "earlier",
        "once",
        "reportedly",
        "publicly",
        "recently",
        "had earlier",
        "would",
        "will",
        "has also",
        "flatly",
        "firmly",
        "strongly",
        "openly",
        "quickly",
        "simply",
        "separately",
        "however",
        "only",
        "even",
        "last",
        "immediately",
        "subsequently",
    }
)
_NOT_NAME: Final = frozenset(
    [
        "on",
        "in",
        "at",
        "but",
        "and",
        "according",
        "meanwhile",
        "however",
        "for",
        "from",
        "to",
        "by",
        "with",
        "after",
        "before",
        "during",
        "when",
        "while",
        *WEEKDAY_NAMES,
        "today",
        "yesterday",
        *MONTH_NAMES,
        "last",
        "next",
        "this",
        "earlier",
        "later",
        "also",
        "asked",
        "speaking",
    ]
)
_LEADING_PREP: Final = frozenset({"in", "on", "at", "of", "during", "after", "before", "under", "inside"})
_DAYS: Final = frozenset((*WEEKDAY_NAMES, "today", "yesterday"))
_STOP_BEFORE: Final = frozenset(
    {
        "that",
        "and",
        "but",
        "which",
        "who",
        "whom",
        "when",
        "while",
        "as",
        "because",
        "if",
        "although",
        "though",
        "where",
        "after",
        "before",
        "since",
        "so",
        "than",
        "or",
        "nor",
        "yet",
        "said",
        "told",
        "says",
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "could",
        "should",
        "can",
        "may",
        "might",
        "must",
        "not",
        "also",
        "has",
        "have",
        "had",
        "to",
        "what",
        "by",
        "about",
        "into",
        "perhaps",
        "resist",
        "then",
    }
)
_STOP_AFTER: Final = frozenset(
    {
        "at",
        "on",
        "in",
        "during",
        "after",
        "before",
        "when",
        "while",
        "here",
        "there",
        "to",
        "that",
        "as",
        "from",
        "about",
        "of",
        "with",
        "who",
        "which",
        "and",
        "but",
        "because",
        "adding",
        "noting",
        "referring",
        "speaking",
        "according",
        "citing",
    }
    | _DAYS
)
_DETERMINERS: Final = frozenset({"a", "an", "the", "but", "and", "so", "yet", "then", "however"})
_TITLE_WORDS: Final = frozenset(
    w.lower()
    for w in [
        "President",
        "Vice",
        "Prime",
        "Minister",
        "Premier",
        "Foreign",
        "Assistant",
        "Deputy",
        "Secretary",
        "General",
        "Chancellor",
        "King",
        "Queen",
        "Prince",
        "Princess",
        "Emperor",
        "Empress",
        "Mr",
        "Mr.",
        "Mrs",
        "Mrs.",
        "Ms",
        "Ms.",
        "Dr",
        "Dr.",
        "Sen.",
        "Senator",
        "Rep.",
        "Representative",
        "Gov.",
        "Governor",
        "Ambassador",
        "Special",
        "Envoy",
        "Spokesman",
        "Spokeswoman",
        "Spokesperson",
        "Chairman",
        "Chairwoman",
        "Chair",
        "Chief",
        "Director",
        "Defence",
        "Defense",
        "Interior",
        "Justice",
        "Trade",
        "Finance",
        "State",
        "Lt.",
        "Gen.",
        "Col.",
        "Maj.",
        "Capt.",
        "Judge",
        "Pope",
        "Lord",
        "Lady",
        "Sir",
        "Sheikh",
        "Speaker",
        "Leader",
        "Candidate",
        "Democratic",
        "Republican",
        "House",
        "Senate",
        "Supreme",
        "Commander",
        "Executive",
        "Attorney",
        "Former",
        "Acting",
        "Senior",
        "Minister-Counsellor",
        "Counsellor",
        "Consul",
        "Consul-General",
        "Presidential",
        "Nominee",
        "Mayor",
        "Councillor",
        "Councilman",
        "Congressman",
        "Congresswoman",
        "Parliament",
        "Parliamentary",
        "Opposition",
        "Labour",
        "Labor",
        "Conservative",
        "Democrat",
        "Republican",
        "Gen",
        "Sen",
        "Rep",
        "Prosecutor",
        "Prosecutor-General",
        "Commissioner",
        "Envoy",
        "Cardinal",
        "Archbishop",
        "Bishop",
        "Rabbi",
        "Imam",
        "Ayatollah",
        "Grand",
        "Crown",
        "Army",
        "Navy",
        "Air",
        "Force",
        "Police",
        "Party",
        "Communist",
        "Socialist",
        "Liberal",
        "Green",
        "US",
        "U.S.",
        "UN",
        "U.N.",
        "EU",
        "E.U.",
        "UK",
        "U.K.",
        "Defence",
        "Economy",
        "Energy",
        "Health",
        "Education",
        "Agriculture",
        "Culture",
        "Transport",
        "Home",
        "Environment",
        "Industry",
        "Labour",
        "Legal",
        "Affairs",
        "Security",
        "National",
        "Federal",
        "Central",
        "Regional",
        "Provincial",
        "Foreign-Minister",
        "Prime-Minister",
        "Dame",
        "Brig.",
        "Admiral",
        "Adm.",
        "Sgt.",
        "Officer",
        "Agent",
        "Detective",
        "Inspector",
    ]
)
_ORG_WORDS: Final = frozenset(
    w.lower()
    for w in [
        "Ministry",
        "Office",
        "News",
        "Agency",
        "Council",
        "Government",
        "Party",
        "Committee",
        "Court",
        "Foundation",
        "Union",
        "Commission",
        "Organisation",
        "Organization",
        "Bank",
        "Fund",
        "Times",
        "Post",
        "Press",
        "Department",
        "Embassy",
        "Consulate",
        "Parliament",
        "Congress",
        "Senate",
        "Assembly",
        "Tribunal",
        "Army",
        "Police",
        "Service",
        "Services",
        "Institute",
        "Association",
        "Corporation",
        "Company",
        "Group",
        "Network",
        "Television",
        "Radio",
        "Journal",
        "Herald",
        "Tribune",
        "Telegraph",
        "Guardian",
        "Agency",
        "Board",
        "Council",
        "Cabinet",
        "Kremlin",
        "Pentagon",
        "Interpol",
        "Xinhua",
        "Reuters",
        "AFP",
        "AP",
        "Kyodo",
        "Tass",
        "TASS",
        "ITAR-TASS",
        "ISNA",
        "IRNA",
        "Fars",
        "BBC",
        "CNN",
        "Secretariat",
        "Authority",
        "Administration",
        "League",
        "Alliance",
        "Movement",
        "Front",
        "Forces",
        "Unit",
        "Center",
        "Centre",
        "Coalition",
        "Campaign",
        "Mission",
        "Delegation",
        "Federation",
        "Bureau",
        "Prosecutor's",
        "Prosecutors",
    ]
)
_NATIONALITY: Final = regex.compile(
    r"^(?:\p{Lu}\p{Ll}+(?:ian|ean|ese|ish)|French|Dutch|American|Mexican|Moroccan|Cuban|Kenyan|Ugandan|"
    r"Sudanese|Chilean|Peruvian|Venezuelan|Libyan|Syrian|Iranian|Afghan|Tibetan|Nepalese|Sri\s+Lankan|"
    r"Israeli|Iraqi|Kuwaiti|Thai|Greek|Swiss|Dutch|Czech|Slovak|Iraqi|Israeli|"
    r"Pakistani|Saudi|Yemeni|Omani|Qatari|Bahraini|Emirati|Afghan|Filipino|Malay|Lao|Kazakh|Uzbek)$"
)
_COUNTRIES: Final = frozenset(
    w.lower()
    for w in [
        "Iran",
        "Iraq",
        "China",
        "Russia",
        "Britain",
        "England",
        "France",
        "Germany",
        "Japan",
        "India",
        "Israel",
        "Syria",
        "Libya",
        "Egypt",
        "Turkey",
        "Pakistan",
        "Afghanistan",
        "Ukraine",
        "Poland",
        "Italy",
        "Spain",
        "Canada",
        "Australia",
        "Brazil",
        "Mexico",
        "Korea",
        "Vietnam",
        "Laos",
        "Thailand",
        "Indonesia",
        "Malaysia",
        "Singapore",
        "Philippines",
        "Cuba",
        "Venezuela",
        "Nigeria",
        "Kenya",
        "Ethiopia",
        "Sudan",
        "Tehran",
        "Beijing",
        "Moscow",
        "Washington",
        "London",
        "Paris",
        "Berlin",
        "Tokyo",
        "Delhi",
        "Kabul",
        "Baghdad",
        "Damascus",
        "Cairo",
        "Ankara",
    ]
)
_PHRASE_OPENERS: Final = frozenset(
    [
        "a",
        "an",
        "the",
        "one",
        "two",
        "three",
        "four",
        "several",
        "many",
        "some",
        "another",
        "other",
        "senior",
        "top",
        "both",
        "most",
        "few",
    ]
)
_PRONOUN_LEAD: Final = regex.compile(r"(?i:(he|she|they|it|we|i))(?:['’](?:d|ll|ve|m|re|s))?$")
_HONORIFICS: Final = frozenset({"mr", "mrs", "ms", "dr", "prof", "sir", "dame"})
_NOT_NAME_OR_ARTICLE: Final = _NOT_NAME | {"a", "an", "the"}
_POSSESSIVE_TAIL: Final = regex.compile(r"['’]s?(?:\s+[\p{Ll}][\p{L}\-]*){0,3}$")


@attrs.frozen
class Mention:
    """A speaker mention: its span, its text and what kind of phrase it is."""

    start: int
    end: int
    text: str
    kind: str  # "name", "pronoun", "group", "description"


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def _last_tokens(text: str, floor: int, pos: int, n: int) -> list[tuple[int, int, str]]:
    """``_tokens(text, floor, pos)[-n:]``, tokenising a short stretch first: from a space, the
    tokens are the same as the whole stretch's last ones."""
    start = pos - 8 * n
    while start > floor and text[start] not in " \t\n":
        start -= 1
    if start > floor:
        toks = _tokens(text, start, pos)
        if len(toks) >= n:
            return toks[-n:]
    return _tokens(text, floor, pos)[-n:]


def _is_word(tok: str) -> bool:
    return tok[0].isalnum()


def _is_cap(tok: str) -> bool:
    return _CAP_WORD.match(tok) is not None or (tok[0].isupper())


def name_like(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a proper name (1-6 capitalised words, particles allowed)?"""
    toks = _tokens(text, start, end)
    words = [t for t in toks if _is_word(t[2])]
    if not words or len(words) > 6 or len(words) != len(toks):
        return False
    if any(
        w[2].lower() in _NOT_NAME and not (w[2] == "and" and 0 < k < len(words) - 1)
        for k, w in enumerate(words)
    ):
        return False
    return (
        _is_cap(words[0][2])
        and _is_cap(words[-1][2])
        and all(
            _is_cap(w[2])
            or w[2].lower() in {"al", "bin", "de", "van", "von", "da", "di", "du", "la", "le", "of", "and"}
            for w in words
        )
    )


_PHRASE_LEAD: Final = (_DETERMINERS - {"a", "an", "the"}) | _LEADING_PREP
"""Words dropped from the front of a phrase before a cue ("many", "in"...)."""

_SHORT_WINDOW: Final = 64
"""Characters :func:`phrase_before` tokenises first; it looks at the whole window only when the
phrase may reach further back."""


class _Open:
    """The phrase may begin before the tokens looked at."""


_OPEN: Final = _Open()


def phrase_before(text: str, lo: int, pos: int) -> Span | None:
    """The noun phrase ending just before ``pos`` (skipping "has", "also", "on Monday"...)."""
    floor = max(lo, pos - 240)
    start = pos - _SHORT_WINDOW
    if start > floor:
        # Start at a space: the tokens after it are then the whole window's last tokens.
        while start > floor and text[start] not in " \t\n":
            start -= 1
        if start > floor:
            found = _phrase_before(text, _tokens(text, start, pos), partial=True)
            if not isinstance(found, _Open):
                return found
    got = _phrase_before(text, _tokens(text, floor, pos), partial=False)
    return None if isinstance(got, _Open) else got


def _phrase_before(text: str, toks: list[tuple[int, int, str]], *, partial: bool) -> Span | _Open | None:
    """:func:`phrase_before` over ``toks``; when they are only the last tokens of the window
    (``partial``) and the walk comes to their first, ``_OPEN``: the answer needs the ones before."""
    i = len(toks) - 1
    if i >= 0 and toks[i][2] == ")":  # "Sen. David Perdue (R-Ga.) said"
        k = i
        while k >= 0 and toks[k][2] != "(" and i - k < 12:
            k -= 1
        if partial and k <= 0:
            return _OPEN
        if k >= 0 and toks[k][2] == "(":
            i = k - 1
    if i >= 2 and toks[i][2] == ",":
        # '"...," X, director of research at Y, said': the name before the apposition
        k = i - 1
        while k > 0 and toks[k][2] not in {",", '"', "“", "”"} and i - k <= _APPOSITION_MAX:
            k -= 1
        if k > 0 and toks[k][2] == "," and toks[k + 1][2][:1].islower() and _is_cap(toks[k - 1][2]):
            if partial and k - 1 <= 0:
                return _OPEN
            i = k - 1
    if partial and i <= 0:
        return _OPEN
    if i >= 1 and toks[i][2].lower() in {"who", "which"}:  # "an architect who said"
        i -= 1
        if i >= 0 and toks[i][2] == ",":
            i -= 1
    while i >= 0:
        if partial and i <= 0:
            return _OPEN
        word = toks[i][2].lower()
        if word in _SKIP_BEFORE:
            i -= 1
        elif word in _DAYS and i > 0 and toks[i - 1][2].lower() in {"on", "late", "early"}:
            i -= 2
        elif word in _DAYS:
            i -= 1
        else:
            break
    if partial and i <= 0:
        return _OPEN
    if i < 0 or not _is_word(toks[i][2]) or toks[i][2].lower() in _STOP_BEFORE:
        return None
    last = i
    j = i
    while j >= 0 and last - j < 12:
        tok = toks[j][2]
        if not _is_word(tok) and tok not in {"'", "’", "-", "."}:
            break
        if tok.lower() in _STOP_BEFORE and j != last:
            break
        if tok == "-" and toks[j][0] > 0 and text[toks[j][0] - 1].isspace():
            break
        j -= 1
    if partial and j <= 0:
        return _OPEN
    first = j + 1
    while first <= last and toks[first][2].lower() in _PHRASE_LEAD:
        first += 1
    if first > last:
        return None
    return toks[first][0], toks[last][1]


_ROLE_WORDS_MAX: Final = 3
_APPOSITION_MAX: Final = 12


def _role_word(tok: str) -> bool:
    """A lower-case word that may stand in a title before a name ("lead", "author", "spokesman")."""
    return _is_word(tok) and tok.islower() and tok not in _STOP_AFTER and tok not in _NOT_NAME_OR_ARTICLE


def phrase_after(text: str, pos: int, hi: int) -> Span | None:
    """The noun phrase starting at ``pos`` ("said Cui Tiankai, director..." -> "Cui Tiankai")."""
    toks = _tokens(text, pos, min(hi, pos + 200))
    if not toks or not _is_word(toks[0][2]):
        return None
    first = toks[0][2]
    if not (first[0].isupper() or first.lower() in PRONOUNS or first.lower() in _PHRASE_OPENERS):
        # "said lead author Anna Berg", "said spokesman Tom Reed": role words, then the name
        k = 0
        while k < min(_ROLE_WORDS_MAX, len(toks)) and _role_word(toks[k][2]):
            k += 1
        if k == 0 or k >= len(toks) or not _is_cap(toks[k][2]):
            return None
    last = 0
    for k, (_, _, tok) in enumerate(toks):
        if k >= 10 or (not _is_word(tok) and tok not in {"'", "’", "-"}):
            break
        if k > 0 and tok.lower() in _STOP_AFTER:
            break
        last = k
    return toks[0][0], toks[last][1]


def _strip_titles(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    while len(words) > 1:
        w = words[0][2]
        low = w.lower().rstrip(".")
        strippable = (
            low in _TITLE_WORDS
            or w.lower() in _TITLE_WORDS
            or w.islower()
            or (low in _COUNTRIES and len(words) > 2)
            or (_NATIONALITY.match(w) is not None and len(words) > 2)
        )
        if not strippable:
            break
        words = words[1:]
    return words


def core(text: str, start: int, end: int) -> Mention | None:
    """Trim a speaker phrase to a name ("Sergei Lavrov"), group text or pronoun, after the word
    that opens the sentence ("But X said": :mod:`diplotext.extractors.quotes.fragments`)."""
    toks = list(_tokens(text, start, end))
    while len(toks) > 1 and fragments.leading_fragment(toks[0][2]):
        toks = toks[1:]  # "But X said", "Although X insisted"
    if not toks:
        return None
    return _core(text, toks)


def _core(text: str, toks: list[tuple[int, int, str]]) -> Mention | None:
    while toks and (not _is_word(toks[-1][2]) or toks[-1][2] in {"'s", "’s"}):
        toks.pop()
    if toks and toks[-1][2].endswith(".") and len(toks[-1][2]) > 2:
        last_word = toks[-1][2].rstrip(".").lower()
        if last_word not in _HONORIFICS and last_word not in {"jr", "sr", "st", "co", "inc", "ltd"}:
            s, e, w = toks[-1]
            toks[-1] = (s, e - 1, w[:-1])  # the sentence's period, not an abbreviation
    if not toks:
        return None
    # "Chinese Foreign Ministry's announcement" -> "Chinese Foreign Ministry"; but "Mr Reed's aides"
    # are the aides
    tail = _POSSESSIVE_TAIL.search(text, toks[0][0], toks[-1][1])
    if tail is not None and toks[-1][2].lower() in PEOPLE_OF and tail.start() > toks[0][0]:
        while toks and toks[0][2].lower() in {"a", "an", "the"}:
            toks = toks[1:]
        if toks:
            return Mention(toks[0][0], toks[-1][1], text[toks[0][0] : toks[-1][1]], "group")
    if tail is not None and tail.start() > toks[0][0] and tail.group()[:1] in "'’":
        toks = [t for t in toks if t[0] < tail.start()]
        if toks and toks[-1][1] > tail.start():
            s, e, w = toks[-1]
            toks[-1] = (s, tail.start(), w[: tail.start() - s])
    if not toks:
        return None
    if len(toks) == 1 and toks[0][2].lower() in PRONOUNS:
        s, e, w = toks[0]
        return Mention(s, e, w, "pronoun")
    lead = _PRONOUN_LEAD.match(toks[0][2])
    if lead is not None and len(toks) <= 3 and all(t[2].islower() for t in toks[1:]):
        s = toks[0][0]  # "We already asked", "I'd say": the pronoun alone
        return Mention(s, s + lead.end(1), lead.group(1), "pronoun")
    last = toks[-1][2]
    if _is_cap(last) and last.lower() not in _TITLE_WORDS:
        # the trailing run of capitalised words
        k = len(toks) - 1
        while k > 0 and (
            _is_cap(toks[k - 1][2])
            or toks[k - 1][2].lower() in {"al", "bin", "de", "van", "von"}
            or (toks[k - 1][2] == "and" and k > 1 and _is_cap(toks[k - 2][2]) and last.lower() in _ORG_WORDS)
        ):
            k -= 1
        run = toks[k:]
        kb = k - 1
        while kb >= 0 and toks[kb][2].lower() in {"the", "a", "an"}:
            kb -= 1
        if (
            len(run) <= 2
            and kb >= 0
            and toks[kb][2].lower() in {"in", "of", "for", "from", "at", "to", "on", "with"}
        ):
            rest = toks
            while rest and rest[0][2].lower() in {"a", "an", "the"}:
                rest = rest[1:]
            if rest:
                return Mention(rest[0][0], rest[-1][1], text[rest[0][0] : rest[-1][1]], "group")
        if last.lower() in _ORG_WORDS or any(t[2].lower() in _ORG_WORDS for t in run[-2:]):
            while run and run[0][2].lower() in {"a", "an", "the"}:
                run = run[1:]
            if run:
                return Mention(run[0][0], run[-1][1], text[run[0][0] : run[-1][1]], "group")
            return None
        stripped = _strip_titles(run)
        # keep an honorific in the mention ("Mr Brandt"), drop job titles ("President")
        k = len(run) - len(stripped)
        if k > 0 and run[k - 1][2].lower().rstrip(".") in _HONORIFICS:
            stripped = run[k - 1 :]
        return Mention(stripped[0][0], stripped[-1][1], text[stripped[0][0] : stripped[-1][1]], "name")
    # a common-noun phrase: group text or a description ("the foreign minister", "a spokesman")
    while toks and toks[0][2].lower() in {"a", "an", "the", "its", "his", "her", "their"}:
        det = toks[0][2].lower()
        toks = toks[1:]
        if toks:
            s, e = toks[0][0], toks[-1][1]
            kind = (
                "description" if det in {"the", "his", "her", "their", "its"} or len(toks) == 1 else "group"
            )
            return Mention(s, e, text[s:e], kind)
    if not toks:
        return None
    s, e = toks[0][0], toks[-1][1]
    return Mention(s, e, text[s:e], "group")


def head_noun(mention_text: str) -> str:
    """The last word of a description, lower case ("the Polish foreign minister" -> "minister")."""
    words = mention_text.split()
    return words[-1].lower() if words else ""


# --------------------------------------------------------------------------- resolution

_NAME_WORD: Final = r"(?:(?:Mr|Mrs|Ms|Dr|Jr|Sr|St)\.|\p{Lu}\.|\p{Lu}[\p{L}'’\-]*(?![\p{L}.]))"
_NAME_RUN: Final = regex.compile(
    rf"(?:{_NAME_WORD}|(?:al|el|bin|de|van|von)-?\p{{Lu}}[\p{{L}}'’\-]*)"
    rf"(?:[ \t](?:{_NAME_WORD}|(?:al|el|bin|ibn|de|van|von|da)(?=[ \t\-]\p{{Lu}})"
    rf"|(?:al|el)-\p{{Lu}}[\p{{L}}'’\-]*))*"
)
_PERSON_TITLES: Final = frozenset(
    {
        "president",
        "minister",
        "premier",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "secretary",
        "ambassador",
        "chancellor",
        "king",
        "queen",
        "envoy",
        "leader",
        "director",
        "chairman",
        "governor",
        "mayor",
        "senator",
        "prosecutor",
        "lawyer",
        "official",
        "diplomat",
        "prince",
        "emperor",
        "sultan",
        "candidate",
        "nominee",
        "commander",
        "chief",
        "general",
    }
)
_RESOLVING_TITLES: Final = _PERSON_TITLES - {
    "chief",
    "commander",
    "diplomat",
    "director",
    "general",
    "official",
}
"""Titles that, standing alone ("the minister said"), point back to a person named with them."""


@attrs.frozen
class _Name:
    start: int
    end: int
    name: str
    tokens: frozenset[str]
    titles: frozenset[str]


@attrs.frozen
class Resolved:
    """A resolved speaker: the name to report and the actor id when an actor matched."""

    name: str
    actor_id: str | None
    person: bool


_BODY_LOOKBACK: Final = 6


class Resolver:
    """Resolve speaker mentions to full names (actors first, then the article's own names)."""

    def __init__(self, text: str, segments: Sequence[Span], actors: Sequence[Actor]) -> None:
        self.text = text
        self._mentions: list[tuple[int, int, Actor]] = sorted(
            ((s, e, a) for a in actors for s, e in a.mentions if 0 <= s < e <= len(text)),
            key=lambda t: (t[0], -t[1]),
        )
        self._mention_starts = [m[0] for m in self._mentions]
        self._actors = {a.id: a for a in actors}
        self._acronyms: dict[str, str] | None = None
        self._segments = tuple(segments)
        self._index: list[_Name] | None = None
        self._by_key: dict[str, list[_Name]] | None = None
        self._full_cache: dict[frozenset[str], list[_Name]] = {}

    @property
    def _names(self) -> list[_Name]:
        """Person names in the article (built on first use: most speakers resolve through actors)."""
        if self._index is None:
            self._index = []
            for ss, se in self._segments:
                for m in _NAME_RUN.finditer(self.text, ss, se):
                    run = m.group()
                    if " " in run or "\t" in run:  # one word is one token: never a full name
                        self._add_name(m.start(), m.end())
        return self._index

    def _add_name(self, start: int, end: int) -> None:
        toks = _tokens(self.text, start, end)
        while toks and toks[-1][2].endswith(("'s", "’s")):
            s, e, w = toks[-1]
            toks[-1] = (s, e - 2, w[:-2])
            break
        while toks and toks[0][2].lower() in _NOT_NAME_OR_ARTICLE:
            toks = toks[1:]
        if not toks:
            return
        if any(t[2].lower() in _ORG_WORDS for t in toks):
            return
        words = _strip_titles(toks)
        if len(words) < 2 or len(words) > 5:
            return
        if any(w[2].lower() in _TITLE_WORDS or w[2].lower() in _COUNTRIES for w in words):
            return
        titles = frozenset(t[2].lower().rstrip(".") for t in toks[: len(toks) - len(words)])
        # lower-case titles just before the run: "presidential spokesman Dino Patti Djalal"
        before = _last_tokens(self.text, max(0, start - 40), start, 3)
        titles |= {t[2].lower() for t in before if t[2].islower()}
        name = self.text[words[0][0] : words[-1][1]]
        assert self._index is not None
        self._index.append(
            _Name(words[0][0], words[-1][1], name, frozenset(w[2].lower() for w in words), titles)
        )

    # ---------------------------------------------------------------- lookups
    def body_before(self, pos: int, head: str) -> Actor | None:
        """The organisation "the company", "the ministry" stands for: the one mentioned last before
        ``pos`` whose name holds the head word, or for a generic head ("company", "firm") the
        organisation mentioned last; only within the few mentions before ``pos``."""
        words = BODY_WORDS.get(head, frozenset([head]))
        k = bisect.bisect_left(self._mention_starts, pos)
        seen = 0
        while k > 0 and seen < _BODY_LOOKBACK:
            k -= 1
            actor = self._mentions[k][2]
            if actor.kind not in ("organization", "group"):
                continue
            seen += 1
            if not words.isdisjoint(w.strip(".,") for w in actor.name.lower().split()):
                return actor
        return None

    def actor_at(self, start: int, end: int) -> Actor | None:
        """The actor with a mention covering ``start``-``end`` (or ending it: "spokesman Dino Djalal")."""
        best: tuple[int, Actor] | None = None
        k = bisect.bisect_right(self._mention_starts, end)
        while k > 0:
            k -= 1
            s, e, actor = self._mentions[k]
            if s < start - 300:
                break
            if e < start:
                continue
            if s <= start and e >= end:
                score = 3
            elif start <= s and e == end:
                score = 2
            elif start <= s and e <= end and actor.kind == "person":
                score = 1
            else:
                continue
            if best is None or score > best[0]:
                best = (score, actor)
        return best[1] if best else None

    def _by(self, key: str) -> list[_Name]:
        if self._by_key is None:
            self._by_key = {}
            for n in self._names:
                for word in n.tokens:
                    self._by_key.setdefault("w:" + word, []).append(n)
                for title in n.titles:
                    self._by_key.setdefault("t:" + title, []).append(n)
        return self._by_key.get(key, [])

    @staticmethod
    def _nearest(names: Sequence[_Name], position: int) -> _Name:
        """The last of ``names`` (in text order) starting at or before ``position``, else the first."""
        k = bisect.bisect_right([n.start for n in names], position)
        return names[k - 1] if k > 0 else names[0]

    def full_name(self, mention: str, position: int) -> str | None:
        """The fullest name in the article containing every word of ``mention``, nearest first."""
        words = frozenset(
            w.lower() for w in mention.replace(".", " ").split() if w.lower() not in _TITLE_WORDS
        )
        if not words:
            return None
        candidates = self._full_cache.get(words)
        if candidates is None:
            pool = min((self._by("w:" + w) for w in words), key=len)
            candidates = [n for n in pool if words <= n.tokens]
            if candidates:
                longest = max(len(n.tokens) for n in candidates)
                candidates = [n for n in candidates if len(n.tokens) == longest]
            self._full_cache[words] = candidates
        if not candidates:
            return None
        return self._nearest(candidates, position).name

    def titled(self, title: str, position: int, nationalities: frozenset[str] = frozenset()) -> str | None:
        """The person nearest to ``position`` introduced with this title ("President Hu Jintao").

        With ``nationalities`` ("polish"), people introduced with another nationality are skipped.
        """
        if title not in _RESOLVING_TITLES:
            return None
        hits = self._by("t:" + title)
        if nationalities:
            hits = [
                n
                for n in hits
                if nationalities & n.titles or not any(_NATIONALITY.match(t.capitalize()) for t in n.titles)
            ]
        if not hits:
            return None
        return self._nearest(hits, position).name

    def has_title(self, name: str, title: str) -> bool:
        """Was the person named ``name`` introduced with this title anywhere in the article?"""
        return any(n.name == name for n in self._by("t:" + title))

    @property
    def acronyms(self) -> dict[str, str]:
        """Acronyms the article defines ("Export Development Canada (EDC)" -> ``{"EDC": ...}``),
        read on first use: the capitalised words before the parenthesis whose initials spell it."""
        if self._acronyms is None:
            self._acronyms = acronyms_in(self.text)
        return self._acronyms

    def gender(self, name: str | None, actor_id: str | None) -> str | None:
        """The gender a speaker's name, or its actor's other written forms ("Ms Quist"), tell."""
        got = gender_of(name)
        if got is None and actor_id is not None:
            actor = self._actors.get(actor_id)
            for form in actor.aliases if actor is not None else ():
                got = gender_of(form)
                if got is not None:
                    break
        return got

    def person_before(self, position: int, gender: str) -> Actor | None:
        """The person last mentioned before ``position`` whose names tell this gender."""
        k = bisect.bisect_left(self._mention_starts, position)
        while k > 0:
            k -= 1
            actor = self._mentions[k][2]
            if actor.kind == "person" and self.gender(actor.name, actor.id) == gender:
                return actor
        return None

    def subject_person(
        self,
        lo: int,
        hi: int,
        gender: str | None,
        said: Callable[[int], bool] = lambda _: False,
        current: str | None = None,
    ) -> Actor | None:
        """The person named last as the subject opening a sentence between ``lo`` and ``hi``
        (not of the other gender, not inside what someone ``said``): who a "he said" after them
        most likely means; ``None`` when the ``current`` speaker is named again after them."""
        k = bisect.bisect_left(self._mention_starts, hi)
        seen = 0
        while k > 0 and seen < _SUBJECT_LOOKBACK:
            k -= 1
            s, e, actor = self._mentions[k]
            if s <= lo:
                break
            seen += 1
            if actor.kind != "person" or self.text[s:e].lower() in _OBJECT_OR_SUBJECT_PRONOUNS:
                continue
            if current in {actor.id, actor.name}:
                return None  # "... and Owen is confident. He added": Owen again
            if not _opens_sentence(self.text, s) or said(s):
                continue
            found = _gender_after(self.text, e) or self.gender(actor.name, actor.id)
            if gender is not None and found is not None and found != gender:
                continue
            return actor
        return None

    def nearest_person(self, position: int, gender: str | None = None) -> str | None:
        """The person named last before ``position`` (when ``gender`` is given, of that gender as
        a given name or an honorific tells)."""
        names = self._names
        k = bisect.bisect_right([n.end for n in names], position)
        while k > 0:
            k -= 1
            if gender is None or gender_of(names[k].name) == gender:
                return names[k].name
        return None


_SUBJECT_LOOKBACK: Final = 40
_OBJECT_OR_SUBJECT_PRONOUNS: Final = frozenset({"he", "she", "him", "her", "his", "they", "them", "i", "we"})
_SENTENCE_LEAD: Final = regex.compile(
    r"(?r)(?:^|[.!?]['\"’”]?\s+|\n\s*)[\"“'‘]?(?:\p{Lu}[\p{L}.\-]*\s+){0,3}$"
)


_GENDERED_AFTER: Final = regex.compile(
    r"[^.!?\n\"“”]{0,160}?(?<![\p{L}])(his|her|he|she|him|himself|herself)(?![\p{L}])"
)
_PRONOUN_GENDERS: Final = {
    "his": "m",
    "he": "m",
    "him": "m",
    "himself": "m",
    "her": "f",
    "she": "f",
    "herself": "f",
}


def _gender_after(text: str, pos: int) -> str | None:
    """The gender the first personal pronoun after a name in its sentence tells ("X secured the
    last seat, her first ...")."""
    m = _GENDERED_AFTER.match(text, pos, min(len(text), pos + 200))
    return _PRONOUN_GENDERS[m.group(1).lower()] if m is not None else None


def _opens_sentence(text: str, pos: int) -> bool:
    """Does the name at ``pos`` open its sentence (after at most three capitalised title words)?"""
    return _SENTENCE_LEAD.search(text, max(0, pos - 60), pos) is not None


def resolvable_title(word: str) -> bool:
    return word in _RESOLVING_TITLES


def person_title(word: str) -> bool:
    return word in _PERSON_TITLES

"""Shortcuts taken for speed (issue 12, thirteenth session) give what the plain code they replace
gives: line breaks by ``str.splitlines``, the words of a capitalised run by ``str.split``, the
clause tokenizer's tags kept per word and context, the clause layer's article-wide word test, and
the object-control heads."""

from __future__ import annotations

from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from diplotext.extractors.extradition import attributes
from diplotext.extractors.quotes import article_names
from diplotext.extractors.reader import boilerplate, paragraphs
from diplotext.syntax import Entity, entities, relations
from diplotext.syntax import tokens as clause_tokens
from diplotext.syntax import words as W
from diplotext.syntax.layer import ClauseLayer

_LINE_PIECES = ["a", "B c", " ", "\t", "\n", "\r", "\r\n", "\n\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e"]
_LINE_PIECES += ["\x1f", "\x85", "\u2028", "\u2029", "é", "."]
line_texts = st.lists(st.sampled_from(_LINE_PIECES), max_size=30).map("".join)


def _plain_lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in paragraphs._LINE_BREAK.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


@settings(max_examples=500)
@given(text=line_texts)
def test_lines_are_those_of_the_line_break_pattern(text: str) -> None:
    assert paragraphs.lines(text) == _plain_lines(text)


def test_lines_keep_the_empty_line_after_a_last_break() -> None:
    assert paragraphs.lines("a\r\nb\n") == [(0, 1), (3, 4), (5, 5)]
    assert paragraphs.lines("") == [(0, 0)]


_RUN_PIECES = ["Oslo", "New", "de", "St.", "O'Neill", "Saint-Denis", " ", "  ", "\t", "É"]
run_texts = st.lists(st.sampled_from(_RUN_PIECES), max_size=12).map("".join)


@settings(max_examples=400)
@given(run=run_texts)
def test_word_spans_of_a_run_are_the_non_space_matches(run: str) -> None:
    assert entities._word_spans(run) == [m.span() for m in regex.finditer(r"\S+", run)]


_SENTENCES = [
    "The minister said he may visit May and will soon be leaving for talks.",
    "An attack that crippled the port was condemned; officials who bankrolled it were named.",
    "May they come? It was himself who had earlier left, and he is himself due to attend.",
    "Foreign Minister X, who landed late on Monday, met officials to discuss the US-backed plan.",
]


def _tags(sentence: str) -> list[tuple[object, ...]]:
    """Every slot of every token (a kept word's token is made without ``Token.__init__``); the
    sentence's first capitalised word after its first word is an entity, so a word also follows one."""
    names = [m for m in regex.finditer(r"\b[A-Z]\w+", sentence) if m.start() > 0][:1]
    ents = [Entity(start=m.start(), end=m.end(), kind="person", text=m.group()) for m in names]
    return [
        tuple(getattr(t, slot) for slot in clause_tokens.Token.__slots__)
        for t in clause_tokens.tokenize(sentence, 0, len(sentence), ents)
    ]


class _Forgetful(dict):  # type: ignore[type-arg]
    """A tag store that never has the answer: every word is tagged afresh."""

    def get(self, key: object, default: object = None) -> object:
        return default


def test_clause_tags_kept_per_word_are_the_tags_read_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    clause_tokens._TAGGED.clear()
    cold = [_tags(s) for s in _SENTENCES]
    warm = [_tags(s) for s in _SENTENCES]  # every word now read from the kept tags
    monkeypatch.setattr(clause_tokens, "_TAGGED", _Forgetful())
    fresh = [_tags(s) for s in _SENTENCES]
    assert cold == warm == fresh


_WORDS = ["visit", "met", "talks", "extradite", "the", "x"]
word_sentences = st.lists(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=5).map(" ".join), min_size=1, max_size=6
)


@settings(max_examples=300)
@given(sentences=word_sentences, wanted=st.frozensets(st.sampled_from([*_WORDS, "absent"]), max_size=3))
def test_with_words_is_the_sentences_holding_a_word(sentences: list[str], wanted: frozenset[str]) -> None:
    text = ". ".join(sentences)
    spans, pos = [], 0
    for s in sentences:
        spans.append((pos, pos + len(s)))
        pos += len(s) + 2
    layer = ClauseLayer(text, spans)
    expected = [i for i, s in enumerate(sentences) if set(s.split()) & wanted]
    assert layer.with_words(wanted) == expected
    assert layer.with_words(wanted) == expected  # the kept answer


def test_object_control_heads_are_the_prefixes_before_a_space() -> None:
    lemmas = set(W.OBJECT_CONTROL)
    for w in W.OBJECT_CONTROL:
        parts = w.split(" ")
        lemmas.update(" ".join(parts[:i]) for i in range(len(parts) + 1))
    lemmas.update(["", "ask", "urge", "hand over"])
    for lemma in lemmas:
        expected = any(w.startswith(lemma + " ") for w in W.OBJECT_CONTROL)
        assert (lemma in relations._OBJECT_CONTROL_HEADS) == expected


_TRIBUNAL_PIECES = [
    "International Criminal Court",
    "International  Criminal\tCourt",
    "ICC",
    "ICCs",
    "Rwandan",
    "tribunal",
    "Tribunal",
    "TRIBUNAL",
    "tribunal for Rwanda",
    "ICTR",
    "Arusha",
    "war crimes tribunal",
    "warcrime Tribunal",
    "Yugoslav",
    "Yugoslavia",
    "ICTY",
    "icty",
    "Hague",
    "the court",
    "IRMCT",
    "Residual Mechanism",
    " ",
    "\n",
    ".",
    "x",
]
tribunal_texts = st.lists(st.sampled_from(_TRIBUNAL_PIECES), max_size=12).map("".join)


_TRIBUNAL_PATTERNS_READ = {
    "ICC": r"\bInternational[ \t]+Criminal[ \t]+Court\b|\bICC\b",
    "ICTR": r"\bRwanda\w*\b.{0,80}\btribunal\b|\btribunal[ \t]+for[ \t]+Rwanda\b|\bICTR\b|\bArusha\b",
    "ICTY": (
        r"\b(?:war[ \t]*crimes?[ \t]+tribunal|tribunal\b.{0,60}\bYugoslavia|ICTY)\b"
        r"|\bYugoslav\w*[ \t]+(?:war[ \t]*crimes?[ \t]+)?tribunal\b|\bHague\b.{0,200}\btribunal\b"
    ),
}


def test_the_tribunal_word_tests_are_those_of_the_patterns_they_were_written_for() -> None:
    patterns = {name: pattern for pattern, name in attributes._TRIBUNAL}
    assert set(attributes._TRIBUNAL_WORDS) <= set(patterns)
    for name in attributes._TRIBUNAL_WORDS:
        assert patterns[name].pattern == _TRIBUNAL_PATTERNS_READ[name], f"{name}: update its word test"
        ignoring_case = bool(patterns[name].flags & regex.IGNORECASE)
        assert ignoring_case == (name == "ICTY"), f"{name}: update its word test"


@settings(max_examples=500)
@given(text=tribunal_texts)
def test_tribunal_is_what_the_tribunal_patterns_find(text: str) -> None:
    expected = next((name for pattern, name in attributes._TRIBUNAL if pattern.search(text)), None)
    assert attributes.tribunal(text) == expected


_BLOCK_PIECES = ["Sign up", "for our newsletter", "your email", "said", "comments", "word", "words here"]
_BLOCK_PIECES += [".", ":", " ", "\n", "Read more", "You", "please", "1 / 3", "* Required fields"]
block_texts = st.lists(st.sampled_from(_BLOCK_PIECES), max_size=40).map(" ".join)


def _plain_is_boilerplate(text: str) -> bool:
    """``is_boilerplate`` as it was, every word counted before the reporting test."""
    stripped = text.strip()
    if not stripped:
        return False
    if len(stripped) <= 60 and (
        boilerplate._HEADING.fullmatch(stripped) or boilerplate._COUNTER.fullmatch(stripped)
    ):
        return True
    hits = boilerplate.vocabulary_hits(stripped)
    if not hits:
        return False
    words = sum(1 for _ in boilerplate._WORD.finditer(stripped))
    if (boilerplate._REPORTING.search(stripped) or boilerplate._QUOTE_START.match(stripped)) and hits < 3:
        return False
    bullet = boilerplate._BULLET.match(stripped)
    prose = stripped[bullet.end() :] if bullet else stripped
    if boilerplate._ADDRESS.search(prose) and words <= max(12, boilerplate.MAX_WORDS_PER_HIT * hits):
        return True
    return words <= 6 and not boilerplate._SENTENCE_END.search(stripped) and not stripped.endswith(":")


@settings(max_examples=400)
@given(text=block_texts)
def test_boilerplate_with_words_counted_up_to_what_is_compared(text: str) -> None:
    assert boilerplate.is_boilerplate(text) == _plain_is_boilerplate(text)
    words = sum(1 for _ in boilerplate._WORD.finditer(text.strip()))
    assert boilerplate._words(text.strip(), 41) == min(words, 41)


_GATED_SENTENCES = [
    *_SENTENCES,
    "Since then President X has said he'll come; a visit by then Finance Minister Y was set.",
    "The envoy arrived early on Tuesday and they've themselves said it's late.",
    "According to aides, Z won't travel, and the then-Secretary of State did not either.",
    "Officials said nothing more about it.",
]


def test_clause_token_passes_skipped_without_their_words_change_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The passes run only where the sentence holds one of their words (or a contraction took
    another word) give the tokens that running them on every sentence gives."""
    gated = [_tags(s) for s in _GATED_SENTENCES]
    real = clause_tokens._contractions
    monkeypatch.setattr(clause_tokens, "_contractions", lambda toks: real(toks) or True)  # every pass runs
    clause_tokens._TAGGED.clear()
    always = [_tags(s) for s in _GATED_SENTENCES]
    assert gated == always


_ACRONYM_PIECES = ["Export", "Development", "Canada", "of", "the", " ", "\t", "(EDC)", "(ED)", ", or EDC,"]
_ACRONYM_PIECES += [", or DC.", "(", ")", ",", " or ", "EDC", "Ünion"]
acronym_texts = st.lists(st.sampled_from(_ACRONYM_PIECES), max_size=16).map("".join)


@settings(max_examples=400)
@given(text=acronym_texts)
def test_acronyms_skipping_a_pattern_without_its_short_form_change_nothing(text: str) -> None:
    from diplotext.extractors.quotes import naming

    gated = naming.acronyms_in(text)
    with pytest.MonkeyPatch.context() as mp:
        everywhere = regex.compile("")  # finds a match in every text: both patterns are tried
        mp.setattr(naming, "_ACRONYM_SHORT", everywhere)
        mp.setattr(naming, "_ACRONYM_OR_SHORT", everywhere)
        assert naming.acronyms_in(text) == gated


@settings(max_examples=300)
@given(
    words=st.lists(st.text(alphabet="abcAé-", min_size=1, max_size=4), min_size=1, max_size=8),
    probe=st.text(alphabet="abcAé-", max_size=5),
)
def test_a_word_trie_matches_the_strings_of_the_plain_alternation(words: list[str], probe: str) -> None:
    from diplotext.patterns import word_trie

    trie = regex.compile(f"(?:{word_trie(words)})", regex.IGNORECASE)
    plain = regex.compile("(?:" + "|".join(regex.escape(w) for w in words) + ")", regex.IGNORECASE)
    assert (trie.fullmatch(probe) is None) == (plain.fullmatch(probe) is None)


_TRIP_PIECES = ["He", "went", "WENT", "came", "to", "the", "Rome", "here", "Here", "going", " ", "\t", ","]
trip_texts = st.lists(st.sampled_from(_TRIP_PIECES), max_size=14).map(" ".join)


@settings(max_examples=300)
@given(text=trip_texts)
def test_the_weak_trip_context_through_a_trie_finds_what_the_word_list_finds(text: str) -> None:
    from diplotext import lexicon
    from diplotext.extractors.visits import rules

    words = "|".join(lexicon.longest_first(rules._TRIGGERS - rules._STRONG))
    trip = rules._WEAK_CONTEXT[0].pattern
    plain = regex.compile(r"\b(?i:" + words + trip[trip.index(r")\b(?:[ \t]") :])
    assert (rules._WEAK_CONTEXT[0].search(text) is None) == (plain.search(text) is None)


_CONTEXT_PIECES = [*_TRIP_PIECES, "where", "Where", "Nairobi,", "there", "elsewhere", "visited", "Ana"]


@settings(max_examples=400)
@given(text=st.lists(st.sampled_from(_CONTEXT_PIECES), max_size=14).map(" ".join), cut=st.integers(0, 6))
def test_the_weak_trip_context_searched_pattern_by_pattern_finds_what_one_alternation_finds(
    text: str, cut: int
) -> None:
    from diplotext.extractors.visits import rules

    one = regex.compile("|".join(p.pattern for p in rules._WEAK_CONTEXT))
    start, end = min(cut, len(text)), max(min(cut, len(text)), len(text) - cut)
    assert rules._weak_context(text, start, end) == (one.search(text, start, end) is not None)


_LABEL_PIECES = ["WALLACE", "Related", "READ MORE", "Smith", ":", " ", "\t", "Well,", "look", '"', "\n"]
label_texts = st.lists(st.sampled_from(_LABEL_PIECES), max_size=14).map("".join)


@settings(max_examples=400)
@given(text=label_texts)
def test_a_paragraph_without_a_colon_opens_with_no_label(text: str) -> None:
    """The quote scanner skips its link-line and speaker-label patterns where no colon stands (in
    the paragraph; in the label's first 80 characters): neither can match there."""
    from diplotext.extractors.quotes import scan, transcripts

    window = min(len(text), 80)
    if ":" not in text[:window]:
        assert transcripts._TURN.match(text, 0, window) is None
        assert transcripts.transcript_turns(text, 0, len(text), set()) == []
    if ":" not in text:
        assert scan._LINK_LINE.match(text, 0, len(text)) is None


def _first_chars(items: Any) -> tuple[set[int] | None, bool]:
    """The code points a match of a parsed ``re`` sequence can start with (``None``: any), and
    whether it can match the empty string."""
    from re import _constants as C

    out: set[int] = set()
    for op, av in items:
        if op is C.AT:
            continue  # zero width
        if op is C.LITERAL:
            got, empty = {av}, False
        elif op is C.IN:
            got, empty = set(), False
            for o, a in av:
                if o is C.LITERAL:
                    got.add(a)
                elif o is C.RANGE:
                    got.update(range(a[0], a[1] + 1))
                else:
                    return None, False
        elif op is C.SUBPATTERN:
            got, empty = _first_chars(av[3].data)  # type: ignore[assignment]
        elif op is C.BRANCH:
            got, empty = set(), False
            for alt in av[1]:
                more, alt_empty = _first_chars(alt.data)
                if more is None:
                    return None, False
                got |= more
                empty = empty or alt_empty
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            got, empty = _first_chars(av[2].data)  # type: ignore[assignment]
            empty = empty or av[0] == 0
        else:
            return None, False
        if got is None:
            return None, False
        out |= got
        if not empty:
            return out, False
    return out, True


@pytest.mark.parametrize(
    "pattern",
    [
        pytest.param(lambda: boilerplate._VOCAB_ASCII, id="boilerplate vocabulary"),
        pytest.param(lambda: article_names._NAME_RUN_ASCII, id="person name runs"),
    ],
)
def test_a_first_letter_lookahead_holds_every_letter_a_branch_opens_with(pattern: Any) -> None:
    """The lookahead before a scan's branches lets through every character one of them can open
    with: it passes over only places where no branch can match. (The ``regex`` pattern has the same
    structure, with ``\\p{Lu}`` where its ASCII twin has ``A-Z``.)"""
    from re import _constants as C
    from re import _parser

    compiled = pattern()
    parsed = _parser.parse(compiled.pattern, compiled.flags).data
    at = next(k for k, (op, _) in enumerate(parsed) if op is C.ASSERT)
    assert all(op is C.AT for op, _ in parsed[:at])  # nothing but \b before it
    allowed, _ = _first_chars(parsed[at][1][1].data)
    needed, empty = _first_chars(parsed[at + 1 :])
    assert allowed is not None and needed is not None and not empty
    assert needed <= allowed


_GATED_STORIES = [
    "Portugal has asked Spain to extradite Marco Lenz, a banker wanted for fraud in Lisbon. The request"
    " was sent to Madrid through diplomatic channels on Monday. A hearing on the request opened on"
    " Thursday and was adjourned until June 9. The court in Madrid postponed on Wednesday a decision on"
    " Lenz. His lawyer said the proceedings would resume in July.",
    "Chile has asked Peru to hand over Ivo Sarna, accused of smuggling. Peru's court held no hearing on"
    " Friday. Sarna was arrested in Lima on Monday. Officials in Santiago filed the request on Tuesday.",
    "Foreign Minister Ana Roto arrived in Oslo on Monday for talks. Roto met Norwegian officials on"
    " Tuesday and signed a fisheries accord. Roto is due back in Tallinn on Friday.",
    "The Pacific summit opened in Lima on Monday. President Ana Roto attended with her ministers."
    " Also present at the summit were Prime Minister Ivo Sarna and Foreign Minister Lea Kost.",
    # a journey with no case yet is read only where it sends someone to be tried (extradition)
    "Officials said Ivo Sarna would return to Lima soon. Police took his brother to a hospital in Quito"
    " on Monday. Sarna, who was captured in Ecuador in May, was flown to Peru on Friday to face charges"
    " of fraud. He arrived in Lima on Saturday. Guards brought him to the court on Monday.",
    "The minister returned from Oslo on Monday and handed over a letter. She flew to Bergen on Tuesday"
    " and took a train to Tromso. Ecuador deported Lea Kost to Chile for trial on Friday.",
]


@pytest.mark.parametrize("text", _GATED_STORIES)
def test_sentences_skipped_without_a_head_word_change_nothing(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The event rules that need a meeting, hearing, decision or request noun as a phrase head,
    "return", "back" or "home" (going home), or a gathering's noun skip a sentence's parse where
    its text holds none (``ClauseLayer.may_hold``): the document is the one read with every
    sentence parsed. So do the journeys an extradition case is looked for in while there is none
    (read only where a trial word stands: "to face charges")."""
    from diplotext import extract

    gated = extract(text).to_dict()
    calls: list[bool] = []
    plain = ClauseLayer.may_hold

    def always(self: ClauseLayer, sentence: int, words: Any) -> bool:
        calls.append(plain(self, sentence, words))
        return True

    monkeypatch.setattr(ClauseLayer, "may_hold", always)
    assert extract(text).to_dict() == gated
    assert False in calls  # a sentence the gate skips


_UNPLACED_GATHERINGS = [
    "The ministers said the talks had been useful. A summit of Baltic leaders opened in Tallinn on"
    " Monday. Also present were Polish Prime Minister Ivo Sarna and Finnish President Lea Kost.",
    "Officials said the talks had been useful. A summit of Baltic leaders opened in Tallinn on Monday."
    " Polish Prime Minister Ivo Sarna told reporters at the summit that trade was growing.",
    "A conference on fishing will open next week, officials said. The Nordic forum was held in Bergen"
    " on Tuesday. Polish Foreign Minister Lea Kost spoke at the forum.",
]


@pytest.mark.parametrize("text", _UNPLACED_GATHERINGS)
def test_gatherings_skipped_before_one_is_placed_change_nothing(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Until a gathering is placed in a city, a sentence naming no city is not parsed for the
    gatherings a later clause puts people at (``gathering_presence``): the document is the one
    read with every such sentence parsed."""
    from diplotext import extract
    from diplotext.extractors.visits import gathering_presence

    plain = gathering_presence._names_a_city
    calls: list[bool] = []

    def counted(ctx: Any, idx: int) -> bool:
        calls.append(plain(ctx, idx))
        return calls[-1]

    monkeypatch.setattr(gathering_presence, "_names_a_city", counted)
    gated = extract(text).to_dict()
    assert False in calls  # a sentence the gate skips
    assert gated["events"]  # a visit to the gathering
    monkeypatch.setattr(gathering_presence, "_names_a_city", lambda ctx, idx: True)
    assert extract(text).to_dict() == gated


_MEETINGS_PLACED_LATER = [
    "Estonian Foreign Minister Lea Kost met Polish Foreign Minister Ivo Sarna on Tuesday. The meeting"
    " lasted two hours. The talks were held in Warsaw.",
    "Estonian Foreign Minister Lea Kost met her Polish counterpart Ivo Sarna on Tuesday. Their meeting"
    " lasted two hours, officials said. The talks took place in Krakow.",
    # "met X here" with no dateline: the place told in the sentences before (``place_told_before``)
    "The talks went well, officials said. Foreign Minister Lea Kost of Estonia arrived in Warsaw on"
    " Monday. She met Polish Prime Minister Ivo Sarna here on Tuesday.",
]


@pytest.mark.parametrize("text", _MEETINGS_PLACED_LATER)
def test_later_sentences_naming_no_place_change_nothing(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence near a meeting that names no city, seat or country is not parsed for where the
    meeting was held (``story_place.place_held_later``) or where the story was set before it
    (``place_told_before``): the document is the one read with every such sentence parsed."""
    from diplotext import extract
    from diplotext.extractors.visits import story_place

    plain = story_place._names_a_place
    calls: list[bool] = []

    def counted(ctx: Any, idx: int, kinds: tuple[str, ...]) -> bool:
        calls.append(plain(ctx, idx, kinds))
        return calls[-1]

    monkeypatch.setattr(story_place, "_names_a_place", counted)
    gated = extract(text).to_dict()
    assert False in calls and gated["events"]
    monkeypatch.setattr(story_place, "_names_a_place", lambda ctx, idx, kinds: True)
    assert extract(text).to_dict() == gated


def test_residence_sentences_naming_no_state_change_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence of "lives" or "has lived" that names no state or place is not parsed for where a
    person lives (``representatives.lives_in``): the document is the one read with every such
    sentence parsed."""
    from diplotext import extract
    from diplotext.extractors.visits import representatives

    text = (
        "Estonian Foreign Minister Lea Kost arrived in Madrid on Monday for talks. Her brother lives"
        " nearby, officials said. Kost met Ivo Sarna, who has lived in Spain since 1990."
    )
    plain = representatives._names_a_state
    calls: list[bool] = []

    def counted(ctx: Any, idx: int) -> bool:
        calls.append(plain(ctx, idx))
        return calls[-1]

    monkeypatch.setattr(representatives, "_names_a_state", counted)
    gated = extract(text).to_dict()
    assert False in calls and gated["events"]
    monkeypatch.setattr(representatives, "_names_a_state", lambda ctx, idx: True)
    assert extract(text).to_dict() == gated

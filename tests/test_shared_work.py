"""Work done once and shared: sentence splits kept per article, the clause layer's word sets, the
language check's first words read from a window (diplotext.text, syntax.layer, language)."""

from __future__ import annotations

from diplotext import language
from diplotext.syntax.layer import ClauseLayer
from diplotext.text import sentence_spans

STORY = (
    "The foreign minister arrived in Oslo on Monday. He met his counterpart, Dr. Lund, for talks. "
    "They signed two accords.\nOfficials said the visit would last three days."
)


def test_sentence_spans_are_kept_per_text_and_stay_right_for_the_next_text() -> None:
    first = sentence_spans(STORY, 0, len(STORY))
    assert [STORY[s:e] for s, e in first] == [
        "The foreign minister arrived in Oslo on Monday.",
        "He met his counterpart, Dr. Lund, for talks.",
        "They signed two accords.",
        "Officials said the visit would last three days.",
    ]
    assert sentence_spans(STORY, 0, len(STORY)) is first  # split once, then kept
    other = "Talks ended. " + STORY  # another text: the kept splits are not reused
    assert [other[s:e] for s, e in sentence_spans(other, 0, len(other))][:2] == [
        "Talks ended.",
        "The foreign minister arrived in Oslo on Monday.",
    ]
    again = sentence_spans(STORY, 48, len(STORY))  # back to the first text, another span
    s, e = again[0]
    assert STORY[s:e] == "He met his counterpart, Dr. Lund, for talks."


def test_with_words_finds_the_sentences_of_any_word_in_order_and_keeps_the_answer() -> None:
    spans = tuple(sentence_spans(STORY, 0, len(STORY)))
    layer = ClauseLayer(STORY, spans)
    assert layer.with_words(frozenset({"visit", "arrived"})) == [0, 3]
    assert layer.with_words(frozenset({"signed", "met", "absent"})) == [1, 2]
    assert layer.with_words(frozenset({"absent"})) == []
    words = frozenset({"talks", "officials"})
    assert layer.with_words(words) is layer.with_words(words) == [1, 3]


def test_the_quick_language_check_reads_the_same_first_words_as_the_whole_piece() -> None:
    plain = "word " * 2_000
    dense = "a1234567890123456789 " * 200 + "word " * 400  # few words in a short window
    for piece in (plain, dense, "short piece of text"):
        for wanted in (1, 25, 300):
            got = language._first_words(piece, wanted)
            whole = language._WORD.findall(piece, 0, language.QUICK_CHARS)
            assert got[:wanted] == whole[:wanted]
            assert len(got) >= min(wanted, len(whole))


def test_trigger_words_hold_regular_irregular_and_auxiliary_forms() -> None:
    from diplotext.extractors.eventkit import trigger_words

    got = trigger_words({"fly", "be", "hand over"})
    assert {"fly", "flies", "flew", "flown", "flying", "be", "is", "are", "was", "were"} <= got
    assert {"hand", "hands", "handed", "handing"} <= got
    assert "over" not in got and "meet" not in got

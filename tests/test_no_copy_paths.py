"""Work the pipeline no longer does, held to what it did (issue 12, twenty-third session): an
article is not copied when a record changes none of its fields, the quick language check lowers a
piece once and splits its ASCII words with ``str.translate``, the clause layer's word sets of an
ASCII sentence likewise, and the reader counts furniture words in C. Each shortcut must give what
the long way gave."""

from __future__ import annotations

import random
from types import SimpleNamespace

from diplotext import language
from diplotext.extractors.reader import boilerplate
from diplotext.model import Article
from diplotext.pipeline import _Run
from diplotext.syntax import layer


def test_a_record_that_changes_nothing_keeps_the_article() -> None:
    article = Article(text="Officials met in Lisbon.", paragraphs=[(0, 24)])
    run = _Run(SimpleNamespace(errors=[]))  # type: ignore[arg-type]  # (no hook is called here)
    assert run.with_record(article, {"text": article.text}, detect=False) is article
    assert run.with_record(article, {"text": article.text, "language": "en"}, detect=False) is article


def test_a_record_that_changes_a_field_still_gets_its_own_article() -> None:
    article = Article(text="Officials met in Lisbon.", paragraphs=[(0, 24)])
    run = _Run(SimpleNamespace(errors=[]))  # type: ignore[arg-type]
    named = run.with_record(article, {"text": article.text, "id": "a-1"}, detect=False)
    assert named is not article and named.id == "a-1" and named.paragraphs == article.paragraphs
    titled = run.with_record(article, {"text": article.text, "title": "Talks"}, detect=False)
    assert titled.title == "Talks" and article.title is None
    other = run.with_record(article, {"text": article.text, "language": "fr"}, detect=False)
    assert other.language == "fr" and article.language == "en"


def _clearly_english_word_by_word(pieces: list[str]) -> bool:
    """The quick check as it was: every word lowered on its own."""
    sample: list[str] = []
    for piece in pieces:
        sample.extend(language._first_words(piece, language.QUICK_WORDS - len(sample)))
        if len(sample) >= language.QUICK_WORDS:
            break
    sample = sample[: language.QUICK_WORDS]
    if len(sample) < language.MIN_WORDS:
        return False
    if not "".join(sample).isascii() and sum(not w.isascii() for w in sample) * 20 > len(sample):
        return False
    english = language._function_words()["en"]
    hits = sum(map(english.__contains__, map(str.lower, sample)))
    return hits >= language.QUICK_ENGLISH_SHARE * len(sample)


def test_the_quick_language_check_gives_what_lowering_each_word_gave() -> None:
    rng = random.Random(26)
    words = ["The", "THE", "of", "And", "in", "to", "Der", "und", "la", "él", "don't", "it's", "Was"]
    words += ["Paris", "café", "naïve", "ſome", "Kelvin", "İzmir", "’s", "a", "IS", "with"]
    for _ in range(3000):
        pieces = [
            " ".join(rng.choice(words) + rng.choice(["", ",", ".", "-", "'"]) for _ in range(n))
            for n in (rng.choice([0, 2, 12, 60, 150, 400]) for _ in range(rng.randint(0, 6)))
        ]
        assert language._clearly_english(pieces) == _clearly_english_word_by_word(pieces), pieces


def test_the_ascii_words_of_the_quick_check_are_the_pattern_s() -> None:
    rng = random.Random(3)
    alphabet = "abcXYZ''' \t\n-.,;:!?0123456789\"()_\x0b\x0c\x1c\x1f\x7f\x00"
    for _ in range(20000):
        piece = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        end = rng.randint(0, 45)
        assert language._ascii_words(piece, 0, end) == language._WORD_ASCII.findall(piece, 0, end), piece


def test_furniture_words_are_counted_as_the_matches_one_by_one() -> None:
    rng = random.Random(12)
    words = ["sign up", "Log in", "newsletter", "read more", "©", "cookies", "the", "talks", "share this"]
    words += ["email address", "Subscribe", "privacy policy", "unlock", "free trial", "été", "talks."]
    for _ in range(2000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 30)))
        low = text.lower()
        vocabulary = boilerplate._VOCAB_ASCII if low.isascii() else boilerplate._VOCAB
        one_by_one = sum(1 for _ in vocabulary.finditer(low))
        assert boilerplate.vocabulary_hits(text) == one_by_one
        assert boilerplate.stems_in(text) == tuple(s for s in boilerplate._STEMS if s in low)


def test_the_clause_layer_s_ascii_word_sets_are_the_pattern_s() -> None:
    rng = random.Random(4)
    alphabet = "abcxyz019''-- \t\n.,;:!?\"()_\x0b\x0c\x1c\x1f\x7f\x00/"
    for _ in range(20000):
        low = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        start = rng.randint(0, 10)
        end = rng.randint(start, 45)
        expected = frozenset(layer._WORD_ASCII.findall(low, start, end))
        assert layer._ascii_words(low, start, end) == expected, (low, start, end)

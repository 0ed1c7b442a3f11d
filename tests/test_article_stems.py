"""The reader tests an article's blocks for the furniture stems its whole text holds (issue 12,
twenty-first session): a block's vocabulary count is the one read with every stem."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from diplotext.extractors.reader import boilerplate

_PIECES = ["Sign up", " for our", " newsletter", "Share", " this", " story", "The minister", " said"]
_PIECES += [" on Monday", ".", "\n\n", " Read more", " You may also like", " ©", " 2024", " Log in", "İ"]
texts = st.lists(st.sampled_from(_PIECES), max_size=24).map("".join)


def test_the_stems_of_a_text_are_those_it_holds_in_lower_case() -> None:
    assert boilerplate.stems_in("The minister SIGNED a deal. Read it.") == ("sign", "read")
    assert boilerplate.stems_in("Talks went on.") == ()


@settings(max_examples=400)
@given(text=texts, cut=st.tuples(st.integers(0, 400), st.integers(0, 400)))
def test_a_blocks_count_with_the_articles_stems_is_the_count_with_every_stem(
    text: str, cut: tuple[int, int]
) -> None:
    stems = boilerplate.stems_in(text)
    block = text[min(cut) : max(cut)]
    assert boilerplate.vocabulary_hits(block, stems) == boilerplate.vocabulary_hits(block)
    assert boilerplate.is_boilerplate(block, stems) == boilerplate.is_boilerplate(block)
    assert boilerplate.is_tail_filler(block, stems) == boilerplate.is_tail_filler(block)

"""The quote resolver's name index reads the words before a name once (issue 12, twenty-first
session): the three tokens before a run are taken from the six of the longer window where both
tokenisations agree, and are the tokens the shorter window gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from diplotext.extractors.quotes import article_names
from diplotext.extractors.quotes.mentions import last_tokens

_PIECES = ["the", " ", "  ", "\t", "\n", "presidential", " spokesman", " Dr.", " Mr", ".", ",", " & "]
_PIECES += ["&", "Hale", " Berg", "é", "Ünal", " O'Neil", "-", "\x1c", "\u00a0", "U.S.", " said", '"']
texts = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


def test_the_three_tokens_come_from_the_six_where_a_space_opens_the_third() -> None:
    text = "The deal was signed by presidential spokesman Tor Vik"
    start = text.index("Tor")
    six = last_tokens(text, start - 60 if start > 60 else 0, start, 6)
    three = article_names._last_three(text, start, start, six)
    assert [t[2] for t in three] == ["by", "presidential", "spokesman"]
    assert three == six[-3:]


@settings(max_examples=500)
@given(text=texts, data=st.data())
def test_the_three_tokens_are_those_of_the_shorter_window(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    name_start = data.draw(st.sampled_from([start, max(0, start - 3)]))
    six = last_tokens(text, max(0, name_start - 60), name_start, 6)
    got = article_names._last_three(text, start, name_start, six)
    assert got == last_tokens(text, max(0, start - 40), start, 3)

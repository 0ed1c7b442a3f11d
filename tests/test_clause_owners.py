"""The clause that owns each token of a sentence (issue 12, twenty-sixth session, helper speed29):
``relations.owners`` writes each clause's tokens at once, widest clause first, instead of testing
every token of every clause; it must give each token the narrowest clause over it and, of equally
narrow ones, the first, as the token-by-token pass (kept for a clause starting before the sentence)."""

from __future__ import annotations

import random
from types import SimpleNamespace
from typing import Any

from diplotext.syntax import relations


def _drafts(rng: random.Random, n: int) -> list[Any]:
    out = []
    for _ in range(rng.randrange(0, 7)):
        start = rng.randrange(0, n + 2)
        end = rng.choice([start + rng.randrange(-1, n + 3), rng.randrange(0, n + 4), n, n + 2])
        out.append(SimpleNamespace(start=start, end=end, kind=rng.choice(["main", "relative", "to"])))
    return out


def test_each_token_gets_the_owner_the_token_by_token_pass_gave_it() -> None:
    rng = random.Random(12)
    for _ in range(20000):
        n = rng.randrange(0, 12)
        drafts = _drafts(rng, n)
        assert relations.owners(drafts, n) == relations._owners_by_token(drafts, n), (n, drafts)


def test_the_narrowest_clause_owns_a_token_and_the_first_of_equal_ones() -> None:
    main = SimpleNamespace(start=2, end=10, kind="main")
    inner = SimpleNamespace(start=4, end=7, kind="relative")
    twin = SimpleNamespace(start=4, end=7, kind="to")
    assert relations.owners([main, inner, twin], 10) == [0, 0, 0, 0, 1, 1, 1, 0, 0, 0]
    assert relations.owners([twin, main, inner], 10) == [1, 1, 1, 1, 0, 0, 0, 1, 1, 1]
    # a clause wider than the sentence owns nothing; the tokens before the first clause go to the main one
    wide = SimpleNamespace(start=0, end=12, kind="main")
    assert relations.owners([wide, inner], 10) == [0, 0, 0, 0, 1, 1, 1, -1, -1, -1]

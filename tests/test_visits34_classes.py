"""Visit classes left by battery22 (issue 9, twenty-third session, helper visits34): a long office
title with a chain of "of" phrases before the name, the day of coming back from a trip, a
predecessor's trip told in passing, the city a later sentence gives a visit, and the person met in
the main clause after a stop told by "after".

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import pytest
from builders import visits_of


def _visits(
    text: str, published: str = "2031-06-08"
) -> dict[tuple[str, str], tuple[str | None, str | None, str | None]]:
    return {
        (e.roles["visitor"], e.roles["host_state"]): (e.date, e.attributes["status"], e.place)
        for e in visits_of(text, published)
    }


@pytest.mark.parametrize(
    "title",
    [
        "Chairman of the Cabinet of Ministers of Belarus",
        "Chairman of the Presidium of the Supreme Council of Belarus",
        "Deputy Chairman of the Council of Ministers of Belarus",
    ],
)
def test_a_title_with_a_chain_of_of_phrases_before_the_name(title: str) -> None:
    """ "Chairman of the Cabinet of Ministers of X Y will visit Z": the whole title, its state last,
    stands before the name, so Y is the subject who travels."""
    got = _visits(
        f"Talks planned\n\nMINSK, June 8 - {title} Marek Dubrava will pay a visit to Vietnam next week."
    )
    assert got == {("Marek Dubrava", "VNM"): ("2031-W24", "planned", None)}

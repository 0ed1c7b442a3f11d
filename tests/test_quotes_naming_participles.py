"""Quotes: a naming verb read as a participle on the noun right before it ("lakes of brown water
called pools") gives a thing its name; it attributes no speech, even with no comma before it
(issue 10, twenty-third session). Every sentence here is written for the tests."""

from __future__ import annotations

import diplotext


def quotes(body: str) -> list[tuple[str, str | None, str | None]]:
    doc = diplotext.extract(body, published="2030-04-02", layout="body")
    return [(q.kind, q.speaker, q.cue) for q in doc.quotes]


def test_a_thing_called_by_a_name_after_the_verbs_object_is_no_quote() -> None:
    got = quotes("Farmers have built small ponds called tanks, which fill in the rainy season.")
    assert not [q for q in got if q[2] == "called"]


def test_the_participle_chain_leaves_no_junk_speaker_for_a_later_they() -> None:
    """The naming participle no longer makes a fragment the last speaker that "they" goes to."""
    got = quotes(
        "The engineers studied images of places where the river had flooded, creating lakes of "
        "brown water called pools. From this, they concluded that the dams were failing."
    )
    assert not [q for q in got if q[2] == "called"]
    assert all(spk is None or "lakes" not in spk for _, spk, _ in got)


def test_calling_a_thing_something_is_still_speech() -> None:
    """ "X called the budget a disgrace": a verb with an object and a complement."""
    assert ("indirect", "Tom Hale", "called") in quotes(
        "Opposition leader Tom Hale called the budget a disgrace."
    )


def test_what_someone_called_a_thing_stays_their_words() -> None:
    got = quotes(
        "And profit from plastics dropped to $10 million amid what Norvex called weaker demand in "
        "some markets."
    )
    assert ("indirect", "Norvex", "called") in got

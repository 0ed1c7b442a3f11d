"""The ``extract_clauses`` hook: the first layer returned is the one the later stages read."""

from __future__ import annotations

import diplotext
from diplotext import hookimpl
from diplotext.syntax import parse
from diplotext.testing import registered


class ClauseSpy:
    """A clause layer of its own: the built-in one, remembered, so the test can see it was used."""

    REQUIRES = ("actors", "dates")

    def __init__(self) -> None:
        self.layers: list[object] = []

    @hookimpl(tryfirst=True)
    def extract_clauses(self, article, actors, dates):  # type: ignore[no-untyped-def]
        layer = parse(article, actors, dates)
        self.layers.append(layer)
        return layer


class LayerReader:
    REQUIRES = ("clauses",)

    def __init__(self) -> None:
        self.seen: list[object] = []

    @hookimpl
    def extract_events(self, clauses):  # type: ignore[no-untyped-def]
        self.seen.append(clauses)
        return []


def test_extract_clauses_first_layer_wins_and_reaches_the_event_plugins() -> None:
    spy, reader = ClauseSpy(), LayerReader()
    with registered(spy, name="spy"), registered(reader, name="reader_of_layers"):
        doc = diplotext.extract(
            "Kenyan President Joseph Omondi visited Ghana on Monday.",
            published="2030-06-12",
            layout="body",
            plugins=["spy", "reader_of_layers", "visits"],
        )
    assert len(spy.layers) == 1
    assert reader.seen == spy.layers  # the one layer every plugin of the stage after reads
    assert [e.type for e in doc.events] == ["visit"]


def test_extract_clauses_returning_none_leaves_the_built_in_layer() -> None:
    class Abstains:
        @hookimpl(tryfirst=True)
        def extract_clauses(self, article):  # type: ignore[no-untyped-def]
            return None

    with registered(Abstains(), name="abstains"):
        doc = diplotext.extract(
            "Kenyan President Joseph Omondi visited Ghana on Monday.",
            published="2030-06-12",
            layout="body",
            plugins=["abstains", "visits"],
        )
    assert [e.roles["host_state"] for e in doc.events] == ["GHA"]
    assert doc.errors == ()

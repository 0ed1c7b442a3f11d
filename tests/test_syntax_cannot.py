"""The clause layer reads "cannot" as "can" and "not" (issue 9: "X cannot extradite Y" was no clause).

Sentences written for the test."""

from __future__ import annotations

import diplotext
from diplotext.syntax import parse


def test_cannot_is_a_negated_modal() -> None:
    doc = diplotext.extract("Peru cannot sell the mine to Chile.", published="2030-06-12", layout="body")
    (clause,) = [
        c for c in parse(doc.article, doc.actors, doc.dates).clauses() if c.predicate.lemma == "sell"
    ]
    assert clause.predicate.negated
    assert clause.predicate.modal == "can"

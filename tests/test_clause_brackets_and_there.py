"""The clause layer: an acronym in brackets after the name it shortens, "there" after a noun, and
a reduced relative whose agent has a long description (issue 9, seventeenth session).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.syntax import Clause, parse


def clauses(text: str) -> list[Clause]:
    doc = diplotext.extract(text, published="2030-06-12", layout="body", plugins=["actors", "dates"])
    return list(parse(doc.article, doc.actors, doc.dates).clauses())


def words(text: str, clause: Clause, role: str) -> list[str]:
    return [text[a.phrase.start : a.phrase.end] for a in clause.args if a.role == role]


def test_a_bracketed_acronym_does_not_cut_the_phrase_before_a_participle() -> None:
    text = (
        "A delegation of the Workers' Party of Ruritania (WPR) headed by Ivo Marek, a member of the "
        "party's central committee, arrived in Hanoi on Saturday."
    )
    found = clauses(text)
    (head,) = [c for c in found if c.predicate.lemma == "head"]
    (arrive,) = [c for c in found if c.predicate.lemma == "arrive"]
    assert head.kind == "participle" and head.predicate.passive
    assert words(text, head, "agent") == ["Ivo Marek"]
    assert words(text, arrive, "subject") == ["A delegation of the Workers' Party of Ruritania"]


def test_a_bracketed_word_that_is_no_acronym_stays() -> None:
    text = "The minister (who spoke briefly) left Hanoi on Saturday."
    (leave,) = [c for c in clauses(text) if c.predicate.lemma == "leave"]
    assert words(text, leave, "object") == ["Hanoi"]


def test_there_after_a_noun_is_no_head_of_its_phrase() -> None:
    text = "The minister praised the port on Saturday during her visit there."
    (praise,) = [c for c in clauses(text) if c.predicate.lemma == "praise"]
    (during,) = [a for a in praise.args if a.prep == "during"]
    assert during.phrase.head.lower() == "visit"
    # an existential "there" keeps its verb
    text = "In the capital there were protests on Saturday."
    assert [c.predicate.lemma for c in clauses(text)] == ["be"]

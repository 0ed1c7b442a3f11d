"""The clause layer: an offence named by an -ing word ("on smuggling charges", "accused of money
laundering") is a noun, and a participle set off by commas right after an object ("extradited X,
wanted for fraud, to Chile") describes that object while the outer clause goes on after it.

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.syntax import Clause, parse


def clauses_of(text: str) -> list[Clause]:
    doc = diplotext.extract(text, published="2030-06-12", layout="body", plugins=["actors", "dates"])
    return list(parse(doc.article, doc.actors, doc.dates).clauses())


def lemmas(text: str) -> list[str]:
    return [c.predicate.lemma for c in clauses_of(text)]


def test_an_offence_gerund_before_a_charge_noun_is_no_verb() -> None:
    for text in (
        "Police arrested Jaime Ortega in Lima on smuggling charges.",
        "Police arrested Jaime Ortega in Lima on drug trafficking charges.",
        "She broke up a people smuggling ring in Lima.",
    ):
        assert "smuggle" not in lemmas(text) and "traffic" not in lemmas(text), text


def test_an_offence_gerund_with_no_object_is_no_verb() -> None:
    for text in (
        "Jaime Ortega, accused of money laundering, was arrested in Lima.",
        "Jaime Ortega was charged with smuggling in Lima.",
    ):
        assert "launder" not in lemmas(text) and "smuggle" not in lemmas(text), text


def test_an_offence_gerund_with_an_object_stays_a_verb() -> None:
    assert "smuggle" in lemmas("He was accused of smuggling weapons into Spain.")


def test_a_participle_apposed_to_an_object_leaves_the_rest_to_the_outer_clause() -> None:
    """ "extradited X, wanted on smuggling charges, to the United States": the destination is the
    extradition's, and X is the one wanted."""
    for text, lemma in (
        (
            "Panama agreed to extradite Jaime Ortega, wanted on smuggling charges, to the United States.",
            "want",
        ),
        ("Colombia extradited Jaime Ortega, accused of fraud, to the United States on Monday.", "accuse"),
    ):
        found = clauses_of(text)
        (outer,) = [c for c in found if c.predicate.lemma == "extradite"]
        assert [a.phrase.words for a in outer.args if a.prep == "to"] == [("the", "united states")], text
        (inner,) = [c for c in found if c.predicate.lemma == lemma]
        assert inner.subject is not None and inner.subject.words == ("jaime ortega",), text


def test_a_participle_of_no_description_keeps_its_phrases() -> None:
    """ "met X, accompanied by his wife, in Lima": no verb describing an object; unchanged."""
    found = clauses_of("The minister met Jaime Ortega, accompanied by his wife, in Lima on Monday.")
    (inner,) = [c for c in found if c.predicate.lemma == "accompany"]
    assert inner.subject is not None and inner.subject.words == ("the", "minister")


def test_a_verb_after_a_subject_relative_is_the_antecedents() -> None:
    """ "A man who lived in Lima was arrested": the man was arrested, not Lima."""
    for text, lemma in (
        ("A man who lived in Lima was arrested on Monday.", "arrest"),
        ("A man whose car was a rental was arrested on Monday.", "arrest"),
        ("Officials who met in Lima said the talks went well.", "say"),
        ("The visit that Peru hosted was short.", "be"),
    ):
        (main,) = [c for c in clauses_of(text) if c.kind == "main" and c.predicate.lemma == lemma]
        assert main.subject is not None and main.subject.words[-1] in ("man", "officials", "visit"), text


def test_a_relative_taking_a_clause_keeps_the_verb_after_it() -> None:
    """ "a man who feared police were watching him": "were" is the feared clause's."""
    found = clauses_of("A man who feared police were watching him fled to Peru.")
    (were,) = [c for c in found if c.predicate.lemma == "watch"]
    assert were.subject is not None and were.subject.words == ("police",)


def test_suspected_of_opens_a_participle_description() -> None:
    """ "X, accused of building the bomb, was arrested": X was arrested."""
    found = clauses_of("Rashid Omari Salim, accused of building the bomb, was arrested in Nairobi.")
    (main,) = [c for c in found if c.predicate.lemma == "arrest"]
    assert main.kind == "main"
    assert main.subject is not None and main.subject.words == ("rashid omari salim",)


def test_a_role_noun_after_a_noun_that_follows_a_verb_is_no_verb() -> None:
    """ "handed over genocide suspect X": "suspect" is a word of the object, not a verb."""
    found = clauses_of("Kenya handed over genocide suspect Jean Habimana to the tribunal on Friday.")
    assert [c.predicate.lemma for c in found] == ["hand over"]
    (obj,) = [a.phrase for a in found[0].args if a.role == "object"]
    assert obj.words[-1] == "jean habimana"


def test_a_verb_after_a_prepositional_phrase_and_before_a_name_stays_a_verb() -> None:
    """ "would in turn brief King X": "brief" is the verb, not a title."""
    assert "brief" in lemmas("He said the envoy would in turn brief King Tomas on the talks.")

"""The clause layer: persons joined by "and" across a phrase's "of" phrase or an apposition.

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.syntax import Clause, parse


def clause_of(text: str, lemma: str) -> Clause:
    doc = diplotext.extract(text, published="2030-06-12", layout="body", plugins=["actors", "dates"])
    found = [c for c in parse(doc.article, doc.actors, doc.dates).clauses() if c.predicate.lemma == lemma]
    assert found
    return found[0]


def persons(phrase: object) -> list[str]:
    return [
        e.text
        for e in phrase.entities  # type: ignore[attr-defined]
        if e.kind == "person"
    ]


def test_a_titled_person_after_and_joins_a_phrase_with_an_of_phrase() -> None:
    """ "with members of the Danish parliament and Foreign Minister X": X is one of those met, not
    a word left outside every phrase."""
    text = "She will meet members of the Danish parliament and Foreign Minister Lars Holm on Friday."
    (with_arg,) = [a for a in clause_of(text, "meet").args if a.role == "object"]
    assert persons(with_arg.phrase) == ["Lars Holm"]
    assert text[with_arg.phrase.start : with_arg.phrase.end].endswith("Lars Holm")


def test_a_titled_person_after_an_apposition_and_and_joins_the_list() -> None:
    """ "talked with A, general secretary of the party, and President B": both are talked with."""
    text = (
        "He said he talked with Tran Van Long, general secretary of the ruling party, and Laotian "
        "President Kham Sone on Monday."
    )
    (with_arg,) = [a for a in clause_of(text, "talk").args if a.role == "pp" and a.prep == "with"]
    assert persons(with_arg.phrase) == ["Tran Van Long", "Kham Sone"]


def test_a_pronoun_after_a_fronted_place_starts_the_subject() -> None:
    """ "In Jordan she will meet King X": "Jordan she" is no noun phrase; the pronoun is the
    subject and Jordan the place."""
    text = "Tom Reed will fly to Cairo on Monday. In Jordan he will meet King Faisal Omar on Tuesday."
    c = clause_of(text, "meet")
    assert c.subject is not None and text[c.subject.start : c.subject.end] == "he"
    (where,) = [a for a in c.args if a.role == "pp" and a.prep == "in"]
    assert text[where.phrase.start : where.phrase.end] == "Jordan"


def test_no_clause_is_its_own_ancestor() -> None:
    """ "Anna Berg's going to be doing a tour coming up soon": an infinitive and a participle that
    the rules would each hang on the other get a parent chain that ends (it looped for ever)."""
    text = (
        "\u201cI know Anna Berg\u2019s going to be doing a European tour coming up soon,\u201d Lars Dahl "
        "said."
    )
    doc = diplotext.extract(text, published="2030-06-12", layout="body", strict=True)
    layer = parse(doc.article, doc.actors, doc.dates)
    by_index = {c.index: c for c in layer.clauses()}
    for c in by_index.values():
        seen = {c.index}
        up = c.parent
        while up is not None:
            assert up not in seen
            seen.add(up)
            up = by_index[up].parent


def test_a_motion_verb_after_and_before_a_preposition_opens_a_second_clause() -> None:
    """ "was in Chile last week and arrives in Peru on Thursday": "arrives" is the coordinate
    clause's verb (present for a timetable), not a plural noun; a visit is planned."""
    text = (
        "Danish Prime Minister Ida Holm is on a tour of South America. She was in Chile last week "
        "and arrives in Peru on Thursday."
    )
    c = clause_of(text, "arrive")
    assert c.kind == "coordinate" and c.predicate.tense == "present"
    doc = diplotext.extract(text, published="2030-06-12")
    (visit,) = [e for e in doc.events if e.type == "visit"]
    assert visit.roles["host_state"] == "PER" and visit.date == "2030-06-13"
    assert visit.attributes["status"] == "planned"


def test_a_titled_name_in_apposition_to_an_object_is_its_apposition() -> None:
    """ "to meet his counterpart, Prime Minister X, on Tuesday": the titled name after the comma is
    the object's apposition, so X is among those the visitor meets."""
    text = (
        "Danish Prime Minister Ida Holm arrived in Lima on Monday. She is due to meet her "
        "counterpart, Prime Minister Luis Prado, on Tuesday."
    )
    c = clause_of(text, "meet")
    (app,) = [a for a in c.args if a.role == "apposition"]
    assert persons(app.phrase) == ["Luis Prado"]
    doc = diplotext.extract(text, published="2030-06-12")
    (visit,) = [e for e in doc.events if e.type == "visit"]
    assert list(visit.roles["met"]) == ["Luis Prado"]


def test_a_titled_name_followed_by_a_verb_is_no_apposition() -> None:
    """ "met his counterpart, Foreign Minister X said": a name with a verb after it starts a clause."""
    text = "She met her counterpart on Monday, Foreign Minister Luis Prado said."
    assert not [a for a in clause_of(text, "meet").args if a.role == "apposition"]


def test_an_ing_modifier_before_a_title_is_no_verb() -> None:
    """ "met acting Foreign Minister X": "acting" modifies the title; X is met."""
    text = "She met acting Foreign Minister Luis Prado and outgoing President Ana Ruiz on Monday."
    objects = [a for a in clause_of(text, "meet").args if a.role == "object"]
    assert objects and persons(objects[0].phrase) == ["Luis Prado", "Ana Ruiz"]


def test_earlier_after_an_auxiliary_stands_inside_the_verb_group() -> None:
    """ "had earlier stopped in X": one verb group with its subject; "an earlier stop" stays a noun
    phrase."""
    c = clause_of("Ida Holm had earlier stopped in Quito, where she met officials.", "stop")
    assert c.subject is not None and c.subject.head == "Ida Holm"
    assert c.predicate.tense == "past" and c.predicate.aspect == "perfect"


def test_a_reflexive_after_an_auxiliary_stays_inside_the_verb_group() -> None:
    """ "is himself due to attend": the reflexive is emphatic, "due to" still chains the plan."""
    c = clause_of("Ana Ruiz is herself due to attend a summit in Lima in October.", "attend")
    assert c.predicate.chain == ("plan",) and c.kind == "main"
    assert not [a for a in c.args if a.role == "object" and a.phrase.head == "herself"]


def test_likely_after_an_auxiliary_chains_the_infinitive() -> None:
    """ "is (also) likely to visit": one verb group, the visit likely."""
    for text in ("Ana Ruiz is likely to visit Lima.", "Ana Ruiz is also likely to visit Lima."):
        c = clause_of(text, "visit")
        assert c.kind == "main" and c.predicate.chain == ("likely",)


def test_a_bare_verb_after_and_an_infinitive_is_an_infinitive_of_the_same_verb() -> None:
    """ "asked Mali to detain and surrender X": "surrender" is asked of Mali too, and X is
    requested from Mali."""
    text = (
        "The International Criminal Court wants Mali to detain and surrender Paul Ndoye, judges said "
        "on Monday."
    )
    c = clause_of(text, "surrender")
    assert c.kind == "infinitive" and c.subject is not None and c.subject.head == "Mali"
    (e,) = [
        e for e in diplotext.extract(text, published="2030-06-12").events if e.type == "extradition_dispute"
    ]
    assert (e.roles["suspect"], e.roles["requested_state"], e.attributes["status"]) == (
        "Paul Ndoye",
        "MLI",
        "requested",
    )


def test_a_participle_before_a_preposition_describes_the_object_before_it() -> None:
    """ "arrested a man wanted for fraud", "charged the man accused of theft": the -ed verb
    describes the object; "accused Spain of lying" is a verb with its own object."""
    c = clause_of("Police arrested a man wanted for fraud in Lima.", "want")
    assert c.kind == "participle" and c.subject is not None and c.subject.head == "man"
    c = clause_of("The minister accused Spain of lying.", "accuse")
    assert c.kind == "main"


def test_a_finite_verb_after_a_participle_description_joins_the_main_clause() -> None:
    """ "approved the extradition of a man accused of X, but refused to hand over Y": the court
    refuses, not the extradition."""
    text = (
        "A Chilean court approved the extradition of a former officer accused of torture, but "
        "refused to hand over a second man."
    )
    c = clause_of(text, "hand over")
    assert c.subject is not None and c.subject.head == "court"


def test_late_after_a_verb_and_before_a_time_is_an_adverb() -> None:
    """ "who landed late on Wednesday": "late" tells when, it is no object of "landed"."""
    c = clause_of("Ana Ruiz, who landed late on Wednesday, met the president.", "land")
    assert not [a for a in c.args if a.role == "object"] and c.times


def test_a_sentence_opening_noun_described_by_a_participle_is_the_verbs_subject() -> None:
    """ "A man wanted for fraud was arrested in Lima", "A man accused of a theft that shocked the
    town can be extradited": the participle describes the subject; the verb after it is the main one."""
    c = clause_of("A man wanted for fraud was arrested in Lima.", "arrest")
    assert c.kind == "main" and c.subject is not None and c.subject.head == "man"
    assert clause_of("A man wanted for fraud was arrested in Lima.", "want").kind == "participle"
    text = "A man accused of a theft that shocked the town can be extradited to Peru."
    c = clause_of(text, "extradite")
    assert c.kind == "main" and c.subject is not None and c.subject.head == "man"


def test_the_verb_after_a_description_with_an_ing_clause_is_the_main_one() -> None:
    """ "A former officer accused of helping smugglers bring guns in has filed an appeal": past the
    description's -ing and bare verbs, the finite verb (thirteenth session)."""
    text = "A former officer accused of helping smugglers bring guns into Chile has filed an appeal."
    c = clause_of(text, "file")
    assert c.kind == "main" and c.subject is not None and c.subject.head == "officer"
    assert clause_of(text, "accuse").kind == "participle"


def test_a_that_clause_on_a_ruling_says_what_the_ruling_holds() -> None:
    """ "a ruling that he can be extradited" is what the ruling says (a complement), "the order
    that he signed" a relative clause on the order."""
    said = clause_of("He appealed against a ruling that he can be extradited to Peru.", "extradite")
    assert said.kind == "complement"
    signed = clause_of("He praised the order that he signed on Monday.", "sign")
    assert signed.kind == "relative"


def test_a_to_phrase_after_an_apposed_name_is_chained_to_the_phrase_named() -> None:
    text = "A court blocked the extradition of another banker, Ion Rusu, to Romania on Monday."
    c = clause_of(text, "block")
    to = next(a for a in c.args if a.prep == "to")
    assert to.after is not None and c.args[to.after].phrase.head == "extradition"


def test_a_quotation_s_closing_comma_opens_no_parenthesis() -> None:
    """'"...," X, who is in Oslo, told reporters': X is the subject of "told", not the quotation's
    last noun (thirteenth session)."""
    text = '"We stand by the treaty," Berg, who is in Oslo for talks, told reporters on Monday.'
    # the head is the name itself, not the quotation's last noun
    c = clause_of(text, "tell")
    assert c.subject is not None and c.subject.head.lower() == "berg"


def test_that_with_an_adverb_before_its_verb_opens_a_relative_clause() -> None:
    """ "a tour that also took her to X": "that" and an adverb before the verb is a subject relative,
    the tour its subject, and each place it took her to a stop of the tour."""
    text = (
        "Foreign Minister Rosa Mena of Peru visited Quito in May, during a tour that also took her "
        "to Santiago."
    )
    clause = clause_of(text, "take")
    assert clause.kind == "relative"
    assert clause.subject is not None and clause.subject.head == "tour"
    doc = diplotext.extract(text, published="2030-06-12")
    stops = {(e.roles["host_state"], e.date) for e in doc.events if e.type == "visit"}
    assert stops == {("ECU", "2030-05"), ("CHL", "2030-05")}


def test_demonyms_joined_before_one_noun_make_one_phrase() -> None:
    """ "the Spanish and Italian ministers": one phrase with a shared head, not "the Spanish" and a
    conjunct left outside every argument."""
    for text, head in (
        (
            "He met the Spanish and Italian ministers in Rabat on Wednesday.",
            "the Spanish and Italian ministers",
        ),
        (
            "He met his Spanish, Portuguese and Italian counterparts in Rabat.",
            "his Spanish, Portuguese and Italian counterparts",
        ),
        (
            "He met the Spanish and Italian Foreign Ministers in Rabat.",
            "the Spanish and Italian Foreign Ministers",
        ),
    ):
        (obj,) = [a for a in clause_of(text, "meet").args if a.role == "object"]
        assert text[obj.phrase.start : obj.phrase.end] == head


def test_a_demonym_alone_before_and_stays_its_own_phrase() -> None:
    text = "He met the Spanish and the Italians in Rabat."
    (obj,) = [a for a in clause_of(text, "meet").args if a.role == "object"]
    assert text[obj.phrase.start : obj.phrase.end] == "the Spanish"

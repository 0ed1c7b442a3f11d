"""The actors plugin: which person a lone surname or a pronoun stands for (the eighteenth
session's classes: a relative or a dead person sharing the surname, a person named inside a
quotation, a person named inside a fronted phrase). Every sentence here is invented."""

from __future__ import annotations

import diplotext
from diplotext.extractors.actors import find_actors
from diplotext.model import Actor, Article


def _actors(text: str) -> list[Actor]:
    return find_actors(Article(text=text, paragraphs=[(0, len(text))]))


def _mentions(text: str, actors: list[Actor], name: str) -> list[str]:
    found = [a for a in actors if a.name == name]
    assert found, f"{name!r} not in {[a.name for a in actors]}"
    return [text[s:e] for s, e in found[0].mentions]


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in diplotext.extract(text, default_published="2024-05-01").quotes]


def test_a_lone_surname_is_not_the_dead_father_named_to_place_the_son() -> None:
    text = (
        "Karim Haddad, the son of Nabil Haddad, the late prime minister, returned to Beirut on Sunday. "
        "Haddad, 45, said he would stand for parliament next year."
    )
    actors = _actors(text)
    assert "Haddad" in _mentions(text, actors, "Karim Haddad")
    assert "Haddad" not in _mentions(text, actors, "Nabil Haddad")
    assert _speakers(text) == ["Karim Haddad"]


def test_a_lone_surname_is_not_a_relative_named_in_a_relative_clause() -> None:
    text = (
        "Leona Varga, whose father Tomas Varga was the first president, has joined the race. "
        "Varga said on Monday that she would run.\n\n"
        "Raul Orsini, younger brother of President Dario Orsini, spoke in the square. "
        "Orsini said the army would stay loyal."
    )
    actors = _actors(text)
    assert "Varga" in _mentions(text, actors, "Leona Varga")
    assert "Orsini" in _mentions(text, actors, "Raul Orsini")
    assert _speakers(text) == ["Leona Varga", "Raul Orsini"]


def test_a_lone_surname_still_means_the_office_holder_over_his_wife() -> None:
    text = (
        "President Omar Dalu met the press. His wife Mira Dalu was at his side. "
        "Dalu said the vote would go ahead."
    )
    assert "Dalu" in _mentions(text, _actors(text), "Omar Dalu")


def test_a_pronoun_after_a_quotation_is_not_someone_named_inside_it() -> None:
    text = (
        "Former chairman Owen Ledger took the stand on Monday. Karl Brandt, the old finance chief, "
        "has testified against him. On Tuesday Mr Ledger denied the claims. "
        '"I was never told by Karl Brandt of anything improper," he told the court.'
    )
    actors = _actors(text)
    assert "he" in _mentions(text, actors, "Owen Ledger")
    assert "he" not in _mentions(text, actors, "Karl Brandt")


def test_a_pronoun_is_not_someone_named_inside_a_fronted_phrase() -> None:
    text = (
        "During his meeting with Aldo Brenner, Piet Kroon said the deal was close. "
        "He added that more work was needed.\n\n"
        "After talks with President Aldo Brenner, Prime Minister Ilse Kamper said she was hopeful."
    )
    actors = _actors(text)
    assert "He" in _mentions(text, actors, "Piet Kroon")
    assert "He" not in _mentions(text, actors, "Aldo Brenner")
    assert "she" in _mentions(text, actors, "Ilse Kamper")


def test_an_occupation_written_as_a_title_is_no_word_of_the_name() -> None:
    text = (
        "The festival opened on Friday. Musician Alan Wass said the crowd was huge. "
        "Comptroller Dan Hollis said the costs had risen. Film-maker Ada Quist said she was pleased. "
        '"It went well," said the team\'s coach Mike Friday.'
    )
    names = [a.name for a in _actors(text) if a.kind == "person"]
    assert {"Alan Wass", "Dan Hollis", "Ada Quist", "Mike Friday"} <= set(names)
    assert _speakers(text) == ["Alan Wass", "Dan Hollis", "Ada Quist", "Mike Friday"]


def test_a_firm_described_by_what_it_makes_or_airs_is_no_person() -> None:
    text = "Gas producer Voltra said prices would rise. The broadcaster Radio Nord says it will expand."
    assert not [a.name for a in _actors(text) if a.kind == "person"]


def test_an_unlisted_portfolio_ends_at_the_holders_given_name() -> None:
    text = (
        "Minister of Prisoners' Affairs Sufian Abu Daka told the radio that talks would go on. "
        "Minister for Information, Communications and the Arts Lee Kok Wah said the plan was ready. "
        "Minister for Children, Young People and Families Ann Hobbs said new plans were ready."
    )
    names = [a.name for a in _actors(text) if a.kind == "person"]
    assert names == ["Sufian Abu Daka", "Lee Kok Wah", "Ann Hobbs"]
    assert _speakers(text) == names


def test_a_hyphenated_description_before_a_name_is_no_word_of_it() -> None:
    text = (
        "Man-of-the-match Stephen Jolley said the win was vital. "
        "Oscar-winner Andrea Pike said she was thrilled. "
        "Man-kei Tam said the bill was withdrawn."
    )
    names = [a.name for a in _actors(text) if a.kind == "person"]
    assert {"Stephen Jolley", "Andrea Pike"} <= set(names)
    assert _speakers(text) == ["Stephen Jolley", "Andrea Pike", "Man-kei Tam"]


def test_a_title_inside_a_name_is_a_word_of_it() -> None:
    text = (
        '"We will keep the city safe," Sheikh Sharif Sheikh Ahmad, the chairman of the council, '
        "told a press conference. Information Minister Ali Ahmad Jamal said talks would go on."
    )
    names = [a.name for a in _actors(text) if a.kind == "person"]
    assert names == ["Sharif Sheikh Ahmad", "Ali Ahmad Jamal"]
    assert _speakers(text) == names


def test_a_pronoun_is_not_someone_named_after_a_preposition() -> None:
    text = (
        "Top seed Rafael Dorn had to save two match points on Friday. The top-ranked player was pushed "
        'to five sets against Ivo Marek in the final. "I had a slow start," he said.\n\n'
        "Nora Quell will miss the indoor meeting. The 31-year-old was third behind Ilse Varo and Anka Brod "
        'last week. "I am wary of injuries," she said.\n\n'
        "Hugo Ferrant is an outgoing ambassador to Chile. Outgoing ambassador to Chile Pablo Ruiz said "
        'the talks went well. "We are close," he said.'
    )
    actors = _actors(text)
    assert "he" in _mentions(text, actors, "Rafael Dorn")
    assert "she" in _mentions(text, actors, "Nora Quell")
    assert "he" in _mentions(text, actors, "Pablo Ruiz")
    assert _speakers(text) == ["Rafael Dorn", "Nora Quell", "Pablo Ruiz", "Pablo Ruiz"]


def test_the_first_person_after_a_fronted_phrase_is_the_subject_even_after_a_pronoun() -> None:
    text = (
        "Lena Adler beat Mia Sund in two sets on Monday. "
        'Before her meeting with Lena Adler, Carla Voss was calm. "I played well," she said.'
    )
    assert "she" in _mentions(text, _actors(text), "Carla Voss")


def test_the_first_pronoun_tells_the_sex_of_a_given_name_no_list_knows() -> None:
    text = (
        "Sasha Ollanta, a cousin of the boy, said she would stay with him. "
        "Reporters waited outside the house. He later said he wanted to go home."
    )
    actors = _actors(text)
    assert "she" in _mentions(text, actors, "Sasha Ollanta")
    assert "He" not in _mentions(text, actors, "Sasha Ollanta")


def test_a_name_after_an_infinitive_to_is_still_the_subject_a_pronoun_goes_back_to() -> None:
    text = "Peru had asked Chile to extradite Luis Tapia in 2028. He was deported to Peru on Monday."
    assert "He" in _mentions(text, _actors(text), "Luis Tapia")

"""Speaker classes of issue 10's nineteenth session (helper quotes25), each with sentences written for
these tests (no text of any annotated article):

- a person introduced with a title still to come ("President-elect X", "Minister-designate X") is
  not "the president" or "the minister" of a later sentence: that is the holder now, or nobody;
- "the president-elect said" is a subject and its verb, not a cue noun after a hyphenated modifier;
- a role said of a person in a relative or passive clause ("X, who serves as special envoy ...",
  "X was named envoy ...") introduces them for a later "the envoy said";
- a relative clause right after an inverted speaker ("CLAUSE, said X who leads ...") is about the
  speaker, not what was said: the clause before the attribution is.
"""

from __future__ import annotations

import pytest

import diplotext
from diplotext.model import Actor, Quote


def quotes(text: str) -> list[Quote]:
    return list(diplotext.extract(text, published="2030-06-12", layout="body").quotes)


def actors(text: str) -> list[Actor]:
    return list(diplotext.extract(text, published="2030-06-12", layout="body").actors)


def test_the_president_is_the_holder_not_the_president_elect() -> None:
    text = (
        "President Ann Lee and President-elect Tom Vale met on Monday. "
        '"We will keep our promises," the president said.'
    )
    assert [q.speaker for q in quotes(text)] == ["Ann Lee"]


@pytest.mark.parametrize(
    "first",
    [
        "President-elect Tom Vale met the envoys on Monday.",
        "President-elect Tom Vale said on Monday that the talks would go on.",
    ],
)
def test_the_president_is_not_a_president_elect_alone(first: str) -> None:
    text = f'{first} "We will keep our promises," the president said.'
    assert [q.speaker for q in quotes(text)][-1] != "Tom Vale"


def test_the_president_elect_is_the_president_elect() -> None:
    text = (
        "President Ann Lee met Tom Vale, the president-elect, on Monday. "
        "The president-elect said the talks went well."
    )
    assert [q.speaker for q in quotes(text)] == ["Tom Vale"]
    vale = next(a for a in actors(text) if a.name == "Tom Vale")
    assert "president" not in vale.roles
    lee = next(a for a in actors(text) if a.name == "Ann Lee")
    assert "president" in lee.roles


def test_a_title_held_now_still_resolves() -> None:
    text = (
        'Gen. Tom Vale said on Monday the talks would go on. "We will keep our promises," the general said.'
    )
    assert [q.speaker for q in quotes(text)] == ["Tom Vale", "Tom Vale"]


@pytest.mark.parametrize("who", ["who leads the delegation", "whose team drafted the text"])
def test_a_relative_clause_after_an_inverted_speaker_is_not_said(who: str) -> None:
    got = quotes(f"The talks will go on, said Jane Roe {who}.")
    assert [(q.text, q.speaker) for q in got] == [("The talks will go on", "Jane Roe")]


def test_who_opening_a_reported_clause_after_the_speaker_stays() -> None:
    got = quotes("Jane Roe said who leads the delegation will be decided on Monday.")
    assert [q.text for q in got] == ["who leads the delegation will be decided on Monday"]


@pytest.mark.parametrize("quoted", [True, False])
def test_the_president_elect_said_is_a_cue(quoted: bool) -> None:
    said = (
        '"The talks went well," the president-elect said.'
        if quoted
        else "The president-elect said the talks went well."
    )
    text = f"President Ann Lee met Tom Vale, the president-elect, on Monday. {said}"
    assert [q.speaker for q in quotes(text)] == ["Tom Vale"]


def test_a_hyphenated_modifier_before_a_cue_noun_stays_a_noun() -> None:
    assert not quotes("Ann Lee read the long-awaited report on the talks.")


@pytest.mark.parametrize(
    "intro",
    [
        "Ann Lee met on Monday with Tom Vale, who serves as special envoy for the region.",
        "Tom Vale, who was appointed special envoy to the region last year, arrived in Cairo on Monday. "
        "Ann Lee, the foreign minister, welcomed him.",
        "Tom Vale was named envoy to the region last year. Ann Lee, the foreign minister, welcomed him.",
    ],
)
def test_a_role_said_in_a_clause_introduces_the_envoy(intro: str) -> None:
    text = f'{intro} "The ceasefire must hold," the envoy said.'
    assert [q.speaker for q in quotes(text)] == ["Tom Vale"]


def test_named_after_someone_gives_no_role() -> None:
    text = "Tom Vale was named after the president. Ann Lee met him on Monday."
    vale = next(a for a in actors(text) if a.name == "Tom Vale")
    assert not vale.roles


@pytest.mark.parametrize("title", ["Minister-designate", "Prime Minister-designate", "President-elect"])
def test_a_title_to_come_is_not_part_of_the_name(title: str) -> None:
    text = f"{title} Tom Vale met the envoys on Monday."
    assert [a.name for a in actors(text) if a.kind == "person"] == ["Tom Vale"]


def test_a_vice_president_elect_is_no_president_elect() -> None:
    text = "Vice President-elect Ann Lee met the envoys on Monday. President-elect Tom Vale spoke later."
    assert {a.name: a.roles for a in actors(text)} == {
        "Ann Lee": ("vice president-elect",),
        "Tom Vale": ("president-elect",),
    }


def test_a_base_form_after_an_indefinite_article_and_a_word_is_no_cue() -> None:
    """ "paid a courtesy call on X", "made an impassioned call for peace", "a big ask": nouns; "Leaders
    call on Iran to stop" keeps its cue."""
    for text in (
        "The envoy spoke to reporters after paying a courtesy call on Vice President Tom Kamau.",
        "The queen made an impassioned call for calm in the border towns.",
    ):
        assert diplotext.extract("T\n\n" + text, published="2026-05-06").quotes == ()
    doc = diplotext.extract("T\n\nLeaders call on Iran to stop enriching uranium.", published="2026-05-06")
    assert [q.cue for q in doc.quotes] != []

"""The actors plugin: names cut short and states that do not attach (issue 9, seventeenth session): a
surname that is also a building word after a title ("envoy Chris Hall"), a name whose hyphen ended a
line ("Lee Moo- hyun"), and the visits lost with them."""

from __future__ import annotations

import pytest

import diplotext
from diplotext.extractors.actors import find_actors
from diplotext.model import Actor, Article


def people(text: str) -> list[Actor]:
    return [a for a in find_actors(Article(text=text, paragraphs=((0, len(text)),))) if a.kind == "person"]


def visits(text: str, published: str = "2024-03-05") -> list[dict[str, object]]:
    doc = diplotext.extract(text, default_published=published).to_dict()
    return [e["roles"] for e in doc["events"] if e["type"] == "visit"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("US envoy Chris Hall met North Korean envoy Pak Sun in Beijing.", "Chris Hall"),
        ("British Ambassador Tom House said on Monday that talks would resume.", "Tom House"),
        ("Canadian Foreign Minister Anna Park arrived in Lima on Sunday.", "Anna Park"),
    ],
)
def test_a_surname_that_is_also_a_building_word_ends_a_titled_name(text: str, name: str) -> None:
    assert name in [p.name for p in people(text)]


def test_a_building_after_a_name_that_is_no_given_name_is_no_person() -> None:
    names = [p.name for p in people("The concert at Carnegie Hall was sold out, Mayor Ruth Levy said.")]
    assert "Carnegie Hall" not in names and "Carnegie" not in names


def test_the_visit_of_a_titled_name_ending_in_a_building_word() -> None:
    found = visits("US envoy Chris Hall met North Korean envoy Pak Sun in Beijing on Tuesday.")
    assert any(v.get("visitor") == "Chris Hall" and v.get("visitor_state") == "USA" for v in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "South Korean President Lee Moo- hyun met Japanese Prime Minister Taro Sato in Tokyo.",
            "Lee Moo-hyun",
        ),
        ("UN Secretary-General Han Ki- tae arrived in Nairobi on Monday.", "Han Ki-tae"),
    ],
)
def test_a_name_broken_after_its_hyphen_is_one_name(text: str, name: str) -> None:
    assert name in [p.name for p in people(text)]


def test_a_hyphen_broken_before_and_still_splits() -> None:
    text = "Pro- and anti-war groups marched. Deputy Minister Dana Holt spoke."
    assert [p.name for p in people(text)] == ["Dana Holt"]


def test_the_visit_of_a_name_broken_after_its_hyphen() -> None:
    found = visits("South Korean President Lee Moo- hyun met Japanese Prime Minister Taro Sato in Tokyo.")
    assert any(v.get("visitor") == "Lee Moo-hyun" and v.get("host_state") == "JPN" for v in found)

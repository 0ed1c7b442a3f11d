"""The actors plugin: names and titles of unusual shapes (issue 9, seventeenth session): a middle
initial after a long title, a second title with its own "of" phrases, hyphenated titles, and the
events that are lost when such a name or title is misread."""

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
        (
            "Deputy Secretary of State for East Asian Affairs Martin A. Kellner, who arrived in Hanoi "
            "on Monday, met the premier.",
            "Martin A. Kellner",
        ),
        ("Martin I. Kellner said the talks would go on.", "Martin I. Kellner"),
        ("The prize went to Wayne A. I. Lodge of the college.", "Wayne A. I. Lodge"),
    ],
)
def test_a_middle_initial_a_or_i_stays_inside_the_name(text: str, name: str) -> None:
    assert name in [p.name for p in people(text)]


def test_a_middle_initial_after_a_long_title_keeps_the_visit() -> None:
    text = (
        "U.S. Deputy Secretary of State for East Asian Affairs Martin A. Kellner, who arrived in "
        "Hanoi on Monday, met the premier."
    )
    (roles,) = visits(text)
    assert roles["visitor"] == "Martin A. Kellner"
    assert (roles["visitor_state"], roles["host_state"]) == ("USA", "VNM")


def test_a_lone_article_a_is_no_initial() -> None:
    assert not any("A" in p.name.split() for p in people("It was a win for Team A. Coach Ola Berg said so."))


def test_a_second_title_with_its_own_of_phrases() -> None:
    text = (
        "Palau President of the Senate Tomas Ngiraked and Speaker of the House of Representatives "
        "Lena Kesolei will visit Japan on May 3-9."
    )
    found = {p.name: p for p in people(text)}
    assert found["Lena Kesolei"].roles == ("speaker",)
    assert found["Tomas Ngiraked"].country == "PLW"
    got = {(r["visitor"], r["visitor_state"], r["host_state"]) for r in visits(text)}
    assert got == {("Tomas Ngiraked", "PLW", "JPN"), ("Lena Kesolei", "PLW", "JPN")}


def test_a_given_name_with_a_noun_ending_after_a_title_stays_in_the_name() -> None:
    text = "Speaker of the House of Representatives Clarence Achieng will visit Japan."
    assert [(p.name, p.roles) for p in people(text)] == [("Clarence Achieng", ("speaker",))]


@pytest.mark.parametrize(
    ("text", "role", "country"),
    [
        ("Chilean First-Vice President Rosa Lagarde arrived in Lima on Monday.", "vice president", "CHL"),
        (
            "Thai Deputy-Prime Minister Anan Wongsa arrived in Paris on Monday.",
            "deputy prime minister",
            "THA",
        ),
        (
            "The talks followed a visit to Lima by Rosa Lagarde, Chilean First-Vice President and "
            "President of the regional council in the north.",
            "vice president",
            "CHL",
        ),
    ],
)
def test_a_hyphenated_title(text: str, role: str, country: str) -> None:
    (person,) = people(text)
    assert role in person.roles
    assert person.country == country

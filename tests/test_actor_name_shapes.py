"""The actors plugin: names and titles of unusual shapes (issue 9, seventeenth session): a middle
initial after a long title, a second title with its own "of" phrases, hyphenated titles, and the
events that are lost when such a name or title is misread."""

from __future__ import annotations

import pytest

from actor_probe import people, visits


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive said only of people makes any capitalised run a person, alone or as the first
        # of two joined by "and"
        (
            "Ruritania agreed to hand them over for trial in Austria. Tumaini Mwangoro Lema and Rehema "
            "Juma Kitwana are charged with murder.",
            {"Tumaini Mwangoro Lema", "Rehema Juma Kitwana"},
        ),
        ("Kaviti Mwangoro Shabani was later arrested in Mombasa.", {"Kaviti Mwangoro Shabani"}),
        ("Kaviti Mwangoro Shabani has been extradited to Kenya.", {"Kaviti Mwangoro Shabani"}),
    ],
)
def test_a_passive_said_of_people_names_a_person(text: str, expected: set[str]) -> None:
    assert {p.name for p in people(text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kaviti Mwangoro Shabani is charged with overseeing the talks.",  # a task, no charge
        "Clean Water Trust was charged with fraud. Clean water matters.",  # a word also in lower case
        "Kaviti Mwangoro Shabani has arrested two men.",  # active: the run does the arresting
    ],
)
def test_no_person_from_a_task_a_lower_case_word_or_an_active_verb(text: str) -> None:
    assert people(text) == []


def test_a_full_name_whose_lone_surname_carries_a_weak_person_cue() -> None:
    text = (
        "The suspect -- Tumaini Mwangoro Kitwana -- appeared before a judge on Monday. Kitwana, 31, "
        "allegedly bought the explosives. Police arrested Kitwana at the airport."
    )
    (person,) = people(text)
    assert person.name == "Tumaini Mwangoro Kitwana"
    assert len(person.mentions) == 3


@pytest.mark.parametrize(
    "text",
    [
        # a place's "whose", a clause that is the head's, a product's participle: no person
        "Fans came from the Harbour Mill estate. The cortege left Mill, whose murals were covered.",
        "The Harbour Mill plant closed. Lord Ames of Mill, who was a minister, spoke.",
        "It will compete with the Acme Pad. Sales of Acme's Pad, released last month, were low.",
    ],
)
def test_no_person_from_a_weak_cue_that_is_no_persons(text: str) -> None:
    assert not any(p.name.endswith("Mill") or p.name.endswith("Pad") for p in people(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dutch Foreign Minister Pieter van der Kolk met her in Rome.", "Pieter van der Kolk"),
        ("Spanish minister Ana de la Fuente arrived.", "Ana de la Fuente"),
        ("Kenyan President Samuel arap Kiprotich met the envoy in Nairobi.", "Samuel arap Kiprotich"),
    ],
)
def test_particles_inside_a_name(text: str, name: str) -> None:
    assert [p.name for p in people(text)] == [name]


@pytest.mark.parametrize(
    "text",
    ["Tran Duc Khiem said on Monday that the talks went well.", "Vo Thi Lanh died on Friday."],
)
def test_a_vietnamese_name_of_three_syllables(text: str) -> None:
    assert len(people(text)) == 1


def test_a_vietnamese_looking_run_that_goes_on_is_no_name() -> None:
    assert people("Dong Tam Long An Tile beat the visitors 2-0 on Saturday.") == []


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        ("Ruritanian President Gen Kamal Rana will visit China.", "Kamal Rana", {"general", "president"}),
        (
            "Lt Col Piet Marais of the mission said the deal was off.",
            "Piet Marais",
            {"lieutenant", "colonel"},
        ),
        ("US Secretary Treasury Robert Malloy held talks in Hanoi.", "Robert Malloy", {"treasury secretary"}),
    ],
)
def test_a_title_word_is_no_part_of_the_name(text: str, name: str, roles: set[str]) -> None:
    (person,) = people(text)
    assert person.name == name
    assert roles <= set(person.roles)


def test_a_bare_rank_before_a_lone_surname_joins_the_full_name() -> None:
    text = (
        "Security papers for Gen Kamal Rana's visit were found. Gen Rana held talks with Prime "
        "Minister Ola Berg on Monday. He arrived in Norway on Sunday."
    )
    found = {p.name for p in people(text)}
    assert found == {"Kamal Rana", "Ola Berg"}


def test_a_visitor_named_without_the_leftover_title_word() -> None:
    text = "US Secretary Treasury Robert Malloy held talks in Hanoi on Tuesday with Vietnamese leaders."
    (roles,) = visits(text)
    assert roles["visitor"] == "Robert Malloy"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Ghanaian Agriculture and Rural Development Minister Kofi Amankwah said the plan was approved.",
            "GHA",
        ),
        ("Kenya's Energy and Mining Minister Ann Kariuki flew to Rome.", "KEN"),
        ("Galloway will stand against pro-Iraq war Labour MP Ann Kariuki at the election.", None),
    ],
)
def test_a_state_before_a_portfolio_and_its_title(text: str, country: str | None) -> None:
    (person,) = people(text)
    assert person.country == country


def test_a_portfolio_after_another_persons_state_takes_no_state_from_it() -> None:
    text = "Trade Minister Ana Vlk of the Czech Republic and Trade Minister Ivo Sestak of Slovakia arrived."
    assert {p.name: p.country for p in people(text)} == {"Ana Vlk": "CZE", "Ivo Sestak": "SVK"}

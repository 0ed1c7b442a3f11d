"""The actors plugin: people, states, organisations and groups with their mentions."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

import diplotext
from diplotext.extractors.actors import actor_at, find_actors
from diplotext.model import Actor, Article


def actors_of(text: str) -> list[Actor]:
    """Actors of a text taken as paragraphs split on blank lines."""
    spans = []
    pos = 0
    for block in text.split("\n\n"):
        spans.append((pos, pos + len(block)))
        pos += len(block) + 2
    return find_actors(Article(text=text, paragraphs=spans))


def by_name(actors: list[Actor], name: str) -> Actor:
    found = [a for a in actors if a.name == name]
    assert found, f"{name!r} not in {[a.name for a in actors]}"
    return found[0]


def mention_texts(text: str, actor: Actor) -> list[str]:
    return [text[s:e] for s, e in actor.mentions]


STORY = (
    "Canadian Prime Minister Joseph Halvorsen arrived in Oslo on Tuesday for talks with "
    "Ingrid Solberg-Haug, the Norwegian foreign minister.\n\n"
    'Mr. Halvorsen said the two countries shared "deep common interests" in the Arctic.\n\n'
    '"We will keep working together," he told reporters after the meeting.\n\n'
    "Solberg-Haug said she welcomed the visit. Ottawa has refused to comment on the fishing dispute, "
    "and the prime minister declined to give details."
)


def test_people_with_titles_roles_and_countries() -> None:
    actors = actors_of(STORY)
    pm = by_name(actors, "Joseph Halvorsen")
    assert pm.kind == "person"
    assert pm.country == "CAN"
    assert "prime minister" in pm.roles
    fm = by_name(actors, "Ingrid Solberg-Haug")
    assert fm.country == "NOR"
    assert fm.roles == ("foreign minister",)


def test_surname_honorific_pronoun_and_title_reference_join_the_full_name() -> None:
    actors = actors_of(STORY)
    pm = by_name(actors, "Joseph Halvorsen")
    texts = mention_texts(STORY, pm)
    assert texts[0] == "Joseph Halvorsen"
    assert "Mr. Halvorsen" in texts
    assert "he" in texts  # the quote paragraph right after "Mr. Halvorsen said"
    assert "the prime minister" in texts
    assert "Mr. Halvorsen" in pm.aliases
    fm = by_name(actors, "Ingrid Solberg-Haug")
    assert "she" in mention_texts(STORY, fm)


def test_states_from_names_demonyms_and_capitals_used_for_governments() -> None:
    actors = actors_of(STORY)
    canada = by_name(actors, "Canada")
    assert canada.kind == "state" and canada.country == "CAN"
    assert mention_texts(STORY, canada) == ["Canadian", "Ottawa"]  # "Ottawa has refused": the government
    norway = by_name(actors, "Norway")
    assert mention_texts(STORY, norway) == ["Norwegian"]  # "in Oslo" is a place, not a government


def test_ids_follow_first_mention_and_every_span_has_one_actor() -> None:
    actors = actors_of(STORY)
    assert [a.id for a in actors] == [f"a{n}" for n in range(1, len(actors) + 1)]
    starts = [a.mentions[0][0] for a in actors]
    assert starts == sorted(starts)
    spans = [span for a in actors for span in a.mentions]
    assert len(spans) == len(set(spans))
    for a in actors:
        assert list(a.mentions) == sorted(a.mentions)


def test_short_forms_and_abbreviations_but_not_the_pronoun_us() -> None:
    text = "Let us be clear, said the envoy: the U.S. and the UK disagree, and Britain will not yield."
    actors = actors_of(text)
    assert {a.country for a in actors if a.kind == "state"} == {"USA", "GBR"}
    uk = by_name(actors, "United Kingdom")
    assert mention_texts(text, uk) == ["UK", "Britain"]
    assert "us" not in [text[s:e] for a in actors for s, e in a.mentions]


def test_seats_of_power_and_hyphenated_demonyms() -> None:
    text = (
        "The Kremlin said on Friday that Sino-Russian ties were strong. Downing Street declined to comment."
    )
    actors = actors_of(text)
    russia = by_name(actors, "Russia")
    assert mention_texts(text, russia) == ["Kremlin", "Russian"]
    assert mention_texts(text, by_name(actors, "China")) == ["Sino"]
    assert mention_texts(text, by_name(actors, "United Kingdom")) == ["Downing Street"]


def test_possessive_of_an_organisation_gives_no_nationality() -> None:
    text = (
        "Paris has rejected a request to hand over Interpol's most wanted man, Viktor Kalnins, "
        "a former Latvian customs officer."
    )
    actors = actors_of(text)
    person = by_name(actors, "Viktor Kalnins")
    assert person.country == "LVA"  # from the apposition, not from Interpol
    assert "officer" in person.roles or "customs officer" in person.roles
    assert by_name(actors, "Interpol").kind == "organization"
    text2 = "Officers want to question Scotland Yard's chief suspect, Pavel Orlovsky, about the fire."
    actors2 = actors_of(text2)
    suspect = by_name(actors2, "Pavel Orlovsky")
    assert suspect.roles == ("suspect",)
    assert suspect.country is None
    yard = by_name(actors2, "Scotland Yard")
    assert (yard.kind, yard.country) == ("organization", "GBR")


def test_organisations_take_their_fullest_written_name() -> None:
    text = (
        "The UN Security Council met on Monday. NATO and the European Union backed the plan, "
        "but the Security Council could not agree. The EU said it would try again."
    )
    actors = actors_of(text)
    council = by_name(actors, "UN Security Council")
    assert len(council.mentions) == 2
    eu = by_name(actors, "European Union")
    assert mention_texts(text, eu) == ["European Union", "EU"]
    assert by_name(actors, "NATO").country is None


def test_ministries_and_groups_carry_their_country() -> None:
    text = (
        "The Chinese Foreign Ministry protested on Sunday. Senior Chinese diplomats said talks would go on, "
        "while British prosecutors said the case was closed."
    )
    actors = actors_of(text)
    ministry = by_name(actors, "Chinese Foreign Ministry")
    assert (ministry.kind, ministry.country) == ("organization", "CHN")
    diplomats = by_name(actors, "Senior Chinese diplomats")
    assert (diplomats.kind, diplomats.country) == ("group", "CHN")
    prosecutors = by_name(actors, "British prosecutors")
    assert (prosecutors.kind, prosecutors.country) == ("group", "GBR")


def test_chinese_names_from_context_and_surname_links() -> None:
    text = (
        "Chinese Premier Liu Changming will visit Kenya next week. Qiao Danfeng, director of the "
        "ministry's Africa department, said the trip would focus on trade.\n\n"
        "Liu will also meet business leaders, Qiao added."
    )
    actors = actors_of(text)
    liu = by_name(actors, "Liu Changming")
    assert (liu.country, liu.roles) == ("CHN", ("premier",))
    assert mention_texts(text, liu) == ["Liu Changming", "Liu"]
    qiao = by_name(actors, "Qiao Danfeng")
    assert "director" in qiao.roles
    assert mention_texts(text, qiao) == ["Qiao Danfeng", "Qiao"]


def test_spelling_variants_join_and_the_fullest_known_form_names_the_person() -> None:
    text = (
        "The family of Aleksander Petrenko, a former Ukrainian border guard, appealed for help. "
        "Alexander Petrenko vanished in March. Petrenko had received threats."
    )
    actors = actors_of(text)
    people = [a for a in actors if a.kind == "person"]
    assert len(people) == 1
    person = people[0]
    assert person.name == "Alexander Petrenko"
    assert "Aleksander Petrenko" in person.aliases
    assert person.country == "UKR"
    assert len(person.mentions) == 3


def test_pronouns_go_to_the_subject_and_skip_quoted_text() -> None:
    text = (
        "Foreign Minister Maria Castellanos met Ambassador Tomas Reyes in Lima. "
        "She said the talks were useful.\n\n"
        '"He has our trust," Ms Castellanos said of the mediator.'
    )
    actors = actors_of(text)
    maria = by_name(actors, "Maria Castellanos")
    tomas = by_name(actors, "Tomas Reyes")
    assert "She" in mention_texts(text, maria)
    assert "He" not in mention_texts(text, tomas) + mention_texts(text, maria)  # inside the quote
    assert "Ms Castellanos" in mention_texts(text, maria)


def test_well_known_figures_complete_a_lone_surname_by_publication_year() -> None:
    text = "Officials said President Assad would not attend. Assad has not travelled abroad this year."
    later = diplotext.extract(text, plugins=["actors"], published="2011-06-01")
    person = next(a for a in later.actors if a.kind == "person")
    assert (person.name, person.country) == ("Bashar al-Assad", "SYR")
    assert {"Assad", "President Assad"} <= set(person.aliases)
    earlier = diplotext.extract(text, plugins=["actors"], published="1995-06-01")
    assert next(a for a in earlier.actors if a.kind == "person").name == "Hafez al-Assad"
    # a name the article gives in full is kept; only a missing country is filled in
    doc = diplotext.extract("Prime Minister Vladimir Putin chaired the meeting.", plugins=["actors"])
    assert [(a.name, a.country) for a in doc.actors] == [("Vladimir Putin", "RUS")]


def test_members_of_a_national_body_take_its_country() -> None:
    text = (
        "Vietnamese Communist Party leader Tran Van Long and Chinese Foreign Ministry "
        "spokeswoman Lin Mei met."
    )
    actors = actors_of(text)
    assert by_name(actors, "Tran Van Long").country == "VNM"
    assert by_name(actors, "Lin Mei").country == "CHN"
    assert by_name(actors, "Lin Mei").roles == ("spokeswoman",)


def test_lone_surname_with_title_is_a_person() -> None:
    text = "Talks stalled because President Kovalenko refused to meet the envoy. Kovalenko later relented."
    actors = actors_of(text)
    person = by_name(actors, "Kovalenko")
    assert person.roles == ("president",)
    assert "President Kovalenko" in person.aliases
    assert len(person.mentions) == 2


def test_places_months_and_sentence_starters_are_not_people() -> None:
    text = (
        "Speaking in Geneva on Monday, the envoy said March would be decisive. New York and Hong Kong "
        "markets fell. Comments were closed."
    )
    assert [a for a in actors_of(text) if a.kind == "person"] == []


def test_a_name_in_utf8_read_as_latin1_stays_one_name() -> None:
    # "Jürgen Müller" and "José" as they look when UTF-8 bytes were decoded as Latin-1
    text = (
        "Police said Dr. J\u00c3\u00bcrgen M\u00c3\u00bcller met Minister Jos\u00c3\u00a9 Alvarez on Monday."
    )
    people = [a.name for a in actors_of(text) if a.kind == "person"]
    assert people == ["J\u00c3\u00bcrgen M\u00c3\u00bcller", "Jos\u00c3\u00a9 Alvarez"]


def test_a_name_after_a_royal_title_is_not_the_surname_of_another_person() -> None:
    text = (
        "Iraq's Karim Faisal, facing troops at the border, sought peace today. Also today, King Faisal "
        "of Jordan arrived in Washington seeking to mediate. Karim said he would withdraw."
    )
    people = {a.name: a for a in actors_of(text) if a.kind == "person"}
    assert set(people) == {"Karim Faisal", "Faisal"}
    assert people["Faisal"].roles == ("king",)
    assert people["Faisal"].country == "JOR"
    assert mention_texts(text, people["Karim Faisal"]) == ["Karim Faisal", "Karim", "he"]


def test_a_role_of_a_states_body_in_apposition_gives_the_state() -> None:
    text = "Drones killed Hamid Rostami, head of Iran's border guard, near the airport."
    (person,) = [a for a in actors_of(text) if a.kind == "person"]
    assert (person.name, person.country) == ("Hamid Rostami", "IRN")


def test_a_two_word_arabic_family_name_joins_the_full_name() -> None:
    text = "Party leader Khaled Abu Samra was arrested. Abu Samra denied it.\n\nBin Samra is another man."
    people = [a for a in actors_of(text) if a.kind == "person"]
    first = people[0]
    assert (first.name, mention_texts(text, first)) == ("Khaled Abu Samra", ["Khaled Abu Samra", "Abu Samra"])


def test_a_city_after_a_titled_given_name_is_a_surname() -> None:
    text = "Chilean President Rosa Lima met Mr. Jack London, then flew to Lima."
    people = [a.name for a in actors_of(text) if a.kind == "person"]
    assert people == ["Rosa Lima", "Jack London"]


def test_unlisted_given_name_opening_a_sentence_is_a_person() -> None:
    text = (
        "Zemfir Ostrakov was sentenced on Friday to nine years in jail. Ostrakov denied the charges.\n\n"
        "Meanwhile Ostrakov said he would appeal. Brightline Video is growing fast, Brightline said."
    )
    people = [a for a in actors_of(text) if a.kind == "person"]
    assert [p.name for p in people] == ["Zemfir Ostrakov"]
    assert mention_texts(text, people[0]) == ["Zemfir Ostrakov", "Ostrakov", "Ostrakov", "he"]


def test_actor_at_finds_the_actor_behind_a_span() -> None:
    actors = actors_of(STORY)
    start = STORY.index("Mr. Halvorsen")
    found = actor_at(actors, (start, start + len("Mr. Halvorsen")))
    assert found is not None and found.name == "Joseph Halvorsen"
    inner = actor_at(actors, (start + 4, start + len("Mr. Halvorsen")))
    assert inner is not None and inner.name == "Joseph Halvorsen"
    # "Canadian" is a state mention; a span inside it finds the state, a span over nothing finds none
    assert actor_at(actors, (0, 3)) == by_name(actors, "Canada")
    gap = STORY.index(" arrived")
    assert actor_at(actors, (gap, gap + 3)) is None
    assert actor_at(actors, (start, start + 3), kinds=["state"]) is None


def test_runs_in_the_pipeline() -> None:
    doc = diplotext.extract(
        "Russian President Ivan Dolgov met Japanese Prime Minister Kenji Mori.", plugins=["actors"]
    )
    names = {a.name: a for a in doc.actors}
    assert names["Ivan Dolgov"].country == "RUS"
    assert names["Kenji Mori"].country == "JPN"
    assert not doc.errors


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        "Mr.",
        "he he he",
        '"' * 5000,
        "Aa " * 50000,
        "Council " * 20000,
        "Mr. " * 20000,
        "-".join(["UK"] * 20000),
        " ".join(f"Mr. Name{i % 40} said. Name{i % 40} said he." for i in range(5000)),
        "\x00\u2019s\ufeff\u200b",
    ],
)
def test_bad_input_never_crashes_or_hangs(text: str) -> None:
    start = time.process_time()
    actors = actors_of(text)
    assert time.process_time() - start < 5
    for a in actors:
        for s, e in a.mentions:
            assert 0 <= s < e <= len(text)


# --------------------------------------------------------------------------- gold data


def _gold(shared: Path, name: str) -> list[dict[str, object]]:
    data: list[dict[str, object]] = json.loads((shared / "gold" / name).read_text(encoding="utf-8"))
    return data


@pytest.mark.shared
def test_seed_actors_are_found_with_kind_country_and_roles(shared: Path) -> None:
    missing = []
    for item in _gold(shared, "seeds.json"):
        text = (shared / str(item["file"])).read_text(encoding="utf-8")
        published = item["article"]["published"]  # type: ignore[index]
        doc = diplotext.extract(text, plugins=["actors"], published=published)
        found = {(a.name, a.kind): a for a in doc.actors}
        people = {a.name for a in doc.actors if a.kind == "person"}
        gold_people = {g["name"] for g in item["actors"] if g["kind"] == "person"}  # type: ignore[attr-defined]
        assert people == gold_people  # precision and recall of person names: both 1.0
        for gold in item["actors"]:  # type: ignore[attr-defined]
            actor = found.get((gold["name"], gold["kind"]))
            if actor is None:
                missing.append(gold["name"])
                continue
            if gold["kind"] != "person" or actor.country is not None:
                assert actor.country == gold["country"], gold["name"]
            for role in gold.get("roles", []):
                if actor.roles:
                    assert role in actor.roles, (gold["name"], actor.roles)
    assert missing == []


@pytest.mark.shared
def test_speaker_and_visitor_names_of_dev_gold_are_found(shared: Path) -> None:
    """Names the dev gold uses for speakers, visitors and suspects (where the text writes them in
    full) are actor names."""
    gold_names: set[tuple[str, str]] = set()
    found_names: set[tuple[str, str]] = set()
    for item in _gold(shared, "dev.json"):
        text = (shared / str(item["file"])).read_text(encoding="utf-8")
        doc = diplotext.extract(text, plugins=["actors"], published=str(item.get("published")))
        people = {a.name for a in doc.actors}
        for quote in item.get("quotes", []):  # type: ignore[attr-defined]
            speaker = quote.get("speaker")
            if speaker and speaker in text and all(w[0].isupper() for w in speaker.split()):
                gold_names.add((str(item["file"]), speaker))
        for event in item.get("events", []):  # type: ignore[attr-defined]
            for key in ("visitor", "suspect"):
                name = event.get(key)
                if name and name in text and all(w[0].isupper() for w in name.split()):
                    gold_names.add((str(item["file"]), name))
        found_names |= {(str(item["file"]), n) for n in people}
    ok = gold_names & found_names
    assert len(ok) / len(gold_names) >= 0.85, sorted(gold_names - found_names)


def test_roles_said_of_a_person_and_leader_references() -> None:
    text = (
        "Anna Lindqvist arrived in Hanoi on Monday. Speaking as she became the first Swedish trade minister "
        "to visit the country, she praised its growth. Vietnamese President Tran Duc Binh met her, and "
        "the Vietnamese leader promised more imports."
    )
    actors = actors_of(text)
    anna = by_name(actors, "Anna Lindqvist")
    assert (anna.roles, anna.country) == (("trade minister",), "SWE")
    assert mention_texts(text, anna).count("she") == 2
    assert "her" in mention_texts(text, anna)  # "met her": an object is not its clause's subject
    binh = by_name(actors, "Tran Duc Binh")
    assert "the Vietnamese leader" in mention_texts(text, binh)


def test_coordinated_demonyms_make_no_group() -> None:
    text = "The Russian and British leaders agreed to differ, while Russian officials stayed silent."
    groups = [a for a in actors_of(text) if a.kind == "group"]
    assert [(g.name, g.country) for g in groups] == [("Russian officials", "RUS")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington, Beijing and Moscow agreed on the text.", ["Washington", "Beijing", "Moscow"]),
        ("Talks were held in the Kremlin, Moscow, Monday.", []),
        ("MOSCOW, Nov. 4 -- The talks ended.", []),
        ("The Beijing Olympics opened. Beijing's reply came late.", ["Beijing"]),
        ("She flew from Tokyo to Seoul, and Seoul protested.", ["Seoul"]),
    ],
)
def test_capitals_count_only_where_they_stand_for_governments(text: str, expected: list[str]) -> None:
    got = [text[s:e] for a in actors_of(text) if a.kind == "state" for s, e in a.mentions]
    assert sorted(got) == sorted(expected)


def test_national_news_agencies_and_title_abbreviations() -> None:
    text = "The Saudi minister spoke to SPA on Sunday. Capt. Idris Mahdi told MENA the ship was safe."
    actors = actors_of(text)
    assert (by_name(actors, "SPA").kind, by_name(actors, "SPA").country) == ("organization", "SAU")
    assert by_name(actors, "MENA").country == "EGY"
    assert by_name(actors, "Idris Mahdi").roles == ("captain",)
    assert not [a for a in actors if a.kind == "person" and a.name in {"SPA", "MENA", "Capt"}]


def test_regions_naming_america_are_not_the_united_states() -> None:
    text = (
        "Leaders meet\n\nThe Latin American envoys met North American officials before a South American "
        "tour. The U.S. delegation arrived later."
    )
    states = [a for a in diplotext.extract(text, published="2021-05-05").actors if a.kind == "state"]
    assert [(a.country, [text[s:e] for s, e in a.mentions]) for a in states] == [("USA", ["U.S."])]


# --------------------------------------------------------------------------- cues and namesakes


def test_a_title_or_state_in_the_text_wins_over_a_well_known_namesake() -> None:
    text = "King Hussein of Jordan met Palestinian leaders in Amman. Hussein said peace was possible."
    doc = diplotext.extract(text, published="1997-04-23", layout="body")
    (hussein,) = [a for a in doc.actors if a.kind == "person"]
    assert hussein.name == "Hussein"
    assert (hussein.country, hussein.roles) == ("JOR", ("king",))


def test_namesakes_stay_apart_and_a_lone_surname_goes_to_the_one_named_last() -> None:
    text = (
        "Laura Morrow opened a school while Daniel K. Morrow met the premier. Morrow said ties were strong."
    )
    people = {a.name: a for a in actors_of(text) if a.kind == "person"}
    assert set(people) >= {"Laura Morrow", "Daniel K. Morrow"}
    assert [text[s:e] for s, e in people["Laura Morrow"].mentions] == ["Laura Morrow"]
    assert "Morrow" in [text[s:e] for s, e in people["Daniel K. Morrow"].mentions]


@pytest.mark.parametrize(
    ("text", "name", "country", "role"),
    [
        (
            "Presidents Ivan Petrenko of Ukraine and Oleg Sidorov of Russia signed a plan.",
            "Ivan Petrenko",
            "UKR",
            "president",
        ),
        (
            "Malaysian Minister of Interior Aziz Rahman will visit China.",
            "Aziz Rahman",
            "MYS",
            "interior minister",
        ),
        ("Zoran Kovac, 44, was extradited in May.", "Zoran Kovac", None, None),
        ("Zoran Kovac, extradited to Austria last year, said he was innocent.", "Zoran Kovac", None, None),
    ],
)
def test_titles_and_clauses_that_mark_a_name(
    text: str, name: str, country: str | None, role: str | None
) -> None:
    person = by_name(actors_of(text), name)
    assert person.kind == "person"
    assert person.country == country
    if role is not None:
        assert role in person.roles


def test_a_verb_between_a_description_and_a_title_keeps_them_apart() -> None:
    text = "The Pakistani president met Prime Minister Tom Ashby at Downing Street."
    ashby = by_name(actors_of(text), "Tom Ashby")
    assert ashby.roles == ("prime minister",)
    assert ashby.country is None


def test_a_name_in_apposition_to_a_role_is_a_person_of_that_state() -> None:
    text = "The minister met his Chilean counterpart, Rodrigo Palma Fuentes, on Monday."
    palma = by_name(actors_of(text), "Rodrigo Palma Fuentes")
    assert palma.kind == "person" and palma.country == "CHL"
    text = "The minister met the Chilean foreign minister, Rodrigo Palma Fuentes, on Monday."
    palma = by_name(actors_of(text), "Rodrigo Palma Fuentes")
    assert palma.country == "CHL" and "foreign minister" in palma.roles


def test_a_plural_role_noun_names_no_one_without_a_name_right_after_it() -> None:
    text = "They signed a pact on the transfer of prisoners, Rodrigo Palma said."
    palma = by_name(actors_of(text), "Rodrigo Palma")
    assert "prisoner" not in palma.roles


def test_a_given_name_that_is_also_a_common_word_still_starts_a_name() -> None:
    people = actors_of("Officials met President Bill Hartley on Friday.")
    assert by_name(people, "Bill Hartley").roles == ("president",)
    assert not [a for a in actors_of("The Bill of Rights was read aloud.") if a.kind == "person"]


def test_a_city_that_is_a_given_name_after_a_title_starts_a_name() -> None:
    actors = actors_of(
        "Serbia handed over the former general Milan Kovac on Thursday. General Milan Ruzic spoke."
    )
    assert by_name(actors, "Milan Kovac").kind == "person"
    assert by_name(actors, "Milan Ruzic").kind == "person"
    # the city itself stays a place
    assert [a.name for a in actors_of("The president flew to Milan on Monday.") if a.kind == "person"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Police said Anselmo Quiroga fled to La Paz in March.",
        "Officials said Teodor Vasquiel died in hospital on Sunday.",
        "The court heard that Ilkan Moravec pleaded guilty to fraud.",
    ],
)
def test_an_unlisted_name_before_what_only_a_person_does_is_a_person(text: str) -> None:
    doc = diplotext.extract(text, published="2030-06-12", plugins=["actors"])
    people = [a.name for a in doc.actors if a.kind == "person"]
    assert len(people) == 1 and people[0] in text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Germany extradited Polish national Tomasz Bakowicz to Poland on Thursday.", "Tomasz Bakowicz"),
        ("Police said Turkish citizen Kerem Aydinli was detained.", "Kerem Aydinli"),
        ("Customs officers stopped drug trafficker Ilmar Sokk at the border.", "Ilmar Sokk"),
    ],
)
def test_a_name_after_a_nationality_or_a_criminal_role_is_a_person(text: str, name: str) -> None:
    doc = diplotext.extract(text, published="2030-06-12", plugins=["actors"])
    assert [a.name for a in doc.actors if a.kind == "person"] == [name]


def test_a_capitalised_national_in_a_body_name_is_no_role() -> None:
    doc = diplotext.extract("The British National Ballet Company said it would tour.", plugins=["actors"])
    assert [a for a in doc.actors if a.kind == "person"] == []


def test_a_korean_surname_that_is_a_common_word_before_a_hyphenated_given_name() -> None:
    doc = diplotext.extract("South Korean President Park Min-jae visited Jakarta.", plugins=["actors"])
    assert [a.name for a in doc.actors if a.kind == "person"] == ["Park Min-jae"]
    assert list(diplotext.extract("They met in Central Park.", plugins=["actors"]).actors) == []


def test_a_title_that_is_also_a_given_name_after_another_title_is_the_name() -> None:
    doc = diplotext.extract("Afghan Foreign Minister Amir Khan Zadrani spoke on Monday.", plugins=["actors"])
    assert [a.name for a in doc.actors if a.kind == "person"] == ["Amir Khan Zadrani"]


def test_an_apposition_naming_a_body_before_the_role_makes_a_person() -> None:
    # an unfamiliar given name: the apposition is the only cue
    text = "A court heard the case of Oztun Veli Hasa, a former Pristina Power Company engineer, on Monday."
    hasa = by_name(actors_of(text), "Oztun Veli Hasa")
    assert hasa.kind == "person" and hasa.roles == ("engineer",)
    text = "Police arrested Oztun Hasa, a Hamas spokesman, in Gaza."
    assert by_name(actors_of(text), "Oztun Hasa").roles == ("spokesman",)
    # a role that opens a clause of its own ("an AFP photographer said") is no apposition
    text = "Troops paraded in Qalandar Kot, an AFP photographer said."
    assert not [a for a in actors_of(text) if a.kind == "person"]

"""The actors plugin: titles with a complement ("Minister for Agriculture and Fisheries X"), envoys
posted to a place ("US envoy in Sudan X") and regnal names ("Aldric I")."""

from __future__ import annotations

import pytest

import diplotext
from diplotext.extractors.actors import find_actors
from diplotext.extractors.actors.titles import is_regnal_numeral
from diplotext.model import Actor, Article


def people(text: str) -> list[Actor]:
    return [a for a in find_actors(Article(text=text, paragraphs=((0, len(text)),))) if a.kind == "person"]


def person(text: str) -> Actor:
    found = people(text)
    assert len(found) == 1, [a.name for a in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        (
            "Minister for Agriculture and Fisheries Ana Duro arrived in Lisbon on Monday.",
            "Ana Duro",
            "minister",
            None,
        ),
        (
            "Prime Minister of the Republic of Korea (ROK) Kim Ja-won flew to Tokyo last week.",
            "Kim Ja-won",
            "prime minister",
            "KOR",
        ),
        ("Vice President of Kenya Tom Otieno will travel to Kampala.", "Tom Otieno", "vice president", "KEN"),
        (
            "President of the Senate Ruth Alvarez met the delegation.",
            "Ruth Alvarez",
            "senate president",
            None,
        ),
        (
            "Secretary of State for Foreign Affairs Hugo Brandt said the talks went well.",
            "Hugo Brandt",
            "foreign secretary",
            None,
        ),
        (
            "Minister of Foreign Affairs and Cooperation Paulo Mendes flew to Luanda.",
            "Paulo Mendes",
            "foreign minister",
            None,
        ),
        ("Chief of General Staff Oleg Varin inspected the troops.", "Oleg Varin", "chief of staff", None),
        (
            "Chairman of the Joint Chiefs of Staff Mark Delane arrived in Seoul.",
            "Mark Delane",
            "chairman",
            None,
        ),
        (
            "Minister of Foreign Affairs of Peru Lucia Tamayo signed the accord.",
            "Lucia Tamayo",
            "foreign minister",
            "PER",
        ),
        (
            "Chancellor of the Exchequer Nigel Pembury's budget was criticised.",
            "Nigel Pembury",
            "chancellor of the exchequer",
            None,
        ),
        (
            "The talks were led by the Minister for Europe, Douglas Pembury, and his aides.",
            "Douglas Pembury",
            "minister",
            None,
        ),
    ],
)
def test_a_title_with_its_complement_gives_role_and_state(
    text: str, name: str, role: str, country: str | None
) -> None:
    actor = person(text)
    assert actor.name == name
    assert role in actor.roles
    assert actor.country == country


def test_the_complement_is_no_actor_and_its_state_stays_a_state() -> None:
    text = "Vice President of Kenya Tom Otieno will travel to Kampala."
    actors = find_actors(Article(text=text, paragraphs=((0, len(text)),)))
    assert [a.name for a in actors if a.kind == "state"] == ["Kenya"]
    assert [a.name for a in actors if a.kind == "person"] == ["Tom Otieno"]


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        ("US envoy in Sudan Peter Gale said the talks would resume.", "Peter Gale", "envoy", "USA"),
        ("UN special envoy to Myanmar Lena Marsh arrived in Yangon.", "Lena Marsh", "envoy", None),
        ("Ambassador to China Robert Kline met officials in Beijing.", "Robert Kline", "ambassador", None),
        ("The Italian ambassador to Egypt, Marco Ferri, was recalled.", "Marco Ferri", "ambassador", "ITA"),
        (
            "The Dutch ambassador to Kenya Patience Holm were among the hurt.",
            "Patience Holm",
            "ambassador",
            "NLD",
        ),
        (
            "British Ambassador to the United Nations Helen Crane said it was a mistake.",
            "Helen Crane",
            "ambassador",
            "GBR",
        ),
    ],
)
def test_an_envoy_belongs_to_the_state_before_the_title_not_the_host(
    text: str, name: str, role: str, country: str | None
) -> None:
    actor = person(text)
    assert (actor.name, actor.country) == (name, country)
    assert role in actor.roles


@pytest.mark.parametrize(
    "text",
    [
        # bodies and places after a title are no names
        "He is president of the National Academy of Sciences and chairs its board.",
        "Rolf Kessler, deputy head of Swiss Re's disasters department, said claims would be small.",
        "The industry minister of India's Andhra Pradesh state told reporters a team would come.",
        "Director General of the Chamber of Commerce Bureau said nothing.",
    ],
)
def test_a_complement_followed_by_a_body_gives_no_person(text: str) -> None:
    names = [a.name for a in people(text)]
    assert not any(n in ("Academy", "Re", "Andhra Pradesh", "Bureau", "Swiss Re") for n in names), names


def test_an_unlisted_portfolio_noun_is_not_taken_into_the_name() -> None:
    actor = person("Minister for Horticulture and Aquaculture Ines Vidal opened the fair.")
    assert actor.name == "Ines Vidal"
    actor = person("Minister of State for the Environment Magdi Fares Nour said so.")
    assert actor.name == "Magdi Fares Nour"  # an unlisted given name stays in the name


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Pope Clement XIX arrived in Ankara on Tuesday.", "Clement XIX", "pope"),
        ("King Aldric Juan I of Spain arrived in Rabat.", "Aldric Juan I", "king"),
        ("Aldric Juan I, the Spanish king, flew to Rabat.", "Aldric Juan I", "king"),
        ("Queen Rowena I in 1588 ruled England.", "Rowena I", "queen"),
        ("King Carl XVI Gustaf of Sweden arrived in Oslo.", "Carl XVI Gustaf", "king"),
    ],
)
def test_a_regnal_numeral_is_part_of_the_name(text: str, name: str, role: str) -> None:
    actor = person(text)
    assert actor.name == name
    assert role in actor.roles


def test_a_regnal_name_joins_its_shorter_forms_and_keeps_numerals_apart() -> None:
    text = (
        "King Aldric Juan I of Spain arrived in Rabat. Aldric Juan met the Moroccan king. "
        "Pope Clement XV never came. Clement XIV did not either."
    )
    found = {a.name: a for a in people(text)}
    assert set(found) == {"Aldric Juan I", "Clement XV", "Clement XIV"}
    assert len(found["Aldric Juan I"].mentions) >= 2


def test_the_pronoun_i_after_a_name_is_no_numeral() -> None:
    assert person("Asked about Nicolas Anelka I said nothing.").name == "Nicolas Anelka"
    assert person("Wayne A. I. Fredericks, president of the college, wrote to us.").name != "I. Fredericks"


def test_a_regnal_name_alone_is_a_person() -> None:
    doc = diplotext.extract("Clement XIX's visit to Turkey ended on Friday.", published="2006-12-01")
    assert [a.name for a in doc.actors if a.kind == "person"] == ["Clement XIX"]


def test_the_holy_see_speaking_is_not_the_pope() -> None:
    doc = diplotext.extract(
        "Pope Clement XIX was deeply distressed by the ordination, the Vatican said on Saturday.",
        published="2006-12-02",
    )
    assert [q.speaker for q in doc.quotes] == ["Vatican"]


@pytest.mark.parametrize(
    ("word", "numeral"),
    [
        ("I", True),
        ("II", True),
        ("XVI", True),
        ("XXIII", True),
        ("IIII", False),
        ("VX", False),
        ("Ix", False),
    ],
)
def test_regnal_numerals(word: str, numeral: bool) -> None:
    assert is_regnal_numeral(word) is numeral


def test_a_sentence_adverb_before_a_title_is_no_person() -> None:
    doc = diplotext.extract(
        "Firstly, the prime minister insisted that he had been involved.", published="2030-01-01"
    )
    assert not [a for a in doc.actors if a.kind == "person" and a.name == "Firstly"]
    doc = diplotext.extract(
        "Kelly, the prime minister, insisted that he had been involved.", published="2030-01-01"
    )
    assert [a.name for a in doc.actors if a.kind == "person"] == ["Kelly"]


@pytest.mark.parametrize(
    "text",
    [
        "Serbia extradited Marko Petrovic to the tribunal on Friday.",
        "Police arrested Marko Petrovic in Belgrade.",
        "Tanzania handed over Marko Petrovic to Kenya, where he is wanted for fraud.",
    ],
)
def test_the_object_of_a_verb_that_takes_a_person_is_a_person(text: str) -> None:
    doc = diplotext.extract(text, published="2030-03-04", layout="body")
    assert "Marko Petrovic" in [a.name for a in doc.actors if a.kind == "person"]


def test_a_product_released_is_no_person() -> None:
    doc = diplotext.extract(
        "The company released Windows Vesta on Monday.", published="2030-03-04", layout="body"
    )
    assert not [a for a in doc.actors if a.kind == "person"]


def test_an_extradition_to_a_tribunal_with_an_unknown_given_name() -> None:
    doc = diplotext.extract(
        "Serbia extradited Marko Petrovic to the UN war crimes tribunal on Friday.", published="2030-03-04"
    )
    (event,) = [e for e in doc.events if e.type == "extradition_dispute"]
    assert (event.roles["suspect"], event.roles["requested_state"]) == ("Marko Petrovic", "SRB")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Presidents Ivan Petrov of Bulgaria and Milos Novak of Serbia signed a plan on Friday.",
            {"Ivan Petrov": ("president", "BGR"), "Milos Novak": ("president", "SRB")},
        ),
        (
            "Prime Ministers Anna Berg of Sweden, Lars Holm of Norway and Mikko Laine of Finland met.",
            {
                "Anna Berg": ("prime minister", "SWE"),
                "Lars Holm": ("prime minister", "NOR"),
                "Mikko Laine": ("prime minister", "FIN"),
            },
        ),
        ("Foreign Ministers Anna Berg and Lars Holm met.", {"Anna Berg": ("foreign minister", None)}),
    ],
)
def test_a_plural_title_gives_its_role_to_every_name_of_its_list(
    text: str, expected: dict[str, tuple[str, str | None]]
) -> None:
    """ "Presidents A of X and B of Y": the title opens the list, so B is a president too, of Y."""
    people = {a.name: a for a in diplotext.extract(text, layout="body").actors if a.kind == "person"}
    for name, (role, country) in expected.items():
        assert role in people[name].roles
        assert people[name].country == country
    if "Lars Holm" in people:
        assert people["Lars Holm"].roles


def test_a_plural_noun_before_a_list_that_a_verb_breaks_gives_no_role() -> None:
    """Only names, states and list words may stand between: "The presidents met. A and B spoke"
    gives nobody a title."""
    doc = diplotext.extract("The presidents met on Friday. Anna Berg and Lars Holm spoke.", layout="body")
    assert all(not a.roles for a in doc.actors if a.kind == "person")


def test_a_plural_description_gives_each_name_after_it_the_role_and_its_own_state() -> None:
    """ "The presidents of Kenya and Uganda, A and B,": respectively; one name alone after such a
    description is no list and gets nothing from it."""
    doc = diplotext.extract(
        "The foreign ministers of Japan and Peru, Kenji Sato and Rosa Quispe, met in Lima.", layout="body"
    )
    people = {a.name: a for a in doc.actors if a.kind == "person"}
    assert (people["Kenji Sato"].roles, people["Kenji Sato"].country) == (("foreign minister",), "JPN")
    assert (people["Rosa Quispe"].roles, people["Rosa Quispe"].country) == (("foreign minister",), "PER")
    doc = diplotext.extract("The leaders of Kenya and Uganda, Daniel Mwangura, spoke.", layout="body")
    assert all(not a.roles for a in doc.actors if a.kind == "person")


def test_a_role_after_a_comma_and_before_said_opens_a_clause_of_its_own() -> None:
    """ "After talks with President X, the prime minister said ...": the prime minister is someone
    else; an apposition would close with a comma ("X, the prime minister, said")."""
    found = {
        a.name: a
        for a in people("After talks with Chilean President Ana Ruiz, the prime minister said little.")
    }
    assert found["Ana Ruiz"].roles == ("president",)
    closed = {a.name: a for a in people("Chilean official Ana Ruiz, the prime minister, said little.")}
    assert "prime minister" in closed["Ana Ruiz"].roles


def test_the_pontiff_is_the_pope() -> None:
    text = "Pope Clement XV arrived in Quito on Sunday. The pontiff said he was glad to be there."
    doc = diplotext.extract(
        text,
        published="2031-04-09",
        layout="body",
    )
    (pope,) = [a for a in doc.actors if a.kind == "person"]
    assert "The pontiff" in [text[s:e] for s, e in pope.mentions]
    (quote,) = doc.quotes
    assert quote.speaker == "Clement XV"


def test_for_him_to_after_a_name_is_that_person() -> None:
    """ "gave the go-ahead to X for him to travel": him is X, not the one who gave it; "X paid for
    him to fly": him is not the payer."""
    text = (
        "President Ama Owusu on Monday gave the go-ahead to former minister Kojo Badu for him to travel "
        "to Britain."
    )
    doc = diplotext.extract(text, published="2031-04-09", layout="body")
    badu = next(a for a in doc.actors if a.name == "Kojo Badu")
    assert "him" in [text[s:e] for s, e in badu.mentions]
    paid = "Tom Reed's filing shows that King Faisal Omar of Jordan paid for him to fly to Amman."
    doc = diplotext.extract(paid, published="2031-04-09", layout="body")
    king = next(a for a in doc.actors if a.name == "Faisal Omar")
    assert "him" not in [paid[s:e] for s, e in king.mentions]


def test_the_pope_with_no_holder_named_is_the_last_regnal_name() -> None:
    text = "Crowds cheered Gregory XVII's visit to Peru.\n\nThe pontiff celebrated mass in Lima on Sunday."
    doc = diplotext.extract(text, published="2031-04-09", layout="body")
    pope = next(a for a in doc.actors if a.name == "Gregory XVII")
    assert "pope" in pope.roles
    assert "The pontiff" in [text[s:e] for s, e in pope.mentions]
    (visit,) = [e for e in doc.events if e.type == "visit"]
    assert (visit.roles["visitor_state"], visit.roles["host_state"]) == ("VAT", "PER")


def test_a_city_name_after_a_known_given_name_is_a_surname() -> None:
    for text in (
        "Brazil's foreign minister, Maria Lima, held talks in Beijing on Monday.",
        "Maria Lima, Brazil's foreign minister, held talks in Beijing.",
    ):
        found = {a.name: a for a in people(text)}
        assert "Maria Lima" in found, text
        assert "foreign minister" in found["Maria Lima"].roles
    assert not people("Delegates from Maria Lima attended.")  # after a preposition: no name cue


def test_a_mis_encoded_name_with_a_decomposed_letter_stays_one_word() -> None:
    """UTF-8 read as Latin-1, then NFKD-normalised: "ü" becomes "A", a combining tilde, "1⁄4"."""
    garbled = "GA\u0303" + "1\u20444" + "nter"
    text = f"Turkey has called on Germany to extradite the preacher Ali {garbled}."
    doc = diplotext.extract(text, published="2031-04-09", layout="body")
    assert f"Ali {garbled}" in [a.name for a in doc.actors]
    (case,) = [e for e in doc.events if e.type == "extradition_dispute"]
    assert case.roles["suspect"] == f"Ali {garbled}"


def test_a_single_word_after_the_before_a_role_is_no_person() -> None:
    """ "On her tour of the Andes, the Norwegian finance minister said": the Andes is no one."""
    text = (
        "Weekly digest\n\nMarta Lind asked rich states for money.\n\nOn the second day of her tour of the "
        "Andes, the Norwegian finance minister forecast that a cure was near.\n\nOn Tuesday, Ms Lind "
        "visited Peru."
    )
    doc = diplotext.extract(text, published="2031-04-09")
    assert [a.name for a in doc.actors if a.kind == "person"] == ["Marta Lind"]
    (visit,) = [e for e in doc.events if e.type == "visit"]
    assert (visit.roles["visitor_state"], visit.roles["host_state"]) == ("NOR", "PER")


def test_a_comma_closing_a_fronted_phrase_opens_no_apposition() -> None:
    """ "During her tour of Asia, the Norwegian finance minister said": "Asia" is no person, and the
    minister is the one the text named before."""
    doc = diplotext.extract(
        "Aid digest\n\nMarta Lind has asked rich states to pay for a scheme against malaria.\n\n"
        "During her tour of Asia, the Norwegian finance minister forecast that a cure was near.\n\n"
        "On Tuesday, Ms Lind visited Laos.",
        published="2005-01-14",
    )
    assert [a.name for a in doc.actors if a.kind == "person"] == ["Marta Lind"]
    (visit,) = [e for e in doc.events if e.type == "visit"]
    assert (visit.roles["visitor_state"], visit.roles["host_state"]) == ("NOR", "LAO")


def test_a_person_who_served_as_a_minister_holds_that_role() -> None:
    doc = diplotext.extract(
        "Obituary\n\nAnna Kerr, who served as Irish foreign minister in the 1980s, has died at 88.\n\n"
        "In 1984 she flew to Chile to plead for a jailed priest."
    )
    (kerr,) = [a for a in doc.actors if a.kind == "person"]
    assert kerr.country == "IRL"
    assert "foreign minister" in kerr.roles


def test_a_role_before_a_short_to_phrase_and_a_comma_is_the_named_persons() -> None:
    """ "The last Chinese premier to make the trip, X, visited ...": X is a Chinese premier."""
    doc = diplotext.extract(
        "The last Chinese premier to make the trip, Wen Lu, visited Lima in May 2013.", published="2030-06-12"
    )
    (person,) = [a for a in doc.actors if a.kind == "person"]
    assert person.name == "Wen Lu" and "premier" in person.roles and person.country == "CHN"
    (v,) = [e for e in doc.events if e.type == "visit"]
    assert (v.roles["visitor"], v.roles["host_state"], v.date) == ("Wen Lu", "PER", "2013-05")


def test_the_role_named_again_is_the_story_s_protagonist_when_two_hold_it() -> None:
    """Two vice presidents: "the vice president" after both is the one the story is about, when
    she is named at least twice as often as the other (thirteenth session)."""
    text = (
        "Vice President Lena Moravec arrived in Accra on Tuesday. Moravec toured a port and then "
        "met Vice President Kofi Adu Boakye. The vice president will travel on to Lome."
    )
    by_name = {a.name: a for a in people(text)}
    later = text.index("The vice president")
    assert any(s == later for s, _ in by_name["Lena Moravec"].mentions)
    assert not any(s == later for s, _ in by_name["Kofi Adu Boakye"].mentions)


def test_the_role_named_again_is_the_latest_holder_when_neither_dominates() -> None:
    text = "President Ana Ruiz met President Tomas Ek in Oslo. The president said the talks went well."
    by_name = {a.name: a for a in people(text)}
    later = text.index("The president")
    assert any(s == later for s, _ in by_name["Tomas Ek"].mentions)


def test_two_surnames_of_a_full_name_are_that_person() -> None:
    """ "Quispe Rojas" after "Mateo Quispe Rojas": the two family names alone, at the start of a
    sentence or after "Later," (thirteenth session)."""
    for text in (
        "Peruvian President Mateo Quispe Rojas arrived. Quispe Rojas is due to return to Lima on Saturday.",
        "Peruvian President Mateo Quispe Rojas arrived. Later, Quispe Rojas said he was happy.",
    ):
        (one,) = people(text)
        assert one.name == "Mateo Quispe Rojas"
        assert text.index("Quispe Rojas", 40) in {s for s, _ in one.mentions}


def test_the_state_of_a_body_in_the_of_phrase_after_an_apposed_role() -> None:
    """ "X, chief of general staff of the Chinese army," is China's; a state only named inside a
    relative clause of the phrase is no one's (thirteenth session)."""
    (liang,) = people("Liang Hong, chief of general staff of the Chinese army, arrived in Havana on Monday.")
    assert liang.country == "CHN"
    (lee,) = people("Tom Lee, head of the team that met Iranian officials, arrived in Oslo.")
    assert lee.country is None


def test_a_shared_family_name_alone_is_the_office_holder_s() -> None:
    """ "President Tom Hale ... his wife Ann Hale ... Hale visited Japan": the lone family name is
    the president's, the salient one, not the latest full name's (thirteenth session)."""
    text = (
        "US President Tom Hale arrived in Beijing on Saturday. Hale's wife Ann Hale visited a school. "
        "Hale visited Japan earlier this week."
    )
    by_name = {a.name: a for a in people(text)}
    last = text.rindex("Hale visited")
    assert any(s == last for s, _ in by_name["Tom Hale"].mentions)
    assert not any(s == last for s, _ in by_name["Ann Hale"].mentions)

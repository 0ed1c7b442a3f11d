"""Extradition disputes read from clause frames: one test per class of sentence, end to end.

Every article here is written for the tests (invented people, real countries).
"""

from __future__ import annotations

import pytest

import diplotext
from diplotext.model import Event


def disputes(text: str, published: str = "2030-06-12") -> list[Event]:
    doc = diplotext.extract(text, published=published, layout="body")
    assert not [e for e in doc.errors if e.plugin in ("extradition", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "extradition_dispute"]


def roles(event: Event) -> tuple[object, object, object]:
    return event.roles["suspect"], event.roles["requesting_state"], event.roles["requested_state"]


@pytest.mark.parametrize(
    ("text", "suspect", "asking", "asked", "status"),
    [
        (
            # the object after a prepositional phrase, named in apposition
            "Tanzania handed over to Kenyan officials a suspect in the hotel bombing, Ali Hamisi Juma, "
            "on Friday.",
            "Ali Hamisi Juma",
            "KEN",
            "TZA",
            "completed",
        ),
        (
            "Brazil has refused to hand over businessman Carlos Menezes to Portugal, officials said.",
            "Carlos Menezes",
            "PRT",
            "BRA",
            "refused",
        ),
        (
            "Fugitive banker Erik Sorensen, who lives in Spain, is fighting extradition to Norway.",
            "Erik Sorensen",
            "NOR",
            "ESP",
            "pending",
        ),
        (
            # the adjective names the state that asks; the subject of the rejection is asked
            "Serbia rejected a Bosnian request to extradite former commander Goran Petrovic.",
            "Goran Petrovic",
            "BIH",
            "SRB",
            "refused",
        ),
        (
            "Argentina received a request from Chile to extradite retired colonel Hugo Barra.",
            "Hugo Barra",
            "CHL",
            "ARG",
            "requested",
        ),
        (
            # an object-controlled infinitive: the one asked sends back
            "Turkey has asked Germany to send back dissident writer Selim Demir.",
            "Selim Demir",
            "TUR",
            "DEU",
            "requested",
        ),
        (
            "Turkish Prime Minister Ayla Kaya has repeatedly called on Sweden to extradite cleric "
            "Hasan Tekin, Turkish officials said.",
            "Hasan Tekin",
            "TUR",
            "SWE",
            "requested",
        ),
    ],
)
def test_ways_of_telling_a_dispute(text: str, suspect: str, asking: str, asked: str, status: str) -> None:
    (event,) = disputes(text)
    assert roles(event) == (suspect, asking, asked)
    assert event.attributes["status"] == status


@pytest.mark.parametrize(
    ("sentence", "case"),
    [
        (
            "Peru handed over to U.S. officials a suspect in the U.N. office bombing, Juan Ruiz, on Friday.",
            "U.N. office bombing",
        ),
        (
            "Peru extradited Juan Ruiz, who pleaded guilty to wire fraud in 2020, to the United States.",
            "wire fraud in 2020",
        ),
        (
            # the article is left out, as "the" is ("the U.N. office bombing")
            "Peru extradited Juan Ruiz to the United States for his alleged role in a bank robbery.",
            "bank robbery",
        ),
    ],
)
def test_the_charge_names_the_case(sentence: str, case: str) -> None:
    (event,) = disputes(sentence)
    assert event.attributes["case"] == case


def test_a_weak_surrender_word_needs_a_suspect_or_a_demand() -> None:
    # a child or a migrant sent home is no extradition; a demand or a charge makes it one
    assert disputes("Officials in Miami sent Tomas Ferreira back to Cuba on Friday.") == []
    (event,) = disputes(
        "Officials in Miami sent Tomas Ferreira back to Cuba on Friday to face fraud charges."
    )
    assert roles(event) == ("Tomas Ferreira", "CUB", "USA")


def test_them_stands_for_the_people_named_together_before_it() -> None:
    text = (
        "Two men, Lars Holm and Erik Dahl, are wanted for the ferry bombing.\n\n"
        "Sweden agreed on Monday to hand them over to Norway for trial."
    )
    events = disputes(text)
    assert [roles(e) for e in events] == [("Lars Holm", "NOR", "SWE"), ("Erik Dahl", "NOR", "SWE")]
    assert {e.attributes["status"] for e in events} == {"granted"}
    assert {e.date for e in events} == {"2030-06-10"}


def test_a_headlines_nationality_for_the_suspect_names_the_state_that_gave_him_up() -> None:
    text = (
        "Peruvian fraud suspect extradited\n\n"
        "Luis Prado was extradited to the United States on Friday to face charges of wire fraud."
    )
    doc = diplotext.extract(text, published="2030-06-12")
    (event,) = [e for e in doc.events if e.type == "extradition_dispute"]
    assert roles(event) == ("Luis Prado", "USA", "PER")
    assert event.attributes["status"] == "completed"


def test_extradited_from_a_state_sends_a_suspect_home() -> None:
    text = (
        "Mexico's best-known cartel boss was jailed on Friday for 30 years.\n\n"
        "Raul Ochoa was convicted of ordering two murders. Ochoa, who was extradited from Spain last "
        "year, faces five other trials."
    )
    (event,) = disputes(text)
    assert roles(event) == ("Raul Ochoa", "MEX", "ESP")
    assert (event.attributes["status"], event.date) == ("completed", "2029")


@pytest.mark.parametrize(
    "sentence",
    [
        "Serbia must work with the war crimes tribunal for the former Yugoslavia, EU leaders said. They "
        "urged Belgrade to help the court seeking former general Marko Vidic, who is believed to be "
        "hiding in Serbia.",
        "Former general Marko Vidic, wanted by the UN war crimes tribunal in The Hague, is believed to "
        "be hiding in Serbia.",
    ],
)
def test_a_tribunal_seeking_a_suspect_hiding_in_a_state_asks_that_state(sentence: str) -> None:
    (event,) = disputes(sentence)
    assert roles(event) == ("Marko Vidic", "ICTY", "SRB")
    assert event.attributes["status"] == "requested"
    # a domestic police force that wants to question someone is no tribunal
    assert disputes("Police in Lima want to question businessman Luis Prado, who is hiding in Brazil.") == []


def test_detained_at_the_tribunal_after_an_arrest_abroad_is_a_completed_transfer() -> None:
    text = (
        "Former general Ante Vukic was arrested in Spain on Wednesday.\n\n"
        "He was detained at the war crimes tribunal for the former Yugoslavia at The Hague on Saturday."
    )
    (event,) = disputes(text)
    assert roles(event) == ("Ante Vukic", "ICTY", "ESP")
    assert (event.attributes["status"], event.date) == ("completed", "2030-06-08")
    assert (
        disputes("Former general Ante Vukic was arrested in Spain. He was detained in a Madrid jail.") == []
    )
    text = (
        "Croats protested the arrest of former general Ante Vukic.\n\n"
        "The former general was arrested in Spain on Wednesday. He was detained at the war crimes "
        "tribunal for the former Yugoslavia at The Hague on Saturday."
    )
    (event,) = disputes(text)
    assert roles(event) == ("Ante Vukic", "ICTY", "ESP")


def test_a_transfer_to_the_hague_goes_to_the_tribunal() -> None:
    text = (
        "Former militia leader Dragan Vukovic, extradited to The Hague last month to stand trial at the "
        "war crimes tribunal for the former Yugoslavia, pleaded not guilty on Tuesday.\n\n"
        "Croatia handed him over in May."
    )
    (event,) = disputes(text)
    assert roles(event) == ("Dragan Vukovic", "ICTY", "HRV")
    assert event.attributes["status"] == "completed"


def test_a_suspect_held_in_a_third_country_is_asked_of_that_country() -> None:
    text = (
        "Indian police want to extradite arms dealer Vikram Sethi, who was arrested in Amsterdam "
        "last week.\n\n"
        "Sethi is being held in Amsterdam pending a court hearing."
    )
    (event,) = disputes(text)
    assert roles(event) == ("Vikram Sethi", "IND", "NLD")


def test_a_description_of_the_suspect_joins_the_case_it_follows() -> None:
    text = (
        "Russia will not hand over the suspect in the poisoning case, President Ivan Orlov told "
        "reporters.\n\n"
        "British prosecutors want Russia to extradite Pavel Serov, a former agent, to Britain."
    )
    (event,) = disputes(text)
    assert roles(event) == ("Pavel Serov", "GBR", "RUS")
    assert event.attributes["status"] == "refused"


@pytest.mark.parametrize(
    "text",
    [
        "Parliament debated a bill that would allow extradition to states without a treaty.",
        "The two ministers signed an extradition treaty in Lima on Monday.",
        "Outgoing Prime Minister Rosa Vidal handed over power to Jorge Ortiz on Monday.",
        "The suspect Tom Barker was extradited from Texas to Oklahoma on Friday.",
        "Immigration officers deported Lena Novak to Ukraine after her visa expired.",
    ],
)
def test_laws_treaties_handovers_domestic_cases_and_deportations_are_no_disputes(text: str) -> None:
    assert disputes(text) == []


def test_a_nationality_given_by_a_description_is_the_requested_state() -> None:
    text = (
        "The Moldovan hacker who broke into the mail of dozens of officials was jailed on Thursday.\n\n"
        "Ion Vrabie, 41, was extradited in 2028 to the United States and pleaded guilty in May."
    )
    (event,) = disputes(text)
    assert roles(event) == ("Ion Vrabie", "USA", "MDA")
    assert event.attributes["status"] == "completed"


@pytest.mark.parametrize(
    "text",
    [
        "Tanzania on Monday handed over Peter Mbeki, a businessman wanted for fraud, to Kenya.",
        "Tanzania on Monday handed over Peter Mbeki, a businessman wanted for fraud, to Kenyan officials.",
    ],
)
def test_the_state_handed_to_after_an_apposition_of_the_suspect(text: str) -> None:
    doc = diplotext.extract(text, published="2030-03-04", layout="body")
    (event,) = [e for e in doc.events if e.type == "extradition_dispute"]
    assert (event.roles["suspect"], event.roles["requesting_state"], event.roles["requested_state"]) == (
        "Peter Mbeki",
        "KEN",
        "TZA",
    )


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # "it", subject of a clause a state reports, is that state
        (
            "Peru said on Monday it had received a request from Chile for the extradition of "
            "former minister Jorge Soto.",
            ("Jorge Soto", "CHL", "PER"),
        ),
        (
            "Brazil said it would not hand over Carlos Rivera, who is wanted in Spain on drug charges.",
            ("Carlos Rivera", "ESP", "BRA"),
        ),
    ],
)
def test_it_is_the_state_that_says_it(text: str, roles: tuple[str, str, str]) -> None:
    doc = diplotext.extract(text, published="2030-03-04", layout="body")
    (event,) = [e for e in doc.events if e.type == "extradition_dispute"]
    assert (event.roles["suspect"], event.roles["requesting_state"], event.roles["requested_state"]) == roles


# --------------------------------------------------------------------------- session 6 classes


@pytest.mark.parametrize(
    ("text", "suspect", "asking", "asked", "status"),
    [
        (
            # "they", subject of a reported clause, is the sayer; where he was arrested is asked
            "Tomas Ferreira, wanted in Brazil for fraud, was arrested in Lisbon on Monday. Brazilian "
            "prosecutors said they would seek his extradition.",
            "Tomas Ferreira",
            "BRA",
            "PRT",
            "requested",
        ),
        (
            # "wanted in X" in another sentence names the requesting state
            "Tomas Ferreira, wanted in Brazil for fraud, was arrested in Lisbon on Monday. "
            "Prosecutors said they would seek his extradition.",
            "Tomas Ferreira",
            "BRA",
            "PRT",
            "requested",
        ),
        (
            # a decision still to come is pending, not granted
            "Tomas Ferreira, who is wanted by Brazil for fraud, was arrested in Lisbon on Monday. "
            "A court will rule on his extradition next week.",
            "Tomas Ferreira",
            "BRA",
            "PRT",
            "pending",
        ),
        (
            # handed to a tribunal the "to" phrase names without its seat
            "Serbia handed over the former general Milan Kovac to the war crimes tribunal on Thursday.",
            "Milan Kovac",
            "ICTY",
            "SRB",
            "completed",
        ),
        (
            "Serbia transferred the former general Milan Kovac to the International Criminal Tribunal "
            "for the former Yugoslavia on Thursday.",
            "Milan Kovac",
            "ICTY",
            "SRB",
            "completed",
        ),
        (
            # "who is held in X" hung on "the extradition of X"
            "Brazilian authorities have requested the extradition of Tomas Ferreira, who is being held "
            "in Portugal.",
            "Tomas Ferreira",
            "BRA",
            "PRT",
            "requested",
        ),
        (
            # a coordinate clause after a closed relative clause takes the main clause's subject
            "Brazil issued an international arrest warrant for Tomas Ferreira, who lives in Portugal, and "
            "asked Lisbon to extradite him.",
            "Tomas Ferreira",
            "BRA",
            "PRT",
            "requested",
        ),
        (
            # compounds: a surrender noun modifying a request, a hearing, proceedings
            "Portugal rejected Brazil's extradition request for Tomas Ferreira on Monday.",
            "Tomas Ferreira",
            "BRA",
            "PRT",
            "refused",
        ),
        (
            "Tomas Ferreira, who is wanted in Brazil for fraud, appeared at an extradition hearing in "
            "Lisbon on Monday.",
            "Tomas Ferreira",
            "BRA",
            "PRT",
            "pending",
        ),
        (
            "A Lisbon court will hold extradition proceedings against Tomas Ferreira, who is wanted in "
            "Brazil, next month.",
            "Tomas Ferreira",
            "BRA",
            "PRT",
            "pending",
        ),
    ],
)
def test_session_six_classes(text: str, suspect: str, asking: str, asked: str, status: str) -> None:
    (event,) = disputes(text)
    assert roles(event) == (suspect, asking, asked)
    assert event.attributes["status"] == status


def test_a_request_compound_without_a_surrender_noun_is_no_case() -> None:
    assert disputes("Portugal rejected Brazil's trade request for Tomas Ferreira on Monday.") == []


def test_wanting_a_suspect_extradited_is_a_request() -> None:
    (event,) = disputes("Brazil wants Tomas Ferreira extradited from Portugal.")
    assert roles(event) == ("Tomas Ferreira", "BRA", "PRT")
    assert event.attributes["status"] == "requested"


def test_a_description_is_not_an_official_named_near_it() -> None:
    # the only person named before "the businessman" holds an office: no suspect, no case
    text = (
        "Foreign Minister Ilse Brandt met her Turkish counterpart on Monday. Turkey wants Germany "
        "to extradite the businessman, officials said."
    )
    assert disputes(text) == []


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "KABUL, March 3 (Reuters) - The ruling council refused on Monday to hand over Omar Feld to "
            "the United States, which accuses him of planning the bombing.",
            "AFG",
        ),
        (
            "ABUJA, May 2 - The junta said it would not hand over the former president Abel Kotto to "
            "Ghana, which wants to try him for war crimes.",
            "NGA",
        ),
        ("MADRID, June 1 - A court ruled on Friday that Viktor Sabin can be extradited to Russia.", "ESP"),
    ],
)
def test_a_body_that_names_no_state_acts_for_the_datelines(text: str, asked: str) -> None:
    (event,) = [
        e for e in diplotext.extract(text, published="2030-06-12").events if e.type == "extradition_dispute"
    ]
    assert event.roles["requested_state"] == asked


def test_a_body_that_names_no_state_without_a_dateline_gives_no_state() -> None:
    assert disputes("The government refused to hand over Omar Feld to the United States.") == []


def test_a_description_is_not_someone_the_text_gives_another_part() -> None:
    text = (
        "Police chief Greg Aldous said the shooting was over. Mexico would seek to extradite the gunman, "
        "Foreign Secretary Marco Ebrio said."
    )
    assert disputes(text) == []


def test_every_name_of_a_list_in_apposition_is_a_suspect() -> None:
    found = disputes(
        "Britain has asked Iran to extradite two men, Reza Karimi and Hossein Tavassoli, suspected of "
        "stabbing a journalist in London."
    )
    assert sorted(e.roles["suspect"] for e in found) == ["Hossein Tavassoli", "Reza Karimi"]
    assert {(e.roles["requesting_state"], e.roles["requested_state"]) for e in found} == {("GBR", "IRN")}


def test_awaiting_a_decision_on_its_request_is_pending_between_the_maker_and_the_one_asked() -> None:
    (event,) = disputes(
        "Chile is still awaiting a decision from Peru on its request for the extradition of Tomas Ibarguen."
    )
    assert roles(event) == ("Tomas Ibarguen", "CHL", "PER")
    assert event.attributes["status"] == "pending"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Drug trafficker Tomas Ibarguen, who is wanted in Chile for murder, was arrested in Peru.",
            ("Tomas Ibarguen", "CHL", "PER"),
        ),
        (
            "Dutch police arrested Mehmet Celikel, a Turkish national wanted in Turkey, in Rotterdam.",
            ("Mehmet Celikel", "TUR", "NLD"),
        ),
        (
            "Drug trafficker Tomas Ibarguen, who is wanted in Peru for murder, was arrested in Peru.",
            None,
        ),
    ],
)
def test_an_arrest_in_one_state_of_someone_another_state_wants(
    text: str, found: tuple[str, str, str] | None
) -> None:
    assert [roles(e) for e in disputes(text)] == ([found] if found else [])


# each id names the class of sentence the case stands for (session 7: battery and corpus classes)
SURRENDER_SHAPES = [
    pytest.param(  # the suspect named in the sentence before, then described ("the gunman")
        "Police in Portugal detained Ruben Castellano, 52, on Sunday. Greek prosecutors want to "
        "extradite the gunman, who is accused of a robbery in Athens.",
        "Ruben Castellano",
        "GRC",
        "PRT",
        "requested",
        id="a-description-stands-for-the-suspect-named-near-it-0",
    ),
    pytest.param(  # described first, named in the next sentence
        "Peru has asked Bolivia to send back the financier. Marco Quiroga fled to La Paz in "
        "March after his fund collapsed.",
        "Marco Quiroga",
        "PER",
        "BOL",
        "requested",
        id="a-description-stands-for-the-suspect-named-near-it-1",
    ),
    pytest.param(  # an age for a description
        "Lena Morrow was arrested in Ireland last week. Canada is seeking to extradite the "
        "34-year-old on fraud charges.",
        "Lena Morrow",
        "CAN",
        "IRL",
        "requested",
        id="a-description-stands-for-the-suspect-named-near-it-2",
    ),
    pytest.param(
        "Austria asked Hungary on Monday to extradite Zoltan Berecki.",
        "Zoltan Berecki",
        "AUT",
        "HUN",
        "requested",
        id="an-unlisted-name-after-an-infinitive-surrender-verb-is-the-suspect-0",
    ),
    pytest.param(
        "Serbia refused on Friday to extradite Dragan Lukovac to Croatia.",
        "Dragan Lukovac",
        "HRV",
        "SRB",
        "refused",
        id="an-unlisted-name-after-an-infinitive-surrender-verb-is-the-suspect-1",
    ),
    pytest.param(  # a subjunctive after "requested that", a role noun before the name
        "Chile has formally requested that Peru extradite arms dealer Tomas Ibarguen.",
        "Tomas Ibarguen",
        "CHL",
        "PER",
        "requested",
        id="that-clauses-and-phrase-order-in-surrender-frames-0",
    ),
    pytest.param(
        "Chile demanded on Monday that Peru extradite drug trafficker Tomas Ibarguen, whom "
        "Santiago accuses of smuggling.",
        "Tomas Ibarguen",
        "CHL",
        "PER",
        "requested",
        id="that-clauses-and-phrase-order-in-surrender-frames-1",
    ),
    pytest.param(  # the destination before the suspect's "of" phrase
        "A court in Lima approved on Tuesday the extradition to Chile of drug trafficker Tomas Ibarguen.",
        "Tomas Ibarguen",
        "CHL",
        "PER",
        "granted",
        id="that-clauses-and-phrase-order-in-surrender-frames-2",
    ),
    pytest.param(
        "Peru's refusal to extradite Chilean arms dealer Tomas Ibarguen has angered Chile.",
        "Tomas Ibarguen",
        "CHL",
        "PER",
        "refused",
        id="a-noun-of-refusal-with-an-infinitive-refuses-the-surrender-0",
    ),
    pytest.param(  # the refusal in a phrase, the requesting state from "wanted in" a city of it
        "The summit was overshadowed by Ecuador's refusal to hand over Ivo Marsic, a banker wanted "
        "in Zagreb for fraud.",
        "Ivo Marsic",
        "HRV",
        "ECU",
        "refused",
        id="a-noun-of-refusal-with-an-infinitive-refuses-the-surrender-1",
    ),
    pytest.param(
        "Chile has renewed its request to extradite Peruvian businessman Tomas Ibarguen.",
        "Tomas Ibarguen",
        "CHL",
        "PER",
        "requested",
        id="request-makers-tribunals-other-surrender-shapes-and-arrests-on-request-0",
    ),
    pytest.param(
        "The International Criminal Court has asked Sudan to extradite Idris Kamal Osman.",
        "Idris Kamal Osman",
        "ICC",
        "SDN",
        "requested",
        id="request-makers-tribunals-other-surrender-shapes-and-arrests-on-request-1",
    ),
    pytest.param(
        "Sudan has refused to hand over Idris Kamal Osman to the International Criminal Court.",
        "Idris Kamal Osman",
        "ICC",
        "SDN",
        "refused",
        id="request-makers-tribunals-other-surrender-shapes-and-arrests-on-request-2",
    ),
    pytest.param(
        "Peru surrendered Chilean drug trafficker Tomas Ibarguen to Chile on Thursday.",
        "Tomas Ibarguen",
        "CHL",
        "PER",
        "completed",
        id="request-makers-tribunals-other-surrender-shapes-and-arrests-on-request-3",
    ),
    pytest.param(
        "Former dictator Ruben Alvear was handed over to U.S. authorities by Panama on Friday.",
        "Ruben Alvear",
        "USA",
        "PAN",
        "completed",
        id="request-makers-tribunals-other-surrender-shapes-and-arrests-on-request-4",
    ),
    pytest.param(
        "A court in Lima ordered that drug trafficker Tomas Ibarguen be sent to Chile to stand trial.",
        "Tomas Ibarguen",
        "CHL",
        "PER",
        "granted",
        id="request-makers-tribunals-other-surrender-shapes-and-arrests-on-request-5",
    ),
    pytest.param(
        "Drug trafficker Tomas Ibarguen has been held in Peru since May pending extradition to Chile.",
        "Tomas Ibarguen",
        "CHL",
        "PER",
        "pending",
        id="request-makers-tribunals-other-surrender-shapes-and-arrests-on-request-6",
    ),
    pytest.param(
        "Peruvian police arrested drug trafficker Tomas Ibarguen in Lima at the request of Chile.",
        "Tomas Ibarguen",
        "CHL",
        "PER",
        "requested",
        id="request-makers-tribunals-other-surrender-shapes-and-arrests-on-request-7",
    ),
    pytest.param(
        "Ukraine is seeking the extradition of Dmytro Fedorenko from Austria.",
        "Dmytro Fedorenko",
        "UKR",
        "AUT",
        "requested",
        id="names-after-a-surrender-noun-its-citizen-or-a-politician-are-persons-0",
    ),
    pytest.param(
        "Serbia will not extradite its citizen Dragan Lukovac to Croatia.",
        "Dragan Lukovac",
        "HRV",
        "SRB",
        "refused",
        id="names-after-a-surrender-noun-its-citizen-or-a-politician-are-persons-1",
    ),
    pytest.param(
        "Spain asked Belgium to hand over Catalan politician Jordi Puigcerda.",
        "Jordi Puigcerda",
        "ESP",
        "BEL",
        "requested",
        id="names-after-a-surrender-noun-its-citizen-or-a-politician-are-persons-2",
    ),
    pytest.param(
        "Activist Sanjar Umarbek won his fight against extradition from Turkey to Uzbekistan on Friday.",
        "Sanjar Umarbek",
        "UZB",
        "TUR",
        "refused",
        id="the-outcome-of-a-suspects-fight-and-a-release-after-a-refusal-0",
    ),
    pytest.param(
        "Businessman Conor Dwane lost his fight against extradition from Britain to the United States.",
        "Conor Dwane",
        "USA",
        "GBR",
        "granted",
        id="the-outcome-of-a-suspects-fight-and-a-release-after-a-refusal-1",
    ),
    pytest.param(
        "Viktor Orlik was freed in Athens after a Greek court rejected Russia's extradition request.",
        "Viktor Orlik",
        "RUS",
        "GRC",
        "refused",
        id="the-outcome-of-a-suspects-fight-and-a-release-after-a-refusal-2",
    ),
]


@pytest.mark.parametrize(("text", "suspect", "asking", "asked", "status"), SURRENDER_SHAPES)
def test_a_class_of_surrender_sentence(text: str, suspect: str, asking: str, asked: str, status: str) -> None:
    (event,) = disputes(text)
    assert roles(event) == (suspect, asking, asked)
    assert event.attributes["status"] == status


def test_a_name_glued_to_a_word_by_a_hyphen_is_one_modifier_of_the_suspect() -> None:
    text = (
        "Norway has rejected a request by Peru for the extradition of "
        "Peruvian-born trader Tomas Vilca, officials said."
    )
    (event,) = disputes(text)
    assert roles(event) == ("Tomas Vilca", "PER", "NOR")
    assert event.attributes["status"] == "refused"


def test_a_suspect_described_after_the_object_of_a_surrender_verb() -> None:
    text = (
        "Chile on Monday sent back to Peru a former banker, Luis Tapia, wanted there for fraud, police said."
    )
    (event,) = disputes(text)
    assert roles(event) == ("Luis Tapia", "PER", "CHL")
    assert (event.attributes["status"], event.date) == ("completed", "2030-06-10")


def test_eligible_for_extradition_is_pending_on_the_day_of_the_ruling() -> None:
    text = (
        "A Chilean judge on Monday ruled that Peruvian trader Luis Tapia is eligible for extradition to Peru."
    )
    (event,) = disputes(text)
    assert roles(event) == ("Luis Tapia", "PER", "CHL")
    assert (event.attributes["status"], event.date) == ("pending", "2030-06-10")


def test_a_refusal_told_by_a_participle_has_the_day_of_its_clause() -> None:
    text = (
        '"Chile will not send Luis Tapia to a country where he may face the death penalty," the Chilean '
        "justice minister said on Monday, rejecting Peru's extradition request."
    )
    (event,) = disputes(text)
    assert roles(event) == ("Luis Tapia", "PER", "CHL")
    assert (event.attributes["status"], event.date) == ("refused", "2030-06-10")


@pytest.mark.parametrize(
    ("text", "status", "date"),
    [
        # a request sent is no surrender
        (
            "Peru said it had sent Chile a request for the extradition of Luis Tapia, a banker.",
            "requested",
            None,
        ),
        # a rule or a habit naming no suspect gives no status to the case
        (
            "Peru asked Chile to extradite Luis Tapia, the ministry said. "
            "Chile's constitution forbids the extradition of its nationals.",
            "requested",
            None,
        ),
        (
            "Peru asked Chile on Monday to extradite Luis Tapia, a banker wanted for fraud. "
            "Chile has never extradited a banker to Peru.",
            "requested",
            "2030-06-10",
        ),
        # the suspect's own plea is not the extradition request; "since" starts a state, not an act
        (
            "Luis Tapia has been held in Spain since January pending extradition to Peru, a court said "
            "on Tuesday, rejecting his request for bail.",
            "pending",
            None,
        ),
    ],
)
def test_requests_rules_and_pleas_that_are_no_decision_on_the_case(
    text: str, status: str, date: str | None
) -> None:
    (event,) = disputes(text)
    assert (event.attributes["status"], event.date) == (status, date)


def test_a_suspect_of_a_known_case_taken_to_a_state_has_been_handed_over() -> None:
    text = "Bolivian trader Luis Tapia was flown to Peru on Friday after Bolivia granted his extradition."
    (event,) = disputes(text)
    assert roles(event) == ("Luis Tapia", "PER", "BOL")
    assert (event.attributes["status"], event.date) == ("completed", "2030-06-07")
    text = (
        "Peru had asked Chile to extradite Luis Tapia in 2028, but Chile "
        "refused. He was deported to Peru on Monday."
    )
    (event,) = disputes(text)
    assert (event.attributes["status"], event.date) == ("completed", "2030-06-10")
    # a journey alone makes no case
    assert disputes("Injured tourist Luis Tapia was flown to Germany on Friday.") == []


def test_a_surrender_to_a_province_of_the_same_state_is_no_dispute() -> None:
    assert disputes("Texas authorities on Friday extradited murder suspect Cody Rayburn to Oklahoma.") == []
    assert disputes("Ontario police on Friday extradited fraud suspect Luc Tremblay to Quebec.") == []
    # to a province of another state: that state asks
    (event,) = disputes("Peru on Friday extradited murder suspect Luis Tapia to Texas.")
    assert roles(event) == ("Luis Tapia", "USA", "PER")


def test_geo_names_the_states_of_a_subdivision() -> None:
    from diplotext import geo

    assert geo.subdivision_countries("Oklahoma") == {"USA"}
    assert geo.subdivision_countries("Punjab") == {"IND", "PAK"}
    assert geo.subdivision_countries("Lima Beans") == frozenset()


def test_a_child_handed_to_a_parent_abroad_is_a_custody_case_not_a_dispute() -> None:
    text = (
        "Chile said on Monday it would not hand over six-year-old Tomas Vilca to Peru. "
        "The boy's father in Lima has asked for his return."
    )
    assert disputes(text) == []
    # words of extradition keep the case whoever the suspect is
    assert disputes("Chile refused on Monday to extradite 15-year-old Tomas Vilca to Peru.") != []


def test_a_state_that_deports_a_wanted_suspect_to_the_asking_state_completes_the_case() -> None:
    text = (
        "Chile on Monday deported Luis Tapia, a gang leader, to Peru, where he is wanted for murder. "
        "Peru had asked Chile to extradite him in 2028, but Chile refused."
    )
    (event,) = disputes(text)
    assert roles(event) == ("Luis Tapia", "PER", "CHL")
    assert (event.attributes["status"], event.date) == ("completed", "2030-06-10")


def test_a_decision_still_to_come_leaves_the_case_pending() -> None:
    text = (
        "Peru said on Tuesday it had sent Chile a request for the extradition of Luis Tapia, a banker "
        "accused of fraud. Chilean courts have 40 days to decide on the request."
    )
    (event,) = disputes(text)
    assert roles(event) == ("Luis Tapia", "PER", "CHL")
    assert event.attributes["status"] == "pending"


@pytest.mark.parametrize(
    "text",
    [
        (
            "Chilean police on Tuesday arrested banker Luis Tapia on an "
            "extradition warrant issued on behalf of Peru."
        ),
        "Chilean police on Tuesday arrested banker Luis Tapia on an extradition warrant issued by Peru.",
    ],
)
def test_an_arrest_on_a_states_extradition_warrant(text: str) -> None:
    (event,) = disputes(text)
    assert roles(event) == ("Luis Tapia", "PER", "CHL")
    assert (event.attributes["status"], event.date) == ("requested", "2030-06-11")


def test_an_arrest_on_a_warrant_for_a_local_offence_is_no_dispute() -> None:
    assert disputes("Chilean police arrested Luis Tapia on Tuesday on a warrant for drink driving.") == []


def test_a_state_that_will_not_hand_over_a_named_person_to_another_refuses() -> None:
    text = (
        "Chile will not hand over former executive Luis Tapia to Peru, the justice minister said on Tuesday."
    )
    (event,) = disputes(text)
    assert roles(event) == ("Luis Tapia", "PER", "CHL")
    assert event.attributes["status"] == "refused"
    assert disputes("Chile did not hand over the painting to Peru.") == []


def test_a_state_seeking_the_return_of_a_fugitive_asks_for_his_surrender() -> None:
    (event,) = disputes("Peru on Monday demanded the return of fugitive banker Luis Tapia from Chile.")
    assert roles(event) == ("Luis Tapia", "PER", "CHL")
    assert (event.attributes["status"], event.date) == ("requested", "2030-06-10")
    assert disputes("Peru demanded the return of the stolen gold from Chile.") == []
    assert disputes("The return of President Luis Tapia to Lima was welcomed.") == []


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            (
                "Peru has asked Interpol to issue a red notice for fugitive banker "
                "Luis Tapia, who lives in Chile."
            ),
            "CHL",
        ),
        ("Interpol issued a red notice for Luis Tapia at Peru's request.", None),
        ("Interpol issued a red notice for Luis Tapia at the request of Peru.", None),
    ],
)
def test_a_red_notice_is_a_request_by_the_state_that_asked_for_it(text: str, asked: str | None) -> None:
    (event,) = disputes(text)
    assert roles(event) == ("Luis Tapia", "PER", asked)
    assert event.attributes["status"] == "requested"


def test_each_state_asking_for_the_same_suspect_is_a_case_of_its_own() -> None:
    text = (
        "Bolivian trader Luis Tapia has been held in Chile since May pending extradition to the United "
        "States, a court said on Tuesday. Peru has also requested his extradition, but the court said the "
        "U.S. request came first."
    )
    found = sorted((e.roles["requesting_state"], e.roles["requested_state"]) for e in disputes(text))
    assert found == [("PER", "CHL"), ("USA", "CHL")]


def test_a_from_phrase_after_the_surrender_noun_is_not_the_requests_maker() -> None:
    text = (
        "Japan's request for the extradition of trader Luis Tapia from Chile remains unanswered, Tokyo said."
    )
    (event,) = disputes(text)
    assert event.roles["requesting_state"] == "JPN"

"""Extradition disputes: classes of sentences found wrong in the twentieth session (issue 9).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event
from diplotext.syntax import parse


def disputes(text: str, published: str = "2030-06-12") -> list[Event]:
    doc = diplotext.extract(text, published=published, layout="body")
    assert not [e for e in doc.errors if e.plugin in ("extradition", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "extradition_dispute"]


# ------------------------------------------------------------ a hyphen between two nationalities


def test_two_nationalities_joined_by_a_hyphen_make_one_phrase() -> None:
    """ "a Swiss-Brazilian banker": one noun phrase, not "a Swiss" and "Brazilian banker"."""
    text = "Chile arrested a Swiss-Brazilian banker in Santiago. The Peru-Bolivia talks ended."
    doc = diplotext.extract(text, published="2030-06-12", layout="body", plugins=["actors", "dates"])
    layer = parse(doc.article, doc.actors, doc.dates)
    objects = [text[a.phrase.start : a.phrase.end] for c in layer.in_sentence(0) for a in c.args]
    assert "a Swiss-Brazilian banker" in objects
    subjects = [c.subject for c in layer.in_sentence(1) if c.subject is not None]
    assert [text[s.start : s.end] for s in subjects] == ["The Peru-Bolivia talks"]


def test_a_described_suspect_with_two_nationalities_is_named_next() -> None:
    """The lead's "a Swiss-Brazilian banker" is the man the next sentence names."""
    (case,) = disputes(
        "Portugal has asked for the extradition of a Swiss-Brazilian banker held in Chile since May, "
        "officials said on Monday.\n\n"
        "The Portuguese request for Ivo Tanner-Lima, 52, reached the Chilean justice ministry on "
        "Friday, prosecutors in Lisbon said. He is accused of fraud."
    )
    assert case.roles["suspect"] == "Ivo Tanner-Lima"
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("PRT", "CHL")


# ------------------------------------------------------------ a count of people is a statistic


def test_a_count_of_people_extradited_joins_no_case() -> None:
    """ "Chile extradited more than 80 people last year": a figure, not the suspect's surrender."""
    (case,) = disputes(
        "Portugal has asked Chile to extradite fraud suspect Ivo Tanner, prosecutors said on Monday. "
        "Chile extradited more than 80 people last year, most of them to Spain."
    )
    assert case.roles["suspect"] == "Ivo Tanner"
    assert case.attributes["status"] == "requested"


def test_dozens_of_fugitives_sent_back_are_no_case_either() -> None:
    (case,) = disputes(
        "Peru has requested the extradition of murder suspect Rosa Quispe from Bolivia, police said. "
        "Bolivia has sent back dozens of fugitives to Peru since 2028."
    )
    assert case.attributes["status"] == "requested"


# ------------------------------------------------------------ a second suspect held in custody


def test_a_partner_surrendered_and_held_in_custody_is_a_case_of_his_own() -> None:
    """ "in custody" marks the man handed over as a suspect (not a child or a prisoner of war)."""
    cases = disputes(
        "A business partner, Austrian national Karl Obermaier, was surrendered by Austria to Germany "
        "in March and is in custody in Munich."
    )
    assert [(c.roles["suspect"], c.roles["requesting_state"], c.roles["requested_state"]) for c in cases] == [
        ("Karl Obermaier", "DEU", "AUT")
    ]
    assert cases[0].attributes["status"] == "completed"
    assert cases[0].date == "2030-03"


def test_a_child_handed_over_is_still_no_case() -> None:
    assert not disputes(
        "The boy, Tim Rauch, was handed over by Austria to Germany in March to live with his mother."
    )


# ------------------------------------------------------------ the day of an undated decision


def test_the_ruling_told_after_an_undated_approval_dates_it() -> None:
    """ "Peru's top court has approved the extradition of X. The court ruled on Wednesday ...": the
    day the next sentences give the decision is the case's."""
    (case,) = disputes(
        "Peru's Supreme Court has approved the extradition to Chile of murder suspect Rosa Quispe.\n\n"
        "The court ruled on Wednesday that the evidence sent by Chilean prosecutors was sufficient.",
        published="2030-06-14",
    )
    assert case.attributes["status"] == "granted"
    assert case.date == "2030-06-12"


def test_the_order_signed_on_a_day_dates_a_granted_surrender() -> None:
    (case,) = disputes(
        "A man accused of fraud is to be extradited to the United States after the Home Secretary "
        "signed an order for his surrender.\n\nTom Rudd, 41, faces charges in Texas. His lawyers say he "
        "will appeal.\n\nThe order was signed on Friday, his lawyers confirmed.",
        published="2030-06-12",
    )
    assert case.date == "2030-06-07"


def test_the_day_of_another_decision_named_in_the_ruling_is_not_taken() -> None:
    """ "The ruling, handed down on Thursday, overturned a lower court's decision in March": the
    day is Thursday, not March."""
    (case,) = disputes(
        "A court in Lima has refused to extradite activist Ivan Sokolov to Russia.\n\n"
        "The ruling, handed down on Thursday by an appeals court, overturned a lower court's decision in "
        "March to approve the extradition of Ivan Sokolov.",
        published="2030-06-15",
    )
    assert case.attributes["status"] == "refused"
    assert case.date == "2030-06-13"


def test_a_state_at_the_end_of_the_description_is_the_destination() -> None:
    """ "extradited three men accused of moving cocaine for a cartel to the United States": the
    "to" the clause layer gave the description is the surrender's."""
    cases = disputes(
        "Peru extradited three men accused of moving cocaine for a cartel to the United States on Monday. "
        "The three, named by police as Juan Mesa, Pedro Ortiz and Luis Toro, were handed over to US "
        "agents in Lima."
    )
    assert {(c.roles["suspect"], c.roles["requesting_state"], c.roles["requested_state"]) for c in cases} == {
        ("Juan Mesa", "USA", "PER"),
        ("Pedro Ortiz", "USA", "PER"),
        ("Luis Toro", "USA", "PER"),
    }


def test_a_delegation_of_business_people_is_no_states() -> None:
    """ "a delegation of Brazilian farm executives led by X, chief executive of a trader": no visit."""
    doc = diplotext.extract(
        "Talks\n\nRABAT, Jan 27 -- Later in the day, Moroccan Foreign Minister Karim Idrissi hosted a "
        "delegation of Brazilian farm executives led by Paulo Souza, chief executive of a grain trader.",
        published="2030-01-27",
    )
    assert not [e for e in doc.events if e.type == "visit"]

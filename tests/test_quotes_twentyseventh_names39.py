"""Speaker resolution classes found by helper names39 in the twenty-seventh session (issue 10).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import diplotext


def _doc(text: str) -> diplotext.Document:
    return diplotext.extract(text, published="2030-06-12", layout="body")


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in _doc(text).quotes if q.kind != "partial"]


# class 1: a "he" the actors layer joined to the subject of the sentence before the pronoun's,
# a name whose opening words hide that it opens its sentence


def test_a_spokesman_after_a_bracketed_acronym_takes_the_pronoun() -> None:
    text = (
        "Border talks stall\n\n"
        "The militias could not undermine the talks, said Ivan Kerner, head of the mission.\n\n"
        "UN Secretary-General Otto Brandt on Tuesday named Lars Berg as envoy for the talks.\n\n"
        "EU-led harbour force (HPF) spokesman Pietro Salva rejected any claim that armed groups "
        "threatened the port.\n\n"
        "He told reporters that the force was watching the coast."
    )
    assert _speakers(text)[-1] == "Pietro Salva"


def test_a_subject_whose_object_is_the_last_speaker_takes_the_pronoun() -> None:
    text = (
        "Envoy visits parliament\n\n"
        '"Our ties will grow," Rahul Mehra said in his address.\n\n'
        "But Kenji Sato, the speaker of the chamber, gave a mild rebuke as he welcomed Mehra "
        "to the floor.\n\n"
        "He said the chamber was moved by the visitors' annual prayer for the victims of the war."
    )
    assert _speakers(text)[-1] == "Kenji Sato"
    # named again as a subject after the other person, the last speaker keeps the pronoun
    again = (
        "Envoy visits parliament\n\n"
        '"Our ties will grow," Rahul Mehra said in his address.\n\n'
        "Kenji Sato spoke first, and then Mehra set out his plan.\n\n"
        '"The process is stalled," he said.'
    )
    assert _speakers(again)[-1] == "Rahul Mehra"


# class 2: a pronoun of the wrong kind or number


def test_she_is_never_a_newspaper() -> None:
    text = (
        "Hostages freed\n\n"
        "Soldiers stormed the villa on Tuesday, according to a report in the Harbour Clarion daily.\n\n"
        "A young woman among the guards was also caught on the first floor.\n\n"
        'She shouted "Do not shoot him!" but the soldiers did not understand her.'
    )
    assert all(s is None for s in _speakers(text)[1:])


def test_they_is_never_the_one_person_who_spoke_last() -> None:
    text = (
        "Fugitive charged\n\n"
        "He was last seen in March, the day before the police issued a warrant, said Tom Baker, "
        "head of the bureau office. Until Thursday, they had not called Reyes a suspect."
    )
    assert _speakers(text) == ["Tom Baker", None]
    # after a plural speaker "they" is still that group
    plural = (
        "Shares rise\n\n"
        "Share prices closed higher on Wednesday, dealers said. "
        "They said exporters were helped by the strong dollar."
    )
    assert _speakers(plural) == ["dealers", "dealers"]


# class 3: "his office said", "her spokesman said": the office of the person the pronoun stands for


def test_her_office_is_the_office_of_the_senator_named_before() -> None:
    text = (
        "Senator backs bill\n\n"
        "Senator Maria Quist met farmers in Dunmore on Monday.\n\n"
        "The bill will pass next week, her office said.\n\n"
        '"We expect a vote soon," her spokesman said.'
    )
    assert _speakers(text) == ["Maria Quist's office", "Maria Quist's spokesman"]


def test_his_lawyer_is_the_lawyer_of_the_man_named_last() -> None:
    text = (
        "Hearing\n\n"
        '"It raises questions," said committee chair Robert Lang.\n\n'
        "On Thursday, Daniel Ortiz refused to appear before the panel. "
        "His lawyer said he would not answer questions."
    )
    assert _speakers(text)[-1] == "Daniel Ortiz's lawyer"
    # the office of the man the sentence is about, not of the man named in his description
    about = "Manager dies\n\nThe manager of Tom Reed, Paul Lind, has died at the age of 80, his family said."
    assert _speakers(about) == ["Paul Lind's family"]
    # with no one named, the words stay as written
    assert _speakers("Storm\n\nThe roads will reopen on Monday, his office said.") == ["his office"]


# class 4: a dummy "it" before a passive cue


def test_a_dummy_it_before_a_passive_cue_names_no_one() -> None:
    text = (
        "Clinics face new rules\n\n"
        "The country has no clear laws on transplants, said Li Wenbo, a health official.\n\n"
        "It is also widely said that hospitals chase the number of operations."
    )
    assert _speakers(text) == ["Li Wenbo", None]
    # a body's "it" still speaks
    body = "Ministry report\n\nThe Ministry of Mines said that output fell. It also said that sales rose."
    assert _speakers(body) == ["Ministry of Mines", "Ministry of Mines"]

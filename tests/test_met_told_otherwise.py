"""Whom a visitor met, told without "met" or "talks with": discussing something with an official,
and a meeting of "the delegation" of the one visitor of its state (issue 9, seventeenth session;
classes found auditing the corpus's visits).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def visits(body: str, published: str = "2031-04-11") -> list[Event]:
    """2031-04-11 is a Friday."""
    doc = diplotext.extract(f"Talks\n\n{body}", published=published)
    assert not [e for e in doc.errors if e.plugin in ("visits", "actors", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "visit"]


def test_discussing_a_topic_with_an_official_is_meeting_them() -> None:
    (visit,) = visits(
        "Chilean President Rosa Vidal will visit Kenya on May 8. "
        "While in Kenya, Vidal would discuss trade with Kenyan President Amos Njoroge."
    )
    assert list(visit.roles["met"]) == ["Amos Njoroge"]
    (visit,) = visits(
        "Chilean President Rosa Vidal visited Kenya on Tuesday. "
        "She said she had discussed the port with Amos Njoroge, the Kenyan president, during her visit."
    )
    assert list(visit.roles["met"]) == ["Amos Njoroge"]


def test_a_topic_discussed_is_not_a_person_met() -> None:
    (visit,) = visits(
        "Chilean President Rosa Vidal visited Kenya on Tuesday. "
        "Vidal discussed the legacy of Amos Njoroge, a former Kenyan president, with reporters."
    )
    assert "Amos Njoroge" not in visit.roles["met"]


def test_the_delegation_of_the_one_visitor_of_its_state_meets_for_them() -> None:
    for subject in ("The Chilean delegation", "The delegation"):
        (visit,) = visits(
            "Chilean Trade Minister Rosa Vidal arrived in Nairobi on Tuesday. "
            f"{subject} will also meet with Kenyan President Amos Njoroge."
        )
        assert list(visit.roles["met"]) == ["Amos Njoroge"], subject


def test_another_states_delegation_is_not_the_visitors() -> None:
    (visit,) = visits(
        "Chilean Trade Minister Rosa Vidal arrived in Nairobi on Tuesday. "
        "The Japanese delegation will also meet with Kenyan President Amos Njoroge."
    )
    assert not visit.roles["met"]


def test_a_joint_appearance_told_with_any_verb_of_saying_puts_the_guest_there() -> None:
    for verb in ("said", "suggested", "warned"):
        (visit,) = visits(
            "Kenyan President Amos Njoroge spoke on Tuesday. At a news conference with Chilean "
            f"Foreign Minister Rosa Vidal in Nairobi, Mr. Njoroge {verb} the talks would resume."
        )
        assert (visit.roles["visitor"], visit.roles["host_state"], visit.place) == (
            "Rosa Vidal",
            "KEN",
            "Nairobi",
        ), verb
        assert list(visit.roles["met"]) == ["Amos Njoroge"], verb


def test_a_pair_who_met_somewhere_both_travelled_and_met_each_other() -> None:
    found = visits(
        "Chilean President Rosa Vidal and Kenyan President Amos Njoroge, who met in Havana, told their "
        "aides to resume the talks."
    )
    assert sorted((v.roles["visitor"], v.roles["host_state"], tuple(v.roles["met"])) for v in found) == [
        ("Amos Njoroge", "CUB", ("Rosa Vidal",)),
        ("Rosa Vidal", "CUB", ("Amos Njoroge",)),
    ]


def test_speaking_during_a_summit_in_a_city_is_being_there() -> None:
    for verb in ("complained", "said"):
        (visit,) = visits(
            f"Chilean President Rosa Vidal {verb} during the summit in Valletta that prices would fall."
        )
        assert (visit.roles["host_state"], visit.place) == ("MLT", "Valletta"), verb


def test_a_summit_with_or_between_named_leaders_is_their_meeting() -> None:
    for body in (
        "Chilean President Rosa Vidal will hold a summit with Kenyan President Amos Njoroge in Nairobi.",
        "The summit between Chilean President Rosa Vidal and Kenyan President Amos Njoroge in Nairobi ended.",
    ):
        (visit,) = visits(body)
        assert (visit.roles["visitor"], visit.roles["host_state"], visit.place) == (
            "Rosa Vidal",
            "KEN",
            "Nairobi",
        )
        assert list(visit.roles["met"]) == ["Amos Njoroge"], body
    # a summit of many in a city is read as one attended, not as a meeting of its host
    assert not visits("Leaders of ten nations attended the summit in Nairobi on Monday.")


def test_an_envoy_met_abroad_by_a_group_of_no_state_is_there() -> None:
    for body in (
        "Rebel leaders met on Monday with Dan Carter, a US peace envoy, in Doha.",
        "Rebel leaders met with US peace envoy Dan Carter in Doha on Monday.",
    ):
        (visit,) = visits(body)
        assert (visit.roles["visitor"], visit.roles["host_state"]) == ("Dan Carter", "QAT"), body
    # an ambassador lives where posted
    assert not visits("Rebel leaders met with US Ambassador Dan Carter in Doha on Monday.")


def test_an_official_of_the_host_told_something_in_person_is_met() -> None:
    (visit,) = visits(
        "Chilean envoy Rosa Vidal told Kenyan President Amos Njoroge on a trip to Kenya that aid would grow."
    )
    assert (visit.roles["host_state"], list(visit.roles["met"])) == ("KEN", ["Amos Njoroge"])
    (visit,) = visits(
        "Chilean envoy Rosa Vidal visited Kenya last week. She told Kenyan President Amos Njoroge by "
        "telephone on Friday that aid would grow."
    )
    assert not visit.roles["met"]


def test_a_summit_held_by_video_link_is_no_visit() -> None:
    body = (
        "NAIROBI, April 11 (Wire) - Kenyan President Amos Njoroge and Chilean President Rosa Vidal held "
        "their first summit by video link on Wednesday."
    )
    assert not visits(body)
    # agreeing on the telephone to meet is no meeting from afar
    (visit,) = visits(
        "Chilean President Rosa Vidal and Kenyan President Amos Njoroge agreed during a telephone call to "
        "meet in Nairobi next week."
    )
    assert visit.roles["host_state"] == "KEN"


def test_the_host_official_who_speaks_of_their_talks_met_the_visitor() -> None:
    (visit,) = visits(
        "Chilean Foreign Minister Rosa Vidal arrived in Nairobi on Tuesday. Kenyan Foreign Minister "
        'Amos Njoroge said their talks had been "useful", but insisted the law could not change.'
    )
    assert list(visit.roles["met"]) == ["Amos Njoroge"]


def test_becoming_the_first_to_visit_with_no_day_told_is_the_news_of_now() -> None:
    (visit,) = visits(
        "Chilean Foreign Minister Rosa Vidal welcomed closer ties. Speaking as she became the first "
        "Chilean foreign minister to visit Kenya for ten years, Ms Vidal said trade would grow."
    )
    assert (visit.attributes["status"], visit.date) == ("ongoing", "2031-04-11")
    (visit,) = visits("Rosa Vidal on Monday became the first Chilean foreign minister to visit Kenya.")
    assert visit.date == "2031-04-07"


def test_talks_told_in_the_sentence_after_the_trip_are_the_one_visitors() -> None:
    (visit,) = visits(
        "Chilean Trade Minister Rosa Vidal arrived in Nairobi on Sunday. "
        "Monday's talks with Kenyan President Amos Njoroge focused on trade."
    )
    assert list(visit.roles["met"]) == ["Amos Njoroge"]

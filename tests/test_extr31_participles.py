"""Participles that took the wrong subject (issue 9, twenty-third session, helper extr31): a
present participle after the last noun of a verb's object chain ("hear a challenge to the
surrender of a Latvian man living in Cork") describes that noun and leaves the object to the verb;
a past participle after a length of time in a prepositional phrase ("within the 40 days allowed
under the treaty") describes the length.

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from builders import dispute_sides, extradition_disputes
from diplotext.syntax import Clause, parse


def clauses_of(text: str) -> list[Clause]:
    doc = diplotext.extract(text, published="2031-04-09", layout="body", plugins=["actors", "dates"])
    return list(parse(doc.article, doc.actors, doc.dates).clauses())


def _said(text: str, clause: Clause, role: str) -> str | None:
    arg = next((a for a in clause.args if a.role == role), None)
    return None if arg is None else text[arg.phrase.start : arg.phrase.end]


def test_a_present_participle_describes_the_last_noun_of_the_object_chain() -> None:
    for text, obj, described in (
        (
            "The court will hear a challenge to the surrender of a Latvian man living in Cork.",
            "a challenge",
            "a Latvian man",
        ),
        (
            "Police on Monday questioned the brother of a Serbian minister staying in Vienna.",
            "the brother of a Serbian minister",
            "a Serbian minister",
        ),
    ):
        main, participle = clauses_of(text)[:2]
        assert _said(text, main, "object") == obj, text
        assert participle.kind == "participle", text
        assert _said(text, participle, "subject") == described, text
    # a speech verb's participle tells what the object (a report) says, not the last noun
    text = "The committee published a critical report into the agency noting that its chief had left."
    told = next(c for c in clauses_of(text) if c.predicate.lemma == "note")
    assert _said(text, told, "subject") != "the agency"


def test_a_challenge_heard_to_the_surrender_of_a_man_living_abroad_is_pending() -> None:
    """The court that will hear the challenge holds the case pending (it needs the object)."""
    (case,) = extradition_disputes(
        "Challenge\n\nDUBLIN - The High Court in Dublin will next week hear a challenge to the "
        "surrender of a Latvian man living in Cork. Janis Ozolins, 44, is wanted in Latvia for fraud."
    )
    assert case.attributes["status"] == "pending"
    assert dispute_sides(case) == ("LVA", "IRL")


def test_a_past_participle_after_a_length_of_time_describes_the_length() -> None:
    """ "within the 40 days allowed under the treaty": the days are allowed, the request is the
    object of "filed" (it was taken as the subject of a main clause "allowed", a grant)."""
    text = "Ukraine filed its extradition request within the 40 days allowed under the treaty."
    filed, allowed = clauses_of(text)[:2]
    assert _said(text, filed, "object") == "its extradition request"
    assert allowed.kind == "participle"
    assert _said(text, allowed, "subject") == "the 40 days"
    (case,) = extradition_disputes(
        "Request\n\nNICOSIA - Police in Cyprus arrested Oleg Marchenko, a Ukrainian banker, in "
        "March. Ukraine filed its extradition request within the 40 days allowed under the treaty, "
        "officials said on Monday."
    )
    assert case.attributes["status"] == "requested"
    assert dispute_sides(case) == ("UKR", "CYP")


def test_a_to_phrase_after_where_the_suspect_lives_is_the_surrenders() -> None:
    """ "approved the extradition of a businessman living in Valencia to Argentina": "living" takes
    no "to"; Argentina is the state the surrender goes to."""
    for held in ("living in Valencia", "held in Valencia"):
        (case,) = extradition_disputes(
            f"Court ruling\n\nMADRID - A Spanish court on Monday approved the extradition of a "
            f"businessman {held} to Argentina. Jorge Malvido, 52, is accused of tax fraud."
        )
        assert dispute_sides(case) == ("ARG", "ESP"), held
        assert case.attributes["status"] == "granted", held

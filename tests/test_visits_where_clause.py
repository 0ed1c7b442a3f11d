"""A "where" clause with no place of its own is in the place it hangs on: "spoke by telephone from
Nairobi, where he is leading a delegation" puts the speaker in Nairobi now; and a name inside a
quotation is not whom a later "he" stands for, nor is a man named before a sentence about a woman
when that sentence names another man (issue 9, eighteenth session; classes found auditing
the corpus's missed visits).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def visits(body: str, published: str = "2031-04-11") -> list[Event]:
    doc = diplotext.extract(f"Talks\n\n{body}", published=published)
    assert not [e for e in doc.errors if e.plugin in ("visits", "actors", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "visit"]


def test_leading_a_delegation_in_a_where_clause_is_a_stay_in_the_place_before_it() -> None:
    (visit,) = visits(
        "Bolivian Foreign Minister Tomas Verde spoke by telephone from Nairobi, where he is leading "
        "a government delegation in talks with the rebels."
    )
    assert visit.roles["visitor"] == "Tomas Verde"
    assert (visit.roles["host_state"], visit.place) == ("KEN", "Nairobi")
    assert visit.attributes["status"] == "ongoing"


def test_attending_a_summit_in_a_where_clause_is_a_stay_there() -> None:
    (visit,) = visits(
        "Bolivian President Ana Ruiz spoke to reporters from Lima, where she is attending a regional summit."
    )
    assert (visit.roles["visitor"], visit.roles["host_state"], visit.place) == ("Ana Ruiz", "PER", "Lima")


def test_a_where_clause_after_a_place_at_home_is_no_visit() -> None:
    assert not visits(
        "Bolivian Foreign Minister Tomas Verde spoke by telephone from La Paz, where he is leading "
        "a government delegation in talks with the rebels."
    )


def test_a_name_inside_the_quotation_is_not_whom_he_stands_for() -> None:
    doc = diplotext.extract(
        'Talks\n\n"Why does Mr Reed speak this way," Bolivian Foreign Minister Tomas Verde told reporters '
        "by telephone from Nairobi, where he is leading a government delegation.",
        published="2031-04-11",
    )
    he = doc.text.index(" he ") + 1
    verde = next(a for a in doc.actors if a.name == "Tomas Verde")
    assert (he, he + 2) in verde.mentions
    (visit,) = [e for e in doc.events if e.type == "visit"]
    assert visit.roles["visitor"] == "Tomas Verde"


def test_he_after_a_sentence_about_a_woman_is_the_man_that_sentence_named() -> None:
    found = visits(
        "Lithuanian President Karl Ozols signed the accord on February 10. US Secretary of State Anne "
        "Ford has invited Latvian Foreign Minister Janis Berzins to come to the United States. He will "
        "then fly to Washington on March 12 to hand over the accord.",
        published="2031-02-27",
    )
    assert [(v.roles["visitor"], v.date) for v in found] == [("Janis Berzins", "2031-03-12")]

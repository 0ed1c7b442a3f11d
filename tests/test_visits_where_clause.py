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


def test_telling_reporters_at_a_building_in_a_city_abroad_is_being_there() -> None:
    for told in (
        "told a news briefing at a hotel in Valletta that prices would fall.",
        "told reporters at his country's embassy in Valletta that prices would fall.",
    ):
        (visit,) = visits(f"Ghanaian President Kofi Mensah {told}")
        assert (visit.roles["host_state"], visit.place) == ("MLT", "Valletta"), told


def test_saying_something_at_a_building_at_home_is_no_visit() -> None:
    assert not visits(
        "Ghanaian President Kofi Mensah said at the presidential palace in Accra that prices would fall."
    )


def test_a_possessive_for_someone_else_gives_no_sex_to_the_subject() -> None:
    text = (
        "Talks\n\nIndian Prime Minister Rajiv Mehra cancelled his trip. External Affairs Minister Sunita "
        "Rao will travel to Male on Monday in his place. Chinese Vice Premier Song Li visited Male in "
        "January. Rao will sign accords during her one-day stay. She will then fly to Colombo."
    )
    doc = diplotext.extract(text, published="2031-03-01")
    she = text.index("She ")
    owner = [a.name for a in doc.actors if (she, she + 3) in a.mentions]
    assert owner == ["Sunita Rao"]


def test_the_owner_named_after_a_preposition_is_whom_he_stands_for_next() -> None:
    found = visits(
        "Argentine President Carlos Vidal has postponed his state visit to Spain. Economy Minister Tomas "
        "Ruiz will still go to Paris next week, the ministry said. The postponement is the second change "
        "to the president's foreign schedule this year. In March he cut short a visit to Washington by "
        "a day.",
        published="2031-06-01",
    )
    washington = [v.roles["visitor"] for v in found if v.roles["host_state"] == "USA"]
    assert washington == ["Carlos Vidal"]

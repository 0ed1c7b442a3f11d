"""Visit recall and role classes found on invented probe stories (issue 9, twenty-sixth session,
helper visits40): an official of the host state who joins the talks told in the sentence before
("X also took part in the talks", "the talks were also attended by X", "also present at the
meeting was X") met the visitor.

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def visits(text: str, published: str = "2031-04-16") -> list[Event]:
    """2031-04-16 is a Wednesday."""
    doc = diplotext.extract(text, published=published)
    assert not [e for e in doc.errors if e.plugin in ("visits", "actors", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "visit"]


def one(text: str, published: str = "2031-04-16") -> Event:
    (visit,) = visits(text, published)
    return visit


def test_an_official_who_also_took_part_in_the_talks_met_the_visitor() -> None:
    visit = one(
        "Talks in Lusaka\n\nZambian President Mwila Banda met visiting Malawian President Chikondi "
        "Phiri in Lusaka on Monday. Zambian Foreign Minister Natasha Zulu also took part in the talks."
    )
    assert visit.roles["visitor"] == "Chikondi Phiri"
    assert list(visit.roles["met"]) == ["Mwila Banda", "Natasha Zulu"]


def test_the_talks_attended_by_an_official_and_one_present_at_the_meeting() -> None:
    attended = one(
        "Border talks\n\nPeruvian Foreign Minister Ines Salcedo held talks with Bolivian President "
        "Rodrigo Mamani in La Paz on Tuesday. The talks were also attended by Bolivian Foreign "
        "Minister Teodoro Quispe."
    )
    assert list(attended.roles["met"]) == ["Rodrigo Mamani", "Teodoro Quispe"]
    present = one(
        "Border talks\n\nPeruvian Foreign Minister Ines Salcedo held talks with Bolivian President "
        "Rodrigo Mamani in La Paz on Tuesday. Also present at the meeting was Bolivian Foreign "
        "Minister Teodoro Quispe."
    )
    assert list(present.roles["met"]) == ["Rodrigo Mamani", "Teodoro Quispe"]


def test_who_joins_no_meeting_or_is_not_of_the_host_state_met_no_one() -> None:
    # an official of the visitor's own state at the talks travels with them: met nobody new
    own = one(
        "Border talks\n\nPeruvian Foreign Minister Ines Salcedo held talks with Bolivian President "
        "Rodrigo Mamani in La Paz on Tuesday. Peruvian Trade Minister Julio Carrasco also took part "
        "in the talks."
    )
    assert list(own.roles["met"]) == ["Rodrigo Mamani"]
    # not at the talks: a host official who did not attend them
    absent = one(
        "Border talks\n\nPeruvian Foreign Minister Ines Salcedo held talks with Bolivian President "
        "Rodrigo Mamani in La Paz on Tuesday. Bolivian Foreign Minister Teodoro Quispe did not "
        "attend the talks."
    )
    assert list(absent.roles["met"]) == ["Rodrigo Mamani"]
    # another meeting, not the one told before ("a cabinet meeting")
    other = one(
        "Border talks\n\nPeruvian Foreign Minister Ines Salcedo held talks with Bolivian President "
        "Rodrigo Mamani in La Paz on Tuesday. Bolivian Foreign Minister Teodoro Quispe attended a "
        "cabinet meeting in Sucre."
    )
    assert list(other.roles["met"]) == ["Rodrigo Mamani"]

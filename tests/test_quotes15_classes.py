"""Speaker classes of issue 10's thirteenth session (branch quotes15), each with sentences written
for these tests (no text of any annotated or corpus article). Each test names its class:

- a description of one person followed by a name in apposition that ends the clause ('"...," said
  the mayor of Dunmore, Alice Fenwick.'; "said a spokeswoman for the port, Jane Ruddock") is that
  person, not the next person the article names;
- a definite description by a role the resolving titles do not cover ("the cardinal said", "the
  researcher added") is the person the article introduced with that role (before the name, or in
  apposition after it), else the new subject since the last speaker when no other role was given
  them; never for an owner's or a nation's role ("the firm's lawyer", "the Danish envoy");
- "the minister said" is the person the article introduced with that title in apposition ("X, the
  fisheries minister, ...") before falling back on the last person quoted, every word of the
  description in that title ("the press secretary" is no "Defence Secretary").
"""

from __future__ import annotations

import pytest

import diplotext
from diplotext.model import Quote


def quotes(text: str) -> list[Quote]:
    return list(diplotext.extract(text, published="2030-06-12", layout="body").quotes)


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes(text) if q.kind != "partial"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The harbour will reopen next week, said the mayor of Dunmore, Alice Fenwick. "
            "The plan failed, said Tomas Brandt, a lawyer for the union.",
            ["Alice Fenwick", "Tomas Brandt"],
        ),
        ('"The harbour will reopen," said a spokeswoman for the port, Jane Ruddock.', ["Jane Ruddock"]),
        ('"We will rebuild the pier," said the town\'s mayor, Alice Fenwick, on Monday.', ["Alice Fenwick"]),
        ('"We are ready," said one resident, Peter Aldane.', ["Peter Aldane"]),
    ],
)
def test_a_name_in_apposition_after_a_description_is_the_speaker(text: str, want: list[str]) -> None:
    assert speakers(text) == want


def test_a_place_in_apposition_is_no_speaker() -> None:
    text = '"The harbour will reopen," said the mayor of the town, Dunmore.'
    assert speakers(text) != ["Dunmore"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            'Cardinal Ennio Valdari opened the exhibition on Sunday. "It is a gift," the cardinal said.',
            "Ennio Valdari",
        ),
        (
            "Ferries were halted, said Orla Kemp, a researcher at the institute. Gales were likely to "
            'return, Ian Dow warned. "We should expect more," the researcher said.',
            "Orla Kemp",
        ),
        (
            'Economist Bram Oosting spoke first. Inflation will ease, Ian Dow said. "Rates will fall," '
            "the economist added.",
            "Bram Oosting",
        ),
    ],
)
def test_a_role_description_is_the_person_introduced_with_that_role(text: str, want: str) -> None:
    assert speakers(text)[-1] == want


@pytest.mark.parametrize(
    "text",
    [
        'Cardinal Ennio Valdari opened the exhibition. "It is a gift," the firm\'s cardinal said.',
        'Economist Bram Oosting spoke first. "Rates will fall," the Danish economist added.',
    ],
)
def test_an_owned_or_national_role_is_not_resolved_by_role(text: str) -> None:
    got = speakers(text)[-1]
    assert got not in ("Ennio Valdari", "Bram Oosting")


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Brandt, the fisheries minister, met union leaders on Monday. Mara Quist, who leads the "
        "dockers' union, said the strike would go ahead. The minister said the offer remained open.",
        "Mara Quist said the strike would go ahead. Talks with Tomas Brandt, the fisheries minister, "
        'collapsed on Monday. "The offer remains open," the minister said.',
    ],
)
def test_a_title_given_in_apposition_resolves_the_title(text: str) -> None:
    assert speakers(text) == ["Mara Quist", "Tomas Brandt"]


def test_a_title_in_apposition_needs_every_word_of_the_description() -> None:
    text = (
        "Tomas Brandt, the fisheries minister, met union leaders on Monday. Mara Quist said the strike "
        "would go ahead. The health minister said the offer remained open."
    )
    assert speakers(text)[-1] != "Tomas Brandt"

"""Speaker classes of issue 10's twenty-first session (helper quotes29), each with sentences written
for these tests (no text of any annotated article):

- a speaker phrase that ends in a home or a party tag before its cue ("X of Guelph, Ont., said",
  "X, a nurse in Dover, Del., who ..., said", "Sen. X, R-Kan., a candidate, said", "X, speaking in
  Tulsa, Okla., warned") is the name opening the appositions, never the state, and a later "she"
  or "he" is that person.
"""

from __future__ import annotations

import pytest

import diplotext
from diplotext.model import Quote


def quotes(text: str) -> list[Quote]:
    return list(diplotext.extract(text, published="2030-06-12", layout="body").quotes)


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes(text)]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Maria Okafor of Guelph, Ont., said the plan was unfair.", "Maria Okafor"),
        ("Maria Okafor, a nurse in Guelph, Ont., said the plan was unfair.", "Maria Okafor"),
        (
            "Maria Okafor, a nurse from Dover, Del., who has worked nights for years, said the plan "
            "was unfair.",
            "Maria Okafor",
        ),
        ("Tom Becker, now 70 and living in Salem, Ore., said the rules were fine.", "Tom Becker"),
        ("Senator Jill Harmon, R-Kan., a long-shot candidate, said the plan was weak.", "Jill Harmon"),
        ("Jill Harmon, speaking at a rally in Tulsa, Okla., warned that taxes would rise.", "Jill Harmon"),
        (
            "Ruth Kaplan, a Tempe, Ariz., teacher helping to run the drive, said she was alarmed.",
            "Ruth Kaplan",
        ),
        (
            "Dana Price, who lost her son in a crash in Provo, Utah, in May 2012, said the city had "
            "ignored the family.",
            "Dana Price",
        ),
        ('"It is unfair," Maria Okafor, 52, a nurse in Guelph, Ont., said.', "Maria Okafor"),
    ],
)
def test_home_tail_is_no_speaker(text: str, who: str) -> None:
    assert speakers(text) == [who]


def test_home_tail_after_the_clause_keeps_the_clause() -> None:
    (q,) = quotes("The plan is unfair, Maria Okafor of Guelph, Ont., said.")
    assert (q.speaker, q.text) == ("Maria Okafor", "The plan is unfair")


def test_pronoun_after_a_home_tail_is_the_person() -> None:
    text = (
        'Tom Becker, a farmer from Salem, Ore., said the rules were fine. "We can live with them," he added.'
    )
    assert speakers(text) == ["Tom Becker", "Tom Becker"]


@pytest.mark.parametrize(
    "text",
    [  # a state after a fronted phrase, or a town that is no home, changes nothing
        "Soon after the storm in Halifax, Tom Becker said the roads were closed.",
        "In Dayton, Ohio, officials said the roads were closed.",
    ],
)
def test_no_home_tail(text: str) -> None:
    assert speakers(text) in (["Tom Becker"], ["officials"])

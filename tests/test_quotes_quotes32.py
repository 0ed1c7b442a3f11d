"""Quote classes of issue 10's twenty-third session (helper quotes32), each with sentences written
for these tests (no text of any annotated article):

- a reported clause run into an inverted attribution without its comma ("The levy will hurt growers
  said Tomas Rein, an economist."): the name after the cue speaks and the clause before it is what
  was said, not "growers said [Tomas Rein, an economist]";
- a quoted term the sentence names rather than uses (after "so-called", "entitled", "billed as",
  a passive "dubbed"): no partial quote;
- a scare-quoted modifier in the writer's noun phrase ("a "green lane" scheme") or a scare-quoted
  title before a name, with no attribution before it and no reported clause holding it: no partial
  quote (quoted words right before the cue stay one);
- "concluded" as a cue beside a quotation or after what was said ("'...,' he concluded", ", the
  report concludes"), not after a relative pronoun ("the summit, which concluded on Monday").
"""

from __future__ import annotations

import pytest

import diplotext
from diplotext.model import Quote


def quotes(text: str) -> list[Quote]:
    return list(diplotext.extract(text, published="2030-06-12", layout="body").quotes)


def pairs(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.speaker) for q in quotes(text)]


@pytest.mark.parametrize(
    ("text", "said", "who"),
    [
        (
            "The levy will hurt growers across the whole valley said Tomas Rein, an economist at a bank.",
            "The levy will hurt growers across the whole valley",
            "Tomas Rein",
        ),
        (
            "Cheaper freight is vital for exporters if they want to keep their buyers says Ilse Marten.",
            "Cheaper freight is vital for exporters if they want to keep their buyers",
            "Ilse Marten",
        ),
        (
            "The port would reopen once the dredging was finished said Kemal Orhanli, the harbour master.",
            "The port would reopen once the dredging was finished",
            "Kemal Orhanli",
        ),
    ],
)
def test_clause_then_cue_then_name_without_comma(text: str, said: str, who: str) -> None:
    assert pairs(text) == [("indirect", said, who)]


def test_subject_before_the_cue_keeps_its_clause() -> None:
    text = (
        "The levy will hurt growers across the whole valley said Tomas Rein, an economist at a bank.\n\n"
        # the name is the subject of the reported clause
        "Officials said Tomas Rein, an economist at a bank, was arrested on Monday.\n\n"
        # a name before the cue is its subject; the name after it the listener
        "Trade between the two states will double by the end of the decade, Minister Ilse Marten "
        "told visiting envoy Kemal Orhanli."
    )
    assert pairs(text) == [
        ("indirect", "The levy will hurt growers across the whole valley", "Tomas Rein"),
        ("indirect", "Tomas Rein, an economist at a bank, was arrested on Monday", "Officials"),
        ("indirect", "Trade between the two states will double by the end of the decade", "Ilse Marten"),
    ]


def partials(text: str) -> list[str]:
    return [q.text for q in quotes(text) if q.kind == "partial"]


@pytest.mark.parametrize(
    "text",
    [
        'Sales of so-called "meat-free" burgers doubled last year, according to the Grocers Union.',
        'The drills, dubbed "Iron Gate," will be held in the north, the army said.',
        'At talks entitled "a fair deal for farmers" in May, the envoy warned that fares would rise.',
        'The friendly match, billed as "Veterans against Rookies", will go ahead, the club said.',
    ],
)
def test_a_term_named_not_used_is_no_partial_quote(text: str) -> None:
    assert partials(text) == []


@pytest.mark.parametrize(
    "text",
    [  # a scare-quoted modifier before the head noun of the writer's noun phrase
        'The capital has adopted a "green lane" scheme to spare investors illegal fees, the mayor '
        "was quoted as saying.",
        'Under the "open skies" accord signed in May, the envoy warned that talks on fares would be hard.',
        # a scare-quoted title before a name
        'Rebel "defence minister" Ivo Marten told a news conference that the truce would hold.',
    ],
)
def test_a_scare_quoted_modifier_outside_any_reported_clause_is_no_partial_quote(text: str) -> None:
    assert partials(text) == []


def test_quoted_words_before_the_cue_stay_a_partial_quote() -> None:
    text = (
        'The capital has adopted a "green lane" scheme to spare investors illegal fees, the mayor '
        "was quoted as saying.\n\n"
        'Last season was a "dismal year" said Pia Lorenz, who manages the club.\n\n'
        'The treaty was "a historic step", the foreign minister said.'
    )
    assert partials(text) == ["dismal year", "a historic step"]


def test_concluded_beside_a_quotation_is_a_cue() -> None:
    text = (
        "Minister Ilse Marten spoke first.\n\n"
        '"We found the files," said Tomas Rein, the auditor. "Then again, we looked hard," he concluded.\n\n'
        "Fees will double within a year, the report concludes.\n\n"
        "The summit, which concluded on Monday with a short statement, left the dispute open."
    )
    assert [(q.kind, q.text, q.speaker, q.cue) for q in quotes(text)] == [
        ("direct", "We found the files,", "Tomas Rein", "said"),
        ("direct", "Then again, we looked hard,", "Tomas Rein", "concluded"),
        ("indirect", "Fees will double within a year", "report", "concludes"),
    ]

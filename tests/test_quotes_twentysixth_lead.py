"""Quote and actor classes found by the lead in the twenty-sixth session.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

import diplotext


def _doc(text: str) -> diplotext.Document:
    return diplotext.extract(text, published="2030-06-12", layout="body")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("On Friday Orbex Motor Company announced that it would close two plants.", "Orbex Motor Company"),
        ("On Tuesday Velta Corporation said its profits fell sharply last year.", "Velta Corporation"),
        ("In March Halden Shipping Company said it would sell four ferries.", "Halden Shipping Company"),
        ("Last Thursday Marta Ilves said the talks would resume in the autumn.", "Marta Ilves"),
    ],
)
def test_a_day_or_month_before_a_name_is_no_part_of_the_speaker(text: str, speaker: str) -> None:
    doc = _doc(text)
    assert [q.speaker for q in doc.quotes if q.kind == "indirect"] == [speaker]
    assert speaker in {a.name for a in doc.actors}


def test_a_month_opening_a_name_stays_when_no_date_word_stands_before_it() -> None:
    doc = _doc("The April Group said its offices would reopen in the autumn after repairs.")
    assert [q.speaker for q in doc.quotes] == ["April Group"]


def test_a_weekday_that_opens_a_newspaper_name_stays_in_it() -> None:
    doc = _doc("The Sunday Ledger reported that the harbour would close for a month of repairs.")
    assert [q.speaker for q in doc.quotes] == ["Sunday Ledger"]


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        ("The mayor said the bridge would reopen in June.", "mayor"),
        ("The health minister said the bridge would reopen in June.", "health minister"),
        ("The spokeswoman said the bridge would reopen in June.", "police spokeswoman"),
    ],
)
def test_a_description_by_another_office_is_not_the_last_unnamed_speaker(second: str, speaker: str) -> None:
    """ "A police spokeswoman said ... The mayor said": the mayor is someone else; "the
    spokeswoman" is the same one."""
    doc = _doc("A police spokeswoman said the road was closed after the flood. " + second)
    assert [q.speaker for q in doc.quotes] == ["police spokeswoman", speaker]

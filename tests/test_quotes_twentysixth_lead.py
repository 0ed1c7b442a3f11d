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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "At the opening of the fair, Wei Lan, the commercial counselor of the Norwegian Embassy in "
            "Accra said the fair was a sign of goodwill.",
            "Wei Lan",
        ),
        ("Lisa Pender, head of policy at the charity Open Hands said the rules were unfair.", "Lisa Pender"),
        ("Tomas Grell, a spokesman for the Harbour Board told reporters the port would open.", "Tomas Grell"),
    ],
)
def test_an_apposition_left_open_before_the_cue_leaves_the_name_the_speaker(text: str, speaker: str) -> None:
    assert [q.speaker for q in _doc(text).quotes] == [speaker]


def test_a_name_that_is_no_subject_is_not_the_speaker_of_a_description_after_it() -> None:
    doc = _doc("After meeting Lisa Pender, the head of the charity said the rules were unfair.")
    assert [q.speaker for q in doc.quotes] == ["head of the charity"]


def test_a_reported_clause_stops_before_its_speakers_name_when_the_apposition_after_it_is_open() -> None:
    doc = _doc("Teams will go from door to door, Ivan Petrenko, the chief inspector told reporters.")
    assert [(q.text, q.speaker) for q in doc.quotes] == [("Teams will go from door to door", "Ivan Petrenko")]


def _indirect(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.cue) for q in _doc(text).quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        (
            "Harbour Minister Ivo Raskin said on Monday the ferry tax would be cut, "
            "the Coastal Ledger reported.",
            ("Harbour Minister Ivo Raskin said on Monday the ferry tax would be cut", "Coastal Ledger"),
            ("the ferry tax would be cut", "Ivo Raskin"),
        ),
        (
            "Officials in the capital said the harvest had failed, a relief worker told reporters.",
            ("Officials in the capital said the harvest had failed", "relief worker"),
            ("the harvest had failed", "Officials in the capital"),
        ),
    ],
)
def test_an_attribution_closing_the_sentence_reports_the_whole_clause_and_the_one_inside_it(
    text: str, outer: tuple[str, str], inner: tuple[str, str]
) -> None:
    got = {(t, s) for t, s, _ in _indirect(text)}
    assert outer in got
    assert inner in got


def test_an_announcement_inside_the_last_speakers_words_leaves_them_whole() -> None:
    got = _indirect("The port authority announced new fees for cruise ships, a harbour pilot said.")
    assert ("The port authority announced new fees for cruise ships", "harbour pilot", "said") in got


def test_a_denial_inside_the_last_speakers_words_is_no_quote_of_its_own() -> None:
    got = _indirect("The port authority denied the charges of fraud, a harbour pilot said.")
    assert got == [("The port authority denied the charges of fraud", "harbour pilot", "said")]


def test_a_cue_with_an_object_after_it_does_not_close_the_sentence() -> None:
    got = _indirect(
        "The council stressed that in towns where floods are frequent, residents often lose homes built "
        "near rivers that planners denied protection."
    )
    assert all(cue != "denied" for _, _, cue in got)


def test_he_closing_a_clause_is_not_the_person_who_speaks_inside_it() -> None:
    """ "The talks ended after Karl Lutz said ..., he said": "he" cannot be Karl Lutz, named in the
    words "he" reports; the last person quoted before goes on."""
    got = _indirect(
        "Ola Berg, the counselor of the embassy, said the fair was a success. The talks ended after "
        "Karl Lutz said the plan had failed, he said."
    )
    assert ("The talks ended after Karl Lutz said the plan had failed", "Ola Berg", "said") in got
    assert ("the plan had failed", "Karl Lutz", "said") in got


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Bank of Norway raised rates on Monday. Shares of Harbor City Bank fell. "
            "The central bank said inflation was too high.",
            "Bank of Norway",
        ),
        (
            "The Central Bank of Kenya raised rates. Shares of Harbor City Bank fell. "
            "The central bank said inflation was too high.",
            "Central Bank of Kenya",
        ),
        ("Harbor City Bank said profits rose. The central bank said inflation was too high.", "central bank"),
    ],
)
def test_the_central_bank_is_a_bank_named_so_or_a_states_own_bank(text: str, speaker: str) -> None:
    assert [q.speaker for q in _doc(text).quotes][-1] == speaker


def test_a_body_named_head_of_a_state_is_one_organisation() -> None:
    doc = _doc("The Supreme Court of Norway ruled on Monday that the ban was lawful.")
    assert ("Supreme Court of Norway", "NOR") in {(a.name, a.country) for a in doc.actors}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Relatives of Ana Ruiz said the girl must stay in the country.", "Relatives of Ana Ruiz"),
        ("Colleagues of Piet Vos said the judge had been threatened for months.", "Colleagues of Piet Vos"),
        ("Piet Vos's associates said the judge had been threatened for months.", "Piet Vos's associates"),
    ],
)
def test_kin_and_circles_of_a_person_are_the_speaker_not_the_person(text: str, speaker: str) -> None:
    assert [q.speaker for q in _doc(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            'Many users were angry. One of them wrote "this is one more reason to host our own code".',
            "this is one more reason to host our own code",
        ),
        (
            'The minister told reporters "We will not pay for this bridge at all."',
            "We will not pay for this bridge at all.",
        ),
    ],
)
def test_a_quotation_right_after_a_cue_to_the_sentences_end_is_direct(text: str, words: str) -> None:
    assert [(q.kind, q.text) for q in _doc(text).quotes] == [("direct", words)]


def test_a_name_in_marks_after_a_naming_verb_stays_no_quote() -> None:
    assert _doc('He has long been dubbed "the iron chancellor of the east".').quotes == ()


def test_a_participle_after_a_quotation_closed_with_a_comma_is_its_own_clause() -> None:
    got = _indirect(
        'The minister said the harbour plan "has brought in over two million dollars this year," '
        "adding that part of the money would go to schools."
    )
    assert ("part of the money would go to schools", "minister", "adding") in got
    assert all("adding" not in t for t, _, cue in got if cue == "said")


def test_a_word_opening_a_sentence_before_a_full_name_written_without_it_is_an_epithet() -> None:
    doc = _doc(
        "Wales captain Matt Hollis was dropped on Monday. Defiant Matt Hollis said he would fight "
        "for his place. Hollis added that the coach had been fair."
    )
    assert [q.speaker for q in doc.quotes] == ["Matt Hollis", "Matt Hollis"]
    assert [a.name for a in doc.actors if a.kind == "person"] == ["Matt Hollis"]

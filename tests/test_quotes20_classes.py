"""Quote classes of issue 10's seventeenth session (branch quotes20), each with sentences written for
these tests (no text of any annotated or corpus article):

- a body named by its field and a state's name ("Forestry Iceland", "Ports Uruguay", "Air Chile")
  is the speaker whole, not the state; "the agency said" or "the department said" after such a body
  opened a sentence or was named stands for it, never for a region ("Inner Mongolia", "Western
  Iceland") or through a possessive ("the city's safety authority");
- a description of a person with nobody quoted yet ("the 42-year-old said", "the father of two said")
  is the person who opened an earlier sentence as its subject, of the description's sex, also when
  that sentence opens the text; not a bare sex or kinship ("the man", "his son": someone new), nor
  the subject of the description's own sentence ("X said the mayor told him");
- a name written after "I'm" ("From the valley station, I'm Zeb Orland") is the name without it, so
  "said Orland" later is "Zeb Orland"; a pronoun speaker no rule resolves who names themselves at
  the start of their words ("'I'm Zeb Orland, and ...,' he said") is that name;
- name particles "arap", "ibn", "bint", "zu", "das", "dei" keep the whole name ("Kiptoo arap Rotich
  ... Rotich said": "Kiptoo arap Rotich");
- a cue read as a passive participle with its agent after it ("the cuts announced Wednesday by the
  Finance Minister", "an evacuation called for by the embassy", "figures reported by the Ledger")
  reports nothing, unless a quotation follows: then the agent said it ("a flood described by Ada
  Stamm as '...'": Ada Stamm), but not "as reported by X — '...'"; "said by noon" still reports;
- "the association/committee/court/tribunal/institute/foundation/... said" is the body of that kind
  the article named before (more body heads in the lexicon);
- a document's issuer keeps a body's lower-case head after its name ("a statement from the Eastvale
  police": "Eastvale police", not "Eastvale").
"""

from __future__ import annotations

import pytest

import diplotext


def speakers(text: str) -> list[tuple[str, str | None]]:
    doc = diplotext.extract(text, published="2030-06-12", layout="body")
    return [(q.kind, q.speaker) for q in doc.quotes]


@pytest.mark.parametrize(
    "text",
    [
        "Forestry Iceland said the northern woods had lost a tenth of their birches.",
        '"The birches will come back within a decade," said Forestry Iceland.',
        "According to Forestry Iceland, the northern woods had lost a tenth of their birches.",
    ],
)
def test_a_field_and_a_state_name_one_body(text: str) -> None:
    assert [s for _, s in speakers(text)] == ["Forestry Iceland"]


def test_a_person_title_before_a_state_name_still_goes() -> None:
    text = "Trade Minister Jordan said the talks on the grain deal would go on next week."
    assert [s for _, s in speakers(text)] == ["Jordan"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ports Uruguay closed two terminals on Friday. The agency said the storm had flooded the docks.",
            "Ports Uruguay",
        ),
        (
            "Forestry Iceland approved the new felling plan last week. "
            "The department said the plan would protect the oldest stands.",
            "Forestry Iceland",
        ),
        (
            "Data from Ports Uruguay show a fall in traffic. The agency said exports fell by four per cent.",
            "Ports Uruguay",
        ),
    ],
)
def test_the_agency_is_the_field_body_named_before(text: str, speaker: str) -> None:
    assert [s for _, s in speakers(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose in Western Iceland last month. The agency said exports fell by four per cent.",
        "A gas leak hit a plant in Inner Mongolia. The agency said the workers had been evacuated.",
    ],
)
def test_a_region_is_no_field_body(text: str) -> None:
    assert [s for _, s in speakers(text)] == ["agency"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Ivo Stamm lost his barn in the flood. "We start again," the 61-year-old said.', "Ivo Stamm"),
        ('Ivo Stamm lost his barn in the flood. "We start again," the father of four said.', "Ivo Stamm"),
        (
            'The river rose at dawn. Ada Stamm lost her barn in the flood. "We start again," the mother '
            "of four said.",
            "Ada Stamm",
        ),
        ('Ada Stamm lost her barn in a flood. "We start again," the father of four said.', "father of four"),
        ('Ivo Stamm was pushed by a stranger. "He shouted at me," the man said.', "man"),
    ],
)
def test_a_described_person_before_anyone_is_quoted(text: str, speaker: str) -> None:
    assert [s for _, s in speakers(text)] == [speaker]


def test_a_name_after_i_am_is_the_name_alone() -> None:
    text = (
        "From the valley station, I'm Zeb Orland.\n\n"
        'The farmers met on Monday. "The harvest is late," said Orland.'
    )
    assert [s for _, s in speakers(text)] == ["Zeb Orland"]


@pytest.mark.parametrize(
    "text",
    [
        '"I\'m Zeb Orland, and I farm the east valley," he said.',
        '"My name is Zeb Orland. I farm the east valley," he said.',
    ],
)
def test_a_speaker_who_gives_his_own_name(text: str) -> None:
    assert [s for _, s in speakers(text)] == ["Zeb Orland"]


def test_a_name_inside_the_words_is_no_speaker_when_the_pronoun_resolves() -> None:
    text = "Tom Vale spoke first. \"I'm Zeb Orland's neighbour,\" he said."
    assert [s for _, s in speakers(text)] == ["Tom Vale"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Ivo Stamm retired from the school in June. "I miss the pupils," the retired teacher said.',
            "Ivo Stamm",
        ),
        ('Ivo Stamm said the headmaster told him: "We will miss you."', "headmaster"),
    ],
)
def test_a_role_at_the_start_of_the_text(text: str, speaker: str) -> None:
    assert speaker in [s for _, s in speakers(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Kiptoo arap Rotich spoke at the rally. "We will not bend," Rotich said.', "Kiptoo arap Rotich"),
        ("Kiptoo arap Rotich spoke at the rally. He said the party would stay united.", "Kiptoo arap Rotich"),
        (
            'Anselm zu Hohenfeld, the economy minister, spoke first. "We will not bend," Hohenfeld said.',
            "Anselm zu Hohenfeld",
        ),
    ],
)
def test_particles_inside_a_name(text: str, speaker: str) -> None:
    assert [s for _, s in speakers(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Farmers attacked the plan. The levies announced Wednesday by the Farm Minister would double.",
        "Forty tourists left the port as part of an evacuation called for by the Norvian embassy.",
        "Ivo Stamm could not have seen the figures reported by The Valley Ledger last week.",
    ],
)
def test_a_passive_participle_reports_nothing(text: str) -> None:
    assert all(not t.startswith("by ") for _, _, t in said_texts(text))
    assert all(s not in ("levies", "evacuation", "figures") for _, s, _ in said_texts(text))


def test_a_passive_cue_with_a_quotation_is_its_agents() -> None:
    text = 'The river rose fast, a flood described by Ada Stamm as "a wall of brown water".'
    assert said_texts(text) == [("partial", "Ada Stamm", "a wall of brown water")]


def test_words_reported_by_an_outlet_stay_the_speakers() -> None:
    text = 'Ivo Berg said on air - as reported by the Valley Ledger - "We will rebuild the mill."'
    assert [s for _, s, _ in said_texts(text)] == ["Ivo Berg"]


def test_said_by_a_time_still_reports() -> None:
    text = "Ivo Stamm said by late afternoon some 800 people had voted."
    assert said_texts(text) == [("indirect", "Ivo Stamm", "by late afternoon some 800 people had voted")]


def said_texts(text: str) -> list[tuple[str, str | None, str]]:
    doc = diplotext.extract(text, published="2030-06-12", layout="body")
    return [(q.kind, q.speaker, q.text) for q in doc.quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Norvian Medical Association released a report on Monday. "
            "The association said doctors were burning out.",
            "Norvian Medical Association",
        ),
        (
            "The Supreme Court of Norvia heard the appeal in March. The court said the law was valid.",
            "Supreme Court of Norvia",
        ),
        (
            "The Eastvale Heritage Foundation bought the mill. The foundation said it would open a museum.",
            "Eastvale Heritage Foundation",
        ),
    ],
)
def test_the_body_of_that_kind_named_before(text: str, speaker: str) -> None:
    assert [s for _, s in speakers(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "According to a statement from the Eastvale police, the driver was arrested at the scene.",
            "Eastvale police",
        ),
        (
            "According to a statement from the Eastvale police on Monday, the driver was arrested.",
            "Eastvale police",
        ),
        ("According to a report by ABC Norvia on Monday, the talks collapsed.", "ABC Norvia"),
    ],
)
def test_an_issuers_head_noun_stays(text: str, speaker: str) -> None:
    assert [s for _, s in speakers(text)] == [speaker]

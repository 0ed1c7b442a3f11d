"""Quote classes of issue 10's twenty-fourth session (helper quotes34), each with sentences written
for these tests (no text of any annotated article):

- a reported clause without "that" after a cue that needs a clause, whose verb is no auxiliary,
  modal or past form: a pronoun with a contracted auxiliary ("suggested she'll step down") or a
  present-tense verb the clause layer reads as the clause's ("stressed the talks remain open");
- a noun-first third-person cue form ("notes", "charges") after a noun that can speak or a name,
  before "that" or a clause ("The harbour board notes that ...", "Mr X notes the levy is ..."); not
  "the meeting notes were lost", "his charges that ...", "states" (mostly a noun: "Baltic states");
- a quotation over several paragraphs whose attribution comes only in the last one ('"A.' /
  '"B," said X.'): every paragraph of it is X's, not the previous speaker's;
- a day's possessive right after the cue opens the clause ("said Monday's vote was rigged"): it is
  no time adjunct to skip, which cut the clause to "'s vote was rigged".
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
    ("text", "said", "cue"),
    [
        (
            "Minister Ines Cordal suggested she'll meet the dock unions before the winter.",
            "she'll meet the dock unions before the winter",
            "suggested",
        ),
        (
            "Senator Paul Ardent acknowledged they're short of grain this winter.",
            "they're short of grain this winter",
            "acknowledged",
        ),
        (
            "Governor Lena Voss admitted it withheld the customs ledgers for a year.",
            "it withheld the customs ledgers for a year",
            "admitted",
        ),
        (
            "Minister Ines Cordal stressed the talks remain open to every coastal state.",
            "the talks remain open to every coastal state",
            "stressed",
        ),
    ],
)
def test_clause_without_that_after_a_clause_cue(text: str, said: str, cue: str) -> None:
    got = quotes(text)
    assert [(q.kind, q.text, q.cue) for q in got] == [("indirect", said, cue)]
    assert got[0].speaker is not None


@pytest.mark.parametrize(
    "text",
    [
        # an object, not a clause
        "Minister Ines Cordal stressed the importance of the harbour talks.",
        # a belief, not speech
        "Senator Paul Ardent hopes they're ready for the vote.",
        # a gerund after a noun is no finite verb
        "Minister Ines Cordal has stressed the value of the port improving its cranes.",
        # a noun compound after a singular subject: no verb without -s ("a quota cut")
        "Minister Ines Cordal confirmed a herring quota cut for the northern fleet.",
        # "confirmed" as an adjective: the sentence's verb comes after a bare noun
        "The two confirmed cases involve a ferry pilot and a dock worker.",
    ],
)
def test_no_clause_without_a_clause_verb(text: str) -> None:
    assert [q for q in quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "said", "who"),
    [
        (
            "The harbour board notes that the dredging fees have doubled since the spring.",
            "the dredging fees have doubled since the spring",
            "harbour board",
        ),
        (
            "Dara Quell, a veteran trade negotiator, notes that the quota was never enforced.",
            "the quota was never enforced",
            "Dara Quell",
        ),
        (
            "Senator Paul Ardent charges that the customs office hid its ledgers.",
            "the customs office hid its ledgers",
            "Paul Ardent",
        ),
        (
            "Senator Paul Ardent notes the tariff is usually paid by the importers.",
            "the tariff is usually paid by the importers",
            "Paul Ardent",
        ),
    ],
)
def test_noun_first_form_after_a_speaker_is_a_cue(text: str, said: str, who: str) -> None:
    got = quotes(text)
    assert [(q.kind, q.text) for q in got] == [("indirect", said)]
    assert who in (got[0].speaker or "")


@pytest.mark.parametrize(
    "text",
    [
        "The meeting notes were lost when the harbour office flooded.",
        "His charges that the customs office hid its ledgers were dismissed by the court.",
        "The Baltic states Estonia and Latvia signed the grain pact on Monday.",
        # a name's adjective after a verb is no subject
        "Minister Ines Cordal renewed Valdorian charges that the port had been sold.",
        "The envoy toured Western states this week that the grain pact would help.",
    ],
)
def test_noun_first_form_stays_a_noun(text: str) -> None:
    assert quotes(text) == []


RUN_ON = (
    "Senator Paul Ardent said the harbour talks had stalled.\n\n"
    '"We have waited three years for a berth of our own. Nobody here should be surprised.\n\n'
    '"The ferry port will reopen in May," said Ines Cordal, the transport minister.'
)


def test_quote_over_paragraphs_takes_the_attribution_that_follows() -> None:
    got = [(q.kind, q.text[:20], q.speaker, q.cue) for q in quotes(RUN_ON)]
    assert got == [
        ("indirect", "the harbour talks ha", "Paul Ardent", "said"),
        ("direct", "We have waited three", "Ines Cordal", "said"),
        ("direct", "The ferry port will ", "Ines Cordal", "said"),
    ]


def test_quote_over_three_paragraphs() -> None:
    text = RUN_ON.replace("a berth of our own. ", 'a berth of our own.\n\n"')
    assert [q.speaker for q in quotes(text)] == ["Paul Ardent", "Ines Cordal", "Ines Cordal", "Ines Cordal"]


@pytest.mark.parametrize(
    "text",
    [
        # the quotation closes in its own paragraph: the previous speaker goes on
        RUN_ON.replace("surprised.\n\n", 'surprised."\n\n'),
        # marks of another kind open another quotation
        RUN_ON.replace('"The ferry port will reopen in May,"', "“The ferry port will reopen in May,”"),
        # the waiting paragraph holds its own attribution inside its open quotation (a mark left out)
        RUN_ON.replace(
            "Nobody here should be surprised.", "Nobody should be surprised, said Dara Quell, a grain trader."
        ),
        # the next paragraph's attribution stands inside its open quotation (a quoted story)
        RUN_ON.replace(
            '"The ferry port will reopen in May," said Ines Cordal, the transport minister.',
            '"Ines Cordal said the ferry port will reopen in May.',
        ),
    ],
)
def test_no_later_attribution_keeps_the_previous_speaker(text: str) -> None:
    got = quotes(text)
    assert got[1].kind == "direct"
    assert got[1].text.startswith("We have waited")
    assert got[1].speaker == "Paul Ardent"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Senator Paul Ardent said Monday's harbour vote was rigged.", "Monday's harbour vote was rigged"),
        (
            "Minister Ines Cordal told reporters Friday’s ferry talks had failed.",
            "Friday’s ferry talks had failed",
        ),
        (
            "Senator Paul Ardent said yesterday's ruling would ruin the dock workers.",
            "yesterday's ruling would ruin the dock workers",
        ),
        # a day that is an adjunct is still skipped
        ("Senator Paul Ardent said Monday the harbour vote was rigged.", "the harbour vote was rigged"),
    ],
)
def test_possessive_day_opens_the_clause(text: str, said: str) -> None:
    assert [(q.kind, q.text) for q in quotes(text)] == [("indirect", said)]

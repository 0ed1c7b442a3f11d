"""Quote and speaker classes of issue 10's twelfth session (branch quotes13), each with sentences
written for these tests (no text of any annotated or corpus article). Each test names its class:

- a body's name after "the" whose first words only look like a title ("the Federal Archive", "the
  National Guard") is the whole name, not its last word;
- attributions resolve in text order: a quotation a later attribution of the same sentence takes
  ("X said ... but he told Y: '...'") goes to X, not to whoever spoke before the sentence;
- a reported clause ends before "but"/"and" joining the next attribution ("... a good step but he
  told ...");
- given names that are also English words or short forms ("Dale", "Heather", "Mike") are given
  names: the role before them is cut ("Sheriff Dale X" -> "Dale X");
- a long first line whose period sits inside a closing quotation mark is body text, not a headline;
- a fronted phrase written without a comma ("For its part", "This week", "on state radio") is no
  part of the speaker after it, before "a"/"an" as before "the";
- a bracket (party tag, acronym) followed by an adverb or a time phrase before the cue ("Sen. X
  (D-Ore.) last week said") still names X;
- a body named before its acronym is the whole name, links and all ("the Bank for X and Y (BXY)");
- an auxiliary opening a question ("Does X want ...") is no part of a name;
- a "which" clause set off by commas after the noun phrase opening the sentence ("The watchdog,
  which ..., said") leaves that noun phrase the speaker;
- a quotation opened by two apostrophes or backquotes after a period starts a sentence;
- a name mention that writes more of the name than the actor the actors plugin kept
  ("Sheikh Hamid Sheikh Omar" for "Omar") is the speaker's name;
- a surname that is also a place ("Washington said") is the person the article named with it
  ("Elton Washington"), when it did;
- a source after "according to" keeps its dotted initials ("according to F.D.A. filings");
- a speaker phrase opening with a verb before its object ("gave the county") is no speaker, and one
  cut short after a preposition or determiner loses it ("... Research at").
"""

from __future__ import annotations

import pytest

import diplotext
from diplotext.extractors.quotes import fragments
from quote_helpers import quotes, speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Borrowing costs will climb next spring, according to the Federal Archive.", "Federal Archive"),
        ("Borrowing costs will climb next spring, said the Federal Archive.", "Federal Archive"),
        ("The tour of the valley is off, the National Orchestra said on Sunday.", "National Orchestra"),
        ("The palace gates were shut at dawn, the Presidential Guard said.", "Presidential Guard"),
    ],
)
def test_a_body_after_the_keeps_its_title_like_words(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_title_before_a_person_after_the_is_still_cut() -> None:
    # the title before a given name is no body's name
    said = speakers("The ferry was late, said the Senator Ilse Brandvold.")
    assert said == ["Ilse Brandvold"]


def test_attributions_resolve_in_text_order() -> None:
    text = (
        "The Greens say the sums do not add up. Tory backbencher Ed Vane said the "
        'plan was a sound first step but he told the Harbour Post: "I would cut the levy sooner."'
    )
    got = [(q.kind, q.speaker) for q in quotes(text)]
    assert ("direct", "Ed Vane") in got
    assert all(s != "Greens" for k, s in got if k == "direct")


@pytest.mark.parametrize("join", ["but", "and"])
def test_a_reported_clause_ends_before_the_joining_word(join: str) -> None:
    text = f"Ed Vane said the plan was a sound first step {join} he told the Harbour Post he would go on."
    got = [(q.kind, q.text) for q in quotes(text)]
    assert ("indirect", "the plan was a sound first step") in got
    assert ("indirect", "he would go on") in got


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The road stays shut, said Sheriff Dale Okonkwo.", "Dale Okonkwo"),
        ("The road stays shut, said Sheriff Heather Vasko.", "Heather Vasko"),
        ("The road stays shut, said RCMP Cpl. Wade Tillotson.", "Wade Tillotson"),
        ("The road stays shut, said Coach Mike Arbuthnot.", "Mike Arbuthnot"),
    ],
)
def test_given_names_that_are_words_or_short_forms_end_the_role(text: str, speaker: str) -> None:
    # given names the generated list leaves out (English words, short forms) as the hand list's
    assert speakers(text) == [speaker]


def test_a_long_first_line_ending_in_a_quoted_period_is_body_text() -> None:
    # a lead sentence whose period sits inside the closing quotation mark is no headline: its
    # attribution is read, and the name it gives is the full name of later mentions
    text = (
        "Harbour Holdings PLC said Tobias Renfrew resigned as manager to pursue other interests, a step "
        'the firm called an "amicable parting."\n\n'
        "Mr. Renfrew, 52 years old, had run the unit for six months.\n\n"
        "In an interview, Mr. Renfrew said his departure was for personal reasons."
    )
    got = [(q.kind, q.speaker) for q in diplotext.extract(text, published="2030-06-12").quotes]
    assert ("indirect", "Harbour Holdings PLC") in got
    assert ("indirect", "Tobias Renfrew") in got


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("For its part the council says the bridge will reopen in May.", "council"),
        ("This week a judge claimed the files were lost.", "judge"),
        ("In a message read on state radio the presidency said the border stays open.", "presidency"),
        ("For the first time in years an envoy asked for direct talks.", "envoy"),
    ],
)
def test_a_fronted_phrase_without_a_comma_is_no_part_of_the_speaker(text: str, speaker: str) -> None:
    assert speakers(text)[0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Senator Dana Pilt (D-Ore.) last week said the memo was forged.",
        "Senator Dana Pilt (D-Ore.) has said the memo was forged.",
        "Senator Dana Pilt (D-Ore.) on Monday said the memo was forged.",
        "Senator Dana Pilt (D-Ore.) also said the memo was forged.",
    ],
)
def test_a_bracket_then_an_adverb_before_the_cue(text: str) -> None:
    assert [(q.speaker, q.text) for q in quotes(text)] == [("Dana Pilt", "the memo was forged")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Northern Bank for Reconstruction and Development (NBRD) has urged the chief to stay.",
            "Northern Bank for Reconstruction and Development",
        ),
        (
            "This Thursday the Commission on Maritime Freedom (CMF) also criticized the move.",
            "Commission on Maritime Freedom",
        ),
        ("Growth will slow, the Harbour Monetary Fund (HMF) said.", "Harbour Monetary Fund"),
    ],
)
def test_a_body_named_before_its_acronym_is_the_whole_name(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_an_auxiliary_opening_a_question_is_no_part_of_a_name() -> None:
    assert speakers("Okafor said she wants a convention. Does Okafor want a vote?") == ["Okafor"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The watchdog, which advises rich nations, said the revision was due to demand.", "watchdog"),
        ("Growth was fast, which has led to new wealth, says the Daily Post's Ann Lee in Lagos.", "Ann Lee"),
    ],
)
def test_a_which_clause_after_the_opening_noun_phrase(text: str, speaker: str) -> None:
    # "The watchdog, which ..., said": the noun phrase opening the sentence; a clause before
    # "which" is no speaker
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("opening", ["''", "``"])
def test_a_typewriter_quotation_opens_a_sentence(opening: str) -> None:
    # "said. ''So ...''" and "said. ``So ...''": the quotation is a sentence of its own, a direct
    # quote, not the tail of the reported clause before it
    text = (
        f"The rules cannot work the way they once did, Mr. Kao said. {opening}So it is very hard to tell.''"
    )
    got = [(q.kind, q.speaker, q.text) for q in quotes(text)]
    assert ("indirect", "Kao", "The rules cannot work the way they once did") in got
    assert ("direct", "Kao", "So it is very hard to tell.") in got


def test_a_name_the_actors_plugin_split_keeps_its_given_name() -> None:
    # the mention writes more of the name than the one word the actors plugin kept
    text = "Sheikh Hamid Sheikh Omar, head of the council, told reporters that the forces had withdrawn."
    assert speakers(text) == ["Hamid Sheikh Omar"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The firm's lawyer, Elton Washington, said he was disappointed. Washington said he will appeal.",
            "Elton Washington",
        ),
        ("Officials in Washington met the envoy. Washington said the talks were useful.", "Washington"),
    ],
)
def test_a_surname_that_names_a_place_is_the_person_the_article_named(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("According to F.D.A. filings, the jet has flown about 333 hours since June.", "F.D.A. filings"),
        ("According to the U.S. embassy in Lagos, the talks went well.", "U.S. embassy in Lagos"),
        ("The talks went well, according to Harbour.com.au on Monday.", "Harbour.com.au"),
    ],
)
def test_according_to_a_source_with_dotted_initials(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("words", "fragment"),
    [
        ("gave the county", True),
        ("used for longer", True),
        ("been faced with a growing movement", True),
        ("accepted many experts", True),
        ("retired general", False),
        ("elected officials", False),
        ("spokesman for the ministry", False),
    ],
)
def test_a_phrase_opening_with_a_verb_before_its_object_is_no_speaker(words: str, fragment: bool) -> None:
    assert fragments.is_fragment(words.split()) is fragment


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("Tamsk Centre for Survey Research at", "Tamsk Centre for Survey Research"),
        ("aftershocks of a strong quake with", "aftershocks of a strong quake"),
        ("scoffed at", None),
        ("played down", None),
        ("Ann Lee", "Ann Lee"),
    ],
)
def test_a_speaker_cut_short_after_a_preposition_loses_it(name: str, kept: str | None) -> None:
    # a phrase cut short keeps its head; one lower-case word left is a verb and no speaker
    assert fragments.without_dangling_tail(name) == kept

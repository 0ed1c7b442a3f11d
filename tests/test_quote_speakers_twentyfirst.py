"""Speaker classes of issue 10's twenty-first session (helper quotes29), each with sentences written
for these tests (no text of any annotated article):

- a speaker phrase that ends in a home or a party tag before its cue ("X of Brackley, Ont., said",
  "X, a nurse in Elmvale, Del., who ..., said", "Sen. X, R-Kan., a candidate, said", "X, speaking in
  Brindle, Okla., warned") is the name opening the appositions, never the state, and a later "she"
  or "he" is that person;
- an inverted speaker that opens with a possessive ('"...," said his father, Omar X.', 'said her
  longtime lawyer', 'said their coach') is a speaker: the quotation is reported (it was dropped),
  the name in the apposition speaks, else the phrase as written;
- "according to the P.Q. Coroners Office", "according to U.S. Attorney X": the source reads past
  the dotted abbreviation (it was "B.C", "U.S"), not past a sentence that opens after it;
- a title with its portfolio or place before a name after the cue ('"...," said Minister of Finance
  Bill X', 'tweeted Mayor of Dunmore Sam X') is the name, not "Minister"; "Safety" and "Change"
  are no words of a name ("Minister of Public Safety Ralph X said");
- a person before a body whose name holds "of" ("Chief Perry X of the Council of Northern Bands
  said", "Lou X of the Bank of Dunmore said") is the person, not the whole phrase;
- a job ending in -ist, -ician, -arian, -medic opening a name before a given name ("Ecologist Ryan
  X said", "Paramedic Ana Y said") is no part of the name (not "Julian Ryan X");
- of two people sharing a family name, one introduced as the other's relative with the kin noun
  before the name ("Hale's husband, Tom Hale,", "his wife, Ann Hale,") is not the one a lone "Hale"
  later stands for, even when the relative holds an office;
- a speaker inside the clause another cue reports ("X told the court that Y had claimed ...", "X
  said he had visited Y, who had told him that ...") is not the one a later "he" continues;
- "In a statement [Monday], X said:" ending a paragraph introduces the quotation after it: the
  fronted phrase is no reported clause (a clause with a verb before "according to X:" still is);
- "says the mother of three" with nobody quoted yet is the person of that sex who opened a sentence
  before (the mention is the head alone, "of three" counts as saying more than a kinship);
- the listener after "told" is no part of the reported clause when it is a council, committee,
  court, jury, board or hearing, a named body and its noun ("the Senate committee") or an outlet
  whose name holds "and" or a hyphen ("The Harbour and Main", "Radio-Dunmore");
- a quotation with no cue after a colon, in a paragraph whose sentence another person opens ("Ann X
  was blunt: '...'", "Ann X had a simple message for drivers: '...'"), is that person's, also when
  the last speaker spoke in the paragraph before and when no one has spoken yet;
- "An aide to Senator X said", "according to an aide to Senator X": the aide (someone who works for
  a person is not that person), also when the person's name has a title of its own.
"""

from __future__ import annotations

import pytest

from quote_helpers import quotes, speakers


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Maria Okafor of Brackley, Ont., said the plan was unfair.", "Maria Okafor"),
        ("Maria Okafor, a nurse in Brackley, Ont., said the plan was unfair.", "Maria Okafor"),
        (
            "Maria Okafor, a nurse from Elmvale, Del., who has worked nights for years, said the plan "
            "was unfair.",
            "Maria Okafor",
        ),
        ("Tom Becker, now 70 and living in Carrow, Ore., said the rules were fine.", "Tom Becker"),
        ("Senator Jill Harmon, R-Kan., a long-shot candidate, said the plan was weak.", "Jill Harmon"),
        ("Jill Harmon, speaking at a rally in Brindle, Okla., warned that taxes would rise.", "Jill Harmon"),
        (
            "Ruth Kaplan, a Ostend, Ariz., teacher helping to run the drive, said she was alarmed.",
            "Ruth Kaplan",
        ),
        (
            "Dana Price, who lost her son in a crash in Lakeby, Utah, in May 2012, said the city had "
            "ignored the family.",
            "Dana Price",
        ),
        ('"It is unfair," Maria Okafor, 52, a nurse in Brackley, Ont., said.', "Maria Okafor"),
        # a state after a fronted phrase, a town that is no home, an acronym: nothing changes
        ("Soon after the storm in Halifax, Tom Becker said the roads were closed.", "Tom Becker"),
        ("In Dayton, Ohio, officials said the roads were closed.", "officials"),
        ("The board meets before the annual meeting in April, FT said.", "FT"),
    ],
)
def test_home_tail_is_no_speaker(text: str, who: str) -> None:
    assert speakers(text) == [who]


def test_home_tail_after_the_clause_keeps_the_clause() -> None:
    (q,) = quotes("The plan is unfair, Maria Okafor of Brackley, Ont., said.")
    assert (q.speaker, q.text) == ("Maria Okafor", "The plan is unfair")


def test_pronoun_after_a_home_tail_is_the_person() -> None:
    text = (
        'Tom Becker, a farmer from Carrow, Ore., said the rules were fine. "We can live with them," he added.'
    )
    assert speakers(text) == ["Tom Becker", "Tom Becker"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('The boy was buried on Monday.\n\n"It was a hard day," said his father, Omar Kadi.', "Omar Kadi"),
        (
            'The boy was buried on Monday.\n\n"It was a hard day," said his father, Omar Kadi, after the '
            "service.",
            "Omar Kadi",
        ),
        ('Lise Roy was freed.\n\n"She is innocent," said her longtime lawyer, Omar Kadi.', "Omar Kadi"),
        ("Lise Roy was freed.\n\nShe is innocent, said her lawyer, Omar Kadi.", "Omar Kadi"),
        ('The team lost again.\n\n"We were not ready," said their coach.', "their coach"),
        # no speaker after the possessive: a document, or a phrase after the speaker's own cue
        ('Lise Roy was freed.\n\n"I am so happy," she said, her voice breaking.', "Lise Roy"),
    ],
)
def test_owned_speaker_after_the_cue(text: str, who: str) -> None:
    assert speakers(text) == [who]
    assert speakers('Ray Moss called the plan "terrible," denounced her record as mayor and left.') == [
        "Ray Moss",
        "Ray Moss",
    ]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("According to the P.Q. Coroners Office, 40 people died in June.", "P.Q. Coroners Office"),
        ("According to U.S. Attorney Ana Bash, the letter was real.", "Ana Bash"),
        ("The letter was real, according to the N.Y. Port Authority.", "N.Y. Port Authority"),
        ("The plan failed, according to the U.S. The talks are off.", "U.S"),
    ],
)
def test_according_to_past_dotted_initials(text: str, who: str) -> None:
    assert speakers(text)[0] == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('"We will act," said Minister of Finance Bill Morrow.', "Bill Morrow"),
        ('"I am proud," tweeted Mayor of Dunmore Sam Kahn.', "Sam Kahn"),
        ('"The vote is on," said Speaker of the House Nan Pell on Monday.', "Nan Pell"),
        ('"It works," said Minister of Environment and Climate Change Ralph Gale.', "Ralph Gale"),
        ("Minister of Public Safety Ralph Gale said the border was secure.", "Ralph Gale"),
        ('"We will act," said Chief of Police.', "Chief"),
    ],
)
def test_title_of_portfolio_after_the_cue(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Chief Perry Bellamy of the Council of Northern Bands welcomed the move but said more talks "
            "were needed.",
            "Perry Bellamy",
        ),
        ("Lou Ricci of the Bank of Dunmore said rates would stay.", "Lou Ricci"),
        ("Ann Hale of the University of Dunmore in Ontario said the count was up.", "Ann Hale"),
        ('"It is rising," said Lou Ricci of the Union of Harbour Workers.', "Lou Ricci"),
        ("The Bank of Dunmore said rates would stay.", "Bank of Dunmore"),
    ],
)
def test_person_before_a_body_named_with_of(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Ecologist Ryan Norrey said the count was up.", "Ryan Norrey"),
        ("Epidemiologist Ana Pruitt said the count was up.", "Ana Pruitt"),
        ("Paramedic Tom Lasky said the road was icy.", "Tom Lasky"),
        ("Veterinarian Laura Moss said the dog was fine.", "Laura Moss"),
        ("Julian Ryan Norrey said the count was up.", "Julian Ryan Norrey"),
    ],
)
def test_occupation_opening_a_name(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Senate candidate Ann Hale won the primary on Tuesday. Hale's husband, former governor Tom "
            "Hale, campaigned for her in the north. Hale said the result was clear.",
            "Ann Hale",
        ),
        (
            "Oleg Marek, 44, was sentenced on Friday. His wife, Irena Marek, wrote to the court. Marek "
            "told the judge that he regretted nothing.",
            "Oleg Marek",
        ),
    ],
)
def test_a_relative_named_with_a_kin_noun_is_not_the_lone_surname(text: str, who: str) -> None:
    assert [q.speaker for q in quotes(text) if q.cue in ("said", "told")][-1] == who


@pytest.mark.parametrize(
    "text",
    [
        "Dario Voss said he had visited Carl Mendel, who had told him that the film could change. "
        'He added: "I have no wish to change the story."',
        "The bank sued Orvane Group. Its lawyer, Dario Voss, told the court that Carl Mendel had "
        "claimed the money was moved. By doing so, he said, the firm hoped to win.",
    ],
)
def test_a_speaker_nested_in_a_reported_clause_is_not_continued(text: str) -> None:
    assert quotes(text)[-1].speaker == "Dario Voss"


@pytest.mark.parametrize(
    "text",
    [
        'Nurses are tired.\n\nIn a statement, the hospital said:\n\n"We are hiring more staff."',
        'Nurses are tired.\n\nIn a statement Monday, Ann Voss said:\n\n"We are hiring more staff."',
    ],
)
def test_fronted_phrase_before_a_colon_cue_is_no_quote(text: str) -> None:
    assert [q.kind for q in quotes(text)] == ["direct"]
    # a clause with a verb before "according to X:" is still reported
    kept = "There are four systems that track the files, according to the agency:\n\nThe first is old."
    assert [q.text for q in quotes(kept)] == ["There are four systems that track the files"]


def test_mother_of_three_with_nobody_quoted_yet() -> None:
    text = (
        "Nurses are tired.\n\nJane Dorr has worked nights for 20 years. "
        '"The system is broken," says the mother of three.'
    )
    assert speakers(text) == ["Jane Dorr"]


@pytest.mark.parametrize(
    "listener",
    [
        "council",
        "city council",
        "the committee",
        "the court",
        "the jury",
        "the Senate committee",
        "a Commons committee",
        "The Harbour and Main",
        "Radio-Dunmore",
        "a town hall",
    ],
)
def test_listener_after_told_is_skipped(listener: str) -> None:
    (q,) = quotes(f"Ann Voss told {listener} the roads were icy.")
    assert q.text == "the roads were icy"


@pytest.mark.parametrize(
    "text",
    [
        'Tom Reyes said the roads were bad.\n\nAnn Voss was blunt: "Stay home."',
        'Tom Reyes said the roads were bad.\n\nAnn Voss had a simple message for drivers: "Stay home."',
        'Nurses are tired.\n\nAnn Voss was blunt: "Stay home."',
    ],
)
def test_colon_quotation_after_a_person_opening_the_paragraph(text: str) -> None:
    assert [(q.text, q.speaker) for q in quotes(text) if q.kind == "direct"] == [("Stay home.", "Ann Voss")]
    # a quotation paragraph with no opener still continues the last speaker; a possessive opens nothing
    assert speakers('Tom Reyes said the roads were bad.\n\n"Stay home."') == ["Tom Reyes", "Tom Reyes"]
    owned = 'Tom Reyes said the roads were bad.\n\nAnn Voss\'s crew worked on, and the question was: "Why?"'
    assert speakers(owned)[-1] != "Ann Voss"


@pytest.mark.parametrize(
    "text",
    [
        "An aide to Senator Dana Whitfield said the talks failed.",
        "The talks failed, according to an aide to Senator Dana Whitfield.",
    ],
)
def test_aide_to_a_titled_person_is_the_aide(text: str) -> None:
    (who,) = speakers(text)
    assert who is not None and who.startswith("aide")

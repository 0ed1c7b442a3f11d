"""Quote shapes found on news no rule was written against: subjects read off the clause layer,
cue verbs, attributions inside a clause, and quotes over several paragraphs run into one line.

Every sentence here is written for these tests. Each runs the whole pipeline (the clause layer
needs actors and dates), and checks the reported clause and its speaker.
"""

from __future__ import annotations

import pytest

import diplotext
from diplotext.model import Quote


def quotes(text: str) -> list[Quote]:
    return list(diplotext.extract(text, published="2030-06-12", layout="body").quotes)


def said(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes(text) if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        # a coordinated verb phrase shares the subject of the first verb
        (
            "The governor met protesters and said a curfew would continue through the weekend.",
            "a curfew would continue through the weekend",
            "governor",
        ),
        (
            "The senator backs more spending but has said she will hold firm to the treaty.",
            "she will hold firm to the treaty",
            "senator",
        ),
        # a subject with an apposition between it and the cue
        (
            "The chairman of the group, a former senator, said members will help him raise cash.",
            "members will help him raise cash",
            "chairman of the group",
        ),
        (
            "Kall -- co-editor of a book on the debates -- said the candidate tended to make announcements.",
            "the candidate tended to make announcements",
            "Kall",
        ),
        (
            "Rep. John Doe (D-N.Y.), chair of the budget panel, said donors will send checks to the party.",
            "donors will send checks to the party",
            "John Doe",
        ),
        # a participle after a comma: the subject of the clause it hangs on
        ("The envoy spoke about the talks, saying they went well.", "they went well", "envoy"),
    ],
)
def test_subject_of_the_cue_from_the_clause_layer(text: str, clause: str, speaker: str) -> None:
    assert (clause, speaker) in said(text)


def test_a_name_with_its_job_after_a_comma_is_the_name() -> None:
    text = (
        '"Fuel efficiency catches the eye of every buyer," Ana Berg, vice president and chief '
        "operating officer of the sales arm, said in a statement."
    )
    assert [q.speaker for q in quotes(text)] == ["Ana Berg"]


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        (
            "A daily paper quoted the director as saying the talks had stalled.",
            "the talks had stalled",
            "director",
        ),
        (
            "Maria Lopez spoke on Monday. The report quoted her as saying that the plan had failed.",
            "the plan had failed",
            "Maria Lopez",
        ),
    ],
)
def test_quoted_as_saying_is_the_one_quoted(text: str, clause: str, speaker: str) -> None:
    assert said(text) == [(clause, speaker)]


def test_citing_someone_as_saying_is_not_the_citer_s_claim() -> None:
    text = (
        "Officials said prices rose sharply last month, citing a senior minister as saying cuts would stay."
    )
    assert said(text) == [
        ("prices rose sharply last month", "Officials"),
        ("cuts would stay", "senior minister"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The money will be used for the project and will add new elements to the software.",
        "Anyone wanting to spoil the mood could point out that the fisheries have been hit hard.",
        "It will be too long to describe what has to be done on the new planets.",
        "The curfew will continue through the weekend and into next month.",
    ],
)
def test_no_speaker_no_quote(text: str) -> None:
    assert quotes(text) == []


def test_continue_is_a_cue_only_where_speech_goes_on() -> None:
    found = quotes('"We will not stop," the minister continued. "The work goes on."')
    assert [(q.kind, q.speaker, q.cue) for q in found] == [
        ("direct", "minister", "continued"),
        ("direct", "minister", "continued"),
    ]
    assert said("The curfew would continue through the weekend, officials said.") == [
        ("The curfew would continue through the weekend", "officials")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The minister declined to say whether the talks would resume next week.",
        "The minister did not say when the talks would resume next week.",
        "He has set aside funds for tax cuts, although he still will not say which or how.",
    ],
)
def test_what_someone_would_not_say_is_no_quote(text: str) -> None:
    assert said(text) == []


def test_a_clause_opening_with_when_is_still_said() -> None:
    text = "The minister said when the talks resume, the ceasefire will hold."
    assert said(text) == [("when the talks resume, the ceasefire will hold", "minister")]


def test_an_amount_after_said_about_is_the_clause_not_a_topic() -> None:
    text = "The mayor has said about 20 people have applied for a seat on the new council."
    assert said(text) == [("about 20 people have applied for a seat on the new council", "mayor")]


@pytest.mark.parametrize(
    "text",
    [
        "Yes, definitely.  We already asked for more telescope time to look at the star again.",
        "Modding is popular.  I'd say the mobile versions use the same protocol as the desktop.",
    ],
)
def test_a_pronoun_subject_is_the_pronoun_alone(text: str) -> None:
    found = quotes(text)
    assert found and all(q.speaker_start is not None for q in found)
    for q in found:
        assert q.speaker_start is not None and q.speaker_end is not None
        assert text[q.speaker_start : q.speaker_end] in {"We", "I"}


# --------------------------------------------------------------------------- "he said" after another person


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes(text)]


def test_he_said_after_a_new_subject_is_the_new_subject() -> None:
    text = (
        '"We need more time," said Mark Berg, the chief negotiator.\n\n'
        "Peter Novak, the foreign minister, warned of long delays in the process.\n\n"
        '"The process is stalled," he said.'
    )
    assert speakers(text) == ["Mark Berg", "Peter Novak"]


def test_a_name_inside_the_last_speaker_s_words_does_not_take_over() -> None:
    text = (
        '"We need more time," said Mark Berg, the chief negotiator. '
        '"Peter Novak will come next week," he said. Peter Novak will see the prime minister, he added.'
    )
    assert set(speakers(text)) == {"Mark Berg"}


def test_the_last_speaker_named_again_keeps_the_pronoun() -> None:
    text = (
        '"We need more time," said Mark Berg, the chief negotiator.\n\n'
        "Peter Novak spoke first, and then Berg set out the plan.\n\n"
        '"The process is stalled," he said.'
    )
    assert speakers(text) == ["Mark Berg", "Mark Berg"]


def test_a_pronoun_after_a_name_tells_its_gender() -> None:
    text = (
        '"We need more time," said Mark Berg, the chief negotiator.\n\n'
        "Sam Lee won the last seat, her first since 2020.\n\n"
        '"The process is stalled," he said.'
    )
    assert speakers(text) == ["Mark Berg", "Mark Berg"]


# --------------------------------------------------------------------------- cue verbs and shapes


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('"The delay is unacceptable," the deputy scolded the minister on Tuesday.', "scolded"),
        ('"This is a disgrace," the senator charged.', "charged"),
        ('"Nobody listens to us," the farmer shouted from the crowd.', "shouted"),
        ('"We did it," she exclaimed.', "exclaimed"),
    ],
)
def test_less_common_cue_verbs_attribute_a_quote(text: str, cue: str) -> None:
    assert [q.cue for q in quotes(text)] == [cue]


def test_charge_reports_speech_only_with_a_clause() -> None:
    assert said("The mayor charged that the budget had been cut in secret.") == [
        ("the budget had been cut in secret", "mayor")
    ]
    assert quotes("He was charged with fraud in May and held without charge for a week.") == []


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "What the inspector discovered, she says, is that the records had been destroyed.",
            "What the inspector discovered, she says, is that the records had been destroyed",
        ),
        (
            "It is common, he explains, for officials to delay such reports.",
            "It is common, he explains, for officials to delay such reports",
        ),
        ("The talks failed, he said, and the delegates went home.", "The talks failed"),
    ],
)
def test_an_attribution_inside_a_clause_reports_the_whole_clause(text: str, clause: str) -> None:
    assert [q for q, _ in said(text)] == [clause]


def test_a_participle_between_subject_and_verb_is_no_attribution() -> None:
    text = "The agency, citing two officials, reported both production and exports had been disrupted."
    assert said(text) == [("both production and exports had been disrupted", "agency")]


# --------------------------------------------------------------------------- quotes run into one line


def test_paragraphs_of_one_quote_run_into_one_line_are_each_a_quote() -> None:
    text = (
        'The coach said: "We will win the match. "The team is ready and the fans are behind us."\n\n'
        '"We trained hard all week. "Nobody doubts us," said the captain.'
    )
    assert [(q.kind, q.text, q.speaker) for q in quotes(text)] == [
        ("direct", "We will win the match.", "coach"),
        ("direct", "The team is ready and the fans are behind us.", "coach"),
        ("direct", "We trained hard all week.", "captain"),
        ("direct", "Nobody doubts us,", "captain"),
    ]


def test_a_mark_inside_a_sentence_is_no_sentence_end() -> None:
    from diplotext.extractors.quotes.marks import paragraph_quotes

    text = 'It was a "great day and then "It was fine," said the coach.'
    spans = paragraph_quotes(text, 0, len(text), 0, False)
    assert [text[q.start : q.end] for q in spans] == ["It was fine,"]


# --------------------------------------------------------------------------- "X's Y said"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The world's richest countries have said they will cut the debt of poor states.",
            "world's richest countries",
        ),
        ("The ministry's statement said the talks with the rebels went well.", "ministry"),
        ("Mr Reed's aides said he was ill and would stay at home.", "Mr Reed's aides"),
    ],
)
def test_a_possessive_speaker_is_the_one_that_can_speak(text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes(text)] == [speaker]


def test_a_possessive_title_is_the_person_introduced_with_it() -> None:
    text = (
        "Justice Minister Ana Ruiz met the families on Monday.\n\n"
        "The country's justice minister said the new law would protect the victims of crime."
    )
    assert [q.speaker for q in quotes(text)] == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "The minister insists he will not promise any new money to the regions this year.",
            "he will not promise any new money to the regions this year",
        ),
        (
            "Officials said the envoy would announce the new plan at a press conference on Friday.",
            "the envoy would announce the new plan at a press conference on Friday",
        ),
        (
            "The president said he wanted to discuss trade with the visiting delegation next week.",
            "he wanted to discuss trade with the visiting delegation next week",
        ),
    ],
)
def test_a_cue_verb_inside_a_reported_clause_is_part_of_it(text: str, clause: str) -> None:
    assert [q for q, _ in said(text)] == [clause]


@pytest.mark.parametrize(
    "text",
    [
        'A storm the forecasters named "Queenie" hit the coast on Monday, officials said.',
        'He dismissed terms like "digital" as empty words, the report said.',
        'The yacht "Sea Star" was seized in the harbour, the police said.',
    ],
)
def test_a_quoted_name_or_term_is_no_partial_quote(text: str) -> None:
    assert [q for q in quotes(text) if q.kind == "partial"] == []


def test_a_quoted_phrase_called_by_a_speaker_is_a_partial_quote() -> None:
    found = quotes('The minister called the plan "a disgrace" and said it would fail the workers.')
    assert ("partial", "a disgrace", "minister") in [(q.kind, q.text, q.speaker) for q in found]


def test_a_blast_is_no_cue() -> None:
    assert said("A coal mine blast killed ten workers on Sunday, state media said.") == [
        ("A coal mine blast killed ten workers on Sunday", "state media")
    ]


# ------------------------------------------------------------------ speakers named by role or nationality


def test_a_title_then_a_comma_then_the_name_is_the_name() -> None:
    assert speakers('"The bank is strong," said Nordbank CEO, Ola Grimstad.') == ["Ola Grimstad"]


def test_quoted_by_someone_as_saying_is_the_subject_s_words() -> None:
    text = "The minister was quoted by a local daily as saying the talks had stalled."
    assert said(text) == [("the talks had stalled", "minister")]


def test_a_line_up_of_names_is_no_turn_of_speech() -> None:
    assert quotes("Subs Not Used: Smith, Jones, Brown, Green.") == []


def test_the_demonym_is_the_person_of_that_country_named_last() -> None:
    text = 'Peter Novak, an American diplomat, arrived on Monday. "The talks are hard," the American said.'
    assert speakers(text) == ["Peter Novak"]
    text = 'Ivan Petrov, a Russian diplomat, came too. "We will not accept this," a Russian said.'
    assert speakers(text) != ["Ivan Petrov"]


@pytest.mark.parametrize(
    "text",
    [
        "They formed a joint venture called Orion 1980 to build the plant.",
        'The mayor introduced an economic plan called "Build It Better" on Monday.',
    ],
)
def test_a_thing_called_a_name_is_naming_not_speech(text: str) -> None:
    assert quotes(text) == []


def test_someone_calling_something_a_name_is_still_a_speech_act() -> None:
    assert [q.cue for q in quotes("A spokesman called the decision a disgrace for the whole region.")] == [
        "called"
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The foreign ministry issued a statement on Monday. The statement said talks would resume soon.",
            "foreign ministry",
        ),
        ("Mark Berg sent a letter to the council. The letter said the plan was illegal.", "Mark Berg"),
        ("The statement said the talks would resume in May after the holiday.", "statement"),
    ],
)
def test_the_statement_said_is_who_issued_it(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The senator has long said the tax code is unfair to small firms.", "senator"),
        ("The minister has traditionally argued that taxes must fall.", "minister"),
        ("The company last month said its profits would fall sharply.", "company"),
        ("Overall, the fund predicted that growth would slow next year.", "fund"),
        ("Still, the newspaper reported that the talks had failed.", "newspaper"),
        ("Ana Ruiz, 22, of Dayton, Ohio, said the protest would go on all week.", "Ana Ruiz"),
        ('"It was a long day for all of us," Mr. King, 82, told reporters.', "Mr. King"),
    ],
)
def test_words_between_or_before_the_speaker_are_stepped_over(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_long_apposition_after_a_quote_leaves_the_name() -> None:
    text = (
        '"It was a first step, but we will see the results on the ground," Ali Jaber, a political '
        "science professor at the university in the old town, told a news agency."
    )
    assert speakers(text) == ["Ali Jaber"]


def test_an_apposition_after_a_phrase_that_is_no_name_is_not_stepped_over() -> None:
    text = (
        "The service will be cheaper for traders at Shopline, an online market, said director Lin Hua "
        "of the postal bureau."
    )
    assert speakers(text) == ["Lin Hua"]


def test_the_listener_after_told_is_never_the_speaker() -> None:
    text = 'Dana Ward spoke on Monday. "We will vote for change," told a news channel the actress.'
    assert "news channel" not in " ".join(q.speaker or "" for q in quotes(text))


def test_a_one_letter_label_names_no_speaker() -> None:
    text = "Q: What do you think of the plan?\n\nA: I think it will fail because nobody wants it."
    assert all(q.speaker not in {"Q", "A"} for q in quotes(text))


@pytest.mark.parametrize(
    "text",
    [
        # a cue verb that needs its object, right before a preposition: a passive participle
        "The court tried two officers accused of planting mines along the border.",
        "The plan, criticised by the opposition as too costly, was approved on Monday.",
        "Officials urged to resign by the protesters stayed in their posts.",
        "The minister, blamed for the delays, kept his job.",
    ],
)
def test_a_passive_participle_of_a_cue_verb_is_no_attribution(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        # the participle is passive, the participle after the comma is the court's speech
        (
            "A court refused to extradite Mark Ellison, a banker accused of fraud, saying he "
            "could face an unfair trial.",
            "he could face an unfair trial",
            "court",
        ),
        # "when asked about ...": the answer is the speaker's, the question is no quote
        (
            "Asked about the deal, the minister said talks would go on.",
            "talks would go on",
            "minister",
        ),
        # the active verb with its object stays an attribution
        (
            "The opposition accused the government of lying to parliament.",
            "the government of lying to parliament",
            "opposition",
        ),
    ],
)
def test_passive_participles_beside_real_attributions(text: str, clause: str, speaker: str) -> None:
    got = said(text)
    assert (clause, speaker) in got
    assert len(got) == 1


def test_a_capitalised_name_after_told_is_the_listener_not_a_passive() -> None:
    text = '"We will run again," Maria Costa told To Vima newspaper.'
    assert [(q.kind, q.speaker, q.cue) for q in quotes(text)] == [("direct", "Maria Costa", "told")]


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        # a relative clause between the subject and the cue: what follows the cue is the
        # reported clause, not an inverted speaker
        (
            "The minister, who was arrested last year, said the claims were false.",
            "the claims were false",
            "minister",
        ),
        (
            "The firm, which last year made several other finds, said the latest discovery could "
            "lead to large gas volumes.",
            "the latest discovery could lead to large gas volumes",
            "firm",
        ),
        (
            "The senior abbot, who has visited some 30 countries, said he always uses mobile phones.",
            "he always uses mobile phones",
            "senior abbot",
        ),
    ],
)
def test_a_relative_clause_before_the_cue_keeps_the_subject(text: str, clause: str, speaker: str) -> None:
    assert said(text) == [(clause, speaker)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # after a quotation the words after the cue are the speaker, participle and all
        ('"They will help," said a foreign ministry statement released on Monday.', "statement"),
        ('"It is a plot", said a statement signed by three groups.', "statement"),
    ],
)
def test_an_inverted_speaker_after_a_quotation_may_hold_a_participle(text: str, speaker: str) -> None:
    got = quotes(text)
    assert [q.kind for q in got] == ["direct"]
    assert speaker in (got[0].speaker or "")


def test_an_indefinite_description_is_someone_new() -> None:
    text = (
        '"We will solve the problem first," chief executive Hans Berg said. A spokesman for the '
        "parent company said it would have to halt some production."
    )
    got = said(text)
    assert got == [("it would have to halt some production", "spokesman for the parent company")]
    # while "the spokesman" after a quoted person is that person
    text = text.replace("A spokesman for the parent company", "The spokesman")
    assert said(text) == [("it would have to halt some production", "Hans Berg")]


def test_an_indefinite_description_may_be_named_further_on() -> None:
    text = (
        "Chile and Peru will sign a fishing accord next week, a spokesman said on Thursday. "
        '"The text is ready," presidential spokesman Tomas Reed told reporters.'
    )
    assert ("Chile and Peru will sign a fishing accord next week", "Tomas Reed") in said(text)


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        # an aside between commas right after the cue is not part of what was said
        (
            "The minister said, however, that such a move would be costly.",
            "such a move would be costly",
            "minister",
        ),
        ("The minister said, though, the move would be costly.", "the move would be costly", "minister"),
        (
            "The minister added, in a statement on Friday, that the move would be costly.",
            "the move would be costly",
            "minister",
        ),
        (
            "The minister told reporters, however, that the move would be costly.",
            "the move would be costly",
            "minister",
        ),
    ],
)
def test_an_aside_after_the_cue_is_left_out(text: str, clause: str, speaker: str) -> None:
    assert said(text) == [(clause, speaker)]


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        # a bare plural that can speak after an inverted cue
        ("The death toll rose to 68, said officials.", "The death toll rose to 68", "officials"),
        (
            "The death toll rose to 68, said sources with the national bureau.",
            "The death toll rose to 68",
            "sources",
        ),
        # a phrase about the speaker after the inverted attribution is no part of the clause
        (
            "Most food would be Western style, said Anna Berg, from the committee, at the meeting.",
            "Most food would be Western style",
            "Anna Berg",
        ),
    ],
)
def test_inverted_speakers_with_plurals_and_phrases_after_them(text: str, clause: str, speaker: str) -> None:
    assert said(text) == [(clause, speaker)]


def test_an_inverted_attribution_inside_one_clause_still_reports_it_whole() -> None:
    text = "What he found, says the report, is that the plan failed."
    assert said(text) == [("What he found, says the report, is that the plan failed", "report")]


@pytest.mark.parametrize(
    "text",
    [
        # cue forms that are nouns here
        "The manager and his team have earned praise for turning the airline around.",
        "She won her first grand slam in Paris last year.",
        "The brand values are quality and trust.",
        # a pronoun object that closes the phrase reports nothing
        "I say this as the phone only made number 20 on the list.",
        "The minister said so in a speech in May.",
    ],
)
def test_nouns_and_pronoun_objects_are_no_attributions(text: str) -> None:
    assert quotes(text) == []


def test_a_noun_cue_form_leaves_the_real_attribution_whole() -> None:
    text = "The novel received special praise for its plot, critics said."
    assert said(text) == [("The novel received special praise for its plot", "critics")]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # the object of a speech act ends where a second verb phrase of the speaker begins
        (
            "Australia has asked for security guarantees and has begun its training in the capital.",
            "for security guarantees",
        ),
        ("The firm called the sale illegal and has turned to the courts.", "the sale illegal"),
    ],
)
def test_the_object_of_a_speech_act_ends_before_a_second_verb_phrase(text: str, clause: str) -> None:
    assert [c for c, _ in said(text)] == [clause]


def test_cried_is_a_cue() -> None:
    text = '"We must talk," a party spokesman, Omar Radi, cried to the crowd.'
    assert [(q.kind, q.speaker, q.cue) for q in quotes(text)] == [("direct", "Omar Radi", "cried")]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # after a quotation ending in a comma, question or exclamation mark: a name or a person
        # and a past-tense verb of any kind close the attribution
        ('"France will always be France," an angry Duval retaliated.', "Duval", "retaliated"),
        ('"Not now," Bennett shot back with a laugh.', "Bennett", "shot"),
        ('"Are you sure?" the minister wondered aloud.', "minister", "wondered"),
    ],
)
def test_any_past_tense_verb_after_a_quotation_attributes_it(text: str, speaker: str, cue: str) -> None:
    assert [(q.kind, q.speaker, q.cue) for q in quotes(text)] == [("direct", speaker, cue)]


@pytest.mark.parametrize(
    "text",
    [
        '"That was the plan." Anna Berg resigned on Monday.',  # a full stop ends the quotation
        '"Stop," the wind howled.',  # a wind cannot speak
    ],
)
def test_a_verb_after_a_quotation_needs_a_speaker_and_a_continuing_quotation(text: str) -> None:
    assert all(q.cue is None for q in quotes(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # someone who works for or stands beside a named person is not that person
        ("An aide to Senator Gonzalez said the plan was dead.", "aide to Senator Gonzalez"),
        ('"It is over," a close adviser to Senator Gonzalez said.', "close adviser to Senator Gonzalez"),
        ("A lawyer for Anna Berg said she would appeal.", "lawyer for Anna Berg"),
        # a participle and its phrase after the speaker's head are left out
        (
            '"They will help," said a foreign ministry statement released on Monday.',
            "foreign ministry statement",
        ),
        ('"It is over," an aide involved in the case said.', "aide"),
    ],
)
def test_speaker_phrases_keep_their_head(text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes(text)] == [speaker]


def test_a_participle_in_a_fronted_phrase_leaves_the_subject_after_it() -> None:
    text = 'In a statement issued on Wednesday Lord Amwell said: "I have no doubt."'
    assert [q.speaker for q in quotes(text)] == ["Amwell"]


def test_a_number_that_counts_no_people_is_no_speaker() -> None:
    assert said("$500 million was pledged, officials said.") == [("$500 million was pledged", "officials")]


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        # a cue's past form after a count is an adjective
        (
            "The victories left him with 1,124 pledged delegates, officials said.",
            "The victories left him with 1,124 pledged delegates",
            "officials",
        ),
        # but a number in a name, or a year, leaves the cue alone
        ("Radio 1 said the show would go on.", "the show would go on", "Radio 1"),
        # (the year closing the subject is no part of the speaker: twenty-second session)
        ("The unit in 2003 said the plan had failed.", "the plan had failed", "unit"),
    ],
)
def test_a_count_before_a_past_form_makes_it_an_adjective(text: str, clause: str, speaker: str) -> None:
    assert said(text) == [(clause, speaker)]


def test_it_stands_for_a_body_not_a_person_or_a_share() -> None:
    text = (
        "The ministry said the talks had failed. Officials said the deal was dead. "
        "It added that talks would resume."
    )
    assert ("talks would resume", "ministry") in said(text)
    text = "The report said girls were at risk, and 60 percent said the same. Many were exploited, it added."
    assert ("Many were exploited", "report") in said(text)


def test_a_clause_cut_before_the_next_attribution_drops_the_conjunction() -> None:
    text = "The report said most girls were at risk, and 60 percent said the same for boys."
    assert said(text)[0] == ("most girls were at risk", "report")


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        # a document stands for who issued it, named in its own phrase before
        (
            "Harvests fell, according to a report by the Office on Rural Affairs issued in May. "
            "Output dropped 20 percent, the report said.",
            "Output dropped 20 percent",
            "Office on Rural Affairs",
        ),
        (
            "Imports will be stopped, according to a statement issued by the Agriculture Ministry. "
            "The statement also stressed that no cases had been found.",
            "no cases had been found",
            "Agriculture Ministry",
        ),
        (
            "The Fed's latest survey showed growth. Labour markets firmed, the survey said.",
            "Labour markets firmed",
            "Fed",
        ),
        # or in the same phrase
        (
            "An ISAF statement described the clash. The wounded were taken to hospital, the statement said.",
            "The wounded were taken to hospital",
            "ISAF",
        ),
    ],
)
def test_a_document_speaks_for_its_issuer(text: str, clause: str, speaker: str) -> None:
    assert (clause, speaker) in said(text)


def test_a_document_with_no_issuer_stays_itself() -> None:
    assert said("A report said on Tuesday that a widow had been attacked.") == [
        ("a widow had been attacked", "report")
    ]


def test_the_company_is_the_name_that_opened_a_sentence_before() -> None:
    text = (
        "Orbix has expanded its range with a new player, and shares in Orbix rose. The company "
        "also said the old model "
        "would be dropped."
    )
    assert said(text) == [("the old model would be dropped", "Orbix")]
    # never a person or a state
    text = "President Anna Berg visited the plant. The company said sales had fallen."
    assert said(text) == [("sales had fallen", "company")]


def test_a_word_capitalised_only_by_its_place_is_no_company() -> None:
    text = "Annual profits rose. The company said sales had fallen."
    assert said(text) == [("sales had fallen", "company")]


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        # an adverb opening the sentence is no speaker: the inverted attribution after it is
        ("Then, says Dr Amal Ruiz, the online world found out.", "the online world found out", "Amal Ruiz"),
        (
            "Currently, says Dr Amal Ruiz, the equipment is very expensive.",
            "the equipment is very expensive",
            "Amal Ruiz",
        ),
        # a legal document speaks for whoever filed it, like a report
        (
            "Her lawsuit, filed in the district court, said the sprinter had passed a test.",
            "the sprinter had passed a test",
            "Her lawsuit",
        ),
        # "it" with no earlier speaker: the name that opened a sentence before
        (
            "Orbix has taken more legal action, and shares in Orbix rose. The group has sued three "
            "men. It said two versions were put onto the net.",
            "two versions were put onto the net",
            "Orbix",
        ),
    ],
)
def test_openers_documents_and_it(text: str, clause: str, speaker: str) -> None:
    assert (clause, speaker) in said(text)


def test_a_given_name_does_not_settle_a_gender_the_pronoun_contradicts() -> None:
    # "Jan" can be a man's or a woman's name; no one else fits "she"
    text = (
        'Union chair Jan Berrow said officers should watch. "They should not be placed in danger," she said.'
    )
    assert [q.speaker for q in quotes(text)] == ["Jan Berrow", "Jan Berrow"]
    # an honorific settles it: then nobody
    text = 'Mr Tom Reed said officers should watch. "They should not be placed in danger," she said.'
    assert [q.speaker for q in quotes(text)] == ["Tom Reed", None]


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        # the noun phrase a relative clause hangs on starts at its determiner
        ("The company refused to pay an architect who said he was stiffed.", "he was stiffed", "architect"),
        ("The campaign hired a lawyer who said the claims were false.", "the claims were false", "lawyer"),
        # a clause reported inside a relative clause set off by commas ends with it
        ("The minister, who said the claims were false, resigned.", "the claims were false", "minister"),
        (
            "The minister, who has long said that the plan would fail, was right.",
            "the plan would fail",
            "minister",
        ),
    ],
)
def test_attributions_inside_relative_clauses(text: str, clause: str, speaker: str) -> None:
    assert said(text) == [(clause, speaker)]


def test_a_description_resolves_to_the_same_office_not_a_neighbouring_one() -> None:
    text = (
        "Shadow chancellor Oliver Lent attacked the plan. Chancellor Gordon Brine defended it. "
        '"The sums add up," the chancellor said. Deputy Prime Minister Tom Proud spoke too. '
        "Prime Minister Tony Blaine was at the summit. The prime minister said the talks went well."
    )
    got = {q.text: q.speaker for q in quotes(text)}
    assert got["The sums add up,"] == "Gordon Brine"
    assert got["the talks went well"] == "Tony Blaine"


def test_a_document_sent_in_the_same_clause_speaks_for_its_sender() -> None:
    assert said("The minister sent a letter saying the talks had failed.") == [
        ("the talks had failed", "minister")
    ]


def test_a_nationality_is_no_issuer_of_a_document() -> None:
    text = "A British paper said on Monday that profits had fallen."
    assert said(text) == [("profits had fallen", "British paper")]


@pytest.mark.parametrize(
    "text",
    [
        # a cue's -s form after a preposition or a verb taking a noun is a noun
        "Following claims that foreign troops had crossed the border, the minister was asked about it.",
        "The fresh violence drew calls for restraint from the international community.",
        # a fall, not a refusal
        "The unemployment rate declined to 3.8 percent last month.",
        # a physical attack, a door slammed: no "as", "for" or "over" naming what was said
        "Ten armed men attacked the vessel on Monday.",
        "The wind slammed the door shut.",
    ],
)
def test_cue_words_that_are_not_speech_here(text: str) -> None:
    assert quotes(text) == []


def test_speech_acts_that_say_what_they_attack_stay() -> None:
    assert said("The opposition attacked the plan as unfair.") == [("the plan as unfair", "opposition")]
    # a named person attacking: words, not blows
    assert said("Mr Cable also attacked the government's unfair taxes.") == [
        ("the government's unfair taxes", "Cable")
    ]
    assert said("The group calls for an end to the fighting.") == [("an end to the fighting", "group")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a participle in -ing and what it takes are no part of the speaker
        ("Some delegates attending the talks said the plan would fail.", "Some delegates"),
        ("Residents living along the border said the shelling had stopped.", "Residents"),
        # an -ing word before the head is a modifier
        ("The sporting director said the plan would fail.", "sporting director"),
    ],
)
def test_a_participle_after_the_speaker_head_is_left_out(text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes(text)] == [speaker]

"""The clause layer (``diplotext.syntax``) and the ``clauses`` plugin, on sentences written for the tests."""

from __future__ import annotations

import time

import pytest

import diplotext
from builders import make_article, person, state, timex
from diplotext import lexicon
from diplotext.syntax import Clause, ClauseLayer, parse
from diplotext.syntax.tokens import tokenize
from diplotext.syntax.words import inflect, verb_forms

# --------------------------------------------------------------------------- helpers


def layer_of(text: str, published: str = "2030-06-12") -> ClauseLayer:
    doc = diplotext.extract(text, published=published, layout="body", plugins=["actors", "dates"])
    return parse(doc.article, doc.actors, doc.dates)


def clauses(text: str) -> list[Clause]:
    return list(layer_of(text).clauses())


def clause_of(text: str, lemma: str) -> Clause:
    found = [c for c in clauses(text) if c.predicate.lemma == lemma]
    assert found, [c.predicate.lemma for c in clauses(text)]
    return found[0]


def span(text: str, phrase: object) -> str | None:
    if phrase is None:
        return None
    return text[phrase.start : phrase.end]  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- words


def test_regular_and_irregular_verb_forms() -> None:
    forms = verb_forms()
    assert ("visit", "ed") in forms["visited"]
    assert ("plan", "ed") in forms["planned"]
    assert ("arrive", "ing") in forms["arriving"]
    assert ("travel", "ed") in forms["travelled"] and ("travel", "ed") in forms["traveled"]
    assert ("fly", "past") in forms["flew"] and ("fly", "pp") in forms["flown"]
    assert ("meet", "ed") in forms["met"]
    assert inflect("try") == {"s": "tries", "ed": "tried", "ing": "trying"}
    assert inflect("admit", frozenset({"admit"}))["ed"] == "admitted"


def test_lexicon_sections_load_from_data_files() -> None:
    assert "visit" in lexicon.words("verbs", "regular")
    assert lexicon.mapping("grammar", "modals")["'ll"] == "will"
    with pytest.raises(lexicon.LexiconError):
        lexicon.words("grammar", "no such section")
    with pytest.raises(lexicon.LexiconError):
        lexicon.sections("no such file")


def test_every_verb_the_event_and_speech_rules_name_is_a_known_verb() -> None:
    # a verb missing from verbs.txt is never tagged a verb, so no rule naming it can fire;
    # these few are left out on purpose: as nouns they are far more common in news
    nouns_first = {"back", "lunch", "process", "state"}
    known = {lemma for forms in verb_forms().values() for lemma, _ in forms}
    missing = {
        (name, section, item.split("|")[0].split()[0])
        for name in ("events", "speech")
        for section, items in lexicon.sections(name).items()
        if "verb" in section
        for item in items
    }
    assert {m for m in missing if m[2] not in known and m[2] not in nouns_first} == set()


def test_every_verb_and_particle_the_rules_name_is_a_phrasal_verb() -> None:
    # "kick off", "rule out": without an entry the particle is read as a preposition and the
    # rule naming the phrasal verb never fires ("call on X to" is a verb and a preposition)
    phrasal = lexicon.words("grammar", "phrasal verbs")
    particles = lexicon.words("grammar", "particles") - {"on", "in"}
    named = {
        item.split("|")[0].strip().lower()
        for name in ("events", "speech")
        for section, items in lexicon.sections(name).items()
        if "verb" in section
        for item in items
    }
    assert {w for w in named if len(w.split()) == 2 and w.split()[1] in particles} <= phrasal


def test_a_word_that_can_be_verb_or_noun_is_settled_by_its_neighbours() -> None:
    text = "The president visited Japan and his visit was a success, but the talks ended early."
    tags = {t.text: t.tag for t in tokenize(text, 0, len(text), [])}
    assert tags["visited"] == "VERB"
    assert tags["visit"] == "NOUN"
    assert tags["talks"] == "NOUN"
    assert tags["ended"] == "VERB"
    text = "Spain jailed Ana Soto for her alleged role in the fraud."
    layer = layer_of(text)
    assert [c.predicate.lemma for c in layer.in_sentence(0)] == ["jail"]


# --------------------------------------------------------------------------- predicates


@pytest.mark.parametrize(
    ("sentence", "lemma", "tense", "aspect", "modal", "chain", "negated", "passive"),
    [
        ("The minister will not travel to Rome.", "travel", "future", "simple", "will", (), True, False),
        (
            "The minister has been visiting Rome.",
            "visit",
            "present",
            "perfect progressive",
            None,
            (),
            False,
            False,
        ),
        (
            "The minister is expected to arrive on Monday.",
            "arrive",
            "present",
            "simple",
            None,
            ("plan",),
            False,
            False,
        ),
        (
            "The minister refused to hand him over.",
            "hand over",
            "past",
            "simple",
            None,
            ("refuse",),
            False,
            False,
        ),
        ("The minister was received by the king.", "receive", "past", "simple", None, (), False, True),
        ("The minister is to visit Rome.", "visit", "present", "simple", None, ("plan",), False, False),
        (
            "The minister is due to leave for Rome.",
            "leave",
            "present",
            "simple",
            None,
            ("plan",),
            False,
            False,
        ),
        ("The minister's visit was called off.", "call off", "past", "simple", None, (), False, True),
        ("The minister may well travel to Rome.", "travel", "present", "simple", "may", (), False, False),
        ("The minister could visit Rome.", "visit", "present", "simple", "could", (), False, False),
        ("The minister'll visit Rome.", "visit", "future", "simple", "will", (), False, False),
        ("The minister would visit Rome.", "visit", "past", "simple", "would", (), False, False),
    ],
)
def test_verb_groups_carry_tense_aspect_modality_negation_and_voice(  # noqa: PLR0917
    sentence: str,
    lemma: str,
    tense: str,
    aspect: str,
    modal: str | None,
    chain: tuple[str, ...],
    negated: bool,
    passive: bool,
) -> None:
    pred = clause_of(sentence, lemma).predicate
    assert (pred.tense, pred.aspect, pred.modal, pred.chain, pred.negated, pred.passive) == (
        tense,
        aspect,
        modal,
        chain,
        negated,
        passive,
    )


# --------------------------------------------------------------------------- arguments


def test_subject_objects_prepositional_phrases_and_times() -> None:
    text = "French President Anne Morel arrived in Hanoi on Monday for talks with Vietnamese leaders."
    c = clause_of(text, "arrive")
    assert span(text, c.subject) == "French President Anne Morel"
    assert c.subject is not None and [e.kind for e in c.subject.entities] == ["state", "person"]
    assert [(a.prep, span(text, a.phrase)) for a in c.preps()] == [
        ("in", "Hanoi"),
        ("for", "talks"),
        ("with", "Vietnamese leaders"),
    ]
    assert [t.value for t in c.times] == ["2030-06-10"]


def test_an_object_between_a_verb_and_its_particle() -> None:
    text = "The junta agreed to hand them over, and the court will send the two men back to Lima."
    hand = clause_of(text, "hand over")
    send = clause_of(text, "send back")
    assert [span(text, a.phrase) for a in hand.args if a.role == "object"] == ["them"]
    assert [span(text, a.phrase) for a in send.args if a.role == "object"] == ["the two men"]
    assert [(a.prep, span(text, a.phrase)) for a in send.preps()] == [("to", "Lima")]


def test_a_fronted_participle_or_infinitive_before_be_takes_the_subject_after_it() -> None:
    text = "Also arriving on the plane were Foreign Minister Ana Soto and Trade Minister Luis Vega."
    arrive = clause_of(text, "arrive")
    assert span(text, arrive.subject) == "Foreign Minister Ana Soto and Trade Minister Luis Vega"
    text = "First to arrive on Friday was Energy Minister Karim Hadj."
    assert span(text, clause_of(text, "arrive").subject) == "Energy Minister Karim Hadj"


def test_a_list_of_places_is_one_phrase_with_every_place() -> None:
    text = "The premier will visit Kenya, Ghana and Senegal in March."
    c = clause_of(text, "visit")
    (obj,) = c.objects
    assert [e.code for e in obj.entities] == ["KEN", "GHA", "SEN"]


def test_a_subject_across_a_parenthesis() -> None:
    cases = {
        "Hu Li, who is also party chief, arrived in Hanoi.": "Hu Li",
        "Zoran Kovac, 44, known as the Fox, was extradited in May.": "Zoran Kovac",
        "Zoran Kovac, extradited to Austria last year, said he was innocent.": "Zoran Kovac",
    }
    for text, name in cases.items():
        main = [c for c in clauses(text) if c.kind == "main"][-1]
        assert span(text, main.subject) == name, text


def test_shared_controlled_and_inverted_subjects() -> None:
    text = (
        "Chilean President Marta Vidal arrived in Lima on Monday and will leave for Quito on Friday.\n\n"
        "Peru invited Colombian President Luis Pardo to visit Lima.\n\n"
        '"We are ready," said Foreign Minister Rosa Diaz.'
    )
    leave = clause_of(text, "leave")
    assert leave.kind == "coordinate"
    assert span(text, leave.subject) == "Chilean President Marta Vidal"
    visit = clause_of(text, "visit")
    assert visit.kind == "infinitive"
    assert span(text, visit.subject) == "Colombian President Luis Pardo"
    say = clause_of(text, "say")
    assert span(text, say.subject) == "Foreign Minister Rosa Diaz"


def test_time_expressions_belong_to_their_own_clause() -> None:
    text = "President Ana Ruiz said on Tuesday that she would visit Chile in May."
    say = clause_of(text, "say")
    visit = clause_of(text, "visit")
    assert [t.text for t in say.times] == ["Tuesday"]
    assert [t.text for t in visit.times] == ["May"]
    assert visit.kind == "complement" and visit.parent == say.index


def test_a_noun_phrase_keeps_its_possessor_and_its_prepositional_phrases() -> None:
    text = "Kenyan President Joseph Omondi's last visit to China was in 2024."
    c = clause_of(text, "be")
    subject = c.subject
    assert subject is not None and subject.head == "visit"
    assert subject.possessor is not None and subject.possessor.text == "Joseph Omondi"
    assert "last" in subject.words
    assert [(p, [e.code for e in ph.entities]) for p, ph in subject.preps] == [("to", ["CHN"])]
    assert [t.value for t in c.times] == ["2024"]


def test_a_lower_case_noun_before_of_and_a_titled_name_heads_its_phrase() -> None:
    # "of" + title + name is part of a title only after a capitalised word ("Secretary of State X")
    text = "The planned visit of Queen Ilse Marten of Norway to Chile has been called off."
    c = clause_of(text, "call off")
    assert c.subject is not None and c.subject.head == "visit"
    assert [p for p, _ in c.subject.preps] == ["of", "to"]
    text = "Secretary of State Dana Hollis visited Lima on Monday."
    subject = clause_of(text, "visit").subject
    assert subject is not None and subject.head == "Dana Hollis"


def test_a_name_in_apposition_names_the_argument_before_it() -> None:
    text = "Tanzania handed over to Kenyan officials a suspect in the bombing, Ali Juma, on Friday."
    c = clause_of(text, "hand over")
    (obj_arg,) = [a for a in c.args if a.role == "object"]
    named = c.named(obj_arg)
    assert [span(text, p) for p in named] == ["a suspect", "Ali Juma"]


def test_a_short_quotation_inside_a_clause_does_not_break_it() -> None:
    text = 'The minister said he was "very satisfied" with the talks with Peru.'
    c = clause_of(text, "satisfy")
    assert span(text, c.subject) == "he" and c.kind == "complement"
    assert [a.prep for a in c.args if a.role == "pp"] == ["with", "with"]


def test_two_noun_phrases_joined_by_and_are_one_subject() -> None:
    text = "Irish Prime Minister Sean Doyle and Chilean President Marta Vidal met in Santiago."
    meet = clause_of(text, "meet")
    assert meet.kind == "main"
    assert span(text, meet.subject) == "Irish Prime Minister Sean Doyle and Chilean President Marta Vidal"
    # but an object and a new clause stay apart
    text = "The envoy met Marta Vidal and the talks ended."
    assert clause_of(text, "end").kind == "coordinate"


def test_the_and_of_a_between_phrase_joins_its_two_sides_not_two_clauses() -> None:
    text = (
        "Talks in Accra between Togolese President Eli Kodjo and Ghanaian "
        "President Ama Boateng ended on Friday."
    )
    end = clause_of(text, "end")
    assert end.kind == "main"
    assert end.subject is not None and end.subject.head == "talks"
    assert [p for p, _ in end.subject.preps] == ["in", "between"]


def test_a_which_clause_with_a_phase_verb_is_about_the_event_not_the_place_before_it() -> None:
    text = "Her visit to Brazil, which began on Monday, ends today."
    begin = clause_of(text, "begin")
    assert begin.subject is not None and begin.subject.head == "visit"
    text = "She flew to Brazil, which began talks with Peru in May."
    begin = clause_of(text, "begin")
    assert begin.subject is not None and begin.subject.head == "Brazil"


def test_a_name_glued_to_a_lower_case_word_by_a_hyphen_is_one_token() -> None:
    text = "She met the US-based lawyer on Sino-US ties."
    (clause,) = layer_of(text).in_sentence(0)
    objects = [span(text, a.phrase) for a in clause.args if a.role == "object"]
    assert objects == ["the US-based lawyer"]
    assert [p.entities[0].code for p in (a.phrase for a in clause.args if a.role == "object")] == ["USA"]


def test_a_past_participle_on_a_description_inside_the_previous_clause_is_no_new_clause() -> None:
    text = (
        "Chile on Monday sent back to Peru a former banker, Luis Tapia, wanted there for fraud, police said."
    )
    send = clause_of(text, "send back")
    assert [span(text, a.phrase) for a in send.args if a.role == "object"] == ["a former banker"]
    assert clause_of(text, "want").kind == "participle"
    text = "A court adjourned until May the hearing of Luis Tapia, a former army officer wanted by Peru."
    want = clause_of(text, "want")
    assert want.kind == "participle" and span(text, want.subject) == "a former army officer"
    # a name after a fronted participle keeps its own verb
    text = "Accompanied by four ministers, Luis Tapia arrived in Lima on Monday."
    assert clause_of(text, "arrive").kind == "main"


def test_a_clause_after_a_described_noun_takes_the_subject_of_the_clause_it_hangs_on() -> None:
    text = (
        "She will fly to Lima on Monday for talks on a pact signed last year, "
        "before ending the tour in Quito."
    )
    end = clause_of(text, "end")
    assert span(text, end.subject) == "She"
    assert clause_of(text, "sign").subject is not None


def test_a_participle_after_the_noun_of_an_on_phrase_is_on_that_noun() -> None:
    text = "Police arrested the banker on a warrant issued on behalf of Peru."
    issue = clause_of(text, "issue")
    assert issue.kind == "participle" and span(text, issue.subject) == "a warrant"
    text = "He said the wife of the envoy arrived on Monday."
    assert clause_of(text, "arrive").kind != "participle"


def test_a_time_phrase_after_and_keeps_the_shared_subject() -> None:
    text = "The minister held talks on Friday and on Saturday was due to meet the king."
    meet = clause_of(text, "meet")
    assert span(text, meet.subject) == "The minister"


def test_a_participle_after_a_noun_in_a_phrase_is_no_new_clause() -> None:
    text = "The envoy held talks on decisions made by the two presidents in May."
    make = clause_of(text, "make")
    assert make.kind == "participle" and make.predicate.passive
    assert span(text, make.subject) == "decisions"
    hold = clause_of(text, "hold")
    assert span(text, hold.subject) == "The envoy"


def test_a_noun_between_and_and_and_is_no_verb() -> None:
    text = "He held talks at the ministry of industry and trade and later left for Lima."
    assert "trade" not in [c.predicate.lemma for c in clauses(text)]


def test_a_participle_opening_the_sentence_takes_the_main_clauses_subject() -> None:
    text = "Met at the airport by the prime minister, the envoy said the talks would go well."
    meet = clause_of(text, "meet")
    assert meet.kind == "participle" and meet.predicate.passive
    assert span(text, meet.subject) == "the envoy"


def test_a_name_after_a_name_and_a_comma_starts_the_subject() -> None:
    text = "After talks with President Marta Vidal, Prime Minister Sean Doyle, on a visit to Chile, left."
    leave = clause_of(text, "leave")
    assert span(text, leave.subject) == "Prime Minister Sean Doyle"
    # a list of names closed by "and" stays one phrase
    text = "He will meet President Marta Vidal, Foreign Minister Rosa Diaz and the army chief."
    (obj,) = clause_of(text, "meet").objects
    assert [e.text for e in obj.entities if e.kind == "person"] == ["Marta Vidal", "Rosa Diaz"]


def test_a_bare_verb_after_and_joins_the_last_bare_verb() -> None:
    text = "She was due to lay a wreath, talk to guards who survived the attack and meet the president."
    meet = clause_of(text, "meet")
    assert span(text, meet.subject) == "She"
    assert meet.predicate.chain == ("plan",)


def test_the_comma_closing_a_city_and_its_country_keeps_the_phrases_together() -> None:
    text = "He spoke after talks in Lima, Peru, with the president."
    say = clause_of(text, "speak")
    chained = {text[a.phrase.start : a.phrase.end]: a.after for a in say.args if a.role == "pp"}
    assert chained["the president"] is not None


# --------------------------------------------------------------------------- the layer and the plugin


def test_sentences_are_read_on_first_use_and_found_by_their_words() -> None:
    text = "Trade grew in May.\n\nThe minister will visit Peru.\n\nPrices fell."
    layer = layer_of(text)
    assert "0 read" in repr(layer)
    assert layer.with_words(frozenset({"visit"})) == [1]
    assert [c.predicate.lemma for c in layer.in_sentence(1)] == ["visit"]
    assert "1 read" in repr(layer)
    assert layer.at(text.index("Peru")) is layer.in_sentence(1)[0]
    assert layer.in_sentence(99) == ()


def test_hand_built_findings_give_the_same_entities() -> None:
    text = "Chilean President Marta Vidal arrived in Lima on Monday."
    article = make_article(text, "2030-06-12")
    actors = [person(1, text, "Marta Vidal", "CHL", roles=("president",)), state(1, text, "CHL", "Chilean")]
    dates = [timex(text, "Monday", "2030-06-10")]
    layer = parse(article, actors, dates)
    (c,) = layer.in_sentence(0)
    assert [e.kind for e in layer.entities] == ["state", "person", "place", "time"]
    assert c.subject is not None and c.subject.entities[-1].actor is actors[0]


def test_the_clauses_plugin_is_a_stage_later_plugins_read() -> None:
    from diplotext.plugins import get_registry

    assert "clauses" in get_registry().names()
    assert get_registry().closure(["visits"]) >= {"clauses", "actors", "dates"}


@pytest.mark.parametrize(
    "text",
    [
        "visit " * 20_000,
        "He said, " * 5_000 + "and left.",
        ", who " * 10_000,
        "(" * 5_000 + "a" + ")" * 5_000,
        '"' * 20_000,
        "The minister, who arrived, " * 3_000 + "said so.",
    ],
)
def test_pathological_sentences_are_read_in_bounded_time(text: str) -> None:
    started = time.perf_counter()
    layer = parse(make_article(text, "2030-01-01"), [], [])
    count = sum(1 for _ in layer.clauses())
    assert time.perf_counter() - started < 10
    assert count >= 0


def test_a_coordinate_clause_after_a_closed_relative_joins_the_main_clause() -> None:
    text = "He met the minister, who arrived on Monday, and signed the pact."
    sign = clause_of(text, "sign")
    assert span(text, sign.subject) == "He"
    # without the commas the relative clause goes on: the minister arrived and signed
    text = "He met the minister who arrived on Monday and signed the pact."
    assert span(text, clause_of(text, "sign").subject) == "the minister"


def test_a_description_of_the_same_person_in_commas_is_a_parenthesis() -> None:
    text = "Ken Mori, the Japanese foreign minister, visited China on Monday."
    visit = clause_of(text, "visit")
    assert (visit.kind, span(text, visit.subject)) == ("main", "Ken Mori")
    assert not visit.predicate.passive


def test_a_present_verb_after_a_parenthesis_about_a_name() -> None:
    text = "Sato, the Japanese prime minister, arrives in Washington on Monday for talks."
    arrive = clause_of(text, "arrive")
    assert (arrive.kind, span(text, arrive.subject), arrive.predicate.tense) == ("main", "Sato", "present")


def test_a_past_participle_after_the_object_of_want_is_a_passive_complement() -> None:
    text = "Brazil wants Tomas Ferreira extradited from Portugal."
    extradite = clause_of(text, "extradite")
    assert (extradite.kind, extradite.predicate.passive, span(text, extradite.subject)) == (
        "complement",
        True,
        "Tomas Ferreira",
    )


@pytest.mark.parametrize(
    ("text", "lemma", "subject", "when"),
    [
        (
            "In July 2027 President Ilse Marten paid a visit to Ghana.",
            "pay",
            "President Ilse Marten",
            "2027-07",
        ),
        (
            "Last week Foreign Minister Ana Diaz travelled to Chile.",
            "travel",
            "Foreign Minister Ana Diaz",
            "2030-W23",
        ),
    ],
)
def test_a_fronted_time_without_a_comma_is_no_part_of_a_titled_subject(
    text: str, lemma: str, subject: str, when: str
) -> None:
    c = clause_of(text, lemma)
    assert span(text, c.subject) == subject
    assert [t.value for t in c.times] == [when]


def test_a_time_after_a_determiner_still_modifies_the_noun() -> None:
    text = "The July 2027 President Marten visit to Ghana was short."
    c = clause_of(text, "be")
    assert span(text, c.subject) == "The July 2027 President Marten visit to Ghana"


@pytest.mark.parametrize(
    "text",
    [
        "French President Ilse Marten's visit to Lebanon on May 10-11 was a success, officials said.",
        "French President Ilse Marten's visit to Lebanon from May 10 to May 12 was a success.",
        "French President Ilse Marten's visit to Lebanon between May 10 and May 12 was a success.",
    ],
)
def test_a_date_range_before_the_verb_leaves_the_subject_whole(text: str) -> None:
    c = clause_of(text, "be")
    assert span(text, c.subject) == "French President Ilse Marten's visit to Lebanon"
    assert c.times[0].value == "2030-05-10"


def test_a_compound_broken_at_a_line_end_is_one_word() -> None:
    text = "Prime Minister Ken Oda made a flying visit to the rebel- held town of Vlore on Sunday."
    c = clause_of(text, "make")
    assert [c.predicate.lemma for c in clauses(text)] == ["make"]
    first = next(iter(c.preps()))
    assert (first.prep, span(text, first.phrase)) == ("to", "the rebel- held town of Vlore")
    # "pro- and anti-": a hyphen before a conjunction is no broken compound
    toks = tokenize("the pro- and anti-war groups", 0, 28, [])
    assert [t.text for t in toks][:3] == ["the", "pro", "-"]


def test_a_verb_the_list_lacks_after_an_auxiliary_is_a_participle() -> None:
    text = "The refusal has vexed Chile, and the suspect was airlifted to Lima."
    assert [c.predicate.lemma for c in clauses(text)] == ["vex", "airlift"]
    # not after a copula: "remains unanswered" keeps its adjective
    assert [c.predicate.lemma for c in clauses("The request remains unanswered, officials said.")] == ["say"]


@pytest.mark.parametrize(
    ("text", "lemma", "subject", "obj"),
    [
        (
            "Peru's refusal to extradite arms dealer Tomas Ibarguen has angered Chile.",
            "anger",
            "Peru's refusal",
            "Chile",
        ),
        ("The plan to build a dam in Laos has drawn protests.", "draw", "The plan", "protests"),
    ],
)
def test_a_noun_with_an_infinitive_is_the_subject_of_the_verb_after_its_object(
    text: str, lemma: str, subject: str, obj: str
) -> None:
    c = clause_of(text, lemma)
    assert span(text, c.subject) == subject
    assert [span(text, a.phrase) for a in c.args if a.role == "object"] == [obj]


def test_a_participle_with_by_after_an_object_is_a_reduced_relative() -> None:
    text = "Egypt hosted a delegation led by army chief Idris Kamal in Cairo."
    host = clause_of(text, "host")
    assert [span(text, a.phrase) for a in host.args if a.role == "object"] == ["a delegation"]
    lead = clause_of(text, "lead")
    assert (lead.kind, span(text, lead.subject)) == ("participle", "a delegation")


def test_who_after_a_person_inside_an_of_phrase_is_about_the_person() -> None:
    text = "Talks dominated the agenda of President Ilham Rasimov, who arrived in Tbilisi on Monday."
    c = clause_of(text, "arrive")
    assert (c.kind, span(text, c.subject)) == ("relative", "President Ilham Rasimov")


def test_phrases_after_a_relative_set_off_by_commas_are_the_outer_clauses() -> None:
    text = "Tanzania handed over Ali Juma, who is wanted for fraud, to Kenya on Friday."
    outer = clause_of(text, "hand over")
    assert [(a.prep, span(text, a.phrase)) for a in outer.preps()] == [("to", "Kenya")]
    assert [t.text for t in outer.times] == ["Friday"]
    inner = clause_of(text, "want")
    assert [(a.prep, span(text, a.phrase)) for a in inner.preps()] == [("for", "fraud")]


def test_a_description_with_a_participle_in_apposition_to_an_object() -> None:
    text = "Tanzania handed over Ali Juma, a businessman wanted for fraud, to Kenya on Friday."
    outer = clause_of(text, "hand over")
    assert [(a.prep, span(text, a.phrase)) for a in outer.preps()] == [("to", "Kenya")]
    inner = clause_of(text, "want")
    assert (inner.kind, span(text, inner.subject)) == ("participle", "a businessman")


def test_a_word_after_a_name_inside_a_prepositional_of_chain_is_a_noun() -> None:
    """ "in defiance of UN sanctions against X": "sanctions" is no verb with "defiance of UN" for
    subject; the participle after it keeps the sentence's subject."""
    text = (
        "President Ana Ruiz left Peru on Sunday in defiance of UN sanctions against Lima, after holding "
        "talks with President Jorge Salas."
    )
    lemmas = [c.predicate.lemma for c in clauses(text)]
    assert "sanction" not in lemmas
    hold = clause_of(text, "hold")
    assert span(text, hold.subject) == "President Ana Ruiz"


def test_a_subject_with_its_own_prepositional_phrase_keeps_its_verb() -> None:
    for text, lemma in (
        ("Police in Kenya say the suspect fled.", "say"),
        ("The leader of Hamas says the truce holds.", "say"),
    ):
        assert lemma in [c.predicate.lemma for c in clauses(text)], text


def test_a_plural_modifier_after_a_name_is_a_noun() -> None:
    """ "A Lisbon appeals court on Monday approved ...": "appeals" modifies "court"."""
    text = "A Lisbon appeals court on Monday approved the request."
    approve = clause_of(text, "approve")
    assert span(text, approve.subject) == "A Lisbon appeals court"
    assert "appeal" not in [c.predicate.lemma for c in clauses(text)]


def test_a_noun_before_a_bare_weekday_inside_an_object_is_no_verb() -> None:
    """ "signed an economic cooperation plan Friday": no clause "plan" whose subject is "an economic
    cooperation"; the weekday dates the signing."""
    text = "The two leaders signed a new energy plan Friday."
    sign = clause_of(text, "sign")
    assert [t.text for t in sign.times] == ["Friday"]
    assert "plan" not in [c.predicate.lemma for c in clauses(text)]


def test_a_place_name_with_a_lower_case_connector_is_one_place() -> None:
    text = "The envoy will spend two days in Dar es Salaam and Rio de Janeiro."
    places = [e for e in layer_of(text).entities_in(0, len(text)) if e.kind == "place"]
    assert [(e.text, e.code) for e in places] == [("Dar es Salaam", "TZA"), ("Rio de Janeiro", "BRA")]


def test_a_list_of_titled_names_goes_on_past_a_states_name_before_a_title() -> None:
    text = "The premier met Chile President Ana Ruiz and Fiji Prime Minister Tom Kerr in Ottawa."
    meet = clause_of(text, "meet")
    obj = next(a.phrase for a in meet.args if a.role == "object")
    assert span(text, obj) == "Chile President Ana Ruiz and Fiji Prime Minister Tom Kerr"


def test_a_base_form_between_a_singular_noun_and_a_name_is_a_title() -> None:
    """ "the Cambodian opposition figure X": a singular subject would take "-s"."""
    text = "Thai police arrested the Malaysian opposition figure Anwar Latif in Bangkok on Monday."
    layer = layer_of(text)
    (clause,) = [c for c in layer.clauses() if c.predicate.lemma == "arrest"]
    assert [c.predicate.lemma for c in layer.clauses()] == ["arrest"]
    assert "Anwar Latif" in text[clause.args[1].phrase.start : clause.args[1].phrase.end]


def test_a_list_of_persons_goes_on_past_a_possessive_and_a_role_noun() -> None:
    text = "The minister will hold talks with President Ana Ruiz and former premier Tomas Vela on Monday."
    layer = layer_of(text)
    (clause,) = [c for c in layer.clauses() if c.predicate.lemma == "hold"]
    with_phrase = next(a.phrase for a in clause.args if a.prep == "with")
    assert [e.text for e in with_phrase.entities if e.kind == "person"] == ["Ana Ruiz", "Tomas Vela"]


def test_a_prepositional_parenthesis_after_a_name_keeps_the_name_the_subject() -> None:
    """ "X, in Lima for talks with Y, said ...": a phrase about X, whoever it names."""
    text = (
        "Ghanaian President Kofi Mensah, in Lima for talks with Peruvian President Ana Ruiz, said trade "
        "would grow."
    )
    layer = layer_of(text)
    (say,) = [c for c in layer.clauses() if c.predicate.lemma == "say"]
    assert say.subject is not None and text[say.subject.start : say.subject.end].endswith("Kofi Mensah")


def test_long_between_an_auxiliary_and_a_participle_is_an_adverb() -> None:
    """ "Norway has long sought X": an adverb of the verb group; "had long talks": a noun's adjective."""
    from diplotext.syntax.tokens import tokenize

    for text, tag in (
        ("Norway has long sought the return of the paintings.", "ADV"),
        ("He had long been wanted in Norway.", "ADV"),
        ("They had long talks in Oslo.", "NOUN"),
    ):
        toks = tokenize(text, 0, len(text), [])
        assert next(t.tag for t in toks if t.low == "long") == tag, text

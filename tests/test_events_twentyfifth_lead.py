"""Event classes found by the lead in the twenty-fifth session.

Every sentence here is written for these tests (invented people, real countries).
"""

from __future__ import annotations

from builders import dispute_sides, extradition_disputes, visits_of


def test_a_time_right_after_that_dates_the_reported_act() -> None:
    # "said that on Tuesday it extradited X": Tuesday is the surrender's day, not the statement's
    body = (
        "Portugal's justice ministry said that on Tuesday it extradited Marek Dudek to Poland, "
        "where he faces fraud charges."
    )
    cases = extradition_disputes("Portugal sends businessman home\n\n" + body, published="2031-04-11")
    assert [(c.roles["suspect"], c.attributes["status"], c.date) for c in cases] == [
        ("Marek Dudek", "completed", "2031-04-08")
    ]


def test_a_time_after_that_dates_a_planned_visit() -> None:
    body = (
        "Chile's foreign ministry announced that on Monday Foreign Minister Ana Duro will travel "
        "to Peru for talks."
    )
    visits = visits_of("Minister to visit Peru\n\n" + body, published="2031-04-09")
    assert [(v.roles["visitor"], v.roles["host_state"], v.date) for v in visits] == [
        ("Ana Duro", "PER", "2031-04-14")
    ]


def test_a_day_right_after_that_takes_the_reported_clause_s_tense() -> None:
    import diplotext

    text = "The council announced that on Monday the new bridge will open to traffic."
    doc = diplotext.extract(text, published="2031-04-09", layout="body")
    assert [(t.text, t.value) for t in doc.dates] == [("Monday", "2031-04-14")]
    past = "The council said that on Monday the old bridge closed for repairs."
    doc = diplotext.extract(past, published="2031-04-09", layout="body")
    assert [(t.text, t.value) for t in doc.dates] == [("Monday", "2031-04-07")]


def test_remanded_in_custody_somewhere_pending_extradition_is_a_case() -> None:
    body = "Marek Dudek, wanted in Poland for fraud, was remanded in custody in Lisbon pending extradition."
    cases = extradition_disputes("Businessman held\n\n" + body, published="2031-04-09")
    assert [(c.roles["suspect"], dispute_sides(c)) for c in cases] == [("Marek Dudek", ("POL", "PRT"))]


def test_pending_before_a_noun_phrase_is_a_preposition() -> None:
    from diplotext.syntax.tokens import tokenize

    def tags(text: str) -> list[tuple[str, str]]:
        return [(t.low, t.tag) for t in tokenize(text, 0, len(text), []) if t.low == "pending"]

    assert tags("He was freed pending an appeal.") == [("pending", "PREP")]
    assert tags("The pending case was heard.") == [("pending", "NOUN")]
    assert tags("The case is pending.") == [("pending", "NOUN")]


def test_custody_pending_his_surrender_after_the_order_keeps_it_granted() -> None:
    body = (
        "A court in Lisbon on Monday ordered the surrender of Marek Dudek to Poland, where he is "
        "wanted for fraud.\n\nDudek was remanded in custody pending his surrender."
    )
    cases = extradition_disputes("Court orders surrender\n\n" + body, published="2031-04-09")
    assert [(c.roles["suspect"], c.attributes["status"]) for c in cases] == [("Marek Dudek", "granted")]

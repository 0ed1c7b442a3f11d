"""Extradition classes of the eighteenth session (issue 9): a suspect's own consent to his surrender
("X consented to his extradition", "waived extradition", "will not fight extradition").

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def disputes(text: str, published: str = "2031-04-09") -> list[Event]:
    """An article's extradition disputes; 2031-04-09 is a Wednesday."""
    doc = diplotext.extract(text, published=published)
    assert not [e for e in doc.errors if e.plugin in ("extradition", "actors", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "extradition_dispute"]


def sides(case: Event) -> tuple[str | None, str | None]:
    return case.roles["requesting_state"], case.roles["requested_state"]


HELD = "Case\n\nOskar Lindqvist, a Swedish trader accused of fraud, was arrested in Vienna last week. "


def test_a_suspects_consent_to_his_surrender_grants_it() -> None:
    """ "X consented to his extradition to Sweden", "X waived extradition": the suspect no longer
    contests it; the surrender is granted, on the day he consented."""
    for told in (
        "On Monday he consented to his extradition to Sweden.",
        "He consented on Monday to be extradited to Sweden.",
        "On Monday he waived extradition to Sweden.",
        "Lindqvist waived his right to contest extradition to Sweden on Monday.",
    ):
        (case,) = disputes(HELD + told)
        assert sides(case) == ("SWE", "AUT"), told
        assert case.attributes["status"] == "granted", told
        assert case.date == "2031-04-07", told


def test_a_suspect_who_will_not_fight_extradition_consents_to_it() -> None:
    """ "he would not fight extradition to Sweden": no contest, so the surrender is granted; one who
    fights it keeps the case pending."""
    for verb in ("fight", "contest", "challenge", "oppose"):
        (case,) = disputes(HELD + f"He said on Monday he would not {verb} extradition to Sweden.")
        assert sides(case) == ("SWE", "AUT"), verb
        assert case.attributes["status"] == "granted", verb
    (case,) = disputes(HELD + "He said on Monday he would fight extradition to Sweden.")
    assert case.attributes["status"] == "pending"


def test_a_waiver_between_states_of_one_federal_country_is_no_dispute() -> None:
    """ "waived extradition to Ohio": a surrender between two states of one country."""
    assert not disputes(
        "Crash\n\nDale Hutton was arrested on Monday at his home in Indiana and waived extradition to Ohio, "
        "where he is charged with manslaughter."
    )

"""Scoring an extradition side: a tribunal named in full in gold is the short name the extractors
give it (gold/README.md: "ISO3 or tribunal name")."""

from __future__ import annotations

from diplotext.evaluation.gold_events import attribute_ok


def test_a_tribunals_full_name_and_short_name_are_one_side() -> None:
    full = "International Criminal Tribunal for the former Yugoslavia"
    assert attribute_ok("requesting_state", full, "ICTY")[0]
    assert attribute_ok("requesting_state", "the International Criminal Court", "ICC")[0]
    assert not attribute_ok("requesting_state", full, "ICC")[0]
    assert attribute_ok("requested_state", "SRB", "SRB")[0]
    assert not attribute_ok("requested_state", "SRB", "HRV")[0]

"""Extradition disputes: classes of sentences found wrong in the twenty-second session (issue 9,
helper extr29): a side told in a state's own voice inside a quote, a home given by the demonym of
an apposition on the suspect's name, a description named later by its own noun, grounds told by
the suspect's citizenship, and a request that another state decides on told by "its".

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

from extradition_cases import disputes, sides

# ------------------------------------------------------------ a state's own voice in a quote


def test_we_refusing_in_a_quote_is_the_speakers_state() -> None:
    """ "We will not extradite X to Norway," Sweden's minister said: "we" is the state asked."""
    (case,) = disputes(
        "Minister speaks\n\n"
        '"We will not extradite Tomas Lindqvist to Norway," Sweden\'s Justice Minister Eva Berg said '
        "on Monday."
    )
    assert case.roles["suspect"] == "Tomas Lindqvist"
    assert sides(case) == ("NOR", "SWE")
    assert case.attributes["status"] == "refused"


def test_we_asking_in_a_quote_is_the_speakers_state() -> None:
    (case,) = disputes(
        "Minister speaks\n\n"
        '"We have asked Sweden to extradite Tomas Lindqvist," Norway\'s Justice Minister Eva Berg '
        "said on Monday."
    )
    assert sides(case) == ("NOR", "SWE")
    assert case.attributes["status"] == "requested"


def test_our_request_in_a_quote_is_the_speakers_state() -> None:
    (case,) = disputes(
        "Minister speaks\n\n"
        '"We have sent our request for the extradition of Tomas Lindqvist to the Swedish '
        "authorities,\" Norway's Justice Minister Eva Berg said on Monday."
    )
    assert sides(case) == ("NOR", "SWE")


def test_a_quoted_refusal_by_another_is_told_by_the_state_that_asks() -> None:
    """The quote names the state asked and none that asks: its speaker's state asks, as when the
    same words are reported without quotation marks."""
    (case,) = disputes(
        "Ministry statement\n\n"
        '"Sweden has rejected the extradition of Tomas Lindqvist," the Norwegian foreign ministry '
        "said on Monday."
    )
    assert sides(case) == ("NOR", "SWE")
    assert case.attributes["status"] == "refused"


def test_a_speaker_of_no_state_gives_no_side() -> None:
    """His lawyer speaks for no state: the quote gives no requesting state."""
    for case in disputes(
        "Lawyer speaks\n\n"
        '"Sweden has rejected the extradition of Tomas Lindqvist," his lawyer Eva Berg said on Monday.'
    ):
        assert case.roles["requesting_state"] in (None, "NOR")
        assert case.roles["requesting_state"] != "SWE"


# ------------------------------------------------------------ the demonym of an apposition


def test_a_demonym_in_the_suspects_apposition_is_where_he_is_sent() -> None:
    """ "X, a Norwegian banker, lost his final appeal against extradition": no destination named,
    so the apposition's demonym asks; the court's city is where he is held."""
    (case,) = disputes(
        "Banker loses appeal\n\n"
        "Tomas Lindqvist, a Norwegian banker, lost his final appeal against extradition on Monday, "
        "a court in Stockholm said."
    )
    assert case.roles["suspect"] == "Tomas Lindqvist"
    assert sides(case) == ("NOR", "SWE")
    assert case.attributes["status"] == "granted"


def test_a_demonym_of_the_dateline_state_is_not_the_one_that_asks() -> None:
    """A Swede fighting extradition in Stockholm is not sent to Sweden."""
    for case in disputes(
        "STOCKHOLM, March 11 (Wire) - Tomas Lindqvist, a Swedish banker, lost his final appeal "
        "against extradition on Monday."
    ):
        assert case.roles["requesting_state"] != "SWE"


# ------------------------------------------------------------ a description named by its noun


def test_the_description_named_by_its_own_noun_in_a_later_sentence() -> None:
    """ "... a banker accused of fraud. The banker, X, was detained": the name set beside "the
    banker" opening the next sentence is the one the description stands for."""
    (case,) = disputes(
        "Norway seeks banker\n\n"
        "Norway has asked Sweden to extradite a banker accused of fraud, prosecutors said on Monday. "
        "The banker, Tomas Lindqvist, was detained in Malmo in February."
    )
    assert case.roles["suspect"] == "Tomas Lindqvist"
    assert sides(case) == ("NOR", "SWE")


def test_another_noun_beside_the_name_is_someone_else() -> None:
    """ "The minister, X, said": a name set beside another noun is not the banker."""
    found = disputes(
        "Norway seeks banker\n\n"
        "Norway has asked Sweden to extradite a banker accused of fraud. The minister, Eva Berg, "
        "said on Monday the request would be studied."
    )
    assert all(case.roles["suspect"] != "Eva Berg" for case in found)


# ------------------------------------------------------------ grounds of citizenship


def test_a_refusal_because_he_is_a_citizen_gives_the_nationals_grounds() -> None:
    (case,) = disputes(
        "Brazil refuses\n\n"
        "Brazil said on Monday it would not extradite Tomas Lindqvist to Norway because he is a "
        "Brazilian citizen."
    )
    assert case.attributes["status"] == "refused"
    assert case.attributes["grounds"] == "does not extradite its own nationals"


def test_a_refusal_as_he_holds_the_nationality_gives_the_nationals_grounds() -> None:
    (case,) = disputes(
        "Brazil refuses\n\n"
        "Brazil refused to extradite Tomas Lindqvist to Norway, as Lindqvist holds Brazilian nationality."
    )
    assert case.attributes["grounds"] == "does not extradite its own nationals"


# ------------------------------------------------------------ "its request" decided by another


def test_its_request_rejected_by_another_state_is_the_sayers() -> None:
    """ "Norway said Sweden had rejected its request": "its" is Norway's, not Sweden's, and the
    refusal stands."""
    (case,) = disputes(
        "Request rejected\n\n"
        "Norway said Sweden had rejected its request for the extradition of Tomas Lindqvist."
    )
    assert sides(case) == ("NOR", "SWE")
    assert case.attributes["status"] == "refused"


def test_their_request_with_the_sayer_after_it() -> None:
    (case,) = disputes(
        "Request rejected\n\n"
        "Sweden rejected their request to extradite Tomas Lindqvist, Norwegian officials said on Monday."
    )
    assert sides(case) == ("NOR", "SWE")
    assert case.attributes["status"] == "refused"


def test_a_state_withdrawing_its_own_request_keeps_it() -> None:
    """Withdrawing is no decision on another's request: "its" stays the subject's."""
    (case,) = disputes(
        "Request withdrawn\n\nSweden withdrew its request for the extradition of Tomas Lindqvist from Norway."
    )
    assert case.roles["requesting_state"] == "SWE"


# ------------------------------------------------------------ wanted, then arrested


def test_wanted_in_the_sentence_before_the_arrest() -> None:
    """ "X is wanted in Brazil ... He was arrested in Lisbon": the arrest's sentence after."""
    (case,) = disputes(
        "Fugitive held\n\n"
        "Rui Moreira Sampaio is wanted in Brazil on fraud charges. He was arrested in Lisbon in January."
    )
    assert case.roles["suspect"] == "Rui Moreira Sampaio"
    assert sides(case) == ("BRA", "PRT")
    assert case.attributes["status"] == "requested"


def test_wanted_then_arrested_at_home_is_no_dispute() -> None:
    assert not disputes(
        "Fugitive held\n\n"
        "Rui Moreira Sampaio is wanted in Brazil on fraud charges. He was arrested in Sao Paulo in "
        "January."
    )


def test_an_arrest_at_a_states_request_where_he_fled() -> None:
    """ "X, who fled to Portugal, was detained at Brazil's request": no place of arrest told, the
    state he fled to is asked."""
    (case,) = disputes(
        "Fugitive held\n\n"
        "Rui Moreira Sampaio, who fled to Portugal in 2018, was detained on Monday at Brazil's request."
    )
    assert sides(case) == ("BRA", "PRT")
    assert case.attributes["status"] == "requested"


# ------------------------------------------------------------ the state that accuses him


def test_whom_a_state_accuses_after_the_surrender_noun() -> None:
    """The relative hangs on "the extradition" in the clause layer; it is said of the name."""
    (case,) = disputes(
        "Court ruling\n\n"
        "A Lisbon court on Monday approved the extradition of Rui Moreira Sampaio, whom Brazil "
        "accuses of fraud."
    )
    assert sides(case) == ("BRA", "PRT")
    assert case.attributes["status"] == "granted"


def test_charged_in_a_state_is_wanted_there() -> None:
    (case,) = disputes(
        "Court ruling\n\n"
        "A Lisbon court on Monday approved the extradition of Rui Moreira Sampaio, who is charged in "
        "Brazil with fraud."
    )
    assert sides(case) == ("BRA", "PRT")


def test_a_state_accusing_him_in_the_next_sentence() -> None:
    (case,) = disputes(
        "Court ruling\n\n"
        "A Lisbon court on Monday approved the extradition of Rui Moreira Sampaio. Brazil accuses him "
        "of fraud."
    )
    assert sides(case) == ("BRA", "PRT")


def test_charged_in_the_state_asked_is_not_the_one_that_asks() -> None:
    (case,) = disputes(
        "Court ruling\n\n"
        "A Lisbon court on Monday approved the extradition of Rui Moreira Sampaio, who is charged in "
        "Portugal with fraud."
    )
    assert case.roles["requesting_state"] != "PRT"


# ------------------------------------------------------------ the suspect's appeal told after the grant


def test_the_suspects_appeal_after_a_grant_leaves_the_case_pending() -> None:
    (case,) = disputes(
        "Court ruling\n\n"
        "A Danish court approved the extradition of Henrik Sorensen Lund to Iceland on Monday. "
        "Sorensen Lund appealed against the decision on Wednesday."
    )
    assert sides(case) == ("ISL", "DNK")
    assert case.attributes["status"] == "pending"
    assert case.date == "2031-03-12"


def test_an_appeal_lodged_by_him_leaves_the_case_pending() -> None:
    (case,) = disputes(
        "Court ruling\n\n"
        "A Danish court approved the extradition of Henrik Sorensen Lund to Iceland on Monday. "
        "He lodged an appeal on Tuesday."
    )
    assert case.attributes["status"] == "pending"


def test_an_appeal_only_planned_or_by_prosecutors_leaves_the_grant() -> None:
    for after in (
        "His lawyer said he would appeal.",
        "Prosecutors appealed against the decision on Tuesday.",
    ):
        (case,) = disputes(
            "Court ruling\n\n"
            f"A Danish court approved the extradition of Henrik Sorensen Lund to Iceland on Monday. {after}"
        )
        assert case.attributes["status"] == "granted"


def test_a_demonym_in_the_apposition_of_a_passive_surrenders_subject() -> None:
    (case,) = disputes(
        "Court ruling\n\n"
        "Bohdan Kravets, a Ukrainian businessman detained in Vienna, cannot be extradited, a court "
        "ruled on Monday."
    )
    assert sides(case) == ("UKR", "AUT")
    assert case.attributes["status"] == "refused"


# ------------------------------------------------------------ "he" inside an official's quote


def test_he_in_an_officials_quote_is_the_suspect_named_before() -> None:
    """A weak surrender word ("handed over") in a quote takes "he" for the suspect named before
    (the actors stage leaves a pronoun in a quote unresolved)."""
    (case,) = disputes(
        "Minister speaks\n\n"
        'Iceland wants Denmark to extradite Henrik Sorensen Lund, accused of fraud. "He will be '
        'handed over to Iceland next week," Danish Justice Minister Mette Holm said on Monday.'
    )
    assert case.roles["suspect"] == "Henrik Sorensen Lund"
    assert sides(case) == ("ISL", "DNK")
    assert case.attributes["status"] == "granted"


def test_him_in_an_officials_quote_refused() -> None:
    (case,) = disputes(
        "Minister speaks\n\n"
        'Iceland asked Denmark to extradite Henrik Sorensen Lund, accused of fraud. "We will not '
        'hand him over," Danish Justice Minister Mette Holm said on Monday.'
    )
    assert sides(case) == ("ISL", "DNK")
    assert case.attributes["status"] == "refused"
    assert case.date == "2031-03-10"


def test_he_in_a_quote_is_not_an_official_named_before() -> None:
    """The only person named before the quote is an official: "he" stands for no suspect."""
    assert not disputes(
        "Minister speaks\n\n"
        "Danish Prime Minister Lars Holm met Iceland's envoy on Monday. \"He will be handed over to "
        'Iceland," Danish Justice Minister Mette Holm said.'
    )


# ------------------------------------------------------------ the day a bare decision is reported


def test_a_decision_in_the_present_perfect_takes_its_reports_day() -> None:
    """ "The request has been approved," the minister said on Monday: no day of its own, so the
    day it is told, as for a surrender verb in the present perfect."""
    (case,) = disputes(
        "Minister speaks\n\n"
        'Iceland asked Denmark to extradite Henrik Sorensen Lund, accused of fraud. "The request has '
        'been approved," Danish Justice Minister Mette Holm said on Monday.'
    )
    assert case.attributes["status"] == "granted"
    assert case.date == "2031-03-10"


def test_a_decision_in_the_simple_past_keeps_no_day() -> None:
    """ "Denmark approved the request, the minister said on Monday": may be long before."""
    (case,) = disputes(
        "Minister speaks\n\n"
        "Iceland asked Denmark to extradite Henrik Sorensen Lund, accused of fraud. Denmark approved "
        "the request, Danish Justice Minister Mette Holm said on Monday."
    )
    assert case.attributes["status"] == "granted"
    assert case.date is None


# ------------------------------------------------------------ a course taken instead of a surrender


def test_a_trial_at_home_instead_of_extraditing_is_a_refusal() -> None:
    (case,) = disputes(
        "Trial at home\n\n"
        "Denmark has offered to try Henrik Sorensen Lund at home instead of extraditing him to Iceland."
    )
    assert case.roles["suspect"] == "Henrik Sorensen Lund"
    assert sides(case) == ("ISL", "DNK")
    assert case.attributes["status"] == "refused"


def test_rather_than_extradite_is_a_refusal() -> None:
    (case,) = disputes(
        "Trial at home\n\nDenmark will try Henrik Sorensen Lund at home rather than extradite him to Iceland."
    )
    assert sides(case) == ("ISL", "DNK")
    assert case.attributes["status"] == "refused"


def test_an_envoy_sent_instead_is_no_dispute() -> None:
    assert not disputes(
        "Envoy\n\nThe minister flew to Iceland instead of sending an envoy to Norway on Monday."
    )


# ------------------------------------------------------------ a later stage in the state that asked


def test_tried_in_the_asking_state_after_the_request_is_completed() -> None:
    (case,) = disputes(
        "Trial opens\n\n"
        "Iceland asked Denmark in 2029 to extradite Henrik Sorensen Lund, accused of fraud. He went on "
        "trial in Reykjavik on Monday."
    )
    assert sides(case) == ("ISL", "DNK")
    assert case.attributes["status"] == "completed"


def test_sentenced_by_a_court_of_the_asking_state_is_completed() -> None:
    (case,) = disputes(
        "Sentence\n\n"
        "Iceland asked Denmark in 2029 to extradite Henrik Sorensen Lund, accused of fraud. A "
        "Reykjavik court sentenced him to six years on Monday."
    )
    assert case.attributes["status"] == "completed"


def test_in_absentia_held_in_the_state_asked_or_jailed_before_completes_nothing() -> None:
    for after in (
        "A Reykjavik court sentenced him in absentia to six years on Monday.",
        "He has been held in a Copenhagen prison since March.",
        "He was jailed in Reykjavik in 2015 but escaped.",
        "He had been held in Reykjavik before he fled.",
    ):
        (case,) = disputes(
            "Sentence\n\n"
            f"Iceland asked Denmark in 2029 to extradite Henrik Sorensen Lund, accused of fraud. {after}"
        )
        assert case.attributes["status"] == "requested", after

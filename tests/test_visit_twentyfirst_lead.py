"""Visits and the clause layer: classes found wrong in the twenty-first session (issue 9), from the
read half of the invented battery 18.

Every sentence is written for the tests (invented people, real places)."""

from __future__ import annotations

import diplotext
from diplotext.extractors.reader.header import find_dateline
from diplotext.syntax import parse


def visits(text: str, published: str) -> list[tuple[str, str, str | None, str]]:
    doc = diplotext.extract("Head\n\n" + text, published=published)
    return [
        (e.roles["visitor"], e.roles["host_state"], e.date, e.attributes["status"])
        for e in doc.events
        if e.type == "visit"
    ]


def clauses(text: str) -> list[tuple[str, str, list[str]]]:
    """(predicate, subject, time values) of each clause of a one-sentence text."""
    doc = diplotext.extract(text, published="2030-03-14", layout="body", plugins=["actors", "dates"])
    layer = parse(doc.article, doc.actors, doc.dates)
    out = []
    for c in layer.in_sentence(0):
        subject = text[c.subject.start : c.subject.end] if c.subject is not None else ""
        out.append((text[c.predicate.start : c.predicate.end], subject, [str(t.value) for t in c.times]))
    return out


# ------------------------------------------------------------------- the clause layer


def test_a_fronted_time_without_a_comma_is_no_part_of_the_subject() -> None:
    """ "On Tuesday police arrested X", "Yesterday two judges ruled": the time is the clause's."""
    assert clauses("On Tuesday police arrested a smuggler in Quito.")[0] == (
        "arrested",
        "police",
        ["2030-03-12"],
    )
    assert clauses("Yesterday two judges rejected the plea.")[0][1:] == ("two judges", ["2030-03-13"])
    assert clauses("The Tuesday talks ended early.")[0][1] == "The Tuesday talks"  # a modifier still


def test_a_bare_noun_opening_the_clause_keeps_its_place_phrase() -> None:
    """ "Officials in Quito rejected it": the subject is the officials, not the city."""
    assert clauses("Officials in Quito rejected the offer.")[0][1] == "Officials in Quito"
    assert clauses("Last month police in Quito seized the boat.")[0][1] == "police in Quito"


def test_a_verb_after_and_then_under_a_modal_is_a_verb() -> None:
    """ "will meet X on Monday and then fly to Y": "fly" is the second verb, with its own day."""
    got = clauses("Ruiz will meet the mayor on Monday and then fly to Quito on Wednesday.")
    assert [(p, t) for p, _, t in got] == [("will meet", ["2030-03-18"]), ("fly", ["2030-03-20"])]


def test_a_verb_after_a_name_set_off_after_its_title() -> None:
    """ "Chile's president, X, arrives in Y": "arrives" is the verb, not a plural noun."""
    got = visits("Chile's president, Tomas Arrieta Vidal, arrives in Lima next Monday.", "2030-03-14")
    assert got == [("Tomas Arrieta Vidal", "PER", "2030-03-18", "planned")]


def test_an_agency_named_without_brackets_closes_a_dateline() -> None:
    """ "OSLO, May 2 NTB - ...": the agency's name needs no brackets after the date."""
    text = "OSLO, May 2 NTB - The prime minister left for Riga."
    got = find_dateline(text, 0, len(text))
    assert got is not None and got[0] == "Oslo" and text[got[2] :].startswith("The prime")


# ------------------------------------------------------------------- dates


def test_a_tours_week_yields_to_the_day_of_a_stop_in_it() -> None:
    """ "will visit A and B next week ... will meet X in A's capital on Monday": that Monday."""
    got = visits(
        "Norwegian Defence Minister Ola Strand will visit Estonia and Latvia next week.\n\n"
        "Strand will meet his counterpart Mart Kask in Tallinn on Monday and then fly to Riga on "
        "Wednesday, the ministry said.",
        "2030-03-14",
    )
    assert sorted(got) == [
        ("Ola Strand", "EST", "2030-03-18", "planned"),
        ("Ola Strand", "LVA", "2030-03-20", "planned"),
    ]


def test_the_first_to_visit_in_a_when_clause_takes_the_time_it_hangs_on() -> None:
    """ "Ties grew in 1998, when X became the first Y to visit Z": 1998, and over."""
    got = visits(
        "Trade grew fast in 1998, when Greek Prime Minister Nikos Mavros became the first Greek "
        "leader to visit Chile in 20 years.",
        "2030-03-14",
    )
    assert got == [("Nikos Mavros", "CHL", "1998", "completed")]


def test_a_past_day_in_its_own_clause_is_not_turned_ahead_by_a_verb_after_a_comma() -> None:
    """ "X, who had met Y on Wednesday, is due to see Z on Friday": the Wednesday gone by."""
    got = clauses(
        "Ruiz, who had met the leaders of three rebel groups in Quito on Wednesday, is due to see "
        "the mayor on Friday."
    )
    assert got[0][2] == ["2030-03-13"] and got[1][2] == ["2030-03-15"]


def test_a_leg_still_to_come_is_not_dated_by_a_day_gone_by() -> None:
    """ "wrapped up a visit to A on Monday ..., a tour that will also take him to B": B undated."""
    got = visits(
        "South Korean Prime Minister Kim Dae-ho wrapped up a visit to Ghana on Monday and left for Togo, "
        "the second leg of an African tour that will also take him to Benin.",
        "2030-03-18",
    )
    assert ("Kim Dae-ho", "BEN", None, "planned") in got


def test_was_in_a_city_on_a_day_gone_by_is_a_stay_that_is_over() -> None:
    """ "X was in Y on Monday to deliver a message": over, unlike "arrived in Y on Monday"."""
    got = visits(
        "Malian Foreign Minister Awa Traore was in Dakar on Monday to deliver a letter from her "
        "president, and held talks with Senegalese officials.",
        "2030-03-13",
    )
    assert got == [("Awa Traore", "SEN", "2030-03-11", "completed")]
    arrived = visits("Malian Foreign Minister Awa Traore arrived in Dakar on Monday for talks.", "2030-03-13")
    assert arrived == [("Awa Traore", "SEN", "2030-03-11", "ongoing")]


# ------------------------------------------------------------------- press releases


def test_a_press_releases_own_minister_is_of_the_issuing_state() -> None:
    """A release headed "Ministry of Foreign Affairs of the Republic of X" leaves its own minister
    unqualified: she is X's."""
    doc = diplotext.extract(
        "Minister to visit Peru\n\n"
        "Ministry of Foreign Affairs of the Republic of Finland\n"
        "Press release, 2 March 2030\n\n"
        "Foreign Minister Aino Virtanen will pay an official visit to Peru from 9 to 11 March, where "
        "she will meet Peruvian Foreign Minister Rosa Quispe.",
        published="2030-03-02",
    )
    got = [(e.roles["visitor"], e.roles["visitor_state"], e.roles["host_state"], e.date) for e in doc.events]
    assert got == [("Aino Virtanen", "FIN", "PER", "2030-03-09")]


def test_an_issuing_body_is_read_only_on_a_line_of_its_own() -> None:
    """The header line names the issuer; a sentence that names a ministry of a state does not."""
    from diplotext.extractors.issuers import issuing_state

    head = diplotext.extract(
        "Talks\n\nEmbassy of the Republic of Ghana, Tokyo\n\nThe ambassador met the mayor.",
        published="2030-03-02",
    )
    told = diplotext.extract(
        "Talks\n\nThe Ministry of Foreign Affairs of Finland said the minister will visit Peru.",
        published="2030-03-02",
    )
    assert (issuing_state(head.article), issuing_state(told.article)) == ("GHA", None)


# ------------------------------------------------------------------- first in N years


def test_first_in_counts_the_duration_of_its_own_phrase_for_its_own_pair() -> None:
    """ "The visit comes two years after Y went to A in 2020, the first visit by a B leader to A in
    30 years": P30Y is Y's visit's, not "two years", and not the current visit's."""
    doc = diplotext.extract(
        "Head\n\nCHISINAU: Romanian President Ion Popa arrived here on Monday on a two-day state visit.\n\n"
        "The visit comes two years after Moldovan President Vasile Lungu went to Bucharest in 2028, "
        "the first visit by a Moldovan president to Romania in 30 years.",
        published="2030-03-12",
    )
    got = {e.roles["visitor"]: e.attributes["first_in"] for e in doc.events}
    assert got == {"Ion Popa": None, "Vasile Lungu": "P30Y"}


# ------------------------------------------------------------------- delegations


def test_a_definite_delegation_naming_its_party_is_the_one_led_before() -> None:
    """ "met a delegation of the X Party (XP) led by Y ... The XP delegation arrived on Tuesday":
    the arrival is Y's, and dates the visit."""
    got = visits(
        "LIMA, March 14 (Xinhua) -- A senior Peruvian leader met here on Wednesday with a delegation "
        "of the Communist Party of China (CPC) led by Zhou Ming, head of the CPC Central Committee's "
        "International Department.\n\n"
        "The two sides agreed to deepen exchanges.\n\n"
        "The CPC delegation arrived in Lima on Monday for a five-day visit to Peru.",
        "2030-03-14",
    )
    assert got == [("Zhou Ming", "PER", "2030-03-11", "ongoing")]


def test_the_country_a_dateline_names_wins_over_the_gazetteers_city() -> None:
    """ "HYDERABAD, Pakistan, Oct 4 (Reuters) -": the Pakistani city, not the Indian one."""
    got = visits(
        "HYDERABAD, Pakistan, Oct 4 (Reuters) - Chinese Vice Premier Li Ping arrived here on Tuesday "
        "for talks with provincial leaders.",
        "2030-10-04",
    )
    assert got == [("Li Ping", "PAK", "2030-10-01", "ongoing")]
    # the dateline's city, named again in the text, is of the country the dateline gives
    again = visits(
        "TRIPOLI, Lebanon, Oct 4 (Reuters) - French Foreign Minister Anne Roux arrived in Tripoli on "
        "Tuesday for talks with local leaders.",
        "2030-10-04",
    )
    assert again == [("Anne Roux", "LBN", "2030-10-01", "ongoing")]


# ------------------------------------------------------------------- who was met


def test_a_counterpart_described_then_named_with_the_visitors_office_is_met() -> None:
    """ "held talks with his Chilean counterpart in Santiago ... Foreign Minister Y said": Y holds
    the visitor's office, so Y is the counterpart met."""
    doc = diplotext.extract(
        "Head\n\nCanadian Foreign Minister Paul Roy held talks with his Chilean counterpart in "
        "Santiago on Tuesday. Foreign Minister Marta Soto said the talks had been productive.",
        published="2030-03-14",
    )
    (visit,) = doc.events
    assert list(visit.roles["met"]) == ["Marta Soto"]


def test_an_official_named_among_a_group_met_is_met() -> None:
    """ "met Chilean officials in Santiago, including Foreign Minister Y": Y is met."""
    for text in (
        "Canadian Foreign Minister Paul Roy met Chilean officials in Santiago on Monday, including "
        "Interior Minister Marta Soto.",
        "Canadian Foreign Minister Paul Roy held talks in Santiago on Monday with Chilean officials, "
        "including Interior Minister Marta Soto.",
    ):
        (visit,) = diplotext.extract("Head\n\n" + text, published="2030-03-14").events
        assert list(visit.roles["met"]) == ["Marta Soto"]


def test_a_capitalised_portfolio_title_set_off_before_the_name_is_the_persons() -> None:
    """ "Chile's Mining Minister, Ana Vidal, held talks in Perth": a minister of Chile."""
    got = visits("Chile's Mining Minister, Ana Vidal, held talks in Perth on Wednesday.", "2030-03-14")
    # talks on a day gone by with nothing else told are over (twenty-sixth session, visits39)
    assert got == [("Ana Vidal", "AUS", "2030-03-13", "completed")]


def test_words_of_a_quote_are_no_part_of_the_reporting_clause_after_it() -> None:
    """`"When we meet in Kiev next year, ..." X told the meeting`: the place and time are the
    quote's, not those of X's telling."""
    got = clauses(
        '"Once the Ministers gather in Riga next spring, we very much expect that you will attend," '
        "Ana Vidal told the annual meeting."
    )
    told = [c for c in got if c[0] == "told"]
    assert told == [("told", "Ana Vidal", [])]
    # a quoted phrase inside the clause is still its argument
    assert clauses('He called the plan "a disaster" on Monday.')[0][2] == ["2030-03-11"]


def test_a_citys_name_after_a_middle_initial_is_a_surname() -> None:
    """ "Foreign Secretary Ana M. Lima": one person, and no mention of Peru's government."""
    text = "Head\n\nMexican Foreign Secretary Ana M. Lima will travel to Hanoi on Monday."
    doc = diplotext.extract(text, published="2030-03-14")
    assert [(a.name, a.kind) for a in doc.actors if a.kind in ("person", "state")] == [
        ("Mexico", "state"),
        ("Ana M. Lima", "person"),
    ]
    assert [e.roles["visitor"] for e in doc.events] == ["Ana M. Lima"]


def test_a_title_case_dateline_closed_by_a_date_and_an_agency() -> None:
    """ "New Delhi, May 30 (PTI) Prime Minister X will ...": a dateline with no dash after it, so
    its date is no time of the lead's clause."""
    text = "Oslo, March 3 (NTB) Prime Minister Ola Berg will visit Chile from March 9 to 11."
    got = find_dateline(text, 0, len(text))
    assert got is not None and got[0] == "Oslo" and text[got[2] :].startswith("Prime Minister")
    assert visits(text, "2030-03-03") == [("Ola Berg", "CHL", "2030-03-09", "planned")]


def test_a_predecessor_holds_the_office_and_state_of_the_one_told_of() -> None:
    """ "the first visit to Peru by a Chilean president since 2015, when his predecessor X made a
    two-day trip": X was Chile's president, and that trip is a visit of its own."""
    got = visits(
        "LIMA, March 14 (Reuters) - Chilean President Tomas Vidal will make a state visit to Peru "
        "in May, officials said on Thursday.\n\nIt will be the first state visit to Peru by a "
        "Chilean president since 2015, when his predecessor Ana Rojas made a two-day trip.",
        "2030-03-14",
    )
    assert ("Ana Rojas", "PER", "2015", "completed") in got


def test_a_postponed_visits_old_schedule_does_not_date_its_new_day() -> None:
    """ "has postponed a visit set for next week, and will now travel on May 3. The visit,
    originally set for March 20 and 21, ...": May 3."""
    got = visits(
        "Peruvian President Ana Soto has postponed a state visit to Chile that had been scheduled "
        "for next week, and will now travel to Santiago on May 3, officials said.\n\n"
        "The visit, originally set for March 20 and 21, was put back because of a budget vote.",
        "2030-03-14",
    )
    assert got == [("Ana Soto", "CHL", "2030-05-03", "planned")]


def test_minister_responsible_for_a_portfolio_is_a_title_not_a_name() -> None:
    """ "Oman's Minister Responsible for Foreign Affairs, X": X is the minister, "Responsible" no
    one."""
    doc = diplotext.extract(
        "Head\n\nThe Turkish foreign minister, Kemal Aydin, will travel to Muscat on Wednesday to "
        "meet Oman's Minister Responsible for Foreign Affairs, Yusuf bin Ali.",
        published="2030-03-14",
    )
    people = {a.name: a.country for a in doc.actors if a.kind == "person"}
    assert people == {"Kemal Aydin": "TUR", "Yusuf bin Ali": "OMN"}
    (visit,) = doc.events
    assert list(visit.roles["met"]) == ["Yusuf bin Ali"]


def test_a_description_coordinated_with_a_name_is_the_one_with_that_role() -> None:
    """ "The crown prince and Crown Princess X arrived in Lima on Wednesday": the crown prince
    named before arrived that day too."""
    got = visits(
        "Denmark's Crown Prince Anders Holm has opened a Danish trade fair in Lima, on the second "
        "day of a four-day visit to Peru.\n\nThe crown prince and Crown Princess Maria arrived in "
        "the Peruvian capital on Wednesday at the head of a business delegation.",
        "2030-03-14",
    )
    assert ("Anders Holm", "PER", "2030-03-13", "ongoing") in got


def test_the_one_accompanied_makes_the_trip_too() -> None:
    """ "X accompanied Vice President Y to Lima in May": both went to Peru."""
    got = visits(
        "Chilean Foreign Minister Rosa Vidal accompanied Vice President Tomas Lagos to Lima in May.",
        "2030-06-14",
    )
    assert sorted(got) == [
        ("Rosa Vidal", "PER", "2030-05", "completed"),
        ("Tomas Lagos", "PER", "2030-05", "completed"),
    ]


def test_a_headlines_role_in_the_possessive_names_the_state() -> None:
    """Headline "Live: Chilean president's state visit to Peru": the president of the text, named
    with no state, is Chile's."""
    doc = diplotext.extract(
        "Live: Chilean president's state visit to Peru\n\n"
        "09:15 - President Tomas Vidal arrived in Lima yesterday afternoon and was greeted by Prime "
        "Minister Ana Soto.",
        published="2030-03-14",
    )
    got = [(e.roles["visitor"], e.roles["visitor_state"], e.roles["host_state"]) for e in doc.events]
    assert got == [("Tomas Vidal", "CHL", "PER")]


def test_a_governor_general_is_an_official_the_visitor_meets() -> None:
    """ "was welcomed at Government House by Governor-General X": a person, an office, and met."""
    doc = diplotext.extract(
        "Head\n\nLatvian President Ilze Berzina landed in Wellington on Tuesday and was welcomed at "
        "Government House by Governor-General Mere Tane.",
        published="2030-03-14",
    )
    people = {a.name: a.roles for a in doc.actors if a.kind == "person"}
    assert people["Mere Tane"] == ("governor-general",)
    (visit,) = doc.events
    assert list(visit.roles["met"]) == ["Mere Tane"]


def test_a_meeting_to_come_is_no_part_of_a_visit_long_over() -> None:
    """ "The visit will include a meeting co-chaired by A and B ... B visited Lima in 2004": B's
    past visit did not meet A; A's visit to come meets B."""
    got = diplotext.extract(
        "Head\n\nLIMA, April 8 -- Chilean President Ana Soto will travel to Quito next month, the "
        "government said.\n\nThe visit will include a meeting of the new cooperation council, "
        "co-chaired by Soto and Ecuadorean President Luis Mora.\n\nMora visited Santiago in 2004 "
        "and held talks with then President Jorge Pinto.",
        published="2030-04-08",
    ).events
    met = {(e.roles["visitor"], e.roles["host_state"]): list(e.roles["met"]) for e in got}
    assert met[("Ana Soto", "ECU")] == ["Luis Mora"]
    assert met[("Luis Mora", "CHL")] == ["Jorge Pinto"]


def test_they_and_the_couple_stand_for_the_pair_of_the_sentence_before() -> None:
    """ "The king and Queen X arrived ... They were welcomed by Y ... The royal couple will fly to
    Z on Saturday": Y was met, and Z is a trip of the king's."""
    doc = diplotext.extract(
        "Head\n\nSweden's King Karl Berg has opened a trade fair in Lima on the second day of a "
        "four-day visit to Peru.\n\nThe king and Queen Silvia arrived in the Peruvian capital on "
        "Wednesday.\n\nThey were welcomed by Peru's President Ana Soto at the palace.\n\n"
        "Trade Minister Erik Lund signed an accord on fisheries.\n\nThe royal couple will fly to "
        "Bolivia on Saturday.",
        published="2030-03-14",
    )
    got = {(e.roles["visitor"], e.roles["host_state"]): list(e.roles["met"]) for e in doc.events}
    assert got[("Karl Berg", "PER")] == ["Ana Soto"]
    assert ("Karl Berg", "BOL") in got


def test_a_stateless_official_travelling_to_a_host_is_of_the_other_state_of_the_headline() -> None:
    """Headline "Why Santiago courts Lima": "Foreign Minister X spent four days in Peru" (no state
    given) is Chile's; a city in the headline that is no capital ("Firm Suez ...") names no state."""
    got = visits(
        "Foreign Minister Rosa Vidal spent four days in Peru in August 2028.",
        "2030-03-14",
    )
    assert got == []  # no state anywhere
    doc = diplotext.extract(
        "Analysis: Why Santiago keeps courting Lima\n\n"
        "Foreign Minister Rosa Vidal spent four days in Peru in August 2028, a trip still cited.",
        published="2030-03-14",
    )
    assert [(e.roles["visitor"], e.roles["visitor_state"], e.roles["host_state"]) for e in doc.events] == [
        ("Rosa Vidal", "CHL", "PER")
    ]
    firm = diplotext.extract(
        "Water firm Suez in Peru row\n\nForeign Minister Rosa Vidal spent four days in Peru in August.",
        published="2030-03-14",
    )
    assert all(e.roles["visitor_state"] != "EGY" for e in firm.events)


def test_officials_accompanying_a_visitor_are_on_the_visit() -> None:
    """ "arrived in Lima on Monday, accompanied by Foreign Minister Y" and "Y, who is accompanying
    him, signed an accord": Y is on the visit, with its host and day."""
    for text in (
        "Chilean President Tomas Vidal arrived in Lima on Monday, accompanied by Foreign Minister "
        "Rosa Lagos.",
        "Chilean President Tomas Vidal arrived in Lima on Monday. Foreign Minister Rosa Lagos, who "
        "is accompanying him, signed a fisheries accord.",
    ):
        got = visits(text, "2030-03-13")
        assert sorted(got) == [
            ("Rosa Lagos", "PER", "2030-03-11", "ongoing"),
            ("Tomas Vidal", "PER", "2030-03-11", "ongoing"),
        ]


def test_an_official_accompanying_the_couple_is_on_their_visit() -> None:
    """ "The king and Queen X arrived ... Trade Minister Y, who is accompanying the royal couple,
    signed an accord": Y is on the king's visit."""
    got = visits(
        "Sweden's King Karl Berg has opened a trade fair in Lima on the second day of a four-day "
        "visit to Peru.\n\nThe king and Queen Silvia arrived in the Peruvian capital on Wednesday.\n\n"
        "Sweden's Trade Minister, Erik Lund, who is accompanying the royal couple, signed an accord "
        "on fisheries.",
        "2030-03-14",
    )
    assert {(v, h) for v, h, _, _ in got} == {("Karl Berg", "PER"), ("Erik Lund", "PER")}


def test_a_delegation_led_when_talks_were_held_somewhere_went_there() -> None:
    """ "The talks were held in Lima in May 2028, when Foreign Minister X led the Chilean
    delegation": X went to Peru then."""
    got = visits(
        "The talks were held in Lima in May 2028, when Foreign Minister Rosa Vidal led the Chilean "
        "delegation.",
        "2030-03-14",
    )
    assert got == [("Rosa Vidal", "PER", "2028-05", "completed")]


def test_staying_on_until_a_day_is_a_visit_going_on() -> None:
    """ "will stay in Peru until Thursday": there now; Thursday is the stay's end, no start."""
    got = visits("Chilean Foreign Minister Rosa Vidal will stay in Peru until Thursday.", "2030-03-13")
    assert got == [("Rosa Vidal", "PER", "2030-03-13", "ongoing")]
    ahead = visits("Chilean Foreign Minister Rosa Vidal will stay in Peru next week.", "2030-03-13")
    assert ahead == [("Rosa Vidal", "PER", "2030-W12", "planned")]


def test_two_stateless_travellers_to_one_host_are_no_rivals_for_the_headline_state() -> None:
    """Headline "Why Santiago keeps courting Lima": two prime ministers with no state given, each
    spending days in Peru, are both Chile's (those travelling there come from elsewhere)."""
    doc = diplotext.extract(
        "Analysis: Why Santiago keeps courting Lima\n\n"
        "Prime Minister Rosa Vidal spent four days in Peru in August 2020.\n\n"
        "Seven years later, Prime Minister Jorge Lagos addressed Peru's congress during a visit in "
        "May 2027.",
        published="2030-03-14",
    )
    got = sorted((e.roles["visitor"], e.roles["visitor_state"], e.roles["host_state"]) for e in doc.events)
    assert got == [("Jorge Lagos", "CHL", "PER"), ("Rosa Vidal", "CHL", "PER")]


def test_a_name_owning_a_trip_is_a_person() -> None:
    """ "Tunde Okafor's visit to Lima": two capitalised words before "'s visit" are a person, even
    opening a sentence with a given name the lists do not hold."""
    doc = diplotext.extract(
        "Head\n\nKuvani Tembo's visit to Lima in May produced a trade pact.", published="2030-06-14"
    )
    assert [(a.name, a.kind) for a in doc.actors if a.kind == "person"] == [("Kuvani Tembo", "person")]

"""The ``visits`` plugin: rules tested on hand-built actors and dates, then end to end.

Articles here are written for the tests: invented people, real countries.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import diplotext
from builders import make_article, person, state, timex
from diplotext.extractors import visits
from diplotext.extractors.visits.attributes import first_in
from diplotext.model import Actor, Article, Event, Quote, TemporalExpression
from diplotext.syntax import parse

# --------------------------------------------------------------------------- helpers


def run(
    text: str,
    published: str,
    actors: list[Actor],
    dates: list[TemporalExpression] | None = None,
    quotes: list[Quote] | None = None,
) -> list[Event]:
    article = make_article(text, published)
    dates = dates or []
    return visits.extract_events(
        article=article,
        actors=actors,
        dates=dates,
        quotes=quotes or [],
        clauses=parse(article, actors, dates),
    )


def by_host(events: list[Event]) -> dict[Any, Event]:
    return {e.roles["host_state"]: e for e in events}


def evidence_texts(text: str, event: Event) -> list[str]:
    return [text[s:e] for s, e in event.evidence]


# --------------------------------------------------------------------------- a planned tour

TOUR = (
    "Chinese Premier Li Wenhao will pay official visits to Kenya, Ghana and Senegal from March 3 to 12, "
    "the Foreign Ministry said on Tuesday.\n\n"
    "Li's three-nation tour will first take him to Kenya, where he will hold talks with Kenyan President "
    "Daniel Mwangi.\n\n"
    "Li will visit Ghana from March 6 to 8, which will be the first visit by a Chinese premier to the "
    "country in twelve years.\n\n"
    "The visit will deepen traditional friendship, the ministry said."
)


def tour_events() -> list[Event]:
    actors = [
        person(1, TOUR, "Li Wenhao", "CHN", "Li", "he", roles=("premier",)),
        person(2, TOUR, "Daniel Mwangi", "KEN", roles=("president",)),
        state(1, TOUR, "KEN", "Kenya", "Kenyan"),
        state(2, TOUR, "GHA", "Ghana"),
        state(3, TOUR, "SEN", "Senegal"),
        state(4, TOUR, "CHN", "Chinese"),
    ]
    dates = [
        timex(TOUR, "March 3", "2031-03-03"),
        timex(TOUR, "Tuesday", "2031-02-25"),
        timex(TOUR, "March 6", "2031-03-06"),
        timex(TOUR, "twelve years", "P12Y", "DURATION"),
    ]
    return run(TOUR, "2031-02-25", actors, dates)


def test_a_tour_is_one_visit_per_host_country() -> None:
    events = tour_events()
    assert sorted(by_host(events)) == ["GHA", "KEN", "SEN"]
    for e in events:
        assert e.type == "visit"
        assert e.code == "042"
        assert e.roles["visitor"] == "Li Wenhao"
        assert e.roles["visitor_state"] == "CHN"
        assert e.attributes["status"] == "planned"
        assert e.attributes["plover"] == "CONSULT"
        assert e.id == ""


def test_tour_dates_first_leg_own_dates_and_month_for_the_rest() -> None:
    hosts = by_host(tour_events())
    assert hosts["KEN"].date == "2031-03-03"  # the tour starts there ("will first take him to Kenya")
    assert hosts["GHA"].date == "2031-03-06"  # its own dates
    assert hosts["SEN"].date == "2031-03"  # only the tour's span is known


def test_tour_met_first_in_and_evidence() -> None:
    hosts = by_host(tour_events())
    assert hosts["KEN"].roles["met"] == ("Daniel Mwangi",)
    assert hosts["GHA"].roles["met"] == ()
    assert hosts["GHA"].attributes["first_in"] == "P12Y"
    assert hosts["KEN"].attributes["first_in"] is None
    ken = evidence_texts(TOUR, hosts["KEN"])
    assert any(t.startswith("Li's three-nation tour") for t in ken)
    assert any(t.startswith("Chinese Premier Li Wenhao will pay") for t in ken)
    assert len(hosts["KEN"].evidence) == len(set(hosts["KEN"].evidence))
    assert list(hosts["KEN"].evidence) == sorted(hosts["KEN"].evidence)


# --------------------------------------------------------------------------- an ongoing visit

ONGOING = (
    "Brazilian Foreign Minister Helena Duarte is in Tokyo for a three-day official visit, her first "
    "to Japan in five years.\n\n"
    "Duarte met Japanese Prime Minister Kenji Morimoto on Monday and discussed trade.\n\n"
    "Morimoto told reporters the talks were useful."
)


def test_an_ongoing_visit_with_place_date_met_and_first_in() -> None:
    actors = [
        person(1, ONGOING, "Helena Duarte", "BRA", "Duarte", roles=("foreign minister",)),
        person(2, ONGOING, "Kenji Morimoto", "JPN", "Morimoto", roles=("prime minister",)),
        state(1, ONGOING, "BRA", "Brazilian"),
        state(2, ONGOING, "JPN", "Japan", "Japanese", "Tokyo"),
    ]
    dates = [timex(ONGOING, "Monday", "2030-05-13"), timex(ONGOING, "five years", "P5Y", "DURATION")]
    (event,) = run(ONGOING, "2030-05-14", actors, dates)
    assert event.roles == {
        "visitor": "Helena Duarte",
        "visitor_state": "BRA",
        "host_state": "JPN",
        "met": ("Kenji Morimoto",),
    }
    assert event.place == "Tokyo"
    assert event.date == "2030-05-13"
    assert event.attributes["status"] == "ongoing"
    assert event.attributes["first_in"] == "P5Y"
    assert 0.5 < event.confidence < 1.0


# --------------------------------------------------------------------------- visitors named in other ways

VISITING = (
    "Russia will keep its gas prices, President Oleg Baranov told visiting Hungarian Prime Minister "
    "Peter Szalai in Moscow on Friday.\n\n"
    "Egypt's President Samir Fawzi hosted Italian Foreign Minister Marco Lenti in Cairo last week."
)


def test_visiting_person_and_hosted_person_are_visitors() -> None:
    actors = [
        person(1, VISITING, "Oleg Baranov", "RUS", "Baranov", roles=("president",)),
        person(2, VISITING, "Peter Szalai", "HUN", roles=("prime minister",)),
        person(3, VISITING, "Samir Fawzi", "EGY", roles=("president",)),
        person(4, VISITING, "Marco Lenti", "ITA", roles=("foreign minister",)),
        state(1, VISITING, "RUS", "Russia", "Moscow"),
        state(2, VISITING, "HUN", "Hungarian"),
        state(3, VISITING, "EGY", "Egypt"),
        state(4, VISITING, "ITA", "Italian"),
    ]
    dates = [timex(VISITING, "Friday", "2030-05-10"), timex(VISITING, "last week", "2030-W18")]
    events = {e.roles["visitor"]: e for e in run(VISITING, "2030-05-11", actors, dates)}
    assert set(events) == {"Peter Szalai", "Marco Lenti"}
    szalai = events["Peter Szalai"]
    assert (szalai.roles["visitor_state"], szalai.roles["host_state"]) == ("HUN", "RUS")
    assert szalai.roles["met"] == ("Oleg Baranov",)
    assert szalai.attributes["status"] == "ongoing"
    assert szalai.place == "Moscow"
    lenti = events["Marco Lenti"]
    assert (lenti.roles["visitor_state"], lenti.roles["host_state"]) == ("ITA", "EGY")
    assert lenti.roles["met"] == ("Samir Fawzi",)
    assert lenti.attributes["status"] == "completed"


def test_visitor_from_the_previous_sentence_and_a_by_phrase() -> None:
    text = (
        "Polish Foreign Minister Adam Nowicki said on Friday trade with Vietnam must grow.\n\n"
        '"We want more," he said, midway through an official visit to Vietnam.\n\n'
        "It follows a visit to Vietnam by Polish Premier Jan Kowal last year."
    )
    actors = [
        person(1, text, "Adam Nowicki", "POL", "he", roles=("foreign minister",)),
        person(2, text, "Jan Kowal", "POL", roles=("premier",)),
        state(1, text, "POL", "Polish"),
        state(2, text, "VNM", "Vietnam"),
    ]
    dates = [timex(text, "Friday", "2029-04-13"), timex(text, "last year", "2028")]
    events = {e.roles["visitor"]: e for e in run(text, "2029-04-13", actors, dates)}
    assert set(events) == {"Adam Nowicki", "Jan Kowal"}
    assert events["Adam Nowicki"].attributes["status"] == "ongoing"
    assert events["Adam Nowicki"].roles["host_state"] == "VNM"
    assert events["Jan Kowal"].date == "2028"
    assert events["Jan Kowal"].attributes["status"] == "completed"


# --------------------------------------------------------------------------- what is not a visit

NOT_VISITS = (
    "French President Luc Perrin visited Lyon on Monday to open a school.\n\n"
    "Thousands of Chinese tourists visited Thailand last year.\n\n"
    "Kenyan athletes arrived in Berlin for the marathon.\n\n"
    "Perrin also visited a hospital in Marseille."
)


def test_domestic_trips_tourists_athletes_and_hospitals_are_not_visits() -> None:
    actors = [
        person(1, NOT_VISITS, "Luc Perrin", "FRA", "Perrin", roles=("president",)),
        state(1, NOT_VISITS, "FRA", "French"),
        state(2, NOT_VISITS, "THA", "Thailand"),
    ]
    assert run(NOT_VISITS, "2030-01-10", actors) == []


def test_peoples_and_places_before_a_comma_are_not_visits() -> None:
    text = (
        "Indian Prime Minister Ravi Menon eased travel rules for Pakistanis visiting India.\n\n"
        "Menon studied in Britain, followed by a tour of the world.\n\n"
        "Menon is heading for victory in Nepal, polls say."
    )
    actors = [
        person(1, text, "Ravi Menon", "IND", "Menon", roles=("prime minister",)),
        state(1, text, "IND", "Indian", "India"),
        state(2, text, "GBR", "Britain"),
        state(3, text, "NPL", "Nepal"),
    ]
    assert run(text, "2030-01-10", actors) == []


def test_an_unknown_visitor_state_comes_from_a_role_phrase() -> None:
    text = (
        "Nora Lind arrived in Hanoi on Monday.\n\n"
        "She is the first Swedish foreign minister to visit Vietnam in ten years."
    )
    actors = [
        person(1, text, "Nora Lind", None, "She"),
        state(1, text, "SWE", "Swedish"),
        state(2, text, "VNM", "Vietnam", "Hanoi"),
    ]
    dates = [timex(text, "Monday", "2030-03-04")]
    (event,) = run(text, "2030-03-05", actors, dates)
    assert event.roles["visitor"] == "Nora Lind"
    assert event.roles["visitor_state"] == "SWE"
    assert event.roles["host_state"] == "VNM"
    assert event.place == "Hanoi"
    assert event.date == "2030-03-04"
    assert event.attributes["first_in"] == "P10Y"
    assert event.attributes["status"] == "ongoing"


def test_an_ended_visit_is_completed_and_going_home_is_no_visit() -> None:
    text = (
        "Chilean President Marta Vidal arrived in Lima on Monday for a state visit to Peru.\n\n"
        "Vidal ended her visit to Peru on Wednesday and arrived back in Chile in the evening.\n\n"
        "She welcomed the resumption of trade talks in Lima, her aides said."
    )
    actors = [
        person(1, text, "Marta Vidal", "CHL", "Vidal", "She", "her", roles=("president",)),
        state(1, text, "CHL", "Chilean", "Chile"),
        state(2, text, "PER", "Peru", "Lima"),
    ]
    dates = [timex(text, "Monday", "2030-05-06"), timex(text, "Wednesday", "2030-05-08")]
    (event,) = run(text, "2030-05-08", actors, dates)
    assert event.roles["host_state"] == "PER"
    assert event.attributes["status"] == "completed"
    assert event.date == "2030-05-06"
    assert event.place == "Lima"
    assert len(event.evidence) == 2  # "trade talks in Lima" is not a visit of hers


def test_here_is_the_dateline_place() -> None:
    text = "Egyptian Foreign Minister Amr Saleh arrived here Tuesday for talks with Turkish leaders."
    actors = [
        person(1, text, "Amr Saleh", "EGY", roles=("foreign minister",)),
        state(1, text, "EGY", "Egyptian"),
        state(2, text, "TUR", "Turkish"),
    ]
    dates = [timex(text, "Tuesday", "2030-04-09")]
    paragraphs = [(0, len(text))]
    article = Article(
        text=text, published=dt.date(2030, 4, 9), paragraphs=paragraphs, dateline="Ankara", dateline_span=None
    )
    (event,) = visits.extract_events(
        article=article, actors=actors, dates=dates, quotes=[], clauses=parse(article, actors, dates)
    )
    assert (event.roles["visitor_state"], event.roles["host_state"]) == ("EGY", "TUR")
    assert event.place == "Ankara"
    assert event.date == "2030-04-09"
    assert event.attributes["status"] == "ongoing"


@pytest.mark.parametrize(
    ("sentence", "visitor", "host", "status"),
    [
        (
            "Thai Premier Somchai Rattana left Beijing on Friday, ending his four-day visit.",
            "SR",
            "CHN",
            "completed",
        ),
        ("The Kremlin welcomed Greek Prime Minister Nikos Vlahos on Tuesday.", "NV", "RUS", "completed"),
        ("Greek Prime Minister Nikos Vlahos held talks in Moscow on Tuesday.", "NV", "RUS", "completed"),
        ("Thai Premier Somchai Rattana arrived in Ankara for a state visit.", "SR", "TUR", "ongoing"),
        ("Greek Prime Minister Nikos Vlahos is on a three-day visit to Chile.", "NV", "CHL", "ongoing"),
        ("Greek Prime Minister Nikos Vlahos flies to Lima on Sunday for talks.", "NV", "PER", "planned"),
        ("Greek Prime Minister Nikos Vlahos left for Hanoi on Monday.", "NV", "VNM", "ongoing"),
        ("A visit by Greek Prime Minister Nikos Vlahos to Peru was cancelled.", "NV", "PER", "cancelled"),
    ],
)
def test_ways_of_telling_a_visit(sentence: str, visitor: str, host: str, status: str) -> None:
    actors = [
        person(1, sentence, "Somchai Rattana", "THA", roles=("premier",)),
        person(2, sentence, "Nikos Vlahos", "GRC", roles=("prime minister",)),
    ]
    actors = [a for a in actors if a.mentions]
    (event,) = run(sentence, "2030-02-01", actors)
    assert "".join(w[0] for w in str(event.roles["visitor"]).split()) == visitor
    assert event.roles["host_state"] == host
    assert event.attributes["status"] == status


def test_no_people_no_visits_and_empty_article() -> None:
    assert run("The visit to Japan was a success.", "2030-01-01", []) == []
    assert run("", "2030-01-01", []) == []
    article = Article(text="visit", paragraphs=())
    assert (
        visits.extract_events(article=article, actors=[], dates=[], quotes=[], clauses=parse(article, [], []))
        == []
    )


# --------------------------------------------------------------------------- first_in


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It is the first visit to Russia by a British leader in six years.", "P6Y"),
        ("She is the first foreign minister to visit Peru for 12 years.", "P12Y"),
        ("It was the first such trip in more than two decades.", "P20Y"),
        ("It is the first trip by a Kenyan leader since the republic became independent.", None),
        ("It was the first time in ten years that prices fell.", None),
        ("The visit is his first abroad.", None),
    ],
)
def test_first_in(sentence: str, expected: str | None) -> None:
    assert first_in(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It is the first visit by a Chilean leader since 1991.", "P39Y"),
        # the visit word may come before "first"
        ("Her visit will be the first by a Chilean leader since 1991.", "P39Y"),
        # counted from an event, not a year: no first_in (the annotation rules)
        ("Her visit is the first by a Chilean leader since Latvia won independence in 1991.", None),
        ("He made his first trip since taking office in 2028.", None),
        # the first summit, not the first visit, in six years
        ("She will travel to Lisbon next week for the first Portugal-Chile summit in six years.", None),
        ("She will travel to Lisbon next week on the first visit by a Chilean leader in six years.", "P6Y"),
    ],
)
def test_first_in_since_a_year(sentence: str, expected: str | None) -> None:
    assert first_in(sentence, (), dt.date(2030, 6, 1)) == expected


def test_first_in_prefers_the_duration_dates_found() -> None:
    sentence = "It is the first visit by a Kenyan leader in a decade."
    d = TemporalExpression(text="a decade", start=43, end=51, type="DURATION", value="P10Y")
    assert first_in(sentence, [d]) == "P10Y"


# --------------------------------------------------------------------------- robustness


@pytest.mark.parametrize(
    "text",
    [
        "visit " * 20_000,
        "Visit to " * 10_000 + "France.",
        "A" * 200_000,
        ("President Ana Lopes will visit Chile, " * 2_000) + "and Peru.",
        "President Ana Lopes met Chilean leaders in Santiago and visited Peru on Monday, " * 6_000,
        "\n\n".join(["He said the visit to Japan was good."] * 3_000),
    ],
)
def test_pathological_input_is_fast_and_does_not_crash(text: str) -> None:
    actors = [person(1, text, "Ana Lopes", "ARG")] if "Ana Lopes" in text else []
    started = time.perf_counter()
    events = run(text, "2030-01-01", actors)
    assert time.perf_counter() - started < 20
    assert all(e.type == "visit" for e in events)
    assert len(events) <= 3


def test_out_of_range_spans_and_odd_values_are_ignored() -> None:
    text = "Indian Prime Minister Ravi Menon will visit Japan next month."
    actors = [
        Actor(
            id="a1",
            name="Ravi Menon",
            kind="person",
            country="IND",
            roles=("prime minister",),
            mentions=[(22, 32), (500, 510)],
        ),
        Actor(id="s1", name="Japan", kind="state", country="JPN", mentions=[(44, 49)]),
    ]
    dates = [TemporalExpression(text="next month", start=50, end=60, type="DATE", value="XXXX-bad")]
    (event,) = run(text, "2030-01-01", actors, dates)
    assert event.roles["host_state"] == "JPN"
    assert event.date is None
    assert event.attributes["status"] == "planned"


# --------------------------------------------------------------------------- end to end

E2E = (
    "Spanish king to visit Argentina and Chile\n\n"
    "MADRID, March 2 (Xinhua) -- Spanish King Felipe Ortega will pay state visits to Argentina and Chile "
    "from March 10 to 16, the royal household said on Monday.\n\n"
    "Ortega will visit Argentina from March 10 to 13 and hold talks with Argentine President Lucia Benitez "
    "in Buenos Aires.\n\n"
    "It will be the first visit by a Spanish monarch to Argentina in eight years, the household said.\n"
)


def test_end_to_end_full_pipeline() -> None:
    doc = diplotext.extract(E2E, published="2030-03-02")
    assert not [e for e in doc.errors if e.plugin in ("visits", "extradition")]
    found = {e.roles["host_state"]: e for e in doc.events if e.type == "visit"}
    assert set(found) == {"ARG", "CHL"}
    arg = found["ARG"]
    assert arg.roles["visitor"] == "Felipe Ortega"
    assert arg.roles["visitor_state"] == "ESP"
    assert arg.roles["met"] == ("Lucia Benitez",)
    assert arg.date == "2030-03-10"
    assert arg.place == "Buenos Aires"
    assert arg.attributes["status"] == "planned"
    assert arg.attributes["first_in"] == "P8Y"
    assert arg.plugin == "visits"
    assert arg.id.startswith("e")
    for s, e in arg.evidence:
        assert E2E[s:e].strip() == E2E[s:e]


# --------------------------------------------------------------------------- fuzzing both event plugins

WORDS = st.sampled_from(
    [
        "visit",
        "visited",
        "visiting",
        "to",
        "in",
        "Japan",
        "Tokyo",
        "France",
        "the",
        "President",
        "Ana",
        "Lopes",
        "'s",
        "tour",
        "arrived",
        "hosted",
        "met",
        "talks",
        "with",
        "first",
        "in ten years",
        "will",
        "extradite",
        "extradition",
        "refused",
        "asked",
        "Hague",
        "tribunal",
        "red notice",
        "he",
        "his",
        ",",
        ".",
        "\n\n",
        '"',
        "Monday",
        "stop",
        "earlier",
        "here",
        "by",
        "Chinese",
        "Thai",
        "left",
        "ending",
    ]
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    words=st.lists(WORDS, max_size=60),
    spans=st.lists(st.tuples(st.integers(-5, 400), st.integers(0, 40)), max_size=8),
    kinds=st.lists(st.sampled_from(["person", "state", "organization"]), min_size=8, max_size=8),
    value=st.sampled_from(["2030-01-02", "2030-W01", "PRESENT_REF", "XXXX-XX-XX", "P3D", "2030", ""]),
)
def test_arbitrary_input_never_breaks_the_event_plugins(
    words: list[str], spans: list[tuple[int, int]], kinds: list[str], value: str
) -> None:
    from diplotext.extractors import extradition

    text = " ".join(words)
    n = len(text)
    actors = []
    for i, (at, width) in enumerate(spans):
        s = max(0, min(at, n))
        e = min(n, s + width)
        actors.append(
            Actor(
                id=f"x{i}",
                name=text[s:e] or "X",
                kind=kinds[i],  # type: ignore[arg-type]
                country=["JPN", "FRA", None, "CHN"][i % 4],
                mentions=[(s, e)] if e > s else [],
            )
        )
    dates = []
    if n > 3:
        dates.append(TemporalExpression(text=text[1:3], start=1, end=3, type="DATE", value=value))
    paragraphs = [m.span() for m in regex.finditer(r"[^\n]+(?:\n[^\n]+)*", text)]
    article = Article(text=text, published=dt.date(2030, 1, 1), paragraphs=paragraphs)
    for plugin in (visits, extradition):
        for event in plugin.extract_events(
            article=article, actors=actors, dates=dates, quotes=[], clauses=parse(article, actors, dates)
        ):
            assert all(0 <= s <= e <= n for s, e in event.evidence)
            assert 0.0 <= event.confidence <= 1.0
            event.to_dict()

"""The country and place API: names, demonyms, cities, capitals and seats of power."""

from __future__ import annotations

import pycountry
import pytest

from diplotext import geo


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Russian Federation", "RUS"),
        ("Russia", "RUS"),
        ("Britain", "GBR"),
        ("Great Britain", "GBR"),
        ("the UK", "GBR"),
        ("U.K.", "GBR"),
        ("UK", "GBR"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("USA", "USA"),
        ("America", "USA"),
        ("the United States", "USA"),
        ("The United States", "USA"),
        ("South Korea", "KOR"),
        ("North Korea", "PRK"),
        ("DPRK", "PRK"),
        ("Burma", "MMR"),
        ("Myanmar", "MMR"),
        ("Ivory Coast", "CIV"),
        ("Côte d’Ivoire", "CIV"),
        ("Czech Republic", "CZE"),
        ("Czechia", "CZE"),
        ("Holland", "NLD"),
        ("the Netherlands", "NLD"),
        ("Syrian Arab Republic", "SYR"),
        ("Viet Nam", "VNM"),
        ("Vietnam", "VNM"),
        ("Iran", "IRN"),
        ("DR Congo", "COD"),
        ("Congo-Brazzaville", "COG"),
        ("Soviet Union", "SUN"),
        ("  Japan ", "JPN"),
        ("Aruba", "ABW"),  # straight from pycountry
    ],
)
def test_country_code(name: str, code: str) -> None:
    assert geo.country_code(name) == code


@pytest.mark.parametrize("name", ["us", "uk", "Persia", "", "the", "Atlantis", "Scotland Yard", "x" * 500])
def test_country_code_rejects(name: str) -> None:
    assert geo.country_code(name) is None


def test_every_un_style_state_has_a_news_name_and_a_capital() -> None:
    for country in pycountry.countries:
        assert geo.country_name(country.alpha_3)
    for code in ["GBR", "USA", "RUS", "CHN", "FRA", "DEU", "IND", "BRA", "ZAF", "NGA", "KOR", "PRK", "TUV"]:
        capital = geo.capital_of(code)
        assert capital is not None
        assert geo.city_country(capital) == code


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("GBR", "United Kingdom"),
        ("RUS", "Russia"),
        ("USA", "United States"),
        ("SYR", "Syria"),
        ("KOR", "South Korea"),
        ("IRN", "Iran"),
        ("VNM", "Vietnam"),
        ("CZE", "Czech Republic"),
        ("gb", "United Kingdom"),
        ("ZZZ", None),
        ("", None),
    ],
)
def test_country_name(code: str, name: str | None) -> None:
    assert geo.country_name(code) == name


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("British", "GBR"),
        ("Briton", "GBR"),
        ("Britons", "GBR"),
        ("Russian", "RUS"),
        ("Russians", "RUS"),
        ("Chinese", "CHN"),
        ("American", "USA"),
        ("Sino", "CHN"),
        ("Franco", "FRA"),
        ("Swiss", "CHE"),
        ("North Korean", "PRK"),
        ("Polish", "POL"),
        ("polish", None),
        ("Korean", None),
        ("Table", None),
    ],
)
def test_demonym_code(word: str, code: str | None) -> None:
    assert geo.demonym_code(word) == code


@pytest.mark.parametrize(
    ("city", "code"),
    [
        ("Ankara", "TUR"),
        ("Istanbul", "TUR"),
        ("New York", "USA"),
        ("Geneva", "CHE"),
        ("Kuala Lumpur", "MYS"),
        ("Sydney", "AUS"),
        ("Shanghai", "CHN"),
        ("St Petersburg", "RUS"),
        ("St. Petersburg", "RUS"),
        ("Saint Petersburg", "RUS"),
        ("Mumbai", "IND"),
        ("Karachi", "PAK"),
        ("The Hague", "NLD"),
        ("the Hague", "NLD"),
        ("Moscow", "RUS"),
        ("Washington", "USA"),
        ("Tripoli", "LBY"),
        ("Victoria", None),  # Seychelles' capital, too ambiguous to look up
        ("moscow", None),
    ],
)
def test_city_country(city: str, code: str | None) -> None:
    assert geo.city_country(city) == code


def test_many_cities() -> None:
    assert len(geo._tables().cities) >= 300


@pytest.mark.parametrize(
    ("seat", "code"),
    [
        ("the Kremlin", "RUS"),
        ("Downing Street", "GBR"),
        ("Whitehall", "GBR"),
        ("the White House", "USA"),
        ("the Élysée", "FRA"),
        ("Elysee", "FRA"),
        ("Zhongnanhai", "CHN"),
        ("the Quai d’Orsay", "FRA"),
        ("Foggy Bottom", "USA"),
        ("the State Department", "USA"),
        ("the Blue House", "KOR"),
        ("Capitol Hill", "USA"),
        ("the kitchen", None),
    ],
)
def test_seat_code(seat: str, code: str | None) -> None:
    assert geo.seat_code(seat) == code


def test_bad_input_never_raises() -> None:
    for fn in (geo.country_code, geo.demonym_code, geo.city_country, geo.seat_code, geo.capital_of):
        assert fn(None) is None  # type: ignore[arg-type]
        assert fn("\x00\u2019") is None


def test_gazetteer_for_scanners() -> None:
    places, abbreviations = geo.gazetteer()
    assert places["kremlin"] == ("seat", "RUS")
    assert places["moscow"] == ("capital", "RUS")
    assert places["geneva"] == ("city", "CHE")
    assert places["british"] == ("demonym", "GBR")
    assert places["st petersburg"] == ("city", "RUS")
    assert places["russians"] == places["russian"] == ("demonym", "RUS")  # plurals for scanners
    assert places["iraqis"] == ("demonym", "IRQ")
    assert "chineses" not in places
    assert abbreviations["U.S."] == "USA"
    assert "us" not in places


def test_provinces_named_after_another_state_are_their_own_countrys() -> None:
    """A province whose name ends in another state's name is a place of its own country."""
    assert geo.city_country("New Mexico") == "USA"
    assert geo.city_country("New South Wales") == "AUS"
    assert geo.country_code("Mexico") == "MEX"
    assert geo.country_code("New Mexico") is None
    assert geo.country_code("Northern Ireland") == "GBR"  # a news name of the state itself


def test_province_name_is_not_the_state_inside_it() -> None:
    from diplotext import extract

    doc = extract("She grew up in New Mexico and later moved to Peru.", published="2020-05-01")
    assert [a.name for a in doc.actors if a.kind == "state"] == ["Peru"]
    doc = extract("Chilean President Ana Ruiz will visit New Mexico next week.", published="2020-05-01")
    assert [(e.roles["visitor_state"], e.roles["host_state"]) for e in doc.events] == [("CHL", "USA")]


def test_subdivisions_read_from_the_file_are_pycountrys() -> None:
    """The subdivisions geo reads straight from pycountry's database file are the ones pycountry's
    objects give, in the same order (names and country codes)."""
    read = geo._subdivisions()
    assert len(read) > 4000
    assert read == [(sub.name, sub.country_code) for sub in pycountry.subdivisions]


def test_subdivisions_fall_back_to_pycountry_when_the_file_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    expected = [(sub.name, sub.country_code) for sub in pycountry.subdivisions]
    monkeypatch.setattr(pycountry.subdivisions, "filename", "/nonexistent/iso3166-2.json")
    assert geo._subdivisions() == expected


def test_subdivision_names_are_pycountrys_names() -> None:
    """The names quotes' place test reads through geo are those of pycountry's objects."""
    assert geo.subdivision_names() == frozenset(sub.name for sub in pycountry.subdivisions)
    assert "Ohio" in geo.subdivision_names() and "Cornwall" in geo.subdivision_names()


def test_the_subdivision_table_is_each_folded_name_with_its_countries() -> None:
    # built with one shared set per country (issue 12, fourteenth session): the same table as a set
    # per name would give, in the same order
    table: dict[str, set[str]] = {}
    for folded, country in geo._folded_subdivisions():
        code = geo._alpha3(country)
        if code is not None:
            table.setdefault(folded, set()).add(code)
    built = geo._subdivision_table()
    assert built == {k: frozenset(v) for k, v in table.items()} and list(built) == list(table)
    assert any(len(codes) > 1 for codes in built.values())  # a name several states' provinces share

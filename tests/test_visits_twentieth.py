"""Visit classes of the twentieth session (issue 9, helper visits27): officials titled by a seat of
government, and further classes found by reading unannotated text.

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def visits(text: str, published: str = "2031-05-06") -> list[Event]:
    doc = diplotext.extract(text, published=published)
    assert not [e for e in doc.errors if e.plugin in ("visits", "actors", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "visit"]


def _who(visit: Event) -> tuple[object, object, object]:
    return visit.roles["visitor"], visit.roles["visitor_state"], visit.roles["host_state"]


def test_a_seat_of_government_gives_its_state_to_the_official_it_titles() -> None:
    for text, expected in (
        (
            "Pentagon chief Robert Halvorsen arrived in Manila on Tuesday for talks with President "
            "Maria Santos.",
            ("Robert Halvorsen", "USA", "PHL"),
        ),
        (
            "Yuri Petrenko, the Kremlin's envoy, arrived in Damascus on Sunday for talks with President "
            "Karim Haddad.",
            ("Yuri Petrenko", "RUS", "SYR"),
        ),
        ("Kremlin envoy Yuri Petrenko arrived in Damascus on Sunday.", ("Yuri Petrenko", "RUS", "SYR")),
        (
            "The Elysee's diplomatic adviser, Pierre Garnier, visited Beijing last week and met Foreign "
            "Minister Zhao Lin.",
            ("Pierre Garnier", "FRA", "CHN"),
        ),
        (
            "Pierre Garnier, the Élysée's diplomatic adviser, visited Beijing last week.",
            ("Pierre Garnier", "FRA", "CHN"),
        ),
        (
            "Downing Street's national security adviser, Tom Ellery, flew to Riyadh on Monday for talks "
            "with Crown Prince Fahd al-Nasser.",
            ("Tom Ellery", "GBR", "SAU"),
        ),
    ):
        (visit,) = visits(text)
        assert _who(visit) == expected, text


def test_a_seat_titles_no_one_who_holds_no_office() -> None:
    assert visits("White House correspondent Anna Bell flew to Tokyo on Monday.") == []
    assert visits("Kremlin spokesman Ivan Lebedev flew to Minsk on Monday.") == []


def test_two_leaders_set_off_by_state_one_hosts_the_other() -> None:
    (visit,) = visits(
        "The two presidents, Luis Arroyo of Peru and Mateo Vargas of Chile, will hold talks in Santiago "
        "on Monday."
    )
    assert _who(visit) == ("Luis Arroyo", "PER", "CHL")
    assert visit.roles["met"] == ("Mateo Vargas",)
    assert (visit.attributes["status"], visit.date) == ("planned", "2031-05-12")


def test_leaders_of_two_states_are_the_officials_named_next() -> None:
    (visit,) = visits(
        "Leaders of Ghana and Togo met in Accra on Friday to discuss border security. Ghanaian President "
        "Kofi Mensah and Togolese President Yao Agbeko agreed to set up a joint commission."
    )
    assert _who(visit) == ("Yao Agbeko", "TGO", "GHA")
    assert visit.roles["met"] == ("Kofi Mensah",)
    (visit,) = visits(
        "The presidents of Ghana and Togo will meet in Lome on Monday, officials said. Ghana's President "
        "Kofi Mensah said on Sunday that the border must stay open."
    )
    assert _who(visit) == ("Kofi Mensah", "GHA", "TGO")
    assert visit.attributes["status"] == "planned"


def test_a_dinner_in_honour_of_the_visiting_minister_is_his_visit() -> None:
    (visit,) = visits(
        "Ghanaian President Kofi Mensah hosted a dinner in honour of the visiting Nigerian foreign minister, "
        "Ade Okafor, on Tuesday."
    )
    assert _who(visit) == ("Ade Okafor", "NGA", "GHA")
    assert (visit.roles["met"], visit.attributes["status"]) == (("Kofi Mensah",), "ongoing")
    (visit,) = visits(
        "A state banquet was held in honour of the visiting Nigerian president, Musa Bello, at the "
        "Jubilee House in Accra on Tuesday."
    )
    assert (_who(visit), visit.place) == (("Musa Bello", "NGA", "GHA"), "Accra")


def test_a_further_stop_in_the_host_state_keeps_a_datelined_stay_going() -> None:
    (visit,) = visits(
        "BANGKOK - Indonesian Foreign Minister Rina Wibowo met Thai Prime Minister Somchai Rattana on "
        "Tuesday. She will travel to Chiang Mai on Wednesday before returning home."
    )
    assert _who(visit) == ("Rina Wibowo", "IDN", "THA")
    assert (visit.attributes["status"], visit.date, visit.place) == ("ongoing", "2031-05-06", "Bangkok")


def test_a_further_stop_alone_is_still_a_plan() -> None:
    (visit,) = visits(
        "Indonesian Foreign Minister Rina Wibowo will travel to Chiang Mai on Wednesday before returning "
        "home."
    )
    assert (visit.roles["host_state"], visit.attributes["status"]) == ("THA", "planned")


def test_the_head_of_a_state_body_in_the_lead_is_the_one_named_next() -> None:
    (visit,) = visits(
        "The head of South Korea's spy agency arrived in Tokyo on Sunday for talks on the missile crisis. "
        "Han Dong-su, who took office in March, met Japanese Prime Minister Kenji Mori on Monday."
    )
    assert _who(visit) == ("Han Dong-su", "KOR", "JPN")
    assert visit.roles["met"] == ("Kenji Mori",)
    (visit,) = visits(
        "The chief of the Kenyan intelligence service flew to Kampala on Monday. Peter Mwangi, who was "
        "appointed last year, is expected to meet President Yoweri Kato."
    )
    assert _who(visit) == ("Peter Mwangi", "KEN", "UGA")


def test_attendees_listed_under_a_plural_title_after_the_gathering_is_placed() -> None:
    found = visits(
        "A meeting of the regional security forum opened in Jakarta on Tuesday. Foreign Ministers Ahmad "
        "Zaki of Malaysia, Somsak Chai of Thailand and Tran Van Minh of Vietnam attended."
    )
    assert sorted(_who(v) for v in found) == [
        ("Ahmad Zaki", "MYS", "IDN"),
        ("Somsak Chai", "THA", "IDN"),
        ("Tran Van Minh", "VNM", "IDN"),
    ]
    assert {(v.place, v.attributes["status"]) for v in found} == {("Jakarta", "ongoing")}


def test_the_datelines_official_meets_a_foreign_one_titled_by_his_state() -> None:
    for text in (
        "BEIJING - Chinese President Li Wen held talks with Seychelles President Paul Ravel on Tuesday.",
        "BEIJING - During Chinese President Li Wen's talks with Seychelles President Paul Ravel on Tuesday, "
        "Li said the two countries were close friends.",
        "BEIJING, May 6 -- During Chinese President Li Wen's talks with Paul Ravel, president of the "
        "Republic of Seychelles on Tuesday, Li said the two countries were close friends.",
        "BEIJING - During Chinese President Li Wen's talks with Paul Ravel, president of the Republic of "
        'Seychelles on Tuesday, Li said "the China-Seychelles relation is a model" and pledged attention '
        "to the development of Seychelles.",
    ):
        (visit,) = visits(text)
        assert _who(visit) == ("Paul Ravel", "SYC", "CHN"), text
        assert (visit.place, visit.roles["met"]) == ("Beijing", ("Li Wen",)), text


def test_a_meeting_in_a_town_the_gazetteer_lacks_is_not_at_the_dateline() -> None:
    found = visits(
        "BEIJING - Chinese President Li Wen met Seychelles President Paul Ravel in Victoria on Tuesday."
    )
    assert not [v for v in found if v.roles["host_state"] == "CHN"]


def test_a_lead_describing_an_official_by_a_seat_is_the_one_named_next() -> None:
    (visit,) = visits(
        "The Pentagon chief arrived in Manila on Tuesday for talks on maritime security. Robert Halvorsen, "
        "who took office in January, met President Maria Santos."
    )
    assert _who(visit) == ("Robert Halvorsen", "USA", "PHL")
    (visit,) = visits(
        "Downing Street's national security adviser flew to Riyadh on Monday. Tom Ellery, who was "
        "appointed in March, will meet Crown Prince Fahd al-Nasser."
    )
    assert _who(visit) == ("Tom Ellery", "GBR", "SAU")


def test_a_banquet_hosted_for_a_foreign_official_is_a_reception() -> None:
    (visit,) = visits(
        "Ghanaian President Kofi Mensah hosted a state banquet in honour of Nigerian President Musa Bello "
        "on Tuesday."
    )
    assert _who(visit) == ("Musa Bello", "NGA", "GHA")
    assert visit.roles["met"] == ("Kofi Mensah",)
    (visit,) = visits(
        "Ghanaian President Kofi Mensah hosted a state dinner for Nigerian President Musa Bello in Accra on "
        "Tuesday."
    )
    assert (_who(visit), visit.place) == (("Musa Bello", "NGA", "GHA"), "Accra")
    assert visits("Ghanaian President Kofi Mensah hosted a dinner for Ghanaian athletes on Tuesday.") == []


def test_a_hosts_own_talks_where_an_undatelined_story_is_set() -> None:
    (visit,) = visits(
        "Talks on cooperation\n\nSenior officials from China and 48 African countries concluded a meeting in "
        "the Chinese capital on Tuesday. During Chinese President Li Wen's talks with Paul Ravel, president "
        "of the Republic of Seychelles on Tuesday, Li said the two countries were close friends."
    )
    assert _who(visit) == ("Paul Ravel", "SYC", "CHN")
    assert visit.roles["met"] == ("Li Wen",)


def test_a_headlines_seat_chief_gives_its_state_to_the_home_titled_official() -> None:
    (visit,) = visits(
        "Pentagon Chief in Manila Vows Support\n\nMANILA - Defense Secretary Robert Halvorsen met here on "
        "Tuesday with President Maria Santos and promised patrol boats for the coast guard."
    )
    assert _who(visit) == ("Robert Halvorsen", "USA", "PHL")
    assert visit.roles["met"] == ("Maria Santos",)


def test_the_seat_chief_described_after_the_official_is_named() -> None:
    (visit,) = visits(
        "US Defense Secretary Robert Halvorsen began an Asian tour on Monday. The Pentagon chief arrived "
        "in Manila on Tuesday for talks with President Maria Santos."
    )
    assert _who(visit) == ("Robert Halvorsen", "USA", "PHL")
    assert visit.roles["met"] == ("Maria Santos",)


def test_the_seat_one_entered_gives_the_state() -> None:
    (visit,) = visits(
        "PM arrives in Kenya\n\nThe prime minister has arrived in Kenya hoping to sign a trade deal.\n\n"
        "Tom Reed landed in Nairobi on Wednesday and is due to hold talks with Kenya's president, Samuel "
        "Otieno, on Thursday.\n\nIt is Mr Reed's first visit to the country since he entered Downing "
        "Street in the summer.",
        published="2031-05-07",
    )
    assert _who(visit) == ("Tom Reed", "GBR", "KEN")
    assert (visit.place, visit.roles["met"]) == ("Nairobi", ("Samuel Otieno",))

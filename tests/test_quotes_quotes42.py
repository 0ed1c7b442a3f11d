"""Speaker name-string classes of issue 10's twenty-sixth session (helper quotes42), each with
sentences written for these tests (no text of any annotated article):

- a hyphened adjective before a name ("Seoul-based X", "state-run X", "Korean-language X",
  "Iranian-backed X") is no part of the speaker's name;
- a body named with a "to" infinitive ("the Committee to Shield Reporters") is cut at "to" by the
  actors plugin: the whole name speaks, not "Shield Reporters";
- a bare document head ("the declaration said") after the article named the document ("the Lagos
  Declaration") is that document, unless an owned head ("its latest report") came first.
"""

from __future__ import annotations

import pytest

from quote_helpers import speakers


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The Christian-run Mirae Daily said the talks would resume next week.", "Mirae Daily"),
        ("The Seoul-based KBX said the minister had resigned.", "KBX"),
        ("The state-run Vantor news agency said the deal was signed.", "Vantor news agency"),
        ("The Korean-language Hanul Sinmun said the border was calm.", "Hanul Sinmun"),
        ("Dunmore-backed Ardent Front said it would keep fighting.", "Ardent Front"),
    ],
)
def test_a_hyphened_adjective_before_a_name_is_no_part_of_it(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The Committee to Shield Reporters said two journalists were held.",
            "Committee to Shield Reporters",
        ),
        (
            "The Committee to Shield Reporters said two journalists were held. "
            "According to the Committee to Shield Reporters, both were freed.",
            "Committee to Shield Reporters",
        ),
        ('"We are worried," the Campaign to Free Dunmore Writers said.', "Campaign to Free Dunmore Writers"),
    ],
)
def test_a_body_named_with_a_to_infinitive_is_the_whole_name(text: str, who: str) -> None:
    assert set(speakers(text)) == {who}


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The summit closed on Monday with the Lagos Declaration, a ten-page text. "
            "The declaration said both sides would cut tariffs.",
            "Lagos Declaration",
        ),
        (
            "A declaration was issued on Friday at the end of the summit. Officials later read out their "
            "Dunmore Harbour Declaration on the steps of the hall. Trade would grow, according to the "
            "declaration.",
            "Dunmore Harbour Declaration",
        ),
    ],
)
def test_a_bare_document_head_is_the_document_the_article_named(text: str, who: str) -> None:
    assert speakers(text)[-1] == who

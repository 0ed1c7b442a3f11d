"""Quote-span classes of the twenty-seventh session (issue 10, helper quotes44), on invented sentences.

- a quotation opening its sentence whose sentence goes on after the closing mark before the
  attribution is a fragment of the reported clause: the clause (marks and all) is the quote, the
  quoted words a partial inside it;
- a participial phrase after an attribution set inside a clause is the speaker's act, not the
  clause going on.
"""

from __future__ import annotations

import pytest
from tests.quote_helpers import quotes


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(q.kind, q.text) for q in quotes(text)]


@pytest.mark.parametrize(
    ("body", "clause", "words"),
    [
        (
            'The harbour board met on Tuesday. "We will not give up" until the ferries run again, '
            "the chairwoman said.",
            '"We will not give up" until the ferries run again',
            "We will not give up",
        ),
        (
            "The bank cut its forecast. \u201cThe recovery is still too weak\u201d to lift hiring in the "
            "north, its chief economist Ona Velt said.",
            "\u201cThe recovery is still too weak\u201d to lift hiring in the north",
            "The recovery is still too weak",
        ),
        (
            'The bank met. "Trade is too weak" to lift hiring, said Ona Velt, vice-chair of Arden.',
            '"Trade is too weak" to lift hiring',
            "Trade is too weak",
        ),
        (
            'Farmers gathered at the depot. "We are angry and tired" about the new levy on grain, '
            "a union leader told reporters.",
            '"We are angry and tired" about the new levy on grain',
            "We are angry and tired",
        ),
    ],
)
def test_quotation_with_a_tail_is_a_fragment_of_the_clause(body: str, clause: str, words: str) -> None:
    got = _kinds(body)
    assert ("indirect", clause) in got
    assert ("partial", words) in got
    assert ("direct", words) not in got


_ALONE = [
    (
        'The unit met. "We will answer if asked" by writers, Ona Velt was quoted as saying.',
        "We will answer if asked",
    ),
    (
        'The unit met. "Progress" must be made, and soon,"said the joint statement which was sent out.',
        "Progress",
    ),
    (
        'The bank met. "Trade is weak" here, said Council for Trade in Europe envoy Ona Velt, after talks.',
        "Trade is weak",
    ),
    (
        'The board met. "We will not give up" the chairwoman said on Friday, a radio station reported.',
        "We will not give up",
    ),
    ('The board met. "We will not give up," the chairwoman said as she left.', "We will not give up,"),
    ('The harbour board met. "We will not give up" the chairwoman said.', "We will not give up"),
    (
        'The harbour board met. "If the ferries stop" next week, the chairwoman said, '
        '"the island will be cut off."',
        "If the ferries stop",
    ),
]


def test_quotation_standing_alone_stays_direct() -> None:
    """The quoted words close with their own comma, the attribution follows the mark, or a second
    quotation follows the attribution: still direct (and the tail rule does fire beside them)."""
    assert ("partial", "We will not give up") in _kinds(
        'The board met. "We will not give up" until the ferries run again, the chairwoman said.'
    )
    for body, words in _ALONE:
        assert ("direct", words) in _kinds(body)


@pytest.mark.parametrize(
    ("body", "clause"),
    [
        (
            "Trade at the market was slow all week, the stall holder said, wiping rain off her hat.",
            "Trade at the market was slow all week",
        ),
        (
            "The cargo was mostly grain and timber, the port authority said, including some rice.",
            "The cargo was mostly grain and timber",
        ),
    ],
)
def test_participle_after_an_inserted_attribution_is_no_part_of_the_clause(body: str, clause: str) -> None:
    assert ("indirect", clause) in _kinds(body)


def test_hyphened_title_after_an_inverted_speaker_is_no_part_of_the_clause() -> None:
    assert ("indirect", "The port will reopen in May") in _kinds(
        "The port will reopen in May, said Ona Velt, vice-president of the harbour board."
    )


def test_gerund_subject_after_an_inserted_attribution_goes_on_with_the_clause() -> None:
    assert ("indirect", "Sales were slow") in _kinds("Sales were slow, the grocer said, shaking his head.")
    clause = "Though the handover was smooth, the envoy said, replacing the chief now would be much harder"
    assert ("indirect", clause) in _kinds(clause + ".")


@pytest.mark.parametrize(
    ("body", "clause"),
    [
        (
            "The minister said the guard must stop what she called organised smuggling on the coast.",
            "the guard must stop what she called organised smuggling on the coast",
        ),
        (
            "The mayor said that the bridge plan, which critics have called reckless, would go ahead.",
            "the bridge plan, which critics have called reckless, would go ahead",
        ),
    ],
)
def test_naming_relative_inside_a_reported_clause_does_not_cut_it(body: str, clause: str) -> None:
    """A naming cue after "what"/"which" and its subject names a thing of the clause the first
    cue reports: the outer clause runs over it."""
    assert ("indirect", clause) in _kinds(body)


def test_dangling_relative_is_no_part_of_the_clause() -> None:
    got = _kinds("The minister said the bridge plan had failed, which critics said was plain to see.")
    assert ("indirect", "the bridge plan had failed") in got


def test_so_called_without_a_hyphen_is_no_attribution() -> None:
    got = _kinds(
        "The senator said many officials were willing to serve, even if the so called hawks were loud."
    )
    assert got == [
        ("indirect", "many officials were willing to serve, even if the so called hawks were loud")
    ]


@pytest.mark.parametrize(
    ("body", "clause"),
    [
        (
            "And if the ferry stops, the mayor said, the island would run out of fuel.",
            "if the ferry stops, the mayor said, the island would run out of fuel",
        ),
        (
            "To meet its target, the panel concluded, the levy must rise again in 2031.",
            "To meet its target, the panel concluded, the levy must rise again in 2031",
        ),
        (
            "Rather than cutting staff, said Ona Velt, the mill would shorten shifts.",
            "Rather than cutting staff, said Ona Velt, the mill would shorten shifts",
        ),
        (
            "The pilot had no known links to the group, the airline added, and had passed every check.",
            "The pilot had no known links to the group, the airline added, and had passed every check",
        ),
    ],
)
def test_fronted_piece_and_main_clause_around_an_attribution_are_one_clause(body: str, clause: str) -> None:
    got = _kinds(body)
    assert ("indirect", clause) in got
    assert ("indirect", "The talks failed") in _kinds("The talks failed, he said, and the delegates left.")
    inverted = "To cut costs the mill should shorten shifts, said Ona Velt, an economist at Arden."
    assert ("indirect", "To cut costs the mill should shorten shifts") in _kinds(inverted)

"""The ``dates`` plugin: a present verb of a scheduled event right before a day or month makes it
ahead ("the summit opens Monday", "leaders meet Tuesday"), unless the verb is more likely a noun,
an infinitive or stands after its day; so does "is" right before it ("the vote is on Sunday") (the
ninth session, issue 11).

Every sentence here is written for these tests. 2006-11-03 is a Friday.
"""

from __future__ import annotations

import pytest

from builders import friday_value as value_of


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        ("The regional forum opens Monday in Lusaka.", "Monday", "2006-11-06"),
        ("Both foreign ministers meet Tuesday to settle the fishing row.", "Tuesday", "2006-11-07"),
        ("The prime minister travels to Ottawa on Wednesday.", "Wednesday", "2006-11-08"),
        ("The assembly votes on the new charter Sunday.", "Sunday", "2006-11-05"),
        ("The closed consulate reopens on Thursday.", "Thursday", "2006-11-09"),
        ("A farmers' march takes place Saturday in the capital.", "Saturday", "2006-11-04"),
        ("The board, which convenes Monday, has not set an agenda.", "Monday", "2006-11-06"),
        ("She said the ceasefire expires in December.", "December", "2006-12"),
        ("The lease expires in October, the embassy said.", "October", "2007-10"),
        # a noun after a determiner between the verb and its day is the verb's object, no cue of its
        # own (twenty-third session)
        ("The crown prince begins a state visit to Peru on Thursday.", "Thursday", "2006-11-09"),
        ("The envoy starts her tour of the region on Monday.", "Monday", "2006-11-06"),
    ],
)
def test_a_present_verb_of_a_scheduled_event_puts_the_day_ahead(text: str, word: str, value: str) -> None:
    assert value_of(text, word) == value


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        # past verbs, "did not", nouns after a determiner, a possessive or "as": the tense as before
        ("The two envoys did not meet on Monday.", "Monday", "2006-10-30"),
        ("His visits on Tuesday drew small crowds.", "Tuesday", "2006-10-31"),
        ("The governor's visits on Wednesday were brief.", "Wednesday", "2006-11-01"),
        ("She stepped down as head of the agency in May.", "May", "2006-05"),
        ("The senator told his Mexican hosts Tuesday that he was grateful.", "Tuesday", "2006-10-31"),
        ("Two lorries collided head on Thursday near the depot.", "Thursday", "2006-11-02"),
        # a present verb after the day is another clause's: "who heads ..."
        ("On Thursday, Ms Okafor, who heads the union, walked out.", "Thursday", "2006-11-02"),
        ("After the talks on Monday, the speaker, who convenes the house, left.", "Monday", "2006-10-30"),
        # a present verb further back than another cue word does not decide
        ("The general let the offensive begin as planned Saturday.", "Saturday", "2006-10-28"),
    ],
)
def test_a_present_verb_that_is_no_cue_leaves_the_day_where_it_was(text: str, word: str, value: str) -> None:
    assert value_of(text, word) == value


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        # "is", "are" (with "set for", "on", "in") right before a day or month: still ahead
        ("The filing deadline is Monday.", "Monday", "2006-11-06"),
        ("The runoff is on Sunday, the commission said.", "Sunday", "2006-11-05"),
        ("The state election is in June.", "June", "2007-06"),
        ("The appeal hearing is set for Wednesday.", "Wednesday", "2006-11-08"),
        # "today is", "it is": the present, not a date ahead
        ("Today is Monday in the newsroom.", "Monday", "2006-10-30"),
    ],
)
def test_a_day_right_after_is_lies_ahead(text: str, word: str, value: str) -> None:
    assert value_of(text, word) == value


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        # verbs of how long a scheduled event goes on (the twelfth dates session)
        ("The book fair runs from Wednesday through Sunday.", "Wednesday", "2006-11-08"),
        ("The clearance sale lasts until Monday.", "Monday", "2006-11-06"),
        ("The photo show closes on Thursday.", "Thursday", "2006-11-09"),
        ("The hearing continues on Tuesday with two witnesses.", "Tuesday", "2006-11-07"),
        # nouns after a determiner stay nouns
        ("The runs on Tuesday were slow.", "Tuesday", "2006-10-31"),
    ],
)
def test_a_present_verb_of_how_long_an_event_goes_on(text: str, word: str, value: str) -> None:
    assert value_of(text, word) == value


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        # the present progressive of an arrangement (the twelfth dates session)
        ("The trade envoy is visiting Accra on Tuesday.", "Tuesday", "2006-11-07"),
        ("Both clubs are meeting in December to settle the fee.", "December", "2006-12"),
        # another verb after it decides its own date; what is going on now is left alone
        ("The envoy is visiting Accra after talks were held on Tuesday.", "Tuesday", "2006-10-31"),
        ("Police are investigating the fire on Tuesday.", "Tuesday", "2006-10-31"),
    ],
)
def test_a_present_progressive_of_an_arrangement(text: str, word: str, value: str) -> None:
    assert value_of(text, word) == value

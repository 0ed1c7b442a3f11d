"""A "he" after a woman spoke goes elsewhere when every pronoun joined to her says "she"
(issue 10, eighteenth session)."""

import diplotext

_TEXT = (
    "On Monday, Ada Kaplan, fiancee of the painter Omar Haddad, called for an inquiry into the killing. "
    "The previous day, the broadcaster TVX said that Crown Prince Abdul bin Faris of Qatar had accepted "
    'the blame. Speaking to the host of TVX, he said, "It happened on my watch." Kaplan called it a '
    '"stunt". She said, "He is hiding."'
)


def _speakers() -> dict[str, str | None]:
    d = diplotext.extract(_TEXT, default_published="2024-03-05").to_dict()
    return {q["text"]: q["speaker"] for q in d["quotes"]}


def test_he_is_not_the_woman_who_spoke_before() -> None:
    assert _speakers()["It happened on my watch."] != "Ada Kaplan"


def test_she_is_the_woman() -> None:
    assert _speakers()["He is hiding."] == "Ada Kaplan"

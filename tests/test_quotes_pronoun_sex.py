"""A "he" after a woman spoke goes elsewhere when every pronoun joined to her says "she"
(issue 10, eighteenth session)."""

import diplotext

_TEXT = (
    "On Monday, Ada Kaplan, fiancee of the painter Omar Haddad, called for an inquiry into the killing. "
    "The previous day, the broadcaster TVX said that Crown Prince Abdul bin Faris of Qatar had accepted "
    'the blame. Speaking to the host of TVX, he said, "It happened on my watch." Kaplan called it a '
    '"stunt". She said, "He is hiding." She left the next day.'
)


def _speakers() -> dict[str, str | None]:
    d = diplotext.extract(_TEXT, default_published="2024-03-05").to_dict()
    return {q["text"]: q["speaker"] for q in d["quotes"]}


def test_he_is_not_the_woman_who_spoke_before() -> None:
    assert _speakers()["It happened on my watch."] != "Ada Kaplan"


def test_she_is_the_woman() -> None:
    assert _speakers()["He is hiding."] == "Ada Kaplan"


def test_a_title_is_no_pronoun() -> None:
    text = (
        "Director Ivo Marek backs young film-makers. The She Knows Best director urged students to write. "
        'Marek told them the business had changed. "Even the stars have to ask," he said.'
    )
    d = diplotext.extract(text, default_published="2024-03-05").to_dict()
    assert {q["text"]: q["speaker"] for q in d["quotes"]}["Even the stars have to ask,"] == "Ivo Marek"

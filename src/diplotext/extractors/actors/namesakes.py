"""Which of several people written in full with one family name a lone surname stands for (issue 10,
twenty-sixth session, helper names38).

When an article names two people who share a family name ("Hillary Clinton" and "Bill Clinton",
"Chris Murphy" and "Anne Marie Murphy"), a lone "Clinton" is the one the article is about: the
person it named in full first. The one named later is introduced as a side figure and is written in
full (or by the given name) each time; the nearest one before the lone name is often that side
figure, named a sentence earlier. A following pronoun of the other sex in the lone name's own clause
("Clinton told reporters as she ...") still decides first (see :func:`pronoun_after`).
"""

from __future__ import annotations

from collections.abc import Set

from diplotext.extractors.actors.entities import Entity


def called_by_given_name(ent: Entity, token: str, quoted: Set[int]) -> bool:
    """Is a person written with a full name also written by the given name alone ("Elian"), outside
    someone's quoted words and the headline (``quoted``: a supporter's "Bernie", a headline's
    "Hillary" are no sign the article calls the person so)?"""
    given = {f[0] for f in ent.forms if len(f) >= 2}
    return any(
        len(f) == 1 and f[0] in given and f[0] != token and s not in quoted
        for (s, _), f in zip(ent.mentions, ent.forms, strict=True)
    )

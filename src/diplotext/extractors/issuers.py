"""The state that issues an article: a government press release opens with the body that
publishes it ("Ministry of Foreign Affairs of the Republic of Estonia", "Embassy of India,
Washington"), and its own officials go unqualified ("Foreign Minister X will pay an official visit
to Japan"). Read from the first paragraph only, with one bounded pattern."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import geo, lexicon
from diplotext.model import Article
from diplotext.patterns import KEEP_GIL

__all__ = ["issuing_state"]

_BODIES: Final = lexicon.alternation("actors", "bodies issuing a press release")
_ISSUER: Final = regex.compile(
    rf"^[ \t]*(?:The[ \t]+)?(?:{_BODIES})[ \t]+of[ \t]+"
    r"(?P<rest>[^\n.;:]{3,100}?)[ \t]*(?:,[^\n]{0,40})?$",
    regex.MULTILINE,
)
_OF: Final = regex.compile(r"\bof[ \t]+")
_FIRST: Final = 300
"""Characters of the first paragraph looked at."""


def issuing_state(article: Article) -> str | None:
    """The ISO3 code of the state whose ministry, embassy or government heads the article's first
    paragraph on a line of its own, else ``None``."""
    if not article.paragraphs:
        return None
    start, end = article.paragraphs[0]
    m = _ISSUER.search(article.text, start, min(end, start + _FIRST), KEEP_GIL)
    if m is None:
        return None
    # "Ministry of Foreign Affairs of the Republic of Estonia": the state after one of the "of"s
    rest = m["rest"]
    for cut in (0, *(o.end() for o in _OF.finditer(rest))):
        code = geo.country_code(rest[cut:])
        if code is not None:
            return code
    return None

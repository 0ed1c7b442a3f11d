"""Photo captions and credits: "(AP Photo/...)", "(Reuters/...)", "Photo: ...", "Image caption ...",
"... Getty Images". A block is a caption when a credit closes it or a caption label opens it; a credit
word in the middle of a sentence does not count.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext.patterns import KEEP_GIL, lazy

__all__ = ["is_caption"]

_AGENCIES = (
    r"AP|AFP|Reuters|REUTERS|EPA|EPA-EFE|Xinhua|XINHUA|Getty(?:\s+Images)?|Bloomberg|PA(?:\s+Media)?|ANI|PTI"
    r"|IANS|Anadolu|Sputnik|TASS|Kyodo|Yonhap|Bernama|UPI|AAP|DPA|dpa|Shutterstock|Alamy|Pool|POOL"
)

# A credit closing the block: "(AP Photo/Natalia Kolesnikova, Pool)", "(Xinhua/Li Ming)",
# "(Photo by J. Smith/Getty Images)", "REUTERS/Jane Doe", "Photo: Reuters", "AFP via Getty Images".
# Matched right to left ((?r)): every branch ends at the block's end, so the search tries its branches
# there once instead of at every character of the tail (only whether it matches is used).
_CREDIT_END: Final = regex.compile(
    rf"""(?r)
    (?:
      \(\s*(?:{_AGENCIES})(?:\s+Photos?)?\s*/\s*[^()\n]{{1,80}}\)
    | \(\s*[^()\n]{{0,40}}\b(?i:photo|photograph|picture|image|file|pool|courtesy)\b[^()\n]{{0,60}}\)
    | \b(?:{_AGENCIES})\s*/\s*\p{{Lu}}[^\n/]{{1,60}}
    | \b(?i:photo(?:graph)?|picture|image|credit)s?\s*(?i:credit)?\s*:\s*[^\n]{{1,80}}
    | \bvia\s+Getty\s+Images
    | (?<=[.!?)]\s{{1,3}})(?:{_AGENCIES})(?:\s+via\s+Getty\s+Images)?
    )
    \W{{0,3}}$
    """,
    regex.X,
)
# A caption label opening the block.
_CAPTION_START: Final = lazy(
    r"\W{0,3}(?:image\s+(?:caption|copyright|source)|media\s+caption|caption|photo(?:graph)?\s*(?:credit)?"
    r"|picture|file\s+photo|pictured)\s*[:|]",
    regex.I,
)
_CREDIT_ONLY: Final = regex.compile(
    rf"\W{{0,3}}(?:(?i:photo(?:graph)?|image|picture)\s*:?\s*)?(?:[\p{{L}}.\- ]{{1,40}}\s*/\s*)?"
    rf"(?:{_AGENCIES})(?:\s+(?i:photo|via)\b[\p{{L}} ]{{0,30}})?\W{{0,3}}"
)
# "Image caption" and "Image copyright" labels of scraped BBC-style pages.
_LABEL_ANYWHERE: Final = lazy(r"\b(?:Image|Media)\s+(?:caption|copyright)\b")

_AGENCY_WORD: Final = regex.compile(rf"\b(?:{_AGENCIES})\W{{0,3}}$")
_AGENCY_WORDS: Final = tuple(
    sorted(set("".join(c if c.isalpha() or c == "-" else " " for c in _AGENCIES.replace("\\s", " ")).split()))
)
"""Every word the agency names hold ("EPA-EFE", "Getty", "Images"): one of them ends a text
``_AGENCY_WORD`` matches, before at most three characters that are no word character."""


def _agency_at_end(tail: str) -> bool:
    """Does ``_AGENCY_WORD`` match in ``tail``? On ASCII text its search is run only when the tail,
    without up to three characters that are no word character (four before a closing line break,
    where ``$`` matches too), ends with a word of an agency name."""
    if tail.isascii():
        end = len(tail)
        floor = max(0, end - (4 if tail.endswith("\n") else 3))
        while end > floor and not (tail[end - 1].isalnum() or tail[end - 1] == "_"):
            end -= 1
        if not tail.endswith(_AGENCY_WORDS, 0, end):
            return False
    return _AGENCY_WORD.search(tail, None, None, KEEP_GIL) is not None


MAX_CAPTION = 1000
"""Longest block read as a caption (characters)."""


def is_caption(text: str) -> bool:
    """Is this block a photo caption or credit line?"""
    stripped = text.strip()
    if not stripped or len(stripped) > MAX_CAPTION:
        return False
    if len(stripped) <= 80 and _CREDIT_ONLY.fullmatch(stripped, None, None, KEEP_GIL):
        return True
    head = stripped[:60]
    if (":" in head or "|" in head) and _CAPTION_START.match(stripped, None, None, KEEP_GIL):
        return True
    if ("Image" in stripped or "Media" in stripped) and _LABEL_ANYWHERE.search(
        stripped, None, None, KEEP_GIL
    ):
        return True
    # Only the end of the block: a credit there, after a caption sentence.
    tail = stripped[-160:]
    if not any(map(tail.__contains__, "/(:")) and not _agency_at_end(tail):
        return False
    return _CREDIT_END.search(tail, None, None, KEEP_GIL) is not None

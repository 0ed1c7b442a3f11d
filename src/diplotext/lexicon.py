"""Closed word lists several extractors share: month and weekday names, number words.

Extractor-specific vocabularies (cue verbs, role titles, visit verbs) stay in their plugin; only lists
that mean the same thing everywhere live here.
"""

from __future__ import annotations

from typing import Final

__all__ = ["MONTH_ABBREVIATIONS", "MONTH_NAMES", "NUMBER_WORDS", "WEEKDAY_NAMES"]

MONTH_NAMES: Final = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
"""Month names, lower case, in calendar order."""

MONTH_ABBREVIATIONS: Final = ("jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.")
"""Abbreviated month names as news copy writes them (lower case, with the period)."""

WEEKDAY_NAMES: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""Weekday names, lower case, Monday first (ISO order)."""

NUMBER_WORDS: Final[dict[str, int]] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "a dozen": 12,
    "dozen": 12,
    "a couple of": 2,
    "couple of": 2,
    "a couple": 2,
}
"""Number words and their values ("a" is one)."""

"""The examples ``diplotext --help`` and each sub-command's ``--help`` end with.

A sub-command added to the parser gets its examples here; a test checks every one has some, and
the CLI reference page of the docs shows them with the options (it is generated from the parser).
"""

from __future__ import annotations

import argparse

__all__ = ["EXAMPLES", "add_examples", "subcommands"]

EXAMPLES: dict[str | None, str] = {
    None: """\
examples:
  diplotext extract --summary examples/state_visit.txt
  diplotext extract --published 2011-09-12 article.txt > doc.json
  diplotext show examples/state_visit.txt -o page.html
  diplotext batch articles/ -o docs.jsonl
  diplotext plugins
  diplotext COMMAND --help         (each command's options and examples)""",
    "extract": """\
examples:
  diplotext extract article.txt                      one pretty JSON document
  diplotext extract --summary article.txt            a short human-readable summary
  diplotext extract --published 2011-09-12 a.txt b.txt > out.jsonl
  diplotext extract records.jsonl --plugins visits -o visits.jsonl
  diplotext extract --format events-csv a.txt b.txt > events.csv
  cat article.txt | diplotext extract --published 2011-09-12 -
  diplotext extract --time-mode narrative history.txt""",
    "show": """\
examples:
  diplotext show article.txt -o page.html            open page.html in a browser
  diplotext show --published 2011-09-12 article.txt -o page.html
  diplotext show --plugins visits records.jsonl -o visits.html""",
    "batch": """\
examples:
  diplotext batch news/ -o news.jsonl                every article under news/, in input order
  diplotext batch news/ --index news/index.tsv -o news.jsonl --jobs 4
  diplotext batch 'news/**/*.html' --format events-csv -o events.csv
  diplotext batch news/ -o news.jsonl --resume       go on after an interruption""",
    "link": """\
examples:
  diplotext link news.jsonl -o cases.json
  diplotext link news.jsonl --format text --min-articles 2
  diplotext link news.jsonl --chart cases.svg -o cases.json""",
    "plugins": """\
examples:
  diplotext plugins                                  every plugin: name, version, hooks, requires
  DIPLOTEXT_LOAD_PLUGINS=dates,quotes diplotext plugins""",
    "eval": """\
examples:
  diplotext eval gold.json                           precision, recall and F1 against your gold
  diplotext eval --show --limit 20 gold.json         with the misses and false positives
  diplotext eval --plugins dates TimeBank/           TimeML .tml files
  diplotext eval --json gold.json > scores.json""",
}
"""Examples per sub-command (``None``: the top-level ``diplotext --help``)."""


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The sub-command parsers of ``parser`` by name, in the order they were added."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def add_examples(parser: argparse.ArgumentParser) -> None:
    """End the help of ``parser`` and of each sub-command with its examples, laid out as written."""
    for name, sub in [(None, parser), *subcommands(parser).items()]:
        text = EXAMPLES.get(name)
        if text is None:
            continue
        sub.epilog = text
        if sub.formatter_class is argparse.HelpFormatter:
            sub.formatter_class = argparse.RawDescriptionHelpFormatter

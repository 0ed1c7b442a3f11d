"""``diplotext eval`` arguments and entry point (placeholder until issue 3 lands)."""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``eval`` options to its sub-parser."""
    parser.add_argument("gold", nargs="+", metavar="GOLD")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show", action="store_true")


def run(args: argparse.Namespace) -> int:
    """Run the evaluation; returns the exit status."""
    print("evaluation is not implemented yet")
    return 1

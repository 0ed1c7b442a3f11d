"""Cross-article cases: the events of many articles linked into one case per real-world event.

``diplotext link OUT.jsonl -o cases.json`` reads the output of ``diplotext batch`` a line at a time,
keeps one small :class:`~diplotext.linking.reports.Report` per event, and links them:

* :mod:`.reports` — reading the JSONL stream (article id, source, date, evidence snippets);
* :mod:`.names` — when two spellings are one person's name;
* :mod:`.identities` — blocks by event type and states, then people within a block;
* :mod:`.windows` and :mod:`.trips` — the dates a visit report can have, and trips made of them;
* :mod:`.cases` — :class:`Case` and :class:`Step`, with counts of distinct articles and sources;
* :mod:`.render` — the JSON document and the text timeline; :mod:`.chart` — an optional chart;
* :mod:`.cli` — the command.

docs/linking.md states the rule.
"""

from __future__ import annotations

from diplotext.linking.cases import Case, Step, build_cases
from diplotext.linking.result import LinkResult, link_file, link_lines

__all__ = ["Case", "LinkResult", "Step", "build_cases", "link_file", "link_lines"]

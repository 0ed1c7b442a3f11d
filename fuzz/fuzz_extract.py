"""A coverage-guided fuzz target (atheris / libFuzzer) over ``extract()`` and the input readers.

    pip install -e '.[fuzz]'
    python fuzz/fuzz_extract.py -max_total_time=600 -max_len=8192 CORPUS_DIR   # or: make fuzz

The first byte of each input picks what is fuzzed: ``extract()`` on text, or the reader of a
``.txt``, ``.json``, ``.jsonl`` or ``.html`` file on the remaining bytes (then ``extract_record``
on each record). A crash is any exception other than the readers' one-line ``InputError``, or a
document whose offsets do not point at its text, or one that is not JSON. ``make fuzz`` seeds the
corpus with tests/fixtures/articles (copied, since libFuzzer writes new inputs into it).
"""

from __future__ import annotations

import io
import json
import sys

import atheris

with atheris.instrument_imports(include=["diplotext"]):
    import diplotext
    from diplotext.inputs import BadRecord, InputError, read_records
    from diplotext.model import Document
    from diplotext.pipeline import extract_record

    diplotext.extract("Warm up: Ms. Duarte said on Monday.")  # the plugins load (instrumented) now

KINDS = ("text", "x.txt", "x.json", "x.jsonl", "x.html")


def check(doc: Document) -> None:
    """The properties every document has (tests/test_properties.py checks the same, and more)."""
    text = doc.text
    n = len(text)
    for s, e in (*doc.article.paragraphs, *doc.article.captions, *doc.article.boilerplate):
        assert 0 <= s <= e <= n
    for d in doc.dates:
        assert text[d.start : d.end] == d.text
    for q in doc.quotes:
        assert text[q.start : q.end] == q.text
        if q.cue is not None and q.cue_start is not None and q.cue_end is not None:
            assert text[q.cue_start : q.cue_end] == q.cue
    for a in doc.actors:
        assert all(0 <= s <= e <= n for s, e in a.mentions)
    for ev in doc.events:
        assert all(0 <= s <= e <= n for s, e in ev.evidence)
    failed = [e for e in doc.errors if e.stage != "input"]
    assert failed == [], f"{failed!r} on {text[:300]!r}"
    line = json.dumps(doc.to_dict(), ensure_ascii=False)
    line.encode("utf-8")  # no lone surrogates from the readers
    assert Document.from_dict(json.loads(line), text=text) == doc


def one_input(data: bytes) -> None:
    if not data:
        return
    kind = KINDS[data[0] % len(KINDS)]
    rest = data[1:]
    if kind == "text":
        fdp = atheris.FuzzedDataProvider(rest)
        check(diplotext.extract(fdp.ConsumeUnicodeNoSurrogates(len(rest))))
        return
    try:
        records = list(read_records(kind, stream=io.BytesIO(rest)))
    except InputError as exc:
        assert "\n" not in str(exc) and str(exc).startswith(kind)
        return
    for rec in records:
        if not isinstance(rec, BadRecord):
            check(extract_record(rec))


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()

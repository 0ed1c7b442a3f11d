"""Speaker-name checker: how the person names reported as quote speakers compare with the names the
article itself gives (issue 10, helper names38).

    python benchmarks/speaker_names.py SNAPSHOT.jsonl [--root ../shared] [--sample N] [--class NAME]

``SNAPSHOT`` is a ``corpus_diff.py snapshot`` (``file`` relative to ``--root``; ``quotes`` as
``[kind, speaker, cue, ...]``). For every quote whose speaker looks like a person's name, the
speaker is put in one class by comparing it with the capitalised name runs of the article:

- ``full``: a name of two words or more found as written, no longer form of it in the article;
- ``bare surname``: one word, and the article names someone "Given ... Word";
- ``title surname``: an honorific or title and one word ("Mr Brown") while the article names the
  full person;
- ``title glued``: a title or role word inside a longer name ("Foreign Minister Ana Ruiz");
- ``possessive``: the name ends in 's;
- ``surname first bare``: one word that opens a two-word name in the article ("Wen" for
  "Wen Jiabao"), as family names written first do;
- ``given name only``: one word that opens a longer name and is a listed given name;
- ``shorter than a name``: a multi-word name the article gives longer (initials, middle names,
  particles: "George Bush" when it says "George W. Bush");
- ``namesake``: the article also names another person with the same last word and another given
  name (to check by hand that the right one was taken);
- ``not in text``: the name is nowhere in the article as written (two people merged, a line break);
- ``line break``: found only across a line break;
- ``nickname``: the article writes the name with a quoted nickname between its words;
- ``single``: one word and the article gives no longer form.

Counts per class, then a sample of each with the longer names the article holds.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

from diplotext import lexicon
from diplotext.extractors.actors.names import is_first_name, is_given_name

HERE = Path(__file__).resolve().parent
PARTICLES = lexicon.words("names", "name particles") | {"al-", "el-"}
HONORIFICS = {w.split("|")[0].strip().rstrip(".") for w in lexicon.entries("actors", "honorifics")}
ABBREVIATED = {w.lower() for w in lexicon.entries("grammar", "title abbreviations")}
_TITLE_WORDS = (
    "president vice prime minister foreign secretary senator sen rep representative governor gov "
    "general gen colonel col king queen prince princess chancellor ambassador envoy spokesman "
    "spokeswoman spokesperson chief chairman chairwoman director judge justice mayor deputy "
    "defense defence interior finance trade justice home state premier leader pope rev reverend "
    "father sheikh sheik emir sultan archbishop bishop cardinal attorney commissioner "
    "congressman congresswoman councillor councilman lieutenant lt captain capt sergeant sgt "
    "major maj admiral adm commander cmdr officer inspector superintendent professor prof "
    "doctor dr president-elect former acting first lady mrs mr ms miss sir dame lord baroness "
    "his her excellency highness majesty assistant under senior executive head coach "
    "striker manager"
)
_STOP_WORDS = (
    "the a an in at for but and on by with from of to said says when as if yet however earlier "
    "later meanwhile then while since after before last this that these those its his her their "
    "our monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december i we he she it they"
)
TITLES = HONORIFICS | ABBREVIATED | set(_TITLE_WORDS.split())
STOP = set(_STOP_WORDS.split())
TOKEN = r"(?:[A-Z][\w'’.-]*|(?:" + "|".join(sorted(PARTICLES - {"al-", "el-"})) + r")\b|(?:al|el)-\w+)"
RUN = re.compile(rf"{TOKEN}(?:[ \t]+{TOKEN})*")
NAMEISH = re.compile(r"^[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|[a-z]{1,4}|(?:al|el)-\w+))*$")


def _given(word: str) -> bool:
    return is_given_name(word) or is_first_name(word)


def _clean(tokens: list[str]) -> list[str]:
    """A run without its leading stop and title words and trailing particles."""
    while tokens and (tokens[0].lower().rstrip(".") in TITLES | STOP or tokens[0].lower() in PARTICLES):
        tokens = tokens[1:]
    while tokens and tokens[-1].lower() in PARTICLES:
        tokens = tokens[:-1]
    if tokens:
        tokens[-1] = re.sub(r"['’]s?$", "", tokens[-1])
    return tokens


def names_in(text: str) -> set[tuple[str, ...]]:
    """Capitalised runs of two words or more, titles and sentence openers dropped."""
    out = set()
    for m in RUN.finditer(text):
        piece: list[str] = []
        for tok in m.group().split():
            piece.append(tok)
            if tok.endswith(".") and len(tok) > 2 and tok[:-1].lower() not in ABBREVIATED:
                piece[-1] = tok[:-1]
                _keep(piece, out)
                piece = []
        _keep(piece, out)
    return out


def _keep(piece: list[str], out: set[tuple[str, ...]]) -> None:
    tokens = _clean(list(piece))
    if len(tokens) >= 2 and all(len(t) < 25 for t in tokens):
        out.add(tuple(tokens))


def classify(speaker: str, text: str, names: set[tuple[str, ...]]) -> tuple[str, list[str]] | None:
    s = speaker.strip()
    if not NAMEISH.match(s) or s.isupper() or len(s.split()) > 6:
        return None
    words = s.split()
    low0 = words[0].lower().rstrip(".")
    if low0 in STOP:
        return None
    if re.search(r"['’]s$", s):
        return "possessive", []
    last = words[-1]
    if len(words) == 1 and low0 in TITLES:
        return None
    longer_end = sorted(
        {" ".join(n) for n in names if n[-1] == last and len(n) > 1 and _given(n[0]) and n[0] != last}
    )
    if len(words) >= 2 and low0 in TITLES:
        core = _clean(list(words))
        if len(core) == 1:
            return ("title surname", longer_end) if longer_end else ("title single", [])
        return "title glued", []
    if len(words) == 1:
        if longer_end:
            return "bare surname", longer_end
        opens = sorted({" ".join(n) for n in names if n[0] == last})
        if opens:
            if _given(last):
                return "given name only", opens
            return "surname first bare", opens
        return "single", []
    flat = " ".join(text.split())
    if s not in flat:
        return "not in text", []
    if s not in text:
        return "line break", []
    nickname = r" [\"“'‘][^\"”’']{1,20}[\"”'’] "
    if re.search(re.escape(words[0]) + nickname + re.escape(" ".join(words[1:])), text):
        return "nickname", []
    sup = sorted(
        {
            " ".join(n)
            for n in names
            if len(n) > len(words) and n[-1] == last and n[0] == words[0] and " ".join(n) != s
        }
    )
    if sup:
        return "shorter than a name", sup
    others = sorted({" ".join(n) for n in names if n[-1] == last and n[0] != words[0] and len(n) >= 2})
    others = [o for o in others if _given(o.split()[0]) and o.split()[0] not in words]
    if others:
        return "namesake", others
    return "full", []


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("snapshot")
    ap.add_argument("--root", default=str(HERE.parent.parent / "shared"))
    ap.add_argument("--sample", type=int, default=8)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--class", dest="only", action="append")
    args = ap.parse_args()
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    root = Path(args.root)
    with open(args.snapshot, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if not row["quotes"]:
                continue
            text = (root / row["file"]).read_text(encoding="utf-8", errors="replace")
            names = names_in(text)
            for q in row["quotes"]:
                speaker = q[1]
                if not speaker:
                    continue
                got = classify(speaker, text, names)
                if got is None:
                    continue
                cls, ctx = got
                counts[cls] += 1
                quote = q[3][:70] if len(q) > 3 else ""
                examples[cls].append(f"{row['file']} | {speaker!r} | {'; '.join(ctx[:4])} | {quote}")
    total = sum(counts.values())
    print(f"{total} person-like speakers")
    for cls, n in counts.most_common():
        print(f"  {cls:22} {n:6} {n / total:.3f}")
    rnd = random.Random(args.seed)
    for cls, _ in counts.most_common():
        if cls in ("full", "single") or (args.only and cls not in args.only):
            continue
        print(f"== {cls}")
        for e in rnd.sample(examples[cls], min(args.sample, len(examples[cls]))):
            print("  ", e)


if __name__ == "__main__":
    main()

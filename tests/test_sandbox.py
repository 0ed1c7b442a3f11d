"""No network access and no writes outside ``-o``, ever; HTML input never fetches what it references.

``diplotext extract`` and ``diplotext batch`` run in a subprocess (and its workers) with a
``sitecustomize`` that makes Internet sockets fail and reports, through an audit hook, every socket,
name lookup, URL request and file opened for writing; the run's working folder is empty and must
hold only the ``-o`` output afterwards.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"

SITECUSTOMIZE = r"""
import os, socket, sys

def _report(what):
    os.write(2, ("SANDBOX " + what.replace("\n", " ") + "\n").encode("utf-8", "replace"))

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC

def _audit(event, args):
    if event == "open":
        path, mode, flags = args
        writes = (mode is not None and any(c in str(mode) for c in "wax+")) or (
            mode is None and isinstance(flags, int) and flags & _WRITE_FLAGS
        )
        if writes and path not in (os.devnull,) and not isinstance(path, int):
            _report("write " + os.path.abspath(os.fsdecode(path)))
    elif event == "socket.__new__":
        if args[1] in (socket.AF_INET, socket.AF_INET6):
            _report("socket " + str(args[1]))
    elif event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "urllib.Request"):
        _report(event + " " + repr(args[1:2] if event != "urllib.Request" else args[0]))

sys.addaudithook(_audit)

class _NoInternet(socket.socket):
    def __init__(self, family=-1, *args, **kwargs):
        if family in (-1, socket.AF_INET, socket.AF_INET6):
            raise OSError("diplotext sandbox: no network")
        super().__init__(family, *args, **kwargs)

socket.socket = _NoInternet
"""

HTML = """<!doctype html><html><head><title>Envoy visits Lima</title>
<link rel="stylesheet" href="http://192.0.2.1/style.css"><script src="https://192.0.2.1/app.js"></script>
<script>fetch("http://192.0.2.1/track"); document.write("<p>written by a script</p>")</script>
<meta http-equiv="refresh" content="0; url=http://192.0.2.1/"></head>
<body><img src="http://192.0.2.1/photo.jpg" srcset="http://192.0.2.1/big.jpg 2x">
<iframe src="http://192.0.2.1/frame"></iframe><object data="http://192.0.2.1/x.swf"></object>
<p>Foreign Minister Ana Duarte of Portugal arrived in Lima on Monday &amp; met President Luis Ortega.</p>
<p>&ldquo;We have much to discuss,&rdquo; Ms. Duarte said.<br><a href="http://192.0.2.1/more">More</a></p>
<svg><image href="http://192.0.2.1/i.png"/></svg><style>@import url("http://192.0.2.1/x.css");</style>
</body></html>
"""
TEXT = "Envoy visits Lima\n\nForeign Minister Ana Duarte of Portugal arrived in Lima on Monday.\n"


def _inputs(folder: Path) -> None:
    folder.mkdir()
    (folder / "page.html").write_text(HTML, encoding="utf-8")
    (folder / "story.txt").write_text(TEXT, encoding="utf-8")
    (folder / "feed.jsonl").write_text(
        json.dumps({"id": "r1", "text": TEXT, "url": "http://192.0.2.1/story"}) + "\n", encoding="utf-8"
    )


def _run(args: list[str], cwd: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    site = tmp_path / "site"
    site.mkdir(exist_ok=True)
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(site), str(SRC)]),
        "PYTHONDONTWRITEBYTECODE": "1",
        "http_proxy": "http://192.0.2.1:9",
        "https_proxy": "http://192.0.2.1:9",
    }
    code = "import sys; from diplotext.cli import main; sys.exit(main())"
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _sandbox_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("SANDBOX ")]


def test_sandbox_reports_what_it_should(tmp_path: Path) -> None:
    """The guard itself works: a socket and a write outside are seen."""
    work = tmp_path / "work"
    work.mkdir()
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    probe = (
        "import socket\n"
        "try:\n    socket.create_connection(('192.0.2.1', 80), timeout=1)\nexcept OSError:\n    pass\n"
        "open('stray.txt', 'w').close()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=work,
        env={**os.environ, "PYTHONPATH": str(site), "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    seen = " ".join(_sandbox_lines(done.stderr))
    assert "socket.getaddrinfo" in seen or "socket " in seen
    assert f"write {work / 'stray.txt'}" in seen


def test_extract_and_batch_touch_no_network_and_write_only_the_output(tmp_path: Path) -> None:
    inputs = tmp_path / "inputs"
    _inputs(inputs)
    before = sorted(p.name for p in inputs.iterdir())
    work = tmp_path / "work"
    work.mkdir()

    extract = _run(
        ["extract", str(inputs / "page.html"), str(inputs / "story.txt"), "-o", "out.jsonl"], work, tmp_path
    )
    assert extract.returncode == 0, extract.stderr
    batch = _run(["batch", str(inputs), "-o", "batch.jsonl", "--jobs", "2"], work, tmp_path)
    assert batch.returncode == 0, batch.stderr

    assert sorted(p.name for p in work.iterdir()) == ["batch.jsonl", "out.jsonl"]
    assert sorted(p.name for p in inputs.iterdir()) == before
    reported = _sandbox_lines(extract.stderr) + _sandbox_lines(batch.stderr)
    allowed = {f"SANDBOX write {work / 'out.jsonl'}", f"SANDBOX write {work / 'batch.jsonl'}"}
    assert [line for line in reported if line not in allowed] == []

    docs = [json.loads(line) for line in (work / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    page = docs[0]
    assert "Ana Duarte" in page["article"]["body"]
    assert "written by a script" not in page["article"]["body"]
    assert len((work / "batch.jsonl").read_text(encoding="utf-8").splitlines()) == 3

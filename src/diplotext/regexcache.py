"""Compiled ``regex`` (and ``re``) patterns kept on disk from one process to the next.

Compiling a ``regex`` pattern runs its parser and optimiser in Python; the C matcher is built from
what they produce (the pattern's "pickled data": its text, flags, byte code, groups and required
string, which is also what ``pickle`` stores for a compiled pattern). Loading the plugins and
reading the first articles compiles about 360 patterns, half the cost of ``diplotext extract`` on
one short file and most of a ``batch`` worker's start-up. This module keeps what the parser
produced for each pattern in one file, so that a later process hands it straight to the C
matcher: the same pattern object, without the parse. The standard library's ``re`` is served the
same way (what its compiler hands to ``_sre.compile``).

Only patterns compiled inside :func:`diplotext.patterns.plain_flags` blocks go through the cache
(loading the plugins, :func:`diplotext.patterns.lazy` patterns, the date rules); other users of
``regex`` in the process are left alone. A pattern with named lists, the ``LOCALE`` or ``DEBUG``
flag or an inline locale flag is always compiled, and so is a ``re`` pattern with ``DEBUG`` or of
bytes.

The file is ``$DIPLOTEXT_PATTERN_CACHE`` if set (a file name; ``0``, ``off`` or an empty value turn
the cache off), else ``diplotext/regex-<regex version>-py<X.Y>.bin`` under ``$XDG_CACHE_HOME`` or
``~/.cache``. It carries a checksum and the versions it was made with; a file that does not match
is ignored (and replaced), and a cache that cannot be read or written only costs the parse. It is
written after the plugins load, when a ``batch`` worker has compiled new patterns, and when the
process ends.
"""

from __future__ import annotations

import atexit
import importlib
import marshal
import os
import re
import sys
import threading
import time
import zlib
from pathlib import Path
from typing import Any, Final

import regex

__all__ = ["cache_file", "install", "reset", "save", "save_if_due", "stats", "uninstall"]

FORMAT: Final = 1
MAX_ENTRIES: Final = 5000
"""Beyond this many patterns on file, only those this process used are written back."""
_MAGIC: Final = b"DXRC"
_OFF: Final = frozenset({"", "0", "off", "no", "false"})
_INLINE_LOCALE: Final = re.compile(r"\(\?[a-zA-Z^-]*L")
_Key = tuple[str, int, int]

_lock = threading.RLock()
_entries: dict[_Key, tuple[Any, ...]] | None = None
_used: set[_Key] = set()
_unsaved = 0
_last_save = 0.0
_exit_hook = False
_original: Any = None
_counts = {"hits": 0, "misses": 0, "uncached": 0}
_RE: Final = -1
"""The third item of the key of a standard-library ``re`` pattern (``regex`` has its version there)."""
_re_original: Any = None


class _SreRecorder(threading.local):
    """Stands for ``_sre`` inside ``re``'s compiler while the cache is installed: passes every call
    on, and keeps (per thread) the arguments of the last ``compile``, which make the pattern."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.last: tuple[Any, ...] | None = None

    def compile(self, *args: Any) -> Any:
        self.last = args
        return self.real.compile(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


_recorder: _SreRecorder | None = None


def cache_file() -> Path | None:
    """Where the cache lives, or ``None`` when it is off (see the module docstring)."""
    chosen = os.environ.get("DIPLOTEXT_PATTERN_CACHE")
    if chosen is not None:
        return None if chosen.strip().lower() in _OFF else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):
        return None  # no home to keep it in
    version = f"py{sys.version_info[0]}.{sys.version_info[1]}"
    return Path(base) / "diplotext" / f"regex-{regex.__version__}-{version}.bin"


def _versions() -> tuple[int, str]:
    """What the file's entries depend on besides the pattern: this module's format, the versions
    of ``regex`` and of ``re``'s engine (its file name names Python's version)."""
    engine: Any = importlib.import_module("_sre")
    return FORMAT, f"{regex.__version__} {engine.MAGIC}"


def _read(path: Path) -> dict[_Key, tuple[Any, ...]]:
    """The entries of the file at ``path``; empty if it is missing, damaged or of other versions."""
    try:
        blob = path.read_bytes()
    except OSError:
        return {}
    if len(blob) < 8 or blob[:4] != _MAGIC or int.from_bytes(blob[4:8], "big") != zlib.crc32(blob[8:]):
        return {}
    try:
        content = marshal.loads(blob[8:])
    except (ValueError, EOFError, TypeError):
        return {}
    if not (isinstance(content, tuple) and len(content) == 3 and content[:2] == _versions()):
        return {}
    entries = content[2]
    return entries if isinstance(entries, dict) else {}


def _loaded() -> dict[_Key, tuple[Any, ...]]:
    global _entries
    if _entries is None:
        path = cache_file()
        _entries = _read(path) if path is not None else {}
    return _entries


def _compile(pattern: Any, flags: Any, ignore_unused: Any, kwargs: Any, cache_it: Any) -> Any:
    """``regex._main._compile`` with the cache in front of it (installed by :func:`install`)."""
    original = _original
    if (
        type(pattern) is not str
        or kwargs
        or flags & (regex.LOCALE | regex.DEBUG)
        or _INLINE_LOCALE.search(pattern)
        or cache_file() is None
    ):
        _counts["uncached"] += 1
        return original(pattern, flags, ignore_unused, kwargs, cache_it)
    key = (pattern, int(flags), int(getattr(regex, "DEFAULT_VERSION", 0)))
    with _lock:
        data = _loaded().get(key)
        _used.add(key)
    if data is not None and data[0] == pattern:
        try:
            compiled = regex._regex.compile(*data)  # type: ignore[attr-defined]
        except Exception:  # a bad entry costs only the parse
            pass
        else:
            _counts["hits"] += 1
            return compiled
    compiled = original(pattern, flags, ignore_unused, kwargs, cache_it)
    data = getattr(compiled, "_pickled_data", None)
    try:
        marshal.dumps(data)
    except ValueError:
        data = None
    if isinstance(data, tuple) and data and data[0] == pattern:
        _counts["misses"] += 1
        _remember(key, data)
    return compiled


def _re_compile(pattern: Any, flags: Any = 0) -> Any:
    """``re._compiler.compile`` with the cache in front of it (installed by :func:`install`)."""
    original, recorder = _re_original, _recorder
    if type(pattern) is not str or flags & re.DEBUG or recorder is None or cache_file() is None:
        _counts["uncached"] += 1
        return original(pattern, flags)
    key = (pattern, int(flags), _RE)
    with _lock:
        data = _loaded().get(key)
        _used.add(key)
    if data is not None and data[0] == pattern:
        try:
            compiled = recorder.real.compile(*data)
        except Exception:  # a bad entry costs only the parse
            pass
        else:
            _counts["hits"] += 1
            return compiled
    recorder.last = None
    compiled = original(pattern, flags)
    args = recorder.last
    if args is not None and args[0] == pattern:
        # the byte code holds opcodes as ``int`` subclasses, which ``marshal`` does not take
        data = (args[0], int(args[1]), [int(op) for op in args[2]], *args[3:])
        try:
            marshal.dumps(data)
        except ValueError:
            return compiled
        _counts["misses"] += 1
        _remember(key, data)
    return compiled


def _remember(key: _Key, data: tuple[Any, ...]) -> None:
    global _unsaved, _exit_hook
    with _lock:
        _loaded()[key] = data
        _unsaved += 1
        if not _exit_hook:
            _exit_hook = True
            atexit.register(save)


def _engines() -> tuple[Any, Any]:
    """``regex``'s and ``re``'s compiler modules, whose functions the cache stands in front of."""
    return importlib.import_module("regex._main"), importlib.import_module("re._compiler")


def install() -> None:
    """Put the cache in front of ``regex``'s compiler (done by ``plain_flags``; undone by
    :func:`uninstall`)."""
    global _original, _re_original, _recorder
    main, re_compiler = _engines()
    with _lock:
        if main._compile is not _compile:
            _original = main._compile
            main._compile = _compile
        if re_compiler.compile is not _re_compile:
            _re_original = re_compiler.compile
            if _recorder is None or _recorder.real is not re_compiler._sre:
                _recorder = _SreRecorder(re_compiler._sre)
            re_compiler._sre = _recorder
            re_compiler.compile = _re_compile


def uninstall() -> None:
    main, re_compiler = _engines()
    with _lock:
        if main._compile is _compile and _original is not None:
            main._compile = _original
        if re_compiler.compile is _re_compile and _re_original is not None:
            re_compiler.compile = _re_original
        if _recorder is not None and re_compiler._sre is _recorder:
            re_compiler._sre = _recorder.real


def save() -> bool:
    """Write the patterns compiled since the last save (merged with what other processes wrote
    meanwhile); ``True`` if the file was written. Never raises for a file it cannot write."""
    global _unsaved, _last_save
    with _lock:
        path = cache_file()
        if not _unsaved or path is None:
            return False
        entries = dict(_read(path))
        entries.update(_loaded())
        if len(entries) > MAX_ENTRIES:  # stale patterns of older code: keep what is in use
            entries = {k: v for k, v in entries.items() if k in _used}
        import tempfile

        payload = marshal.dumps((*_versions(), entries))
        blob = _MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".regex-", suffix=".tmp")
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(blob)
                os.replace(temporary, path)
            except BaseException:
                os.unlink(temporary)
                raise
        except OSError:
            return False
        finally:
            _unsaved = 0
            _last_save = time.monotonic()
        return True


def save_if_due(interval: float = 1.0) -> bool:
    """:func:`save`, if patterns were compiled and the last save is ``interval`` seconds old (a
    ``batch`` worker calls it after each chunk: workers end without running ``atexit``)."""
    if not _unsaved or time.monotonic() - _last_save < interval:
        return False
    return save()


def stats() -> dict[str, int]:
    """Patterns served from the cache, compiled and added to it, and compiled around it."""
    return dict(_counts)


def reset() -> None:
    """Forget what was read from the file (the next compile reads it again); for tests."""
    global _entries, _unsaved
    with _lock:
        _entries = None
        _used.clear()
        _unsaved = 0
        for name in _counts:
            _counts[name] = 0

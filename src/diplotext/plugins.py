"""Finding, loading, listing and selecting plugins.

Every plugin, built-in or third-party, is registered through the ``diplotext`` entry-point group:
the built-ins are listed once, in ``pyproject.toml`` (``[project.entry-points.diplotext]``), so
diplotext must be installed (``pip install -e .`` for a source tree) for them to load.
``DIPLOTEXT_LOAD_PLUGINS=a,b`` restricts which entry points load (their prerequisites load too;
an empty value loads only the reader). A plugin module may declare ``REQUIRES = ("actors", ...)``:
the plugins it needs to have run before it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Sequence
from importlib import metadata
from typing import Any

import attrs
import pluggy

from diplotext import hookspecs

ENTRY_POINT_GROUP = "diplotext"
ENV_VAR = "DIPLOTEXT_LOAD_PLUGINS"
READER = "reader"


@attrs.frozen(kw_only=True)
class PluginInfo:
    """What ``diplotext plugins`` reports about one plugin."""

    name: str
    package: str | None
    version: str | None
    hooks: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    module: str | None = None
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "version": self.version,
            "hooks": list(self.hooks),
            "package": self.package,
            "requires": list(self.requires),
        }
        if self.error is not None:
            out["error"] = self.error
        return out


class PluginError(Exception):
    """A plugin could not be selected (unknown name) or a plugin failed in strict mode."""


def requirements_of(plugin: object) -> tuple[str, ...]:
    """The plugins a plugin object declares it needs (its ``REQUIRES``), reader excluded."""
    req = getattr(plugin, "REQUIRES", ())
    return tuple(r for r in req if isinstance(r, str) and r != READER)


class Registry:
    """A pluggy manager plus what was learned while loading (packages, versions, failures)."""

    def __init__(self) -> None:
        self.pm = pluggy.PluginManager(hookspecs.PROJECT)
        self.pm.add_hookspecs(hookspecs)
        self._meta: dict[str, tuple[str | None, str | None, str | None]] = {}
        self.failed: dict[str, PluginInfo] = {}
        self._callers: dict[tuple[Any, ...], list[tuple[str, pluggy.HookCaller]]] = {}

    # ---------------------------------------------------------------- registering
    def register(
        self,
        plugin: object,
        name: str | None = None,
        *,
        package: str | None = None,
        version: str | None = None,
    ) -> str:
        """Register a plugin object (module, class or instance); returns its name."""
        got = self.pm.register(plugin, name=name)
        self._callers.clear()
        if got is None:  # pragma: no cover - pluggy returns None only for blocked names
            raise PluginError(f"plugin {name!r} is blocked")
        module = getattr(plugin, "__name__", None) or type(plugin).__module__
        self._meta[got] = (package, version, module)
        return got

    def unregister(self, name: str) -> None:
        """Remove a plugin by name (a no-op when it is not registered)."""
        if self.pm.get_plugin(name) is not None:
            self.pm.unregister(name=name)
        self._callers.clear()
        self._meta.pop(name, None)

    def names(self) -> list[str]:
        return sorted(n for n, _ in self.pm.list_name_plugin() if n is not None)

    def get(self, name: str) -> object | None:
        return self.pm.get_plugin(name)

    # ---------------------------------------------------------------- selecting
    def closure(self, names: Iterable[str]) -> set[str]:
        """The named plugins with their prerequisites (and the reader), checked to exist."""
        todo = [n.strip() for n in names if n.strip()]
        out = {READER} if self.get(READER) is not None else set()
        while todo:
            name = todo.pop()
            if name in out:
                continue
            plugin = self.get(name)
            if plugin is None:
                known = ", ".join(self.names()) or "none"
                raise PluginError(f"unknown plugin {name!r} (installed: {known})")
            out.add(name)
            todo.extend(requirements_of(plugin))
        return out

    def info(self) -> list[PluginInfo]:
        """One entry per plugin, loaded or failed, sorted by name."""
        out: list[PluginInfo] = []
        for name in self.names():
            plugin = self.get(name)
            package, version, module = self._meta.get(name, (None, None, None))
            hooks = sorted(
                h.name for h in self.pm.get_hookcallers(plugin) or [] if not h.name.startswith("_")
            )
            out.append(
                PluginInfo(
                    name=name,
                    package=package,
                    version=version,
                    hooks=tuple(hooks),
                    requires=requirements_of(plugin),
                    module=module,
                )
            )
        out.extend(self.failed.values())
        return sorted(out, key=lambda p: p.name)

    def callers(self, hook: str, selected: set[str] | None) -> list[tuple[str, pluggy.HookCaller]]:
        """One hook caller per plugin implementing ``hook``: ``(plugin name, caller)``, where the
        caller is ``pm.hook.<hook>`` without the other plugins' implementations (wrappers of the
        selected plugins stay in every caller, so they wrap each plugin's call). Only ``selected``
        plugins (all when ``None``) take part. The order is fixed: ``tryfirst`` implementations,
        then the rest, then ``trylast`` ones, each group by plugin name."""
        impls = getattr(self.pm.hook, hook).get_hookimpls()
        key = (hook, None if selected is None else frozenset(selected), *map(id, impls))
        got = self._callers.get(key)
        if got is None:
            got = self._callers[key] = self._make_callers(hook, impls, selected)
        return got

    def _make_callers(
        self, hook: str, impls: Sequence[pluggy.HookImpl], selected: set[str] | None
    ) -> list[tuple[str, pluggy.HookCaller]]:
        taking_part = [i for i in impls if selected is None or i.plugin_name in selected]
        wrappers = {id(i.plugin) for i in taking_part if i.wrapper or i.hookwrapper}
        ranked = sorted(
            (i for i in taking_part if not (i.wrapper or i.hookwrapper)),
            key=lambda i: (0 if i.tryfirst else 2 if i.trylast else 1, i.plugin_name),
        )
        out = []
        for impl in ranked:
            others = [i.plugin for i in impls if i.plugin is not impl.plugin and id(i.plugin) not in wrappers]
            out.append((impl.plugin_name, self.pm.subset_hook_caller(hook, remove_plugins=others)))
        return out


def _wanted_from_env() -> set[str] | None:
    raw = os.environ.get(ENV_VAR)
    if raw is None:
        return None
    return {n.strip() for n in raw.split(",") if n.strip()}


def _load_entry_points(registry: Registry, wanted: set[str] | None) -> None:
    eps = sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name)
    pending: dict[str, Callable[[], object]] = {}
    meta: dict[str, tuple[str | None, str | None]] = {}
    for ep in eps:
        if registry.get(ep.name) is not None:
            continue
        dist = ep.dist
        meta[ep.name] = (dist.name if dist else None, dist.version if dist else None)
        pending[ep.name] = ep.load
    if READER not in pending and registry.get(READER) is None:
        # a source tree that was never installed has no entry points, so no built-in plugin
        registry.failed[READER] = PluginInfo(
            name=READER,
            package="diplotext",
            version=None,
            error="no 'diplotext' entry points: install diplotext (pip install -e .) to load its plugins",
        )

    todo = sorted(pending) if wanted is None else sorted(wanted | {READER})
    done: set[str] = set()
    while todo:
        name = todo.pop(0)
        if name in done or name not in pending:
            continue
        done.add(name)
        package, version = meta[name]
        try:
            plugin = pending[name]()
            registry.register(plugin, name, package=package, version=version)
        except Exception as exc:  # a broken plugin is reported, never fatal
            registry.failed[name] = PluginInfo(
                name=name,
                package=package,
                version=version,
                error=f"{type(exc).__name__}: {exc}",
            )
            continue
        todo.extend(r for r in requirements_of(plugin) if r not in done)


_lock = threading.Lock()
_registry: Registry | None = None


def get_registry() -> Registry:
    """The process-wide registry, loading entry points on first use."""
    global _registry
    with _lock:
        if _registry is None:
            from diplotext import regexcache
            from diplotext.patterns import plain_flags

            reg = Registry()
            with plain_flags():  # the plugins compile their patterns as they load
                _load_entry_points(reg, _wanted_from_env())
            _registry = reg
            regexcache.save()  # what was compiled for the next process (if anything was new)
        return _registry


def reset() -> None:
    """Forget the loaded plugins; the next use loads them again (honouring the environment)."""
    global _registry
    with _lock:
        _registry = None


def register(plugin: object, name: str | None = None) -> str:
    """Register a plugin object for this process (handy in tests and notebooks)."""
    return get_registry().register(plugin, name)


def unregister(name: str) -> None:
    """Remove a plugin registered with :func:`register` (or any plugin) by name."""
    get_registry().unregister(name)

"""The incremental cache: each document's results, keyed on its content.

A rescan of an unchanged tree skips matching: the result of a document is
stored under the SHA-256 of its bytes and format, in a namespace that also
covers the claims (:func:`~factcheck.claims.claims_digest`), severity
overrides, the factcheck version and the factcheck code itself (and the
versions of Python and of the matching libraries), so that any change to
what a check depends on starts a fresh namespace.

Entries are JSON (never pickle: a cache directory is writable by anyone who
can write the project, and unpickling runs code), written atomically (a
temporary file, then :func:`os.replace`) and sharded by the key's first two
hex digits::

    .factcheck_cache/
        .gitignore          # "*": never committed
        CACHEDIR.TAG        # skipped by backup tools
        v1/<namespace>/<ab>/<key>.json

The same content reached through another path reuses the entry: results are
re-stamped with the current display path. A corrupt or unreadable entry or
directory is discarded with one warning per run, never an error; the cache
never changes what a scan reports. Only the :data:`KEEP_NAMESPACES` most
recently used namespaces are kept.
"""

from __future__ import annotations

import enum
import functools
import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import fields, is_dataclass, replace
from importlib import metadata
from pathlib import Path
from typing import Any, Union

from . import __version__
from .claims import claims_digest
from .model import Claim, DocumentResult, Severity

DEFAULT_CACHE_DIR = ".factcheck_cache"
CACHE_FORMAT = 1
KEEP_NAMESPACES = 4
"""Namespaces (claims and code versions) kept; older ones are deleted."""
_NAMESPACE = re.compile(r"[0-9a-f]{24}")
MATCHING_PACKAGES = ("rapidfuzz", "pyahocorasick")
GITIGNORE = "# Created by factcheck: this directory is a cache.\n*\n"
CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by factcheck.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)

Outcome = tuple[DocumentResult | None, tuple[str, ...]]
"""What scanning one document gives: its result (``None`` if skipped) and warnings."""


# ------------------------------------------------------------------- keys


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A digest of factcheck's own source files: an edited engine invalidates the cache."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(p for p in package.rglob("*") if p.suffix in (".py", ".json") and p.is_file()):
        digest.update(path.relative_to(package).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


@functools.lru_cache(maxsize=1)
def runtime_fingerprint() -> str:
    """Python's version and those of the libraries that matching depends on."""
    versions = [sys.version.split()[0]]
    for package in MATCHING_PACKAGES:
        try:
            versions.append(f"{package}=={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{package}==?")
    return ";".join(versions)


def namespace(claims: Sequence[Claim], severities: Mapping[str, Severity] | None = None) -> str:
    """The part of every key shared by one scan configuration."""
    payload = {
        "format": CACHE_FORMAT,
        "version": __version__,
        "code": code_fingerprint(),
        "runtime": runtime_fingerprint(),
        "claims": claims_digest(claims),
        "severities": {k: Severity(v).value for k, v in sorted((severities or {}).items())},
    }
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def content_key(data: bytes, fmt: str) -> str:
    """The key of a document: the SHA-256 of its format and bytes."""
    digest = hashlib.sha256(fmt.encode("ascii", "replace") + b"\0")
    digest.update(data)
    return digest.hexdigest()


# ----------------------------------------------------------------- codec


def to_json(value: Any) -> Any:
    """Plain JSON data for a model object (dataclasses, enums, tuples, scalars)."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (tuple, list)):
        return [to_json(v) for v in value]
    return value


Decoder = Callable[[Any], Any]


def from_json(kind: Any, data: Any) -> Any:
    """Rebuild a value of type ``kind`` from :func:`to_json` data; ``ValueError`` if it does not fit."""
    return decoder(kind)(data)


@functools.lru_cache(maxsize=None)
def decoder(kind: Any) -> Decoder:
    """A function that rebuilds values of type ``kind`` (built once per type, from its hints)."""
    origin = typing.get_origin(kind)
    if origin in (Union, types.UnionType):
        return _union_decoder(typing.get_args(kind))
    if origin is tuple:
        return _tuple_decoder(typing.get_args(kind))
    if isinstance(kind, type) and is_dataclass(kind):
        return _dataclass_decoder(kind)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind
    if kind in (str, int, float, bool):
        return _scalar_decoder(kind)
    raise TypeError(f"cannot decode {kind!r}")


def _mismatch(expected: str, data: Any) -> ValueError:
    return ValueError(f"expected {expected}, got {type(data).__name__}")


def _scalar_decoder(kind: type) -> Decoder:
    def decode(data: Any) -> Any:
        if type(data) is kind:
            return data
        if kind is float and type(data) is int:
            return float(data)
        raise _mismatch(kind.__name__, data)

    return decode


def _union_decoder(options: tuple[Any, ...]) -> Decoder:
    optional = type(None) in options
    decoders = [decoder(o) for o in options if o is not type(None)]

    def decode(data: Any) -> Any:
        if data is None and optional:
            return None
        for attempt in decoders:
            try:
                return attempt(data)
            except (ValueError, TypeError, KeyError):
                continue
        raise _mismatch(" or ".join(map(str, options)), data)

    return decode


def _tuple_decoder(args: tuple[Any, ...]) -> Decoder:
    if len(args) == 2 and args[1] is Ellipsis:
        item = decoder(args[0])

        def decode_all(data: Any) -> tuple[Any, ...]:
            if type(data) is not list:
                raise _mismatch("a list", data)
            return tuple(item(x) for x in data)

        return decode_all
    items = [decoder(a) for a in args]

    def decode_fixed(data: Any) -> tuple[Any, ...]:
        if type(data) is not list or len(data) != len(items):
            raise _mismatch(f"a list of {len(items)}", data)
        return tuple(d(x) for d, x in zip(items, data))

    return decode_fixed


def _dataclass_decoder(cls: type) -> Decoder:
    hints = typing.get_type_hints(cls)
    names = tuple(f.name for f in fields(cls))
    expected = frozenset(names)
    parts = [(name, decoder(hints[name])) for name in names]

    def decode(data: Any) -> Any:
        if type(data) is not dict:
            raise _mismatch(f"an object for {cls.__name__}", data)
        if data.keys() != expected:
            raise ValueError(f"{cls.__name__} fields differ: {sorted(set(data) ^ expected)}")
        return cls(**{name: part(data[name]) for name, part in parts})

    return decode


def restamp(result: DocumentResult, path: str) -> DocumentResult:
    """``result`` as found at ``path``: the same content read through another path."""
    if result.path == path:
        return result
    findings = tuple(replace(f, path=path) for f in result.findings)
    return replace(result, path=path, findings=findings)


# ----------------------------------------------------------------- store


class ResultCache:
    """Document outcomes on disk under ``root``, for one scan configuration.

    Problems never raise: the first one is reported through ``notify`` (once
    per cache object) and the entry is treated as missing; if the directory
    cannot be written, the cache stops writing for the rest of the run.
    """

    def __init__(self, root: Path, space: str, notify: Callable[[str], None]) -> None:
        self.root = Path(root)
        self.directory = self.root / f"v{CACHE_FORMAT}" / space
        self.notify = notify
        self.hits = 0
        self.misses = 0
        self._warned = False
        self._writable = True

    @classmethod
    def open(
        cls,
        root: str | os.PathLike[str],
        claims: Sequence[Claim],
        severities: Mapping[str, Severity] | None,
        notify: Callable[[str], None],
    ) -> ResultCache:
        """The cache under ``root`` for these claims, creating the directory and its tags."""
        cache = cls(Path(root), namespace(claims, severities), notify)
        cache._prepare()
        return cache

    def _prepare(self) -> None:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            for name, text in ((".gitignore", GITIGNORE), ("CACHEDIR.TAG", CACHEDIR_TAG)):
                tag = self.root / name
                if not tag.is_file():
                    _write_atomic(tag, text)
            os.utime(self.directory)  # mark this namespace as recently used
        except OSError as error:
            self._problem(f"cannot use cache directory {self.root}: {_reason(error)}; scanning without it")
            self._writable = False
            return
        _prune(self.directory.parent, keep=KEEP_NAMESPACES)

    def _problem(self, message: str) -> None:
        if not self._warned:
            self._warned = True
            self.notify(f"cache: {message}")

    def path(self, key: str) -> Path:
        """Where the entry for ``key`` lives."""
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str, display: str) -> Outcome | None:
        """The stored outcome for ``key`` stamped with ``display``; ``None`` on a miss."""
        path = self.path(key)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            self.misses += 1
            return None
        except OSError as error:
            self._problem(f"cannot read {path}: {_reason(error)}; rescanning")
            self.misses += 1
            return None
        try:
            outcome = _decode_entry(raw, key)
        except (ValueError, TypeError, KeyError, RecursionError) as error:
            self._problem(f"discarded corrupt entry {path} ({error})")
            _unlink(path)
            self.misses += 1
            return None
        self.hits += 1
        result, warnings = outcome
        return (None if result is None else restamp(result, display)), warnings

    def put(self, key: str, outcome: Outcome) -> None:
        """Store ``outcome`` under ``key`` (atomically; a failure is one warning)."""
        if not self._writable:
            return
        result, warnings = outcome
        entry = {"format": CACHE_FORMAT, "key": key, "warnings": list(warnings),
                 "result": None if result is None else to_json(result)}
        text = json.dumps(entry, ensure_ascii=False, separators=(",", ":"))
        path = self.path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _write_atomic(path, text)
        except OSError as error:
            self._problem(f"cannot write {path}: {_reason(error)}; not caching this run")
            self._writable = False


def _prune(parent: Path, keep: int) -> None:
    """Delete all but the ``keep`` most recently used namespaces (old claims, old code)."""
    try:
        spaces = [p for p in parent.iterdir() if _NAMESPACE.fullmatch(p.name) and p.is_dir()]
        spaces.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return
    for stale in spaces[keep:]:
        shutil.rmtree(stale, ignore_errors=True)


def _decode_entry(raw: bytes, key: str) -> Outcome:
    entry = json.loads(raw.decode("utf-8"))
    if not isinstance(entry, dict) or entry.get("format") != CACHE_FORMAT or entry.get("key") != key:
        raise ValueError("not an entry of this cache")
    warnings = from_json(tuple[str, ...], entry["warnings"])
    result = None if entry["result"] is None else from_json(DocumentResult, entry["result"])
    return result, warnings


def _write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the new, never half."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        _unlink(Path(temporary))
        raise


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def _reason(error: OSError) -> str:
    reason = error.strerror or str(error)
    return reason[:1].lower() + reason[1:]

"""Effective settings: defaults, then the configuration file, then the command line.

Each setting remembers where its value came from (``default``, the
configuration file's path, or ``command line``), for ``factcheck config``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .claims import find_claims_file
from .config import ConfigFile, find_config, load_config, shown
from .model import Severity

KEYS = ("claims", "include", "exclude", "fail-on", "format", "baseline", "severity")
DEFAULTS: dict[str, Any] = {
    "claims": None,
    "include": (),
    "exclude": (),
    "fail-on": "error",
    "format": (),
    "baseline": None,
    "severity": {},
}
DEFAULT = "default"
COMMAND_LINE = "command line"


@dataclass(frozen=True)
class Settings:
    """The settings a run uses, each with its source."""

    values: dict[str, Any]
    sources: dict[str, str]
    config: ConfigFile | None = None

    @property
    def claims(self) -> Path | None:
        """The claims file (``None``: none given and none found)."""
        return self.values["claims"]

    @property
    def include(self) -> tuple[str, ...]:
        """Globs a document must match one of (none: every document)."""
        return tuple(self.values["include"])

    @property
    def exclude(self) -> tuple[str, ...]:
        """Globs no document may match."""
        return tuple(self.values["exclude"])

    @property
    def fail_on(self) -> str:
        """``error``, ``warning`` or ``never``."""
        return self.values["fail-on"]

    @property
    def formats(self) -> list[str]:
        """``FORMAT[:PATH]`` specs (none: the default output)."""
        return list(self.values["format"])

    @property
    def baseline(self) -> Path | None:
        """The baseline file to apply, if any."""
        return self.values["baseline"]

    @property
    def severity(self) -> dict[str, Severity]:
        """Per-claim severity overrides."""
        return dict(self.values["severity"])

    @property
    def base(self) -> Path:
        """The directory include/exclude globs are relative to: the config file's, else the cwd."""
        return self.config.path.parent if self.config else Path(".")


def effective_settings(config: Path | None, overrides: Mapping[str, Any]) -> Settings:
    """Defaults, overridden by the config file (``config``, else the nearest), then by ``overrides``.

    ``overrides`` are command-line values keyed like the file's keys; a
    ``None`` or empty value means "not given".
    """
    path = config if config is not None else find_config()
    loaded = load_config(path) if path is not None else None
    values, sources = dict(DEFAULTS), dict.fromkeys(KEYS, DEFAULT)
    if loaded is not None:
        values.update(loaded.values)
        sources.update(dict.fromkeys(loaded.values, str(loaded.path)))
    for key, value in overrides.items():
        if value is not None and value != [] and value != ():
            values[key], sources[key] = value, COMMAND_LINE
    if values["claims"] is None:
        found = find_claims_file()
        values["claims"] = shown(found) if found is not None else None
    return Settings(values, sources, loaded)


def shown_value(value: Any) -> str:
    """A setting's value for people: lists comma-separated, mappings as ``key=value``."""
    if value is None:
        return "(none)"
    if isinstance(value, Mapping):
        return ", ".join(f"{k}={getattr(v, 'value', v)}" for k, v in value.items()) or "(none)"
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value)) or "(none)"
    return str(value)


def settings_dict(settings: Settings) -> dict[str, Any]:
    """The settings as JSON-ready data: config file, and each key's value and source."""
    def plain(value: Any) -> Any:
        if isinstance(value, Mapping):
            return {k: getattr(v, "value", v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return list(value)
        return str(value) if isinstance(value, Path) else value

    return {
        "config_file": str(settings.config.path) if settings.config else None,
        "settings": {key: {"value": plain(settings.values[key]), "source": settings.sources[key]} for key in KEYS},
    }


def setting_text(settings: Settings, key: str) -> str:
    """One setting's value as ``factcheck config`` shows it."""
    value = settings.values[key]
    if key == "format" and not value:
        return "auto"
    if key == "claims" and value is None:
        return "(none found)"
    return shown_value(value)


def settings_table(settings: Settings) -> str:
    """The settings as an aligned ``key  value  source`` table, after the config file's name."""
    rows = [("key", "value", "source")]
    rows += [(key, setting_text(settings, key), settings.sources[key]) for key in KEYS]
    widths = [max(len(row[i]) for row in rows) for i in range(2)]
    config = str(settings.config.path) if settings.config else "(none found)"
    lines = [f"config file: {config}", ""]
    lines += [f"{k:<{widths[0]}}  {v:<{widths[1]}}  {s}" for k, v, s in rows]
    return "\n".join(lines)

"""Load, validate and render the canonical facts of a ``claims.yaml`` file.

The file is parsed with ``yaml.safe_load`` (data) and ``yaml.compose`` (only
for line/column marks), checked against the shipped JSON Schema
(``schemas/claims.schema.json``, also usable by editors) and then against the
rules a schema cannot express (ranges, calendar dates, weekdays, unique ids).
Every problem in the file is reported at once, in one :class:`FactcheckError`.
"""

from __future__ import annotations

import calendar
import copy
import dataclasses
import datetime as dt
import functools
import hashlib
import json
import math
import re
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator

from .errors import FactcheckError, Problem
from .model import (
    WEEKDAYS,
    Claim,
    ClaimValue,
    Context,
    DateValue,
    NumberKind,
    NumberValue,
    PartialDate,
    Qualifier,
    Severity,
    TextValue,
    WeekdayValue,
)
from .schema_errors import (
    KeyPath,
    Locator,
    node_problems,
    schema_problems,
    sort_problems,
    unconstructible_timestamps,
    yaml_problem,
)
from .text import unit_key
from .units import SCALES

CLAIMS_FILENAMES = ("claims.yaml", "claims.yml")
SCHEMA_RESOURCE = ("schemas", "claims.schema.json")
_DATE = re.compile(r"[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?")
_START_HINT = "start with 'claims:' and a list of claims, each with id, statement, subject and value"


# ------------------------------------------------------------------ public API


def find_claims_file(start: Path | None = None) -> Path | None:
    """The claims file in ``start`` (default: the cwd) or its nearest parent."""
    here = (start or Path.cwd()).resolve()
    if here.is_file():
        here = here.parent
    for directory in (here, *here.parents):
        for name in CLAIMS_FILENAMES:
            candidate = directory / name
            if candidate.is_file():
                return candidate
    return None


def load_claims(path: Path) -> tuple[Claim, ...]:
    """Read and validate a claims file; raise :class:`FactcheckError` on any problem."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FactcheckError("claims file not found", file=str(path)) from None
    except UnicodeDecodeError as exc:
        problem = Problem(str(path), f"not UTF-8 text (bad byte at offset {exc.start})",
                          hint="save the file as UTF-8")
        raise FactcheckError(problem) from None
    except OSError as exc:
        raise FactcheckError(f"cannot read claims file: {exc.strerror or exc}", file=str(path)) from None
    return parse_claims(text, str(path))


def parse_claims(text: str, filename: str) -> tuple[Claim, ...]:
    """Validate claims-file ``text``; raise :class:`FactcheckError` listing every problem."""
    root, data = _read_yaml(text, filename)
    locator = Locator(filename, root, data)
    _check_top_level(data, locator)
    _normalise(data)
    problems = node_problems(locator)[0]
    problems += schema_problems(_validator(), data, locator)
    if isinstance(data.get("claims"), list):
        problems += _claims_problems(data["claims"], locator)
    if problems:
        raise FactcheckError(sort_problems(problems))
    return tuple(_build_claim(raw, _line(locator, ["claims", i])) for i, raw in enumerate(data["claims"]))


def claims_schema() -> dict[str, Any]:
    """The shipped JSON Schema (Draft 2020-12) of a claims file; a fresh copy."""
    return copy.deepcopy(_schema())


def claims_digest(claims: Sequence[Claim]) -> str:
    """A stable SHA-256 hex digest of the claims' content (for caches).

    Claims' ``line`` numbers are left out: moving a claim or editing comments
    changes nothing a check depends on. Claim order is kept.
    """
    records = []
    for claim in claims:
        record = dataclasses.asdict(claim)
        record.pop("line")
        record["value"]["__type__"] = type(claim.value).__name__
        records.append(record)
    payload = json.dumps({"format": 1, "claims": records}, sort_keys=True,
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def format_value(value: ClaimValue) -> str:
    """Render a claim value for people: ``over 800``, ``3-day``, ``Saturday (2025-07-26)``."""
    if isinstance(value, NumberValue):
        return _format_number(value)
    if isinstance(value, TextValue):
        return value.text
    if isinstance(value, DateValue):
        start = value.start.iso()
        return start if value.end is None else f"{start} to {value.end.iso()}"
    name = WEEKDAYS[value.weekday]
    return name if value.date is None else f"{name} ({value.date.iso()})"


# ------------------------------------------------------------------- loading


@functools.lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    folder, name = SCHEMA_RESOURCE
    resource = resources.files("factcheck").joinpath(folder).joinpath(name)
    return json.loads(resource.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    return Draft202012Validator(_schema())


def _fast_read(text: str) -> tuple[yaml.Node, Any] | None:
    """The common case, fast: libyaml's safe composer (in C), then the safe constructor.

    Anything unusual (a syntax error, an unsafe tag, a bad date) returns None,
    and the pure-Python path above reports it with its best messages.
    """
    composer = getattr(yaml, "CSafeLoader", None)
    if composer is None:
        return None
    try:
        root = yaml.compose(text, Loader=composer)
        if root is None or unconstructible_timestamps(root):
            return None
        problems, safe = node_problems(Locator("", root, None))
        if problems or not safe:
            return None
        return root, yaml.constructor.SafeConstructor().construct_document(root)
    except (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError):
        return None


def _read_yaml(text: str, filename: str) -> tuple[yaml.Node | None, Any]:
    """Parse ``text`` into nodes (for marks and tag checks), then build plain data safely."""
    fast = _fast_read(text)
    if fast is not None:
        return fast
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise FactcheckError(yaml_problem(exc, filename)) from None
    except RecursionError:
        raise FactcheckError("the YAML is nested too deeply", file=filename) from None
    problems, safe = node_problems(Locator(filename, root, None))
    if not safe:
        raise FactcheckError(sort_problems(problems))  # never construct such data
    try:
        return root, yaml.safe_load(_quote_nodes(text, unconstructible_timestamps(root)))
    except yaml.YAMLError as exc:
        raise FactcheckError(yaml_problem(exc, filename)) from None
    except (ValueError, TypeError, OverflowError) as exc:
        raise FactcheckError(f"cannot read a YAML value: {exc}", file=filename) from None


def _quote_nodes(text: str, nodes: list[yaml.ScalarNode]) -> str:
    """``text`` with the given plain scalars double-quoted (marks stay valid)."""
    for node in sorted(nodes, key=lambda n: n.start_mark.index, reverse=True):
        start, end = node.start_mark.index, node.end_mark.index
        text = f'{text[:start]}"{text[start:end]}"{text[end:]}'
    return text


def _check_top_level(data: Any, locator: Locator) -> None:
    """Fail early when there is no mapping of claims to check at all."""
    if data is None:
        raise FactcheckError(Problem(locator.filename, "the claims file is empty", 1, 1,
                                     hint=_START_HINT))
    if not isinstance(data, dict):
        got = "a list" if isinstance(data, list) else f"a single value ({data!r})"
        message = f"the top level must be a mapping with a 'claims' key, not {got}"
        hint = "put the list under 'claims:'" if isinstance(data, list) else ""
        raise FactcheckError(locator.problem([], message, hint))


def _normalise(data: dict[str, Any]) -> None:
    """Turn YAML dates (2025-07-26) and years (2025) into strings, in place."""
    claims = data.get("claims")
    for claim in claims if isinstance(claims, list) else ():
        value = claim.get("value") if isinstance(claim, dict) else None
        if not isinstance(value, dict):
            continue
        for key in ("date", "end"):
            item = value.get(key)
            if isinstance(item, dt.date):
                value[key] = item.isoformat()
            elif type(item) is int:
                value[key] = str(item)


def _line(locator: Locator, path: KeyPath) -> int:
    node = locator.node(path)
    return node.start_mark.line + 1 if node is not None else 0


# ----------------------------------------------------------- semantic checks


def _claims_problems(claims: list[Any], loc: Locator) -> list[Problem]:
    """Duplicate ids, plus the value rules a schema cannot express."""
    problems: list[Problem] = []
    first_line: dict[str, int] = {}
    for index, claim in enumerate(claims):
        ident = claim.get("id") if isinstance(claim, dict) else None
        if isinstance(ident, str):
            path: list[str | int] = ["claims", index, "id"]
            if ident in first_line:
                message = f"duplicate claim id '{ident}' (first defined on line {first_line[ident]})"
                problems.append(loc.problem(path, message, "claim ids must be unique"))
            first_line.setdefault(ident, _line(loc, path))
        value = claim.get("value") if isinstance(claim, dict) else None
        if isinstance(value, dict):
            problems += _value_problems(value, ["claims", index, "value"], loc)
    return problems


def _value_problems(value: dict[str, Any], path: list[str | int], loc: Locator) -> list[Problem]:
    """Checks of one value; each looks only at fields that are well-formed."""
    kind = value.get("type")
    if kind == "number":
        return _number_problems(value, path, loc)
    if kind == "date":
        return _date_problems(value, path, loc)
    if kind == "weekday":
        return _weekday_problems(value, path, loc)
    return []


def _number_problems(value: dict[str, Any], path: list[str | int], loc: Locator) -> list[Problem]:
    raw = {key: value.get(key) for key in ("number", "high")}
    figures: dict[str, float] = {
        k: v for k, v in raw.items() if isinstance(v, (int, float)) and not isinstance(v, bool)
    }
    problems = [loc.problem([*path, key], f"{key} must be a finite number, got {figure}")
                for key, figure in figures.items() if not math.isfinite(figure)]
    number, high = figures.get("number"), figures.get("high")
    if not problems and number is not None and number < 0 and value.get("kind") in ("year", "ordinal"):
        message = f"kind {value['kind']} cannot be negative, got {number:g}"
        problems.append(loc.problem([*path, "number"], message, "only a count, a measure, a percentage or a sum may be below zero"))
    if not problems and number is not None and high is not None and high < number:
        message = f"high ({high:g}) is less than number ({number:g})"
        problems.append(loc.problem([*path, "high"], message, "a range runs from number up to high"))
    return problems


def _date_problems(value: dict[str, Any], path: list[str | int], loc: Locator) -> list[Problem]:
    problems = [p for key in ("date", "end") for p in _calendar_problems(value, [*path, key], loc)]
    start, end = _date_field(value, "date"), _date_field(value, "end")
    if not problems and start is not None and end is not None:
        if _sort_key(end)[: len(_sort_key(start))] < _sort_key(start)[: len(_sort_key(end))]:
            message = f"end {end.iso()} is before date {start.iso()}"
            problems.append(loc.problem([*path, "end"], message, "a range's end must not precede its date"))
    return problems


def _weekday_problems(value: dict[str, Any], path: list[str | int], loc: Locator) -> list[Problem]:
    problems = _calendar_problems(value, [*path, "date"], loc)
    day, named = _date_field(value, "date"), value.get("weekday")
    named = named.capitalize() if isinstance(named, str) else None
    if problems or day is None or day.day is None or named not in WEEKDAYS:
        return problems
    actual = WEEKDAYS[dt.date(day.year or 1, day.month or 1, day.day).weekday()]
    if actual != named:
        message = f"{day.iso()} is a {actual}, not a {named}"
        return [loc.problem([*path, "weekday"], message, "fix the weekday or the date")]
    return []


def _calendar_problems(value: dict[str, Any], path: list[str | int], loc: Locator) -> list[Problem]:
    """A problem if the date at ``path`` (last part: its key) is not a real day."""
    date = _date_field(value, str(path[-1]))
    if date is None:
        return []
    if date.year == 0:
        return [loc.problem(path, f"{date.iso()} is not a real date (there is no year 0)")]
    if date.day is not None and date.year is not None and date.month is not None:
        last = calendar.monthrange(date.year, date.month)[1]
        if date.day > last:
            month = calendar.month_name[date.month]
            message = f"{date.iso()} is not a real date ({month} {date.year} has {last} days)"
            return [loc.problem(path, message)]
    return []


def _date_field(value: dict[str, Any], key: str) -> PartialDate | None:
    """``value[key]`` as a PartialDate if it is a well-formed date string."""
    text = value.get(key)
    if not isinstance(text, str) or not _DATE.fullmatch(text):
        return None
    return _partial(text)


# ------------------------------------------------------------------ building


def _build_claim(raw: dict[str, Any], line: int) -> Claim:
    context = raw.get("context", {})
    return Claim(
        id=raw["id"],
        statement=raw["statement"].strip(),
        subject=_terms(raw["subject"]),
        value=_build_value(raw["value"]),
        context=Context(require=_terms(context.get("require")), exclude=_terms(context.get("exclude"))),
        severity=Severity(raw.get("severity", Severity.ERROR.value)),
        sources=tuple(source.strip() for source in raw.get("sources", ())),
        notes=raw.get("notes", ""),
        line=line,
    )


_SCALE_UNITS = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000}


def _build_value(raw: dict[str, Any]) -> ClaimValue:
    kind = raw["type"]
    if kind == "number":
        high = raw.get("high")
        unit = raw["unit"].strip() if raw.get("unit") is not None else None
        scale = _SCALE_UNITS.get(unit.lower(), 1) if unit else 1  # "number: 2.4, unit: million" is 2,400,000, no unit
        return NumberValue(
            amount=float(raw["number"]) * scale,
            qualifier=Qualifier(raw.get("qualifier", Qualifier.EXACT.value)),
            unit=unit if scale == 1 else None,
            kind=NumberKind(raw.get("kind", NumberKind.COUNT.value)),
            high=float(high) * scale if high is not None else None,
            currency=raw.get("currency"),
        )
    if kind == "text":
        return TextValue(raw["text"].strip(), _terms(raw.get("aliases")), _terms(raw.get("wrong")),
                         raw.get("kind", "text"))
    if kind == "date":
        end = raw.get("end")
        return DateValue(_partial(raw["date"]), _partial(end) if end is not None else None)
    date = raw.get("date")
    return WeekdayValue(WEEKDAYS.index(raw["weekday"].capitalize()),
                        _partial(date) if date is not None else None)


def _terms(raw: str | list[str] | None) -> tuple[str, ...]:
    """A string or list of strings as a tuple of stripped strings."""
    if raw is None:
        return ()
    items = [raw] if isinstance(raw, str) else raw
    return tuple(item.strip() for item in items)


def _partial(text: str) -> PartialDate:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (already validated) as a PartialDate."""
    parts = [int(part) for part in text.split("-")] + [None, None]
    return PartialDate(year=parts[0], month=parts[1], day=parts[2])


def _sort_key(date: PartialDate) -> tuple[int, ...]:
    """The date's known fields, most significant first, for prefix comparison."""
    fields = (date.year, date.month, date.day)
    return tuple(field for field in fields if field is not None)


# ----------------------------------------------------------------- rendering


def _format_number(value: NumberValue) -> str:
    if value.written:  # restated from another unit: "6.2 mi (9.98 km)"
        restated = dataclasses.replace(value, amount=_rounded(value.amount), high=value.high and _rounded(value.high), written=None)
        return f"{value.written} ({_format_number(restated)})"
    text = _figure(value.amount, value.kind)
    if value.high is not None:
        text += "-" + _figure(value.high, value.kind)
    if value.kind is NumberKind.PERCENT:
        text += "%"
    if value.unit:  # a measure reads "3-day" (but "5 GB", "1,500 m"); a currency "2.5 billion yuan"
        hyphened = value.kind is NumberKind.COUNT and value.unit.islower() and unit_key(value.unit) not in SCALES
        text += f"-{value.unit}" if hyphened else f" {value.unit}"
    if value.currency:
        text = f"{value.currency}{text}" if value.currency in ("$", "¥") else f"{value.currency} {text}"
    if value.qualifier is not Qualifier.EXACT:
        text = f"{value.qualifier.value} {text}"
    return text


def _rounded(amount: float) -> float:
    """A restated figure to three significant digits: 9.978 km as 9.98, 1,609.3 m as 1,610."""
    return float(f"{amount:.3g}")


def _figure(amount: float, kind: NumberKind) -> str:
    """One figure: ``2025`` for years, ``12,000``, ``2.5``, ``3rd`` for ordinals."""
    amount = float(amount)
    if not amount.is_integer():
        return f"{amount:,.6f}".rstrip("0").rstrip(".")
    whole = int(amount)
    if kind is NumberKind.YEAR:
        return str(whole)
    if kind is NumberKind.ORDINAL:
        suffix = "th" if 10 <= whole % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(whole % 10, "th")
        return f"{whole}{suffix}"
    return f"{whole:,}"

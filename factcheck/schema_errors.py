"""Locate problems in a YAML file and turn JSON Schema errors into friendly ones.

:class:`Locator` maps a key path (``["claims", 3, "value", "qualifier"]``) to
the YAML node it names, so every :class:`~factcheck.errors.Problem` carries
the 1-based line and column a user can jump to. :func:`schema_problems` runs a
validator over the loaded data and rewrites each error as a short message
with a hint ("did you mean 'subject'?"). :func:`node_problems` finds what the
loaded data can no longer show: duplicate keys, unsafe tags, alias cycles.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import Any

import yaml
from jsonschema import ValidationError
from jsonschema.exceptions import best_match
from jsonschema.protocols import Validator

from .errors import Problem

KeyPath = Sequence["str | int"]

MERGE_TAG = "tag:yaml.org,2002:merge"
TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
SAFE_TAGS = frozenset(tag for tag in yaml.SafeLoader.yaml_constructors if tag is not None)

#: Common wordings of qualifiers, for "did you mean" hints.
SYNONYMS = {
    "more than": "over",
    "above": "over",
    "exceeding": "over",
    "fewer than": "under",
    "less than": "under",
    "below": "under",
    "approximately": "about",
    "around": "about",
    "roughly": "about",
    "almost": "nearly",
    "close to": "nearly",
    "up to": "at most",
    "no more than": "at most",
    "maximum": "at most",
    "minimum": "at least",
    "no fewer than": "at least",
    "no less than": "at least",
    "exactly": "exact",
}

TYPE_NAMES = {
    "string": "a string",
    "array": "a list",
    "object": "a mapping",
    "number": "a number",
    "integer": "a whole number",
    "boolean": "true or false",
    "null": "empty",
}


def format_path(path: KeyPath) -> str:
    """Render a key path the way users read it: ``claims[3].value.qualifier``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def leaf_name(path: KeyPath) -> str:
    """The last key of a path with any trailing indexes: ``subject[1]``."""
    parts, tail = list(path), ""
    while parts and isinstance(parts[-1], int):
        tail = f"[{parts.pop()}]{tail}"
    return (str(parts[-1]) if parts else "the document") + tail


def show(value: Any) -> str:
    """A value as it appears in a message: strings quoted, dates in ISO form."""
    if value is None:
        return "(empty)"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, dt.date):
        return value.isoformat()
    return repr(value) if isinstance(value, str) else str(value)


def did_you_mean(value: Any, choices: Sequence[Any]) -> str:
    """A "did you mean 'x'?" hint for ``value`` among ``choices``, or ``""``."""
    if not isinstance(value, str):
        return ""
    words = {str(choice).lower(): str(choice) for choice in choices}
    wanted = value.strip().lower()
    guess = SYNONYMS.get(wanted) if SYNONYMS.get(wanted) in words else None
    guess = guess or words.get(wanted)
    if guess is None:
        close = difflib.get_close_matches(wanted, list(words), n=1, cutoff=0.6)
        guess = words[close[0]] if close else None
    return f"did you mean '{guess}'?" if guess else ""


# ------------------------------------------------------------------ locating


def _pairs(node: yaml.MappingNode) -> list[tuple[yaml.Node, yaml.Node]]:
    """Key/value node pairs, the winning ones first: explicit keys, then merged."""
    pairs = [(key, value) for key, value in reversed(node.value) if key.tag != MERGE_TAG]
    for key, value in node.value:
        if key.tag == MERGE_TAG:
            sources = value.value if isinstance(value, yaml.SequenceNode) else [value]
            for source in sources:
                if isinstance(source, yaml.MappingNode):
                    pairs.extend(_pairs(source))
    return pairs


def child_nodes(node: yaml.Node | None, part: str | int) -> tuple[yaml.Node | None, yaml.Node | None]:
    """The (key node, value node) that ``part`` selects below ``node``."""
    if isinstance(node, yaml.MappingNode):
        for key, value in _pairs(node):
            if isinstance(key, yaml.ScalarNode) and key.value == str(part):
                return key, value
    elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
        if 0 <= part < len(node.value):
            return None, node.value[part]
    return None, None


class Locator:
    """Builds :class:`Problem` records located at the node a key path names."""

    def __init__(self, filename: str, root: yaml.Node | None, data: Any) -> None:
        self.filename = filename
        self.root = root
        self.data = data

    def node(self, path: KeyPath, *, key: bool = False) -> yaml.Node | None:
        """The deepest node along ``path`` (its key node if ``key`` and found)."""
        node = self.root
        for index, part in enumerate(path):
            key_node, value_node = child_nodes(node, part)
            if value_node is None:
                return node
            if key and index == len(path) - 1 and key_node is not None:
                return key_node
            node = value_node
        return node

    def claim_id(self, path: KeyPath) -> str:
        """The id of the claim that ``path`` lies in, if it has a string id."""
        if len(path) < 2 or path[0] != "claims" or not isinstance(path[1], int):
            return ""
        claims = self.data.get("claims") if isinstance(self.data, dict) else None
        if not isinstance(claims, list) or not 0 <= path[1] < len(claims):
            return ""
        claim = claims[path[1]]
        ident = claim.get("id") if isinstance(claim, dict) else None
        return ident if isinstance(ident, str) else ""

    def problem(self, path: KeyPath, message: str, hint: str = "", *,
                key: bool = False, at: KeyPath | None = None) -> Problem:
        """A problem about ``path``, placed at the node of ``at`` (default ``path``)."""
        node = self.node(path if at is None else at, key=key)
        mark = node.start_mark if node is not None else None
        return Problem(
            file=self.filename,
            message=message,
            line=mark.line + 1 if mark else 1,
            column=mark.column + 1 if mark else 1,
            claim=self.claim_id(path),
            key=format_path(path),
            hint=hint,
        )


def sort_problems(problems: Sequence[Problem]) -> list[Problem]:
    """Deduplicate and sort problems by position, then key and message."""
    return sorted(set(problems), key=lambda p: (p.line, p.column, p.key, p.message))


# ------------------------------------------------------------- node checks


def node_problems(locator: Locator) -> tuple[list[Problem], bool]:
    """Unsafe tags, alias cycles and duplicate keys anywhere in the document.

    The flag is ``False`` when the document must not be constructed at all
    (a non-standard tag or a recursive alias).
    """
    checker = _NodeChecker(locator)
    if locator.root is not None:
        checker.check(locator.root, [])
    return checker.problems, not checker.fatal


class _NodeChecker:
    """Walks a node tree once, collecting problems the loaded data cannot show."""

    def __init__(self, locator: Locator) -> None:
        self.locator = locator
        self.problems: list[Problem] = []
        self.fatal = False
        self.seen: set[int] = set()
        self.ancestors: set[int] = set()

    def check(self, node: yaml.Node, path: list[str | int]) -> None:
        """Check ``node`` and (once, however often it is aliased) its children."""
        if id(node) in self.ancestors:
            self._fail(path, "an alias refers to a node that contains it",
                       "recursive YAML aliases are not supported")
        elif node.tag not in SAFE_TAGS:
            tag = node.tag.replace("tag:yaml.org,2002:", "!!")
            self._fail(path, f"YAML tag '{tag}' is not allowed", "claims files hold plain data; remove the tag")
        elif id(node) not in self.seen:
            self.seen.add(id(node))
            self.ancestors.add(id(node))
            for part, child in self._children(node, path):
                self.check(child, [*path, part])
            self.ancestors.discard(id(node))

    def _fail(self, path: list[str | int], message: str, hint: str) -> None:
        self.fatal = True
        self.problems.append(self.locator.problem(path, message, hint))

    def _children(self, node: yaml.Node, path: list[str | int]) -> Iterator[tuple[str | int, yaml.Node]]:
        """A node's children with their path parts, reporting duplicate keys."""
        if isinstance(node, yaml.SequenceNode):
            yield from enumerate(node.value)
        elif isinstance(node, yaml.MappingNode):
            first: dict[tuple[str, str], yaml.Node] = {}
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.tag != MERGE_TAG:
                    earlier = first.setdefault((key.tag, key.value), key)
                    if earlier is not key:
                        line = earlier.start_mark.line + 1
                        self.problems.append(_duplicate_key(self.locator, path, key, line))
                yield (key.value if isinstance(key, yaml.ScalarNode) else "?"), value


def _duplicate_key(locator: Locator, path: KeyPath, key: yaml.ScalarNode, line: int) -> Problem:
    """A problem at the second occurrence of a mapping key."""
    problem = locator.problem([*path, key.value], f"duplicate key '{key.value}' "
                              f"(first on line {line}); YAML keeps only the last one",
                              "remove or rename one of them")
    return replace(problem, line=key.start_mark.line + 1, column=key.start_mark.column + 1)


def iter_nodes(root: yaml.Node | None) -> Iterator[yaml.Node]:
    """Every node of a (cycle-free) document once, however often it is aliased."""
    stack, seen = ([root] if root is not None else []), set()
    while stack:
        node = stack.pop()
        if id(node) not in seen:
            seen.add(id(node))
            yield node
            if isinstance(node, yaml.SequenceNode):
                stack.extend(node.value)
            elif isinstance(node, yaml.MappingNode):
                stack.extend(part for pair in node.value for part in pair)


def unconstructible_timestamps(root: yaml.Node | None) -> list[yaml.ScalarNode]:
    """Plain scalars that look like dates but are not (``2025-02-30``).

    ``yaml.safe_load`` would raise a bare ``ValueError`` on them; quoting them
    lets the calendar check report each one at its own line and column.
    """
    constructor = yaml.constructor.SafeConstructor()
    bad = []
    for node in iter_nodes(root):
        if isinstance(node, yaml.ScalarNode) and node.tag == TIMESTAMP_TAG and node.style is None:
            try:
                constructor.construct_yaml_timestamp(node)
            except ValueError:
                bad.append(node)
    return bad


def yaml_problem(exc: yaml.YAMLError, filename: str) -> Problem:
    """One problem for a YAML syntax (or construction) error, at its mark."""
    if not isinstance(exc, yaml.MarkedYAMLError):
        return Problem(filename, f"YAML error: {exc}", 1, 1)
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem, context = exc.problem or "", exc.context or ""
    if problem.startswith("but ") and context:  # "expected a single document ... but found another"
        return Problem(filename, f"YAML syntax error: {context} {problem}", line, column,
                       hint="a claims file holds one document; remove the '---' separator")
    hint = f"{context} on line {exc.context_mark.line + 1}" if context and exc.context_mark else ""
    if "'\\t'" in problem:
        hint = "indent with spaces, not tabs"
    elif "<block" in problem:
        hint = "check the indentation" + (f"; {hint}" if hint else "")
    return Problem(filename, f"YAML syntax error: {problem or context or 'invalid YAML'}",
                   line, column, hint=hint)


# ----------------------------------------------------------- schema errors


def schema_problems(validator: Validator, data: Any, locator: Locator) -> list[Problem]:
    """Every schema error in ``data`` as a located, friendly problem."""
    problems: list[Problem] = []
    for error in validator.iter_errors(data):
        for leaf in _leaves(error):
            describe = _DESCRIBERS.get(str(leaf.validator), _generic)
            problems.extend(describe(leaf, locator, validator.schema))
    return sort_problems(problems)


def _leaves(error: ValidationError) -> Iterator[ValidationError]:
    """The error itself, or for oneOf/anyOf the best match among its causes."""
    if error.validator in ("oneOf", "anyOf") and error.context:
        yield from _leaves(best_match(error.context))
    else:
        yield error


Describer = Callable[[ValidationError, Locator, dict], list[Problem]]


def _generic(error: ValidationError, loc: Locator, root: dict) -> list[Problem]:
    path = list(error.absolute_path)
    return [loc.problem(path, f"{leaf_name(path)}: {error.message}")]


def _type(error: ValidationError, loc: Locator, root: dict) -> list[Problem]:
    path, schema = list(error.absolute_path), error.schema
    types: list[str] = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
    names = [TYPE_NAMES.get(t, t) for t in types]
    if "array" in types and schema.get("items", {}).get("type") == "string":
        names[types.index("array")] = "a list of strings"
    want = " or ".join(names)
    if "pattern" in schema and "integer" in types:  # a partial date
        want = "a date like 2025-07-26"
    message = f"{leaf_name(path)} must be {want}, got {_describe_value(error.instance)}"
    return [loc.problem(path, message, _type_hint(types, error.instance, path))]


def _describe_value(value: Any) -> str:
    """What a YAML value is, for "got ..." in a message."""
    if value is None:
        return "nothing"
    if isinstance(value, (list, dict)):
        return "a list" if isinstance(value, list) else "a mapping"
    if isinstance(value, bool):
        return f"{show(value)} (a boolean)"
    if isinstance(value, dt.date):
        return f"the date {show(value)}"
    if isinstance(value, (str, int, float)):
        return f"the {'string' if isinstance(value, str) else 'number'} {show(value)}"
    return f"a {type(value).__name__} value"


def _type_hint(types: list[str], value: Any, path: KeyPath) -> str:
    """Why YAML produced the wrong type, and how to fix it."""
    if value is None:
        if path and isinstance(path[-1], int):
            return "the list item is empty; fill it in or remove it"
        return "the value is empty; fill it in or remove the key"
    if "string" in types:
        return _string_hint(value)
    if "number" in types and isinstance(value, str):
        return _number_hint(value)
    if "array" in types and isinstance(value, (dict, str)):
        return "start each list item with '- '" if isinstance(value, dict) else f"write a list: [{value}]"
    if path and path[-1] == "value" and isinstance(value, (int, float, str)):
        kind = "text" if isinstance(value, str) else "number"
        return f"write e.g. value: {{type: {kind}, {kind}: {value}}}"
    if len(path) == 2 and path[0] == "claims":
        return "each claim is a mapping with id, statement, subject and value keys"
    return ""


def _string_hint(value: Any) -> str:
    """How to get text where YAML read a boolean, number or date."""
    if isinstance(value, bool):
        return "YAML reads unquoted yes/no/on/off/true/false as booleans; quote the text"
    if isinstance(value, (int, float, dt.date)):
        return "quote the value to make it text"
    return ""


def _number_hint(value: str) -> str:
    """How to get a number where YAML read a string."""
    try:
        float(value)
    except ValueError:
        return "write the bare figure, e.g. 800; put words like 'over' in 'qualifier'"
    return "remove the quotes around the number"


def _enum(error: ValidationError, loc: Locator, root: dict) -> list[Problem]:
    path, choices = list(error.absolute_path), error.validator_value
    choices = list(choices) if error.validator == "enum" else [choices]
    name, value = leaf_name(path), show(error.instance)
    if len(choices) == 1:
        message = f"{name} {value} is not supported; the only allowed value is {show(choices[0])}"
    else:
        message = f"{name} {value} is not one of {', '.join(map(str, choices))}"
    return [loc.problem(path, message, did_you_mean(error.instance, choices))]


def _required(error: ValidationError, loc: Locator, root: dict) -> list[Problem]:
    path, instance = list(error.absolute_path), error.instance
    properties = error.schema.get("properties", {})
    what = (error.schema.get("title") or leaf_name(path)) if path else "the file"
    problems = []
    for key in (k for k in error.validator_value if k not in instance):
        hint = f"{key}: {properties.get(key, {}).get('description', '')}".rstrip(": ")
        kinds = properties.get("type", {}).get("enum", []) if key == "type" else []
        guess = next((kind for kind in kinds if kind in instance), None)
        hint = f"add 'type: {guess}'" if guess else hint
        message = f"{what} is missing required key '{key}'"
        problems.append(loc.problem([*path, key], message, hint, at=path))
    return problems


def _additional(error: ValidationError, loc: Locator, root: dict) -> list[Problem]:
    path, schema = list(error.absolute_path), error.schema
    allowed = list(schema.get("properties", {}))
    where = f" in {schema['title']}" if path and "title" in schema else ""
    where = where if path else " at the top level"
    problems = []
    for key in (str(k) for k in error.instance if str(k) not in allowed):
        hint = _unknown_key_hint(key, allowed, _nested_keys(root, schema))
        problems.append(loc.problem([*path, key], f"unknown key '{key}'{where}", hint, key=True))
    return problems


def _unknown_key_hint(key: str, allowed: list[str], nested: dict[str, str]) -> str:
    """Suggest the intended key: a near miss here, or the object it belongs in."""
    hint = did_you_mean(key, allowed)
    if hint:
        return hint
    if key in nested:
        return f"'{key}' belongs under '{nested[key]}:'"
    close = difflib.get_close_matches(key.lower(), list(nested), n=1, cutoff=0.75)
    if close:
        return f"did you mean '{nested[close[0]]}.{close[0]}'?"
    return f"allowed keys: {', '.join(allowed)}"


def _nested_keys(root: dict, schema: dict) -> dict[str, str]:
    """Keys of the objects one level below ``schema``: ``{key: parent key}``."""
    found: dict[str, str] = {}
    for name, sub in schema.get("properties", {}).items():
        for obj in _objects(root, sub):
            for key in obj.get("properties", {}):
                if key not in schema.get("properties", {}):
                    found.setdefault(key, name)
    return found


def _objects(root: dict, schema: dict) -> Iterator[dict]:
    """A schema and the schemas it applies through local ``$ref``/``allOf``/``then``."""
    ref = schema.get("$ref", "")
    if ref.startswith("#/$defs/"):
        schema = root["$defs"][ref.removeprefix("#/$defs/")]
    yield schema
    for part in schema.get("allOf", []):
        yield from _objects(root, part.get("then", part))


def _min_items(error: ValidationError, loc: Locator, root: dict) -> list[Problem]:
    path = list(error.absolute_path)
    if path == ["claims"]:
        return [loc.problem(path, "there are no claims; the list is empty",
                            "add at least one claim with id, statement, subject and value")]
    return [loc.problem(path, f"{leaf_name(path)} must not be an empty list")]


def _blank(error: ValidationError, loc: Locator, root: dict) -> list[Problem]:
    path = list(error.absolute_path)
    return [loc.problem(path, f"{leaf_name(path)} must not be empty or blank")]


def _pattern(error: ValidationError, loc: Locator, root: dict) -> list[Problem]:
    path, schema, value = list(error.absolute_path), error.schema, error.instance
    if error.validator_value == r"\S":
        return _blank(error, loc, root)
    name = leaf_name(path)
    what = schema.get("title", f"in the expected form ({error.validator_value})")
    if name == "id":
        slug = "-".join(re.findall(r"[a-z0-9]+", value.lower()))
        hint = f"use lowercase words joined by single hyphens, e.g. '{slug or 'my-claim'}'"
    elif "integer" in schema.get("type", []):
        hint = _date_hint(value)
    else:
        hint = did_you_mean(value, schema.get("examples", []))
    return [loc.problem(path, f"{name} {show(value)} is not {what}", hint)]


def _date_hint(value: str) -> str:
    """Suggest the YYYY-MM-DD spelling of a nearly-right date."""
    match = re.match(r"\s*(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?!\d)", value)
    if not match:
        return "e.g. 2025-07-26, 2025-07 or 2025"
    year, month, day = match.groups()
    fixed = f"{year}-{int(month):02d}" + (f"-{int(day):02d}" if day else "")
    return f"did you mean '{fixed}'?"


def _minimum(error: ValidationError, loc: Locator, root: dict) -> list[Problem]:
    path, bound = list(error.absolute_path), error.validator_value
    wording = "must not be negative" if bound == 0 else f"must be at least {bound}"
    return [loc.problem(path, f"{leaf_name(path)} {wording}, got {show(error.instance)}")]


_DESCRIBERS: dict[str, Describer] = {
    "type": _type,
    "enum": _enum,
    "const": _enum,
    "required": _required,
    "additionalProperties": _additional,
    "minItems": _min_items,
    "minLength": _blank,
    "pattern": _pattern,
    "minimum": _minimum,
}

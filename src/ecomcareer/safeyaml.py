"""A strict YAML reader: plain data from libyaml's event stream, or a located problem.

Building values from parser events (instead of `yaml.load`) is both faster and safer: the
nesting depth, anchors and aliases, explicit tags, merge keys and duplicate keys are all
refused in the same single pass, and libyaml's recursive composer, which crashes the
interpreter on very deep nesting, is never used.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, overload

import yaml

try:
    _Parser: type = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _Parser = yaml.SafeLoader

MAX_DEPTH = 32
#: The longest integer read, in digits: far beyond any figure in a data file, and short
#: enough that converting and printing it stays cheap (Python refuses over 4,300 digits,
#: and a sexagesimal integer such as 1:00:00 grows sixty-fold with every part).
MAX_INTEGER_DIGITS = 100

#: A mapping key as YAML reads a plain scalar: text, or null, true/false, a number or a date.
YamlKey = str | int | float | datetime.date | None
#: Where a value sits in the document: mapping keys and list indexes, ('roles', 3, 'skills').
YamlPath = tuple[YamlKey, ...]


_RESOLVER = yaml.resolver.Resolver()
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_CONVERTERS = {
    "tag:yaml.org,2002:null": _CONSTRUCTOR.construct_yaml_null,
    "tag:yaml.org,2002:bool": _CONSTRUCTOR.construct_yaml_bool,
    "tag:yaml.org,2002:int": _CONSTRUCTOR.construct_yaml_int,
    "tag:yaml.org,2002:float": _CONSTRUCTOR.construct_yaml_float,
    "tag:yaml.org,2002:timestamp": _CONSTRUCTOR.construct_yaml_timestamp,
}
# What YAML counts as a line break, and so its line numbers do.
_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
# Characters YAML forbids, or that have no business in a text file.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class YamlProblem(Exception):
    """What is wrong with the YAML text, with a 1-based position where known."""

    message: str
    line: int | None = None
    column: int | None = None


def _position(text: str, offset: int) -> tuple[int, int]:
    """Line and column of an offset, counting lines as YAML (and libyaml's marks) do."""
    line, start = 1, 0
    for brk in _LINE_BREAK.finditer(text, 0, offset):
        line, start = line + 1, brk.end()
    return line, offset - start + 1


def decode(data: bytes) -> str:
    """UTF-8 bytes to text, refusing anything else with the line of the first bad byte."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        good = data[: exc.start].decode("utf-8", errors="replace")
        line, column = _position(good, len(good))
        raise YamlProblem(
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at byte offset {exc.start})",
            line,
            column,
        ) from None
    check_printable(text)
    return text


def check_printable(text: str) -> None:
    """Refuse characters YAML forbids with their place (libyaml would not say the line)."""
    bad = _UNPRINTABLE.search(text)
    if bad:
        line, column = _position(text, bad.start())
        what = "a NUL byte (is this a binary file?)" if bad.group() == "\x00" else "a control character"
        raise YamlProblem(f"{what} U+{ord(bad.group()):04X} is not allowed", line, column)


def _scalar(event: yaml.ScalarEvent) -> YamlKey:
    if not event.implicit[0]:  # quoted, or a block scalar: always text
        return event.value
    tag: str = _RESOLVER.resolve(yaml.ScalarNode, event.value, (True, False))  # type: ignore[no-untyped-call]
    if tag == _STR:
        return event.value
    if tag == "tag:yaml.org,2002:merge":
        raise _at(event, "merge keys (<<) are not supported; write the fields out")
    if tag == _INT:
        digits = len(event.value.lstrip("+-").replace("_", ""))
        if digits > MAX_INTEGER_DIGITS:
            raise _at(event, f"number too large ({digits:,} digits; at most {MAX_INTEGER_DIGITS})")
    convert = _CONVERTERS.get(tag)
    # Other implicit tags ('=' is YAML 1.1's "value" key) are read as the text they are.
    return event.value if convert is None else convert(yaml.ScalarNode(tag, event.value))


def _start(event: yaml.Event) -> tuple[int, int] | tuple[None, None]:
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark is not None else (None, None)


def _at(event: yaml.Event, message: str) -> YamlProblem:
    return YamlProblem(message, *_start(event))


def _events(text: str) -> Iterator[yaml.Event]:
    try:
        yield from yaml.parse(text, Loader=_Parser)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = exc.problem or "invalid YAML"
        if mark is not None and text[mark.index : mark.index + 1] == "\t":
            message = "a tab character where YAML allows only spaces; indent with spaces"
        elif exc.context:
            message = f"{message} ({exc.context})"
        if mark is None:
            raise YamlProblem(message) from None
        raise YamlProblem(message, *_on_a_line(text, mark.line + 1, mark.column + 1)) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(f"invalid YAML: {exc}") from None


def _on_a_line(text: str, line: int, column: int) -> tuple[int, int]:
    """libyaml puts the end of a file without a final line break on a line of its own;
    a problem there is at the end of the last line, where an editor shows it."""
    lines = _LINE_BREAK.split(text)
    if line > len(lines):
        return len(lines), len(lines[-1]) + 1
    return line, column


_NO_KEY = object()


@dataclass(frozen=True, slots=True)
class Marks:
    """Where things are in the text, keyed by the same paths as the values `parse` builds."""

    #: Where each value starts (line, column), 1-based; a mapping entry: where its key starts.
    starts: dict[YamlPath, tuple[int, int]] = field(default_factory=lambda: {(): (1, 1)})
    #: The source text of each plain (unquoted) scalar value, to show what YAML made of it.
    plain: dict[YamlPath, str] = field(default_factory=dict)
    #: The source text of each mapping key that YAML reads as something other than text.
    keys: dict[YamlPath, str] = field(default_factory=dict)
    #: The only paths to record, when not all are needed (a large file with a few problems).
    wanted: frozenset[YamlPath] | None = None

    def wants(self, path: YamlPath) -> bool:
        return self.wanted is None or path in self.wanted


@overload
def parse(
    text: str, *, with_marks: Literal[False] = False, wanted: frozenset[YamlPath] | None = None
) -> object: ...
@overload
def parse(
    text: str, *, with_marks: Literal[True], wanted: frozenset[YamlPath] | None = None
) -> tuple[object, Marks]: ...
def parse(
    text: str, *, with_marks: bool = False, wanted: frozenset[YamlPath] | None = None
) -> object | tuple[object, Marks]:
    """One YAML document as dicts, lists and scalars; None for an empty document.

    With marks, the same single walk also records where each value is, so positions can
    never disagree with the values; the normal load skips that work.
    """
    marks = Marks(wanted=wanted) if with_marks else None
    root: object = None
    # Each open collection, the key waiting for its value (a mapping's), and its path
    # (kept only when marks are recorded).
    stack: list[list[Any]] = []
    documents = 0
    for event in _events(text):
        if isinstance(event, yaml.CollectionEndEvent):
            stack.pop()
            continue
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise _at(event, "more than one YAML document ('---'); keep one per file")
            continue
        if isinstance(event, yaml.AliasEvent):
            raise _at(event, "aliases (*name) are not supported; write the value out")
        if not isinstance(event, yaml.ScalarEvent | yaml.CollectionStartEvent):
            continue
        if event.anchor is not None:
            raise _at(event, f"anchors (&{event.anchor}) are not supported; write the value out")
        if event.tag is not None and event.tag != "!":
            tag = event.tag.replace("tag:yaml.org,2002:", "!!")
            raise _at(event, f"YAML tags such as {tag!r} are not allowed")
        value: object
        scalar: YamlKey = None
        if isinstance(event, yaml.ScalarEvent):
            value = scalar = _scalar(event)
        elif isinstance(event, yaml.MappingStartEvent):
            value = {}
        else:
            value = []
        path: YamlPath = ()
        if stack:
            frame = stack[-1]
            container = frame[0]
            if isinstance(container, list):
                if marks is not None:
                    path = (*frame[2], len(container))
                    if marks.wants(path):
                        marks.starts[path] = _here(event)
                container.append(value)
            elif frame[1] is _NO_KEY:
                if not isinstance(event, yaml.ScalarEvent):
                    raise _at(event, "a mapping or list cannot be a key")
                if scalar in container:
                    raise _at(event, _duplicate(event, scalar))
                frame[1] = scalar
                if marks is not None:
                    path = (*frame[2], scalar)
                    if marks.wants(path):
                        marks.starts[path] = _here(event)
                        if not isinstance(scalar, str):
                            marks.keys[path] = event.value
                continue  # a key is a scalar: nothing to open
            else:
                container[frame[1]] = value
                if marks is not None:
                    path = (*frame[2], frame[1])
                frame[1] = _NO_KEY
        else:
            root = value
        if isinstance(event, yaml.ScalarEvent):
            if marks is not None and event.implicit[0] and marks.wants(path):
                marks.plain[path] = event.value
            continue
        if len(stack) >= MAX_DEPTH:
            raise _at(event, f"nesting too deep (more than {MAX_DEPTH} levels)")
        stack.append([value, _NO_KEY, path])
    return (root, marks) if marks is not None else root


def _here(event: yaml.Event) -> tuple[int, int]:
    line, column = _start(event)
    return line or 1, column or 1


def _duplicate(event: yaml.ScalarEvent, key: YamlKey) -> str:
    if isinstance(key, str):
        return f"duplicate key {key!r}; each key may appear once"
    # `1:` and `true:`, or `1:` and `1.0:`, are the same key once YAML has read them.
    return (
        f"duplicate key {event.value!r} (YAML reads it as {key!r}, like an earlier key); "
        "each key may appear once"
    )

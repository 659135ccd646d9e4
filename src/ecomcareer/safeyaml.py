"""A strict YAML reader: plain data from libyaml's event stream, or a located problem.

Building values from parser events (instead of `yaml.load`) is both faster and safer: the
nesting depth, anchors and aliases, explicit tags, merge keys and duplicate keys are all
refused in the same single pass, and libyaml's recursive composer, which crashes the
interpreter on very deep nesting, is never used.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import yaml

try:
    _Parser: type = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _Parser = yaml.SafeLoader

MAX_DEPTH = 32

#: Where a value sits in the file: ('roles', 3, 'skills').
Path = tuple[str | int, ...]


_RESOLVER = yaml.resolver.Resolver()
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_STR = "tag:yaml.org,2002:str"
_CONVERTERS = {
    "tag:yaml.org,2002:null": _CONSTRUCTOR.construct_yaml_null,
    "tag:yaml.org,2002:bool": _CONSTRUCTOR.construct_yaml_bool,
    "tag:yaml.org,2002:int": _CONSTRUCTOR.construct_yaml_int,
    "tag:yaml.org,2002:float": _CONSTRUCTOR.construct_yaml_float,
    "tag:yaml.org,2002:timestamp": _CONSTRUCTOR.construct_yaml_timestamp,
}
# Characters YAML forbids, or that have no business in a text file.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class YamlProblem(Exception):
    """What is wrong with the YAML text, with a 1-based position where known."""

    message: str
    line: int | None = None
    column: int | None = None


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


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
    bad = _UNPRINTABLE.search(text)
    if bad:
        line, column = _position(text, bad.start())
        what = "a NUL byte (is this a binary file?)" if bad.group() == "\x00" else "a control character"
        raise YamlProblem(f"{what} U+{ord(bad.group()):04X} is not allowed", line, column)
    return text


def _scalar(event: yaml.ScalarEvent) -> object:
    if not event.implicit[0]:  # quoted, or a block scalar: always text
        return event.value
    tag: str = _RESOLVER.resolve(yaml.ScalarNode, event.value, (True, False))  # type: ignore[no-untyped-call]
    if tag == _STR:
        return event.value
    if tag == "tag:yaml.org,2002:merge":
        raise _at(event, "merge keys (<<) are not supported; write the fields out")
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
        raise YamlProblem(
            message, mark.line + 1 if mark else None, mark.column + 1 if mark else None
        ) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(f"invalid YAML: {exc}") from None


_NO_KEY = object()


def parse(text: str) -> object:
    """One YAML document as dicts, lists and scalars; None for an empty document."""
    root: object = None
    # Each open collection, and for a mapping the key waiting for its value.
    stack: list[list[object]] = []
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
        if isinstance(event, yaml.ScalarEvent):
            value = _scalar(event)
        elif isinstance(event, yaml.MappingStartEvent):
            value = {}
        else:
            value = []
        if stack:
            frame = stack[-1]
            container = frame[0]
            if isinstance(container, list):
                container.append(value)
            elif frame[1] is _NO_KEY:
                if isinstance(value, dict | list):
                    raise _at(event, "a mapping or list cannot be a key")
                if value in container:  # type: ignore[operator]
                    raise _at(event, f"duplicate key {value!r}; each key may appear once")
                frame[1] = value
            else:
                container[frame[1]] = value  # type: ignore[index]
                frame[1] = _NO_KEY
        else:
            root = value
        if not isinstance(event, yaml.ScalarEvent):
            if len(stack) >= MAX_DEPTH:
                raise _at(event, f"nesting too deep (more than {MAX_DEPTH} levels)")
            stack.append([value, _NO_KEY])
    return root


def locate(text: str) -> tuple[dict[Path, tuple[int, int]], dict[Path, str]]:
    """Where each value starts (a mapping entry: where its key starts), and plain scalars' text.

    Used only to word errors, so it may be slow; the text is known to parse.
    """
    marks: dict[Path, tuple[int, int]] = {(): (1, 1)}
    raw: dict[Path, str] = {}
    # Each open collection: its path, whether a mapping, the next index or pending key.
    stack: list[list[object]] = []
    for event in _events(text):
        if isinstance(event, yaml.CollectionEndEvent):
            stack.pop()
            continue
        if not isinstance(event, yaml.ScalarEvent | yaml.CollectionStartEvent):
            continue
        line, column = _start(event)
        here = (line or 1, column or 1)
        path: Path = ()
        if stack:
            frame = stack[-1]
            parent: Path = frame[0]  # type: ignore[assignment]
            if frame[1] == "seq":
                index: int = frame[2]  # type: ignore[assignment]
                path = (*parent, index)
                frame[2] = index + 1
                marks[path] = here
            elif frame[2] is _NO_KEY:
                frame[2] = str(event.value) if isinstance(event, yaml.ScalarEvent) else ""
                marks[(*parent, frame[2])] = here  # type: ignore[arg-type]
                continue
            else:
                path = (*parent, frame[2])  # type: ignore[arg-type]
                frame[2] = _NO_KEY
        if isinstance(event, yaml.ScalarEvent):
            if event.implicit[0]:
                raw[path] = event.value
        elif isinstance(event, yaml.MappingStartEvent):
            stack.append([path, "map", _NO_KEY])
        else:
            stack.append([path, "seq", 0])
    return marks, raw

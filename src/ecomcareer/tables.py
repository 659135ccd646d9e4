"""Look-up tables derived from a knowledge base, built on first need or taken from the cache.

The readers of skills and documents index the vocabulary many ways (by loose form, by words,
by stems); building every index costs more than reading a résumé. A `table` is a
cached_property whose value can also come ready-made, as marshal bytes kept in the cache for
the same knowledge-base file and code. Each is unmarshalled only when it is first used, so a
posting that never needs the typo tables never pays for them; and only the tables a reading
built are kept, so a reading never builds what it does not need.
"""

from __future__ import annotations

import functools
import marshal
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

if TYPE_CHECKING:
    from ecomcareer.model import KnowledgeBase

T = TypeVar("T")

#: Where an object keeps the marshalled tables not yet used, and the names of those it built.
_KEPT = "_kept_tables"
_BUILT = "_built_tables"


class table(cached_property[T], Generic[T]):
    """A look-up table: built by the decorated method on first use, unless kept bytes of it
    were given to `restore`."""

    def __init__(self, build: Callable[[Any], T]) -> None:
        super().__init__(build)

    @overload
    def __get__(self, instance: None, owner: type[Any] | None = None) -> table[T]: ...
    @overload
    def __get__(self, instance: object, owner: type[Any] | None = None) -> T: ...
    def __get__(self, instance: object | None, owner: type[Any] | None = None) -> T | table[T]:
        if instance is None:
            return self
        name = self.attrname or ""
        blob = vars(instance).get(_KEPT, {}).pop(name, None)
        if blob is not None:
            try:
                value: T = marshal.loads(blob)
            except (ValueError, EOFError, TypeError):
                pass
            else:
                vars(instance)[name] = value
                return value
        built = super().__get__(instance, owner)
        vars(instance).setdefault(_BUILT, set()).add(name)
        return built


def names_of(cls: type) -> list[str]:
    """The tables a class has, by name."""
    return [name for klass in cls.__mro__ for name, value in vars(klass).items() if isinstance(value, table)]


def built_any(obj: object) -> bool:
    """Whether an object built a table that it was not given."""
    return bool(vars(obj).get(_BUILT))


def kept(obj: object) -> dict[str, bytes]:
    """The tables an object has, built or given, as marshal bytes: to keep in the cache. A
    table marshal cannot store is left out, to be built again when next needed."""
    out = dict(vars(obj).get(_KEPT, {}))
    for name in names_of(type(obj)):
        if name in vars(obj):
            try:
                out[name] = marshal.dumps(vars(obj)[name])
            except ValueError:
                continue
    return out


def restore(obj: object, given: object) -> bool:
    """Give an object tables `kept` made for the same vocabulary; False, and nothing given,
    unless they are some of its own tables as bytes."""
    if not isinstance(given, dict) or not set(given) <= set(names_of(type(obj))):
        return False
    if not all(isinstance(blob, bytes) for blob in given.values()):
        return False
    vars(obj)[_KEPT] = dict(given)
    return True


# Kept in the cache ---------------------------------------------------------------------------

_PACKAGE = Path(__file__).resolve().parent
#: The code the tables are built by: a change to any of it names new tables.
_BUILDERS = (
    "documents/extract.py",
    "catalog.py",
    "grammar.py",
    "loader.py",
    "model.py",
    "skills.py",
    "tables.py",
    "words.py",
    "data/words.txt",
    "data/onet-words.txt",
)


def key_for(kb: KnowledgeBase) -> str | None:
    """The cache key of a knowledge base's tables, from what they are made of: its file, and
    the code and word list that build them; None when the knowledge base did not come through
    the cache, or the code cannot be read."""
    code = _code_digest()
    if kb.fingerprint is None or code is None:
        return None
    from ecomcareer import cache

    return cache.digest(f"ecomcareer reader tables\n{kb.fingerprint}\n{code}".encode())


@functools.cache  # the same for every reading of the process
def _code_digest() -> str | None:
    from ecomcareer import cache

    try:
        return cache.digest(b"\n".join((_PACKAGE / name).read_bytes() for name in _BUILDERS))
    except OSError:
        return None


def take(key: str | None, parts: Mapping[str, object]) -> dict[str, object] | None:
    """Give each part (a reader, by name) the tables the cache keeps for it under `key`: what
    the entry holds, to pass to `keep`, or None when it holds nothing usable."""
    if key is None:
        return None
    from ecomcareer import cache

    held = cache.read_tables(key)
    if not held or not all(restore(part, held.get(name, {})) for name, part in parts.items()):
        return None
    return held


@contextmanager
def from_cache(kb: KnowledgeBase, parts: Mapping[str, object]) -> Iterator[None]:
    """Give the parts (readers, by name) their tables from the cache for the knowledge base,
    and keep there, once the reading is done, every table they have."""
    key = key_for(kb)
    held = take(key, parts)
    yield
    keep(key, parts, held)


def keep(key: str | None, parts: Mapping[str, object], held: Mapping[str, object] | None) -> None:
    """Keep in the cache every table the parts have, given or built, beside what the entry
    held for other readers; written only when a part built one or there was no entry."""
    if key is None or (held is not None and not any(built_any(part) for part in parts.values())):
        return
    from ecomcareer import cache

    cache.write_tables(key, lambda: {**(held or {}), **{name: kept(part) for name, part in parts.items()}})

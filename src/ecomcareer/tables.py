"""Look-up tables derived from a knowledge base, built on first need or taken from the cache.

The readers of skills and documents index the vocabulary many ways (by loose form, by words,
by stems); building every index costs more than reading a résumé. A `table` is a
cached_property whose value can also come ready-made, as marshal bytes kept in the cache for
the same knowledge-base file and code. Each is unmarshalled only when it is first used, so a
posting that never needs the typo tables never pays for them.
"""

from __future__ import annotations

import marshal
from collections.abc import Callable
from functools import cached_property
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")

#: Where an object keeps the marshalled tables not yet used.
_KEPT = "_kept_tables"


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
        kept: dict[str, bytes] = vars(instance).get(_KEPT, {})
        blob = kept.pop(self.attrname or "", None)
        if blob is not None:
            try:
                value: T = marshal.loads(blob)
            except (ValueError, EOFError, TypeError):
                return super().__get__(instance, owner)
            vars(instance)[self.attrname or ""] = value
            return value
        return super().__get__(instance, owner)


def names_of(cls: type) -> list[str]:
    """The tables a class has, by name."""
    return [name for klass in cls.__mro__ for name, value in vars(klass).items() if isinstance(value, table)]


def built(obj: object) -> dict[str, bytes]:
    """Every table of an object, built, as marshal bytes: to keep in the cache."""
    return {name: marshal.dumps(getattr(obj, name)) for name in names_of(type(obj))}


def restore(obj: object, kept: object) -> bool:
    """Give an object the tables `built` made for the same vocabulary; False, and nothing
    given, unless they are its tables exactly."""
    if not isinstance(kept, dict) or set(kept) != set(names_of(type(obj))):
        return False
    if not all(isinstance(blob, bytes) for blob in kept.values()):
        return False
    vars(obj)[_KEPT] = dict(kept)
    return True

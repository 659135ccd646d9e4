"""What a person typed -> skill ids: normalise, alias, normalised form, typo tolerance."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from ecomcareer.model import KnowledgeBase

#: Inputs longer than this are not skills; they are reported, not matched.
MAX_INPUT_LENGTH = 100
#: Suggestions are looked for this many unrecognised inputs; nobody reads more.
MAX_SUGGESTED = 50

_NOT_WORD = re.compile(r"[^0-9a-z+#]")
_SPLIT = re.compile(r"[,\n\r;]")


def normalise(text: str) -> str:
    """Unicode-normalised, case-folded, single-spaced: how every name is compared."""
    if not text.isascii():  # ASCII is already in NFKC; skipping it halves the cost
        text = unicodedata.normalize("NFKC", text)
    return " ".join(text.casefold().split())


def canonical(text: str) -> str:
    """A looser form that forgives punctuation, '&' for 'and' and a '.js' suffix."""
    word = _NOT_WORD.sub("", normalise(text).replace("&", "and"))
    if len(word) > 4 and word.endswith("js"):
        word = word[:-2]
    return word


def split_inputs(text: str) -> list[str]:
    """'sql, Excel\\n tableau' -> ['sql', 'Excel', 'tableau']: commas, semicolons or lines."""
    return [part.strip() for part in _SPLIT.split(text) if part.strip()]


def typo_budget(word: str) -> int:
    """How many edits a typed word may be away from a skill name and still match it."""
    n = len(word)
    if n < 5:
        return 0
    if n < 8:
        return 1
    if n < 12:
        return 2
    return 3


class How(StrEnum):
    """How an input was read, from most to least certain."""

    EXACT = "exact"
    ALIAS = "alias"
    NORMALISED = "normalised"
    TYPO = "typo"


@dataclass(frozen=True, slots=True)
class Recognized:
    input: str
    skill: str
    how: How


@dataclass(frozen=True, slots=True)
class Unrecognized:
    input: str
    suggestions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Resolution:
    recognized: tuple[Recognized, ...]
    unrecognized: tuple[Unrecognized, ...]

    @property
    def skill_ids(self) -> tuple[str, ...]:
        """Each skill once, in the order first typed: an alias never counts twice."""
        return tuple(dict.fromkeys(r.skill for r in self.recognized))


class SkillResolver:
    """Reads skills the way people type them, against one knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self._kb = kb
        self._exact: dict[str, tuple[str, How]] = {}
        for skill in kb.skills:
            for word in (skill.id, skill.name):
                self._exact.setdefault(normalise(word), (skill.id, How.EXACT))
        for skill in kb.skills:
            for word in skill.aliases:
                self._exact.setdefault(normalise(word), (skill.id, How.ALIAS))

    @cached_property
    def _canonical(self) -> dict[str, str | None]:
        """Loose form -> skill id; None where two skills share a loose form."""
        index: dict[str, str | None] = {}
        for skill in self._kb.skills:
            for word in (skill.id, skill.name, *skill.aliases):
                key = canonical(word)
                if key and index.setdefault(key, skill.id) != skill.id:
                    index[key] = None
        return index

    @cached_property
    def _fuzzy_keys(self) -> tuple[list[str], list[str]]:
        keys = [k for k, v in self._canonical.items() if v is not None]
        return keys, [self._canonical[k] or "" for k in keys]

    @cached_property
    def _keys_by_initial(self) -> dict[str, tuple[list[str], list[str]]]:
        """Typos rarely change the first letter, so only names sharing it are compared."""
        groups: dict[str, tuple[list[str], list[str]]] = {}
        for key, owner in zip(*self._fuzzy_keys, strict=True):
            keys, owners = groups.setdefault(key[0], ([], []))
            keys.append(key)
            owners.append(owner)
        return groups

    def _loose(self, key: str) -> str | None:
        for candidate in (key, key[:-1] if len(key) > 3 and key.endswith("s") else "", key + "s"):
            if candidate and self._canonical.get(candidate):
                return self._canonical[candidate]
        return None

    def _typo(self, key: str) -> str | None:
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        budget = typo_budget(key)
        if not budget:
            return None
        keys, owners = self._keys_by_initial.get(key[0], ([], []))
        hits = process.extract(key, keys, scorer=OSA.distance, score_cutoff=budget, limit=8)
        if not hits:
            return None
        best = min(dist for _, dist, _ in hits)
        skills = {owners[i] for _, dist, i in hits if dist == best}
        return skills.pop() if len(skills) == 1 else None

    def _suggestions(self, key: str, limit: int = 3) -> tuple[str, ...]:
        """Skill ids whose names look like the (canonical) word, best first."""
        from rapidfuzz import fuzz, process

        keys, owners = self._fuzzy_keys
        out: list[str] = []
        for _, _, i in process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=75, limit=12):
            if owners[i] not in out:
                out.append(owners[i])
        return tuple(out[:limit])

    def resolve_one(self, text: str, *, suggest: bool = True) -> Recognized | Unrecognized:
        word = normalise(text)
        if len(word) > MAX_INPUT_LENGTH:
            return Unrecognized(text, ())
        found = self._exact.get(word)
        if found:
            return Recognized(text, found[0], found[1])
        key = canonical(word)
        loose = self._loose(key)
        if loose:
            return Recognized(text, loose, How.NORMALISED)
        typo = self._typo(key)
        if typo:
            return Recognized(text, typo, How.TYPO)
        return Unrecognized(text, self._suggestions(key) if suggest else ())

    def resolve(self, inputs: Iterable[str]) -> Resolution:
        """Each distinct input (compared case- and space-insensitively) read once."""
        unique: dict[str, str] = {}
        for text in inputs:
            unique.setdefault(normalise(text), text.strip())
        results: list[Recognized | Unrecognized] = []
        unknown = 0
        for key, text in unique.items():
            if key:
                result = self.resolve_one(text, suggest=unknown < MAX_SUGGESTED)
                unknown += isinstance(result, Unrecognized)
                results.append(result)
        return Resolution(
            tuple(r for r in results if isinstance(r, Recognized)),
            tuple(r for r in results if isinstance(r, Unrecognized)),
        )


def parse_skill_list(texts: Sequence[str]) -> list[str]:
    """Every comma- or line-separated item in the given option values or file contents."""
    out: list[str] = []
    for text in texts:
        out.extend(split_inputs(text))
    return out

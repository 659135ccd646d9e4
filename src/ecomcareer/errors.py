"""Every error a user can meet, and how it is worded."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

#: Exit codes, as documented in the README.
EXIT_DATA = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def suggest(word: str, candidates: Iterable[str], limit: int = 3) -> list[str]:
    """Close matches for a mistyped identifier, best first (at least 60% alike)."""
    from rapidfuzz import fuzz, process  # only on the error path

    found = process.extract(word, list(candidates), scorer=fuzz.ratio, score_cutoff=60, limit=limit)
    return [choice for choice, _, _ in found]


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """A ' — did you mean ...?' tail, or nothing when no candidate is close."""
    close = suggest(word, candidates)
    if not close:
        return ""
    return " — did you mean " + " or ".join(repr(c) for c in close) + "?"


def excerpt(text: str, limit: int = 40) -> str:
    """Input quoted in a message: at most `limit` characters of it, as a Python literal."""
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


class EcomCareerError(Exception):
    """Base of the errors the CLI turns into a message and an exit code."""

    exit_code = EXIT_DATA

    def lines(self) -> list[str]:
        return [str(self)]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in a data file, where it is and what it is."""

    file: str
    message: str
    line: int | None = None
    column: int | None = None
    where: str = ""

    def __str__(self) -> str:
        place = self.file
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        where = f"{self.where}: " if self.where else ""
        return f"{place}: {where}{self.message}"


class DataError(EcomCareerError):
    """A knowledge-base file that cannot be used; carries all of its problems."""

    exit_code = EXIT_DATA

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def lines(self) -> list[str]:
        return [str(p) for p in self.problems]


class UsageError(EcomCareerError):
    """The command line asked for something that does not exist or makes no sense."""

    exit_code = EXIT_USAGE

"""Words and numbers as every human-readable format states them, worded in one place."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from ecomcareer.render.safe import printable

if TYPE_CHECKING:
    from ecomcareer.reports.base import JobRef, ReadSkill, UnreadSkill
    from ecomcareer.reports.catalog import SourceItem
    from ecomcareer.reports.fit import Counted, MatchItem, PlanReport


def credit(source: SourceItem) -> str:
    """One source as a line of text: 'Name (url). Licence (licence url). Note'."""
    line = source.name + (f" ({source.url})" if source.url else "")
    if source.licence:
        line += f". {source.licence}" + (f" ({source.licence_url})" if source.licence_url else "")
    if source.note:
        line += f". {source.note}"
    return line


def all_credits(pages: Iterable[Iterable[SourceItem]]) -> list[SourceItem]:
    """The sources of several roles, each once, in order."""
    return list({s.name: s for page in pages for s in page}.values())


def count(n: int, noun: str) -> str:
    """'1 role', '3 roles'."""
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def money(median: float | None, currency: str | None) -> str:
    if median is None:
        return "not known"
    return f"{median:,.0f} {currency}" if currency != "USD" else f"${median:,.0f}"


def growth(percent: float) -> str:
    return f"{percent:+.1f}%"


def outlook(percent: float, period: str, openings: int | None) -> str:
    """'+33.5% over 2024-34, about 23,400 openings a year'."""
    extra = f", about {openings:,} openings a year" if openings is not None else ""
    return f"{growth(percent)} over {period}{extra}"


def cell(value: object) -> str:
    """One value as flat text for a CSV or Markdown cell: lists joined with '; ', an object in
    a list as key=value pairs (nothing lost)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return "; ".join(cell(v) for v in value)
    if isinstance(value, dict):
        return " ".join(f"{k}={cell(v)}" for k, v in value.items())
    return str(value)


def of(counted: Counted, group: str) -> str:
    """'3 of 8 core', '3 of 8 core (+1 in part)'."""
    partly = f" (+{counted.partly} in part)" if counted.partly else ""
    return f"{counted.have} of {counted.total} {group}{partly}"


def fit(match: MatchItem) -> str:
    """The fit in words: 'partial: 3 of 8 core (+1 in part), 2 of 21 supporting'."""
    parts = [of(match.core, "core")]
    if match.supporting.total:
        parts.append(of(match.supporting, "supporting"))
    return f"{match.band}: {', '.join(parts)}"


def explained(match: MatchItem) -> str:
    """The score's two parts, for --explain: '18.0 = 30.0 (how much of the role you have) × 0.600 (...)'."""
    return (
        f"{match.score:.1f} = {match.coverage:.1f} (how much of the role you have) × {match.focus:.3f} "
        "(how much of your skills it uses)"
    )


#: Said under a ranking that held roles back.
HELD_BACK = "↓ leads people: not above the step below it, since no leadership skill is given."


def plan_heading(report: PlanReport) -> str:
    """What a plan is for: the target, the best match, or several best matches."""
    if report.focus is None:
        about = printable(", ".join(report.roles))
    else:
        named = f"{printable(report.focus.title)} ({printable(report.focus.id)})"
        about = named if report.target is not None else f"your best fit, {named}"
    return f"What to learn next, in order, for {about}"


#: Said in place of a ranking with no role in it.
NO_MATCH = "No role to suggest: no role lists these skills, or only soft skills of theirs."


def started_from(job: JobRef) -> str:
    """Which occupation --job was read as, what was assumed from it, and whose data it is."""
    from ecomcareer.errors import excerpt
    from ecomcareer.jobs import SOURCE

    return (
        f"Started from the job {excerpt(job.query)}, read as the occupation {job.title} ({job.code}): "
        f"skills are assumed from its core tasks and in-demand hot technologies. Source: {SOURCE}."
    )


def assumed(read: Iterable[ReadSkill]) -> list[ReadSkill]:
    """The skills a report assumed from the job."""
    return [r for r in read if r.how == "job"]


def not_understood(items: Sequence[UnreadSkill], names: Callable[[list[str]], list[str]]) -> str:
    """'gardening', 'Photshop' (did you mean Adobe Photoshop?): the first 20 items of a
    document's skills lists that no skill matches."""
    return ", ".join(
        repr(u.input) + (f" (did you mean {', '.join(names(u.suggestions))}?)" if u.suggestions else "")
        for u in items[:20]
    )

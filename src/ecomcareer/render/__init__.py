"""Output: `emit` prints a report in the chosen format; the one place that owns the streams.

Data goes to standard output, messages to standard error. Each format's module is imported
only when that format is chosen, so JSON never pays for Rich, nor Markdown for Jinja2.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from ecomcareer.errors import UsageError
from ecomcareer.render.safe import printable

if TYPE_CHECKING:
    from ecomcareer.reports import Report
    from ecomcareer.reports.handbook import HandbookReport


class Format(StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"


class HandoutFormat(StrEnum):
    """`show` also prints a role as a printable HTML page."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"
    HTML = "html"


#: Files a handout can be written to, by their ending.
_HANDOUT_FILES = {
    ".html": HandoutFormat.HTML,
    ".htm": HandoutFormat.HTML,
    ".md": HandoutFormat.MARKDOWN,
    ".markdown": HandoutFormat.MARKDOWN,
}


def handout_format(path: Path) -> HandoutFormat:
    """The format a handout file's name asks for."""
    fmt = _HANDOUT_FILES.get(path.suffix.lower())
    if fmt is None:
        raise UsageError(f"{path}: the output must end in .html or .md")
    return fmt


def write(text: str) -> None:
    sys.stdout.write(text)


def say(lines: Iterable[str]) -> None:
    """Messages for the person, one line each on standard error, never read as data."""
    for line in lines:
        sys.stderr.write(f"ecomcareer: {printable(line)}\n")
    sys.stderr.flush()


def emit(report: Report, fmt: Format | HandoutFormat) -> None:
    """Print a report in a format: the one place where --format is honoured."""
    if fmt == Format.TABLE:
        from ecomcareer.render import table

        table.show(table.render(report))
        return
    if fmt == Format.JSON:
        from ecomcareer.render import jsonout

        write(jsonout.dumps(report))
        return
    say(_not_understood(report))
    if fmt == Format.CSV:
        from ecomcareer.render import csvout

        say(_started(report))
        write(csvout.render(report))
    elif fmt == Format.MARKDOWN:
        from ecomcareer.render import markdown

        write(markdown.render(report))
    else:
        from ecomcareer.render import html

        page = html.render(report)
        encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
        if not encoding.lower().replace("-", "").startswith("utf"):
            # The page declares UTF-8: in ASCII, with character references, it still is.
            page = page.encode("ascii", "xmlcharrefreplace").decode("ascii")
        write(page)


def _not_understood(report: Report) -> list[str]:
    """CSV, Markdown and HTML have no place for what was not understood: it goes to stderr."""
    unread = getattr(report, "unrecognized", None) or []
    glossary = getattr(report, "glossary", None)
    lines = []
    for u in unread:
        names = [glossary.skill(s) for s in u.suggestions] if glossary else u.suggestions
        tip = f"; did you mean {', '.join(names)}?" if names else ""
        lines.append(f"note: skill {u.input!r} not understood{tip}")
    return lines


def _started(report: Report) -> list[str]:
    """CSV has no place for the job --job was read as either: it goes to stderr."""
    job = getattr(report, "job", None)
    if job is None:
        return []
    from ecomcareer.render.phrases import assumed, started_from

    glossary = getattr(report, "glossary", None)
    read = assumed(getattr(report, "recognized", None) or [])
    names = ", ".join(dict.fromkeys(glossary.skill(r.skill) if glossary else r.skill for r in read))
    return [f"note: {started_from(job)}", f"note: assumed from the job: {names or 'no skill'}"]


def save(report: HandbookReport, path: Path, fmt: HandoutFormat, *, force: bool = False) -> None:
    """Write a handbook to a file, atomically, never over another unless forced."""
    from ecomcareer.files import write_new
    from ecomcareer.render.phrases import count

    if fmt == HandoutFormat.HTML:
        from ecomcareer.render import html

        text = html.render(report)
    else:
        from ecomcareer.render import markdown

        text = markdown.render(report)
    write_new(path, text, force=force)
    say(_not_understood(report))
    say([f"wrote {path}: {count(len(report.pages), 'role')}"])

"""CSV: a header row and one row per item, with the JSON keys; lists joined with '; '."""

from __future__ import annotations

import csv
import io
from functools import singledispatch
from typing import TYPE_CHECKING, Any

from ecomcareer.render.phrases import cell
from ecomcareer.render.safe import printable
from ecomcareer.reports.base import ListReport, RoleSummary, json_fields, plain
from ecomcareer.reports.catalog import (
    PathReport,
    PathRow,
    RoleDetail,
    RouteRow,
    RoutesReport,
    ShowReport,
    SkillItem,
    SkillsReport,
)
from ecomcareer.reports.documents import ExtractReport, FitGap, FitReport, FoundItem
from ecomcareer.reports.fit import (
    ComparedRole,
    CompareReport,
    GapItem,
    GapReport,
    MatchItem,
    MatchReport,
    PlanReport,
    StepItem,
)

if TYPE_CHECKING:
    from ecomcareer.reports import Report

Rows = tuple[type, list[Any]]


@singledispatch
def rows(report: Report) -> Rows:
    """The items a report lists, one CSV row each, and their type (for the header of none)."""
    raise TypeError(f"no CSV for {type(report).__name__}")


rows.register(ListReport, lambda r: (RoleSummary, r.roles))
rows.register(ShowReport, lambda r: (RoleDetail, [r.role]))
rows.register(MatchReport, lambda r: (MatchItem, r.matches))
rows.register(SkillsReport, lambda r: (SkillItem, r.skills))
rows.register(GapReport, lambda r: (GapItem, r.missing))
rows.register(PlanReport, lambda r: (StepItem, r.steps))
rows.register(CompareReport, lambda r: (ComparedRole, r.roles))
rows.register(PathReport, lambda r: (PathRow, r.rows()))
rows.register(RoutesReport, lambda r: (RouteRow, r.rows()))
rows.register(ExtractReport, lambda r: (FoundItem, r.skills))
rows.register(FitReport, lambda r: (FitGap, r.missing))


def _flatten(record: dict[str, Any], prefix: str = "") -> dict[str, str]:
    row: dict[str, str] = {}
    for key, value in record.items():
        if isinstance(value, dict):
            row.update(_flatten(value, f"{prefix}{key}."))
        else:
            row[prefix + key] = _guarded(value, printable(cell(value)))
    return row


#: What makes a spreadsheet read a cell as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _guarded(value: object, text: str) -> str:
    """Text that a spreadsheet would run as a formula, with a leading apostrophe so that it
    is shown as text; numbers (a negative growth) are left as they are."""
    if isinstance(value, int | float) or not text.startswith(_FORMULA_START):
        return text
    return "'" + text


def render(report: Report) -> str:
    kind, items = rows(report)
    flat = [_flatten(plain(item)) for item in items]
    # With no rows, the header still says what the columns would be.
    header: dict[str, None] = dict.fromkeys(json_fields(kind)) if not flat else {}
    for row in flat:
        header.update(dict.fromkeys(row))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(header), lineterminator="\n")
    writer.writeheader()
    writer.writerows(flat)
    return out.getvalue()

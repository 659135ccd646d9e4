"""JSON for scripts: json.dumps, never through Rich; ASCII-only so no raw control bytes pass."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ecomcareer.reports import Report


def dumps(report: Report) -> str:
    if not hasattr(report, "json"):
        raise TypeError(f"{type(report).__name__} has no JSON form")
    return json.dumps(report.json(), indent=2, ensure_ascii=True, allow_nan=False) + "\n"

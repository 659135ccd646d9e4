"""CSV: a header row and one row per item, with the JSON keys; lists joined with '; '."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from ecomcareer.render.phrases import cell
from ecomcareer.render.safe import printable


def _cell(value: Any) -> str:
    return printable(cell(value))


def _flatten(record: dict[str, Any], prefix: str = "") -> dict[str, str]:
    row: dict[str, str] = {}
    for key, value in record.items():
        if isinstance(value, dict):
            row.update(_flatten(value, f"{prefix}{key}."))
        else:
            row[prefix + key] = _cell(value)
    return row


def dumps(records: Iterable[dict[str, Any]]) -> str:
    rows = [_flatten(r) for r in records]
    header: dict[str, None] = {}
    for row in rows:
        header.update(dict.fromkeys(row))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(header), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()

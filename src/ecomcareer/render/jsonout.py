"""JSON for scripts: json.dumps, never through Rich; ASCII-only so no raw control bytes pass."""

from __future__ import annotations

import json
from typing import Any


def dumps(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=True) + "\n"

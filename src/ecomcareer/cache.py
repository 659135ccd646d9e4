"""A cache of parsed knowledge bases, so a large YAML file is parsed once, not on every run.

Safe by construction: entries are keyed by a hash of the file's bytes (a changed file never
meets a stale entry), hold plain JSON (loading one runs no code), are checked by the same
validator as the YAML before use (a corrupt entry is ignored and rewritten), and are written
to a temporary file first, then renamed into place. Any trouble with the cache directory
only means the file is parsed as if there were no cache.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

try:  # What hashlib uses for BLAKE2; importing it alone skips OpenSSL's ~3 ms start-up.
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - Pythons built without it
    from hashlib import blake2b

from ecomcareer import __version__

#: Changes whenever what an entry holds changes, so old entries are never read.
FORMAT = 1
#: Entries kept; the least recently written beyond this are removed.
KEEP = 8


def directory() -> Path:
    """ECOMCAREER_CACHE_DIR, else the platform's per-user cache folder."""
    if override := os.environ.get("ECOMCAREER_CACHE_DIR"):
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "ecomcareer"


def _entry(content: bytes) -> Path:
    digest = blake2b(content, digest_size=20).hexdigest()
    return directory() / f"kb-{digest}-{__version__}-{FORMAT}.json"


def read(content: bytes) -> object | None:
    """The parsed data stored for these bytes, or None when there is none or it is unreadable."""
    try:
        data: object = json.loads(_entry(content).read_bytes())
    except (OSError, ValueError):
        return None
    return data


def write(content: bytes, data: object) -> None:
    """Store the parsed data for these bytes; never fails the command."""
    import tempfile

    target = _entry(content)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=".kb-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(data, out, ensure_ascii=True, separators=(",", ":"))
            Path(temporary).replace(target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        _prune(target.parent)
    except OSError:
        return


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob("kb-*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[KEEP:]:
        old.unlink(missing_ok=True)

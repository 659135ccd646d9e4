"""Writing a file the user asked for: never half-written, never over another by surprise."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ecomcareer.errors import EcomCareerError, UsageError


class OutputError(EcomCareerError):
    """The output file cannot be written where the user asked."""


def write_new(path: Path, text: str, *, force: bool = False) -> None:
    """Write text to path through a temporary file and a rename; refuse to replace a file
    that exists unless forced."""
    if path.is_dir():
        raise OutputError(f"{path}: is a directory; give a file name such as {path / 'handbook.html'}")
    if path.exists() and not force:
        raise UsageError(f"{path}: already exists; use --force to replace it")
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(f"{path}: cannot write: folder {folder} does not exist")
    try:
        fd, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        Path(temporary).chmod(0o666 & ~_umask())  # as an ordinary new file would be
        Path(temporary).replace(path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask

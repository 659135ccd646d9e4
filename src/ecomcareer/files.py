"""Files the user names: read within a limit, written whole, never over another by surprise."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

from ecomcareer.errors import EcomCareerError, UsageError

MiB = 1024 * 1024


class OutputError(EcomCareerError):
    """The output file cannot be written where the user asked."""


class TooLarge(Exception):
    """More bytes than the limit: the size when the file says it, else None."""

    def __init__(self, size: int | None) -> None:
        super().__init__(size)
        self.size = size


def size_text(n: int) -> str:
    """A size as people read it: '64 MiB', '1.5 MiB', or '1,000 bytes' below a mebibyte."""
    if n < MiB:
        return f"{n:,} bytes"
    return f"{n / MiB:,.1f}".removesuffix(".0") + " MiB"


def read_limited(path: Path, limit: int) -> bytes:
    """A file's bytes, reading at most `limit` + 1 of them from a file, pipe or device.

    Raises TooLarge past the limit and OSError as the system reports it. A FIFO without a
    writer reads as empty instead of blocking.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(21, "is a directory")
        if stat.S_ISREG(st.st_mode) and st.st_size > limit:
            raise TooLarge(st.st_size)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # a pipe with a writer is waited for, as the user meant
        with os.fdopen(fd, "rb", closefd=False) as stream:
            return _bounded(stream.read, limit)
    finally:
        os.close(fd)


def read_named(name: str, limit: int) -> bytes | None:
    """A file the user named, or standard input for '-', within the limit; None when standard
    input is closed. Raises TooLarge and OSError as `read_limited` does."""
    return read_stdin_limited(limit) if name == "-" else read_limited(Path(name), limit)


def read_stdin_limited(limit: int) -> bytes | None:
    """Standard input's bytes within the limit, or None when standard input is closed."""
    if sys.stdin is None:
        return None
    try:
        return _bounded(sys.stdin.buffer.read, limit)
    except (OSError, ValueError):  # a closed descriptor
        return None


def _bounded(read: object, limit: int) -> bytes:
    data = read(limit + 1)  # type: ignore[operator]
    if len(data) > limit:
        raise TooLarge(None)
    return bytes(data)


def decode_text(data: bytes) -> str:
    """Text from bytes: UTF-8 (with or without a BOM), or UTF-16 with its BOM.

    Raises UnicodeDecodeError for anything else, whose `start` says where.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    return data.decode("utf-8-sig")


def line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def write_new(path: Path, text: str, *, force: bool = False) -> None:
    """Write text to path whole: a temporary file, then a link (never over an existing path)
    or, when forced, a rename over it that keeps its permissions.

    Any existing path counts, a dangling link too; the temporary file is removed on any
    failure, Ctrl-C or SIGTERM.
    """
    try:
        _write_new(path, text, force)
    except EcomCareerError:
        raise
    except OSError as exc:
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from None


def _write_new(path: Path, text: str, force: bool) -> None:
    if path.is_dir():
        raise OutputError(f"{path}: is a directory; give a file name such as {path / 'handbook.html'}")
    if os.path.lexists(path) and not force:
        raise UsageError(f"{path}: already exists; use --force to replace it")
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(f"{path}: cannot write: folder {folder} does not exist")
    import signal
    import tempfile  # for writing only: reading files never pays for it

    # Ctrl-C or SIGTERM between making the temporary file and guarding it would leave it
    # behind: both wait until it is guarded, which removes it.
    held = {signal.SIGINT, signal.SIGTERM} if hasattr(signal, "pthread_sigmask") else set()
    with contextlib.ExitStack() as guarded:
        before = signal.pthread_sigmask(signal.SIG_BLOCK, held) if held else None
        try:
            fd, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name[:64]}.", suffix=".tmp")
            guarded.enter_context(_removed_unless_kept(Path(temporary)))
        finally:
            if before is not None:
                signal.pthread_sigmask(signal.SIG_SETMASK, before)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        made = Path(temporary)
        if force and os.path.lexists(path):
            made.chmod(path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask())
            made.replace(path)
            return
        made.chmod(0o666 & ~_umask())  # as an ordinary new file would be
        try:
            os.link(temporary, path)  # fails if anything appeared there meanwhile
        except FileExistsError:
            raise UsageError(f"{path}: already exists; use --force to replace it") from None
        except OSError:  # a file system without hard links: create the name exclusively
            _write_exclusive(path, text)


def _write_exclusive(path: Path, text: str) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except FileExistsError:
        raise UsageError(f"{path}: already exists; use --force to replace it") from None
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
        out.write(text)


@contextlib.contextmanager
def _removed_unless_kept(temporary: Path) -> Iterator[None]:
    """The temporary file goes on every way out, SIGTERM included (turned into an exit)."""
    import signal

    def stop(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    previous = None
    if hasattr(signal, "SIGTERM"):
        with contextlib.suppress(ValueError):  # not the main thread
            previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        temporary.unlink(missing_ok=True)
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask

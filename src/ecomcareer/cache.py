"""A cache of parsed knowledge bases, so a large YAML file is parsed once, not on every run.

Careful by construction:
- an entry is named by a hash of the file's bytes, so a changed file never meets a stale entry;
- an entry holds plain JSON behind a checksum of its own content, and passes the same checks
  as the YAML before use, so a corrupt or altered entry is refused (and rewritten), never
  believed; the look-up tables derived from a file are kept the same way in marshal, the format
  of Python's own bytecode cache, which loads several times faster than JSON;
- it is read only from a regular file that this user owns and no one else can write, in a
  folder with the same guarantees (created 0700), without following links, blocking on a
  FIFO or reading past a size limit;
- only files whose names this module makes are ever removed, and leftovers of interrupted
  writes are cleaned.
Any trouble with the cache only means the file is parsed as if there were no cache.
"""

from __future__ import annotations

import json
import marshal
import os
import re
import stat
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path

try:  # What hashlib uses for BLAKE2; importing it alone skips OpenSSL's ~3 ms start-up.
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - Pythons built without it
    from hashlib import blake2b

from ecomcareer import __version__

#: Changes whenever what an entry holds changes, so old entries are never read.
FORMAT = 3
#: Entries kept; the least recently written beyond this are removed.
KEEP = 16
#: An entry larger than this is not read (the largest knowledge base allowed is 64 MiB).
MAX_ENTRY_BYTES = 256 * 1024 * 1024
#: A temporary file older than this was left by an interrupted write.
STALE_SECONDS = 600

#: The names this module gives its files, and the only ones it ever removes.
ENTRY_NAME = re.compile(r"kb-[0-9a-f]{40}-[0-9A-Za-z.+]+-[0-9]+\.(json|marshal)\Z")
TEMP_NAME = re.compile(r"\.kb-[0-9a-z_]{8}\.tmp\Z")
_HEADER = b"ecomcareer-cache "


def directory() -> Path:
    """ECOMCAREER_CACHE_DIR, else the platform's per-user cache folder.

    A relative XDG_CACHE_HOME is ignored, as the XDG Base Directory specification says.
    """
    if override := os.environ.get("ECOMCAREER_CACHE_DIR"):
        return Path(override).absolute()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        xdg = os.environ.get("XDG_CACHE_HOME", "")
        base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return base / "ecomcareer"


def _private(st: os.stat_result) -> bool:
    """Owned by this user and writable by no one else (always so where there are no owners)."""
    if not hasattr(os, "getuid"):
        return True
    return st.st_uid == os.getuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _folder(create: bool) -> Path | None:
    """The cache folder, if it is a private folder of this user's (made so if asked)."""
    folder = directory()
    try:
        if create and not folder.exists():
            folder.parent.mkdir(parents=True, exist_ok=True)
            folder.mkdir(mode=0o700)
        st = folder.stat()
    except OSError:
        return None
    return folder if stat.S_ISDIR(st.st_mode) and _private(st) else None


def digest(content: bytes) -> str:
    """The key of these bytes in the cache: what is stored for them is read and written by it."""
    return blake2b(content, digest_size=20).hexdigest()


def _name(key: str, kind: str = "json") -> str:
    return f"kb-{key}-{__version__}-{FORMAT}.{kind}"


def _checksum(payload: bytes) -> bytes:
    """Finds a damaged entry (the name already says whose it is), four times as fast as BLAKE2."""
    return b"%08x" % zlib.crc32(payload)


def read(key: str) -> object | None:
    """The parsed data stored under this key (see `digest`), or None when there is none or it
    is not to be trusted."""
    payload = _payload(_name(key))
    if payload is None:
        return None
    try:
        data: object = json.loads(payload)
    except (ValueError, RecursionError):
        return None
    return data


def write(key: str, data: object) -> None:
    """Store the parsed data under this key; never fails the command."""
    payload = json.dumps(data, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    _store(_name(key), payload.encode())


def read_tables(key: str) -> dict[str, object] | None:
    """The look-up tables stored under this key, or None as in `read`."""
    payload = _payload(_name(key, "marshal"))
    if payload is None:
        return None
    try:
        data = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None
    return data if isinstance(data, dict) else None


def write_tables(key: str, make: Callable[[], dict[str, object]]) -> None:
    """Store the look-up tables `make` gives (dicts of marshal bytes) under this key, if the
    folder can take them and they are no larger than an entry may be: they are made only then."""
    if _folder(create=True) is None:
        return
    payload = marshal.dumps(make())
    if len(payload) <= MAX_ENTRY_BYTES:
        _store(_name(key, "marshal"), payload)


def _payload(name: str) -> bytes | None:
    """An entry's content, if it is a private regular file whose checksum holds."""
    folder = _folder(create=False)
    if folder is None:
        return None
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(folder / name, flags)
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or not _private(st) or st.st_size > MAX_ENTRY_BYTES:
            return None
        with os.fdopen(fd, "rb", closefd=False) as entry:
            raw = entry.read(MAX_ENTRY_BYTES + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
    header, _, payload = raw.partition(b"\n")
    return payload if header == _HEADER + _checksum(payload) else None


def _store(name: str, payload: bytes) -> None:
    """Write an entry whole or not at all (through a temporary file); never fails the command."""
    import tempfile

    folder = _folder(create=True)
    if folder is None:
        return
    try:
        fd, temporary = tempfile.mkstemp(dir=folder, prefix=".kb-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(_HEADER + _checksum(payload) + b"\n" + payload)
            Path(temporary).replace(folder / name)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        _prune(folder)
    except OSError:
        return


def _own_files(folder: Path) -> tuple[list[os.DirEntry[str]], list[os.DirEntry[str]]]:
    """The entries and temporary files this module made, by their exact names."""
    entries, temporaries = [], []
    with os.scandir(folder) as listing:
        for item in listing:
            if ENTRY_NAME.match(item.name):
                entries.append(item)
            elif TEMP_NAME.match(item.name):
                temporaries.append(item)
    return entries, temporaries


def _mtime(item: os.DirEntry[str]) -> float:
    try:
        return item.stat(follow_symlinks=False).st_mtime
    except OSError:
        return 0.0


def _prune(folder: Path) -> None:
    """Keep the KEEP newest entries; remove temporary files left by interrupted writes."""
    entries, temporaries = _own_files(folder)
    entries.sort(key=_mtime, reverse=True)
    now = time.time()
    stale = [t for t in temporaries if now - _mtime(t) > STALE_SECONDS]
    for item in entries[KEEP:] + stale:
        try:
            Path(item.path).unlink()
        except OSError:
            continue


def clear() -> tuple[Path, int]:
    """Remove every file of the cache (and nothing else); the folder and how many went."""
    folder = directory()
    try:
        entries, temporaries = _own_files(folder)
    except OSError:
        return folder, 0
    removed = 0
    for item in entries + temporaries:
        try:
            Path(item.path).unlink()
            removed += 1
        except OSError:
            continue
    return folder, removed

"""The parsed-file cache: used when it can be trusted, ignored and rewritten when not,
invisible in the output, and never touching a file it did not make."""

from __future__ import annotations

import importlib
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

import pytest
from typer.testing import CliRunner

from ecomcareer import cache, loader, tables
from ecomcareer.catalog import RoleNames
from ecomcareer.cli.app import app
from ecomcareer.errors import DataError
from ecomcareer.skills import SkillResolver
from tests.conftest import MINIMAL

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX file modes and FIFOs")


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("ECOMCAREER_CACHE_DIR", str(folder))
    return folder


def entries(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if cache.ENTRY_NAME.match(p.name))


def stored(entry: Path) -> object:
    """The data an entry holds, behind its checksum line."""
    header, _, payload = entry.read_bytes().partition(b"\n")
    assert header.startswith(b"ecomcareer-cache ")
    return json.loads(payload)


def test_first_load_writes_json_and_second_load_is_equal(
    cache_dir: Path, write: Callable[[str], Path]
) -> None:
    path = write(MINIMAL)
    first = loader.load(path)
    [entry] = entries(cache_dir)
    assert stored(entry)["version"] == 1  # type: ignore[index]
    assert loader.load(path) == first
    assert [p.name for p in cache_dir.iterdir()] == [entry.name]  # no temporary file left behind


@posix_only
def test_folder_and_entries_are_private_whatever_the_umask(
    cache_dir: Path, write: Callable[[str], Path]
) -> None:
    old = os.umask(0o002)
    try:
        loader.load(write(MINIMAL))
    finally:
        os.umask(old)
    assert cache_dir.stat().st_mode & 0o777 == 0o700
    [entry] = entries(cache_dir)
    assert entry.stat().st_mode & 0o077 == 0


def planted(cache_dir: Path, path: Path, change: Callable[[dict[str, object]], None]) -> Path:
    """Load once, then alter the entry's data (keeping its form) as another program might."""
    loader.load(path)
    [entry] = entries(cache_dir)
    data = stored(entry)
    assert isinstance(data, dict)
    change(data)
    header = entry.read_bytes().partition(b"\n")[0]
    entry.write_bytes(header + b"\n" + json.dumps(data).encode())
    return entry


def test_an_altered_entry_is_refused_and_rewritten(
    cache_dir: Path, write: Callable[[str], Path], runner: CliRunner
) -> None:
    path = write(MINIMAL)

    def plant(data: dict[str, object]) -> None:
        data["roles"] = []

    entry = planted(cache_dir, path, plant)
    result = runner.invoke(app, ["--data", str(path), "list", "-f", "json"])
    assert result.exit_code == 0
    assert [r["id"] for r in json.loads(result.stdout)] == ["analyst", "engineer"]
    assert len(stored(entry)["roles"]) == 2  # type: ignore[index]


def test_a_valid_entry_is_used_and_bypassed_with_no_cache(
    cache_dir: Path, write: Callable[[str], Path], runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(MINIMAL)
    loader.load(path)
    from ecomcareer import safeyaml

    calls: list[str] = []
    real = safeyaml.parse

    def counted(*args: object, **kwargs: object) -> object:
        calls.append("parsed")
        return real(*args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(safeyaml, "parse", counted)
    cached = runner.invoke(app, ["--data", str(path), "list", "-f", "json"])
    assert cached.exit_code == 0 and calls == []
    fresh = runner.invoke(app, ["--data", str(path), "--no-cache", "list", "-f", "json"])
    assert fresh.exit_code == 0 and calls == ["parsed"]
    assert cached.stdout == fresh.stdout


@pytest.mark.parametrize(
    "garbage",
    [
        b"{not json",
        b'{"version": 1, "skills": "sql", "roles": []}',
        b"[]",
        b"",
        b"ecomcareer-cache 0000\n{}",
        b"ecomcareer-cache " + b"[" * 100_000,
    ],
)
def test_a_corrupt_entry_is_ignored_and_rewritten(
    cache_dir: Path, write: Callable[[str], Path], garbage: bytes
) -> None:
    path = write(MINIMAL)
    expected = loader.load(path, use_cache=False)
    loader.load(path)
    [entry] = entries(cache_dir)
    entry.write_bytes(garbage)
    assert loader.load(path) == expected
    assert stored(entry)["version"] == 1  # type: ignore[index]


def test_a_deeply_nested_entry_with_a_valid_checksum_is_refused(
    cache_dir: Path, write: Callable[[str], Path]
) -> None:
    path = write(MINIMAL)
    expected = loader.load(path)
    [entry] = entries(cache_dir)
    payload = b"[" * 100_000 + b"]" * 100_000
    entry.write_bytes(b"ecomcareer-cache " + cache._checksum(payload) + b"\n" + payload)
    assert loader.load(path) == expected


@posix_only
def test_a_fifo_or_a_link_at_the_entry_is_never_read(
    cache_dir: Path, write: Callable[[str], Path], tmp_path: Path
) -> None:
    path = write(MINIMAL)
    expected = loader.load(path)
    [entry] = entries(cache_dir)
    entry.unlink()
    os.mkfifo(entry)  # reading it would block forever
    assert loader.load(path) == expected
    entry.unlink()
    entry.symlink_to("/dev/zero")
    assert loader.load(path) == expected
    assert entry.is_file() and not entry.is_symlink()  # replaced by a real entry


@posix_only
def test_a_folder_others_can_write_is_not_used(cache_dir: Path, write: Callable[[str], Path]) -> None:
    cache_dir.mkdir(mode=0o700)
    cache_dir.chmod(0o777)
    loader.load(write(MINIMAL))
    assert entries(cache_dir) == []


@posix_only
@pytest.mark.skipif(
    not hasattr(os, "getuid") or os.getuid() != 0, reason="needs root to own a file as another user"
)
def test_an_entry_owned_by_another_user_is_not_believed(
    cache_dir: Path, write: Callable[[str], Path]
) -> None:
    path = write(MINIMAL)
    expected = loader.load(path)
    [entry] = entries(cache_dir)
    data = stored(entry)
    assert isinstance(data, dict)
    data["roles"] = []
    payload = json.dumps(data).encode()
    entry.write_bytes(b"ecomcareer-cache " + cache._checksum(payload) + b"\n" + payload)
    assert loader.load(path).roles == ()  # well-formed and the user's own: believed
    os.chown(entry, 65534, 65534)
    assert loader.load(path) == expected


def test_the_users_own_files_are_never_removed(cache_dir: Path, write: Callable[[str], Path]) -> None:
    cache_dir.mkdir(mode=0o700)
    theirs = [cache_dir / f"kb-invoice-{i}.json" for i in range(10)]
    for p in theirs:
        p.write_text("mine")
    for i in range(cache.KEEP + 3):
        loader.load(write(MINIMAL.replace("Answers questions with data.", f"Version {i}.")))
    assert all(p.read_text() == "mine" for p in theirs)
    assert len(entries(cache_dir)) == cache.KEEP


@posix_only
def test_a_dangling_link_does_not_stop_pruning(cache_dir: Path, write: Callable[[str], Path]) -> None:
    cache_dir.mkdir(mode=0o700)
    (cache_dir / f"kb-{'0' * 40}-0.0.0-1.json").symlink_to(cache_dir / "gone")
    for i in range(cache.KEEP + 3):
        loader.load(write(MINIMAL.replace("Answers questions with data.", f"Version {i}.")))
    assert len(entries(cache_dir)) == cache.KEEP


def test_leftovers_of_interrupted_writes_are_cleaned(cache_dir: Path, write: Callable[[str], Path]) -> None:
    cache_dir.mkdir(mode=0o700)
    old, new = cache_dir / ".kb-abcd1234.tmp", cache_dir / ".kb-efgh5678.tmp"
    old.write_text("half")
    new.write_text("being written")
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    loader.load(write(MINIMAL))
    assert not old.exists() and new.exists()


def test_a_relative_xdg_cache_home_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ECOMCAREER_CACHE_DIR")
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    assert cache.directory() == Path.home() / ".cache" / "ecomcareer"
    monkeypatch.setenv("XDG_CACHE_HOME", "/srv/cache")
    assert cache.directory() == Path("/srv/cache/ecomcareer")


def test_cache_path_and_clear(cache_dir: Path, write: Callable[[str], Path], runner: CliRunner) -> None:
    loader.load(write(MINIMAL))
    (cache_dir / "notes.txt").write_text("mine")
    assert runner.invoke(app, ["cache", "path"]).stdout == f"{cache_dir}\n"
    cleared = runner.invoke(app, ["cache", "clear"])
    assert cleared.exit_code == 0
    assert cleared.stderr == f"ecomcareer: removed 1 cache file from {cache_dir}\n"
    assert [p.name for p in cache_dir.iterdir()] == ["notes.txt"]


def test_a_changed_file_never_meets_the_old_entry(cache_dir: Path, write: Callable[[str], Path]) -> None:
    path = write(MINIMAL)
    loader.load(path)
    write(MINIMAL.replace("title: Data Analyst", "title: Changed Analyst"))
    assert loader.load(path).role_by_id["analyst"].title == "Changed Analyst"
    assert len(entries(cache_dir)) == 2


def test_bad_files_are_never_cached(cache_dir: Path, write: Callable[[str], Path]) -> None:
    with pytest.raises(DataError):
        loader.load(write(MINIMAL.replace("family: data", "family: nope")))
    assert not cache_dir.exists() or entries(cache_dir) == []


def test_an_unusable_cache_folder_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, write: Callable[[str], Path], runner: CliRunner
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("ECOMCAREER_CACHE_DIR", str(blocker / "cache"))
    result = runner.invoke(app, ["--data", str(write(MINIMAL)), "match", "-s", "sql", "-f", "json"])
    assert result.exit_code == 0 and result.stderr == ""


def test_output_is_the_same_with_and_without_the_cache(cache_dir: Path, runner: CliRunner) -> None:
    for args in (
        ["list"],
        ["show", "data-analyst", "-f", "markdown"],
        ["match", "-s", "sql,excel", "-f", "json"],
    ):
        results = [runner.invoke(app, a) for a in (args, args, ["--no-cache", *args])]
        assert [r.exit_code for r in results] == [0, 0, 0]
        cold, warm, bypass = (r.stdout for r in results)
        assert cold == warm == bypass and cold
    assert entries(cache_dir)


def test_old_entries_are_pruned(cache_dir: Path, write: Callable[[str], Path]) -> None:
    path = write(MINIMAL)
    for i in range(cache.KEEP + 3):
        write(MINIMAL.replace("Answers questions with data.", f"Version {i}."))
        loader.load(path)
    assert len(entries(cache_dir)) == cache.KEEP


# The reader's look-up tables, kept beside the parsed file ---------------------------------

RESUME = "## Skills\nSQL, ms excel, tablaeu, knitting\n\n## Experience\n- Built dashboards in Tableau\n"


def tables_entries(folder: Path) -> list[Path]:
    return [p for p in entries(folder) if p.suffix == ".marshal"]


def extract_json(runner: CliRunner, data: Path, document: Path, *options: str) -> dict[str, object]:
    result = runner.invoke(app, [*options, "--data", str(data), "extract", str(document), "-f", "json"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert isinstance(found, dict)
    return found


def test_the_readers_tables_are_kept_and_then_used_instead_of_built(
    cache_dir: Path, write: Callable[..., Path], runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, document = write(MINIMAL), write(RESUME, "resume.md")
    first = extract_json(runner, data, document)
    assert {s["id"] for s in first["skills"]} == {"sql", "excel", "tableau"}  # type: ignore[attr-defined]
    assert first["not_understood"] == ["knitting"]
    assert len(tables_entries(cache_dir)) == 1

    def never(self: object) -> object:
        raise AssertionError("a kept table was built again")

    reader = importlib.import_module("ecomcareer.documents.extract")._Reader
    for owner in (reader, SkillResolver, RoleNames):
        for name in tables.names_of(owner):
            monkeypatch.setattr(vars(owner)[name], "func", never)
    assert extract_json(runner, data, document) == first
    monkeypatch.undo()
    assert extract_json(runner, data, document, "--no-cache") == first


def test_no_cache_keeps_no_tables(cache_dir: Path, write: Callable[..., Path], runner: CliRunner) -> None:
    extract_json(runner, write(MINIMAL), write(RESUME, "resume.md"), "--no-cache")
    assert not cache_dir.exists() or entries(cache_dir) == []


def test_damaged_tables_are_ignored_and_rewritten(
    cache_dir: Path, write: Callable[..., Path], runner: CliRunner
) -> None:
    data, document = write(MINIMAL), write(RESUME, "resume.md")
    first = extract_json(runner, data, document)
    [entry] = tables_entries(cache_dir)
    for garbage in (b"", b"ecomcareer-cache 0\n\x00", entry.read_bytes()[:-100]):
        entry.write_bytes(garbage)
        assert extract_json(runner, data, document) == first
        assert entry.read_bytes() != garbage  # rewritten whole


def test_tables_of_a_changed_file_are_never_used(
    cache_dir: Path, write: Callable[..., Path], runner: CliRunner
) -> None:
    data, document = write(MINIMAL), write("## Skills\nSQL, spreadsheets\n", "resume.md")
    assert extract_json(runner, data, document)["not_understood"] == ["spreadsheets"]
    write(MINIMAL.replace("aliases: [ms excel]", "aliases: [ms excel, spreadsheets]"))
    assert extract_json(runner, data, document)["not_understood"] == []
    assert len(tables_entries(cache_dir)) == 2


def test_only_the_tables_used_are_built_kept_and_restored() -> None:
    class Index:
        built: ClassVar[list[str]] = []

        @tables.table
        def squares(self) -> dict[int, int]:
            Index.built.append("squares")
            return {i: i * i for i in range(5)}

        @tables.table
        def words(self) -> frozenset[str]:
            Index.built.append("words")
            return frozenset({"pick", "pack"})

    first = Index()
    assert first.squares[3] == 9 and tables.built_any(first)
    kept = tables.kept(first)
    assert set(kept) == {"squares"} and Index.built == ["squares"]  # 'words' was never needed

    second = Index()
    assert tables.restore(second, kept)
    assert second.squares[4] == 16 and Index.built == ["squares"] and not tables.built_any(second)
    assert second.words == frozenset({"pick", "pack"}) and tables.built_any(second)
    assert set(tables.kept(second)) == {"squares", "words"}  # what was given, and what was built

    assert not tables.restore(Index(), {**kept, "other": b""})  # not its own
    assert not tables.restore(Index(), {"squares": 1})
    damaged = Index()
    assert tables.restore(damaged, {"squares": b"\x00"})
    assert damaged.squares[2] == 4 and Index.built == ["squares", "words", "squares"]  # built instead


def test_a_cache_folder_that_cannot_be_used_costs_no_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, write: Callable[..., Path], runner: CliRunner
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("ECOMCAREER_CACHE_DIR", str(blocker / "cache"))
    made: list[str] = []

    def kept(part: object) -> dict[str, bytes]:
        made.append(type(part).__name__)
        return {}

    monkeypatch.setattr(tables, "kept", kept)
    found = extract_json(runner, write(MINIMAL), write(RESUME, "resume.md"))
    assert {s["id"] for s in found["skills"]} == {"sql", "excel", "tableau"}  # type: ignore[attr-defined]
    assert made == []

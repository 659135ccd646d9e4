"""The parsed-file cache: used when valid, ignored when not, invisible in the output."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ecomcareer import cache, loader
from ecomcareer.cli.app import app
from ecomcareer.errors import DataError
from tests.conftest import MINIMAL


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("ECOMCAREER_CACHE_DIR", str(folder))
    return folder


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("kb-*.json"))


def test_first_load_writes_plain_json_and_second_load_is_equal(
    cache_dir: Path, write: Callable[[str], Path]
) -> None:
    path = write(MINIMAL)
    first = loader.load(path)
    [entry] = entries(cache_dir)
    assert json.loads(entry.read_text(encoding="utf-8"))["version"] == 1
    assert loader.load(path) == first
    assert list(cache_dir.glob(".kb-*")) == []  # no temporary file left behind


def test_an_entry_is_used_when_valid_and_bypassed_with_no_cache(
    cache_dir: Path, write: Callable[[str], Path], runner: CliRunner
) -> None:
    path = write(MINIMAL)
    loader.load(path)
    [entry] = entries(cache_dir)
    planted = json.loads(entry.read_text(encoding="utf-8"))
    planted["roles"][0]["title"] = "Planted Title"
    entry.write_text(json.dumps(planted), encoding="utf-8")
    cached = runner.invoke(app, ["--data", str(path), "list", "-f", "json"])
    fresh = runner.invoke(app, ["--data", str(path), "--no-cache", "list", "-f", "json"])
    assert cached.exit_code == fresh.exit_code == 0
    assert "Planted Title" in cached.stdout
    assert "Planted Title" not in fresh.stdout and "Data Analyst" in fresh.stdout


@pytest.mark.parametrize("garbage", ["{not json", '{"version": 1, "skills": "sql", "roles": []}', "[]", ""])
def test_a_corrupt_entry_is_ignored_and_rewritten(
    cache_dir: Path, write: Callable[[str], Path], garbage: str
) -> None:
    path = write(MINIMAL)
    expected = loader.load(path, use_cache=False)
    loader.load(path)
    [entry] = entries(cache_dir)
    entry.write_text(garbage, encoding="utf-8")
    assert loader.load(path) == expected
    assert json.loads(entry.read_text(encoding="utf-8"))["version"] == 1


def test_a_changed_file_never_meets_the_old_entry(cache_dir: Path, write: Callable[[str], Path]) -> None:
    path = write(MINIMAL)
    loader.load(path)
    write(MINIMAL.replace("title: Data Analyst", "title: Changed Analyst"))
    assert loader.load(path).role_by_id["analyst"].title == "Changed Analyst"
    assert len(entries(cache_dir)) == 2


def test_bad_files_are_never_cached(cache_dir: Path, write: Callable[[str], Path]) -> None:
    with pytest.raises(DataError):
        loader.load(write(MINIMAL.replace("family: data", "family: nope")))
    assert entries(cache_dir) == []


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
        results = [
            runner.invoke(app, args),
            runner.invoke(app, args),
            runner.invoke(app, ["--no-cache", *args]),
        ]
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

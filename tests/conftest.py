from __future__ import annotations

import os
import shutil
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ecomcareer import loader
from ecomcareer.model import KnowledgeBase

MINIMAL = """\
version: 1
skills:
  - {id: sql, name: SQL, category: data, aliases: [structured query language]}
  - {id: excel, name: Microsoft Excel, category: data, aliases: [ms excel]}
  - {id: tableau, name: Tableau, category: data}
  - {id: python, name: Python, category: development}
  - {id: communication, name: Communication, category: soft}
roles:
  - id: analyst
    title: Data Analyst
    family: data
    summary: Answers questions with data.
    skills:
      core: [sql, excel, tableau]
      supporting: [python, communication]
    next_roles: [engineer]
  - id: engineer
    title: Data Engineer
    family: technology
    summary: Builds pipelines.
    skills:
      core: [python, sql]
      supporting: [communication]
"""


def pytest_configure(config: pytest.Config) -> None:
    """Tests, and the processes they start, never touch the user's own cache (set before
    collection, since some modules load the bundled file to build their strategies)."""
    folder = tempfile.mkdtemp(prefix="ecomcareer-test-cache-")
    os.environ["ECOMCAREER_CACHE_DIR"] = folder
    config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return loader.load(loader.bundled_path())


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner(env={"NO_COLOR": "1", "COLUMNS": "120", "ECOMCAREER_DATA": None})


@pytest.fixture(scope="session")
def command_names() -> list[str]:
    """Every command `ecomcareer --help` lists, in its order."""
    from ecomcareer.cli.app import app

    result = CliRunner().invoke(app, ["--help"], prog_name="ecomcareer")
    listing = result.stdout.split("Commands:", 1)[1]
    return [line.split()[0] for line in listing.splitlines() if line.startswith("  ") and line.strip()]


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str], Path]:
    """Write YAML text (dedented) to a file and return its path."""

    def _write(text: str, name: str = "roles.yaml") -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    return _write

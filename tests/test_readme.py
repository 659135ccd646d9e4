"""The README describes every command there is, and its Quick start stays two commands."""

from __future__ import annotations

import re
from pathlib import Path

import typer

from ecomcareer.cli.app import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_command_has_a_section_with_an_example() -> None:
    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    for name in commands:
        assert f"### `{name}`" in README, name
        assert re.search(rf"^\$ ecomcareer {name}\b", README, re.MULTILINE), name


def test_quick_start_is_one_block_of_two_commands() -> None:
    section = README.split("## Quick start", 1)[1]
    block = section.split("```", 2)[1]
    lines = [line for line in block.splitlines()[1:] if line.strip()]
    assert len(lines) == 2
    assert "ecomcareer match --skills sql,excel" in lines[0]
    assert "pytest" in lines[1] and ".[test]" in lines[1]

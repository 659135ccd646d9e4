"""The floor of our own stack: a bare Typer command that loads the YAML with libyaml and
prints a Rich table of role ids and titles (or, with --json, json.dumps of them)."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
import yaml

app = typer.Typer(add_completion=False)


@app.command()
def main(path: str, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    with open(path, encoding="utf-8") as f:  # noqa: PTH123
        data = yaml.load(f, Loader=yaml.CSafeLoader)
    rows = [{"id": r["id"], "title": r["title"]} for r in data["roles"]]
    if as_json:
        sys.stdout.write(json.dumps(rows) + "\n")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("id", "title")
    for row in rows:
        table.add_row(row["id"], row["title"])
    Console().print(table)


if __name__ == "__main__":
    app()

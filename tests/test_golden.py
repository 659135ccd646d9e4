"""Output contracts: every command in every format, compared with checked-in files.

After an intended change of output, rewrite the files and review the diff:

    ECOMCAREER_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ecomcareer.cli.app import app

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("ECOMCAREER_UPDATE_GOLDEN") == "1"
FORMATS = ["table", "json", "csv", "markdown"]

#: name -> the command line; each runs in every format of FORMATS.
CASES = {
    "list": ["list"],
    "list-marketing-by-pay": ["list", "--family", "marketing", "--sort", "pay"],
    "show": ["show", "data-analyst"],
    "show-no-caveat": ["--data", str(GOLDEN / "no-caveat.yaml"), "show", "web-developer"],
    "match": ["match", "--skills", "sql, ms excel, tablaeu, postgres, gardening, retail", "--top", "3"],
    "match-explain": ["match", "--skills", "sql, tableau, postgres", "--top", "2", "--explain"],
    "skills": ["skills", "--category", "security"],
    "skills-broader": ["skills", "--search", "sql"],
    "gap": ["gap", "data-analyst", "--skills", "sql, excel, banana"],
    "next": ["next", "--skills", "sql, excel", "--top", "3"],
    "next-target": ["next", "--skills", "html, css", "--target", "ecommerce-web-developer", "--top", "3"],
    "compare": ["compare", "seo-specialist", "ppc-specialist", "--skills", "seo, google ads, gardening"],
    "compare-three": ["compare", "data-analyst", "supply-chain-analyst", "inventory-planner"],
    "path": ["path", "customer-service-rep"],
    "path-warehouse": ["path", "fulfillment-associate"],
    "tie": ["--data", str(GOLDEN / "tie.yaml"), "match", "--skills", "a, c-narrow"],
    "match-job": ["match", "--job", "cashier", "--skills", "shopify", "--top", "3"],
}

#: Cases that read the documents beside the golden files, by relative names.
DOCUMENT_CASES = {
    "extract-posting": ["extract", "posting.md"],
    "extract-resume": ["extract", "resume.md"],
    "fit": ["fit", "posting.md", "--from", "resume.md"],
    "match-from": ["match", "--from", "resume.md", "--top", "3"],
}

#: Cases at the width of a small terminal.
NARROW_CASES = {
    "list-80": ["list"],
    "compare-five-80": [
        "compare",
        "data-analyst",
        "supply-chain-analyst",
        "inventory-planner",
        "logistics-coordinator",
        "ecommerce-manager",
    ],
}


def check(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(text, encoding="utf-8")
        return
    assert path.exists(), f"{name}: no golden file; run with ECOMCAREER_UPDATE_GOLDEN=1 and review it"
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from its golden file"


def invoke(args: list[str], columns: int = 100) -> str:
    """What the person sees: standard output, then what went to standard error, and the code."""
    runner = CliRunner(env={"NO_COLOR": "1", "COLUMNS": str(columns), "ECOMCAREER_DATA": None})
    result = runner.invoke(app, args)
    tail = f"--- stderr ---\n{result.stderr}" if result.stderr else ""
    return f"{result.stdout}{tail}--- exit {result.exit_code} ---\n"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", sorted(CASES))
def test_every_command_in_every_format(case: str, fmt: str) -> None:
    check(f"{case}.{fmt}", invoke([*CASES[case], "--format", fmt]))


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", sorted(DOCUMENT_CASES))
def test_documents_in_every_format(case: str, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(GOLDEN)
    check(f"{case}.{fmt}", invoke([*DOCUMENT_CASES[case], "--format", fmt]))


@pytest.mark.parametrize("case", sorted(NARROW_CASES))
def test_tables_fit_a_narrow_terminal(case: str) -> None:
    out = invoke(NARROW_CASES[case], columns=80)
    assert all(len(line) <= 80 for line in out.splitlines())
    assert "…" not in out, "a word was cut"
    check(f"{case}.table", out)


def test_show_as_html() -> None:
    check("show.html", invoke(["show", "data-analyst", "--format", "html"]))


@pytest.mark.parametrize("suffix", ["md", "html"])
def test_handbook_files(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"handbook.{suffix}"
    args = ["handbook", "--roles", "data-analyst,seo-specialist", "-s", "sql, excel, banana", "-o", str(out)]
    printed = invoke(args).replace(str(out), "OUT")
    check(f"handbook.{suffix}", out.read_text(encoding="utf-8") + "--- printed ---\n" + printed)


def test_validate() -> None:
    check("validate.txt", invoke(["validate"]))

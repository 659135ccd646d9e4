"""The installed program in a real process: pipes, colour, signals, exit codes, imports."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

UNSET = {"NO_COLOR", "FORCE_COLOR", "ECOMCAREER_DATA", "COLUMNS"}


def base_env() -> dict[str, str]:
    """The environment now (the test session has pointed the cache at a folder of its own)."""
    return {k: v for k, v in os.environ.items() if k not in UNSET}


def run(
    *args: str, env: dict[str, str] | None = None, input: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ecomcareer", *args],
        capture_output=True,
        text=True,
        env={**base_env(), **(env or {})},
        input=input,
        timeout=60,
    )


def test_pipe_gets_no_colour_or_control_codes() -> None:
    result = run("match", "--skills", "sql,excel")
    assert result.returncode == 0 and result.stderr == ""
    assert "\x1b" not in result.stdout and "data-analyst" in result.stdout


# An SGR sequence that sets a foreground or background colour.
COLOUR = re.compile(r"\x1b\[(?:[0-9;]*;)?(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])[;m]")


def test_force_color_colours_and_no_color_wins() -> None:
    assert COLOUR.search(run("list", env={"FORCE_COLOR": "1"}).stdout)
    assert not COLOUR.search(run("list", env={"FORCE_COLOR": "1", "NO_COLOR": "1"}).stdout)
    assert "\x1b[" not in run("list", env={"TERM": "dumb"}).stdout


def test_json_pipes_into_a_parser() -> None:
    result = run("match", "--skills", "sql, excel", "--format", "json", env={"FORCE_COLOR": "1"})
    assert json.loads(result.stdout)["matches"][0]["id"] == "data-analyst"


def test_a_long_output_reaches_the_pipe_whole() -> None:
    # the process leaves without tearing the interpreter down, so its output must be flushed
    from ecomcareer.loader import bundled_path, load

    result = run("skills", "--format", "json")
    assert result.returncode == 0 and len(result.stdout) > 100_000
    assert len(json.loads(result.stdout)) == len(load(bundled_path()).skills)


@pytest.mark.parametrize(
    ("status", "code", "said"), [("3", 3, ""), ("None", 0, ""), ("'no way'", 1, "no way\n")]
)
def test_leaving_flushes_what_is_still_buffered(status: str, code: int, said: str) -> None:
    program = (
        f"import sys\nfrom ecomcareer.cli import _leave\nsys.stdout.write('x' * 100)\n_leave({status})\n"
    )
    buffered = {k: v for k, v in base_env().items() if k != "PYTHONUNBUFFERED"}  # as most run it
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, env=buffered, timeout=60
    )
    assert (result.returncode, result.stdout, result.stderr) == (code, "x" * 100, said)


def test_exit_codes() -> None:
    assert run("validate").returncode == 0
    assert run("--data", "/nonexistent.yaml", "list").returncode == 1
    assert run("show", "astronaut").returncode == 2
    assert run("match").returncode == 2
    assert run("--nope").returncode == 2


def test_bad_data_is_one_line_per_problem_and_no_traceback(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(
        "version: 1\nskills:\n  - {id: a, name: no, category: data}\nroles: []\n", encoding="utf-8"
    )
    result = run("--data", str(path), "list")
    assert result.returncode == 1 and result.stdout == ""
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(f"ecomcareer: {path}:3:13: skills[0].name: expected text")


def test_head_closing_the_pipe_ends_quietly() -> None:
    shell = f"{sys.executable} -m ecomcareer skills | head -1"
    result = subprocess.run(shell, shell=True, capture_output=True, text=True, env=base_env(), timeout=60)
    assert result.stdout.strip() and result.stderr == ""


@pytest.mark.parametrize("delay", [0.15, 0.3, 0.6, 1.2])
def test_ctrl_c_exits_130_quietly(delay: float) -> None:
    """While the command starts or while it waits for the skills on standard input."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "ecomcareer", "match", "--skills-file", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=base_env(),
        text=True,
    )
    time.sleep(delay)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert err == "" and out == ""


def _imported(*args: str) -> set[str]:
    """The modules a successful command imported, listed by the same process after it ran."""
    code = (
        "import sys\nfrom ecomcareer.cli import main\nsys.argv = ['ecomcareer', *sys.argv[1:]]\n"
        "try:\n    main()\nexcept SystemExit as exc:\n    code = exc.code\n"
        "sys.stderr.write(f'exit {code}\\n' + '\\n'.join(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=base_env(), timeout=60
    )
    assert result.returncode == 0, result.stderr
    status, _, modules = result.stderr.partition("\n")
    assert status == "exit 0", result.stderr
    return set(modules.split("\n"))


# Costly imports, and the paths that must never pay for them.
RICH = {"rich.table", "rich.console"}
OPENSSL = {"hashlib", "_hashlib"}  # about 3.5 ms; the cache hashes with _blake2 alone


@pytest.mark.parametrize("fmt", ["json", "csv", "markdown"])
@pytest.mark.parametrize(
    "command", [["match", "--skills", "sql,excel"], ["list"], ["show", "data-analyst"], ["skills"]]
)
def test_machine_formats_never_import_rich(command: list[str], fmt: str) -> None:
    modules = _imported(*command, "--format", fmt)
    assert "ecomcareer.loader" in modules
    assert not (RICH | OPENSSL | {"rapidfuzz"}) & modules


def test_a_cache_hit_never_imports_the_yaml_parser() -> None:
    _imported("list", "--format", "json")  # fills the cache
    modules = _imported("list", "--format", "json")
    assert "ecomcareer.cache" in modules
    assert not {"yaml", "ecomcareer.safeyaml"} & modules
    assert {"yaml", "ecomcareer.safeyaml"} <= _imported("--no-cache", "list", "--format", "json")


def test_fuzzy_matcher_loads_only_for_inputs_it_must_guess() -> None:
    assert "rapidfuzz" not in _imported("match", "--skills", "sql, ms excel, Power_BI")
    assert "rapidfuzz" in _imported("match", "--skills", "javascrpt")


def test_help_imports_no_knowledge_base_machinery() -> None:
    modules = _imported("--help")
    assert not {"yaml", "rich.table", "ecomcareer.loader", "rapidfuzz"} & modules


def test_jinja2_only_for_html() -> None:
    assert "jinja2" not in _imported("show", "data-analyst", "--format", "markdown")
    assert "jinja2" not in _imported("match", "--skills", "sql")
    assert "jinja2" in _imported("show", "data-analyst", "--format", "html")


def test_ctrl_c_while_modules_load_exits_130(monkeypatch: pytest.MonkeyPatch) -> None:
    """The console script catches Ctrl-C even before the app is imported."""
    import builtins

    from ecomcareer.cli import main

    real_import = builtins.__import__

    def interrupted(name: str, *args: object, **kwargs: object) -> object:
        if name == "ecomcareer.cli.app":
            raise KeyboardInterrupt
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", interrupted)
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code == 130

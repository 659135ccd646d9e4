"""Hostile input and faults, each through a real process of the installed program.

Every case asserts the exit code, one line on standard error (or none), no traceback, a
bounded time, and that nothing of the user's was changed. Cases that need another user, a
FIFO or /proc skip where the platform lacks them.
"""

from __future__ import annotations

import json
import os
import shlex
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import MINIMAL

posix = pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX shells, FIFOs and modes")
PROGRAM = [sys.executable, "-m", "ecomcareer"]
UNSET = {"NO_COLOR", "FORCE_COLOR", "ECOMCAREER_DATA", "COLUMNS", "XDG_CACHE_HOME", "PYTHONIOENCODING"}


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def env_for(cache_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in UNSET}
    return {**env, "ECOMCAREER_CACHE_DIR": str(cache_dir), **extra}


def run(
    args: list[str],
    cache_dir: Path,
    *,
    stdin: bytes | None = None,
    timeout: float = 60,
    **extra: str,
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [*PROGRAM, *args],
        input=stdin,
        capture_output=True,
        env=env_for(cache_dir, **extra),
        timeout=timeout,
    )
    return subprocess.CompletedProcess(
        result.args,
        result.returncode,
        result.stdout.decode("utf-8", "replace"),
        result.stderr.decode("utf-8", "replace"),
    )


def shell(
    script: str, cache_dir: Path, timeout: float = 60, **extra: str
) -> subprocess.CompletedProcess[str]:
    """A bash command line, with `ecomcareer` standing for the program."""
    program = " ".join(shlex.quote(p) for p in PROGRAM)
    return subprocess.run(
        ["bash", "-c", script.replace("ecomcareer", program)],
        capture_output=True,
        text=True,
        env=env_for(cache_dir, **extra),
        timeout=timeout,
    )


def one_error(result: subprocess.CompletedProcess[str], code: int, *words: str) -> str:
    """The result failed as documented: its code, one stderr line, no traceback."""
    assert result.returncode == code, (result.returncode, result.stderr[-2000:])
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("ecomcareer: "), result.stderr[-2000:]
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def quiet_success(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr


@pytest.fixture
def data(tmp_path: Path) -> Path:
    path = tmp_path / "roles.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    return path


# The cache


def test_cache_never_removes_the_users_files(cache_dir: Path, tmp_path: Path) -> None:
    cache_dir.mkdir(mode=0o700)
    theirs = {cache_dir / f"kb-invoice-{i}.json": f"invoice {i}" for i in range(10)}
    for path, text in theirs.items():
        path.write_text(text)
    for i in range(12):
        own = tmp_path / f"kb{i}.yaml"
        own.write_text(MINIMAL.replace("Builds pipelines.", f"Builds pipelines {i}."))
        quiet_success(run(["--data", str(own), "list"], cache_dir))
    assert {p: p.read_text() for p in theirs} == theirs


@posix
@pytest.mark.skipif(
    not hasattr(os, "getuid") or os.getuid() != 0, reason="needs root to plant as another user"
)
def test_an_entry_planted_by_another_user_is_not_believed(cache_dir: Path, data: Path) -> None:
    quiet_success(run(["--data", str(data), "list", "-f", "json"], cache_dir))
    [entry] = [p for p in cache_dir.iterdir() if p.name.startswith("kb-")]
    payload = entry.read_bytes().partition(b"\n")[2]
    planted = json.loads(payload)
    planted["roles"][0]["title"] = "Median pay $5"
    new_payload = json.dumps(planted).encode()
    from ecomcareer import cache

    entry.write_bytes(b"ecomcareer-cache " + cache._checksum(new_payload) + b"\n" + new_payload)
    os.chown(entry, 65534, 65534)
    result = run(["--data", str(data), "list", "-f", "json"], cache_dir)
    quiet_success(result)
    assert "Median pay $5" not in result.stdout


@pytest.mark.parametrize(
    "garbage",
    [b'{"version":1,"skills":[],"roles":[]}', b"[" * 100_000, b"ecomcareer-cache x\n" + b"[" * 100_000],
)
def test_a_bad_entry_is_refused_and_rewritten(cache_dir: Path, data: Path, garbage: bytes) -> None:
    quiet_success(run(["--data", str(data), "list", "-f", "json"], cache_dir))
    [entry] = [p for p in cache_dir.iterdir() if p.name.startswith("kb-")]
    entry.write_bytes(garbage)
    for _ in range(2):  # the second run reads the rewritten entry
        result = run(["--data", str(data), "list", "-f", "json"], cache_dir)
        quiet_success(result)
        assert [r["id"] for r in json.loads(result.stdout)] == ["analyst", "engineer"]
    completion = run(
        [], cache_dir, _ECOMCAREER_COMPLETE="complete_bash", COMP_WORDS="ecomcareer show ", COMP_CWORD="2"
    )
    assert "Traceback" not in completion.stderr


def _marshalled(payload: dict[str, Any] | list[int]) -> bytes:
    import marshal

    from ecomcareer import cache

    raw = marshal.dumps(payload)
    return b"ecomcareer-cache " + cache._checksum(raw) + b"\n" + raw


@pytest.mark.parametrize(
    "garbage",
    [
        b"",
        b"ecomcareer-cache 0\n\x00\x01",
        _marshalled({"reader": {"names": b"\x00not marshal"}}),  # a checksum that holds
        _marshalled({"reader": {"no-such-table": b""}, "resolver": [1, 2]}),
        _marshalled([1, 2, 3]),
    ],
)
def test_bad_reader_tables_are_refused_and_rewritten(
    cache_dir: Path, data: Path, tmp_path: Path, garbage: bytes
) -> None:
    resume = tmp_path / "resume.md"
    resume.write_text("## Skills\nSQL, ms excel, tablaeu, knitting\n", encoding="utf-8")
    args = ["--data", str(data), "extract", str(resume), "-f", "json"]
    first = run(args, cache_dir)
    quiet_success(first)
    [entry] = [p for p in cache_dir.iterdir() if p.name.endswith(".marshal")]
    entry.write_bytes(garbage)
    for _ in range(2):  # the second run reads what the first wrote
        result = run(args, cache_dir)
        quiet_success(result)
        assert json.loads(result.stdout)["skills"] == json.loads(first.stdout)["skills"]
    assert entry.read_bytes() != garbage


@posix
@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "dangling"])
def test_odd_files_at_the_entry_neither_hang_nor_crash(cache_dir: Path, data: Path, kind: str) -> None:
    quiet_success(run(["--data", str(data), "list"], cache_dir))
    [entry] = [p for p in cache_dir.iterdir() if p.name.startswith("kb-")]
    entry.unlink()
    if kind == "fifo":
        os.mkfifo(entry)
    elif kind == "dev-zero":
        entry.symlink_to("/dev/zero")
    else:
        entry.symlink_to(cache_dir / "gone")
    result = run(["--data", str(data), "list"], cache_dir, timeout=30)
    quiet_success(result)
    assert result.stderr == "" and "analyst" in result.stdout


@posix
def test_a_relative_xdg_cache_home_is_not_used(tmp_path: Path, data: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    work = tmp_path / "work"
    work.mkdir()
    env = {k: v for k, v in env_for(tmp_path).items() if k != "ECOMCAREER_CACHE_DIR"}
    env.update(XDG_CACHE_HOME="relative-cache", HOME=str(home))
    result = subprocess.run(
        [*PROGRAM, "--data", str(data), "list"], cwd=work, env=env, capture_output=True, timeout=60
    )
    assert result.returncode == 0
    assert not (work / "relative-cache").exists()
    assert (home / ".cache" / "ecomcareer").is_dir()


@posix
def test_the_cache_folder_is_private_under_a_loose_umask(cache_dir: Path, data: Path) -> None:
    quiet_success(shell(f"umask 002; ecomcareer --data {shlex.quote(str(data))} list", cache_dir))
    assert cache_dir.stat().st_mode & 0o777 == 0o700


# Limits hold on the bytes read


@posix
def test_a_large_pipe_as_data_is_refused(cache_dir: Path) -> None:
    script = "ecomcareer --data <(head -c 80000000 /dev/zero | tr '\\0' 'a') list"
    one_error(shell(script, cache_dir, timeout=60), 1, "the limit is 64 MiB")


@posix
@pytest.mark.parametrize(
    ("args", "code"), [(["--data", "/dev/zero", "list"], 1), (["match", "--skills-file", "/dev/zero"], 2)]
)
def test_endless_devices_are_refused(cache_dir: Path, args: list[str], code: int) -> None:
    start = time.monotonic()
    one_error(run(args, cache_dir, timeout=30), code, "limit" if code == 1 else "larger than")
    assert time.monotonic() - start < 20


def test_a_flood_on_standard_input_is_refused_quickly(cache_dir: Path) -> None:
    start = time.monotonic()
    script = "head -c 200000000 /dev/zero | tr '\\0' 's' | ecomcareer match --skills-file -"
    one_error(shell(script, cache_dir, timeout=60), 2, "standard input", "2 MiB")
    assert time.monotonic() - start < 20


def test_one_huge_item_is_refused_with_a_short_message(cache_dir: Path, tmp_path: Path) -> None:
    big = tmp_path / "skills.txt"
    big.write_bytes(b"x" * 22_000_000)
    line = one_error(run(["match", "--skills-file", str(big)], cache_dir), 2, "larger than 2 MiB")
    assert len(line) < 200
    long_item = "y" * 5000
    line = one_error(run(["match", "--skills", long_item], cache_dir), 2, "none of the skills")
    assert len(line) < 200


# No quadratic path


def test_a_thousand_undefined_references_are_reported_quickly(cache_dir: Path, tmp_path: Path) -> None:
    skills = "".join(f"  - {{id: skill-{i}, name: Skill {i}, category: data}}\n" for i in range(1000))
    roles = "".join(
        f"  - {{id: role-{i}, title: Role {i}, family: data, summary: s, skills: {{core: [missing-{i}]}}}}\n"
        for i in range(1000)
    )
    path = tmp_path / "broken.yaml"
    path.write_text(f"version: 1\nskills:\n{skills}roles:\n{roles}")
    start = time.monotonic()
    result = run(["validate", str(path)], cache_dir, timeout=60)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1000
    assert time.monotonic() - start < 20


def test_a_huge_summary_is_refused_by_validate(cache_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "long.yaml"
    path.write_text(MINIMAL.replace("Answers questions with data.", "word " * 1_000_000))
    start = time.monotonic()
    line = MINIMAL.splitlines().index("    summary: Answers questions with data.") + 1
    one_error(
        run(["--data", str(path), "show", "analyst"], cache_dir, timeout=60), 1, f":{line}:", "too long"
    )
    assert time.monotonic() - start < 20


def test_one_long_line_of_words_is_no_phrase_and_is_refused_quickly(cache_dir: Path, tmp_path: Path) -> None:
    # Read within, as a phrase, its cost would grow with the square of its length.
    path = tmp_path / "skills.txt"
    path.write_text("hitting sales goals " + "and working very hard " * 5_000 + "in Photoshop\n")
    start = time.monotonic()
    one_error(run(["match", "--skills-file", str(path)], cache_dir, timeout=60), 2, "none of the skills")
    assert time.monotonic() - start < 20


def test_thousands_of_phrases_are_read_quickly(cache_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "skills.txt"
    phrases = "".join(f"frobnicating {n} widgets with care\n" for n in range(5_000))
    path.write_text("sql\n" + phrases + "hitting sales goals\n")
    start = time.monotonic()
    result = run(["match", "--skills-file", str(path), "-f", "json"], cache_dir, timeout=60)
    quiet_success(result)
    read = [r["skill"] for r in json.loads(result.stdout)["recognized"]]
    assert read == ["sql"]  # phrases past the first 1,000 are not read
    assert time.monotonic() - start < 20


def test_ten_thousand_unknown_words_are_read_quickly(cache_dir: Path) -> None:
    import random
    import string

    rnd = random.Random(7)
    words = ",".join("".join(rnd.choice(string.ascii_lowercase) for _ in range(12)) for _ in range(9_999))
    start = time.monotonic()
    result = run(["match", "--skills", words + ",sql", "-f", "json"], cache_dir, timeout=60)
    quiet_success(result)
    assert time.monotonic() - start < 20


def test_a_large_file_lists_and_fails_in_bounded_time(cache_dir: Path, tmp_path: Path) -> None:
    lines = ["version: 1", "skills:"]
    lines += [
        f"  - {{id: s{i}, name: Skill number {i}, category: data, aliases: [alias {i}]}}"
        for i in range(20_000)
    ]
    lines.append("roles:")
    lines += [
        f"  - {{id: r{i}, title: Role {i}, family: data, summary: s, skills: {{core: [s{i}, s{i + 1}]}}}}"
        for i in range(5_000)
    ]
    good = tmp_path / "large.yaml"
    good.write_text("\n".join(lines) + "\n")
    start = time.monotonic()
    result = run(["--data", str(good), "skills"], cache_dir, timeout=120)
    quiet_success(result)
    assert "more skills" in result.stdout
    bad = tmp_path / "large-bad.yaml"
    bad.write_text("\n".join([*lines[:-1], lines[-1].replace("family: data", "family: nope")]) + "\n")
    one_error(run(["--data", str(bad), "list"], cache_dir, timeout=120), 1, f":{len(lines)}:")
    assert time.monotonic() - start < 90


# One line, never a traceback


COMMANDS = [
    ["list"],
    ["show", "data-analyst"],
    ["match", "-s", "sql, excel"],
    ["skills"],
    ["gap", "data-analyst", "-s", "sql"],
    ["next", "-s", "sql"],
    ["compare", "data-analyst", "seo-specialist"],
    ["path", "data-analyst"],
    ["validate"],
]


@posix
@pytest.mark.parametrize("args", [*COMMANDS, ["--help"], ["--version"], ["cache", "path"]], ids=" ".join)
def test_closed_standard_output(cache_dir: Path, args: list[str]) -> None:
    line = one_error(shell(f"ecomcareer {shlex.join(args)} >&-", cache_dir), 1, "cannot write output")
    assert "closed" in line


@posix
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown"])
@pytest.mark.parametrize("args", [c for c in COMMANDS if c != ["validate"]], ids=" ".join)
def test_full_standard_output(cache_dir: Path, args: list[str], fmt: str) -> None:
    result = shell(f"ecomcareer {shlex.join(args)} --format {fmt} > /dev/full", cache_dir)
    one_error(result, 1, "cannot write output", "No space left")


@pytest.mark.parametrize("encoding", ["ascii", "latin-1", "cp1252"])
@pytest.mark.parametrize(
    "args",
    [
        ["match", "-s", "sql, excel, ünïcode ☃"],
        ["show", "data-analyst"],
        ["next", "-s", "sql"],
        ["list"],
        ["show", "data-analyst", "-f", "html"],
        ["gap", "data-analyst", "-s", "sql"],
    ],
    ids=" ".join,
)
def test_any_output_encoding(cache_dir: Path, args: list[str], encoding: str) -> None:
    result = run(args, cache_dir, PYTHONIOENCODING=encoding)
    quiet_success(result)
    assert result.stdout.strip()
    if "html" in args:
        assert "&#" in result.stdout and result.stdout.isascii()


@posix
def test_closed_standard_input(cache_dir: Path) -> None:
    one_error(shell("ecomcareer match --skills-file - <&-", cache_dir), 2, "standard input", "closed")


@posix
def test_closed_standard_error_keeps_the_exit_code(cache_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "h.html"
    result = shell(f"ecomcareer handbook -o {shlex.quote(str(out))} 2>&-", cache_dir)
    assert result.returncode == 0 and out.is_file()
    assert shell("ecomcareer show astronaut 2>&-", cache_dir).returncode == 2


def test_handbook_with_a_very_long_name(cache_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / ("x" * 300 + ".html")
    one_error(run(["handbook", "-o", str(out)], cache_dir), 1, "cannot write")


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc")
def test_handbook_into_a_folder_that_refuses_files(cache_dir: Path) -> None:
    one_error(run(["handbook", "-o", "/proc/handbook.html"], cache_dir), 1, "cannot write")


def test_a_huge_integer_in_the_data(cache_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_text("version: " + "9" * 5000 + "\nskills: []\nroles: []\n")
    one_error(run(["--data", str(path), "list"], cache_dir), 1, ":1:10:", "number too large")


# handbook never replaces without --force


def test_parallel_writers_of_one_new_file(cache_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "race.html"
    run(["list"], cache_dir)  # fill the cache, so the writers start together
    procs = [
        subprocess.Popen(
            [*PROGRAM, "handbook", "-o", str(out)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env_for(cache_dir),
        )
        for _ in range(20)
    ]
    codes = [p.wait(timeout=120) for p in procs]
    for p in procs:
        assert p.stderr is not None and b"Traceback" not in p.stderr.read()
    assert codes.count(0) == 1 and codes.count(2) == 19
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@posix
@pytest.mark.parametrize("kind", ["dangling", "loop"])
def test_a_link_at_the_output_counts_as_existing(cache_dir: Path, tmp_path: Path, kind: str) -> None:
    out = tmp_path / "out.html"
    if kind == "dangling":
        out.symlink_to(tmp_path / "nowhere.html")
    else:
        out.symlink_to(out)
    one_error(run(["handbook", "-o", str(out)], cache_dir), 2, "already exists")
    assert out.is_symlink() and not (tmp_path / "nowhere.html").exists()


@posix
def test_force_keeps_the_mode_of_the_file_it_replaces(cache_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "private.md"
    out.write_text("old")
    out.chmod(0o600)
    quiet_success(run(["handbook", "-o", str(out), "--force"], cache_dir))
    assert out.stat().st_mode & 0o777 == 0o600 and out.read_text() != "old"


@posix
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_an_interrupted_handbook_leaves_no_temporary_file(cache_dir: Path, tmp_path: Path, sig: int) -> None:
    run(["list"], cache_dir)
    for i, delay in enumerate(_delays()):
        out = tmp_path / f"h{i}.html"
        proc = subprocess.Popen(
            [*PROGRAM, "handbook", "-o", str(out)], stderr=subprocess.PIPE, env=env_for(cache_dir)
        )
        time.sleep(delay)
        proc.send_signal(sig)
        proc.wait(timeout=60)
        assert proc.stderr is not None and b"Traceback" not in proc.stderr.read()
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def _delays() -> Iterator[float]:
    yield from (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)


# Numbers


@pytest.mark.parametrize("written", [".nan", ".inf", "-.inf", "1.0e+999"])
def test_non_finite_figures_are_refused(cache_dir: Path, tmp_path: Path, written: str) -> None:
    path = tmp_path / "nan.yaml"
    path.write_text(
        MINIMAL.replace(
            "    next_roles: [engineer]",
            "    next_roles: [engineer]\n    salary: {median: "
            + written
            + ", currency: USD, year: 2024, source: x}",
        )
    )
    one_error(run(["validate", str(path)], cache_dir), 1, "salary.median")


def test_min_score_takes_only_numbers_from_0_to_100(cache_dir: Path) -> None:
    for value in ("nan", "inf", "-1", "101"):
        one_error(run(["match", "-s", "sql", "--min-score", value], cache_dir), 2, "--min-score")


# The small ones


@pytest.mark.parametrize("columns", ["0", "1", "5"])
def test_tiny_or_zero_columns_still_show_everything(cache_dir: Path, columns: str) -> None:
    result = run(["list"], cache_dir, COLUMNS=columns)
    quiet_success(result)
    assert "data-analyst" in result.stdout.replace("\n", "").replace(" ", "").replace("│", "")


def test_empty_csv_has_its_header(cache_dir: Path) -> None:
    result = run(["skills", "--search", "zzzz-nothing", "-f", "csv"], cache_dir)
    quiet_success(result)
    assert result.stdout == "id,name,category,aliases,broader,ambiguous,roles,online\n"


@posix
@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_head_closing_the_pipe_gives_0_for_every_command(cache_dir: Path, args: list[str]) -> None:
    result = shell(f"set -o pipefail; ecomcareer {shlex.join(args)} | head -c 1 > /dev/null", cache_dir)
    assert result.returncode == 0 and result.stderr == ""


def test_formula_looking_csv_cells_are_guarded(cache_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "formula.yaml"
    path.write_text(MINIMAL.replace("title: Data Analyst", 'title: "=HYPERLINK(\\"http://x\\")"'))
    result = run(["--data", str(path), "list", "-f", "csv"], cache_dir)
    quiet_success(result)
    assert "'=HYPERLINK" in result.stdout
    growth = run(["list", "-f", "csv"], cache_dir).stdout
    assert ",-5.5\n" in growth or ",-5.5," in growth  # numbers are left as they are


def test_counts_and_bare_verbs_read_without_fault(cache_dir: Path) -> None:
    # Counts are set aside only after a task, and a verb with nothing after it reads nothing.
    typed = "80, 200+, 1.5.5, answering 99999999999999999999 calls, led of, hired, of staff, patient with"
    result = run(["match", "--skills", typed, "-f", "json"], cache_dir)
    quiet_success(result)
    assert [r["skill"] for r in json.loads(result.stdout)["recognized"]] == ["phone-support"]


def extract_experience(lines: list[str], cache_dir: Path, tmp_path: Path) -> list[str]:
    """The skill ids `extract` reads, in bounded time and without fault, from a résumé of these
    Experience lines."""
    path = tmp_path / "cv.md"
    path.write_text("Jo Bloggs\n\n## Experience\n" + "".join(f"- {line}\n" for line in lines))
    start = time.monotonic()
    result = run(["extract", str(path), "-f", "json"], cache_dir, timeout=60)
    quiet_success(result)
    assert time.monotonic() - start < 20
    return [s["id"] for s in json.loads(result.stdout)["skills"]]


def test_odd_duty_lines_in_a_resume_read_without_fault(cache_dir: Path, tmp_path: Path) -> None:
    lines = ["Led, of all, staff", "Hired:", "Managed", "Never", "Led " + "a team of " * 3_000 + "pickers"]
    extract_experience(lines, cache_dir, tmp_path)


def test_duty_openings_with_nothing_after_read_without_fault(cache_dir: Path, tmp_path: Path) -> None:
    # Openings of leading people and of tasks, with nothing or only small words after them.
    typed = "negotiating the, responsible for, responsible for of, in charge of the of, excel at, heading of"
    result = run(["match", "--skills", typed, "-f", "json"], cache_dir)
    quiet_success(result)
    assert "leadership" not in [r["skill"] for r in json.loads(result.stdout)["recognized"]]
    lines = [
        "Responsible for " + "a team of " * 3_000 + "staff",
        "In charge of",
        "Watched",
        "Hire, train, or",
    ]
    assert "leadership" in extract_experience(lines, cache_dir, tmp_path)


def test_long_runs_of_the_new_resume_rules_read_without_fault(cache_dir: Path, tmp_path: Path) -> None:
    # Duties after 'and', others' duties, lacks said after 'who', events sat in on, labels and
    # tools after 'in', each repeated hundreds or thousands of times on one line.
    lines = [
        "Answered phones " + "and trained new starters " * 300,
        "The manager " + "who hired and trained " * 3_000 + "staff",
        "Not " + "who " * 5_000 + "confident with Excel",
        "Sat in on " * 2_000 + "negotiations",
        "Taught: " + "maths, " * 2_000,
        "Built reports in " * 300 + "Excel",
        "Cleaned the offices of a " * 300 + "SAP consultancy",
    ]
    assert "staff-training" in extract_experience(lines, cache_dir, tmp_path)


def test_an_endless_sentence_in_a_resume_reads_in_bounded_time(cache_dir: Path, tmp_path: Path) -> None:
    # 200 KB of duties with no stop: a sentence is read in pieces, so the time grows with its
    # length, not its square (read whole, this took minutes).
    duties = "picked and packed orders for Shopify, loaded vans, handled returns and built weekly "
    duties += "reports in Excel, "
    read = extract_experience(["Picked " + duties * 2_000], cache_dir, tmp_path)
    expected = {"pick-and-pack", "loading-unloading", "shopify", "reverse-logistics", "excel", "reporting"}
    assert expected <= set(read) <= expected | {"packing"}

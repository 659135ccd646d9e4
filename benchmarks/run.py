"""Time whole processes against the floor of our own stack and report the ratios.

    python benchmarks/run.py [--runs 15] [--sizes 1000,2000,5000]

A warm-up, then A and B in turn; medians of wall time and of peak memory (RSS). The cache
lives in a temporary folder: the warm-up fills it, and `--no-cache` rows show the cost
without it. Last, the ranking alone, in-process, at 1,000 roles.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PY = sys.executable
CACHE = tempfile.mkdtemp(prefix="ecomcareer-bench-cache-")
ENV = {**os.environ, "NO_COLOR": "1", "ECOMCAREER_CACHE_DIR": CACHE}


def once(argv: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS in MiB of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(argv)}")
    return elapsed, usage.ru_maxrss / 1024


def compare(name: str, a: list[str], b: list[str], runs: int) -> None:
    once(a), once(b)
    ta, tb, ma, mb = [], [], [], []
    for _ in range(runs):
        t, m = once(a)
        ta.append(t)
        ma.append(m)
        t, m = once(b)
        tb.append(t)
        mb.append(m)
    time_a, time_b = statistics.median(ta), statistics.median(tb)
    mem_a, mem_b = statistics.median(ma), statistics.median(mb)
    print(
        f"{name:<44} {time_a * 1000:7.1f} ms vs {time_b * 1000:7.1f} ms  x{time_a / time_b:4.2f}"
        f"   RSS {mem_a:5.1f} vs {mem_b:5.1f} MiB  x{mem_a / mem_b:4.2f}"
    )


def ranking_in_process(path: Path) -> None:
    """All roles against a 10-skill profile, the ranking alone (weights computed once)."""
    import timeit

    from ecomcareer.loader import load
    from ecomcareer.matching import Ranker

    kb = load(path, use_cache=False)
    profile = [
        "sql",
        "excel",
        "tableau",
        "python",
        "google-analytics",
        "shopify",
        "seo",
        "figma",
        "jira",
        "communication",
    ]
    ranker = Ranker(kb)
    first = timeit.timeit(lambda: Ranker(kb).rank(profile), number=1)
    ranker.rank(profile)
    runs = timeit.repeat(lambda: ranker.rank(profile), number=1, repeat=50)
    print(
        f"ranking {len(kb.roles):,} roles, 10 skills: {statistics.median(runs) * 1000:.2f} ms"
        f" (first call, with the weights: {first * 1000:.2f} ms)"
    )


def resolving_in_process() -> None:
    """10,000 typed items against the bundled vocabulary: a thousand known names in every
    form people type them, and nine thousand unknown words."""
    import random
    import string
    import time

    from ecomcareer.loader import bundled_path, load
    from ecomcareer.skills import SkillResolver

    kb = load(bundled_path(), use_cache=False)
    rnd = random.Random(1)
    names = [n for s in kb.skills for n in (s.name, *s.aliases)]
    typed = [f"{rnd.choice(names)} (advanced)" for _ in range(1000)]
    typed += ["".join(rnd.choice(string.ascii_lowercase) for _ in range(10)) for _ in range(9000)]
    start = time.perf_counter()
    SkillResolver(kb).resolve(typed)
    print(f"resolving 10,000 typed items (1,000 known): {(time.perf_counter() - start) * 1000:.0f} ms")


def documents(tool: list[str], runs: int) -> None:
    """extract on a two-page résumé as Markdown, PDF and DOCX, against match --skills with the
    skills it finds; and a 100-page PDF."""
    import json

    sys.path.insert(0, str(HERE.parent))  # the test module that makes PDF and DOCX files
    from tests.test_read import RESUME, docx_of, pdf_of

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        resume = RESUME * 4  # about two pages
        md = folder / "resume.md"
        md.write_text(resume, encoding="utf-8")
        found = json.loads(
            subprocess.run([*tool, "extract", str(md), "-f", "json"], capture_output=True).stdout
        )
        skills = ",".join(s["name"] for s in found["skills"])
        match = [*tool, "match", "--skills", skills]
        compare("extract two-page résumé (.md) vs match --skills", [*tool, "extract", str(md)], match, runs)
        pdf, docx = pdf_of(resume, folder / "resume.pdf"), docx_of(resume, folder / "resume.docx")
        compare("extract two-page résumé (.pdf) vs match --skills", [*tool, "extract", str(pdf)], match, runs)
        compare(
            "extract two-page résumé (.docx) vs match --skills", [*tool, "extract", str(docx)], match, runs
        )
        long = pdf_of(RESUME * 380, folder / "long.pdf")
        compare(
            "extract a 100-page PDF vs python -c pass", [*tool, "extract", str(long)], [PY, "-c", "pass"], 3
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--sizes", default="1000,2000", help="knowledge-base sizes for the scale runs")
    parser.add_argument("--no-documents", action="store_true", help="skip the extract timings")
    args = parser.parse_args()
    import compileall

    import ecomcareer
    from ecomcareer.loader import bundled_path

    # As `pip install` does: without bytecode (an editable install where
    # PYTHONDONTWRITEBYTECODE is set) every run would recompile the package.
    compileall.compile_dir(Path(ecomcareer.__file__).parent, quiet=1)
    data = str(bundled_path())
    # The console script people run, next to this interpreter.
    tool = [str(Path(PY).with_name("ecomcareer"))]
    floor = [PY, str(HERE / "floor.py"), data]
    floor_json = [*floor, "--json"]
    print(f"{'command (A) against its floor (B)':<44} {'A':>10}    {'B':>10}  ratio")
    compare("python -c pass", [PY, "-c", "pass"], [PY, "-c", "pass"], args.runs)
    compare("match --skills sql,excel", [*tool, "match", "--skills", "sql,excel"], floor, args.runs)
    compare(
        "match ... --format json (JSON floor)",
        [*tool, "match", "-s", "sql,excel", "-f", "json"],
        floor_json,
        args.runs,
    )
    compare("match, no cache", [*tool, "--no-cache", "match", "--skills", "sql,excel"], floor, args.runs)
    compare("match --job cashier", [*tool, "match", "--job", "cashier"], floor, args.runs)
    compare(
        "match --job cashier, no cache", [*tool, "--no-cache", "match", "--job", "cashier"], floor, args.runs
    )
    compare("list", [*tool, "list"], floor, args.runs)
    compare("list --format json (JSON floor)", [*tool, "list", "-f", "json"], floor_json, args.runs)
    compare("show data-analyst", [*tool, "show", "data-analyst"], floor, args.runs)
    compare("--help", [*tool, "--help"], floor, args.runs)
    compare("match --format json vs python -c pass", [*tool, "match", "-s", "sql,excel", "-f", "json"],
            [PY, "-c", "pass"], args.runs)  # fmt: skip
    compare(
        "list --format json vs python -c pass", [*tool, "list", "-f", "json"], [PY, "-c", "pass"], args.runs
    )
    resolving_in_process()
    if not args.no_documents:
        documents(tool, args.runs)
    with tempfile.TemporaryDirectory() as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            path = Path(tmp) / f"kb-{size}.yaml"
            with path.open("w", encoding="utf-8") as out:
                subprocess.run([PY, str(HERE / "grow.py"), str(size)], stdout=out, check=True)
            floor_here = [PY, str(HERE / "floor.py"), str(path)]
            runs = max(3, args.runs // 3)
            compare(
                f"match at {size:,} roles",
                [*tool, "--data", str(path), "match", "-s", "sql,excel"],
                floor_here,
                runs,
            )
            compare(
                f"match at {size:,} roles, no cache",
                [*tool, "--no-cache", "--data", str(path), "match", "-s", "sql,excel"],
                floor_here,
                runs,
            )
            if size == 1000:
                ranking_in_process(path)


if __name__ == "__main__":
    try:
        main()
    finally:
        shutil.rmtree(CACHE, ignore_errors=True)

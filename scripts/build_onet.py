"""Build src/ecomcareer/data/onet-jobs.txt.gz, the O*NET occupations `--job` starts from.

    python scripts/build_onet.py [REFERENCE_DIR]

REFERENCE_DIR holds `onet-29.2/`, the tab-separated files of the O*NET 29.2 Database; it
defaults to `../shared/reference` beside this checkout. Four of its files are read:
`Occupation Data.txt` (code and title), `Alternate Titles.txt` (other titles and their short
forms), `Technology Skills.txt` (only the examples flagged both Hot Technology and In Demand: in
demand in the occupation's own job postings, so a customer service representative is not
assumed to use Photoshop, a hot technology of the economy at large) and
`Task Statements.txt` (only Core tasks; every task where O*NET rates none as Core or
Supplemental). Descriptions, sources, dates and ratings are left out.

The output is UTF-8 text, gzip-compressed, with the credit in its first lines:

    @titles
    KEY<TAB>CODE CODE ...         one line per title, as `ecomcareer.jobs.title_key` makes it;
                                  '=' before a code: the occupation's own title (or that title
                                  with its last word in the singular: 'cashier' for 'Cashiers');
                                  '~': an alternate title with its bracketed part left out
                                  ('Recreational Vehicle Repairer'), or the bracketed part
                                  alone where the rest is the short title ('Chief Executive
                                  Officer' of 'CEO (Chief Executive Officer)')
    @occupations
    CODE<TAB>TITLE<TAB>TECHNOLOGY|...<TAB>TASK|...

Lines are sorted, so the same files always build the same text.
"""

from __future__ import annotations

import csv
import gzip
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from ecomcareer.jobs import CREDIT, DERIVED, OWN, title_key

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "ecomcareer" / "data" / "onet-jobs.txt.gz"
DEFAULT_REFERENCE = REPO.parent / "shared" / "reference"
#: The gzip header's time, fixed so that a rebuild from the same files gives the same bytes.
MTIME = 0
_BRACKETED = re.compile(r"\s*\([^()]*\)")
_INSIDE = re.compile(r"\(([^()]*)\)")


def _rows(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(rows)  # header
        yield from rows


def _clean(text: str) -> str:
    """One line of text: the separators of the output never occur inside a field."""
    text = " ".join(text.split())
    if "|" in text:
        raise SystemExit(f"a field holds '|', the output's separator: {text!r}")
    return text


def singular(key: str) -> str:
    """An occupation's title with its last word in the singular, as a person names their job:
    'cashiers' -> 'cashier', 'secretaries' -> 'secretary', 'sales managers' -> 'sales manager'."""
    head, _, last = key.rpartition(" ")
    if last.endswith("ies") and len(last) > 4:
        last = last[:-3] + "y"
    elif last.endswith(("ches", "shes", "xes", "sses")):
        last = last[:-2]
    elif last.endswith("s") and not last.endswith(("ss", "us", "is")):
        last = last[:-1]
    return f"{head} {last}".strip()


def build(reference: Path) -> str:
    """The derived file's text, from the O*NET 29.2 folder inside `reference`."""
    onet = reference / "onet-29.2"
    titles: dict[str, str] = {}
    for code, title, *_ in _rows(onet / "Occupation Data.txt"):
        titles[code] = _clean(title)

    # Each key's occupations, each with the strongest way it holds the key.
    rank = {OWN: 0, "": 1, DERIVED: 2}
    index: dict[str, dict[str, str]] = {}

    def add(key: str, code: str, mark: str) -> None:
        if not key:
            return
        held = index.setdefault(key, {})
        if code not in held or rank[mark] < rank[held[code]]:
            held[code] = mark

    for code, title in titles.items():
        add(title_key(title), code, OWN)
        add(singular(title_key(title)), code, OWN)
    for code, alternate, short, *_ in _rows(onet / "Alternate Titles.txt"):
        add(title_key(alternate), code, "")
        if short != "n/a":
            add(title_key(short), code, "")
        if "(" in alternate:
            add(title_key(_BRACKETED.sub("", alternate)), code, DERIVED)
            inside = _INSIDE.search(alternate)
            if inside and short == _BRACKETED.sub("", alternate).strip():
                add(title_key(inside.group(1)), code, DERIVED)  # 'Chief Executive Officer' of 'CEO (...)'

    technologies: dict[str, list[str]] = {}
    for code, example, _, _, hot, in_demand, *_ in _rows(onet / "Technology Skills.txt"):
        if hot == "Y" and in_demand.strip() == "Y":
            technologies.setdefault(code, []).append(_clean(example))
    core: dict[str, list[str]] = {}
    unrated: dict[str, list[str]] = {}
    for code, _, task, kind, *_ in _rows(onet / "Task Statements.txt"):
        if kind == "Core":
            core.setdefault(code, []).append(_clean(task))
        elif kind == "n/a":
            unrated.setdefault(code, []).append(_clean(task))

    lines = [f"# {line}" for line in CREDIT.splitlines()]
    lines.append("@titles")
    for key in sorted(index):
        held = index[key]
        codes = sorted(held, key=lambda c: (rank[held[c]], c))
        lines.append(f"{key}\t{' '.join(held[c] + c for c in codes)}")
    lines.append("@occupations")
    for code in sorted(titles):
        tasks = core.get(code) or unrated.get(code, [])
        lines.append(
            "\t".join([code, titles[code], "|".join(sorted(technologies.get(code, []))), "|".join(tasks)])
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    if len(sys.argv) > 2:
        raise SystemExit(__doc__)
    reference = Path(sys.argv[1]) if len(sys.argv) == 2 else DEFAULT_REFERENCE
    if not (reference / "onet-29.2").is_dir():
        raise SystemExit(f"{reference}: no onet-29.2 folder in it\n\n{__doc__}")
    text = build(reference)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=MTIME))
    print(f"{len(text.splitlines()):,} lines, {OUT.stat().st_size:,} bytes -> {OUT}")


if __name__ == "__main__":
    main()

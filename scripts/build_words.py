"""Build the word lists the skill reader uses to tell a real word from a misspelling.

    python scripts/build_words.py [REFERENCE_DIR]

REFERENCE_DIR holds `esco-1.1.1/skills.tsv` and `onet-29.2/`; it defaults to
`../shared/reference` beside this checkout. Two files are written:

- src/ecomcareer/data/words.txt: every word of ESCO's skill labels (tab-separated: uri,
  preferred label, alternative labels joined with ' | ', hierarchy), in lower case where ESCO
  ever writes it so (ordinary words: "sales", "shopping", "analysis"), else with the capitals
  ESCO gives it most often (languages, products, acronyms: "Georgian", "Python", "SQL"). The
  reader refuses typo readings of any real word ("retail" is not a misspelt "REST", "Georgian"
  not a misspelt "Gorgias"), and uses the lower case to tell an ordinary word from a name after
  a vendor's name ("Google Shopping" is not "shopping", "Microsoft SQL Server" is SQL).
- src/ecomcareer/data/onet-words.txt: the words of four letters or more that O*NET 29.2 writes
  in its occupation titles and descriptions, alternate titles, task statements and technology
  examples, and that ESCO's labels lack, in lower case. They are the words of other trades and
  products ("farmer", "sticker", "registrar", "SketchUp"): spelt as meant, so never read as a
  misspelt skill (Framer, stocking, point of sale, Sketch), nor a plural that is a word of its
  own for a name's ("canvas" is no Canva, "rags" no RAG). A word O*NET writes in one row only
  ends in '?': it may be O*NET's own misspelling ("QuickBoooks", "Red Prarie"), so the reader
  still corrects it beside a name's own words.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "src" / "ecomcareer" / "data"
DEFAULT_REFERENCE = REPO.parent / "shared" / "reference"
ESCO_HEADER = """\
# Real words: every word of the preferred and alternative labels of the ESCO v1.1.1 skills
# classification, ASCII letters only, two letters or more; in lower case where ESCO ever writes
# it so (an ordinary word), else as ESCO capitalises it (a name: "Georgian", "SQL").
# Built by scripts/build_words.py; used to tell real words from misspellings.
# Source: ESCO classification, (c) European Union, https://esco.ec.europa.eu
"""
ONET_HEADER = """\
# Words of other trades: every word of four ASCII letters or more in the occupation titles and
# descriptions, alternate titles, task statements and technology examples of O*NET 29.2 that
# the ESCO list (words.txt) lacks, in lower case; '?' after a word O*NET writes in one row only.
# Built by scripts/build_words.py; used to tell real words from misspellings.
# Source: O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training
# Administration (USDOL/ETA), used under the CC BY 4.0 license; modified: words only.
# O*NET(R) is a trademark of USDOL/ETA.
"""
WORD = re.compile(r"[A-Za-z]+")
#: O*NET's files and the columns of words in them.
ONET_COLUMNS = {
    "Occupation Data.txt": ("Title", "Description"),
    "Alternate Titles.txt": ("Alternate Title", "Short Title"),
    "Task Statements.txt": ("Task",),
    "Technology Skills.txt": ("Example",),
}


def _rows(path: Path, quoting: int = csv.QUOTE_MINIMAL) -> Iterator[dict[str, str]]:
    csv.field_size_limit(10_000_000)
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle, delimiter="\t", quoting=quoting)


def esco_words(table: Path) -> list[str]:
    """Every word of every label: lower case if ESCO ever writes it so, else its usual capitals."""
    spellings: dict[str, Counter[str]] = {}
    for row in _rows(table):
        labels = [row["preferred_label"], *row["alt_labels"].split(" | ")]
        for label in labels:
            for word in WORD.findall(label):
                if len(word) > 1:
                    spellings.setdefault(word.lower(), Counter())[word] += 1
    out = []
    for lower, seen in spellings.items():
        out.append(lower if lower in seen else seen.most_common(1)[0][0])
    return sorted(out, key=str.lower)


def onet_words(onet: Path, known: set[str]) -> list[str]:
    """The words of four letters or more in O*NET's titles, tasks and examples, not in `known`,
    with '?' after those written in one row only."""
    rows: Counter[str] = Counter()
    for name, columns in ONET_COLUMNS.items():
        for row in _rows(onet / name, csv.QUOTE_NONE):  # O*NET quotes nothing
            text = " ".join(row[column] for column in columns)
            rows.update({w.lower() for w in WORD.findall(text) if len(w) >= 4})
    return [word if rows[word] > 1 else f"{word}?" for word in sorted(rows.keys() - known)]


def main() -> None:
    if len(sys.argv) > 2:
        raise SystemExit(__doc__)
    reference = Path(sys.argv[1]) if len(sys.argv) == 2 else DEFAULT_REFERENCE
    esco = esco_words(reference / "esco-1.1.1" / "skills.tsv")
    onet = onet_words(reference / "onet-29.2", {w.lower() for w in esco})
    DATA.mkdir(parents=True, exist_ok=True)
    (DATA / "words.txt").write_text(ESCO_HEADER + "\n".join(esco) + "\n", encoding="utf-8")
    (DATA / "onet-words.txt").write_text(ONET_HEADER + "\n".join(onet) + "\n", encoding="utf-8")
    print(f"{len(esco):,} words -> words.txt; {len(onet):,} words -> onet-words.txt")


if __name__ == "__main__":
    main()

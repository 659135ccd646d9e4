"""Build src/ecomcareer/data/words.txt, the ordinary English words the skill reader knows.

    python scripts/build_words.py PATH/TO/esco/skills.tsv

The input is ESCO's skills table (tab-separated: uri, preferred label, alternative labels
joined with ' | ', hierarchy). Every word of every label goes in: in lower case where ESCO ever
writes it so (ordinary words: "sales", "shopping", "analysis"), else with the capitals ESCO
gives it most often (languages, products, acronyms: "Georgian", "Python", "SQL"). The reader
refuses typo readings of any real word ("retail" is not a misspelt "REST", "Georgian" not a
misspelt "Gorgias"), and uses the lower case to tell an ordinary word from a name after a
vendor's name ("Google Shopping" is not "shopping", "Microsoft SQL Server" is SQL).
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "ecomcareer" / "data" / "words.txt"
HEADER = """\
# Real words: every word of the preferred and alternative labels of the ESCO v1.1.1 skills
# classification, ASCII letters only, two letters or more; in lower case where ESCO ever writes
# it so (an ordinary word), else as ESCO capitalises it (a name: "Georgian", "SQL").
# Built by scripts/build_words.py; used to tell real words from misspellings.
# Source: ESCO classification, (c) European Union, https://esco.ec.europa.eu
"""
WORD = re.compile(r"[A-Za-z]+")


def words(table: Path) -> list[str]:
    """Every word of every label: lower case if ESCO ever writes it so, else its usual capitals."""
    spellings: dict[str, Counter[str]] = {}
    csv.field_size_limit(10_000_000)
    with table.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle, delimiter="\t")
        next(rows)  # header
        for row in rows:
            labels = [row[1], *row[2].split(" | ")]
            for label in labels:
                for word in WORD.findall(label):
                    if len(word) > 1:
                        spellings.setdefault(word.lower(), Counter())[word] += 1
    out = []
    for lower, seen in spellings.items():
        out.append(lower if lower in seen else seen.most_common(1)[0][0])
    return sorted(out, key=str.lower)


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    found = words(Path(sys.argv[1]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(HEADER + "\n".join(found) + "\n", encoding="utf-8")
    print(f"{len(found):,} words -> {OUT}")


if __name__ == "__main__":
    main()

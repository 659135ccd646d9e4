"""Build src/ecomcareer/data/onet-readings.txt.gz: what the bundled knowledge base reads in
every occupation `--job` can start from, so that a run without the cache need not build the
reader's tables to read them.

    python scripts/build_job_readings.py

Run it after changing the vocabulary of data/roles.yaml or the way documents are read; the
tests say when the shipped readings are no longer what a fresh reading gives. A knowledge base
whose vocabulary differs from the bundled one (a counselor's `--data` file) is always read
afresh. The output is UTF-8 text, gzip-compressed, the O*NET credit in its first lines, then
`@vocabulary DIGEST` and one line per skill read (see `ecomcareer.jobs.Readings`).
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

from ecomcareer import jobs
from ecomcareer.loader import load

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "roles.yaml"
#: The gzip header's time, fixed so that the same readings always give the same bytes.
MTIME = 0


def build() -> str:
    kb = load(DATA, use_cache=False)
    onet = jobs.bundled()
    lines = [f"# {line}" for line in jobs.CREDIT.splitlines()]
    lines.append(f"# Read by the vocabulary of data/roles.yaml; built by {Path(__file__).name}.")
    lines.append(f"@vocabulary {jobs.vocabulary_digest(kb)}")
    for code in onet.codes():
        occupation = onet.occupation(code)
        assert occupation is not None, code
        for found in jobs.read_occupation(kb, occupation):
            texts = occupation.technologies if found.source == "technology" else occupation.tasks
            place = texts.index(found.text)
            lines.append("\t".join([code, found.skill, found.source, str(place), found.said]))
    return "\n".join(lines) + "\n"


def main() -> None:
    if len(sys.argv) > 1:
        raise SystemExit(__doc__)
    text = build()
    out = jobs.READINGS_PATH
    out.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=MTIME))
    print(f"{len(text.splitlines()):,} lines, {out.stat().st_size:,} bytes -> {out}")


if __name__ == "__main__":
    main()

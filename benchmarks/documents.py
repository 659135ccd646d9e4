"""How well whole documents are read: `ecomcareer extract` against benchmarks/documents/labels.yaml.

    python benchmarks/documents.py [--data FILE] [--show] [--formats md,pdf,docx] [--json]

Runs `ecomcareer extract --format json` (the command installed beside this Python) on every
labelled résumé and job posting, and, for `pdf` and `docx`, on a PDF and a DOCX twin of each .md
and .txt document built in a temporary folder (benchmarks/documents_twins.py). Reports, overall
and by kind and by format:

- precision: skill ids read that the document states / skill ids read (a wrong id credits a
  person with a skill they did not claim, so this comes first);
- recall: skill ids stated that were read / skill ids stated;
- required: for postings, the share of correctly read skills whose required/nice-to-have flag
  is right;
- traps: ids read that the labels mark as a trap (a tool-named company, "go-to-market", a
  negated skill...), listed;
- kind, title and role: the share of documents whose kind, title and nearest role are right;
- time per document, including the start of the command.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

DOCUMENTS = Path(__file__).resolve().parent / "documents"
DEFAULT_LABELS = DOCUMENTS / "labels.yaml"
KINDS = ("posting", "resume")
#: `md` stands for the documents as written (.md, .txt, .html); `pdf` and `docx` for their twins.
FORMATS = ("md", "pdf", "docx")
SOURCE_SUFFIXES = {".md", ".txt", ".html"}

#: Reads one file and returns the command's JSON object.
Extractor = Callable[[Path], Mapping[str, object]]


class LabelFileError(ValueError):
    """The labels file is not in the documented shape."""


@dataclass(frozen=True, slots=True)
class Label:
    name: str
    kind: str
    title: str
    role: str
    skills: Mapping[str, bool | None]
    traps: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Extraction:
    """The parts of the command's answer the benchmark scores."""

    kind: str | None
    title: str | None
    role: str | None
    skills: Mapping[str, bool | None]

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Extraction:
        skills: dict[str, bool | None] = {}
        raw = data.get("skills")
        for entry in raw if isinstance(raw, list) else []:
            if isinstance(entry, dict) and isinstance(entry.get("id"), str):
                required = entry.get("required")
                skills[entry["id"]] = required if isinstance(required, bool) else None

        def text(key: str) -> str | None:
            value = data.get(key)
            return value if isinstance(value, str) else None

        return cls(text("kind"), text("title"), text("role"), skills)


@dataclass(frozen=True, slots=True)
class Reading:
    """One file read, against its labels."""

    label: Label
    path: Path
    format: str  # the file's suffix without the dot: md, txt, html, pdf, docx
    seconds: float
    extraction: Extraction | None
    error: str | None = None

    @property
    def read(self) -> frozenset[str]:
        return frozenset(self.extraction.skills) if self.extraction else frozenset()

    @property
    def hits(self) -> frozenset[str]:
        return self.read & set(self.label.skills)

    @property
    def missed(self) -> frozenset[str]:
        return frozenset(self.label.skills) - self.read

    @property
    def wrong(self) -> frozenset[str]:
        return self.read - set(self.label.skills)

    @property
    def traps_hit(self) -> frozenset[str]:
        return self.read & set(self.label.traps)

    @property
    def required_checked(self) -> int:
        """Correctly read skills of a posting whose label says required or nice to have."""
        if self.label.kind != "posting":
            return 0
        return sum(1 for s in self.hits if self.label.skills[s] is not None)

    @property
    def required_right(self) -> int:
        if self.label.kind != "posting" or self.extraction is None:
            return 0
        return sum(
            1
            for s in self.hits
            if self.label.skills[s] is not None and self.extraction.skills[s] is self.label.skills[s]
        )

    @property
    def kind_right(self) -> bool:
        return self.extraction is not None and self.extraction.kind == self.label.kind

    @property
    def title_right(self) -> bool:
        return self.extraction is not None and normalise_title(self.extraction.title) == normalise_title(
            self.label.title
        )

    @property
    def role_right(self) -> bool:
        return self.extraction is not None and self.extraction.role == self.label.role


@dataclass(frozen=True, slots=True)
class Tally:
    documents: int
    expected: int
    read: int
    hits: int
    required_checked: int
    required_right: int
    traps: tuple[tuple[str, str], ...]  # (file name, trap id)
    kind_right: int
    title_right: int
    role_right: int
    errors: int
    seconds: float

    @property
    def precision(self) -> float:
        """Ids read that the document states / ids read (1.0 when nothing was read)."""
        return self.hits / self.read if self.read else 1.0

    @property
    def recall(self) -> float:
        return self.hits / self.expected if self.expected else 1.0

    @property
    def required_accuracy(self) -> float | None:
        return self.required_right / self.required_checked if self.required_checked else None

    def share(self, right: int) -> float:
        return right / self.documents if self.documents else 0.0

    @property
    def seconds_per_document(self) -> float:
        return self.seconds / self.documents if self.documents else 0.0

    def as_dict(self) -> dict[str, object]:
        required = self.required_accuracy
        return {
            "documents": self.documents,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "hits": self.hits,
            "read": self.read,
            "expected": self.expected,
            "required_accuracy": None if required is None else round(required, 4),
            "traps": [{"document": d, "id": s} for d, s in self.traps],
            "kind_accuracy": round(self.share(self.kind_right), 4),
            "title_accuracy": round(self.share(self.title_right), 4),
            "role_accuracy": round(self.share(self.role_right), 4),
            "errors": self.errors,
            "seconds_per_document": round(self.seconds_per_document, 3),
        }


def tally(readings: Iterable[Reading]) -> Tally:
    rs = list(readings)
    return Tally(
        documents=len(rs),
        expected=sum(len(r.label.skills) for r in rs),
        read=sum(len(r.read) for r in rs),
        hits=sum(len(r.hits) for r in rs),
        required_checked=sum(r.required_checked for r in rs),
        required_right=sum(r.required_right for r in rs),
        traps=tuple((r.path.name, s) for r in rs for s in sorted(r.traps_hit)),
        kind_right=sum(r.kind_right for r in rs),
        title_right=sum(r.title_right for r in rs),
        role_right=sum(r.role_right for r in rs),
        errors=sum(1 for r in rs if r.error),
        seconds=sum(r.seconds for r in rs),
    )


@dataclass(frozen=True, slots=True)
class Measurement:
    readings: tuple[Reading, ...]
    overall: Tally
    by_kind: Mapping[str, Tally]
    by_format: Mapping[str, Tally]
    missing_labels: tuple[str, ...] = field(default=())


def normalise_title(title: str | None) -> str:
    """Titles compare ignoring case, spacing and the kind of dash."""
    if title is None:
        return ""
    return " ".join(title.replace("—", "-").replace("–", "-").casefold().split())


def _str(entry: Mapping[object, object], key: str, where: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise LabelFileError(f"{where}: `{key}` must be a non-empty string")
    return value


def parse_labels(data: object) -> dict[str, Label]:
    """The labels of a parsed labels file; LabelFileError says where it is malformed."""
    if not isinstance(data, dict) or not isinstance(data.get("documents"), dict):
        raise LabelFileError("the file must be a mapping with a `documents` mapping")
    out: dict[str, Label] = {}
    for name, entry in data["documents"].items():
        where = f"documents[{name!r}]"
        if not isinstance(entry, dict):
            raise LabelFileError(f"{where}: must be a mapping")
        kind = _str(entry, "kind", where)
        if kind not in KINDS:
            raise LabelFileError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
        skills = entry.get("skills")
        if not isinstance(skills, dict) or not skills:
            raise LabelFileError(f"{where}: `skills` must be a non-empty mapping of id -> required")
        for sid, required in skills.items():
            if kind == "posting" and not isinstance(required, bool):
                raise LabelFileError(f"{where}: skill {sid!r} of a posting must be true or false")
            if kind == "resume" and required is not None:
                raise LabelFileError(f"{where}: skill {sid!r} of a résumé must be null")
        traps = entry.get("traps")
        sources = entry.get("sources")
        if not isinstance(traps, list) or not all(isinstance(t, str) for t in traps):
            raise LabelFileError(f"{where}: `traps` must be a list of ids")
        if set(traps) & set(skills):
            raise LabelFileError(f"{where}: an id cannot be both a skill and a trap")
        if not isinstance(sources, list) or not sources or not all(isinstance(s, str) for s in sources):
            raise LabelFileError(f"{where}: `sources` must be a non-empty list")
        out[str(name)] = Label(
            name=str(name),
            kind=kind,
            title=_str(entry, "title", where),
            role=_str(entry, "role", where),
            skills=dict(skills),
            traps=tuple(traps),
            sources=tuple(sources),
        )
    return out


def load_labels(path: Path = DEFAULT_LABELS) -> dict[str, Label]:
    import yaml

    return parse_labels(yaml.safe_load(path.read_text(encoding="utf-8")))


def command_extractor(data: Path | None = None) -> Extractor:
    """Run the installed `ecomcareer extract` of this Python, once per file."""
    base = [sys.executable, "-m", "ecomcareer"]
    if data is not None:
        base += ["--data", str(data)]

    def run(path: Path) -> Mapping[str, object]:
        done = subprocess.run(
            [*base, "extract", "--format", "json", str(path)],
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
        if done.returncode != 0:
            raise RuntimeError(f"exit {done.returncode}: {done.stderr.strip()[:300]}")
        parsed = json.loads(done.stdout)
        if not isinstance(parsed, dict):
            raise RuntimeError("the command did not print one JSON object")
        return parsed

    return run


def files_to_read(
    folder: Path, labels: Mapping[str, Label], formats: Sequence[str], twin_dir: Path
) -> list[tuple[Label, Path]]:
    """Each labelled document as written, and its PDF and DOCX twins, as the formats ask."""
    from benchmarks.documents_twins import build_docx, build_pdf

    out: list[tuple[Label, Path]] = []
    for name, label in sorted(labels.items()):
        source = folder / name
        if "md" in formats and source.suffix in SOURCE_SUFFIXES:
            out.append((label, source))
        if source.suffix in {".md", ".txt"}:
            if "pdf" in formats:
                out.append((label, build_pdf(source, twin_dir / f"{source.stem}.pdf")))
            if "docx" in formats:
                out.append((label, build_docx(source, twin_dir / f"{source.stem}.docx")))
    return out


def read_one(label: Label, path: Path, extractor: Extractor) -> Reading:
    fmt = path.suffix.lstrip(".")
    start = time.perf_counter()
    try:
        extraction = Extraction.from_json(extractor(path))
    except Exception as error:  # a file the command cannot read is scored as nothing read
        message = f"{type(error).__name__}: {error}"
        return Reading(label, path, fmt, time.perf_counter() - start, None, message)
    return Reading(label, path, fmt, time.perf_counter() - start, extraction)


def measure(
    labels: Mapping[str, Label],
    extractor: Extractor,
    *,
    formats: Sequence[str] = FORMATS,
    folder: Path = DOCUMENTS,
    twin_dir: Path | None = None,
) -> Measurement:
    """Read every labelled document (and twins) with `extractor` and score it against its labels."""
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown format(s) {', '.join(unknown)}; choose from {', '.join(FORMATS)}")
    present = {p.name for p in folder.iterdir() if p.name != "labels.yaml"}
    missing = tuple(sorted(present - set(labels)))
    with tempfile.TemporaryDirectory(prefix="ecomcareer-twins-") as tmp:
        files = files_to_read(folder, labels, formats, twin_dir or Path(tmp))
        readings = tuple(read_one(label, path, extractor) for label, path in files)
    by_kind = {k: tally(r for r in readings if r.label.kind == k) for k in KINDS}
    fmts = sorted({r.format for r in readings})
    by_format = {f: tally(r for r in readings if r.format == f) for f in fmts}
    return Measurement(readings, tally(readings), by_kind, by_format, missing)


def _row(name: str, t: Tally) -> str:
    required = "-" if t.required_accuracy is None else f"{t.required_accuracy:.1%}"
    return (
        f"{name:<9} {t.documents:>4} {t.precision:>9.1%} {t.recall:>7.1%} {required:>9} {len(t.traps):>6}"
        f" {t.share(t.kind_right):>6.0%} {t.share(t.title_right):>6.0%} {t.share(t.role_right):>6.0%}"
        f" {t.seconds_per_document:>8.2f}"
    )


def report(m: Measurement, *, show: bool) -> str:
    lines = [
        f"{'':<9} {'docs':>4} {'precision':>9} {'recall':>7} {'required':>9} {'traps':>6}"
        f" {'kind':>6} {'title':>6} {'role':>6} {'s/doc':>8}",
        _row("all", m.overall),
    ]
    lines += [_row(k, t) for k, t in m.by_kind.items()]
    lines += [_row(f, t) for f, t in m.by_format.items()]
    lines.append("")
    lines.append(f"Traps hit ({len(m.overall.traps)}):")
    lines += [f"  {doc}: {sid}" for doc, sid in m.overall.traps]
    errors = [r for r in m.readings if r.error]
    if errors:
        lines.append(f"Files the command could not read ({len(errors)}):")
        lines += [f"  {r.path.name}: {r.error}" for r in errors]
    if m.missing_labels:
        lines.append("Documents without labels: " + ", ".join(m.missing_labels))
    if show:
        lines.append("")
        for r in m.readings:
            if r.wrong or r.missed or not r.title_right or not r.role_right or not r.kind_right:
                got = r.extraction
                lines.append(f"{r.path.name}:")
                if r.wrong:
                    lines.append("  wrong:  " + ", ".join(sorted(r.wrong)))
                if r.missed:
                    lines.append("  missed: " + ", ".join(sorted(r.missed)))
                if got and not r.kind_right:
                    lines.append(f"  kind:   {got.kind!r}, labelled {r.label.kind!r}")
                if got and not r.title_right:
                    lines.append(f"  title:  {got.title!r}, labelled {r.label.title!r}")
                if got and not r.role_right:
                    lines.append(f"  role:   {got.role!r}, labelled {r.label.role!r}")
    return "\n".join(lines)


def as_json(m: Measurement) -> dict[str, object]:
    return {
        "overall": m.overall.as_dict(),
        "by_kind": {k: t.as_dict() for k, t in m.by_kind.items()},
        "by_format": {f: t.as_dict() for f, t in m.by_format.items()},
        "documents": [
            {
                "file": r.path.name,
                "format": r.format,
                "wrong": sorted(r.wrong),
                "missed": sorted(r.missed),
                "traps": sorted(r.traps_hit),
                "error": r.error,
                "seconds": round(r.seconds, 3),
            }
            for r in m.readings
        ],
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, help="knowledge-base YAML (default: bundled)")
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS)
    parser.add_argument("--formats", default=",".join(FORMATS), help="comma-separated: md, pdf, docx")
    parser.add_argument("--show", action="store_true", help="list each document's wrong and missed ids")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    m = measure(load_labels(args.labels), command_extractor(args.data), formats=formats)
    print(json.dumps(as_json(m), indent=2) if args.json else report(m, show=args.show))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())

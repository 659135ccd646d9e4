"""Whole résumés and postings are read well: few wrong skills, most stated ones, no traps.

Runs the installed `ecomcareer extract` on benchmarks/documents/ and on PDF and DOCX twins of its
Markdown and text documents. Skips when reportlab or python-docx (needed for the twins) are
missing.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from benchmarks.documents import (
    DEFAULT_LABELS,
    DOCUMENTS,
    Extraction,
    Label,
    LabelFileError,
    Measurement,
    Reading,
    command_extractor,
    load_labels,
    measure,
    parse_labels,
    tally,
)
from ecomcareer import loader
from ecomcareer.model import KnowledgeBase

MIN_DOCUMENTS = 34
MIN_PRECISION = 0.90
MIN_RECALL = 0.85


@pytest.fixture(scope="module")
def labels() -> dict[str, Label]:
    return load_labels(DEFAULT_LABELS)


@pytest.fixture(scope="module")
def bundled() -> KnowledgeBase:
    return loader.load(loader.bundled_path(), use_cache=False)


def needs_twin_libraries() -> None:
    for module in ("reportlab", "docx"):
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"{module} is not installed; it builds the PDF and DOCX twins")


# --- the labels file -------------------------------------------------------------------------


def test_enough_documents_of_both_kinds_and_every_one_labelled(labels: dict[str, Label]) -> None:
    files = {p.name for p in DOCUMENTS.iterdir() if p.name != "labels.yaml"}
    assert files == set(labels)
    assert len(labels) >= MIN_DOCUMENTS
    kinds = {label.kind for label in labels.values()}
    assert kinds == {"posting", "resume"}
    assert {Path(n).suffix for n in labels} >= {".md", ".txt", ".html"}


def test_every_labelled_skill_and_trap_is_in_the_bundled_vocabulary(
    labels: dict[str, Label], bundled: KnowledgeBase
) -> None:
    known = {s.id for s in bundled.skills}
    unknown = sorted(
        (name, sid)
        for name, label in labels.items()
        for sid in (*label.skills, *label.traps)
        if sid not in known
    )
    assert unknown == []


def test_every_role_is_in_the_bundled_knowledge_base(
    labels: dict[str, Label], bundled: KnowledgeBase
) -> None:
    known = {r.id for r in bundled.roles}
    unknown = sorted((n, label.role) for n, label in labels.items() if label.role not in known)
    assert unknown == []


def test_labels_that_contradict_themselves_are_refused() -> None:
    entry = {"kind": "posting", "title": "T", "role": "data-analyst", "sources": ["s"], "traps": []}
    with pytest.raises(LabelFileError, match="true or false"):
        parse_labels({"documents": {"a.md": {**entry, "skills": {"sql": None}}}})
    with pytest.raises(LabelFileError, match="both a skill and a trap"):
        parse_labels({"documents": {"a.md": {**entry, "skills": {"sql": True}, "traps": ["sql"]}}})
    with pytest.raises(LabelFileError, match="must be null"):
        parse_labels({"documents": {"a.md": {**entry, "kind": "resume", "skills": {"sql": True}}}})


# --- the measure itself ----------------------------------------------------------------------


def test_a_wrong_id_a_miss_a_trap_and_a_wrong_flag_are_counted() -> None:
    skills = {"sql": True, "python": False}
    label = Label("p.md", "posting", "Data Analyst", "data-analyst", skills, ("tableau",), ("s",))
    read = {"sql": True, "python": True, "tableau": True}
    got = Extraction("posting", "data analyst", "data-analyst", read)
    t = tally([Reading(label, Path("p.md"), "md", 0.1, got)])
    assert (t.hits, t.read, t.expected) == (2, 3, 2)
    assert t.traps == (("p.md", "tableau"),)
    assert (t.required_checked, t.required_right) == (2, 1)
    assert (t.kind_right, t.title_right, t.role_right) == (1, 1, 1)


# --- the command, on the documents -----------------------------------------------------------


@pytest.fixture(scope="module")
def measured(labels: dict[str, Label]) -> Measurement:
    needs_twin_libraries()
    return measure(labels, command_extractor(), formats=("md", "pdf", "docx"))


def test_documents_as_written_are_read_precisely_fully_and_without_traps(measured: Measurement) -> None:
    written = [r for r in measured.readings if r.format in {"md", "txt", "html"}]
    sources = tally(written)
    assert sources.errors == 0, [(r.path.name, r.error) for r in written if r.error]
    wrong = sorted((r.path.name, sorted(r.wrong)) for r in written if r.wrong)
    missed = sorted((r.path.name, sorted(r.missed)) for r in written if r.missed)
    assert sources.precision >= MIN_PRECISION, wrong
    assert sources.recall >= MIN_RECALL, missed
    assert sources.traps == ()


def test_pdf_docx_and_markdown_twins_give_the_same_skills(measured: Measurement) -> None:
    by_doc: dict[str, dict[str, frozenset[str]]] = {}
    for r in measured.readings:
        if Path(r.label.name).suffix in {".md", ".txt"}:
            by_doc.setdefault(r.label.name, {})[r.format] = r.read
    differ = {
        name: {fmt: sorted(ids ^ formats[Path(name).suffix.lstrip(".")]) for fmt, ids in formats.items()}
        for name, formats in by_doc.items()
        if len(set(formats.values())) > 1
    }
    assert differ == {}

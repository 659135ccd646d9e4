"""The bundled vocabulary reads real skill phrases: no wrong credit, and nearly all of them."""

from __future__ import annotations

from collections import Counter

import pytest

from benchmarks.phrases import (
    DEFAULT_PHRASES,
    KINDS,
    Measurement,
    Phrase,
    PhraseFileError,
    load_phrases,
    measure,
    parse_phrases,
)
from ecomcareer import loader
from ecomcareer.model import KnowledgeBase
from ecomcareer.words import normalise

MIN_PHRASES = 400
MIN_RECALL = 0.95


@pytest.fixture(scope="module")
def bundled() -> KnowledgeBase:
    return loader.load(loader.bundled_path(), use_cache=False)


@pytest.fixture(scope="module")
def phrases() -> list[Phrase]:
    return load_phrases(DEFAULT_PHRASES)


@pytest.fixture(scope="module")
def measured(bundled: KnowledgeBase, phrases: list[Phrase]) -> Measurement:
    return measure(bundled, phrases)


def test_enough_phrases_of_every_kind(phrases: list[Phrase]) -> None:
    assert len(phrases) >= MIN_PHRASES
    kinds = Counter(p.kind for p in phrases)
    assert set(kinds) == set(KINDS), kinds


def test_every_phrase_has_a_source_and_a_meaning(phrases: list[Phrase]) -> None:
    assert all(p.source.strip() and p.means.strip() for p in phrases)


def test_no_phrase_twice(phrases: list[Phrase]) -> None:
    """The reader ignores case and spacing, so neither may a second copy."""
    twice = [t for t, n in Counter(normalise(p.text) for p in phrases).items() if n > 1]
    assert twice == []


def test_every_expected_id_is_a_skill_of_the_bundled_vocabulary(
    bundled: KnowledgeBase, phrases: list[Phrase]
) -> None:
    known = {s.id for s in bundled.skills}
    unknown = sorted({(p.text, s) for p in phrases for s in p.expect if s not in known})
    assert unknown == []


def test_no_phrase_is_read_as_a_skill_it_does_not_name(measured: Measurement) -> None:
    wrong = [(r.phrase.text, r.wrong) for r in measured.wrong_readings]
    assert wrong == []


def test_nearly_every_covered_phrase_is_read(measured: Measurement) -> None:
    missed = [(r.phrase.text, r.missed) for r in measured.misses]
    assert measured.overall.recall >= MIN_RECALL, missed


def test_a_wrong_reading_and_a_miss_are_counted(bundled: KnowledgeBase) -> None:
    """The measure itself: a trap read as a skill is wrong; an unread expected id is missed."""
    first, second = bundled.skills[0], bundled.skills[1]
    cases = [
        Phrase(first.name, "tool", (first.id,), "read", "test"),
        Phrase(first.name, "tool", (), "a trap that names a skill", "test"),
        Phrase("no such skill at all", "hard", (second.id,), "missed", "test"),
    ]
    m = measure(bundled, cases)
    assert m.readings[0].read == (first.id,)
    assert (m.overall.phrases, m.overall.covered, m.overall.expected) == (3, 2, 2)
    assert (m.overall.hits, m.overall.wrong) == (1, 1)
    assert m.overall.recall == 0.5
    assert [r.phrase.means for r in m.wrong_readings] == ["a trap that names a skill"]
    assert [r.missed for r in m.misses] == [(second.id,)]


def test_a_malformed_file_is_refused() -> None:
    good = {"text": "sql", "kind": "tool", "expect": ["sql"], "means": "SQL", "source": "x"}
    parse_phrases({"phrases": [good]})
    for broken in (
        {**good, "kind": "skill"},
        {**good, "source": ""},
        {**good, "expect": "sql"},
        {k: v for k, v in good.items() if k != "means"},
    ):
        with pytest.raises(PhraseFileError):
            parse_phrases({"phrases": [broken]})
    with pytest.raises(PhraseFileError):
        parse_phrases(["sql"])

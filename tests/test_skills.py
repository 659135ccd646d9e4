"""Reading skills the way people type them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ecomcareer.model import KnowledgeBase
from ecomcareer.skills import How, Recognized, SkillResolver, canonical, normalise, split_inputs


@pytest.fixture(scope="module")
def resolver(kb: KnowledgeBase) -> SkillResolver:
    return SkillResolver(kb)


@pytest.mark.parametrize(
    ("typed", "skill", "how"),
    [
        ("SQL", "sql", How.EXACT),
        ("Microsoft Excel", "excel", How.EXACT),
        ("js", "javascript", How.ALIAS),
        ("ms excel", "excel", How.ALIAS),
        ("MS  Excel", "excel", How.ALIAS),
        ("powerbi", "power-bi", How.ALIAS),
        ("google adwords", "google-ads", How.ALIAS),
        ("magento 2", "adobe-commerce", How.ALIAS),
        ("GA4", "google-analytics", How.ALIAS),
        ("ＳＱＬ", "sql", How.EXACT),  # full-width letters, NFKC
        ("Power_BI", "power-bi", How.NORMALISED),
        ("React-JS", "react", How.NORMALISED),
        ("pivot table", "excel", How.NORMALISED),
        ("javascrpt", "javascript", How.TYPO),
        ("tablaeu", "tableau", How.TYPO),
        ("negociation", "negotiation", How.TYPO),
        ("goggle analytics", "google-analytics", How.TYPO),
    ],
)
def test_reads_what_people_type(resolver: SkillResolver, typed: str, skill: str, how: How) -> None:
    assert resolver.resolve_one(typed) == Recognized(typed, skill, how)


@pytest.mark.parametrize(
    "word",
    [
        "banana",
        "kitchen",
        "football",
        "guitar",
        "nursing",
        "welding",
        "gmail",
        "cooking",
        "🙂",
        "مرحبا",
        "数据",
    ],
)
def test_unrelated_words_are_never_mapped(resolver: SkillResolver, word: str) -> None:
    result = resolver.resolve_one(word)
    assert not isinstance(result, Recognized), result


def test_unrecognized_inputs_come_with_suggestions(resolver: SkillResolver) -> None:
    result = resolver.resolve(["sales pipe", "sql"])
    assert [r.skill for r in result.recognized] == ["sql"]
    [unknown] = result.unrecognized
    assert unknown.input == "sales pipe" and "sales-pipeline" in unknown.suggestions
    assert len(unknown.suggestions) <= 3


def test_alias_and_name_of_one_skill_count_once(resolver: SkillResolver) -> None:
    result = resolver.resolve(["js", "JavaScript", "javascrpt"])
    assert result.skill_ids == ("javascript",)


def test_split_inputs() -> None:
    assert split_inputs(" sql , Excel\n\ntableau;;python,") == ["sql", "Excel", "tableau", "python"]
    assert split_inputs(",, ,") == []


def test_canonical_forgives_punctuation_and_dot_js() -> None:
    assert canonical("React.js") == canonical("reactjs") == "react"
    assert canonical("P&L") == canonical("p and l")
    assert canonical("js") == "js"


@given(st.text())
def test_normalise_is_idempotent(text: str) -> None:
    assert normalise(normalise(text)) == normalise(text)


words = st.sampled_from(["sql", "SQL", "js", "excel", "banana", "tablaeu", "ms excel", "Figma", "pos", "xyz"])


@given(st.lists(words, max_size=8), st.randoms())
def test_order_and_duplicates_do_not_change_what_is_understood(
    resolver: SkillResolver, inputs: list[str], rnd: object
) -> None:
    shuffled = list(inputs) * 2
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    a, b = resolver.resolve(inputs), resolver.resolve(shuffled)
    assert set(a.skill_ids) == set(b.skill_ids)
    assert {normalise(u.input) for u in a.unrecognized} == {normalise(u.input) for u in b.unrecognized}

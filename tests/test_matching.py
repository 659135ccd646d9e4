"""The ranking: sensible for real profiles, and invariant where it must be."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ecomcareer import loader
from ecomcareer.matching import CORE_SHARE, RELATED_CREDIT, Ranker
from ecomcareer.model import Family, KnowledgeBase
from ecomcareer.skills import SkillResolver, split_inputs


@pytest.fixture(scope="module")
def ranker(kb: KnowledgeBase) -> Ranker:
    return Ranker(kb)


def ranked(kb: KnowledgeBase, ranker: Ranker, typed: str) -> list[str]:
    skills = SkillResolver(kb).resolve(split_inputs(typed)).skill_ids
    return [m.role.id for m in ranker.rank(skills) if m.score > 0]


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("sql, excel, tableau", "data-analyst"),
        ("html, css, js, shopify", "ecommerce-web-developer"),
        ("python, pytorch, scikit-learn", "ai-specialist"),
        ("figma, user research, wireframes", "ux-designer"),
        ("amazon seller central, helium 10, fba", "marketplace-manager"),
        ("splunk, pci, incident response", "cybersecurity-specialist"),
        ("klaviyo, email flows, segmentation", "email-marketing-specialist"),
        ("swift, kotlin, xcode", "mobile-app-developer"),
        ("jira, scrum, confluence", "ecommerce-project-manager"),
    ],
)
def test_real_profiles_rank_the_obvious_role_first(
    kb: KnowledgeBase, ranker: Ranker, typed: str, first: str
) -> None:
    assert ranked(kb, ranker, typed)[0] == first


def test_seo_profile_puts_a_marketing_role_first(kb: KnowledgeBase, ranker: Ranker) -> None:
    best = ranked(kb, ranker, "seo, google analytics, content")[0]
    assert kb.role_by_id[best].family is Family.MARKETING


def test_cashier_finds_customer_service(kb: KnowledgeBase, ranker: Ranker) -> None:
    assert "customer-service-rep" in ranked(kb, ranker, "cash handling, customer service, pos")[:3]


def test_full_core_and_supporting_scores_100(kb: KnowledgeBase, ranker: Ranker) -> None:
    role = kb.role_by_id["data-analyst"]
    assert ranker.score(role, role.core + role.supporting).score == pytest.approx(100)
    assert ranker.score(role, role.core).score == pytest.approx(100 * CORE_SHARE)
    assert ranker.score(role, []).score == 0


def test_common_skill_weighs_less_than_distinctive_one(kb: KnowledgeBase, ranker: Ranker) -> None:
    assert ranker.rarity["communication"] < ranker.rarity["tableau"]


def test_related_skill_earns_partial_credit(kb: KnowledgeBase, ranker: Ranker) -> None:
    role = kb.role_by_id["data-analyst"]
    sql_only = ranker.score(role, ["sql"]).score
    via_postgres = ranker.score(role, ["postgresql"])
    assert via_postgres.score == pytest.approx(sql_only * RELATED_CREDIT)
    assert [(c.skill, c.via) for c in via_postgres.related] == [("sql", "postgresql")]


SHORT_AND_LONG = """\
version: 1
skills:
  - {id: a, name: A, category: data}
  - {id: b, name: B, category: data}
  - {id: c, name: C, category: data}
  - {id: d, name: D, category: data}
  - {id: e, name: E, category: data}
  - {id: f, name: F, category: data}
  - {id: g, name: G, category: data}
roles:
  - {id: short, title: Short, family: data, summary: s, skills: {core: [a, b, c], supporting: [d]}}
  - {id: long, title: Long, family: data, summary: s, skills: {core: [a, b, c], supporting: [d, e, f, g]}}
"""


def test_a_short_skill_list_does_not_win_by_being_short() -> None:
    kb = loader.loads(SHORT_AND_LONG)
    ranker = Ranker(kb)
    # All core skills of both, plus supporting skills only the long role asks for.
    order = [m.role.id for m in ranker.rank(["a", "b", "c", "e", "f"])]
    assert order == ["long", "short"]
    # Padding a role with supporting skills the person lacks costs nothing on the core.
    assert (
        ranker.score(kb.role_by_id["long"], "abc").score == ranker.score(kb.role_by_id["short"], "abc").score
    )


def test_equal_scores_are_ordered_by_role_id() -> None:
    text = SHORT_AND_LONG.replace("id: short,", "id: twin,").replace(
        "- {id: long,",
        "- {id: also, title: Also, family: data, summary: s, skills: {core: [a, b, c], "
        "supporting: [d]}}\n  - {id: long,",
    )
    ranker = Ranker(loader.loads(text))
    assert [m.role.id for m in ranker.rank(["a", "b"])] == ["also", "long", "twin"]
    assert len({round(m.score, 9) for m in ranker.rank(["a", "b"])}) == 1


def test_roles_sharing_no_skill_are_not_matches(ranker: Ranker) -> None:
    assert ranker.rank([]) == []
    assert all(m.score > 0 for m in ranker.rank(["sql"]))


skill_lists = st.lists(st.sampled_from(sorted(loader.load(loader.bundled_path()).skill_by_id)), max_size=12)


@given(skill_lists, st.randoms())
def test_input_order_and_duplicates_never_change_the_result(
    ranker: Ranker, skills: list[str], rnd: object
) -> None:
    shuffled = skills * 2
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    a = [(m.role.id, m.score) for m in ranker.rank(skills)]
    b = [(m.role.id, m.score) for m in ranker.rank(shuffled)]
    assert a == b


@given(skill_lists, st.data())
def test_adding_a_missing_core_skill_never_lowers_the_score(
    ranker: Ranker, skills: list[str], data: st.DataObject
) -> None:
    role = data.draw(st.sampled_from(ranker.kb.roles))
    before = ranker.score(role, skills)
    if not before.missing_core:
        return
    added = data.draw(st.sampled_from(before.missing_core))
    after = ranker.score(role, [*skills, added])
    assert after.score > before.score
    assert 0 <= before.score <= after.score <= 100


@given(skill_lists)
def test_scores_are_bounded_and_sorted(ranker: Ranker, skills: list[str]) -> None:
    scores = [m.score for m in ranker.rank(skills)]
    assert all(0 <= s <= 100 for s in scores)
    assert scores == sorted(scores, reverse=True)


@given(skill_lists)
def test_ranking_agrees_with_scoring_each_role(ranker: Ranker, skills: list[str]) -> None:
    ranked = ranker.rank(skills)
    expected = {r.id: ranker.score(r, skills).score for r in ranker.kb.roles}
    assert {m.role.id for m in ranked} == {rid for rid, score in expected.items() if score > 0}
    assert all(m.score == expected[m.role.id] for m in ranked)

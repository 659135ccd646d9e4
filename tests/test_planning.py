"""Skill gaps, learning plans, comparisons and career paths."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ecomcareer import loader
from ecomcareer.matching import Ranker
from ecomcareer.model import Importance, KnowledgeBase, Role
from ecomcareer.planning import PathNode, compare, gap, path, plan

BUNDLED = loader.load(loader.bundled_path(), use_cache=False)
skill_lists = st.lists(st.sampled_from(sorted(BUNDLED.skill_by_id)), max_size=10)
roles = st.sampled_from(BUNDLED.roles)


@pytest.fixture(scope="module")
def ranker(kb: KnowledgeBase) -> Ranker:
    return Ranker(kb)


def test_gap_for_a_real_profile(kb: KnowledgeBase, ranker: Ranker) -> None:
    report = gap(ranker, kb.role_by_id["data-analyst"], ["sql", "excel"])
    assert report.have == ("sql", "excel")
    importances = [g.importance for g in report.gaps]
    assert importances == sorted(importances, key=lambda i: i is not Importance.CORE)
    assert report.gaps[0].skill in {"tableau", "power-bi"}
    assert all(g.score_after > report.score for g in report.gaps)


def test_plan_for_a_real_profile_suggests_bi_tools_first(ranker: Ranker) -> None:
    steps = plan(ranker, ["sql", "excel"]).steps
    assert steps[0].skill in {"power-bi", "tableau"}
    assert len(steps) == 5 and len({s.skill for s in steps}) == 5


def test_plan_stops_when_nothing_is_left_to_learn(kb: KnowledgeBase, ranker: Ranker) -> None:
    role = kb.role_by_id["ux-designer"]
    everything = [s for s, _ in role.skills]
    assert plan(ranker, everything[:-1], target=role, steps=5).steps[0].skill == everything[-1]
    assert plan(ranker, everything, target=role).steps == ()


@given(skill_lists, roles)
def test_learning_the_first_suggestion_raises_the_target_by_the_predicted_amount(
    ranker: Ranker, have: list[str], role: Role
) -> None:
    steps = plan(ranker, have, target=role, steps=1).steps
    if not steps:
        assert ranker.score(role, have).score == pytest.approx(100)
        return
    [effect] = steps[0].effects
    assert effect.before == ranker.score(role, have).score
    assert effect.after == ranker.score(role, [*have, steps[0].skill]).score
    assert effect.after > effect.before


@given(skill_lists)
def test_plans_never_suggest_what_the_person_has(ranker: Ranker, have: list[str]) -> None:
    suggested = [s.skill for s in plan(ranker, have, steps=4).steps]
    assert not set(suggested) & set(have)
    assert len(suggested) == len(set(suggested))


@given(skill_lists, roles)
def test_gap_predictions_match_the_ranking(ranker: Ranker, have: list[str], role: Role) -> None:
    report = gap(ranker, role, have)
    assert {g.skill for g in report.gaps} == {s for s, _ in role.skills} - set(have)
    for g in report.gaps:
        assert g.score_after == ranker.score(role, [*have, g.skill]).score


@given(st.lists(roles, min_size=2, max_size=4, unique_by=lambda r: r.id))
def test_compare_splits_skills_into_shared_and_only(ranker: Ranker, picked: list[Role]) -> None:
    c = compare(ranker, picked)
    sets = [{s for s, _ in r.skills} for r in picked]
    assert all(s in each for s in c.shared for each in sets)
    for i, only in enumerate(c.only):
        assert all(sum(s in each for each in sets) == 1 and s in sets[i] for s in only)
    assert c.scores is None
    assert compare(ranker, picked, ["sql"]).scores == tuple(ranker.score(r, ["sql"]).score for r in picked)


@given(roles, st.integers(1, 6))
def test_path_expands_each_role_once_and_stops_at_depth(start: Role, depth: int) -> None:
    root = path(BUNDLED, start, depth)
    expanded: list[str] = []

    def walk(node: PathNode, level: int) -> None:
        assert level <= depth
        if not node.seen:
            expanded.append(node.role.id)
        else:
            assert node.next == ()
        for child in node.next:
            walk(child, level + 1)

    walk(root, 0)
    assert len(expanded) == len(set(expanded))


def test_path_shows_a_cycle_once(kb: KnowledgeBase) -> None:
    root = path(kb, kb.role_by_id["data-analyst"], 3)
    supply = next(n for n in root.next if n.role.id == "supply-chain-analyst")
    back = next(n for n in supply.next if n.role.id == "data-analyst")
    assert back.seen and back.next == ()

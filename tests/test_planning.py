"""Skill gaps, learning plans, comparisons and career paths."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ecomcareer import loader
from ecomcareer.matching import Ranker
from ecomcareer.model import Importance, KnowledgeBase, Role
from ecomcareer.planning import PathNode, compare, gap, path, plan
from tests.conftest import MINIMAL
from tests.test_matching import reference_score

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
    assert steps[0].gain == pytest.approx(effect.after - effect.before)
    assert effect.before == pytest.approx(reference_score(BUNDLED, role.id, set(have)), abs=1e-9)
    after = reference_score(BUNDLED, role.id, {*have, steps[0].skill})
    assert effect.after == pytest.approx(after, abs=1e-9)
    assert effect.after > effect.before
    # Greedy among the role's missing core skills while there are any, then among the rest: no
    # other skill of that group would have raised it more.
    missing_core = [s for s in role.core if s not in have]
    assert steps[0].skill in missing_core or not missing_core
    for other in missing_core or [s for s, _ in role.skills if s not in have]:
        assert reference_score(BUNDLED, role.id, {*have, other}) <= after + 1e-9


@given(skill_lists)
def test_plans_never_suggest_what_the_person_has(ranker: Ranker, have: list[str]) -> None:
    suggested = [s.skill for s in plan(ranker, have, steps=4).steps]
    assert not set(suggested) & set(have)
    assert len(suggested) == len(set(suggested))


@given(skill_lists, roles)
def test_gap_predictions_match_the_ranking(ranker: Ranker, have: list[str], role: Role) -> None:
    report = gap(ranker, role, have)
    assert {g.skill for g in report.gaps} == {s for s, _ in role.skills} - set(have)
    assert report.score == pytest.approx(reference_score(BUNDLED, role.id, set(have)), abs=1e-9)
    for g in report.gaps:
        assert g.score_after == pytest.approx(reference_score(BUNDLED, role.id, {*have, g.skill}), abs=1e-9)
        assert g.roles_needing == sum(g.skill in dict(r.skills) for r in BUNDLED.roles)


@given(st.lists(roles, min_size=2, max_size=4, unique_by=lambda r: r.id))
def test_compare_splits_skills_into_shared_and_only(ranker: Ranker, picked: list[Role]) -> None:
    c = compare(ranker, picked)
    sets = [{s for s, _ in r.skills} for r in picked]
    assert set(c.shared) == set.intersection(*sets)
    for i, only in enumerate(c.only):
        others = set().union(*(each for j, each in enumerate(sets) if j != i))
        assert set(only) == sets[i] - others
        assert list(only) == [s for s, _ in picked[i].skills if s in set(only)]  # in the role's order
    assert c.scores is None
    scores = compare(ranker, picked, ["sql"]).scores
    assert scores == pytest.approx([reference_score(BUNDLED, r.id, {"sql"}) for r in picked], abs=1e-9)


@given(roles, st.integers(1, 6))
def test_path_expands_each_role_once_and_stops_at_depth(start: Role, depth: int) -> None:
    root = path(BUNDLED, start, depth)
    expanded: list[str] = []

    def walk(node: PathNode, level: int) -> None:
        assert level <= depth
        if node.seen:
            assert node.next == () and node.role.id in expanded
        else:
            expanded.append(node.role.id)
            # A role shown for the first time lists all its next roles, until the depth is reached.
            want = list(node.role.next_roles) if level < depth else []
            assert [n.role.id for n in node.next] == want
        for child in node.next:
            walk(child, level + 1)

    walk(root, 0)
    assert expanded[0] == start.id
    assert len(expanded) == len(set(expanded))


def test_path_shows_a_cycle_once(write: Callable[[str], Path]) -> None:
    """The bundled ladders have no cycles, but a counsellor's own file may."""
    kb = loader.load(write(MINIMAL + "    next_roles: [analyst]\n"), use_cache=False)
    root = path(kb, kb.role_by_id["analyst"], 3)
    [engineer] = root.next
    [back] = engineer.next
    assert engineer.role.id == "engineer" and not engineer.seen
    assert back.role.id == "analyst" and back.seen and back.next == ()

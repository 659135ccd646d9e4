"""`match` ranks the role a careers counselor would suggest for real people's skill lists."""

from __future__ import annotations

from collections import Counter

import pytest

from benchmarks.profiles import (
    DEFAULT_PROFILES,
    KINDS,
    Measurement,
    Profile,
    ProfileFileError,
    baseline_rank,
    load_profiles,
    measure,
    parse_profiles,
    top3_hit,
)
from ecomcareer import loader
from ecomcareer.model import KnowledgeBase

MIN_PROFILES = 100
MIN_TRANSFERABLE_ENTRY = 25
MIN_TOP1 = 0.90
MIN_TOP3 = 0.97
ENTRY_ROLES = {
    "fulfillment-associate",
    "retail-sales-associate",
    "customer-service-rep",
    "ecommerce-assistant",
}


@pytest.fixture(scope="module")
def bundled() -> KnowledgeBase:
    return loader.load(loader.bundled_path(), use_cache=False)


@pytest.fixture(scope="module")
def profiles() -> list[Profile]:
    return load_profiles(DEFAULT_PROFILES)


@pytest.fixture(scope="module")
def measured(bundled: KnowledgeBase, profiles: list[Profile]) -> Measurement:
    return measure(bundled, profiles)


#: The ranking does not earn these yet (62.9% top-1, 77.9% top-3, against 58.6% and 73.6% for
#: counting shared skills); the mark goes when it does.
NOT_YET = pytest.mark.xfail(strict=True, reason="the ranking does not reach these figures yet")


def test_enough_profiles_of_both_kinds(profiles: list[Profile]) -> None:
    assert len(profiles) >= MIN_PROFILES
    assert set(Counter(p.kind for p in profiles)) == set(KINDS)


def test_enough_people_from_outside_whose_answer_is_an_entry_step(profiles: list[Profile]) -> None:
    entry = [p for p in profiles if p.kind == "transferable" and p.first in ENTRY_ROLES]
    assert len(entry) >= MIN_TRANSFERABLE_ENTRY


def test_every_profile_has_a_source_a_note_and_its_first_role_in_top3(profiles: list[Profile]) -> None:
    assert all(p.source.startswith(("http://", "https://")) and p.note.strip() for p in profiles)
    assert all(p.first in p.top3 for p in profiles)


def test_no_profile_twice(profiles: list[Profile]) -> None:
    twice = [s for s, n in Counter(p.skills.casefold() for p in profiles).items() if n > 1]
    assert twice == []


@NOT_YET
def test_the_bundled_knowledge_base_ranks_the_counselors_role_first(measured: Measurement) -> None:
    misses = [(o.profile.skills, o.profile.first, o.ranked[:3]) for o in measured.top1_misses]
    assert measured.overall.profiles >= MIN_PROFILES, f"{len(measured.skipped)} profiles skipped"
    assert measured.overall.top1_rate >= MIN_TOP1, misses


@NOT_YET
def test_the_bundled_knowledge_base_puts_the_counselors_role_in_the_top_three(
    measured: Measurement,
) -> None:
    misses = [(o.profile.skills, o.profile.first, o.ranked[:3]) for o in measured.top3_misses]
    assert measured.overall.profiles >= MIN_PROFILES, f"{len(measured.skipped)} profiles skipped"
    assert measured.overall.top3_rate >= MIN_TOP3, misses


def test_the_ranking_beats_counting_shared_skills(measured: Measurement) -> None:
    t = measured.overall
    assert t.profiles >= MIN_PROFILES, f"{len(measured.skipped)} profiles skipped"
    assert t.top1 > t.baseline_top1
    assert t.top3 > t.baseline_top3


def test_a_top_three_hit_allows_only_acceptable_roles_above_the_first() -> None:
    p = Profile("x", "a", ("a", "b", "c"), "in-field", "https://example.org", "n")
    assert top3_hit(["b", "c", "a"], p)
    assert top3_hit(["a", "z", "y"], p)
    assert not top3_hit(["z", "a", "b"], p)
    assert not top3_hit(["b", "c", "d", "a"], p)
    assert not top3_hit([], p)


def test_the_measure_counts_hits_misses_and_skips(bundled: KnowledgeBase) -> None:
    """A role's own core skills rank it first; a profile naming an unknown role is skipped."""
    role = bundled.roles[0]
    other = bundled.roles[1].id
    names = ", ".join(bundled.skill_by_id[s].name for s in role.core)
    cases = [
        Profile(names, role.id, (role.id,), "in-field", "https://example.org", "hit"),
        Profile(names, other, (other,), "transferable", "https://example.org", "miss"),
        Profile(names, "no-such-role", ("no-such-role",), "in-field", "https://example.org", "skip"),
    ]
    m = measure(bundled, cases)
    assert [p.note for p in m.skipped] == ["skip"]
    assert (m.overall.profiles, m.overall.top1) == (2, 1)
    assert (m.by_kind["in-field"].top1, m.by_kind["transferable"].top1) == (1, 0)
    assert [o.profile.note for o in m.top1_misses] == ["miss"]


def test_the_baseline_ranks_by_shared_skills_then_id(bundled: KnowledgeBase) -> None:
    role = bundled.roles[0]
    ranked = baseline_rank(bundled, role.core)
    assert ranked[0] == role.id
    shared = [len(set(role.core) & {s for s, _ in bundled.role_by_id[r].skills}) for r in ranked]
    assert shared == sorted(shared, reverse=True) and 0 not in shared
    assert baseline_rank(bundled, []) == ()


def test_a_malformed_file_is_refused() -> None:
    good = {
        "skills": "sql",
        "first": "data-analyst",
        "top3": ["data-analyst"],
        "kind": "in-field",
        "source": "https://example.org",
        "note": "n",
    }
    parse_profiles({"profiles": [good]})
    for broken in (
        {**good, "kind": "insider"},
        {**good, "source": ""},
        {**good, "top3": "data-analyst"},
        {**good, "top3": ["seo-specialist"]},
        {**good, "top3": ["a", "b", "c", "data-analyst"]},
        {**good, "top3": ["data-analyst", "data-analyst"]},
        {k: v for k, v in good.items() if k != "note"},
    ):
        with pytest.raises(ProfileFileError):
            parse_profiles({"profiles": [broken]})
    with pytest.raises(ProfileFileError):
        parse_profiles(["sql"])

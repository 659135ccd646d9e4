"""The ranking: sensible for real profiles, and invariant where it must be."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ecomcareer import loader
from ecomcareer.grammar import split_inputs
from ecomcareer.matching import CORE_SHARE, IN_STORE_CREDIT, RELATED_CREDIT, Ranker
from ecomcareer.model import Importance, KnowledgeBase
from ecomcareer.skills import SkillResolver


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
        ("html, css, js, php, magento", "ecommerce-web-developer"),
        ("html, css, js, shopify, liquid", "shopify-developer"),
        ("selenium, jira, test automation", "qa-tester"),
        ("airflow, dbt, sql, python", "data-engineer"),
        ("rf scanner, pick and pack, packing, shipping", "fulfillment-associate"),
        ("cash register, pos, stocking shelves, customer service", "retail-sales-associate"),
        ("zendesk, shift lead, coaching, csat", "customer-service-team-lead"),
        ("shopify, order entry, data entry, excel", "ecommerce-assistant"),
        ("photoshop, lightroom, product photography", "product-photographer"),
        ("ab testing, hotjar, google analytics, statistics", "cro-specialist"),
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
    assert kb.role_by_id[best].family == "marketing"


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
        ranker.score(kb.role_by_id["long"], ["a", "b", "c"]).score
        == ranker.score(kb.role_by_id["short"], ["a", "b", "c"]).score
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


@given(
    st.lists(
        st.sampled_from(sorted(loader.load(loader.bundled_path()).skill_by_id)), min_size=1, max_size=12
    ),
    st.randoms(),
)
def test_typed_order_case_and_repeats_never_change_the_ranking(
    kb: KnowledgeBase, ranker: Ranker, skills: list[str], rnd: object
) -> None:
    """What a person types is read into a set of skills: 'SQL, excel, sql' ranks as 'excel, sql'."""
    names = [kb.skill_by_id[s].name for s in skills]
    typed = [n.upper() if i % 2 else n for i, n in enumerate(names * 2)]
    rnd.shuffle(typed)  # type: ignore[attr-defined]
    resolver = SkillResolver(kb)
    a = [(m.role.id, m.score) for m in ranker.rank(resolver.resolve(names).skill_ids)]
    b = [(m.role.id, m.score) for m in ranker.rank(resolver.resolve(typed).skill_ids)]
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
    assert 0 <= before.score <= after.score <= 100
    soft = ranker.kb.skill_by_id[added].category == "soft"
    if not soft or before.focus > 0:  # a soft skill adds nothing to a role none of the rest is for
        assert after.score > before.score
        assert after.coverage > before.coverage and after.focus >= before.focus


@given(skill_lists)
def test_scores_are_bounded_and_roles_held_back_never_pass_the_step_below(
    ranker: Ranker, skills: list[str]
) -> None:
    ranked = ranker.rank(skills)
    assert all(0 <= m.score <= 100 for m in ranked)
    free = [m.score for m in ranked if m.held_back is None]
    assert free == sorted(free, reverse=True)
    order = [m.role.id for m in ranked]
    for i, m in enumerate(ranked):
        if m.held_back is None:
            continue
        below = [j for j, other in enumerate(ranked) if m.role.id in other.role.next_roles]
        if below:
            assert i > below[0]
        else:
            assert all(other.held_back is not None for other in ranked[i:]), order


_WEIGHTS: dict[int, dict[str, float]] = {}


def reference_score(kb: KnowledgeBase, role_id: str, have: set[str]) -> float:
    """The README's formula, written out plainly and independently of matching.py."""
    import math

    role = kb.role_by_id[role_id]
    if id(kb) not in _WEIGHTS:
        listed = [dict(r.skills) for r in kb.roles]  # once: hypothesis times the first example too
        listing = {s.id: sum(s.id in skills for skills in listed) for s in kb.skills}
        _WEIGHTS[id(kb)] = {s: 1 + math.log(len(kb.roles) / n) for s, n in listing.items() if n}
    weight = _WEIGHTS[id(kb)]
    implied = {kb.skill_by_id[h].broader for h in have if kb.skill_by_id[h].broader} - have
    in_store = {kb.skill_by_id[h].online for h in have if kb.skill_by_id[h].online} - have - implied

    def credit(s: str) -> float:
        if s in have:
            return 1.0
        return RELATED_CREDIT if s in implied else IN_STORE_CREDIT if s in in_store else 0.0

    def coverage(ids: tuple[str, ...]) -> float:
        return sum(weight[s] * credit(s) for s in ids) / sum(weight[s] for s in ids)

    lists = set(role.core) | set(role.supporting)
    offered = [h for h in have if kb.skill_by_id[h].category != "soft"]

    def used(h: str) -> bool:
        skill = kb.skill_by_id[h]
        return bool({h, skill.broader, skill.online} & lists)

    total = sum(weight.get(h, 1.0) for h in offered)  # a skill no role lists weighs 1
    focus = sum(weight.get(h, 1.0) for h in offered if used(h)) / total if total else 1.0
    if not role.supporting:
        return 100 * coverage(role.core) * focus
    return 100 * (CORE_SHARE * coverage(role.core) + (1 - CORE_SHARE) * coverage(role.supporting)) * focus


@given(skill_lists)
def test_ranking_follows_the_documented_formula(ranker: Ranker, skills: list[str]) -> None:
    kb = ranker.kb
    ranked = ranker.rank(skills)
    have = set(skills)
    soft = {s.id for s in kb.skills if s.category == "soft"}
    leading = {"leadership"} | {s.id for s in kb.skills if s.broader == "leadership"}
    expected = {r.id: reference_score(kb, r.id, have) for r in kb.roles}
    shared = {
        r.id
        for r in kb.roles
        if any(m.credit > 0 and m.skill not in soft for m in ranker.score(r, have).contributions)
    }
    assert {m.role.id for m in ranked} == {
        rid for rid, score in expected.items() if score > 1e-9 and rid in shared
    }
    for m in ranked:
        assert m.score == pytest.approx(expected[m.role.id], abs=1e-9)
    held = not have & leading
    keys = [
        (-round(m.score, 6), -len(m.matched), m.role.id)
        for m in ranked
        if not (held and set(m.role.core) & leading)
    ]
    assert keys == sorted(keys)


# --- the ranking's rules, on the issue's own people ------------------------------------------


def test_a_cashier_is_sent_to_shop_and_service_roles_not_to_managing_an_online_store(
    kb: KnowledgeBase, ranker: Ranker
) -> None:
    top = ranked(kb, ranker, "cash handling, POS, customer service, merchandising")[:3]
    assert top[0] == "retail-sales-associate"
    assert set(top[1:]) == {"customer-service-rep", "ecommerce-assistant"}


def test_merchandising_beside_shop_floor_skills_is_read_as_store_merchandising(kb: KnowledgeBase) -> None:
    resolver = SkillResolver(kb)
    shop = resolver.resolve(["cash handling", "merchandising"]).recognized
    assert [(r.skill, r.note) for r in shop][1] == ("visual-merchandising", "beside shop-floor skills")
    online = resolver.resolve(["shopify", "google analytics", "merchandising"]).skill_ids
    assert "merchandising" in online and "visual-merchandising" not in online


def test_an_in_store_skill_earns_only_a_small_share_of_its_online_counterpart(
    kb: KnowledgeBase, ranker: Ranker
) -> None:
    role = kb.role_by_id["merchandiser"]
    online = ranker.score(role, ["merchandising"]).score
    store = ranker.score(role, ["visual-merchandising"])
    assert store.score == pytest.approx(online * IN_STORE_CREDIT)
    assert [(c.skill, c.via, c.credit) for c in store.related] == [
        ("merchandising", "visual-merchandising", IN_STORE_CREDIT)
    ]


def test_soft_skills_alone_never_put_a_role_in_the_ranking(kb: KnowledgeBase, ranker: Ranker) -> None:
    assert ranker.rank(["collaboration", "communication"]) == []
    ids = SkillResolver(kb).resolve(["forklift", "pallet jack", "pick and pack", "team player"]).skill_ids
    for m in ranker.rank(ids):
        assert any(c.credit > 0 and c.skill not in ranker.soft for c in m.contributions), m.role.id


def test_roles_leading_people_come_after_the_step_below_until_a_leadership_skill_is_named(
    kb: KnowledgeBase, ranker: Ranker
) -> None:
    worker = ["forklift", "wms", "inventory-management", "excel"]
    order = [m.role.id for m in ranker.rank(worker)]
    # Right after the step below it, not after every role that shares Excel.
    assert order.index("fulfillment-team-lead") == order.index("fulfillment-associate") + 1
    lead = ranker.rank(worker)[order.index("fulfillment-team-lead")]
    assert lead.held_back == "it leads people, and no leadership skill is given"
    with_lead = ranker.rank([*worker, "shift-supervision"])
    assert with_lead[0].role.id == "fulfillment-team-lead" and with_lead[0].held_back is None


def test_partly_met_skills_are_neither_matched_nor_missing(kb: KnowledgeBase, ranker: Ranker) -> None:
    m = ranker.score(kb.role_by_id["data-analyst"], ["sql", "excel", "tableau"])
    partly = [c.skill for c in m.related]
    assert partly == ["data-visualization"]
    assert "data-visualization" not in m.matched + m.missing_core + m.missing_supporting
    core = m.count(Importance.CORE)
    assert (core.have, core.partly, core.total) == (3, 1, len(kb.role_by_id["data-analyst"].core))


def test_a_role_that_uses_more_of_what_a_person_does_fits_them_better(
    kb: KnowledgeBase, ranker: Ranker
) -> None:
    """A hotel receptionist covers a shop's short list through the till about as far as a
    customer service role's; the customer service role uses their phones, complaints and
    front desk too."""
    typed = "reception, answering phones, complaint handling, cash handling, taking reservations"
    assert ranked(kb, ranker, typed)[0] == "customer-service-rep"
    skills = SkillResolver(kb).resolve(split_inputs(typed)).skill_ids
    retail = ranker.score(kb.role_by_id["retail-sales-associate"], skills)
    service = ranker.score(kb.role_by_id["customer-service-rep"], skills)
    assert service.focus > retail.focus and service.score > retail.score


def test_focus_leaves_out_soft_skills_and_counts_narrower_ones(kb: KnowledgeBase, ranker: Ranker) -> None:
    analyst = kb.role_by_id["data-analyst"]
    alone = ranker.score(analyst, ["sql", "excel"])
    assert alone.focus == 1.0 and alone.score == pytest.approx(alone.coverage)
    with_soft = ranker.score(analyst, ["sql", "excel", "patience"])
    assert with_soft.focus == 1.0  # patience is soft: no role is the worse for it
    narrower = ranker.score(analyst, ["postgresql", "excel"])  # PostgreSQL stands for SQL
    assert narrower.focus == 1.0
    elsewhere = ranker.score(analyst, ["sql", "excel", "forklift"])
    assert 0 < elsewhere.focus < 1 and elsewhere.score == pytest.approx(elsewhere.coverage * elsewhere.focus)


def test_without_focus_a_score_is_coverage_alone(kb: KnowledgeBase) -> None:
    analyst = kb.role_by_id["data-analyst"]
    plain = Ranker(kb, focus=False).score(analyst, ["sql", "excel", "forklift"])
    assert plain.focus == 1.0 and plain.score == pytest.approx(plain.coverage)
    assert plain.score == pytest.approx(Ranker(kb).score(analyst, ["sql", "excel"]).score)

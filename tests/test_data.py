"""The bundled knowledge base: complete, consistent, and true to its sources."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from ecomcareer.model import KnowledgeBase
from ecomcareer.words import canonical

CATALOGUE = {
    "digital-marketer",
    "ecommerce-sales-rep",
    "ecommerce-web-developer",
    "logistics-coordinator",
    "data-analyst",
    "customer-service-rep",
    "ecommerce-project-manager",
    "mobile-app-developer",
    "cybersecurity-specialist",
    "ai-specialist",
    "seo-specialist",
    "ppc-specialist",
    "social-media-manager",
    "content-marketer",
    "email-marketing-specialist",
    "marketplace-manager",
    "ecommerce-manager",
    "ux-designer",
    "inventory-planner",
    "supply-chain-analyst",
}

REFERENCE = next(
    (
        folder
        for folder in (
            Path(__file__).resolve().parents[2] / "shared" / "reference",
            Path("/work/shared/reference"),
        )
        if folder.is_dir()
    ),
    None,
)


def test_catalogue_roles_present(kb: KnowledgeBase) -> None:
    assert set(kb.role_by_id) >= CATALOGUE


def test_each_role_is_complete(kb: KnowledgeBase) -> None:
    for role in kb.roles:
        assert 8 <= len(role.skills) <= 30, role.id
        assert len(role.core) >= 3, role.id
        assert 4 <= len(role.responsibilities) <= 8, role.id
        assert role.salary and role.outlook and role.onet_code and role.education, role.id
        assert not set(role.next_roles) & set(role.related_roles), role.id


def test_vocabulary_is_rich_and_typed_as_people_type(kb: KnowledgeBase) -> None:
    assert len(kb.skills) >= 150
    aliases = {a for s in kb.skills for a in s.aliases}
    for typed in (
        "js",
        "ga4",
        "gtm",
        "sfmc",
        "ppc",
        "sem",
        "fba",
        "google adwords",
        "magento 2",
        "powerbi",
        "nodejs",
        "react.js",
    ):
        assert typed in aliases or typed in kb.skill_by_id, typed
    names = {s.name for s in kb.skills}
    for platform in (
        "Shopify",
        "Adobe Commerce",
        "WooCommerce",
        "BigCommerce",
        "Salesforce Commerce Cloud",
        "Amazon Seller Central",
        "Google Analytics",
        "Google Ads",
        "Meta Ads",
        "Klaviyo",
        "Mailchimp",
        "HubSpot",
        "Salesforce",
        "Zendesk",
        "Gorgias",
        "NetSuite",
        "ShipStation",
        "SAP",
        "Tableau",
        "Microsoft Power BI",
        "Looker",
        "Figma",
        "Jira",
        "Splunk",
        "PyTorch",
        "Swift",
        "Kotlin",
        "Communication",
        "Negotiation",
        "Patience",
        "Problem solving",
    ):
        assert platform in names, platform


def test_every_skill_is_used_or_is_a_narrower_form(kb: KnowledgeBase) -> None:
    unused = [s.id for s in kb.skills if not kb.roles_by_skill[s.id] and s.broader is None]
    assert unused == []


#: O*NET details that BLS publishes only inside a broader SOC code of its table.
BLS_AGGREGATES = {"53-1042.00": "53-1047", "13-1022.00": "13-1020"}
#: Catalogue roles whose mapping moved from role-facts.yaml's, and why.
REMAPPED = {
    # from 13-1081.00 Logisticians: the shipping-desk level, the same clerk level as inventory-planner
    "logistics-coordinator": "43-5011.00",
}
EXPERIENCE = {
    "None": "No work experience in a related occupation typically needed",
    "Less than 5 years": "Less than 5 years of work experience in a related occupation",
    "5 years or more": "5 years or more of work experience in a related occupation",
}
needs_reference = pytest.mark.skipif(
    REFERENCE is None, reason="the shared reference tables are not beside this checkout"
)


def onet_titles() -> dict[str, str]:
    assert REFERENCE is not None
    with (REFERENCE / "onet-29.2" / "Occupation Data.txt").open(encoding="utf-8", newline="") as fh:
        return {
            row["O*NET-SOC Code"]: row["Title"]
            for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        }


def bls_table() -> dict[str, dict[str, Any]]:
    assert REFERENCE is not None
    data = json.loads((REFERENCE / "bls-projections-2024-34.json").read_text(encoding="utf-8"))
    projections: dict[str, dict[str, Any]] = data["projections"]
    return projections


@needs_reference
def test_every_role_names_a_real_occupation_with_its_own_figures(kb: KnowledgeBase) -> None:
    titles, bls = onet_titles(), bls_table()
    for role in kb.roles:
        assert role.onet_code is not None and titles.get(role.onet_code) == role.onet_title, role.id
        assert role.salary is not None and role.outlook is not None, role.id
        found = re.search(r"SOC (\d\d-\d{4}) \((.+)\)$", role.salary.source)
        assert found, role.id
        soc = found.group(1)
        assert soc == BLS_AGGREGATES.get(role.onet_code, role.onet_code[:7]), role.id
        occupation = bls[soc]
        assert found.group(2).lower() == occupation["title"].lower(), role.id
        assert f"SOC {soc} " in role.outlook.source, role.id
        assert role.salary.median == occupation["median_annual_wage"] and role.salary.year == 2024, role.id
        assert role.outlook.growth_percent == occupation["employment_change_pct"], role.id
        assert role.outlook.annual_openings == round(occupation["annual_openings"] * 1000), role.id
        assert role.education == occupation["typical_education"], role.id
        experience = EXPERIENCE[occupation["work_experience"]]
        training = occupation["typical_training"]
        if training != "None":
            experience += "; " + training[0].lower() + training[1:]
        assert role.experience == experience + " (BLS)", role.id


@needs_reference
def test_catalogue_roles_keep_their_researched_mapping(kb: KnowledgeBase) -> None:
    assert REFERENCE is not None
    facts = yaml.safe_load((REFERENCE / "role-facts.yaml").read_text(encoding="utf-8"))
    assert set(facts) == CATALOGUE
    for role_id, fact in facts.items():
        assert kb.role_by_id[role_id].onet_code == REMAPPED.get(role_id, fact["onet_code"]), role_id


#: Roles for the people who most need the tool, the ladder above them and the trades of an online shop.
WIDER_CATALOGUE = {
    "fulfillment-associate",
    "customer-service-team-lead",
    "ecommerce-assistant",
    "product-photographer",
    "retail-sales-associate",
    "logistics-manager",
    "marketing-manager",
    "account-manager",
    "ecommerce-director",
    "product-manager",
    "data-engineer",
    "ml-engineer",
    "graphic-designer",
    "copywriter",
    "merchandiser",
    "buyer",
    "affiliate-manager",
    "cro-specialist",
    "customer-success-manager",
    "shopify-developer",
    "qa-tester",
}
WITHOUT_A_DEGREE = {"High school diploma or equivalent", "No formal educational credential"}
TOP_OF_A_LADDER = re.compile(r"\b(Director|Head|Chief|Principal)\b")


def test_forty_roles_and_more_with_the_wider_catalogue(kb: KnowledgeBase) -> None:
    assert len(kb.roles) >= 40
    assert set(kb.role_by_id) >= WIDER_CATALOGUE | CATALOGUE


def test_eight_roles_and_more_open_without_a_degree(kb: KnowledgeBase) -> None:
    open_roles = {r.id for r in kb.roles if r.education in WITHOUT_A_DEGREE}
    assert len(open_roles) >= 8
    assert {"fulfillment-associate", "retail-sales-associate", "customer-service-rep"} <= open_roles


def test_next_roles_never_loop_back_or_repeat_a_related_role(kb: KnowledgeBase) -> None:
    for role in kb.roles:
        assert role.id not in role.next_roles and role.id not in role.related_roles, role.id
        assert not set(role.next_roles) & set(role.related_roles), role.id
        for step in role.next_roles:
            assert role.id not in kb.role_by_id[step].next_roles, f"{role.id} <-> {step}"


def test_the_ladders_have_no_cycle_at_all(kb: KnowledgeBase) -> None:
    done: set[str] = set()

    def climb(role_id: str, below: tuple[str, ...]) -> None:
        assert role_id not in below, " -> ".join((*below, role_id))
        if role_id in done:
            return
        for step in kb.role_by_id[role_id].next_roles:
            climb(step, (*below, role_id))
        done.add(role_id)

    for role in kb.roles:
        climb(role.id, ())


def test_only_a_director_head_chief_or_principal_has_no_next_role(kb: KnowledgeBase) -> None:
    tops = [r for r in kb.roles if not r.next_roles]
    assert tops, "every ladder needs a top"
    for role in tops:
        assert TOP_OF_A_LADDER.search(role.title), f"{role.id} leads nowhere"


def test_every_role_reaches_the_top_of_a_ladder(kb: KnowledgeBase) -> None:
    for role in kb.roles:
        reached: set[str] = set()
        waiting = [role.id]
        while waiting:
            role_id = waiting.pop()
            if role_id not in reached:
                reached.add(role_id)
                waiting.extend(kb.role_by_id[role_id].next_roles)
        assert any(not kb.role_by_id[r].next_roles for r in reached), f"{role.id} never reaches a top"


def test_a_step_up_pays_at_least_as_much_unless_a_caveat_explains(kb: KnowledgeBase) -> None:
    for role in kb.roles:
        for step_id in role.next_roles:
            step = kb.role_by_id[step_id]
            assert role.salary is not None and step.salary is not None
            if step.salary.median < role.salary.median:
                assert role.caveat or step.caveat, f"{role.id} -> {step_id} pays less, unexplained"


def test_every_caveat_names_the_occupation_of_its_figures(kb: KnowledgeBase) -> None:
    for role in kb.roles:
        assert role.salary is not None and role.caveat, role.id
        found = re.search(r"SOC (\d\d-\d{4}) ", role.salary.source)
        assert found and found.group(1) in role.caveat, role.id


def test_the_ecommerce_manager_caveat_says_where_its_own_title_is_counted(kb: KnowledgeBase) -> None:
    caveat = kb.role_by_id["ecommerce-manager"].caveat or ""
    for fact in ("E-Commerce Manager", "Online Merchants", "13-1199.06", "13-1199", "11-2021"):
        assert fact in caveat, fact


def test_coordinator_and_planner_draw_on_occupations_of_the_same_level(kb: KnowledgeBase) -> None:
    coordinator, planner = kb.role_by_id["logistics-coordinator"], kb.role_by_id["inventory-planner"]
    assert coordinator.salary and planner.salary
    assert "SOC 43-" in coordinator.salary.source and "SOC 43-" in planner.salary.source
    assert coordinator.education == planner.education


GENERIC_WORDS = {"manager", "analyst", "specialist", "associate", "assistant", "developer", "designer"}
#: Names that really are used for two roles; the tool lists both.
SHARED_ALIASES = {"ai engineer": {"ai-specialist", "ml-engineer"}}
NAMES_PEOPLE_USE = {
    "amazon account manager": "marketplace-manager",
    "web dev": "ecommerce-web-developer",
    "web developer": "ecommerce-web-developer",
    "csr": "customer-service-rep",
    "call center agent": "customer-service-rep",
    "seo": "seo-specialist",
    "ux": "ux-designer",
    "warehouse associate": "fulfillment-associate",
    "picker packer": "fulfillment-associate",
    "cashier": "retail-sales-associate",
}


def test_every_role_has_the_names_people_use(kb: KnowledgeBase) -> None:
    holders: dict[str, set[str]] = {}
    titles = {r.title.lower(): r.id for r in kb.roles}
    for role in kb.roles:
        assert role.aliases, role.id
        assert len(set(role.aliases)) == len(role.aliases), role.id
        for alias in role.aliases:
            assert alias == alias.strip().lower() and alias not in GENERIC_WORDS, alias
            assert titles.get(alias, role.id) == role.id, f"{alias} is another role's title"
            holders.setdefault(alias, set()).add(role.id)
    shared = {alias: ids for alias, ids in holders.items() if len(ids) > 1}
    assert shared == SHARED_ALIASES
    for alias, role_id in NAMES_PEOPLE_USE.items():
        assert holders.get(alias) == {role_id}, alias


def test_no_two_skills_share_a_loose_form(kb: KnowledgeBase) -> None:
    """A name written another way (spacing, punctuation, British spelling) must not read as
    another skill: two skills sharing a loose form would make both unreadable in that form."""
    owners: dict[str, set[str]] = {}
    for skill in kb.skills:
        for name in (skill.id, skill.name, *skill.aliases):
            owners.setdefault(canonical(name), set()).add(skill.id)
    shared = {form: ids for form, ids in owners.items() if form and len(ids) > 1}
    assert not shared, shared

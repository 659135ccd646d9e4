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

"""The bundled knowledge base: complete, consistent, and true to its sources."""

from __future__ import annotations

import json
from pathlib import Path

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

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference"


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


@pytest.mark.skipif(not REFERENCE.is_dir(), reason="the shared reference tables are not beside this checkout")
def test_figures_match_the_reference_tables(kb: KnowledgeBase) -> None:
    facts = yaml.safe_load((REFERENCE / "role-facts.yaml").read_text(encoding="utf-8"))
    bls = json.loads((REFERENCE / "bls-projections-2024-34.json").read_text(encoding="utf-8"))["projections"]
    for role_id, fact in facts.items():
        role = kb.role_by_id[role_id]
        occupation = bls[fact["bls_soc"]]
        assert role.onet_code == fact["onet_code"] and role.onet_title == fact["onet_title"]
        assert role.salary is not None and role.salary.median == occupation["median_annual_wage"]
        assert role.salary.year == 2024 and fact["bls_soc"] in role.salary.source
        assert role.outlook is not None and role.outlook.growth_percent == occupation["employment_change_pct"]
        assert role.outlook.annual_openings == round(occupation["annual_openings"] * 1000)
        assert role.education == occupation["typical_education"]

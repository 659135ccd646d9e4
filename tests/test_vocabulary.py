"""The skill vocabulary: the `ambiguous` mark, and skills read as a person means them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import yaml

from ecomcareer import loader
from ecomcareer.errors import DataError
from ecomcareer.grammar import parse_skill_list
from ecomcareer.model import KnowledgeBase
from ecomcareer.skills import Recognized, SkillResolver
from tests.conftest import MINIMAL


def problems(text: str) -> list[str]:
    with pytest.raises(DataError) as info:
        loader.loads(text, "roles.yaml")
    return info.value.lines()


def test_ambiguous_words_are_kept_as_written() -> None:
    text = MINIMAL.replace(
        "{id: excel, name: Microsoft Excel, category: data, aliases: [ms excel]}",
        "{id: excel, name: Microsoft Excel, category: data, aliases: [ms excel, excel], ambiguous: [Excel]}",
    )
    kb = loader.loads(text)
    assert kb.skill_by_id["excel"].ambiguous == ("Excel",)
    assert kb.skill_by_id["sql"].ambiguous == ()


@pytest.mark.parametrize("word", ["excel", "EXCEL", "ms  excel", "Microsoft Excel"])
def test_ambiguous_may_name_the_id_the_name_or_an_alias(word: str) -> None:
    text = MINIMAL.replace("aliases: [ms excel]}", f"aliases: [ms excel], ambiguous: ['{word}']}}")
    assert loader.loads(text).skill_by_id["excel"].ambiguous == (word,)


def test_ambiguous_word_that_is_not_the_skills_own_is_refused_with_its_line() -> None:
    text = MINIMAL.replace("aliases: [ms excel]}", "aliases: [ms excel], ambiguous: [ms excel, sheets]}")
    assert problems(text) == [
        "roles.yaml:4:99: skills[1].ambiguous[1]: 'sheets' is not the id, name or an alias of skill "
        "'excel'; 'ambiguous' marks some of the skill's own words"
    ]


def test_ambiguous_word_of_another_skill_is_refused() -> None:
    text = MINIMAL.replace("aliases: [ms excel]}", "aliases: [ms excel], ambiguous: [sql]}")
    [problem] = problems(text)
    assert "skills[1].ambiguous[0]: 'sql' is not the id, name or an alias of skill 'excel'" in problem


def test_ambiguous_must_be_a_list_of_text() -> None:
    [problem] = problems(MINIMAL.replace("aliases: [ms excel]}", "aliases: [ms excel], ambiguous: excel}"))
    assert "skills[1].ambiguous: expected a list, got text ('excel')" in problem


# The bundled vocabulary, read as a person means it.

REPO = Path(__file__).resolve().parents[1]
REFERENCE = next(
    (p for p in (Path("/work/shared/reference"), REPO.parent / "shared" / "reference") if p.is_dir()), None
)


@pytest.fixture(scope="module")
def resolver(kb: KnowledgeBase) -> SkillResolver:
    return SkillResolver(kb)


@pytest.mark.parametrize(
    ("typed", "skill"),
    [
        ("picking and packing", "pick-and-pack"),
        ("forklift", "forklift"),
        ("forklift certified", "forklift"),
        ("stocking shelves", "stocking"),
        ("cycle counts", "cycle-counting"),
        ("pallet jack", "pallet-jack"),
        ("able to lift 50 lbs", "physical-stamina"),
        ("sales", "sales"),
        ("marketing", "marketing"),
        ("email", "email"),
        ("social media", "social-media"),
        ("powerpoint", "powerpoint"),
        ("microsoft office", "microsoft-office"),
        ("etsy", "etsy"),
        ("typography", "typography"),
        ("color theory", "color-theory"),
        ("branding", "branding"),
        ("upselling", "upselling"),
        ("bilingual spanish", "spanish"),
        ("fluent in French", "french"),
        ("negotiating", "negotiation"),
        ("team player", "collaboration"),
        ("Microsoft SQL Server", "sql-server"),
        ("Adobe InDesign", "indesign"),
        ("Hypertext markup language HTML", "html"),
        ("micro-influencers", "influencer-marketing"),
        ("scheduling posts", "social-scheduling"),
        ("strong writer", "written-communication"),
        ("community building", "community-management"),
        ("answering comments", "social-customer-care"),
        ("client reports", "reporting"),
        ("shows up on time", "punctuality"),
    ],
)
def test_everyday_skills_read_as_people_mean_them(resolver: SkillResolver, typed: str, skill: str) -> None:
    result = resolver.resolve_one(typed)
    assert isinstance(result, Recognized) and result.skill == skill, result


@pytest.mark.parametrize(
    ("typed", "skill", "not_this"),
    [
        ("SAS", "sas", "css"),
        ("data analysis", "data-analysis", "analytical-thinking"),
        ("research", "research", "curiosity"),
        ("facebook", "facebook", "meta-business-suite"),
        ("instagram", "instagram", "meta-business-suite"),
        ("tiktok ads", "tiktok-ads", "tiktok"),
        ("linkedin", "linkedin", "linkedin-sales-navigator"),
        ("vendor central", "amazon-vendor-central", "amazon-seller-central"),
        ("elasticsearch", "elasticsearch", "vector-search"),
        ("sketch", "sketch", "wireframing"),
        ("adobe xd", "adobe-xd", "wireframing"),
        ("segment", "segment", "cdp"),
        ("chatgpt", "generative-ai-tools", "llms"),
        ("tms", "tms", "wms"),
        ("cms", "cms", "ecommerce-platforms"),
        ("iterable", "iterable", "braze"),
        ("intercom", "intercom", "chatbots"),
        ("sass", "sass", "css"),
        ("teams", "microsoft-teams", "slack"),
        ("critical thinking", "analytical-thinking", "problem-solving"),
        ("AHT", "contact-center-metrics", "csat-nps"),
        ("Less", "less-css", "sass"),
    ],
)
def test_words_once_misread_now_name_their_own_skill(
    resolver: SkillResolver, typed: str, skill: str, not_this: str
) -> None:
    result = resolver.resolve_one(typed)
    assert isinstance(result, Recognized) and result.skill == skill != not_this, result


# The jargon and abbreviations of each trade, each read as the skill it names in that trade.


@pytest.mark.parametrize(
    ("typed", "skill"),
    [
        # marketplaces and ad metrics
        ("ACoS", "amazon-ads"),
        ("TACoS", "amazon-ads"),
        ("sponsored display", "amazon-ads"),
        ("ROAS", "performance-marketing"),
        ("cost per acquisition", "performance-marketing"),
        ("LTV", "cohort-analysis"),
        ("churn analysis", "cohort-analysis"),
        ("AOV", "pnl-management"),
        ("ASINs", "product-information-management"),
        ("GTIN", "product-information-management"),
        ("GS1 barcodes", "product-information-management"),
        ("Buy Box management", "pricing-strategy"),
        ("Enhanced Brand Content", "listing-optimization"),
        ("FBA shipments", "amazon-fba"),
        ("IPI score", "amazon-fba"),
        ("suppressed listings", "account-health"),
        # store, warehouse and fulfilment
        ("BOPIS", "store-fulfillment"),
        ("BORIS", "store-fulfillment"),
        ("click-and-collect", "store-fulfillment"),
        ("ship from store", "store-fulfillment"),
        ("label printers", "barcode-labeling"),
        ("RF devices", "rf-scanning"),
        ("ride-on pallet jacks", "pallet-jack"),
        ("OSHA-10 certified", "warehouse-safety"),
        ("OSHA-compliant", "warehouse-safety"),
        ("personal protective equipment", "warehouse-safety"),
        ("shipping manifests", "shipping-compliance"),
        ("POS terminals", "point-of-sale"),
        ("clienteling", "retail-sales"),
        ("cross-merchandising", "visual-merchandising"),
        ("store merchandising", "visual-merchandising"),
        ("online merchandising", "merchandising"),
        ("floor sets", "planograms"),
        ("HighJump Warehouse Advantage", "wms"),
        ("RedPrairie", "wms"),
        ("WFM", "staff-scheduling"),
        # contact centre
        ("AHT", "contact-center-metrics"),
        ("first call resolution", "contact-center-metrics"),
        ("QA scores", "contact-center-metrics"),
        ("CSAT", "csat-nps"),
        ("multichannel support", "live-chat"),
        # SEO, content, email and PPC
        ("SERP analysis", "seo"),
        ("E-E-A-T", "seo"),
        ("off-page SEO", "link-building"),
        ("XML sitemaps", "technical-seo"),
        ("robots.txt", "technical-seo"),
        ("ESP", "email-marketing"),
        ("list hygiene", "deliverability"),
        ("abandoned cart flows", "email-automation"),
        ("AIDA", "copywriting"),
        ("content calendar", "content-strategy"),
        ("crisis communications", "public-relations"),
        ("Smart Bidding", "bid-management"),
        ("tROAS", "bid-management"),
        ("responsive search ads", "google-ads"),
        ("shopping campaigns", "google-ads"),
        ("negative keywords", "ppc"),
        ("Google Shopping", "merchant-center"),
        # Shopify, web, data and security
        ("metafields", "shopify"),
        ("Online Store 2.0", "liquid"),
        ("Flexbox", "css"),
        ("Alpine.js", "alpinejs"),
        ("Express.js", "express"),
        ("Less", "less-css"),
        ("snowflake schema", "data-modeling"),
        ("OLAP", "data-warehousing"),
        ("change data capture", "etl"),
        ("managed Kubernetes", "kubernetes"),
        ("IOCs", "threat-intelligence"),
        ("TTPs", "threat-intelligence"),
        ("CySA+", "security-certification"),
        ("IBM QRadar", "siem"),
        ("Kali Linux", "penetration-testing"),
        # O*NET product names as O*NET writes them
        ("StataCorp Stata", "stata"),
        ("Qlik Tech QlikView", "qlik"),
        ("Corel CorelDraw Graphics Suite", "coreldraw"),
        ("SAP BusinessObjects Crystal Reports", "sap-businessobjects"),
        ("Minitab", "minitab"),
        # soft skills and work habits
        ("team-working", "collaboration"),
        ("works well with others", "collaboration"),
        ("people skills", "communication"),
        ("interpersonal skills", "communication"),
        ("self-direction", "independent-work"),
        ("self-starter", "independent-work"),
        ("level-headed", "stress-tolerance"),
        ("physical endurance", "physical-stamina"),
        ("critical thinking", "analytical-thinking"),
        ("task delegation", "leadership"),
        ("leadership skills", "leadership"),
        ("training and development", "staff-training"),
        ("personable", "professionalism"),
    ],
)
def test_trade_jargon_reads_as_its_skill(resolver: SkillResolver, typed: str, skill: str) -> None:
    result = resolver.resolve_one(typed)
    assert isinstance(result, Recognized) and result.skill == skill, result


@pytest.mark.parametrize(
    "typed",
    [
        # a bare metric or code that more than one trade (or profession) uses
        "CPA",
        "CPC",
        "CPM",
        "CTR",
        "conversion rate",
        "churn",
        "SKU",
        "UPC",
        "CDC",
        "quality score",
        "quality scores",
        "service levels",
        # ordinary words and phrases around the new names
        "eat",
        "express shipping",
        "more or less",
        "hydrogen",
        "toast",
        "flexible schedule",
        "manifest",
        "collect",
        "curbside",
        "smart",
        "calm",
        "self",
        "gmail",
        "case management software",
    ],
)
def test_ambiguous_metrics_and_ordinary_words_read_as_no_skill(resolver: SkillResolver, typed: str) -> None:
    assert resolver.read(typed).recognized == ()


@pytest.mark.parametrize(
    ("skill", "not_this"),
    [
        ("contact-center-metrics", "csat-nps"),
        ("visual-merchandising", "merchandising"),
    ],
)
def test_contact_centre_metrics_and_store_merchandising_stay_their_own_skills(
    kb: KnowledgeBase, skill: str, not_this: str
) -> None:
    """AHT is no satisfaction score; a shop-floor display is no online merchandising: neither shares
    the other's names."""
    own = {a.casefold() for a in kb.skill_by_id[skill].aliases}
    other = {a.casefold() for a in kb.skill_by_id[not_this].aliases}
    assert own and not own & other


@pytest.mark.parametrize(
    ("narrow", "broad"),
    [
        ("klaviyo", "email-marketing"),
        ("gorgias", "helpdesk"),
        ("freshdesk", "helpdesk"),
        ("sass", "css"),
        ("sketch", "wireframing"),
        ("segment", "cdp"),
        ("pick-and-pack", "warehouse-operations"),
        ("stocking", "retail-store-operations"),
        ("spanish", "foreign-languages"),
        ("powerpoint", "microsoft-office"),
        ("store-fulfillment", "order-fulfillment"),
        ("contact-center-metrics", "customer-service"),
        ("express", "nodejs"),
        ("alpinejs", "javascript"),
        ("less-css", "css"),
        ("minitab", "statistics"),
    ],
)
def test_narrower_skills_point_to_the_general_one(kb: KnowledgeBase, narrow: str, broad: str) -> None:
    assert kb.skill_by_id[narrow].broader == broad


@pytest.mark.parametrize(
    ("skill", "word"),
    [
        ("go", "go"),
        ("r", "r"),
        ("c", "c"),
        ("microsoft-teams", "teams"),
        ("excel", "excel"),
        ("research", "research"),
        ("segment", "segment"),
        ("swift", "swift"),
        ("apache-spark", "spark"),
        ("rest-apis", "rest"),
        ("nodejs", "node"),
        ("closing", "closing"),
        ("polish", "polish"),
        ("express", "express"),
        ("less-css", "less"),
        ("email-marketing", "esp"),
        ("copywriting", "aida"),
    ],
)
def test_common_words_are_marked_ambiguous(kb: KnowledgeBase, skill: str, word: str) -> None:
    assert word in kb.skill_by_id[skill].ambiguous


def test_vocabulary_is_large(kb: KnowledgeBase) -> None:
    assert len(kb.skills) >= 640


def test_every_skill_counts_in_some_role(kb: KnowledgeBase) -> None:
    """Recognising a skill must change a score: it is on a role, or narrower than a skill that is."""
    idle = [
        s.id
        for s in kb.skills
        if not kb.roles_by_skill[s.id] and not (s.broader and kb.roles_by_skill[s.broader])
    ]
    assert idle == []


def test_every_role_lists_8_to_30_skills(kb: KnowledgeBase) -> None:
    assert {r.id: len(r.skills) for r in kb.roles if not 8 <= len(r.skills) <= 30} == {}


# O*NET hot technologies of the roles' occupations.

EXCLUSIONS = REPO / "data" / "onet-hot-technology-exclusions.yaml"


def _hot_technologies(kb: KnowledgeBase, reference: Path) -> set[str]:
    codes = {r.onet_code for r in kb.roles}
    table = reference / "onet-29.2" / "Technology Skills.txt"
    with table.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader(f, delimiter="\t")
        return {
            row["Example"] for row in rows if row["O*NET-SOC Code"] in codes and row["Hot Technology"] == "Y"
        }


@pytest.mark.skipif(
    REFERENCE is None, reason="the shared O*NET reference tables are not beside this checkout"
)
def test_onet_hot_technologies_resolve_or_are_excluded(kb: KnowledgeBase, resolver: SkillResolver) -> None:
    assert REFERENCE is not None
    hot = _hot_technologies(kb, REFERENCE)
    excluded = {e["example"] for e in yaml.safe_load(EXCLUSIONS.read_text(encoding="utf-8"))["exclusions"]}
    assert excluded <= hot, "an exclusion names no hot technology of the roles"
    misread = [x for x in sorted(excluded) if resolver.resolve([x]).recognized]
    assert misread == [], "excluded technologies must not be read as some other skill"
    unread = [x for x in sorted(hot - excluded) if not resolver.resolve([x]).recognized]
    assert unread == [], "hot technologies neither read nor excluded"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("picking and packing", [("pick-and-pack", None)]),
        ("forklift", [("forklift", None)]),
        ("stocking shelves", [("stocking", None)]),
        ("Excel (advanced)", [("excel", "advanced")]),
        ("figma (a little)", [("figma", "a little")]),
        ("google analytics (basic)", [("google-analytics", "basic")]),
        ("1. python", [("python", None)]),
        ("- sql", [("sql", None)]),
        ("• Tableau", [("tableau", None)]),
        ("git/github", [("git", None)]),
        ("excel and sql", [("excel", None), ("sql", None)]),
        ("SQL & Python", [("sql", None), ("python", None)]),
        ("HTML5/CSS3", [("html", None), ("css", None)]),
        ("python (pandas, numpy)", [("python", None), ("pandas", None), ("numpy", None)]),
        ("A/B testing", [("ab-testing", None)]),
        ("pick and pack", [("pick-and-pack", None)]),
        ("sales", [("sales", None)]),
        ("marketing", [("marketing", None)]),
        ("email", [("email", None)]),
        ("social media", [("social-media", None)]),
        ("powerpoint", [("powerpoint", None)]),
        ("microsoft office", [("microsoft-office", None)]),
        ("etsy", [("etsy", None)]),
        ("typography", [("typography", None)]),
        ("branding", [("branding", None)]),
        ("upselling", [("upselling", None)]),
        ("bilingual spanish", [("spanish", None)]),
        ("fluent in French", [("french", None)]),
        ("cycle counts", [("cycle-counting", None)]),
        ("negotiating", [("negotiation", None)]),
        ("Salesforce software", [("salesforce", None)]),
        ("HubSpot CRM", [("hubspot", None)]),
        ("Microsoft SQL Server", [("sql-server", None)]),
        ("Adobe InDesign", [("indesign", None)]),
        ("APICS CPIM", [("scm-certification", None)]),
        ("javascrpt", [("javascript", None)]),
        # each of these once read as another skill
        ("SAS", [("sas", None)]),
        ("data analysis", [("data-analysis", None)]),
        ("research", [("research", None)]),
        ("facebook", [("facebook", None)]),
        ("instagram", [("instagram", None)]),
        ("tiktok ads", [("tiktok-ads", None)]),
        ("linkedin", [("linkedin", None)]),
        ("vendor central", [("amazon-vendor-central", None)]),
        ("elasticsearch", [("elasticsearch", None)]),
        ("sketch", [("sketch", None)]),
        ("adobe xd", [("adobe-xd", None)]),
        ("segment", [("segment", None)]),
        ("chatgpt", [("generative-ai-tools", None)]),
        ("tms", [("tms", None)]),
        ("cms", [("cms", None)]),
        ("iterable", [("iterable", None)]),
        ("intercom", [("intercom", None)]),
        # a name with '&' that is not two skills stays whole
        ("Search & Social", []),
    ],
)
def test_what_people_type_reads_as_they_mean(
    resolver: SkillResolver, typed: str, expected: list[tuple[str, str | None]]
) -> None:
    result = resolver.resolve(parse_skill_list([typed]))
    assert [(r.skill, r.note) for r in result.recognized] == expected


# Everyday tasks as people from warehouses, shops, call centres and front desks write them (the
# task statements of O*NET occupations and ESCO's labels for the same tasks): each is its skill.


@pytest.mark.parametrize(
    ("typed", "skill"),
    [
        ("unloading freight", "loading-unloading"),
        ("loading cargo", "loading-unloading"),
        ("loading vans", "loading-unloading"),
        ("unloading deliveries", "loading-unloading"),
        ("receiving stock", "receiving"),
        ("checking deliveries", "receiving"),
        ("signing for deliveries", "receiving"),
        ("goods inward", "receiving"),
        ("putting stock away", "put-away"),
        ("refilling shelves", "stocking"),
        ("stocking merchandise", "stocking"),
        ("picking customer orders", "pick-and-pack"),
        ("filling orders", "pick-and-pack"),
        ("pulling orders", "pick-and-pack"),
        ("packing parcels", "packing"),
        ("preparing packages", "packing"),
        ("labelling parcels", "barcode-labeling"),
        ("printing shipping labels", "barcode-labeling"),
        ("sorting mail", "sorting"),
        ("moving freight", "material-handling"),
        ("lifting boxes", "physical-stamina"),
        ("driving a forklift", "forklift"),
        ("counting stock", "cycle-counting"),
        ("taking inventory", "cycle-counting"),
        ("inspecting goods", "quality-control"),
        ("shipping orders", "shipping-receiving"),
        ("delivering parcels", "delivery-driving"),
        ("making deliveries", "delivery-driving"),
        ("planning delivery routes", "route-planning"),
        ("cashing up", "cash-handling"),
        ("working the till", "cash-handling"),
        ("ringing up purchases", "point-of-sale"),
        ("answering customer queries", "customer-service"),
        ("waiting tables", "customer-service"),
        ("welcoming guests", "customer-greeting"),
        ("price labels", "price-tagging"),
        ("arranging displays", "visual-merchandising"),
        ("mopping floors", "cleaning"),
        ("returns and exchanges", "returns-refunds"),
        ("answering the phone", "phone-support"),
        ("transferring calls", "phone-support"),
        ("taking messages", "phone-support"),
        ("answering customer emails", "live-chat"),
        ("replying to emails", "email"),
        ("dealing with customer complaints", "complaint-resolution"),
        ("tracking orders", "order-lookup"),
        ("dealing with difficult customers", "de-escalation"),
        ("updating customer records", "crm"),
        ("checking in guests", "reception"),
        ("taking reservations", "scheduling"),
        ("making appointments", "scheduling"),
        ("inputting data", "data-entry"),
        ("taking phone orders", "order-entry"),
        ("keeping records", "filing"),
        ("opening mail", "mail-handling"),
        ("uploading products", "product-information-management"),
        ("creating product listings", "listing-optimization"),
        ("taking product photos", "product-photography"),
    ],
)
def test_everyday_tasks_read_as_their_skill(resolver: SkillResolver, typed: str, skill: str) -> None:
    assert resolver.read(typed).skill_ids == (skill,)


@pytest.mark.parametrize(
    ("typed", "skill", "other_trade"),
    [
        ("picking products", "pick-and-pack", "picking stocks"),
        ("sorting letters", "sorting", "sorting algorithms"),
        ("doing inventory", "cycle-counting", "taking stock"),
        ("receiving merchandise", "receiving", "receiving feedback"),
        ("moving stock", "material-handling", "moving averages"),
        ("packing goods", "packing", "packing lists"),
        ("checking guests in", "reception", "checking in passengers"),
        ("ringing up sales", "point-of-sale", "up sales"),
        ("uploading product photos", "product-information-management", "product photos"),
        ("bussing tables", "cleaning", "cleaning data"),
        ("listing products", "listing-optimization", "updating listings"),
        ("tracking packages", "order-lookup", "tracking pixels"),
        ("checking guests in and out", "reception", "quarterly check-ins"),
        ("checking guests in and out", "reception", "guest checkout"),  # an online shop's
        ("screening calls", "phone-support", "screening candidates"),
        ("balancing the till", "cash-handling", "balancing priorities"),
        ("handling escalated complaints", "complaint-resolution", "handling escalated tickets"),
    ],
)
def test_an_everyday_task_is_read_and_the_same_words_of_another_trade_are_not_it(
    resolver: SkillResolver, typed: str, skill: str, other_trade: str
) -> None:
    assert resolver.read(typed).skill_ids == (skill,)
    assert skill not in resolver.read(other_trade).skill_ids


@pytest.mark.parametrize("phrase", ["responding to inquiries", "Respond to inquiries", "handling inquiries"])
def test_answering_inquiries_is_customer_service(kb: KnowledgeBase, phrase: str) -> None:
    assert SkillResolver(kb).resolve([phrase]).skill_ids == ("customer-service",)


def test_a_customer_service_occupation_brings_customer_service(kb: KnowledgeBase) -> None:
    from ecomcareer import jobs

    occupation = jobs.bundled().occupation("43-4051.00")
    assert occupation is not None
    assumed = {a.skill for a in jobs.assumed_skills(kb, occupation, use_cache=False)}
    assert "customer-service" in assumed  # 'Contact customers to respond to inquiries'

"""A typed item of several words that no name covers whole is read for the names said within
it, as a line of a résumé is, with the care of the typed reader."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from ecomcareer import skills
from ecomcareer.cli.app import app
from ecomcareer.documents import Document, extract
from ecomcareer.inputs import read_typed
from ecomcareer.model import KnowledgeBase
from ecomcareer.skills import How, SkillResolver

from .conftest import MINIMAL


@pytest.mark.parametrize(
    ("typed", "skill"),
    [
        ("hitting sales goals", "sales-targets"),
        ("WMS power user", "wms"),
        ("calming down upset customers", "de-escalation"),
        ("keeping stock levels up", "inventory-management"),
        # a product the task was done with, named as it is written, though the task is not read
        ("fixed product photos in Photoshop", "photoshop"),
        ("fixed bugs in our PHP website", "php"),
        ("creating worksheets in canva", "canva"),
        ("posting on instagram", "instagram"),
        ("customer messages on ebay", "ebay"),
        ("attended to customer complaints", "customer-service"),
        ("BigQuery on a budget", "bigquery"),
        ("coordinating pen tests", "penetration-testing"),
    ],
)
def test_a_phrase_is_read_for_the_name_within_it(kb: KnowledgeBase, typed: str, skill: str) -> None:
    assert SkillResolver(kb).resolve([typed]).skill_ids == ()  # no name covers it whole
    read = read_typed(kb, [typed])
    assert [(r.skill, r.how) for r in read.recognized] == [(skill, How.PHRASE)]
    assert read.unrecognized == ()


@pytest.mark.parametrize(
    "typed",
    [
        # what is said after a task that is not read: wishes, places, days, the wrong sense
        "seeking a role in data analysis",
        "interest in machine learning",
        "meetings on Monday",
        "no driving licence",  # what the person lacks
        "attended a webinar about Google Ads",
        "promoted from customer service",
        "no experience with Photoshop",
        "safe operation of cash registers",
        "checks on packed orders",
        # a word between a task's verb and its thing may say what the thing is
        "processing tax returns",
        "resolving transaction disputes",
        "hitting productivity targets",
        # another form of a name that is a thing, judged whole already
        "gift wrap",
        # teams worked beside, code written, rules others follow
        "working with UX engineering and marketing",
        "working with web design and dev teams",
        "writing and debugging code",
        "making sure staff follow procedures",
        "sanity testing",
        "looking after patients",  # people, not the quality 'patient'
        # work others did
        "my manager used Power BI for reporting",
        "our marketing agency ran the Facebook ads",
        "our Shopify store was redesigned by an agency",
        "sister works in SEO",  # family, not work
        "my dad runs a Shopify store",
        "I shop on eBay a lot",  # a shopper, not a seller
    ],
)
def test_a_phrase_names_nothing_the_typed_reader_would_refuse(kb: KnowledgeBase, typed: str) -> None:
    read = read_typed(kb, [typed])
    assert read.recognized == ()
    assert [u.input for u in read.unrecognized] == [typed]


def test_phrases_keep_the_order_they_were_typed_in(kb: KnowledgeBase) -> None:
    read = read_typed(kb, ["hitting sales goals", "sql", "WMS power user", "excel"])
    assert read.skill_ids == ("sales-targets", "sql", "wms", "excel")


def test_only_the_first_phrases_of_a_call_are_read(kb: KnowledgeBase) -> None:
    filler = [f"frobnicating {n} widgets" for n in range(skills.MAX_PHRASES)]
    read = read_typed(kb, [*filler, "hitting sales goals"])
    assert read.recognized == ()
    assert read.unrecognized[-1].input == "hitting sales goals"


names_and_phrases = st.lists(
    st.sampled_from(
        [
            "sql",
            "ms excel",
            "Excel (advanced)",
            "hitting sales goals",
            "WMS power user",
            "training on Salesforce",
            "gift wrap",
            "frobnicating widgets",
            "picking and packing",
            "javascrpt",
            "calming down upset customers",
        ]
    ),
    max_size=6,
)


@settings(max_examples=40, deadline=None)
@given(typed=names_and_phrases)
def test_reading_phrases_only_adds_to_what_names_read(kb: KnowledgeBase, typed: list[str]) -> None:
    plain = SkillResolver(kb).resolve(typed)
    full = read_typed(kb, typed)
    assert set(plain.skill_ids) <= set(full.skill_ids)
    not_read = {u.input for u in plain.unrecognized}
    assert all(r.input in not_read for r in full.recognized if r.how is How.PHRASE)
    assert {u.input for u in full.unrecognized} <= not_read


def test_match_says_a_skill_was_read_from_a_phrase(runner: CliRunner) -> None:
    result = runner.invoke(app, ["match", "--skills", "sql, hitting sales goals", "--format", "json"])
    assert result.exit_code == 0, result.output
    read = json.loads(result.stdout)["recognized"]
    phrase = {"input": "hitting sales goals", "skill": "sales-targets", "how": "phrase"}
    assert phrase.items() <= read[1].items()
    table = runner.invoke(app, ["match", "--skills", "sql, hitting sales goals"])
    assert "hitting sales goals → Meeting sales targets (phrase)" in " ".join(table.stdout.split())


def test_a_phrase_is_read_against_the_users_own_file(
    runner: CliRunner, write: Callable[[str, str], Path]
) -> None:
    path = write(MINIMAL, "roles.yaml")
    result = runner.invoke(
        app, ["--data", str(path), "match", "--skills", "weekly Tableau dashboards", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    read = json.loads(result.stdout)["recognized"]
    assert [(r["skill"], r["how"]) for r in read] == [("tableau", "phrase")]


def _resume(kb: KnowledgeBase, heading: str, line: str) -> set[str]:
    text = f"Jo Bloggs\n\n## {heading}\n- {line}\n"
    return set(extract(kb, Document("cv.md", text)).skill_ids)


def test_a_skills_section_item_is_read_for_the_names_within_it(kb: KnowledgeBase) -> None:
    assert _resume(kb, "Skills", "hitting sales goals, Excel") == {"sales-targets", "excel"}


def test_a_certificate_s_name_is_not_read_for_the_names_within_it(kb: KnowledgeBase) -> None:
    found = _resume(kb, "Certifications", "HubSpot Customer Success Certificate, Excel")
    assert "customer-success" not in found


@pytest.mark.parametrize(
    ("line", "not_this"),
    [
        ("Worked with the web design and dev teams on the new checkout", "web-design"),
        ("Partnered with SEO and paid search teams on landing pages", "seo"),
        ("Worked closely with marketing on the spring range", "marketing"),
        ("Wrote and debugged code for the web shop", "written-communication"),
        ("Writing code for the returns portal", "written-communication"),
        ("Made sure staff follow procedures on the shop floor", "following-instructions"),
    ],
)
def test_a_sentence_names_no_skill_of_a_team_worked_beside_or_of_code(
    kb: KnowledgeBase, line: str, not_this: str
) -> None:
    assert not_this not in _resume(kb, "Experience", line)


#: Words of the rules above, to make phrases of.
PHRASE_WORDS = (
    "in", "with", "by", "our", "the", "and", "&", "/", "(", ")", "Photoshop", "sales", "goals",
    "working", "writing", "code", "attended", "to", "teams", "agency", "staff", "follow",
    "procedures", "é", "C++",
)  # fmt: skip
phrase_words = st.sampled_from(PHRASE_WORDS)


@settings(max_examples=150, deadline=None)
@given(
    typed=st.lists(st.lists(phrase_words, min_size=2, max_size=9).map(" ".join), min_size=1, max_size=4)
    | st.lists(st.text(min_size=2, max_size=60), min_size=1, max_size=3)
)
def test_any_phrase_is_read_without_fault_into_skills_of_the_vocabulary(
    kb: KnowledgeBase, typed: list[str]
) -> None:
    read = read_typed(kb, typed)
    assert {r.skill for r in read.recognized} <= set(kb.skill_by_id)


@pytest.mark.parametrize(
    "typed", ["I have no driving licence", "haven't used SQL", "unfamiliar with Excel pivot tables"]
)
def test_a_phrase_saying_the_person_lacks_a_skill_names_none(kb: KnowledgeBase, typed: str) -> None:
    assert read_typed(kb, [typed]).recognized == ()


def test_a_phrase_keeps_its_qualifier_as_the_note(kb: KnowledgeBase) -> None:
    read = read_typed(kb, ["WMS power user (advanced)"])
    assert [(r.skill, r.note) for r in read.recognized] == [("wms", "advanced")]


def test_an_item_longer_than_a_skill_is_not_read_as_a_phrase(kb: KnowledgeBase) -> None:
    typed = (
        "hitting sales goals every month while " + "working very hard each day and " * 4 + "using Photoshop"
    )
    assert len(typed) > skills.MAX_INPUT_LENGTH
    read = read_typed(kb, [typed])
    assert read.recognized == ()
    assert [u.input for u in read.unrecognized] == [typed]


def test_phrases_read_leave_the_suggestions_to_what_is_not_understood(kb: KnowledgeBase) -> None:
    typed = [f"hitting sales goals {n}" for n in range(skills.MAX_SUGGESTED)] + ["seller"]
    read = read_typed(kb, typed)
    assert [u.input for u in read.unrecognized] == ["seller"]
    assert "amazon-seller-central" in read.unrecognized[0].suggestions


@pytest.mark.parametrize(
    ("line", "skills"),
    [
        ("Tracked customer interest in new products using Power BI and SQL", {"power-bi", "sql"}),
        ("Attended customers and processed returns at the till", {"reverse-logistics"}),
    ],
)
def test_a_word_of_a_wish_or_an_event_elsewhere_in_a_line_drops_nothing(
    kb: KnowledgeBase, line: str, skills: set[str]
) -> None:
    assert skills <= _resume(kb, "Experience", line)


def test_an_interest_said_of_the_person_is_a_wish(kb: KnowledgeBase) -> None:
    assert _resume(kb, "Experience", "Interested in machine learning and Python") == set()


@pytest.mark.parametrize(
    ("typed", "skill"),
    [
        ("creative with Photoshop", "photoshop"),  # the tool, not only the quality
        ("communication in French", "french"),
        ("Office 365 administration", "microsoft-office"),  # a version is no count
    ],
)
def test_a_quality_or_a_count_never_hides_a_product(kb: KnowledgeBase, typed: str, skill: str) -> None:
    assert read_typed(kb, [typed]).skill_ids == (skill,)


@pytest.mark.parametrize(
    "typed",
    [
        "photoshop (want to learn)",
        "SQL (not yet)",
        "Excel (none)",
        "python (my pet snake)",  # an everyday thing named like a tool
        "java (the coffee lol)",
        "Ruby (my dog)",
        "pet python owner",
        "go (the board game)",
        "SQL (none yet)",
        "Excel (nope, never)",
        "Xero (none – used Sage)",
        "C1 licence (provisional)",
        "Ruby (my daughter)",
        "Spark (my cat)",
        "coordinating contractors",  # not people led
        "Working towards my C1 licence",
        "Excel (I'd like to learn)",
        "Tableau - want to learn",  # the same note after a dash or a colon
        "SQL: none yet",
        "Power BI – course starts in March",
        "Canva (would like training)",
        "Kotlin (only heard of it)",
        "learning Figma next month",
        "Swift (huge Taylor Swift fan)",  # the singer
        "sage (herb garden)",
        "java (coffee lover)",
        "chef (my aunt's job)",
        "watching YouTube",  # its audience
        "scrolling instagram",
        "Forklift - need training",  # no training of others either
        "Xero (course starts Monday)",
        "Python - course booked for June",
        "Spanish (forgotten most of it)",
        "TikTok (personal account only)",  # used as anyone uses it
        "pinterest - just for friends and family",
        "Figma?? heard of it",  # a note after question marks
        "flat white drinker",  # a taste
        "C&C",  # the letters of one name, not the language C
        "R&R",
        "very caring",  # a quality said strongly, and no care work
    ],
)
def test_an_item_saying_the_skill_is_lacked_or_another_thing_names_none(
    kb: KnowledgeBase, typed: str
) -> None:
    assert read_typed(kb, [typed]).recognized == ()


@pytest.mark.parametrize(
    ("typed", "skill"),
    [
        ("Excel (not advanced)", "excel"),  # says how well
        ("forklift (not certified)", "forklift"),
        ("sql (learning)", "sql"),
        ("coffee making", "barista"),  # coffee is the skill here, not a tool's other sense
        ("python (pandas, numpy)", "python"),
        ("Excel (keen to improve)", "excel"),  # a wish for more
        ("Excel (want to learn VBA)", "excel"),
        ("Python (built a snake game)", "python"),  # a project, not a pet
        ("Photoshop (pet portraits)", "photoshop"),
        ("Set up our shop on Etsy", "etsy"),  # the person's shop
        ("Mother's Day campaigns in Klaviyo", "klaviyo"),  # a day, not a mother at work
        ("Sold books on eBay", "ebay"),  # where the goods were sold
        ("Excel (not used since 2021)", "excel"),  # said when, not lacked
        ("Google Ads (not yet certified)", "google-ads"),
        ("Python (a pet project)", "python"),  # a bracket saying more than the other thing
        ("Sage (no, used Xero)", "xero"),  # the one the person has
        ("Friend referral programme built in Shopify", "shopify"),
        ("Excel - advanced", "excel"),  # a dash saying how well
        ("SQL (learning in my spare time)", "sql"),  # learning now, not later
        ("Java (day job)", "java"),
        ("YouTube channel growth", "youtube"),
        ("cust service", "customer-service"),  # a short form of a word
        ("Python (learning in a bootcamp)", "python"),  # learning now
        ("First aid - course booked to renew", "first-aid"),  # a course for more
        ("Forklift licence (course booked for refresher)", "forklift"),
        ("TikTok - scroll-stopping content", "tiktok"),  # made, not watched
        ("Instagram (personal brand, 12k followers)", "instagram"),  # more than personal use
        ("monthly payroll", "payroll"),  # how often says nothing of which work
        ("really patient", "patience"),
        ("pick n pack", "pick-and-pack"),  # 'n' for 'and'
        ("sql & python", "python"),
        ("Excel (forgot to mention, advanced)", "excel"),  # not the skill forgotten
        ("Canva (personal use)", "canva"),  # a tool so used is known; a channel so used is not
    ],
)
def test_a_bracket_saying_how_well_or_what_with_keeps_the_skill(
    kb: KnowledgeBase, typed: str, skill: str
) -> None:
    assert skill in read_typed(kb, [typed]).skill_ids


@pytest.mark.parametrize("typed", ["renewals & holds", "policy renewals"])
def test_renewals_alone_are_no_customer_success(kb: KnowledgeBase, typed: str) -> None:
    # a library's or an insurer's renewals; 'customer renewals' still are
    assert "customer-success" not in read_typed(kb, [typed]).skill_ids
    assert read_typed(kb, ["customer renewals"]).skill_ids == ("customer-success",)

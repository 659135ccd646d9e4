"""Reading skills the way people type them."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ecomcareer import words as word_forms
from ecomcareer.documents.extract import typed_reader
from ecomcareer.grammar import parse_skill_list, said_as_a_task, split_inputs
from ecomcareer.model import KnowledgeBase, Skill
from ecomcareer.skills import How, Recognized, SkillResolver
from ecomcareer.words import canonical, normalise, normalised, ordinary_words, tokens


@pytest.fixture(scope="module")
def resolver(kb: KnowledgeBase) -> SkillResolver:
    return SkillResolver(kb)


@pytest.mark.parametrize(
    ("typed", "skill", "how"),
    [
        ("SQL", "sql", How.EXACT),
        ("Microsoft Excel", "excel", How.EXACT),
        ("js", "javascript", How.ALIAS),
        ("ms excel", "excel", How.ALIAS),
        ("MS  Excel", "excel", How.ALIAS),
        ("powerbi", "power-bi", How.ALIAS),
        ("google adwords", "google-ads", How.ALIAS),
        ("magento 2", "adobe-commerce", How.ALIAS),
        ("GA4", "google-analytics", How.ALIAS),
        ("ＳＱＬ", "sql", How.EXACT),  # full-width letters, NFKC
        ("Power_BI", "power-bi", How.NORMALISED),
        ("React-JS", "react", How.NORMALISED),
        ("pivot table", "excel", How.NORMALISED),
        ("javascrpt", "javascript", How.TYPO),
        ("tablaeu", "tableau", How.TYPO),
        ("negociation", "negotiation", How.TYPO),
        ("goggle analytics", "google-analytics", How.TYPO),
    ],
)
def test_reads_what_people_type(resolver: SkillResolver, typed: str, skill: str, how: How) -> None:
    assert resolver.resolve_one(typed) == Recognized(typed, skill, how)


@pytest.mark.parametrize(
    "word",
    [
        "banana",
        "kitchen",
        "football",
        "guitar",
        "nursing",
        "welding",
        "gmail",
        "cooking",
        "🙂",
        "مرحبا",
        "数据",
    ],
)
def test_unrelated_words_are_never_mapped(resolver: SkillResolver, word: str) -> None:
    result = resolver.resolve_one(word)
    assert not isinstance(result, Recognized), result


@pytest.mark.parametrize(
    ("typed", "skill"),
    [
        ("data visualisations", "data-visualization"),
        ("handled returns", "reverse-logistics"),  # 'handling returns'
        ("reconciling cash", "cash-handling"),  # 'cash reconciliation', verb first
        ("managing the inventory", "inventory-management"),
        ("planning routes", "route-planning"),
    ],
)
def test_another_form_of_a_names_words_reads_as_the_name(
    resolver: SkillResolver, typed: str, skill: str
) -> None:
    assert resolver.resolve_one(typed) == Recognized(typed, skill, How.NORMALISED)


@pytest.mark.parametrize(
    ("typed", "skill"),
    [
        ("stakeholder mgmt", "stakeholder-management"),
        ("time mgmt", "time-management"),
        ("inventory mgmt", "inventory-management"),
        ("digital mktg", "digital-marketing"),
        ("Inventory Mgmt", "inventory-management"),
    ],
)
def test_short_forms_of_words_read_as_the_words(resolver: SkillResolver, typed: str, skill: str) -> None:
    assert resolver.resolve_one(typed) == Recognized(typed, skill, How.NORMALISED)


@pytest.mark.parametrize(
    ("typed", "skill"),
    [
        ("data visualisation", "data-visualization"),
        ("Data-Visualisation", "data-visualization"),
        ("programme management", "project-management"),
    ],
)
def test_british_spellings_read_as_the_names_spelt_the_american_way(
    resolver: SkillResolver, typed: str, skill: str
) -> None:
    assert resolver.resolve_one(typed) == Recognized(typed, skill, How.NORMALISED)


@pytest.mark.parametrize(
    ("typed", "skill"),
    [
        ("ecommerce SEO", "seo"),
        ("online customer service", "customer-service"),
        ("ecommerce copywriting", "copywriting"),  # a skill's own name, though an ordinary word
        ("picking online grocery orders", "store-fulfillment"),  # said after the task's verb
        # where, or for whom, said between a task's verb and its thing
        ("stocking store shelves", "stocking"),
        ("answering pharmacy phones", "phone-support"),
        ("picking warehouse orders", "pick-and-pack"),
        ("greeting hotel guests", "customer-greeting"),
    ],
)
def test_a_word_saying_where_the_work_is_done_is_not_the_skill(
    resolver: SkillResolver, typed: str, skill: str
) -> None:
    assert resolver.resolve_one(typed) == Recognized(typed, skill, How.NORMALISED)


@pytest.mark.parametrize(
    "typed", ["online shopping", "online training", "digital strategy", "online teams", "online support"]
)
def test_a_word_saying_where_leaves_a_distinctive_name_or_nothing(
    resolver: SkillResolver, typed: str
) -> None:
    assert not isinstance(resolver.resolve_one(typed), Recognized)


@pytest.mark.parametrize(("typed", "skill"), [("filing", "filing"), ("filling shelves", "stocking")])
def test_spelling_never_merges_two_words(resolver: SkillResolver, typed: str, skill: str) -> None:
    found = resolver.resolve_one(typed)
    assert isinstance(found, Recognized) and found.skill == skill


@pytest.mark.parametrize(
    "typed",
    [
        "gift wrap",
        "gift wraps",  # gift wrapping is an alias of packing
        "digital market",  # digital marketing
        "container ships",  # container shipping
        "data engineers",  # data engineering
        "filing orders",  # filling orders
        "scrapping data",  # data scraping
    ],
)
def test_a_thing_or_another_verb_is_not_the_activity_a_name_says(resolver: SkillResolver, typed: str) -> None:
    assert not isinstance(resolver.resolve_one(typed), Recognized)


@pytest.mark.parametrize(
    ("typed", "not_this"),
    [
        ("FreshBooks", "freshdesk"),  # two real words, an accounting product: no 'Freshworks' misspelt
        ("password resets", "planograms"),  # no maker's name before 'resets', an ambiguous name
        ("working with art directors", "creative-direction"),  # people the work is done with
        ("working with marketing", "marketing"),  # beside the marketing team
        ("working with QA and training", "uat"),
        ("closings and inspections", "closing"),  # a house sale's closings, no closing of sales
        ("closings", "closing"),  # the plural of a real word, no misspelling of 'closing'
        ("GDS (Amadeus / Sabre)", "looker-studio"),  # a travel agent's booking system
        ("managing error handlers", "leadership"),  # code, not people
    ],
)
def test_another_product_or_people_are_not_a_skill_they_look_like(
    resolver: SkillResolver, typed: str, not_this: str
) -> None:
    assert not_this not in resolver.resolve([typed]).skill_ids


def test_a_misspelling_that_looks_like_two_words_is_still_read(resolver: SkillResolver) -> None:
    assert resolver.resolve(["Leadersip", "markting", "Postgress"]).skill_ids == (
        "leadership",
        "marketing",
        "postgresql",
    )


def test_working_with_a_tool_is_still_the_tool(resolver: SkillResolver) -> None:
    assert resolver.resolve(["working with SQL", "working with Shopify"]).skill_ids == ("sql", "shopify")


def test_unrecognized_inputs_come_with_suggestions(resolver: SkillResolver) -> None:
    result = resolver.resolve(["sales pipe", "sql"])
    assert [r.skill for r in result.recognized] == ["sql"]
    [unknown] = result.unrecognized
    assert unknown.input == "sales pipe" and "sales-pipeline" in unknown.suggestions
    assert len(unknown.suggestions) <= 3


def test_alias_and_name_of_one_skill_count_once(resolver: SkillResolver) -> None:
    result = resolver.resolve(["js", "JavaScript", "javascrpt"])
    assert result.skill_ids == ("javascript",)


def test_split_inputs() -> None:
    assert split_inputs(" sql , Excel\n\ntableau;;python,") == ["sql", "Excel", "tableau", "python"]
    assert split_inputs(",, ,") == []


def test_split_inputs_keeps_a_bracketed_list_together() -> None:
    assert split_inputs("python (pandas, numpy), sql") == ["python (pandas, numpy)", "sql"]
    assert split_inputs("excel [vba; macros]\nsql") == ["excel [vba; macros]", "sql"]
    # a bracket never closed is just a character: the line splits as it always did
    assert split_inputs("python (pandas, numpy") == ["python (pandas", "numpy"]
    assert split_inputs("a (b\nc), d") == ["a (b", "c)", "d"]


def test_exact_names_never_load_the_words_text(resolver: SkillResolver) -> None:
    word_forms._words_text.cache_clear()
    SkillResolver(resolver._kb).resolve(["SQL", "ms excel", "Power BI", "js"])
    assert word_forms._words_text.cache_info().currsize == 0


def test_canonical_forgives_punctuation_and_dot_js() -> None:
    assert canonical("React.js") == canonical("reactjs") == "react"
    assert canonical("P&L") == canonical("p and l")
    assert canonical("js") == "js"


@given(st.text())
def test_normalise_is_idempotent(text: str) -> None:
    assert normalise(normalise(text)) == normalise(text)


@given(st.lists(st.one_of(st.text(), st.text(alphabet="ab -\t\n"), st.sampled_from(["sql", " a", "a  b"]))))
def test_the_fast_normalising_of_many_names_is_normalise(texts: list[str]) -> None:
    assert normalised(texts) == [normalise(t) for t in texts]


words = st.sampled_from(["sql", "SQL", "js", "excel", "banana", "tablaeu", "ms excel", "Figma", "pos", "xyz"])


@given(st.lists(words, max_size=8), st.randoms())
def test_order_and_duplicates_do_not_change_what_is_understood(
    resolver: SkillResolver, inputs: list[str], rnd: object
) -> None:
    shuffled = list(inputs) * 2
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    a, b = resolver.resolve(inputs), resolver.resolve(shuffled)
    assert set(a.skill_ids) == set(b.skill_ids)
    assert {normalise(u.input) for u in a.unrecognized} == {normalise(u.input) for u in b.unrecognized}


# A small vocabulary of our own: each behaviour below is shown on names chosen to test it. ------


def _skill(id: str, name: str, *aliases: str) -> Skill:
    return Skill(id, name, "data", tuple(aliases))


SMALL = KnowledgeBase(
    skills=(
        _skill("sql", "SQL", "structured query language", "t-sql"),
        _skill("excel", "Microsoft Excel", "ms excel", "pivot tables"),
        _skill("word", "Microsoft Word", "ms word", "word"),
        _skill("powerpoint", "PowerPoint", "ms powerpoint"),
        _skill("python", "Python", "python3"),
        _skill("pandas", "pandas"),
        _skill("numpy", "NumPy"),
        _skill("figma", "Figma"),
        _skill("tableau", "Tableau"),
        _skill("google-analytics", "Google Analytics", "ga4"),
        _skill("google-ads", "Google Ads", "google shopping ads"),
        _skill("typing", "Typing", "data entry"),
        _skill("git", "Git", "github"),
        _skill("html", "HTML", "html5"),
        _skill("css", "CSS", "css3", "sass"),
        _skill("javascript", "JavaScript", "js"),
        _skill("ab-testing", "A/B testing"),
        _skill("pick-and-pack", "Pick and pack"),
        _skill("search-social", "Search & Social"),
        _skill("shipping-receiving", "Shipping and receiving"),
        _skill("shipping", "Shipping"),
        _skill("receiving", "Receiving"),
        _skill("salesforce", "Salesforce", "salesforce crm"),
        _skill("hubspot", "HubSpot", "hubspot crm"),
        _skill("zendesk", "Zendesk"),
        _skill("indesign", "InDesign"),
        _skill("cpim", "CPIM"),
        _skill("online-shopping", "Online shopping", "shopping"),
        _skill("advertising", "Advertising"),
        _skill("teamwork", "Teamwork", "teams"),
        _skill("rest-apis", "REST APIs", "rest"),
        _skill("crm", "CRM software"),
        _skill("marketo", "Marketo"),
        _skill("data-analytics", "Data analytics"),
        _skill("sketchup", "SketchUp"),
        _skill("negotiation", "Negotiation"),
        _skill("canva", "Canva"),
        _skill("gorgias", "Gorgias"),
        _skill("sales-pipeline", "Sales pipeline", "sales process"),
        _skill("forklift", "Forklift operation", "forklift"),
        _skill("time-management", "Time management"),
        _skill("inventory-management", "Inventory management"),
        _skill("stocking", "Stocking", "stocking shelves"),
        _skill("cash-handling", "Cash handling"),
        _skill("communication", "Communication", "interpersonal skills"),
        _skill("multitasking", "Multitasking", "multitask"),
        _skill("storytelling", "Storytelling"),
        _skill("email", "Email"),
        _skill("email-marketing", "Email marketing"),
        _skill("sms-marketing", "SMS marketing"),
        _skill("active-listening", "Active listening"),
        _skill("stata", "Stata"),
        _skill("burp", "Burp Suite"),
        _skill("seo", "Search engine optimization", "seo"),
    ),
    roles=(),
)


@pytest.fixture(scope="module")
def small() -> SkillResolver:
    return SkillResolver(SMALL)


def readings(resolver: SkillResolver, typed: str) -> list[tuple[str, str | None]]:
    """What one line of a skills list reads as: (skill, note) for each skill credited."""
    result = resolver.resolve(parse_skill_list([typed]))
    return [(r.skill, r.note) for r in result.recognized]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Excel (advanced)", [("excel", "advanced")]),
        ("figma (a little)", [("figma", "a little")]),
        ("google analytics (basic)", [("google-analytics", "basic")]),
        ("1. python", [("python", None)]),
        ("2) SQL", [("sql", None)]),
        ("- sql", [("sql", None)]),
        ("• Tableau", [("tableau", None)]),
        ("* excel", [("excel", None)]),
        ('"Figma".', [("figma", None)]),
        ("**SQL**", [("sql", None)]),
        ("Excel - advanced", [("excel", "advanced")]),
        ("SQL: intermediate", [("sql", "intermediate")]),
        ("advanced excel", [("excel", "advanced")]),
        ("proficient in SQL", [("sql", "proficient")]),
        ("excel at SQL", [("sql", "excel")]),
        ("I excel in python", [("python", "i excel")]),
        ("basic knowledge of python", [("python", "basic knowledge")]),
        ("working knowledge of figma", [("figma", "working knowledge")]),
        ("3 years of sql", [("sql", "3 years")]),
        ("SQL (3 years)", [("sql", "3 years")]),
        ("typing 60 wpm", [("typing", "60 wpm")]),
        ("python from start to finish", [("python", "from start to finish")]),
        ("SQL end-to-end", [("sql", "end-to-end")]),
        ("figma from scratch", [("figma", "from scratch")]),
        ("Python 3.11", [("python", "3.11")]),
    ],
)
def test_decorations_and_qualifiers_around_a_name(
    small: SkillResolver, typed: str, expected: list[object]
) -> None:
    assert readings(small, typed) == expected


def test_the_qualifier_is_kept_with_how_the_name_was_read(small: SkillResolver) -> None:
    assert small.resolve(["Excel (advanced)"]).recognized == (
        Recognized("Excel (advanced)", "excel", How.EXACT, "advanced"),
    )
    assert small.resolve(["ms excel - 5 years"]).recognized == (
        Recognized("ms excel - 5 years", "excel", How.ALIAS, "5 years"),
    )


@pytest.mark.parametrize(
    ("typed", "skills"),
    [
        ("python (pandas, numpy)", ["python", "pandas", "numpy"]),
        ("git/github", ["git"]),
        ("HTML5/CSS3", ["html", "css"]),
        ("excel and sql", ["excel", "sql"]),
        ("SQL & Python", ["sql", "python"]),
        ("Word, Excel and PowerPoint", ["word", "excel", "powerpoint"]),
        ("SQL + Python", ["sql", "python"]),
        ("advanced excel and basic sql", ["excel", "sql"]),
        ("Excel (advanced) and SQL (basic)", ["excel", "sql"]),
        ("A/B testing and SQL", ["ab-testing", "sql"]),
        ("Tools: Excel, SQL", ["excel", "sql"]),
    ],
)
def test_several_names_in_one_item(small: SkillResolver, typed: str, skills: list[str]) -> None:
    assert [skill for skill, _ in readings(small, typed)] == skills


@pytest.mark.parametrize(
    ("typed", "skill"),
    [
        ("A/B testing", "ab-testing"),
        ("pick and pack", "pick-and-pack"),
        ("Search & Social", "search-social"),
        ("shipping and receiving", "shipping-receiving"),  # though each half is a skill too
    ],
)
def test_a_name_with_a_separator_in_it_stays_whole(small: SkillResolver, typed: str, skill: str) -> None:
    assert readings(small, typed) == [(skill, None)]


def test_a_split_counts_only_when_every_piece_is_a_known_name(small: SkillResolver) -> None:
    result = small.resolve(["excel and powerpnt", "sql/banana", "excel and javascrpt"])
    assert result.recognized == ()
    assert [u.input for u in result.unrecognized] == [
        "excel and powerpnt",
        "sql/banana",
        "excel and javascrpt",
    ]
    assert result.unrecognized[0].suggestions[0] == "excel"  # the piece that was understood


def test_an_unknown_name_in_a_bracketed_list_is_reported_not_dropped(small: SkillResolver) -> None:
    result = small.resolve(["python (pandas, polars)", "Excel (advanced, pivot tables)"])
    assert [(r.skill, r.note) for r in result.recognized] == [
        ("python", None),
        ("pandas", None),
        ("excel", "advanced"),
    ]
    assert [u.input for u in result.unrecognized] == ["polars"]


def test_several_readings_of_one_item_share_its_input(small: SkillResolver) -> None:
    result = small.resolve(["excel and sql"])
    assert [(r.input, r.skill) for r in result.recognized] == [
        ("excel and sql", "excel"),
        ("excel and sql", "sql"),
    ]
    assert small.resolve_one("excel and sql") == Recognized("excel and sql", "excel", How.EXACT)


@pytest.mark.parametrize(
    ("typed", "skill"),
    [
        ("Salesforce software", "salesforce"),
        ("HubSpot CRM", "hubspot"),
        ("Microsoft SQL Server", "sql"),
        ("MS SQL", "sql"),
        ("Adobe InDesign", "indesign"),
        ("APICS CPIM", "cpim"),
        ("Google Ads platform", "google-ads"),
        ("Zendesk ticketing system", "zendesk"),
        ("Tableau desktop software", None),
    ],
)
def test_vendor_and_generic_words_around_a_known_name(
    small: SkillResolver, typed: str, skill: str | None
) -> None:
    assert [s for s, _ in readings(small, typed)] == ([skill] if skill else [])


@pytest.mark.parametrize(
    ("typed", "alone"),
    [
        ("Google Shopping", "shopping"),
        ("Amazon Advertising", "advertising"),
        ("Microsoft Teams", "teams"),
        ("shopping platform", "shopping"),
        ("teams app", "teams"),
    ],
)
def test_dropping_a_vendor_or_generic_word_never_leaves_an_ordinary_word(
    small: SkillResolver, typed: str, alone: str
) -> None:
    assert readings(small, alone) != []  # the word alone is a skill here, yet:
    assert readings(small, typed) == []


@pytest.mark.parametrize(
    ("typed", "not_this"),
    [
        ("retail", "rest-apis"),
        ("sales", "css"),  # not 'sass'
        ("marketing", "marketo"),
        ("data analysis", "data-analytics"),
        ("sketch", "sketchup"),
        ("typography", "crm"),
        ("Georgian", "gorgias"),
        ("canvas", "canva"),
        ("SAS", "css"),
    ],
)
def test_a_real_word_is_never_read_as_a_misspelt_name(
    small: SkillResolver, typed: str, not_this: str
) -> None:
    result = small.resolve([typed])
    assert result.recognized == ()
    assert not_this not in result.unrecognized[0].suggestions


@pytest.mark.parametrize(
    ("typed", "skill"),
    [
        ("javascrpt", "javascript"),
        ("tablaeu", "tableau"),
        ("negociation", "negotiation"),
        ("goggle analytics", "google-analytics"),
        ("googleanalitics", "google-analytics"),
        ("advanced javascrpt", "javascript"),
        ("salesforse (2 years)", "salesforce"),
    ],
)
def test_misspelt_names_are_read_as_typos(small: SkillResolver, typed: str, skill: str) -> None:
    [reading] = small.resolve([typed]).recognized
    assert (reading.skill, reading.how) == (skill, How.TYPO)


@pytest.mark.parametrize("typed", ["figmaaa", "sqll", "exel", "goggle", "anlytics dataa"])
def test_short_words_and_partial_names_take_no_typo(small: SkillResolver, typed: str) -> None:
    """A typo needs five letters or more, and every word typed must stand for a word of the name."""
    assert small.resolve([typed]).recognized == ()


def test_suggestions_are_plausible_best_first_and_few(small: SkillResolver) -> None:
    def suggested(typed: str) -> tuple[str, ...]:
        [unknown] = small.resolve([typed]).unrecognized
        return unknown.suggestions

    assert suggested("sales")[0] == "sales-pipeline"  # a name containing the word typed
    assert suggested("pandsa numpyy") == ()
    assert "google-ads" in suggested("Google Shopping")
    assert suggested("retail") == suggested("typography") == suggested("banana") == ()
    assert suggested("tablu")[:1] == ("tableau",)
    assert all(len(suggested(w)) <= 3 for w in ["s", "sql server thing stuff", "data", "google"])


def test_ten_thousand_items_are_read_quickly(kb: KnowledgeBase) -> None:
    names = [s.name for s in kb.skills] + [a for s in kb.skills for a in s.aliases]  # every skill first
    shapes = ["{}", "- {}", "{} (advanced)", "advanced {}", "{} software", "{} and banana", "{}x{}"]
    inputs = [shapes[i // len(names) % len(shapes)].format(names[i % len(names)], i) for i in range(10_000)]
    resolver = SkillResolver(kb)
    resolver.resolve(inputs[:10])  # tables built on first need are not what is timed
    start = time.perf_counter()
    result = resolver.resolve(inputs)
    assert time.perf_counter() - start < 0.5
    assert len(result.recognized) > 5_000 and len(result.skill_ids) == len(kb.skills)


# Properties -------------------------------------------------------------------------------------

_plain_names = [n for s in SMALL.skills for n in (s.name, *s.aliases) if not any(c in n for c in ",;()")]
known = st.sampled_from(_plain_names)
bullet = st.sampled_from(["", "- ", "* ", "• ", "1. ", "12) ", "> "])
qualifier = st.sampled_from(
    ["{}", "{} (advanced)", "advanced {}", "{} - basic", "proficient in {}", "{} (3 years)", '"{}"', "{}."]
)


@given(st.lists(known, min_size=1, max_size=6), st.sampled_from([", ", "\n", "; ", " ,\n"]))
def test_splitting_never_loses_a_known_name(names: list[str], separator: str) -> None:
    resolver = SkillResolver(SMALL)
    expected = {resolver.resolve([n]).skill_ids[0] for n in names}
    assert set(resolver.resolve(parse_skill_list([separator.join(names)])).skill_ids) == expected


@given(known, bullet, qualifier)
def test_decorations_around_a_known_name_always_read_as_it(name: str, before: str, shape: str) -> None:
    resolver = SkillResolver(SMALL)
    [skill] = resolver.resolve([name]).skill_ids
    assert resolver.resolve([before + shape.format(name)]).skill_ids == (skill,)


@given(st.lists(st.text(max_size=120), max_size=5))
def test_resolve_never_raises(texts: list[str]) -> None:
    result = SkillResolver(SMALL).resolve(parse_skill_list(texts))
    assert all(len(u.suggestions) <= 3 for u in result.unrecognized)


_english = sorted(w for w in ordinary_words() if len(w) > 2)[::40]


@given(st.lists(st.sampled_from([*_english, *_plain_names, "advanced", "software", "google"]), max_size=3))
def test_nothing_reads_as_a_skill_none_of_whose_words_are_near_it(words: list[str]) -> None:
    typed = " ".join(words)
    for reading in SkillResolver(SMALL).resolve([typed]).recognized:
        skill = next(s for s in SMALL.skills if s.id == reading.skill)
        own = {w for n in (skill.id, skill.name, *skill.aliases) for w in tokens(n)}
        joined = {canonical(n) for n in (skill.id, skill.name, *skill.aliases)}
        assert any(
            w in own or w.rstrip("s") in own or f"{w}s" in own or w in joined for w in tokens(typed)
        ), (typed, reading)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # a task: the verb set aside, or its noun said with the name
        ("operate forklift", ["forklift"]),
        ("manage time", ["time-management"]),
        ("manage inventory", ["inventory-management"]),
        ("stock shelves", ["stocking"]),
        ("handle cash", ["cash-handling"]),
        ("use MS Excel", ["excel"]),
        ("Git for version control", ["git"]),
        ("negotiate", ["negotiation"]),
        # how well, said around the name
        ("Effective communication skills", ["communication"]),
        ("Excellent interpersonal skills", ["communication"]),
        ("Ability to multitask", ["multitasking"]),
        ("Knack for storytelling", ["storytelling"]),
        ("be a proficient MS Excel user", ["excel"]),
        # lists: 'or', 'vs', several separators in a row
        ("Figma, Canva, or Tableau", ["figma", "canva", "tableau"]),
        ("SQL vs Python", ["sql", "python"]),
        # two names sharing a word said once
        ("email and SMS marketing", ["email-marketing", "sms-marketing"]),
        ("email and SQL", ["email", "sql"]),
        # a list in brackets after words that are only a vendor's and generic
        ("Google Tools (GA4 & Tableau)", ["google-analytics", "tableau"]),
        # a maker's name before the product, initials repeated after a name
        ("StataCorp Stata", ["stata"]),
        ("PortSwigger Burp Suite", ["burp"]),
        ("Search engine optimization SEO software", ["seo"]),
        # a typo behind a generic word
        ("Hubspt software", ["hubspot"]),
    ],
)
def test_phrases_people_write_around_a_name(small: SkillResolver, typed: str, expected: list[str]) -> None:
    assert [skill for skill, _ in readings(small, typed)] == expected


def test_a_list_reads_its_known_entries_and_reports_the_rest(small: SkillResolver) -> None:
    result = small.resolve(parse_skill_list(["feedback; active listening, SQL"]))
    assert result.skill_ids == ("active-listening", "sql")
    assert [u.input for u in result.unrecognized] == ["feedback"]
    # joined by '&' the words may be one name: nothing is credited in part
    assert small.resolve(["feedback & active listening"]).skill_ids == ()


def test_brackets_after_an_unknown_name_are_read_and_the_name_reported(small: SkillResolver) -> None:
    result = small.resolve(["Analytics platforms (GA4, Tableau)"])
    assert result.skill_ids == ("google-analytics", "tableau")
    assert [u.input for u in result.unrecognized] == ["analytics platforms"]


@pytest.mark.parametrize(
    "typed",
    [
        "use cases",
        "manage",
        "work in teams",
        "shopping for a living",
        "canvas for painting",
        "sales and numbers",
    ],
)
def test_task_and_list_readings_never_invent_a_skill(small: SkillResolver, typed: str) -> None:
    assert readings(small, typed) == []


@pytest.mark.parametrize(
    ("typed", "skill"),
    [
        ("supervising support reps", "shift-supervision"),
        ("managing marketing staff", "leadership"),
        ("coaching new agents", "staff-training"),
        ("agent coaching", "staff-training"),
        ("directing sales teams", "leadership"),
        ("managing a team of call agents", "leadership"),
        ("leading a team of 12", "leadership"),
        ("leading a cross-functional team", "leadership"),
        ("managing programmers and analysts", "leadership"),
        ("leading 3-5 marketplace specialists", "leadership"),
        ("hiring developers", "hiring"),
        ("training cashiers", "staff-training"),  # not cash handling: cashiers are people
        ("training sales associates", "staff-training"),
        ("supervising kitchen and floor staff", "shift-supervision"),  # staff of both places
        ("supervising loaders and material handlers", "shift-supervision"),  # not error handlers
        ("managing a high volume support team", "leadership"),
        ("led a team of 40", "leadership"),  # the past of a verb with no ending
        ("oversaw warehouse staff", "leadership"),
        ("supervised pickers", "shift-supervision"),
        ("mentoring new teachers", "staff-training"),
        ("training new operatives", "staff-training"),
    ],
)
def test_a_task_done_to_people_is_read_as_said_of_staff(kb: KnowledgeBase, typed: str, skill: str) -> None:
    assert SkillResolver(kb).resolve([typed]).skill_ids == (skill,)


def test_a_task_said_of_whose_thing_is_the_task(kb: KnowledgeBase) -> None:
    assert SkillResolver(kb).resolve(["reconciling my drawer"]).skill_ids == ("cash-handling",)


@pytest.mark.parametrize(
    ("typed", "skill"),
    [
        ("running the cash register", "cash-handling"),  # running a machine is operating it
        ("running Facebook ads", "meta-ads"),
        ("sorting out complaints", "complaint-resolution"),
        ("picking orders onto pallets", "pick-and-pack"),  # where to: said after the task
    ],
)
def test_everyday_verbs_of_a_task_are_read(kb: KnowledgeBase, typed: str, skill: str) -> None:
    assert SkillResolver(kb).resolve([typed]).skill_ids == (skill,)


@pytest.mark.parametrize(
    "typed",
    [
        "hitting productivity targets",
        "resolving transaction disputes",
        "processing tax returns",
        "creating skincare products",
        "making positive change",
    ],
)
def test_a_kind_that_is_another_skill_s_word_is_not_set_aside(kb: KnowledgeBase, typed: str) -> None:
    assert SkillResolver(kb).resolve([typed]).skill_ids == ()


def test_each_entry_of_a_list_is_read_as_a_whole_item_is(kb: KnowledgeBase) -> None:
    # 'picking orders with WMS' is a task and its tool, as it would be alone
    read = SkillResolver(kb).resolve(["picking orders with WMS and RF / barcode scanners"])
    assert read.skill_ids == ("pick-and-pack", "wms", "rf-scanning")


def test_a_thing_and_people_managed_are_both_read(kb: KnowledgeBase) -> None:
    assert SkillResolver(kb).resolve(["managing inventory and staff"]).skill_ids == (
        "inventory-management",
        "leadership",
    )


@pytest.mark.parametrize(
    "typed",
    [
        "sales team",
        "marketing team",
        "cleaning staff",
        "hiring team",
        "managing customers",
        "training customers",
        "leading the team of the year award",
        "managing Linux servers",
        "managing sales leads",
        "scheduling reports",
        "reporting to senior managers",
        "coordinating with the team",  # beside them, not leading them
        "managing with the team",
    ],
)
def test_only_a_task_done_to_people_is_read_so(kb: KnowledgeBase, typed: str) -> None:
    assert SkillResolver(kb).resolve([typed]).skill_ids == ()


@pytest.mark.parametrize(
    ("typed", "skills", "not_understood"),
    [
        ("keeping records of outgoing orders", ("filing",), ()),
        ("negotiating prices and terms with suppliers", ("negotiation",), ()),
        ("data entry in SAP", ("data-entry", "sap"), ()),
        ("quality checks on packed orders", ("quality-control",), ()),
        ("picking orders in Amazon", ("pick-and-pack",), ()),  # Amazon may be the employer
    ],
)
def test_a_task_is_read_apart_from_what_is_said_after_it(
    resolver: SkillResolver, typed: str, skills: tuple[str, ...], not_understood: tuple[str, ...]
) -> None:
    result = resolver.resolve([typed])
    assert result.skill_ids == skills
    assert tuple(u.input for u in result.unrecognized) == not_understood


@pytest.mark.parametrize(
    "typed",
    [
        "sales to businesses",  # a task of one word
        "worked in retail",
        "checks on packed orders",  # another form of a name is not a tool said after a task
        "experience with customers",
        # nothing but a task read: wishes, places, days, other teams, the wrong sense
        "seeking a role in data analysis",
        "interest in machine learning",
        "yoga classes with Asana",
        "meetings on Monday",
        "promoted from customer service",
        "training on Salesforce",
        "no experience with Photoshop",
        "working with UX engineering and marketing",  # another team's work, not the person's
        "safe operation of cash registers",  # 'safe' makes no task of two words
        "neat presentation of merchandise",
    ],
)
def test_what_is_said_after_a_task_never_invents_one(resolver: SkillResolver, typed: str) -> None:
    assert resolver.resolve([typed]).skill_ids == ()


@pytest.mark.parametrize(
    ("typed", "skills"),
    [
        ("loading and unloading delivery trucks", ("loading-unloading",)),
        ("receiving and distributing mail", ("mail-handling",)),  # not receiving goods
        ("sorting and counting currency", ("cash-handling",)),  # no parcels sorted
    ],
)
def test_tasks_said_of_one_thing_are_read_of_it_not_as_bare_verbs(
    resolver: SkillResolver, typed: str, skills: tuple[str, ...]
) -> None:
    assert resolver.resolve([typed]).skill_ids == skills


@pytest.mark.parametrize(
    ("typed", "skills", "unread"),
    [
        (
            "greeting customers and helping them find products",
            ("customer-greeting",),
            ("helping them find products",),
        ),
        (
            "receiving stock and checking it against invoices",
            ("receiving",),
            ("checking it against invoices",),
        ),
        ("processing returns and exchanges", ("returns-refunds",), ()),  # one task, of both
        ("checking against POs & packing lists", (), ("checking against POs & packing lists",)),
    ],
)
def test_tasks_joined_by_and_are_each_read_on_their_own(
    resolver: SkillResolver, typed: str, skills: tuple[str, ...], unread: tuple[str, ...]
) -> None:
    result = resolver.resolve([typed])
    assert result.skill_ids == skills
    assert tuple(u.input for u in result.unrecognized) == unread


@pytest.mark.parametrize(
    ("typed", "skills"),
    [
        ("reliable and hardworking", ("reliability", "work-ethic")),  # two traits, both read
        ("friendly customer service", ("customer-service",)),
    ],
)
def test_words_for_how_the_work_is_done_never_swallow_a_trait(
    resolver: SkillResolver, typed: str, skills: tuple[str, ...]
) -> None:
    assert resolver.resolve([typed]).skill_ids == skills


@pytest.mark.parametrize("typed", ["reliable transportation"])
def test_a_trait_word_is_not_read_as_how_the_work_is_done(resolver: SkillResolver, typed: str) -> None:
    assert resolver.resolve([typed]).skill_ids == ()


@pytest.mark.parametrize(
    ("typed", "skills"),
    [("POs", ()), ("checking POs", ()), ("SMs", ()), ("APIs", ("rest-apis",)), ("SOPs", ("sops",))],
)
def test_an_acronym_s_plural_is_no_three_letter_name_ending_in_s(
    resolver: SkillResolver, typed: str, skills: tuple[str, ...]
) -> None:
    assert resolver.resolve([typed]).skill_ids == skills


@pytest.mark.parametrize(
    ("typed", "skills"),
    [
        ("branching", ()),  # the -ing form of a real verb is no misspelt 'branding'
        ("marketting", ("marketing",)),
        ("shiping", ("shipping-receiving",)),  # 'ship' doubles its p before -ing
    ],
)
def test_a_real_verb_s_ing_form_takes_no_typo(
    resolver: SkillResolver, typed: str, skills: tuple[str, ...]
) -> None:
    assert resolver.resolve([typed]).skill_ids == skills


@pytest.mark.parametrize(
    ("typed", "skills"),
    [
        # words of other trades and products, from O*NET's titles, tasks and technology
        ("farmer", ()),  # no misspelt Framer
        ("sticker", ()),  # no misspelt 'stocker'
        ("registrar", ()),  # no misspelt 'register' (a till)
        ("sketchup", ("3d-modeling",)),  # no misspelt Sketch
        ("Axure", ("wireframing",)),  # no misspelt Azure, though O*NET writes it once
        ("franchise", ()),  # no misspelt French
        ("rags", ()),  # a word of its own, not the plural of RAG
        ("Supermetrics", ("reporting",)),  # two words as one, as a product's name is: no 'sellermetrics'
        ("headsets", ("phone-support",)),  # a plural O*NET writes is still a plural
        ("RFPs", ("rfp-responses",)),
        ("rotas", ("staff-scheduling",)),
        # O*NET's own misspellings are still corrected beside a name's own words
        ("Red Prarie Warehouse Management", ("wms",)),
        ("Intuit QuickBoooks Payments", ("quickbooks",)),
        ("shiping", ("shipping-receiving",)),  # a misspelling no trade writes
    ],
)
def test_a_word_of_another_trade_takes_no_typo(
    resolver: SkillResolver, typed: str, skills: tuple[str, ...]
) -> None:
    assert resolver.resolve([typed]).skill_ids == skills


@pytest.mark.parametrize(
    ("typed", "skill"),
    [
        ("responsible for payroll", "payroll"),
        ("dealing with refunds and exchanges", "returns-refunds"),
        ("looking after office equipment", "office-equipment"),
    ],
)
def test_words_saying_a_duty_was_the_persons_are_set_aside(
    resolver: SkillResolver, typed: str, skill: str
) -> None:
    assert resolver.resolve([typed]).skill_ids == (skill,)


@pytest.mark.parametrize(
    ("typed", "skill"),
    [
        ("custmer service on the phone", "customer-service"),
        ("invetory control in a busy store", "inventory-management"),
        ("recieving deliveries in the morning", "receiving"),
    ],
)
def test_a_misspelt_task_is_read_apart_from_what_is_said_after_it(
    resolver: SkillResolver, typed: str, skill: str
) -> None:
    read = resolver.resolve([typed]).recognized
    assert [(r.skill, r.how) for r in read] == [(skill, How.TYPO)]


@pytest.mark.parametrize(
    ("typed", "skills"),
    [
        ("organizational and communication skills", ("organization", "communication")),
        ("needs analysis", ("consultative-selling",)),
        ("narrative", ("storytelling",)),
    ],
)
def test_a_name_ambiguous_in_a_sentence_is_read_as_an_item_of_its_own(
    resolver: SkillResolver, typed: str, skills: tuple[str, ...]
) -> None:
    assert resolver.resolve([typed]).skill_ids == skills


@pytest.mark.parametrize(
    ("typed", "skills"),
    [
        ("operate forklift", ("forklift",)),
        ("use excel", ("excel",)),
        ("show leadership", ("leadership",)),  # a verb that only says a skill is used
        ("forecast accuracy", ("demand-forecasting",)),  # what a task is done to is no trait
        ("training pipelines", ()),  # nor a name that is often something else
        ("pipeline", ("sales-pipeline",)),
    ],
)
def test_what_a_task_is_done_to_is_its_skill_only_as_a_product(
    resolver: SkillResolver, typed: str, skills: tuple[str, ...]
) -> None:
    assert resolver.resolve([typed]).skill_ids == skills


@pytest.mark.parametrize(
    ("typed", "skills"), [("social care", ()), ("health and social care", ("care-work",))]
)
def test_another_trade_s_words_are_no_skill_they_resemble(
    resolver: SkillResolver, typed: str, skills: tuple[str, ...]
) -> None:
    """A care worker's social care is their trade, no social media customer care."""
    assert resolver.resolve([typed]).skill_ids == skills


def test_running_reports_is_reporting_though_reports_alone_may_be_something_else(
    resolver: SkillResolver,
) -> None:
    assert resolver.resolve(["running reports and analyzing data"]).skill_ids == (
        "reporting",
        "data-analysis",
    )


@pytest.mark.parametrize(
    ("typed", "skills"),
    [
        (
            "payment / shipping / ERP / marketplace integrations",
            ("payment-integration", "erp", "online-marketplaces"),
        ),
        (
            "reading, writing and public speaking",
            ("written-communication", "public-speaking"),
        ),  # nothing shared
        ("SQL, Python and data analysis", ("sql", "python", "data-analysis")),
    ],
)
def test_an_everyday_word_of_a_list_is_said_of_the_last_word_it_shares(
    resolver: SkillResolver, typed: str, skills: tuple[str, ...]
) -> None:
    assert resolver.resolve([typed]).skill_ids == skills


@pytest.mark.parametrize(
    ("typed", "skill"),
    [
        ("ran payroll", "payroll"),
        ("drove forklift", "forklift"),
        ("operated forklift", "forklift"),
        ("took minutes", "administrative-support"),
        ("wrote blog posts", "content-writing"),
        ("dealt with complaints", "complaint-resolution"),
        ("used excel", "excel"),
        ("carried out stock counts", "cycle-counting"),
        ("planned routes", "route-planning"),
        ("answered phones", "phone-support"),  # the past of a name said in the present
        # a count and how often said in a task
        ("answering 80 calls a day", "phone-support"),
        ("packing 200+ orders daily", "packing"),
        ("managing 12 staff", "leadership"),
        # a task named verb first, said as a noun
        ("stock ordering", "purchase-orders"),
        ("call answering", "phone-support"),
    ],
)
def test_a_task_said_in_the_past_is_the_task(kb: KnowledgeBase, typed: str, skill: str) -> None:
    assert SkillResolver(kb).resolve([typed]).skill_ids == (skill,)


@pytest.mark.parametrize(
    ("typed", "skill"),
    [
        ("drive forklift", "forklift"),
        ("take minutes", "administrative-support"),
        ("serve customers", "customer-service"),
        ("deliver parcels", "delivery-driving"),
        ("supervise staff", "shift-supervision"),
        ("restock shelves", "stocking"),
        ("reconcile accounts", "bookkeeping"),
        ("upsold warranties", "upselling"),
        ("negotiating unit prices", "negotiation"),  # whatever was negotiated
        ("communicating delays to customers", "communication"),
        ("swept floors", "cleaning"),
    ],
)
def test_a_task_said_as_a_bare_verb_or_an_irregular_past_is_the_task(
    kb: KnowledgeBase, typed: str, skill: str
) -> None:
    assert SkillResolver(kb).resolve([typed]).skill_ids == (skill,)


@pytest.mark.parametrize(
    "typed",
    [
        "ran a team of 10",
        "headed a team of 6",
        "responsible for a team of 15",
        "in charge of the night crew",
        "operations leadership",
        "cross-functional leadership",
        "managing direct reports",
        "run a team of 10",
        "leading trading / content teams",  # a word of what they do shares the teams
        "managing devs",
        "managing a team of ops execs + logistics coordinators",
    ],
)
def test_leading_people_is_read_however_it_is_said(kb: KnowledgeBase, typed: str) -> None:
    assert typed_reader(kb)([typed]).skill_ids == ("leadership",)


@pytest.mark.parametrize(
    "typed",
    [
        "thought leadership",
        "cost leadership",
        "product leadership",
        "responsible for 50 clients",
        "looking after residents",
        "responsible for paying staff",
        "responsible for the safety of staff",
        "in charge of booking freelancers",
        "ran with the team",
        "running crew",
        "direct report to the ceo",
    ],
)
def test_leading_an_idea_or_serving_people_is_no_leadership(kb: KnowledgeBase, typed: str) -> None:
    assert "leadership" not in typed_reader(kb)([typed]).skill_ids


@pytest.mark.parametrize(
    ("typed", "skill", "note"),
    [("PRINCE2 Foundation", "pm-certification", "foundation"), ("AAT level 3", "bookkeeping", "level 3")],
)
def test_the_level_of_a_qualification_is_its_note(
    kb: KnowledgeBase, typed: str, skill: str, note: str
) -> None:
    (read,) = SkillResolver(kb).resolve([typed]).recognized
    assert (read.skill, read.note) == (skill, note)


@pytest.mark.parametrize(
    ("typed", "not_this"),
    [("clean the tills", "cash-handling"), ("hire forklifts", "forklift"), ("sort payroll", "payroll")],
)
def test_what_a_duty_is_done_to_is_not_the_skill(kb: KnowledgeBase, typed: str, not_this: str) -> None:
    assert not_this not in SkillResolver(kb).resolve([typed]).skill_ids


@pytest.mark.parametrize("typed", ["clean", "sort", "drive", "supervise"])
def test_a_verb_of_a_duty_alone_names_no_skill(kb: KnowledgeBase, typed: str) -> None:
    """Alone it says nothing of what was done: 'inspect, clean, or repair piping'."""
    assert SkillResolver(kb).resolve([typed]).skill_ids == ()


def test_a_task_said_in_the_past_keeps_the_tool_it_was_done_with(kb: KnowledgeBase) -> None:
    read = SkillResolver(kb).resolve(["edited product photos in Photoshop"])
    assert read.skill_ids == ("photo-retouching", "photoshop")


@pytest.mark.parametrize(
    ("typed", "skill", "note"),
    [
        ("patience with repetitive work", "patience", "with repetitive work"),
        ("flexible with shifts", "adaptability", "with shifts"),
        ("patient with customers", "patience", "with customers"),
        ("patience with customers", "patience", "with customers"),  # and no customer service
        ("professional with clients", "professionalism", "with clients"),
    ],
)
def test_a_quality_said_with_whom_it_is_shown_to_is_the_quality(
    kb: KnowledgeBase, typed: str, skill: str, note: str
) -> None:
    assert SkillResolver(kb).resolve([typed]).recognized == (Recognized(typed, skill, How.NORMALISED, note),)


@pytest.mark.parametrize(
    "typed", ["patient with dementia", "patients with dementia", "professional with 10 years"]
)
def test_a_quality_whose_name_is_often_something_else_needs_the_people_it_is_shown_to(
    kb: KnowledgeBase, typed: str
) -> None:
    assert SkillResolver(kb).resolve([typed]).skill_ids == ()


@pytest.mark.parametrize("typed", ["next", "Sales assistant (2 yrs, Next)"])
def test_a_word_of_its_own_is_no_javascript_library_without_its_js(kb: KnowledgeBase, typed: str) -> None:
    """'Next' is a shop and a word; 'Next.js', 'nextjs' and 'next-js' are the library."""
    assert "nextjs" not in SkillResolver(kb).resolve([typed]).skill_ids
    assert SkillResolver(kb).resolve(["nextjs", "Next.js", "next-js"]).skill_ids == ("nextjs",)


@pytest.mark.parametrize(
    ("typed", "skills"),
    [
        ("collaborating in figma", {"figma"}),
        ("negotiating prices in spanish", {"negotiation", "spanish"}),
        ("negotiated rates with DHL", {"negotiation", "parcel-carriers"}),
    ],
)
def test_a_tool_or_a_language_after_a_task_of_any_object_is_kept(
    kb: KnowledgeBase, typed: str, skills: set[str]
) -> None:
    assert skills <= set(typed_reader(kb)([typed]).skill_ids)


def test_a_task_of_any_object_with_none_said_reads_without_fault() -> None:
    assert "negotiation" not in list(said_as_a_task("negotiating the"))  # and raises nothing


def test_english_as_a_second_language_is_no_teaching(kb: KnowledgeBase) -> None:
    assert "teaching" not in typed_reader(kb)(["English as a second language"]).skill_ids


@pytest.mark.parametrize(
    ("typed", "skill"),
    [
        ("food hygiene level 2", "food-hygiene"),
        ("HACCP", "food-hygiene"),
        ("latte art", "barista"),
        ("pulling pints", "bartending"),
        ("Challenge 25", "age-restricted-sales"),
        ("paediatric first aid", "first-aid"),
        ("NVQ level 3 health and social care", "care-work"),
        ("medication rounds", "care-work"),
        ("CSCS card", "construction-site-safety"),
        ("BSL level 2", "british-sign-language"),
        ("night fill", "stocking"),
        ("despatch", "shipping-receiving"),
        ("kitchen porter", "cleaning"),
        ("COSHH", "hazmat"),
        ("ECDL", "computer-literacy"),
        ("PGCE", "teaching"),
        ("calming frustrated callers", "de-escalation"),
        ("call-handling KPIs", "contact-center-metrics"),
    ],
)
def test_skills_of_cafes_bars_care_and_shop_floors_are_read(
    resolver: SkillResolver, typed: str, skill: str
) -> None:
    """People from hospitality, care, schools and shop floors see their skills understood, not listed
    as unknown."""
    assert resolver.resolve([typed]).skill_ids == (skill,)

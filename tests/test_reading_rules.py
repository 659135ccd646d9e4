"""Reading rules of `extract`, each shown on a short document: a skill read, or one not read."""

from __future__ import annotations

import pytest

from ecomcareer.documents import Document, extract
from ecomcareer.model import KnowledgeBase


def skills_of(kb: KnowledgeBase, *lines: str, heading: str = "Experience") -> set[str]:
    """The skills a résumé of these lines, under one heading, is read to state."""
    text = "Jo Bloggs\njo@example.com\n\n## Summary\nShop worker.\n\n## " + heading + "\n"
    text += "\n".join(f"- {line}" for line in lines) + "\n\n## Education\nHigh school diploma, 2015\n"
    return set(extract(kb, Document("cv.md", text)).skill_ids)


def posting_skills(kb: KnowledgeBase, *lines: str) -> set[str]:
    text = "# Store Assistant\n\n## What you'll do\n" + "\n".join(f"- {line}" for line in lines)
    text += "\n\n## Requirements\n- Able to lift 20 lbs\n\n## Benefits\nStaff discount.\n"
    return set(extract(kb, Document("job.md", text)).skill_ids)


@pytest.mark.parametrize(
    ("item", "skill"),
    [("Editing and proofreading", "copyediting"), ("Gujarati and English", "english")],
)
def test_a_list_item_of_two_things_joined_by_and_is_read_as_both(
    kb: KnowledgeBase, item: str, skill: str
) -> None:
    assert skill in skills_of(kb, f"Excel · {item} · Zendesk", heading="Skills")


def test_a_list_item_that_is_a_name_with_and_stays_whole(kb: KnowledgeBase) -> None:
    found = skills_of(kb, "Forklift · shipping and receiving", heading="Skills")
    assert "shipping-receiving" in found


def test_an_ampersand_in_a_sentence_is_read_as_and(kb: KnowledgeBase) -> None:
    found = skills_of(kb, "Ran the monthly S&OP meeting and owned the store P&L")
    assert {"sales-and-operations-planning", "pnl-management"} <= found


def test_the_words_of_a_name_stand_together_not_across_a_comma(kb: KnowledgeBase) -> None:
    assert "review-management" not in posting_skills(kb, "Add schema markup for products, reviews and FAQs")
    assert "pick-and-pack" in skills_of(kb, "Pick, pack and ship online orders")


@pytest.mark.parametrize(
    ("negated", "said", "skill"),
    [
        ("This role does not involve any cold calling", "Cold calling new leads daily", "cold-calling"),
        ("The job won't include forklift driving", "Forklift driving in the yard", "forklift"),
    ],
)
def test_a_duty_the_posting_says_the_job_lacks_is_not_asked_for(
    kb: KnowledgeBase, negated: str, said: str, skill: str
) -> None:
    assert skill not in posting_skills(kb, negated)
    assert skill in posting_skills(kb, said)


@pytest.mark.parametrize(
    ("line", "not_this"),
    [
        ("Uniform and PPE provided", "warehouse-safety"),
        ("Excel training provided in your first week", "excel"),
        ("The data team owns all SQL reporting", "sql"),
        ("Our marketing team runs campaigns on Google Ads", "google-ads"),
    ],
)
def test_a_posting_asks_for_nothing_it_provides_or_another_team_does(
    kb: KnowledgeBase, line: str, not_this: str
) -> None:
    assert not_this not in posting_skills(kb, line)


def test_a_spaced_dash_ends_a_negated_clause(kb: KnowledgeBase) -> None:
    found = posting_skills(kb, "Salesforce not required – we use HubSpot every day")
    assert "hubspot" in found
    assert "salesforce" not in found


@pytest.mark.parametrize(
    "line",
    ["After nine years teaching secondary English, I write web copy", "Presented findings in plain English"],
)
def test_a_language_taught_or_a_manner_of_speaking_is_not_one_spoken(kb: KnowledgeBase, line: str) -> None:
    assert "english" not in skills_of(kb, line)


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Wrote the Chinese menus for the takeaway", "mandarin"),
        ("Did French braids and updos for weddings", "french"),
        ("Served Spanish customers at the front counter", "spanish"),
    ],
)
def test_a_language_said_of_a_thing_is_not_one_spoken(kb: KnowledgeBase, line: str, language: str) -> None:
    assert language not in skills_of(kb, line)


@pytest.mark.parametrize(
    ("line", "languages"),
    [
        ("I speak French fluently and German at home", {"french", "german"}),
        ("Spanish speaker, conversational Italian", {"spanish", "italian"}),
        ("Speak English Spanish and Portuguese", {"english", "spanish", "portuguese"}),
        ("Answered Spanish calls and French customer emails", {"spanish", "french"}),
        ("Wrote French product descriptions", {"french"}),
    ],
)
def test_a_language_spoken_is_still_read_in_a_sentence(
    kb: KnowledgeBase, line: str, languages: set[str]
) -> None:
    assert languages <= skills_of(kb, line)


@pytest.mark.parametrize(
    ("line", "not_this"),
    [
        ("Stretched and primed canvas for the murals", "canva"),
        ("Wiped down the presses with rags after each run", "llms"),
        ("Fitted door closers and hinges", "closing"),
    ],
)
def test_a_word_of_its_own_is_not_a_name_s_plural(kb: KnowledgeBase, line: str, not_this: str) -> None:
    assert not_this not in skills_of(kb, line)


def test_written_before_a_language_asks_for_writing_too(kb: KnowledgeBase) -> None:
    found = posting_skills(kb, "Good written English")
    assert {"english", "written-communication"} <= found


def test_a_place_named_after_a_task_names_neither_task(kb: KnowledgeBase) -> None:
    found = posting_skills(kb, "Pick grocery orders from the sales floor using the store handheld")
    assert "sales" not in found
    assert "retail-sales" not in found


def test_instructions_followed_are_following_instructions_not_writing_them(kb: KnowledgeBase) -> None:
    found = posting_skills(kb, "Follows safety rules and written work instructions")
    assert "following-instructions" in found
    assert "sops" not in found


def test_a_thing_something_was_done_to_is_no_task(kb: KnowledgeBase) -> None:
    assert "staff-scheduling" not in posting_skills(kb, "Shows up on time for every scheduled shift")


def test_a_platform_s_sellers_are_clients_not_the_platform(kb: KnowledgeBase) -> None:
    assert "etsy" not in skills_of(kb, "Product shoots for Etsy sellers and local makers")


def test_a_kind_said_after_or_another_counts_with_the_name_before_it(kb: KnowledgeBase) -> None:
    found = posting_skills(kb, "Experience with NetSuite or another ERP")
    assert "erp" in found


def test_a_system_named_as_the_company_s_own_is_not_a_skill(kb: KnowledgeBase) -> None:
    found = posting_skills(kb, "Integrations between Shopify and our ERP and 3PL through their REST APIs")
    assert "erp" not in found
    assert "order-fulfillment" not in found


def test_comfortable_with_makes_an_everyday_word_a_skill(kb: KnowledgeBase) -> None:
    line = "Comfortable with spreadsheets for the weekly queue and staffing reports"
    assert "excel" in posting_skills(kb, line)


def test_a_quality_said_with_how_much_is_the_person_s(kb: KnowledgeBase) -> None:
    assert "organization" in posting_skills(kb, "Organised enough to manage 150 relationships at once")


@pytest.mark.parametrize(
    ("line", "not_this"),
    [
        ("Hired as a seasonal picker in 2021", "hiring"),
        ("Trained by the store manager on the tills", "staff-training"),
        ("Managed by the regional director", "leadership"),
        ("Oversaw the care of people's orders", "leadership"),
        ("Led the rollout of the new website", "leadership"),
        ("Hired back as team leader", "hiring"),
        ("Recruited straight from university", "hiring"),
        ("Managed AI agents", "leadership"),  # things, not staff
        ("Managed printer drivers", "leadership"),
        ("Coached a football team", "staff-training"),
        ("Directed buyers to the right products", "leadership"),
        ("Lead Sales Associate", "leadership"),  # a title
        ("Trained alongside 12 new staff", "staff-training"),
    ],
)
def test_a_duty_done_to_the_person_or_to_things_is_not_the_duty(
    kb: KnowledgeBase, line: str, not_this: str
) -> None:
    assert not_this not in skills_of(kb, line)


def test_teaching_new_staff_their_work_is_staff_training(kb: KnowledgeBase) -> None:
    assert "staff-training" in skills_of(kb, "Train new starters on scanning and safety")
    assert "staff-training" in skills_of(kb, "Mentor new agents and sit in on their first calls")
    assert "staff-training" not in posting_skills(kb, "Train ranking models for on-site search")


def test_two_first_words_may_share_the_last_word_of_a_name(kb: KnowledgeBase) -> None:
    assert "visual-merchandising" in posting_skills(kb, "Set up new window and table displays every month")


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Calm down upset customers", "de-escalation"),
        ("Suggest matching items to every guest", "upselling"),
        ("Track lost parcels with couriers", "order-lookup"),
        ("Highly organised, with the ability to juggle many shipments at once", "multitasking"),
        ("Pack and label parcels for UPS pickups", "packing"),
        ("Produced monthly management accounts for the owners", "bookkeeping"),
        ("Checked GRNs against supplier invoices", "receiving"),
        ("Troubleshot network issues for the office", "computer-networking"),
        ("Reconciled up to £5,000 in daily takings", "cash-handling"),
        ("Worked on reception at a busy hotel", "reception"),
        ("Wrote integration tests in Java with Mockito", "java"),  # a language something is built in
        ("Built iPhone apps in Swift", "swift"),
    ],
)
def test_everyday_phrasings_of_a_skill_are_read(kb: KnowledgeBase, line: str, skill: str) -> None:
    assert skill in skills_of(kb, line)


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Served customers at the till and on the shop floor", "cash-handling"),
        ("Put away received stock into the right bin locations", "warehouse-layout"),
        ("Retouch product photos from our photographer", "product-photography"),
        ("Help customers connect their Shopify and Amazon stores", "amazon-brand-registry"),
        ("Used SQL to pull sales data", "sales"),  # figures of sales, in a short bullet
        ("Forecasted monthly demand using historical sales data", "sales"),
        ("Sent weekly inventory reports to the buyers", "inventory-management"),
        ("Made coffee for the team", "barista"),  # an office chore, not a barista's trade
        ("Company provides childcare vouchers", "care-work"),
    ],
)
def test_a_name_that_is_a_thing_needs_context_in_prose(kb: KnowledgeBase, line: str, skill: str) -> None:
    assert skill not in skills_of(kb, line)


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Design gas lasers and light sensitive devices", "google-analytics"),  # no plural of 'GA'
        ("Act as advisers to student organizations", "crm"),  # no 'ACT!' the CRM
        ("Act as advisers to student organizations", "organization"),  # organizations are no trait
        ("Prepare scale drawings of buildings", "illustration"),  # drawings are things drawn
        ("Grade work performed in design studios", "indesign"),
        ("Mentor cohorts of trainee teachers", "cohort-analysis"),
        ("Complete new hire orientation in your first week", "staff-training"),  # training received
        ("Give a clear shift handover to the next nurse", "shift-supervision"),
        ("Scan UPC codes at the till", "product-information-management"),
        ("Be the main point of contact for patients", "account-management"),
    ],
)
def test_a_word_in_a_sentence_is_not_a_name_it_resembles(kb: KnowledgeBase, line: str, skill: str) -> None:
    assert skill not in posting_skills(kb, line)


def test_a_name_spelt_the_british_way_in_a_sentence_is_read(kb: KnowledgeBase) -> None:
    found = skills_of(kb, "Built data visualisations for the buying team")
    assert "data-visualization" in found


def test_amazon_is_the_marketplace_in_a_list_of_skills_not_the_employer_in_a_sentence(
    kb: KnowledgeBase,
) -> None:
    assert "amazon-seller-central" in skills_of(kb, "Shopify · Amazon · eBay", heading="Skills")
    assert "amazon-seller-central" not in skills_of(kb, "Worked at Amazon as a picker for two years")
    assert "amazon-seller-central" not in skills_of(kb, "Worked in Amazon fulfilment centres")


def test_an_acronym_s_plural_is_never_a_name_ending_in_s(kb: KnowledgeBase) -> None:
    """'POs' are purchase orders: no point of sale is read from them, in a sentence or a list."""
    assert "point-of-sale" not in skills_of(kb, "Matched POs to supplier invoices every week")
    assert "point-of-sale" not in skills_of(kb, "POs, invoices, supplier calls", heading="Skills")
    assert "rest-apis" in skills_of(kb, "Built REST APIs for the store's stock feed")


@pytest.mark.parametrize(
    ("line", "not_this"),
    [
        ("Report equipment problems and safety hazards to the shift lead", "reporting"),
        ("Recruit volunteers for the weekend food drive", "hiring"),
        ("Select, store, order and issue classroom supplies", "pick-and-pack"),
        ("Analyze training needs of new nurses", "consultative-selling"),  # an ambiguous name
        ("Fitted housings designed with product design in mind", "interaction-design"),
        ("Helped with bus loading and unloading at the end of the day", "loading-unloading"),
        ("Attended trade shows with the sales director", "event-marketing"),
        ("Responsible for 50 key clients", "leadership"),
        ("Responsible for the care of residents", "leadership"),
        ("Direct report to the Operations Director", "leadership"),
    ],
)
def test_a_duty_said_of_other_things_is_not_the_duty(kb: KnowledgeBase, line: str, not_this: str) -> None:
    assert not_this not in skills_of(kb, line)


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Report weekly on click rates and revenue", "reporting"),
        ("Report on conversion changes each week", "reporting"),
        ("Recruit team members for the peak season", "hiring"),
        ("Recruit, train and schedule new pickers", "hiring"),
        ("Pick customer orders from the racks", "pick-and-pack"),
        ("Reported weekly on click rates and revenue", "reporting"),
        ("Hired and trained 12 seasonal staff", "hiring"),
        ("Hired and trained 12 seasonal staff", "staff-training"),
        ("Mentored new agents", "staff-training"),
        ("Led a team of 5 pickers across two sites", "leadership"),
        ("Managed a team of 12 support agents", "leadership"),
        ("Directed the work of two analysts", "leadership"),
        ("Supervised a crew of 6 packers on nights", "shift-supervision"),
        ("Managed a team of 12 customer service advisors", "leadership"),
        # a line opening with verbs, with commas, is a duty and not a list of skills
        ("Recruit, train and coach new starters, pickers and packers", "hiring"),
        ("Ran a team of 6 pickers on nights", "leadership"),
        ("Responsible for a team of 15 warehouse operatives", "leadership"),
        ("In charge of 10 staff across two sites", "leadership"),
        ("Manage, Excel, Word, Outlook", "excel"),  # a list, though it opens with a verb
        ("Run a team of 6 pickers", "leadership"),
    ],
)
def test_a_duty_is_still_read_from_its_verb(kb: KnowledgeBase, line: str, skill: str) -> None:
    assert skill in skills_of(kb, line)


@pytest.mark.parametrize(
    ("line", "not_this"),
    [
        ("Never used SAP", "sap"),
        ("Have not yet worked with Salesforce", "salesforce"),
        ("Looking to gain experience in Excel", "excel"),
        ("The finance team handled all invoicing", "bookkeeping"),
        ("Our agency managed the Google Ads account", "google-ads"),
        ("Recruited through an agency for a temporary warehouse role", "hiring"),
        ("Watched senior engineers deploy to AWS", "aws"),
        ("Worked in a team that included 3 Python developers", "python"),
        ("Hired two Python developers", "python"),  # people counted by their title
        ("Observed senior teachers delivering lessons", "teaching"),
        ("Taught English as a foreign language to adults", "foreign-languages"),
        ("Not yet confident with Kubernetes", "kubernetes"),
        ("Wanted to learn Shopify but the shop closed first", "shopify"),
        ("Sat in on supplier negotiations as a note taker", "negotiation"),  # only there
        ("Passed Spanish-speaking callers to a bilingual colleague", "spanish"),  # the callers speak it
        ("Carried out weekly stock counts and reported discrepancies", "reporting"),  # told, not reports
        ("Ran statistical analysis in R, including regression and significance testing", "uat"),
        ("Highly motivated team player", "leadership"),  # 'team player' is a name of its own
        ("Worked under a manager who hired and trained all new staff", "staff-training"),  # theirs
        ("Customers were served and greeted at the door by the host team", "customer-greeting"),
        ("Worked alongside experienced and trained carers", "staff-training"),  # adjectives
        ("Checked the tills and reported a fault with the card reader", "reporting"),
        ("Worked weekends and taught ourselves React", "teaching"),
        ("Managed product feeds for Google Shopping", "product-management"),  # feeds of products
        ("Trained new starters on the till and store procedures", "sql"),  # no stored procedures
        ("Sat in on a Tableau demo run by the analytics team", "tableau"),
        ("Cleaned the offices of a SAP consultancy in the evenings", "sap"),  # the employer's trade
        ("Worked at a freight forwarding company as the office cleaner", "freight-forwarding"),
        ("Our data team built the Tableau dashboards I read each morning", "leadership"),  # no team built
        ("Presented insights to senior managers and recommended pricing changes", "price-tagging"),
        ("Sold React toys and Lego bricks to children at a toy shop", "react"),
        ("Taught myself Python over the summer", "teaching"),
        ("Worked alongside the SEO team, who looked after keyword research", "keyword-research"),
        ("Answered the phones for my manager, who ran payroll", "payroll"),
        ("Handled incoming post for the accounts team, who used Xero for invoicing", "xero"),
        ("Supported a colleague who was learning British Sign Language", "british-sign-language"),
        ("Was not given access to the WMS, so recorded picks on paper", "wms"),
        ("Lacked experience with Sage, so journals went to the accountant", "sage-accounting"),
        ("Worked for Amazon Web Services as an on-site security officer", "aws"),  # the employer
        ("Delivered office furniture to clients including Salesforce and HubSpot", "salesforce"),
        ("Stacked pallets of Windows 11 laptops for a PC distributor", "windows"),  # goods
        ("Sold SEO packages over the phone to small businesses", "seo"),
        ("Shelved books on Python and JavaScript", "javascript"),
        ("Sold laptops with Windows and Linux preinstalled", "linux"),
        ("Built window displays for promotions, lifting footfall before Christmas", "physical-stamina"),
        ("A colleague who was learning BSL asked me for help", "british-sign-language"),
        ("Worked under a head chef who managed allergens and HACCP", "food-hygiene"),
        ("Loaded the 7.5 tonne lorry each morning", "delivery-driving"),
        ("Coordinated contractors for the store refit", "leadership"),
        ("Read staff reviews on Glassdoor to improve retention", "performance-management"),
        ("Assisted the marketing agency, whose copywriters wrote all campaign emails", "email-marketing"),
        ("Drove the owner to meetings where he negotiated supplier contracts", "negotiation"),
        ("Cared for a resident who had been a bookkeeper for forty years", "bookkeeping"),
        ("Managed WooCommerce product catalogue and daily orders", "product-management"),
        ("Sold card machines to independent retailers", "point-of-sale"),  # the goods sold
        ("Carried out manual testing of fire alarms", "uat"),  # no software
        ("Ran grading tests on returned phones", "teaching"),
        ("Minuted meetings for the Director of Data Science", "data-science"),  # another's title
        ("Covered reception for our Head of Marketing", "marketing"),
        ("Handed out flyers for a small Java coding school", "java"),  # the employer's trade
        ("Mopped floors at Salesforce's Leeds headquarters", "salesforce"),  # their site
        ("Served customers who spoke Polish or Romanian", "polish"),  # the customers speak it
        ("Learned to react quickly when the backend system crashed", "react"),
        ("Processed BACS and Swift payments for suppliers", "swift"),  # no made-in-software thing
        ("Fed the rescued pythons at the reptile centre", "python"),  # snakes, not the language
        ("Watched my sister run her Etsy shop", "etsy"),
        ("Spent lunch breaks scrolling TikTok", "tiktok"),  # its audience
        ("Attended a two-hour seminar on email marketing", "email-marketing"),
        ("Learned a few words of Italian on holiday", "italian"),
        ("Poured coffee at a Tableau conference for an events company", "tableau"),  # an event
        ("Watched a HubSpot webinar on lead scoring", "hubspot"),
        ("Set out chairs for a Python workshop at the library", "python"),
        ("Gave out leaflets at a Shopify conference", "shopify"),  # handed out, no talk given
        ("Attended professional conferences and teacher training workshops", "staff-training"),
        ("Cared for a former Java developer living with dementia", "java"),  # another's trade
        ("Met a Shopify expert at the trade fair", "shopify"),
        ("Did not manage the Google Ads account, which the agency ran", "google-ads"),  # not done
        ("Plan to learn Python next year", "python"),
        ("Guarded the entrance at an AWS data center overnight", "aws"),  # a place
        ("Cooked English breakfasts for the night shift", "english"),  # a dish
    ],
)
def test_a_resume_line_credits_no_skill_lacked_wished_for_or_of_others(
    kb: KnowledgeBase, line: str, not_this: str
) -> None:
    assert not_this not in skills_of(kb, line)


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Sales team leader using Salesforce daily", "salesforce"),  # the person leads the team
        ("Observed health and safety procedures", "warehouse-safety"),  # no one watched
        ("Watched CCTV monitors and patrolled the site", "loss-prevention"),
        ("Debugged failed Jenkins builds", "jenkins"),  # nothing failed is lacked
        ("Confident with Excel and SQL", "sql"),
        ("Planned daily delivery routes for a fleet of 12 vans", "route-planning"),  # how often aside
        ("SAP consultant at a retail company", "sap"),
        ("Organised team building events for the store", "leadership"),
        ("Building front-end features in React and TypeScript", "react"),  # joined to TypeScript
        ("Designed and maintained ETL pipelines in Airflow and dbt", "airflow"),
        ("Manage a team of 15 staff, including recruitment and rotas", "leadership"),
        ("Tutored A-level chemistry students one-to-one", "teaching"),
        ("Taught swimming to children aged 5 to 10", "teaching"),  # 'to' says whom, not to whom one answers
        ("Taught new starters to use the scanners", "staff-training"),  # teaching staff their work
        ("Wrote schemes of work for KS3 science", "teaching"),
        ("Handled disciplinaries and absence management", "performance-management"),
        ("Cleaned the offices every evening", "cleaning"),  # 'the' says which offices
        ("Handled the stock take paperwork", "cycle-counting"),  # not 'handled the stock'
        ("Experienced warehouse manager who has used SAP and Excel", "sap"),  # the person, before 'who'
        ("Coached staff who were not confident with Excel", "excel"),
        ("Sold Shopify apps to merchants", "shopify"),  # no goods handled
        ("Packing, lifting and loading vans every shift", "physical-stamina"),  # an item of a list
        ("I was part of the team who launched the Shopify store", "shopify"),  # among them
        ("The only associate who was forklift trained on nights", "forklift"),  # the person
        ("Covered for my manager, who was on leave, running payroll and rotas", "payroll"),
        ("Worked with the team who built our Power BI dashboards, writing the SQL", "sql"),
        ("Trained colleagues who needed help with Excel pivot tables", "excel"),  # taught them
        ("Was asked to learn Power BI and went on to build 20 dashboards", "power-bi"),
        ("Covered gaps where the team lacked Excel skills by building templates", "excel"),
        ("Worked for Shopify Plus brands building custom themes", "shopify"),  # not an employer
        ("Worked by Kanban on a small dev team", "agile"),
        ("Configured and shipped Windows 11 laptops to new starters", "windows"),  # worked on
        ("Packed boxes with ShipStation labels", "shipstation"),  # a tool, not goods
        ("Sold second-hand books on eBay and Amazon", "ebay"),  # where they were sold
        ("Team leader, coaching agents on call quality", "staff-training"),
        ("Plan our content strategy: buyer guides and fit advice", "content-strategy"),
        ("Served customers on the tills and handled cash", "customer-service"),  # and the till
        ("Served up to 300 customers a shift on the tills", "point-of-sale"),
        ("Led the team who rebuilt the Shopify store in 2022", "shopify"),  # the person led them
        ("Supported pupils who struggled with phonics", "teaching"),  # their need, the person's help
        ("Reconciled the accounts whose balances didn't match in Xero", "xero"),  # things, not people
        ("Covered reception while she was at lunch and booked appointments in Outlook", "outlook"),
        ("Worked at Customer Service in Argos for two years", "customer-service"),  # a department
        ("Dad owns the shop and I run the Shopify site", "shopify"),
        ("Promoted and sold books on Instagram and TikTok", "instagram"),  # where they were sold
        ("Packing orders and shipping packages", "shipping-receiving"),  # a task, not goods
        ("Working towards my CIPD while running payroll in Sage", "payroll"),
        ("Led Power BI workshops for the finance team", "power-bi"),  # the person ran them
        ("Ran Excel workshops for the office team", "excel"),  # what is taught is known
        ("Presented at a Python meetup on web scraping", "python"),
        ("Worked as a Shopify developer for a fashion brand", "shopify"),  # the person's own trade
        ("Mentored a junior Python developer through code reviews", "python"),
        ("Listed products on the Shopify store every morning", "shopify"),  # not a place worked at
        ("Took bookings in English and French", "french"),
        ("Set up Microsoft Teams conference calls for the directors", "microsoft-teams"),  # no event
        ("Built HubSpot webinar landing pages", "hubspot"),  # made for the event
        ("Hosted Shopify workshops for local retailers", "shopify"),
        ("Published posts via the WordPress admin", "wordpress"),  # the admin pages, not a person
        ("Opened an eBay seller account for the charity shop", "ebay"),  # a thing of the trade
        ("Stepped into the SQL analyst role after my manager left", "sql"),
        ("Never missed a payroll run", "payroll"),  # a boast, not work left undone
        ("Never overspent the Google Ads budget", "google-ads"),
        ("Worked at the point of sale counter", "point-of-sale"),  # a place only for a brand
        ("Delivered 140 parcels a day around Bristol", "delivery-driving"),  # how many is no task
        ("Cleaned 12 hotel rooms a shift", "cleaning"),
        ("Processed hundreds of returns a week", "reverse-logistics"),
    ],
)
def test_a_line_of_the_persons_own_work_still_counts(kb: KnowledgeBase, line: str, skill: str) -> None:
    assert skill in skills_of(kb, line)


def test_what_a_resume_line_says_after_but_still_counts(kb: KnowledgeBase) -> None:
    assert "shopify" in skills_of(kb, "No SAP, but used Shopify daily")
    assert "sap" not in skills_of(kb, "No SAP, but used Shopify daily")


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Handled 80 calls a day with no complaints using Zendesk", "zendesk"),  # no lack of Zendesk
        ("Never missed a deadline while running payroll", "payroll"),
        ("Increased sales by 20% for clients using Shopify", "shopify"),  # no one else's work
        ("Our agency ran the ads, but I managed SEO myself", "seo"),
        ("Led a group of 10 volunteers", "leadership"),
        ("Managed a workforce of 50", "leadership"),
        ("Reported on weekly sales figures", "reporting"),
    ],
)
def test_a_negation_or_others_elsewhere_in_a_resume_line_leave_its_skills(
    kb: KnowledgeBase, line: str, skill: str
) -> None:
    assert skill in skills_of(kb, line)


@pytest.mark.parametrize(
    ("line", "not_this"),
    [
        ("Distributed brochures and flyers to local businesses", "graphic-design"),
        ("Put up promo banners in store ahead of the weekend sale", "ad-creative"),
        ("Uploaded property photos to the letting portals", "photography"),
        ("Sent customers tracking links for their parcels", "utm-tracking"),
        ("Holds a clean licence and own car", "delivery-driving"),
        ("Improved cash flow forecast accuracy for the finance director", "demand-forecasting"),
    ],
)
def test_a_name_of_a_skill_typed_alone_says_less_in_a_sentence(
    kb: KnowledgeBase, line: str, not_this: str
) -> None:
    assert not_this not in skills_of(kb, line)


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Built weekly sales reports in Excel", "excel"),
        ("Used Excel daily to track stock levels", "excel"),
        ("Carried out statistical analysis in R, including regression", "r"),
        ("Designed the new logo in Illustrator", "illustrator"),
        ("Arranged meetings in Outlook for the director", "outlook"),
        ("Posted supplier bills into Sage every Friday", "sage-accounting"),  # put into it
        ("Kept Excel trackers for the buying team", "excel"),  # a thing made in it, after it
        ("Saved Word documents to the shared drive", "microsoft-word"),
        ("Wrote R scripts to clean survey data", "r"),
    ],
)
def test_a_product_named_after_in_or_used_is_the_tool_the_work_was_done_in(
    kb: KnowledgeBase, line: str, skill: str
) -> None:
    assert skill in skills_of(kb, line)


@pytest.mark.parametrize(
    ("line", "not_this"),
    [
        ("Promoted to supervisor in Spring 2022", "spring"),
        ("Stacked shelves in Express for two summers", "express"),  # a shop
        ("Took a gap year and spent a month in Java", "java"),
        ("Used Word of mouth to grow sales", "microsoft-word"),
        ("Worked in R&D on new product lines", "r"),
        ("Seasonal picker in Amazon over Christmas", "amazon-seller-central"),  # the employer
        ("Stacked shelves in Express store every night", "express"),
    ],
)
def test_a_place_a_time_or_an_employer_named_like_a_product_is_no_tool(
    kb: KnowledgeBase, line: str, not_this: str
) -> None:
    assert not_this not in skills_of(kb, line)


@pytest.mark.parametrize(
    ("line", "not_this"),
    [
        ("Worked in Operations for a furniture retailer", "operations-management"),  # a department
        ("Stewarded events in Excel, London", "excel"),  # a place
        ("Used Access to Work funding for a support worker", "microsoft-access"),
        ("Transferred calls to Sales and Customer Service", "sales"),
        ("Taught modules: marketing, statistics and research methods", "teaching"),  # a label
        ("Worked alongside the head barista", "barista"),  # another person's trade
        ("Restocked the first aid kits", "first-aid"),  # goods, not the skill
        ("Stocked personal care and beauty aisles", "care-work"),
        ("Performed ID checks on visitors at reception", "age-restricted-sales"),
        ("Sorted the post and filed letters in Operations", "operations-management"),
        ("Cleaner at a dementia care home", "care-work"),  # the employer's trade
        ("Stocked the first aid cabinet", "first-aid"),
    ],
)
def test_a_department_a_place_a_label_or_goods_named_like_a_skill_is_not_it(
    kb: KnowledgeBase, line: str, not_this: str
) -> None:
    assert not_this not in skills_of(kb, line)


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Rolled out Slack company-wide", "slack"),
        ("Ran my own SEO company for two years", "seo"),  # the person's own company
        ("Entered payroll data for 200 staff", "payroll"),  # figures made, not read
        ("The owner wanted to grow online, so I built a Shopify store", "shopify"),  # another's wish
        ("Sat in on calls, then handled complaints on my own", "complaint-resolution"),
        ("Coached staff who were not confident with Excel", "excel"),  # their lack, not the coach's
        ("Carried out price changes on the shop floor", "price-tagging"),
        ("Trained new baristas on the espresso machine", "staff-training"),
        ("Staff trained by me in customer service", "staff-training"),
        ("Head barista at Pret for two years", "barista"),  # a rank leaves the title the person's
        ("Worked as head bartender", "bartending"),
        ("Supervised: 4 kitchen staff", "shift-supervision"),  # a verb before a colon is no label
        ("Translated letters in Polish for customers", "polish"),
        ("Reviewed pull requests and mentored two junior developers", "staff-training"),  # after 'and'
        ("Served customers and trained new starters on the till", "staff-training"),
        ("Analyzed campaign performance in HubSpot and reported on ROI", "reporting"),
        ("Defined metrics and reported monthly on retention", "reporting"),
        ("Optimised stored procedures for the finance team", "sql"),
        ("As the Head of SEO, rebuilt the site's structure", "seo"),  # the person's own title
        ("Promoted to Head of SEO after a year", "seo"),
        ("Ran my own Python coding school", "python"),
        ("Sold books on eBay at weekends", "ebay"),  # the platform sold on
        ("Spoke Polish with customers on the shop floor", "polish"),
        ("Built React components for the checkout", "react"),
        ("Maintained the Node back end for the booking app", "nodejs"),
        ("Filmed scroll-stopping TikTok videos", "tiktok"),
        ("Grew YouTube watch time by 40% with better thumbnails", "youtube"),
        ("Was the Head of SEO for a team of four", "seo"),
        ("Promoted to the Head of SEO role in 2022", "seo"),
        ("Booked in deliveries and put the stock away", "receiving"),  # UK warehouse words
        ("Tipped 40ft containers by hand", "loading-unloading"),
        ("Kept fridge temperature logs in the kitchen", "food-hygiene"),
        ("Supported people living with dementia with daily routines", "care-work"),
        ("Tutor at a Python coding school, teaching teenagers", "python"),  # taught there
        ("Designed and sold Shopify themes on the Theme Store", "liquid"),  # the person's own work
        ("Attended stand-ups daily, wrote SQL queries and fixed bugs", "sql"),
        ("Built PowerPoints for client pitches", "powerpoint"),  # a product's plural said as one
        ("Edited pages with Wix's site editor", "wix"),  # a feature, not a site worked at
    ],
)
def test_the_persons_own_work_beside_those_rules_still_counts(
    kb: KnowledgeBase, line: str, skill: str
) -> None:
    assert skill in skills_of(kb, line)


def test_a_list_of_things_carried_is_not_goods_of_its_first(kb: KnowledgeBase) -> None:
    """'supplies' after a comma is the next thing carried, not what the materials are for."""
    assert "material-handling" in posting_skills(kb, "Transport materials, supplies and products by forklift")


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Developed REST APIs in Java Spring Boot", "java"),
        ("Wrote unit tests in Jest and Cypress end-to-end tests", "cypress"),
    ],
)
def test_tools_named_side_by_side_as_a_stack_are_each_read(kb: KnowledgeBase, line: str, skill: str) -> None:
    assert skill in skills_of(kb, line)

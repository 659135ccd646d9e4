"""How a typed item is said around the names in it: bullets and quotes, qualifiers ('Excel
(advanced)', 'proficient in SQL'), separators, brackets, and the words beside a name that say
whose it is, what kind of thing it is, or whom a task is done to. Pure text; the vocabulary is
the resolver's."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ecomcareer.words import ARTICLES, DETERMINERS, IRREGULAR_PAST, ordinary_words, words_in

_SPLIT = re.compile(r"[,\n\r;]")


#: What separates the items of a written list line besides commas: the dots, bars and
#: bullets résumés set between skills ('SQL · Excel', 'Scheduling * Inventory').
_WRITTEN_SPLIT = re.compile(r"[,\n\r;|•·▪●]|\s\*\s")


OPENING, CLOSING = "([{", ")]}"


# Decoration: list bullets and numbering before an item, quotes and punctuation around it.
_BULLET = r"^(?:[-*•·‣◦▪▫●○■□➢➤►▶✓✔☐☑>~]+\s*|\(?\d{1,2}[.)]\)?\s+|(?:and|or|&|plus)\s+)"


_SURROUNDING = "\"'“”‘’„«»`*_"


_TRAILING_PUNCTUATION = ".,;:!?"


# Qualifiers: how well or how long, said before or after the name, kept as the note.
_LEVEL = (
    r"(?:(?:very|highly|extremely|fairly|quite|reasonably)\s+)?"
    r"(?:basic|basics|beginner|beginning|elementary|novice|entry[- ]level|intermediate|advanced|"
    r"expert|proficient|fluent|strong|solid|excellent|good|great|some|limited|familiar|"
    r"skilled|experienced|competent|trained|hands[- ]on|in[- ]depth|extensive|"
    r"effective|exceptional|superb|outstanding|demonstrated|proven|sound|thorough|keen|"
    r"superior|impeccable|brilliant|polished|working|practical|accurate|"
    r"client[- ]side|server[- ]side|front[- ]end|back[- ]end|modern|mobile|managed|"
    r"multi[- ]?channel|omni[- ]?channel|responsive|"
    r"a little|a bit|little|self[- ]taught|"
    # how the work is done, which says nothing of which work it is: 'friendly customer service'
    r"friendly|fast|quick|speedy|efficient|careful|precise|safe|confident|clear|neat|tidy|"
    # how often, which says nothing of which work either: 'weekly payroll'
    r"daily|nightly|weekly|fortnightly|monthly)"
)


_DURATION = r"\d+(?:\.\d+)?\+?\s*(?:years?|yrs?|months?|mos?)"


_NOUN = (
    r"(?:knowledge|experience|understanding|proficiency|skills?|command|grasp|familiarity|expertise|"
    r"exposure|knack|talent|flair|background|capability|capabilities|abilit(?:y|ies))"
)


_PREPOSITION = r"(?:of|in|with|at|using|on|for)"


_ABLE = r"(?:(?:the\s+)?abilit(?:y|ies)\s+to|able\s+to|capable\s+of|can|be\s+an?|being\s+an?)"


#: The verb 'excel', said of how well: 'excel at multitasking', 'I excel in sales'; 'Excel in
#: payroll' may be the spreadsheet used for it, and is left to be read as a phrase.
_EXCEL_AT = r"(?:excel(?:s|led)?\s+at|i\s+excel(?:led)?\s+(?:at|in))\s+"


_LEADING = (
    rf"^(?P<said>{_EXCEL_AT}|(?:{_DURATION}\s+(?:of\s+)?)?(?:{_ABLE}\s+)?(?:{_LEVEL}(?:\s+and\s+|\s+)){{0,3}}"
    rf"(?:(?:{_NOUN}\s+)?{_PREPOSITION}\s+)?)(?P<rest>.+)$"
)


#: Words that say a duty was the person's, and nothing of which: 'responsible for payroll',
#: 'dealing with refunds and exchanges', 'in charge of the tills'.
_DUTY = (
    r"^(?:responsible\s+for|in\s+charge\s+of|dealing\s+with|taking\s+care\s+of|looking\s+after)"
    r"\s+(?P<rest>.+)$"
)


_QUALIFIER = (
    rf"(?:{_LEVEL}(?:\s+(?:level|user|knowledge|skills?|proficiency))?"
    r"|skills?|abilit(?:y|ies)|knowledge|proficiency|expertise|excellence|awareness|usage|user|"
    r"attitude|mindset|"
    r"(?:from\s+)?(?:start|beginning)\s+to\s+(?:finish|end)|end[\s-]to[\s-]end|from\s+scratch|"
    r"(?:a|an|per|each|every)\s+(?:hour|day|night|shift|week|month|year)|daily|nightly|weekly|monthly|"
    r"capabilities|techniques?|basics|fundamentals"
    rf"|{_DURATION}(?:\s+(?:of\s+)?(?:experience|exp\.?))?"
    r"|\d+\s*(?:wpm|words per minute|kph|keystrokes per hour)"
    r"|certified|certification|certificate|foundation|practitioner|level\s+\d"
    r"|\d+(?:\.\d+)?\s*/\s*\d+|\d+\s*%)"
)


_VERSION = r"(?:v?\d+(?:\.\d+)*[a-z]?|cs\d|cc)"


_TRAILING = rf"^(?P<rest>.+?)(?:\s*[-–—:,]\s+|\s+)(?P<said>{_QUALIFIER}|{_VERSION})$"


# Names said together: "excel and sql", "git/github", "SQL & Python", "python (pandas, numpy)";
# not the letters of one name: "R&D", "P&L".
_SEPARATOR = (
    r"(?:\s*(?:[,;/|•·]|(?<!\b\w)&|&(?!\w\b)|(?<=\s)[-–—+](?=\s)|\b(?:and|or|vs|versus|plus)\b\.?)\s*)+"
)


# What always separates items of a list, whatever the names around it.
_LIST_SEPARATOR = r"\s*[,;•·]\s*"


#: Days of the week, as people write them: 'Mon', 'Tuesday'.
_DAYS = r"mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
#: Months and seasons, as people write them: 'Sept', 'March', 'autumn'.
_WHEN = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|fall|winter"
)
#: A bracket saying the skill before it is not had: 'photoshop (want to learn)', 'SQL (not
#: yet)', 'Excel (none)', 'C1 licence (provisional)'; not 'Excel (not advanced)', which says how
#: well, nor 'Excel (want to learn VBA)', a wish for more.
_NOT_HAD_NOTE = (
    r"^(?:none|nope|nil|n/?a)\b(?!\s+of\b).*|^never(?:\s+(?:used|tried|had|done)(?:\s+it)?)?$"
    r"|^not\s+(?:yet|really|at\s+all|used)(?:\s+it)?(?:\s*[,;–-].*)?$"
    r"|^no(?:\s+(?:experience|exp))?(?:\s+yet)?(?:\s*[,;–-].*)?$"
    r"|^(?:i\s+|i'd\s+|i’d\s+)?(?:want(?:ing)?|would\s+like|like|hop(?:e|ing)|plan(?:ning)?|keen|eager|aim(?:ing)?)\s+to\s+learn"
    r"(?:\s+(?:it|this|one\s+day|soon|next))?$"
    r"|^(?:to|will|yet\s+to)\s+learn(?:\s+(?:it|this|soon|next))?$|^on\s+my\s+(?:wish\s*)?list$"
    r"|^(?:provisional|working\s+towards(?:\s+it)?|in\s+progress|booked(?:\s+on\s+(?:a\s+)?course)?)$"
    r"|^(?:i\s+)?(?:want(?:ing)?|would\s+like|need(?:ing)?)\s+(?:some\s+)?training$"
    r"|^(?:only\s+|have\s+|i've\s+|i’ve\s+)?heard\s+of(?:\s+it)?$"
    # forgotten: 'French (forgot it all)'; not 'Excel (forgot to mention, advanced)'
    r"|^(?:but\s+)?(?:i\s+)?(?:have\s+|i've\s+|i’ve\s+)?(?:forgot|forgotten)"
    r"(?:\s+(?:it|it\s+all|all\s+of\s+it|most\s+of\s+it|most|everything|the\s+lot))?$"
    # to be learnt later: 'learning next month', 'starting in March'; not 'learning in a bootcamp'
    r"|^(?:learning|starting)(?:\s+it)?\s+(?:next\s+\w+|soon|in\s+(?:\d{4}|the\s+new\s+year|" + _WHEN + r"))$"
    r"|^(?:a\s+)?course\s+(?:starts|starting|booked|next)(?:\s+(?:(?:for|in|on)\s+)?(?:next\s+\w+|soon|tomorrow|week|month|"
    + _WHEN
    + r"|"
    + _DAYS
    + r"|\d[\w/-]*))?$"
)
#: A note saying a channel is used only as anyone uses it: 'instagram (personal acc only)',
#: 'facebook - just for family'.
_PERSONAL_NOTE = (
    r"^(?:(?:for\s+)?(?:personal|private)(?:\s+(?:use|account|acc|accounts|profile|page))?(?:\s+only)?"
    r"|(?:just|only)\s+(?:for\s+)?(?:personal\s+use|family|friends|friends\s+(?:and|&)\s+family"
    r"|family\s+(?:and|&)\s+friends))$"
)
#: A note after a dash, colon or question mark, said as a bracket is: 'SQL - want to learn',
#: 'Excel: none', 'canva?? heard of it'.
_DASHED_NOTE = r"^(?P<name>[^:?–—-]+?)(?:\s+[-–—]|:|\?+)\s+(?P<note>.+)$"
#: A skill to be learnt later, said around its name: 'learning photoshop next month'.
_LEARNT_LATER = (
    r"^(?P<verb>learning|starting)\s+(?P<name>.+?)\s+"
    r"(?P<when>next\s+\w+|soon|in\s+(?:\d{4}|the\s+new\s+year|" + _WHEN + r"))$"
)


class _Pattern:
    """A regular expression compiled when first used: exact matches never pay for it."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.compiled: re.Pattern[str] | None = None

    def __get__(self, instance: object, owner: type | None = None) -> re.Pattern[str]:
        if self.compiled is None:
            self.compiled = re.compile(self.source)
        return self.compiled


class _Grammar:
    """The patterns above."""

    bullet = _Pattern(_BULLET)
    leading = _Pattern(_LEADING)
    duty = _Pattern(_DUTY)
    trailing = _Pattern(_TRAILING)
    only_qualifier = _Pattern(rf"^{_QUALIFIER}$")
    not_had_note = _Pattern(_NOT_HAD_NOTE)
    personal_note = _Pattern(_PERSONAL_NOTE)
    dashed_note = _Pattern(_DASHED_NOTE)
    learnt_later = _Pattern(_LEARNT_LATER)
    separator = _Pattern(_SEPARATOR)
    list_separator = _Pattern(_LIST_SEPARATOR)
    last_preposition = _Pattern(rf"\s*\b{_PREPOSITION}$")


#: The grammar's patterns, each compiled when first used.
PATTERNS = _Grammar()


# Words around a name that say whose it is or what kind of thing it is, not which.
VENDORS = words_in(
    "microsoft ms adobe google amazon aws apache oracle ibm sap atlassian intuit autodesk apics "
    "ascm apple meta"
)


#: Words before a name that say where the work is done, not what it is: 'ecommerce copywriting'.
DOMAINS = words_in("ecommerce e-commerce ecom online digital d2c dtc b2b b2c")
#: Words for looking at a channel as its audience does: 'scrolling TikTok', 'watching YouTube'.
CONSUMED = words_in("watch watched watching scroll scrolled scrolling browse browsed browsing")
#: Where, or for whom, a task is done, said between its verb and its thing: 'stocking store
#: shelves', 'answering guest phones', 'picking warehouse orders'.
SETTINGS = words_in(
    "store shop warehouse office hotel pharmacy restaurant kitchen bar cafe clinic salon gym "
    "library school customer customers guest guests patient patients client clients member members "
    "visitor visitors shopper shoppers caller callers"
)


GENERIC = words_in(
    "software platform platforms system systems tool tools suite application applications app "
    "apps program programs programme package solution solutions crm erp cms ticketing helpdesk "
    "database framework library language programming scripting ide server os shell navigation "
    "theme themes services operation"
)


# Who a person leads: 'supervising support reps' and 'coaching new agents' are said of staff.
PEOPLE = words_in(
    "staff staffers employees employee workers worker associates associate agents agent reps rep "
    "representatives team teams crew crews people operators cashiers pickers packers drivers "
    "hires juniors interns volunteers developers programmers engineers analysts designers specialists "
    "photographers videographers stylists writers copywriters editors marketers managers supervisors "
    "technicians clerks assistants coordinators planners merchandisers buyers consultants "
    "contractors freelancers trainees apprentices starters recruits salespeople loaders stockers "
    "waiters baristas testers administrators officers executives colleagues directors "
    "advisors advisers operatives labourers laborers teachers tutors instructors nurses "
    "carers chefs cooks bartenders housekeepers receptionists porters guards workforce personnel "
    "devs execs cleaners"
)
#: Tasks done to people that are said alone when the people are named: 'hiring developers' is
#: hiring, 'training new starters' training; not 'marketing team' or 'cleaning staff', nouns.
PEOPLE_TASKS = words_in(
    "hiring recruiting training coaching mentoring onboarding supervising managing leading directing "
    "overseeing"
)


#: Teams of a business, named by their work: 'working with marketing and the warehouse' is
#: working beside those teams, not doing their work.
DEPARTMENTS = words_in(
    "marketing sales finance accounting operations ops warehouse merchandising buying product "
    "engineering dev devs it legal hr qa support compliance fulfilment fulfillment creative "
    "procurement purchasing trading stores store service customer training"
)


_TEAM_JOINERS = words_in("and & + / or team teams")


def names_teams(words: Sequence[str]) -> bool:
    """Only teams of a business, however many: 'marketing', 'QA and training', 'the warehouse'."""
    kept = [w for w in words if w not in DETERMINERS and w not in _TEAM_JOINERS]
    return bool(kept) and all(w in DEPARTMENTS for w in kept)


#: Words that start what is said after a task about where, why or to what it was done:
#: 'keeping records of outgoing orders', 'checking loads for accuracy'.
COMPLEMENT_WORDS = words_in(
    "of for with to against around across from by in on at into onto within per via using through"
)
#: Of those, the ones after which a product is the tool the task was done with: 'in SAP'. Not
#: 'on' or 'from': 'meetings on Monday', 'promoted from customer service'.
TOOL_WORDS = words_in("in with using")


def complement(words: Sequence[str]) -> tuple[list[str], str, list[str]] | None:
    """'checking loads for accuracy' -> (['checking', 'loads'], 'for', ['accuracy']): a task of
    two words or more and what is said after it, split at the first such word after it."""
    for i in range(1, len(words) - 1):
        if words[i] == "of" and words[i - 1] in PEOPLE:
            return None  # 'a team of call agents' is people, read as such or not at all
        if words[i] in COMPLEMENT_WORDS:
            rest = [w for w in words[i + 1 :] if w not in DETERMINERS]
            return (list(words[:i]), words[i], rest) if i >= 2 and rest else None
    return None


#: People said in two words whose last alone is not people: 'managing direct reports'.
_PEOPLE_PAIRS = {
    ("direct", "reports"),
    ("team", "members"),
    ("staff", "members"),
    ("material", "handlers"),
    ("package", "handlers"),
    ("baggage", "handlers"),
    ("cargo", "handlers"),
}


#: Kinds of work a team may be named by, beside the departments: 'trading and content teams'.
_KINDS_OF_WORK = words_in("content design data digital ecommerce e-commerce events kitchen")
#: Where or when people work, said before the people: 'kitchen and floor staff'.
_WORKPLACES = words_in(
    "kitchen floor front back warehouse store shop office bar sales support service field night "
    "day weekend seasonal temporary"
)


def only_people(words: Sequence[str]) -> bool:
    """Words that name only people, however many groups: 'support reps', 'a team of call
    agents', 'a cross-functional team', 'programmers and analysts', '3-5 marketplace specialists'."""
    kept = [w for w in words if w not in DETERMINERS and not any(c.isdigit() for c in w)]
    if "of" in kept:  # 'a team of call agents': the people are those after it
        kept = kept[len(kept) - kept[::-1].index("of") :]
    groups: list[list[str]] = [[]]
    for word in kept:
        if word in ("and", "&", "+", "/", "or"):
            groups.append([])
        else:
            groups[-1].append(word)
    if kept == []:  # 'managing a team of 12'
        return any(w in PEOPLE for w in words)

    def people(group: list[str]) -> bool:
        if group[:1] and group[0] in _BESIDE_PEOPLE:
            return False  # 'managing with the team' works beside them
        return 1 <= len(group) <= 4 and (group[-1] in PEOPLE or tuple(group[-2:]) in _PEOPLE_PAIRS)

    *before, last = groups

    def shares_the_people(group: list[str]) -> bool:
        """'kitchen and floor staff', 'trading and content teams', 'medical and clinical staff':
        where people work, or one word of what they do or of what kind they are, may share the
        people named last; not a thing ('stock and floor staff')."""
        if len(group) != 1:
            return False
        teams = last[-1:] in (["team"], ["teams"], ["staff"], ["crews"])
        kind = group[0] in DEPARTMENTS | _KINDS_OF_WORK or group[0].endswith(("al", "ary"))  # 'clinical'
        return group[0] in _WORKPLACES or (teams and kind)

    return people(last) and all(people(g) or shares_the_people(g) for g in before)


#: Words before people that say the work is done beside them or for them, not to them.
_BESIDE_PEOPLE = words_in("with alongside beside for to from by across among")


SKILL_NOUNS = words_in(
    "skill skills ability abilities knowledge proficiency expertise excellence awareness usage user "
    "attitude mindset "
    "capabilities technique techniques basics fundamentals"
)


_MINOR_WORDS = words_in("for of and the & to in on")


def spelt_out(words: list[str], acronym: str) -> bool:
    """Whether the acronym is the initials of the last words before it ('for' and the like
    left out, or kept): 'visual basic for applications' + 'vba'."""
    if not 2 <= len(acronym) <= 8 or not acronym.isalpha():
        return False
    initials = "".join(w[0] for w in words if w not in _MINOR_WORDS)
    every = "".join(w[0] for w in words)
    return initials.endswith(acronym) or every.endswith(acronym)


def bracket_depths(text: str) -> list[int] | None:
    """Bracket depth before each character; None when a bracket is opened and never closed."""
    depth, out = 0, []
    for char in text:
        if char in CLOSING:
            depth = max(0, depth - 1)
        out.append(depth)
        if char in OPENING:
            depth += 1
    return None if depth else out


def split_outside_brackets(text: str, separators: re.Pattern[str]) -> list[str]:
    """Split where a separator stands outside brackets; an unclosed bracket is just a character."""
    depths = bracket_depths(text) if any(c in OPENING for c in text) else None
    if depths is None:
        return [part.strip() for part in separators.split(text)]
    parts, start = [], 0
    for match in separators.finditer(text):
        if depths[match.start()] == 0:
            parts.append(text[start : match.start()].strip())
            start = match.end()
    parts.append(text[start:].strip())
    return parts


def split_inputs(text: str, *, written: bool = False) -> list[str]:
    """'sql, Excel\\n tableau' -> ['sql', 'Excel', 'tableau']: commas, semicolons or lines,
    but not inside brackets, so 'python (pandas, numpy)' stays one item. `written`: a list
    line of a document, whose items may stand between dots, bars or bullets too."""
    separators = _WRITTEN_SPLIT if written else _SPLIT
    out: list[str] = []
    for line in text.splitlines():
        out.extend(part for part in split_outside_brackets(line, separators) if part)
    return out


def undecorate(text: str) -> str:
    """'1. python', '• Tableau', '"sql".' -> the name alone; '.net', 'c++' and 'c#' are kept."""
    for _ in range(3):
        before = text
        text = PATTERNS.bullet.sub("", text).strip(_SURROUNDING + " ").rstrip(_TRAILING_PUNCTUATION + " ")
        if text == before:
            break
    return text


def not_had_as_bracket(text: str) -> str:
    """'sql - want to learn' -> 'sql (want to learn)', 'learning sql next month' -> 'sql
    (learning next month)': a note saying the skill is not had, after a dash or a colon or
    around the name, is read as the same note in a bracket."""
    later = PATTERNS.learnt_later.match(text)
    if later:
        return f"{later['name']} ({later['verb']} {later['when']})"
    dashed = PATTERNS.dashed_note.match(text)
    if dashed and (
        PATTERNS.not_had_note.match(dashed["note"]) or PATTERNS.personal_note.match(dashed["note"])
    ):
        return f"{dashed['name']} ({dashed['note']})"
    return text


def undress(text: str) -> tuple[str, str | None]:
    """'advanced excel' -> ('excel', 'advanced'); 'typing 60 wpm' -> ('typing', '60 wpm');
    'responsible for payroll' -> ('payroll', None)."""
    duty = PATTERNS.duty.match(text)
    if duty:
        text = duty["rest"]
    said: list[str] = []
    trailing = PATTERNS.trailing.match(text)
    if trailing:
        text = trailing["rest"]
        if trailing["said"] not in SKILL_NOUNS:  # 'communication skills' says nothing more
            said.append(trailing["said"])
    leading = PATTERNS.leading.match(text)
    if leading and leading["said"]:
        text = leading["rest"]
        prefix = PATTERNS.last_preposition.sub("", leading["said"].strip())
        if prefix:
            said.insert(0, prefix)
    return text.strip(), ", ".join(said) or None


#: Verbs a task starts with, and the noun a skill is named with ('manage time' is time
#: management); None where the name is the object alone ('use excel' is Excel).
_TASK_VERBS: dict[str, str | None] = {
    "use": None,
    "using": None,
    "utilise": None,
    "utilize": None,
    "apply": None,
    "perform": None,
    "performing": None,
    "conduct": None,
    "conducting": None,
    "carry out": None,
    "show": None,
    "demonstrate": None,
    "practise": None,
    "practice": None,
    "operate": "operation",
    "operating": "operation",
    "running": "operation",  # 'running the cash register', 'running Facebook ads'
    "sorting out": "resolution",
    "manage": "management",
    "collaborate": "collaboration",
    "communicate": "communication",
    "lead": "leadership",
    "organise": "organisation",
    "organize": "organization",
    "multitask": "multitasking",
    "prioritise": "prioritisation",
    "prioritize": "prioritization",
    "managing": "management",
    "handle": "handling",
    "handling": "handling",
    "process": "processing",
    "processing": "processing",
    "plan": "planning",
    "planning": "planning",
    "schedule": "scheduling",
    "analyse": "analysis",
    "analyze": "analysis",
    "analysing": "analysis",
    "analyzing": "analysis",
    "forecast": "forecasting",
    "negotiate": "negotiation",
    "negotiating": "negotiation",
    "communicating": "communication",
    "collaborating": "collaboration",
    "write": "writing",
    "writing": "writing",
    "edit": "editing",
    "editing": "editing",
    "develop": "development",
    "developing": "development",
    "train": "training",
    "training": "training",
    "sell": "selling",
    "test": "testing",
    "monitor": "monitoring",
    "track": "tracking",
    "pack": "packing",
    "pick": "picking",
    "stock": "stocking",
    "load": "loading",
    "unload": "unloading",
    "ship": "shipping",
    "receive": "receiving",
    "count": "counting",
    "build": "building",
    "design": "design",
    "designing": "design",
    "optimise": "optimisation",
    "optimize": "optimization",
    "maintain": "maintenance",
    "resolve": "resolution",
    "keep": None,
}


#: More verbs a task starts with ('drive forklift', 'take minutes', 'answer phones'), each by
#: the form names use. A phrase is read as the task they name with their object, never as the
#: object alone ('clean the tills' is no cash handling), and a verb alone is none of them
#: (`said_as_a_task` looks single words up in `_TASK_VERBS` only): in 'install, inspect,
#: clean, or repair piping', 'clean' says nothing of keeping a store clean.
_VERBS_OF_DUTIES: dict[str, str] = {
    "answer": "answering",
    "assist": "assisting",
    "balance": "balancing",
    "clean": "cleaning",
    "coach": "coaching",
    "collect": "collecting",
    "coordinate": "coordination",
    "create": "creating",
    "deliver": "delivery",
    "drive": "driving",
    "greet": "greeting",
    "hire": "hiring",
    "inspect": "inspection",
    "label": "labelling",
    "make": "making",
    "mentor": "mentoring",
    "onboard": "onboarding",
    "prepare": "preparation",
    "proofread": "proofreading",
    "reconcile": "reconciliation",
    "recruit": "recruitment",
    "replenish": "replenishment",
    "respond": "responding",
    "restock": "restocking",
    "rotate": "rotation",
    "scan": "scanning",
    "serve": "serving",
    "sort": "sorting",
    "supervise": "supervision",
    "take": "taking",
    "teach": "teaching",
    "translate": "translation",
    "update": "updating",
}
_VERBS_WITH_AN_OBJECT: dict[str, str | None] = {**_TASK_VERBS, **_VERBS_OF_DUTIES}


def abbreviates(words: list[str], acronym: str) -> bool:
    """Whether the acronym is the initials of some words in a row ('quality assurance' - 'qa')."""
    if not 2 <= len(acronym) <= 8 or not acronym.isalpha():
        return False
    for start in range(len(words)):
        for end in range(start + 2, len(words) + 1):
            run = words[start:end]
            if spelt_out(run, acronym) and len(run) <= len(acronym) + 2:
                return True
    return False


def only_filler(text: str) -> bool:
    """Only vendors' and generic words: 'google tools', 'microsoft software'."""
    return all(w.rstrip(".") in VENDORS or w in GENERIC for w in text.split())


def without_vendor_or_generic(text: str) -> str:
    """'microsoft exel', 'hubspt software' -> 'exel', 'hubspt': for typo tolerance, which must
    not be tried on the vendor's or the generic word."""
    words = text.split()
    while len(words) > 1 and words[0].rstrip(".") in VENDORS:
        words.pop(0)
    while len(words) > 1 and words[-1] in GENERIC:
        words.pop()
    return " ".join(words)


def present_forms(verb: str) -> Iterator[str]:
    """The forms a verb said in the past may have now, to look up in a table of verbs:
    'operated' -> 'operate', 'planned' -> 'plan', 'applied' -> 'apply', 'led' -> 'leading',
    'lead'."""
    yield verb
    if verb in IRREGULAR_PAST:
        now = IRREGULAR_PAST[verb]
        base = now[:-3]
        if len(base) > 2 and base[-1] == base[-2] and base[-1] not in "els":
            base = base[:-1]  # 'running' -> 'run', not 'selling' -> 'sel'
        yield from (now, base, base + "e")
    elif verb.endswith("ed"):
        yield from (verb[:-1], verb[:-2], verb[:-3], verb[:-3] + "y")


#: Verbs that lead people said with them, in any form: 'ran a team of 6', 'heads a crew'.
#: Only with the people straight after them (`people_said_first`): 'ran with the team' leads none.
RUN_OR_HEAD = words_in("run runs ran running head heads headed heading")
#: Words before 'of' that gather people: 'a group of 10 volunteers'.
_PEOPLE_GROUPS = words_in("group groups squad squads workforce department departments unit units")


def people_task(verb: str) -> str | None:
    """The task done to people a verb says, in any tense: 'led' -> 'leading', 'supervises' ->
    'supervising', 'trained' -> 'training', 'ran' -> 'leading'; None for any other verb."""
    if verb in RUN_OR_HEAD:
        return "leading"
    said_now: tuple[str, ...] = ()
    if verb.endswith("s"):  # 'leads', 'manages', 'coaches'; not 'managers'
        said_now = (verb[:-1], verb[:-2]) if verb.endswith("es") else (verb[:-1],)
    for form in (*present_forms(verb), *said_now):
        # 'manage' -> 'managing'; not 'managers' -> 'manager' -> 'managing'
        for task in (form, form + "ing", *([form[:-1] + "ing"] if form.endswith("e") else [])):
            if task in PEOPLE_TASKS:
                return task
    return None


def people_said_first(words: Sequence[str]) -> bool:
    """Whether people are named straight away, counted or pointed at: 'a team of 15', '12
    pickers', 'the night crew', 'staff'; not 'with the team', 'paying staff', nor 'the
    safety of staff', which names a thing of theirs."""
    if not words or any(w.endswith("ing") for w in words):
        return False
    first = words[0]
    if first not in DETERMINERS and first not in PEOPLE and not first[:1].isdigit():
        return False
    if "of" in words and words[words.index("of") - 1] not in PEOPLE | _PEOPLE_GROUPS:
        return False
    return only_people(words)


#: Openings of a duty over what follows: 'responsible for a team of 15', 'in charge of 10 staff'.
_IN_CHARGE = (("responsible", "for"), ("in", "charge", "of"))


def in_charge_of(words: Sequence[str]) -> int:
    """How many words open a duty over what follows them ('responsible for'), or 0."""
    return next((len(opening) for opening in _IN_CHARGE if tuple(words[: len(opening)]) == opening), 0)


def _verb_and_object(words: Sequence[str]) -> tuple[str, str | None, str] | None:
    """A task phrase opening with a verb, in any tense: the verb as the tables know it
    ('operated' -> 'operate'), the noun it names ('operation', or None for a verb that only
    says a skill is used, 'use') and what it is done to, articles set aside; None when the
    phrase opens with no such verb or says nothing after it."""
    if not words:
        return None
    for length in (2, 1):
        for first in present_forms(words[0]):
            verb = " ".join([first, *words[1:length]])
            if verb in _VERBS_WITH_AN_OBJECT and len(words) > length:
                done_to = " ".join(w for w in words[length:] if w not in ARTICLES)
                return verb, _VERBS_WITH_AN_OBJECT[verb], done_to
    return None


#: Verbs whose task is the same whatever it is done to: 'negotiating unit prices' negotiates,
#: 'communicating delays to customers' communicates. Leading is not one: 'led the rollout'
#: leads no one.
_WHATEVER_DONE_TO = words_in(
    "negotiate negotiating collaborate collaborating communicate communicating prioritise prioritize"
)
#: Words after which a tool or a language may be named, read as the phrase it is in: 'collaborating
#: in Figma', 'negotiating prices in Spanish', 'negotiated rates with DHL'.
_TOOL_OR_TONGUE_WORDS = TOOL_WORDS | words_in("on via")


def said_as_a_task(text: str) -> Iterator[str]:
    """The names a task phrase may stand for: 'operate forklift' -> 'forklift', 'forklift
    operation'; 'manage time' -> 'time', 'time management'; 'git for version control' -> 'git'."""
    words = text.split()
    if len(words) == 1 and (noun := _TASK_VERBS.get(words[0])):
        yield noun  # 'negotiate', 'collaborate'
    task = _verb_and_object(words)
    if task is not None:
        verb, noun, rest = task
        if noun is not None:
            yield f"{rest} {noun}"
            if noun.endswith("ing"):
                yield f"{noun} {rest}"  # 'stocking shelves', 'picking orders'
        # not 'training cashiers' for cash handling, nor 'clean the tills'
        if not only_people(rest.split()) and verb not in _VERBS_OF_DUTIES:
            yield rest
        done_to = rest.split()
        if (
            noun
            and verb in _WHATEVER_DONE_TO
            and done_to
            and done_to[0] not in ("and", "or", "&")  # 'collaborate and negotiate' is two
            and not _TOOL_OR_TONGUE_WORDS.intersection(done_to)
        ):
            yield noun  # 'negotiating unit prices' is negotiation, whatever was negotiated
    before, purpose, _ = text.partition(" for ")
    if purpose and before and (" " in before or before not in ordinary_words()):
        yield before  # not 'shopping for a living'
        yield from said_as_a_task(before)


def task_object(text: str) -> str | None:
    """What a task of its own is done to ('forecast accuracy' -> 'accuracy', 'training
    pipelines' -> 'pipelines'); None after a verb that only says a skill is used ('use Excel')."""
    task = _verb_and_object(text.split())
    return task[2] if task is not None and task[1] is not None else None


def last_bracket(text: str) -> tuple[str, str] | None:
    """'sql (3 years)' -> ('sql', '3 years'): the text around the last top-level bracket and in it."""
    if not any(c in OPENING for c in text):
        return None
    depths = bracket_depths(text)
    if depths is None:
        return None
    end = next((i for i in range(len(text) - 1, -1, -1) if text[i] in CLOSING and depths[i] == 0), -1)
    start = max((i for i in range(end) if text[i] in OPENING and depths[i] == 0), default=-1)
    if start < 0:
        return None
    outside = f"{text[:start].strip()} {text[end + 1 :].strip()}".strip()
    return outside, text[start + 1 : end].strip()


def join_notes(*notes: str | None) -> str | None:
    return ", ".join(n for n in notes if n) or None


def parse_skill_list(texts: Sequence[str]) -> list[str]:
    """Every comma- or line-separated item in the given option values or file contents."""
    out: list[str] = []
    for text in texts:
        out.extend(split_inputs(text))
    return out

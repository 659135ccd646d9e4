"""What a person typed -> skill ids: normalise, alias, normalised form, typo tolerance.

People write skills the way they write a CV: `Excel (advanced)`, `- sql`, `proficient in SQL`,
`python (pandas, numpy)`, `git/github`, `HubSpot CRM`, `javascrpt`. An item is read as a whole
first; only when the whole is not a known name are decorations and qualifiers set aside,
vendor and generic words dropped, or the item split into several names. A reading that needs
guessing (a typo) is allowed only where the typed word is not itself a real word: a miss is
better than crediting a skill the person did not name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache, cached_property
from itertools import islice, product
from pathlib import Path

from ecomcareer.model import KnowledgeBase
from ecomcareer.tables import table

#: Inputs longer than this are not skills; they are reported, not matched.
MAX_INPUT_LENGTH = 100
#: ESCO's words, which tell a misspelling from a real word (see `real_words`).
WORDS = Path(__file__).resolve().parent / "data" / "words.txt"
#: Suggestions are looked for this many unrecognised inputs; nobody reads more.
MAX_SUGGESTED = 50
#: Typo tolerance is tried for this many items of one call: each try compares the item with
#: thousands of names, and a list of thousands of unknown words is not a profile.
MAX_GUESSED = 1000
#: An item is split into at most this many pieces ("a, b and c" is three).
MAX_PIECES = 12

_NOT_WORD = re.compile(r"[^0-9a-z+#]")
_TOKEN = re.compile(r"[0-9a-z+#]+")
_SPLIT = re.compile(r"[,\n\r;]")
#: What separates the items of a written list line besides commas: the dots, bars and
#: bullets résumés set between skills ('SQL · Excel', 'Scheduling * Inventory').
_WRITTEN_SPLIT = re.compile(r"[,\n\r;|•·▪●]|\s\*\s")
_OPENING, _CLOSING = "([{", ")]}"

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
    r"a little|a bit|little|self[- ]taught)"
)
_DURATION = r"\d+(?:\.\d+)?\+?\s*(?:years?|yrs?|months?|mos?)"
_NOUN = (
    r"(?:knowledge|experience|understanding|proficiency|skills?|command|grasp|familiarity|expertise|"
    r"exposure|knack|talent|flair|background|capability|capabilities|abilit(?:y|ies))"
)
_PREPOSITION = r"(?:of|in|with|at|using|on|for)"
_ABLE = r"(?:(?:the\s+)?abilit(?:y|ies)\s+to|able\s+to|capable\s+of|can|be\s+an?|being\s+an?)"
_LEADING = (
    rf"^(?P<said>(?:{_DURATION}\s+(?:of\s+)?)?(?:{_ABLE}\s+)?(?:{_LEVEL}\s+)?"
    rf"(?:(?:{_NOUN}\s+)?{_PREPOSITION}\s+)?)(?P<rest>.+)$"
)
_QUALIFIER = (
    rf"(?:{_LEVEL}(?:\s+(?:level|user|knowledge|skills?|proficiency))?"
    r"|skills?|abilit(?:y|ies)|knowledge|proficiency|expertise|excellence|awareness|usage|user|"
    r"attitude|mindset|"
    r"capabilities|techniques?|basics|fundamentals"
    rf"|{_DURATION}(?:\s+(?:of\s+)?(?:experience|exp\.?))?"
    r"|\d+\s*(?:wpm|words per minute|kph|keystrokes per hour)"
    r"|certified|certification|certificate"
    r"|\d+(?:\.\d+)?\s*/\s*\d+|\d+\s*%)"
)
_VERSION = r"(?:v?\d+(?:\.\d+)*[a-z]?|cs\d|cc)"
_TRAILING = rf"^(?P<rest>.+?)(?:\s*[-–—:,]\s+|\s+)(?P<said>{_QUALIFIER}|{_VERSION})$"

# Names said together: "excel and sql", "git/github", "SQL & Python", "python (pandas, numpy)".
_SEPARATOR = r"(?:\s*(?:[,;/|&•·]|(?<=\s)[-–—+](?=\s)|\b(?:and|or|vs|versus|plus)\b\.?)\s*)+"
# What always separates items of a list, whatever the names around it.
_LIST_SEPARATOR = r"\s*[,;•·]\s*"


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
    trailing = _Pattern(_TRAILING)
    only_qualifier = _Pattern(rf"^{_QUALIFIER}$")
    separator = _Pattern(_SEPARATOR)
    list_separator = _Pattern(_LIST_SEPARATOR)
    last_preposition = _Pattern(rf"\s*\b{_PREPOSITION}$")


@cache
def _grammar() -> _Grammar:
    return _Grammar()


def _words_in(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words around a name that say whose it is or what kind of thing it is, not which.
_VENDORS = _words_in(
    "microsoft ms adobe google amazon aws apache oracle ibm sap atlassian intuit autodesk apics "
    "ascm apple meta"
)
#: Tasks whose verb says little, so that said verb first they are idioms: 'stock taking' is
#: counting stock, 'taking stock' is thinking things over.
_LIGHT_TASKS = _words_in("taking making doing having getting giving")
#: Words before a name that say where the work is done, not what it is: 'ecommerce copywriting'.
_DOMAINS = _words_in("ecommerce e-commerce ecom online digital d2c dtc b2b b2c")
_GENERIC = _words_in(
    "software platform platforms system systems tool tools suite application applications app "
    "apps program programs programme package solution solutions crm erp cms ticketing helpdesk "
    "database framework library language programming scripting ide server os shell navigation "
    "theme themes services operation"
)

# Who a person leads: 'supervising support reps' and 'coaching new agents' are said of staff.
_PEOPLE = _words_in(
    "staff staffers employees employee workers worker associates associate agents agent reps rep "
    "representatives team teams crew crews people operators members cashiers pickers packers drivers "
    "hires juniors interns volunteers developers programmers engineers analysts designers specialists "
    "photographers videographers stylists writers copywriters editors marketers managers supervisors "
    "leads technicians clerks assistants coordinators planners merchandisers buyers consultants "
    "contractors freelancers trainees apprentices starters recruits salespeople loaders stockers "
    "servers waiters baristas testers administrators officers executives colleagues reports"
)


#: Words before the people a task is done to: 'managing a team of 12 call agents'.
_DETERMINERS = _words_in("a an the our my up to over")


def _only_people(words: Sequence[str]) -> bool:
    """Words that name only people, however many groups: 'support reps', 'a team of call
    agents', 'a cross-functional team', 'programmers and analysts', '3-5 marketplace specialists'."""
    kept = [w for w in words if w not in _DETERMINERS and not any(c.isdigit() for c in w)]
    if "of" in kept:  # 'a team of call agents': the people are those after it
        kept = kept[len(kept) - kept[::-1].index("of") :]
    groups: list[list[str]] = [[]]
    for word in kept:
        if word in ("and", "&", "+", "/", "or"):
            groups.append([])
        else:
            groups[-1].append(word)
    if kept == []:  # 'managing a team of 12'
        return any(w in _PEOPLE for w in words)
    return all(1 <= len(group) <= 3 and group[-1] in _PEOPLE for group in groups)


_SKILL_NOUNS = _words_in(
    "skill skills ability abilities knowledge proficiency expertise excellence awareness usage user "
    "attitude mindset "
    "capabilities technique techniques basics fundamentals"
)
_MINOR_WORDS = _words_in("for of and the & to in on")


def _spelt_out(words: list[str], acronym: str) -> bool:
    """Whether the acronym is the initials of the last words before it ('for' and the like
    left out, or kept): 'visual basic for applications' + 'vba'."""
    if not 2 <= len(acronym) <= 8 or not acronym.isalpha():
        return False
    initials = "".join(w[0] for w in words if w not in _MINOR_WORDS)
    every = "".join(w[0] for w in words)
    return initials.endswith(acronym) or every.endswith(acronym)


def normalise(text: str) -> str:
    """Unicode-normalised, case-folded, single-spaced: how every name is compared."""
    if text.isascii():  # ASCII is already in NFKC, and lower() folds it
        return " ".join(text.lower().split())
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def canonical(text: str) -> str:
    """A looser form that forgives punctuation, '&' for 'and' and a '.js' suffix."""
    return _loosened(normalise(text))


#: British spellings and the American ones the vocabulary mostly uses, word endings alike:
#: 'visualisation', 'analyse', 'colour', 'catalogue', 'labelling', 'centre', 'programme',
#: 'licence'. Both sides of a comparison are spelt the American way, so a name and what is
#: typed meet whichever way either is spelt.
_BRITISH = re.compile(
    r"(?<=[a-z]{2})is(?=(?:ations?|es?|ed|ing|ers?)\b)"
    r"|(?<=[a-z])ys(?=(?:es?|ed|ing)\b)"
    r"|(?<=[a-z]{3})our(?=(?:s|al|ed|ing|ites?)?\b)"
    r"|(?<=[a-z]{3})ogue(?=s?\b)"
    r"|(?<=[a-z]{2})ell(?=(?:ing|ed|ers?|ors?)\b)"
    r"|(?<=[a-z]{2})tre(?=s?\b)"
    r"|\bprogramme(?=s?\b)"
    r"|\blicence(?=[sd]?\b)"
)
_AMERICAN = {
    "is": "iz",
    "ys": "yz",
    "our": "or",
    "ogue": "og",
    "ell": "el",
    "tre": "ter",
    "programme": "program",
    "licence": "license",
}


#: Any word ending _BRITISH may change, found in one quick pass: most text has none.
_BRITISH_ENDING = re.compile(
    r"(?:is(?:ations?|es?|ed|ing|ers?)|ys(?:es?|ed|ing)|our(?:s|al|ed|ing|ites?)?|ogues?"
    r"|ell(?:ing|ed|ers?|ors?)|tres?|programmes?|licence[sd]?)\b"
)


def american(text: str) -> str:
    """Lower-case text spelt the American way (see _BRITISH)."""
    if not _BRITISH_ENDING.search(text):
        return text
    return _BRITISH.sub(lambda m: _AMERICAN[m[0]], text)


def _loosened(normalised: str) -> str:
    word = _NOT_WORD.sub("", american(normalised).replace("&", "and"))
    if len(word) > 4 and word.endswith("js"):
        word = word[:-2]
    return word


def tokens(text: str) -> tuple[str, ...]:
    """The words of a name as compared one by one: 'A/B testing' -> ('a', 'b', 'testing')."""
    return _tokens_of(normalise(text))


def _tokens_of(normalised: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(normalised.replace("&", " and ")))


def _depths(text: str) -> list[int] | None:
    """Bracket depth before each character; None when a bracket is opened and never closed."""
    depth, out = 0, []
    for char in text:
        if char in _CLOSING:
            depth = max(0, depth - 1)
        out.append(depth)
        if char in _OPENING:
            depth += 1
    return None if depth else out


def _split_outside_brackets(text: str, separators: re.Pattern[str]) -> list[str]:
    """Split where a separator stands outside brackets; an unclosed bracket is just a character."""
    depths = _depths(text) if any(c in _OPENING for c in text) else None
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
        out.extend(part for part in _split_outside_brackets(line, separators) if part)
    return out


def typo_budget(word: str) -> int:
    """How many edits a typed word may be away from a skill name and still match it."""
    n = len(word)
    if n < 5:
        return 0
    if n < 8:
        return 1
    if n < 12:
        return 2
    return 3


@cache
def _words_text() -> str:
    """The shipped word list, one word a line, without its opening comment: read once and
    only when a guess is needed."""
    text = WORDS.read_text(encoding="utf-8")
    return re.sub(r"\A(?:#.*\n)*", "", text)


@cache
def real_words() -> frozenset[str]:
    """Every word of ESCO's skill labels, lower-cased: 'retail', 'georgian', 'sql'."""
    return frozenset(_words_text().lower().split())


@cache
def ordinary_words() -> frozenset[str]:
    """The ordinary words among them (ESCO writes them in lower case): 'shopping', not 'sql'."""
    return frozenset(filter(str.islower, _words_text().split()))


@cache  # the vocabulary's names repeat their words many times over
def stem(word: str) -> str:
    """A word without the endings of its forms: 'packed', 'packing', 'packs' -> 'pack';
    'handle', 'handled', 'handling' -> 'handl'; 'forecasts', 'forecasting' -> 'forecast';
    'optimisation' -> 'optimization'."""
    word = american(word)
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            if ending in ("ing", "ed") and len(word) > 3 and word[-1] == word[-2]:
                word = word[:-1]  # 'shipped' -> 'ship'
            return word
    if word.endswith("e") and len(word) > 4:
        return word[:-1]
    return word


#: Nouns of tasks and the verbs that say them: 'complaint resolution' is 'resolve complaints',
#: 'order lookup' is 'look up orders' (read as the verb with the word after it skipped).
NOMINALS: dict[str, tuple[str, ...]] = {
    "management": ("manage",),
    "entry": ("enter",),
    "lookup": ("look",),
    "resolution": ("resolve",),
    "negotiation": ("negotiate",),
    "generation": ("generate",),
    "retention": ("retain",),
    "optimization": ("optimise", "optimize"),
    "optimisation": ("optimise", "optimize"),
    "analysis": ("analyse", "analyze"),
    "creation": ("create",),
    "segmentation": ("segment",),
    "replenishment": ("replenish",),
    "fulfillment": ("fulfil", "fulfill"),
    "fulfilment": ("fulfil", "fulfill"),
    "reconciliation": ("reconcile",),
    "recruitment": ("recruit",),
    "production": ("produce",),
    "photography": ("photograph",),
    "support": ("support",),
}


def stemmed_index(names: Iterable[tuple[tuple[str, ...], str]]) -> dict[tuple[str, ...], str]:
    """Names of two words or more, as their words, by the stems of those words; and a task of two
    words by its verb first as well ('handle cash' for 'cash handling'). A stem two skills share
    names neither."""
    index: dict[tuple[str, ...], str | None] = {}
    for words, skill in names:
        if len(words) < 2:
            continue  # a name of one word is looked up as written, never by its stem
        keys = [tuple(stem(w) for w in words)]
        if said_verb_first(words) and words[1] not in _LIGHT_TASKS:
            keys += [(verb_stem, keys[0][0]) for verb_stem in verb_stems(words[1])]
        for key in keys:
            if index.setdefault(key, skill) != skill:
                index[key] = None
    return {key: skill for key, skill in index.items() if skill is not None}


def said_verb_first(words: Sequence[str]) -> bool:
    """Whether a name of two words is a task that may be said verb first: 'cash handling' as
    'handle cash', 'data cleaning' as 'clean data', 'complaint resolution' as 'resolve
    complaints'; not 'weekly reporting', whose first word says when."""
    return (
        len(words) == 2
        and (words[1].endswith("ing") or words[1] in NOMINALS)
        and words[0] not in FUNCTION_WORDS
        and not words[0].endswith("ly")
    )


def verb_stems(word: str) -> set[str]:
    """The stems of the verbs that say a task's noun: 'handling' -> 'handl', 'management' -> 'manag'."""
    return {stem(verb) for verb in NOMINALS[word]} if word in NOMINALS else {stem(word)}


def _singular(word: str) -> str:
    """'strategies' -> 'strategy', 'processes' -> 'process'; only into an ordinary word."""
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss"):
        return word
    ordinary = ordinary_words()
    if word.endswith("ies") and word[:-3] + "y" in ordinary:
        return word[:-3] + "y"
    if word.endswith("es") and word[:-2] in ordinary:
        return word[:-2]
    return word[:-1] if word[:-1] in ordinary else word


def _undecorate(text: str) -> str:
    """'1. python', '• Tableau', '"sql".' -> the name alone; '.net', 'c++' and 'c#' are kept."""
    for _ in range(3):
        before = text
        text = _grammar().bullet.sub("", text).strip(_SURROUNDING + " ").rstrip(_TRAILING_PUNCTUATION + " ")
        if text == before:
            break
    return text


def _undress(text: str) -> tuple[str, str | None]:
    """'advanced excel' -> ('excel', 'advanced'); 'typing 60 wpm' -> ('typing', '60 wpm')."""
    said: list[str] = []
    grammar = _grammar()
    trailing = grammar.trailing.match(text)
    if trailing:
        text = trailing["rest"]
        if trailing["said"] not in _SKILL_NOUNS:  # 'communication skills' says nothing more
            said.append(trailing["said"])
    leading = grammar.leading.match(text)
    if leading and leading["said"]:
        text = leading["rest"]
        prefix = grammar.last_preposition.sub("", leading["said"].strip())
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
_ARTICLES = _words_in("a an the")
#: Words that join or point, never a name's own.
FUNCTION_WORDS = frozenset(
    ["a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "at", "by", "with", "not", "no"]
)


def _abbreviates(words: list[str], acronym: str) -> bool:
    """Whether the acronym is the initials of some words in a row ('quality assurance' - 'qa')."""
    if not 2 <= len(acronym) <= 8 or not acronym.isalpha():
        return False
    for start in range(len(words)):
        for end in range(start + 2, len(words) + 1):
            run = words[start:end]
            if _spelt_out(run, acronym) and len(run) <= len(acronym) + 2:
                return True
    return False


def _only_filler(text: str) -> bool:
    """Only vendors' and generic words: 'google tools', 'microsoft software'."""
    return all(w.rstrip(".") in _VENDORS or w in _GENERIC for w in text.split())


def _without_vendor_or_generic(text: str) -> str:
    """'microsoft exel', 'hubspt software' -> 'exel', 'hubspt': for typo tolerance, which must
    not be tried on the vendor's or the generic word."""
    words = text.split()
    while len(words) > 1 and words[0].rstrip(".") in _VENDORS:
        words.pop(0)
    while len(words) > 1 and words[-1] in _GENERIC:
        words.pop()
    return " ".join(words)


def _said_as_a_task(text: str) -> Iterator[str]:
    """The names a task phrase may stand for: 'operate forklift' -> 'forklift', 'forklift
    operation'; 'manage time' -> 'time', 'time management'; 'git for version control' -> 'git'."""
    words = text.split()
    if len(words) == 1 and (noun := _TASK_VERBS.get(words[0])):
        yield noun  # 'negotiate', 'collaborate'
    for length in (2, 1):
        verb = " ".join(words[:length])
        if verb in _TASK_VERBS and len(words) > length:
            rest = " ".join(w for w in words[length:] if w not in _ARTICLES)
            noun = _TASK_VERBS[verb]
            if noun is not None:
                yield f"{rest} {noun}"
                if noun.endswith("ing"):
                    yield f"{noun} {rest}"  # 'stocking shelves', 'picking orders'
            yield rest
            break
    before, purpose, _ = text.partition(" for ")
    if purpose and before and (" " in before or before not in ordinary_words()):
        yield before  # not 'shopping for a living'
        yield from _said_as_a_task(before)


def _last_bracket(text: str) -> tuple[str, str] | None:
    """'sql (3 years)' -> ('sql', '3 years'): the text around the last top-level bracket and in it."""
    if not any(c in _OPENING for c in text):
        return None
    depths = _depths(text)
    if depths is None:
        return None
    end = next((i for i in range(len(text) - 1, -1, -1) if text[i] in _CLOSING and depths[i] == 0), -1)
    start = max((i for i in range(end) if text[i] in _OPENING and depths[i] == 0), default=-1)
    if start < 0:
        return None
    outside = f"{text[:start].strip()} {text[end + 1 :].strip()}".strip()
    return outside, text[start + 1 : end].strip()


def _join(*notes: str | None) -> str | None:
    return ", ".join(n for n in notes if n) or None


class How(StrEnum):
    """How an input was read, from most to least certain."""

    EXACT = "exact"
    ALIAS = "alias"
    NORMALISED = "normalised"
    TYPO = "typo"
    #: Found in a document given with --from.
    FOUND = "found"
    #: Assumed from the job given with --job: named by its occupation's technologies or tasks.
    JOB = "job"


@dataclass(frozen=True, slots=True)
class Recognized:
    input: str
    skill: str
    how: How
    #: What was said about the skill besides its name: "advanced", "a little", "3 years".
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Unrecognized:
    input: str
    suggestions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Resolution:
    recognized: tuple[Recognized, ...]
    unrecognized: tuple[Unrecognized, ...]

    @property
    def skill_ids(self) -> tuple[str, ...]:
        """Each skill once, in the order first typed: an alias never counts twice."""
        return tuple(dict.fromkeys(r.skill for r in self.recognized))


#: One name read from part of an item: skill id, how it was read, what was said besides.
Reading = tuple[str, How, str | None]
#: What part of an item says: the names read, and pieces that were clearly meant as names but
#: are not known (the 'numpy' of 'python (pandas, numpy)').
Found = tuple[list[Reading], list[str]]


class SkillResolver:
    """Reads skills the way people type them, against one knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self._kb = kb

    def exact_names(self) -> Mapping[str, tuple[str, bool]]:
        """Every id, name and alias, normalised, with its skill and whether it is an alias:
        for other readers of text."""
        return self._exact

    # Look-up tables, built on first need (or taken from the cache: see `tables`) -----------

    @table
    def _named(self) -> list[tuple[str, str]]:
        """Every id, name and alias, normalised once, with its skill; ids and names first."""
        named = [(normalise(word), s.id) for s in self._kb.skills for word in (s.id, s.name)]
        return named + [(normalise(word), s.id) for s in self._kb.skills for word in s.aliases]

    @table
    def _exact(self) -> dict[str, tuple[str, bool]]:
        """Each id, name and alias as typed (normalised) -> its skill, and whether it is an alias;
        an id or name wins over another skill's alias."""
        exact: dict[str, tuple[str, bool]] = {}
        ids_and_names = 2 * len(self._kb.skills)
        for i, (key, owner) in enumerate(self._named):
            exact.setdefault(key, (owner, i >= ids_and_names))
        return exact

    @table
    def _canonical(self) -> dict[str, str | None]:
        """Loose form -> skill id; None where two skills share a loose form."""
        index: dict[str, str | None] = {}
        for name, owner in self._named:
            key = _loosened(name)
            if key and index.setdefault(key, owner) != owner:
                index[key] = None
        return index

    @table
    def _phrases(self) -> dict[tuple[str, ...], str | None]:
        """Each name's words -> skill id (None where two skills share them), for typo readings."""
        index: dict[tuple[str, ...], str | None] = {}
        for name, owner in self._named:
            key = _tokens_of(name)
            if key and index.setdefault(key, owner) != owner:
                index[key] = None
        return index

    @table
    def _singulars(self) -> dict[tuple[str, ...], str | None]:
        """Names of several words with each word made singular: 'sales processes', 'customers'
        relationship management' read as the names they pluralise."""
        index: dict[tuple[str, ...], str | None] = {}
        singular: dict[str, str] = {}  # the names repeat their words many times over
        for words, owner in self._phrases.items():
            if len(words) < 2:
                continue
            key = tuple([singular.get(w) or singular.setdefault(w, _singular(w)) for w in words])
            if index.setdefault(key, owner) != owner:
                index[key] = None
        return index

    @table
    def _stemmed(self) -> dict[tuple[str, ...], str]:
        """Names of several words by the stems of their words: 'demand forecasts' and 'cycle
        counts' read as 'demand forecasting' and 'cycle counting'; and a task of two words by
        its verb first: 'handling cash', 'reconciling cash' and 'onboarding affiliates' read as
        'cash handling', 'cash reconciliation' and 'affiliate onboarding'. A stem two skills
        share names neither."""
        return stemmed_index((words, owner) for words, owner in self._phrases.items() if owner is not None)

    @table
    def _vocabulary_words(self) -> frozenset[str]:
        return frozenset(w for phrase in self._phrases for w in phrase)

    @table
    def _real_words(self) -> frozenset[str]:
        """Words that are not misspellings: the vocabulary's own and ordinary English."""
        return self._vocabulary_words | real_words()

    @table
    def _long_words_by_initial(self) -> dict[str, list[str]]:
        """Vocabulary words long enough to be misspelt, by first letter (typos rarely change it)."""
        groups: dict[str, list[str]] = {}
        for word in sorted(self._vocabulary_words):
            if len(word) >= 5 and word.isalpha():
                groups.setdefault(word[0], []).append(word)
        return groups

    @table
    def _keys_by_initial(self) -> dict[str, tuple[list[str], list[str], list[str]]]:
        """Loose forms of names (five letters or more), their skills and the name each was first
        made from, by first letter."""
        made_from: dict[str, str] = {}
        for name, _ in self._named:
            made_from.setdefault(_loosened(name), name)
        groups: dict[str, tuple[list[str], list[str], list[str]]] = {}
        for key, owner in self._canonical.items():
            if owner is not None and len(key) >= 5:
                keys, owners, names = groups.setdefault(key[0], ([], [], []))
                keys.append(key)
                owners.append(owner)
                names.append(made_from[key])
        return groups

    @table
    def _phrases_by_word(self) -> dict[str, list[tuple[str, ...]]]:
        """Word -> the names of several words containing it, for suggesting 'sales pipeline' to
        'sales'."""
        index: dict[str, list[tuple[str, ...]]] = {}
        for phrase, owner in self._phrases.items():
            if owner is not None and len(phrase) > 1:
                for word in set(phrase):
                    index.setdefault(word, []).append(phrase)
        return index

    # Confident readings: exact, alias, normalised ------------------------------------------

    def _loose(self, key: str) -> str | None:
        """The loose form itself, or its plural or singular ('pivot table', 'refund')."""
        found = self._canonical.get(key)
        if found or len(key) < 4:
            return found
        if key.endswith("s") and not key.endswith("ss"):
            found = self._canonical.get(key[:-1])
            # 'canvas' is a word of its own, not the plural of 'Canva'
            if found and (key not in real_words() or key[:-1] in real_words()):
                return found
            return None
        return self._canonical.get(key + "s")  # never 'sas' -> 'sass'

    def _by_stems(self, words: tuple[str, ...]) -> str | None:
        """The name these words are another form of ('demand forecasts', 'cycle counts'), when
        each word is a word of the vocabulary or plainly inflected: a bare word no name uses
        is a thing, not the activity the name says ('gift wrap' is paper, not gift wrapping)."""
        words = tuple(w for w in words if w not in _ARTICLES)
        stems = tuple(stem(w) for w in words)
        if all(w in self._vocabulary_words or s != w for w, s in zip(words, stems, strict=True)):
            return self._stemmed.get(stems)
        return None

    def _exact_reading(self, text: str) -> tuple[str, How] | None:
        found = self._exact.get(text)
        return (found[0], How.ALIAS if found[1] else How.EXACT) if found else None

    def _lookup(self, text: str) -> tuple[str, How] | None:
        found = self._exact_reading(text)
        if found:
            return found
        key = canonical(text)
        loose = self._loose(key) if key else None
        if not loose and " " in text:
            words = tokens(text)
            loose = self._singulars.get(tuple(_singular(w) for w in words))
            loose = loose or self._by_stems(words)
        return (loose, How.NORMALISED) if loose else None

    def _distinctive(self, name: str) -> bool:
        """Whether what is left once a vendor or a generic word is dropped names a product, not an
        ordinary thing: 'Google Shopping' leaves 'shopping', just a word; 'Adobe InDesign' does not;
        'refund applications' is not 'refunds'."""
        return " " in name or name not in ordinary_words()

    def _makers_name(self, word: str) -> bool:
        """A first word that is no real word and no word of the vocabulary: the maker's name
        O*NET writes before a product ('StataCorp Stata', 'PortSwigger Burp Suite')."""
        return word.isalpha() and word not in self._real_words and word not in self._vocabulary_words

    def _name(self, text: str) -> tuple[str, How] | None:
        """A known name, perhaps with a vendor before it, a generic word after it, or its own
        initials repeated at the end, as O*NET writes them ('Visual Basic for Applications VBA')."""
        found = self._lookup(text)
        if found:
            return found
        words = text.split()
        if len(words) < 2:
            return None
        ends = [len(words)]
        while ends[-1] > 1 and words[ends[-1] - 1] in _GENERIC:
            ends.append(ends[-1] - 1)
        for end in ends:  # 'search engine optimization seo (software)'
            if end >= 3 and _spelt_out(words[: end - 1], words[end - 1]):
                found = self._name(" ".join(words[: end - 1]))
                if found:
                    return found[0], How.NORMALISED
        starts = [0]
        while starts[-1] < len(words) - 1 and words[starts[-1]].rstrip(".") in _VENDORS:
            starts.append(starts[-1] + 1)
        if starts == [0] and self._makers_name(words[0]):
            starts.append(1)
        spans = sorted(
            ((s, e) for s in starts for e in ends if e - s >= 1 and (s, e) != (0, len(words))),
            key=lambda span: span[0] - span[1],  # the fewest words dropped first
        )
        for start, end in spans:
            rest = " ".join(words[start:end])
            found = self._lookup(rest)
            # A kind of software names a skill even when it is a plain word: 'spreadsheet software'.
            if found and (self._distinctive(rest) or words[end:] == ["software"]):
                return found[0], How.NORMALISED
        if words[0] in _DOMAINS:  # 'ecommerce copywriting' is copywriting, online
            found = self._lookup(" ".join(words[1:]))
            if found:
                return found[0], How.NORMALISED
        return self._said_twice(words)

    def _said_twice(self, words: list[str]) -> tuple[str, How] | None:
        """A product and the kind of thing it is, both names of one skill: 'QRadar SIEM'."""
        for cut in range(1, len(words)):
            head, tail = self._lookup(" ".join(words[:cut])), self._lookup(" ".join(words[cut:]))
            if head and tail and head[0] == tail[0]:
                return head[0], How.NORMALISED
        return None

    def _tool_and_skill(self, text: str) -> Found | None:
        """A tool named before a skill done with it: 'HubSpot email marketing' is both. The tool
        must be a distinctive name and the skill a name of several words or a distinctive one,
        so that 'team management' is not read as a tool called 'team'."""
        words = text.split()
        for cut in range(1, len(words)):
            head, tail = " ".join(words[:cut]), " ".join(words[cut:])
            if not self._distinctive(head) or " " in head:
                continue
            tool, skill = self._lookup(head), self._lookup(tail)
            if tool and skill and tool[0] != skill[0] and (" " in tail or self._distinctive(tail)):
                return [(tool[0], How.NORMALISED, None), (skill[0], How.NORMALISED, None)], []
        return None

    def _one(self, text: str) -> Reading | None:
        """One name, with any qualifier around it kept as the note; failing that, the name in
        a phrase that says what is done with it ('operate forklift', 'manage time') or what it
        is for ('git for version control')."""
        found = self._name(text)
        if found:
            return found[0], found[1], None
        core, note = _undress(text)
        if core and core != text:
            found = self._name(core)
            last = text.rsplit(" ", 1)[-1]
            if not found and last in _SKILL_NOUNS:  # 'excellent interpersonal skills'
                found = self._name(f"{core} {last}")
            if found:
                return found[0], found[1], note
        for name in _said_as_a_task(core or text):
            found = self._name(name)
            if found:
                return found[0], How.NORMALISED, note
        return None

    def _bracketed(self, text: str) -> Found | None:
        """'Excel (advanced)', 'SQL (3 years)' -> a note; 'python (pandas, numpy)' -> more names."""
        parts = _last_bracket(text)
        if parts is None:
            return None
        outside, inside = parts
        main = self._one(outside) if outside else None
        if outside and main is None:
            # 'Google Tools (GA & GSC)': names listed in brackets are read even when what is
            # outside is not a skill; it is then reported as not understood, unless it is only
            # a vendor's or a generic word.
            if _abbreviates(outside.split(), inside):
                return None  # 'quality assurance (QA) calibration': the same unknown name, shorter
            within = self._found(inside) if inside else None
            if within is None or not within[0] or within[1]:
                return None
            return within[0], ([] if _only_filler(outside) else [outside])
        within = self._found(inside) if inside else None
        if within is not None and not within[1]:
            return ([main] if main else []) + within[0], []
        names: list[Reading] = []
        said: list[str] = []
        unknown: list[str] = []
        for piece in filter(None, _split_outside_brackets(inside, _grammar().separator)):
            reading = self._one(piece)
            if reading:
                names.append(reading)
            elif _grammar().only_qualifier.match(piece):
                said.append(piece)
            else:
                unknown.append(piece)
        if not names:  # not a list of skills: all of it is what was said about the one outside
            said, unknown = [inside] if inside else [], []
        if main is None:
            return (names, unknown) if names else None
        return [(main[0], main[1], _join(main[2], *said)), *names], unknown

    def _segment(self, text: str) -> Found | None:
        text = _undecorate(text)
        if not text:
            return None
        bracketed = self._bracketed(text)
        if "(" in text and bracketed is not None and len(bracketed[0]) > 1 and not bracketed[1]:
            # 'Python (pandas)' names both, though its words also make the alias 'python pandas'.
            return bracketed
        reading = self._one(text)
        if reading:
            return [reading], []
        return bracketed

    def _pieces(self, text: str) -> list[tuple[int, int]]:
        """Where the names of 'excel, sql and python' stand: spans between separators."""
        depths = _depths(text) if any(c in _OPENING for c in text) else None
        spans, start = [], 0
        for match in _grammar().separator.finditer(text):
            if depths is None or depths[match.start()] == 0:
                spans.append((start, match.start()))
                start = match.end()
        spans.append((start, len(text)))
        return [(a, b) for a, b in spans if text[a:b].strip()]

    def _shared_word(self, text: str, spans: list[tuple[int, int]]) -> Found | None:
        """Names that share a word said once: 'email and SMS marketing' is email marketing and
        SMS marketing, 'batch, zone or wave picking' three kinds of picking, 'typing speed and
        accuracy' typing speed and typing accuracy. Taken only when every name so made is known."""
        pieces = [text[a:b].strip() for a, b in spans]
        words = [p.split() for p in pieces]
        ways: list[list[str]] = []
        if len(words[-1]) >= 2 and all(len(w) == 1 for w in words[:-1]):
            head = words[-1][-1]
            ways.append([f"{p} {head}" for p in pieces[:-1]] + [pieces[-1]])
        if len(words[0]) >= 2 and all(len(w) == 1 for w in words[1:]):
            modifier = words[0][0]
            ways.append([pieces[0]] + [f"{modifier} {p}" for p in pieces[1:]])
        for names in ways:
            readings = [self._one(name) for name in names]
            if all(readings):
                return [r for r in readings if r], []
        return None

    def _found(self, text: str) -> Found | None:
        """Read the whole as one name; failing that, as several names, every one of them known.

        The fewest pieces win, so 'A/B testing and SQL' is two names, not three."""
        whole = self._segment(text)
        if whole is not None:
            return whole
        spans = self._pieces(text)
        shared = self._shared_word(text, spans) if 2 <= len(spans) <= MAX_PIECES else None
        if shared is not None:
            return shared
        if 2 <= len(spans) <= MAX_PIECES:
            n = len(spans)
            best: list[list[Found] | None] = [[], *([None] * n)]
            for end in range(1, n + 1):
                for start in range(end):
                    before = best[start]
                    if before is None or (best[end] is not None and len(before) + 1 >= len(best[end] or [])):
                        continue
                    piece = self._segment(text[spans[start][0] : spans[end - 1][1]])
                    if piece is not None:
                        best[end] = [*before, piece]
            chosen = best[n]
            if chosen is not None:
                return [r for names, _ in chosen for r in names], [u for _, more in chosen for u in more]
        if len(spans) >= 3:  # three names or more is a list, not one name: 'requests/Scrapy/lxml'
            names: list[Reading] = []
            unknown: list[str] = []
            for a, b in spans:
                entry = text[a:b].strip()
                read = self._segment(entry)
                names.extend(read[0] if read else [])
                unknown.extend(read[1] if read else [entry])
            if names:
                return names, unknown
        head, colon, rest = text.partition(":")
        if colon and rest.strip() and self._one(head.strip()) is None:
            return self._found(rest.strip())  # 'tools: excel, sql' - a heading, then the names
        return self._list(text) or self._tool_and_skill(text)

    def _leading_people(self, text: str) -> Found | None:
        """'Supervising support reps', 'managing a team of call agents', 'leading developers and
        designers', 'agent coaching': a task done to people, whoever they are, is the task said of
        staff ('supervising staff'), or else the task itself ('hiring developers' is hiring)."""
        words = text.split()
        if len(words) == 2 and words[0] in _PEOPLE:
            said = [f"staff {words[1]}"]
        elif 2 <= len(words) <= 9 and _only_people(words[1:]):
            # the task alone when it is said as one ('hiring developers'), never a noun ('sales team')
            said = [f"{words[0]} staff", *([words[0]] if words[0].endswith("ing") else [])]
        else:
            return None
        for name in said:
            reading = self._one(name) if name != text else None
            if reading:
                return [reading], []
        return None

    def _list(self, text: str) -> Found | None:
        """An item that is a list ('feedback, active listening'): each entry read on its own,
        those not understood reported as such. Only commas, semicolons and bullets count here;
        'and', '&' and '/' may belong to a name, so an entry joined by them must be read whole
        or wholly."""
        entries = [e for e in _split_outside_brackets(text, _grammar().list_separator) if e.strip()]
        if len(entries) < 2 or len(entries) > MAX_PIECES:
            return None
        names: list[Reading] = []
        unknown: list[str] = []
        for entry in entries:
            found = self._found(entry.strip())
            if found is None:
                unknown.append(entry.strip())
            else:
                names.extend(found[0])
                unknown.extend(found[1])
        return (names, unknown) if names else None

    # Guessing: typos, suggestions -----------------------------------------------------------

    def _near_words(self, word: str) -> dict[str, int]:
        """Vocabulary words one typo away from a word that is not itself a real word."""
        budget = typo_budget(word)
        if not budget or not word.isalpha() or word in self._real_words:
            return {}
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        candidates = self._long_words_by_initial.get(word[0], [])
        hits = process.extract(word, candidates, scorer=OSA.distance, score_cutoff=budget, limit=6)
        return {hit: int(distance) for hit, distance, _ in hits}

    def _typo(self, text: str) -> str | None:
        """The one skill a misspelt name is closest to; each misspelt word must be no real word
        and every word of the input must stand for a word of the name, in order."""
        words = tokens(text)
        if not words or len(words) > 8:
            return None
        options: list[dict[str, int]] = []
        for word in words:
            if word in self._vocabulary_words:
                options.append({word: 0})
                continue
            near = self._near_words(word)
            if not near:
                break
            options.append(near)
        closest: dict[str, int] = {}
        if len(options) == len(words):
            for choice in islice(product(*(o.items() for o in options)), 256):
                owner = self._phrases.get(tuple(w for w, _ in choice))
                distance = sum(d for _, d in choice)
                if owner and distance and distance < closest.get(owner, 99):
                    closest[owner] = distance
        if not closest and len(words) == 1:
            closest = self._typo_joined(words[0])
        if not closest:
            return None
        best = min(closest.values())
        winners = [owner for owner, distance in closest.items() if distance == best]
        return winners[0] if len(winners) == 1 else None

    def _typo_joined(self, word: str) -> dict[str, int]:
        """A one-word input against names written as one word ('googleanalitics')."""
        budget = typo_budget(word)
        if not budget or not word.isalpha() or word in self._real_words:
            return {}
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        keys, owners, _ = self._keys_by_initial.get(word[0], ([], [], []))
        closest: dict[str, int] = {}
        for _, distance, i in process.extract(word, keys, scorer=OSA.distance, score_cutoff=budget, limit=8):
            closest[owners[i]] = min(int(distance), closest.get(owners[i], 99))
        return closest

    def _plausible(self, typed: tuple[str, ...], name: tuple[str, ...]) -> bool:
        """A suggestion may differ from the input only in words that are not real words."""
        # A word cut short counts when another word typed is the name's own: 'sales pipe' may
        # mean the sales pipeline, 'sketch' alone does not mean SketchUp.
        anchored = any(word in name for word in typed)
        return all(
            word in name
            or word not in self._real_words
            or (anchored and len(word) >= 4 and any(n.startswith(word) for n in name))
            for word in typed
        )

    def _suggestions(self, text: str, limit: int = 3) -> tuple[str, ...]:
        """Skill ids that the input plausibly meant, best first: names spelt alike, names that
        contain every word typed, and names read in a piece of an item that failed as a whole."""
        from rapidfuzz import fuzz, process

        outside, _ = _last_bracket(text) or (text, None)
        core, _ = _undress(outside)
        words, key = tokens(core), canonical(core)
        if not key:
            return ()
        out: dict[str, float] = {}
        for start, end in self._pieces(text):
            reading = self._one(_undecorate(text[start:end]))
            if reading and (start, end) != (0, len(text)):
                out.setdefault(reading[0], 200.0)
        keys, owners, names = self._keys_by_initial.get(key[0], ([], [], []))
        for _, score, i in process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=75, limit=12):
            if self._plausible(words, _tokens_of(names[i])):
                out.setdefault(owners[i], score)
        if words and all(len(w) >= 3 for w in words):
            first, *others = words
            for phrase in self._phrases_by_word.get(first, []):
                owner = self._phrases[phrase]
                if owner and all(w in phrase for w in others) and len(phrase) > len(words):
                    score = fuzz.ratio(key, "".join(phrase))
                    out[owner] = max(out.get(owner, 0.0), score)
        ranked = sorted(out.items(), key=lambda item: -item[1])
        return tuple(owner for owner, _ in ranked[:limit])

    # The public readings ------------------------------------------------------------------

    def read(self, text: str, *, suggest: bool = True, guess: bool = True) -> Resolution:
        """Everything one item says: one skill or several, each with what was said besides.

        With `guess` off, no typo reading is tried."""
        word = normalise(text)
        if not word:
            return Resolution((), ())
        if len(word) > MAX_INPUT_LENGTH:
            return Resolution((), (Unrecognized(text, ()),))
        found = self._exact_reading(word)
        if found:
            return Resolution((Recognized(text, found[0], found[1]),), ())
        body = _undecorate(word)
        result = (self._found(body) or self._leading_people(body)) if body else None
        if result is None:
            outside, inside = _last_bracket(body) or (body, None)
            core, said = _undress(outside)
            typo = None
            if core and guess:
                typo = self._typo(core) or self._typo(_without_vendor_or_generic(core))
            if typo:
                return Resolution((Recognized(text, typo, How.TYPO, _join(said, inside)),), ())
            return Resolution((), (Unrecognized(text, self._suggestions(body) if suggest else ()),))
        names, unknown = result
        first: dict[str, Reading] = {}
        for reading in names:
            first.setdefault(reading[0], reading)
        return Resolution(
            tuple(Recognized(text, skill, how, note) for skill, how, note in first.values()),
            tuple(Unrecognized(u, self._suggestions(u) if suggest else ()) for u in unknown),
        )

    def suggest(self, texts: Iterable[str]) -> tuple[Unrecognized, ...]:
        """Items not understood, each with the skills it may have meant (for the first
        MAX_SUGGESTED of them)."""
        return tuple(
            Unrecognized(text, self._suggestions(_undecorate(normalise(text))) if i < MAX_SUGGESTED else ())
            for i, text in enumerate(texts)
        )

    def resolve_one(self, text: str, *, suggest: bool = True) -> Recognized | Unrecognized:
        """The first reading of one item; `read` gives all of them ('excel and sql')."""
        result = self.read(text, suggest=suggest)
        if result.recognized:
            return result.recognized[0]
        return result.unrecognized[0] if result.unrecognized else Unrecognized(text, ())

    def resolve(self, inputs: Iterable[str]) -> Resolution:
        """Each distinct input (compared case- and space-insensitively) read once."""
        unique: dict[str, str] = {}
        for text in inputs:
            unique.setdefault(normalise(text), text.strip())
        recognized: list[Recognized] = []
        unrecognized: list[Unrecognized] = []
        guessed = 0  # items that went as far as typo tolerance
        for key, text in unique.items():
            if key:
                result = self.read(
                    text, suggest=len(unrecognized) < MAX_SUGGESTED, guess=guessed < MAX_GUESSED
                )
                recognized.extend(result.recognized)
                unrecognized.extend(result.unrecognized)
                guessed += bool(result.unrecognized) or any(r.how is How.TYPO for r in result.recognized)
        return Resolution(tuple(self._on_the_shop_floor(recognized)), tuple(unrecognized))

    @cached_property
    def _in_store(self) -> dict[str, str]:
        """Online skill id -> the in-store skill that names it as its `online` counterpart."""
        out: dict[str, str] = {}
        for skill in self._kb.skills:
            if skill.online is not None:
                out.setdefault(skill.online, skill.id)
        return out

    def _on_the_shop_floor(self, recognized: list[Recognized]) -> list[Recognized]:
        """'Merchandising' beside 'cash handling' is the shop's merchandising, not the web
        shop's: an everyday name of an online skill (one it marks ambiguous) is read as its
        in-store counterpart when the person's other skills are those of shop-floor roles
        (roles listing the in-store skill) and none are those of online ones."""
        if not self._in_store:
            return recognized
        have = {r.skill for r in recognized}
        roles = self._kb.roles_by_skill
        out = []
        for r in recognized:
            store = self._in_store.get(r.skill)
            if store is not None and normalise(r.input) in {
                normalise(w) for w in self._kb.skill_by_id[r.skill].ambiguous
            }:
                shop, online = set(roles.get(store, ())), set(roles.get(r.skill, ()))
                others = [set(roles.get(s, ())) for s in have - {r.skill, store}]
                if any(rs & shop and not rs & online for rs in others) and not any(
                    rs & online and not rs & shop for rs in others
                ):
                    r = Recognized(r.input, store, How.NORMALISED, _join(r.note, "beside shop-floor skills"))
            out.append(r)
        return out


def parse_skill_list(texts: Sequence[str]) -> list[str]:
    """Every comma- or line-separated item in the given option values or file contents."""
    out: list[str] = []
    for text in texts:
        out.extend(split_inputs(text))
    return out

"""The skills a résumé or a job posting states, each with where it says so.

Precision first. A document is read line by line within its sections; sections about the
company, its benefits and its legal text are not read for skills. Lists (a skills section,
a line of comma-separated items) are read the way typed skills are. Prose is read by the
names of the vocabulary, longest first, and a word that is often not the skill in running
text (marked `ambiguous` in the vocabulary, or a name of one or two letters) counts there
only in its own case and next to words that make it one ('proficient in R', 'Go
developer'). A skill in a negated clause ('no experience with SAP needed') is not the job's.
A typed item no name covers whole is read by the same rules, as a line of a résumé
(`typed_reader`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from ecomcareer import tables
from ecomcareer.catalog import RoleNames, role_named
from ecomcareer.documents.layout import (
    CONTACT,
    LIST_LINE,
    LIST_SECTIONS,
    NOT_READ,
    Line,
    kind_of,
    readable_text,
    split_lines,
    title_of,
)
from ecomcareer.documents.read import Document
from ecomcareer.grammar import (
    COMPLEMENT_WORDS,
    PEOPLE,
    TOOL_WORDS,
    in_charge_of,
    names_teams,
    only_people,
    people_said_first,
    people_task,
    present_forms,
    split_inputs,
)
from ecomcareer.model import Category, KnowledgeBase, Role, Skill
from ecomcareer.skills import Resolution, SkillResolver, Unrecognized, a_channel
from ecomcareer.tables import table
from ecomcareer.words import (
    ARTICLES,
    DETERMINERS,
    FUNCTION_WORDS,
    HOW_OFTEN,
    IRREGULAR_PAST,
    acronyms_apart,
    normalise,
    ordinary_words,
    said_verb_first,
    stem,
    stemmed_index,
    verb_stems,
)

#: How many words a name of the vocabulary may have and still be looked for in prose.
MAX_NAME_WORDS = 6
#: A bullet of at most this many words is a skill said plainly ('- Patience with customers').
SHORT_BULLET_WORDS = 7
#: Words within this many of an ambiguous name that make it a skill.
CONTEXT_WINDOW = 4
#: The longest piece of a line read at once, in characters (see _pieces).
MAX_PIECE = 2000


@dataclass(frozen=True, slots=True)
class Mention:
    line: int
    column: int
    page: int | None
    text: str
    section: str | None


@dataclass(slots=True)
class FoundSkill:
    skill: str
    #: For a posting: True for a requirement, False for a 'nice to have'; None in a résumé.
    required: bool | None
    mentions: list[Mention] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Extraction:
    source: str
    kind: str
    title: str | None
    role: Role | None
    skills: tuple[FoundSkill, ...]
    not_understood: tuple[str, ...]
    #: The same items with the skills they may have meant.
    unrecognized: tuple[Unrecognized, ...] = ()

    @property
    def skill_ids(self) -> tuple[str, ...]:
        return tuple(s.skill for s in self.skills)


#: Words that say something is not had or not done: 'no', 'never', 'haven't', 'unfamiliar'.
_NEGATORS = (
    r"no|not|never|without|none|lack(?:ed|ing|s)?|unfamiliar|"
    r"(?:have|has|do|does|did|could|can|wo)n[’']?t|cannot"
)

_BOILERPLATE = re.compile(
    r"equal opportunity|regardless of (?:race|age|gender)|reasonable accommodation|e-verify|"
    r"without regard to|protected (?:veteran|characteristic)|we do not discriminate|background check",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(?:no|not|without|never)\b[^.;:]*?\b(?:needed|required|necessary|a must|expected)\b|"
    r"\bno (?:prior |previous )?(?:experience|knowledge) (?:with|of|in)\b|"
    r"\b(?:don't|do not|doesn't|does not|won't|will not) (?:need|require|involve|include)\b|\bnot required\b|"
    r"\bnot necessary\b",
    re.IGNORECASE,
)
#: Where data comes from, not a tool the person works in: 'reconcile data from Shopify, GA4
#: and our ERP' (up to a word that names the tool again: 'into BigQuery', 'using dbt').
_SOURCE = re.compile(
    r"\b(?:data|reports?|feeds?|exports?|figures|numbers|records)\s+from\b(?!.*\b(?:into|using|with|via|in)\b)",
    re.IGNORECASE,
)
#: The functions of teams a person leads are theirs, not the leader's abilities: 'lead a team
#: of 12 across site merchandising, CRM and performance marketing'.
_TEAMS_OF = re.compile(r"\bteams?\b(?:\s+of\s+\d+)?\s+(?:across|covering|spanning)\b", re.IGNORECASE)
#: A store of data is the tool it is pulled from: 'data from our Snowflake warehouse'.
_STORE = re.compile(r"\s+(?:data\s+)?(?:warehouse|database|lake|lakehouse|db|tables?)\b", re.IGNORECASE)
#: What a résumé says its writer wants, not has: 'now moving into customer success', 'looking
#: for a team lead role'.
_WISH = re.compile(
    r"\b(?:moving|move|transition(?:ing)?|switch(?:ing)?|pivot(?:ing)?|career change)\s+(?:in)?to\b|"
    r"\b(?:looking for|seeking|hoping to|aiming for|want to|would like to|keen to|eager to)\b|"
    r"\bworking\s+towards\s+(?:my|an?)\s+(?:[\w-]+\s+)?$|"
    # said of the person only: 'Looking to gain experience in Excel', not 'a project aiming to'
    r"(?:^\W*|\b(?:i|i'm|am)\s+)(?:looking to|aiming to|wanting to|would love to|planning to|wanted to|"
    r"(?:plan|plans|intend|hope|going)\s+to\s+(?:learn|study|start\s+learning|pick\s+up|get\s+into))\b|"
    # said of the person ('interested in machine learning'), not 'customer interest in products'
    r"(?:^\W*|\b(?:am|i'm|very|keenly|really|particularly|especially)\s+)interest(?:ed)? in\b",
    re.IGNORECASE,
)
_OPTIONAL = re.compile(
    r"\b(?:preferred|nice to have|nice-to-have|a plus|is a plus|bonus|desirable|ideally|optional|"
    r"advantageous|an advantage|would be great)\b",
    re.IGNORECASE,
)
#: Words beside an ambiguous name that make it a skill: 'proficient in R', 'Go developer'.
_CONTEXT_WORDS = frozenset(
    {
        "programming", "language", "languages", "developer", "developers", "development", "engineer",
        "engineering", "coding", "code", "proficient", "proficiency", "experience", "experienced",
        "knowledge", "skills", "skilled", "familiar", "familiarity", "using", "scripts", "scripting",
        "libraries", "framework", "frameworks", "expert", "expertise", "advanced", "intermediate",
        "certified", "certification", "software", "strong", "excellent", "solid", "proven", "effective",
        "exceptional", "good", "skill", "ability", "abilities", "background", "trained", "training",
        "operate", "operating", "use", "ensure", "demonstrated", "comfortable", "confident", "able",
    }
)  # fmt: skip
#: Words between a task's verb and its thing that say only which things: 'Cleaned the offices'.
_WHICH = frozenset({"the", "our", "their", "my", "all"})
#: Things made in a tool, before 'in' and its name: 'reports in Excel', 'a rota in Excel'.
_MADE_IN = frozenset(
    {"report", "reports", "spreadsheet", "spreadsheets", "sheet", "sheets", "dashboard", "dashboards"}
    | {"formula", "formulas", "model", "models", "analysis", "analyses", "tracker", "trackers"}
    | {"rota", "rotas", "records", "logo", "logos", "design", "designs", "mockups", "layout", "layouts"}
    | {"document", "documents", "letters", "presentation", "presentations", "slides", "decks", "invoices"}
    | {"budget", "budgets", "forecast", "forecasts", "chart", "charts", "graphs", "tables", "macros"}
    | {"scripts", "queries", "screens", "wireframes", "prototypes", "illustrations", "graphics"}
    | {"artwork", "data", "lists", "templates", "newsletters", "schedules", "database", "databases"}
    | {"visuals", "plans", "diagrams", "minutes", "labels", "calculations", "pivots", "files", "meetings"}
    | {"appointments", "calendars", "diaries", "bookings", "bills", "journals", "receipts", "expenses"}
    | {"timesheets", "entries"}
)
#: Things built in a programming language or on a platform, before 'in' and its name: 'unit
#: tests in Java', 'apps in Swift'; a name said so is no place ('Stacked shelves in Express').
_CODE_MADE = frozenset(
    {"code", "tests", "apps", "applications", "programs", "scripts", "features", "services", "components"}
    | {"apis", "websites", "sites", "themes", "plugins"}
)
#: Things made in software, after a product's name: 'Excel reports', 'Teams meetings', 'R scripts'.
_MADE_WITH = frozenset(
    {"report", "reports", "spreadsheet", "spreadsheets", "sheets", "workbooks", "formulas", "macros"}
    | {"pivots", "dashboards", "scripts", "queries", "templates", "documents", "docs", "databases"}
    | {"trackers", "models", "mockups", "wireframes", "prototypes", "meetings", "calls", "calendars"}
)
#: Words that may follow a product's name said on its own: 'in Excel and Power BI', 'Used
#: Excel daily', 'in Excel to track stock', 'tests in Java with JUnit'.
_ENDS_A_MENTION = frozenset(
    {"and", "or", "to", "for", "with", "daily", "weekly", "every", "each", "regularly"}
)
#: Marks that close what is said of a name: 'reports in Excel.', 'a SAP consultancy, then'.
_CLOSES = frozenset(",.;:)")
#: Kinds of skill that are mostly tools, whose names are products.
_TOOLS = frozenset({Category.DEVELOPMENT, Category.DATA, Category.DESIGN, Category.AI})
#: Kinds of skill whose names are also shops, places and employers: Express, Java, Amazon.
_NAMED_LIKE_PLACES = frozenset({Category.PLATFORM, Category.DEVELOPMENT})
#: 'to' and a capitalised word after a name, which make the two one proper name: 'Access to Work'.
_TO_A_NAME = re.compile(r"to\s+[A-Z]")
#: Times that share a product's name: 'in Spring 2022', 'on Monday'.
_CALENDAR = frozenset({"spring", "summer", "autumn", "fall", "winter", "monday", "may", "march"})
#: Words after an ambiguous name that show it is a verb or a plain word: 'Excel at', 'Go beyond'.
_VERB_FOLLOWERS = frozenset(
    {"at", "in", "on", "to", "above", "ahead", "beyond", "further", "the", "a", "an", "with"}
)
#: A line's words, each with where it starts and ends.
_Words = list[tuple[str, int, int]]
#: Names read in a line: skill id, where the words start and end, and whether they count only
#: beside another skill (an ambiguous name).
_Spans = list[tuple[str, int, int, bool]]
_WORD = re.compile(r"[0-9A-Za-z+#]+")
_TOKEN = re.compile(r"[0-9A-Za-z+#]+|&")
#: Marks between words that end one name: the words of a name of several stand together.
_BREAK = re.compile(r"[,;:|·•()\[\]]")


def extract(kb: KnowledgeBase, document: Document, *, guess: bool = True) -> Extraction:
    """Read a document's skills against a knowledge base; what its skills lists hold that no
    skill matches comes with suggestions, so a person sees what was missed.

    With `guess` off, a misspelt name is not guessed at and nothing is suggested: for text,
    like O*NET's, that names products as their makers spell them and that no person reads."""
    reader = _Reader(kb, guess=guess)
    # The reader's tables cost more to build than a two-page résumé does to read.
    with tables.from_cache(kb, reader.parts()):
        found = reader.read(document)
        if guess:
            found = replace(found, unrecognized=reader.resolver.suggest(found.not_understood))
    return found


def typed_reader(kb: KnowledgeBase) -> Callable[[Sequence[str]], Resolution]:
    """A reader of typed items (see `SkillResolver.resolve`) that reads an item of several
    words no name covers whole as a line of a résumé is, for the names said within it
    (`_Reader.phrase`), with its tables from the cache."""
    reader = _Reader(kb, guess=False)

    def within(phrases: Sequence[str]) -> list[list[str]]:
        return [reader.phrase(text) for text in phrases]

    def read(typed: Sequence[str]) -> Resolution:
        with tables.from_cache(kb, reader.parts()):
            return reader.resolver.resolve(typed, within=within)

    return read


class _Reader:
    def __init__(self, kb: KnowledgeBase, *, guess: bool = True) -> None:
        self.kb = kb
        self.guess = guess
        self.resolver = SkillResolver(kb)
        self.roles = RoleNames(kb)

    def parts(self) -> dict[str, object]:
        """Its readers with tables, by the names the cache keeps them under."""
        return {"reader": self, "resolver": self.resolver, "roles": self.roles}

    @table
    def names(self) -> dict[tuple[str, ...], str]:
        """Every name of every skill as its words (lower case), for reading prose; made from the
        reader's own table of names, which are normalised already."""
        index: dict[tuple[str, ...], str] = {}
        for name, (skill, _) in self.resolver.exact_names().items():
            words = tuple(_WORD.findall(name.replace("&", " and ").replace("-", " ")))
            if words and len(words) <= MAX_NAME_WORDS:
                index.setdefault(words, skill)
        return index

    def _one_word_name(self, word: str) -> bool:
        return (word,) in self.names

    @table
    def stemmed(self) -> dict[tuple[str, ...], str]:
        """The same names by the stems of their words, so that 'picked and packed' and 'stock
        shelves' meet 'picking and packing' and 'stocking shelves'. A stem two skills share
        names neither."""
        return {key: skill for key, (skill, _) in self.stemmed_names.items()}

    @table
    def stemmed_names(self) -> dict[tuple[str, ...], tuple[str, tuple[str, ...]]]:
        """The names of `stemmed` with their own words, by the same stems: to tell 'stored
        procedures' from 'store procedures'."""
        return stemmed_index(self.names.items())

    @table
    def verb_first_words(self) -> set[tuple[str, str]]:
        """Tasks of two words said verb first in a sentence ('handle cash'): see
        `said_verb_first`. Not an ambiguous name: 'analyse training needs' is no needs
        analysis of a sale."""
        return {
            (words[1], words[0])
            for words in self.names
            if said_verb_first(words) and words not in self.ambiguous
        }

    @table
    def verb_first(self) -> dict[tuple[str, str], str]:
        """The same tasks by the stems of the verb and its object, for a bullet that opens with
        the verb and names the object one word on ('Pick customer orders', 'Unload inbound
        trucks'); a pair whose stems name another skill too names neither."""
        out: dict[tuple[str, str], str] = {}
        for verb, thing in self.verb_first_words:
            for verb_stem in verb_stems(verb):
                key = (verb_stem, stem(thing))
                if self.stemmed.get(key) == self.names[(thing, verb)]:
                    out[key] = self.names[(thing, verb)]
        return out

    @table
    def traits(self) -> frozenset[str]:
        """The skills that are a person's qualities ('patient', 'organised'), said as adjectives."""
        return frozenset(s.id for s in self.kb.skills if s.category == Category.SOFT)

    @table
    def languages(self) -> frozenset[str]:
        """The skills that are languages a person speaks ('English', 'Spanish')."""
        return frozenset(s.id for s in self.kb.skills if s.category == "language")

    @table
    def people(self) -> frozenset[str]:
        """The words that name a person by their job ('photographer', 'scientist', 'handler'):
        the last words of the roles' titles and aliases that say who, and a few more."""
        heads = {t.lower().split()[-1] for r in self.kb.roles for t in (r.title, *r.aliases)}
        people = {h for h in heads if h.endswith(_PERSON_ENDINGS) and h not in _NOT_PEOPLE}
        return frozenset(people | _MORE_PEOPLE)

    @table
    def name_words(self) -> dict[str, frozenset[str]]:
        """The words of each skill's own name: 'Photography' has no photographer in it."""
        return {s.id: frozenset(_WORD.findall(s.name.lower())) for s in self.kb.skills}

    @table
    def cased(self) -> dict[str, set[str]]:
        """Each skill's names as it writes them, to tell 'Go' the language from 'go' the verb:
        the words of its name, and of any alias written with capitals."""
        out: dict[str, set[str]] = {}
        for skill in self.kb.skills:
            out[skill.id] = {w for name in _written(skill) for w in _WORD.findall(name)}
        return out

    @table
    def products(self) -> frozenset[str]:
        """The one-word names of software written as a product's name, which before a thing
        made in it name the product ('Excel reports', 'Word documents', 'R scripts'): a word
        capitalised after the first in a tool's name ('Microsoft Excel'), or a tool's whole
        name when it is no plain word or is a short one ('Java', 'Go')."""
        out: set[str] = set()
        for skill in self.kb.skills:
            if skill.category not in _TOOLS | {Category.OFFICE}:
                continue
            for name in _written(skill):
                words = _WORD.findall(name)
                for j, word in enumerate(words):
                    lowered = word.lower()
                    alone = len(words) == 1 and (lowered not in ordinary_words() or len(word) <= 2)
                    if word[:1].isupper() and (j > 0 or alone):
                        out.add(lowered)
        return frozenset(out)

    @table
    def ambiguous(self) -> set[tuple[str, ...]]:
        """Names that in prose count only in their own case and with context."""
        out: set[tuple[str, ...]] = {words for words in self.names if len(words) == 1 and len(words[0]) <= 2}
        for skill in self.kb.skills:
            for word in skill.ambiguous:
                out.add(tuple(w.lower() for w in _WORD.findall(normalise(word))))
        return out

    @table
    def ambiguous_stems(self) -> set[tuple[str, ...]]:
        """The same by their stems: 'online order' is as ambiguous as 'online orders'."""
        return {tuple(stem(w) for w in words) for words in self.ambiguous}

    def read(self, document: Document) -> Extraction:
        lines = list(split_lines(document.text))
        kind = kind_of(lines)
        found: dict[str, FoundSkill] = {}
        unknown: list[str] = []
        paragraph_skipped = False
        in_header = True  # before the first section: a posting's title, a résumé's name
        header: set[str] = set()  # its lines, which a page header or footer repeats
        for line in lines:
            said = " ".join(line.text.split()).casefold()
            if not said:
                paragraph_skipped = False
                continue
            if line.is_heading:
                in_header = in_header and line.section is None
                continue
            if in_header:
                header.add(said)
            elif said in header and len(split_inputs(said, written=True)) < 2:
                continue  # 'Maria Lopez' atop every page is a name, not a skill not understood
            if line.section in NOT_READ or CONTACT.search(line.text):
                continue
            if paragraph_skipped or _BOILERPLATE.search(line.text):
                paragraph_skipped = True  # the rest of a legal paragraph, too
                continue
            text = readable_text(line, kind, in_header=in_header)
            if text is None:
                continue
            for offset, piece in _pieces(text):
                part = replace(line, text=piece)
                for skill, column, said in self._skills_in(part, unknown):
                    clause = _clause(piece, column - 1, len(said))
                    if _set_aside(clause, said, kind):
                        continue
                    required = None
                    if kind == "posting":
                        optional = line.section == "preferred" or bool(_OPTIONAL.search(clause))
                        required = not optional
                    entry = found.setdefault(skill, FoundSkill(skill, required))
                    if required and not entry.required:
                        entry.required = True
                    entry.mentions.append(self._mention(document, line, offset + column, said))
        title = title_of(lines, kind)
        return Extraction(
            document.source,
            kind,
            title,
            nearest_role(self.roles, title) if title else None,
            tuple(found.values()),
            tuple(dict.fromkeys(unknown)),
        )

    def phrase(self, text: str) -> list[str]:
        """The skills one phrase a person typed names: the phrase read as a line of a résumé
        is ('hitting sales goals' names sales targets), with the typed reader's care. What is
        said after a task is read only when the task is, or when it is a product after 'in',
        'with', 'using' or 'on' ('fixed product photos in Photoshop'; not 'meetings on Monday');
        no task is read verb first across a word that may say what its thing is ('processing
        tax returns'); nothing others did ('my manager used Power BI', 'redesigned by an
        agency'), nor a skill the person lacks or wants ('no SQL yet')."""
        words = list(_WORD.finditer(text))
        lowered = [w.group().lower() for w in words]
        if _NOT_HAD.search(text) or _AS_A_SHOPPER.search(text) or _done_by_others(lowered, self.people):
            return []  # 'no driving licence', 'haven't used SQL', 'my manager used Power BI'
        # where what is said after the task starts: 'edited product photos | in Photoshop'
        after = next((w.start() for w in words[1:-1] if w.group().lower() in COMPLEMENT_WORDS), len(text))
        found = [
            (skill, column, said)
            for skill, column, said in self._within(text, verb_first=False)
            if not _set_aside(_clause(text, column - 1, len(said)), said, "resume")
        ]
        if not any(column - 1 < after for _, column, _ in found):
            found = [  # the task was not read: only the tools it was done with are
                (skill, column, said)
                for skill, column, said in found
                if _after_a_tool_word(text[: column - 1])
                and tuple(_WORD.findall(said.lower())) in self.names  # a name, not a form of one
                and self.resolver.a_tool(skill, normalise(said))
            ]
        return list(dict.fromkeys(skill for skill, _, _ in found))

    def _within(self, text: str, *, verb_first: bool = True) -> Iterator[tuple[str, int, str]]:
        """The names said within an item of a list that no name covers whole, as in prose."""
        whole = tuple(_WORD.findall(text.lower()))
        # The item was judged whole as a form of a name already: 'gift wrap' is no gift
        # wrapping there, and none here.
        judged = self.stemmed.get(tuple(stem(w) for w in whole))
        for skill, column, said in self._prose(text, verb_first=verb_first):
            if not (skill == judged and tuple(_WORD.findall(said.lower())) == whole):
                yield skill, column, said

    def _mention(self, document: Document, line: Line, column: int, said: str) -> Mention:
        page = document.page_of(line.start)
        number = line.number
        if page is not None:  # lines count from the top of their page
            number = document.text.count("\n", document.page_starts[page - 1], line.start) + 1
        return Mention(number, column, page, said, line.heading)

    def _skills_in(self, line: Line, unknown: list[str]) -> Iterator[tuple[str, int, str]]:
        """(skill id, 1-based column, the words as written) for each skill the line names."""
        text = line.text
        if line.section in LIST_SECTIONS or _looks_like_a_list(text):
            yield from self._list_items(line, unknown)
            return
        short = bool(LIST_LINE.match(text)) and len(text.split()) <= SHORT_BULLET_WORDS
        yield from self._prose(text, short=short)

    def _list_items(self, line: Line, unknown: list[str]) -> Iterator[tuple[str, int, str]]:
        text = LIST_LINE.sub("", line.text)
        head, colon, rest = text.partition(":")
        if colon and len(head.split()) <= 4 and rest.strip():  # 'Tools: Excel, SQL'
            text = rest
        offset = line.text.find(text)
        items = _pairs_apart(split_inputs(text, written=True), self.resolver)
        results = [self.resolver.read(item, suggest=False, guess=self.guess) for item in items]
        if line.section not in LIST_SECTIONS and 2 * sum(bool(r.recognized) for r in results) < len(items):
            # Outside a skills section, a line of mostly other things is not a list of skills
            # ('Cypress Freight (3PL) · Savannah, GA'): read it as a sentence.
            yield from self._prose(line.text)
            return
        for item, result in zip(items, results, strict=True):
            at = line.text.find(item, offset)
            column = (at if at >= 0 else offset) + 1
            for r in result.recognized:
                yield r.skill, column, item
            # A skill named within a longer item ('hitting sales goals'); not in a course's or
            # certificate's name, which names what was studied.
            read_within = not result.recognized and len(item.split()) > 1 and line.section != "certifications"
            within = list(self._within(item)) if read_within else []
            for skill, at_item, said in within:
                yield skill, column + at_item - 1, said
            if line.section in LIST_SECTIONS and not within:
                unknown.extend(u.input for u in result.unrecognized)

    def _prose(
        self, text: str, *, short: bool = False, verb_first: bool = True
    ) -> Iterator[tuple[str, int, str]]:
        """Names in a sentence, longest first; an ambiguous one only where it is plainly meant.

        `short`: the line is a short bullet of a list of duties or requirements, where an
        everyday word ('patience') is said as a skill. `verb_first`: a line that opens with a
        task's verb may name its thing a word on ('Pick customer orders')."""
        # '&' is read as 'and', as in the names: 'S&OP', 'P&L', 'Sales & Marketing'.
        words = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
        lowered = ["and" if w == "&" else acronyms_apart(w, self._one_word_name).lower() for w, _, _ in words]
        stems = [stem(w) for w in lowered]
        found: _Spans = []
        following = self.names.get(("following", "instructions"))
        # 'Follows safety rules and written work instructions' follows instructions; the
        # things followed are not tasks of the person's ('work instructions').
        found += [
            (following, m.start(), m.end(), False)
            for m in _FOLLOWS.finditer(text)
            if following and not self._said_of_others(text[: m.start()])
        ]
        followed = list(found)
        i = 0
        while i < len(words):
            if _covered(found, words[i][1]):
                i += 1
                continue
            for n in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1):
                key = tuple(lowered[i : i + n])
                if n > 1 and _BREAK.search(text, words[i][2], words[i + n - 1][1]):
                    # 'schema for products, reviews and FAQs' names no product reviews; but
                    # two words of a list are the two joined: 'Pick, pack' is 'pick and pack'.
                    if n > 2 or text[words[i][2] : words[i + 1][1]].strip() != ",":
                        continue
                    key = (key[0], "and", key[1])
                skill = self.names.get(key)
                if skill is None and key[-1].endswith("s") and not key[-1].endswith("ings"):
                    # A plural is as ambiguous as its name ('gas' is no 'GA'); not a trait's
                    # ('organizations') nor a task's, which names things made ('drawings');
                    # nor a word of its own ('canvas' is no Canva), nor a product's said in
                    # lower case, which has none ('fed the pythons').
                    one = (*key[:-1], key[-1][:-1])
                    skill = self.names.get(one)
                    animal = one[0] in self.products and words[i][0].islower()
                    own_word = n == 1 and (self.resolver.a_word_of_its_own(key[0]) or animal)
                    if skill in self.traits or own_word:
                        skill = None
                    elif skill is not None:
                        key = one
                if skill is None and n > 2 and HOW_OFTEN.intersection(key[1:-1]):
                    # how often is set aside within a task: 'planned daily delivery routes'
                    plain = tuple(w for w in key if w not in HOW_OFTEN)
                    skill = self.names.get(plain) or self.stemmed.get(tuple(stem(w) for w in plain))
                if (
                    skill is None
                    and n == 3
                    and key[1] in _WHICH
                    and _a_verb_done(key[0])
                    and not self._starts_a_name(lowered, i + 2)
                ):
                    # 'Cleaned the offices', 'Processed the returns': the thing done to, whichever
                    skill = self.stemmed.get((stem(key[0]), stem(key[2])))
                if skill is None and n > 1:
                    stems_of = tuple(stem(w) for w in key)
                    skill = self.stemmed.get(stems_of)
                    if skill is not None and _done_lost(key, self.stemmed_names[stems_of][1]):
                        continue  # 'store procedures' are no stored procedures
                    if skill is not None and _a_thing_done(lowered, i):
                        continue  # 'every scheduled shift' is a shift, not scheduling one
                    if skill is not None and _a_team_did(key):
                        continue  # 'our data team built the dashboards' builds no team
                    said_of_a_thing = n == 2 and _said_as_done(key[0]) and self._starts_a_name(lowered, i + 1)
                    if skill is not None and said_of_a_thing:
                        continue  # 'motivated team player' is no motivating of a team
                if skill is None:
                    continue
                start, end = words[i][1], words[i + n - 1][2]
                verdict = self._in_prose(skill, key, text, start, end, lowered, i, n, short)
                if verdict is None and n > 1 and _names_a_thing(lowered, i, n):
                    i += n  # 'from the sales floor' is a place, and names no sales either
                    break
                if verdict is None:
                    continue
                found.append((skill, start, end, not verdict))
                i += n
                break
            else:
                shared = self._shared_head(lowered, i)
                if shared is not None:  # 'window and table displays' are window displays
                    found.append((shared, words[i][1], words[i + 3][2], False))
                i += 1
        found += self._named_in_what_is_followed(words, followed)
        if verb_first and len(words) >= 3 and not _covered(found, words[0][1]):
            skill = self.verb_first.get((stems[0], stems[2]))
            if (
                skill is not None
                and lowered[1] not in FUNCTION_WORDS
                and (lowered[3] if len(lowered) > 3 else "") not in _UNITS  # not 'Manage our 3PL partner'
                and "," not in text[words[0][2] : words[2][1]]  # not 'Select, store, order'
                and self._name_at(lowered, 2) in (None, skill)  # not 'Managed WooCommerce product catalogue'
            ):
                found.append((skill, words[0][1], words[2][2], False))
        counted = _after_a_count(lowered)
        if verb_first and counted is not None and not _covered(found, words[0][1]):
            # 'Delivered 120 parcels a day', 'Cleaned 16 hotel rooms': how many says nothing
            # of which task
            for at in (counted, counted + 1):
                if at >= len(stems) or (at > counted and lowered[counted] in FUNCTION_WORDS):
                    break
                skill = self.stemmed.get((stems[0], stems[at])) or self.verb_first.get((stems[0], stems[at]))
                if skill is not None and self._name_at(lowered, at) in (None, skill):
                    found.append((skill, words[0][1], words[at][2], False))
                    break
        found += self._duties(text, words, lowered, stems, found)
        found += self._duties_after_and(text, words, lowered, stems, found)
        for skill, start, end, ambiguous in found:
            participle = text[start:end].endswith("ing") and text[:start].rstrip().endswith(",")
            said_next = [w.lower() for w in _WORD.findall(text, end, end + 40)[:1]]
            if (
                ambiguous
                and participle
                and _AN_OBJECT.match(text, end)
                and not PEOPLE.intersection(said_next)
            ):
                continue  # 'promotions, lifting footfall' goes on with its thing: no item of a list
            if ambiguous and not any(
                not other
                and (
                    _joined_by_a_conjunction(text, (start, end), (o_start, o_end))
                    or self._a_stack(skill, other_skill, text, (start, end), (o_start, o_end))
                )
                for other_skill, o_start, o_end, other in found
            ):
                continue  # 'SQL and Excel' is Excel; 'our BigQuery warehouse' is no warehouse work
            yield skill, start + 1, text[start:end]
            before = _TOKEN.findall(text, 0, start)[-1:]
            if skill in self.languages and [w.lower() for w in before] == ["written"]:
                # 'Good written English' asks for writing, as well as for English.
                at = text.rfind(before[0], 0, start)
                yield self.names[("written", "communication")], at + 1, text[at:end]

    def _shared_head(self, lowered: list[str], i: int) -> str | None:
        """The skill of two words whose last word is shared with another first word joined by
        'and' or 'or': 'window and table displays' names window displays, 'inbound and
        outbound calls' inbound calls. Not an ambiguous name, nor a name of the pair itself."""
        if i + 3 >= len(lowered) or lowered[i + 1] not in {"and", "or"}:
            return None
        key = (lowered[i], lowered[i + 3])
        one = (lowered[i], lowered[i + 3][:-1]) if lowered[i + 3].endswith("s") else key
        skill = self.names.get(key) or self.names.get(one)
        if skill is None or key in self.ambiguous or one in self.ambiguous:
            return None
        if (lowered[i], lowered[i + 1], lowered[i + 2]) in self.names:
            return None  # 'shipping and receiving' is a name of its own
        return skill

    def _duties(
        self,
        text: str,
        words: _Words,
        lowered: list[str],
        stems: list[str],
        found: _Spans,
        *,
        after_and: bool = False,
    ) -> _Spans:
        """Tasks a line opens with, said as verbs in any tense: 'Recruit, train and review
        staff' trains staff, 'Reported weekly on click rates' reports, 'Negotiate prices'
        negotiates, 'Led a team of 5 pickers' leads people. Each verb of the opening run is
        read with the object after the run; a verb that is a task whatever its object is read
        alone, unless it says to whom ('Reports to the Head') or was done to the person
        ('Hired as a picker'). `after_and`: the words are the rest of a line after 'and', so
        their verb is not capitalised."""
        colon = text.find(":")
        opening = [w.lower() for w in _WORD.findall(text[: max(colon, 0)])]
        done = len(opening) == 1 and _said_as_done(opening[0])
        if not words or (colon >= 0 and len(opening) <= 3 and not done):
            return []  # a label: 'Taught modules: marketing', 'Tutor: Dr A. Jones'; not 'Supervised: 4 staff'
        verbs, j = [0], 1
        while j < len(words) - 1 and (
            text[words[j - 1][2] : words[j][1]].strip() == "," or lowered[j] in {"and", "or"}
        ):
            j += lowered[j] in {"and", "or"}
            verbs.append(j)
            j += 1
        taken = {start for _, start, _, _ in found}
        out: _Spans = []
        thing = j + (j < len(lowered) and lowered[j] in DETERMINERS)
        to_people = _staff_after(lowered, j)
        for v in verbs:
            if words[v][1] in taken or (v == 0 and words[0][0][:1].islower() and not after_and):
                continue
            past = _said_as_done(lowered[v])
            if past and v + 1 < len(lowered) and lowered[v + 1] in _PASSIVE_AFTER:
                continue  # 'Hired as a seasonal picker', 'Trained by the store manager'
            forms = present_forms(lowered[v])
            verb = next((f for f in forms if f in _DUTY_VERBS or f in _COACHING_VERBS), "")
            skill = self._verb_and_thing(lowered, stems, v, thing) if len(verbs) > 1 else None
            if (
                skill is None
                and verb in _COACHING_VERBS
                and thing < len(lowered)
                and lowered[thing].rstrip("s") in self.people | _STAFF
            ):  # 'Train new starters on scanning', 'Mentor new agents': teaching the staff
                skill = self.names.get(("staff", "training"))
            if (
                skill is None
                and verb in _DUTY_VERBS
                and not (past and verb in {"hire", "recruit"} and not to_people)  # 'Hired back as a lead'
                and ("to" not in lowered[v + 1 : v + 6] or verb in _TAUGHT_TO)
                and not _NOT_THE_DUTY.get(verb, frozenset()) & set(lowered[thing : thing + 3])
            ):
                skill = self.names.get(_DUTY_VERBS[verb])
            task = people_task(lowered[v]) if to_people else None
            if skill is None and task is not None:
                skill = self.names.get((task, "staff"))  # 'Led a team', 'Supervised 6 packers'
            if skill is not None:
                out.append((skill, words[v][1], words[v][2], False))
        charge = in_charge_of(lowered)
        if charge and people_said_first(_people_at(lowered, charge)) and _staff_after(lowered, charge):
            leading = self.names.get(("leading", "staff"))  # 'Responsible for a team of 15'
            out.extend([(leading, words[0][1], words[charge - 1][2], False)] if leading else [])
        return out

    def _verb_and_thing(self, lowered: list[str], stems: list[str], v: int, thing: int) -> str | None:
        """The task of a verb of an opening run and the thing after the run, or one word on
        when that word only says which of the things worked through: 'Cleaned and analysed
        survey data' analyses data, 'Received and processed customer payments'."""
        if thing >= len(stems):
            return None
        skill = self.verb_first.get((stems[v], stems[thing]))
        which = lowered[thing]
        if (
            skill is None
            and thing + 1 < len(stems)
            and lowered[thing + 1] in _WORKED_THROUGH
            and which not in FUNCTION_WORDS
            and not which.endswith("ed")  # not 'test completed units'
        ):
            skill = self.verb_first.get((stems[v], stems[thing + 1]))
            if self._name_at(lowered, thing) not in (None, skill):
                return None  # the word starts a name of its own
        return skill

    def _duties_after_and(
        self, text: str, words: _Words, lowered: list[str], stems: list[str], found: _Spans
    ) -> _Spans:
        """Duties a line goes on to after 'and', said as done: 'Reviewed pull requests and
        mentored junior developers', 'Answered phones and recruited new starters'."""
        out: _Spans = []
        if lowered[:1] and lowered[0] in DETERMINERS | _WHOSE:
            return out  # 'Our supervisor allocated work and trained new starters'
        reporting = self.names.get(("reporting",))
        for k in range(2, len(words) - 1):
            if lowered[k - 1] != "and" or not _said_as_done(lowered[k]):
                continue
            if _SOMEONE_ELSE.intersection(lowered[: k - 1]) or lowered[k - 2].endswith(("ed", "ly")):
                continue  # 'a manager who hired and trained staff', 'experienced and trained carers'
            if _covered(found, words[k][1]):
                continue
            at = words[k][1]
            rest = [(w, start - at, end - at) for w, start, end in words[k:]]
            clause = text[at:]
            for skill, start, end, ambiguous in self._duties(
                clause, rest, lowered[k:], stems[k:], [], after_and=True
            ):
                if skill == reporting and not _REPORTED_ON.intersection(lowered[k + 1 : k + 4]):
                    continue  # 'and reported a fault'; but 'and reported weekly on sales'
                out.append((skill, start + at, end + at, ambiguous))
        return out

    def _said_of_others(self, before: str) -> bool:
        """Whether the words before a task name who does it, when that is others: 'making sure
        staff follow procedures'."""
        last = _WORD.findall(before.lower())[-1:]
        return bool(last) and last[0].rstrip("s") in self.people | _STAFF

    def _in_a_proper_name(self, text: str, start: int, end: int) -> bool:
        """Whether a one-word name stands beside a capitalised word that is not a skill's: then
        the two are a proper name. Words that make a skill ('Python Developer') do not count."""
        after = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
        before = None
        if start >= 2 and text[start - 1] == " ":
            previous = list(_WORD.finditer(text, 0, start - 1))
            if previous and previous[-1].end() == start - 1:
                before = previous[-1]
                sentence_start = (
                    not text[: before.start()].strip() or text[: before.start()].rstrip()[-1] in ".:!?-•*#"
                )
                if sentence_start:
                    before = None
        for word in (after, before):
            if word is None:
                continue
            token = word.group()
            if (
                token[:1].isupper()
                and token.lower() not in _CONTEXT_WORDS
                and (token.lower(),) not in self.names
            ):
                return True
        return False

    def _said_of_a_thing(self, lowered: list[str], after: int) -> bool:
        """Whether the word after a language makes it a nationality or a style, said of a
        thing: 'Chinese menus', 'French braids', 'Spanish customers'; not 'Spanish speaker',
        'English and Spanish', 'English Spanish'."""
        if after < len(lowered) and lowered[after] in {"customer", "client"}:
            after += 1  # 'Spanish customer support' is support in Spanish
        word = lowered[after] if after < len(lowered) else ""
        return word in _FOOD or (
            word in ordinary_words()
            and word not in FUNCTION_WORDS
            and word not in _SPOKEN_AFTER
            and self.names.get((word,)) not in self.languages
        )

    def _named_in_what_is_followed(self, words: _Words, followed: _Spans) -> _Spans:
        """Names within what a person follows that are no everyday word: 'Followed HACCP
        procedures' is food hygiene; 'work instructions' are no task of theirs."""
        out: _Spans = []
        for _, start, end, _ in followed:
            for word, w_start, w_end in words:
                key = (word.lower(),)
                skill = self.names.get(key)
                inside = start < w_start and w_end < end
                if inside and skill and key[0] not in ordinary_words() and key not in self.ambiguous:
                    out.append((skill, w_start, w_end, False))
        return out

    def _a_stack(self, skill: str, other: str, text: str, one: tuple[int, int], two: tuple[int, int]) -> bool:
        """Whether two tools' names stand side by side, the first capitalised, as a stack is
        named: 'APIs in Java Spring Boot', 'Excel VBA macros'."""
        first, second = sorted((one, two))
        kinds = {self.kb.skill_by_id[s].category for s in (skill, other)}
        side_by_side = text[first[1] : second[0]] == " " and text[one[0]].isupper()
        return side_by_side and kinds <= _TOOLS

    def _name_at(self, lowered: list[str], j: int) -> str | None:
        """The skill of the longest name of more than one word starting at word j, if any."""
        for m in range(min(MAX_NAME_WORDS, len(lowered) - j), 1, -1):
            words = tuple(lowered[j : j + m])
            skill = self.names.get(words) or self.stemmed.get(tuple(map(stem, words)))
            if skill is not None:
                return skill
        return None

    def _starts_a_name(self, lowered: list[str], j: int) -> bool:
        """Whether a name of more than one word starts at word j: 'stock take paperwork'."""
        return self._name_at(lowered, j) is not None

    def _the_tool_worked_in(
        self, skill: str, key: tuple[str, ...], text: str, span: tuple[int, int], lowered: list[str], i: int
    ) -> bool:
        """Whether a capitalised name is the tool work was done in, with nothing more said of
        it: after what was made or put in it ('reports in Excel', 'invoices into Sage') or after
        'used' ('Used Excel daily'). Not a department, a place, a time or an employer said the same
        way ('Worked in Operations', 'events in Excel, London', 'in Spring 2022', 'Picker in
        Amazon', 'Stacked shelves in Express', 'Used Access to Work funding', 'in R&D')."""
        start, end = span
        if not text[start].isupper() or key[0] in _CALENDAR:
            return False
        named = self.kb.skill_by_id[skill]
        before = lowered[max(0, i - 4) : i]
        code_made = before[-1:] == ["in"] and bool(_CODE_MADE.intersection(before[:-1]))
        if named.category in _NAMED_LIKE_PLACES and not code_made:
            return False
        department = key[0] in ordinary_words() and named.name.lower().split()[0] == key[0]
        if department and named.category != Category.LANGUAGE:
            return False  # a department named by its work: 'in Operations', 'in Research'
        if before[-1:] in (["in"], ["into"], ["onto"]):  # 'invoices into Sage'
            made = code_made or bool(_MADE_IN.intersection(before[:-1]))
        else:
            made = before[-1:] in (["used"], ["using"])
        rest = text[end:].lstrip()
        if not made or rest.startswith("&") or _TO_A_NAME.match(rest):
            return False  # 'in R&D', 'Used Access to Work'
        after = _WORD.findall(rest.lower())[:1]
        return not after or after[0] in _ENDS_A_MENTION or rest[:1] in _CLOSES

    def _in_prose(
        self,
        skill: str,
        key: tuple[str, ...],
        text: str,
        start: int,
        end: int,
        lowered: list[str],
        i: int,
        n: int,
        short: bool = False,
    ) -> bool | None:
        """True: the name counts; False: it counts only beside another skill of its clause;
        None: it does not count."""
        said = text[start:end]
        # A name inside a hyphenated word is not the name: 'go-to-market', 'C-suite', 'e-commerce'.
        joined = (start > 0 and text[start - 1] == "-") or (end < len(text) and text[end] == "-" and n == 1)
        if joined and "-" not in said:
            return None
        window = set(lowered[max(0, i - CONTEXT_WINDOW) : i] + lowered[i + n : i + n + CONTEXT_WINDOW])
        if _names_others(skill, lowered, i, n, self.people, self.name_words) or _a_team_worked_with(
            lowered, i, n
        ):
            return None
        if _names_a_thing(lowered, i, n) or _attended_or_carried(lowered, i) or _anothers_title(lowered, i):
            return None
        event = _event_run(lowered, i, n)
        if event is False or _anothers_trade(text, end, lowered, i, n):
            return None  # 'a Zendesk webinar', 'a retired SQL developer'
        if n == 1 and key[0] in ordinary_words() and _before_figures(lowered, i, said):
            return None  # 'pulled sales data', 'inventory reports'
        if _an_employers_trade(text, end, lowered, i, n):
            return None  # 'offices of a SAP consultancy', 'first aid kits', 'cleaning supplies'
        named = self.kb.skill_by_id[skill]
        part = lowered[i + n : i + n + 1]
        a_framework = named.category == Category.DEVELOPMENT and said[:1].isupper()
        if i and a_framework and part and part[0] in _PARTS_BUILT:
            return True  # 'Built the React front end', 'Maintained the Node back end'
        if a_channel(named) and _only_watched(lowered, i, n):
            return None  # 'Spent evenings scrolling TikTok', 'Watched YouTube videos'
        branded = named.category in _BRANDS  # not 'Worked at Customer Service'
        if branded and _a_place_at(lowered, i, n):
            return None  # 'at an AWS data centre'; not 'at the point of sale counter'
        if (
            branded
            and said[:1].isupper()
            and _an_employer_or_client(text[max(0, start - _NEAR) : start], text[end:])
        ):
            return None  # 'Worked for Amazon Web Services', 'clients including Salesforce'
        # where goods are sold is no goods: a platform, or a shop ('TikTok Shop'); but a
        # platform's own goods are ('a company that sells Shopify themes')
        its_goods = i + n < len(lowered) and lowered[i + n] in _PRODUCTS
        where_sold = not its_goods and (
            named.category == Category.PLATFORM or "shop" in named.name.lower().split()
        )
        topic = named.category in _TOOLS | {Category.OFFICE}
        if not where_sold and _goods_handled(lowered, i, n, topic=topic):
            return None  # 'Stacked pallets of Windows 11 laptops', 'Sold SEO packages'
        if skill == self.names.get(("following", "instructions")) and self._said_of_others(text[:start]):
            return None  # 'making sure staff follow procedures'
        if skill in self.languages and (_not_spoken(lowered, i, n) or self._said_of_a_thing(lowered, i + n)):
            return None  # 'taught English', 'in plain English', 'Chinese menus'
        spoke = lowered[i - 1 : i] in (["spoke"], ["speak"], ["speaks"])
        if skill in self.languages and spoke and (i == 1 or lowered[i - 2] in {"i", "and", "also"}):
            return True  # 'Spoke Polish with customers'; not 'customers who spoke Polish'
        if n == 1 and self._in_a_proper_name(text, start, end):
            return None  # 'Tableau Living' the shop, 'Mark Jenkins' the manager
        if event and said[:1].isupper() and named.category in _TAUGHT_TOOLS:
            return True  # 'Ran Excel workshops for the office': the tool the person taught
        if n == 1 and skill in self.traits and _said_as_a_trait(text, start, end):
            return True  # 'Are friendly, patient and calm', '- Organised, and able to...'
        # A form of an ambiguous name is as ambiguous ('online order'), unless it is a name itself.
        by_stem = key not in self.names and tuple(stem(w) for w in key) in self.ambiguous_stems
        if key not in self.ambiguous and not by_stem:
            # An everyday word ('warehouse', 'merchandising', 'react') names a skill in a
            # sentence only with words that say so: 'warehouse experience', not 'our warehouse'.
            if n > 1 or short or key[0] not in ordinary_words() or _CONTEXT_WORDS & window:
                return True
            # A tool's name capitalised as its product is counts, within a sentence, beside a
            # skill it is joined to: 'features in React and TypeScript'; not a department
            # ('calls to Sales and Customer Service').
            capitalised = said[:1].isupper() and set(_WORD.findall(said)) <= self.cased.get(skill, set())
            a_tool = self.kb.skill_by_id[skill].category in _TOOLS
            return False if i and capitalised and a_tool else None
        if not set(_WORD.findall(said)) <= self.cased.get(skill, set()):
            return None  # 'excel at', 'teams', 'go'
        after = lowered[i + n] if i + n < len(lowered) else ""
        if i and self._the_tool_worked_in(skill, key, text, (start, end), lowered, i):
            return True  # 'Built weekly reports in Excel', 'Used Excel daily'
        if i and n == 1 and after in _MADE_WITH and key[0] in self.products:
            return True  # 'Built Excel reports', 'Saved Word documents'
        if after in _VERB_FOLLOWERS:
            return None  # 'Excel at', 'Go above and beyond'
        if short and len(lowered) == n:
            return True  # a bullet of the name alone: '- Excel'
        return bool(_CONTEXT_WORDS & window)


#: A form of 'follow' and, a few words on, what is followed: 'follows safety rules and
#: written work instructions', 'followed the store's procedures'.
_FOLLOWS = re.compile(
    r"\bfollow(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,5}(?:instructions|procedures|directions|rules|guidelines)\b",
    re.IGNORECASE,
)
#: Words beside a language that make it a subject or a manner, not one the person speaks:
#: 'taught English', 'a Spanish teacher', 'in plain English'.
_TAUGHT_BEFORE = frozenset(
    {"teach", "teaches", "taught", "teaching", "tutor", "tutored", "tutoring", "plain"}
)
_TAUGHT_AFTER = frozenset(
    {"teacher", "teachers", "teaching", "tutor", "literature", "lessons", "classes", "department"}
)


#: Words after a language that keep it a language: 'Spanish speaker', 'French (fluent)'.
_SPOKEN_AFTER = frozenset(
    {
        "speaker", "speakers", "speaking", "language", "languages", "fluency", "fluent", "fluently",
        "proficiency", "proficient", "native", "bilingual", "conversational", "skills", "level",
        "spoken", "written", "reading", "writing", "translation", "translator", "interpreter",
        "interpreting", "interpretation",
        # work done in the language: 'Spanish calls', 'French product descriptions'
        "calls", "call", "phone", "chat", "chats", "email", "emails", "support", "service", "tickets",
        "copy", "content", "descriptions", "product", "market", "markets", "version", "versions",
        "enquiries", "queries",
    }
)  # fmt: skip


def _people_at(lowered: list[str], j: int) -> list[str]:
    """The words from j up to what is said of how or where: 'a team of 5 | across two sites'."""
    return list(itertools.takewhile(lambda w: w not in _AFTER_THE_PEOPLE, lowered[j:]))


def _written(skill: Skill) -> tuple[str, ...]:
    """A skill's names as it writes them with capitals: its name, and any alias so written."""
    return (skill.name, *(a for a in skill.aliases if a != a.lower()))


def _staff_after(lowered: list[str], j: int) -> bool:
    """Whether the words from j, up to what is said of how or where, name staff a task is
    done to: 'a team of 5 pickers', '12 seasonal staff', 'the warehouse team'; not things or
    players ('AI agents', 'printer drivers', 'a football team'), nor a title ('Lead Sales
    Associate'), nor 'the care of people', nor people shown the way ('Directed buyers to the
    right products')."""
    people = _people_at(lowered, j)
    if "of" in people:
        at = people.index("of")
        if at == 0 or people[at - 1] not in PEOPLE | _OF_PEOPLE:
            del people[at:]  # 'Oversee the care of people' leads no one
    if not people or _NOT_STAFF & set(people):
        return False
    counted = people[0] in DETERMINERS or any(c.isdigit() for w in people for c in w)
    if not (counted or people[-1].endswith("s") or people[-1] in _GROUPS):
        return False  # 'Lead Sales Associate' is a title
    if (
        lowered[j + len(people) : j + len(people) + 1] == ["to"]
        and (lowered[j + len(people) + 1 : j + len(people) + 2] or [""])[0] in DETERMINERS
    ):
        return False  # 'Directed buyers to the right products' guides them
    return only_people(people)


def _not_spoken(lowered: list[str], i: int, n: int) -> bool:
    """Whether a language is said as a subject taught, a manner of saying things or a few
    words known: 'teaching secondary English', 'explain it in plain English', 'picked up a
    few words of Spanish'."""
    after = lowered[i + n] if i + n < len(lowered) else ""
    few = lowered[max(0, i - 3) : i] in (["few", "words", "of"], ["odd", "word", "of"])
    return few or bool(_TAUGHT_BEFORE & set(lowered[max(0, i - 2) : i])) or after in _TAUGHT_AFTER


#: Verbs that name a task whatever follows them, by the name of the task.
_DUTY_VERBS: dict[str, tuple[str, ...]] = {
    "report": ("reporting",),
    "negotiate": ("negotiation",),
    "hire": ("hiring",),
    "recruit": ("hiring",),
    "greet": ("customer", "greeting"),
    "teach": ("teaching",),
    "tutor": ("teaching",),
}
#: Those a person teaches when they teach no one else: 'Taught myself Python'.
_SELVES = frozenset({"myself", "me", "ourselves", "us", "yourself", "themselves", "himself", "herself"})
#: What a duty verb is done to when it is not the duty: every trade reports its incidents and
#: faults to someone, and recruits the people it serves ('Report equipment problems',
#: 'Recruit volunteers').
_NOT_THE_DUTY: dict[str, frozenset[str]] = {
    "report": frozenset(
        {
            "incident", "incidents", "accident", "accidents", "problem", "problems", "issue", "issues",
            "violation", "violations", "defect", "defects", "damage", "damages", "malfunction",
            "malfunctions", "injury", "injuries", "hazard", "hazards", "emergency", "emergencies",
            "news", "crime", "crimes", "delay", "delays", "abuse", "concerns", "breach", "breaches",
            "suspicious", "unsafe", "equipment", "need", "needs", "any", "conditions", "discrepancies",
            "faults", "shortages", "errors", "losses", "breakages", "spills", "absences", "sickness",
        }
    ),
    "recruit": frozenset(
        {
            "volunteers", "participants", "patients", "students", "donors", "subjects",
            "clients", "customers",
        }
    ),
    "teach": _SELVES,  # 'Taught myself Python'
    "tutor": _SELVES,
}  # fmt: skip
#: Words before a duty said after 'and' that make it another's or done to the person: 'the
#: manager who hired and trained staff', 'Customers were served and greeted by the host team'.
_SOMEONE_ELSE = frozenset(
    {"who", "whom", "whose", "that", "which", "where", "while", "when", "how", "as", "he", "she", "they"}
    | {"we", "it", "was", "were", "is", "are", "been", "being"}
)
_WHOSE = frozenset({"his", "her", "its"})
#: Words after 'reported' that make it reporting: what on, how often, or a measure.
_REPORTED_ON = frozenset(
    {"on", "daily", "weekly", "monthly", "quarterly", "figures", "kpis", "results", "metrics", "progress"}
    | {"takings", "findings", "performance", "trends", "revenue", "spend", "roi", "headcount"}
)
#: Duty verbs whose 'to' says whom the duty is done for, not to whom the person answers:
#: 'Taught Spanish to adults', not 'Reports to the Head'.
_TAUGHT_TO = frozenset({"teach", "tutor"})
#: Words after a verb said in the past that make it done to the person: 'Hired as a picker'.
_PASSIVE_AFTER = frozenset({"as", "by", "into", "to", "from", "through", "via"})
#: What of people a task may be done to besides the people: 'Direct the work of analysts',
#: 'Led a group of 10 volunteers'.
_OF_PEOPLE = frozenset({"work", "activities", "efforts", "group", "squad", "workforce", "department", "unit"})
#: Words that make people named after them things or players, not staff: 'AI agents',
#: 'printer drivers', 'machine guards', 'a football team'.
_NOT_STAFF = frozenset(
    {"ai", "printer", "printers", "machine", "machines", "digital", "virtual", "software", "device",
     "devices", "chatbot", "bot", "bots", "voice", "robot", "robots", "robotic", "chatgpt", "gpt", "alexa",
     "app", "apps", "network", "football", "soccer", "basketball", "rugby", "netball", "hockey",
     "cricket", "tennis", "baseball", "softball", "volleyball", "sports", "sport"}
)  # fmt: skip
#: People said as a group, in the singular: 'Led the warehouse team', 'Managed staff'.
_GROUPS = frozenset({"team", "staff", "crew", "people", "workforce", "personnel", "department"})
#: Words that end the people a task is done to: 'Led a team of 5 | across two sites'.
_AFTER_THE_PEOPLE = frozenset(
    {"on", "in", "for", "to", "with", "across", "at", "through", "by", "from", "into", "over",
     "during", "while", "who", "that", "which", "under", "per", "daily", "weekly", "alongside", "among",
     "as", "beside", "like", "including", "incl"}
)  # fmt: skip
#: Verbs of teaching people their work, and the words for the people taught besides jobs.
_COACHING_VERBS = frozenset({"train", "mentor", "coach", "onboard", "teach", "tutor"})
_STAFF = frozenset({"staff", "starter", "hire", "joiner", "recruit", "employee", "colleague", "agent"})
#: Word endings of a person's job: 'photographer', 'scientist', 'operator', 'assistant'.
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "ate", "ent", "rep", "ive")
#: Last words of roles' names that are not people: 'ad creative' is an ad, 'scrum master' a skill.
_NOT_PEOPLE = frozenset({"creative", "master", "filler", "controller", "member", "owner"})
_MORE_PEOPLE = frozenset(
    {"courier", "handler", "driver", "teacher", "scientist", "partner", "barista", "bartender", "porter"}
    | {"carer", "aider", "nurse", "practitioner", "childminder", "nanny", "playworker", "worker"}
)
#: Words after a name that make it a team or a company, not an ability: 'the paid media team',
#: 'our 3PL partner', 'a PR agency'.
_UNITS = frozenset(
    {"team", "teams", "department", "departments", "dept", "agency", "agencies", "partner", "partners"}
    | {"vendor", "vendors", "provider", "providers", "colleagues", "counterparts", "squad"}
)
#: Words after a name that make it the name of other people's business: 'product shoots for
#: Etsy sellers', 'onboard Shopify merchants'.
_CLIENTS = frozenset({"sellers", "merchants", "clients", "customers", "retailers", "shoppers", "users"})
#: Words before a name that make the person after it someone else: 'with our SEO lead'.
_OTHERS = frozenset({"our", "the", "their", "your", "its", "with", "from", "to", "by", "other", "external"})
#: Words of rank before a job word that leave it the person's own title: 'Senior barista'.
_RANKS = frozenset(
    {"a", "an", "head", "senior", "lead", "trainee", "qualified", "designated", "relief", "bank", "level"}
    | {"junior", "chief", "deputy", "assistant", "apprentice", "role", "position", "title", "job"}
)
#: Words before 'a' that make a job the person's own: 'as a photographer', 'you are a'.
_SELF = frozenset({"as", "am", "are", "be", "being", "i'm", "you're", "is"})


#: Numbers said in words, which count people named after them: 'two Python developers'.
_NUMBER_WORDS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "dozen", "several"}
)


def _names_others(
    skill: str, lowered: list[str], i: int, n: int, people: frozenset[str], own: dict[str, frozenset[str]]
) -> bool:
    """Whether a name in a sentence is a team's, a company's or another person's, not an
    ability the person has or the job needs: 'hand problems to the customer care team', 'our
    SEO lead', 'retouch photos from our photographer', 'A/B tests with our data scientists'."""
    after = lowered[i + n] if i + n < len(lowered) else ""
    before = lowered[max(0, i - 2) : i]
    if after in _UNITS or after in _CLIENTS:
        return True
    counted = bool(before) and (before[-1][:1].isdigit() or before[-1] in _NUMBER_WORDS)
    if after.rstrip("s") in people | {"lead"} and (_OTHERS & set(before) or counted):
        return True  # 'our SEO lead', 'the Shopify developers', 'hired 3 Python developers'
    last = lowered[i + n - 1]
    said_of_self = (len(before) == 2 and before[1] in {"a", "an"} and before[0] in _SELF) or _own_title(
        lowered[:i]
    )
    if last in {"sellers", "merchants", "retailers"} and i > 0:
        return True  # 'shoots for Etsy sellers': a name of sellers, in the plural, is of others
    if last.rstrip("s") not in people or (last in own.get(skill, frozenset()) and last not in _MORE_PEOPLE):
        return False  # 'Product management' names no product manager; but 'the head barista' does
    return not (said_of_self or i == 0)


def _own_title(before: list[str]) -> bool:
    """Whether the words before a job word make it the person's own title: nothing but rank
    from the start of the line or after 'as' ('Head barista at Pret', 'Worked as a senior care
    worker', 'Role: Barista'); not 'the head barista'."""
    if "as" in before:
        before = before[len(before) - before[::-1].index("as") :]
    return all(w in _RANKS or w.isdigit() for w in before)


def _after_a_tool_word(before: str) -> bool:
    """Whether the words before a name end with 'in', 'with', 'using' or 'on' and any
    determiners: 'edited photos in Photoshop', 'fixed bugs in our PHP site', 'posting on
    Instagram' (where the work was done)."""
    words = [w for w in _WORD.findall(before.lower()) if w not in DETERMINERS]
    return bool(words) and (words[-1] in TOOL_WORDS or words[-1] == "on")


#: Words saying the person lacks what a phrase names: 'no driving licence', 'haven't used SQL',
#: 'unfamiliar with Excel'; not 'no-code'.
_NOT_HAD = re.compile(rf"\b(?:{_NEGATORS})\b(?!-)", re.IGNORECASE)

#: Verbs a phrase opens with that say the work was others', seen, when people follow them:
#: 'Watched senior engineers deploy to AWS', 'Shadowed the buyers'; not 'Watched CCTV
#: monitors', 'Observed health and safety procedures'.
_WATCHING = frozenset({"watched", "watching", "observed", "observing", "shadowed", "shadowing"})
#: Who else may do the work a phrase names: 'our agency ran the ads', 'built by a contractor'.
_OTHERS_AT_WORK = frozenset(
    {"agency", "agencies", "manager", "boss", "company", "contractor", "contractors", "freelancer"}
    | {"freelancers", "vendor", "vendors", "supplier", "suppliers", "client", "clients", "team"}
    | {"colleague", "colleagues", "partner", "partners", "developer", "developers"}
)


#: People of the person's own life who may do what a phrase names: 'sister works in SEO', 'my
#: dad's Shopify store'.
_FAMILY = frozenset(
    {"sister", "brother", "mum", "mom", "mother", "dad", "father", "wife", "husband", "son", "daughter"}
    | {"cousin", "uncle", "aunt", "friend", "friends", "flatmate", "roommate", "boyfriend", "girlfriend"}
    | {"parents", "grandad", "grandma", "grandmother", "grandfather"}
)
#: A person shopping, not selling: 'I shop on eBay a lot'; not 'I shop on Depop and resell on eBay'.
_AS_A_SHOPPER = re.compile(
    r"^(?!.*\b(?:re)?sell|.*\bsold\b).*\bi\s+(?:shop|buy)\s+(?:on|at|from)\b", re.IGNORECASE
)


def _family_did(words: list[str]) -> bool:
    """Whether a phrase opens with one of the person's family doing something: 'sister works in
    SEO', 'my mum received palliative care'; not their thing or the person with them ('Mother's
    Day campaigns', 'Friend's startup: built the store', 'My brother and I set up an eBay shop')."""
    at = 1 if words[:1] in (["my"], ["our"]) else 0
    if words[at : at + 1] == [] or words[at] not in _FAMILY:
        return False
    after = words[at + 1 : at + 2]
    if "i" in words or not after or after[0] in {"s", "and", "of", "day", "days", "evening", "evenings"}:
        return False  # 'Dad owns the shop and I run the Shopify site', 'Friends of the PTA'
    return _said_as_done(after[0]) or (after[0].endswith("s") and not after[0].endswith("ss"))


def _done_by_others(words: list[str], people: frozenset[str]) -> bool:
    """Whether a phrase says others did the work: it opens with whose people they are ('my
    manager used Power BI', 'our marketing agency ran the ads') or with watching them
    ('Shadowed the buyers'), or says whom by ('our store was redesigned by an agency')."""
    others = _OTHERS_AT_WORK | people
    watched = _WATCHING.intersection(words[:1]) and any(
        w in PEOPLE or w in people or (w in _FAMILY and words[0].startswith("watch") and words[1] != "over")
        for w in words[1:4]
    )
    if _others_open(words, others) or watched or _family_did(words):
        return True
    return any(
        w == "by"
        and not (words[i + 1 : i + 2] and (words[i + 1][0].isdigit() or words[i + 1].endswith("ing")))
        and any(x in others for x in words[i + 1 : i + 4] if x not in DETERMINERS)
        for i, w in enumerate(words)
    )


def _others_open(words: list[str], others: frozenset[str]) -> bool:
    """Whether words open by naming whose people do the work: 'my manager', 'our agency', 'the
    data team'."""
    return words[:1] in (["my"], ["our"], ["the"]) and any(
        w.rstrip("s") in others or w in others for w in words[1:3]
    )


#: Words of working beside others, as they start: 'working with', 'liaising closely with'.
_BESIDE = ("work", "liais", "partner", "collaborat", "coordinat", "cooperat")
_TEAM = frozenset({"team", "teams", "department", "departments"})


def _a_team_worked_with(lowered: list[str], i: int, n: int) -> bool:
    """Whether a name is of a team the person works beside, not work they do: 'working with
    marketing and ops', 'liaising with the web design and dev teams'; not a tool worked
    with ('working with SQL')."""
    before = lowered[max(0, i - 8) : i]
    if "with" not in before:
        return False
    at = len(before) - 1 - before[::-1].index("with")
    if not any(w.startswith(_BESIDE) for w in before[max(0, at - 2) : at]):
        return False
    return names_teams(lowered[i : i + n]) or bool(_TEAM & set(lowered[i + n : i + n + 5]))


#: Before a quality said of the person: a form of 'be', or the start of a bullet, then any
#: other qualities of the same list ('Are friendly, patient and...', '- Organised, and able').
_TRAIT_BEFORE = re.compile(
    r"(?:\b(?P<be>are|be|am|is|you're|i'm|being|stay|remain)\s+|^\s*(?:[-–*•]\s+)?)"
    r"(?:(?:very|highly|naturally|genuinely|always|extremely)\s+)?(?:[a-z][a-z'-]*(?:,\s*|\s+(?:and|or)\s+))*$",
    re.IGNORECASE,
)
_LIST_GOES_ON = re.compile(r"\s*(?:,|\band\b|\bor\b|enough\b)", re.IGNORECASE)


def _said_as_a_trait(text: str, start: int, end: int) -> bool:
    """Whether a quality is said of the person in a list of qualities: after a form of 'be'
    ('You are calm, patient and kind'), or opening a bullet that goes on with more
    ('- Patient, friendly and reliable') or with how much ('- Organised enough to manage
    150 accounts'); not 'patient records' nor 'a patient manner'."""
    found = _TRAIT_BEFORE.search(text[:start])
    if found is None:
        return False
    return bool(found.group("be")) or bool(_LIST_GOES_ON.match(text, end))


#: Things of a workplace: documents, places, days. A task's name before one of them says
#: what kind of thing it is ('buying guides', 'staff training days'), and a name that ends in
#: one is, after 'the' or 'their', the thing itself ('check against the packing list').
_THINGS = frozenset(
    {"guide", "guides", "list", "lists", "floor", "floors", "day", "days", "photo", "photos"}
    | {"check", "checks", "sheet", "sheets", "centre", "centres", "center", "centers", "room", "desk"}
    | {"code"}  # 'writing code' is programming, not writing
)
_THE_THING = frozenset({"the", "their", "our", "your", "its"})
_SCHOOLS = frozenset({"school", "schools", "academy"})
#: Words saying the person taught: 'Tutor at a Python coding school', 'Instructor at an Excel academy'.
_TEACHERS = frozenset(
    {
        "tutor",
        "tutored",
        "tutoring",
        "teacher",
        "teaching",
        "taught",
        "teach",
        "instructor",
        "lecturer",
        "trainer",
    }
)
#: Words after a name that make it the trade of an employer or a place worked at, not the
#: person's: 'a SAP consultancy', 'a freight forwarding company', 'the AWS offices'.
_ORGANISATIONS = frozenset(
    {"consultancy", "consultancies", "company", "companies", "firm", "firms", "offices", "headquarters"}
    | {"hq", "ltd", "limited", "plc", "inc", "llc", "corporation", "corp", "home", "homes"}
    | _SCHOOLS
)
#: Words before a company's trade that make the company the person's own: 'Ran my own SEO
#: company', 'Founded a copywriting firm', 'a one-woman consultancy'.
_OWN_BUSINESS = frozenset({"own", "my", "founded", "started", "launched", "ran", "run", "set", "one"})
#: Words after a name that make it goods for the work, not the work: 'first aid kits',
#: 'cleaning supplies', 'childcare vouchers'.
_GOODS = frozenset(
    {"supplies", "kit", "kits", "box", "boxes", "room", "rooms", "cabinet", "cabinets", "station", "stations"}
    | {"vouchers"}
)
#: Words after an everyday word that make it say what figures are of, not work done: 'sales
#: data', 'inventory reports', 'marketing metrics'.
_FIGURES = frozenset(
    {"data", "figures", "numbers", "stats", "statistics", "results", "report", "reports", "metrics"}
    | {"dashboard", "dashboards", "trends"}
)
#: How verbs of reading figures start: 'pulled', 'analysed', 'using', 'monitoring'.
_READING_FIGURES = (
    "pull", "analys", "analyz", "use", "using", "review", "track", "monitor", "export", "extract",
    "quer", "visualis", "visualiz", "interpret", "present", "clean", "compil", "model", "examin",
)  # fmt: skip


#: Words before a verb's past form that make it say of a thing what was done to it.
_QUANTIFIERS = frozenset({"every", "each", "any", "all", "the", "a", "an", "our", "your", "their", "its"})


def _after_a_count(lowered: list[str]) -> int | None:
    """Where the words after a count that follows a line's first word start: 3 for 'Delivered
    120 parcels', 'Packed over 300 orders'; None when no count follows it."""
    at = 1
    while at < len(lowered) and lowered[at] in _ABOUT:
        at += 1
    counted = at
    while at < len(lowered) and lowered[at].rstrip("+").isdigit():
        at += 1
    if at == counted and at + 1 < len(lowered) and lowered[at] in _MANY and lowered[at + 1] == "of":
        at += 2  # 'Processed hundreds of returns'
    return at if at > counted and at < len(lowered) else None


#: Words before a count that say it is near: 'over 300', 'up to 50'.
_ABOUT = frozenset({"over", "up", "to", "around", "about", "approximately", "approx", "nearly", "almost"})
#: Counts said in words, before 'of': 'hundreds of returns'.
_MANY = frozenset({"hundreds", "thousands", "dozens"})


def _a_thing_done(lowered: list[str], i: int) -> bool:
    """Whether a task said as a verb's past form before its object is a thing that the verb
    was done to: 'every scheduled shift', 'the packed boxes'; not 'scheduled shifts for 12'."""
    return lowered[i].endswith("ed") and i > 0 and lowered[i - 1] in _QUANTIFIERS


def _covered(found: _Spans, at: int) -> bool:
    """Whether a place in a line lies within a name already read there."""
    return any(start <= at < end for _, start, end, _ in found)


def _done_lost(said: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether a word a name says as done ('stored procedures') is said bare ('store
    procedures'): a different thing, though the stems are the same."""
    pairs = zip(said, name, strict=True) if len(said) == len(name) else ()
    return any(n.endswith("ed") and w in (n[:-1], n[:-2]) for w, n in pairs)


def _said_as_done(word: str) -> bool:
    """Whether a word is a verb's past form, which may be said of a thing ('a motivated team
    player', 'managed product feeds')."""
    return word.endswith("ed") or word in IRREGULAR_PAST


def _a_verb_done(word: str) -> bool:
    """Whether a word is a verb said as done or being done ('cleaned', 'processing', 'ran'):
    the opening of a task, not a word such as 'in' or 'document' before 'the'."""
    return word.endswith("ing") or _said_as_done(word)


def _a_team_did(key: tuple[str, ...]) -> bool:
    """Whether words read by their stems as a task done to people ('team building') say what
    the people did: 'the team built', 'staff trained'."""
    return key[0] in _UNITS and _said_as_done(key[-1])


def _an_employers_trade(text: str, end: int, lowered: list[str], i: int, n: int) -> bool:
    """Whether a name is the trade of a company the person worked at or near ('offices of a
    SAP consultancy', 'a freight forwarding company'), or goods for the work ('first aid
    kits'); not a company of the person's own ('Ran my own SEO company'), a company's file or
    page in a tool ('the Xero company file', 'the Facebook company page'), nor 'company-wide'."""
    after = lowered[i + n : i + n + 2]
    doing = len(after) == 2 and after[0].endswith("ing") and after[1] in _ORGANISATIONS
    if doing:  # 'a local Python coding school'
        after = lowered[i + n + 1 : i + n + 3]
    if not after or after[0] not in _ORGANISATIONS | _GOODS or not re.match(r"\s+\w", text[end:]):
        return False  # not 'materials, supplies and products'
    if after[0] in _GOODS:
        return True
    rest = re.sub(rf"^(?:\s*\w+){{{1 + doing}}}", "", text[end:])
    if rest.startswith("-") or _OWN_BUSINESS.intersection(lowered[max(0, i - 4) : i]):
        return False  # 'company-wide', 'Ran my own SEO company'
    if after[0] in _SCHOOLS and _TEACHERS.intersection(lowered):
        return False  # 'Tutor at a Python coding school': what is taught there is the teacher's
    closed = not rest.strip() or rest.lstrip()[:1] in _CLOSES
    return closed or len(after) == 1 or after[1] in FUNCTION_WORDS | _AFTER_THE_PEOPLE | _ORGANISATIONS


def _before_figures(lowered: list[str], i: int, said: str) -> bool:
    """Whether a word says what the figures after it are of, figures being read ('pulled
    sales data', 'analysed inventory reports'); not figures made or grown ('Entered payroll
    data', 'Grew online sales figures'), nor a product's name capitalised within a sentence
    ('built Excel reports')."""
    if i + 1 >= len(lowered) or lowered[i + 1] not in _FIGURES or (i and said[:1].isupper()):
        return False
    return any(w.startswith(_READING_FIGURES) for w in lowered[max(0, i - 4) : i])


def _names_a_thing(lowered: list[str], i: int, n: int) -> bool:
    """Whether a name is said of a thing, not a task: 'buying guides', 'staff training days',
    'follow their style guide', 'pick from the sales floor'."""
    after = lowered[i + n] if i + n < len(lowered) else ""
    if after in {"and", "or"} and i + n + 2 < len(lowered) and lowered[i + n + 1].endswith("ing"):
        after = lowered[i + n + 2]  # 'writing and debugging code': the two tasks share the thing
    if lowered[i + n - 1].endswith("ing") and after in _THINGS:
        return True
    return lowered[i + n - 1] in _THINGS and i > 0 and lowered[i - 1] in _THE_THING


#: How far before a name, in characters, what says whose it is is looked for.
_NEAR = 120
#: An employer named right after working for it: 'Worked for Amazon Web Services as a guard'.
_EMPLOYED_BY = re.compile(
    r"\b(?:work(?:ed|ing|s)?|employed|contracted|temp(?:ed|ing)?)\s+(?:for|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: A company's site said with its name: "Salesforce's London headquarters", "Google's offices".
_THEIR_SITE = re.compile(
    r"^['’]s\s+(?:[A-Z][\w-]*\s+){0,2}(?:offices?|headquarters|hq|warehouses?|depots?|campus|buildings?|"
    r"factory|canteen|reception|fulfil(?:l)?ment\s+cent(?:re|er)s?)"
    r"(?=\s*$|\s*[,.;:)]|\s+(?:in|at|on|for|as|during|while|from|to|and|where|near)\b)"
)
#: Kinds of skill named by products whose makers may be the employer: Amazon, Salesforce, SAP.
_BRANDS = frozenset({Category.PLATFORM, Category.DEVELOPMENT, Category.DATA, Category.AI, Category.DESIGN})
#: Words after an employer's name: 'Worked for Amazon as a picker', 'at Google in London'.
_AFTER_AN_EMPLOYER = frozenset(
    {"as", "in", "at", "from", "for", "during", "since", "until", "between", "on", "where", "while"}
)
#: Clients named by example: 'clients including Salesforce and HubSpot', 'brands such as'.
_CLIENTS_SUCH_AS = re.compile(
    r"\b(?:clients|customers|brands|companies|businesses|retailers|organi[sz]ations|firms)\s*,?\s+"
    r"(?:including|such\s+as|like)\s+",
    re.IGNORECASE,
)


def _an_employer_or_client(before: str, after: str) -> bool:
    """Whether the words right before a capitalised name make it an employer worked for, a name
    standing alone ('Worked for Amazon Web Services as a guard'; not 'Worked for Shopify Plus
    brands'), or a client named by example; only names and joins may stand between ('clients
    including Nike, Salesforce and HubSpot'), or whose site the work was at ('Cleaned offices at
    Salesforce's London headquarters')."""
    if _THEIR_SITE.match(after):
        return True
    if _EMPLOYED_BY.search(before):
        said_next = next((w for w in _WORD.findall(after[:60]) if not w[:1].isupper()), None)
        return said_next is None or said_next in _AFTER_AN_EMPLOYER
    example = list(_CLIENTS_SUCH_AS.finditer(before))[-1:]
    between = _WORD.findall(before[example[0].end() :]) if example else ["x"]
    return all(w[:1].isupper() or w.isdigit() or w in {"and", "&"} for w in between)


#: Verbs of handling goods, and the goods, that make a name said between them a product:
#: 'Stacked pallets of Windows 11 laptops', 'Sold SEO packages', 'Shelved books on Python'.
_HANDLING_GOODS = frozenset(
    {"sold", "sell", "sells", "selling", "stacked", "stacking", "stocked", "stocking", "restocked"}
    | {"shelved", "shelving", "packed", "packing", "loaded", "loading", "unloaded", "unloading"}
    | {"shipped", "shipping", "displayed", "carried", "unboxed", "priced", "replenished"}
)
#: Verbs of selling or shelving, after which a name said of goods is what they hold or are about.
_SELLING = frozenset({"sold", "sell", "sells", "selling", "stocked", "stocking", "shelved", "shelving"})
#: Verbs of work done on goods with a tool, which make its name a skill again.
_WORKED_ON = frozenset(
    {"configured", "configuring", "imaged", "imaging", "installed", "installing", "set", "setting"}
    | {"built", "building", "repaired", "repairing", "troubleshot", "troubleshooting", "deployed"}
    | {"enrolled", "updated", "managed", "managing", "delivered", "delivering", "ran", "running"}
)
_PRODUCTS = frozenset(
    {"laptops", "laptop", "computers", "pcs", "tablets", "phones", "handsets", "consoles", "printers"}
    | {"books", "boxes", "packages", "subscriptions", "licences", "licenses", "bundles", "devices"}
    | {"machines", "hardware", "guides", "units", "terminals"}
)


def _goods_handled(lowered: list[str], i: int, n: int, *, topic: bool) -> bool:
    """Whether a name says what goods were handled or sold, not a skill: before a product
    ('Windows 11 laptops', 'Photoshop and Office boxes'), with a verb of handling goods in the
    words before, or after one sold or shelved ('laptops with Windows', 'books on Python'). Not
    where the goods were worked on ('Configured and shipped Windows 11 laptops'), nor a tool the
    handling was done with ('Packed boxes with ShipStation labels'). `topic`: the name is of a
    kind goods may hold or be about (software, not where they were sold: 'books on Instagram')."""
    before = lowered[max(0, i - 6) : i]
    if (
        not _HANDLING_GOODS.intersection(before)
        or _WORKED_ON.intersection(lowered)
        or lowered[i].endswith("ing")
    ):
        return False  # a task is no goods: 'shipping packages'
    after = itertools.takewhile(
        lambda w: w not in FUNCTION_WORDS - {"and"} and not w.endswith(("ing", "ed")),
        lowered[i + n - 1 : i + n + 5],  # the name's own last word too: 'card machines'
    )
    if _PRODUCTS.intersection(after):
        return True
    if not (topic and _SELLING.intersection(before)):
        return False
    return any(
        lowered[k] in {"with", "on", "about"} and lowered[k - 1] in _PRODUCTS for k in range(max(1, i - 4), i)
    )


#: Things a task works through, which a word before may say which of: 'survey data'.
_WORKED_THROUGH = _FIGURES | {"payments", "orders", "deliveries", "returns", "complaints", "queries"}
#: Parts of software built in a framework, after its name: 'React components', 'Node back end'.
_PARTS_BUILT = frozenset({"components", "frontend", "front", "backend", "back", "microservices"})
#: Verbs of watching a channel as its audience, before its name.
_WATCHED = frozenset({"watch", "watched", "watching", "scroll", "scrolled", "scrolling"})
#: What may follow a channel only watched: 'YouTube videos to learn Excel', 'TikTok at night'.
_WATCHED_THINGS = frozenset({"video", "videos", "reels", "clips", "shorts", "content", "tutorials"})


def _only_watched(lowered: list[str], i: int, n: int) -> bool:
    """Whether a channel's name at word i is said as watched ('scrolling TikTok', 'scrolling on
    Instagram', 'instagram scrolling'), with nothing more said of it than what was watched
    ('YouTube videos to learn Excel'; not 'YouTube watch time', 'TikTok scroll-stopping hooks')."""
    before = [w for w in lowered[max(0, i - 2) : i] if w not in {"on", "through"}][-1:]
    after = lowered[i + n : i + n + 1]
    if before and before[0] in _WATCHED:
        return not after or after[0] in _WATCHED_THINGS | FUNCTION_WORDS
    return bool(after) and after[0] in _WATCHED and i + n + 1 == len(lowered)


def _anothers_title(lowered: list[str], i: int) -> bool:
    """Whether a name is what another person heads, said in their title: 'Reported to the Head
    of Data Science', 'Supported our Director of Marketing', 'PA to the Head of SEO'; not the
    person's own ('Promoted to the Head of SEO role', 'Was the Head of SEO')."""
    before = lowered[max(0, i - 5) : i]
    if len(before) < 3 or before[-1] != "of" or before[-2] not in _HEADS:
        return False
    whose, said = before[-3], before[:-3]
    if whose in {"our", "my", "their"}:
        return True
    return whose == "the" and bool(said) and said[-1] in _FOR_ANOTHER and not _MADE_HEAD.intersection(said)


#: Words before 'the Head of' that make the head another person: 'for the', 'to the'.
_FOR_ANOTHER = frozenset(
    {"for", "to", "under", "with", "from", "by", "alongside", "supported", "assisted", "helped"}
)
#: Words that make the title the person's own after all: 'Promoted to the Head of SEO'.
_MADE_HEAD = frozenset({"promoted", "appointed", "became", "made", "hired", "moved", "stepped", "rose"})
#: Words of a title that heads something named after 'of': 'Head of SEO', 'Director of Marketing'.
_HEADS = frozenset({"head", "director", "vp", "chief", "manager", "lead"})


#: Food and drink a nationality is said of: 'full English breakfasts', 'Spanish tapas'.
_FOOD = frozenset(
    {"breakfast", "breakfasts", "food", "foods", "cuisine", "dishes", "dish", "pastries", "cakes", "bread"}
    | {"tapas", "wine", "wines", "beer", "beers", "cheese", "cheeses", "recipes", "cooking", "tea", "coffee"}
    | {"gelato", "pizza", "pasta", "sausages", "sweets"}
)


def _event_run(lowered: list[str], i: int, n: int) -> bool | None:
    """Whether a name is what an event was about that the person ran, taught or spoke at
    ('Ran Excel workshops', 'Presented at a Python conference'), or only attended, served or
    worked at, False ('Watched a Zendesk webinar', 'Served drinks at a Salesforce conference');
    None when it names no event, or names a thing made for one ('HubSpot webinar landing
    pages') or a call ('Teams conference calls')."""
    if i + n >= len(lowered) or lowered[i + n] not in _EVENTS or not _ends_what_is_named(lowered, i + n + 1):
        return None
    said = {w for k, w in enumerate(lowered[:i]) if lowered[k + 1] not in {"out", "away"}}  # not 'gave out'
    return bool(_RAN_OR_TAUGHT & said)


#: Events named after what they are on: 'a Python conference', 'Google Ads masterclass'.
_EVENTS = frozenset(
    {"conference", "conferences", "meetup", "meetups", "webinar", "webinars", "workshop", "workshops"}
    | {"masterclass", "masterclasses", "summit", "summits", "seminar", "seminars"}
)
#: Words saying the person ran an event or spoke at it, so knew what it was on.
_RAN_EVENTS = frozenset(
    {"ran", "run", "running", "led", "lead", "leading", "delivered", "deliver", "delivering"}
    | {"presented", "presenting", "spoke", "speaking", "speaker", "gave", "facilitated", "facilitating"}
    | {"hosted", "hosting", "host", "trained", "training", "mentor", "mentored"}
)
_RAN_OR_TAUGHT = _RAN_EVENTS | _TEACHERS
#: Kinds of skill whose product an event the person ran was on is theirs: 'Ran Excel workshops'.
_TAUGHT_TOOLS = _BRANDS | {Category.OFFICE}
#: Words after a noun that end what it names: 'a Python workshop at the library', 'a SQL
#: developer who', 'a Zendesk webinar, though'.
_CLAUSE_WORDS = frozenset(
    {"as", "who", "whom", "which", "that", "where", "while", "when", "during", "though", "but", "then"}
    | {"from", "about", "before", "after", "into", "near"}
)


_ENDS_A_NOUN = FUNCTION_WORDS | _CLAUSE_WORDS


def _ends_what_is_named(lowered: list[str], k: int) -> bool:
    return k >= len(lowered) or lowered[k] in _ENDS_A_NOUN


def _anothers_trade(text: str, end: int, lowered: list[str], i: int, n: int) -> bool:
    """Whether a name is the trade of another person or firm, said with its article: 'Supported
    a retired SQL developer', 'Shadowed a DevOps engineer', 'for a Python developers' meetup';
    not the person's own ('Worked as a SQL developer', 'Became a Shopify expert', 'The Excel
    expert for the office'), nor a thing of the trade ('an eBay seller account', 'the SQL
    analyst role'). `end`: where the name ends in the text."""
    k = i + n
    if k >= len(lowered) or lowered[k] not in _PRACTITIONERS:
        return False
    whose = _POSSESSIVE.match(text, end) is not None  # 'a Python developers' meetup'
    described = k + 1 < len(lowered) and lowered[k + 1].endswith(("ing", "ed"))  # 'a Java developer living'
    if not (whose or described or _ends_what_is_named(lowered, k + 1)):
        return False
    at = i - 1 if i and lowered[i - 1] not in _FORMER_OR_NEW else i - 2  # 'a retired SQL developer'
    if at < 1 or lowered[at] not in {"a", "an", "the", "our", "their", "his", "her"}:
        return False  # none, or the line opens with it: 'The Excel expert for the office'
    return not _OWN_TRADE.intersection(lowered[max(0, i - 6) : i])


#: A word said as whose, right after a name: "a Python developers' meetup".
_POSSESSIVE = re.compile(r"\s*\w+['’]")
#: People and firms named by the tool of their trade: 'a Python developer', 'our SAP consultant'.
_PRACTITIONERS = frozenset(
    {"developer", "developers", "engineer", "engineers", "programmer", "programmers", "analyst"}
    | {"analysts", "consultant", "consultants", "expert", "experts", "specialist", "specialists"}
    | {"merchant", "merchants", "seller", "sellers", "agency", "agencies", "freelancer", "freelancers"}
    | {"contractor", "contractors", "architect", "architects"}
)
#: Words between the article and a trade's tool: 'a retired SQL developer'.
_FORMER_OR_NEW = frozenset({"retired", "former", "local", "freelance", "external", "new", "senior", "junior"})
#: Words that make the trade the person's own: 'Worked as a', 'Was the', 'Became a', 'called me'.
_OWN_TRADE = frozenset(
    {"as", "was", "am", "became", "become", "becoming", "promoted", "i'm", "i", "me", "qualified"}
    | {"certified", "mentored", "mentoring", "coached", "trained", "taught", "supervised"}
)


def _a_place_at(lowered: list[str], i: int, n: int) -> bool:
    """Whether a name is a place worked at, after 'at': 'at an AWS data centre', 'at the Google
    Store pop-up'; not 'Listed products on the Shopify store'."""
    before = lowered[max(0, i - 2) : i]
    if before[-1:] != ["at"] and not (before[:1] == ["at"] and before[-1] in ARTICLES):
        return False
    after = lowered[i + n : i + n + 2]
    if after[:1] and after[0] in _PLACES:
        return True
    return len(after) == 2 and after[0] in _CENTRES and after[1] in {"centre", "center", "centres", "centers"}


#: Places named after their company or what they hold: 'the Apple Store', 'an AWS data centre'.
_PLACES = frozenset(
    {"store", "stores", "shop", "shops", "campus", "office", "offices", "warehouse", "warehouses"}
    | {"depot", "depots", "site", "sites", "branch", "branches", "outlet", "outlets", "kiosk", "booth"}
    | {"stand", "pop", "counter", "building", "factory", "plant"}
)
_CENTRES = frozenset({"data", "fulfilment", "fulfillment", "distribution", "contact", "call", "service"})


def _attended_or_carried(lowered: list[str], i: int) -> bool:
    """Whether a name is something the person went to, not did ('attend trade shows', 'attended
    the annual sales training', 'Attended a one-hour talk on social media'), or is said of
    people carried ('bus loading and unloading')."""
    if i > 0 and lowered[i - 1] in _CARRIED:
        return True
    said_before = lowered[max(0, i - 10) : i]
    if _ATTEND.intersection(said_before) and _A_TALK_ON.search(" ".join(said_before) + " "):
        return True  # 'Attended a one-hour talk on social media'
    before = [w for w in lowered[max(0, i - 5) : i] if w not in DETERMINERS][-3:]
    if "and" in before or "or" in before:  # 'attended customers and processed returns'
        before = before[len(before) - before[::-1].index("and" if "and" in before else "or") :]
    window = tuple(lowered[max(0, i - 7) : i])
    sat = next((k for k in range(len(window)) if window[k : k + 3] == _SAT_IN), None)
    if sat is not None and not _THEN.intersection(window[sat + 3 :]):
        return True  # 'Sat in on supplier negotiations'; not 'Sat in on calls, then handled complaints'
    # 'attended a webinar about Google Ads'; but 'attended to complaints' handled them
    return any(w in _ATTEND and before[k + 1 : k + 2] != ["to"] for k, w in enumerate(before))


_ATTEND = frozenset({"attend", "attends", "attended", "attending"})
#: An event attended and what it was on, right before a name.
_A_TALK_ON = re.compile(
    r"\battend(?:s|ed|ing)?\s+(?:(?:a|an|the|one|two|half|day|hour|\d+)\s+)*(?:[\w-]+\s+){0,2}"
    r"(?:talk|seminar|webinar|workshop|lecture|session|conference|demo|presentation)s?\s+"
    r"(?:on|about|covering|in|into)\s+(?:[\w-]+\s+){0,2}$"
)
_SAT_IN = ("sat", "in", "on")
#: Words after which what was sat in on is over: 'Sat in on calls, then handled complaints'.
_THEN = frozenset({"then", "before", "after", "until", "and", "later"})
#: Words for people carried: what is loaded onto them is people, not freight.
_CARRIED = frozenset({"bus", "buses", "passenger", "passengers"})


_CONJUNCTION = re.compile(
    r"\s*(?:,|/|&|\+)?\s*(?:and|or)?\s*(?:(?:an)?other\s+|a\s+similar\s+|similar\s+)?", re.IGNORECASE
)


def _joined_by_a_conjunction(text: str, one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether two names stand side by side in a list: 'SQL and Excel', 'R, Python', 'NetSuite
    or another ERP'."""
    first, second = sorted((one, other))
    between = text[first[1] : second[0]]
    return bool(between.strip()) and _CONJUNCTION.fullmatch(between) is not None


#: A word after a task said as '-ing' that opens what it is done to: 'lifting footfall'.
_AN_OBJECT = re.compile(r"\s+(?!(?:and|or)\b)[A-Za-z]")
#: 'Editing and proofreading', 'Gujarati and English': two items of a list said as one.
_PAIR = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)


def _pairs_apart(items: list[str], resolver: SkillResolver) -> list[str]:
    """A list's items, with an item of two things joined by 'and' that is no name as a whole
    ('Editing and proofreading', 'Mandarin and English') read as its two things, where one
    of them is a name; 'shipping and receiving', a name, stays whole."""
    out: list[str] = []
    for item in items:
        parts = _PAIR.split(item)
        if (
            len(parts) == 2
            and all(parts)
            and not resolver.read(item, suggest=False, guess=False).recognized
            and any(resolver.read(part, suggest=False, guess=False).recognized for part in parts)
        ):
            out.extend(parts)
            continue
        out.append(item)
    return out


def _set_aside(clause: str, said: str, kind: str) -> bool:
    """Whether a name said in a clause is not the person's or the job's: negated ('SAP not
    required'), a function of the teams led, a source of data, or, in a résumé, a wish, a
    skill the person says they lack ('Never used SAP') or work others did ('Our agency ran
    the Google Ads account')."""
    if _NEGATION.search(clause):
        return True
    before = clause[: max(0, clause.find(said))]
    after = clause[clause.find(said) + len(said) :]
    said_before = _CONTRAST.split(before)[-1]
    words = _WORD.findall(said_before.lower())
    lacked = _LACKED.search(said_before)
    others_lack = bool(lacked and _WHO.search(said_before, 0, lacked.start()))
    if others_lack:
        lacked = None  # 'Coached staff who were not confident with Excel': their lack
    if kind == "resume" and (lacked or _NOT_DONE.search(said_before) or _done_by_others(words, frozenset())):
        return True
    if kind == "resume" and not others_lack and _others_who(said_before, after, words):
        return True  # 'my manager, who ran payroll'; 'the SEO team, who did keyword research'
    if kind == "posting" and (_others_open(words, _OTHERS_AT_WORK) or _PROVIDED.match(after)):
        return True  # 'The data team owns all SQL reporting', 'Uniform and PPE provided'
    return bool(
        _TEAMS_OF.search(before)
        or (_SOURCE.search(before) and not _STORE.match(after))
        or (kind == "resume" and _WISH.search(before))
    )


#: A skill the person says they lack, right before its name, with only words of having
#: between: 'Never used SAP', 'Have not yet worked with Salesforce', 'No SAP'; not 'with no
#: complaints using Zendesk'.
_LACKED = re.compile(
    rf"\b(?:{_NEGATORS})"
    r"(?:\W+(?:yet|ever|really|much|any|prior|previous|real|hands|on|experience[ds]?|knowledge|exposure|"
    r"familiar|familiarity|confident|comfortable|proficient|trained|with|of|in|to|used?|using|worked|working|"
    r"work|tried|touched|learn(?:ed|t)|had|given|granted|allowed|access|"
    r"been|able|done|a|an|the))*\W*$",
    re.IGNORECASE,
)
#: Work the person says they did not do, right before its name: 'Did not run the Facebook
#: ads', 'Never managed a Shopify store'.
_NOT_DONE = re.compile(
    r"\b(?:did\s+not|didn[’']?t|never)\s+(?:run|ran|manage|managed|handle|handled|operate|operated|lead|led"
    r"|do|did|touch|touched|write|wrote|build|built|create|created|own|owned|set\s+up)"
    r"\s+(?:(?:the|a|an|any|our|their)\s+)?$",
    re.IGNORECASE,
)
#: Others a lack is said of, before it: 'staff who were not confident with Excel', 'colleagues
#: not confident using the tills'.
_WHO = re.compile(
    r"\b(?:who|that)\b[^,;]*$|\b(?:colleagues|staff|customers|people|others|students|pupils|users|trainees|team|"
    r"teams|they|everyone|store|shop|company|business)\s*$",
    re.IGNORECASE,
)
#: What an employer gives, said after it, not what it asks for: 'Uniform and PPE provided',
#: 'Forklift training is provided'; not 'records of services provided'.
_PROVIDED = re.compile(
    r"(?:\s+(?:training|courses?|and|is|are|will|be|fully|also|free))*\s+(?:provided|supplied)\b",
    re.IGNORECASE,
)


def _others_who(said_before: str, said_after: str, words: list[str]) -> bool:
    """Whether the words around a name say that others did the work: named before 'who' ('my
    manager, who ran payroll', 'Supported a colleague who was learning BSL'), an organisation
    or people before 'whose' ('an agency, whose copywriters wrote the emails'), or 'he' or
    'she' right before it ('meetings where he negotiated contracts'). Not when the person is
    among them, is them, led, taught or stood in for them ('Led the team who rebuilt the
    store', 'Trained colleagues who needed help with Excel', 'Covered for a colleague who ran
    the store'), is in the clause ('a brand whose Shopify store I managed'), when the others
    needed help, nor when the clause has ended ('my manager, who was on leave, running payroll')."""
    he_or_she = _HE_OR_SHE_DID.search(said_before)
    if he_or_she:
        return not {"and", "i", "me", "then"}.intersection(_WORD.findall(he_or_she[0].lower()))
    if not _WHO_GOES_ON.search(said_before) or _THEIR_NEED.search(said_before):
        return False
    if re.match(r"[^,;:]*\b(?:I|my)\b", said_after):
        return False  # 'a brand whose Shopify store I managed'
    at = max(k for k, w in enumerate(words) if w in ("who", "whose"))
    whose = words[at] == "whose"
    if {"i", "my"}.intersection(words[at:]):
        return False  # 'a resident whose family praised my care'
    named = words[at - 1] if at else ""
    opening = words[: max(0, at - 1)]
    if _AMONG_THEM.intersection(opening) or opening[-1:] in (["was"], ["am"], ["m"], ["as"]):
        return False  # 'part of the team who', 'I was the manager who', 'the role of supervisor who'
    if words[:1] and (words[0] in _TAUGHT_THEM or people_task(words[0])):
        return False  # 'Trained colleagues who...', 'Led the team who rebuilt the store'
    if whose and not (named in _ORGANISATIONS_AND_PEOPLE or named in PEOPLE or named in _OTHERS_AT_WORK):
        return False  # 'the accounts whose balances did not match'
    if (whose and not any(map(_said_as_done, words[at + 2 :]))) or _HAD_A_STATE.search(said_before):
        return False  # 'the suppliers whose deliveries were late'
    pointed_at = opening[:1] in (["a"], ["my"], ["our"], ["the"]) and "only" not in opening
    others_first = pointed_at and named in _COLLEAGUES | _FAMILY | _SERVED_PEOPLE  # 'A colleague who...'
    if not (others_first or _OTHERS_NAMED_AFTER.intersection(opening) or any(map(_said_as_done, opening))):
        return False  # the person is the one named: 'The only associate who was forklift trained'
    return bool(_WHOSE_PEOPLE.intersection(words[max(0, at - 4) : at]))


#: A clause after 'who' that goes on up to the name: 'who ran payroll'; not 'who was on leave,'.
_WHO_GOES_ON = re.compile(r"\bwho(?:se)?\b[^,;:()]*$", re.IGNORECASE)
#: 'he' or 'she' a few words before the name, in a résumé that never says them of the person:
#: 'Drove the owner to meetings where he negotiated supplier contracts'.
_HE_OR_SHE_DID = re.compile(r"\b(?:he|she)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
#: Others who needed what the person then gave: 'Supported pupils who struggled with phonics'.
_THEIR_NEED = re.compile(
    r"\bwho\s+(?:\w+\s+){0,2}(?:struggled|struggle|needed|need|wanted|asked)\b", re.IGNORECASE
)
#: A state, not work, said after 'whose': 'whose deliveries were late'.
_HAD_A_STATE = re.compile(
    r"\bwhose\s+(?:\w+\s+){1,3}(?:was|were|is|are|had|did|didn't|didn’t)\b", re.IGNORECASE
)
#: Who may own what 'whose' names: 'an agency, whose copywriters', 'a retailer whose team'.
_ORGANISATIONS_AND_PEOPLE = frozenset(
    {"agency", "retailer", "brand", "company", "business", "client", "clients", "charity", "firm"}
    | {"shop", "store", "supplier", "suppliers", "owner", "startup", "customer", "customers"}
)
#: Words before people that name them as others: 'Worked alongside the SEO team', 'for my
#: manager', 'Supported a colleague who...'.
_OTHERS_NAMED_AFTER = frozenset({"for", "with", "under", "alongside", "beside", "supported", "helped"})
#: Words that put the person among or in place of the people named: 'part of the team who',
#: 'one of the few', 'the role of supervisor who', 'Covered for a colleague who'.
_AMONG_THEM = frozenset(
    {"part", "member", "members", "one", "joined", "joining", "among", "i", "we", "role", "covered"}
    | {"covering", "stood", "standing", "deputised", "deputized", "deputising", "replaced", "replacing"}
)
#: Verbs of teaching others, who then use what they were taught: 'Trained colleagues who...'.
_TAUGHT_THEM = frozenset({"trained", "coached", "taught", "mentored", "tutored", "showed", "shown"})
_WHOSE_PEOPLE = frozenset({"my", "our", "the", "their", "his", "her", "a", "an"})


_COLLEAGUES = frozenset(
    {"colleague", "colleagues", "coworker", "coworkers", "co-worker", "teammate", "teammates"}
)
#: People served, who may do what is said after 'who': 'customers who used Shopify'.
_SERVED_PEOPLE = frozenset(
    {"customers", "customer", "clients", "client", "users", "guests", "callers", "patients", "students"}
    | {"pupils", "residents", "members", "visitors", "shoppers", "buyers", "sellers", "merchants"}
    | {"resident", "patient", "guest", "pupil", "student", "caller", "visitor", "shopper", "user"}
)
#: Words after which what a clause said before no longer holds: 'No SAP, but Oracle daily'.
_CONTRAST = re.compile(r"\b(?:but|though|although|however|whereas|instead)\b", re.IGNORECASE)


def _looks_like_a_list(text: str) -> bool:
    """A line of items rather than a sentence: 'SQL, Excel, Tableau' or '• Forklift, pallet jack'."""
    body = LIST_LINE.sub("", text).strip().rstrip(".")
    head, colon, rest = body.partition(":")
    if colon and len(head.split()) <= 4:
        body = rest
    items = split_inputs(body, written=True)
    if len(items) < 3 or any(len(i.split()) > 5 for i in items):
        return False
    # 'Hire, train, or supervise clerks, buyers and expediters' is a duty done to people;
    # 'Manage, Excel, Word' still a list
    first_words = [i.split()[0].lower() for i in items[:2]]
    return not all(people_task(w) and not w.endswith("ing") for w in first_words)


def _pieces(text: str) -> Iterator[tuple[int, str]]:
    """A line in pieces of at most MAX_PIECE characters, each with its offset: cut after the
    last stop, else the last comma, else the last space within reach. Reading a sentence looks
    back and forth across it, so an endless one would take time growing with its square; no
    sentence a person writes comes near the limit."""
    at = 0
    while len(text) - at > MAX_PIECE:
        window = text[at : at + MAX_PIECE]
        cut = max((m.end() for m in _CLAUSE_STOP.finditer(window)), default=0)
        cut = cut or window.rfind(",") + 1 or window.rfind(" ") + 1 or MAX_PIECE
        yield at, window[:cut]
        at += cut
    yield at, text[at:]


def _clause(text: str, start: int, length: int) -> str:
    """The part of a line a mention stands in, between stops, semicolons and dashes (a
    spaced hyphen or en dash too: 'Salesforce not required – we use HubSpot')."""
    stops = list(_CLAUSE_STOP.finditer(text))
    left = max((m.end() for m in stops if m.end() <= start), default=0)
    right = min((m.start() for m in stops if m.start() >= start + length), default=len(text))
    return text[left:right]


_CLAUSE_STOP = re.compile(r"[.;!?—]|\s[–-]\s")


def nearest_role(names: RoleNames, title: str) -> Role | None:
    """The role a job title names: by title or alias, or by the most words of a role's names
    it shares (a tie between roles is no answer)."""
    # A headline says more than the title: 'Data Analyst | SQL · Python', 'Digital Marketing
    # Specialist — Paid Search'. The words before the first mark are the title.
    head = _HEADLINE_MARK.split(title, maxsplit=1)[0].strip()
    return role_named(names.kb, title, *([head] if head and head != title else []), names=names)


_HEADLINE_MARK = re.compile(r"\s[|—–·/]\s|\s\(|\s&\s|,\s")

"""What a person typed -> skill ids: normalise, alias, normalised form, typo tolerance.

People write skills the way they write a CV: `Excel (advanced)`, `- sql`, `proficient in SQL`,
`python (pandas, numpy)`, `git/github`, `HubSpot CRM`, `javascrpt`. An item is read as a whole
first; only when the whole is not a known name are decorations and qualifiers set aside,
vendor and generic words dropped, or the item split into several names. A reading that needs
guessing (a typo) is allowed only where the typed word is not itself a real word: a miss is
better than crediting a skill the person did not name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from itertools import islice, pairwise, product

from ecomcareer.grammar import (
    COMPLEMENT_WORDS,
    CONSUMED,
    DOMAINS,
    GENERIC,
    OPENING,
    PATTERNS,
    PEOPLE,
    PEOPLE_TASKS,
    RUN_OR_HEAD,
    SETTINGS,
    SKILL_NOUNS,
    TOOL_WORDS,
    VENDORS,
    abbreviates,
    bracket_depths,
    complement,
    in_charge_of,
    join_notes,
    last_bracket,
    names_teams,
    not_had_as_bracket,
    only_filler,
    only_people,
    people_said_first,
    people_task,
    said_as_a_task,
    spelt_out,
    split_outside_brackets,
    task_object,
    undecorate,
    undress,
    without_vendor_or_generic,
)
from ecomcareer.model import Category, KnowledgeBase, Skill
from ecomcareer.tables import table
from ecomcareer.words import (
    DETERMINERS,
    FUNCTION_WORDS,
    HOW_OFTEN,
    NOMINALS,
    acronyms_apart,
    canonical,
    doubles_before_ing,
    loosened,
    normalise,
    normalised,
    ordinary_words,
    real_words,
    said_noun_first,
    said_verb_first,
    same_word,
    singular,
    stem,
    stemmed_index,
    tokens,
    tokens_of,
    trade_words,
    typo_budget,
)

#: Inputs longer than this are not skills; they are reported, not matched.
MAX_INPUT_LENGTH = 100


#: Suggestions are looked for this many unrecognised inputs; nobody reads more.
MAX_SUGGESTED = 50


#: Typo tolerance is tried for this many items of one call: each try compares the item with
#: thousands of names, and a list of thousands of unknown words is not a profile.
MAX_GUESSED = 1000


#: Phrases read for the names said within them, at most, in one call: see `resolve`.
MAX_PHRASES = 1000

#: An item is split into at most this many pieces ("a, b and c" is three).
MAX_PIECES = 12


class How(StrEnum):
    """How an input was read, from most to least certain."""

    EXACT = "exact"
    ALIAS = "alias"
    NORMALISED = "normalised"
    TYPO = "typo"
    #: Named within a longer phrase no name covers whole: 'hitting sales goals'.
    PHRASE = "phrase"
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


def _core_and_note(body: str) -> tuple[str, str | None]:
    """An item without its last bracket and its qualifiers, and what they say, as the note:
    'excel (advanced)' -> ('excel', 'advanced'), 'hitting sales goals (3 years)'."""
    outside, inside = last_bracket(body) or (body, None)
    core, said = undress(outside)
    return core, join_notes(said, inside)


#: Words after a quality saying whom or what it is shown to: 'patient with customers'.
_SHOWN_TO = frozenset({"with", "under", "to", "towards", "toward", "around", "in", "at"})
#: People served, with whom a quality whose name is often something else is still one.
_SERVED = frozenset(
    {"customers", "clients", "users", "guests", "callers", "patients", "visitors", "shoppers",
     "members", "parents", "children", "kids", "students", "public", "others", "everyone"}
)  # fmt: skip


#: Reads phrases no name covers whole for the skill ids said within each (in the
#: documents reader: a phrase is read as a line of a résumé is).
PhraseReader = Callable[[Sequence[str]], Sequence[Sequence[str]]]

#: One name read from part of an item: skill id, how it was read, what was said besides.
Reading = tuple[str, How, str | None]


#: What part of an item says: the names read, and pieces that were clearly meant as names but
#: are not known (the 'numpy' of 'python (pandas, numpy)').
Found = tuple[list[Reading], list[str]]


#: Teams led said by how they are spread, beside those named by their work (`names_teams`):
#: 'cross-functional leadership', with or without its hyphen.
_LED_ACROSS = frozenset({"cross functional", "cross-functional", "site", "multi-site", "shift", "department"})


#: Words that make a tool's name an everyday thing, said in a bracket after it that opens with
#: whose or which thing ('python (my pet snake)', 'java (the coffee lol)', 'Ruby (my daughter)',
#: 'sage (herb gardening)') or before it ('pet python owner').
_ANOTHER_SENSE = frozenset(
    {"pet", "pets", "snake", "snakes", "dog", "dogs", "cat", "cats", "puppy", "kitten", "animal", "coffee"}
    | {"island", "gemstone", "bird", "birds", "daughter", "son", "niece", "nephew", "singer", "lol", "haha"}
    | {"board", "game", "uncle", "aunt", "mum", "mom", "dad", "brother", "sister", "herb", "herbs"}
    | {"gardening", "garden", "taylor", "cooking", "kitchen"}
)
#: Words that may stand beside those, saying no more: 'java (coffee addict)', 'ruby (my
#: daughter's name)', 'Swift (big Taylor Swift fan)', 'chef (my uncle's job)'.
_OF_THE_THING = frozenset(
    {"my", "the", "our", "a", "an", "his", "her", "s", "name", "job", "fan", "big", "huge", "addict"}
    | {"lover", "drinker", "favourite", "favorite"}
)
#: Words saying how much of a quality: 'very patient'.
_STRESSED = frozenset({"very", "really", "extremely", "incredibly", "super"})
#: Skills whose names are everyday things too.
_HOMONYMS = frozenset(
    {"python", "java", "ruby", "swift", "go", "pandas", "kotlin", "perl", "scala", "apache-spark"}
    | {"sage-accounting", "chef"}
)


#: The last word of an item that makes it a taste, not a skill: 'flat white drinker'.
_TASTES = frozenset({"drinker", "drinkers"})


def _a_taste(text: str) -> bool:
    said = tokens(text)
    return bool(said) and said[-1] in _TASTES


def a_channel(skill: Skill) -> bool:
    """Whether a skill is a channel people also watch or scroll as its audience: a marketing
    skill named as one product, in one word ('TikTok', 'YouTube'), not as work ('Email
    automation') nor as a suite ('Google Analytics')."""
    return skill.category == Category.MARKETING and " " not in skill.name and skill.name[:1].isupper()


#: Words an item may say besides a channel and the watching of it: 'scrolling on instagram'.
_WATCHING_FILLER = frozenset(
    {"on", "through", "my", "the", "all", "day", "a", "lot", "lol", "videos", "reels"}
)


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
        skills = self._kb.skills
        words = normalised([word for s in skills for word in (s.id, s.name)])
        words += normalised([word for s in skills for word in s.aliases])
        owners = [s.id for s in skills for _ in (s.id, s.name)] + [s.id for s in skills for _ in s.aliases]
        return list(zip(words, owners, strict=True))

    @table
    def _exact(self) -> dict[str, tuple[str, bool]]:
        """Each id, name and alias as typed (normalised) -> its skill, and whether it is an alias;
        an id or name wins over another skill's alias."""
        exact: dict[str, tuple[str, bool]] = {}
        ids_and_names = 2 * len(self._kb.skills)
        for i, (key, owner) in enumerate(self._named):
            if key not in exact:
                exact[key] = (owner, i >= ids_and_names)
        return exact

    @table
    def _canonical(self) -> dict[str, str | None]:
        """Loose form -> skill id; None where two skills share a loose form."""
        index: dict[str, str | None] = {}
        for name, owner in self._named:
            key = loosened(name)
            if key and index.setdefault(key, owner) != owner:
                index[key] = None
        return index

    @table
    def _phrases(self) -> dict[tuple[str, ...], str | None]:
        """Each name's words -> skill id (None where two skills share them), for typo readings."""
        index: dict[tuple[str, ...], str | None] = {}
        for name, owner in self._named:
            key = tokens_of(name)
            if key and index.setdefault(key, owner) != owner:
                index[key] = None
        return index

    @table
    def _singulars(self) -> dict[tuple[str, ...], str | None]:
        """Names of several words with each word made singular: 'sales processes', 'customers'
        relationship management' read as the names they pluralise."""
        index: dict[tuple[str, ...], str | None] = {}
        made: dict[str, str] = {}  # the names repeat their words many times over
        for words, owner in self._phrases.items():
            if len(words) < 2:
                continue
            key = tuple([made.get(w) or made.setdefault(w, singular(w)) for w in words])
            if index.setdefault(key, owner) != owner:
                index[key] = None
        return index

    @table
    def _stemmed(self) -> dict[tuple[str, ...], tuple[str, tuple[str, ...]]]:
        """Names of several words by the stems of their words, with the words themselves (see
        `stemmed_index`), for `_by_stems`."""
        named = ((words, owner) for words, owner in self._phrases.items() if owner is not None)
        return stemmed_index(named, noun_first=True)

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
            made_from.setdefault(loosened(name), name)
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
            if key.endswith("ings") and key[:-1] in real_words():
                return None  # things, not the work: 'closings', 'drawings', 'meetings'
            found = self._canonical.get(key[:-1])
            if found and not self.a_word_of_its_own(key) and not self._a_trait_said(found, key[:-1]):
                return found
            return None  # nor the plural of a quality, which is a thing: 'patients'

        return self._canonical.get(key + "s")  # never 'sas' -> 'sass'

    @table
    def _words_without_their_js(self) -> frozenset[str]:
        """Loose forms of '.js' names that are words of their own: 'next' of Next.js."""
        ordinary = ordinary_words()
        return frozenset(
            key
            for name, _ in self._named
            if name.endswith("js") and (key := loosened(name)) in ordinary and not key.endswith("js")
        )

    @table
    def _words_of_their_own(self) -> frozenset[str]:
        """Loose forms that look like the plural of a name that is no word, and are words of
        their own (see `a_word_of_its_own`)."""
        real, trade = real_words(), trade_words()
        return frozenset(
            key + "s"
            for key in self._canonical
            if (key + "s" in real or key + "s" in trade) and key not in real
        )

    def _a_trait_said(self, skill_id: str, key: str) -> bool:
        """Whether a loose form is a quality of a person said as a word other than the skill's
        name ('patient' for Patience), which has no plural: 'patients' are people."""
        skill = self._kb.skill_by_id[skill_id]
        return skill.category == Category.SOFT and key != canonical(skill.name)

    def a_word_of_its_own(self, key: str) -> bool:
        """Whether a loose form that looks like a name's plural is a word of its own: 'canvas'
        is not the plural of Canva, nor 'rags' of RAG, as 'APIs' is of API."""
        return key in self._words_of_their_own

    def _by_stems(self, words: tuple[str, ...]) -> str | None:
        """The name these words are another form of, word for word ('data visualisations',
        'handled returns' for 'handling returns'), or a task of two words said the other way
        round: verb first ('reconciling cash', 'managing the inventory', 'planning routes') or
        noun first ('stock ordering'), with how often aside ('forecasting weekly demand'); never
        a thing for the activity ('digital market' is not digital marketing, 'gift wraps' not
        gift wrapping)."""
        words = tuple(w for w in words if w not in DETERMINERS and w not in HOW_OFTEN)
        found = self._stemmed.get(tuple(stem(w) for w in words))
        if found is None:
            return None
        owner, name = found
        in_order = len(name) == len(words) and all(map(same_word, words, name))
        swapped = (
            len(words) == 2
            and same_word(words[1], name[0])
            and (
                # a nominal's verb is another word ('resolving' for 'resolution'); not
                # 'scrapping' for 'scraping'
                (said_verb_first(name) and (name[1] in NOMINALS or same_word(words[0], name[1])))
                or (said_noun_first(name) and same_word(words[0], name[1]))
            )
        )
        return owner if in_order or swapped else None

    def _exact_reading(self, text: str) -> tuple[str, How] | None:
        found = self._exact.get(text)
        return (found[0], How.ALIAS if found[1] else How.EXACT) if found else None

    def _lookup(self, text: str) -> tuple[str, How] | None:
        found = self._exact_reading(text)
        if found:
            return found
        key = canonical(text)
        # 'next' is a word, no loose form of Next.js; 'next-js' is one
        bare = key in self._words_without_their_js and not text.endswith("js")
        loose = self._loose(key) if key and not bare else None
        if not loose and " " in text:
            words = tokens(text)
            loose = self._singulars.get(tuple(singular(w) for w in words))
            loose = loose or self._by_stems(words)
            uncounted = [
                w
                for i, w in enumerate(words)
                if not (_a_count(w) and i > 0 and words[i - 1].endswith(("ing", "ed")))
            ]
            if not loose and 2 <= len(uncounted) < len(words):
                found = self._lookup(" ".join(uncounted))  # 'answering 80 calls'
                loose = found[0] if found else None
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
        while ends[-1] > 1 and words[ends[-1] - 1] in GENERIC:
            ends.append(ends[-1] - 1)
        for end in ends:  # 'search engine optimization seo (software)'
            if end >= 3 and spelt_out(words[: end - 1], words[end - 1]):
                found = self._name(" ".join(words[: end - 1]))
                if found:
                    return found[0], How.NORMALISED
        starts = [0]
        while starts[-1] < len(words) - 1 and words[starts[-1]].rstrip(".") in VENDORS:
            starts.append(starts[-1] + 1)
        maker = starts == [0] and self._makers_name(words[0])
        if maker:
            starts.append(1)
        spans = sorted(
            ((s, e) for s in starts for e in ends if e - s >= 1 and (s, e) != (0, len(words))),
            key=lambda span: span[0] - span[1],  # the fewest words dropped first
        )
        for start, end in spans:
            rest = " ".join(words[start:end])
            found = self._lookup(rest)
            if found and maker and start == 1 and not self._product(found[0], rest):
                continue  # after a maker's name, a product: 'password resets' are no store resets
            # A kind of software names a skill even when it is a plain word: 'spreadsheet software'.
            if found and (self._distinctive(rest) or words[end:] == ["software"]):
                return found[0], How.NORMALISED
        for at in (0, 1) if len(words) >= 3 else (0,):
            if words[at] in DOMAINS:
                # before a distinctive name or a skill's own ('ecommerce SEO', 'ecommerce
                # copywriting'), or after a task's verb ('picking online grocery orders'); not
                # before another word for it ('online training' is no way of training staff)
                rest = " ".join(words[:at] + words[at + 1 :])
                found = self._lookup(rest)
                if found and (self._distinctive(rest) or found[1] is How.EXACT):
                    return found[0], How.NORMALISED
        if len(words) >= 3 and words[0].endswith("ing") and words[1] in SETTINGS:
            found = self._lookup(" ".join(words[:1] + words[2:]))  # 'stocking store shelves'
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
        core, note = undress(text)
        if text.startswith("working with ") and names_teams(core.split()):
            return None  # 'working with marketing' is beside the marketing team
        if core and core != text:
            found = self._name(core)
            if found and found[1] is How.NORMALISED and " " in core and only_people(core.split()):
                found = None  # people named by a title: 'working with art directors' is no art direction
            last = text.rsplit(" ", 1)[-1]
            if not found and last in SKILL_NOUNS:  # 'excellent interpersonal skills'
                found = self._name(f"{core} {last}")
            two_said = note is not None and " and " in note
            if found and two_said and self._kb.skill_by_id[found[0]].category == Category.SOFT:
                found = None  # 'friendly and patient' is two traits, not patience said warmly
            if found:
                return found[0], found[1], note
        task = core or text
        done_to = task_object(task)
        for name in said_as_a_task(task):
            found = self._name(name)
            if found and name == done_to and not self._product(found[0], name):
                continue  # what a task is done to is its skill only as a product: not 'forecast accuracy'
            if found:
                return found[0], How.NORMALISED, note
        return None

    def _bracketed(self, text: str) -> Found | None:
        """'Excel (advanced)', 'SQL (3 years)' -> a note; 'python (pandas, numpy)' -> more names."""
        parts = last_bracket(text)
        if parts is None:
            return None
        outside, inside = parts
        if PATTERNS.not_had_note.match(inside):
            # 'photoshop (want to learn)' names a skill the person lacks; 'Sage (no, used Xero)'
            # still names the one they have
            first, _, rest = inside.partition(" ")
            contrast = rest and first.strip(",;") in {"no", "none", "nope", "nil", "never", "not"}
            within = self._found(rest) if contrast else None
            return (within[0], []) if within else ([], [])
        main = self._one(outside) if outside else None
        if outside and main is None:
            # 'Google Tools (GA & GSC)': names listed in brackets are read even when what is
            # outside is not a skill; it is then reported as not understood, unless it is only
            # a vendor's or a generic word.
            if abbreviates(outside.split(), inside):
                return None  # 'quality assurance (QA) calibration': the same unknown name, shorter
            within = self._found(inside) if inside else None
            if within is None or not within[0] or within[1]:
                return None
            return within[0], ([] if only_filler(outside) else [outside])
        within = self._found(inside) if inside else None
        if within is not None and not within[1]:
            return ([main] if main else []) + within[0], []
        names: list[Reading] = []
        said: list[str] = []
        unknown: list[str] = []
        for piece in filter(None, split_outside_brackets(inside, PATTERNS.separator)):
            reading = self._one(piece)
            if reading:
                names.append(reading)
            elif PATTERNS.only_qualifier.match(piece):
                said.append(piece)
            else:
                unknown.append(piece)
        if not names:  # not a list of skills: all of it is what was said about the one outside
            said, unknown = [inside] if inside else [], []
        if main is None:
            return (names, unknown) if names else None
        return [(main[0], main[1], join_notes(main[2], *said)), *names], unknown

    def _segment(self, text: str) -> Found | None:
        text = undecorate(text)
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
        depths = bracket_depths(text) if any(c in OPENING for c in text) else None
        spans, start = [], 0
        for match in PATTERNS.separator.finditer(text):
            if depths is None or depths[match.start()] == 0:
                spans.append((start, match.start()))
                start = match.end()
        spans.append((start, len(text)))
        return [(a, b) for a, b in spans if text[a:b].strip()]

    def _shared_word(self, text: str, spans: list[tuple[int, int]]) -> Found | None:
        """Names that share words said once: 'email and SMS marketing' is email marketing and
        SMS marketing, 'batch, zone or wave picking' three kinds of picking, 'typing speed and
        accuracy' typing speed and typing accuracy, 'loading and unloading delivery trucks' both
        tasks done to delivery trucks. Taken only when every name so made is known."""
        pieces = [text[a:b].strip() for a, b in spans]
        words = [p.split() for p in pieces]
        ways: list[list[str]] = []
        of_one_thing: list[str] | None = None  # 'loading and unloading delivery trucks'
        if len(words[-1]) >= 2 and all(len(w) == 1 for w in words[:-1]):
            head = words[-1][-1]
            ways.append([f"{p} {head}" for p in pieces[:-1]] + [pieces[-1]])
            thing = " ".join(words[-1][1:])
            of_one_thing = [f"{p} {thing}" for p in pieces[:-1]] + [pieces[-1]]
            if len(words[-1]) >= 3:
                ways.append(of_one_thing)
        if len(words[0]) >= 2 and all(len(w) == 1 for w in words[1:]):
            modifier = words[0][0]
            ways.append([pieces[0]] + [f"{modifier} {p}" for p in pieces[1:]])
        for names in ways:
            readings = [self._one(name) for name in names]
            if all(readings):
                return [r for r in readings if r], []
        if of_one_thing and all(w[0].endswith("ing") for w in words):
            # tasks said of one thing are not the bare verbs: 'receiving and distributing mail'
            # is handling mail, not receiving goods; 'sorting and counting currency' no sorting
            readings = [self._one(name) for name in of_one_thing]
            if readings[-1]:
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
        if len(spans) >= 3 or self._tasks(text, spans):
            # three names or more is a list, not one name: 'requests/Scrapy/lxml'; so are tasks
            names: list[Reading] = []
            unknown: list[str] = []
            entries = [text[a:b].strip() for a, b in spans]
            head = self._head_shared(entries)
            for entry in entries:
                if head and " " not in entry and not self._distinctive(entry):
                    entry = f"{entry} {head}"  # 'shipping' of 'payment / shipping integrations'
                read = self._segment(entry) or self._as_task(entry)
                names.extend(read[0] if read else [])
                unknown.extend(read[1] if read else [entry])
            if names:
                return names, unknown
        head, colon, rest = text.partition(":")
        if colon and rest.strip() and self._one(head.strip()) is None:
            return self._found(rest.strip())  # 'tools: excel, sql' - a heading, then the names
        return self._list(text) or self._tool_and_skill(text)

    def _head_shared(self, entries: list[str]) -> str | None:
        """The last word of a list whose other entries are one word each, when it makes a name
        of at least half the everyday words among them: 'payment / shipping / ERP / marketplace
        integrations' names kinds of integration, and no shipping; 'reading, writing and public
        speaking' shares nothing."""
        *first, last = entries
        words = last.split()
        if len(words) < 2 or any(" " in e for e in first):
            return None
        everyday = [e for e in first if not self._distinctive(e)]
        named = sum(self._segment(f"{e} {words[-1]}") is not None for e in everyday)
        return words[-1] if everyday and 2 * named >= len(everyday) else None

    @staticmethod
    def _tasks(text: str, spans: list[tuple[int, int]]) -> bool:
        """Whether every piece is a whole task, a verb and what it is done to: 'greeting
        customers and helping them find products' is two tasks, each read or not on its own.
        Pieces sharing words are not: 'loading and unloading trucks', 'processing returns and
        exchanges', 'checking against POs & packing lists'."""
        pieces = [text[a:b].split() for a, b in spans]
        return len(pieces) >= 2 and all(
            len(words) >= 2
            and words[0].endswith("ing")
            and words[1] not in FUNCTION_WORDS
            and (words is pieces[-1] or not COMPLEMENT_WORDS.intersection(words))
            for words in pieces
        )

    def _entry(self, text: str) -> Found | None:
        """An entry of a list, read as a whole item is: as names, or else as a task."""
        return self._found(text) or self._as_task(text)

    def _as_task(self, text: str) -> Found | None:
        """A task done to people, a task with what is said after it, or a quality with whom
        it is shown to or how much."""
        return (
            self._leading_people(text)
            or self._leading_teams(text)
            or self._complemented(text)
            or self._quality_shown(text)
            or self._quality_stressed(text)
        )

    def _leading_teams(self, text: str) -> Found | None:
        """Leadership said with the teams led: 'operations leadership', 'cross-functional
        leadership'; not 'thought leadership', an idea, nor 'cost leadership', a strategy."""
        *teams, last = text.split()
        if last != "leadership" or teams in (["product"], ["customer"], ["service"]):
            return None  # 'product leadership' leads a market, not people
        if not (names_teams(teams) or " ".join(teams) in _LED_ACROSS):
            return None
        reading = self._exact_reading(last)
        return ([(reading[0], How.NORMALISED, " ".join(teams))], []) if reading else None

    def _quality_shown(self, text: str) -> Found | None:
        """A quality of one or two words said with whom or what it is shown to, which is kept as
        the note: 'patient with customers', 'professional with clients', 'patience with
        repetitive work', 'adaptable to change'; a name often something else is one only with
        the people it is shown to ('patient with customers', no 'patient with dementia')."""
        words = text.split()
        for n in (2, 1):
            if len(words) < n + 2 or words[n] not in _SHOWN_TO:
                continue
            said = " ".join(words[:n])
            reading = self._exact_reading(said)
            if reading is None or self._kb.skill_by_id[reading[0]].category != Category.SOFT:
                continue
            if self._lookup(" ".join(words[n + 1 :])):
                return None  # 'creative with Photoshop': the tool, read as a phrase is
            served = words[n] == "with" and words[-1] in PEOPLE | _SERVED
            if said in self._ambiguous_names.get(reading[0], ()) and not served:
                continue  # but 'patient with customers', 'professional with clients'
            return [(reading[0], How.NORMALISED, " ".join(words[n:]))], []
        return None

    def _quality_stressed(self, text: str) -> Found | None:
        """A quality said with how much: 'very patient', 'really friendly'; only a quality, for
        the word may be an adjective of a name that is no quality ('very caring')."""
        first, _, rest = text.partition(" ")
        reading = self._exact_reading(rest) if first in _STRESSED and rest else None
        if reading is None or self._kb.skill_by_id[reading[0]].category != Category.SOFT:
            return None
        return [(reading[0], How.NORMALISED, first)], []

    def _leading_people(self, text: str) -> Found | None:
        """'Supervising support reps', 'managing a team of call agents', 'leading developers and
        designers', 'agent coaching': a task done to people, whoever they are, is the task said of
        staff ('supervising staff'), or else the task itself ('hiring developers' is hiring)."""
        words = text.split()
        charge = in_charge_of(words)
        if charge and people_said_first(words[charge:]):
            said = ["leading staff"]  # 'responsible for a team of 15'
        elif len(words) == 2 and words[0] in PEOPLE:
            said = [f"staff {words[1]}"]
        elif 2 <= len(words) <= 9 and only_people(words[1:]):
            counted = words[1] in DETERMINERS or words[1][:1].isdigit()
            if words[0] in RUN_OR_HEAD and not (counted and people_said_first(words[1:])):
                return None  # 'ran a team of 10' leads it; 'ran with the team', 'running crew' do not
            # the task alone only where the people follow it ('hiring developers'), not 'hiring team'
            task = people_task(words[0]) or words[0]
            alone = task in PEOPLE_TASKS and words[1:] not in (["team"], ["teams"])
            said = [f"{task} staff", *([task] if alone else [])]
        else:
            return None
        for name in said:
            reading = self._one(name) if name != text else None
            if reading:
                return [(reading[0], How.NORMALISED, reading[2])], []
        return None

    def _complemented(self, text: str) -> Found | None:
        """A task of two words or more with what is said after it: 'keeping records of outgoing
        orders' is record keeping, 'checking loads for accuracy' says why. After 'in', 'with' or
        'using', a product named as it is written is the tool the task was done with, read too
        ('data entry in SAP'); never a name that is also something else ('picking orders in
        Amazon', where Amazon may be the employer). Nothing is read unless the task is: 'seeking
        a role in data analysis', 'yoga classes with Asana'."""
        split = complement(text.split())
        if split is None:
            return None
        head, word, rest = split
        task = " ".join(head)
        if len(undress(task)[0].split()) < 2:
            return None  # 'safe operation of cash registers' is no task of two words
        found = self._found(task)
        if found is None or found[1]:
            return None
        names = list(found[0])
        said = " ".join(rest)
        tool = self._exact_reading(said) if word in TOOL_WORDS else None
        if tool and self.a_tool(tool[0], said):
            names.append((tool[0], How.NORMALISED, None))
        return names, []

    def a_tool(self, skill_id: str, said: str) -> bool:
        """Whether a name (normalised) is a product's and nothing else, so that after 'in',
        'with' or 'using' it is the tool a task was done with: not an ordinary word ('Google
        Shopping' leaves 'shopping'), not a soft skill, not a name the skill marks ambiguous
        ('Amazon', 'Monday')."""
        return self._distinctive(said) and self._product(skill_id, said)

    def _product(self, skill_id: str, said: str) -> bool:
        """Whether a name is a product's and nothing else: not a soft skill, not a name the
        skill marks as ambiguous ('Amazon', 'Monday')."""
        skill = self._kb.skill_by_id[skill_id]
        ambiguous = self._ambiguous_names.get(skill_id, ())
        *first, last = said.split() or [""]
        plural_of = " ".join([*first, singular(last)])  # a plural is as ambiguous as its name
        return skill.category != Category.SOFT and said not in ambiguous and plural_of not in ambiguous

    @cached_property
    def _ambiguous_names(self) -> dict[str, frozenset[str]]:
        """Each skill's names that are often something else, normalised as typed text is."""
        return {s.id: frozenset(normalise(a) for a in s.ambiguous) for s in self._kb.skills if s.ambiguous}

    def _list(self, text: str) -> Found | None:
        """An item that is a list ('feedback, active listening'): each entry read on its own,
        those not understood reported as such. Only commas, semicolons and bullets count here;
        'and', '&' and '/' may belong to a name, so an entry joined by them must be read whole
        or wholly."""
        entries = [e for e in split_outside_brackets(text, PATTERNS.list_separator) if e.strip()]
        if len(entries) < 2 or len(entries) > MAX_PIECES:
            return None
        names: list[Reading] = []
        unknown: list[str] = []
        for entry in entries:
            found = self._entry(entry.strip())
            if found is None:
                unknown.append(entry.strip())
            else:
                names.extend(found[0])
                unknown.extend(found[1])
        return (names, unknown) if names else None

    # Guessing: typos, suggestions -----------------------------------------------------------

    def _misspelling_budget(self, word: str, *, anchored: bool = False) -> int:
        """How many edits a word may be from a name when read as a misspelling: none for a
        real word, nor for a word of another trade or product ('farmer' is no misspelt
        'Framer', 'sticker' no misspelt 'stocker'). A word O*NET writes only once may be its
        own misspelling, and is corrected when `anchored`, beside a name's own words ('Red
        Prarie WMS')."""
        budget = typo_budget(word)
        if not budget or not word.isalpha() or self._spelt_right(word):
            return 0
        once = trade_words().get(word)
        return 0 if once is not None and not (once and anchored) else budget

    def _near_words(self, word: str, *, anchored: bool) -> dict[str, int]:
        """Vocabulary words one typo away from a word that may be misspelt."""
        budget = self._misspelling_budget(word, anchored=anchored)
        if not budget:
            return {}
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        candidates = self._long_words_by_initial.get(word[0], [])
        hits = process.extract(word, candidates, scorer=OSA.distance, score_cutoff=budget, limit=6)
        return {hit: int(distance) for hit, distance, _ in hits}

    def _spelt_right(self, word: str) -> bool:
        """A real word, its plural ('closings' is no misspelt 'closing'), a real verb's -ing
        form ('branching' is no misspelt 'branding'), or two words written as one, as a
        product's name is ('FreshBooks' is no misspelt 'Freshworks', 'Supermetrics' no
        'sellermetrics'), each a real word or one O*NET writes more than once."""
        real = self._real_words
        if word in real or (word.endswith("s") and not word.endswith("ss") and word[:-1] in real):
            return True
        verb = word.removesuffix("ing")
        if (
            verb != word
            and len(verb) >= 3
            and ((verb in real and not doubles_before_ing(verb)) or verb + "e" in real)
        ):
            return True
        trade = trade_words()

        def a_word(part: str) -> bool:
            return part in real or trade.get(part) is False

        return any(a_word(word[:cut]) and a_word(word[cut:]) for cut in range(5, len(word) - 4))

    def _typo(self, text: str) -> str | None:
        """The one skill a misspelt name is closest to; each misspelt word must be no real word
        and every word of the input must stand for a word of the name, in order."""
        words = tokens(text)
        if not words or len(words) > 8:
            return None
        options: list[dict[str, int]] = []
        anchored = any(word in self._vocabulary_words for word in words)
        for word in words:
            if word in self._vocabulary_words:
                options.append({word: 0})
                continue
            near = self._near_words(word, anchored=anchored)
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

    def _typo_of_task(self, text: str) -> str | None:
        """A misspelt task of two words or more read apart from what is said after it, as a
        task spelt right is: 'custmer service on the phone'."""
        split = complement(text.split())
        return self._typo(" ".join(split[0])) if split is not None else None

    def _typo_joined(self, word: str) -> dict[str, int]:
        """A one-word input against names written as one word ('googleanalitics')."""
        budget = self._misspelling_budget(word)
        if not budget:
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
        core, _ = _core_and_note(text)
        words, key = tokens(core), canonical(core)
        if not key:
            return ()
        out: dict[str, float] = {}
        for start, end in self._pieces(text):
            reading = self._one(undecorate(text[start:end]))
            if reading and (start, end) != (0, len(text)):
                out.setdefault(reading[0], 200.0)
        # Only a word that is no real word, or one a name has, lets a name spelt alike be
        # plausible: for 'gardening' there is nothing to compare.
        if any(w not in self._real_words or w in self._vocabulary_words for w in words):
            from rapidfuzz import fuzz, process

            keys, owners, names = self._keys_by_initial.get(key[0], ([], [], []))
            for _, score, i in process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=75, limit=12):
                if self._plausible(words, tokens_of(names[i])):
                    out.setdefault(owners[i], score)
        if words and all(len(w) >= 3 for w in words):
            first, *others = words
            holding = [
                (phrase, owner)
                for phrase in self._phrases_by_word.get(first, [])
                if len(phrase) > len(words) and all(w in phrase for w in others)
                if (owner := self._phrases[phrase])
            ]
            if holding:
                from rapidfuzz import fuzz

                for phrase, owner in holding:
                    out[owner] = max(out.get(owner, 0.0), fuzz.ratio(key, "".join(phrase)))
        ranked = sorted(out.items(), key=lambda item: -item[1])
        return tuple(owner for owner, _ in ranked[:limit])

    # The public readings ------------------------------------------------------------------

    def read(self, text: str, *, suggest: bool = True, guess: bool = True) -> Resolution:
        """Everything one item says: one skill or several, each with what was said besides.

        With `guess` off, no typo reading is tried."""
        word = normalise(acronyms_apart(text, self.exact_names().__contains__))
        if not word:
            return Resolution((), ())
        if len(word) > MAX_INPUT_LENGTH:
            return Resolution((), (Unrecognized(text, ()),))
        found = self._exact_reading(word)
        if found:
            return Resolution((Recognized(text, found[0], found[1]),), ())
        body = not_had_as_bracket(undecorate(word))
        result = None
        if body:
            result = self._entry(body)
        if result is None:
            core, note = _core_and_note(body)
            typo = None
            if core and guess:
                typo = (
                    self._typo(core)
                    or self._typo(without_vendor_or_generic(core))
                    or self._typo_of_task(core)
                )
            if typo:
                return Resolution((Recognized(text, typo, How.TYPO, note),), ())
            return Resolution((), (Unrecognized(text, self._suggestions(body) if suggest else ()),))
        names, unknown = result
        names = [
            r
            for r in names
            if not (
                self._another_thing(body, r[0])
                or self._only_watched(body, r[0])
                or self._used_personally(body, r[0])
            )
        ]
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
            Unrecognized(text, self._suggestions(undecorate(normalise(text))) if i < MAX_SUGGESTED else ())
            for i, text in enumerate(texts)
        )

    def resolve_one(self, text: str, *, suggest: bool = True) -> Recognized | Unrecognized:
        """The first reading of one item; `read` gives all of them ('excel and sql')."""
        result = self.read(text, suggest=suggest)
        if result.recognized:
            return result.recognized[0]
        return result.unrecognized[0] if result.unrecognized else Unrecognized(text, ())

    def resolve(self, inputs: Iterable[str], *, within: PhraseReader | None = None) -> Resolution:
        """Each distinct input (compared case- and space-insensitively) read once. With
        `within`, an item of several words no name covers whole is read for the names it says
        within ('hitting sales goals'), for the first MAX_PHRASES of them."""
        unique: dict[str, str] = {}
        for text in inputs:
            unique.setdefault(normalise(text), text.strip())
        results: list[Resolution] = []
        unrecognized = 0
        guessed = 0  # items that went as far as typo tolerance
        for key, text in unique.items():
            if key:
                # with phrases still to read, suggestions wait for what is left not understood
                suggest = within is None and unrecognized < MAX_SUGGESTED
                result = self.read(text, suggest=suggest, guess=guessed < MAX_GUESSED)
                results.append(result)
                unrecognized += len(result.unrecognized)
                guessed += bool(result.unrecognized) or any(r.how is How.TYPO for r in result.recognized)
        left: tuple[Unrecognized, ...]
        if within is not None:
            results = self._read_within(results, within)
            left = self.suggest([u.input for result in results for u in result.unrecognized])
        else:
            left = tuple(u for result in results for u in result.unrecognized)
        recognized = [r for result in results for r in result.recognized]
        return Resolution(tuple(self._on_the_shop_floor(recognized)), left)

    def _read_within(self, results: list[Resolution], within: PhraseReader) -> list[Resolution]:
        """The results with each phrase not understood read for the names said within it."""
        phrases = [
            u.input
            for r in results
            for u in r.unrecognized
            if len(u.input.split()) > 1 and len(u.input) <= MAX_INPUT_LENGTH  # longer is no skill
        ]
        phrases = list(dict.fromkeys(phrases))[:MAX_PHRASES]
        if not phrases:
            return results
        named = dict(zip(phrases, within(phrases), strict=True))
        out = []
        for result in results:
            found = [
                Recognized(u.input, skill, How.PHRASE, _core_and_note(undecorate(normalise(u.input)))[1])
                for u in result.unrecognized
                for skill in named.get(u.input, ())
                if not self._another_thing(u.input, skill) and not _a_taste(u.input)
            ]
            left = tuple(u for u in result.unrecognized if not named.get(u.input))
            out.append(Resolution(result.recognized + tuple(found), left))
        return out

    @staticmethod
    def _another_thing(text: str, skill_id: str) -> bool:
        """Whether a tool's name in an item is an everyday thing there (see _ANOTHER_SENSE): a
        bracket saying nothing else ('Ruby (my daughter)'); a project said in it leaves the tool
        ('Python (built a snake game)', 'Python (a pet project)')."""
        if skill_id not in _HOMONYMS:
            return False
        if any(a == "pet" and b == skill_id for a, b in pairwise(tokens(text))):
            return True  # 'pet python owner'
        bracket = last_bracket(text)
        inside = tokens(bracket[1]) if bracket else ()
        own = set(tokens(bracket[0])) if bracket else set()  # 'Swift (big Taylor Swift fan)'
        said = _ANOTHER_SENSE | _OF_THE_THING | own
        return bool(_ANOTHER_SENSE.intersection(inside)) and set(inside) <= said

    def _only_watched(self, text: str, skill_id: str) -> bool:
        """Whether a channel is only looked at as its audience does: 'scrolling tiktok',
        'instagram scrolling'."""
        skill = self._kb.skill_by_id[skill_id]
        words = set(tokens(text))
        said = words - CONSUMED - _WATCHING_FILLER - set(tokens(skill.name))
        return a_channel(skill) and bool(CONSUMED & words) and not said

    def _used_personally(self, text: str, skill_id: str) -> bool:
        """Whether a channel is said to be used only as anyone uses it: 'instagram (personal use
        only)', 'facebook - just for family'; a tool so used is still known ('Excel (personal)')."""
        bracket = last_bracket(text)
        return (
            bracket is not None
            and a_channel(self._kb.skill_by_id[skill_id])
            and bool(PATTERNS.personal_note.match(bracket[1]))
        )

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
            if store is not None and normalise(r.input) in self._ambiguous_names.get(r.skill, ()):
                shop, online = set(roles.get(store, ())), set(roles.get(r.skill, ()))
                others = [set(roles.get(s, ())) for s in have - {r.skill, store}]
                if any(rs & shop and not rs & online for rs in others) and not any(
                    rs & online and not rs & shop for rs in others
                ):
                    r = Recognized(
                        r.input, store, How.NORMALISED, join_notes(r.note, "beside shop-floor skills")
                    )
            out.append(r)
        return out


def _a_count(word: str) -> bool:
    """A count said in a task: the '80' of 'answering 80 calls', '200+', '1,500', '2k'."""
    return word[:1].isdigit() and word.rstrip("+k").replace(",", "").replace(".", "").isdigit()

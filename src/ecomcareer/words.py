"""The forms in which names and typed words are compared: normalised, loosened, spelt the American
way, split into words, stemmed, made singular; and ESCO's words, which tell a misspelling from a
real word. Every reader of skills, typed or in a document, compares through these."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from pathlib import Path

#: ESCO's words, which tell a misspelling from a real word (see `real_words`).
WORDS = Path(__file__).resolve().parent / "data" / "words.txt"
#: O*NET's words that ESCO's lack (see `trade_words`).
TRADE_WORDS = Path(__file__).resolve().parent / "data" / "onet-words.txt"


_NOT_WORD = re.compile(r"[^0-9a-z+#]")


_TOKEN = re.compile(r"[0-9a-z+#]+")


#: Two capitals and a small s: an acronym's plural, as in 'POs'.
_ACRONYM_PLURAL = re.compile(r"\b([A-Z]{2})s\b")


def acronyms_apart(text: str, is_name: Callable[[str], bool]) -> str:
    """'POs' -> 'PO' where 'pos' is a name: an acronym's plural is never a three-letter name
    ending in S ('POs' are purchase orders, no POS; 'SMs' no SMS). Other plurals stay as
    written ('APIs', 'SOPs')."""
    if "s" not in text or text.islower():
        return text
    return _ACRONYM_PLURAL.sub(lambda m: m[1] if is_name(m[0].lower()) else m[0], text)


_VOWELS = re.compile("[aeiouy]+")
_SHORT_VOWEL_LAST = re.compile("[^aeiou][aeiou][^aeiouwxy]$")


def doubles_before_ing(verb: str) -> bool:
    """Whether a verb of one syllable doubles its last letter before -ing ('ship', 'shipping'),
    so that 'shiping' is misspelt."""
    return len(_VOWELS.findall(verb)) == 1 and _SHORT_VOWEL_LAST.search(verb) is not None


def words_in(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Tasks whose verb says little, so that said verb first they are idioms: 'stock taking' is
#: counting stock, 'taking stock' is thinking things over.
_LIGHT_TASKS = words_in("taking making doing having getting giving")


def normalise(text: str) -> str:
    """Unicode-normalised, case-folded, single-spaced: how every name is compared."""
    if text.isascii():  # ASCII is already in NFKC, and lower() folds it
        return " ".join(text.lower().split())
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def normalised(texts: list[str]) -> list[str]:
    """`normalise` of each text. Texts already plain (lower-case, printable ASCII, single
    spaces), as a vocabulary's names mostly are, are kept as they are: a run of them at once,
    when one look at the run joined says so."""
    out: list[str] = []
    for start in range(0, len(texts), 64):
        run = texts[start : start + 64]
        joined = "|".join(run)
        if (
            joined.isascii()
            and joined.isprintable()
            and joined == joined.lower()
            and "  " not in joined
            and "| " not in joined
            and " |" not in joined
            and joined == joined.strip()
        ):
            out += run
        else:
            out += [normalise(t) for t in run]
    return out


def canonical(text: str) -> str:
    """A looser form that forgives punctuation, '&' for 'and' and a '.js' suffix."""
    return loosened(normalise(text))


#: British spellings and the American ones the vocabulary mostly uses, word endings alike:
#: 'visualisation', 'analyse', 'colour', 'catalogue', 'labelling', 'centre', 'programme',
#: 'licence'. Both sides of a comparison are spelt the American way, so a name and what is
#: typed meet whichever way either is spelt.
_BRITISH = (
    r"(?<=[a-z]{2})is(?=(?:ations?|es?|ed|ing|ers?)\b)"
    r"|(?<=[a-z])ys(?=(?:es?|ed|ing)\b)"
    r"|(?<=[a-z]{3})our(?=(?:s|al|ed|ing|ites?)?\b)"
    r"|(?<=[a-z]{3})ogue(?=s?\b)"
    r"|(?<=[a-z]{2})ell(?=(?:ing|ed|ers?|ors?)\b)"
    r"|(?<=[a-z]{2})tre(?=s?\b)"
    r"|\bprogramme(?=s?\b)"
    r"|\blicence(?=[sd]?\b)"
)
#: Any word ending _BRITISH may change, found in one quick pass: most text has none.
_BRITISH_ENDING = (
    r"(?:is(?:ations?|es?|ed|ing|ers?)|ys(?:es?|ed|ing)|our(?:s|al|ed|ing|ites?)?|ogues?"
    r"|ell(?:ing|ed|ers?|ors?)|tres?|programmes?|licence[sd]?)\b"
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


@cache  # compiled on first need: exact names never pay for them
def _spelling() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return re.compile(_BRITISH_ENDING), re.compile(_BRITISH)


def american(text: str) -> str:
    """Lower-case text spelt the American way (see _BRITISH)."""
    ending, british = _spelling()
    if not ending.search(text):
        return text
    return british.sub(lambda m: _AMERICAN[m[0]], text)


#: Short forms people type for words of names, spelt out before names are compared loosely:
#: 'stakeholder mgmt', 'digital mktg', 'dept budgets', 'cust service', 'pick n pack'.
_SHORT_FORMS = {
    "mgmt": "management",
    "mgmnt": "management",
    "mngmt": "management",
    "mgt": "management",
    "mktg": "marketing",
    "mgr": "manager",
    "dept": "department",
    "cust": "customer",
    "custs": "customers",
    "exec": "executive",
    "n": "and",  # 'pick n pack', 'click 'n' collect'
}


@cache  # compiled on first need, as _spelling is
def _short_form() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(_SHORT_FORMS) + r")\b")


def unabbreviated(text: str) -> str:
    """Lower-case text with the short forms of words spelt out (see _SHORT_FORMS)."""
    return _short_form().sub(lambda m: _SHORT_FORMS[m[0]], text)


def loosened(normalised: str) -> str:
    word = _NOT_WORD.sub("", unabbreviated(american(normalised)).replace("&", "and"))
    if len(word) > 4 and word.endswith("js"):
        word = word[:-2]
    return word


def tokens(text: str) -> tuple[str, ...]:
    """The words of a name as compared one by one: 'A/B testing' -> ('a', 'b', 'testing')."""
    return tokens_of(normalise(text))


def tokens_of(normalised: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(normalised.replace("&", " and ")))


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
def _words_text(path: Path = WORDS) -> str:
    """A shipped word list, one word a line, without its opening comment: read once and only
    when a guess is needed."""
    text = path.read_text(encoding="utf-8")
    return re.sub(r"\A(?:#.*\n)*", "", text)


@cache
def real_words() -> frozenset[str]:
    """Every word of ESCO's skill labels, lower-cased: 'retail', 'georgian', 'sql'."""
    return frozenset(_words_text().lower().split())


@cache
def trade_words() -> dict[str, bool]:
    """Longer words of other trades and products that ESCO's skill labels lack, from O*NET's
    titles, tasks and technology examples ('farmer', 'sticker', 'sketchup'), each with whether
    O*NET writes it only once, and so perhaps misspells it ('quickboooks')."""
    return {word.rstrip("?"): word.endswith("?") for word in _words_text(TRADE_WORDS).split()}


@cache
def ordinary_words() -> frozenset[str]:
    """The ordinary words among them (ESCO writes them in lower case): 'shopping', not 'sql'."""
    return frozenset(filter(str.islower, _words_text().split()))


#: Verbs whose past is no ending, by their form in '-ing' (which names of tasks use):
#: 'ran payroll' is running payroll, 'led a team' leading one.
IRREGULAR_PAST = {
    "ran": "running", "took": "taking", "drove": "driving", "wrote": "writing", "led": "leading",
    "built": "building", "made": "making", "sold": "selling", "taught": "teaching",
    "bought": "buying", "kept": "keeping", "spoke": "speaking", "oversaw": "overseeing",
    "brought": "bringing", "grew": "growing", "drew": "drawing", "sent": "sending",
    "spent": "spending", "dealt": "dealing", "met": "meeting", "held": "holding",
    "understood": "understanding", "undertook": "undertaking", "gave": "giving",
    "chose": "choosing", "fed": "feeding", "told": "telling", "caught": "catching",
    "rode": "riding", "began": "beginning", "sought": "seeking", "stood": "standing",
    "upsold": "upselling", "shot": "shooting", "swept": "sweeping", "rang": "ringing",
    "troubleshot": "troubleshooting",
}  # fmt: skip


@cache  # the vocabulary's names repeat their words many times over
def stem(word: str) -> str:
    """A word without the endings of its forms: 'packed', 'packing', 'packs' -> 'pack';
    'handle', 'handled', 'handling' -> 'handl'; 'forecasts', 'forecasting' -> 'forecast';
    'optimisation' -> 'optimization'; 'ran' -> 'run'."""
    word = american(IRREGULAR_PAST.get(word, word))
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


def stemmed_index(
    names: Iterable[tuple[tuple[str, ...], str]], *, noun_first: bool = False
) -> dict[tuple[str, ...], tuple[str, tuple[str, ...]]]:
    """Names of two words or more, as their words, by the stems of those words, each with its
    skill and its own words; and a task of two words by its verb first as well ('handle cash'
    for 'cash handling'), and with `noun_first` a task named verb first by its noun first
    ('stock ordering' for 'ordering stock': typed, never in a sentence, where 'goods
    delivered' is said of goods). A stem two skills share names neither."""
    index: dict[tuple[str, ...], tuple[str, tuple[str, ...]] | None] = {}
    for words, skill in names:
        if len(words) < 2:
            continue  # a name of one word is looked up as written, never by its stem
        keys = [tuple(stem(w) for w in words)]
        if said_verb_first(words) and words[1] not in _LIGHT_TASKS:
            keys += [(verb_stem, keys[0][0]) for verb_stem in verb_stems(words[1])]
        elif noun_first and said_noun_first(words):
            keys.append((keys[0][1], keys[0][0]))  # 'stock ordering' for 'ordering stock'
        for key in keys:
            kept = index.setdefault(key, (skill, words))
            if kept is not None and kept[0] != skill:
                index[key] = None
    return {key: found for key, found in index.items() if found is not None}


def _plain(word: str) -> str:
    """A word without a plural ending: 'affiliates' -> 'affiliat', 'boxes' -> 'box'."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def same_word(typed: str, word: str) -> bool:
    """Whether a word typed is a name's word in another form that means the same: the plural
    or the singular ('affiliates'), another spelling ('optimisation'), or another tense of the
    same verb ('handled' for 'handling' or 'handle', 'ran' for 'running'); never a thing for the activity
    ('market' is not 'marketing', 'wraps' not 'wrapping'), nor another verb ('filing' is not
    'filling')."""
    if typed == word or _plain(typed) == _plain(word) or american(typed) == american(word):
        return True
    if typed in IRREGULAR_PAST and stem(typed) == stem(word):  # 'ran' for 'running'
        return True
    if typed.endswith("ed") and stem(typed) == stem(word) and word.startswith(typed[:-2].rstrip("e")):
        return True  # 'answered' for 'answer', 'managed' for 'manage'
    verb_forms = [w[: -len(e)] for w in (typed, word) for e in ("ing", "ed") if w.endswith(e)]
    return len(verb_forms) == 2 and verb_forms[0].rstrip("e") == verb_forms[1].rstrip("e")


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


def said_noun_first(words: Sequence[str]) -> bool:
    """Whether a name of two words is a task said verb first that may be said as a noun:
    'ordering stock' as 'stock ordering', 'answering calls' as 'call answering'."""
    return (
        len(words) == 2
        and words[0].endswith("ing")
        and words[0] not in _LIGHT_TASKS
        and words[1] not in FUNCTION_WORDS
        and not words[1].endswith("ing")
    )


def verb_stems(word: str) -> set[str]:
    """The stems of the verbs that say a task's noun: 'handling' -> 'handl', 'management' -> 'manag'."""
    return {stem(verb) for verb in NOMINALS[word]} if word in NOMINALS else {stem(word)}


def singular(word: str) -> str:
    """'strategies' -> 'strategy', 'processes' -> 'process'; only into an ordinary word."""
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss"):
        return word
    ordinary = ordinary_words()
    if word.endswith("ies") and word[:-3] + "y" in ordinary:
        return word[:-3] + "y"
    if word.endswith("es") and word[:-2] in ordinary:
        return word[:-2]
    return word[:-1] if word[:-1] in ordinary else word


ARTICLES = words_in("a an the")
#: Words before the people or things a task is done to: 'managing a team of 12 call agents',
#: 'training our new starters'.
#: Words of how often a task is done, which say nothing of which task: 'forecasting weekly demand'.
HOW_OFTEN = frozenset({"daily", "weekly", "monthly", "quarterly", "yearly", "annual", "nightly"})
DETERMINERS = ARTICLES | words_in("our my their your new all every")


#: Words that join or point, never a name's own.
FUNCTION_WORDS = frozenset(
    ["a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "at", "by", "with", "not", "no"]
)

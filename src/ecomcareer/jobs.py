"""Starting from the job a person had (`--job`): the O*NET occupation its title names, and the
skills that occupation's core tasks and in-demand hot technologies name, as a starting profile.

The occupations come from a file built from O*NET 29.2 by `scripts/build_onet.py` and read
only when `--job` is given. It is searched as text: an exact title or a code is found without
parsing the whole file; only a title that is not there exactly is compared with all of them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ecomcareer.errors import UsageError, excerpt

if TYPE_CHECKING:
    from ecomcareer.model import KnowledgeBase

#: The credit the derived file carries in its first lines, and the reports where they show it.
CREDIT = """\
O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration
(USDOL/ETA), used under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/);
https://www.onetcenter.org/database.html. O*NET is a trademark of USDOL/ETA.
Modified: only occupation codes and titles, alternate and short titles (as look-up keys), the
examples of technology skills flagged both Hot Technology and In Demand, and the Core task
statements (all task statements of an occupation that has none rated) are kept; built by
scripts/build_onet.py."""
#: How the reports name the source in one line.
SOURCE = "O*NET 29.2 Database (USDOL/ETA), CC BY 4.0"

#: Marks before a code in the titles index: the occupation's own title, and a title with its
#: bracketed part left out (weaker than any title O*NET gives).
OWN = "="
DERIVED = "~"

PATH = Path(__file__).resolve().parent / "data" / "onet-jobs.txt.gz"
#: At most this many occupations are named in a message.
MAX_CHOICES = 8

_CODE = re.compile(r"^\d{2}-\d{4}(?:\.\d{2})?$")
_APOSTROPHES = re.compile(r"['’`]")
_NOT_WORD = re.compile(r"[^0-9a-z]+")


def title_key(text: str) -> str:
    """How titles are compared: case, accents and punctuation aside ("Check-Out Cashier" is
    "check out cashier", "Driver's" is "drivers", '&' is 'and')."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    text = _APOSTROPHES.sub("", text.replace("&", " and "))
    return " ".join(_NOT_WORD.sub(" ", text).split())


@dataclass(frozen=True, slots=True)
class Occupation:
    code: str
    title: str
    #: O*NET's examples of technology skills flagged Hot Technology and In Demand for this
    #: occupation, as it writes them.
    technologies: tuple[str, ...]
    #: Its Core task statements.
    tasks: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Job:
    """The occupation a typed title was read as."""

    #: What was typed.
    query: str
    occupation: Occupation
    #: 'code', 'title' (an O*NET title, the occupation's own or another) or 'typo'.
    how: str


@dataclass(frozen=True, slots=True)
class Assumed:
    """A skill assumed from the job, and where the occupation says so."""

    skill: str
    #: The words read as the skill.
    said: str
    #: 'technology' (a hot technology) or 'task' (a task statement).
    source: str
    #: The technology or task, as O*NET writes it.
    text: str


class Onet:
    """The derived file's text: titles and occupations, found by searching the text."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._titles = text.index("\n@titles\n") + len("\n@titles")
        self._occupations = text.index("\n@occupations\n") + len("\n@occupations")

    def holders(self, key: str) -> list[tuple[str, str]]:
        """The occupations a title key names, as (mark, code), strongest first."""
        needle = f"\n{key}\t"
        at = self._text.find(needle, self._titles - 1, self._occupations)
        if not key or at < 0:
            return []
        start = at + len(needle)
        codes = self._text[start : self._text.index("\n", start)].split()
        return [(c[0], c[1:]) if c[0] in (OWN, DERIVED) else ("", c) for c in codes]

    def keys(self) -> list[str]:
        """Every title key: for the comparisons a title not found exactly needs."""
        section = self._text[self._titles + 1 : self._occupations - len("\n@occupations")]
        return [line.partition("\t")[0] for line in section.split("\n")]

    def occupation(self, code: str) -> Occupation | None:
        start = self._text.find(f"\n{code}\t", self._occupations - 1)
        if start < 0:
            return None
        line = self._text[start + 1 : self._text.index("\n", start + 1)]
        code, title, technologies, tasks = line.split("\t")
        return Occupation(code, title, _items(technologies), _items(tasks))

    def codes(self) -> list[str]:
        """Every occupation's code, in the file's order."""
        section = self._text[self._occupations + 1 :]
        return [line.partition("\t")[0] for line in section.splitlines()]

    def codes_under(self, prefix: str) -> list[str]:
        """The codes that start with a SOC code ('41-2011' -> '41-2011.00', ...)."""
        out, at = [], self._occupations - 1
        while (at := self._text.find(f"\n{prefix}.", at)) >= 0:
            at += 1
            out.append(self._text[at : self._text.index("\t", at)])
        return out

    def title(self, code: str) -> str:
        found = self.occupation(code)
        return found.title if found is not None else code


def _items(field: str) -> tuple[str, ...]:
    return tuple(field.split("|")) if field else ()


@cache
def bundled() -> Onet:
    """The shipped occupations, read once."""
    return Onet(_gunzipped(PATH))


def _gunzipped(path: Path) -> str:
    """A shipped gzip file's text, read with zlib alone: importing gzip costs a millisecond more."""
    import zlib

    return zlib.decompress(path.read_bytes(), wbits=31).decode("utf-8")


def find_job(onet: Onet, query: str) -> Job:
    """The occupation a title or code names; a usage error that lists the choices when it
    names several, or suggests titles when it names none."""
    typed = query.strip()
    if _CODE.match(typed):
        return Job(query, _by_code(onet, typed, query), "code")
    key = title_key(typed)
    if not key:
        raise UsageError("--job needs a job title, such as 'cashier', or an O*NET code")
    holders = onet.holders(key)
    if holders:
        return Job(query, _one(onet, query, _in_own_title(onet, key, _strongest(holders))), "title")
    codes = _typo(onet, key)
    if codes:
        return Job(query, _one(onet, query, codes), "typo")
    close = _close(onet, key)
    if close:
        raise UsageError(
            f"no O*NET occupation is called {excerpt(query)}; did you mean {_named(onet, close)}?"
        )
    raise UsageError(
        f"no O*NET occupation is called {excerpt(query)}; "
        "give another title or an O*NET code such as 41-2011.00"
    )


def _strongest(holders: list[tuple[str, str]]) -> list[str]:
    """The occupations holding a title in the strongest way any does: its own title first."""
    best = holders[0][0]
    return [code for mark, code in holders if mark == best]


def _in_own_title(onet: Onet, key: str, codes: list[str]) -> list[str]:
    """Of several occupations listing a title, the one whose own title says every word of it,
    if only one does: 'stocker' is Stockers and Order Fillers, though Laborers and Freight,
    Stock, and Material Movers list Stocker too."""
    if len(codes) < 2:
        return codes
    typed = {word.removesuffix("s") for word in key.split()}
    saying = [c for c in codes if typed <= {w.removesuffix("s") for w in title_key(onet.title(c)).split()}]
    return saying if len(saying) == 1 else codes


def _one(onet: Onet, query: str, codes: list[str]) -> Occupation:
    if len(codes) > 1:
        raise UsageError(f"{excerpt(query)} could be: {_named(onet, codes)}; give the code or a fuller title")
    found = onet.occupation(codes[0])
    assert found is not None, codes[0]  # the build writes an occupation for every code it indexes
    return found


def _by_code(onet: Onet, code: str, query: str) -> Occupation:
    found = onet.occupation(code if "." in code else f"{code}.00")
    if found is not None:
        return found
    codes = onet.codes_under(code) if "." not in code else []
    if not codes:
        raise UsageError(f"no O*NET occupation has the code {excerpt(query)}")
    return _one(onet, query, codes)


def _named(onet: Onet, codes: list[str]) -> str:
    shown = [f"{onet.title(c)} ({c})" for c in codes[:MAX_CHOICES]]
    more = len(codes) - MAX_CHOICES
    return ", ".join(shown) + (f" and {more} more" if more > 0 else "")


def _typo(onet: Onet, key: str) -> list[str]:
    """The occupations of the titles closest to a misspelt one, within its typo budget."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    from ecomcareer.words import typo_budget

    budget = typo_budget(key)
    if not budget:
        return []
    keys = onet.keys()
    hits = process.extract(key, keys, scorer=OSA.distance, score_cutoff=budget, limit=20)
    if not hits:
        return []
    best = min(distance for _, distance, _ in hits)
    codes: dict[str, None] = {}
    for found, distance, _ in hits:
        if distance == best:
            codes.update(dict.fromkeys(_strongest(onet.holders(found))))
    return list(codes)


def _close(onet: Onet, key: str) -> list[str]:
    """Occupations with a title that holds every word typed, shortest titles first, for a
    suggestion."""
    from rapidfuzz import fuzz, process

    hits = process.extract(key, onet.keys(), scorer=fuzz.token_set_ratio, score_cutoff=90, limit=200)
    codes: dict[str, None] = {}
    for found, _, _ in sorted(hits, key=lambda hit: (-hit[1], len(hit[0]), hit[0])):
        codes.update(dict.fromkeys(_strongest(onet.holders(found))))
    return list(codes)[:5]


def assumed_skills(
    kb: KnowledgeBase, occupation: Occupation, *, use_cache: bool = True
) -> tuple[Assumed, ...]:
    """The skills of the knowledge base that the occupation's hot technologies and tasks name,
    read as a résumé is read: each with the first technology or task that names it.

    Reading them costs about as much as reading a résumé. The readings of every occupation by
    the bundled vocabulary ship with the package (`scripts/build_job_readings.py`), so that a
    run without the cache need not build the reader's tables; for another vocabulary the
    reading is kept in the cache of parsed files, named by the occupation and every name of
    the vocabulary, so that a run with the same job and knowledge base reads the answer."""
    from ecomcareer import cache

    vocabulary = _vocabulary(kb)
    key = cache.digest(_cache_key(occupation, vocabulary)) if use_cache else ""
    if key:
        kept = _trusted(cache.read(key), kb)
        if kept is not None:
            return kept
    found = shipped_readings().of(occupation, cache.digest(vocabulary), kb)
    if found is None:
        found = read_occupation(kb, occupation)
    if key:
        cache.write(key, [[a.skill, a.said, a.source, a.text] for a in found])
    return found


def _vocabulary(kb: KnowledgeBase) -> bytes:
    """What a reading depends on besides the occupation: every name of the vocabulary, the
    skills' categories (traits are read apart) and the roles' names (a title is no skill)."""
    parts = [
        "\t".join([s.id, s.name, s.category, "|".join(s.aliases), "|".join(s.ambiguous)]) for s in kb.skills
    ]
    parts += ["\t".join([r.id, r.title, "|".join(r.aliases)]) for r in kb.roles]
    return "\n".join(parts).encode("utf-8", "surrogatepass")


def vocabulary_digest(kb: KnowledgeBase) -> str:
    """The name of a knowledge base's vocabulary that shipped readings are made for."""
    from ecomcareer import cache

    return cache.digest(_vocabulary(kb))


def _cache_key(occupation: Occupation, vocabulary: bytes) -> bytes:
    """What the reading depends on: the occupation's text and the vocabulary."""
    parts = ["ecomcareer --job", occupation.code, *occupation.technologies, "", *occupation.tasks, ""]
    return "\n".join(parts).encode("utf-8", "surrogatepass") + vocabulary


def _trusted(data: object, kb: KnowledgeBase) -> tuple[Assumed, ...] | None:
    """A cached reading, if it has the shape written and names skills the vocabulary has."""
    if not isinstance(data, list):
        return None
    out = []
    for item in data:
        if not (isinstance(item, list) and len(item) == 4 and all(isinstance(x, str) for x in item)):
            return None
        skill, said, source, text = item
        if skill not in kb.skill_by_id or source not in ("technology", "task"):
            return None
        out.append(Assumed(skill, said, source, text))
    return tuple(out)


READINGS_PATH = PATH.with_name("onet-readings.txt.gz")


class Readings:
    """The shipped file of every occupation's reading by the bundled vocabulary, searched as
    text. Its lines: `@vocabulary DIGEST`, then `CODE<TAB>SKILL<TAB>SOURCE<TAB>N<TAB>SAID`, one
    per skill, in the order read, where N is the place of the technology or task in the
    occupation's list; an occupation that names no skill has no line."""

    def __init__(self, text: str) -> None:
        # Every line, the last too, ends in a new line; one before the first makes each a
        # search for "\n" + its start.
        self._text = "\n" + text + ("" if text.endswith("\n") else "\n")
        head = self._text.find("\n@vocabulary ")
        self.vocabulary = self._text[head + 13 : self._text.index("\n", head + 1)] if head >= 0 else ""

    def of(self, occupation: Occupation, vocabulary: str, kb: KnowledgeBase) -> tuple[Assumed, ...] | None:
        """The occupation's reading, or None when the file was made for another vocabulary."""
        if not vocabulary or vocabulary != self.vocabulary:
            return None
        lines = []
        at = self._text.find(f"\n{occupation.code}\t")
        while at >= 0:
            end = self._text.index("\n", at + 1)
            lines.append(self._text[at + 1 : end].split("\t"))
            at = end if self._text.startswith(f"{occupation.code}\t", end + 1) else -1
        found = []
        for fields in lines:
            if len(fields) != 5 or not (fields[3].isascii() and fields[3].isdigit()):
                return None
            _, skill, source, place, said = fields
            texts = occupation.technologies if source == "technology" else occupation.tasks
            if int(place) >= len(texts):
                return None
            found.append([skill, said, source, texts[int(place)]])
        return _trusted(found, kb)


@cache
def shipped_readings() -> Readings:
    """The shipped readings, read once; none when the file is missing."""
    import zlib

    try:
        return Readings(_gunzipped(READINGS_PATH))
    except (OSError, zlib.error, UnicodeDecodeError):
        return Readings("")


def read_occupation(kb: KnowledgeBase, occupation: Occupation) -> tuple[Assumed, ...]:
    """The occupation's skills, read afresh."""
    from ecomcareer.documents import Document, extract

    # Laid out as a résumé: the technologies as its skills section (read as typed skills
    # are), the tasks as its duties (read as sentences); a bullet each, so that no line is
    # taken for a heading. `lines` holds each line's source, by line number.
    lines: list[tuple[str, str]] = [("", "Skills")]
    lines += [("technology", t) for t in occupation.technologies]
    lines += [("", ""), ("", "Duties")]
    lines += [("task", t) for t in occupation.tasks]
    text = "\n".join(f"- {t}" if kind else t for kind, t in lines)
    found = extract(kb, Document(f"{occupation.title} ({occupation.code})", text), guess=False)
    out = []
    for skill in found.skills:
        first = skill.mentions[0]
        kind, said_in = lines[first.line - 1]
        out.append(Assumed(skill.skill, first.text, kind, said_in))
    return tuple(out)

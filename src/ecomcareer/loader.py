"""YAML file -> KnowledgeBase: every check, every problem reported with its line."""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from ecomcareer.errors import DataError, Problem, did_you_mean
from ecomcareer.model import (
    DEFAULT_CATEGORIES,
    DEFAULT_FAMILIES,
    SCHEMA_VERSION,
    KnowledgeBase,
    Outlook,
    Role,
    Salary,
    Skill,
    Source,
)
from ecomcareer.words import normalise

if TYPE_CHECKING:
    from ecomcareer.safeyaml import Marks, YamlPath

MiB = 1024 * 1024
MAX_FILE_BYTES = 64 * MiB
#: Suggestions ('did you mean') are looked for in this many problems of a file.
MAX_HINTS = 20

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_ONET_CODE = re.compile(r"\d{2}-\d{4}\.\d{2}\Z")
_CURRENCY = re.compile(r"[A-Z]{3}\Z")
# A key shown as .name in a place; any other is shown quoted.
_PLAIN_NAME = re.compile(r"[\w~+-][\w.~+-]*\Z")
# A number in exponent form that YAML 1.1 reads as text: 1e5, 2.5E6 (it wants 1.0e+5).
_EXPONENT_TEXT = re.compile(r"[-+]?[0-9][0-9_]*(?:\.[0-9_]*)?[eE][-+]?[0-9]+\Z")

_TOP_FIELDS = {
    "version": True,
    "families": False,
    "categories": False,
    "sources": False,
    "skills": True,
    "roles": True,
}
_SOURCE_FIELDS = {"name": True, "url": False, "licence": False, "licence_url": False, "note": False}
_SKILL_FIELDS = {
    "id": True,
    "name": True,
    "category": True,
    "aliases": False,
    "broader": False,
    "ambiguous": False,
    "online": False,
}
_ROLE_FIELDS = {
    "id": True,
    "title": True,
    "family": True,
    "summary": True,
    "skills": True,
    "responsibilities": False,
    "education": False,
    "experience": False,
    "salary": False,
    "outlook": False,
    "onet_code": False,
    "onet_title": False,
    "caveat": False,
    "next_roles": False,
    "related_roles": False,
    "aliases": False,
}
_ROLE_SKILL_FIELDS = {"core": True, "supporting": False}
_SALARY_FIELDS = {"median": True, "currency": True, "year": True, "source": True, "url": False}
_OUTLOOK_FIELDS = {
    "growth_percent": True,
    "period": True,
    "source": True,
    "annual_openings": False,
    "url": False,
}

# The range each figure may take, as the README's schema says: wide enough for a year's pay
# in any currency and for any occupation, narrow enough to refuse a slipped exponent.
_MEDIAN_PAY = (0, 10_000_000_000)
_YEAR = (1900, 2100)
_GROWTH_PERCENT = (-100, 1000)  # nothing shrinks by more than all of it
_ANNUAL_OPENINGS = (0, 100_000_000)


def bundled_path() -> Path:
    """The knowledge base shipped with ecomcareer.

    An installed wheel carries it inside the package; a source checkout (and an
    editable install) keeps it in the repository's data/ folder.
    """
    here = Path(__file__).resolve().parent
    packaged = here / "data" / "roles.yaml"
    if packaged.is_file():
        return packaged
    return here.parent.parent / "data" / "roles.yaml"


def dotted(path: YamlPath, spelled: Mapping[YamlPath, str] | None = None) -> str:
    """('roles', 3, 'skills') -> 'roles[3].skills', the way the README names places.

    `spelled` gives the source text of keys that are not text (`yes:` read as True), so the
    place is named as the user wrote it, and a key `1:` is not mistaken for a list index.
    A key with spaces, punctuation or a line break is quoted: roles[0]['x: y'].
    """
    out = ""
    for i, part in enumerate(path):
        written = spelled.get(path[: i + 1]) if spelled else None
        if written is None and isinstance(part, int) and not isinstance(part, bool):
            out += f"[{part}]"
            continue
        name = str(part) if written is None else written
        if not _PLAIN_NAME.match(name):  # 'x: y', '', a line break: quoted, so the line stays one
            out += f"[{name!r}]"
        else:
            out += f".{name}" if out else name
    return out


def _describe(value: object) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"a true/false value ({str(value).lower()})"
    if isinstance(value, float) and not math.isfinite(value):
        return "not-a-number (NaN)" if math.isnan(value) else f"{'minus ' if value < 0 else ''}infinity"
    if isinstance(value, int | float):
        return f"a number ({value})"
    if isinstance(value, datetime.date):
        return f"a date ({value.isoformat()})"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return f"text ({value!r})"


#: The longest text each field may hold, in characters (TEXT_LIMIT for any other): generous
#: for real roles, and a bound on what every table and page must lay out.
TEXT_LIMITS = {
    "summary": 2000,
    "caveat": 2000,
    "responsibilities": 500,
    "title": 200,
    "name": 200,
    "aliases": 100,
    "ambiguous": 100,
}
TEXT_LIMIT = 1000


def _text_limit(key: str) -> int:
    return TEXT_LIMITS.get(key, TEXT_LIMIT)


class _Checker:
    """Collects problems by path while turning plain data into the model."""

    def __init__(self) -> None:
        self.problems: list[tuple[YamlPath, str, object]] = []
        self.hints = 0
        #: The data passed every check when it was cached: cross-checks are not run again.
        self.checked = False
        self.families: tuple[str, ...] = DEFAULT_FAMILIES
        self.categories: tuple[str, ...] = DEFAULT_CATEGORIES

    def one_of(self, m: dict[str, object], key: str, path: YamlPath, options: tuple[str, ...]) -> str | None:
        value = self.text(m, key, path)
        if value is None or value in options:
            return value
        allowed = ", ".join(options)
        self.fail((*path, key), f"{value!r} is not one of: {allowed}{self.hint(value, options)}")
        return None

    def declared(self, top: dict[str, object], key: str, defaults: tuple[str, ...]) -> tuple[str, ...]:
        """A file's own list of families or categories, else the defaults."""
        if key not in top:
            return defaults
        names = self.texts(top, key, ())
        for i, name in enumerate(names):
            if not _ID.match(name):
                self.fail((key, i), f"{name!r} is not a kebab-case name (like 'warehouse')")
        if isinstance(top[key], list) and not names:
            self.fail((key,), f"declare at least one, or leave '{key}' out for the defaults")
        return tuple(dict.fromkeys(names)) or defaults

    def hint(self, word: str, candidates: Iterable[str]) -> str:
        """A 'did you mean' tail for the first MAX_HINTS problems of a file: a file with
        thousands of broken references still reports them all, at once."""
        self.hints += 1
        return did_you_mean(word, candidates) if self.hints <= MAX_HINTS else ""

    def fail(self, path: YamlPath, message: str, value: object = None) -> None:
        self.problems.append((path, message, value))

    def mapping(self, value: object, path: YamlPath, fields: dict[str, bool]) -> dict[str, object] | None:
        if not isinstance(value, dict):
            self.fail(path, f"expected a mapping of fields, got {_describe(value)}", value)
            return None
        for key in value:
            if not isinstance(key, str):
                self.fail((*path, key), f"field names must be text, got {_describe(key)}", key)
            elif key not in fields:
                self.fail((*path, key), f"unknown field {key!r}{self.hint(key, fields)}")
        for key, required in fields.items():
            if required and key not in value:
                self.fail(path, f"missing required field {key!r}")
        return value

    def text(self, m: dict[str, object], key: str, path: YamlPath) -> str | None:
        if key not in m:
            return None
        value = m[key]
        if self.checked and type(value) is str:
            return value  # it passed the checks below when the entry was written
        if not isinstance(value, str):
            self.fail((*path, key), f"expected text, got {_describe(value)}", value)
            return None
        if not value.strip():
            self.fail((*path, key), "must not be empty")
            return None
        if len(value) > (limit := _text_limit(key)):
            self.fail((*path, key), f"too long: {len(value):,} characters; at most {limit:,}")
            return None
        return value

    def matching(
        self, m: dict[str, object], key: str, path: YamlPath, pattern: re.Pattern[str], what: str
    ) -> str | None:
        value = self.text(m, key, path)
        if value is not None and not self.checked and not pattern.match(value):
            self.fail((*path, key), f"{value!r} is not {what}")
            return None
        return value

    def texts(self, m: dict[str, object], key: str, path: YamlPath) -> tuple[str, ...]:
        if key not in m:
            return ()
        value = m[key]
        if not isinstance(value, list):
            self.fail((*path, key), f"expected a list, got {_describe(value)}", value)
            return ()
        if self.checked and set(map(type, value)) <= {str}:
            return tuple(value)  # each passed the checks below when the entry was written
        out = []
        limit = _text_limit(key)
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                self.fail((*path, key, i), f"expected text, got {_describe(item)}", item)
            elif len(item) > limit:
                self.fail((*path, key, i), f"too long: {len(item):,} characters; at most {limit:,}")
            else:
                out.append(item)
        return tuple(out)

    def number(
        self,
        m: dict[str, object],
        key: str,
        path: YamlPath,
        limits: tuple[int, int],
        *,
        integer: bool = False,
    ) -> int | float | None:
        """A finite number within limits: NaN or infinity would print as '$nan' and sort nowhere."""
        if key not in m:
            return None
        value = m[key]
        ok_type = int if integer else int | float
        if isinstance(value, bool) or not isinstance(value, ok_type):
            want = "a whole number" if integer else "a number"
            message = f"expected {want}, got {_describe(value)}"
            if isinstance(value, str) and _EXPONENT_TEXT.match(value):
                message += ": YAML reads an exponent without a dot and a sign as text; write 1.0e+5, not 1e5"
            self.fail((*path, key), message, value)
            return None
        if isinstance(value, float) and not math.isfinite(value):
            self.fail((*path, key), f"expected a finite number, got {_describe(value)}", value)
            return None
        low, high = limits
        if not low <= value <= high:
            self.fail(
                (*path, key), f"must be between {_figure(low)} and {_figure(high)}, got {_figure(value)}"
            )
            return None
        return value


def _figure(number: float) -> str:
    return f"{number:,}" if abs(number) >= 10_000 else str(number)


def _skill(c: _Checker, raw: object, path: YamlPath) -> Skill | None:
    m = c.mapping(raw, path, _SKILL_FIELDS)
    if m is None:
        return None
    skill_id = c.matching(m, "id", path, _ID, "a kebab-case id (like 'google-ads')")
    name = c.text(m, "name", path)
    category = c.one_of(m, "category", path, c.categories)
    aliases = c.texts(m, "aliases", path)
    broader = c.matching(m, "broader", path, _ID, "a skill id")
    ambiguous = c.texts(m, "ambiguous", path)
    online = c.matching(m, "online", path, _ID, "a skill id")
    if skill_id is None or name is None or category is None:
        return None
    own = {normalise(word) for word in (skill_id, name, *aliases)} if ambiguous and not c.checked else set()
    for i, word in enumerate(ambiguous if own else ()):
        if normalise(word) not in own:
            c.fail(
                (*path, "ambiguous", i),
                f"{word!r} is not the id, name or an alias of skill {skill_id!r}; "
                "'ambiguous' marks some of the skill's own words",
            )
    return Skill(skill_id, name, category, aliases, broader, ambiguous, online)


def _source(c: _Checker, raw: object, path: YamlPath) -> Source | None:
    m = c.mapping(raw, path, _SOURCE_FIELDS)
    if m is None:
        return None
    name = c.text(m, "name", path)
    if name is None:
        return None
    fields = ("url", "licence", "licence_url", "note")
    url, licence, licence_url, note = (c.text(m, key, path) for key in fields)
    return Source(name, url, licence, licence_url, note)


def _salary(c: _Checker, raw: object, path: YamlPath) -> Salary | None:
    m = c.mapping(raw, path, _SALARY_FIELDS)
    if m is None:
        return None
    median = c.number(m, "median", path, _MEDIAN_PAY)
    currency = c.matching(m, "currency", path, _CURRENCY, "a three-letter currency code (like 'USD')")
    year = c.number(m, "year", path, _YEAR, integer=True)
    source = c.text(m, "source", path)
    url = c.text(m, "url", path)
    if median is None or currency is None or year is None or source is None:
        return None
    return Salary(median, currency, int(year), source, url)


def _outlook(c: _Checker, raw: object, path: YamlPath) -> Outlook | None:
    m = c.mapping(raw, path, _OUTLOOK_FIELDS)
    if m is None:
        return None
    growth = c.number(m, "growth_percent", path, _GROWTH_PERCENT)
    period = c.text(m, "period", path)
    source = c.text(m, "source", path)
    openings = c.number(m, "annual_openings", path, _ANNUAL_OPENINGS, integer=True)
    url = c.text(m, "url", path)
    if growth is None or period is None or source is None:
        return None
    return Outlook(float(growth), period, source, None if openings is None else int(openings), url)


def _role(c: _Checker, raw: object, path: YamlPath) -> Role | None:
    """A role from its mapping; None only when the entry is not a mapping."""
    m = c.mapping(raw, path, _ROLE_FIELDS)
    if m is None:
        return None
    role_id = c.matching(m, "id", path, _ID, "a kebab-case id (like 'data-analyst')")
    title = c.text(m, "title", path)
    family = c.one_of(m, "family", path, c.families)
    summary = c.text(m, "summary", path)
    core: tuple[str, ...] = ()
    supporting: tuple[str, ...] = ()
    skills = c.mapping(m["skills"], (*path, "skills"), _ROLE_SKILL_FIELDS) if "skills" in m else None
    if skills is not None:
        core = c.texts(skills, "core", (*path, "skills"))
        supporting = c.texts(skills, "supporting", (*path, "skills"))
        if "core" in skills and not core and isinstance(skills["core"], list):
            c.fail((*path, "skills", "core"), "a role needs at least one core skill")
    salary = _salary(c, m["salary"], (*path, "salary")) if "salary" in m else None
    outlook = _outlook(c, m["outlook"], (*path, "outlook")) if "outlook" in m else None
    # Returned even when a field failed (the placeholders never leave `build`, which
    # then refuses the file), so that its skills and references are still checked.
    return Role(
        id=role_id or "",
        title=title or "",
        family=family or "",
        summary=summary or "",
        core=core,
        supporting=supporting,
        responsibilities=c.texts(m, "responsibilities", path),
        education=c.text(m, "education", path),
        experience=c.text(m, "experience", path),
        salary=salary,
        outlook=outlook,
        onet_code=c.matching(m, "onet_code", path, _ONET_CODE, "an O*NET-SOC code (like '15-2051.01')"),
        onet_title=c.text(m, "onet_title", path),
        caveat=c.text(m, "caveat", path),
        next_roles=c.texts(m, "next_roles", path),
        related_roles=c.texts(m, "related_roles", path),
        aliases=c.texts(m, "aliases", path),
    )


def _list(c: _Checker, top: dict[str, object], key: str) -> list[tuple[int, object]]:
    value = top.get(key)
    if key in top and not isinstance(value, list):
        c.fail((key,), f"expected a list, got {_describe(value)}", value)
        return []
    return list(enumerate(value)) if isinstance(value, list) else []


def _declared_ids(c: _Checker, entries: list[tuple[int, object]], kind: str) -> dict[str, int]:
    """Every id the file declares, even on entries with other problems, so that one
    mistake is not reported again at each place that refers to it."""
    declared: dict[str, int] = {}
    for i, raw in entries:
        entry_id = raw.get("id") if isinstance(raw, dict) else None
        if not isinstance(entry_id, str):
            continue
        if entry_id in declared:
            c.fail(
                (f"{kind}s", i, "id"),
                f"{kind} id {entry_id!r} is already used by {kind}s[{declared[entry_id]}]",
            )
        else:
            declared[entry_id] = i
    return declared


def _cross_check(
    c: _Checker,
    skills: list[tuple[int, Skill]],
    roles: list[tuple[int, Role]],
    skill_ids: dict[str, int],
    role_ids: dict[str, int],
) -> None:
    """The checks that need the whole file: names that resolve, references that exist."""
    claimed: dict[str, str] = {}
    for i, skill in skills:
        for j, word in enumerate((skill.id, skill.name, *skill.aliases)):
            key = normalise(word)
            owner = claimed.setdefault(key, skill.id)
            if owner != skill.id:
                where: YamlPath = (
                    ("skills", i, "aliases", j - 2) if j >= 2 else ("skills", i, "name" if j else "id")
                )
                c.fail(
                    where, f"{word!r} already names skill {owner!r}; a name or alias may belong to one skill"
                )
        for field, other in (("broader", skill.broader), ("online", skill.online)):
            if other is None:
                continue
            if other == skill.id:
                c.fail(("skills", i, field), f"a skill cannot name itself as its {field} skill")
            elif other not in skill_ids:
                c.fail(
                    ("skills", i, field),
                    f"skill {skill.id!r} names {field} skill {other!r}, which is not defined"
                    + c.hint(other, skill_ids),
                )
    for i, role in roles:
        seen: set[str] = set()
        for part, ids in (("core", role.core), ("supporting", role.supporting)):
            for j, skill_id in enumerate(ids):
                where = ("roles", i, "skills", part, j)
                if skill_id not in skill_ids:
                    c.fail(
                        where,
                        f"role {role.id!r} needs skill {skill_id!r}, which is not defined"
                        + c.hint(skill_id, skill_ids),
                    )
                elif skill_id in seen:
                    c.fail(where, f"skill {skill_id!r} is listed twice in role {role.id!r}")
                seen.add(skill_id)
        for part, ids in (("next_roles", role.next_roles), ("related_roles", role.related_roles)):
            for j, other in enumerate(ids):
                if other == role.id:
                    c.fail(("roles", i, part, j), f"role {role.id!r} cannot point at itself")
                elif other not in role_ids:
                    c.fail(
                        ("roles", i, part, j),
                        f"role {role.id!r} points at role {other!r}, which is not defined"
                        + c.hint(other, role_ids),
                    )


def build(
    data: object, *, checked: bool = False
) -> tuple[KnowledgeBase | None, list[tuple[YamlPath, str, object]]]:
    """Plain data -> model, or the problems (path, message, offending value) that prevent it.

    `checked`: the data is a cache entry whose checksum proves it passed every check when it
    was written, so the checks that look across the whole file (names claimed twice, references
    to undefined ids) are not run again, nor those of a text's length and form; every field is
    still read and typed."""
    c = _Checker()
    c.checked = checked
    if data is None:
        c.fail((), "the file is empty; expected 'version', 'skills' and 'roles' (see the README)")
        return None, c.problems
    top = c.mapping(data, (), _TOP_FIELDS)
    if top is None:
        return None, c.problems
    if "version" in top:
        version = top["version"]
        if isinstance(version, bool) or version != SCHEMA_VERSION:
            c.fail(
                ("version",),
                f"unsupported version {version!r}; this ecomcareer reads version {SCHEMA_VERSION}",
            )
    c.families = c.declared(top, "families", DEFAULT_FAMILIES)
    c.categories = c.declared(top, "categories", DEFAULT_CATEGORIES)
    skill_entries = _list(c, top, "skills")
    role_entries = _list(c, top, "roles")
    skills = [(i, s) for i, raw in skill_entries if (s := _skill(c, raw, ("skills", i)))]
    roles = [(i, r) for i, raw in role_entries if (r := _role(c, raw, ("roles", i)))]
    skill_ids = _declared_ids(c, skill_entries, "skill")
    role_ids = _declared_ids(c, role_entries, "role")
    if not checked:
        _cross_check(c, skills, roles, skill_ids, role_ids)
    sources = tuple(src for i, raw in _list(c, top, "sources") if (src := _source(c, raw, ("sources", i))))
    if c.problems:
        return None, c.problems
    return (
        KnowledgeBase(
            tuple(s for _, s in skills), tuple(r for _, r in roles), sources, c.families, c.categories
        ),
        [],
    )


def _located(name: str, text: str, problems: list[tuple[YamlPath, str, object]]) -> list[Problem]:
    """Each problem with its line, column and place, from a second walk that records marks.

    The walk is the one that built the checked values, so each path is found as given.
    """
    from ecomcareer import safeyaml

    # Only the places of the problems (and of their parents) are recorded: a large file with a
    # few problems must not pay for the position of every value.
    wanted = frozenset(path[:i] for path, _, _ in problems for i in range(len(path) + 1))
    _, marks = safeyaml.parse(text, with_marks=True, wanted=wanted)
    out = []
    for path, message, value in problems:
        probe = path
        while probe not in marks.starts:  # a place the file does not have: its parent
            probe = probe[:-1]
        line, column = marks.starts[probe]
        out.append(
            Problem(
                name,
                message + _source_hint(path, message, value, marks),
                line,
                column,
                dotted(path, marks.keys),
            )
        )
    out.sort(key=lambda p: (p.line or 0, p.column or 0))
    return out


def _source_hint(path: YamlPath, message: str, value: object, marks: Marks) -> str:
    """What the user wrote, where YAML read it as something they did not mean."""
    if isinstance(value, str):
        return ""
    if message.startswith("field names must be text"):
        written = marks.keys.get(path)
        shown = written is not None and written != str(value)  # `yes` read as True; not `1` as 1
        return f": YAML reads the plain word {written!r} that way" if shown else ""
    written = marks.plain.get(path)
    if not written:
        return ""
    if message.startswith("expected text"):
        return f": YAML reads the plain word {written!r} that way; put it in quotes"
    if isinstance(value, float) and not math.isfinite(value):  # `.inf`, or `1.0e+999` overflowing
        return f" (written {written!r})"
    return ""


def _read(path: Path, name: str) -> bytes:
    """The file's bytes, never more than the limit, whatever kind of file it is."""
    from ecomcareer.files import TooLarge, read_limited, size_text

    try:
        return read_limited(path, MAX_FILE_BYTES)
    except TooLarge as exc:
        size = f"file is {exc.size:,} bytes" if exc.size is not None else "more than that was read"
        raise DataError([Problem(name, f"{size}; the limit is {size_text(MAX_FILE_BYTES)}")]) from None
    except FileNotFoundError:
        raise DataError([Problem(name, "cannot read: no such file")]) from None
    except PermissionError:
        raise DataError([Problem(name, "cannot read: permission denied")]) from None
    except IsADirectoryError:
        raise DataError([Problem(name, "is a directory, not a YAML file")]) from None
    except OSError as exc:
        raise DataError([Problem(name, f"cannot read: {exc.strerror or exc}")]) from None


def _parse_and_build(text: str, name: str) -> tuple[KnowledgeBase, object]:
    from ecomcareer import safeyaml

    try:
        data = safeyaml.parse(text)
    except safeyaml.YamlProblem as exc:
        raise DataError([Problem(name, exc.message, exc.line, exc.column)]) from None
    kb, problems = build(data)
    if kb is None:
        raise DataError(_located(name, text, problems))
    return replace(kb, source=name), data


def loads(text: str, name: str = "<text>") -> KnowledgeBase:
    """Parse and check YAML text; DataError lists every problem, sorted by line."""
    from ecomcareer import safeyaml

    try:
        safeyaml.check_printable(text)  # `load` does this as it decodes the bytes
    except safeyaml.YamlProblem as exc:
        raise DataError([Problem(name, exc.message, exc.line, exc.column)]) from None
    return _parse_and_build(text, name)[0]


def load(path: Path | str, *, use_cache: bool = True) -> KnowledgeBase:
    """Read and check a knowledge-base file, through the cache unless told not to."""
    name = str(path)
    content = _read(Path(path), name)
    fingerprint = None
    if use_cache:
        from ecomcareer import cache

        fingerprint = cache.digest(content)
        cached = cache.read(fingerprint)
        if cached is not None:
            kb, _ = build(cached, checked=True)
            if kb is not None:
                return replace(kb, source=name, fingerprint=fingerprint)
    # PyYAML is imported only here, when the file must really be parsed.
    from ecomcareer import safeyaml

    try:
        text = safeyaml.decode(content)
    except safeyaml.YamlProblem as exc:
        raise DataError([Problem(name, exc.message, exc.line, exc.column)]) from None
    kb, data = _parse_and_build(text, name)
    if fingerprint is not None:
        cache.write(fingerprint, data)
        return replace(kb, fingerprint=fingerprint)
    return kb


def check(path: Path | str) -> tuple[KnowledgeBase, list[Problem]]:
    """A knowledge-base file read afresh, with the warnings `validate` shows: steps of the
    career ladders that are not steps up. Problems raise DataError as in `load`."""
    from ecomcareer import planning, safeyaml

    name = str(path)
    content = _read(Path(path), name)
    try:
        text = safeyaml.decode(content)
    except safeyaml.YamlProblem as exc:
        raise DataError([Problem(name, exc.message, exc.line, exc.column)]) from None
    kb, _ = _parse_and_build(text, name)
    found = planning.ladder_warnings(kb)
    if not found:
        return kb, []
    located: list[tuple[YamlPath, str, object]] = [
        (("roles", i, "next_roles", j), message, None) for i, j, message in found
    ]
    return kb, _located(name, text, located)

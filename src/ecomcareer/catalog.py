"""Finding, filtering and ordering the roles and skills of a knowledge base."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from ecomcareer.errors import UsageError, excerpt
from ecomcareer.grammar import split_inputs
from ecomcareer.model import KnowledgeBase, Role, Skill
from ecomcareer.tables import table
from ecomcareer.words import canonical, normalise, tokens, typo_budget


class SortBy(StrEnum):
    TITLE = "title"
    PAY = "pay"
    GROWTH = "growth"


#: Words too common in job titles to pick a role out on their own.
_TITLE_FILLER = frozenset({"e", "commerce", "ecommerce", "online", "and", "of", "the", "&"})
#: A role may be named by as many words of its names as are typed, each at least this long
#: when it is the start of a longer word ('web dev' for 'web developer').
_MIN_PREFIX = 3
#: How many candidates an ambiguous name lists.
_SHOWN = 8


def find_role(kb: KnowledgeBase, query: str) -> Role:
    """A role by what people call it, read the way skills are read: its id, title or an
    alias in any case and spacing; a looser form; the words of a name ('web developer',
    'web dev', 'ux'); a typo ('data analist'). Several roles equally close is a usage error
    that lists them; none, one with suggestions."""
    return RoleNames(kb).find(query)


class RoleNames:
    """The names of one knowledge base's roles, indexed for `find_role` and `role_named`."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def _names(self) -> Iterable[tuple[str, str]]:
        for role in self.kb.roles:
            for name in (role.id, role.id.replace("-", " "), role.title, *role.aliases):
                yield name, role.id

    @table
    def exact(self) -> dict[str, set[str]]:
        exact: dict[str, set[str]] = {}
        for name, role_id in self._names():
            exact.setdefault(normalise(name), set()).add(role_id)
        return exact

    @table
    def loose(self) -> dict[str, set[str]]:
        loose: dict[str, set[str]] = {}
        for name, role_id in self._names():
            if key := canonical(name):
                loose.setdefault(key, set()).add(role_id)
        return loose

    @table
    def words(self) -> list[tuple[tuple[str, ...], str]]:
        return [(tokens(name), role_id) for name, role_id in self._names()]

    @table
    def title_words(self) -> list[tuple[tuple[str, ...], str]]:
        """Each name's words but those too common in job titles to pick a role out."""
        return [(tuple(w for w in words if w not in _TITLE_FILLER), role) for words, role in self.words]

    def find(self, query: str) -> Role:
        if query in self.kb.role_by_id:
            return self.kb.role_by_id[query]
        for index, key in ((self.exact, normalise(query)), (self.loose, canonical(query))):
            if key and key in index:
                return self._one(query, index[key])
        typed = tuple(w for w in tokens(query) if w not in _TITLE_FILLER)
        by_words = {role for words, role in self.words if typed and _names_it(typed, words)}
        if by_words:
            return self._one(query, by_words)
        by_typo = self._typo(normalise(query))
        if by_typo:
            return self._one(query, by_typo)
        raise UsageError(f"unknown role {excerpt(query)}{self._suggestions(query)}")

    def named(self, title: str) -> Role | None:
        """See `role_named`."""
        for index, key in ((self.exact, normalise(title)), (self.loose, canonical(title))):
            if key and len(index.get(key, ())) == 1:
                return self.kb.role_by_id[next(iter(index[key]))]
        typed = [w for w in tokens(title) if w not in _TITLE_FILLER]
        # The most words shared; then the name with the fewest words besides them.
        best: dict[str, tuple[int, int]] = {}
        for own, role in self.title_words:
            shared = sum(w in own or any(_stands_for(w, n) for n in own) for w in typed)
            best[role] = max(best.get(role, (0, 0)), (shared, shared - len(own)))
        top = max(best.values(), default=(0, 0))
        winners = [role for role, score in best.items() if score == top]
        return self.kb.role_by_id[winners[0]] if top[0] >= 1 and len(winners) == 1 else None

    def _one(self, query: str, ids: set[str]) -> Role:
        if len(ids) == 1:
            return self.kb.role_by_id[next(iter(ids))]
        ordered = sorted(ids)
        shown = ", ".join(f"{r} ({self.kb.role_by_id[r].title})" for r in ordered[:_SHOWN])
        more = f" and {len(ordered) - _SHOWN} more" if len(ordered) > _SHOWN else ""
        raise UsageError(f"{excerpt(query)} could be {len(ordered)} roles: {shown}{more}; give its id")

    def _typo(self, word: str) -> set[str]:
        """The roles whose name is closest to a misspelt one, within the typo budget."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        budget = typo_budget(word.replace(" ", ""))
        if not budget:
            return set()
        names = [" ".join(words) for words, _ in self.words]
        hits = process.extract(word, names, scorer=OSA.distance, score_cutoff=budget, limit=10)
        if not hits:
            return set()
        best = min(distance for _, distance, _ in hits)
        return {self.words[i][1] for _, distance, i in hits if distance == best}

    def _suggestions(self, query: str) -> str:
        from rapidfuzz import fuzz

        word = normalise(query)
        typed = {w for w in tokens(query) if len(w) >= _MIN_PREFIX and w not in _TITLE_FILLER}
        scored: dict[str, float] = {}
        for words, role in self.words:
            name = " ".join(words)
            # A name sharing a word typed, or spelt much alike.
            if typed & set(words) or fuzz.ratio(word, name) >= 75:
                scored[role] = max(scored.get(role, 0.0), fuzz.WRatio(word, name))
        found = sorted(scored, key=lambda r: (-scored[r], r))
        if not found:
            return ""
        return " — did you mean " + " or ".join(repr(r) for r in found[:3]) + "?"


def role_named(kb: KnowledgeBase, *titles: str, names: RoleNames | None = None) -> Role | None:
    """The role the first of these job titles that names one names, or None: by its title or
    an alias, or else by the most words it shares with one role's names ('Senior Data Analyst
    (remote)'); a tie is None. `names` may bring the index ready-made."""
    index = names or RoleNames(kb)
    return next(filter(None, map(index.named, titles)), None)


def _names_it(typed: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Every word typed is a word of the name, or the start of one ('dev' of 'developer')."""
    return all(any(_stands_for(word, w) for w in name) for word in typed)


def _stands_for(typed: str, word: str) -> bool:
    """A word typed is the word, or the start of it ('dev' of 'developer')."""
    return typed == word or (len(typed) >= _MIN_PREFIX and word.startswith(typed))


def _text_of(role: Role, kb: KnowledgeBase) -> str:
    names = [role.title, role.summary]
    for skill_id, _ in role.skills:
        skill = kb.skill_by_id[skill_id]
        names += [skill.id, skill.name, *skill.aliases]
    return normalise(" \n ".join(names))


def select_roles(
    kb: KnowledgeBase,
    *,
    family: str | None = None,
    search: str | None = None,
    sort: SortBy = SortBy.TITLE,
) -> list[Role]:
    """Roles of a family, whose title, summary or skills mention the search text, in order."""
    chosen: Iterable[Role] = kb.roles
    if family is not None:
        chosen = [r for r in chosen if r.family == family]
    if search:
        needle = normalise(search)
        chosen = [r for r in chosen if needle in _text_of(r, kb)]
    by_title = sorted(chosen, key=lambda r: (normalise(r.title), r.id))
    if sort is SortBy.PAY:
        return sorted(by_title, key=lambda r: (r.salary is None, -(r.salary.median if r.salary else 0)))
    if sort is SortBy.GROWTH:
        return sorted(
            by_title, key=lambda r: (r.outlook is None, -(r.outlook.growth_percent if r.outlook else 0))
        )
    return by_title


def choose_roles(kb: KnowledgeBase, *, family: str | None = None, roles: str | None = None) -> list[Role]:
    """The roles named (comma-separated ids or titles, in the order given, each once), or all
    of them in title order; either way only those of the family, if one is given."""
    if roles is None:
        return select_roles(kb, family=family)
    chosen = list(dict.fromkeys(find_role(kb, r) for r in split_inputs(roles)))
    return [r for r in chosen if family is None or r.family == family]


def select_skills(
    kb: KnowledgeBase, *, category: str | None = None, search: str | None = None
) -> list[Skill]:
    """Skills of a category whose id, name or aliases contain the search text, by id."""
    needle = normalise(search) if search else ""
    chosen = [
        s
        for s in kb.skills
        if (category is None or s.category == category)
        and needle in normalise(" \n ".join((s.id, s.name, *s.aliases)))
    ]
    return sorted(chosen, key=lambda s: s.id)

"""How well `match` ranks roles for real people: benchmarks/profiles.yaml against a knowledge base.

    python benchmarks/profiles.py [--data FILE] [--profiles FILE] [--show-misses] [--json]

Each profile's skills are read as `match --skills` reads them and ranked as `match` ranks them.
A top-1 hit is a profile whose first role is the one a careers counselor would put first. A
top-3 hit is a profile whose counselor's first role is among the first three, with only roles
the counselor accepts ranked above it. The same figures are given for a baseline that ranks roles
by how many skills they share with the person (ties by id), so a change to the score can be seen
to beat simple counting. Profiles naming a role the knowledge base lacks are skipped and counted.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ecomcareer.model import KnowledgeBase

#: The kinds of profile, in the order the report lists them.
KINDS = ("transferable", "in-field")
DEFAULT_PROFILES = Path(__file__).resolve().parent / "profiles.yaml"
#: How many of a ranking's roles count as its top.
TOP = 3


class ProfileFileError(ValueError):
    """The profiles file is not in the documented shape."""


@dataclass(frozen=True, slots=True)
class Profile:
    skills: str
    first: str
    top3: tuple[str, ...]
    kind: str
    source: str
    note: str

    @property
    def expected(self) -> tuple[str, ...]:
        """Every role id the profile names."""
        return (self.first, *(r for r in self.top3 if r != self.first))


def top1_hit(ranked: Sequence[str], profile: Profile) -> bool:
    return bool(ranked) and ranked[0] == profile.first


def top3_hit(ranked: Sequence[str], profile: Profile) -> bool:
    """The counselor's first role is among the first three, below acceptable roles only."""
    head = list(ranked[:TOP])
    if profile.first not in head:
        return False
    return all(r in profile.top3 for r in head[: head.index(profile.first)])


@dataclass(frozen=True, slots=True)
class Outcome:
    """The roles the ranker and the baseline put first for one profile."""

    profile: Profile
    skill_ids: tuple[str, ...]
    ranked: tuple[str, ...]
    baseline: tuple[str, ...]

    @property
    def unacceptable(self) -> tuple[str, ...]:
        """Roles in the ranker's top three that the counselor would not put there."""
        return tuple(r for r in self.ranked[:TOP] if r not in self.profile.top3)


@dataclass(frozen=True, slots=True)
class Tally:
    profiles: int
    top1: int
    top3: int
    baseline_top1: int
    baseline_top3: int

    def rate(self, hits: int) -> float:
        return hits / self.profiles if self.profiles else 0.0

    @property
    def top1_rate(self) -> float:
        return self.rate(self.top1)

    @property
    def top3_rate(self) -> float:
        return self.rate(self.top3)

    @property
    def baseline_top1_rate(self) -> float:
        return self.rate(self.baseline_top1)

    @property
    def baseline_top3_rate(self) -> float:
        return self.rate(self.baseline_top3)

    def as_dict(self) -> dict[str, float | int]:
        return {
            "profiles": self.profiles,
            "top1": self.top1,
            "top1_rate": round(self.top1_rate, 4),
            "top3": self.top3,
            "top3_rate": round(self.top3_rate, 4),
            "baseline_top1": self.baseline_top1,
            "baseline_top1_rate": round(self.baseline_top1_rate, 4),
            "baseline_top3": self.baseline_top3,
            "baseline_top3_rate": round(self.baseline_top3_rate, 4),
        }


def tally(outcomes: Sequence[Outcome]) -> Tally:
    return Tally(
        profiles=len(outcomes),
        top1=sum(top1_hit(o.ranked, o.profile) for o in outcomes),
        top3=sum(top3_hit(o.ranked, o.profile) for o in outcomes),
        baseline_top1=sum(top1_hit(o.baseline, o.profile) for o in outcomes),
        baseline_top3=sum(top3_hit(o.baseline, o.profile) for o in outcomes),
    )


@dataclass(frozen=True, slots=True)
class Measurement:
    outcomes: tuple[Outcome, ...]
    skipped: tuple[Profile, ...]
    overall: Tally
    by_kind: Mapping[str, Tally]

    @property
    def top1_misses(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if not top1_hit(o.ranked, o.profile))

    @property
    def top3_misses(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if not top3_hit(o.ranked, o.profile))


def _text(entry: Mapping[object, object], key: str, where: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ProfileFileError(f"{where}: `{key}` must be a non-empty string")
    return value


def parse_profiles(data: object) -> list[Profile]:
    """The profiles of a parsed profiles file; ProfileFileError says where it is malformed."""
    if not isinstance(data, dict) or not isinstance(data.get("profiles"), list):
        raise ProfileFileError("the file must be a mapping with a `profiles` list")
    out: list[Profile] = []
    for i, entry in enumerate(data["profiles"]):
        where = f"profiles[{i}]"
        if not isinstance(entry, dict):
            raise ProfileFileError(f"{where}: must be a mapping")
        kind = _text(entry, "kind", where)
        if kind not in KINDS:
            raise ProfileFileError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
        first = _text(entry, "first", where)
        top3 = entry.get("top3")
        if (
            not isinstance(top3, list)
            or not 1 <= len(top3) <= TOP
            or not all(isinstance(r, str) and r for r in top3)
            or len(set(top3)) != len(top3)
        ):
            raise ProfileFileError(f"{where}: `top3` must list one to {TOP} distinct role ids")
        if first not in top3:
            raise ProfileFileError(f"{where}: `first` ({first}) must be one of `top3`")
        out.append(
            Profile(
                skills=_text(entry, "skills", where),
                first=first,
                top3=tuple(top3),
                kind=kind,
                source=_text(entry, "source", where),
                note=_text(entry, "note", where),
            )
        )
    return out


def load_profiles(path: Path) -> list[Profile]:
    import yaml

    return parse_profiles(yaml.safe_load(path.read_text(encoding="utf-8")))


def baseline_rank(kb: KnowledgeBase, skill_ids: Sequence[str]) -> tuple[str, ...]:
    """Roles by how many of their skills the person has exactly, most first, ties by id;
    roles sharing none are left out, as `match` leaves them out."""
    have = set(skill_ids)
    counted = [(len(have & {s for s, _ in role.skills}), role.id) for role in kb.roles]
    return tuple(role_id for shared, role_id in sorted(counted, key=lambda c: (-c[0], c[1])) if shared)


def measure(kb: KnowledgeBase, profiles: Sequence[Profile]) -> Measurement:
    """Rank every profile whose roles the knowledge base has, as `match` would, and the baseline."""
    from ecomcareer.documents.extract import typed_reader
    from ecomcareer.grammar import parse_skill_list
    from ecomcareer.matching import Ranker

    read = typed_reader(kb)  # as the CLI reads typed items
    ranker = Ranker(kb)
    known = set(kb.role_by_id)
    outcomes: list[Outcome] = []
    skipped: list[Profile] = []
    for profile in profiles:
        if not set(profile.expected) <= known:
            skipped.append(profile)
            continue
        skill_ids = read(parse_skill_list([profile.skills])).skill_ids
        ranked = tuple(m.role.id for m in ranker.rank(skill_ids))
        outcomes.append(Outcome(profile, tuple(skill_ids), ranked, baseline_rank(kb, skill_ids)))
    done = tuple(outcomes)
    by_kind = {k: tally([o for o in done if o.profile.kind == k]) for k in KINDS}
    return Measurement(done, tuple(skipped), tally(done), by_kind)


def _ids(ids: Sequence[str]) -> str:
    return "[" + ", ".join(ids) + "]"


def report(m: Measurement, *, show_misses: bool) -> str:
    lines = [
        f"{'kind':<13} {'profiles':>8} {'top-1':>7} {'top-3':>7} {'base top-1':>11} {'base top-3':>11}",
    ]
    for name, t in [*m.by_kind.items(), ("all", m.overall)]:
        lines.append(
            f"{name:<13} {t.profiles:>8} {t.top1_rate:>7.1%} {t.top3_rate:>7.1%}"
            f" {t.baseline_top1_rate:>11.1%} {t.baseline_top3_rate:>11.1%}"
        )
    lines.append("")
    lines.append(f"Skipped ({len(m.skipped)} profiles naming a role this knowledge base lacks)")
    if show_misses:
        lines.append("")
        lines.append(f"Misses ({len(m.top1_misses)} not first, {len(m.top3_misses)} not in the top 3):")
        for o in m.top1_misses:
            mark = "   " if top3_hit(o.ranked, o.profile) else "[3]"
            lines.append(
                f"  {mark} {o.profile.skills[:70]!r} [{o.profile.kind}]"
                f" expected {o.profile.first}, got {_ids(o.ranked[:TOP])}"
            )
    return "\n".join(lines)


def as_json(m: Measurement) -> dict[str, object]:
    def row(o: Outcome) -> dict[str, object]:
        return {
            "skills": o.profile.skills,
            "kind": o.profile.kind,
            "first": o.profile.first,
            "top3": list(o.profile.top3),
            "read": list(o.skill_ids),
            "ranked": list(o.ranked[:TOP]),
            "baseline": list(o.baseline[:TOP]),
            "top1": top1_hit(o.ranked, o.profile),
            "top3_hit": top3_hit(o.ranked, o.profile),
        }

    return {
        "overall": m.overall.as_dict(),
        "by_kind": {k: t.as_dict() for k, t in m.by_kind.items()},
        "skipped": len(m.skipped),
        "misses": [row(o) for o in m.top1_misses],
    }


def main(argv: Sequence[str] | None = None) -> int:
    from ecomcareer import loader

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, help="knowledge base (default: the bundled one)")
    parser.add_argument("--profiles", type=Path, default=DEFAULT_PROFILES, help="profiles file")
    parser.add_argument("--show-misses", action="store_true", help="list the profiles missed")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    kb = loader.load(args.data or loader.bundled_path(), use_cache=False)
    m = measure(kb, load_profiles(args.profiles))
    if args.json:
        print(json.dumps(as_json(m), indent=2, ensure_ascii=False))
    else:
        print(report(m, show_misses=args.show_misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())

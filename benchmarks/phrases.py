"""How well real skill phrases are read: benchmarks/phrases.yaml against a knowledge base.

    python benchmarks/phrases.py [--data FILE] [--phrases FILE] [--show-misses] [--json]

Each phrase is read as the CLI reads one typed item (split on commas, then resolved), and the
skill ids read are compared with the ids the phrase is labelled with. Coverage is the share of
phrases whose skill the vocabulary has; recall is the share of expected ids that were read, over
those phrases; a wrong reading is an id read that the phrase does not mean, which would credit a
person with a skill they did not claim.
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

#: The kinds of phrase, in the order the report lists them.
KINDS = ("tool", "hard", "soft", "jargon", "typo")
DEFAULT_PHRASES = Path(__file__).resolve().parent / "phrases.yaml"


class PhraseFileError(ValueError):
    """The phrases file is not in the documented shape."""


@dataclass(frozen=True, slots=True)
class Phrase:
    text: str
    kind: str
    expect: tuple[str, ...]
    means: str
    source: str


@dataclass(frozen=True, slots=True)
class Reading:
    """What the reader took from one phrase, against what it should have taken."""

    phrase: Phrase
    read: tuple[str, ...]

    @property
    def hits(self) -> tuple[str, ...]:
        return tuple(s for s in self.phrase.expect if s in self.read)

    @property
    def missed(self) -> tuple[str, ...]:
        return tuple(s for s in self.phrase.expect if s not in self.read)

    @property
    def wrong(self) -> tuple[str, ...]:
        return tuple(s for s in self.read if s not in self.phrase.expect)


@dataclass(frozen=True, slots=True)
class Tally:
    phrases: int
    covered: int
    expected: int
    hits: int
    wrong: int

    @property
    def coverage(self) -> float:
        """Share of phrases whose skill the vocabulary has."""
        return self.covered / self.phrases if self.phrases else 0.0

    @property
    def recall(self) -> float:
        """Expected ids read / expected ids, over the covered phrases (1.0 when none)."""
        return self.hits / self.expected if self.expected else 1.0

    def as_dict(self) -> dict[str, float | int | None]:
        return {
            "phrases": self.phrases,
            "covered": self.covered,
            "coverage": round(self.coverage, 4),
            "expected": self.expected,
            "hits": self.hits,
            "recall": round(self.recall, 4) if self.expected else None,
            "wrong": self.wrong,
        }


def tally(readings: Sequence[Reading]) -> Tally:
    return Tally(
        phrases=len(readings),
        covered=sum(1 for r in readings if r.phrase.expect),
        expected=sum(len(r.phrase.expect) for r in readings),
        hits=sum(len(r.hits) for r in readings),
        wrong=sum(len(r.wrong) for r in readings),
    )


@dataclass(frozen=True, slots=True)
class Measurement:
    readings: tuple[Reading, ...]
    overall: Tally
    by_kind: Mapping[str, Tally]

    @property
    def wrong_readings(self) -> tuple[Reading, ...]:
        return tuple(r for r in self.readings if r.wrong)

    @property
    def misses(self) -> tuple[Reading, ...]:
        return tuple(r for r in self.readings if r.missed)


def _text(entry: Mapping[object, object], key: str, where: str, *, required: bool = True) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or (required and not value.strip()):
        raise PhraseFileError(f"{where}: `{key}` must be a non-empty string")
    return value


def parse_phrases(data: object) -> list[Phrase]:
    """The phrases of a parsed phrases file; PhraseFileError says where it is malformed."""
    if not isinstance(data, dict) or not isinstance(data.get("phrases"), list):
        raise PhraseFileError("the file must be a mapping with a `phrases` list")
    out: list[Phrase] = []
    for i, entry in enumerate(data["phrases"]):
        where = f"phrases[{i}]"
        if not isinstance(entry, dict):
            raise PhraseFileError(f"{where}: must be a mapping")
        kind = _text(entry, "kind", where)
        if kind not in KINDS:
            raise PhraseFileError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
        expect = entry.get("expect")
        if not isinstance(expect, list) or not all(isinstance(s, str) for s in expect):
            raise PhraseFileError(f"{where}: `expect` must be a list of skill ids")
        out.append(
            Phrase(
                text=_text(entry, "text", where),
                kind=kind,
                expect=tuple(expect),
                means=_text(entry, "means", where),
                source=_text(entry, "source", where),
            )
        )
    return out


def load_phrases(path: Path) -> list[Phrase]:
    import yaml

    return parse_phrases(yaml.safe_load(path.read_text(encoding="utf-8")))


def measure(kb: KnowledgeBase, phrases: Sequence[Phrase]) -> Measurement:
    """Read every phrase as one typed item and compare with its labels."""
    from ecomcareer.documents.extract import typed_reader
    from ecomcareer.grammar import parse_skill_list

    read = typed_reader(kb)  # as the CLI reads typed items
    readings = tuple(Reading(p, read(parse_skill_list([p.text])).skill_ids) for p in phrases)
    by_kind = {k: tally([r for r in readings if r.phrase.kind == k]) for k in KINDS}
    return Measurement(readings, tally(readings), by_kind)


def _ids(ids: Sequence[str]) -> str:
    return "[" + ", ".join(ids) + "]"


def report(m: Measurement, *, show_misses: bool) -> str:
    lines = [
        f"{'kind':<8} {'phrases':>7} {'coverage':>9} {'recall':>8} {'expected':>9} {'wrong':>6}",
    ]
    for name, t in [*m.by_kind.items(), ("all", m.overall)]:
        recall = f"{t.recall:>8.1%}" if t.expected else f"{'-':>8}"
        lines.append(
            f"{name:<8} {t.phrases:>7} {t.coverage:>8.1%} {recall} {t.hits:>4}/{t.expected:<4} {t.wrong:>6}"
        )
    lines.append("")
    lines.append(f"Wrong readings ({m.overall.wrong}):")
    for r in m.wrong_readings:
        lines.append(
            f"  {r.phrase.text!r} [{r.phrase.kind}] read {_ids(r.wrong)}, expected {_ids(r.phrase.expect)}"
        )
    if show_misses:
        lines.append("")
        lines.append(f"Missed ({m.overall.expected - m.overall.hits} expected ids):")
        for r in m.misses:
            lines.append(
                f"  {r.phrase.text!r} [{r.phrase.kind}] missed {_ids(r.missed)}, read {_ids(r.read)}"
            )
    return "\n".join(lines)


def as_json(m: Measurement) -> dict[str, object]:
    def row(r: Reading) -> dict[str, object]:
        return {
            "text": r.phrase.text,
            "kind": r.phrase.kind,
            "expect": list(r.phrase.expect),
            "read": list(r.read),
            "missed": list(r.missed),
            "wrong": list(r.wrong),
        }

    return {
        "overall": m.overall.as_dict(),
        "by_kind": {k: t.as_dict() for k, t in m.by_kind.items()},
        "wrong_readings": [row(r) for r in m.wrong_readings],
        "misses": [row(r) for r in m.misses],
    }


def main(argv: Sequence[str] | None = None) -> int:
    from ecomcareer import loader

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, help="knowledge base (default: the bundled one)")
    parser.add_argument("--phrases", type=Path, default=DEFAULT_PHRASES, help="phrases file")
    parser.add_argument("--show-misses", action="store_true", help="list the phrases missed")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    kb = loader.load(args.data or loader.bundled_path(), use_cache=False)
    m = measure(kb, load_phrases(args.phrases))
    if args.json:
        print(json.dumps(as_json(m), indent=2, ensure_ascii=False))
    else:
        print(report(m, show_misses=args.show_misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())

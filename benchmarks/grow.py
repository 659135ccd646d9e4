"""Grow the bundled knowledge base to N roles, with a proportionally larger vocabulary.

python benchmarks/grow.py 1000 > /tmp/kb-1000.yaml
"""

from __future__ import annotations

import sys

import yaml

from ecomcareer.loader import bundled_path


def grow(n: int) -> dict[str, object]:
    base = yaml.safe_load(bundled_path().read_text(encoding="utf-8"))
    copies = -(-n // len(base["roles"]))
    skills, roles = [], []
    for k in range(copies):
        tag = "" if k == 0 else f"-{k}"
        for s in base["skills"]:
            skill = {**s, "id": s["id"] + tag, "name": s["name"] + (f" #{k}" if k else "")}
            skill["aliases"] = [a + (f" #{k}" if k else "") for a in s.get("aliases", [])]
            if "ambiguous" in s:
                # The copy's own words are tagged, so its marks must be too.
                own = {s["id"]: skill["id"], s["name"]: skill["name"]}
                own.update(zip(s.get("aliases", []), skill["aliases"], strict=True))
                skill["ambiguous"] = [own.get(w, w + (f" #{k}" if k else "")) for w in s["ambiguous"]]
            if "broader" in s:
                skill["broader"] = s["broader"] + tag
            skills.append(skill)
        for r in base["roles"]:
            role = {**r, "id": r["id"] + tag, "title": r["title"] + (f" #{k}" if k else "")}
            # Every copy lists the base skills plus its own, so matching cost grows with N.
            role["skills"] = {
                "core": [s + tag for s in r["skills"]["core"]],
                "supporting": [s + tag for s in r["skills"]["supporting"]],
            }
            role["next_roles"] = [x + tag for x in r.get("next_roles", [])]
            role["related_roles"] = [x + tag for x in r.get("related_roles", [])]
            roles.append(role)
    kept = roles[:n]
    ids = {r["id"] for r in kept}
    for role in kept:  # the last copy may be cut short: point only at roles that are there
        role["next_roles"] = [x for x in role["next_roles"] if x in ids]
        role["related_roles"] = [x for x in role["related_roles"] if x in ids]
    return {"version": 1, "skills": skills, "roles": kept}


class _PlainDumper(yaml.SafeDumper):
    """Writes shared lists out in full: knowledge bases may not use anchors."""

    def ignore_aliases(self, data: object) -> bool:
        return True


if __name__ == "__main__":
    yaml.dump(grow(int(sys.argv[1])), sys.stdout, Dumper=_PlainDumper, sort_keys=False, allow_unicode=True)

#!/usr/bin/env python3
"""Lists pairs of source files that import each other (each names the other's module).

A file's module is its path under src/ (`src/store/backup.rs` is `store::backup`, a
`mod.rs` is its folder). A reference is any path that starts `crate::`, `super::` or
`self::` (in `use` lines or inline), or a name in a `use super::{...}` group; each is
resolved to the longest module it reaches. Exits 1 if any pair is found. The routes and
the screens are one pair Dioxus's router needs (the `Route` enum names each screen, and
screens link to routes); it is reported but allowed.
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "src"
ALLOWED = {("ui::route", "ui::screens")}


def module_of(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] in ("mod", "lib", "main"):
        parts = parts[:-1]
    return "::".join(parts)


def main() -> int:
    files = {module_of(p): p for p in ROOT.rglob("*.rs")}
    modules = set(files)

    reexports = {}

    def resolve(base: str, path: str, follow=True):
        segs = path.split("::")
        here = base.split("::") if base else []
        if segs[0] == "crate":
            segs = segs[1:]
        else:
            while segs and segs[0] in ("super", "self"):
                if segs[0] == "super":
                    here = here[:-1]
                segs = segs[1:]
            segs = here + segs
        for n in range(len(segs), 0, -1):
            cand = "::".join(segs[:n])
            if cand in modules:
                # A name a module re-exports (`pub use`) belongs to the module it comes from.
                if follow and n < len(segs) and segs[n] in reexports.get(cand, {}):
                    return reexports[cand][segs[n]]
                return cand
        return None

    for mod, path in files.items():
        text = path.read_text()
        for m in re.finditer(r"pub use ([\w:]+)::\{([^}]*)\};", text, re.S):
            for name in re.split(r"[,\s]+", m.group(2)):
                name = name.strip()
                if name and name not in ("self", "*"):
                    target = resolve(mod, m.group(1) + "::" + name.split("::")[0], follow=False)
                    if target and target != mod:
                        reexports.setdefault(mod, {})[name.split("::")[-1]] = target
        for m in re.finditer(r"pub use ([\w:]+)::(\w+);", text):
            target = resolve(mod, m.group(1), follow=False)
            if target and target != mod:
                reexports.setdefault(mod, {})[m.group(2)] = target

    edges = {}
    for mod, path in files.items():
        text = path.read_text()
        # Tests inside a file may reach anywhere; only the code counts.
        text = text.split("#[cfg(test)]\nmod tests")[0]
        base = mod
        own = mod
        targets = set()
        for m in re.finditer(r"\b((?:crate|super|self)(?:::\w+)+)", text):
            t = resolve(base, m.group(1))
            if t:
                targets.add(t)
        for m in re.finditer(r"use ((?:crate|super|self)(?:::\w+)*)::\{([^}]*)\}", text, re.S):
            for name in re.split(r"[,\s]+", m.group(2)):
                name = name.strip().split(" as ")[0]
                if name and name not in ("self", "*"):
                    t = resolve(base, m.group(1) + "::" + name.split("::")[0])
                    if t:
                        targets.add(t)
        edges[own] = {t for t in targets if t != own and not own.startswith(t + "::") and not t.startswith(own + "::")}

    def reaches(a, b):
        return any(t == b or t.startswith(b + "::") for t in edges.get(a, ()))

    pairs = set()
    for a in edges:
        for b in edges[a]:
            if reaches(b, a) or any(reaches(x, a) for x in modules if x.startswith(b + "::")):
                pairs.add(tuple(sorted((a, b))))
    bad = []
    for a, b in sorted(pairs):
        allowed = any((a.startswith(x) and b.startswith(y)) or (a.startswith(y) and b.startswith(x)) for x, y in ALLOWED)
        print(("allowed: " if allowed else "") + f"{a} <-> {b}")
        if not allowed:
            bad.append((a, b))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

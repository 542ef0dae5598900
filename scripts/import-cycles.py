#!/usr/bin/env python3
"""Finds circles of imports among Mend's modules, of any length.

Each source file is a module: `src/store/backup.rs` is `store::backup`, and a folder's
`mod.rs` is the folder's module (`store`). A module imports another when its code (tests
aside) names it or something in it: a path starting `crate::`, `super::` or `self::`, a
name in a `use` group, or a path starting with one of its own child modules (`backup::make`
in `store/mod.rs`). A child naming its parent's items (`use super::Store`) imports the
parent, and a parent calling into a child imports the child: both together are a circle.

What is not an import: a `mod` line, and a plain re-export in a folder's `mod.rs` (`pub use
child::Thing;`, which only gives a name a shorter address): a name reached through it
belongs to the module that defines it, or to no module of ours if another crate gives it. A
re-export in any other file is an import of what it names, and a path through it imports
that file.

The graph is searched whole (strongly connected components), so a circle of three or more
modules is found as surely as a pair. One pair is allowed, by name: the router and the
screens (Dioxus's `Route` enum names each screen, and screens link to routes). Exits 1 if
any other circle is found, printing one path round each.

`--self-test` checks the search itself on small trees made in a temporary folder.
"""
import re
import sys
import tempfile
from pathlib import Path

ALLOWED = [("ui::route", "ui::screens")]


def module_of(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] in ("mod", "lib", "main"):
        parts = parts[:-1]
    return "::".join(parts)


def code_of(text: str) -> str:
    """The file without its tests and comments."""
    text = re.split(r"#\[cfg\(test\)\]\s*mod \w+", text)[0]
    text = re.sub(r"//[^\n]*", "", text)
    return text


def names_in_group(group: str):
    """The first segment of each path in a `use` group (`{a, b::c, d as e}`)."""
    depth = 0
    item = ""
    items = []
    for ch in group:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        if ch == "," and depth == 0:
            items.append(item)
            item = ""
        else:
            item += ch
    items.append(item)
    for item in items:
        item = item.strip().split(" as ")[0].strip()
        if item:
            yield item


def graph(root: Path):
    files = {module_of(root, p): p for p in sorted(root.rglob("*.rs"))}
    modules = set(files)
    texts = {m: code_of(p.read_text()) for m, p in files.items()}

    def absolute(base: str, path: str):
        """The path from the crate's root, or None for a path into another crate."""
        segs = path.split("::")
        here = base.split("::") if base else []
        if segs[0] == "crate":
            return segs[1:]
        if segs[0] not in ("super", "self") and "::".join(here + segs[:1]) not in modules:
            return None
        while segs and segs[0] in ("super", "self"):
            if segs[0] == "super":
                here = here[:-1]
            segs = segs[1:]
        return here + segs

    # A module's plain re-exports: the name it gives, and the module the name comes from.
    reexports = {}

    def longest(segs):
        for n in range(len(segs), 0, -1):
            cand = "::".join(segs[:n])
            if cand in modules:
                return cand, segs[n:]
        return ("" if "" in modules else None), segs

    def resolve(base: str, path: str):
        segs = absolute(base, path)
        seen = 0
        while segs is not None:
            mod, rest = longest(segs)
            if mod is None:
                return None
            if rest and rest[0] in reexports.get(mod, {}) and seen < 10:
                target = reexports[mod][rest[0]]
                if target is None:
                    return None
                segs = target + rest[1:]
                seen += 1
                continue
            return mod
        return None

    reexport_lines = {}
    for mod, text in texts.items():
        lines = []
        reexport_lines[mod] = lines
        if files[mod].name not in ("mod.rs", "lib.rs"):
            # Only a folder's own module is a place that gives names shorter addresses.
            continue
        for m in re.finditer(r"pub(?:\([\w:]+\))? use ([\w:]+)::\{(.*?)\};", text, re.S):
            lines.append(m.group(0))
            for item in names_in_group(m.group(2)):
                path = item.split("::")
                name = path[-1] if item.find(" as ") < 0 else item.split(" as ")[1].strip()
                if path[0] in ("self", "*"):
                    continue
                reexports.setdefault(mod, {})[name] = absolute(mod, m.group(1) + "::" + item)
        for m in re.finditer(r"pub(?:\([\w:]+\))? use ([\w:]+)::(\w+)(?: as (\w+))?;", text):
            lines.append(m.group(0))
            name = m.group(3) or m.group(2)
            reexports.setdefault(mod, {})[name] = absolute(mod, m.group(1) + "::" + m.group(2))

    edges = {}
    for mod, text in texts.items():
        for line in reexport_lines[mod]:
            text = text.replace(line, "")
        children = set(re.findall(r"^\s*(?:pub(?:\([\w:]+\))?\s+)?mod (\w+);", text, re.M))
        text = re.sub(r"^\s*(?:pub(?:\([\w:]+\))?\s+)?mod \w+;", "", text, flags=re.M)
        targets = set()
        starts = ["crate", "super", "self"] + sorted(children)
        pattern = r"(?<![\w:])((?:%s)(?:::\w+)+)" % "|".join(map(re.escape, starts))
        for m in re.finditer(pattern, text):
            targets.add(resolve(mod, m.group(1)))
        for m in re.finditer(r"use ((?:crate|super|self|\w+)(?:::\w+)*)::\{", text):
            first = m.group(1).split("::")[0]
            if first not in starts:
                continue
            depth, i = 1, m.end()
            while depth and i < len(text):
                depth += {"{": 1, "}": -1}.get(text[i], 0)
                i += 1
            for item in names_in_group(text[m.end():i - 1]):
                if item.split("::")[0] in ("self", "*"):
                    continue
                targets.add(resolve(mod, m.group(1) + "::" + item.split("::")[0]))
        edges[mod] = {t for t in targets if t is not None and t != mod}
    return edges


def allowed(a: str, b: str) -> bool:
    def under(m, x):
        return m == x or m.startswith(x + "::")

    return any(under(a, x) and under(b, y) for x, y in ALLOWED)


def circles(edges):
    """The strongly connected components of more than one module, each as one path round."""
    graph = {a: {b for b in bs if not allowed(a, b)} for a, bs in edges.items()}
    index, low, on, stack, found = {}, {}, set(), [], []
    counter = [0]

    def visit(v):
        # Tarjan's search, iterative so that a deep graph can't overflow Python's stack.
        work = [(v, iter(sorted(graph.get(v, ()))))]
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        while work:
            node, it = work[-1]
            nxt = next(it, None)
            if nxt is not None:
                if nxt not in index:
                    index[nxt] = low[nxt] = counter[0]
                    counter[0] += 1
                    stack.append(nxt)
                    on.add(nxt)
                    work.append((nxt, iter(sorted(graph.get(nxt, ())))))
                elif nxt in on:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                comp = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp.append(w)
                    if w == node:
                        break
                if len(comp) > 1:
                    found.append(path_round(graph, sorted(comp)))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(found)


def path_round(graph, comp):
    """One shortest path from the component's first module back to itself."""
    start, members = comp[0], set(comp)
    prev, queue = {start: None}, [start]
    while queue:
        node = queue.pop(0)
        for nxt in sorted(graph.get(node, ())):
            if nxt == start:
                path = [node]
                while prev[path[-1]] is not None:
                    path.append(prev[path[-1]])
                return list(reversed(path)) + [start]
            if nxt in members and nxt not in prev:
                prev[nxt] = node
                queue.append(nxt)
    return comp


def report(root: Path) -> int:
    edges = graph(root)
    for a in sorted(edges):
        for b in sorted(edges[a]):
            if allowed(a, b):
                print(f"allowed: {a} -> {b}")
    found = circles(edges)
    for path in found:
        print("circle: " + " -> ".join(path))
    print(f"{len(found)} circles among {len(edges)} modules")
    return 1 if found else 0


def self_test() -> int:
    cases = {
        "a circle of three": (
            {
                "lib.rs": "mod a; mod b; mod c;",
                "a.rs": "use crate::b::B; pub struct A;",
                "b.rs": "use crate::c::C; pub struct B;",
                "c.rs": "pub fn f() -> crate::a::A { todo!() } pub struct C;",
            },
            1,
        ),
        "a parent and a child that needs it back": (
            {
                "lib.rs": "mod store;",
                "store/mod.rs": "mod backup;\npub struct Store;\nfn f() { backup::make(); }",
                "store/backup.rs": "use super::Store;\npub fn make() {}",
            },
            1,
        ),
        "a plain re-export and mod lines are not imports": (
            {
                "lib.rs": "mod store;",
                "store/mod.rs": "mod backup;\npub use backup::make;\npub struct Store;",
                "store/backup.rs": "use super::Store;\npub fn make() {}",
            },
            0,
        ),
        "a name through a re-export belongs to where it is made": (
            {
                "lib.rs": "mod d; mod x;",
                "d/mod.rs": "mod t;\npub use t::{T, U};",
                "d/t.rs": "pub struct T; pub struct U;",
                "x.rs": "use crate::d::T;",
            },
            0,
        ),
        "the router pair is allowed": (
            {
                "lib.rs": "mod ui;",
                "ui/mod.rs": "mod route; mod screens;",
                "ui/route.rs": "use crate::ui::screens::now::Now;",
                "ui/screens/mod.rs": "pub mod now;",
                "ui/screens/now.rs": "use crate::ui::route::Route; pub struct Now;",
            },
            0,
        ),
        "a name another crate gives, re-exported, is no import": (
            {
                "lib.rs": "mod ui;",
                "ui/mod.rs": "mod launch; mod device;\npub(crate) use dioxus::desktop as webview;",
                "ui/launch.rs": "use super::device::D; fn f() { super::webview::launch(); }",
                "ui/device.rs": "pub struct D; fn f() { crate::ui::webview::go(); }",
            },
            0,
        ),
        "a re-export outside a mod.rs still leads to its module": (
            {
                "lib.rs": "mod ui;",
                "ui/mod.rs": "mod launch; mod device;",
                "ui/launch.rs": "use super::device::D;\npub(crate) use dioxus::desktop as webview;",
                "ui/device.rs": "pub struct D; fn f() { super::launch::webview::go(); }",
            },
            1,
        ),
        "tests and comments are not imports": (
            {
                "lib.rs": "mod a; mod b;",
                "a.rs": "use crate::b::B; pub struct A;",
                "b.rs": "// crate::a::A\npub struct B;\n#[cfg(test)]\nmod tests { use crate::a::A; }",
            },
            0,
        ),
    }
    failed = 0
    for name, (tree, want) in cases.items():
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            for rel, text in tree.items():
                (root / rel).parent.mkdir(parents=True, exist_ok=True)
                (root / rel).write_text(text)
            got = len(circles(graph(root)))
        status = "ok" if got == want else "FAILED"
        failed += got != want
        print(f"{status}: {name} ({got} circles, {want} expected)")
    return 1 if failed else 0


if __name__ == "__main__":
    if "--self-test" in sys.argv:
        sys.exit(self_test())
    sys.exit(report(Path(__file__).resolve().parent.parent / "src"))

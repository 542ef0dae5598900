#!/usr/bin/env python3
"""Fails if a source file under src/ holds more than 800 lines of code. A file's unit tests
(from `#[cfg(test)]` on) don't count, and neither do files that hold only tests."""
import sys
from pathlib import Path

LIMIT = 800
ROOT = Path(__file__).resolve().parent.parent / "src"


def main() -> int:
    over = []
    for path in sorted(ROOT.rglob("*.rs")):
        if path.name == "tests.rs":
            continue
        lines = path.read_text().split("\n")
        code = next((i for i, line in enumerate(lines) if line.startswith("#[cfg(test)]")), len(lines))
        if code > LIMIT:
            over.append((code, path.relative_to(ROOT.parent)))
    for n, path in over:
        print(f"{path}: {n} lines of code (at most {LIMIT})")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())

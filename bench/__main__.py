"""``python -m bench NAME [options]``: run one benchmark (or ``all``)."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def available() -> list[str]:
    here = Path(__file__).parent
    return sorted(
        m.name for m in pkgutil.iter_modules([str(here)]) if not m.name.startswith("_")
    )


def main(argv: list[str]) -> int:
    names = available()
    if not argv or argv[0] in ("-h", "--help"):
        print("usage: python -m bench NAME [options]   (NAME: all, " + ", ".join(names) + ")")
        print("       python -m bench page [-o docs/benchmarks.md] [--tables N] [--repeat R]"
              "   (run them all, write the Markdown page)")
        return 0
    name, rest = argv[0], argv[1:]
    if name == "page":
        from ._page import main as page

        return page(rest)
    if name == "all":
        return max((importlib.import_module(f"bench.{n}").main(rest) for n in names), default=0)
    if name not in names:
        print(f"bench: no benchmark {name!r}; choose from: {', '.join(names)}", file=sys.stderr)
        return 2
    return int(importlib.import_module(f"bench.{name}").main(rest))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

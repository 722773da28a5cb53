"""``python -m bench page -o docs/benchmarks.md``: run every benchmark and write one Markdown page.

Each benchmark (``python -m bench NAME``) runs in its own process, as ``make
bench`` would run it by hand; its printed tables — every figure beside the
peer measured in the same run (MetaData.reflect, Alembic, eralchemy,
sqlacodegen) and the ratio between them — become Markdown tables, the lines
around them paragraphs. The page's header names the machine (CPU, cores,
memory, load when the run started, OS, Python, library versions), the date and
the exact command. A benchmark that fails (a server down, a peer not
installed) gets its last lines of output in its section, and the page is
still written.

``--tables N`` and ``--repeat R`` are passed to every benchmark under its own
option name (``erd`` calls the sizes ``--sizes``); without them each benchmark
uses its defaults. ``--note TEXT`` adds a paragraph under the header (say that a
small run shows only the format).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: The option each benchmark takes for "how many tables" (default ``--tables``).
SIZE_OPTION = {"erd": "--sizes"}
#: The libraries whose versions the header lists (the peers among them).
VERSIONS = ("schemanb", "SQLAlchemy", "alembic", "psycopg", "PyMySQL", "pandas", "graphviz",
            "eralchemy", "sqlacodegen")


@dataclass(frozen=True)
class Section:
    """One benchmark's run: its name, command, exit code, output and seconds taken."""

    name: str
    command: str
    returncode: int
    output: str
    seconds: float


def machine() -> list[tuple[str, str]]:
    """What the figures were measured on, as (label, value) pairs."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "unknown"
    versions = []
    for name in VERSIONS:
        try:
            versions.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name} (not installed)")
    return [
        ("CPU", f"{cpu}, {os.cpu_count()} logical cores"),
        ("memory", memory),
        ("load average at the start (1, 5, 15 min)", load),
        ("system", platform.platform()),
        ("Python", f"{platform.python_implementation()} {platform.python_version()}"),
        ("libraries", ", ".join(versions)),
    ]


def command_for(name: str, tables: str | None, repeat: int | None) -> list[str]:
    """The ``python -m bench NAME ...`` command line with the sizes under ``name``'s option."""
    cmd = [sys.executable, "-m", "bench", name]
    if tables:
        cmd += [SIZE_OPTION.get(name, "--tables"), tables]
    if repeat:
        cmd += ["--repeat", str(repeat)]
    return cmd


def run_section(name: str, tables: str | None, repeat: int | None, timeout: float) -> Section:
    cmd = command_for(name, tables, repeat)
    shown = " ".join(["python", *cmd[1:]])
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    started = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env,
                              cwd=ROOT, check=False)
        output, code = proc.stdout + proc.stderr, proc.returncode
    except subprocess.TimeoutExpired as err:
        out = err.stdout.decode() if isinstance(err.stdout, bytes) else (err.stdout or "")
        output, code = out + f"\n(stopped after {timeout:g} s)", -1
    return Section(name, shown, code, output, time.perf_counter() - started)


_RULE = re.compile(r"^-+(  -+)*$")


def _split_row(line: str, spans: list[tuple[int, int]]) -> list[str]:
    cells = []
    for i, (start, _end) in enumerate(spans):
        stop = spans[i + 1][0] if i + 1 < len(spans) else len(line)
        cells.append(line[start:stop].strip())
    return cells


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|")


def _fits(line: str, spans: list[tuple[int, int]]) -> bool:
    """Whether ``line`` is a row of the table whose columns start at ``spans``: a gap before each."""
    return all(start == 0 or start > len(line) or line[start - 1] == " " for start, _ in spans)


def _text_block(block: list[str]) -> list[str]:
    """Lines that are not a dashed table: aligned or indented ones fenced, prose kept as is."""
    if any(line.startswith(" ") or "  " in line.strip() for line in block):
        return ["```", *block, "```"]
    return block


def to_markdown(output: str) -> str:
    """A benchmark's printed output as Markdown: its aligned tables as tables, the rest as text.

    A table is a header line, a line of dashes (one run per column, two spaces
    apart) and the rows under it, as ``bench._harness.print_table`` prints them;
    a line that does not fit the columns ends it. Other aligned or indented
    lines (tables printed without dashes, notes) go into a code block, so their
    columns stay aligned.

    >>> print(to_markdown("title\ncase  s\n----  -\na     1\n\nafter"))
    title
    <BLANKLINE>
    | case | s |
    | --- | ---: |
    | a | 1 |
    <BLANKLINE>
    after
    """
    lines = output.rstrip("\n").splitlines()
    out: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            if out and out[-1] != "":
                out.append("")
            out.extend(_text_block(pending))
            out.append("")
            pending.clear()

    i = 0
    while i < len(lines):
        if i + 1 < len(lines) and lines[i].strip() and _RULE.match(lines[i + 1].rstrip()):
            flush()
            rule = lines[i + 1].rstrip()
            spans = [(m.start(), m.end()) for m in re.finditer(r"-+", rule)]
            header = _split_row(lines[i], spans)
            rows = []
            j = i + 2
            while j < len(lines) and lines[j].strip() and _fits(lines[j], spans):
                rows.append(_split_row(lines[j], spans))
                j += 1
            numeric = [
                all(re.fullmatch(r"[-+]?[\d.,]+\s*(x|%|s|MB)?|-|", r[k]) for r in rows) and bool(rows)
                for k in range(len(header))
            ]
            out.append("| " + " | ".join(_md_cell(h) for h in header) + " |")
            out.append("| " + " | ".join("---:" if n else "---" for n in numeric) + " |")
            out += ["| " + " | ".join(_md_cell(c) for c in r) + " |" for r in rows]
            out.append("")
            i = j
            continue
        if lines[i].strip():
            pending.append(lines[i].rstrip())
        else:
            flush()
        i += 1
    flush()
    text = "\n".join(out)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


def render_page(
    sections: Sequence[Section],
    *,
    machine_info: Sequence[tuple[str, str]],
    date: str,
    command: str,
    note: str = "",
) -> str:
    """The whole page: header (machine, date, command, note), then a section per benchmark."""
    head = [
        "# Benchmarks",
        "",
        f"Generated by `make bench` (`{command}`) on {date}. Do not edit by hand: rerun it.",
        "Every case ran in a fresh process; each figure stands beside the peer measured in",
        "the same run (SQLAlchemy's `MetaData.reflect`, Alembic's autogenerate, eralchemy,",
        "sqlacodegen) and the ratio between them. See `bench/` for what each case does.",
        "",
    ]
    if note:
        head += [f"> {line}" if line else ">" for line in note.splitlines()] + [""]
    head += ["## Machine", "", "| | |", "| --- | --- |"]
    head += [f"| {_md_cell(k)} | {_md_cell(v)} |" for k, v in machine_info]
    head.append("")
    body: list[str] = []
    for s in sections:
        body += [f"## {s.name}", "", f"`{s.command}` — {s.seconds:.0f} s", ""]
        if s.returncode != 0:
            tail = "\n".join(s.output.strip().splitlines()[-6:])
            body += [f"**Did not finish** (exit {s.returncode}); its last lines:", "", "```",
                     tail, "```", ""]
            continue
        body += [to_markdown(s.output), ""]
    return "\n".join(head + body).rstrip("\n") + "\n"


def main(argv: list[str]) -> int:
    from . import __main__ as entry

    parser = argparse.ArgumentParser(prog="python -m bench page", description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", default="docs/benchmarks.md", help="page to write")
    parser.add_argument("--names", help="benchmarks to run, comma-separated (default: all)")
    parser.add_argument("--tables", help="table counts for every benchmark (default: each one's own)")
    parser.add_argument("--repeat", type=int, help="fresh-process runs per case (default: each one's own)")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds per benchmark")
    parser.add_argument("--note", default="", help="a paragraph under the header")
    args = parser.parse_args(argv)
    names = args.names.split(",") if args.names else entry.available()
    unknown = sorted(set(names) - set(entry.available()))
    if unknown:
        print(f"bench page: no benchmark {', '.join(unknown)}", file=sys.stderr)
        return 2
    info = machine()  # before the run: the load average says how busy the machine was
    date = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    sections = []
    for name in names:
        print(f"bench page: running {name} ...", file=sys.stderr, flush=True)
        sections.append(run_section(name, args.tables, args.repeat, args.timeout))
    sizes = [f"--tables {args.tables}"] if args.tables else []
    sizes += [f"--repeat {args.repeat}"] if args.repeat else []
    sizes += [f"--names {args.names}"] if args.names else []
    command = " ".join(["python -m bench page", *sizes])
    page = render_page(sections, machine_info=info, date=date, command=command, note=args.note)
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(out)
    failed = [s.name for s in sections if s.returncode != 0]
    print(f"wrote {out}" + (f" ({', '.join(failed)} did not finish)" if failed else ""))
    return 1 if failed else 0

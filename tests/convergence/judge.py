"""The independent judge: a migration applied as a user applies it, judged by the database's own dump.

For two throwaway databases A and B of one dialect, :func:`judge_sql` and
:func:`judge_alembic`

1. produce the migration the way a user does: ``python -m schemanb diff A B
   --format sql`` (or ``--format alembic``, dropped into a real ``alembic init``
   project and run with ``python -m alembic upgrade head``), in a subprocess;
2. apply the SQL with the database's own client, stopping at the first error
   (``psql -v ON_ERROR_STOP=1``, ``mariadb --batch`` without ``--force``,
   ``sqlite3 -bail`` with foreign keys on);
3. compare A' with B by what the database itself shows (:func:`dump`): a
   normalised ``pg_dump --schema-only`` / ``mariadb-dump --no-data`` / the
   tokenised ``sqlite_master`` text plus the PRAGMA structure of every table
   and index;
4. ask schemanb too (a fresh ``inspect`` of A' against B's snapshot), so each
   step ends in one :class:`Outcome`: converged, BLIND SPOT (schemanb says
   equal, the dumps differ), not converged (schemanb still sees a change),
   apply error or diff error;
5. check that B was not touched, then take the way back: ``schemanb diff A'
   A0 --format sql`` against A's snapshot file (or ``alembic downgrade -1``),
   judged the same way against A's original dump.

Nothing here imports ``../shared/tools``: the project holds its own judge.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dbutil import REQUIRE_SERVERS_ENV, ThrowawayDB
from sqlalchemy.engine import make_url

import schemanb
from schemanb import serialize
from schemanb.diff import diff

#: The clients each dialect's judge runs.
CLIENTS = {
    "postgresql": ("psql", "pg_dump"),
    "mariadb": ("mariadb", "mariadb-dump"),
    "sqlite": ("sqlite3",),
}

#: The table Alembic keeps its revision in: not part of either schema.
VERSION_TABLE = "alembic_version"

CONVERGED = "converged"
BLIND_SPOT = "BLIND SPOT"
NOT_CONVERGED = "not converged"
APPLY_ERROR = "apply error"
DIFF_ERROR = "diff error"
B_MODIFIED = "B modified"
DATA_LOST = "data lost"


def missing_client(kind: str) -> str | None:
    """The first client the judge of ``kind`` needs that is not on PATH, or ``None``."""
    return next((c for c in CLIENTS[kind] if shutil.which(c) is None), None)


def require_clients(kind: str) -> None:
    """Skip (fail under ``SCHEMANB_REQUIRE_SERVERS=1``) when a client of ``kind`` is missing."""
    import pytest

    client = missing_client(kind)
    if client:
        why = f"the {client} client is not installed (scripts/setup-system.sh --browser installs it)"
        if REQUIRE_SERVERS_ENV():
            pytest.fail(f"{kind} judge: {why}")
        pytest.skip(f"{kind} judge: {why}")


@dataclass
class Outcome:
    """How one step (upgrade or way back) ended."""

    status: str
    step: str
    detail: str = ""
    sql: str = ""

    @property
    def ok(self) -> bool:
        return self.status == CONVERGED

    def headline(self) -> str:
        first = self.detail.strip().splitlines()[0] if self.detail.strip() else ""
        return f"{self.step}: {self.status}" + (f": {first}" if first else "")

    def report(self) -> str:
        out = [self.headline()]
        if self.detail.strip():
            out += ["", self.detail.strip()]
        if self.sql:
            out += ["", "-- the SQL / revision applied:", self.sql.strip()[:6000]]
        return "\n".join(out)


# ------------------------------------------------------------------ clients


def _run(cmd: Sequence[str], *, stdin: str | None = None, env: dict[str, str] | None = None,
         cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(cmd), input=stdin, capture_output=True, text=True, check=False,
                          env=env, cwd=cwd, timeout=300, errors="replace")


def _pg_args(db: ThrowawayDB) -> list[str]:
    url = make_url(db.url)
    return ["-h", url.host or "127.0.0.1", "-p", str(url.port or 5432), "-U", url.username or "postgres"]


def _maria_args(db: ThrowawayDB) -> list[str]:
    url = make_url(db.url)
    args = ["-h", url.host or "127.0.0.1", "-P", str(url.port or 3306), "-u", url.username or "root"]
    return args + ([f"-p{url.password}"] if url.password else [])


def _client_env(db: ThrowawayDB) -> dict[str, str]:
    return dict(os.environ, PGPASSWORD=make_url(db.url).password or "",
                PGOPTIONS="-c client_min_messages=warning")


def apply_sql(db: ThrowawayDB, path: Path) -> str | None:
    """Run the SQL file on ``db`` with its own client; the client's error text, or ``None``."""
    if db.kind == "postgresql":
        cmd = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", *_pg_args(db), "-d", db.name, "-f", str(path)]
        result = _run(cmd, env=_client_env(db))
    elif db.kind == "mariadb":
        # schemanb's MariaDB SQL quotes identifiers with backticks, so the server's
        # default sql_mode (no ANSI_QUOTES) is the one a user has.
        cmd = ["mariadb", "--batch", "--default-character-set=utf8mb4", *_maria_args(db), db.name]
        result = _run(cmd, stdin=path.read_text(encoding="utf-8"))
    else:
        assert db.path is not None
        cmd = ["sqlite3", "-bail", "-cmd", "PRAGMA foreign_keys=ON", str(db.path)]
        result = _run(cmd, stdin=path.read_text(encoding="utf-8"))
    db.engine.dispose()
    if result.returncode == 0:
        return None
    text = (result.stderr or result.stdout).strip()
    errors = [line for line in text.splitlines() if re.search(r"ERROR|Error|error|Parse error", line)]
    return "\n".join(errors or text.splitlines()[-5:] or [f"exit status {result.returncode}"])


# ------------------------------------------------------------------ dumps


def dump(db: ThrowawayDB, *, privileges: bool = False) -> list[str]:
    """``db``'s schema as the database shows it: normalised, sorted lines (Alembic's table left out)."""
    db.engine.dispose()
    if db.kind == "postgresql":
        return _pg_dump(db, privileges)
    if db.kind == "mariadb":
        return _maria_dump(db)
    assert db.path is not None
    return sqlite_dump(db.path)


def _pg_dump(db: ThrowawayDB, privileges: bool) -> list[str]:
    cmd = ["pg_dump", *_pg_args(db), "--schema-only", "--no-owner", f"--exclude-table=*.{VERSION_TABLE}"]
    if not privileges:
        cmd.append("--no-privileges")
    result = _run([*cmd, db.name], env=_client_env(db))
    if result.returncode:
        raise RuntimeError(f"pg_dump {db.name} failed: {result.stderr.strip()}")
    lines = []
    for raw in result.stdout.splitlines():
        line = raw.strip()
        # The dump's own session settings start a line; a routine's SET clause
        # (``    SET search_path TO 'public'``) is indented, part of the schema.
        if not line or raw.startswith("SET ") or line.startswith(
                ("--", "SELECT pg_catalog.set_config", "\\restrict", "\\unrestrict")):
            continue
        lines.append(line.replace(db.name, "<db>").rstrip(","))  # sorted: a column's comma says nothing
    with db.engine.connect() as conn:  # pg_dump leaves extension versions out
        for name, version in conn.exec_driver_sql("SELECT extname, extversion FROM pg_extension"):
            lines.append(f"[extension] {name} {version}")
    db.engine.dispose()
    return sorted(lines)


_VERSION_COMMENT = re.compile(r"/\*!\d{0,6}\s?(.*?)\*/", re.S)
_MARIA_SESSION = re.compile(
    r"^(SET|USE|LOCK TABLES|UNLOCK TABLES|ALTER DATABASE|DROP (TABLE|VIEW|TRIGGER|PROCEDURE|FUNCTION|EVENT)\b)", re.I)
# The dump's "SET character_set_client = latin1" / "collation_connection = ..." around a
# view, routine, trigger or event (and "= @saved_cs_client" after): what it is created under.
_MARIA_CHARSET = re.compile(
    r"^(?:/\*!\d+\s*)?SET\s+(character_set_client|collation_connection)\s*=\s*(@?\w+)\s*(?:\*/)?\s*;;?$", re.I)
_CHARSET_MARK = "\x00charset "
_DEFINER = re.compile(r"\s*DEFINER\s*=\s*(`[^`]*`|'[^']*'|[^\s@]+)@(`[^`]*`|'[^']*'|\S+)")


def _maria_dump(db: ThrowawayDB) -> list[str]:
    cmd = ["mariadb-dump", *_maria_args(db), "--no-data", "--skip-comments", "--routines", "--triggers",
           "--events", "--skip-add-drop-table", "--skip-add-locks", "--skip-dump-date",
           "--default-character-set=utf8mb4", f"--ignore-table={db.name}.{VERSION_TABLE}", db.name]
    result = _run(cmd)
    if result.returncode:
        raise RuntimeError(f"mariadb-dump {db.name} failed: {result.stderr.strip()}")
    kept, delimiter = [], ";"
    for raw in result.stdout.splitlines():  # the dump's own session lines, outside routine bodies
        line = raw.strip()
        charset = _MARIA_CHARSET.match(line)
        if charset:  # the character set a view, routine, trigger or event is created under: kept
            kept.append(f"{_CHARSET_MARK}{charset.group(1).lower()} {charset.group(2)}")
            continue
        if line.upper().startswith("DELIMITER"):
            delimiter = (line.split() + [";"])[1]
        elif line.startswith("/*M!999999") or (delimiter == ";" and _MARIA_SESSION.match(_VERSION_COMMENT.sub(
                lambda m: m.group(1), line))):
            continue
        kept.append(raw)
    text = _VERSION_COMMENT.sub(lambda m: m.group(1), "\n".join(kept))
    text = _DEFINER.sub("", text)
    text = re.sub(r" AUTO_INCREMENT=\d+", "", text).replace(db.name, "<db>")
    out: list[str] = []
    table, statement, delimiter = None, [], ";"
    session: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith(_CHARSET_MARK):
            var, value = line[len(_CHARSET_MARK):].split(" ", 1)
            if value.startswith("@"):
                session.pop(var, None)
            else:
                session[var] = value
            continue
        if line.upper().startswith("DELIMITER"):
            delimiter = (line.split() + [";"])[1]
            continue
        if not line or (not statement and line in (";", ";;")):
            continue
        start = re.match(r"^CREATE TABLE (`(?:[^`]|``)+`) \($", line)
        if start and not statement:  # a column line keeps its table: prefix, then sort
            table = start.group(1)
            out.append(line)
        elif table:
            out.append(f"{table}: {line.rstrip(',')}")
            if line.startswith(")") and line.endswith(";"):
                table = None
        else:
            # Views, routines, triggers, events: one statement each, tokenised -- the
            # server keeps a routine's or trigger's text as typed (quoting, spacing).
            statement.append(line)
            if line.endswith(delimiter):
                under = " ".join(f"{k}={v}" for k, v in sorted(session.items()))
                out.append(f"[{under}] " * bool(under) + sql_tokens("\n".join(statement)[: -len(delimiter)]))
                statement = []
    if statement:
        out.append(sql_tokens("\n".join(statement)))
    with db.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT default_character_set_name, default_collation_name FROM information_schema.schemata "
            "WHERE schema_name = DATABASE()").one()
    db.engine.dispose()
    out.append(f"[database] character set {row[0]} collate {row[1]}")
    return sorted(out)


_TOKEN = re.compile(r"""
    (?P<ws>\s+) | (?P<line>--[^\n]*) | (?P<block>/\*.*?(?:\*/|\Z))
  | (?P<str>'(?:[^']|'')*')
  | (?P<quoted>"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\])
  | (?P<num>0[xX][0-9a-fA-F]+|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
  | (?P<word>[A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*)
  | (?P<op>\|\||<<|>>|<=|>=|==|!=|<>|->>|->|.)
""", re.S | re.X)


def sql_tokens(sql: str | None) -> str:
    """SQLite DDL as tokens: whitespace, comments, identifier quoting and keyword case removed.

    >>> sql_tokens('CREATE  TABLE "T" (a int, -- note\\n "b c" TEXT)')
    'create table t ( a int , "b c" text )'
    """
    out = []
    for m in _TOKEN.finditer(sql or ""):
        kind, text = m.lastgroup, m.group()
        if kind in ("ws", "line", "block"):
            continue
        if kind == "quoted":
            inner = text[1:-1]
            inner = inner.replace('""', '"') if text[0] == '"' else inner.replace("``", "`") if text[0] == "`" else inner
            plain = re.fullmatch(r"[A-Za-z_][A-Za-z0-9_$]*", inner)
            text = inner.lower() if plain else '"' + inner.lower().replace('"', '""') + '"'
        elif kind == "word":
            text = text.lower()
        out.append(text)
    return " ".join(out)


def sqlite_dump(path: Path) -> list[str]:
    """Every object's tokenised ``sqlite_master.sql``, and the PRAGMA structure of tables and indexes."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    out: list[str] = []
    try:
        rows = con.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
            "AND tbl_name <> ? ORDER BY type, name", (VERSION_TABLE,)).fetchall()
        for type_, name, _table, sql in rows:
            label = f"{type_} {name.lower()}"
            if sql is not None:
                out.append(f"{label}: {sql_tokens(sql)}")
            if type_ == "table":
                for col in con.execute("SELECT * FROM pragma_table_xinfo(?)", (name,)):
                    cid, cname, ctype, notnull, default, pk, hidden = col
                    out.append(f"{label}: column #{cid} {cname.lower()} {ctype.lower()} notnull={notnull} "
                               f"default={sql_tokens(default) if default is not None else None} pk={pk} "
                               f"hidden={hidden}")
                for fk in con.execute("SELECT * FROM pragma_foreign_key_list(?)", (name,)):
                    out.append(f"{label}: fk #{fk[0]}.{fk[1]} {fk[3].lower()} -> {fk[2].lower()}."
                               f"{(fk[4] or '').lower()} on update {fk[5]} on delete {fk[6]} match {fk[7]}")
                for _seq, iname, unique, origin, partial in con.execute("SELECT * FROM pragma_index_list(?)", (name,)):
                    shown = iname.lower() if origin == "c" else f"<{origin}>"
                    cols = [f"{(r[2] or '<expr>').lower()} {'desc' if r[3] else 'asc'} {(r[4] or '').lower()}"
                            for r in con.execute("SELECT * FROM pragma_index_xinfo(?)", (iname,)) if r[5]]
                    out.append(f"{label}: index {shown} unique={unique} origin={origin} partial={partial} "
                               f"({', '.join(cols)})")
    finally:
        con.close()
    return sorted(out)


def dump_diff(got: list[str], want: list[str], limit: int = 40) -> str:
    """The lines only one side has: ``-`` A' has it, ``+`` the target has it."""
    ca, cb = Counter(got), Counter(want)
    lines = [f"- {x}" for x in sorted((ca - cb).elements())] + [f"+ {x}" for x in sorted((cb - ca).elements())]
    more = f"\n... {len(lines) - limit} more" if len(lines) > limit else ""
    return "\n".join(lines[:limit]) + more


# ------------------------------------------------------------------ schemanb, as a user runs it


@dataclass
class Options:
    """What a case needs on the command line."""

    schemas: tuple[str, ...] = ()
    renames: tuple[str, ...] = ()  # "old -> new" decisions to accept
    keep: tuple[str, str] | None = None  # (query, value it must return after the upgrade)
    way_back: bool = True

    def cli(self, workdir: Path, *, reverse: bool = False) -> list[str]:
        args = [a for s in self.schemas for a in ("--schema", s)]
        if self.renames:
            pairs = [" -> ".join(reversed(r.split(" -> "))) if reverse else r for r in self.renames]
            hints = workdir / ("renames.back.json" if reverse else "renames.json")
            hints.write_text(json.dumps({"renames": {"accept": pairs}}), encoding="utf-8")
            args += ["--renames", str(hints)]
        return args


def schemanb_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m schemanb ARGS`` in a subprocess, as a user runs it."""
    return _run([sys.executable, "-m", "schemanb", *args], cwd=cwd)


def _cli_error(result: subprocess.CompletedProcess[str]) -> str | None:
    if result.returncode in (0, 1) and "Traceback" not in result.stderr:
        return None
    return f"exit {result.returncode}: {result.stderr.strip()[-2000:]}"


def snapshot(db: ThrowawayDB, opts: Options) -> schemanb.Schema:
    db.engine.dispose()
    return schemanb.inspect(db.url, schemas=list(opts.schemas) or None)


def _left(db: ThrowawayDB, target: schemanb.Schema, opts: Options) -> str | None:
    """What schemanb still sees between ``db`` and ``target`` (Alembic's table ignored), or ``None``."""
    d = diff(snapshot(db, opts), target, ignore=[VERSION_TABLE])
    if d.is_empty:
        return None
    return "; ".join(f"{c.kind.value} {c.ref}" for c in d.changes)


@dataclass
class Run:
    """One (case, dialect, path): the databases, their reference dumps and snapshots."""

    a: ThrowawayDB
    b: ThrowawayDB
    workdir: Path
    opts: Options = field(default_factory=Options)
    a_dump: list[str] = field(default_factory=list)
    b_dump: list[str] = field(default_factory=list)
    a_snap: schemanb.Schema | None = None
    b_snap: schemanb.Schema | None = None

    def prepare(self, cache: dict[object, tuple[list[str], list[str], schemanb.Schema, schemanb.Schema]] | None = None,
                key: object = None) -> None:
        """Dump and inspect A and B as they are before the migration.

        A ``cache`` keyed by ``key`` shares them between the SQL and the Alembic
        run of one pair (the same scripts give the same dumps).
        """
        if cache is not None and key in cache:
            self.a_dump, self.b_dump, self.a_snap, self.b_snap = cache[key]
            return
        self.a_dump, self.b_dump = dump(self.a), dump(self.b)
        self.a_snap, self.b_snap = snapshot(self.a, self.opts), snapshot(self.b, self.opts)
        if cache is not None:
            cache.clear()  # one pair at a time: its two runs are neighbours
            cache[key] = (self.a_dump, self.b_dump, self.a_snap, self.b_snap)

    def judge(self, step: str, target_dump: list[str], target: schemanb.Schema, sql: str) -> Outcome:
        got = dump(self.a)
        left = _left(self.a, target, self.opts)
        if left:
            return Outcome(NOT_CONVERGED, step, f"schemanb still sees {left}\n{dump_diff(got, target_dump)}", sql)
        if got != target_dump:
            differ = dump_diff(got, target_dump)
            return Outcome(BLIND_SPOT, step, f"schemanb says equal, the dumps differ: {differ.splitlines()[0]}\n"
                           + differ, sql)
        return Outcome(CONVERGED, step, "", sql)

    def check_b(self) -> Outcome | None:
        now = dump(self.b)
        if now != self.b_dump:
            return Outcome(B_MODIFIED, "upgrade", dump_diff(now, self.b_dump))
        return None

    def check_keep(self, sql: str) -> Outcome | None:
        if self.opts.keep is None:
            return None
        from converge import scalar

        query, want = self.opts.keep
        got = str(scalar(self.a, query))
        self.a.engine.dispose()
        if got != want:
            return Outcome(DATA_LOST, "upgrade", f"{query.splitlines()[-1]} gave {got!r}, not {want!r}", sql)
        return None


def judge_sql(run: Run) -> list[Outcome]:
    """Upgrade A to B with ``schemanb diff A B --format sql`` applied by the client, then back."""
    assert run.a_snap is not None and run.b_snap is not None
    up = run.workdir / "up.sql"
    outcome = _sql_step(run, "upgrade", run.b.url, up, run.opts.cli(run.workdir))
    if outcome is None:
        outcome = run.check_keep(up.read_text(encoding="utf-8")) or run.judge(
            "upgrade", run.b_dump, run.b_snap, up.read_text(encoding="utf-8"))
    outcomes = [outcome, *([b] if (b := run.check_b()) else [])]
    if not outcome.ok or not run.opts.way_back:
        return outcomes
    a0 = run.workdir / "a0.json"
    a0.write_text(serialize.dumps(run.a_snap), encoding="utf-8")
    down = run.workdir / "down.sql"
    back = _sql_step(run, "way back", str(a0), down, run.opts.cli(run.workdir, reverse=True))
    if back is None:
        back = run.judge("way back", run.a_dump, run.a_snap, down.read_text(encoding="utf-8"))
    return [*outcomes, back]


def _sql_step(run: Run, step: str, target: str, path: Path, extra: list[str]) -> Outcome | None:
    result = schemanb_cli("diff", run.a.url, target, "--format", "sql", *extra)
    error = _cli_error(result)
    if error:
        return Outcome(DIFF_ERROR, step, error)
    path.write_text(result.stdout, encoding="utf-8")
    if result.stdout.strip():
        failed = apply_sql(run.a, path)
        if failed:
            return Outcome(APPLY_ERROR, step, failed, result.stdout)
    return None


# ------------------------------------------------------------------ Alembic


def alembic_skeleton(where: Path) -> Path:
    """A real ``alembic init`` project (made once per session; copied per run)."""
    project = where / "skeleton"
    project.mkdir()
    result = _run([sys.executable, "-m", "alembic", "init", "migrations"], cwd=project)
    if result.returncode or not (project / "alembic.ini").exists():
        raise RuntimeError(f"alembic init failed: {result.stderr.strip()}")
    env = project / "migrations" / "env.py"
    text = env.read_text(encoding="utf-8")
    # A user on SQLite turns foreign keys on in env.py; the judge does too.
    hook = (
        "\n\nfrom sqlalchemy import event as _event\nfrom sqlalchemy.engine import Engine as _Engine\n\n\n"
        "@_event.listens_for(_Engine, 'connect')\n"
        "def _sqlite_foreign_keys(dbapi_connection, _record):  # noqa: ANN001\n"
        "    if type(dbapi_connection).__module__.startswith('sqlite3'):\n"
        "        dbapi_connection.execute('PRAGMA foreign_keys=ON')\n"
    )
    marker = "if context.is_offline_mode():"
    assert marker in text, "alembic's env.py template changed"
    env.write_text(text.replace(marker, hook + "\n\n" + marker, 1), encoding="utf-8")
    return project


def _alembic(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return _run([sys.executable, "-m", "alembic", "-c", str(project / "alembic.ini"), *args], cwd=project)


def judge_alembic(run: Run, skeleton: Path) -> list[Outcome]:
    """Upgrade A to B with the ``--format alembic`` revision run by Alembic, then ``downgrade -1``."""
    assert run.a_snap is not None and run.b_snap is not None
    result = schemanb_cli("diff", run.a.url, run.b.url, "--format", "alembic", *run.opts.cli(run.workdir))
    error = _cli_error(result)
    if error:
        return [Outcome(DIFF_ERROR, "upgrade", error)]
    project = run.workdir / "alembic"
    shutil.copytree(skeleton, project)
    ini = project / "alembic.ini"
    ini.write_text(re.sub(r"^sqlalchemy\.url = .*$", "sqlalchemy.url = " + run.a.url.replace("%", "%%"),
                          ini.read_text(encoding="utf-8"), count=1, flags=re.M), encoding="utf-8")
    revision = result.stdout
    (project / "migrations" / "versions" / "drift.py").write_text(revision, encoding="utf-8")
    up = _alembic(project, "upgrade", "head")
    run.a.engine.dispose()
    if up.returncode:
        outcome = Outcome(APPLY_ERROR, "upgrade", _alembic_error(up), revision)
    else:
        outcome = run.check_keep(revision) or run.judge("upgrade", run.b_dump, run.b_snap, revision)
    outcomes = [outcome, *([b] if (b := run.check_b()) else [])]
    if not outcome.ok or not run.opts.way_back:
        return outcomes
    down = _alembic(project, "downgrade", "-1")
    run.a.engine.dispose()
    if down.returncode:
        return [*outcomes, Outcome(APPLY_ERROR, "way back", _alembic_error(down), revision)]
    return [*outcomes, run.judge("way back", run.a_dump, run.a_snap, revision)]


def _alembic_error(result: subprocess.CompletedProcess[str]) -> str:
    lines = [x for x in result.stderr.strip().splitlines() if x.strip()]
    errors = [x for x in lines if re.match(r"^[\w.]+(Error|Exception|Warning)\b", x) or "ERROR" in x]
    return "\n".join((errors or lines[-3:])[-3:]) or f"exit {result.returncode}"


def verdict(outcomes: list[Outcome]) -> str | None:
    """The failure report of a run, or ``None`` when every step converged."""
    bad = [o for o in outcomes if not o.ok]
    if not bad:
        return None
    return "\n\n".join(o.report() for o in bad)


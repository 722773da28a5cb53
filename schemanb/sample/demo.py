"""run_demo(): build the sample's dev and prod databases and write what schemanb makes of them.

The demo is a list of named steps run in order. The first three are the
foundation (build, snapshot, DataFrames); each later step shows one feature
(diff, migration SQL, ER diagram, model code, documentation site) and may be
left out (``skip=``, ``--skip``). A feature step that fails with a
:class:`~schemanb.errors.SchemaNBError` is reported on its line and the demo
goes on; :attr:`DemoResult.failed` lists those steps.

Everything is written with :func:`schemanb._fs.atomic_write`, so a rerun
overwrites the earlier output cleanly.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from .._fs import atomic_write, ensure_dir
from .._redact import mask_url
from ..dialects import support_for
from ..errors import SchemaNBError
from . import Variant, build_sample, check_target, database_exists, sqlite_path

if TYPE_CHECKING:
    from ..diff import SchemaDiff
    from ..model import Schema

SKIPPED = "(skipped)"


@dataclass
class DemoResult:
    """What a demo run wrote: the database URLs, the snapshots and every output file."""

    output_dir: Path
    urls: dict[str, str] = field(default_factory=dict)
    snapshots: dict[str, Schema] = field(default_factory=dict)
    files: dict[str, list[Path]] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


@dataclass
class _Context:
    out: Path
    url: str | None
    result: DemoResult
    stream: TextIO
    _drift: SchemaDiff | None = None

    @property
    def dev(self) -> Schema:
        return self.result.snapshots["dev"]

    @property
    def prod(self) -> Schema:
        return self.result.snapshots["prod"]

    def drift(self) -> SchemaDiff:
        """The dev -> prod SchemaDiff, computed once."""
        if self._drift is None:
            from ..diff import diff

            self._drift = diff(self.dev, self.prod)
        return self._drift

    def line(self, label: str, text: str) -> None:
        print(f"  {label:<12}{text}", file=self.stream)

    def wrote(self, step: str, paths: list[Path]) -> None:
        self.result.files[step] = paths
        self.line(step, ", ".join(self.show(p) for p in paths))

    def show(self, path: Path) -> str:
        try:
            return str(path.relative_to(Path.cwd()))
        except ValueError:
            return str(path)


def run_demo(
    output_dir: str | os.PathLike[str] = "demo-output",
    url: str | None = None,
    *,
    skip: Iterable[str] = (),
    stream: TextIO | None = None,
) -> DemoResult:
    """Build the sample dev and prod schemas and write snapshots, frames and more.

    Args:
        output_dir: folder for everything the demo writes (created if needed).
        url: load the sample into this database instead of SQLite files in
            ``output_dir``; prod then goes into a sibling database whose name
            ends in ``_prod`` (created when missing).
        skip: feature steps to leave out, by name (see :data:`OPTIONAL_STEPS`).
        stream: where the summary is printed (default: stdout).

    Returns:
        A :class:`DemoResult` listing the URLs, snapshots and files.
    """
    unknown = sorted({s.lower() for s in skip} - set(OPTIONAL_STEPS))
    if unknown:
        raise ValueError(
            f"cannot skip {', '.join(unknown)}: the steps are {', '.join(OPTIONAL_STEPS)}"
        )
    leave_out = {s.lower() for s in skip}
    out = ensure_dir(Path(output_dir).absolute())
    ctx = _Context(
        out=out, url=url, result=DemoResult(output_dir=out), stream=stream or sys.stdout
    )
    print("schemanb demo: the sample shop database (dev) and its drifted copy (prod)",
          file=ctx.stream)
    for label, step in STEPS:
        if label.lower() in leave_out:
            ctx.result.skipped.append(label)
            ctx.line(label, SKIPPED)
            continue
        try:
            step(ctx)
        except SchemaNBError as err:
            if label in FOUNDATION:
                raise
            ctx.result.failed.append(label)
            ctx.line(label, f"failed: {mask_url(str(err))}")
    _print_next(ctx)
    return ctx.result


def _print_next(ctx: _Context) -> None:
    """One closing line: where to look first."""
    files = ctx.result.files
    first = next(
        (files[k][0] for k in ("site", "ERD", "diff") if files.get(k)),
        ctx.out / "dev.json",
    )
    print(f"open {ctx.show(first)} to start; rerun to rebuild everything", file=ctx.stream)


# -------------------------------------------------------------------- the steps


def _step_build(ctx: _Context) -> None:
    from ..reflect import inspect

    targets = _targets(ctx.out, ctx.url)
    # Refuse before anything is created: both databases hold only the sample's objects.
    check_target(targets["dev"], "dev")
    on_server = ctx.url is not None and sqlite_path(ctx.url) is None
    if on_server and ctx.url and not database_exists(ctx.url, _prod_name(ctx.url)):
        prod_url_for(ctx.url)  # creates it
    else:
        check_target(targets["prod"], "prod")
    for variant, target in targets.items():
        url = build_sample(target, variant)
        ctx.result.urls[variant] = url
        schema = inspect(url)
        ctx.result.snapshots[variant] = schema
        ctx.line(variant, f"{mask_url(url)}  ({_counts(schema)})")


def _step_snapshots(ctx: _Context) -> None:
    paths = [ctx.result.snapshots[v].save(ctx.out / f"{v}.json") for v in ("dev", "prod")]
    ctx.wrote("snapshots", [Path(p) for p in paths])


def _step_frames(ctx: _Context) -> None:
    from ..frames import frames

    paths = []
    for variant in ("dev", "prod"):
        for name, frame in frames(ctx.result.snapshots[variant]).items():
            path = ctx.out / "frames" / variant / f"{name}.csv"
            atomic_write(path, frame.to_csv(index=False))
            paths.append(path)
    ctx.result.files["frames"] = paths
    ctx.line("DataFrames", f"{ctx.show(ctx.out / 'frames')}/{{dev,prod}}/*.csv ({len(paths)} files)")


def _step_diff(ctx: _Context) -> None:
    drift = ctx.drift()
    text = drift.to_text()
    path = atomic_write(ctx.out / "drift.txt", text if text.endswith("\n") else text + "\n")
    ctx.result.files["diff"] = [path]
    count = len(drift.changes)
    ctx.line("diff", f"{ctx.show(path)} ({count} changes from dev to prod)")


def _step_migration(ctx: _Context) -> None:
    sql = ctx.drift().to_sql(ctx.dev.dialect)
    ctx.wrote("migration", [atomic_write(ctx.out / "drift.sql", sql)])


def _step_alembic(ctx: _Context) -> None:
    script = ctx.drift().to_alembic()
    ctx.wrote("alembic", [atomic_write(ctx.out / "drift_alembic.py", script)])


def _step_erd(ctx: _Context) -> None:
    from ..erd import erd

    # render_bytes turns a missing `dot` into GraphvizNotFoundError (says how to install it).
    from ..erd.render import render_bytes

    paths = [atomic_write(ctx.out / "erd.svg", render_bytes(erd(ctx.dev), "svg"))]
    # The changed tables and their neighbours, coloured by kind of change.
    paths.append(atomic_write(ctx.out / "erd_drift.svg", render_bytes(erd(ctx.drift()), "svg")))
    ctx.wrote("ERD", paths)


def _step_codegen(ctx: _Context) -> None:
    from ..codegen import codegen

    path = atomic_write(ctx.out / "models.py", codegen(ctx.dev))
    ctx.wrote("codegen", [path])


def _step_site(ctx: _Context) -> None:
    from ..site import export_site

    site = ctx.out / "site"
    export_site(ctx.out / "dev.json", site)
    ctx.wrote("site", [site / "index.html"])


# The steps in order; the first three are the foundation and must succeed.
STEPS: tuple[tuple[str, Callable[[_Context], None]], ...] = (
    ("build", _step_build),
    ("snapshots", _step_snapshots),
    ("DataFrames", _step_frames),
    ("diff", _step_diff),
    ("migration", _step_migration),
    ("alembic", _step_alembic),
    ("ERD", _step_erd),
    ("codegen", _step_codegen),
    ("site", _step_site),
)
FOUNDATION = frozenset({"build", "snapshots", "DataFrames"})
#: The names ``skip=`` (and ``schemanb demo --skip``) accepts.
OPTIONAL_STEPS = tuple(label.lower() for label, _ in STEPS if label not in FOUNDATION)


# -------------------------------------------------------------------- helpers


def _counts(schema: Schema) -> str:
    columns = sum(len(t.columns) for t in schema.tables)
    return f"{len(schema.tables)} tables, {len(schema.views)} views, {columns} columns"


def _targets(out: Path, url: str | None) -> dict[Variant, str]:
    if url is None:
        return {"dev": str(out / "dev.sqlite"), "prod": str(out / "prod.sqlite")}
    return {"dev": url, "prod": prod_url_for(url, create=False)}


def _prod_name(url: str) -> str:
    from ..reflect.session import parse_url

    return f"{parse_url(url).database or ''}_prod"


def prod_url_for(url: str, *, create: bool = True) -> str:
    """The URL of the database the demo loads prod into, beside ``url``'s.

    On a server, that database is created when missing unless ``create`` is false.
    """
    from ..reflect.session import parse_url

    parsed = parse_url(url)
    database = parsed.database or ""
    if support_for(parsed.get_backend_name()).is_file_database:
        path = Path(database)
        return f"sqlite:///{path.with_name(path.stem + '_prod' + path.suffix)}"
    prod = parsed.set(database=_prod_name(url))
    if create:
        _create_database(parsed, prod.database or "")
    return prod.render_as_string(hide_password=False)


def _create_database(url: Any, name: str) -> None:
    """Create database ``name`` on ``url``'s server unless it exists."""
    import sqlalchemy as sa

    from ..dialects import support_for
    from ..errors import ConnectError
    from ..reflect.session import create_engine

    engine = create_engine(url).execution_options(isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            support_for(conn.dialect.name).create_database(conn, name)
    except sa.exc.DBAPIError as err:
        first = str(err.orig or err).strip().splitlines()[0]
        raise ConnectError(
            f"cannot create the prod database {name!r} beside {mask_url(url)}: {first} — "
            "create it by hand or give a user that may create databases",
            url=mask_url(url), reason=first,
        ) from None
    finally:
        engine.dispose()

"""export_site(): the static documentation site, as named steps in order.

1. inspect the source once, in this process (the only place a URL is used);
2. merge the extra-metadata file (comments, relations, groups);
3. write ``notebooks/snapshot.json`` (+ ``baseline.json``) and ``site.json``;
4. plan the notebook runs: one per page kind (index, quality, views with a page per
   view, objects with a page per routine), the table notebook per chunk of tables;
5. execute them with nbclient (parameters injected papermill-style: file names only);
6. save the executed notebooks beside the snapshot, to reopen in Jupyter;
7. split their outputs into pages and export each with nbconvert and our template;
8. write the search index (from the snapshot) and copy the vendored assets;
9. drop pages left over from an earlier build.

Every file goes through :func:`schemanb._fs.atomic_write`. No notebook sees a
URL: the snapshot's ``source`` is masked by :func:`schemanb.inspect`, and pages
mask it again when they show it.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._fs import atomic_write
from .._redact import mask_url
from ..dialects import support_for
from ..errors import SiteBuildError
from ..extra import TableGroup
from ..model import Schema
from .context import SiteContext, has_objects, write_context_file
from .export import Page, export_page, split_pages
from .run import Job, execute_all

NOTEBOOKS = Path(__file__).parent / "notebooks"
ASSETS = Path(__file__).parent / "assets"
#: Tables per run of the table notebook: bounds each kernel's output size.
DEFAULT_CHUNK = 500
#: Smallest chunk made only to run tables in parallel.
MIN_CHUNK = 100


@dataclass
class _Inputs:
    """The files the notebooks read, and the parent's view of the same context."""

    folder: Path
    ctx: SiteContext


def export_site(
    source: Any,
    out_dir: str | os.PathLike[str],
    *,
    title: str | None = None,
    baseline: Any = None,
    metadata_file: str | os.PathLike[str] | None = None,
    progress: bool = True,
    chunk_size: int = DEFAULT_CHUNK,
    jobs: int | None = None,
    lint_config: dict[str, Any] | None = None,
    timeout: int = 600,
) -> Path:
    """Build the documentation site of ``source`` into ``out_dir``.

    Args:
        source: a database URL, a snapshot file, an Engine, a MetaData or a Schema.
        out_dir: the site folder (created; pages of an earlier build are replaced).
        title: the site title (default: the database name).
        baseline: a snapshot (or any source) to compare with; adds a changes page.
        metadata_file: a TOML file of extra comments, relations and table groups.
        progress: show progress bars on stderr.
        chunk_size: tables per run of the table notebook.
        jobs: notebooks executed at once (default: up to 2, by CPU count).
        lint_config: settings for :func:`schemanb.lint` on the quality page.
        timeout: seconds a notebook cell may run.

    Returns:
        The path of ``index.html``.

    Raises:
        SiteBuildError: a notebook failed (names the template and cell).

    Example:
        >>> schemanb.export_site("shop.json", "site")  # doctest: +SKIP
        PosixPath('site/index.html')
    """
    out = Path(out_dir)
    _check_lint_config(lint_config)
    fresh = not out.exists()
    try:
        return _build(source, out, title=title, baseline=baseline, metadata_file=metadata_file,
                      progress=progress, chunk_size=chunk_size, jobs=jobs,
                      lint_config=lint_config, timeout=timeout)
    except BaseException:
        if fresh:  # a failed or interrupted first build leaves no half-written site behind
            import shutil

            shutil.rmtree(out, ignore_errors=True)
        raise


def _build(
    source: Any,
    out: Path,
    *,
    title: str | None,
    baseline: Any,
    metadata_file: str | os.PathLike[str] | None,
    progress: bool,
    chunk_size: int,
    jobs: int | None,
    lint_config: dict[str, Any] | None,
    timeout: int,
) -> Path:
    schema = _mask_source(_inspect(source, progress))
    base = _mask_source(_inspect(baseline, progress)) if baseline is not None else None
    schema, base, groups = _apply_metadata(schema, base, metadata_file)
    inputs = _write_inputs(out, schema, base, title=title, groups=groups,
                           lint_config=lint_config or {})
    workers = jobs if jobs is not None else min(2, os.cpu_count() or 1)
    plan = _plan_runs(inputs, chunk_size=chunk_size, workers=workers)
    executed = _execute(plan, workers=workers, progress=progress, timeout=timeout)
    _save_notebooks(executed, inputs.folder)
    written = _export_pages(executed, inputs.ctx, out, progress=progress)
    _write_search_index(inputs.ctx, out)
    _copy_assets(out)
    _remove_stale(out, written, executed)
    return out / "index.html"


# ------------------------------------------------------------------------ steps


def _inspect(source: Any, progress: bool) -> Schema:
    from ..reflect import inspect

    return inspect(source, progress=progress or None)


def _check_lint_config(config: dict[str, Any] | None) -> None:
    """Refuse an unknown rule or option now, not in a kernel minutes later."""
    from ..lint import load_rules, resolve_rules

    load_rules()
    resolve_rules(None, config)


def _mask_source(schema: Schema) -> Schema:
    """The snapshot with its source URL masked (a Schema built by hand may carry one)."""
    import dataclasses

    if not schema.info.source:
        return schema
    info = dataclasses.replace(schema.info, source=mask_url(schema.info.source))
    return dataclasses.replace(schema, info=info)


def _apply_metadata(
    schema: Schema, base: Schema | None, path: str | os.PathLike[str] | None
) -> tuple[Schema, Schema | None, tuple[TableGroup, ...]]:
    """The metadata merged into the snapshot and, where it fits, into the baseline too:
    on both sides it is never a change on the changes page (nor DDL in its SQL)."""
    if path is None:
        return schema, base, ()
    from ..extra import apply_extra, load_extra

    extra = load_extra(path)
    if base is not None:
        base = apply_extra(base, extra, strict=False)
    return apply_extra(schema, extra), base, extra.groups


def _default_title(schema: Schema) -> str:
    name = schema.info.database or "Database"
    support = support_for(schema.info.dialect)
    if support.is_file_database:
        name = Path(name).stem or support.label or "database"
    return f"{name} schema"


def _write_inputs(out: Path, schema: Schema, base: Schema | None, *, title: str | None,
                  groups: tuple[TableGroup, ...], lint_config: dict[str, Any]) -> _Inputs:
    folder = out / "notebooks"
    # The pages show the capture times and the largest tables: keep the statistics.
    schema.save(folder / "snapshot.json", stats=True)
    if base is not None:
        base.save(folder / "baseline.json", stats=True)
    title = title or _default_title(schema)
    write_context_file(folder / "site.json", title=title, groups=groups,
                       baseline="baseline.json" if base is not None else None,
                       lint_config=lint_config)
    ctx = SiteContext(schema=schema, title=title, groups=groups, baseline=base,
                      lint_config=lint_config)
    return _Inputs(folder, ctx)


def _chunks(items: list[Any], *, size: int, workers: int) -> list[list[Any]]:
    """Split ``items`` evenly into at least enough chunks to keep ``workers`` busy.

    At most ``size`` items per chunk; no chunk under ``MIN_CHUNK`` just for
    parallelism (a kernel start costs more than rendering a few pages).

    >>> [len(c) for c in _chunks(list(range(600)), size=500, workers=2)]
    [300, 300]
    >>> [len(c) for c in _chunks(list(range(14)), size=500, workers=2)]
    [14]
    """
    if not items:
        return []
    count = max(math.ceil(len(items) / max(1, size)), min(workers, len(items) // MIN_CHUNK), 1)
    step = math.ceil(len(items) / count)
    return [items[i : i + step] for i in range(0, len(items), step)]


def _plan_runs(inputs: _Inputs, *, chunk_size: int, workers: int) -> list[Job]:
    """One run per page kind; the table notebook once per chunk of tables (longest first)."""
    import nbformat

    from .params import inject_parameters

    ctx, folder = inputs.ctx, inputs.folder
    common = {"snapshot": "snapshot.json", "site": "site.json"}
    kinds = ["index", "quality"] + (["views"] if ctx.schema.views else [])
    kinds += ["objects"] if has_objects(ctx.schema) else []
    kinds += ["changes"] if ctx.baseline is not None else []
    keys = [[t.schema, t.name] for t in ctx.schema.tables]
    chunks = _chunks(keys, size=chunk_size, workers=workers)
    template = nbformat.read(NOTEBOOKS / "table.ipynb", as_version=4)  # type: ignore[no-untyped-call]
    jobs = []
    for i, part in enumerate(chunks):
        name = "table" if len(chunks) == 1 else f"table-{i + 1}"
        jobs.append(Job(name, inject_parameters(template, {**common, "tables": part}), folder))
    for kind in kinds:
        nb = nbformat.read(NOTEBOOKS / f"{kind}.ipynb", as_version=4)  # type: ignore[no-untyped-call]
        jobs.append(Job(kind, inject_parameters(nb, common), folder))
    return jobs


def _bar(total: int, desc: str, progress: bool) -> Any:
    from tqdm.auto import tqdm

    return tqdm(total=total, desc=desc, unit="nb" if desc.startswith("exec") else "page",
                disable=not progress, leave=False)


def _execute(plan: Sequence[Job], *, workers: int, progress: bool, timeout: int) -> list[Job]:
    with _bar(len(plan), "executing notebooks", progress) as bar:
        execute_all(plan, jobs_at_once=workers, timeout=timeout, done=lambda job: bar.update())
    return list(plan)


def _save_notebooks(executed: Iterable[Job], folder: Path) -> None:
    import nbformat

    for job in executed:
        atomic_write(folder / f"{job.template}.ipynb", nbformat.writes(job.nb))  # type: ignore[no-untyped-call]


def _site_facts(ctx: SiteContext) -> dict[str, Any]:
    info = ctx.schema.info
    return {
        "title": ctx.title,
        "nav": ctx.nav(),
        "source": mask_url(info.source) if info.source else "",
        "captured_at": info.captured_at or "",
    }


def _export_pages(executed: Sequence[Job], ctx: SiteContext, out: Path, *,
                  progress: bool) -> set[Path]:
    facts = _site_facts(ctx)
    pages: list[Page] = []
    for job in executed:
        kind = "table" if job.template.startswith("table") else job.template
        pages += split_pages(job.nb, kind=kind, notebook=f"{job.template}.ipynb")
    expected = 1 + len(ctx.schema.tables)
    if sum(1 for p in pages if p.kind in ("index", "table")) != expected:
        raise SiteBuildError(
            f"the notebooks produced {len(pages)} pages where {expected} index and table pages "
            "were expected — outputs were lost or a site notebook template was edited; "
            "rerun, and reinstall schemanb if it persists"
        )
    written = set()
    with _bar(len(pages), "writing pages", progress) as bar:
        for page in pages:
            written.add(atomic_write(out / page.path, export_page(page, facts)))
            bar.update()
    return written


def _write_search_index(ctx: SiteContext, out: Path) -> None:
    from .search import build_search_entries, render_search_js

    js = render_search_js(build_search_entries(ctx), {"title": ctx.title})
    atomic_write(out / "assets" / "search-index.js", js)


def _copy_assets(out: Path) -> None:
    for asset in sorted(ASSETS.iterdir()):
        if asset.is_file() and asset.suffix in (".css", ".js"):
            atomic_write(out / "assets" / asset.name, asset.read_bytes())


def _remove_stale(out: Path, written: set[Path], executed: Sequence[Job]) -> None:
    """Delete pages and notebooks an earlier build left behind."""
    keep = {p.resolve() for p in written}
    keep |= {(out / "notebooks" / f"{job.template}.ipynb").resolve() for job in executed}
    candidates = [p for d in ("tables", "views", "routines") for p in (out / d).glob("*.html")]
    candidates += [out / name for name in ("views.html", "objects.html", "changes.html")]
    candidates += list((out / "notebooks").glob("*.ipynb"))
    for path in candidates:
        if path.exists() and path.resolve() not in keep:
            path.unlink()
    if not (out / "changes.html").exists():
        (out / "notebooks" / "baseline.json").unlink(missing_ok=True)

"""``schemanb frames SOURCE -o DIR [--format csv|parquet]``: every DataFrame of SOURCE as files.

One file per frame of :func:`schemanb.frames.frames` (tables, columns, indexes,
foreign keys, constraints, views and the objects beyond tables: triggers,
routines, partitions, sequences, enums, domains, types, extensions, grants),
written even when empty, so the set of files does not depend on the database.
Parquet needs pyarrow (``pip install 'schemanb[parquet]'``).
"""

from __future__ import annotations

import argparse
import io

from ..errors import SchemaNBError
from . import EXIT_OK
from .common import add_grants_option, add_source_arguments, load_source


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "frames", help="export every DataFrame of SOURCE (tables, columns, ..., enums) as CSV or Parquet",
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_source_arguments(parser)
    parser.add_argument("-o", "--output", required=True, metavar="DIR",
                        help="folder to write <frame>.csv or <frame>.parquet into (created when missing)")
    parser.add_argument("--format", choices=("csv", "parquet"), default="csv",
                        help="file format (default csv; parquet needs pyarrow)")
    add_grants_option(parser)
    parser.set_defaults(func=cmd_frames, output_is_dir=True)


def _require_parquet() -> None:
    """Refuse ``--format parquet`` before any work when pyarrow cannot be imported."""
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise SchemaNBError(
            "--format parquet needs pyarrow, which is not installed — install it with: "
            "pip install 'schemanb[parquet]' (or use --format csv)"
        ) from None


def cmd_frames(args: argparse.Namespace) -> int:
    from .._fs import atomic_write, ensure_dir
    from ..frames import frames

    if args.format == "parquet":
        _require_parquet()
    schema = load_source(args.source, args)
    all_frames = frames(schema)
    out = ensure_dir(args.output)
    for name, frame in all_frames.items():
        if args.format == "parquet":
            buffer = io.BytesIO()
            frame.to_parquet(buffer, index=False, engine="pyarrow")
            atomic_write(out / f"{name}.parquet", buffer.getvalue())
        else:
            atomic_write(out / f"{name}.csv", frame.to_csv(index=False))
    rows = ", ".join(f"{name} {len(frame)}" for name, frame in all_frames.items() if len(frame))
    print(f"wrote {len(all_frames)} frames to {out} as {args.format} (rows: {rows or 'none'})")
    return EXIT_OK

"""atomic_write(): the only way schemanb writes a file.

A temporary file is written in the target's folder and moved into place with
``os.replace``, so a failure never leaves a half-written output behind. An
output that cannot be written (a folder where a file is wanted, a file where a
folder is, no permission) is an :class:`~schemanb.errors.OutputError` naming
the path and the fix; :func:`check_file_target` and :func:`check_dir_target`
raise it before any work is done.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from .errors import OutputError


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike[str], mode: str = "w") -> Iterator[IO[str]]:
    """Open a temporary file beside ``path``; move it over ``path`` on success."""
    target = Path(path)
    check_file_target(target)
    ensure_dir(target.parent)
    binary = "b" in mode
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as err:
        raise output_error(target, err) from None
    try:
        encoding = None if binary else "utf-8"
        with open(fd, mode, encoding=encoding) as fh:
            yield fh
        # mkstemp makes the file owner-only; give it the permissions open() would.
        os.chmod(tmp, 0o666 & ~_UMASK)
        try:
            os.replace(tmp, target)
        except OSError as err:
            raise output_error(target, err) from None
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


#: Read once at import: os.umask can only be read by setting it, which is not thread-safe.
_UMASK = _umask()


def atomic_write(path: str | os.PathLike[str], data: str | bytes) -> Path:
    """Write ``data`` (text or bytes) to ``path`` atomically and return the path."""
    with atomic_open(path, "wb" if isinstance(data, bytes) else "w") as fh:
        fh.write(data)  # type: ignore[arg-type]
    return Path(path)


# ----------------------------------------------------------------- output paths


def _file_in_the_way(path: Path) -> Path | None:
    """The first existing ancestor of ``path`` (itself included) that is not a folder."""
    for candidate in (path, *path.parents):
        if candidate.exists() or candidate.is_symlink():
            return None if candidate.is_dir() else candidate
    return None


def check_file_target(path: str | os.PathLike[str]) -> None:
    """Raise :class:`OutputError` when no file can be written at ``path`` (before any work)."""
    target = Path(path)
    if target.is_dir():
        raise OutputError(
            f"cannot write {target}: it is a folder — name a file (e.g. {target / 'out'}...)",
            path=str(target),
        )
    blocker = _file_in_the_way(target.parent)
    if blocker is not None:
        raise OutputError(
            f"cannot write {target}: {blocker} is a file, not a folder — choose another path",
            path=str(target),
        )


def check_dir_target(path: str | os.PathLike[str]) -> None:
    """Raise :class:`OutputError` when ``path`` cannot be (or become) a folder to write into."""
    target = Path(path)
    blocker = _file_in_the_way(target)
    if blocker == target:
        raise OutputError(
            f"cannot write into {target}: it is a file, not a folder — name a folder "
            "(it is created when missing)",
            path=str(target),
        )
    if blocker is not None:
        raise OutputError(
            f"cannot create the folder {target}: {blocker} is a file — choose another path",
            path=str(target),
        )


def ensure_dir(path: str | os.PathLike[str]) -> Path:
    """Create the folder ``path`` (and its parents) unless it exists; :class:`OutputError` if not."""
    target = Path(path)
    check_dir_target(target)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise output_error(target, err, folder=True) from None
    return target


def output_error(path: Path, err: OSError, *, folder: bool = False) -> OutputError:
    """``err`` (raised writing ``path``) as one line naming the path and the fix."""
    what = "create the folder" if folder else "write"
    if isinstance(err, PermissionError):
        where = path if folder and not path.exists() else path.parent
        while not where.exists() and where != where.parent:
            where = where.parent
        fix = f"no permission to write in {where} — choose a folder you may write to"
    elif isinstance(err, IsADirectoryError):
        fix = "it is a folder — name a file"
    elif isinstance(err, (NotADirectoryError, FileExistsError)):
        fix = "a part of that path is a file, not a folder — choose another path"
    else:
        fix = f"{err.strerror or err} — choose another path"
    return OutputError(f"cannot {what} {path}: {fix}", path=str(path))

"""The exception tree of schemanb, and its one warning class.

::

    SchemaNBError
    ├── SourceError              a SOURCE we cannot use
    │   ├── InvalidURLError
    │   ├── MissingDriverError   names the extra: pip install 'schemanb[postgres]'
    │   ├── ConnectError         unreachable / timed out / auth failed / no such database
    │   └── UnsupportedSourceError
    ├── SnapshotError
    │   ├── SnapshotFormatError  corrupt file; names the JSON path
    │   └── SnapshotVersionError written by a newer schemanb; says to upgrade
    ├── ModelError               an invariant of the model is broken
    ├── ReflectionError          a catalog query failed; names the object
    ├── DiffError                bad diff input (a rename that names no candidate)
    ├── MigrationError           irreversible operation, unresolvable ordering
    ├── RenderError
    │   └── GraphvizNotFoundError  says how to install dot; .source keeps the DOT text
    ├── SiteBuildError           a notebook failed; carries the template, cell and message
    ├── ExtraMetadataError       the extra-metadata file is unreadable or names what does not exist
    └── LintConfigError          a lint rule name, severity or option that does not exist
    SchemaNBWarning              degraded but usable results

Every message is one line naming the thing, the problem and the fix. URLs in
messages are always masked (see :mod:`schemanb._redact`).
"""

from __future__ import annotations


class SchemaNBError(Exception):
    """Base class of every error schemanb raises on purpose."""


class SourceError(SchemaNBError):
    """A SOURCE (URL, file, object) that cannot be used."""


class InvalidURLError(SourceError):
    """A string that is neither a database URL nor an existing snapshot file."""


class MissingDriverError(SourceError):
    """The DBAPI driver for a URL is not installed; the message names the extra."""


class ConnectError(SourceError):
    """The server is unreachable, timed out, refused the login or lacks the database."""

    def __init__(self, message: str, *, url: str = "", reason: str = "") -> None:
        super().__init__(message)
        self.url = url
        self.reason = reason


class DeadlineError(SourceError):
    """Reading a database took longer than the inspection's ``timeout``: the server or network stalled."""

    def __init__(self, message: str, *, url: str = "", seconds: float = 0.0) -> None:
        super().__init__(message)
        self.url = url
        self.seconds = seconds


class UnsupportedSourceError(SourceError):
    """An object that :func:`schemanb.inspect` does not know how to read."""


class SnapshotError(SchemaNBError):
    """A snapshot file that cannot be read."""


class SnapshotFormatError(SnapshotError):
    """A corrupt or malformed snapshot; the message names the JSON path."""


class SnapshotVersionError(SnapshotError):
    """A snapshot written by a newer schemanb than this one."""


class ModelError(SchemaNBError):
    """An invariant of the snapshot model is broken."""


class ReflectionError(SchemaNBError):
    """A catalog query failed; the message names the object."""


class DiffError(SchemaNBError):
    """A diff request that cannot be met (a rename naming no dropped/added object)."""


class MigrationError(SchemaNBError):
    """An operation that cannot be rendered, reversed or ordered."""


class RenderError(SchemaNBError):
    """An output (diagram, code, page) could not be rendered."""


class GraphvizNotFoundError(RenderError):
    """Graphviz's ``dot`` is missing; ``.source`` keeps the DOT text."""

    def __init__(self, message: str, *, source: str = "") -> None:
        super().__init__(message)
        self.source = source


class SiteBuildError(SchemaNBError):
    """A notebook of the documentation site failed to execute or export."""

    def __init__(
        self, message: str, *, template: str = "", cell: int | None = None
    ) -> None:
        super().__init__(message)
        self.template = template
        self.cell = cell


class ExtraMetadataError(SchemaNBError):
    """The extra-metadata file cannot be read or names something that does not exist."""


class LintConfigError(SchemaNBError):
    """A lint rule name, severity or option that does not exist."""


class OutputError(SchemaNBError):
    """An output path cannot be written: a folder where a file is wanted, no permission, ..."""

    def __init__(self, message: str, *, path: str = "") -> None:
        super().__init__(message)
        self.path = path


class SchemaNBWarning(UserWarning):
    """Degraded but usable results (a table skipped, a diagram simplified)."""

"""Schema <-> JSON-ready dict, and snapshot files.

The file format is versioned by :data:`schemanb.model.FORMAT_VERSION`. Files are
written with sorted keys, two-space indent, ``ensure_ascii=False`` and a final
newline so that snapshot files diff cleanly in git. Older formats are upgraded by
a chain of ``_upgrade_vN`` functions; a newer format raises
:class:`~schemanb.errors.SnapshotVersionError`. Decoding errors name the JSON
path of the bad value (``tables[12].columns[3].type_sql``).

Fields equal to their default are omitted from the JSON, which keeps files small
and lets new optional fields appear without a format bump. The capture time and the
row estimates (statistics, which change while the schema does not) are written only
with ``stats=True``, so two snapshots of an unchanged schema are the same bytes; a
file that has them still loads them.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from pathlib import Path
from typing import Any

from . import model
from ._fs import atomic_write
from .errors import ModelError, SnapshotFormatError, SnapshotVersionError

#: The classes that may appear in a snapshot, by name.
_CLASSES: dict[str, type] = {
    cls.__name__: cls
    for cls in (
        model.Schema,
        model.SnapshotInfo,
        model.Table,
        model.Column,
        model.Identity,
        model.Computed,
        model.PrimaryKey,
        model.ForeignKey,
        model.UniqueConstraint,
        model.CheckConstraint,
        model.Index,
        model.View,
        model.Sequence,
        model.Enum,
        model.Domain,
        model.Trigger,
        model.Rule,
        model.Routine,
        model.Extension,
        model.Grant,
        model.Namespace,
        model.CompositeType,
        model.Policy,
        model.RowSecurity,
        model.ExclusionConstraint,
        model.Collation,
        model.Partition,
        model.Partitioning,
        model.ColumnRef,
        model.TableKey,
    )
}

_UPGRADERS: dict[int, typing.Callable[[dict[str, Any]], dict[str, Any]]] = {}


# ----------------------------------------------------------------------------- encode


def _encode(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        out: dict[str, Any] = {}
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            if _is_default(f, value):
                continue
            out[f.name] = _encode(value)
        return out
    if isinstance(obj, tuple):
        return [_encode(v) for v in obj]
    return obj


def _is_default(f: dataclasses.Field[Any], value: Any) -> bool:
    if f.default is not dataclasses.MISSING:
        return bool(value == f.default)
    if f.default_factory is not dataclasses.MISSING:
        return bool(value == f.default_factory())
    return False


#: What ``stats=False`` leaves out: per section of the file, the fields that vary
#: between two snapshots of the same schema.
_STATS = {"info": ("captured_at",), "tables": ("row_estimate", "size_bytes")}


def schema_to_dict(schema: model.Schema, *, stats: bool = False) -> dict[str, Any]:
    """The JSON-ready dict of ``schema``, with ``format_version`` at the top;
    ``stats``: keep the capture time, the row estimates and the table sizes."""
    data: dict[str, Any] = _encode(schema)
    if not stats:
        for name in _STATS["info"]:
            data.get("info", {}).pop(name, None)
        for table in data.get("tables", ()):
            for name in _STATS["tables"]:
                table.pop(name, None)
    data["format_version"] = model.FORMAT_VERSION
    return data


def dumps(schema: model.Schema, *, stats: bool = False) -> str:
    """The snapshot file text of ``schema`` (``stats``: see :func:`schema_to_dict`)."""
    data = schema_to_dict(schema, stats=stats)
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def save_schema(schema: model.Schema, path: str | Path, *, stats: bool = False) -> Path:
    """Write ``schema`` to ``path`` atomically and return the path (``stats``: keep
    the capture time and the row estimates)."""
    return atomic_write(path, dumps(schema, stats=stats))


# ----------------------------------------------------------------------------- decode


def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(model))


_HINTS: dict[type, dict[str, Any]] = {}


def _decode(value: Any, hint: Any, path: str) -> Any:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        inner = [a for a in args if a is not type(None)]
        return _decode(value, inner[0], path) if len(inner) == 1 else value
    if origin is tuple:
        if not isinstance(value, list):
            raise SnapshotFormatError(f"{path}: expected a list, got {type(value).__name__}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(v, args[0], f"{path}[{i}]") for i, v in enumerate(value))
        return tuple(_decode(v, a, f"{path}[{i}]") for i, (v, a) in enumerate(zip(value, args)))
    if isinstance(hint, type) and issubclass(hint, model.ObjectKind):
        return hint(value)
    if isinstance(hint, type) and hint.__name__ in _CLASSES and dataclasses.is_dataclass(hint):
        return _decode_object(value, hint, path)
    expected = {str: str, int: int, bool: bool}.get(hint)
    if expected is not None and not isinstance(value, expected):
        raise SnapshotFormatError(
            f"{path}: expected {expected.__name__}, got {type(value).__name__} "
            "— the snapshot file is corrupt; take a new one with `schemanb snapshot`"
        )
    return value


def _decode_object(value: Any, cls: type, path: str) -> Any:
    if not isinstance(value, dict):
        raise SnapshotFormatError(f"{path}: expected an object, got {type(value).__name__}")
    hints = _HINTS.get(cls)
    if hints is None:
        hints = _HINTS[cls] = _hints(cls)
    known = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(value) - known)
    if unknown:
        raise SnapshotFormatError(f"{path}: unknown field {unknown[0]!r}")
    kwargs = {
        name: _decode(v, hints[name], f"{path}.{name}" if path else name)
        for name, v in value.items()
    }
    try:
        return cls(**kwargs)
    except TypeError as err:
        raise SnapshotFormatError(f"{path or cls.__name__}: {err}") from err
    except ModelError as err:
        raise SnapshotFormatError(f"{path or cls.__name__}: {err}") from err


def schema_from_dict(data: Any) -> model.Schema:
    """Build a :class:`~schemanb.model.Schema` from a dict made by :func:`schema_to_dict`."""
    if not isinstance(data, dict):
        raise SnapshotFormatError("not a schemanb snapshot: the top level is not an object")
    version = data.get("format_version")
    if not isinstance(version, int):
        raise SnapshotFormatError("not a schemanb snapshot: no integer format_version")
    if version < 1 or isinstance(version, bool):
        raise SnapshotFormatError(
            f"format_version {version} is not a snapshot format (they start at 1) — the file "
            "was not written by schemanb or was edited; write it again with schemanb snapshot"
        )
    if version > model.FORMAT_VERSION:
        raise SnapshotVersionError(
            f"snapshot format {version} is newer than this schemanb reads "
            f"({model.FORMAT_VERSION}) — upgrade with: pip install -U schemanb"
        )
    data = dict(data)
    while version < model.FORMAT_VERSION:
        data = _UPGRADERS[version](data)
        version += 1
    data.pop("format_version")
    return _decode_object(data, model.Schema, "")  # type: ignore[no-any-return]


def loads(text: str, *, origin: str = "snapshot") -> model.Schema:
    """Parse snapshot file text."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise SnapshotFormatError(
            f"{origin} is not valid JSON (line {err.lineno}, column {err.colno}): {err.msg}"
        ) from err
    return schema_from_dict(data)


def load_schema(path: str | Path) -> model.Schema:
    """Read a snapshot file."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SnapshotFormatError(f"snapshot file {p} does not exist") from None
    except UnicodeDecodeError:
        raise SnapshotFormatError(
            f"cannot read {p}: it is neither a snapshot (JSON text) nor a SQLite database — "
            "give a file written by schemanb snapshot, a SQLite file or a database URL"
        ) from None
    except OSError as err:
        raise SnapshotFormatError(f"cannot read snapshot file {p}: {err}") from err
    try:
        return loads(text, origin=f"snapshot file {p}")
    except SnapshotFormatError as err:
        if str(err).startswith("snapshot file"):
            raise
        raise SnapshotFormatError(f"snapshot file {p}: {err}") from err

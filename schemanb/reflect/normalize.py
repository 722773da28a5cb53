"""Inspector-shaped dicts -> model objects, through the dialect's normalisers.

Both sources of tables use this module: :mod:`.database` feeds it what the
Inspector's ``get_multi_*`` calls return, and :mod:`.metadata` feeds it the same
shapes built from SQLAlchemy ``Table`` objects. That is what makes a models
snapshot equal to the snapshot of the database the models created.

Names the database generated for unnamed constraints (``orders_pkey``,
``orders_ibfk_1``) are dropped (``name=None``): they are not part of the design,
and re-creating the constraint without a name gives the same name back.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .. import model
from ..dialects.base import DialectSupport
from ..dialects.normalise import identity_bounds

_INTEGER_TYPES = ("INTEGER", "BIGINT", "SMALLINT")


def build_table(
    support: DialectSupport,
    *,
    schema: str | None,
    name: str,
    columns: Sequence[Mapping[str, Any]],
    pk: Mapping[str, Any] | None,
    fks: Sequence[Mapping[str, Any]],
    indexes: Sequence[Mapping[str, Any]],
    uniques: Sequence[Mapping[str, Any]],
    checks: Sequence[Mapping[str, Any]],
    comment: str | None,
    row_estimate: int | None = None,
    size_bytes: int | None = None,
    inherits: tuple[model.TableKey, ...] = (),
    dialect_options: tuple[tuple[str, str], ...] = (),
) -> model.Table:
    """One :class:`~schemanb.model.Table` from Inspector-shaped dicts."""
    pk_cols = tuple((pk or {}).get("constrained_columns") or ())
    column_names = tuple(c["name"] for c in columns)
    built_columns = tuple(
        build_column(support, c, single_pk=pk_cols == (c["name"],), table=name) for c in columns
    )
    primary_key = None
    if pk_cols:
        pk_name = pk.get("name") if pk else None
        if support.is_generated_name("primary_key", name, pk_cols, pk_name):
            pk_name = None
        primary_key = model.PrimaryKey(
            name=pk_name, columns=pk_cols,
            deferrable=True if (pk or {}).get("deferrable") else None,
            initially="DEFERRED" if str((pk or {}).get("initially") or "").upper() == "DEFERRED" else None,
        )
    foreign_keys = [build_foreign_key(support, name, schema, fk) for fk in fks]
    unique_constraints, plain_indexes = _split_uniques(support, name, uniques, indexes)
    built_indexes = [
        build_index(support, ix)
        for ix in plain_indexes
        if not _is_fk_backing_index(support, ix, foreign_keys, [pk_cols, *_index_columns(indexes, ix)])
    ]
    check_constraints = [
        model.CheckConstraint(
            name=None
            if support.is_generated_name("check", name, column_names, ck.get("name"))
            else ck.get("name"),
            expression=support.normalize_expression(ck["sqltext"]) or "",
            inherited=bool(ck.get("inherited")),
            no_inherit=bool(ck.get("no_inherit") or (ck.get("dialect_options") or {}).get("no_inherit")),
        )
        for ck in checks
    ]
    return model.Table(
        schema=schema,
        name=name,
        columns=built_columns,
        primary_key=primary_key,
        foreign_keys=model.sorted_by_name(foreign_keys),
        unique_constraints=model.sorted_by_name(unique_constraints),
        check_constraints=model.sorted_by_name(check_constraints),
        indexes=model.sorted_by_name(built_indexes),
        comment=comment if support.supports_comments else None,
        row_estimate=row_estimate,
        size_bytes=size_bytes,
        inherits=inherits,
        dialect_options=dialect_options,
    )


def build_column(
    support: DialectSupport, col: Mapping[str, Any], *, single_pk: bool, table: str | None = None
) -> model.Column:
    """One column from an Inspector ``ReflectedColumn``-shaped dict.

    A serial key whose sequence has the name the server would give it (``t_id_seq``)
    is ``autoincrement`` with no default: ``SERIAL`` re-creates both. A sequence of
    another name (the table was renamed since) keeps the default, and the sequence
    is listed, so the name is compared.
    """
    type_sql, type_generic, collation = support.normalize_type_cached(col["type"])
    single_int_pk = single_pk and type_sql in _INTEGER_TYPES
    autoincrement = support.is_autoincrement(col, single_int_pk=single_int_pk)
    default = col.get("default")
    computed = None
    if col.get("computed"):
        spec = col["computed"]
        computed = model.Computed(
            expression=support.normalize_expression(str(spec["sqltext"])) or "",
            persisted=spec.get("persisted"),
        )
        default = None
    identity = None
    if col.get("identity"):
        spec = col["identity"]
        start = spec.get("start")
        increment = spec.get("increment")
        low, high = identity_bounds(type_sql, int(increment or 1))
        identity = model.Identity(
            always=bool(spec.get("always")),
            start=None if start in (None, 1) else int(start),
            increment=None if increment in (None, 1) else int(increment),
            min_value=None if spec.get("minvalue") in (None, low) else int(spec["minvalue"]),
            max_value=None if spec.get("maxvalue") in (None, high) else int(spec["maxvalue"]),
            cache=None if spec.get("cache") in (None, 1) else int(spec["cache"]),
            cycle=bool(spec.get("cycle")),
        )
        autoincrement = True
    sequence = support.owned_sequence_of(default) if autoincrement else None
    if sequence:
        if single_pk and (table is None or support.is_serial_sequence_name(table, col["name"], sequence)):
            default = None  # a serial key: SERIAL / autoincrement=True re-creates it
        elif identity is None:
            # A sequence-filled column outside a one-column key (sakila's inherited
            # payment_id): only the default itself says so, and re-creates it.
            autoincrement = False
    options = col.get("schemanb_options")
    return model.Column(
        name=col["name"],
        type_sql=type_sql,
        type_generic=type_generic,
        nullable=bool(col.get("nullable", True)),
        default=support.normalize_default_cached(
            None if default is None else str(default), type_sql
        ),
        autoincrement=autoincrement,
        identity=identity,
        computed=computed,
        collation=collation,
        comment=col.get("comment") if support.supports_comments else None,
        dialect_options=tuple(sorted(options.items())) if options else (),
        inherited=bool(col.get("inherited")),
    )


def build_foreign_key(
    support: DialectSupport, table: str, schema: str | None, fk: Mapping[str, Any]
) -> model.ForeignKey:
    options = fk.get("options") or {}
    columns = tuple(fk["constrained_columns"])
    name = fk.get("name")
    if support.is_generated_name("foreign_key", table, columns, name):
        name = None
    deferrable = options.get("deferrable")
    initially = options.get("initially")
    return model.ForeignKey(
        name=name,
        columns=columns,
        referred_table=model.TableKey(fk.get("referred_schema"), fk["referred_table"]),
        referred_columns=tuple(fk["referred_columns"]),
        on_delete=support.normalize_fk_action(options.get("ondelete")),
        on_update=support.normalize_fk_action(options.get("onupdate")),
        deferrable=bool(deferrable) if deferrable else None,
        initially=initially.upper() if initially and initially.upper() != "IMMEDIATE" else None,
    )


def build_index(support: DialectSupport, ix: Mapping[str, Any]) -> model.Index:
    names = list(ix.get("column_names") or [])
    expressions = list(ix.get("expressions") or [])
    parts: list[str] = []
    flags: list[bool] = []
    for i, col in enumerate(names or expressions):
        if col is None or (not names and expressions):
            expr = expressions[i] if i < len(expressions) else ""
            parts.append(support.normalize_expression(expr) or expr)
            flags.append(True)
        else:
            parts.append(col)
            flags.append(False)
    options = ix.get("dialect_options") or {}
    where = None
    method = None
    include: tuple[str, ...] = ()
    extra: list[tuple[str, str]] = []
    keys = [n if n is not None else (expressions[i] if i < len(expressions) else "")
            for i, n in enumerate(names)] or expressions
    for key, value in sorted(options.items()):
        if key.endswith("_where") and value is not None:
            where = support.normalize_expression(str(value))
        elif key == "postgresql_using":
            method = None if str(value).lower() == "btree" else str(value).lower()
        elif key == "postgresql_include":
            include = tuple(value or ())
        elif key == "postgresql_ops" and value:
            # Each key part's operator class, by position: a part is named by its
            # column or expression, which a rename would change.
            extra += [(f"postgresql_ops.{i}", str(value[k])) for i, k in enumerate(keys, 1) if value.get(k)]
        elif key == "postgresql_with" and value:
            extra += [(f"postgresql_with.{name}", _unquoted(str(v))) for name, v in value.items()]
        elif key in ("mysql_prefix", "mariadb_prefix"):
            method = str(value).lower()
        elif key in ("mysql_length", "mariadb_length") and value:
            extra.append(("mysql_length", _lengths(value, names or expressions)))
        elif key in ("mysql_using", "mariadb_using") and value:
            extra.append(("mysql_using", str(value).upper()))
        elif key.startswith(("mysql_", "mariadb_")) and key.endswith("_with_parser"):
            extra.append(("mysql_with_parser", str(value)))
        elif value not in (None, "", [], {}):
            extra.append((key, str(value)))
    sorting = ix.get("column_sorting") or {}
    descending = tuple("desc" in sorting.get(key, ()) for key in keys)
    return model.Index(
        name=ix["name"],
        descending=descending if any(descending) else (),
        expressions=tuple(parts),
        is_expression=tuple(flags),
        unique=bool(ix.get("unique")),
        where=where,
        method=method,
        include=include,
        dialect_options=tuple(extra),
    )


def _lengths(value: Any, columns: Sequence[Any]) -> str:
    """MySQL prefix lengths as ``col(10), col2(5)`` in key order.

    The Inspector gives ``{column: length}`` (or one int for a one-column key).
    """
    if not isinstance(value, Mapping):
        return ", ".join(f"{c}({value})" for c in columns[:1])
    order = [c for c in columns if c in value] + sorted(set(value) - set(columns))
    return ", ".join(f"{c}({value[c]})" for c in order)


def _split_uniques(
    support: DialectSupport,
    table: str,
    uniques: Sequence[Mapping[str, Any]],
    indexes: Sequence[Mapping[str, Any]],
) -> tuple[list[model.UniqueConstraint], list[Mapping[str, Any]]]:
    """Unique constraints, and the indexes that are not just their backing index."""
    constraints = []
    backing: set[str] = set()
    by_name = {ix.get("name"): ix for ix in indexes}
    taken = {str(x["name"]) for x in [*uniques, *indexes] if x.get("name")}
    for uq in uniques:
        columns = tuple(uq["column_names"])
        name = uq.get("name")
        if _has_prefix_lengths(by_name.get(uq.get("duplicates_index"))):
            continue  # MySQL's UNIQUE KEY (c(255)): an index, the only kind that keeps its lengths
        if uq.get("duplicates_index"):
            backing.add(uq["duplicates_index"])
        if support.is_generated_name("unique", table, columns, name, taken):
            name = None
        constraints.append(model.UniqueConstraint(
            name=name, columns=columns, deferrable=True if uq.get("deferrable") else None,
            initially="DEFERRED" if str(uq.get("initially") or "").upper() == "DEFERRED" else None,
        ))
    plain = [
        ix
        for ix in indexes
        if not ix.get("duplicates_constraint") and ix.get("name") not in backing
    ]
    return constraints, plain


def _has_prefix_lengths(ix: Mapping[str, Any] | None) -> bool:
    """Whether index ``ix`` indexes a prefix of some column (MySQL's ``c(255)``)."""
    options = (ix or {}).get("dialect_options") or {}
    return any(options.get(key) for key in ("mysql_length", "mariadb_length"))


def _index_columns(indexes: Sequence[Mapping[str, Any]], but: Mapping[str, Any]) -> list[tuple[str, ...]]:
    """The column lists of ``indexes`` (all, unique ones too) other than ``but``, where
    each part is a whole column (no expression, no prefix length)."""
    return [
        tuple(ix.get("column_names") or ())
        for ix in indexes
        if ix is not but and ix.get("name") != but.get("name") and not _has_prefix_lengths(ix)
        and None not in (ix.get("column_names") or (None,))
    ]


def _is_fk_backing_index(
    support: DialectSupport, ix: Mapping[str, Any], fks: Sequence[model.ForeignKey],
    other_keys: Sequence[tuple[str, ...]] = (),
) -> bool:
    """MySQL creates an index for a foreign key no index covers, named after the
    constraint (an unnamed one: after its first column); it is implied. An index
    of the same columns under another name was declared (``CREATE INDEX ix_c_p``).
    So was one under that name while another key (``other_keys``: the primary key's
    and the other indexes' columns) covers the foreign key: the server drops the index
    it made once another covers it, a declared one stays (a restored dump declares
    ``KEY c_fk (c)``, and ``CREATE INDEX ix_new (c, d)`` afterwards leaves both)."""
    if not support.fk_creates_index:
        return False
    cols = tuple(ix.get("column_names") or ())
    return not ix.get("unique") and any(
        cols == fk.columns and ix.get("name") == (fk.name or fk.columns[0])
        and not any(key[: len(cols)] == cols for key in other_keys)
        for fk in fks
    )


def _unquoted(value: str) -> str:
    """A storage parameter's value as the catalog keeps it (models write ``'70'``, a
    string literal, where the server stores ``70``).

    >>> _unquoted("'70'"), _unquoted("on")
    ('70', 'on')
    """
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value


"""A :class:`~.plan.ModulePlan` -> Python source, one piece at a time.

Each ``render_*`` function returns the text of one top-level statement and
records what it uses in an :class:`~.imports.Imports`, so a whole module and a
split package (one file per class) are assembled from the same pieces.
Every name and every SQL fragment from the database enters the source as a
string literal (:func:`py`), never as code.
"""

from __future__ import annotations

import json

from .. import model
from ..dialects import support_for
from ..dialects.capabilities import SQLText
from ..dialects.tokens import PYTHON, lex
from ..errors import MigrationError
from .imports import Imports
from .plan import ColumnPlan, ModulePlan, RelationshipPlan, TablePlan
from .types import type_code

INDENT = "    "


#: Calls longer than this are written one argument per line (as ruff format would).
LINE_LENGTH = 88


def call(prefix: str, func: str, args: list[str], *, depth: int) -> str:
    """``prefix + func(args)`` at ``depth`` indents, wrapped one argument a line when long."""
    pad = INDENT * depth
    line = f"{pad}{prefix}{func}({', '.join(args)})"
    if len(line) <= LINE_LENGTH or not args:
        return line
    inner = "".join(f"{pad}{INDENT}{a},\n" for a in args)
    return f"{pad}{prefix}{func}(\n{inner}{pad})"


def py(text: str) -> str:
    """A double-quoted Python string literal for ``text`` (any characters)."""
    return json.dumps(text, ensure_ascii=False)


def render_base(style: str, imports: Imports) -> str:
    """The declarative base class, or the ``MetaData`` of the ``tables`` style."""
    if style == "tables":
        imports.add("sqlalchemy", "MetaData")
        return "metadata = MetaData()"
    imports.add("sqlalchemy.orm", "DeclarativeBase")
    if style == "dataclasses":
        imports.add("sqlalchemy.orm", "MappedAsDataclass")
        return "class Base(MappedAsDataclass, DeclarativeBase, kw_only=True):\n    pass"
    return "class Base(DeclarativeBase):\n    pass"


def metadata_expr(style: str) -> str:
    return "metadata" if style == "tables" else "Base.metadata"


# --------------------------------------------------------------------------- tables


def render_table(tp: TablePlan, plan: ModulePlan, imports: Imports, *, metadata: str) -> str:
    """A ``name = Table(...)`` statement (association tables, tables without a key)."""
    imports.add("sqlalchemy", "Table")
    imports.add("sqlalchemy", "Column")
    args = [py(tp.table.name), metadata]
    args += [_column_call(cp, tp, plan, imports) for cp in tp.columns]
    args += _constraint_items(tp, plan, imports)
    if tp.table.schema:
        args.append(f"schema={py(tp.table.schema)}")
    if tp.table.comment:
        args.append(f"comment={py(tp.table.comment)}")
    args += [f"{k}={v}" for k, v in partition_options(tp.table, plan.dialect, depth=1).items()]
    args += [f"{k}={v}" for k, v in table_options(tp.table, plan.dialect, imports, depth=1).items()]
    body = "".join(f"{_wrap_item(a, depth=1)},\n" for a in args)
    return f"{tp.var_name} = Table(\n{body})"


def _wrap_item(item: str, *, depth: int) -> str:
    """A ``Func(a, b)`` item of a call, wrapped when its line would be too long."""
    pad = INDENT * depth
    if len(pad + item) + 1 <= LINE_LENGTH or not item.endswith(")") or "(" not in item:
        return pad + item
    func, _, rest = item.partition("(")
    args = _split_top_level(rest[:-1])
    return call("", func, args, depth=depth)


def _split_top_level(text: str) -> list[str]:
    """Split call arguments on commas outside brackets and string literals
    (``'...'`` too: ``repr`` writes a string holding ``"`` that way).

    >>> _split_top_level("f(a, [b, c]), 'd, e', x")
    ['f(a, [b, c])', "'d, e'", 'x']
    """
    out, depth, begin = [], 0, 0
    for kind, start, end in lex(text, PYTHON):
        ch = text[start]
        if kind != "punct":
            continue
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            out.append(text[begin:start].strip())
            begin = end
    if text[begin:].strip():
        out.append(text[begin:].strip())
    return out


def _column_call(cp: ColumnPlan, tp: TablePlan, plan: ModulePlan, imports: Imports) -> str:
    col = cp.column
    args = [py(col.name), *_column_positional(cp, imports)]
    kwargs = _column_keywords(cp, imports, dialect=plan.dialect)
    if not cp.primary_key and not col.nullable:
        kwargs.append("nullable=False")
    return f"Column({', '.join(args + kwargs)})"


def _column_positional(cp: ColumnPlan, imports: Imports) -> list[str]:
    col = cp.column
    imports.merge(cp.type.imports)
    out = [cp.type.expr]
    if cp.inline_fk is not None:
        imports.add("sqlalchemy", "ForeignKey")
        fk = cp.inline_fk
        out.append(f"ForeignKey({', '.join([py(_target(fk, fk.referred_columns[0])), *_fk_options(fk)])})")
    if col.identity is not None:
        imports.add("sqlalchemy", "Identity")
        ident = col.identity
        opts = [f"always={ident.always}"] if ident.always else []
        opts += [f"start={ident.start}"] if ident.start is not None else []
        opts += [f"increment={ident.increment}"] if ident.increment is not None else []
        opts += [f"minvalue={ident.min_value}"] if ident.min_value is not None else []
        opts += [f"maxvalue={ident.max_value}"] if ident.max_value is not None else []
        opts += [f"cache={ident.cache}"] if ident.cache is not None else []
        opts += ["cycle=True"] if ident.cycle else []
        out.append(f"Identity({', '.join(opts)})")
    if col.computed is not None:
        imports.add("sqlalchemy", "Computed")
        persisted = (
            [f"persisted={col.computed.persisted}"] if col.computed.persisted is not None else []
        )
        out.append(f"Computed({', '.join([py(col.computed.expression), *persisted])})")
    return out


def _column_keywords(cp: ColumnPlan, imports: Imports, *, dialect: str) -> list[str]:
    col = cp.column
    out = []
    if cp.primary_key:
        out.append("primary_key=True")
        if col.nullable:
            out.append("nullable=True")
    if cp.autoincrement is not None:
        out.append(f"autoincrement={cp.autoincrement}")
    if cp.unique:
        out.append("unique=True")
    if col.default is not None:
        imports.add("sqlalchemy", "text")
        out.append(f"server_default=text({py(col.default)})")
    if col.comment:
        out.append(f"comment={py(col.comment)}")
    if col.inherited and support_for(dialect).supports_table_inheritance:
        out.append("system=True")  # from a parent table (INHERITS): not in CREATE TABLE
    return out


def _target(fk: model.ForeignKey, column: str) -> str:
    ref = fk.referred_table
    return f"{ref.schema}.{ref.name}.{column}" if ref.schema else f"{ref.name}.{column}"


def _fk_options(fk: model.ForeignKey) -> list[str]:
    out = []
    if fk.name:
        out.append(f"name={py(fk.name)}")
    if fk.on_delete:
        out.append(f"ondelete={py(fk.on_delete)}")
    if fk.on_update:
        out.append(f"onupdate={py(fk.on_update)}")
    if fk.deferrable:
        out.append("deferrable=True")
    if fk.initially:
        out.append(f"initially={py(fk.initially)}")
    return out


def _constraint_items(tp: TablePlan, plan: ModulePlan, imports: Imports) -> list[str]:
    """``PrimaryKeyConstraint``, ``ForeignKeyConstraint``, ``UniqueConstraint``, ``CheckConstraint``, ``Index``."""
    table = tp.table
    out = []
    if tp.pk_constraint and table.primary_key is not None:
        imports.add("sqlalchemy", "PrimaryKeyConstraint")
        name = [f"name={py(table.primary_key.name)}"] if table.primary_key.name else []
        out.append(f"PrimaryKeyConstraint({', '.join([*map(py, table.primary_key.columns), *name])})")
    for fk in tp.table_fks:
        imports.add("sqlalchemy", "ForeignKeyConstraint")
        local = f"[{', '.join(map(py, fk.columns))}]"
        remote = f"[{', '.join(py(_target(fk, c)) for c in fk.referred_columns)}]"
        out.append(f"ForeignKeyConstraint({', '.join([local, remote, *_fk_options(fk)])})")
    for uq in tp.table_uniques:
        imports.add("sqlalchemy", "UniqueConstraint")
        name = [f"name={py(uq.name)}"] if uq.name else []
        out.append(f"UniqueConstraint({', '.join([*map(py, uq.columns), *name])})")
    support = support_for(plan.dialect)
    for ck in table.check_constraints:
        if ck.inherited and support.supports_table_inheritance:
            continue  # the parent's: the database gives it to the table
        imports.add("sqlalchemy", "CheckConstraint")
        name = [f"name={py(ck.name)}"] if ck.name else []
        expression = support.requote_columns(ck.expression, table.column_map)  # `order` > 0
        out.append(f"CheckConstraint({', '.join([py(expression), *name])})")
    for ix in table.indexes:
        out.append(_index_call(ix, plan.dialect, imports))
    return out


def _index_call(ix: model.Index, dialect: str, imports: Imports) -> str:
    imports.add("sqlalchemy", "Index")
    flags = ix.is_expression or (False,) * len(ix.expressions)
    desc = ix.descending or (False,) * len(ix.expressions)
    support = support_for(dialect)
    args = [py(ix.name)]
    ops: dict[str, str] = {}  # a plain column's operator class (postgresql_ops)
    for position, (expr, is_expr, down) in enumerate(zip(ix.expressions, flags, desc), 1):
        suffix = support.index_part_suffix(ix, position)
        if is_expr or down:  # a DESC part: the quoted column and DESC as SQL text
            imports.add("sqlalchemy", "text")
            part = f"({expr})" if is_expr and (down or suffix) else expr if is_expr else \
                support.sqlalchemy_dialect().identifier_preparer.quote(expr)
            args.append(f"text({py(part + suffix + (' DESC' if down else ''))})")
        else:
            args.append(py(expr))
            if suffix:
                ops[expr] = suffix.strip()
    if ix.unique:
        args.append("unique=True")
    if ops:
        args.append("postgresql_ops={" + ", ".join(f"{py(k)}: {py(v)}" for k, v in ops.items()) + "}")
    for key, value in support_for(dialect).index_kwargs(ix).items():
        if isinstance(value, SQLText):
            imports.add("sqlalchemy", "text")
            args.append(f"{key}=text({py(str(value))})")
        elif isinstance(value, list):
            args.append(f"{key}=[{', '.join(map(py, value))}]")
        else:
            args.append(f"{key}={py(value)}")
    return f"Index({', '.join(args)})"


# ------------------------------------------------------------------- partitioning


def partition_options(table: model.Table, dialect: str, *, depth: int) -> dict[str, str]:
    """``Table`` keyword arguments as Python source: PARTITION BY and the partitions.

    PostgreSQL: ``postgresql_partition_by`` for the parent, and the partitions
    by name with their bounds in ``info={"partitions": {...}}``, which
    :func:`render_partition_listener` creates after the tables. MySQL and
    MariaDB: ``mysql_partition_by``/``mariadb_partition_by`` with every
    partition in it, as the migrations write it (one ``CREATE TABLE``).
    ``depth`` is the indent of the line the values start on.
    """
    p = table.partitioning
    if p is None:
        return {}
    support = support_for(dialect)
    if support.partitions_in_create_table:
        try:
            kwargs = support.partition_table_kwargs(table)
        except MigrationError:  # a strategy schemanb does not write (LINEAR ...): left out
            return {}
        return {k: py(v) for k, v in kwargs.items()}
    if not support.supports_partitions:
        return {}
    out = {"postgresql_partition_by": py(f"{p.strategy} ({p.key})")}
    parts = {py(x.name): py(x.bound) for x in p.partitions if x.schema in (None, table.schema)}
    if parts:
        out["info"] = dict_source({py("partitions"): dict_source(parts, depth=depth + 1)}, depth=depth)
    return out


def table_options(table: model.Table, dialect: str, imports: Imports, *, depth: int) -> dict[str, str]:
    """The dialect's ``Table`` keyword arguments for the table's options as Python
    source (PostgreSQL: ``postgresql_inherits``, ``prefixes=["UNLOGGED"]``,
    ``postgresql_with``); a name quoted in advance (a parent in another schema) is a
    ``quoted_name(..., quote=False)``."""
    from sqlalchemy.sql.elements import quoted_name

    def source(value: object) -> str:
        if isinstance(value, quoted_name) and value.quote is False:
            imports.add("sqlalchemy.sql", "quoted_name")
            return f"quoted_name({py(str(value))}, quote=False)"
        if isinstance(value, str):
            return py(value)
        if isinstance(value, tuple):
            return f"({source(value[0])},)" if len(value) == 1 else f"({', '.join(map(source, value))})"
        if isinstance(value, list):
            return "[" + ", ".join(source(v) for v in value) + "]"
        if isinstance(value, dict):
            return dict_source({py(str(k)): source(v) for k, v in value.items()}, depth=depth)
        return repr(value)

    kwargs = support_for(dialect).codegen_table_kwargs(table)
    return {key: source(value) for key, value in kwargs.items()}


def dict_source(items: dict[str, str], *, depth: int) -> str:
    """``{key: value, ...}`` from key and value sources; one item a line when long."""
    one = "{" + ", ".join(f"{k}: {v}" for k, v in items.items()) + "}"
    if len(one) + len(INDENT) * depth <= LINE_LENGTH and "\n" not in one:
        return one
    pad = INDENT * depth
    body = "".join(f"{pad}{INDENT}{k}: {v},\n" for k, v in items.items())
    return "{\n" + body + pad + "}"


def render_partition_listener(imports: Imports, *, metadata: str) -> str:
    """A ``metadata`` ``after_create`` listener creating the partitions tables list."""
    imports.add("typing", "Any")
    imports.add("sqlalchemy", "event")
    imports.add("sqlalchemy", "text")
    return (
        f'@event.listens_for({metadata}, "after_create")\n'
        "def create_partitions(target: Any, connection: Any, **kw: Any) -> None:\n"
        f'{INDENT}"""Create the partitions each partitioned table lists in its ``info``."""\n'
        f"{INDENT}preparer = connection.dialect.identifier_preparer\n"
        f'{INDENT}for table in kw.get("tables") or target.sorted_tables:\n'
        f'{INDENT * 2}for name, bound in table.info.get("partitions", {{}}).items():\n'
        f"{INDENT * 3}parent = preparer.format_table(table)\n"
        f'{INDENT * 3}connection.execute(text(f"CREATE TABLE {{preparer.quote(name)}} '
        'PARTITION OF {parent} {bound}"))'
    )


# -------------------------------------------------------------------------- classes


def render_class(tp: TablePlan, plan: ModulePlan, imports: Imports) -> str:
    """A mapped class: ``__tablename__``, ``__table_args__``, columns, relationships."""
    assert tp.class_name is not None
    imports.add("sqlalchemy.orm", "Mapped")
    imports.add("sqlalchemy.orm", "mapped_column")
    lines = [f"class {tp.class_name}(Base):", f"{INDENT}__tablename__ = {py(tp.table.name)}"]
    items = _constraint_items(tp, plan, imports)
    options: dict[str, str] = {}  # name -> Python source of the value
    if tp.table.schema:
        options["schema"] = py(tp.table.schema)
    if tp.table.comment:
        options["comment"] = py(tp.table.comment)
    options.update(partition_options(tp.table, plan.dialect, depth=3))
    options.update(table_options(tp.table, plan.dialect, imports, depth=3))
    option_text = dict_source({py(k): v for k, v in options.items()}, depth=2)
    one_line = f"{INDENT}__table_args__ = ({items[0]},)" if len(items) == 1 else ""
    if one_line and not options and len(one_line) <= LINE_LENGTH:
        lines.append(one_line)
    elif items:
        body = "".join(f"{_wrap_item(item, depth=2)},\n" for item in items)
        tail = f"{INDENT * 2}{option_text},\n" if options else ""
        lines.append(f"{INDENT}__table_args__ = (\n{body}{tail}{INDENT})")
    elif options:
        # A tuple holding the options dict: an immutable class attribute (ruff RUF012).
        one_dict = dict_source({py(k): v for k, v in options.items()}, depth=1)
        if "\n" not in one_dict and len(one_dict) + 24 <= LINE_LENGTH:
            lines.append(f"{INDENT}__table_args__ = ({one_dict},)")
        else:
            lines.append(f"{INDENT}__table_args__ = (\n{INDENT * 2}{option_text},\n{INDENT})")
    lines.append("")
    dataclass = plan.style == "dataclasses"
    lines += [_mapped_column(cp, imports, dataclass=dataclass, dialect=plan.dialect) for cp in tp.columns]
    if tp.relationships:
        imports.add("sqlalchemy.orm", "relationship")
        lines.append("")
        lines += [_relationship(rp, imports, dataclass=dataclass) for rp in tp.relationships]
    return "\n".join(lines)


def _annotation(cp: ColumnPlan, imports: Imports) -> str:
    if cp.type.python_module == "typing":
        imports.add("typing", "Any")
    elif cp.type.python_module:
        imports.add(cp.type.python_module)
    # A key column is never NULL in practice; SQLite merely reports it nullable.
    nullable = cp.column.nullable and not cp.primary_key
    return f"{cp.type.python} | None" if nullable else cp.type.python


def _mapped_column(cp: ColumnPlan, imports: Imports, *, dataclass: bool, dialect: str) -> str:
    col = cp.column
    args = [py(col.name)] if cp.attr != col.name else []
    args += _column_positional(cp, imports)
    args += _column_keywords(cp, imports, dialect=dialect)
    if dataclass:
        generated = (
            col.default is not None
            or col.computed is not None
            or col.identity is not None
            or (col.autoincrement and cp.primary_key)
        )
        if generated:
            args.append("init=False")
        elif col.nullable:
            args.append("default=None")
    annotation = _annotation(cp, imports)
    text = call(f"{cp.attr}: Mapped[{annotation}] = ", "mapped_column", args, depth=1)
    return _inexact_note(cp) + text


def _inexact_note(cp: ColumnPlan) -> str:
    if cp.type.exact:
        return ""
    spelled = " ".join(cp.column.type_sql.split())
    return f"{INDENT}# database type {spelled}: no exact SQLAlchemy equivalent\n"


def _relationship(rp: RelationshipPlan, imports: Imports, *, dataclass: bool) -> str:
    if rp.collection:
        annotation = f"list[{rp.target}]"
    else:
        annotation = f"{rp.target} | None" if rp.optional else rp.target
    args = [py(rp.target)]
    if rp.uselist_false:
        args.append("uselist=False")
    if rp.secondary:
        args.append(f"secondary={rp.secondary}")
    if rp.primaryjoin:
        if "and_(" in rp.primaryjoin:
            imports.add("sqlalchemy", "and_")
        args.append(f"primaryjoin=lambda: {rp.primaryjoin}")
        args.append(f"secondaryjoin=lambda: {rp.secondaryjoin}")
    if rp.foreign_keys:
        args.append(f"foreign_keys={rp.foreign_keys}")
    if rp.remote_side:
        args.append(f"remote_side={rp.remote_side}")
    args.append(f"back_populates={py(rp.back_populates)}")
    if rp.overlaps:
        args.append(f"overlaps={py(','.join(sorted(rp.overlaps)))}")
    if dataclass:
        args.append("default_factory=list" if rp.collection else "default=None")
        args.append("repr=False")
    return call(f"{rp.attr}: Mapped[{annotation}] = ", "relationship", args, depth=1)


# ------------------------------------------------------------- sequences and views


def render_sequence(seq: model.Sequence, var: str, imports: Imports, *, metadata: str) -> str:
    """A standalone ``Sequence`` bound to the metadata (so ``create_all`` makes it)."""
    imports.add("sqlalchemy", "Sequence")
    args = [py(seq.name)]
    for key, value in (
        ("start", seq.start),
        ("increment", seq.increment),
        ("minvalue", seq.min_value),
        ("maxvalue", seq.max_value),
    ):
        if value is not None:
            args.append(f"{key}={value}")
    if seq.cycle:
        args.append("cycle=True")
    if seq.data_type:
        data_type = {"INTEGER": "Integer", "SMALLINT": "SmallInteger", "BIGINT": "BigInteger"}.get(
            seq.data_type.upper()
        )
        if data_type:
            imports.add("sqlalchemy", data_type)
            args.append(f"data_type={data_type}")
    if seq.schema:
        args.append(f"schema={py(seq.schema)}")
    args.append(f"metadata={metadata}")
    return f"{var} = Sequence({', '.join(args)})"


def render_view(view: model.View, var: str, plan: ModulePlan, imports: Imports) -> str:
    """A view as a ``Table`` on ``view_metadata``: readable, never created by ``create_all``."""
    imports.add("sqlalchemy", "Table")
    imports.add("sqlalchemy", "Column")
    args = [py(view.name), "view_metadata"]
    for col in view.columns:
        code = type_code(plan.dialect, col)
        imports.merge(code.imports)
        args.append(f"Column({py(col.name)}, {code.expr})")
    if view.schema:
        args.append(f"schema={py(view.schema)}")
    if view.comment:
        args.append(f"comment={py(view.comment)}")
    info = {"is_view": True, "materialized": view.materialized}
    if view.definition:
        info["definition"] = view.definition  # type: ignore[assignment]
    args.append("info={" + ", ".join(f"{py(k)}: {_py_value(v)}" for k, v in info.items()) + "}")
    body = "".join(f"{INDENT}{a},\n" for a in args)
    return f"{var} = Table(\n{body})"


def _py_value(value: object) -> str:
    return py(value) if isinstance(value, str) else repr(value)

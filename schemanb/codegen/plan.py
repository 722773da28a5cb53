"""What a module will contain, decided before any text is written.

For each table: whether it becomes a mapped class or a ``Table`` (no primary
key, an association table, or the ``tables`` style), the Python names of the
class and its attributes, each column's type expression, which keys are written
inline (``primary_key=True``, ``ForeignKey(...)``, ``unique=True``) and which in
``__table_args__``, and the relationships on both sides of every foreign key
(many-to-many through association tables, ``remote_side`` for self-reference,
``foreign_keys`` wherever two tables are joined by more than one key).

Pure: reads the snapshot, never changes it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .. import model
from ..dialects import support_for
from . import naming
from .types import TypeCode, named_types, type_code


@dataclass
class ColumnPlan:
    column: model.Column
    attr: str
    type: TypeCode
    inline_fk: model.ForeignKey | None = None
    primary_key: bool = False
    unique: bool = False
    #: ``True``/``False`` to write ``autoincrement=``; ``None`` when SQLAlchemy's default agrees.
    autoincrement: bool | None = None


@dataclass
class RelationshipPlan:
    attr: str
    target: str
    collection: bool
    optional: bool
    back_populates: str
    foreign_keys: str | None = None
    remote_side: str | None = None
    secondary: str | None = None
    primaryjoin: str | None = None
    secondaryjoin: str | None = None
    uselist_false: bool = False
    #: Relationships writing the same columns (keys sharing a column): SQLAlchemy's ``overlaps``.
    overlaps: set[str] = field(default_factory=set)


@dataclass
class TablePlan:
    table: model.Table
    class_name: str | None
    var_name: str
    columns: list[ColumnPlan] = field(default_factory=list)
    relationships: list[RelationshipPlan] = field(default_factory=list)
    #: Primary key written as ``PrimaryKeyConstraint`` (named, or ordered unlike the columns).
    pk_constraint: bool = False
    table_fks: list[model.ForeignKey] = field(default_factory=list)
    table_uniques: list[model.UniqueConstraint] = field(default_factory=list)
    #: Module-level names an attribute must not shadow.
    taken: frozenset[str] = frozenset()

    def attr_of(self, column: str) -> str:
        return next(c.attr for c in self.columns if c.column.name == column)


@dataclass
class ModulePlan:
    dialect: str
    style: str
    tables: list[TablePlan]
    views: list[model.View]
    sequences: list[model.Sequence]
    #: Columns whose type could not be reproduced exactly: ``table.column: type_sql``.
    inexact: list[str]
    #: Every module-level name (classes, tables, imports, reserved words).
    names: frozenset[str] = frozenset()

    @property
    def by_key(self) -> dict[model.TableKey, TablePlan]:
        return {p.table.key: p for p in self.tables}


def plan_module(schema: model.Schema, *, style: str, views: bool) -> ModulePlan:
    """The plan of one module for ``schema`` in ``style``."""
    dialect = schema.info.dialect or "sqlite"
    named = named_types(schema)
    types = {
        (t.key, c.name): type_code(dialect, c, named) for t in schema.tables for c in t.columns
    }
    module_names = naming.Namespace(naming.RESERVED)
    module_names.reserve(name for code in types.values() for _, name in code.imports)
    associations = _association_tables(schema) if style != "tables" else set()
    names = {}
    for table in schema.tables:
        is_class = style != "tables" and table.primary_key is not None and table.key not in associations
        class_name = module_names.claim(*_class_candidates(table)) if is_class else None
        names[table.key] = (class_name, module_names.claim(f"t_{naming.snake(table.name)}"))
    taken = module_names.names
    plans = [
        _plan_table(table, *names[table.key], types=types, dialect=dialect, taken=taken)
        for table in schema.tables
    ]
    plan = ModulePlan(
        dialect=dialect,
        style=style,
        tables=plans,
        views=list(schema.views) if views else [],
        sequences=list(schema.sequences),
        names=taken,
        inexact=[
            f"{key[0]}.{key[1]}: {code.expr} for {_col(schema, key).type_sql}"
            for key, code in types.items()
            if not code.exact
        ],
    )
    if style != "tables":
        _plan_relationships(plan, associations)
    return plan


def _col(schema: model.Schema, key: tuple[model.TableKey, str]) -> model.Column:
    return schema.table_map[key[0]].column(key[1])


def _class_candidates(table: model.Table) -> list[str]:
    base = naming.class_name(table.name)
    out = [base]
    if table.schema:
        out.append(naming.class_name(table.schema) + base)
    return out


def _plan_table(
    table: model.Table,
    class_name: str | None,
    var_name: str,
    *,
    types: dict[tuple[model.TableKey, str], TypeCode],
    dialect: str,
    taken: frozenset[str],
) -> TablePlan:
    plan = TablePlan(table=table, class_name=class_name, var_name=var_name, taken=taken)
    attrs = naming.Namespace(shared=taken)
    pk = table.pk_columns
    in_order = tuple(c.name for c in table.columns if c.name in pk) == pk
    plan.pk_constraint = bool(pk) and (not in_order or table.primary_key.name is not None)  # type: ignore[union-attr]
    inlined: set[str] = set()
    for fk in table.foreign_keys:
        if len(fk.columns) == 1 and fk.columns[0] not in inlined:
            inlined.add(fk.columns[0])
        else:
            plan.table_fks.append(fk)
    for uq in table.unique_constraints:
        if not (uq.name is None and len(uq.columns) == 1):
            plan.table_uniques.append(uq)
    single_uniques = {
        uq.columns[0] for uq in table.unique_constraints if uq.name is None and len(uq.columns) == 1
    }
    for col in table.columns:
        cp = ColumnPlan(
            column=col,
            attr=attrs.claim(naming.attribute_name(col.name), naming.snake(col.name)),
            type=types[(table.key, col.name)],
            primary_key=col.name in pk and not plan.pk_constraint,
            unique=col.name in single_uniques,
        )
        if col.name in inlined:
            cp.inline_fk = next(
                fk for fk in table.foreign_keys if fk.columns == (col.name,) and fk not in plan.table_fks
            )
        cp.autoincrement = _autoincrement_flag(table, col, cp, dialect)
        plan.columns.append(cp)
    return plan


def _autoincrement_flag(
    table: model.Table, col: model.Column, cp: ColumnPlan, dialect: str
) -> bool | None:
    """``autoincrement=`` only where SQLAlchemy's own choice would differ from the snapshot."""
    if support_for(dialect).integer_primary_key_is_rowid or col.name not in table.pk_columns:
        return None
    integer = cp.type.expr.split("(")[0].split(".")[-1].upper() in (
        "INTEGER", "BIGINTEGER", "SMALLINTEGER", "BIGINT", "SMALLINT", "INT", "MEDIUMINT", "TINYINT",
    )
    would = (
        integer
        and len(table.pk_columns) == 1
        and col.name not in table.fk_columns
        and col.default is None
        and col.computed is None
    )
    if col.autoincrement and not would and integer:
        return True
    if not col.autoincrement and would:
        return False
    return None


# ------------------------------------------------------------------- relationships


def _association_tables(schema: model.Schema) -> set[model.TableKey]:
    """Tables that only link two others: two foreign keys covering every column."""
    candidates = set()
    for t in schema.tables:
        if len(t.foreign_keys) != 2:
            continue
        covered = {c for fk in t.foreign_keys for c in fk.columns}
        if covered == {c.name for c in t.columns}:
            candidates.add(t.key)
    out = set()
    for key in candidates:
        t = schema.table_map[key]
        targets = [schema.table_map.get(fk.referred_table) for fk in t.foreign_keys]
        if all(r is not None and r.primary_key and r.key not in candidates for r in targets):
            out.add(key)
    return out


def _plan_relationships(plan: ModulePlan, associations: set[model.TableKey]) -> None:
    by_key = plan.by_key
    namespaces = {
        p.table.key: naming.Namespace((c.attr for c in p.columns), shared=p.taken)
        for p in plan.tables
    }
    pair_count: Counter[frozenset[model.TableKey]] = Counter(
        frozenset((p.table.key, fk.referred_table)) for p in plan.tables for fk in p.table.foreign_keys
    )
    for child in plan.tables:
        if child.class_name is None:
            continue
        pairs = []
        for fk in child.table.foreign_keys:
            parent = by_key.get(fk.referred_table)
            if parent is None or parent.class_name is None:
                continue
            ambiguous = pair_count[frozenset((child.table.key, parent.table.key))] > 1
            pairs.append((fk, _add_foreign_key_pair(child, parent, fk, namespaces, ambiguous=ambiguous)))
        _mark_overlaps(pairs)
    for key in sorted(associations, key=lambda k: k.sort_key()):
        _add_many_to_many(by_key[key], by_key, namespaces)


def _add_foreign_key_pair(
    child: TablePlan,
    parent: TablePlan,
    fk: model.ForeignKey,
    namespaces: dict[model.TableKey, naming.Namespace],
    *,
    ambiguous: bool,
) -> tuple[RelationshipPlan, RelationshipPlan]:
    assert child.class_name and parent.class_name
    self_ref = child is parent
    one_to_one = _is_unique(child.table, fk.columns)
    # A composite key is named after its own columns (``billing_address_id``),
    # not the ones it shares with the table's other keys (``customer_id``).
    shared = {c for other in child.table.foreign_keys if other is not fk for c in other.columns}
    own = tuple(c for c in fk.columns if c not in shared)
    m2o = namespaces[child.table.key].claim(
        *naming.many_to_one_names(own if len(own) == 1 else fk.columns, parent.table.name, self_ref=self_ref)
    )
    if one_to_one and not self_ref:
        reverse_names = [naming.snake(child.class_name), f"{naming.snake(child.class_name)}_{m2o}"]
    else:
        reverse_names = naming.one_to_many_names(
            child.class_name, m2o, self_ref=self_ref, shared=ambiguous
        )
    o2m = namespaces[parent.table.key].claim(*reverse_names)
    local_attrs = [child.attr_of(c) for c in fk.columns]
    child.relationships.append(
        RelationshipPlan(
            attr=m2o,
            target=parent.class_name,
            collection=False,
            optional=any(child.table.column(c).nullable for c in fk.columns),
            back_populates=o2m,
            foreign_keys=f"[{', '.join(local_attrs)}]" if ambiguous else None,
            remote_side=f"[{', '.join(parent.attr_of(c) for c in fk.referred_columns)}]"
            if self_ref
            else None,
        )
    )
    qualified = ", ".join(f"{child.class_name}.{a}" for a in local_attrs)
    reverse = RelationshipPlan(
        attr=o2m,
        target=child.class_name,
        collection=not (one_to_one and not self_ref),
        optional=True,
        back_populates=m2o,
        foreign_keys=_py_string(f"[{qualified}]") if ambiguous else None,
        uselist_false=one_to_one and not self_ref,
    )
    parent.relationships.append(reverse)
    return child.relationships[-1], reverse


def _mark_overlaps(
    pairs: list[tuple[model.ForeignKey, tuple[RelationshipPlan, RelationshipPlan]]],
) -> None:
    """Keys of one table that share a column write it from several relationships."""
    for fk, rels in pairs:
        for other_fk, other_rels in pairs:
            if other_fk is not fk and set(fk.columns) & set(other_fk.columns):
                for rel in rels:
                    rel.overlaps.update(r.attr for r in other_rels)


def _add_many_to_many(
    link: TablePlan, by_key: dict[model.TableKey, TablePlan], namespaces: dict[model.TableKey, naming.Namespace]
) -> None:
    fk_a, fk_b = link.table.foreign_keys
    a, b = by_key[fk_a.referred_table], by_key[fk_b.referred_table]
    assert a.class_name and b.class_name
    if a is b:
        name_a = namespaces[a.table.key].claim(*_m2m_names(fk_b, a, self_ref=True))
        name_b = namespaces[a.table.key].claim(*_m2m_names(fk_a, a, self_ref=True))
        join_a = _join(a, fk_a, link)
        join_b = _join(a, fk_b, link)
        a.relationships.append(
            RelationshipPlan(name_a, a.class_name, True, True, name_b, secondary=link.var_name,
                             primaryjoin=join_a, secondaryjoin=join_b)
        )
        a.relationships.append(
            RelationshipPlan(name_b, a.class_name, True, True, name_a, secondary=link.var_name,
                             primaryjoin=join_b, secondaryjoin=join_a)
        )
        return
    name_a = namespaces[a.table.key].claim(*_m2m_names(fk_b, b, self_ref=False))
    name_b = namespaces[b.table.key].claim(*_m2m_names(fk_a, a, self_ref=False))
    a.relationships.append(
        RelationshipPlan(name_a, b.class_name, True, True, name_b, secondary=link.var_name)
    )
    b.relationships.append(
        RelationshipPlan(name_b, a.class_name, True, True, name_a, secondary=link.var_name)
    )


def _m2m_names(fk: model.ForeignKey, target: TablePlan, *, self_ref: bool) -> list[str]:
    """Names of the collection that reaches ``target`` through ``fk`` of a link table."""
    assert target.class_name
    base = naming.plural(naming.snake(target.class_name))
    stem = naming.plural(naming.column_stem(fk.columns))
    return [stem, f"{base}_{stem}"] if self_ref else [base, f"{base}_{stem}"]


def _join(target: TablePlan, fk: model.ForeignKey, link: TablePlan) -> str:
    parts = [
        f"{target.class_name}.{target.attr_of(r)} == {link.var_name}.c[{_py_string(c)}]"
        for c, r in zip(fk.columns, fk.referred_columns)
    ]
    return parts[0] if len(parts) == 1 else f"and_({', '.join(parts)})"


def _is_unique(table: model.Table, columns: tuple[str, ...]) -> bool:
    wanted = set(columns)
    if set(table.pk_columns) == wanted:
        return True
    if any(set(u.columns) == wanted for u in table.unique_constraints):
        return True
    return any(
        ix.unique and ix.where is None and not any(ix.is_expression) and set(ix.expressions) == wanted
        for ix in table.indexes
    )


def _py_string(text: str) -> str:
    """A double-quoted Python string literal for ``text``."""
    import json

    return json.dumps(text, ensure_ascii=False)

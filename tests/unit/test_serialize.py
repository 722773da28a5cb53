"""Snapshot JSON: round trip, deterministic bytes, versioning, errors that name the path."""

from __future__ import annotations

import dataclasses
import json

import pytest
from hostile import HOSTILE_COMMENTS, HOSTILE_NAMES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemanb import model, serialize
from schemanb.errors import SnapshotFormatError, SnapshotVersionError


def full_schema() -> model.Schema:
    """A snapshot holding every object kind, every hostile name and comment."""
    names = list(HOSTILE_NAMES.values())
    comments = list(HOSTILE_COMMENTS.values())
    tables = []
    for i, name in enumerate(names):
        tables.append(
            model.Table(
                schema="s" if i % 2 else None,
                name=name,
                columns=(
                    model.Column(name="id", type_sql="BIGINT", type_generic="BIGINT",
                                 nullable=False, autoincrement=True,
                                 identity=model.Identity(always=True, start=10, increment=5)),
                    model.Column(name=name, type_sql="VARCHAR(20)", type_generic="VARCHAR(20)",
                                 default="'x''y'", collation="C", comment=comments[i % len(comments)],
                                 dialect_options=(("a", "1"), ("b", "ü"))),
                    model.Column(name="c", type_sql="INTEGER", type_generic="INTEGER",
                                 computed=model.Computed(expression="id * 2", persisted=True)),
                ),
                primary_key=model.PrimaryKey(name=f"pk_{i}", columns=("id",)),
                foreign_keys=(
                    model.ForeignKey(name=None, columns=("c",), referred_table=model.TableKey(None, names[0]),
                                     referred_columns=("id",), on_delete="CASCADE", on_update="SET NULL",
                                     deferrable=True, initially="DEFERRED"),
                ),
                unique_constraints=(model.UniqueConstraint(name="uq", columns=(name, "c")),),
                check_constraints=(model.CheckConstraint(name=None, expression=f'"{name}" <> \'\''),),
                indexes=(
                    model.Index(name="ix", expressions=("lower(x)", name), is_expression=(True, False),
                                unique=True, where="c > 0", method="gin", include=("c",),
                                dialect_options=(("mysql_length", "x(10)"),), descending=(False, True)),
                ),
                comment=comments[-1],
                partitioning=None if i else model.Partitioning(
                    strategy="RANGE", key="c",
                    partitions=(model.Partition(
                        name="p1", bound="FOR VALUES FROM (1) TO (10)",
                        primary_key=model.PrimaryKey(name="p1 key", columns=("id",)),
                        foreign_keys=(model.ForeignKey(name="p1 fk", columns=("c",),
                                                       referred_table=model.TableKey("s", name),
                                                       referred_columns=("id",)),),
                        check_constraints=(model.CheckConstraint(name="p1 ck", expression="c > 1"),),
                        indexes=(model.Index(name="p1 ix", expressions=("c",)),),
                        partitioning=model.Partitioning(strategy="LIST", key="x", partitions=(
                            model.Partition(name="p1 a", bound="FOR VALUES IN ('a')",
                                            inherited=(("i", "p1 a_c_idx", ("c",)),)),)),
                        inherited=(("p", "p1_pkey", ("id",)),)),
                                model.Partition(name="p 2", bound="DEFAULT", schema="s")),
                ),
                row_estimate=1000 + i,
            )
        )
    return model.Schema(
        info=model.SnapshotInfo(dialect="postgresql", server_version="15.2", database="shop",
                                default_schema="public", schemas=(None, "s"),
                                source="postgresql://u:***@h/shop", captured_at="2024-01-01T00:00:00+00:00",
                                schemanb_version="0.1.0"),
        tables=model.sorted_by_name(tables),
        views=(
            model.View(name="v", definition="SELECT 'ü' <b>", comment=comments[0],
                       columns=(model.Column(name="x", type_sql="TEXT", type_generic="TEXT"),),
                       depends_on=(model.TableKey(None, names[0]),),
                       depends_on_columns=(model.ColumnRef(model.TableKey(None, names[0]), "id"),)),
            model.View(schema="s", name="mv", definition="SELECT 1", materialized=True,
                       indexes=(model.Index(name="mvix", expressions=("x",)),)),
        ),
        sequences=(model.Sequence(name="seq", start=5, increment=2, min_value=1, max_value=99,
                                  cycle=True, data_type="INTEGER"),),
        enums=(model.Enum(schema="s", name="mood", values=("sad", "Happy", "ü'\"")),),
        domains=(model.Domain(name="posint", type_sql="INTEGER", nullable=False, default="1",
                              checks=(model.CheckConstraint(name="posint_check", expression="VALUE > 0"),)),),
        composite_types=(model.CompositeType(schema="s", name="pair", attributes=(("a", "INTEGER"), ("b", "TEXT"))),),
        triggers=(model.Trigger(table=names[0], name="trg", timing="BEFORE", events=("INSERT", "UPDATE OF id"),
                                definition="EXECUTE FUNCTION f()", orientation="STATEMENT", condition="true",
                                function=model.TableKey(None, "f"), enabled=False),),
        routines=(model.Routine(name="f", arguments="a integer", returns="trigger", language="plpgsql",
                                definition="BEGIN RETURN NEW; END", volatility="VOLATILE",
                                options=(("security", "DEFINER"), ("strict", "true"))),),
        extensions=(model.Extension(name="uuid-ossp", schema="public", version="1.1"),),
        grants=(model.Grant(object_name=names[0], grantee="app", privilege="SELECT", grantable=True),
                model.Grant(object_name="f(a integer)", grantee="PUBLIC", privilege="EXECUTE", object_kind="routine")),
        notes=("table x was skipped",),
    )


def _everything_equal(a: model.Schema, b: model.Schema) -> None:
    """``==`` leaves out info, notes and row estimates; check those too."""
    assert a == b
    assert a.info == b.info
    assert a.notes == b.notes
    assert [t.row_estimate for t in a.tables] == [t.row_estimate for t in b.tables]


def test_round_trip_every_kind(tmp_path):
    schema = full_schema()
    path = schema.save(tmp_path / "snap.json", stats=True)
    _everything_equal(serialize.load_schema(path), schema)


def test_statistics_go_into_the_file_only_when_asked(tmp_path):
    """Two snapshots of an unchanged schema are the same bytes: no capture time, no row
    estimates by default (they change while the schema does not)."""
    schema = full_schema()
    later = dataclasses.replace(
        schema, info=dataclasses.replace(schema.info, captured_at="2030-01-01T00:00:00+00:00"),
        tables=tuple(dataclasses.replace(t, row_estimate=7) for t in schema.tables),
    )
    assert schema.save(tmp_path / "a.json").read_bytes() == later.save(tmp_path / "b.json").read_bytes()
    text = (tmp_path / "a.json").read_text(encoding="utf-8")
    assert "captured_at" not in text and "row_estimate" not in text
    loaded = serialize.load_schema(tmp_path / "a.json")
    assert loaded == schema and loaded.info.captured_at is None
    with_stats = serialize.dumps(schema, stats=True)
    assert '"captured_at": "2024-01-01T00:00:00+00:00"' in with_stats and '"row_estimate": 1000' in with_stats
    # a file written with them (or by an older schemanb) still loads them
    old = serialize.loads(with_stats)
    assert old.info.captured_at == schema.info.captured_at
    assert [t.row_estimate for t in old.tables] == [t.row_estimate for t in schema.tables]


def test_output_is_deterministic(tmp_path):
    schema = full_schema()
    a = schema.save(tmp_path / "a.json").read_bytes()
    b = schema.save(tmp_path / "b.json").read_bytes()
    assert a == b
    text = a.decode("utf-8")
    assert text.endswith("}\n")
    assert "ünïcødé" in text  # ensure_ascii=False
    assert text == json.dumps(json.loads(text), sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def test_format_version_is_written():
    data = json.loads(serialize.dumps(model.Schema()))
    assert data == {"format_version": model.FORMAT_VERSION}


def test_newer_format_is_refused():
    text = json.dumps({"format_version": model.FORMAT_VERSION + 1})
    with pytest.raises(SnapshotVersionError, match=r"newer than this schemanb reads .* pip install -U schemanb"):
        serialize.loads(text)


def _corrupt(path: list[object], value: object) -> str:
    data = serialize.schema_to_dict(full_schema())
    target = data
    for part in path[:-1]:
        target = target[part]  # type: ignore[index]
    target[path[-1]] = value  # type: ignore[index]
    return json.dumps(data)


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (["tables", 2, "columns", 1, "type_sql"], 42, r"^tables\[2\]\.columns\[1\]\.type_sql: expected str, got int"),
        (["tables", 0, "columns", 0, "nullable"], "no", r"^tables\[0\]\.columns\[0\]\.nullable: expected bool"),
        (["tables", 1, "indexes"], {"a": 1}, r"^tables\[1\]\.indexes: expected a list, got dict"),
        (["views", 0, "columns", 0], "x", r"^views\[0\]\.columns\[0\]: expected an object, got str"),
        (["tables", 3, "colour"], "red", r"^tables\[3\]: unknown field 'colour'"),
    ],
)
def test_corrupt_values_name_the_json_path(path, value, message):
    with pytest.raises(SnapshotFormatError, match=message):
        serialize.loads(_corrupt(path, value))


def test_missing_required_field_names_the_object():
    data = serialize.schema_to_dict(full_schema())
    del data["tables"][0]["columns"][1]["type_sql"]
    with pytest.raises(SnapshotFormatError, match=r"^tables\[0\]\.columns\[1\]: .*type_sql"):
        serialize.schema_from_dict(data)


def test_broken_invariant_is_a_format_error():
    data = serialize.schema_to_dict(full_schema())
    data["tables"][0]["primary_key"]["columns"] = ["nope"]
    with pytest.raises(SnapshotFormatError, match=r"^tables\[0\]: primary key .* names missing columns"):
        serialize.schema_from_dict(data)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", r"is not valid JSON \(line 1, column 2\)"),
        ("[]", "the top level is not an object"),
        ('{"tables": []}', "no integer format_version"),
    ],
)
def test_not_a_snapshot(text, message):
    with pytest.raises(SnapshotFormatError, match=message):
        serialize.loads(text)


def test_file_errors_name_the_file(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(SnapshotFormatError, match=r"^snapshot file .*bad\.json is not valid JSON"):
        serialize.load_schema(bad)
    with pytest.raises(SnapshotFormatError, match=r"^snapshot file .*missing\.json does not exist"):
        serialize.load_schema(tmp_path / "missing.json")


# ------------------------------------------------------------------ property test

_names = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12)
_opt_text = st.none() | st.text(st.characters(blacklist_categories=("Cs",)), max_size=20)
_small_int = st.none() | st.integers(-(2**63), 2**63 - 1)


@st.composite
def _columns(draw: st.DrawFn) -> tuple[model.Column, ...]:
    names = draw(st.lists(_names, min_size=1, max_size=5, unique=True))
    return tuple(
        model.Column(
            name=n,
            type_sql=draw(st.sampled_from(["INTEGER", "VARCHAR(20)", "TEXT", "mood", "NUMERIC(10, 2)"])),
            type_generic=draw(st.sampled_from(["INTEGER", "VARCHAR", "TEXT"])),
            nullable=draw(st.booleans()),
            default=draw(_opt_text),
            autoincrement=draw(st.booleans()),
            identity=draw(st.none() | st.builds(model.Identity, always=st.booleans(),
                                                start=_small_int, increment=_small_int)),
            computed=draw(st.none() | st.builds(model.Computed, expression=_names,
                                                persisted=st.none() | st.booleans())),
            collation=draw(_opt_text),
            comment=draw(_opt_text),
            dialect_options=tuple(draw(st.lists(st.tuples(_names, _names), max_size=2))),
        )
        for n in names
    )


@st.composite
def _tables(draw: st.DrawFn) -> model.Table:
    columns = draw(_columns())
    names = tuple(c.name for c in columns)
    pk = draw(st.none() | st.just(model.PrimaryKey(name=draw(_opt_text), columns=names[:1])))
    fks = tuple(
        model.ForeignKey(name=draw(_opt_text), columns=(c,),
                         referred_table=model.TableKey(draw(st.none() | _names), draw(_names)),
                         referred_columns=(draw(_names),), on_delete=draw(st.none() | st.just("CASCADE")),
                         deferrable=draw(st.none() | st.booleans()))
        for c in draw(st.lists(st.sampled_from(names), max_size=2))
    )
    indexes = tuple(
        model.Index(name=draw(_names), expressions=(c,), is_expression=(draw(st.booleans()),),
                    unique=draw(st.booleans()), where=draw(_opt_text), method=draw(_opt_text))
        for c in draw(st.lists(st.sampled_from(names), max_size=2))
    )
    return model.Table(
        schema=draw(st.none() | _names), name=draw(_names), columns=columns, primary_key=pk,
        foreign_keys=fks, indexes=indexes,
        check_constraints=tuple(draw(st.lists(st.builds(model.CheckConstraint, name=_opt_text, expression=_names), max_size=2))),
        unique_constraints=tuple(draw(st.lists(st.builds(model.UniqueConstraint, name=_opt_text, columns=st.tuples(_names)), max_size=2))),
        comment=draw(_opt_text), row_estimate=draw(st.none() | st.integers(0, 10**12)),
    )


_schemas = st.builds(
    model.Schema,
    info=st.builds(model.SnapshotInfo, dialect=_opt_text, database=_opt_text, source=_opt_text),
    tables=st.lists(_tables(), max_size=3).map(tuple),
    views=st.lists(st.builds(model.View, schema=st.none() | _names, name=_names, definition=_opt_text,
                             materialized=st.booleans(), comment=_opt_text), max_size=2).map(tuple),
    enums=st.lists(st.builds(model.Enum, schema=st.none() | _names, name=_names,
                             values=st.lists(_names, max_size=3).map(tuple)), max_size=2).map(tuple),
    sequences=st.lists(st.builds(model.Sequence, name=_names, start=_small_int, increment=_small_int,
                                 cycle=st.booleans()), max_size=2).map(tuple),
    notes=st.lists(_names, max_size=2).map(tuple),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_schemas)
def test_round_trip_property(schema):
    text = serialize.dumps(schema, stats=True)
    loaded = serialize.loads(text)
    _everything_equal(loaded, schema)
    assert serialize.dumps(loaded, stats=True) == text


def test_defaults_are_left_out_of_the_file():
    col = model.Column(name="a", type_sql="INTEGER", type_generic="INTEGER")
    data = json.loads(serialize.dumps(model.Schema(tables=(model.Table(name="t", columns=(col,)),))))
    assert data["tables"] == [{"name": "t", "columns": [{"name": "a", "type_sql": "INTEGER", "type_generic": "INTEGER"}]}]
    assert dataclasses.fields(model.Column)[0].name == "name"


def test_pickle_round_trip_every_kind():
    """Snapshots cross process boundaries (``schemanb diff`` inspects both sides at once)."""
    import pickle

    schema = full_schema()
    _everything_equal(pickle.loads(pickle.dumps(schema)), schema)
    column = schema.tables[0].columns[0]
    assert pickle.loads(pickle.dumps(column)) == column
    assert hash(pickle.loads(pickle.dumps(schema.tables[0].key))) == hash(schema.tables[0].key)


def test_pickle_sends_fields_not_cached_properties():
    import pickle

    table = dataclasses.replace(full_schema().tables[0], row_estimate=1234)
    _ = table.key, table.column_map  # cached in the instance
    copy = pickle.loads(pickle.dumps(table))
    assert "column_map" not in vars(copy) and "key" not in vars(copy)
    assert copy == table and copy.row_estimate == 1234  # compare=False, still sent
    assert copy.key == table.key and copy.column_map == table.column_map


def test_mysql_object_text_round_trips():
    """A routine's and a trigger's server text and a trigger's sql_mode (#17) survive a
    save and load: a migration from a saved snapshot writes them back as the server had them."""
    schema = model.Schema(
        routines=(model.Routine(name="f", returns="TINYINT", create_sql="CREATE FUNCTION `f`(p INT) RETURNS tinyint(1)"),),
        triggers=(model.Trigger(table="t", name="tr", timing="AFTER", events=("INSERT",), definition="SET @a = 1",
                                create_sql="CREATE TRIGGER `tr` AFTER INSERT ON `t` FOR EACH ROW SET @a = 1",
                                options=(("sql_mode", "ANSI_QUOTES"),)),),
    )
    back = serialize.loads(serialize.dumps(schema))
    assert back.routines[0].create_sql == schema.routines[0].create_sql
    assert (back.triggers[0].create_sql, back.triggers[0].options) == (
        schema.triggers[0].create_sql, (("sql_mode", "ANSI_QUOTES"),))


def test_a_partition_of_an_older_file_owns_nothing() -> None:
    """Files written before partitions kept what they own (no format bump: the new
    fields are optional) load with partitions that own nothing."""
    data = {"format_version": model.FORMAT_VERSION, "tables": [{
        "name": "t", "partitioning": {"strategy": "RANGE", "key": "d", "partitions": [
            {"name": "t1", "bound": "FOR VALUES FROM (1) TO (2)"}]}}]}
    part = serialize.schema_from_dict(data).tables[0].partitioning.partitions[0]  # type: ignore[union-attr]
    assert part == model.Partition(name="t1", bound="FOR VALUES FROM (1) TO (2)")
    assert (part.foreign_keys, part.indexes, part.partitioning, part.inherited) == ((), (), None, ())


def test_the_names_of_a_partitions_clones_survive_the_file() -> None:
    """``Partition.inherited`` is never compared, but a detach needs it: it is written."""
    back = serialize.loads(serialize.dumps(full_schema()))
    part = next(t for t in back.tables if t.partitioning).partitioning.partitions[0]  # type: ignore[union-attr]
    assert part.inherited == (("p", "p1_pkey", ("id",)),)
    assert part.partitioning.partitions[0].inherited == (("i", "p1 a_c_idx", ("c",)),)  # type: ignore[union-attr]

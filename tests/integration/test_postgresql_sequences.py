"""PostgreSQL sequences: only a sequence a one-column integer key owns and draws
from is that column's SERIAL; every other one is an object with all its options
and its owner, and the column keeps its nextval() default."""

from __future__ import annotations

import schemanb
from schemanb import model, serialize
from schemanb.dialects import support_for


def test_only_an_owned_key_sequence_is_serial(pg_db) -> None:  # type: ignore[no-untyped-def]
    pg_db.execute(
        "CREATE SEQUENCE free_seq AS integer INCREMENT BY 3 MINVALUE 5 MAXVALUE 500 START 7 CACHE 4 CYCLE",
        "CREATE TABLE s (id SERIAL PRIMARY KEY)",
        "CREATE TABLE f (id INTEGER DEFAULT nextval('free_seq') PRIMARY KEY)",
        "CREATE TABLE p (a INTEGER, b SERIAL, PRIMARY KEY (a, b))",
    )
    snap = schemanb.inspect(pg_db.url)
    serial = snap.table("s").column("id")
    assert serial.autoincrement and serial.default is None
    free = snap.table("f").column("id")
    assert not free.autoincrement and free.default == "nextval('free_seq'::regclass)"
    pair = snap.table("p").column("b")
    assert not pair.autoincrement and pair.default == "nextval('p_b_seq'::regclass)"
    seqs = {s.name: s for s in snap.sequences}
    assert sorted(seqs) == ["free_seq", "p_b_seq"]  # s_id_seq is the SERIAL's
    assert seqs["free_seq"] == model.Sequence(
        name="free_seq", data_type="INTEGER", increment=3, min_value=5, max_value=500, start=7,
        cache=4, cycle=True)
    assert seqs["p_b_seq"].owned_by == "p.b" and seqs["p_b_seq"].data_type == "INTEGER"
    assert serialize.loads(serialize.dumps(snap)) == snap


def test_sequence_ddl_options_and_owner() -> None:
    pg = support_for("postgresql")
    seq = model.Sequence(name="Odd seq", data_type="integer", increment=-2, cache=5)
    assert pg.object_ddl(seq, create=True) == ['CREATE SEQUENCE "Odd seq" AS integer INCREMENT BY -2 CACHE 5']
    back = model.Sequence(name="Odd seq")
    # ALTER resets every option, so one gone back to its default is reset too.
    assert pg.object_change_ddl(seq, back) == [
        'ALTER SEQUENCE "Odd seq" AS bigint INCREMENT BY 1 MINVALUE 1 '
        "MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE"]
    assert pg.object_change_ddl(back, model.Sequence(name="Odd seq", owned_by="t.c")) == []
    assert pg.sequence_owner_ddl(back, (model.TableKey("S", "t"), "c c")) == [
        'ALTER SEQUENCE "Odd seq" OWNED BY "S".t."c c"']
    assert pg.sequence_owner_ddl(back, None) == ['ALTER SEQUENCE "Odd seq" OWNED BY NONE']


def test_deferrable_unique_constraints_are_read_and_equal_to_their_model(pg_db) -> None:  # type: ignore[no-untyped-def]
    import sqlalchemy as sa

    md = sa.MetaData()
    sa.Table("p", md, sa.Column("id", sa.Integer, primary_key=True), sa.Column("code", sa.Text),
             sa.UniqueConstraint("code", name="p_code_key", deferrable=True, initially="DEFERRED"))
    md.create_all(pg_db.engine)
    snap = schemanb.inspect(pg_db.url)
    [uq] = snap.table("p").unique_constraints
    assert (uq.deferrable, uq.initially) == (True, "DEFERRED")
    assert not schemanb.diff(schemanb.inspect(md, dialect="postgresql"), snap)

"""Python names for database objects: classes, attributes, relationships (issue 8)."""

from __future__ import annotations

import keyword

import pytest
from hostile import HOSTILE_NAMES

from schemanb.codegen import naming


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        ("order_items", "OrderItem"),
        ("categories", "Category"),
        ("addresses", "Address"),
        ("status", "Status"),
        ("InvoiceLine", "InvoiceLine"),
        ("people", "Person"),
        ("film_actor", "FilmActor"),
        ("with space", "WithSpace"),
        ("<script>x</script>", "ScriptXScript"),
        ("2fa_codes", "T2faCode"),
        ("%%%", "Table"),
    ],
)
def test_class_name_is_singular_camel_case(table, expected):
    assert naming.class_name(table) == expected


@pytest.mark.parametrize("name", list(HOSTILE_NAMES.values()), ids=list(HOSTILE_NAMES))
def test_every_hostile_name_gives_valid_python_names(name):
    cls = naming.class_name(name)
    attr = naming.attribute_name(name)
    assert cls.isidentifier() and not keyword.iskeyword(cls)
    assert naming.is_safe_identifier(attr)
    assert naming.module_name(cls).isascii() and naming.module_name(cls).isidentifier()


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        ("email", "email"),
        ("MixedCase", "MixedCase"),
        ("class", "class_"),
        ("match", "match_"),
        ("with space", "with_space"),
        ("metadata", "metadata_"),
        ("__secret", "secret"),
        ("1st", "col_1st"),
        ("ﬁle", "file"),  # NFKC: Python itself would read the ligature as "file"
        ("int", "int_"),
    ],
)
def test_attribute_name_keeps_safe_names_and_repairs_the_rest(column, expected):
    assert naming.attribute_name(column) == expected


def test_namespace_suffixes_clashes_and_repairs_keywords():
    space = naming.Namespace({"Album"})
    assert space.claim("user") == "user"
    assert space.claim("user") == "user2"
    assert space.claim("as") == "as_"
    assert space.claim("Album", "MusicAlbum") == "MusicAlbum"
    assert space.claim("Base") == "Base_"  # the declarative base's own name
    assert "user2" in space


def test_relationship_names_come_from_the_key_columns():
    assert naming.many_to_one_names(("customer_id",), "customers", self_ref=False)[0] == "customer"
    assert naming.many_to_one_names(("SupportRepId",), "Employee", self_ref=False)[0] == "support_rep"
    assert naming.many_to_one_names(("country", "code"), "regions", self_ref=False)[0] == "region"
    assert naming.many_to_one_names(("ReportsTo",), "Employee", self_ref=True)[0] == "parent"
    assert naming.one_to_many_names("InvoiceLine", "invoice", self_ref=False, shared=False)[0] == "invoice_lines"
    assert naming.one_to_many_names("Employee", "parent", self_ref=True, shared=False)[0] == "children"
    assert naming.one_to_many_names("Employee", "manager", self_ref=True, shared=False)[0] == "manager_reverse"


def test_plural_and_singular_are_inverse_on_common_words():
    for word in ("film", "category", "address", "box", "city", "day"):
        assert naming.singular(naming.plural(word)) == word

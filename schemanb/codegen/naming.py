"""Python names for database objects: classes, attributes, relationships, modules.

Rules:

* a class is the table name in singular CamelCase (``order_items`` ->
  ``OrderItem``); hostile names keep their letters and digits
  (``"with space"`` -> ``WithSpace``);
* an attribute is the column name when that is a valid, stable Python
  identifier (NFKC-normalised as Python does, not a keyword, not reserved by
  declarative or taken by an import), otherwise a cleaned-up form; the real name
  is then passed as the first argument, so it is never lost;
* every name is claimed in a :class:`Namespace`, which adds a suffix on a clash.

>>> class_name("order_items")
'OrderItem'
>>> attribute_name("with space")
'with_space'
"""

from __future__ import annotations

import functools
import keyword
import re
import unicodedata
from collections.abc import Iterable

#: Names that a declarative class body or the module itself uses.
RESERVED = frozenset(
    {
        "metadata",
        "registry",
        "Base",
        "Any",
        "int",
        "str",
        "bool",
        "float",
        "bytes",
        "dict",
        "list",
        "datetime",
        "decimal",
        "uuid",
        "type_annotation_map",
        "TYPE_CHECKING",
        "view_metadata",
    }
)

_RE_WORDS = re.compile(r"[^\W_]+")
_RE_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_RE_ID_SUFFIX = re.compile(r"^(?P<stem>.+?)[_ ]?(?:id|Id|ID)$")

_IRREGULAR = {
    "people": "person",
    "children": "child",
    "men": "man",
    "women": "woman",
    "data": "data",
    "media": "media",
    "series": "series",
    "news": "news",
    "status": "status",
    "analysis": "analysis",
}


class Namespace:
    """Names already used in one scope (a module, or a class body)."""

    def __init__(self, taken: Iterable[str] = (), *, shared: frozenset[str] = frozenset()) -> None:
        # ``shared`` (the module's names) is looked up, never copied: a class
        # body's namespace costs its own names only, whatever the module's size.
        self._shared = shared
        self._taken = set(taken)

    def reserve(self, names: Iterable[str]) -> None:
        """Mark ``names`` as used without claiming them."""
        self._taken.update(names)

    @property
    def names(self) -> frozenset[str]:
        return self._shared | self._taken

    def __contains__(self, name: str) -> bool:
        return name in self._taken or name in self._shared

    def claim(self, *candidates: str) -> str:
        """The first free candidate, else the first with a number appended.

        A candidate that is not a safe identifier (``as``, ``class``) gets a
        trailing underscore first.
        """
        candidates = tuple(c if is_safe_identifier(c) else f"{c}_" for c in candidates)
        for name in candidates:
            if name not in self:
                self._taken.add(name)
                return name
        base = candidates[0]
        n = 2
        while f"{base}{n}" in self:
            n += 1
        self._taken.add(f"{base}{n}")
        return f"{base}{n}"


def words(name: str) -> list[str]:
    """The letter/digit runs of ``name``, camel-case humps split."""
    out: list[str] = []
    for run in _RE_WORDS.findall(name):
        out.extend(p for p in _RE_CAMEL.split(run) if p)
    return out


def singular(word: str) -> str:
    """A plain-English singular of ``word`` (``categories`` -> ``category``).

    >>> [singular(w) for w in ("films", "categories", "addresses", "status", "Boxes")]
    ['film', 'category', 'address', 'status', 'Box']
    """
    low = word.lower()
    if low in _IRREGULAR:
        return _keep_case(word, _IRREGULAR[low])
    if len(low) <= 3 or low.endswith(("ss", "us", "is", "os")):
        return word
    if low.endswith("ies"):
        return word[:-3] + ("Y" if word[-3:].isupper() else "y")
    if low.endswith(("sses", "xes", "ches", "shes", "zes")):
        return word[:-2]
    if low.endswith("s"):
        return word[:-1]
    return word


def plural(word: str) -> str:
    """A plain-English plural of ``word`` (``category`` -> ``categories``).

    >>> [plural(w) for w in ("film", "category", "address", "box", "day")]
    ['films', 'categories', 'addresses', 'boxes', 'days']
    """
    low = word.lower()
    if low.endswith("y") and len(low) > 1 and low[-2] not in "aeiou":
        return word[:-1] + "ies"
    if low.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def _keep_case(original: str, replacement: str) -> str:
    return replacement.capitalize() if original[:1].isupper() else replacement


def class_name(table: str) -> str:
    """Singular CamelCase for a table name; never empty, never a keyword."""
    parts = words(table)
    if not parts:
        return "Table"
    parts[-1] = singular(parts[-1])
    name = "".join(p[:1].upper() + p[1:] for p in parts)
    name = unicodedata.normalize("NFKC", name)
    if not name.isidentifier() or name[0].isdigit():
        name = "T" + name
    return name


def snake(name: str) -> str:
    """snake_case of any name (``InvoiceLine`` -> ``invoice_line``)."""
    parts = words(name)
    text = "_".join(p.lower() for p in parts) or "x"
    text = unicodedata.normalize("NFKC", text)
    return text if text[0].isalpha() or text[0] == "_" else f"_{text}"


@functools.lru_cache(maxsize=65536)
def is_safe_identifier(name: str) -> bool:
    """Whether ``name`` may be used verbatim as an attribute of a mapped class."""
    return (
        name.isidentifier()
        and not keyword.iskeyword(name)
        and not keyword.issoftkeyword(name)
        and unicodedata.normalize("NFKC", name) == name
        and not name.startswith("__")
        and not name.startswith("_sa_")
        and name not in RESERVED
    )


def attribute_name(column: str) -> str:
    """A Python attribute for a column: itself when safe, else a cleaned-up form."""
    if is_safe_identifier(column):
        return column
    cleaned = "_".join(_RE_WORDS.findall(unicodedata.normalize("NFKC", column)))
    if not cleaned:
        return "column"
    if cleaned[0].isdigit():
        cleaned = f"col_{cleaned}"
    if not is_safe_identifier(cleaned):
        cleaned = f"{cleaned}_"
    return cleaned if is_safe_identifier(cleaned) else "column"


def column_stem(columns: tuple[str, ...]) -> str:
    """``customer_id`` -> ``customer``; other keys: their columns in snake_case."""
    if len(columns) == 1:
        match = _RE_ID_SUFFIX.match(columns[0])
        if match and words(match.group("stem")):
            return snake(match.group("stem"))
    return snake("_".join(columns))


def many_to_one_names(columns: tuple[str, ...], parent_table: str, *, self_ref: bool) -> list[str]:
    """Candidate names for a many-to-one relationship, best first."""
    out = []
    if len(columns) == 1:
        match = _RE_ID_SUFFIX.match(columns[0])
        if match and words(match.group("stem")):
            out.append(snake(match.group("stem")))
    out.append("parent" if self_ref else snake(singular(parent_table)))
    out.append(snake("_".join(columns)) + "_rel")
    return [n if is_safe_identifier(n) else f"{n}_" for n in out]


def one_to_many_names(child_class: str, many_to_one: str, *, self_ref: bool, shared: bool) -> list[str]:
    """Candidate names for the collection side of a foreign key."""
    base = plural(snake(child_class))
    if self_ref:
        first = "children" if many_to_one == "parent" else f"{many_to_one}_reverse"
        return [first, f"{base}_{many_to_one}"]
    if shared:
        return [f"{base}_{many_to_one}", base]
    return [base, f"{base}_{many_to_one}"]


def module_name(class_: str) -> str:
    """An ASCII module name for a class (``OrderItem`` -> ``order_item``)."""
    ascii_text = unicodedata.normalize("NFKD", snake(class_)).encode("ascii", "ignore").decode()
    ascii_text = re.sub(r"\W+", "_", ascii_text).strip("_") or "model"
    if ascii_text[0].isdigit() or keyword.iskeyword(ascii_text):
        ascii_text = f"m_{ascii_text}"
    return ascii_text

"""Views of a SchemaDiff for people and programs: labels, rows, stat text, JSON.

:data:`LABELS` says, for every :class:`ChangeKind`, how its ``before`` and
``after`` read as short text (``VARCHAR(255)``, ``NOT NULL``, ``(a, b) ->
users(id)``); the frame, the text and the JSON all use it, so a change reads
the same everywhere. Every kind has an entry (``test_exhaustive``).
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from ..model import Column, ForeignKey, Index, PrimaryKey, Schema, UniqueConstraint
from .changes import Change, ChangeKind, Risk
from .renames import Renames

#: Columns of :attr:`SchemaDiff.frame`, in order.
FRAME_COLUMNS = ("table", "object", "kind", "before", "after", "risk", "score")

Label = Callable[[Any], str]


def _none(_: Any) -> str:
    return ""


def _name(obj: Any) -> str:
    return "" if obj is None else str(getattr(obj, "key", None) or obj.name)


def _column(col: Column | None) -> str:
    if col is None:
        return ""
    text = col.type_sql + ("" if col.nullable else " NOT NULL")
    if col.default is not None:
        text += f" DEFAULT {col.default}"
    if col.computed is not None:
        text += f" AS ({col.computed.expression})"
    return text


def _attr(getter: Callable[[Column], Any]) -> Label:
    def label(col: Column | None) -> str:
        if col is None:
            return ""
        value = getter(col)
        return "" if value is None else str(value)

    return label


def _cols(columns: tuple[str, ...]) -> str:
    return "(" + ", ".join(columns) + ")"


def _key(obj: PrimaryKey | UniqueConstraint | None) -> str:
    if obj is None:
        return ""
    text = _cols(obj.columns)
    if obj.deferrable:
        text += " DEFERRABLE" + (f" INITIALLY {obj.initially}" if obj.initially else "")
    return text


def _fk(fk: ForeignKey | None) -> str:
    if fk is None:
        return ""
    text = f"{_cols(fk.columns)} -> {fk.referred_table}{_cols(fk.referred_columns)}"
    for word, action in (("ON DELETE", fk.on_delete), ("ON UPDATE", fk.on_update)):
        if action:
            text += f" {word} {action}"
    return text


def _check(ck: Any) -> str:
    return "" if ck is None else f"CHECK ({ck.expression})"


def _index(ix: Index | None) -> str:
    if ix is None:
        return ""
    text = ("UNIQUE " if ix.unique else "") + _cols(ix.expressions)
    if ix.method:
        text += f" USING {ix.method}"
    if ix.where:
        text += f" WHERE {ix.where}"
    return text


def _view(view: Any) -> str:
    if view is None:
        return ""
    kind = "MATERIALIZED VIEW" if view.materialized else "VIEW"
    return f"{kind} {view.definition or ''}".strip()


def _sequence(seq: Any) -> str:
    if seq is None:
        return ""
    parts = [f"{k}={getattr(seq, k)}" for k in ("start", "increment", "min_value", "max_value")
             if getattr(seq, k) is not None]
    return "SEQUENCE " + " ".join(parts + (["CYCLE"] if seq.cycle else []))


def _enum(enum: Any) -> str:
    return "" if enum is None else "ENUM(" + ", ".join(map(repr, enum.values)) + ")"


def _domain(domain: Any) -> str:
    if domain is None:
        return ""
    text = f"DOMAIN {domain.type_sql}" + ("" if domain.nullable else " NOT NULL")
    if domain.default is not None:
        text += f" DEFAULT {domain.default}"
    return text + "".join(f" CHECK ({ck.expression})" for ck in domain.checks)


def _composite(composite: Any) -> str:
    if composite is None:
        return ""
    return "(" + ", ".join(f"{n} {t}" for n, t in composite.attributes) + ")"


def _routine(routine: Any) -> str:
    if routine is None:
        return ""
    text = f"{routine.kind.upper()} {routine.name}({routine.arguments})"
    if routine.returns:
        text += f" RETURNS {routine.returns}"
    return text + (f" LANGUAGE {routine.language}" if routine.language else "")


def _trigger(trigger: Any) -> str:
    if trigger is None:
        return ""
    return (f"{trigger.timing} {' OR '.join(trigger.events)} FOR EACH {trigger.orientation} "
            f"{' '.join(trigger.definition.split())}")


def _rule(rule: Any) -> str:
    if rule is None:
        return ""
    return " ".join(rule.definition.split()) + ("" if rule.enabled else " (disabled)")


def _extension(ext: Any) -> str:
    if ext is None:
        return ""
    return f"{ext.name}" + (f" {ext.version}" if ext.version else "")


def _namespace(namespace: Any) -> str:
    if namespace is None:
        return ""
    return f"SCHEMA {namespace.name}" + (f" -- {namespace.comment}" if namespace.comment else "")


def _partition(part: Any) -> str:
    if part is None:
        return ""
    if not hasattr(part, "bound"):  # the table a partition was attached from, or detached to
        return f"table {part.name}"
    return " ".join(f"{part.name} {part.bound}".split())


def _partitioning(partitioning: Any) -> str:
    if partitioning is None:
        return "not partitioned"
    return f"PARTITION BY {partitioning.strategy} ({partitioning.key})"


def _grant(grant: Any) -> str:
    if grant is None:
        return ""
    text = f"{grant.privilege} ON {grant.object_kind} {grant.key} TO {grant.grantee}"
    return text + (" WITH GRANT OPTION" if grant.grantable else "")


def _policy(p: Any) -> str:
    if p is None:
        return ""
    text = f"{'PERMISSIVE' if p.permissive else 'RESTRICTIVE'} FOR {p.command} TO {', '.join(p.roles)}"
    if p.using is not None:
        text += f" USING ({p.using})"
    if p.with_check is not None:
        text += f" WITH CHECK ({p.with_check})"
    return text


def _row_security(r: Any) -> str:
    if r is None:
        return ""
    return " ".join(w for w, on in (("ENABLE", r.enabled), ("FORCE", r.forced)) if on) or "off"


def _collation(c: Any) -> str:
    if c is None:
        return ""
    text = f"provider={c.provider}"
    for name in ("locale", "lc_collate", "lc_ctype", "rules"):
        if getattr(c, name) is not None:
            text += f" {name}={getattr(c, name)}"
    return text + ("" if c.deterministic else " deterministic=false")


def _exclusion(x: Any) -> str:
    return "" if x is None else str(x.definition)


def _identity(col: Column | None) -> str:
    if col is None:
        return ""
    if col.identity is not None:
        return "IDENTITY ALWAYS" if col.identity.always else "IDENTITY BY DEFAULT"
    return "AUTOINCREMENT" if col.autoincrement else "none"


def _definition(table: Any) -> str:
    """A table's stored ``CREATE TABLE`` text on one line."""
    return "" if table is None or table.create_sql is None else " ".join(table.create_sql.split())


def _options(obj: Any) -> str:
    if not obj:
        return ""
    words = [f"{k.split('_', 1)[-1]}={v}" for k, v in obj.dialect_options]
    if obj.inherits:
        words.append("inherits=" + ",".join(str(k) for k in obj.inherits))
    return " ".join(words) or "none"


def _database_options(options: Any) -> str:
    return " ".join(f"{k.split('_', 1)[-1]}={v}" for k, v in options) if options else ""


def _comment(obj: Any) -> str:
    return "" if obj is None or obj.comment is None else repr(obj.comment)


LABELS: dict[ChangeKind, Label] = {
    ChangeKind.TABLE_ADDED: _none,
    ChangeKind.TABLE_DROPPED: _none,
    ChangeKind.TABLE_RENAMED: _name,
    ChangeKind.TABLE_COMMENT_CHANGED: _comment,
    ChangeKind.TABLE_DEFINITION_CHANGED: _definition,


    ChangeKind.TABLE_OPTIONS_CHANGED: _options,
    ChangeKind.DATABASE_OPTIONS_CHANGED: _database_options,
    ChangeKind.COLUMN_ADDED: _column,
    ChangeKind.COLUMN_DROPPED: _column,
    ChangeKind.COLUMN_RENAMED: _name,
    ChangeKind.COLUMN_TYPE_CHANGED: _attr(lambda c: c.type_sql),
    ChangeKind.COLUMN_NULLABLE_CHANGED: _attr(lambda c: "NULL" if c.nullable else "NOT NULL"),
    ChangeKind.COLUMN_DEFAULT_CHANGED: _attr(lambda c: c.default),
    ChangeKind.COLUMN_IDENTITY_CHANGED: _identity,
    ChangeKind.COLUMN_COMPUTED_CHANGED: _attr(lambda c: c.computed and c.computed.expression),
    ChangeKind.COLUMN_COLLATION_CHANGED: _attr(lambda c: c.collation),
    ChangeKind.COLUMN_COMMENT_CHANGED: _comment,
    ChangeKind.COLUMN_OPTIONS_CHANGED: _attr(lambda c: " ".join(f"{k.split('_', 1)[-1]}={v}" for k, v in c.dialect_options) or "none"),
    ChangeKind.PRIMARY_KEY_ADDED: _key,
    ChangeKind.PRIMARY_KEY_DROPPED: _key,
    ChangeKind.PRIMARY_KEY_CHANGED: _key,
    ChangeKind.FOREIGN_KEY_ADDED: _fk,
    ChangeKind.FOREIGN_KEY_DROPPED: _fk,
    ChangeKind.FOREIGN_KEY_CHANGED: _fk,
    ChangeKind.UNIQUE_ADDED: _key,
    ChangeKind.UNIQUE_DROPPED: _key,
    ChangeKind.CHECK_ADDED: _check,
    ChangeKind.CHECK_DROPPED: _check,
    ChangeKind.CHECK_CHANGED: _check,
    ChangeKind.INDEX_ADDED: _index,
    ChangeKind.INDEX_DROPPED: _index,
    ChangeKind.INDEX_CHANGED: _index,
    ChangeKind.VIEW_ADDED: _none,
    ChangeKind.VIEW_DROPPED: _none,
    ChangeKind.VIEW_CHANGED: _view,
    ChangeKind.VIEW_COMMENT_CHANGED: _comment,
    ChangeKind.COMMENT_CHANGED: _comment,
    ChangeKind.SEQUENCE_ADDED: _sequence,
    ChangeKind.SEQUENCE_DROPPED: _sequence,
    ChangeKind.SEQUENCE_CHANGED: _sequence,
    ChangeKind.ENUM_ADDED: _enum,
    ChangeKind.ENUM_DROPPED: _enum,
    ChangeKind.ENUM_CHANGED: _enum,
    ChangeKind.DOMAIN_ADDED: _domain,
    ChangeKind.DOMAIN_DROPPED: _domain,
    ChangeKind.DOMAIN_CHANGED: _domain,
    ChangeKind.COMPOSITE_ADDED: _composite,
    ChangeKind.COMPOSITE_DROPPED: _composite,
    ChangeKind.COMPOSITE_CHANGED: _composite,
    ChangeKind.ROUTINE_ADDED: _routine,
    ChangeKind.ROUTINE_DROPPED: _routine,
    ChangeKind.ROUTINE_CHANGED: _routine,
    ChangeKind.TRIGGER_ADDED: _trigger,
    ChangeKind.TRIGGER_DROPPED: _trigger,
    ChangeKind.TRIGGER_CHANGED: _trigger,
    ChangeKind.RULE_ADDED: _rule,
    ChangeKind.RULE_DROPPED: _rule,
    ChangeKind.RULE_CHANGED: _rule,
    ChangeKind.EXTENSION_ADDED: _extension,
    ChangeKind.EXTENSION_DROPPED: _extension,
    ChangeKind.EXTENSION_CHANGED: _extension,
    ChangeKind.PARTITION_ADDED: _partition,
    ChangeKind.PARTITION_DROPPED: _partition,
    ChangeKind.PARTITION_CHANGED: _partition,
    ChangeKind.PARTITION_ATTACHED: _partition,
    ChangeKind.PARTITION_DETACHED: _partition,
    ChangeKind.PARTITIONING_CHANGED: _partitioning,
    ChangeKind.GRANT_ADDED: _grant,
    ChangeKind.GRANT_DROPPED: _grant,
    ChangeKind.POLICY_ADDED: _policy,
    ChangeKind.POLICY_DROPPED: _policy,
    ChangeKind.POLICY_CHANGED: _policy,
    ChangeKind.ROW_SECURITY_CHANGED: _row_security,
    ChangeKind.EXCLUSION_ADDED: _exclusion,
    ChangeKind.EXCLUSION_DROPPED: _exclusion,
    ChangeKind.EXCLUSION_CHANGED: _exclusion,
    ChangeKind.COLLATION_ADDED: _collation,
    ChangeKind.COLLATION_DROPPED: _collation,
    ChangeKind.COLLATION_CHANGED: _collation,
    ChangeKind.VIEW_INDEX_ADDED: _index,
    ChangeKind.VIEW_INDEX_DROPPED: _index,
    ChangeKind.VIEW_INDEX_CHANGED: _index,
    ChangeKind.SCHEMA_ADDED: _namespace,
    ChangeKind.SCHEMA_DROPPED: _namespace,
    ChangeKind.SCHEMA_COMMENT_CHANGED: _namespace,
}

_MARKS = {"added": "+", "dropped": "-", "renamed": ">"}


def describe(change: Change) -> tuple[str, str]:
    """``(before, after)`` of ``change`` as short text."""
    label = LABELS[change.kind]
    return label(change.before), label(change.after)


def row(change: Change) -> dict[str, Any]:
    """One change as a flat record (the frame row and the JSON entry share it)."""
    before, after = describe(change)
    return {
        "table": change.table,
        "object": change.ref.name or "",
        "kind": change.kind.value,
        "before": before,
        "after": after,
        "risk": change.risk.value,
        "score": change.score,
    }


def rows(changes: Sequence[Change]) -> list[dict[str, Any]]:
    return [row(c) for c in changes]


def _mark(kind: ChangeKind) -> str:
    return _MARKS.get(kind.value.rsplit("_", 1)[-1], "~")


def render_stat(diff_changes: Sequence[Change]) -> str:
    """``git diff --stat``-like: one line per table, then totals and risks."""
    if not diff_changes:
        return "no differences\n"
    per_table: dict[str, list[Change]] = {}
    for change in diff_changes:
        per_table.setdefault(change.table, []).append(change)
    width = min(max(len(t) for t in per_table), 40)
    lines = []
    for table, changes in per_table.items():
        marks = "".join(sorted((_mark(c.kind) for c in changes), key="+->~".index))
        worst = max((c.risk for c in changes), key=lambda r: r.level)
        flag = "" if worst is Risk.SAFE else f"  ({worst.value})"
        name = table if len(table) <= width else table[: width - 1] + "…"
        lines.append(f" {name:<{width}} | {len(changes):>3} {marks[:40]}{flag}")
    counts = Counter(_mark(c.kind) for c in diff_changes)
    risks = Counter(c.risk for c in diff_changes)
    risk_text = ", ".join(f"{risks[r]} {r.value}" for r in reversed(Risk) if risks[r])
    lines.append(
        f" {len(per_table)} object{'s' if len(per_table) != 1 else ''} changed, "
        f"{counts['+']} added, {counts['-']} dropped, {counts['>']} renamed, "
        f"{counts['~']} modified ({risk_text})"
    )
    return "\n".join(lines) + "\n"


def render_text(diff_changes: Sequence[Change]) -> str:
    """Every change on a line (``[risk] kind object: before -> after``), then the stat."""
    if not diff_changes:
        return "no differences\n"
    lines = []
    current = None
    for change in diff_changes:
        if change.table != current:
            current = change.table
            lines.append(f"{current}:")
        before, after = describe(change)
        what = change.kind.value.replace("_", " ")
        obj = f" {change.ref.name}" if change.ref.name else ""
        definitions = _definition_diff(change)
        if definitions:
            detail = ":"  # two whole definitions on one line do not read: their diff follows
        else:
            detail = f": {before} -> {after}" if before and after else (
                f": {before or after}" if before or after else "")
        score = f" (score {change.score:.2f})" if change.score is not None else ""
        lines.append(f"  {_mark(change.kind)} [{change.risk.value}] {what}{obj}{detail}{score}")
        lines.extend(f"      {line}" for line in definitions)
        lines.extend(f"      {note}" for note in change.notes)
    return "\n".join(lines) + "\n\n" + render_stat(diff_changes)


#: Definition lines longer than this are broken before clauses and after commas.
_DEFINITION_WIDTH = 100
_RE_CLAUSE = re.compile(
    r"\s+(?=(?:FROM|WHERE|(?:(?:LEFT|RIGHT|FULL|INNER|CROSS)\s+(?:OUTER\s+)?)?JOIN|GROUP\s+BY|"
    r"ORDER\s+BY|HAVING|UNION|EXCEPT|INTERSECT|LIMIT|WINDOW)\b)",
    re.IGNORECASE,
)


def _definition_lines(text: str) -> list[str]:
    """A definition as lines to diff: its own lines, the long ones broken before each
    clause and then after commas (stable breaks, so a change stays local)."""
    out: list[str] = []
    for line in text.strip().splitlines():
        line = line.rstrip()
        if len(line) <= _DEFINITION_WIDTH:
            out.append(line)
            continue
        for part in _RE_CLAUSE.split(line):
            if len(part) <= _DEFINITION_WIDTH:
                out.append(part)
            else:
                pieces = part.split(", ")
                out.extend(p + "," for p in pieces[:-1])
                out.append(pieces[-1])
    return out


def _definition_diff(change: Change) -> list[str]:
    """The unified diff of a changed view's definition (``[]`` for other changes)."""
    if change.kind is not ChangeKind.VIEW_CHANGED or change.before is None or change.after is None:
        return []
    before, after = (_view(v) for v in (change.before, change.after))
    if before == after:
        return []
    diff = difflib.unified_diff(_definition_lines(before), _definition_lines(after),
                                "before", "after", n=1, lineterm="")
    return list(diff)


def schemas_read(schema: Schema) -> list[str] | None:
    """The schemas a snapshot read, by name (the default one by the name it has on
    that server); ``None`` where its dialect has no schemas inside a database."""
    from ..dialects import support_for

    info = schema.info
    if info.dialect is None or not support_for(info.dialect).supports_schemas:
        return None
    return [info.default_schema or "(default)" if s is None else s for s in info.schemas]


def scope_line(a: Schema, b: Schema) -> str:
    """``schemas read: public, sales`` (per side when they differ); ``""`` where
    neither side's dialect has schemas (MySQL/MariaDB read the URL's database)."""
    read_a, read_b = schemas_read(a), schemas_read(b)
    if read_a is None and read_b is None:
        return ""
    if read_a == read_b:
        return f"schemas read: {', '.join(read_a or ()) or '(none)'}\n"
    sides = [f"{name} {', '.join(read) or '(none)'}" for name, read in (("A", read_a), ("B", read_b))
             if read is not None]
    return f"schemas read: {'; '.join(sides)}\n"


def to_dict(a: Schema, b: Schema, diff_changes: Sequence[Change], renames: Renames) -> dict[str, Any]:
    """JSON-ready: per change kind/table/object/before/after/risk/score/notes/rows."""
    changes = []
    for change in diff_changes:
        entry = row(change)
        entry["notes"] = list(change.notes)
        entry["row_estimate"] = change.row_estimate
        entry["size_bytes"] = change.size_bytes
        changes.append(entry)
    candidates = []
    for cand in renames.candidates:
        kind = ChangeKind.TABLE_RENAMED if cand.kind == "table" else ChangeKind.COLUMN_RENAMED
        candidates.append({"kind": kind.value, "old": cand.old, "new": cand.new,
                           "score": cand.score, "accepted": cand.accepted})
    risks = Counter(c.risk.value for c in diff_changes)
    return {
        "a": a.info.source,
        "b": b.info.source,
        "schemas_read": {"a": schemas_read(a), "b": schemas_read(b)},
        "equal": not diff_changes,
        "counts": {"changes": len(diff_changes), **{r.value: risks.get(r.value, 0) for r in Risk}},
        "changes": changes,
        "rename_candidates": candidates,
    }

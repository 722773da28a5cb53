"""MySQL/MariaDB: triggers, routines, partitions, view dependencies and grants (issue #10).

The reflection (:meth:`fetch_objects`, one bulk catalog query per kind of
object, from ``sql/mysql/*.sql``) and the DDL (:meth:`object_ddl`,
:meth:`object_change_ddl`, :meth:`partition_ddl`) of the objects beyond tables.
The dialect's support class inherits this one.
"""

from __future__ import annotations

from .base import DialectSupport


class MySQLObjects(DialectSupport):
    """Objects beyond tables on mysql; see :class:`~schemanb.dialects.base.DialectSupport`."""

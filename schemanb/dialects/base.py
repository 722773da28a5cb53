"""DialectSupport: everything schemanb knows of one SQL dialect, as one object.

Features ask :func:`~schemanb.dialects.support_for` and get one
:class:`DialectSupport`; its parts live in one module each, so that a newcomer
finds a method by what it is for:

============================  ===========================================================
:mod:`.capabilities`          what the dialect is and can do: name, flags, naming,
                              reserved words, ``Index``/``alter_column`` keyword arguments
:mod:`.normalise`             reflected types, defaults and expressions made comparable,
                              and what the diff compares
:mod:`.risk`                  what a change costs (rewrite, lock, lost values) and the
                              steps of a safe plan
:mod:`.ddl`                   the SQL and ``Table`` arguments the dialect writes
:mod:`.connect`               connecting, bounded reads, session settings, databases
:mod:`.reflection`            the bulk catalog reads (``fetch_*``, from ``reflect/`` only)
============================  ===========================================================

The base gives a correct, conservative answer for everything (as SQLAlchemy's
default dialect does); the packages ``sqlite/``, ``postgresql/`` and ``mysql/``
subclass it and override what their database does differently.
"""

from __future__ import annotations

from .connect import Connecting
from .ddl import DDLHooks
from .normalise import Normalisers
from .reflection import Reflection
from .risk import RiskHooks


class DialectSupport(Reflection, Normalisers, RiskHooks, DDLHooks, Connecting):
    """Knowledge of one SQL dialect. The base is conservative and generic."""

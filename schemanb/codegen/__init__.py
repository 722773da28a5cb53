"""codegen(schema) -> SQLAlchemy 2.0 model source that re-creates the snapshot.

The pipeline: check the arguments, plan the module (names, types, keys,
relationships: :mod:`.plan`), render and assemble it (:mod:`.render`,
:mod:`.assemble`). The snapshot is only read, never changed.

The bar is the round trip: importing the generated module and inspecting
``Base.metadata`` for the snapshot's dialect gives the snapshot back (views
aside), and so does a database made by ``Base.metadata.create_all()``.
"""

from __future__ import annotations

import warnings
from typing import Literal, overload

from .. import model
from ..errors import RenderError, SchemaNBWarning

Style = Literal["declarative", "dataclasses", "tables"]
STYLES = ("declarative", "dataclasses", "tables")


@overload
def codegen(
    schema: model.Schema,
    *,
    style: Style = ...,
    views: bool = ...,
    split: Literal[False] = ...,
) -> str: ...


@overload
def codegen(
    schema: model.Schema,
    *,
    style: Style = ...,
    views: bool = ...,
    split: Literal[True],
) -> dict[str, str]: ...


@overload
def codegen(
    schema: model.Schema,
    *,
    style: Style = ...,
    views: bool = ...,
    split: bool,
) -> str | dict[str, str]: ...


def codegen(
    schema: model.Schema,
    *,
    style: Style = "declarative",
    views: bool = False,
    split: bool = False,
) -> str | dict[str, str]:
    """SQLAlchemy 2.0 source for the tables of ``schema``.

    Args:
        schema: a snapshot (``schemanb.inspect(url)``, or a loaded file). Types
            are written for the snapshot's dialect (SQLite when it names none).
        style: ``"declarative"`` (typed classes with ``Mapped[...]`` and
            relationships), ``"dataclasses"`` (the same as ``MappedAsDataclass``)
            or ``"tables"`` (Core ``Table`` objects on a ``MetaData``).
        views: also render the views, as ``Table`` objects on a separate
            ``view_metadata`` (so ``create_all()`` never makes tables of them).
        split: return a package instead of one module: a dict of
            ``{relative path: source}`` with ``__init__.py`` importing every model.

    Returns:
        The module source, or with ``split=True`` the package's files.

    Raises:
        RenderError: ``schema`` is not a snapshot, or ``style`` is unknown.

    Example:
        >>> import schemanb
        >>> from schemanb import model
        >>> s = model.Schema(tables=(model.Table(name="users", columns=(
        ...     model.Column(name="id", type_sql="INTEGER", type_generic="INTEGER",
        ...                  nullable=False),), primary_key=model.PrimaryKey(columns=("id",))),))
        >>> print(schemanb.codegen(s).split("\\n\\n\\n")[-1])
        class User(Base):
            __tablename__ = "users"
        <BLANKLINE>
            id: Mapped[int] = mapped_column(Integer, primary_key=True)
    """
    # Imported here, not at the top: ``import schemanb`` (and so every CLI
    # command) would otherwise load the code generator for nothing.
    from .assemble import module_source, package_sources
    from .plan import plan_module

    _check_arguments(schema, style)
    plan = plan_module(schema, style=style, views=views)
    if plan.inexact:
        warnings.warn(
            f"{len(plan.inexact)} column type(s) have no exact SQLAlchemy spelling and will "
            f"not round-trip: {'; '.join(plan.inexact[:5])}",
            SchemaNBWarning,
            stacklevel=2,
        )
    return package_sources(plan) if split else module_source(plan)


def _check_arguments(schema: object, style: str) -> None:
    if not isinstance(schema, model.Schema):
        raise RenderError(
            f"codegen() takes a Schema snapshot, not a {type(schema).__name__} — "
            "call schemanb.inspect(source) first and pass its result"
        )
    if style not in STYLES:
        raise RenderError(
            f"unknown codegen style {style!r} — choose one of {', '.join(STYLES)}"
        )


__all__ = ["STYLES", "Style", "codegen"]

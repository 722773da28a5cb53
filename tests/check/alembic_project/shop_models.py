"""The sample project's models, in step with its migrations (0001 + 0002)."""

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "customers"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(sa.String(200), unique=True, index=True)
    name: Mapped[str | None] = mapped_column(sa.String(100))


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(sa.ForeignKey("customers.id"))
    total: Mapped[float] = mapped_column(sa.Numeric(10, 2), server_default="0")
    status: Mapped[str] = mapped_column(sa.String(20), server_default="new")

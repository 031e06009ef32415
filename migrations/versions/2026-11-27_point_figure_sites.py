"""Point figure sites: where the body figure shows each point

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 09:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def upgrade() -> None:
    op.create_table(
        "point_figure_sites",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("point_id", sa.Integer(), nullable=False),
        sa.Column("view", _enum("body_view", "front", "back", "side"), nullable=False),
        sa.Column("site", sa.Integer(), nullable=False),
        sa.Column("side", _enum("figure_side", "left", "right", "midline"), nullable=False),
        sa.Column("x", sa.Float(), nullable=False),
        sa.Column("y", sa.Float(), nullable=False),
        sa.Column("based_on_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column(
            "review_status",
            _enum("review_status", "unreviewed", "curated", "expert_reviewed"),
            nullable=False,
        ),
        sa.Column("reviewed_by", sa.String(length=200), nullable=True),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.CheckConstraint("site > 0", name=op.f("point_figure_sites_site_positive_check")),
        sa.CheckConstraint("x >= 0 AND x <= 1", name=op.f("point_figure_sites_x_fraction_check")),
        sa.CheckConstraint("y >= 0 AND y <= 1", name=op.f("point_figure_sites_y_fraction_check")),
        sa.ForeignKeyConstraint(
            ["based_on_id"],
            ["sources.id"],
            name=op.f("point_figure_sites_based_on_id_fkey"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["point_id"],
            ["points.id"],
            name=op.f("point_figure_sites_point_id_fkey"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("point_figure_sites_source_id_fkey"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("point_figure_sites_pkey")),
        sa.UniqueConstraint(
            "point_id",
            "view",
            "site",
            "side",
            name=op.f("point_figure_sites_point_id_view_site_side_key"),
        ),
    )
    with op.batch_alter_table("point_figure_sites", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_point_figure_sites_point_id"), ["point_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_point_figure_sites_source_id"), ["source_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("point_figure_sites", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_point_figure_sites_source_id"))
        batch_op.drop_index(batch_op.f("ix_point_figure_sites_point_id"))
    op.drop_table("point_figure_sites")

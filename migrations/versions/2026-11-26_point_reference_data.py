"""Point reference data: sourced regions, standard locations, categories, point cautions, evidence

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 16:05:06.201861
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_SCOPES = ("whole_person", "skin_at_site", "body_region")
NEW_SCOPES = (*OLD_SCOPES, "points")
OLD_NAME_KINDS = (
    "pinyin",
    "pinyin_toneless",
    "hanzi",
    "hanzi_traditional",
    "english",
    "alias",
    "code_alias",
)
NEW_NAME_KINDS = (*OLD_NAME_KINDS, "hanzi_variant", "reading")
OLD_SOURCE_KINDS = ("article", "standard", "editorial")
NEW_SOURCE_KINDS = (*OLD_SOURCE_KINDS, "book", "website", "dataset", "review", "government")
CATEGORIES = (
    "jing-well",
    "ying-spring",
    "shu-stream",
    "jing-river",
    "he-sea",
    "yuan-source",
    "luo-connecting",
    "xi-cleft",
    "back-shu",
    "front-mu",
    "lower-he-sea",
    "eight-influential",
    "eight-confluent",
    "four-command",
)


def _enum(name: str, values: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def _scope(values: tuple[str, ...]) -> sa.Enum:
    return _enum("contraindication_scope", values)


def _retype(table: str, column: str, name: str, old: tuple[str, ...], new: tuple[str, ...]) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.alter_column(
            column, existing_type=_enum(name, old), type_=_enum(name, new), nullable=False
        )


def upgrade() -> None:
    _retype("point_names", "kind", "name_kind", OLD_NAME_KINDS, NEW_NAME_KINDS)
    _retype("sources", "kind", "source_kind", OLD_SOURCE_KINDS, NEW_SOURCE_KINDS)
    op.create_table(
        "contraindication_points",
        sa.Column("contraindication_id", sa.Integer(), nullable=False),
        sa.Column("point_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contraindication_id"],
            ["contraindications.id"],
            name=op.f("contraindication_points_contraindication_id_fkey"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["point_id"],
            ["points.id"],
            name=op.f("contraindication_points_point_id_fkey"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "contraindication_id", "point_id", name=op.f("contraindication_points_pkey")
        ),
    )
    with op.batch_alter_table("contraindications", schema=None) as batch_op:
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("advice_source_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("contraindications_advice_source_id_fkey"),
            "sources",
            ["advice_source_id"],
            ["id"],
            ondelete="RESTRICT",
        )
        batch_op.alter_column(
            "scope", existing_type=_scope(OLD_SCOPES), type_=_scope(NEW_SCOPES), nullable=False
        )

    with op.batch_alter_table("point_categories", schema=None) as batch_op:
        batch_op.alter_column(
            "category",
            existing_type=sa.String(length=60),
            type_=_enum("point_category", CATEGORIES),
            nullable=False,
        )
        batch_op.add_column(sa.Column("detail", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("confirmed_by_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("point_categories_confirmed_by_id_fkey"),
            "sources",
            ["confirmed_by_id"],
            ["id"],
            ondelete="RESTRICT",
        )

    with op.batch_alter_table("point_conditions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "evidence",
                sa.Enum(
                    "traditional",
                    "anecdotal",
                    "clinical",
                    name="evidence",
                    native_enum=False,
                    create_constraint=True,
                    length=32,
                ),
                server_default="traditional",
                nullable=False,
            )
        )
        batch_op.add_column(sa.Column("evidence_source_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("certainty", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("relevance_source_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("point_conditions_relevance_source_id_fkey"),
            "sources",
            ["relevance_source_id"],
            ["id"],
            ondelete="RESTRICT",
        )
        batch_op.create_foreign_key(
            batch_op.f("point_conditions_evidence_source_id_fkey"),
            "sources",
            ["evidence_source_id"],
            ["id"],
            ondelete="RESTRICT",
        )
        batch_op.create_check_constraint(
            op.f("point_conditions_clinical_evidence_cited_check"),
            "(evidence = 'clinical') = (evidence_source_id IS NOT NULL)",
        )

    with op.batch_alter_table("point_locations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("site", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(
            sa.Column("standard_uses", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=True))
        batch_op.drop_constraint(
            batch_op.f("point_locations_point_id_kind_source_id_key"), type_="unique"
        )
        batch_op.create_unique_constraint(
            batch_op.f("point_locations_point_id_kind_source_id_site_key"),
            ["point_id", "kind", "source_id", "site"],
        )
        batch_op.create_check_constraint(op.f("point_locations_site_positive_check"), "site > 0")

    # A region link came from what one source says about a point: the source of its location.
    with op.batch_alter_table("point_regions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("source_id", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE point_regions SET source_id = (SELECT min(source_id) FROM point_locations"
        " WHERE point_locations.point_id = point_regions.point_id)"
    )
    op.execute("DELETE FROM point_regions WHERE source_id IS NULL")
    with op.batch_alter_table("point_regions", schema=None) as batch_op:
        batch_op.alter_column("source_id", existing_type=sa.Integer(), nullable=False)
        batch_op.add_column(sa.Column("confirmed_by_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=True))
        batch_op.create_index(batch_op.f("ix_point_regions_source_id"), ["source_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("point_regions_source_id_fkey"),
            "sources",
            ["source_id"],
            ["id"],
            ondelete="RESTRICT",
        )
        batch_op.create_foreign_key(
            batch_op.f("point_regions_confirmed_by_id_fkey"),
            "sources",
            ["confirmed_by_id"],
            ["id"],
            ondelete="RESTRICT",
        )

    with op.batch_alter_table("regions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("synonyms", sa.JSON(), server_default=sa.text("'[]'"), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("regions", schema=None) as batch_op:
        batch_op.drop_column("synonyms")

    with op.batch_alter_table("point_regions", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("point_regions_confirmed_by_id_fkey"), type_="foreignkey"
        )
        batch_op.drop_constraint(batch_op.f("point_regions_source_id_fkey"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_point_regions_source_id"))
        batch_op.drop_column("note")
        batch_op.drop_column("confirmed_by_id")
        batch_op.drop_column("source_id")

    with op.batch_alter_table("point_locations", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("point_locations_site_positive_check"), type_="check")
        batch_op.drop_constraint(
            batch_op.f("point_locations_point_id_kind_source_id_site_key"), type_="unique"
        )
        batch_op.create_unique_constraint(
            batch_op.f("point_locations_point_id_kind_source_id_key"),
            ["point_id", "kind", "source_id"],
        )
        batch_op.drop_column("note")
        batch_op.drop_column("standard_uses")
        batch_op.drop_column("site")

    with op.batch_alter_table("point_conditions", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("point_conditions_clinical_evidence_cited_check"), type_="check"
        )
        batch_op.drop_constraint(
            batch_op.f("point_conditions_evidence_source_id_fkey"), type_="foreignkey"
        )
        batch_op.drop_constraint(batch_op.f("point_conditions_evidence_check"), type_="check")
        batch_op.drop_constraint(
            batch_op.f("point_conditions_relevance_source_id_fkey"), type_="foreignkey"
        )
        batch_op.drop_column("relevance_source_id")
        batch_op.drop_column("certainty")
        batch_op.drop_column("evidence_source_id")
        batch_op.drop_column("evidence")

    with op.batch_alter_table("point_categories", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("point_categories_confirmed_by_id_fkey"), type_="foreignkey"
        )
        batch_op.alter_column(
            "category",
            existing_type=_enum("point_category", CATEGORIES),
            type_=sa.String(length=60),
            nullable=False,
        )
        batch_op.drop_column("note")
        batch_op.drop_column("confirmed_by_id")
        batch_op.drop_column("detail")

    op.execute("DELETE FROM contraindications WHERE scope = 'points'")
    with op.batch_alter_table("contraindications", schema=None) as batch_op:
        batch_op.alter_column(
            "scope", existing_type=_scope(NEW_SCOPES), type_=_scope(OLD_SCOPES), nullable=False
        )
        batch_op.drop_constraint(
            batch_op.f("contraindications_advice_source_id_fkey"), type_="foreignkey"
        )
        batch_op.drop_column("advice_source_id")
        batch_op.drop_column("note")

    op.drop_table("contraindication_points")
    op.execute("DELETE FROM point_names WHERE kind IN ('hanzi_variant', 'reading')")
    _retype("point_names", "kind", "name_kind", NEW_NAME_KINDS, OLD_NAME_KINDS)
    # The older schema knows fewer kinds of source; the nearest is an article.
    op.execute(
        "UPDATE sources SET kind = 'article'"
        " WHERE kind IN ('book', 'website', 'dataset', 'review', 'government')"
    )
    _retype("sources", "kind", "source_kind", NEW_SOURCE_KINDS, OLD_SOURCE_KINDS)

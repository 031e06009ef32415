"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-24 15:26:10.132914
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "dataset_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("checksum", sa.String(length=64), nullable=False),
        sa.Column("medical_notice", sa.Text(), nullable=False),
        sa.Column("loaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("dataset_versions_pkey")),
    )
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=100), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "article",
                "standard",
                "editorial",
                name="source_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=True),
        sa.Column("publisher", sa.String(length=200), nullable=True),
        sa.Column("url", sa.String(length=500), nullable=True),
        sa.Column("published", sa.String(length=40), nullable=True),
        sa.Column("experts", sa.JSON(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("notes", sa.JSON(), nullable=False),
        sa.Column(
            "review_status",
            sa.Enum(
                "unreviewed",
                "curated",
                "expert_reviewed",
                name="review_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("reviewed_by", sa.String(length=200), nullable=True),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("sources_pkey")),
        sa.UniqueConstraint("slug", name=op.f("sources_slug_key")),
    )
    op.create_table(
        "conditions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=100), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column(
            "review_status",
            sa.Enum(
                "unreviewed",
                "curated",
                "expert_reviewed",
                name="review_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("reviewed_by", sa.String(length=200), nullable=True),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("conditions_source_id_fkey"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("conditions_pkey")),
        sa.UniqueConstraint("slug", name=op.f("conditions_slug_key")),
    )
    op.create_index(op.f("ix_conditions_source_id"), "conditions", ["source_id"], unique=False)
    op.create_table(
        "contraindications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column(
            "trigger",
            sa.Enum(
                "pregnancy",
                "skin_problem",
                "persistent_or_worsening_pain",
                name="contraindication_trigger",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "scope",
            sa.Enum(
                "whole_person",
                "skin_at_site",
                "body_region",
                name="contraindication_scope",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "severity",
            sa.Enum(
                "caution",
                "avoid",
                name="severity",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("source_text", sa.Text(), nullable=False),
        sa.Column("advice", sa.Text(), nullable=False),
        sa.Column("seek_professional_care", sa.Boolean(), nullable=False),
        sa.Column(
            "review_status",
            sa.Enum(
                "unreviewed",
                "curated",
                "expert_reviewed",
                name="review_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("reviewed_by", sa.String(length=200), nullable=True),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("contraindications_source_id_fkey"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("contraindications_pkey")),
        sa.UniqueConstraint("slug", name=op.f("contraindications_slug_key")),
    )
    op.create_index(
        op.f("ix_contraindications_source_id"), "contraindications", ["source_id"], unique=False
    )
    op.create_table(
        "errata",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=100), nullable=False),
        sa.Column("subject", sa.String(length=100), nullable=False),
        sa.Column("related", sa.JSON(), nullable=False),
        sa.Column("field", sa.String(length=100), nullable=False),
        sa.Column("source_said", sa.Text(), nullable=False),
        sa.Column("correction", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("evidence_source_id", sa.Integer(), nullable=True),
        sa.Column(
            "review_status",
            sa.Enum(
                "unreviewed",
                "curated",
                "expert_reviewed",
                name="review_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("reviewed_by", sa.String(length=200), nullable=True),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["evidence_source_id"],
            ["sources.id"],
            name=op.f("errata_evidence_source_id_fkey"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("errata_source_id_fkey"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("errata_pkey")),
        sa.UniqueConstraint("slug", name=op.f("errata_slug_key")),
    )
    op.create_index(op.f("ix_errata_source_id"), "errata", ["source_id"], unique=False)
    op.create_table(
        "meridians",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=4), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("name_pinyin", sa.String(length=100), nullable=False),
        sa.Column("name_hanzi", sa.String(length=40), nullable=False),
        sa.Column("name_hanzi_traditional", sa.String(length=40), nullable=False),
        sa.Column("point_count", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("other_codes", sa.JSON(), nullable=False),
        sa.Column(
            "review_status",
            sa.Enum(
                "unreviewed",
                "curated",
                "expert_reviewed",
                name="review_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("reviewed_by", sa.String(length=200), nullable=True),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("point_count > 0", name=op.f("meridians_point_count_positive_check")),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("meridians_source_id_fkey"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("meridians_pkey")),
        sa.UniqueConstraint("code", name=op.f("meridians_code_key")),
        sa.UniqueConstraint("position", name=op.f("meridians_position_key")),
    )
    op.create_index(op.f("ix_meridians_source_id"), "meridians", ["source_id"], unique=False)
    op.create_table(
        "regions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=100), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column(
            "review_status",
            sa.Enum(
                "unreviewed",
                "curated",
                "expert_reviewed",
                name="review_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("reviewed_by", sa.String(length=200), nullable=True),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["regions.id"], name=op.f("regions_parent_id_fkey"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("regions_source_id_fkey"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("regions_pkey")),
        sa.UniqueConstraint("slug", name=op.f("regions_slug_key")),
    )
    op.create_index(op.f("ix_regions_parent_id"), "regions", ["parent_id"], unique=False)
    op.create_index(op.f("ix_regions_source_id"), "regions", ["source_id"], unique=False)
    op.create_table(
        "tips",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("editorial_note", sa.Text(), nullable=True),
        sa.Column(
            "review_status",
            sa.Enum(
                "unreviewed",
                "curated",
                "expert_reviewed",
                name="review_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("reviewed_by", sa.String(length=200), nullable=True),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("tips_source_id_fkey"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("tips_pkey")),
        sa.UniqueConstraint("slug", name=op.f("tips_slug_key")),
    )
    op.create_index(op.f("ix_tips_source_id"), "tips", ["source_id"], unique=False)
    op.create_table(
        "condition_synonyms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("condition_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.Column(
            "review_status",
            sa.Enum(
                "unreviewed",
                "curated",
                "expert_reviewed",
                name="review_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("reviewed_by", sa.String(length=200), nullable=True),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["condition_id"],
            ["conditions.id"],
            name=op.f("condition_synonyms_condition_id_fkey"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("condition_synonyms_source_id_fkey"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("condition_synonyms_pkey")),
        sa.UniqueConstraint(
            "condition_id", "value", name=op.f("condition_synonyms_condition_id_value_key")
        ),
    )
    op.create_index(
        op.f("ix_condition_synonyms_condition_id"),
        "condition_synonyms",
        ["condition_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_condition_synonyms_source_id"), "condition_synonyms", ["source_id"], unique=False
    )
    op.create_table(
        "contraindication_regions",
        sa.Column("contraindication_id", sa.Integer(), nullable=False),
        sa.Column("region_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contraindication_id"],
            ["contraindications.id"],
            name=op.f("contraindication_regions_contraindication_id_fkey"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["regions.id"],
            name=op.f("contraindication_regions_region_id_fkey"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "contraindication_id", "region_id", name=op.f("contraindication_regions_pkey")
        ),
    )
    op.create_table(
        "points",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=12), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "standard",
                "extra",
                name="point_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("meridian_id", sa.Integer(), nullable=True),
        sa.Column("extra_group", sa.String(length=8), nullable=True),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column(
            "laterality",
            sa.Enum(
                "bilateral",
                "midline",
                "single_side",
                "several_sites",
                name="laterality",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column(
            "review_status",
            sa.Enum(
                "unreviewed",
                "curated",
                "expert_reviewed",
                name="review_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("reviewed_by", sa.String(length=200), nullable=True),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(kind = 'standard' AND meridian_id IS NOT NULL AND extra_group IS NULL) OR (kind = 'extra' AND meridian_id IS NULL AND extra_group IS NOT NULL)",
            name=op.f("points_kind_matches_meridian_check"),
        ),
        sa.CheckConstraint("number > 0", name=op.f("points_number_positive_check")),
        sa.ForeignKeyConstraint(
            ["meridian_id"],
            ["meridians.id"],
            name=op.f("points_meridian_id_fkey"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("points_source_id_fkey"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("points_pkey")),
        sa.UniqueConstraint("code", name=op.f("points_code_key")),
        sa.UniqueConstraint("extra_group", "number", name=op.f("points_extra_group_number_key")),
        sa.UniqueConstraint("meridian_id", "number", name=op.f("points_meridian_id_number_key")),
    )
    op.create_index(op.f("ix_points_meridian_id"), "points", ["meridian_id"], unique=False)
    op.create_index(op.f("ix_points_source_id"), "points", ["source_id"], unique=False)
    op.create_table(
        "routines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("condition_id", sa.Integer(), nullable=True),
        sa.Column(
            "review_status",
            sa.Enum(
                "unreviewed",
                "curated",
                "expert_reviewed",
                name="review_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("reviewed_by", sa.String(length=200), nullable=True),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["condition_id"],
            ["conditions.id"],
            name=op.f("routines_condition_id_fkey"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("routines_source_id_fkey"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("routines_pkey")),
        sa.UniqueConstraint("slug", name=op.f("routines_slug_key")),
    )
    op.create_index(op.f("ix_routines_condition_id"), "routines", ["condition_id"], unique=False)
    op.create_index(op.f("ix_routines_source_id"), "routines", ["source_id"], unique=False)
    op.create_table(
        "point_categories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("point_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=60), nullable=False),
        sa.Column(
            "review_status",
            sa.Enum(
                "unreviewed",
                "curated",
                "expert_reviewed",
                name="review_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("reviewed_by", sa.String(length=200), nullable=True),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["point_id"],
            ["points.id"],
            name=op.f("point_categories_point_id_fkey"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("point_categories_source_id_fkey"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("point_categories_pkey")),
        sa.UniqueConstraint(
            "point_id", "category", name=op.f("point_categories_point_id_category_key")
        ),
    )
    op.create_index(
        op.f("ix_point_categories_category"), "point_categories", ["category"], unique=False
    )
    op.create_index(
        op.f("ix_point_categories_point_id"), "point_categories", ["point_id"], unique=False
    )
    op.create_index(
        op.f("ix_point_categories_source_id"), "point_categories", ["source_id"], unique=False
    )
    op.create_table(
        "point_conditions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("point_id", sa.Integer(), nullable=False),
        sa.Column("condition_id", sa.Integer(), nullable=False),
        sa.Column("claim", sa.Text(), nullable=False),
        sa.Column("relevance", sa.Integer(), nullable=False),
        sa.Column(
            "review_status",
            sa.Enum(
                "unreviewed",
                "curated",
                "expert_reviewed",
                name="review_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("reviewed_by", sa.String(length=200), nullable=True),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "relevance BETWEEN 1 AND 3", name=op.f("point_conditions_relevance_range_check")
        ),
        sa.ForeignKeyConstraint(
            ["condition_id"],
            ["conditions.id"],
            name=op.f("point_conditions_condition_id_fkey"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["point_id"],
            ["points.id"],
            name=op.f("point_conditions_point_id_fkey"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("point_conditions_source_id_fkey"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("point_conditions_pkey")),
        sa.UniqueConstraint(
            "point_id",
            "condition_id",
            "source_id",
            name=op.f("point_conditions_point_id_condition_id_source_id_key"),
        ),
    )
    op.create_index(
        op.f("ix_point_conditions_condition_id"), "point_conditions", ["condition_id"], unique=False
    )
    op.create_index(
        op.f("ix_point_conditions_point_id"), "point_conditions", ["point_id"], unique=False
    )
    op.create_index(
        op.f("ix_point_conditions_source_id"), "point_conditions", ["source_id"], unique=False
    )
    op.create_table(
        "point_locations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("point_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "lay",
                "anatomical",
                name="location_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column(
            "review_status",
            sa.Enum(
                "unreviewed",
                "curated",
                "expert_reviewed",
                name="review_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("reviewed_by", sa.String(length=200), nullable=True),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["point_id"],
            ["points.id"],
            name=op.f("point_locations_point_id_fkey"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("point_locations_source_id_fkey"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("point_locations_pkey")),
        sa.UniqueConstraint(
            "point_id",
            "kind",
            "source_id",
            name=op.f("point_locations_point_id_kind_source_id_key"),
        ),
    )
    op.create_index(
        op.f("ix_point_locations_point_id"), "point_locations", ["point_id"], unique=False
    )
    op.create_index(
        op.f("ix_point_locations_source_id"), "point_locations", ["source_id"], unique=False
    )
    op.create_table(
        "point_names",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("point_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "pinyin",
                "pinyin_toneless",
                "hanzi",
                "hanzi_traditional",
                "english",
                "alias",
                "code_alias",
                name="name_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column(
            "review_status",
            sa.Enum(
                "unreviewed",
                "curated",
                "expert_reviewed",
                name="review_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("reviewed_by", sa.String(length=200), nullable=True),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["point_id"], ["points.id"], name=op.f("point_names_point_id_fkey"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("point_names_source_id_fkey"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("point_names_pkey")),
        sa.UniqueConstraint(
            "point_id", "kind", "value", name=op.f("point_names_point_id_kind_value_key")
        ),
    )
    op.create_index(op.f("ix_point_names_point_id"), "point_names", ["point_id"], unique=False)
    op.create_index(op.f("ix_point_names_source_id"), "point_names", ["source_id"], unique=False)
    op.create_index(op.f("ix_point_names_value"), "point_names", ["value"], unique=False)
    op.create_table(
        "point_regions",
        sa.Column("point_id", sa.Integer(), nullable=False),
        sa.Column("region_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["point_id"],
            ["points.id"],
            name=op.f("point_regions_point_id_fkey"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["regions.id"],
            name=op.f("point_regions_region_id_fkey"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("point_id", "region_id", name=op.f("point_regions_pkey")),
    )
    op.create_table(
        "techniques",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("point_id", sa.Integer(), nullable=False),
        sa.Column("instructions", sa.Text(), nullable=False),
        sa.Column("applied_with", sa.String(length=100), nullable=True),
        sa.Column("motion", sa.String(length=100), nullable=True),
        sa.Column("pressure", sa.String(length=100), nullable=True),
        sa.Column("posture", sa.String(length=200), nullable=True),
        sa.Column("duration_min_seconds", sa.Integer(), nullable=True),
        sa.Column("duration_max_seconds", sa.Integer(), nullable=True),
        sa.Column("duration_text", sa.String(length=100), nullable=True),
        sa.Column(
            "sides",
            sa.Enum(
                "each_side",
                "alternate_sides",
                "both_sides_together",
                "not_stated",
                name="side_use",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "review_status",
            sa.Enum(
                "unreviewed",
                "curated",
                "expert_reviewed",
                name="review_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("reviewed_by", sa.String(length=200), nullable=True),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "duration_min_seconds IS NULL OR duration_max_seconds IS NULL OR duration_min_seconds <= duration_max_seconds",
            name=op.f("techniques_duration_range_check"),
        ),
        sa.ForeignKeyConstraint(
            ["point_id"], ["points.id"], name=op.f("techniques_point_id_fkey"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("techniques_source_id_fkey"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("techniques_pkey")),
        sa.UniqueConstraint(
            "point_id", "source_id", name=op.f("techniques_point_id_source_id_key")
        ),
    )
    op.create_index(op.f("ix_techniques_point_id"), "techniques", ["point_id"], unique=False)
    op.create_index(op.f("ix_techniques_source_id"), "techniques", ["source_id"], unique=False)
    op.create_table(
        "routine_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("routine_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("point_id", sa.Integer(), nullable=False),
        sa.Column("technique_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column(
            "review_status",
            sa.Enum(
                "unreviewed",
                "curated",
                "expert_reviewed",
                name="review_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("reviewed_by", sa.String(length=200), nullable=True),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("position > 0", name=op.f("routine_steps_position_positive_check")),
        sa.ForeignKeyConstraint(
            ["point_id"],
            ["points.id"],
            name=op.f("routine_steps_point_id_fkey"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["routine_id"],
            ["routines.id"],
            name=op.f("routine_steps_routine_id_fkey"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("routine_steps_source_id_fkey"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["technique_id"],
            ["techniques.id"],
            name=op.f("routine_steps_technique_id_fkey"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("routine_steps_pkey")),
        sa.UniqueConstraint(
            "routine_id", "position", name=op.f("routine_steps_routine_id_position_key")
        ),
    )
    op.create_index(op.f("ix_routine_steps_point_id"), "routine_steps", ["point_id"], unique=False)
    op.create_index(
        op.f("ix_routine_steps_routine_id"), "routine_steps", ["routine_id"], unique=False
    )
    op.create_index(
        op.f("ix_routine_steps_source_id"), "routine_steps", ["source_id"], unique=False
    )


def downgrade() -> None:

    op.drop_index(op.f("ix_routine_steps_source_id"), table_name="routine_steps")
    op.drop_index(op.f("ix_routine_steps_routine_id"), table_name="routine_steps")
    op.drop_index(op.f("ix_routine_steps_point_id"), table_name="routine_steps")
    op.drop_table("routine_steps")
    op.drop_index(op.f("ix_techniques_source_id"), table_name="techniques")
    op.drop_index(op.f("ix_techniques_point_id"), table_name="techniques")
    op.drop_table("techniques")
    op.drop_table("point_regions")
    op.drop_index(op.f("ix_point_names_value"), table_name="point_names")
    op.drop_index(op.f("ix_point_names_source_id"), table_name="point_names")
    op.drop_index(op.f("ix_point_names_point_id"), table_name="point_names")
    op.drop_table("point_names")
    op.drop_index(op.f("ix_point_locations_source_id"), table_name="point_locations")
    op.drop_index(op.f("ix_point_locations_point_id"), table_name="point_locations")
    op.drop_table("point_locations")
    op.drop_index(op.f("ix_point_conditions_source_id"), table_name="point_conditions")
    op.drop_index(op.f("ix_point_conditions_point_id"), table_name="point_conditions")
    op.drop_index(op.f("ix_point_conditions_condition_id"), table_name="point_conditions")
    op.drop_table("point_conditions")
    op.drop_index(op.f("ix_point_categories_source_id"), table_name="point_categories")
    op.drop_index(op.f("ix_point_categories_point_id"), table_name="point_categories")
    op.drop_index(op.f("ix_point_categories_category"), table_name="point_categories")
    op.drop_table("point_categories")
    op.drop_index(op.f("ix_routines_source_id"), table_name="routines")
    op.drop_index(op.f("ix_routines_condition_id"), table_name="routines")
    op.drop_table("routines")
    op.drop_index(op.f("ix_points_source_id"), table_name="points")
    op.drop_index(op.f("ix_points_meridian_id"), table_name="points")
    op.drop_table("points")
    op.drop_table("contraindication_regions")
    op.drop_index(op.f("ix_condition_synonyms_source_id"), table_name="condition_synonyms")
    op.drop_index(op.f("ix_condition_synonyms_condition_id"), table_name="condition_synonyms")
    op.drop_table("condition_synonyms")
    op.drop_index(op.f("ix_tips_source_id"), table_name="tips")
    op.drop_table("tips")
    op.drop_index(op.f("ix_regions_source_id"), table_name="regions")
    op.drop_index(op.f("ix_regions_parent_id"), table_name="regions")
    op.drop_table("regions")
    op.drop_index(op.f("ix_meridians_source_id"), table_name="meridians")
    op.drop_table("meridians")
    op.drop_index(op.f("ix_errata_source_id"), table_name="errata")
    op.drop_table("errata")
    op.drop_index(op.f("ix_contraindications_source_id"), table_name="contraindications")
    op.drop_table("contraindications")
    op.drop_index(op.f("ix_conditions_source_id"), table_name="conditions")
    op.drop_table("conditions")
    op.drop_table("sources")
    op.drop_table("dataset_versions")

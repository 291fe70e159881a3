"""indicators drawn from reports and evidence, linked across cases

Revision ID: 0010_indicators
Revises: 0009_personal_data
Create Date: 2026-12-06

New tables, empty: indicators and where they were seen, removals from a case, the latest
extraction of each report and evidence item, the bands of images' perceptual hashes, and the text
read from evidence files on this computer. Extraction fills them in the background. One index on
cases, by id with the opening time and the influencer, so an indicator's cases are dated and told
apart by influencer without reading their rows (a few seconds at a million cases).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010_indicators'
down_revision = '0009_personal_data'
branch_labels = None
depends_on = None


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    if not inspector.has_table("indicators"):
        op.create_table(
            "indicators",
            sa.Column("id", sa.String(), nullable=False),
            sa.Column("kind", sa.String(), nullable=False),
            sa.Column("value", sa.String(), nullable=False),
            sa.Column("display", sa.String(), nullable=False),
            sa.Column("case_count", sa.Integer(), nullable=False),
            sa.Column("first_seen_at", sa.Integer(), nullable=False),
            sa.Column("relevant", sa.Boolean(), nullable=False),
            sa.Column("marked_by", sa.String(), nullable=True),
            sa.Column("marked_reason", sa.String(), nullable=False),
            sa.Column("marked_hlc", sa.Integer(), nullable=True),
            sa.PrimaryKeyConstraint("id", name=op.f("pk_indicators")),
            sa.UniqueConstraint("kind", "value", name=op.f("uq_indicators_kind_value")),
        )
        op.create_index("ix_indicators_case_count", "indicators", ["case_count"])
        op.create_index("ix_indicators_kind_case_count", "indicators", ["kind", "case_count"])
    if not inspector.has_table("indicator_sightings"):
        op.create_table(
            "indicator_sightings",
            sa.Column("pk", sa.Integer(), nullable=False),
            sa.Column("indicator_id", sa.String(), nullable=False),
            sa.Column("case_id", sa.String(), nullable=False),
            sa.Column("filed_case", sa.String(), nullable=False),
            sa.Column("source_id", sa.String(), nullable=False),
            sa.Column("origin", sa.String(), nullable=False),
            sa.Column("span_start", sa.Integer(), nullable=False),
            sa.Column("span_end", sa.Integer(), nullable=False),
            sa.Column("added_by", sa.String(), nullable=False),
            sa.Column("hlc", sa.Integer(), nullable=False),
            sa.PrimaryKeyConstraint("pk", name=op.f("pk_indicator_sightings")),
        )
        op.create_index("ix_indicator_sightings_indicator_id_case_id", "indicator_sightings",
                        ["indicator_id", "case_id"])
        op.create_index("ix_indicator_sightings_case_id_indicator_id", "indicator_sightings",
                        ["case_id", "indicator_id"])
        op.create_index("ix_indicator_sightings_source_id", "indicator_sightings", ["source_id"])
        op.create_index("ix_indicator_sightings_filed_case", "indicator_sightings", ["filed_case"])
    if not inspector.has_table("indicator_removals"):
        op.create_table(
            "indicator_removals",
            sa.Column("case_id", sa.String(), nullable=False),
            sa.Column("indicator_id", sa.String(), nullable=False),
            sa.Column("removed_by", sa.String(), nullable=False),
            sa.Column("reason", sa.String(), nullable=False),
            sa.Column("hlc", sa.Integer(), nullable=False),
            sa.PrimaryKeyConstraint("case_id", "indicator_id", name=op.f("pk_indicator_removals")),
        )
    if not inspector.has_table("indicator_extractions"):
        op.create_table(
            "indicator_extractions",
            sa.Column("source_id", sa.String(), nullable=False),
            sa.Column("origin", sa.String(), nullable=False),
            sa.Column("status", sa.String(), nullable=False),
            sa.Column("method", sa.String(), nullable=False),
            sa.Column("reason_en", sa.String(), nullable=False),
            sa.Column("reason_vi", sa.String(), nullable=False),
            sa.Column("engine", sa.String(), nullable=False),
            sa.Column("found", sa.Integer(), nullable=False),
            sa.Column("extracted_by", sa.String(), nullable=False),
            sa.Column("hlc", sa.Integer(), nullable=False),
            sa.Column("event_id", sa.String(), nullable=False),
            sa.PrimaryKeyConstraint("source_id", name=op.f("pk_indicator_extractions")),
        )
    if not inspector.has_table("image_bands"):
        op.create_table(
            "image_bands",
            sa.Column("indicator_id", sa.String(), nullable=False),
            sa.Column("band", sa.Integer(), nullable=False),
            sa.Column("bits", sa.Integer(), nullable=False),
            sa.PrimaryKeyConstraint("indicator_id", "band", name=op.f("pk_image_bands")),
        )
        op.create_index("ix_image_bands_band_bits", "image_bands", ["band", "bits"])
    if "ix_cases_id_opened_at_influencer_id" not in {ix["name"] for ix in inspector.get_indexes("cases")}:
        op.create_index("ix_cases_id_opened_at_influencer_id", "cases", ["id", "opened_at", "influencer_id"])
    if not inspector.has_table("evidence_text"):
        op.create_table(
            "evidence_text",
            sa.Column("evidence_id", sa.String(), nullable=False),
            sa.Column("status", sa.String(), nullable=False),
            sa.Column("method", sa.String(), nullable=False),
            sa.Column("text", sa.Text(), nullable=False),
            sa.Column("phash", sa.String(), nullable=True),
            sa.Column("reason_en", sa.String(), nullable=False),
            sa.Column("reason_vi", sa.String(), nullable=False),
            sa.Column("engine", sa.String(), nullable=False),
            sa.Column("read_at", sa.Integer(), nullable=False),
            sa.PrimaryKeyConstraint("evidence_id", name=op.f("pk_evidence_text")),
        )


def downgrade() -> None:
    op.drop_index("ix_cases_id_opened_at_influencer_id", table_name="cases")
    for table in ("evidence_text", "image_bands", "indicator_extractions", "indicator_removals",
                  "indicator_sightings", "indicators"):
        op.drop_table(table)

"""Inventory: categories, locations, the full device record, search index, mapping profiles, SBOMs.

Devices of schema 0001 keep their data: unit and location move into the location table, the
description into notes. The search index is built for the devices already there.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from app.domain.search_text import build_search_text

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

NEW_DEVICE_COLUMNS = [
    ("serial", sa.String()), ("model_number", sa.String()), ("category_text", sa.String()),
    ("care_setting", sa.String()), ("patient_connectable", sa.Boolean()),
    ("life_sustaining", sa.Boolean()), ("implanted", sa.Boolean()),
    ("multi_patient_role", sa.String()), ("network_functions", sa.String()), ("ip", sa.String()),
    ("mac", sa.String()), ("vlan", sa.Integer()), ("os_version", sa.String()),
    ("firmware_version", sa.String()), ("stores_phi", sa.Boolean()), ("transmits_phi", sa.Boolean()),
    ("known_good_image", sa.String()), ("config_backup", sa.String()), ("notes", sa.String()),
    ("default_class", sa.Integer()), ("default_class_approved_by", sa.String()),
    ("default_class_approved_at", sa.String()),
]


def upgrade() -> None:
    op.create_table(
        "category",
        sa.Column("code", sa.String(), primary_key=True),
        sa.Column("name_en", sa.String(), nullable=False),
        sa.Column("name_ja", sa.String(), nullable=False),
        sa.Column("default_class_idle", sa.Integer(), nullable=True),
        sa.Column("default_class_in_use", sa.Integer(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
    )
    op.create_table(
        "location",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        *(sa.Column(name, sa.String(), nullable=False)
          for name in ("site", "building", "unit", "room", "bed", "label")),
        sa.UniqueConstraint("site", "building", "unit", "room", "bed", "label"),
    )
    op.create_index("ix_location_unit", "location", ["unit"])

    for name, kind in NEW_DEVICE_COLUMNS:
        op.add_column("device", sa.Column(name, kind, nullable=True))
    op.add_column("device", sa.Column("num", sa.Integer(), nullable=False, server_default="0"))
    with op.batch_alter_table("device") as batch:  # SQLite adds constraints by rebuilding the table
        batch.add_column(sa.Column("location_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("default_class_decision_id", sa.String(), nullable=True))
        batch.create_foreign_key("fk_device_location_id", "location", ["location_id"], ["id"])
        batch.create_foreign_key("fk_device_default_class_decision_id", "decision",
                                 ["default_class_decision_id"], ["id"])
    op.add_column("device", sa.Column("search_text", sa.String(), nullable=False,
                                      server_default=""))
    op.add_column("device", sa.Column("updated_at", sa.String(), nullable=False,
                                      server_default=""))
    op.add_column("decision", sa.Column("purpose", sa.String(), nullable=False,
                                        server_default="triage"))
    op.add_column("decision_answer", sa.Column("source", sa.String(), nullable=False,
                                               server_default="person"))


    # Move the data of schema 0001.
    op.execute("INSERT INTO location (site, building, unit, room, bed, label) "
               "SELECT DISTINCT '', '', coalesce(unit, ''), '', '', coalesce(location, '') FROM device")
    op.execute("UPDATE device SET num = rowid, notes = description, updated_at = created_at, "
               "location_id = (SELECT l.id FROM location l WHERE l.site = '' AND l.building = '' "
               "AND l.room = '' AND l.bed = '' AND l.unit = coalesce(device.unit, '') "
               "AND l.label = coalesce(device.location, ''))")
    conn = op.get_bind()
    rows = conn.exec_driver_sql(
        "SELECT d.id, d.asset_tag, d.manufacturer, d.model, d.category, d.notes, l.unit, l.label "
        "FROM device d LEFT JOIN location l ON l.id = d.location_id").fetchall()
    for row in rows:
        conn.exec_driver_sql("UPDATE device SET search_text = ? WHERE id = ?",
                             (build_search_text(row[1:]), row[0]))

    op.drop_index("ix_device_unit", table_name="device")
    with op.batch_alter_table("device") as batch:
        for name in ("unit", "location", "description"):
            batch.drop_column(name)
    op.create_index("ix_device_num", "device", ["num"], unique=True)
    # Tags that differ only in letter case are the same device (scanners and people vary case).
    op.execute("CREATE UNIQUE INDEX ix_device_asset_tag_nocase ON device (asset_tag COLLATE NOCASE)")
    op.create_index("ix_device_serial", "device", ["serial"])
    op.create_index("ix_device_model", "device", ["model"])
    op.create_index("ix_device_location_id", "device", ["location_id"])
    op.create_index("ix_device_default_class", "device", ["default_class"])

    # Prefix indexes: a short prefix shared by many different words ("sn0" of every serial number)
    # would otherwise take tens of milliseconds; with them any prefix search takes well under one.
    op.execute("CREATE VIRTUAL TABLE device_fts USING fts5(search_text, content='device', "
               "content_rowid='num', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4')")
    op.execute("CREATE TRIGGER device_fts_insert AFTER INSERT ON device BEGIN "
               "INSERT INTO device_fts(rowid, search_text) VALUES (new.num, new.search_text); END")
    op.execute("CREATE TRIGGER device_fts_delete AFTER DELETE ON device BEGIN "
               "INSERT INTO device_fts(device_fts, rowid, search_text) "
               "VALUES ('delete', old.num, old.search_text); END")
    op.execute("CREATE TRIGGER device_fts_update AFTER UPDATE OF search_text, num ON device BEGIN "
               "INSERT INTO device_fts(device_fts, rowid, search_text) "
               "VALUES ('delete', old.num, old.search_text); "
               "INSERT INTO device_fts(rowid, search_text) VALUES (new.num, new.search_text); END")
    op.execute("INSERT INTO device_fts(device_fts) VALUES ('rebuild')")

    op.create_table(
        "mapping_profile",
        sa.Column("name", sa.String(), primary_key=True),
        sa.Column("mapping", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
    )
    op.create_table(
        "sbom",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("model", sa.String(), nullable=False),
        sa.Column("firmware", sa.String(), nullable=True),
        sa.Column("format", sa.String(), nullable=False),
        sa.Column("spec_version", sa.String(), nullable=False),
        sa.Column("document_name", sa.String(), nullable=True),
        sa.Column("file_name", sa.String(), nullable=False),
        sa.Column("file_sha256", sa.String(), nullable=False),
        sa.Column("imported_at", sa.String(), nullable=False),
        sa.Column("imported_by", sa.String(), nullable=False),
    )
    op.create_index("ix_sbom_model", "sbom", ["model"])
    op.create_table(
        "sbom_component",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("sbom_id", sa.String(length=36), sa.ForeignKey("sbom.id"), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("name_key", sa.String(), nullable=False),
        sa.Column("grp", sa.String(), nullable=True),
        sa.Column("version", sa.String(), nullable=True),
        sa.Column("purl", sa.String(), nullable=True),
        sa.Column("purl_key", sa.String(), nullable=True),
        sa.Column("supplier", sa.String(), nullable=True),
    )
    op.create_index("ix_sbom_component_sbom_id", "sbom_component", ["sbom_id"])
    op.create_index("ix_sbom_component_name_key", "sbom_component", ["name_key"])
    op.create_index("ix_sbom_component_purl_key", "sbom_component", ["purl_key"])


def downgrade() -> None:
    raise NotImplementedError("MDIR Desk never downgrades a database; restore a backup instead")

"""case tallies and case days, and the deadline sort brought up to date

Revision ID: 0002_case_tallies
Revises: 0001_initial
Create Date: 2026-11-28

Adds ``case_tallies`` (how many cases share each combination of the queue's filter columns) and
``case_days`` (how many were opened each day), and the triggers on ``cases`` that keep them exact
(store/tallies.py; copied here as text, so this revision does not change when the application's
code does), filled from the cases already held.

Indexes ``agenda_items.influencer_id``: finding whether a suspension was already proposed read
every agenda item once per influencer near the trigger (48 s at a million cases). Indexes the
decisions by date, outcome and influencer, so the trigger's candidates are found without reading
every decision (0.9 s at a million cases).

The deadline order's index also holds every column the filter bar filters on (platform, category,
priority, urgency, assignee), so a filtered queue in that order, the default, reads no table row
to find its page.

Also recomputes ``cases.sla_sort``: before this revision a status change left it at the case's
earlier deadline, so sorting by deadline listed some cases out of order. It is now the deadline,
never earlier than the opening, or "no deadline" (domain.sla.sla_sort_key).

Written so that running it over a database that already has the table (one built while this
revision was being made) leaves the same result.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002_case_tallies'
down_revision = '0001_initial'
branch_labels = None
depends_on = None

NO_DEADLINE_SORT = 9_223_372_036_854_775_807
DAY_MS = 86_400_000
TRIGGER_NAMES = ("case_tallies_insert", "case_tallies_update", "case_tallies_delete", "case_days_insert",
                 "case_days_update", "case_days_delete")
KEY = "status, category, platform, priority, urgent, assignee"
TRIGGERS = (
    'CREATE TRIGGER case_tallies_insert AFTER INSERT ON cases BEGIN INSERT INTO case_tallies (status, '
    'category, platform, priority, urgent, assignee, n) VALUES (NEW.status, NEW.category, NEW.platform, '
    "NEW.priority, NEW.urgent, coalesce(NEW.assignee_id, ''), 1) ON CONFLICT DO UPDATE SET n = n + 1; END",
    'CREATE TRIGGER case_tallies_update AFTER UPDATE OF status, category, platform, priority, urgent, '
    'assignee_id ON cases WHEN OLD.status IS NOT NEW.status OR OLD.category IS NOT NEW.category OR '
    'OLD.platform IS NOT NEW.platform OR OLD.priority IS NOT NEW.priority OR OLD.urgent IS NOT NEW.urgent '
    'OR OLD.assignee_id IS NOT NEW.assignee_id BEGIN UPDATE case_tallies SET n = n - 1 WHERE status = '
    'OLD.status AND category = OLD.category AND platform = OLD.platform AND priority = OLD.priority AND '
    "urgent = OLD.urgent AND assignee = coalesce(OLD.assignee_id, ''); DELETE FROM case_tallies WHERE n "
    '<= 0 AND status = OLD.status AND category = OLD.category AND platform = OLD.platform AND priority = '
    "OLD.priority AND urgent = OLD.urgent AND assignee = coalesce(OLD.assignee_id, ''); INSERT INTO "
    'case_tallies (status, category, platform, priority, urgent, assignee, n) VALUES (NEW.status, '
    "NEW.category, NEW.platform, NEW.priority, NEW.urgent, coalesce(NEW.assignee_id, ''), 1) ON CONFLICT "
    'DO UPDATE SET n = n + 1; END',
    'CREATE TRIGGER case_tallies_delete AFTER DELETE ON cases BEGIN UPDATE case_tallies SET n = n - 1 '
    'WHERE status = OLD.status AND category = OLD.category AND platform = OLD.platform AND priority = '
    "OLD.priority AND urgent = OLD.urgent AND assignee = coalesce(OLD.assignee_id, ''); DELETE FROM "
    'case_tallies WHERE n <= 0 AND status = OLD.status AND category = OLD.category AND platform = '
    'OLD.platform AND priority = OLD.priority AND urgent = OLD.urgent AND assignee = '
    "coalesce(OLD.assignee_id, ''); END",
    'CREATE TRIGGER case_days_insert AFTER INSERT ON cases BEGIN INSERT INTO case_days (day, n) VALUES '
    '(NEW.opened_at / 86400000, 1) ON CONFLICT DO UPDATE SET n = n + 1; END',
    'CREATE TRIGGER case_days_update AFTER UPDATE OF opened_at ON cases WHEN OLD.opened_at IS NOT '
    'NEW.opened_at BEGIN UPDATE case_days SET n = n - 1 WHERE day = OLD.opened_at / 86400000; DELETE FROM '
    'case_days WHERE n <= 0 AND day = OLD.opened_at / 86400000; INSERT INTO case_days (day, n) VALUES '
    '(NEW.opened_at / 86400000, 1) ON CONFLICT DO UPDATE SET n = n + 1; END',
    'CREATE TRIGGER case_days_delete AFTER DELETE ON cases BEGIN UPDATE case_days SET n = n - 1 WHERE day '
    '= OLD.opened_at / 86400000; DELETE FROM case_days WHERE n <= 0 AND day = OLD.opened_at / 86400000; '
    'END',
)


def upgrade() -> None:
    bind = op.get_bind()
    if not sa.inspect(bind).has_table("case_tallies"):
        op.create_table(
            'case_tallies',
            sa.Column('status', sa.String(), nullable=False),
            sa.Column('category', sa.String(), nullable=False),
            sa.Column('platform', sa.String(), nullable=False),
            sa.Column('priority', sa.Integer(), nullable=False),
            sa.Column('urgent', sa.Integer(), nullable=False),
            sa.Column('assignee', sa.String(), nullable=False),
            sa.Column('n', sa.Integer(), nullable=False),
            sa.PrimaryKeyConstraint('status', 'category', 'platform', 'priority', 'urgent', 'assignee',
                                    name=op.f('pk_case_tallies')),
        )
    op.execute("CREATE INDEX IF NOT EXISTS ix_agenda_items_influencer_id ON agenda_items (influencer_id)")
    op.execute("DROP INDEX IF EXISTS ix_cases_sla_sort_id_status_opened_at")
    op.execute("CREATE INDEX IF NOT EXISTS ix_cases_sla_sort_id_filters ON cases (sla_sort, id, status, opened_at, "
               "platform, category, priority, urgent, assignee_id)")
    op.execute("CREATE INDEX IF NOT EXISTS ix_decisions_decided_on_outcome_influencer_id "
               "ON decisions (decided_on, outcome, influencer_id)")
    if not sa.inspect(bind).has_table("case_days"):
        op.create_table(
            'case_days',
            sa.Column('day', sa.Integer(), nullable=False),
            sa.Column('n', sa.Integer(), nullable=False),
            sa.PrimaryKeyConstraint('day', name=op.f('pk_case_days')),
        )
    for name in TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DELETE FROM case_tallies")
    op.execute(
        f"INSERT INTO case_tallies ({KEY}, n) SELECT status, category, platform, priority, urgent, "
        "coalesce(assignee_id, ''), count(*) FROM cases GROUP BY 1, 2, 3, 4, 5, 6"
    )
    op.execute("DELETE FROM case_days")
    op.execute(f"INSERT INTO case_days (day, n) SELECT opened_at / {DAY_MS}, count(*) FROM cases GROUP BY 1")
    for statement in TRIGGERS:
        op.execute(statement)
    op.execute(
        f"UPDATE cases SET sla_sort = CASE WHEN sla_due_at IS NULL THEN {NO_DEADLINE_SORT} "
        "ELSE max(sla_due_at, opened_at) END "
        f"WHERE sla_sort IS NOT CASE WHEN sla_due_at IS NULL THEN {NO_DEADLINE_SORT} "
        "ELSE max(sla_due_at, opened_at) END"
    )


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_agenda_items_influencer_id")
    op.execute("DROP INDEX IF EXISTS ix_decisions_decided_on_outcome_influencer_id")
    op.execute("DROP INDEX IF EXISTS ix_cases_sla_sort_id_filters")
    op.execute("CREATE INDEX ix_cases_sla_sort_id_status_opened_at ON cases (sla_sort, id, status, opened_at)")
    for name in TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table('case_days')
    op.drop_table('case_tallies')

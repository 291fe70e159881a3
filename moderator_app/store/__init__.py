"""The local store: schema, migrations, the event log and its projection, queries."""

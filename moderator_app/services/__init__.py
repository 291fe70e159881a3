"""Use cases: one user action is one transaction of one or more events."""

"""Sync in the window: the round controller, its status-bar indicator, settings, log and notices."""

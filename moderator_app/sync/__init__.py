"""Sync between members through a shared folder: signed bundles, verified and applied in any order.

``round.run_round`` is one sync round; ``package`` is the single-file version for a USB stick or
email; ``committee`` creates and joins a committee. The file format is ``docs/sync-format.md``.
"""

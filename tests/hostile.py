"""Settings shared by the property and fuzz tests of hostile input.

Their example counts are small so the suite stays fast; ``HOSTILE_EXAMPLES=5000`` (any number)
runs every one of them longer, for example before a release:

    HOSTILE_EXAMPLES=5000 QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q \\
        tests/test_hostile_*.py tests/test_formula_guard.py
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings


def examples(default: int) -> settings:
    count = int(os.environ.get("HOSTILE_EXAMPLES", "0")) or default
    return settings(max_examples=count, deadline=None, derandomize=False,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])

"""Run a command and kill it with SIGKILL at its Nth file write under a folder.

    python tests/crash_runner.py N FOLDER -- moderator-app arguments...

N = 0 runs the command whole and prints ``writes=<count>`` on stderr: how many writes it made
under FOLDER, so a test can pick a random point among them. The kill is a real SIGKILL: no
``finally`` block, no clean-up, no flush runs, exactly as when the power goes.
"""

from __future__ import annotations

import atexit
import os
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests import faults


class _Killer(faults.Budget):
    def spend(self) -> None:
        self.calls += 1
        if self.after and self.calls >= self.after:
            os.kill(os.getpid(), signal.SIGKILL)


def main() -> int:
    after, folder, sep, *argv = sys.argv[1:]
    assert sep == "--"
    budget = _Killer(int(after))
    faults.install(Path(folder), budget)
    if budget.after == 0:
        atexit.register(lambda: sys.stderr.write(f"writes={budget.calls}\n"))
    from moderator_app.app import main as app_main

    return app_main(argv)


if __name__ == "__main__":
    sys.exit(main())

"""Entry point of ``moderator-app``: a sub-command runs headless; none opens the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from moderator_app import cli

    parser = cli.build_parser()
    args = parser.parse_args(argv)
    if args.command is not None:
        return cli.run(args)
    from moderator_app.ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())

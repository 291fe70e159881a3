"""``python -m benchmarks``: run the benchmark suite (see ``benchmarks/suite.py``)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .suite import NAMES, report, run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--cases", type=int, default=100_000, help="size of the demo workspace (default 100,000)")
    parser.add_argument("--only", nargs="+", choices=NAMES, metavar="NAME",
                        help=f"run only these: {', '.join(NAMES)}")
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement (default 5)")
    parser.add_argument("--cache", type=Path, default=Path(".bench-cache"), help="where datasets are kept")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    results = run(args.cases, set(args.only or NAMES), args.repeat, args.cache)
    report(results, args.json)
    print(f"\nsuite ran in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

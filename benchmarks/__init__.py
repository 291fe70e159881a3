"""Benchmarks: figures, not tests (see docs/performance.md)."""
